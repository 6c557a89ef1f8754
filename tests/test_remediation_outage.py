"""Graph (or Entra, or the proxy) stops answering in the middle of a run: after ``outage_after`` copies in a row
got no answer the run takes no new copy; the copies not done stay in the journal and the next run, once the
service is back, does each of them once. Counts, never clocks: the service goes down after a number of calls."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from proxy_helper import ConnectProxy
from remediation_fixtures import World, live_tenant, mailbox_messages, run_cli, sha

from marlib.errors import ConnectivityError
from marlib.graph.client import RetryPolicy
from marlib.graph.errors import translate_error
from marlib.remediation.engine import EngineOptions
from marlib.remediation.journal import DuckJournal
from marlib.remediation.policies import set_policy
from marlib.remediation.run import change_list, outage_notice, remediate, runs
from marlib.settings import set_proxy
from marlib.store import Store
from marlib.tenant.graph import mailboxes_from_settings
from marlib.tenant.simulated import SimulatedMailboxes, outage_error

ROOT = Path(__file__).resolve().parent.parent
H = sha("outage-evil")
SOC = "soc@corp.example"
MID = "<outage@x>"


def _setup(tmp_path, n: int) -> tuple[Store, World, list[str]]:
    store = Store(tmp_path / "m.duckdb")
    boxes = [f"user{i:02}@corp.example" for i in range(n)]
    w = World()
    w.users(SOC, *boxes)
    w.message(boxes, files={"a.exe": H}, message_id=MID)
    w.verdict(H, "MALICIOUS")
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="forward-delete", forward_to=SOC)
    return store, w, boxes


def server_error(status: int):
    """What the Graph backend raises for ``mailbox`` when Graph answers ``status`` to every retry."""
    codes = {500: "InternalServerError", 502: "BadGateway", 503: "ServiceUnavailable", 504: "GatewayTimeout",
             507: "ErrorQuotaExceeded"}

    def error(mailbox: str):
        return translate_error(status, {"error": {"code": codes[status], "message": "down"}}, method="GET",
                               url=f"https://graph.microsoft.com/v1.0/users/{mailbox}/messages", mailbox=mailbox)
    return error


class GoesDown:
    """A Mailboxes backend that stops answering (every call raises what the Graph backend raises when the
    service cannot be reached, or ``error(mailbox)``: say a 503) once ``after`` copies were deleted, or from
    the start (``after=0``)."""

    def __init__(self, inner, after: int, error=outage_error) -> None:
        self.inner, self.kind, self.after, self.error = inner, inner.kind, after, error
        self.down = threading.Event()
        if after == 0:
            self.down.set()
        self.deleted = 0
        self.calls_while_down: list[str] = []
        self._lock = threading.Lock()

    def __getattr__(self, name):
        fn = getattr(self.inner, name)
        if name in ("exclusive", "reserve_connections", "learn_tenant") or not callable(fn):
            return fn

        def call(mailbox, *args, **kw):
            if self.down.is_set():
                with self._lock:
                    self.calls_while_down.append(name)
                raise self.error(mailbox)
            out = fn(mailbox, *args, **kw)
            if name == "permanent_delete":
                with self._lock:
                    self.deleted += 1
                    if self.deleted == self.after:
                        self.down.set()
            return out
        return call


def _forwards(model, box: str) -> list:
    return [m for m in model.messages(box) if m.forward_of == MID]



def forwarded_once_and_purged(state: dict, boxes) -> None:
    """Each mailbox of the emulator's ``state`` forwarded the message once and holds it purged: every copy done
    exactly once, however often the run stopped and resumed."""
    for box in boxes:
        msgs = mailbox_messages(state, box)
        assert [m["folder"] for m in msgs if m.get("forward_of") == MID] == ["sentitems"], box
        assert [m["folder"] for m in msgs if m.get("forward_of") is None] == ["recoverableitemspurges"], box

def test_an_outage_mid_run_stops_it_after_ten_copies_in_a_row_and_the_next_run_does_the_rest_once(tmp_path):
    store, w, boxes = _setup(tmp_path, 30)
    sim = SimulatedMailboxes(w.tenant)
    flaky = GoesDown(sim, after=5)
    one_at_a_time = EngineOptions(max_workers=1)   # the order of the copies decides the counts below
    first = remediate(store, flaky, pending=True, journal=DuckJournal(store, "simulated"), options=one_at_a_time)

    # 5 copies done; the next 10 got no answer: 9 failed, the 10th stopped the run (left at its step); 15 not started
    assert first.outage is not None and first.outage.failures == 10 and first.outage.what == "copies"
    assert "simulated outage" in first.outage.cause and first.outage.advice
    assert len(flaky.calls_while_down) == 10      # one call per copy tried, not one (and its retries) per copy
    counts = first.outcomes["status"].value_counts().to_dict()
    assert counts == {"succeeded": 5, "failed": 9, "planned": 16}, counts
    assert set(first.outcomes.loc[first.outcomes["status"] == "failed", "reason"]) == {"connectivity"}
    notice = outage_notice(first)
    assert notice.startswith("remediation stopped: 10 copies in a row got no answer (")
    assert "16 copies were not done: left for the next run" in notice
    assert "9 copies failed for connectivity: `remediate --pending` (and watch) tries them again" in notice
    assert "What to do: check network connectivity, proxy and firewall rules" in notice
    assert first.to_json()["outage"]["left"] == 16 and first.to_json()["outage"]["failures_in_a_row"] == 10
    listed = runs(store)
    row = listed[listed["run_id"] == first.run_id].iloc[0]
    assert row["state"] == "interrupted" and row["progress"]["planned"] == 16

    flaky.down.clear()                             # the service is back
    flaky.after = -1
    again = remediate(store, flaky, pending=True, journal=DuckJournal(store, "simulated"))
    assert again.outage is None and outage_notice(again) is None
    assert [r.run_id for r in again.resumed] == [first.run_id]
    resumed = again.resumed[0].counts             # the whole run: its 5 copies done before, and the 16 left
    assert (resumed["succeeded"], resumed["failed"], resumed["planned"]) == (21, 9, 0)
    assert again.counts["succeeded"] == 9          # the connectivity failures, retried by --pending
    for box in boxes:                              # each copy forwarded once and deleted
        assert [(m.folder, m.is_draft) for m in _forwards(w.tenant, box)] == [("sentitems", False)], box
        assert [m.folder for m in w.tenant.messages(box) if m.forward_of is None] == ["recoverableitemspurges"]


def test_an_outage_while_recipients_are_looked_up_starts_no_run_and_the_change_stays_pending(tmp_path):
    store, w, _ = _setup(tmp_path, 14)
    down = GoesDown(SimulatedMailboxes(w.tenant), after=0)
    result = remediate(store, down, pending=True, journal=DuckJournal(store, "simulated"),
                       options=EngineOptions(max_workers=1))
    assert result.outage is not None and result.outage.what == "recipient look-ups"
    assert down.calls_while_down == ["resolve"] * 10   # the 11th recipient and on are not looked up
    assert result.changes == 0 and len(result.outcomes) == 0 and len(runs(store)) == 0
    assert list(change_list(store, mode="simulated")["state"]) == ["pending"]
    assert "No copy was started and nothing was recorded: the verdict changes are as they were (pending ones stay " \
           "pending for the next run)" in outage_notice(result)


def test_an_outage_while_looking_up_a_handled_change_again_does_not_say_it_stays_pending(tmp_path):
    """`remediate --sha256 H` of a change handled already (after a policy change, say) met an outage while it
    looked the recipients up: it said "the verdict changes stay pending for the next run", but the change is
    handled, and `remediate --pending` / watch will not take it up: only the same command run again will."""
    store, w, _ = _setup(tmp_path, 14)
    sim = SimulatedMailboxes(w.tenant)
    set_policy(store, "INBOUND", mar=False, action="delete")        # handled: every copy skipped, MAR off
    first = remediate(store, sim, pending=True, journal=DuckJournal(store, "simulated"))
    assert first.counts["skipped"] == 14 and list(change_list(store, mode="simulated")["state"]) == ["handled"]
    set_policy(store, "INBOUND", mar=True, action="delete")         # then MAR on: act on it again, by its hash
    down = GoesDown(sim, after=0)
    result = remediate(store, down, sha256=[H], journal=DuckJournal(store, "simulated"),
                       options=EngineOptions(max_workers=1))
    assert result.outage is not None and result.outage.what == "recipient look-ups" and result.run_id is None
    assert list(change_list(store, mode="simulated")["state"]) == ["handled"]
    notice, nothing = outage_notice(result), result.nothing_to_do
    assert "pending" not in notice.replace("pending ones stay pending", "") and "run again" in notice, notice
    assert "pending" not in nothing.replace("pending ones stay pending", ""), nothing
    assert "nothing was recorded" in notice and "nothing was recorded" in nothing


def test_fewer_failures_in_a_row_than_the_threshold_fail_those_copies_and_the_run_goes_on(tmp_path):
    """One flaky stretch is no outage: a copy that gets an answer in between starts the count again."""
    store, w, boxes = _setup(tmp_path, 12)
    sim = SimulatedMailboxes(w.tenant, outage={b for i, b in enumerate(boxes) if i % 3})   # 2 of 3 unreachable
    result = remediate(store, sim, pending=True, journal=DuckJournal(store, "simulated"),
                       options=EngineOptions(max_workers=1, outage_after=3))
    assert result.outage is None
    assert result.counts["succeeded"] == 4 and result.counts["failed"] == 8 and result.counts["planned"] == 0


def test_what_if_runs_never_stop_for_an_outage_share(tmp_path):
    store, w, boxes = _setup(tmp_path, 12)
    result = remediate(store, SimulatedMailboxes(w.tenant, outage=set(boxes)), pending=True,
                       journal=DuckJournal(store, "simulated"),
                       options=EngineOptions(max_workers=1, outage_after=None))
    assert result.outage is None and result.counts["failed"] == 12


def test_the_proxy_going_down_mid_live_run_stops_it_and_the_next_run_finishes_it_once(tmp_path):
    """Against the HTTPS emulator through a real CONNECT proxy, all 128 worker threads: the proxy is shut
    once 8 copies are deleted; the run stops instead of failing every copy; through a proxy that works the
    next run finishes each copy once."""
    store, w, boxes = _setup(tmp_path, 60)
    quick = {"retry": RetryPolicy(max_attempts=2), "sleep": lambda s: None, "token_retries": 0}
    with live_tenant(store, w) as emu:
        with ConnectProxy() as proxy:
            set_proxy(store, proxy.url)
            graph = mailboxes_from_settings(store, **quick)
            cut = GoesDown(graph, after=8)
            cut.down = _ShutsProxy(proxy)
            try:
                first = remediate(store, cut, sha256=[H])
            finally:
                graph.close()
        assert first.outage is not None and first.outage.failures == 10
        assert "proxy" in first.outage.cause and "settings proxy" in (first.outage.advice or "")
        done = first.outcomes["status"].value_counts().to_dict()
        assert done.get("succeeded", 0) >= 8 and done.get("planned", 0) > 0, done
        listed = runs(store)
        assert listed.iloc[0]["state"] == "interrupted"

        with ConnectProxy() as working:            # the network team fixed the proxy
            set_proxy(store, working.url)
            graph = mailboxes_from_settings(store, **quick)
            try:
                again = remediate(store, graph, pending=True)
            finally:
                graph.close()
        state = emu.state()
    assert again.outage is None and [r.run_id for r in again.resumed] == [first.run_id]
    failed = done.get("failed", 0)                 # 9 unless a request in flight got through in between
    assert again.resumed[0].counts["succeeded"] == len(boxes) - failed and again.counts["succeeded"] == failed
    forwarded_once_and_purged(state, boxes)       # each copy forwarded once (sent, no draft left) and purged


class _ShutsProxy:
    """``GoesDown.down`` for a live backend: setting it shuts the real proxy (calls then fail for real)."""

    def __init__(self, proxy: ConnectProxy) -> None:
        self.proxy, self._set = proxy, False

    def set(self) -> None:
        if not self._set:
            self._set = True
            self.proxy.__exit__(None, None, None)

    def is_set(self) -> bool:
        return False   # the calls go on to the real (dead) proxy


def test_cli_remediate_with_the_proxy_down_says_what_happened_and_exits_3(tmp_path, capsys):
    store, w, _ = _setup(tmp_path, 14)
    with live_tenant(store, w):
        with ConnectProxy() as proxy:
            url = proxy.url
        set_proxy(store, url)                      # a proxy that is no longer there: connection refused
        code, out, err = run_cli(capsys, store, "remediate", "--pending", "--json")
    assert code == 3, err
    payload = json.loads(out.strip().splitlines()[-1])
    assert payload["outage"]["failures_in_a_row"] == 10 and payload["outage"]["of"] == "recipient look-ups"
    assert payload["verdict_changes"] == 0 and payload["outcomes"] == []
    assert "warning: remediation stopped: 10 recipient look-ups in a row got no answer (Cannot reach the proxy" in err
    assert "What to do: check the proxy setting" in err
    # the command the advice names acts on the database given (pasted without --db: the default database)
    fix = f"`python -m marlib --db {store.path} settings proxy URL`"
    assert fix in err and fix in payload["outage"]["notice"] and fix in payload["outage"]["advice"]
    code, out, _ = run_cli(capsys, store, "changes")
    assert code == 0 and "pending" in out


def test_connectivity_error_without_an_answer_is_unreachable_and_a_5xx_is_not():
    from marlib.graph.errors import is_unreachable, translate_error
    assert is_unreachable(outage_error("a@corp.example"))
    assert not is_unreachable(translate_error(503, {"error": {"code": "ServiceUnavailable", "message": "x"}}))
    assert not is_unreachable(ConnectivityError("Entra is busy"))


def test_an_outage_notice_of_a_restore_says_to_run_the_restore_again():
    """It gave remediate's advice (`remediate --pending` retries the failures), which does not restore them."""
    import pandas as pd

    from marlib.remediation.engine import Outage
    from marlib.remediation.run import RunResult, outage_notice
    rows = pd.DataFrame({"action": ["restore"] * 3, "status": ["succeeded", "failed", "planned"],
                         "reason": ["ok", "connectivity", None]})
    cut = Outage(10, "Cannot reach https://graph.example: connection refused", "check the network")
    text = outage_notice(RunResult("r1", "live", "emulator", rows, outage=cut))
    assert text.startswith("restore stopped: 10 copies in a row got no answer")
    assert "`restore` of the hash again tries them" in text and "remediate --pending" not in text
    remediation = outage_notice(RunResult("r2", "live", "emulator", rows.assign(action="delete"), outage=cut))
    assert remediation.startswith("remediation stopped") and "`remediate --pending` (and watch)" in remediation


