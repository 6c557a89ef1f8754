"""The database's folder in a state an operator can leave it in: the logs/ folder not writable, pieces
removed or read-only. Each command says what failed and what to do, never a traceback."""
from __future__ import annotations

import json
import os

import pytest
from remediation_fixtures import World, run_cli, sha, use_simulated_tenant

from marlib.store import Store

H = sha("folder-trouble")


@pytest.fixture
def simulated(tmp_path, monkeypatch):
    """A store with one malicious file delivered to alice, MAR on, on a simulated tenant."""
    store = Store(tmp_path / "m.duckdb")
    w = World()
    w.users("alice@corp.example")
    w.message(["alice@corp.example"], files={"a.exe": H}, message_id="<trouble@x>")
    w.verdict(H, "MALICIOUS")
    w.save(store)
    use_simulated_tenant(w, tmp_path, monkeypatch)
    return store


def _logs_a_file(store: Store) -> None:
    (store.data_dir / "logs").write_text("not a folder\n")   # an admin's mistake: nothing can be made in it


def _log_file_a_folder(store: Store) -> None:
    (store.data_dir / "logs" / f"{store.path.stem}.mail_logs.log").mkdir(parents=True)


@pytest.mark.parametrize("break_logs", [_logs_a_file, _log_file_a_folder])
def test_remediate_with_logs_not_writable_says_so(capsys, simulated, break_logs):
    run_cli(capsys, simulated, "policy", "set", "INBOUND", "--mar", "on", "--action", "delete")
    break_logs(simulated)
    code, out, err = run_cli(capsys, simulated, "remediate", "--pending", "--json")
    assert code == 2 and "Traceback" not in err
    answer = json.loads(out.strip().splitlines()[-1])
    assert answer["ok"] is False and "logs" in answer["message"] and "writ" in answer["advice"]
    # nothing was done: the change is still pending once the folder is repaired
    code, out, _ = run_cli(capsys, simulated, "changes", "--json")
    assert json.loads(out.strip().splitlines()[-1])[0]["state"] == "pending"


def test_watch_with_logs_not_writable_goes_on_and_says_why(simulated, tmp_path):
    from marlib.remediation.policies import set_policy
    from marlib.remediation.watch import watch
    from marlib.tenant.model import TenantModel
    from marlib.tenant.simulated import SimulatedMailboxes

    set_policy(simulated, "INBOUND", mar=True, action="delete")
    _logs_a_file(simulated)
    esa = tmp_path / "esa"
    esa.mkdir()
    steps = []
    mailboxes = SimulatedMailboxes(TenantModel.load(tmp_path / "tenant.json"))
    assert watch(simulated, [esa], mailboxes, interval_s=0, max_steps=2, on_step=steps.append) == 2
    assert all("Cannot write the remediation log" in (s.error or "") for s in steps)


def _wal_cannot_be_written(store: Store) -> None:
    """The ``.wal`` DuckDB writes beside the database on each change cannot be created (as in a folder this user
    cannot write to, which a test run as root cannot make): a link to a folder that does not exist. DuckDB opens
    the database and reads it, and fails at the first commit."""
    wal = store.path.with_name(store.path.name + ".wal")
    wal.symlink_to(store.data_dir / "gone" / "m.duckdb.wal")


@pytest.mark.parametrize("args", [("policy", "set", "INBOUND", "--mar", "on", "--action", "delete"),
                                  ("remediate", "--pending")])
def test_a_change_the_database_folder_refuses_is_an_error_not_a_traceback(capsys, simulated, args):
    run_cli(capsys, simulated, "changes")   # the store made and migrated before the folder goes wrong
    _wal_cannot_be_written(simulated)
    code, _, err = run_cli(capsys, simulated, *args)
    assert code == 2 and "Traceback" not in err
    assert f"error: Cannot write to the database {simulated.path}" in err
    advice = err.split("what to do: ", 1)[1]
    assert "m.duckdb.wal" in advice and str(simulated.data_dir) in advice
    code, _, _ = run_cli(capsys, simulated, "runs")   # reading still works
    assert code == 0


def test_the_remediation_lock_file_not_writable_is_an_error_not_a_traceback(capsys, simulated):
    run_cli(capsys, simulated, "policy", "set", "INBOUND", "--mar", "on", "--action", "delete")
    (simulated.data_dir / "m.simulated_tenant.json.lock").mkdir()   # the tenant's run lock cannot be opened
    code, out, err = run_cli(capsys, simulated, "remediate", "--pending", "--json")
    assert code == 2 and "Traceback" not in err
    answer = json.loads(out.strip().splitlines()[-1])
    assert "m.simulated_tenant.json.lock" in answer["message"] and "run marlib as a user" in answer["advice"]


def test_a_permission_error_opening_the_database_does_not_advise_a_backup(tmp_path):
    from marlib.store.db import _file_advice
    text = 'IO Error: Cannot open file "/srv/m.duckdb": Permission denied'
    assert "backup" not in _file_advice(tmp_path / "m.duckdb", text)
    assert "df -h" in _file_advice(tmp_path / "m.duckdb", "Could not write file: No space left on device")


def test_a_simulated_tenant_state_that_cannot_be_saved_is_an_error_not_a_traceback(capsys, simulated, monkeypatch):
    run_cli(capsys, simulated, "policy", "set", "INBOUND", "--mar", "on", "--action", "delete")
    monkeypatch.setattr("os.replace", _refused)   # as in a folder that cannot be written to: no rename in it
    code, out, err = run_cli(capsys, simulated, "remediate", "--pending", "--json")
    assert code == 2 and "Traceback" not in err
    answer = json.loads(out.strip().splitlines()[-1])
    assert "Cannot save the simulated tenant's state" in answer["message"]
    assert "m.simulated_tenant.json" in answer["message"] and "writable" in answer["advice"]


def _refused(src, dst):
    raise PermissionError(13, "Permission denied", str(dst))


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux) to act as a full disk")
def test_a_full_disk_under_the_mar_log_is_one_warning_not_a_traceback_per_line(capsys, caplog, simulated):
    run_cli(capsys, simulated, "policy", "set", "INBOUND", "--mar", "on", "--action", "delete")
    logs = simulated.data_dir / "logs"
    logs.mkdir()
    (logs / "m.mar.log").symlink_to("/dev/full")   # opens for appending; every write: No space left on device
    code, out, err = run_cli(capsys, simulated, "remediate", "--pending", "--json")
    assert code == 0 and json.loads(out.strip().splitlines()[-1])["counts"]["succeeded"] == 1
    assert "Logging error" not in err and "Traceback" not in err
    said = [r.getMessage() for r in caplog.records if "No space left on device" in r.getMessage()]
    assert len(said) == 1 and "journal" in said[0]


def test_another_file_a_query_cannot_open_is_not_taken_for_the_database(tmp_path):
    import duckdb
    store = Store(tmp_path / "m.duckdb")
    with pytest.raises(duckdb.IOException, match="Cannot open file"):   # its own error, for its caller to say
        with store.connect() as con:
            con.execute(f"COPY (SELECT 1 AS x) TO '{tmp_path / 'gone' / 'out.csv'}'")
