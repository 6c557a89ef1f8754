"""The command line: policy, remediate (simulated tenant, dry run, --json), restore, alerts, runs, watch."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from remediation_fixtures import World, run_cli, sha, use_simulated_tenant

from marlib.cli import main
from marlib.remediation import backend
from marlib.store import Store

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
H = sha("cli-evil")


@pytest.fixture
def simulated(tmp_path, monkeypatch):
    """A store with one malicious file delivered to alice and the group team@, and a tenant file."""
    store = Store(tmp_path / "m.duckdb")
    w = World()
    w.users("alice@corp.example", "bob@corp.example", "soc@corp.example")
    w.tenant.add_group("team@corp.example", ["bob@corp.example"])
    w.message(["alice@corp.example"], files={"a.exe": H}, message_id="<cli@x>")
    w.message(["team@corp.example"], files={"a.exe": H}, message_id="<team@x>", deliver=False)
    w.tenant.add_message("bob@corp.example", "<team@x>")
    w.verdict(H, "MALICIOUS")
    w.save(store)
    use_simulated_tenant(w, tmp_path, monkeypatch)
    return store




def test_policy_set_and_list(capsys, simulated):
    code, out, _ = run_cli(capsys, simulated, "policy", "set", "INBOUND", "--mar", "on", "--action", "forward",
                        "--forward-to", "soc@corp.example")
    assert code == 0 and "forward to soc@corp.example" in out
    code, _, err = run_cli(capsys, simulated, "policy", "set", "Partners", "--mar", "on", "--action", "forward")
    assert code == 2 and "--forward-to" in err
    code, out, _ = run_cli(capsys, simulated, "policy", "list", "--json")
    assert json.loads(out.strip().splitlines()[-1]) == [
        {"name": "INBOUND", "mar_enabled": True, "action": "forward", "forward_to": "soc@corp.example",
         "source": "logs"}]
    # one setting at a time: the others stay as they are
    code, out, _ = run_cli(capsys, simulated, "policy", "set", "INBOUND", "--mar", "off")
    assert code == 0 and "MAR off, action forward, forward to soc@corp.example" in out
    code, _, err = run_cli(capsys, simulated, "policy", "set", "INBOUND", "--mar", "on")   # which action?
    assert code == 2 and "needs --action" in err
    # an action that forwards nothing: the kept address is not shown as if it were used
    code, out, _ = run_cli(capsys, simulated, "policy", "set", "INBOUND", "--mar", "on", "--action", "move-deleted")
    assert code == 0 and ", forward to" not in out and "kept for a forwarding action" in out
    run_cli(capsys, simulated, "policy", "set", "INBOUND", "--mar", "off", "--action", "forward")
    # a name no mail uses is added by hand, with a note (and the near name), or refused when incomplete
    code, _, err = run_cli(capsys, simulated, "policy", "set", "INBOUNDS", "--mar", "on")
    assert code == 2 and "give both --mar and --action" in err and "did you mean 'INBOUND'?" in err
    code, out, err = run_cli(capsys, simulated, "policy", "set", "Inbound", "--mar", "on", "--action", "delete")
    assert code == 0 and "no mail in the logs uses policy 'Inbound'" in err and "did you mean 'INBOUND'?" in err


def test_remediate_simulated_json_then_already_done(capsys, simulated):
    run_cli(capsys, simulated, "policy", "set", "INBOUND", "--mar", "on", "--action", "move-junk")
    code, out, err = run_cli(capsys, simulated, "remediate", "--pending", "--dry-run", "--json")
    dry = json.loads(out.strip().splitlines()[-1])
    assert code == 0 and dry["mode"] == "dry-run" and dry["counts"]["planned"] == 2
    code, out, err = run_cli(capsys, simulated, "remediate", "--pending", "--json")
    assert code == 0 and "simulated tenant" in err
    res = json.loads(out.strip().splitlines()[-1])
    assert set(res) >= {"run_id", "mode", "outcomes", "counts"} and res["mode"] == "simulated"
    assert {(o["mailbox"], o["status"]) for o in res["outcomes"]} == {
        ("alice@corp.example", "succeeded"), ("bob@corp.example", "succeeded")}
    for o in res["outcomes"]:
        assert set(o) >= {"mid", "recipient", "mailbox", "sha256", "action", "status", "reason", "detail"}
    # the simulated tenant keeps its state between runs
    state = json.loads(backend.state_path(simulated).read_text())
    assert {m["folder"] for m in state["messages"] if m["internet_message_id"] == "<cli@x>"} == {"junkemail"}
    code, out, _ = run_cli(capsys, simulated, "remediate", "--sha256", H, "--json")
    again = json.loads(out.strip().splitlines()[-1])
    assert {o["reason"] for o in again["outcomes"]} == {"already_remediated"}
    code, out, _ = run_cli(capsys, simulated, "runs")
    assert code == 0 and out.count("simulated") == 2 and "dry-run" in out
    # a what-if run is shown as `report --mode whatif` counts it, not as a run on the simulated tenant
    code, out, _ = run_cli(capsys, simulated, "simulate", "--sha256", H, "--json")
    whatif = json.loads(out.strip().splitlines()[-1])["run_id"]
    out = run_cli(capsys, simulated, "runs")[1]
    assert [line.split()[3:5] for line in out.splitlines() if whatif in line] == [["whatif", "simulate"]]
    assert out.count("simulated") == 2
    code, out, _ = run_cli(capsys, simulated, "alerts")
    assert code == 0 and "no alerts" in out
    code, _, err = run_cli(capsys, simulated, "restore", "--sha256", H)
    assert code == 2 and "CLEAN" in err


def test_the_mar_report_on_the_command_line(capsys, simulated, tmp_path):
    run_cli(capsys, simulated, "policy", "set", "INBOUND", "--mar", "on", "--action", "delete")
    assert run_cli(capsys, simulated, "remediate", "--pending")[0] == 0
    code, out, _ = run_cli(capsys, simulated, "report", "--mode", "simulated", "--by", "mailbox", "--json")
    rep = json.loads(out.strip().splitlines()[-1])
    assert code == 0 and rep["totals"]["succeeded"] == 2 and rep["totals"]["files"] == 1
    assert sorted((r["mailbox"], r["succeeded"]) for r in rep["rows"]) == [
        ("alice@corp.example", 1), ("bob@corp.example", 1)]
    code, out, _ = run_cli(capsys, simulated, "report")   # live runs only: none yet
    assert code == 0 and "0 succeeded" in out and "try --mode all" in out
    csv, xlsx = tmp_path / "failed.csv", tmp_path / "mar.xlsx"
    code, out, _ = run_cli(capsys, simulated, "report", "failed", "--mode", "all", "--csv", str(csv))
    assert code == 0 and csv.read_text(encoding="utf-8-sig").splitlines()[0].startswith("time,run_id,mode,mid")
    assert run_cli(capsys, simulated, "report", "--mode", "all", "--xlsx", str(xlsx))[0] == 0
    import openpyxl
    sheet = openpyxl.load_workbook(xlsx).active
    assert [c.value for c in sheet[1]][:3] == ["recipient", "mode", "succeeded"] and sheet.max_row == 3
    code, _, err = run_cli(capsys, simulated, "report", "--since", "yesterday")
    assert code == 2 and "ISO 8601" in err


def test_report_failed_of_runs_without_a_tenant_prints_no_tenant_column_of_none(capsys, tmp_path, monkeypatch):
    """`report failed --mode simulated` printed a `tenant` column reading None on every row: simulated runs
    act on no Graph tenant. The column shows where a row has a tenant (live runs); the files keep it."""
    store = Store(tmp_path / "m.duckdb")
    w = World()
    w.users("alice@corp.example")
    w.message(["alice@corp.example", "carol@corp.example"], files={"a.exe": H}, message_id="<failed@x>")
    w.verdict(H, "MALICIOUS")
    w.save(store)
    use_simulated_tenant(w, tmp_path, monkeypatch)
    run_cli(capsys, store, "policy", "set", "INBOUND", "--mar", "on", "--action", "delete")
    assert run_cli(capsys, store, "remediate", "--pending")[0] == 0
    csv = tmp_path / "failed.csv"
    code, out, _ = run_cli(capsys, store, "report", "failed", "--mode", "simulated", "--csv", str(csv))
    lines = out.splitlines()
    header = next(line for line in lines if line.split()[:2] == ["time", "run_id"])
    row = next(line for line in lines if "carol@corp.example" in line)
    assert code == 0 and "not_o365_user" in row and "tenant" not in header.split() and "None" not in row.split()
    assert csv.read_text(encoding="utf-8-sig").splitlines()[0].endswith(",tenant")
    code, out, _ = run_cli(capsys, store, "report", "--by", "tenant", "--mode", "simulated")   # grouped by it: kept
    assert code == 0 and [line.split()[:2] for line in out.splitlines()[1:]] == [["tenant", "succeeded"], ["-", "1"]]


def test_restore_with_nothing_to_move_back_says_why_and_records_no_run(capsys, simulated):
    """Nothing remediated, copies deleted (not moved), moved copies moved back already: `restore` says so,
    names no run and records none, and exits 0 as `remediate --pending` does with nothing pending."""
    def runs() -> int:
        return simulated.query_one("SELECT count(*) FROM remediation_runs")[0]

    def restore_cli() -> str:
        before = runs()
        code, out, err = run_cli(capsys, simulated, "restore", "--sha256", H)
        assert code == 0, err
        assert runs() == before and "\nrun " not in "\n" + out and "0 succeeded" not in out, out
        return out

    with simulated.connect() as con:
        con.execute("INSERT INTO verdict_events (event_key, sha256, verdict, kind, event_time) "
                    "SELECT 'clean-again', sha256, 'CLEAN', 'retrospective', event_time + INTERVAL 1 HOUR "
                    "FROM verdict_events WHERE kind = 'retrospective'")
    assert f"nothing to restore for {H}: no copy of it was remediated on this tenant; no run recorded" in restore_cli()
    code, out, _ = run_cli(capsys, simulated, "restore", "--sha256", H, "--json")
    result = json.loads(out.strip().splitlines()[-1])
    assert code == 0 and result["run_id"] is None and "no copy of it was remediated" in result["nothing_to_do"]

    run_cli(capsys, simulated, "policy", "set", "INBOUND", "--mar", "on", "--action", "delete")
    assert run_cli(capsys, simulated, "remediate", "--sha256", H)[0] == 0
    out = restore_cli()
    assert "2 copies remediated on this tenant were deleted or forwarded, not moved" in out
    assert out.count("not_moved") == 2   # each copy with its reason


def test_restore_twice_has_nothing_left_to_move_back(capsys, simulated):
    from marlib.remediation.run import restore
    with simulated.connect() as con:
        con.execute("INSERT INTO verdict_events (event_key, sha256, verdict, kind, event_time) "
                    "SELECT 'clean-again', sha256, 'CLEAN', 'retrospective', event_time + INTERVAL 1 HOUR "
                    "FROM verdict_events WHERE kind = 'retrospective'")
    run_cli(capsys, simulated, "policy", "set", "INBOUND", "--mar", "on", "--action", "move-junk")
    assert run_cli(capsys, simulated, "remediate", "--sha256", H)[0] == 0
    code, out, _ = run_cli(capsys, simulated, "restore", "--sha256", H)
    assert code == 0 and out.count("succeeded ok") == 2 and "nothing to restore" not in out
    runs = simulated.query_one("SELECT count(*) FROM remediation_runs")[0]
    code, out, _ = run_cli(capsys, simulated, "restore", "--sha256", H)
    assert code == 0 and f"nothing to restore for {H}: 2 moved copies were moved back already" in out
    assert simulated.query_one("SELECT count(*) FROM remediation_runs")[0] == runs
    with backend.open_backend(simulated) as opened:   # the library: the same, and no run either
        again = restore(simulated, opened.mailboxes, H)
    assert again.run_id is None and "moved back already" in again.nothing_to_do


def test_report_keeps_restores_plans_and_modes_apart(capsys, tmp_path, monkeypatch):
    """Copies moved to Junk and moved back are 2 remediated and 2 restored, not 4 succeeded; a dry run's
    report shows its planned copies; --mode all gives each mode its own totals and rows."""
    store = Store(tmp_path / "m.duckdb")
    w = World()
    w.users("alice@corp.example", "bob@corp.example")
    w.message(["alice@corp.example", "bob@corp.example"], files={"a.exe": H}, message_id="<cli@x>")
    w.verdict(H, "MALICIOUS")
    w.verdict(H, "CLEAN")
    w.save(store)
    use_simulated_tenant(w, tmp_path, monkeypatch)
    run_cli(capsys, store, "policy", "set", "INBOUND", "--mar", "on", "--action", "move-junk")
    assert run_cli(capsys, store, "remediate", "--sha256", H, "--dry-run")[0] == 0
    assert run_cli(capsys, store, "remediate", "--sha256", H)[0] == 0
    code, out, err = run_cli(capsys, store, "restore", "--sha256", H)
    assert code == 0, err
    code, out, _ = run_cli(capsys, store, "report", "--mode", "simulated", "--by", "action")
    assert code == 0 and out.splitlines()[0] == (
        "Mailbox Auto Remediation (simulated): 2 succeeded, 0 failed, 0 skipped; 2 restored, 0 restore failed "
        "(moved back: not remediated); 2 recipient(s), 1 file(s)")
    assert out.splitlines()[1].split() == ["action", "succeeded", "failed", "skipped", "total", "restored"]
    assert out.splitlines()[3].split() == ["restore", "0", "0", "0", "0", "2"]
    rep = json.loads(run_cli(capsys, store, "report", "--mode", "simulated", "--json")[1].strip().splitlines()[-1])
    assert (rep["totals"]["succeeded"], rep["totals"]["restored"]) == (2, 2)
    code, out, _ = run_cli(capsys, store, "report", "--mode", "dry-run", "--by", "action")
    assert "0 succeeded, 0 failed, 0 skipped, 2 planned;" in out.splitlines()[0]
    assert out.splitlines()[1].split() == ["action", "succeeded", "failed", "skipped", "planned", "total"]
    assert out.splitlines()[2].split() == ["move-junk", "0", "0", "0", "2", "2"]
    code, out, _ = run_cli(capsys, store, "report", "--mode", "all", "--by", "status")
    lines = out.splitlines()
    assert lines[0].startswith("Mailbox Auto Remediation (all modes, each apart")
    assert lines[1].startswith("  simulated: 2 succeeded") and lines[2].startswith("  dry-run: 0 succeeded")
    assert ["planned", "dry-run", "0", "0", "0", "2", "2", "0"] in [x.split() for x in lines]
    rep = json.loads(run_cli(capsys, store, "report", "--mode", "all", "--json")[1].strip().splitlines()[-1])
    assert rep["by_mode"]["dry-run"]["planned"] == 2 and rep["by_mode"]["simulated"]["restored"] == 2


def test_report_and_runs_name_the_tenant(capsys, tmp_path):
    """Live results of two tenants: report covers the current one and names it; --tenant all adds the other;
    runs shows each live run's tenant."""
    from marlib.emulator.testing import new_certificate
    from marlib.settings import save_settings
    store = Store(tmp_path / "m.duckdb")
    key_pem, _, thumb = new_certificate()
    t1 = save_settings(store, client_id="a1b2c3d4-0000-4000-8000-000000000001", thumbprint=thumb, key=key_pem,
                       tenant_id="11111111-1111-4111-8111-111111111111").tenant_key
    t2 = "22222222-2222-4222-8222-222222222222@graph.microsoft.com"
    with store.connect() as con:
        for run, tenant in (("r1", t1), ("r2", t2)):
            con.execute("INSERT INTO remediation_runs (run_id, mode, tenant_kind, trigger, status, counts, "
                        "started_at) VALUES (?, 'live', 'microsoft', 'sha256', 'finished', '{}', now())", [run])
            con.execute("UPDATE remediation_runs SET tenant = ? WHERE run_id = ?", [tenant, run])
            for box in ("alice@corp.example", "bob@corp.example"):
                con.execute("INSERT INTO remediation_actions (action_id, run_id, mode, sha256, mid, message_id, "
                            "recipient, mailbox, action, status, reason, created_at, updated_at) VALUES "
                            "(?, ?, 'live', ?, 1, '<m@x>', ?, ?, 'delete', 'succeeded', 'ok', now(), now())",
                            [run + box, run, H, box, box])
    code, out, _ = run_cli(capsys, store, "report")
    assert code == 0 and out.splitlines()[0].startswith(f"Mailbox Auto Remediation (live, tenant {t1}): 2 succeeded")
    code, out, _ = run_cli(capsys, store, "report", "--tenant", "all", "--by", "tenant")
    assert out.splitlines()[0].startswith("Mailbox Auto Remediation (live, all tenants): 4 succeeded")
    assert {x.split()[0] for x in out.splitlines()[2:]} == {t1, t2}
    out = run_cli(capsys, store, "report", "--tenant", "ALL")[1]   # however it is typed
    assert out.splitlines()[0].startswith("Mailbox Auto Remediation (live, all tenants): 4 succeeded")
    rep = json.loads(run_cli(capsys, store, "report", "--tenant", t2, "--json")[1].strip().splitlines()[-1])
    assert rep["tenant"] == t2 and rep["totals"]["succeeded"] == 2
    assert run_cli(capsys, store, "report", "--tenant", t2.upper())[0] == 0   # however it is typed
    # a tenant no run acted on (a typo, the GUID without its @host) is an error naming the known ones,
    # not an empty report that reads as "nothing was remediated there"
    for typo in ("22222222-2222-4222-8222-222222222222", t2 + "x"):
        code, out, err = run_cli(capsys, store, "report", "--tenant", typo, "--json")
        assert code == 2 and "no live run acted on that tenant" in err and t1 in err and t2 in err
        assert json.loads(out.strip().splitlines()[-1])["ok"] is False
    code, out, _ = run_cli(capsys, store, "runs")
    assert f"[tenant: {t1}]" in out and f"[tenant: {t2}]" in out
    listed = json.loads(run_cli(capsys, store, "runs", "--json")[1].strip().splitlines()[-1])
    assert {r["run_id"]: r["tenant"] for r in listed} == {"r1": t1, "r2": t2}
    # a run interrupted on the other tenant waits for that one; one on this tenant, for the next run
    with store.connect() as con:
        con.execute("UPDATE remediation_runs SET status = 'running', owner = NULL, counts = NULL")
    out = run_cli(capsys, store, "runs")[1]
    line = {ln.split()[2]: ln for ln in out.splitlines()}
    assert f"it acted on tenant {t2}, not on the one the settings name now" in line["r2"]
    assert "the next live run (remediate or a watch step) resumes it" in line["r1"]


