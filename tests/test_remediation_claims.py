"""Two live runs started together (two watchers of one folder, the app's automatic mode and a CLI run) must
not both take the same copies: planning and journaling are one at a time (run.claiming), across threads
and processes; execution is not."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from remediation_fixtures import World, live_tenant, sha

from marlib.remediation.journal import DuckJournal
from marlib.remediation.policies import set_policy
from marlib.remediation.run import remediate
from marlib.store import Store
from marlib.tenant.simulated import SimulatedMailboxes

H = sha("claims")
ROOT = Path(__file__).resolve().parents[1]


class _LiveLike:
    """The simulated tenant seen as a live one (kind emulator: durable journal, mode live), whose address
    lookups wait at a barrier so two runs planning at once would both get past planning first."""

    def __init__(self, inner: SimulatedMailboxes, barrier: threading.Barrier) -> None:
        self.inner, self.barrier, self.kind, self.forwards = inner, barrier, "emulator", []
        self._lock = threading.Lock()

    def resolve(self, address):
        try:
            self.barrier.wait(timeout=3)   # both runs here at once only when nothing keeps them apart
        except threading.BrokenBarrierError:
            pass
        return self.inner.resolve(address)

    def create_forward(self, mailbox, message_id, to, comment):
        with self._lock:
            self.forwards.append((mailbox, message_id))
        return self.inner.create_forward(mailbox, message_id, to, comment)

    def __getattr__(self, name):
        return getattr(self.inner, name)


def _world(store: Store) -> World:
    w = World()
    w.users("soc@corp.example", "alice@corp.example", "bob@corp.example")
    w.message(["alice@corp.example", "bob@corp.example"], files={"a.exe": H}, message_id="<claims@x>")
    w.verdict(H, "MALICIOUS")
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="forward-delete", forward_to="soc@corp.example")
    return w


def test_two_live_runs_started_together_take_each_copy_once(tmp_path):
    store = Store(tmp_path / "m.duckdb")
    w = _world(store)
    boxes = _LiveLike(SimulatedMailboxes(w.tenant), threading.Barrier(2))
    results, errors = [], []

    def run():
        try:
            results.append(remediate(store, boxes, pending=True, journal=DuckJournal(store, "live")))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    assert sorted(box for box, _ in boxes.forwards) == ["alice@corp.example", "bob@corp.example"]   # once each
    assert sorted(r.counts["succeeded"] for r in results) == [0, 2]


@pytest.mark.slow
def test_a_cli_run_waits_for_another_process_planning_and_says_so(tmp_path):
    """Another process holds the journal while it plans: a CLI run waits (bounded), says so, and gives up with
    advice when the wait runs out, taking nothing."""
    store = Store(tmp_path / "m.duckdb")
    w = _world(store)
    holder = ("import sys, time; from pathlib import Path; from marlib.remediation.state_lock import state_lock; "
              "lock = state_lock(Path(sys.argv[1] + '.remediation'), 'the remediation journal'); "
              "cm = lock.hold('remediate (watch)', wait_s=5); cm.__enter__(); print('held', flush=True); "
              "time.sleep(60)")
    with live_tenant(store, w):
        p = subprocess.Popen([sys.executable, "-c", holder, str(store.path)], cwd=ROOT, stdout=subprocess.PIPE,
                             text=True)
        try:
            assert p.stdout.readline().strip() == "held"
            env = {**os.environ, "MARLIB_TENANT_LOCK_WAIT": "0.5"}
            r = subprocess.run([sys.executable, "-m", "marlib", "--db", str(store.path), "remediate", "--pending"],
                               cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        finally:
            p.kill()
            p.wait()
    assert r.returncode == 75, r.stderr   # busy: try again later (EX_TEMPFAIL), not a usage error
    assert "waiting for the remediation journal" in r.stderr and "The remediation journal is busy" in r.stderr
    assert f"pid {p.pid}" in r.stderr
    assert store.query_one("SELECT count(*) FROM remediation_actions")[0] == 0


def test_a_stopped_run_is_still_marked_executing_until_it_is_let_go(tmp_path):
    """Between the engine's return and the run's end or release, another thread's resume must not take the
    run (the release would then hand a run being executed to any other process)."""
    from marlib.remediation import run as runmod
    store = Store(tmp_path / "m.duckdb")
    w = _world(store)
    stop = {"on": False}
    seen = []

    class Watching(DuckJournal):
        def begin(self, *args, **kw):
            super().begin(*args, **kw)
            stop["on"] = True   # a stop reaches the run once it started: its copies stay planned

        def release(self, run_id):
            seen.append(runmod._is_active(run_id))
            super().release(run_id)
    boxes = _LiveLike(SimulatedMailboxes(w.tenant), threading.Barrier(1))
    runmod.remediate(store, boxes, pending=True, journal=Watching(store, "live"), should_stop=lambda: stop["on"])
    assert seen == [True]


def test_a_stop_while_waiting_for_the_journal_takes_nothing(tmp_path, monkeypatch):
    """Another run holds the journal (planning a long group expansion, say): a stop request (Ctrl-C on watch,
    the app's stop) ends the wait at once, cleanly, instead of after the whole wait with an error."""
    from marlib.remediation.run import claiming
    monkeypatch.setenv("MARLIB_TENANT_LOCK_WAIT", "120")
    store = Store(tmp_path / "m.duckdb")
    w = _world(store)
    held, done = threading.Event(), threading.Event()

    def holder():
        with claiming(store, "live", "remediate (watch)"):
            held.set()
            done.wait(120)
    t = threading.Thread(target=holder)
    t.start()
    try:
        assert held.wait(30)
        boxes = _LiveLike(SimulatedMailboxes(w.tenant), threading.Barrier(1))
        result = remediate(store, boxes, pending=True, journal=DuckJournal(store, "live"), should_stop=lambda: True)
    finally:
        done.set()
        t.join(30)
    assert result.changes == 0 and len(result.outcomes) == 0 and boxes.forwards == []
    assert store.query_one("SELECT count(*) FROM remediation_actions")[0] == 0