# -- a service that answers, but only server errors (500, 502, 503, 504 after the client's retries) --------

@pytest.mark.parametrize("status,text", [(503, "503 Service Unavailable"), (500, "500 Internal Server Error"),
                                         (502, "502 Bad Gateway"), (504, "504 Gateway Timeout")])
def test_a_sustained_server_error_stops_the_run_like_no_answer_and_the_next_run_does_the_rest_once(
        tmp_path, status, text):
    """Each copy failed one by one after its retries, and nobody was told the service was down."""
    store, w, boxes = _setup(tmp_path, 30)
    failing = GoesDown(SimulatedMailboxes(w.tenant), after=5, error=server_error(status))
    first = remediate(store, failing, pending=True, journal=DuckJournal(store, "simulated"),
                      options=EngineOptions(max_workers=1))

    # as with no answer: 5 done; 9 failed for connectivity (retried later, not failed for good); the 10th and
    # the 15 not started are left planned for the next run
    outage = first.outage
    assert outage is not None and outage.failures == 10 and outage.what == "copies"
    assert (outage.kind, outage.status, outage.service) == ("server_error", status, "Graph")
    assert len(failing.calls_while_down) == 10
    counts = first.outcomes["status"].value_counts().to_dict()
    assert counts == {"succeeded": 5, "failed": 9, "planned": 16}, counts
    assert set(first.outcomes.loc[first.outcomes["status"] == "failed", "reason"]) == {"connectivity"}
    notice = outage_notice(first)
    assert notice.startswith(f"remediation stopped: Graph answered {text} for 10 copies in a row (Microsoft "
                             f"Graph answered {status} "), notice
    assert "16 copies were not done: left for the next run" in notice
    assert "9 copies failed for connectivity: `remediate --pending` (and watch) tries them again" in notice
    assert "What to do: check network connectivity" in notice and "Exchange Online services" in notice
    payload = first.to_json()["outage"]
    assert (payload["kind"], payload["status"], payload["service"], payload["failures_in_a_row"],
            payload["left"]) == ("server_error", status, "Graph", 10, 16)
    assert runs(store).iloc[0]["state"] == "interrupted"

    failing.down.clear()                           # Graph is healthy again
    failing.after = -1
    again = remediate(store, failing, pending=True, journal=DuckJournal(store, "simulated"))
    assert again.outage is None and [r.run_id for r in again.resumed] == [first.run_id]
    assert again.resumed[0].counts["planned"] == 0 and again.counts["succeeded"] == 9
    for box in boxes:                              # each copy forwarded once and deleted
        assert [(m.folder, m.is_draft) for m in _forwards(w.tenant, box)] == [("sentitems", False)], box
        assert [m.folder for m in w.tenant.messages(box) if m.forward_of is None] == ["recoverableitemspurges"]


