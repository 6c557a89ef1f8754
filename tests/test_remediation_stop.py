"""A stop request (``settings disable`` in watch or the app, a stop of the automatic mode) reaches a run in flight
between the steps of each copy: no further request is made, each copy keeps its journaled step as a kill there
would leave it, and the next run resumes it without a second forward."""
from __future__ import annotations

import threading
from contextlib import contextmanager
from dataclasses import replace

import pytest
from remediation_fixtures import World, live_tenant, mailbox_messages, one_file_to_boxes, sha

from marlib.remediation import backend
from marlib.remediation.engine import EngineOptions
from marlib.remediation.journal import DuckJournal
from marlib.remediation.policies import set_policy
from marlib.remediation.run import change_list, remediate, restore, runs
from marlib.remediation.watch import StepBackend, watch
from marlib.settings import set_live_enabled
from marlib.store import Store
from marlib.tenant.simulated import SimulatedMailboxes

H = sha("stop-evil")
SOC = "soc@corp.example"
BOXES = tuple(f"user{i}@corp.example" for i in range(6))
MID = "<stop@x>"


def _setup(tmp_path, boxes=BOXES) -> tuple[Store, World]:
    return one_file_to_boxes(tmp_path, H, MID, SOC, boxes)


class Held:
    """A Mailboxes backend whose ``held`` calls wait for ``go`` (so copies are in flight while the test asks to
    stop); every call is recorded with whether ``stopped`` was set when it was made."""

    def __init__(self, inner, held: str | None, stopped: threading.Event) -> None:
        self.inner, self.held, self.stopped, self.kind = inner, held, stopped, inner.kind
        self.go = threading.Event()
        self.entered = threading.Semaphore(0)
        self.calls: list[tuple[str, bool]] = []
        self._lock = threading.Lock()

    def __getattr__(self, name):
        fn = getattr(self.inner, name)
        if name in ("exclusive", "reserve_connections", "learn_tenant") or not callable(fn):
            return fn

        def call(*args, **kw):
            with self._lock:
                self.calls.append((name, self.stopped.is_set()))
            if name == self.held:
                self.entered.release()
                self.go.wait(60)
            return fn(*args, **kw)
        return call

    def wait_in_flight(self, n: int) -> None:
        for _ in range(n):
            assert self.entered.acquire(timeout=60), f"{self.held} calls in flight: fewer than {n}"

    def after_stop(self) -> list[str]:
        return [name for name, stopped in self.calls if stopped]


def _forwards(model, box: str) -> list:
    return [m for m in model.messages(box) if m.forward_of == MID]


def _mar_log(tmp_path) -> str:
    return "".join(p.read_text() for p in tmp_path.rglob("*mar.log*"))


@pytest.mark.parametrize(("held", "step"), [("locate", "located"), ("create_forward", "draft")])
def test_a_stop_while_copies_are_in_flight_stops_each_before_its_next_step_and_the_next_run_resumes(
        tmp_path, held, step):
    store, w = _setup(tmp_path)
    sim = SimulatedMailboxes(w.tenant)
    stop = threading.Event()
    tenant = Held(sim, held, stop)
    out: dict = {}
    worker = threading.Thread(target=lambda: out.update(run=remediate(
        store, tenant, pending=True, journal=DuckJournal(store, "simulated"), should_stop=stop.is_set)))
    worker.start()
    tenant.wait_in_flight(len(BOXES))   # every copy is inside its `held` request
    stop.set()
    tenant.go.set()                      # the requests in flight complete
    worker.join(60)
    assert not worker.is_alive()
    stopped = out["run"]
    assert tenant.after_stop() == []     # no request at all once the stop was asked for
    assert len(stopped.outcomes) == len(BOXES)
    assert set(stopped.outcomes["status"]) == {"planned"} and set(stopped.outcomes["step"]) == {step}
    if step == "draft":                  # the draft made by the request in flight is journaled, to be sent
        assert stopped.outcomes["draft_id"].notna().all()
    listed = runs(store)
    row = listed[listed["run_id"] == stopped.run_id].iloc[0]
    assert row["state"] == "interrupted" and row["progress"]["planned"] == len(BOXES)
    assert "MAR succeeded" not in _mar_log(tmp_path) and "MAR failed" not in _mar_log(tmp_path)
    assert all(_forwards(sim.model, box) == [] or step == "draft" for box in BOXES)
    assert all(m.folder == "inbox" for box in BOXES for m in sim.model.messages(box) if m.forward_of is None)

    again = remediate(store, sim, pending=True, journal=DuckJournal(store, "simulated"))
    assert [r.run_id for r in again.resumed] == [stopped.run_id] and again.changes == 0
    assert again.resumed[0].counts["succeeded"] == len(BOXES)
    for box in BOXES:                    # exactly one forward per copy, sent; the copy purged
        fwd = _forwards(sim.model, box)
        assert [(m.folder, m.is_draft) for m in fwd] == [("sentitems", False)], box
        assert [m.folder for m in sim.model.messages(box) if m.forward_of is None] == ["recoverableitemspurges"]
    assert _mar_log(tmp_path).count("MAR succeeded") == len(BOXES)


