"""A stop that lands while the copies' requests are inside the Graph client's retries (Graph answering 503 with a
Retry-After) ends those waits at once: no further attempt is sent, each copy is left as journaled (its intent
written, no outcome) as a copy stopped before its next step, and the next run, Graph back, does each copy once.

Against the HTTPS emulator. The stop is set from a response hook of the requests session (a real ``requests``
feature), as the last copy's first 503 arrives: every copy then waits for a Retry-After of 30 s, so none has
sent a second attempt yet, and the count of requests after the stop does not depend on the machine's speed."""
from __future__ import annotations

import threading

import pytest
from remediation_fixtures import World, live_tenant, mailbox_messages, one_file_to_boxes, sha

from marlib.graph.session import make_session
from marlib.remediation.engine import EngineOptions
from marlib.remediation.run import remediate, runs
from marlib.store import Store
from marlib.tenant.graph import mailboxes_from_settings

H = sha("stop-during-retries")
SOC = "soc@corp.example"
MID = "<stop-retries@x>"
BOXES = tuple(f"user{i}@corp.example" for i in range(4))
RETRY_AFTER = 30   # far longer than the test takes: no copy sends a second attempt before the stop


def _setup(tmp_path) -> tuple[Store, World]:
    return one_file_to_boxes(tmp_path, H, MID, SOC, BOXES)


class StopOnAnswers:
    """A response hook: records every Graph answer (whether the stop was set when it came) and sets ``stop`` as
    the ``n``-th 503 answer to ``endpoint`` arrives, before the client sees it."""

    def __init__(self, endpoint: str, n: int, on_stop=None) -> None:
        self.endpoint, self.n, self.on_stop = endpoint, n, on_stop
        self.stop = threading.Event()
        self.answers: list[tuple[str, int, bool]] = []
        self._seen = 0
        self._lock = threading.Lock()

    def __call__(self, response, *args, **kwargs):
        if "/v1.0/" not in response.url:   # the token endpoint
            return response
        with self._lock:
            self.answers.append((response.url, response.status_code, self.stop.is_set()))
            if self.endpoint in response.url and response.status_code == 503:
                self._seen += 1
                if self._seen == self.n:
                    self.stop.set()
                    if self.on_stop is not None:
                        self.on_stop()
        return response

    def after_stop(self) -> list[tuple[str, int, bool]]:
        return [a for a in self.answers if a[2]]


def _endpoint_count(state: dict, endpoint: str) -> int:
    return state["requests"]["by_endpoint"].get(endpoint, 0)


@pytest.mark.parametrize(("endpoint", "step"), [("permanentDelete", "delete"), ("createForward", "forward")])
def test_a_stop_during_the_clients_retries_sends_no_further_attempt_and_the_next_run_does_each_copy_once(
        tmp_path, endpoint, step):
    store, w = _setup(tmp_path)
    hook = StopOnAnswers(endpoint, len(BOXES))
    with live_tenant(store, w) as emu:
        session = make_session(ca_file=emu.ca_file)
        session.hooks["response"].append(hook)
        graph = mailboxes_from_settings(store, session=session)   # the client's default retries and real waits
        emu.faults([{"kind": "503", "count": None, "path": endpoint, "retry_after": RETRY_AFTER}])
        out: dict = {}
        worker = threading.Thread(target=lambda: out.update(run=remediate(
            store, graph, pending=True, should_stop=hook.stop.is_set,
            options=EngineOptions(max_workers=len(BOXES)))), daemon=True)
        try:
            worker.start()
            # a guard against a hang, not a measure: without the fix the copies retry for 5 x 30 s, then the run
            # ends and the counts below fail (5 more attempts per copy after the stop)
            worker.join(300)
            assert not worker.is_alive(), "the run did not stop while its copies waited for a Retry-After"
            stopped = out["run"]
            at_stop, listed = emu.state(), runs(store)
            emu.clear_faults()                      # Graph recovered
            again = remediate(store, mailboxes_from_settings(store), pending=True)
        finally:
            graph.close()
        state = emu.state()

    # one attempt per copy reached the endpoint; nothing at all was sent once the stop was set
    assert _endpoint_count(at_stop, endpoint) == len(BOXES)
    assert hook.after_stop() == []
    # each copy left as journaled at the step whose request was retried: resumable, no outcome
    assert set(stopped.outcomes["status"]) == {"planned"} and set(stopped.outcomes["step"]) == {step}
    row = listed[listed["run_id"] == stopped.run_id].iloc[0]
    assert row["state"] == "interrupted" and row["progress"]["planned"] == len(BOXES)
    assert stopped.outage is None   # a stop, not an outage: nothing is remembered as down
    for box in BOXES:   # untouched by the stopped run past what it journaled
        assert [m["folder"] for m in mailbox_messages(at_stop, box) if m.get("forward_of") is None] == ["inbox"]

    # the next run resumes the stopped run and does each copy exactly once
    assert [r.run_id for r in again.resumed] == [stopped.run_id]
    assert again.resumed[0].counts["succeeded"] == len(BOXES)
    assert _endpoint_count(state, endpoint) == 2 * len(BOXES)   # the stopped attempt and the resumed one
    for box in BOXES:
        msgs = mailbox_messages(state, box)
        assert [m["folder"] for m in msgs if m.get("forward_of") == MID] == ["sentitems"], box
        assert [m["folder"] for m in msgs if m.get("forward_of") is None] == ["recoverableitemspurges"], box


