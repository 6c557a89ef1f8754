"""A process that ends while a workbench job (the app's background ingest, remediation or automatic mode) is
inside a DuckDB query: the job's thread is a daemon, and one left inside DuckDB as Python exits aborted the
whole process ("terminate called after throwing an instance of '' / FATAL: exception not rethrown", exit
134) at the end of an aborted test run or app. The workbench now interrupts the query at exit and waits for
the job (bounded), so the process ends with its own exit code."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from marlib.store import Store
from marlib.workbench import Workbench

ROOT = Path(__file__).resolve().parents[1]

# python - DB exit|raise: a job runs a query that does not end; the main thread ends once it is running
ENDS_DURING_A_JOB = """
import sys, threading
from marlib.store import Store
from marlib.workbench import Workbench

store = Store(sys.argv[1])
wb = Workbench(store)
running = threading.Event()

def marks_running(i):   # DuckDB calls it from inside the query: the query is running
    running.set()
    return i

def endless_query(progress):
    with store.connect() as con:
        con.create_function("marks_running", marks_running, ["BIGINT"], "BIGINT", side_effects=True)
        return con.execute("SELECT sum(hash(marks_running(i))) FROM range(100000000000) t(i)").fetchone()

wb.start_job("query", "a query that does not end", endless_query)
assert running.wait(120), "the query did not start"
if sys.argv[2] == "exit":
    sys.exit(3)
raise RuntimeError("the main thread fails")
"""


@pytest.mark.parametrize(("how", "code"), [("exit", 3), ("raise", 1)])
def test_a_process_ending_during_a_jobs_query_exits_with_its_own_code(tmp_path, how, code):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", ENDS_DURING_A_JOB, str(tmp_path / "m.duckdb"), how], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == code, proc.stderr
    assert "terminate called" not in proc.stderr and "FATAL" not in proc.stderr
    assert ("RuntimeError: the main thread fails" in proc.stderr) == (how == "raise")


def test_ending_the_jobs_interrupts_their_queries_and_says_which_still_run(tmp_path):
    """What the exit hook does, in process: the job's query is interrupted, the job fails with DuckDB's
    reason, and nothing is left running."""
    import threading
    store = Store(tmp_path / "m.duckdb")
    wb = Workbench(store)
    running = threading.Event()

    def endless_query(progress):
        with store.connect() as con:
            con.create_function("marks_running", lambda i: running.set() or i, ["BIGINT"], "BIGINT",
                                side_effects=True)
            return con.execute("SELECT sum(hash(marks_running(i))) FROM range(100000000000) t(i)").fetchone()

    job = wb.start_job("query", "endless", endless_query)
    assert running.wait(120)
    assert wb.end_jobs(wait_s=120) == []
    assert job.state == "failed" and "interrupt" in job.error["message"].lower()


def test_an_app_remediation_is_asked_to_stop_at_exit_before_any_query_is_interrupted(tmp_path, monkeypatch):
    """A remediation job of the app, a request in flight as the process ends: the run is asked to stop (each
    copy before its next step) and ends on its own within the grace; no query of it is interrupted, so no
    journal write is cut short, and the next run does the copies left, each once."""
    import threading

    from remediation_fixtures import one_file_to_boxes, sha

    from marlib.remediation.run import remediate
    from marlib.tenant.simulated import SimulatedMailboxes

    h = sha("exit-evil")
    boxes = [f"user{i}@corp.example" for i in range(6)]
    store, w = one_file_to_boxes(tmp_path, h, "<exit@x>", "soc@corp.example", boxes)
    wb = Workbench(store)
    in_flight = threading.Event()

    class Slow:
        """The simulated tenant where one copy gets as far as its delete, which waits until the process is
        ending; every other copy's search waits for that too. The simulated tenant's journal is in memory, so
        a copy once started is finished: with two workers (below) at most two copies start before the stop,
        on any scheduling (with one per copy, all six could be waiting in their search by then)."""
        def __init__(self, inner) -> None:
            self.inner, self.kind, self.first, self.searched = inner, inner.kind, True, False
            self.lock = threading.Lock()

        def __getattr__(self, name):
            fn = getattr(self.inner, name)
            if name not in ("permanent_delete", "locate"):
                return fn

            def call(*args, **kw):
                with self.lock:
                    if name == "locate":
                        wait, self.searched = self.searched, True
                    else:
                        wait, self.first = self.first, False
                if wait:
                    if name == "permanent_delete":
                        in_flight.set()
                    assert wb._ending.wait(60)
                return fn(*args, **kw)
            return call

    sim = SimulatedMailboxes(w.tenant)
    monkeypatch.setattr(wb, "mailboxes", lambda: Slow(sim))
    import marlib.remediation.run as run_module
    from marlib.remediation.engine import EngineOptions
    engine = run_module._engine
    monkeypatch.setattr(run_module, "_engine", lambda *args, **kw: engine(*args[:5], EngineOptions(max_workers=2),
                                                                         *args[6:], **kw))
    monkeypatch.setattr(wb, "save_tenant_state", lambda: None)
    interrupted: list[int] = []
    monkeypatch.setattr(store, "interrupt", lambda: interrupted.append(1) or 0)
    job = wb.start_remediation([h])
    assert in_flight.wait(60)
    assert wb.end_jobs(wait_s=60, grace_s=30) == []
    assert interrupted == [] and job.state == "done", job.error
    # stopped part-way, on its own: the copy in flight and one whose search waited are finished, the rest wait
    assert job.result["counts"].get("succeeded", 0) in (1, 2), job.result

    rest = remediate(store, sim, pending=True)
    assert rest.stopped_by_outage is None
    for box in boxes:   # each copy forwarded once and deleted, the ones the stop left included
        assert len([m for m in w.tenant.messages(box) if m.forward_of == "<exit@x>"]) == 1, box
        assert [m.folder for m in w.tenant.messages(box) if m.forward_of is None] == ["recoverableitemspurges"]