class Answers:
    """The simulated tenant, where every call for the mailboxes in ``boxes`` raises ``error(mailbox)``."""

    def __init__(self, inner, boxes, error) -> None:
        self.inner, self.kind, self.boxes, self.error = inner, inner.kind, set(boxes), error

    def __getattr__(self, name):
        fn = getattr(self.inner, name)
        if name in ("exclusive", "reserve_connections", "learn_tenant", "resolve") or not callable(fn):
            return fn

        def call(mailbox, *args, **kw):
            if mailbox in self.boxes:
                raise self.error(mailbox)
            return fn(mailbox, *args, **kw)
        return call


def _graph_answer(status: int, code: str, retry_after: float | None = None):
    return lambda mailbox: translate_error(status, {"error": {"code": code, "message": "no"}}, method="GET",
                                           url=f"https://graph.microsoft.com/v1.0/users/{mailbox}/messages/x",
                                           mailbox=mailbox, retry_after=retry_after)


@pytest.mark.parametrize("status,code,reason", [(429, "ApplicationThrottled", "throttled"),
                                                (404, "ErrorItemNotFound", "message_not_found"),
                                                (403, "ErrorAccessDenied", "access_denied")])
def test_throttling_and_per_copy_answers_for_every_copy_are_outcomes_not_an_outage(tmp_path, status, code, reason):
    store, w, boxes = _setup(tmp_path, 12)
    refusing = Answers(SimulatedMailboxes(w.tenant), boxes, _graph_answer(status, code))
    result = remediate(store, refusing, pending=True, journal=DuckJournal(store, "simulated"),
                       options=EngineOptions(max_workers=1, outage_after=3))
    assert result.outage is None and outage_notice(result) is None
    assert result.counts["failed"] == 12 and result.counts["planned"] == 0
    assert set(result.outcomes["reason"]) == {reason}