def test_ctrl_c_during_the_clients_retries_stops_the_copies_in_flight_and_the_next_run_deletes_each_once(tmp_path):
    """`remediate` interrupted (SIGINT: a KeyboardInterrupt in the main thread) while every copy's delete waits for
    a Retry-After: the worker threads are told too, so the command ends without their retries, each copy left at
    its journaled delete; the next run deletes each copy once."""
    import os
    import signal
    store, w = _setup(tmp_path)
    hook = StopOnAnswers("permanentDelete", len(BOXES), on_stop=lambda: os.kill(os.getpid(), signal.SIGINT))
    with live_tenant(store, w) as emu:
        session = make_session(ca_file=emu.ca_file)
        session.hooks["response"].append(hook)
        graph = mailboxes_from_settings(store, session=session)
        emu.faults([{"kind": "503", "count": None, "path": "permanentDelete", "retry_after": RETRY_AFTER}])
        try:
            with pytest.raises(KeyboardInterrupt):
                remediate(store, graph, pending=True, options=EngineOptions(max_workers=len(BOXES)))
            at_stop = emu.state()
            steps = store.query_df("SELECT step, status FROM remediation_actions")
            emu.clear_faults()
            again = remediate(store, mailboxes_from_settings(store), pending=True)
        finally:
            graph.close()
        state = emu.state()
    assert _endpoint_count(at_stop, "permanentDelete") == len(BOXES) and hook.after_stop() == []
    assert set(steps["step"]) == {"delete"} and set(steps["status"]) == {"planned"}
    assert [r.counts["succeeded"] for r in again.resumed] == [len(BOXES)]
    assert _endpoint_count(state, "permanentDelete") == 2 * len(BOXES)
    for box in BOXES:
        msgs = mailbox_messages(state, box)
        assert [m["folder"] for m in msgs if m.get("forward_of") == MID] == ["sentitems"], box
        assert [m["folder"] for m in msgs if m.get("forward_of") is None] == ["recoverableitemspurges"], box


