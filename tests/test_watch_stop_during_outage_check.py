"""A watch stopped (Ctrl-C, SIGTERM, the app's automatic mode turned off) while its first step asks whether the
service is back after an outage stops at once: no further mailbox is asked, no request is retried, the check's
request is not waited for, and the outage stays remembered for the next start (nothing is lost: the journal
keeps the interrupted run). No wall-clock assertion: the stop is set from inside the check itself."""
from __future__ import annotations

import threading

from remediation_fixtures import World, live_tenant, one_file_to_boxes, sha

from marlib.graph.client import RetryPolicy
from marlib.graph.errors import translate_error
from marlib.remediation.outage import Outage, remember_outage, remembered_outage
from marlib.remediation.run import runs
from marlib.remediation.watch import watch
from marlib.store import Store
from marlib.tenant.graph import mailboxes_from_settings
from marlib.tenant.simulated import SimulatedMailboxes

H = sha("stop-during-check")
BOXES = [f"user{i:02}@corp.example" for i in range(3)]
# a failsafe only (old code held the check for its answer): never reached when the stop works
FAILSAFE_S = 10.0


def _down_store(tmp_path) -> tuple[Store, World, Outage]:
    """A store whose last run stopped for Graph answering 503 (remembered), the streak's mailboxes BOXES."""
    store, w = one_file_to_boxes(tmp_path, H, "<stop@x>", "soc@corp.example", BOXES)
    down = Outage.of(_503(BOXES[0]), 10, "copies", BOXES[0], tuple(BOXES))
    remember_outage(store, down)
    (tmp_path / "logs").mkdir()
    return store, w, down


def _503(mailbox: str):
    return translate_error(503, {"error": {"code": "ServiceUnavailable", "message": "down"}}, method="GET",
                           url=f"https://graph.microsoft.com/v1.0/users/{mailbox}/messages", mailbox=mailbox)


class StopInCheck:
    """A Mailboxes backend whose ``resolve`` (the check's request) is where the stop arrives: it sets ``stop``,
    then answers 503 (``hang`` False) or holds its answer until ``release`` (a service that does not answer)."""

    def __init__(self, inner, stop: threading.Event, hang: bool = False) -> None:
        self.inner, self.kind, self.stop, self.hang = inner, inner.kind, stop, hang
        self.asked: list[str] = []
        self.answered: list[str] = []
        self.release = threading.Event()

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def resolve(self, mailbox: str):
        self.asked.append(mailbox)
        self.stop.set()
        if self.hang:
            self.release.wait(FAILSAFE_S)
            self.answered.append(mailbox)
        raise _503(mailbox)


def _journal(store: Store):
    return store.query_df("SELECT action_id, step, status FROM remediation_actions ORDER BY action_id")


def test_a_stop_during_the_outage_check_asks_no_further_mailbox_and_keeps_the_outage(tmp_path):
    """The old check asked the streak's other mailboxes (each with retries) after the stop; now it ends at the
    stop: the step touches no copy, says nothing about the outage (the check did not finish), and the outage
    stays remembered, so the next start checks again."""
    store, w, down = _down_store(tmp_path)
    stop = threading.Event()
    backend = StopInCheck(SimulatedMailboxes(w.tenant), stop)
    journal = _journal(store)
    steps: list = []
    n = watch(store, [tmp_path / "logs"], backend, interval_s=0, stop=stop, on_step=steps.append)
    assert n == 1 and backend.asked == [BOXES[0]]        # not the streak's two other mailboxes as well
    step = steps[0]
    assert step.runs == [] and step.waiting is None and step.outage is None and step.notice is None
    assert step.down == down and remembered_outage(store) == down
    assert _journal(store).equals(journal) and runs(store).empty


def test_a_stop_while_the_checks_request_gets_no_answer_does_not_wait_for_it(tmp_path):
    """A service that takes its time to answer (a proxy that holds the connection) does not hold up the stop:
    the watch returns while the check's request is still unanswered (a read: left so, it changes nothing)."""
    store, w, down = _down_store(tmp_path)
    stop = threading.Event()
    backend = StopInCheck(SimulatedMailboxes(w.tenant), stop, hang=True)
    try:
        steps: list = []
        watch(store, [tmp_path / "logs"], backend, interval_s=0, stop=stop, on_step=steps.append)
        assert backend.asked == [BOXES[0]] and backend.answered == []   # returned before the answer
        assert steps[0].runs == [] and steps[0].down == down and remembered_outage(store) == down
    finally:
        backend.release.set()


def test_a_live_watch_stopped_during_the_check_sends_no_request_after_the_stop(tmp_path):
    """Against the HTTPS emulator answering 503 to everything (the tester's reproduction): the stop arrives
    with the check's first answer; the client does not retry that request nor ask the other mailboxes."""
    store, w, down = _down_store(tmp_path)
    stop = threading.Event()
    with live_tenant(store, w) as emu:
        graph = mailboxes_from_settings(store, retry=RetryPolicy(max_attempts=3), sleep=lambda s: None)
        try:
            graph.tokens.token()                          # the token first: the emulator's faults are Graph's
            emu.faults([{"kind": "503", "count": None, "retry_after": None}])

            def on_answer(response, *args, **kwargs):
                # the check's request was answered (the look-up of the mailbox's user in the directory, the first
                # request of a process that has not looked it up yet): Ctrl-C now
                if "/users" in response.url:
                    stop.set()
            graph.client.session.hooks["response"].append(on_answer)
            before = emu.state()["requests"]["total"]
            steps: list = []
            watch(store, [tmp_path / "logs"], graph, interval_s=0, stop=stop, on_step=steps.append)
            sent = emu.state()["requests"]["total"] - before   # Graph requests only (not the admin API)
        finally:
            graph.close()
    assert sent == 1                                      # the request the stop arrived with; none after it
    assert steps[0].runs == [] and steps[0].down == down and remembered_outage(store) == down