def test_server_errors_with_answers_in_between_fail_those_copies_and_the_run_goes_on(tmp_path):
    """A 503 now and then among successes (or a 404 between two 503s) is no outage: the count starts again."""
    store, w, boxes = _setup(tmp_path, 12)
    flaky = Answers(SimulatedMailboxes(w.tenant), boxes[::2], server_error(503))   # every other copy: 503
    result = remediate(store, flaky, pending=True, journal=DuckJournal(store, "simulated"),
                       options=EngineOptions(max_workers=1, outage_after=2))
    assert result.outage is None
    assert result.counts["succeeded"] == 6 and result.counts["failed"] == 6 and result.counts["planned"] == 0

    store, w, boxes = _setup(tmp_path / "mixed", 12)
    mixed = Answers(SimulatedMailboxes(w.tenant), boxes, server_error(502))
    gone = _graph_answer(404, "ErrorItemNotFound")
    mixed.error = lambda box: gone(box) if boxes.index(box) % 2 else server_error(502)(box)
    result = remediate(store, mixed, pending=True, journal=DuckJournal(store, "simulated"),
                       options=EngineOptions(max_workers=1, outage_after=2))
    assert result.outage is None and result.counts["failed"] == 12
    assert result.counts["by_reason"] == {"failed:connectivity": 6, "failed:message_not_found": 6}


def test_graph_answering_502_to_every_copy_stops_a_live_run_and_the_next_run_finishes_it_once(tmp_path):
    """Against the HTTPS emulator, all 128 worker threads: from the first copy on, Graph answers every look-up
    of a message 502 (the recipients were looked up before): the run stops instead of failing every copy."""
    store, w, boxes = _setup(tmp_path, 40)
    quick = {"retry": RetryPolicy(max_attempts=2), "sleep": lambda s: None, "token_retries": 0}
    with live_tenant(store, w) as emu:
        emu.faults([{"kind": "502", "count": None, "path": "internetMessageId", "retry_after": None}])
        graph = mailboxes_from_settings(store, **quick)
        try:
            first = remediate(store, graph, sha256=[H])
        finally:
            graph.close()
        assert first.outage is not None and first.outage.failures == 10
        assert (first.outage.kind, first.outage.status, first.outage.host) == ("server_error", 502,
                                                                              emu.graph_url.split("//")[1])
        assert outage_notice(first).startswith("remediation stopped: Graph answered 502 Bad Gateway for 10 "
                                               "copies in a row")
        done = first.outcomes["status"].value_counts().to_dict()
        assert "succeeded" not in done and done.get("planned", 0) >= len(boxes) - 9, done
        assert set(first.outcomes.loc[first.outcomes["status"] == "failed", "reason"]) <= {"connectivity"}

        emu.clear_faults()                         # Graph recovered
        graph = mailboxes_from_settings(store, **quick)
        try:
            again = remediate(store, graph, pending=True)
        finally:
            graph.close()
        state = emu.state()
    assert again.outage is None and [r.run_id for r in again.resumed] == [first.run_id]
    assert again.resumed[0].counts["succeeded"] + again.counts["succeeded"] == len(boxes)
    forwarded_once_and_purged(state, boxes)


def test_cli_remediate_with_entra_answering_503_says_so_and_exits_3(tmp_path, capsys):
    """The token endpoint answers 503 to every request (after the token provider's retries): the recipients'
    look-ups stop after 10, no run starts, and the CLI names Entra and the status."""
    store, w, _ = _setup(tmp_path, 14)
    with live_tenant(store, w) as emu:
        emu.faults([{"kind": "503", "scope": "token", "count": None, "retry_after": None}])
        code, out, err = run_cli(capsys, store, "remediate", "--pending", "--json")
    assert code == 3, err
    payload = json.loads(out.strip().splitlines()[-1])
    outage = payload["outage"]
    assert (outage["kind"], outage["status"], outage["service"], outage["of"], outage["failures_in_a_row"]) == \
        ("server_error", 503, "Entra", "recipient look-ups", 10)
    assert payload["verdict_changes"] == 0 and payload["outcomes"] == []
    assert "warning: remediation stopped: Entra answered 503 Service Unavailable for 10 recipient look-ups in a " \
           "row (The Entra token endpoint at " in err
    assert "What to do: check whether Microsoft Entra ID is operational" in err


