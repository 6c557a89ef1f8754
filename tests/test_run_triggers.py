"""Each remediation run records who started it (remediation_runs.trigger): the command line (sha256, pending,
restore), `marlib watch` (watch), the app's automatic mode (app-auto), the app's buttons (app), the library."""
from __future__ import annotations

import json
import time

import pytest
from remediation_fixtures import World, run_cli, sha

from marlib import reports
from marlib.remediation import backend
from marlib.remediation.policies import set_policy
from marlib.store import Store
from marlib.workbench import Workbench

H = sha("triggers")


@pytest.fixture(autouse=True)
def _no_env(monkeypatch):
    monkeypatch.delenv("MARLIB_TENANT_MODE", raising=False)
    monkeypatch.delenv("MARLIB_TENANT_FILE", raising=False)


@pytest.fixture
def store(tmp_path) -> Store:
    store = Store(tmp_path / "m.duckdb")
    w = World()
    w.users("alice@corp.example")
    w.message(["alice@corp.example"], files={"a.exe": H}, message_id="<tr@x>")
    w.verdict(H, "MALICIOUS")
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="delete")
    backend.set_tenant_mode(store, "simulated", from_data=True)
    return store


def _triggers(store: Store) -> list[str]:
    return list(store.query_df("SELECT trigger FROM remediation_runs ORDER BY started_at")["trigger"])


def test_the_apps_automatic_mode_is_not_counted_as_marlib_watch(store, tmp_path, capsys):
    logs = tmp_path / "esa"
    logs.mkdir()
    wb = Workbench(store)
    job = wb.start_watch([logs], interval_s=0.1)
    try:
        deadline = time.monotonic() + 60
        while wb.watch_state().get("steps", 0) < 1 and job.state == "running" and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        wb.stop_watch()
        while job.state == "running" and time.monotonic() < deadline:
            time.sleep(0.05)
    assert job.state == "done", job.error
    assert _triggers(store) == ["app-auto"]
    assert reports.automatic_mode(store) == {"state": "unknown"}   # no `marlib watch` ran on this database
    code, out, _ = run_cli(capsys, store, "runs", "--json")
    assert code == 0 and [r["trigger"] for r in json.loads(out)] == ["app-auto"]
    code, out, _ = run_cli(capsys, store, "runs")
    assert code == 0 and " app-auto " in out


def test_marlib_watch_and_the_library_say_so(store, tmp_path):
    import marlib
    from marlib.remediation.watch import watch
    logs = tmp_path / "esa"
    logs.mkdir()
    with backend.open_backend(store) as opened:
        assert watch(store, [logs], opened.mailboxes, interval_s=0, max_steps=1) == 1
    assert _triggers(store) == ["watch"] and reports.automatic_mode(store)["state"] == "idle"
    w = World()
    w._mid = 500
    w.message(["alice@corp.example"], files={"b.exe": sha("triggers-2")}, message_id="<tr2@x>")
    w.verdict(sha("triggers-2"), "MALICIOUS")
    w.save(store)
    marlib.open(store).remediate(pending=True)   # a dry run here (no tenant file): recorded all the same
    assert _triggers(store) == ["watch", "library"]


def test_the_library_says_so_for_a_restore_too(store, tmp_path):
    import marlib
    w = World()
    w.users("alice@corp.example")
    w.tenant.add_message("alice@corp.example", "<tr@x>")
    (tmp_path / "tenant.json").write_text(json.dumps(w.tenant.to_dict()))
    backend.set_tenant_mode(store, "simulated", tenant_file=tmp_path / "tenant.json")
    set_policy(store, "INBOUND", mar=True, action="move-junk")
    with store.connect() as con:
        con.execute("INSERT INTO verdict_events (event_key, sha256, verdict, kind, event_time) "
                    "SELECT 'clean-again', sha256, 'CLEAN', 'retrospective', event_time + INTERVAL 1 HOUR "
                    "FROM verdict_events WHERE kind = 'retrospective'")
    wb = marlib.open(store)
    assert wb.remediate(H).counts["succeeded"] == 1
    assert wb.restore(H).counts["succeeded"] == 1
    assert _triggers(store) == ["library", "library"]


def test_runs_json_gives_the_hashes_of_a_run_as_a_list(store, capsys):
    """`runs --json | jq '.[0].sha256s[]'`: the hashes came as one comma-joined string."""
    code, _, err = run_cli(capsys, store, "remediate", "--sha256", H)
    assert code == 0, err
    code, out, _ = run_cli(capsys, store, "runs", "--json")
    assert code == 0 and [r["sha256s"] for r in json.loads(out)] == [[H]]