def test_a_stop_while_recipients_are_resolved_starts_no_run_and_the_change_stays_pending(tmp_path):
    store, w = _setup(tmp_path, boxes=BOXES[:2])
    sim = SimulatedMailboxes(w.tenant)
    stop = threading.Event()
    tenant = Held(sim, "resolve", stop)
    out: dict = {}
    worker = threading.Thread(target=lambda: out.update(run=remediate(
        store, tenant, pending=True, journal=DuckJournal(store, "simulated"), should_stop=stop.is_set,
        options=EngineOptions(max_workers=1))))   # one resolve at a time: the second one is never made
    worker.start()
    tenant.wait_in_flight(1)
    stop.set()
    tenant.go.set()
    worker.join(60)
    assert not worker.is_alive()
    assert [name for name, _ in tenant.calls] == ["resolve"]
    assert out["run"].changes == 0 and len(out["run"].outcomes) == 0
    assert len(runs(store)) == 0
    assert list(change_list(store, mode="simulated")["state"]) == ["pending"]
    done = remediate(store, sim, pending=True, journal=DuckJournal(store, "simulated"))
    assert done.counts["succeeded"] == 2


def test_settings_disable_stops_a_watch_run_in_flight_before_the_next_step_of_each_copy(tmp_path):
    """The tester's case: `settings disable` while a watch step's copies wait on Graph. No copy is forwarded
    or deleted after it; the first step after `settings enable` resumes them, one forward each."""
    boxes = BOXES[:3]
    store, w = _setup(tmp_path, boxes=boxes)
    disabled = threading.Event()
    opened: list[Held] = []

    @contextmanager
    def opener():
        with backend.open_backend(store) as b:   # the emulator; only the first backend holds its locates
            opened.append(Held(b.mailboxes, "locate" if not opened else None, disabled))
            yield replace(b, mailboxes=opened[-1])

    ticks = iter(range(0, 10**9, 10))   # every look at the switch is a fresh one
    logs = tmp_path / "esa"
    logs.mkdir()
    with live_tenant(store, w) as emu, StepBackend(store, opener=opener, clock=lambda: next(ticks)) as tenant:
        tenant.open()
        worker = threading.Thread(target=watch, args=(store, [logs]),
                                  kwargs={"interval_s": 0, "max_steps": 1, "backend": tenant})
        worker.start()
        opened[0].wait_in_flight(len(boxes))
        set_live_enabled(store, False)   # `settings disable`
        disabled.set()
        opened[0].go.set()
        worker.join(120)
        assert not worker.is_alive()
        after_disable = opened[0].after_stop()
        stopped = emu.state()
        listed = runs(store)
        set_live_enabled(store, True)    # `settings enable`
        steps: list = []
        watch(store, [logs], interval_s=0, max_steps=1, backend=tenant, on_step=steps.append)
        resumed = emu.state()
    assert after_disable == []
    assert len(listed) == 1 and listed.iloc[0]["state"] == "interrupted"
    assert listed.iloc[0]["progress"]["planned"] == len(boxes)
    for box in boxes:
        assert [m["folder"] for m in mailbox_messages(stopped, box)] == ["inbox"], box
    resumed_run = steps[0].runs[0]       # the step's own run has nothing left: the change was the stopped run's
    assert resumed_run.run_id == listed.iloc[0]["run_id"] and resumed_run.counts["succeeded"] == len(boxes)
    assert sum(r.counts["succeeded"] for r in steps[0].runs) == len(boxes)
    for box in boxes:
        msgs = mailbox_messages(resumed, box)
        assert sorted(m["folder"] for m in msgs) == ["recoverableitemspurges", "sentitems"], box
        assert [m.get("forward_of") for m in msgs if m["folder"] == "sentitems"] == [MID]