def test_the_cli_tells_an_outage_once_on_stderr_not_also_through_the_engines_log(tmp_path):
    """The command's `warning: remediation stopped: ...` says what happened and what to do; the engine also
    logged it at WARNING, which the CLI prints to stderr: the same outage told twice, once as a log line."""
    store, w, _ = _setup(tmp_path, 14)
    env = {k: v for k, v in os.environ.items() if not k.startswith("MARLIB_")}
    with live_tenant(store, w) as emu:
        emu.faults([{"kind": "503", "scope": "token", "count": None, "retry_after": None}])
        proc = subprocess.run([sys.executable, "-m", "marlib", "--db", str(store.path), "remediate", "--pending"],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 3, proc.stderr
    told = [line for line in proc.stderr.splitlines() if "10 recipient look-ups in a row" in line]
    assert len(told) == 1 and told[0].startswith("warning: remediation stopped: Entra answered 503"), proc.stderr


def test_entra_answering_temporarily_unavailable_is_a_server_error_of_entra_and_throttling_is_not():
    """MSAL hands Entra's JSON error back without the HTTP status: it still counts toward the early stop."""
    from marlib.graph.auth import error_from_result
    from marlib.graph.errors import SERVER_ERROR, outage_kind
    from marlib.remediation.outage import Outage
    busy = error_from_result({"error": "temporarily_unavailable", "error_description": "The server is "
                              "temporarily too busy to handle the request.\r\nTrace ID: x"},
                             authority="https://login.microsoftonline.com/t")
    assert outage_kind(busy) == SERVER_ERROR
    outage = Outage.of(busy, 10, "recipient look-ups", "a@corp.example")
    assert (outage.kind, outage.status, outage.service, outage.code) == (SERVER_ERROR, None, "Entra",
                                                                         "temporarily_unavailable")
    assert outage.answer == "Entra answered temporarily_unavailable"
    assert outage_kind(error_from_result({"error": "TooManyRequests"})) is None   # 429: waited out, per copy


def test_cli_remediate_with_entra_answering_temporarily_unavailable_stops_after_ten_and_exits_3(tmp_path, capsys):
    """Entra's token endpoint answers its JSON error temporarily_unavailable (no 5xx status reaches marlib):
    the recipients' look-ups stop after 10 instead of going on one by one, and the CLI names Entra."""
    store, w, _ = _setup(tmp_path, 14)
    with live_tenant(store, w) as emu:
        emu.faults([{"kind": "temporarily_unavailable", "scope": "token", "count": None}])
        code, out, err = run_cli(capsys, store, "remediate", "--pending", "--json")
    assert code == 3, err
    outage = json.loads(out.strip().splitlines()[-1])["outage"]
    assert (outage["kind"], outage["status"], outage["service"], outage["code"], outage["of"],
            outage["failures_in_a_row"]) == ("server_error", None, "Entra", "temporarily_unavailable",
                                             "recipient look-ups", 10)
    assert "warning: remediation stopped: Entra answered temporarily_unavailable for 10 recipient look-ups in " \
           "a row (Entra answered temporarily_unavailable to the token request at https://" in err
    assert "The server is temporarily too busy" in err and "Trace ID" not in err
    assert "What to do: check whether Microsoft Entra ID is operational" in err


# -- watch during a long outage: one request per step, not ~10 more failed copies ----------------------------

@pytest.mark.parametrize("error,still", [
    (outage_error, "remediation paused: graph.microsoft.com still gives no answer (Cannot reach graph.microsoft.com"),
    (server_error(503), "remediation paused: Graph still answers 503 Service Unavailable (Microsoft Graph answered "
                        "503 ServiceUnavailable for GET /v1.0/users/")])
def test_watch_asks_at_each_step_whether_the_service_is_back_and_touches_no_copy_until_it_is(tmp_path, error, still):
    from marlib.remediation.watch import watch
    store, w, boxes = _setup(tmp_path, 30)
    logs = tmp_path / "logs"
    logs.mkdir()
    flaky = GoesDown(SimulatedMailboxes(w.tenant), after=5, error=error)
    steps, calls, journal = [], [], []

    def on_step(step) -> None:
        steps.append(step)
        calls.append(list(flaky.calls_while_down))
        journal.append(store.query_df("SELECT action_id, step, status FROM remediation_actions ORDER BY action_id")
                       .to_dict("records"))
        if len(steps) == 3:                        # the service is back before the 4th step
            flaky.down.clear()
            flaky.after = -1

    watch(store, [logs], flaky, interval_s=0, on_step=on_step, max_steps=4,
          options=EngineOptions(max_workers=1))
    first, second, third, fourth = steps

    # 1: the run stops for the outage (10 copies in a row failed) and says so
    assert first.outage.startswith("remediation stopped: ") and first.down is not None and first.waiting is None
    assert first.outage.endswith("Remediation is paused meanwhile: each watch step first asks whether the service "
                                 "answers again and resumes the run then."), first.outage
    assert "then run again" not in first.outage
    assert len(calls[0]) == 10 and first.runs[0].counts["planned"] > 0
    # 2, 3: the service check only, no copy touched, no run; said once, not at every step. No answer at all: one
    # request; server errors: one per mailbox of the streak's last three, as one sick mailbox may be the last
    checks = ["resolve"] * (1 if error is outage_error else 3)
    assert calls[1] == calls[0] + checks and calls[2] == calls[1] + checks
    assert journal[2] == journal[1] == journal[0]
    assert second.runs == [] and third.runs == []
    # the stop's notice said the steps are paused: the same outage is not told again (only a change would be)
    assert second.outage is None and third.outage is None
    assert second.waiting.startswith(still), second.waiting
    assert "this watch step touched no copy" in second.waiting and "What to do: " in second.waiting
    assert third.waiting == second.waiting and third.down is not None
    # 4: the service answers: the interrupted run is resumed, each copy left done once
    assert fourth.notice == "the service answers again: resuming the run the outage stopped"
    assert fourth.outage is None and fourth.down is None and fourth.waiting is None
    assert fourth.runs and fourth.runs[-1].counts["planned"] == 0 and fourth.runs[-1].outage is None
    for box in boxes:                              # each copy forwarded once and deleted
        assert [(m.folder, m.is_draft) for m in _forwards(w.tenant, box)] == [("sentitems", False)], box
        assert [m.folder for m in w.tenant.messages(box) if m.forward_of is None] == ["recoverableitemspurges"]


def test_a_watch_started_again_remembers_the_outage_and_its_first_step_only_checks(tmp_path):
    """The outage that stopped the last watch's run is kept in the store: a new watch (another process, the app
    restarted) first only checks, touches no copy while the service is down, and resumes once it is
    back; then the outage is forgotten."""
    from marlib.remediation.watch import watch
    store, w, boxes = _setup(tmp_path, 30)
    logs = tmp_path / "logs"
    logs.mkdir()
    flaky = GoesDown(SimulatedMailboxes(w.tenant), after=5, error=server_error(503))
    one = EngineOptions(max_workers=1)
    first: list = []
    watch(store, [logs], flaky, interval_s=0, on_step=first.append, max_steps=1, options=one)
    assert first[0].down is not None and len(flaky.calls_while_down) == 10
    journal = store.query_df("SELECT action_id, step, status FROM remediation_actions ORDER BY action_id")

    again: list = []                               # a new watch: nothing in memory from the first one
    watch(store, [logs], flaky, interval_s=0, on_step=again.append, max_steps=1, options=one)
    assert flaky.calls_while_down[10:] == ["resolve"] * 3      # the check (3 mailboxes), not 10 more failed copies
    assert again[0].runs == [] and again[0].waiting.startswith("remediation paused: Graph still answers 503")
    assert store.query_df("SELECT action_id, step, status FROM remediation_actions ORDER BY action_id").equals(journal)

    flaky.down.clear()                             # the service is back before a third watch starts
    flaky.after = -1
    third: list = []
    watch(store, [logs], flaky, interval_s=0, on_step=third.append, max_steps=2, options=one)
    assert third[0].notice == "the service answers again: resuming the run the outage stopped"
    assert third[0].runs and third[0].runs[-1].counts["planned"] == 0 and third[0].down is None
    for box in boxes:                              # each copy forwarded once and deleted
        assert [(m.folder, m.is_draft) for m in _forwards(w.tenant, box)] == [("sentitems", False)], box
    fourth: list = []                              # the outage is over: forgotten, no check at the next start
    watch(store, [logs], flaky, interval_s=0, on_step=fourth.append, max_steps=1, options=one)
    assert fourth[0].notice is None and fourth[0].down is None


def test_a_watch_step_after_an_outage_that_is_over_resumes_at_once(tmp_path):
    """The check finds the service back at the first step after the outage: nothing is skipped."""
    from marlib.remediation.watch import watch_step
    store, w, _ = _setup(tmp_path, 20)
    flaky = GoesDown(SimulatedMailboxes(w.tenant), after=5)
    logs = tmp_path / "logs"
    logs.mkdir()
    one = EngineOptions(max_workers=1)
    first = watch_step(store, [logs], flaky, options=one)
    assert first.down is not None and first.down.mailbox in {f"user{i:02}@corp.example" for i in range(20)}
    flaky.down.clear()
    flaky.after = -1
    again = watch_step(store, [logs], flaky, options=one, down=first.down)
    assert again.waiting is None and again.down is None and again.outage is None
    assert again.runs and again.runs[-1].counts["planned"] == 0 and again.runs[-1].counts["succeeded"] > 0


def test_live_watch_steps_during_a_503_outage_only_check_and_resume_the_run_once_graph_is_back(tmp_path):
    """Against the HTTPS emulator: Graph answers 503 to everything after the first copies; the step whose run
    stopped is followed by steps that each only check (3 mailboxes, one request each) and touch no copy, until the
    faults are cleared; then the interrupted run (the same run) is resumed and finished, each copy once."""
    from marlib.remediation.watch import watch_step
    store, w, boxes = _setup(tmp_path, 30)
    logs = tmp_path / "logs"
    logs.mkdir()
    quick = {"retry": RetryPolicy(max_attempts=2), "sleep": lambda s: None, "token_retries": 0}
    with live_tenant(store, w) as emu:
        graph = mailboxes_from_settings(store, **quick)
        try:
            emu.faults([{"kind": "503", "count": None, "path": "internetMessageId", "retry_after": None}])
            first = watch_step(store, [logs], graph)
            assert first.down is not None and first.down.kind == "server_error" and first.outage
            run_id = first.runs[-1].run_id
            emu.faults([{"kind": "503", "count": None, "retry_after": None}])   # now every request
            before = emu.state()["requests"]["total"]
            journal = store.query_df("SELECT action_id, step, status FROM remediation_actions ORDER BY 1")
            second = watch_step(store, [logs], graph, down=first.down)
            # the check of 3 mailboxes, one request each: a probe is not retried (the client's 2 attempts)
            assert emu.state()["requests"]["total"] - before == 3
            assert second.runs == [] and second.waiting.startswith("remediation paused: Graph still answers 503")
            assert store.query_df("SELECT action_id, step, status FROM remediation_actions ORDER BY 1").equals(journal)
            assert runs(store).iloc[0]["state"] == "interrupted"

            emu.clear_faults()                     # Graph recovered
            third = watch_step(store, [logs], graph, down=second.down, retry_delay_s=0)
        finally:
            graph.close()
        state = emu.state()
    assert third.down is None and third.outage is None and third.runs[0].run_id == run_id
    assert third.runs[0].counts["planned"] == 0
    forwarded_once_and_purged(state, boxes)


def test_the_apps_automatic_mode_keeps_showing_a_long_outage_and_touches_no_copy_until_graph_is_back(tmp_path):
    """The app's automatic mode runs the same watch steps: once its run stopped for Graph answering 503 to
    everything, its last error says the steps are paused (at every step, not only when first said), and the
    copies are done once Graph is back."""
    from marlib.workbench import Workbench
    store, w, boxes = _setup(tmp_path, 14)
    logs = tmp_path / "esa"
    logs.mkdir()
    with live_tenant(store, w) as emu:
        # the 14 recipients' look-ups (each the user in the directory, then its mailbox) are answered; every Graph
        # request after them: 503 (Retry-After 0: no wait)
        emu.faults([{"after": 2 * len(boxes), "kind": "503", "count": None, "retry_after": 0}])
        wb = Workbench(store)
        wb.set_tenant("emulator")
        job = wb.start_watch([logs], interval_s=0.1)
        try:
            _wait_app(job, lambda: wb.watch_state()["steps"] >= 4)
            paused = wb.watch_state()["last_error"]
            emu.clear_faults()                     # Graph recovered
            _wait_app(job, lambda: wb.watch_state()["last_error"] is None
                      and set(runs(store)["state"]) == {"finished"})
        finally:
            wb.stop_watch()
            _wait_app(job, lambda: job.state != "running")
        state = emu.state()
    assert paused.startswith("remediation paused: Graph still answers 503 Service Unavailable"), paused
    # the copies that failed before the stop wait for the retry delay (a minute); every other one is done, once
    failed = set(store.query_df("SELECT mailbox FROM remediation_actions WHERE status = 'failed' "
                                "AND reason = 'connectivity'")["mailbox"])
    assert 0 < len(failed) < len(boxes)
    for box in boxes:
        msgs = mailbox_messages(state, box)
        done = box not in failed
        assert [m["folder"] for m in msgs if m.get("forward_of") == MID] == (["sentitems"] if done else []), box
        assert [m["folder"] for m in msgs if m.get("forward_of") is None] == (
            ["recoverableitemspurges"] if done else ["inbox"]), box


def _wait_app(job, done, timeout: float = 120.0) -> None:
    import time
    deadline = time.monotonic() + timeout
    while not done():
        assert job.state == "running" and time.monotonic() < deadline, job.error
        time.sleep(0.05)


# -- one mailbox's trouble is not an outage ------------------------------------------------------------------

class SickMailboxes:
    """A Mailboxes backend where the mailboxes in ``sick`` answer ``error(mailbox)`` to every call (a mailbox
    being moved: 503; one over its quota: 507) while every other mailbox works; ``but`` names calls they still
    answer (the recipient look-up, when the trouble starts after it)."""

    def __init__(self, inner, sick: set[str], error, but: tuple[str, ...] = (),
                 only: tuple[str, ...] | None = None) -> None:
        self.inner, self.kind, self.sick, self.error, self.but = inner, inner.kind, sick, error, but
        self.only = only   # None: every call (but ``but``) fails; else only these calls fail
        self.calls: list[tuple[str, str]] = []

    def __getattr__(self, name):
        fn = getattr(self.inner, name)
        if name in ("exclusive", "reserve_connections", "learn_tenant") or not callable(fn):
            return fn

        def call(mailbox, *args, **kw):
            self.calls.append((name, mailbox))
            if mailbox in self.sick and name not in self.but and (self.only is None or name in self.only):
                raise self.error(mailbox)
            return fn(mailbox, *args, **kw)
        return call


@pytest.mark.parametrize("status", [503, 507])
def test_one_mailbox_failing_every_copy_with_a_server_error_does_not_stop_the_run(tmp_path, status):
    """Twelve messages with the file, all to one mailbox that answers 503 (being moved) or 507 (over its
    quota) once its look-up is done, and one to a healthy mailbox: twelve failures in a row from one mailbox are
    that mailbox's trouble, so the run goes on and the healthy copy is done."""
    store = Store(tmp_path / "m.duckdb")
    w = World()
    w.users(SOC, "moving@corp.example", "fine@corp.example")
    for i in range(12):
        w.message(["moving@corp.example"], files={"a.exe": H}, message_id=f"<m{i:02}@x>")
    w.message(["fine@corp.example"], files={"a.exe": H}, message_id="<m99@x>")
    w.verdict(H, "MALICIOUS")
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="forward-delete", forward_to=SOC)
    sick = SickMailboxes(SimulatedMailboxes(w.tenant), {"moving@corp.example"}, server_error(status),
                          but=("resolve",))
    result = remediate(store, sick, pending=True, journal=DuckJournal(store, "simulated"),
                       options=EngineOptions(max_workers=1))
    assert result.outage is None
    by_box = result.outcomes.groupby("mailbox")["status"].agg(lambda s: sorted(set(s))).to_dict()
    assert by_box == {"moving@corp.example": ["failed"], "fine@corp.example": ["succeeded"]}
    failed = result.outcomes[result.outcomes["mailbox"] == "moving@corp.example"]
    assert len(failed) == 12 and set(failed["reason"]) == {"connectivity"}   # tried again by a later run
    if status == 507:
        assert "over its storage quota" in failed["detail"].iloc[0]


