"""A Ctrl-C that lands as a command ends: once its answer is printed, its exit status is its own (not
"interrupted", not killed by SIGINT); before that, one answer only (no result followed by "interrupted").

Each command runs in a real process with a hook that stops it at one point (Python's shutdown, or the
simulated tenant being closed after a run), says so on stderr and waits until the test has sent SIGINT and
closed the process's stdin: the Ctrl-C lands at that point every time, with no sleep."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from remediation_fixtures import World, live_tenant, sha, use_simulated_tenant

from marlib.cli import main
from marlib.store import Store

ROOT = Path(__file__).resolve().parents[1]

# python HOOK_RUN WHERE ARGS...: `python -m marlib ARGS...` with a stop at WHERE
HOOK_RUN = """
import os, runpy, sys
where = sys.argv.pop(1)

def stop(what):
    os.write(2, f"hook: stopped {what}\\n".encode())
    os.read(0, 1)   # until the test has sent its Ctrl-C and closed our stdin

class AtShutdown:   # a module global: dropped while Python shuts down, after the command has ended
    def __del__(self, stop=stop):
        stop("while Python shuts down")

if where == "shutdown":
    keep = AtShutdown()
elif where == "tenant-close":
    from marlib.tenant.simulated import SimulatedMailboxes
    persist = SimulatedMailboxes.persist
    def persist_then_stop(self):
        persist(self)
        stop("as the simulated tenant is closed")
    SimulatedMailboxes.persist = persist_then_stop
elif where == "journal-commit":   # a live run, its journal's writer idle with its connection open at the Ctrl-C
    from marlib.remediation.journal import DuckJournal
    init, commit = DuckJournal.__init__, DuckJournal._commit
    def init_long_idle(self, *args, **kwargs):
        init(self, *args, **kwargs)
        self.idle_s = 600   # the writer is idle when the command ends every time, not in 1 run of N
    def commit_then_stop(self, con, records, stopped=[]):
        commit(self, con, records)
        if not stopped:
            stopped.append(True)
            stop("after a journal commit")
    DuckJournal.__init__, DuckJournal._commit = init_long_idle, commit_then_stop
sys.argv[0] = "marlib"
runpy.run_module("marlib", run_name="__main__", alter_sys=True)
"""


def _ctrl_c_at(where: str, tmp_path: Path, *args: str) -> tuple[int, str, str]:
    """Run ``python -m marlib ARGS`` stopped at ``where``, send SIGINT there: (exit code, stdout, stderr)."""
    script = tmp_path / "hook_run.py"
    script.write_text(HOOK_RUN)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, str(script), where, *args], cwd=ROOT, env=env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        err = []
        for line in proc.stderr:
            err.append(line)
            if line.startswith("hook: stopped"):
                proc.send_signal(signal.SIGINT)
                break
        proc.stdin.close()
        out, rest = proc.stdout.read(), proc.stderr.read()   # both small: the answer, a few lines
        proc.wait(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    err.append(rest)
    assert any(line.startswith("hook: stopped") for line in err), "".join(err)
    return proc.returncode, out, "".join(err)


def _json_lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def test_ctrl_c_while_python_shuts_down_after_the_answer_keeps_the_commands_exit_code(tmp_path):
    """Python takes a moment to shut down after a DuckDB/pandas command has printed its answer: a Ctrl-C then
    killed the process by SIGINT (exit 130 in the shell) although its output said it had succeeded."""
    db = tmp_path / "m.duckdb"
    assert main(["--db", str(db), "policy", "set", "INBOUND", "--mar", "on", "--action", "delete"]) == 0
    code, out, err = _ctrl_c_at("shutdown", tmp_path, "--db", str(db), "report", "--json")
    assert code == 0, (code, out, err)
    assert [j["report"] for j in _json_lines(out)] == ["mar"] and "interrupted" not in err
    code, out, err = _ctrl_c_at("shutdown", tmp_path, "--db", str(db), "policy", "list")
    assert code == 0 and "INBOUND" in out and "interrupted" not in err, (code, out, err)


def test_ctrl_c_as_the_simulated_tenant_is_closed_after_a_run_gives_one_answer(tmp_path, monkeypatch):
    """The run's result was printed before the tenant was closed: a Ctrl-C then printed "interrupted" and a
    second JSON object after the result, so a script reading the last line saw a run that had finished as
    interrupted. The result is now printed once the tenant is closed: until then a Ctrl-C is an interruption
    (one JSON object, exit 130); the copies done stay done (the next run does not do them again)."""
    store = Store(tmp_path / "m.duckdb")
    digest = sha("ctrl-c-at-the-end")
    w = World()
    w.users("alice@corp.example")
    w.message(["alice@corp.example"], files={"a.exe": digest}, message_id="<end@x>")
    w.verdict(digest, "MALICIOUS")
    w.save(store)
    use_simulated_tenant(w, tmp_path, monkeypatch)
    assert main(["--db", str(store.path), "policy", "set", "INBOUND", "--mar", "on", "--action", "delete"]) == 0
    code, out, err = _ctrl_c_at("tenant-close", tmp_path, "--db", str(store.path), "remediate", "--pending",
                                "--json")
    assert code == 130, (code, out, err)
    assert [j.get("code") for j in _json_lines(out)] == ["interrupted"], out
    assert store.query_one("SELECT count(*) FROM remediation_actions WHERE status = 'succeeded'") == (1,)
    code, out, err = _ctrl_c_at("shutdown", tmp_path, "--db", str(store.path), "remediate", "--pending", "--json")
    assert code == 0, (code, out, err)
    assert [j.get("counts", {}).get("succeeded") for j in _json_lines(out)] == [0]


def test_ctrl_c_in_a_live_run_ends_with_the_interrupted_answer_and_no_leak_report(tmp_path):
    """A Ctrl-C during a live remediation (the emulator) printed, after "interrupted; ...", some 45 lines of
    "nanobind: leaked N instances ... reference counting issue" from DuckDB's Python client: the journal's
    writer thread still held its DuckDB connection (idle, for the next step) when Python exited. The journal
    now lets go of it before the command ends; the copies done stay done, and the next run resumes the rest."""
    store = Store(tmp_path / "m.duckdb")
    digest = sha("ctrl-c-live")
    w = World()
    w.users("alice@corp.example", "bob@corp.example")
    w.message(["alice@corp.example", "bob@corp.example"], files={"a.exe": digest}, message_id="<live@x>")
    w.verdict(digest, "MALICIOUS")
    w.save(store)
    assert main(["--db", str(store.path), "policy", "set", "INBOUND", "--mar", "on", "--action", "delete"]) == 0
    with live_tenant(store, w):
        code, out, err = _ctrl_c_at("journal-commit", tmp_path, "--db", str(store.path), "remediate", "--pending",
                                    "--json")
        assert code == 130, (code, out, err)
        assert json.loads(out.splitlines()[-1])["code"] == "interrupted", out
        assert "interrupted;" in err and "leaked" not in err and "nanobind" not in err, err
        assert main(["--db", str(store.path), "remediate", "--pending"]) == 0
    assert store.query_one("SELECT count(*) FROM remediation_actions WHERE status = 'succeeded'") == (2,)