def _simulated_run_stopped_with_two_copies_started(store: Store, w: World):
    """A run on the simulated tenant (two workers) stopped while two copies are forwarding, four not started."""
    stopped = threading.Event()
    boxes = Held(SimulatedMailboxes(w.tenant), "create_forward", stopped)
    result: list = []
    worker = threading.Thread(target=lambda: result.append(remediate(
        store, boxes, pending=True, should_stop=stopped.is_set, options=EngineOptions(max_workers=2))))
    worker.start()
    boxes.wait_in_flight(2)
    stopped.set()
    boxes.go.set()
    worker.join(60)
    return result[0]


def test_a_stop_on_the_simulated_tenant_finishes_started_copies_and_the_next_run_forwards_no_copy_twice(tmp_path):
    """The simulated tenant's runs keep their journal in memory: a copy stopped between its steps could not be
    resumed, and a new plan would forward it again. There a started copy is finished; copies not started are
    left to the next run, and what was done is journaled as done."""
    store, w = _setup(tmp_path)
    first = _simulated_run_stopped_with_two_copies_started(store, w)
    done = set(first.outcomes.loc[first.outcomes["status"] == "succeeded", "mailbox"])
    assert len(done) == 2, first.outcomes[["mailbox", "status", "step"]]   # the two started copies finished
    again = remediate(store, SimulatedMailboxes(w.tenant), pending=True)
    assert set(again.outcomes.loc[again.outcomes["status"] == "succeeded", "mailbox"]) == set(BOXES) - done
    assert set(again.outcomes.loc[again.outcomes["reason"] == "already_remediated", "mailbox"]) == done
    for box in BOXES:
        assert len(_forwards(w.tenant, box)) == 1, box


def test_a_stopped_run_on_the_simulated_tenant_is_listed_as_stopped_with_the_copies_it_did_not_start(
        tmp_path, capsys):
    """Its journal was in memory, so nothing resumes it: `runs` says `stopped` (not `finished`, not
    `interrupted`), with its finished copies and, as planned, those the next run plans again."""
    from remediation_fixtures import run_cli
    store, w = _setup(tmp_path)
    first = _simulated_run_stopped_with_two_copies_started(store, w)
    row = runs(store).iloc[0]
    assert row["run_id"] == first.run_id and row["state"] == "stopped" and row["progress"] is None
    assert (row["counts"]["succeeded"], row["counts"]["planned"], row["counts"]["total"]) == (2, 4, 6)
    code, out, _ = run_cli(capsys, store, "runs")
    assert code == 0 and " stopped " in out
    assert "2 succeeded, 0 failed, 0 skipped, 4 planned; stopped before its end: 4 copies not started, which the " \
           "next simulated run plans again" in out
    again = remediate(store, SimulatedMailboxes(w.tenant), pending=True)
    assert again.counts["succeeded"] == 4 and runs(store).iloc[0]["state"] == "finished"