def test_a_507_answer_is_about_its_mailbox_and_ends_a_streak():
    from marlib.graph.errors import MAILBOX_FULL_ADVICE, is_server_error, outage_kind
    full = server_error(507)("a@corp.example")
    assert isinstance(full, ConnectivityError) and full.details["status"] == 507
    assert not is_server_error(full) and outage_kind(full) is None
    assert "a@corp.example is over its storage quota" in full.message and full.advice == MAILBOX_FULL_ADVICE
    assert is_server_error(server_error(503)("a@corp.example"))


def test_the_check_after_an_outage_asks_other_mailboxes_when_the_last_one_is_sick():
    """The run stopped for 503s from several mailboxes; the last one is still sick (being moved) while Graph is
    back: the check asks the streak's other mailboxes and resumes, instead of pausing every step."""
    from marlib.remediation.outage import Outage, service_still_down
    w = World()
    w.users("sick@corp.example", "b@corp.example", "c@corp.example")
    err = server_error(503)("sick@corp.example")
    down = Outage.of(err, 10, "copies", "sick@corp.example", ("sick@corp.example", "b@corp.example", "c@corp.example"))
    sick = SickMailboxes(SimulatedMailboxes(w.tenant), {"sick@corp.example"}, server_error(503))
    assert service_still_down(sick, down) is None
    assert sick.calls == [("resolve", "sick@corp.example"), ("resolve", "b@corp.example")]

    all_down = SickMailboxes(SimulatedMailboxes(w.tenant), {"sick@corp.example", "b@corp.example",
                                                             "c@corp.example"}, server_error(503))
    still = service_still_down(all_down, down)
    assert still is not None and still.status == 503 and still.mailbox == "c@corp.example"
    assert [m for _, m in all_down.calls] == ["sick@corp.example", "b@corp.example", "c@corp.example"]
    assert still.check_mailboxes == down.check_mailboxes   # the next step asks the same mailboxes

    offline = SickMailboxes(SimulatedMailboxes(w.tenant), {"sick@corp.example"}, outage_error)
    unreachable = Outage.of(outage_error("sick@corp.example"), 10, "copies", "sick@corp.example",
                            ("sick@corp.example", "b@corp.example"))
    assert service_still_down(offline, unreachable) is not None
    assert offline.calls == [("resolve", "sick@corp.example")]   # no answer at all: the network, asked once


