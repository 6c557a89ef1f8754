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