class _CtrlC(Held):
    """Ctrl-C lands while the third copy's forward is being made (a KeyboardInterrupt in that call)."""

    def __getattr__(self, name):
        fn = super().__getattr__(name)
        if name != "create_forward":
            return fn

        def call(*args, **kw):
            with self._lock:
                self.made = getattr(self, "made", 0) + 1
                made = self.made
            if made == 3:
                raise KeyboardInterrupt
            return fn(*args, **kw)
        return call


def test_ctrl_c_on_the_simulated_tenant_keeps_what_was_done_and_the_next_run_forwards_no_copy_twice(tmp_path):
    store, w = _setup(tmp_path)
    boxes = _CtrlC(SimulatedMailboxes(w.tenant), None, threading.Event())
    with pytest.raises(KeyboardInterrupt):
        remediate(store, boxes, pending=True, options=EngineOptions(max_workers=1))
    forwarded = [box for box in BOXES if _forwards(w.tenant, box)]   # 2, or 3 when the worker took one more
    row = runs(store).iloc[0]
    assert row["state"] == "stopped" and row["counts"]["succeeded"] == len(forwarded) >= 2
    again = remediate(store, SimulatedMailboxes(w.tenant), pending=True)
    assert again.counts["succeeded"] == len(BOXES) - len(forwarded)
    for box in BOXES:
        assert len(_forwards(w.tenant, box)) == 1, box


def test_a_restore_cut_short_is_finished_by_the_next_restore(tmp_path):
    """Ctrl-C while copies were moved back: the next `restore` finishes that run (it said 'moved back already'
    for the copies still in Junk, and only a later remediate moved them)."""
    h = sha("restore-cut-short")
    store = Store(tmp_path / "m.duckdb")
    w = World()
    w.users(*BOXES)
    w.message(list(BOXES), files={"a.exe": h}, message_id="<restore@x>")
    w.verdict(h, "MALICIOUS")
    w.save(store)
    with store.connect() as con:
        con.execute("INSERT INTO verdict_events (event_key, sha256, verdict, kind, event_time) SELECT 'clean-again', "
                    "sha256, 'CLEAN', 'retrospective', event_time + INTERVAL 1 HOUR FROM verdict_events "
                    "WHERE kind = 'retrospective'")
    set_policy(store, "INBOUND", mar=True, action="move-junk")
    boxes = SimulatedMailboxes(w.tenant)
    journal = DuckJournal(store, "simulated")   # durable, as live runs have
    assert remediate(store, boxes, sha256=[h], journal=journal).counts["succeeded"] == len(BOXES)

    class CtrlCOnSecondMove:
        def __init__(self, inner):
            self.inner, self.kind, self.moves, self.lock = inner, inner.kind, 0, threading.Lock()

        def __getattr__(self, name):
            call = getattr(self.inner, name)
            if name != "move":
                return call

            def move(*args, **kwargs):
                with self.lock:
                    self.moves += 1
                    if self.moves == 2:
                        raise KeyboardInterrupt
                return call(*args, **kwargs)
            return move

    with pytest.raises(KeyboardInterrupt):
        restore(store, CtrlCOnSecondMove(boxes), h, journal=journal, options=EngineOptions(max_workers=1))
    def folders():
        return sorted(m.folder for box in BOXES for m in boxes.model.messages(box) if m.forward_of is None)

    assert "junkemail" in folders(), "copies still in Junk"
    again = restore(store, boxes, h, journal=journal)
    assert [r.counts["succeeded"] for r in again.resumed] == [len(BOXES)]
    assert folders() == ["inbox"] * len(BOXES)
    assert again.run_id is None and "moved back already" in again.nothing_to_do