def test_remediate_text_output_names_the_tenant(capsys, simulated):
    run_cli(capsys, simulated, "policy", "set", "INBOUND", "--mar", "on", "--action", "delete")
    code, out, _ = run_cli(capsys, simulated, "remediate", "--sha256", H)
    assert code == 0
    assert out.splitlines()[0].startswith("tenant: simulated tenant")
    assert "2 succeeded" in out and "[tenant: simulated" in out
    code, _, err = run_cli(capsys, simulated, "remediate", "--sha256", "xyz")
    assert code == 2 and "SHA-256" in err


def _wait_for(proc, pattern: str, timeout: float = 60) -> str:
    seen = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        seen.append(line)
        if pattern in line:
            return "".join(seen)
    raise AssertionError(f"{pattern!r} not seen in: {''.join(seen)}")


@pytest.mark.slow
def test_watch_follows_growing_and_rotated_logs_and_stops_on_sigterm(tmp_path):
    """Ingest the sample's mail logs, then feed the amp log in two parts across a rotation."""
    logs = tmp_path / "esa"
    shutil.copytree(SAMPLE / "esa" / "mail_logs", logs / "mail_logs")
    amp_lines = (SAMPLE / "esa" / "amp" / "amp.log").read_text().splitlines(keepends=True)
    first_retro = next(i for i, line in enumerate(amp_lines) if "Retrospective verdict received" in line)
    (logs / "amp").mkdir()
    current = logs / "amp" / "amp.current"
    current.write_text("".join(amp_lines[:first_retro]))
    db = tmp_path / "data" / "m.duckdb"
    db.parent.mkdir()   # a new database is made in an existing folder only
    env = dict(os.environ, PYTHONPATH=str(ROOT), MARLIB_TENANT_MODE="simulated",
               MARLIB_TENANT_FILE=str(SAMPLE / "tenant.json"))
    for policy in ("DEFAULT", "Executives", "Finance", "Engineering"):
        assert main(["--db", str(db), "policy", "set", policy, "--mar", "on", "--action", "delete"]) == 0
    proc = subprocess.Popen([sys.executable, "-m", "marlib", "--db", str(db), "watch", str(logs),
                             "--interval", "0.3"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        _wait_for(proc, "watching")
        time.sleep(1.5)                                   # a few steps with nothing to remediate
        current.rename(logs / "amp" / "amp.@20261120T000000.s")   # the appliance rotates...
        current.write_text("".join(amp_lines[first_retro:]))      # ...and writes on in a new .current
        out = _wait_for(proc, "succeeded")
        assert "run " in out
        # watch prints no line per copy: a run with failed copies says why, and which command lists them
        failed = [ln for ln in out.splitlines() if ln.startswith("run ") and " 0 failed" not in ln]
        assert failed and all(f"(`python -m marlib --db {db} report failed --mode simulated` lists them)" in ln
                              and "; failed: " in ln and "not_o365_user " in ln for ln in failed), out
        time.sleep(0.5)
        proc.send_signal(signal.SIGTERM)
        rest, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "watch stopped" in rest
    store = Store(db)
    runs = store.query_df("SELECT * FROM remediation_runs")
    assert len(runs) >= 1 and set(runs["trigger"]) == {"watch"} and set(runs["status"]) == {"finished"}
    dupes = store.query_one("SELECT count(*) - count(DISTINCT (message_id, mailbox)) FROM remediation_actions "
                            "WHERE status = 'succeeded'")[0]
    assert dupes == 0
    lines = store.query_one("SELECT count(*) FROM (SELECT event_key FROM verdict_events GROUP BY event_key "
                            "HAVING count(*) > 1)")[0]
    assert lines == 0


class _Killed(BaseException):
    """Stands for kill -9 of the process running the remediation."""


class _DiesAtSecondDelete:
    def __init__(self, inner) -> None:
        self.inner, self.kind, self.deletes = inner, inner.kind, 0

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def permanent_delete(self, mailbox: str, message_id: str) -> None:
        self.deletes += 1
        if self.deletes == 2:
            raise _Killed()
        self.inner.permanent_delete(mailbox, message_id)


def test_runs_shows_a_run_in_progress_and_an_interrupted_one(capsys, simulated):
    """An unfinished run has no counts yet: beside a finished run they were NaN and `runs` crashed."""
    from marlib.remediation.engine import EngineOptions
    from marlib.remediation.journal import DuckJournal
    from marlib.remediation.run import remediate
    from marlib.tenant.model import TenantModel
    from marlib.tenant.simulated import SimulatedMailboxes
    run_cli(capsys, simulated, "policy", "set", "INBOUND", "--mar", "on", "--action", "delete")
    assert run_cli(capsys, simulated, "remediate", "--pending", "--dry-run")[0] == 0      # a finished run
    tenant = TenantModel.load(os.environ["MARLIB_TENANT_FILE"])
    with pytest.raises(_Killed):   # one copy deleted, killed at the second
        remediate(simulated, _DiesAtSecondDelete(SimulatedMailboxes(tenant)), pending=True,
                  journal=DuckJournal(simulated, "simulated"), options=EngineOptions(max_workers=1))
    code, out, err = run_cli(capsys, simulated, "runs")
    assert code == 0, err
    line = next(x for x in out.splitlines() if " simulated " in x)
    assert " running " in line and "1 of 2 copies done so far (1 succeeded, 0 failed, 0 skipped, 1 planned)" in line
    assert "dry-run" in out and "0 succeeded, 0 failed, 0 skipped, 2 planned" in out
    dead = subprocess.Popen(["true"])
    dead.wait()
    with simulated.connect() as con:   # the process that ran it is gone
        con.execute("UPDATE remediation_runs SET owner = ? WHERE status = 'running'",
                    [f"{__import__('socket').gethostname()}:{dead.pid}:"])
    code, out, _ = run_cli(capsys, simulated, "runs")
    line = next(x for x in out.splitlines() if " simulated " in x)
    assert code == 0 and " interrupted " in line and "1 of 2 copies done so far" in line
    assert "the next simulated run (remediate or a watch step) resumes it" in line
    code, out, _ = run_cli(capsys, simulated, "runs", "--json")
    listed = {r["mode"]: r for r in json.loads(out.strip().splitlines()[-1])}
    assert listed["simulated"]["state"] == "interrupted" and listed["simulated"]["counts"] is None
    assert listed["simulated"]["progress"]["succeeded"] == 1 and listed["dry-run"]["state"] == "finished"


@pytest.fixture
def live(tmp_path, monkeypatch):
    """alice@ and bob@ got a file now malicious, delete on; the emulator holds their mailboxes."""
    from remediation_fixtures import live_tenant
    monkeypatch.delenv("MARLIB_TENANT_MODE", raising=False)
    monkeypatch.delenv("MARLIB_TENANT_FILE", raising=False)
    store = Store(tmp_path / "m.duckdb")
    w = World()
    w.users("alice@corp.example", "bob@corp.example")
    w.message(["alice@corp.example", "bob@corp.example"], files={"a.exe": H}, message_id="<crash@x>")
    w.verdict(H, "MALICIOUS")
    w.save(store)
    with live_tenant(store, w):
        assert main(["--db", str(store.path), "policy", "set", "INBOUND", "--mar", "on", "--action", "delete"]) == 0
        _kill_a_run(store)
        yield store


def _kill_a_run(store: Store) -> None:
    """A live run killed (kill -9) after its first copy, journaled as unfinished."""
    from marlib.remediation.engine import EngineOptions
    from marlib.remediation.run import remediate
    from marlib.tenant.graph import mailboxes_from_settings
    mailboxes = mailboxes_from_settings(store)
    try:
        with pytest.raises(_Killed):
            remediate(store, _DiesAtSecondDelete(mailboxes), pending=True, options=EngineOptions(max_workers=1))
    finally:
        mailboxes.close()


def test_remediate_after_a_crash_counts_the_resumed_work(capsys, live):
    """The run that resumes a killed one has nothing new to do: its own counts are 0, the work is the
    resumed run's. total_counts adds both."""
    code, out, err = run_cli(capsys, live, "remediate", "--pending", "--json")
    res = json.loads(out.strip().splitlines()[-1])
    assert code == 0, err
    assert res["counts"]["total"] == 0 and res["outcomes"] == []        # kept as they were
    assert [r["counts"]["succeeded"] for r in res["resumed"]] == [2]
    assert res["total_counts"]["succeeded"] == 2 and res["total_counts"]["total"] == 2
    assert res["total_counts"]["by_reason"] == {"succeeded:ok": 2}
    assert set(res) >= {"verdict_changes", "superseded"}


def test_a_hash_remediated_after_a_crash_counts_each_copy_once_in_the_total(capsys, live):
    """`remediate --sha256 H` after a crash first finishes the killed run (both copies of H), then its own run
    finds them done: the total said "2 succeeded, 2 skipped" for two copies."""
    code, out, err = run_cli(capsys, live, "remediate", "--sha256", H, "--json")
    res = json.loads(out.strip().splitlines()[-1])
    assert code == 0, err
    assert [r["counts"]["succeeded"] for r in res["resumed"]] == [2]
    assert res["counts"]["skipped"] == 2 and res["counts"]["total"] == 2      # this run's own: found done
    assert (res["total_counts"]["succeeded"], res["total_counts"]["skipped"], res["total_counts"]["total"]) == (2, 0, 2)
    assert res["total_counts"]["by_reason"] == {"succeeded:ok": 2}


def test_remediate_text_output_after_a_crash_ends_with_the_total(capsys, live):
    code, out, _ = run_cli(capsys, live, "remediate", "--pending")
    lines = out.strip().splitlines()
    assert code == 0
    assert any(x.startswith("resumed interrupted run ") and x.endswith(": 2 succeeded, 0 failed, 0 skipped, "
                                                                        "0 planned") for x in lines), out
    assert lines[-2].startswith("nothing pending: ") and lines[-2].endswith("; no run recorded")
    assert lines[-1].startswith("total: 2 succeeded, 0 failed, 0 skipped, 0 planned [tenant: emulator")


def test_remediate_pending_with_nothing_pending_names_no_run(capsys, simulated):
    """Nothing pending: no run is recorded, so none is named (it printed `run <id>` for an id `runs` never knew)."""
    run_cli(capsys, simulated, "policy", "set", "INBOUND", "--mar", "on", "--action", "delete")
    assert run_cli(capsys, simulated, "remediate", "--pending")[0] == 0
    runs = simulated.query_one("SELECT count(*) FROM remediation_runs")[0]
    code, out, err = run_cli(capsys, simulated, "remediate", "--pending")
    assert code == 0, err
    assert "nothing pending: no retrospective verdict change waits for remediation on this tenant; no run recorded" \
        in out and "\nrun " not in "\n" + out, out
    code, out, _ = run_cli(capsys, simulated, "remediate", "--pending", "--json")
    result = json.loads(out.strip().splitlines()[-1])
    assert code == 0 and result["run_id"] is None and result["nothing_to_do"].startswith("nothing pending")
    assert simulated.query_one("SELECT count(*) FROM remediation_runs")[0] == runs


def test_a_policy_name_given_by_its_start_gets_a_hint():
    """`policy set Exec ...` said only that no mail uses 'Exec': too short for a close match of 'Executives'."""
    from marlib.remediation.policies import policy_hint
    assert policy_hint("Exec", ["Executives", "INBOUND", "Exchange Relay", "Executive Assistants"]) == \
        "did you mean 'Executives', 'Executive Assistants'?"
    assert policy_hint("exec", ["Executives"]) == "did you mean 'Executives'?"
    assert policy_hint("Zzz", ["Executives"]) == "" and policy_hint(" ", ["Executives"]) == ""


def test_alerts_name_the_database_in_the_commands_of_their_advice(tmp_path, capsys):
    """An alert's stored detail ends with advice naming `python -m marlib settings proxy URL`: `alerts --db F`
    prints it with that --db, as every other message of the command line does."""
    from marlib.cli import main
    from marlib.remediation.alerts import AlertBook
    db = tmp_path / "my data" / "m.duckdb"
    db.parent.mkdir()
    AlertBook(Store(db)).connectivity_failed("Graph answered 503 (proxy: `python -m marlib settings proxy URL`)")
    assert main(["--db", str(db), "alerts"]) == 0
    out = capsys.readouterr().out
    assert f"`python -m marlib --db '{db}' settings proxy URL`" in out, out


def test_a_watch_stopped_mid_run_says_its_copies_left_are_resumed(tmp_path, capsys, monkeypatch):
    """Ctrl-C (or SIGTERM) on `watch` while its run works: the run's line said `... 3 planned` and watch exited 0,
    nothing telling the admin those copies were not done nor that the next run does them."""
    import pandas as pd

    from marlib.cli import remediation_cmd
    from marlib.remediation.run import RunResult
    from marlib.remediation.watch import WatchStep
    store = Store(tmp_path / "m.duckdb")
    w = World()
    w.users("alice@corp.example")
    w.message(["alice@corp.example"], files={"a.exe": sha("watch-stopped")})
    w.save(store)
    backend.set_tenant_mode(store, "simulated", from_data=True)
    logs = tmp_path / "esa"
    logs.mkdir()
    outcomes = pd.DataFrame({"status": ["succeeded", "planned", "planned", "planned"], "reason": ["ok", "", "", ""]})

    def stopped_mid_run(store, paths, *, stop, on_step, **kwargs):
        stop.set()   # as the signal handler does
        on_step(WatchStep(runs=[RunResult("r1", "live", "emulator", outcomes)]))
        return 1
    monkeypatch.setattr(remediation_cmd, "watch", stopped_mid_run)
    code, out, _ = run_cli(capsys, store, "watch", str(logs))
    assert code == 0
    assert (f"run r1 (live): 1 succeeded, 0 failed, 0 skipped, 3 planned; stopped before 3 copies: the next run "
            f"(watch, or `python -m marlib --db {store.path} remediate --pending`) resumes them") in out, out