def test_an_outage_names_the_streaks_last_mailboxes_and_is_remembered_with_them(tmp_path):
    from marlib.remediation.outage import remember_outage, remembered_outage
    store, w, boxes = _setup(tmp_path, 20)
    flaky = GoesDown(SimulatedMailboxes(w.tenant), after=5, error=server_error(503))
    first = remediate(store, flaky, pending=True, journal=DuckJournal(store, "simulated"),
                      options=EngineOptions(max_workers=1))
    assert first.outage is not None and len(first.outage.mailboxes) == 3
    assert first.outage.mailboxes[0] == first.outage.mailbox and set(first.outage.mailboxes) <= set(boxes)
    remember_outage(store, first.outage)
    assert remembered_outage(store) == first.outage


def test_a_one_off_remediate_stopped_by_an_outage_is_remembered_for_the_next_watch_and_forgotten_after(tmp_path):
    """`remediate --pending` stops for an outage: the next watch's first step only checks (it does not resume
    the run into 10 more failures); a later run that goes through forgets the outage."""
    from marlib.remediation.outage import remembered_outage
    from marlib.remediation.watch import watch
    store, w, boxes = _setup(tmp_path, 30)
    flaky = GoesDown(SimulatedMailboxes(w.tenant), after=5, error=server_error(503))
    one = EngineOptions(max_workers=1)
    first = remediate(store, flaky, pending=True, options=one)
    assert first.outage is not None and remembered_outage(store) == first.outage
    logs = tmp_path / "esa"
    logs.mkdir()
    steps: list = []
    watch(store, [logs], flaky, interval_s=0, on_step=steps.append, max_steps=1, options=one)
    assert flaky.calls_while_down[10:] == ["resolve"] * 3 and steps[0].runs == []
    assert steps[0].outage.startswith("remediation paused: Graph still answers 503")   # a new watch tells it once

    flaky.down.clear()
    flaky.after = -1
    again = remediate(store, flaky, pending=True, options=one, retry_delay_s=0)
    assert again.stopped_by_outage is None and remembered_outage(store) is None


def test_a_watch_tells_the_outage_again_when_it_changes(tmp_path):
    """Paused for Graph's 503s; then the network goes: the step says so (a new cause), once."""
    from marlib.remediation.watch import watch
    store, w, _ = _setup(tmp_path, 20)
    flaky = GoesDown(SimulatedMailboxes(w.tenant), after=5, error=server_error(503))
    steps: list = []

    def on_step(step) -> None:
        steps.append(step)
        if len(steps) == 2:
            flaky.error = outage_error

    logs = tmp_path / "logs"
    logs.mkdir()
    watch(store, [logs], flaky, interval_s=0, on_step=on_step, max_steps=4, options=EngineOptions(max_workers=1))
    told = [s.outage for s in steps]
    assert told[0].startswith("remediation stopped: Graph answered 503") and told[1] is None
    assert told[2].startswith("remediation paused: graph.microsoft.com still gives no answer") and told[3] is None


def test_a_partial_outage_where_only_the_delete_gets_503_stops_the_run_and_the_next_run_finishes_each_copy_once(
        tmp_path):
    """Look-ups, searches and forwards are answered, but every delete gets 503 after the retries: each copy's
    first requests were answered, yet ten copies in a row failed for the service. The run stops there (before,
    every copy of the run was tried and failed); the next run finishes each copy once."""
    store, w, boxes = _setup(tmp_path, 30)
    sick = SickMailboxes(SimulatedMailboxes(w.tenant), set(boxes), server_error(503), only=("permanent_delete",))
    one = EngineOptions(max_workers=1)
    first = remediate(store, sick, pending=True, journal=DuckJournal(store, "simulated"), options=one)
    assert first.outage is not None and first.outage.failures == 10 and first.outage.status == 503
    assert sum(1 for name, _ in sick.calls if name == "permanent_delete") == 10
    assert first.outcomes["status"].value_counts().to_dict() == {"failed": 9, "planned": 21}

    healthy = SimulatedMailboxes(w.tenant)
    again = remediate(store, healthy, pending=True, journal=DuckJournal(store, "simulated"), options=one,
                      retry_delay_s=0)
    assert again.outage is None
    for box in boxes:                              # each copy forwarded once and deleted
        assert [(m.folder, m.is_draft) for m in _forwards(w.tenant, box)] == [("sentitems", False)], box
        assert [m.folder for m in w.tenant.messages(box) if m.forward_of is None] == ["recoverableitemspurges"]