def test_an_unfinished_microsoft_run_from_before_tenants_were_recorded_is_not_resumed_on_the_emulator(tmp_path):
    from contextlib import ExitStack

    from marlib.remediation.run import _take_interrupted
    store = Store(tmp_path / "m.duckdb")
    with store.connect() as con:
        con.execute("INSERT INTO remediation_runs (run_id, mode, tenant_kind, trigger, status, owner, tenant, "
                    "started_at) VALUES ('old-ms', 'live', 'microsoft', 'pending', 'running', NULL, NULL, now())")
    taken = {}
    for on in ("11111111-1111-4111-8111-111111111111@127.0.0.1:8443", "t@graph.microsoft.com"):
        with ExitStack() as executing:
            taken[on.split("@")[1]] = [r.run_id for r in _take_interrupted(store, DuckJournal(store, "live"), on,
                                                                           executing, None)]
    assert taken == {"127.0.0.1:8443": [], "graph.microsoft.com": ["old-ms"]}


def test_ctrl_c_while_a_simulated_run_is_written_is_held_until_it_is_written(tmp_path):
    """The simulated tenant's state is saved with the work done: a Ctrl-C in the middle of writing the run left
    the copies remediated and no run recorded (the next run reported them as failed, message not found)."""
    import os
    import signal

    from marlib.remediation.journal import MemoryJournal
    store, w = _setup(tmp_path)
    boxes = SimulatedMailboxes(w.tenant)

    class CtrlCAtTheRunRow:
        """The journal's store: Ctrl-C arrives as the run's own row is written."""

        def __init__(self, inner):
            self.inner = inner

        @contextmanager
        def connect(self):
            with self.inner.connect() as con:
                yield _Wrapped(con)

    class _Wrapped:
        def __init__(self, con):
            self.con = con

        def execute(self, sql, *args):
            if sql.startswith("INSERT INTO remediation_runs"):
                os.kill(os.getpid(), signal.SIGINT)
            return self.con.execute(sql, *args)

        def __getattr__(self, name):
            return getattr(self.con, name)

    journal = MemoryJournal(CtrlCAtTheRunRow(store), "simulated", handles_changes=True)
    with pytest.raises(KeyboardInterrupt):
        remediate(store, boxes, pending=True, journal=journal)
    assert store.query_one("SELECT status, count(*) FROM remediation_runs GROUP BY ALL") == ("finished", 1)
    done = store.query_one("SELECT count(*) FROM remediation_actions WHERE status = 'succeeded'")[0]
    assert done == len(BOXES)


def test_runs_lists_a_run_let_go_beside_one_with_an_owner(tmp_path):
    """A run let go (an outage stopped it: no owner, NULL) beside a run with an owner: the owners' column came back
    with NaN for the NULL, and `runs`, `runs --json` and the Logs and Alerts page crashed."""
    store = Store(tmp_path / "m.duckdb")
    with store.connect() as con:
        con.execute("INSERT INTO remediation_runs (run_id, mode, tenant_kind, trigger, status, owner, started_at, "
                    "finished_at) VALUES ('done', 'live', 'emulator', 'pending', 'finished', 'h:1:2', now(), now()), "
                    "('let-go', 'live', 'emulator', 'pending', 'running', NULL, now(), NULL)")
    listed = runs(store).set_index("run_id")["state"].to_dict()
    assert listed == {"done": "finished", "let-go": "interrupted"}


def test_ctrl_c_after_a_simulated_run_executed_and_before_it_is_written_is_held(tmp_path):
    """The copies are done in the tenant (its state is saved whatever happens): a Ctrl-C right after they were
    executed, while the outcomes are gathered, left them done and unrecorded."""
    import os
    import signal

    from marlib.remediation.journal import MemoryJournal
    store, w = _setup(tmp_path)
    boxes = SimulatedMailboxes(w.tenant)

    class CtrlCOnGathering(MemoryJournal):
        gathered = 0

        def actions(self, run_id):
            self.gathered += 1
            if self.gathered == 3:   # 1: the run's start, 2: the engine's list, 3: the outcomes after it
                os.kill(os.getpid(), signal.SIGINT)
            return super().actions(run_id)

    with pytest.raises(KeyboardInterrupt):
        remediate(store, boxes, pending=True, journal=CtrlCOnGathering(store, "simulated", handles_changes=True))
    assert store.query_one("SELECT status, count(*) FROM remediation_runs GROUP BY ALL") == ("finished", 1)