def test_an_outage_ends_the_retries_of_the_copies_in_flight_and_the_next_run_does_each_copy_once(tmp_path):
    """Two mailboxes' forwards fail fast (503, Retry-After 0, every attempt): with ``outage_after=2`` that is an
    outage, and the run takes no new copy. The other copies' forwards were waiting inside the client's retries
    (503, Retry-After 30): they went on waiting and retrying (5 x 30 s) after the outage was declared, only to fail
    as it said they would. They now stop at once, as at a stop, left as journaled; the next run does each once."""
    boxes = tuple(f"user{i}@corp.example" for i in range(6))
    store, w = one_file_to_boxes(tmp_path, H, MID, SOC, boxes)
    fast, waiting = boxes[:2], boxes[2:]
    hook = StopOnAnswers("createForward", len(boxes))   # records the answers; its own stop is not asked
    with live_tenant(store, w) as emu:
        session = make_session(ca_file=emu.ca_file)
        session.hooks["response"].append(hook)
        graph = mailboxes_from_settings(store, session=session)
        emu.faults([*({"kind": "503", "count": None, "path": box.split("@")[0], "method": "POST", "retry_after": 0}
                      for box in fast),
                    {"kind": "503", "count": None, "path": "createForward", "retry_after": RETRY_AFTER}])
        out: dict = {}
        worker = threading.Thread(target=lambda: out.update(run=remediate(
            store, graph, pending=True, options=EngineOptions(max_workers=len(boxes), outage_after=2))),
            daemon=True)
        try:
            worker.start()
            worker.join(120)   # a guard against a hang, not a measure: the old code waited 5 x 30 s per copy
            assert not worker.is_alive(), "the run went on after the outage while its copies waited to retry"
            stopped = out["run"]
            at_outage = emu.state()
            emu.clear_faults()
            again = remediate(store, mailboxes_from_settings(store), pending=True)
        finally:
            graph.close()
        state = emu.state()

    assert stopped.outage is not None
    outcomes = stopped.outcomes.set_index("mailbox")
    # the copies waiting to retry: left as journaled at their forward (at most the one attempt each was sent)
    assert set(outcomes.loc[list(waiting), "status"]) == {"planned"}
    sent = [url for url, status, _ in hook.answers if "createForward" in url]
    assert all(sum(box.split("@")[0] in url for url in sent) <= 1 for box in waiting), sent
    for box in waiting:
        assert [m["folder"] for m in mailbox_messages(at_outage, box) if m.get("forward_of") is None] == ["inbox"]
    # Graph back: every copy forwarded and deleted once, the waiting ones by resuming the run
    assert [r.run_id for r in again.resumed] == [stopped.run_id]
    for box in boxes:
        msgs = mailbox_messages(state, box)
        assert [m["folder"] for m in msgs if m.get("forward_of") == MID] == ["sentitems"], box
        assert [m["folder"] for m in msgs if m.get("forward_of") is None] == ["recoverableitemspurges"], box


def test_nothing_pending_while_a_run_is_in_flight_names_that_run(tmp_path):
    """`remediate --pending` while `watch` (or the app) remediates: the changes that run journaled are no longer
    pending, and the answer said only "nothing pending", as if no copy waited. It now names the run in flight
    and how many of its copies are left."""
    import socket
    import subprocess
    import sys

    from marlib.remediation.journal import _process_start
    store, w = _setup(tmp_path)
    watcher = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])   # the watch's process
    try:
        with live_tenant(store, w):
            done = remediate(store, mailboxes_from_settings(store), pending=True)
            assert done.counts["succeeded"] == len(BOXES)
            with store.connect() as con:   # as it was while that run worked: running, in another live process
                con.execute("UPDATE remediation_runs SET status = 'running', owner = ?, trigger = 'watch'",
                            [f"{socket.gethostname()}:{watcher.pid}:{_process_start(watcher.pid)}"])
                con.execute("UPDATE remediation_actions SET status = 'planned' WHERE mailbox = ?", [BOXES[0]])
            again = remediate(store, mailboxes_from_settings(store), pending=True)
    finally:
        watcher.kill()
        watcher.wait()
    assert again.run_id is None
    assert again.nothing_to_do.startswith("nothing pending")
    assert f"; a watch run started {done_started(store)} UTC is remediating now (1 of {len(BOXES)} copies left)" \
        in again.nothing_to_do, again.nothing_to_do


def done_started(store: Store) -> str:
    return f"{store.query_one('SELECT started_at FROM remediation_runs')[0]:%Y-%m-%d %H:%M:%S}"