def test_an_outage_while_recipients_are_looked_up_is_remembered_for_a_watch_started_again(tmp_path):
    """The look-ups stop the run before it starts (no run id): the outage is still kept, by a watch step and by
    a one-off remediate, so a watch started again first only checks instead of failing 10 look-ups once more."""
    from marlib.remediation.outage import remember_outage, remembered_outage
    from marlib.remediation.watch import watch
    store, w, _ = _setup(tmp_path, 14)
    down = GoesDown(SimulatedMailboxes(w.tenant), after=0, error=server_error(503))
    one = EngineOptions(max_workers=1)
    logs = tmp_path / "esa"
    logs.mkdir()
    steps: list = []
    watch(store, [logs], down, interval_s=0, on_step=steps.append, max_steps=1, options=one)
    assert steps[0].down is not None and steps[0].down.what == "recipient look-ups"
    assert remembered_outage(store) == steps[0].down

    remember_outage(store, None)
    result = remediate(store, down, pending=True, options=one)
    assert result.run_id is None and result.outage is not None
    assert remembered_outage(store) == result.outage
    again: list = []
    watch(store, [logs], down, interval_s=0, on_step=again.append, max_steps=1, options=one)
    assert down.calls_while_down[20:] == ["resolve"] * 3 and again[0].runs == []   # the check only


def test_a_forward_draft_that_arrives_after_the_resume_looked_is_deleted_once_the_forward_is_sent(tmp_path):
    """createForward's answer is lost (the proxy went down) and the service makes the draft only later: after
    the next run's resume found no draft of ours and made its own. Once that one is sent, the late draft is
    deleted: the user's Drafts keep no ready-to-send forward of the malicious message, and one forward went."""
    store, w, boxes = _setup(tmp_path, 1)
    box = boxes[0]
    sim = SimulatedMailboxes(w.tenant)
    held: list[tuple] = []

    class LosesTheAnswer:
        """createForward reaches the service late: its answer is lost now, the draft is made later."""
        def __init__(self, inner) -> None:
            self.inner, self.kind = inner, inner.kind

        def __getattr__(self, name):
            fn = getattr(self.inner, name)
            if name != "create_forward" or held:
                return fn

            def call(*args):
                held.append(args)
                raise outage_error(args[0])   # no answer: the copy fails for connectivity at step forward
            return call

    first = remediate(store, LosesTheAnswer(sim), pending=True, journal=DuckJournal(store, "simulated"))
    assert first.outcomes["status"].tolist() == ["failed"] and held

    class DraftArrivesLate:
        """The resume's first look at Drafts finds nothing; the held createForward lands right after."""
        def __init__(self, inner) -> None:
            self.inner, self.kind, self.looked = inner, inner.kind, False

        def __getattr__(self, name):
            fn = getattr(self.inner, name)
            if name != "find_drafts" or self.looked:
                return fn

            def call(*args):
                self.looked = True
                found = fn(*args)
                self.inner.create_forward(*held[0])   # the late draft
                return found
            return call

    again = remediate(store, DraftArrivesLate(sim), pending=True, journal=DuckJournal(store, "simulated"),
                      retry_delay_s=0)
    assert again.outcomes["status"].tolist() == ["succeeded"]
    forwards = _forwards(w.tenant, box)
    assert [m.folder for m in forwards if not m.is_draft] == ["sentitems"]        # one forward went
    assert [m.folder for m in forwards if m.folder == "drafts"] == []             # no draft left to send


def test_a_partial_outage_that_answers_the_check_spaces_the_checks_out_instead_of_failing_ten_copies_each_step(
        tmp_path):
    """Every delete gets 503 while the look-ups are answered: the check after the run stopped is answered, so the
    step resumes and its run stops again after ten more failed copies. Before, that happened at every step (ten
    failed copies and ten failure lines per step, every 5 s); now each relapse spaces the checks out (the next
    after 1 step, then 3, ...), the steps between touching no copy, and a run that goes through ends it."""
    from marlib.remediation.watch import spaced_steps, watch
    store, w, boxes = _setup(tmp_path, 40)
    sick = SickMailboxes(SimulatedMailboxes(w.tenant), set(boxes), server_error(503), only=("permanent_delete",))
    logs = tmp_path / "logs"
    logs.mkdir()
    steps, deletes, calls = [], [], []

    def on_step(step) -> None:
        steps.append(step)
        calls.append(len(sick.calls) - sum(calls))
        deletes.append(sum(1 for name, _ in sick.calls if name == "permanent_delete") - sum(deletes))
        if len(steps) == 7:   # Graph deletes again before the 8th step
            sick.sick = set()

    watch(store, [logs], sick, interval_s=0, on_step=on_step, max_steps=9, options=EngineOptions(max_workers=1))
    assert [spaced_steps(n) for n in (1, 2, 3, 10)] == [1, 3, 7, 63]
    # 1: stops after 10 failed deletes; 2: its check is answered, the run resumed stops again (relapse 1: the
    # next step skips its check); 3: no request at all; 4: checked, resumed, stopped again (relapse 2: 3 steps
    # skipped); 5-7: nothing; 8: checked, the service deletes again: the run goes through
    assert deletes[:7] == [10, 10, 0, 10, 0, 0, 0], deletes
    assert calls[2] == calls[4] == calls[5] == calls[6] == 0, calls
    assert steps[1].relapsed and steps[3].relapsed and not steps[0].relapsed
    assert "the next check comes in 1 step(s)" in steps[1].outage, steps[1].outage
    assert "the next check comes in 3 step(s)" in steps[3].outage, steps[3].outage
    for skipped in (steps[2], steps[4], steps[5], steps[6]):
        assert skipped.runs == [] and skipped.down is not None
        assert skipped.waiting.startswith("remediation paused: the service answered the last check, yet the "
                                          "resumed run stopped again"), skipped.waiting
    assert steps[7].down is None and steps[7].runs and steps[7].outage is None
    assert not steps[8].waiting and steps[8].down is None
    left = store.query_df("SELECT count(*) AS n FROM remediation_actions WHERE status = 'planned'")["n"][0]
    assert left == 0
