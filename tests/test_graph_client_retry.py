"""GraphClient retries, limits, $batch and error translation against a scripted local
HTTP server (a real socket server on 127.0.0.1, not a mock of our code)."""
from __future__ import annotations

import json
import socket
import struct
import threading
import time
from collections import defaultdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

import pytest

from marlib.errors import ConnectivityError, GraphError, MailboxError
from marlib.graph.client import BatchRequest, GraphClient, RetryPolicy, plan_batches
from marlib.graph.session import make_session

MB = "alice@contoso.com"


class Script:
    """Per path: a list of actions consumed in order; the last one repeats."""

    def __init__(self) -> None:
        self.actions: dict[str, list] = defaultdict(list)
        self.seen: list[dict] = []
        self.lock = threading.Lock()
        self.in_flight: dict[str, int] = defaultdict(int)
        self.max_in_flight: dict[str, int] = defaultdict(int)
        self.answered: dict[str, int] = defaultdict(int)
        self.batch_handler = None

    def on(self, path: str, *actions) -> None:
        self.actions[path] = list(actions)

    def next(self, path: str):
        with self.lock:
            acts = self.actions.get(path) or [(200, {}, {"value": []})]
            return acts.pop(0) if len(acts) > 1 else acts[0]


def _handler(script: Script):
    class H(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *a):  # quiet
            pass

        def _do(self):
            n = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(n) if n else b""
            path = unquote(urlsplit(self.path).path)
            rec = {"method": self.command, "path": path, "query": urlsplit(self.path).query,
                   "headers": dict(self.headers), "body": body}
            with script.lock:
                script.seen.append(rec)
            box = path.split("/users/")[1].split("/")[0] if "/users/" in path else ""
            with script.lock:
                script.in_flight[box] += 1
                script.max_in_flight[box] = max(script.max_in_flight[box], script.in_flight[box])
            self._box, self._counted = box, True
            try:
                act = script.batch_handler(rec) if path.endswith("$batch") and script.batch_handler \
                    else script.next(path)
                self._act(act)
            finally:
                self._out()

        def _out(self):
            # a request leaves the count before its answer is sent: once the client has the answer it may send
            # the next one, which must not meet this one still counted
            if self._counted:
                self._counted = False
                with script.lock:
                    script.in_flight[self._box] -= 1
                    script.answered[self._box] += 1

        def _act(self, act):
            if callable(act):   # a hook run as the request arrives (sets a stop, say), then its answer
                act = act()
            if act == "reset":
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                           struct.pack("ii", 1, 0))
                self.close_connection = True
                self.connection.close()
                return
            if isinstance(act, tuple) and act[0] == "hang":
                time.sleep(act[1])
                self.close_connection = True
                return
            if isinstance(act, tuple) and act[0] == "slow":
                time.sleep(act[1])
                act = (200, {}, {"value": []})
            if isinstance(act, tuple) and act[0] == "gather":
                # held until ``n`` requests of its mailbox are in flight (or as many as are left of ``total``),
                # then ``hold`` s more: a request beyond the client's limit would show, on a loaded machine too
                _, n, total, hold = act
                deadline = time.monotonic() + 30
                while time.monotonic() < deadline:
                    with script.lock:
                        if script.in_flight[self._box] >= min(n, total - script.answered[self._box]):
                            break
                    time.sleep(0.005)
                time.sleep(hold)
                act = (200, {}, {"value": []})
            status, headers, body = act
            data = json.dumps(body).encode() if body is not None else b""
            self._out()
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_DELETE = _do

    return H


@pytest.fixture
def server():
    script = Script()
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _handler(script))
    srv.daemon_threads = True
    t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    t.start()
    script.url = f"http://127.0.0.1:{srv.server_address[1]}"
    yield script
    srv.shutdown()
    srv.server_close()


class FakeTime:
    """clock + sleep: sleeping advances the clock, nothing waits."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, s: float) -> None:
        self.sleeps.append(round(s, 6))
        self.now += s


class Tokens:
    def __init__(self) -> None:
        self.n = 0
        self.forced = 0

    def token(self, *, force_refresh: bool = False) -> str:
        if force_refresh or self.n == 0:
            self.n += 1
            self.forced += force_refresh
        return f"tok-{self.n}"


def _client(server, ft=None, tokens=None, **kw):
    ft = ft or FakeTime()
    kw.setdefault("retry", RetryPolicy(max_attempts=4, backoff_base=0.5, backoff_cap=8,
                                       max_retry_after=60))
    return GraphClient(server.url, tokens or Tokens(), session=make_session(timeout=(2, 0.5)),
                       timeout=(2, 0.5), clock=ft.clock, sleep=ft.sleep, **kw), ft


P = f"/v1.0/users/{MB}/messages"
ERR_429 = {"error": {"code": "ApplicationThrottled",
                     "message": "Application is over its MailboxConcurrency limit."}}


def test_retry_after_honoured_and_headers(server):
    server.on(P, (429, {"Retry-After": "3"}, ERR_429), (200, {"request-id": "r1"}, {"value": [1]}))
    client, ft = _client(server)
    assert client.get(f"/users/{MB}/messages", params={"$top": 1}) == {"value": [1]}
    assert ft.sleeps == [3.0]
    a, b = server.seen
    assert a["headers"]["client-request-id"] == b["headers"]["client-request-id"]
    for rec in (a, b):
        assert rec["headers"]["Prefer"] == 'IdType="ImmutableId"'
        assert rec["headers"]["Authorization"] == "Bearer tok-1"
    assert client.stats["throttled"] == 1


def test_backoff_with_jitter_when_no_retry_after(server):
    server.on(P, (429, {}, ERR_429), (503, {}, None), (504, {}, None), (200, {}, {"value": []}))
    client, ft = _client(server)
    client.get(f"/users/{MB}/messages")
    assert len(ft.sleeps) == 3
    for attempt, s in enumerate(ft.sleeps, start=1):
        ceiling = min(8, 0.5 * 2 ** (attempt - 1))
        assert ceiling / 2 <= s <= ceiling


def test_503_retry_after_then_give_up_bounded(server):
    server.on(P, (503, {"Retry-After": "1"}, {"error": {"code": "ServiceUnavailable",
                                                          "message": "busy"}}))
    client, ft = _client(server)
    with pytest.raises(ConnectivityError) as err:
        client.get(f"/users/{MB}/messages")
    assert ft.sleeps == [1.0, 1.0, 1.0] and len(server.seen) == 4
    assert err.value.details["status"] == 503


def test_a_probe_sends_one_request_and_waits_for_nothing(server):
    """Inside probe() (the check after an outage) a 503 is the answer: no retry, no Retry-After wait, not even
    an earlier answer's; outside it the same client retries as before."""
    from marlib.graph.client import probe
    busy = (503, {"Retry-After": "30"}, {"error": {"code": "ServiceUnavailable", "message": "busy"}})
    server.on(P, busy)
    client, ft = _client(server)
    with pytest.raises(ConnectivityError), probe():
        client.get(f"/users/{MB}/messages")
    assert len(server.seen) == 1 and ft.sleeps == []
    with pytest.raises(ConnectivityError):            # a normal call: retried, the Retry-After waited out
        client.get(f"/users/{MB}/messages")
    assert len(server.seen) == 5 and ft.sleeps == [30.0, 30.0, 30.0]
    client._set_gate([MB], 30)                        # the mailbox still in an earlier Retry-After
    server.on(P, (200, {}, {"value": []}))
    with probe():
        assert client.get(f"/users/{MB}/messages") == {"value": []}
    assert len(server.seen) == 6 and ft.sleeps == [30.0, 30.0, 30.0]


BUSY = {"error": {"code": "ServiceUnavailable", "message": "busy"}}


def _stopping(stop: threading.Event, answer):
    """A scripted action: the stop is set while the request is being answered, then ``answer`` is sent."""
    def act():
        stop.set()
        return answer
    return act


def _call_in_thread(fn):
    """fn() in a thread: (its result or exception, still running?). The join is a guard against a hang (a wait
    that the stop did not end), not a measure of time."""
    out: list = []

    def run():
        try:
            out.append(fn())
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            out.append(exc)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(60)
    return (out[0] if out else None), t.is_alive()


@pytest.mark.parametrize("answer", [(503, {"Retry-After": "300"}, BUSY), (503, {}, BUSY), "reset"],
                         ids=["retry-after", "backoff", "reset"])
def test_a_stop_ends_the_wait_between_attempts_and_sends_no_further_attempt(server, answer):
    """The run's stop (stop_on) set while the first attempt is answered 503 (Retry-After 300 s, or none: a backoff
    of 100 s) or reset: the client raises CallStopped instead of waiting, and the server sees that one request."""
    from marlib.graph.client import CallStopped, stop_on
    stop = threading.Event()
    server.on(P, _stopping(stop, answer), (200, {}, {"value": []}))
    client = GraphClient(server.url, Tokens(), session=make_session(timeout=(2, 5)), timeout=(2, 5),
                         retry=RetryPolicy(max_attempts=4, backoff_base=200, backoff_cap=200, max_retry_after=600))

    def call():
        with stop_on(stop):
            return client.get(f"/users/{MB}/messages")
    result, hung = _call_in_thread(call)
    assert not hung and isinstance(result, CallStopped), result
    assert len(server.seen) == 1


def test_a_stop_does_not_cut_short_the_request_on_the_wire_nor_a_post_that_must_not_be_repeated(server):
    """A stop set while a request is out: its answer is the call's result (what the caller journals). A POST that
    may not be repeated (createForward), answered 503 (not carried out), is not sent again after the stop."""
    from marlib.graph.client import CallStopped, stop_on
    stop = threading.Event()
    server.on(P, _stopping(stop, (200, {}, {"value": [1]})))
    fwd = f"/v1.0/users/{MB}/messages/m1/createForward"
    server.on(fwd, (503, {"Retry-After": "300"}, BUSY))
    client, ft = _client(server, retry=RetryPolicy(max_attempts=4, max_retry_after=600))
    with stop_on(stop):
        assert client.get(f"/users/{MB}/messages") == {"value": [1]}
        with pytest.raises(CallStopped):
            client.post(f"/users/{MB}/messages/m1/createForward", {"comment": ""}, safe_to_retry=False)
    assert [r["path"] for r in server.seen] == [P, fwd] and ft.sleeps == []


def test_always_throttled_fails_as_throttled(server):
    server.on(P, (429, {"Retry-After": "2"}, ERR_429))
    client, ft = _client(server)
    with pytest.raises(MailboxError) as err:
        client.get(f"/users/{MB}/messages")
    assert err.value.reason == "throttled" and len(server.seen) == 4
    assert err.value.details["retry_after"] == 2.0


def test_retry_after_beyond_budget_fails_at_once(server):
    server.on(P, (429, {"Retry-After": "600"}, ERR_429))
    client, ft = _client(server)
    with pytest.raises(MailboxError) as err:
        client.get(f"/users/{MB}/messages")
    assert err.value.reason == "throttled" and ft.sleeps == [] and len(server.seen) == 1


def test_504_not_retried_for_forward(server):
    fwd = f"/v1.0/users/{MB}/messages/AAA=/forward"
    server.on(fwd, (504, {}, {"error": {"code": "GatewayTimeout", "message": "x"}}),
              (202, {}, None))
    client, _ = _client(server)
    with pytest.raises(ConnectivityError):
        client.post(f"/users/{MB}/messages/AAA=/forward", {"comment": ""}, safe_to_retry=False)
    assert len(server.seen) == 1
    server.on(fwd, (429, {"Retry-After": "1"}, ERR_429), (202, {}, None))
    client.post(f"/users/{MB}/messages/AAA=/forward", {"comment": ""}, safe_to_retry=False)
    assert len(server.seen) == 3  # a 429 was not processed: safe to send again


def test_connection_reset_and_hang_are_retried(server):
    server.on(P, "reset", ("hang", 1.5), (200, {}, {"value": ["ok"]}))
    client, ft = _client(server)
    assert client.get(f"/users/{MB}/messages") == {"value": ["ok"]}
    assert len(ft.sleeps) == 2 and len(server.seen) == 3


def test_hang_forever_is_connectivity_error(server):
    server.on(P, ("hang", 1.0))
    client, _ = _client(server, retry=RetryPolicy(max_attempts=2))
    with pytest.raises(ConnectivityError) as err:
        client.get(f"/users/{MB}/messages")
    assert "No answer from 127.0.0.1" in err.value.message and "0.5 s" in err.value.message


def test_closed_port_is_connectivity_error():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    ft = FakeTime()
    client = GraphClient(f"http://127.0.0.1:{port}", Tokens(), clock=ft.clock, sleep=ft.sleep,
                         retry=RetryPolicy(max_attempts=3))
    with pytest.raises(ConnectivityError) as err:
        client.post(f"/users/{MB}/messages/x/forward", {}, safe_to_retry=False)
    assert "Cannot reach 127.0.0.1" in err.value.message and "refused" in err.value.message
    assert len(ft.sleeps) == 2  # refused: certainly not sent, so retried even for forward


def test_401_gets_a_new_token_once(server):
    server.on(P, (401, {}, {"error": {"code": "InvalidAuthenticationToken", "message": "expired"}}),
              (200, {}, {"value": []}))
    tokens = Tokens()
    client, _ = _client(server, tokens=tokens)
    client.get(f"/users/{MB}/messages")
    assert tokens.forced == 1
    assert [r["headers"]["Authorization"] for r in server.seen] == ["Bearer tok-1", "Bearer tok-2"]
    server.on(P, (401, {}, {"error": {"code": "InvalidAuthenticationToken", "message": "bad"}}))
    with pytest.raises(MailboxError) as err:
        client.get(f"/users/{MB}/messages")
    assert err.value.reason == "auth_failed"


@pytest.mark.parametrize("status,code,reason", [
    (404, "ErrorInvalidUser", "not_o365_user"),
    (404, "MailboxNotEnabledForRESTAPI", "not_o365_user"),
    (404, "ErrorItemNotFound", "message_not_found"),
    (403, "ErrorAccessDenied", "access_denied"),
    (403, "ErrorCannotDeleteObject", "delete_not_allowed"),
])
def test_error_translation(server, status, code, reason):
    body = {"error": {"code": code, "message": "m", "innerError": {"request-id": "rid-9"}}}
    server.on(P, (status, {}, body))
    client, ft = _client(server)
    with pytest.raises(MailboxError) as err:
        client.get(f"/users/{MB}/messages")
    e = err.value
    assert (e.reason, e.code, e.status, e.details["request_id"]) == (reason, code, status, "rid-9")
    assert e.details["mailbox"] == MB and ft.sleeps == []


def test_bad_request_is_graph_error(server):
    server.on(P, (400, {}, {"error": {"code": "BadRequest", "message": "Invalid filter clause"}}))
    client, _ = _client(server)
    with pytest.raises(GraphError) as err:
        client.get(f"/users/{MB}/messages")
    assert not isinstance(err.value, MailboxError) and "Invalid filter clause" in err.value.message


def test_per_mailbox_concurrency_is_four(server):
    for box in (MB, "bob@contoso.com"):   # answered four at a time: a fixed delay missed the 4th when loaded
        server.on(f"/v1.0/users/{box}/messages", ("gather", 4, 10, 0.1))
    client, _ = _client(server)
    client.sleep = time.sleep
    threads = [threading.Thread(target=client.get, args=(f"/users/{box}/messages",))
               for box in (MB, "bob@contoso.com") for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert server.max_in_flight[MB] == 4 and server.max_in_flight["bob@contoso.com"] == 4
    assert len(server.seen) == 20


def test_paging_follows_next_link(server):
    server.on(P, (200, {}, {"value": [1, 2], "@odata.nextLink": server.url + P + "?$skip=2"}),
              (200, {}, {"value": [3]}))
    client, _ = _client(server)
    assert list(client.paged(f"/users/{MB}/messages")) == [1, 2, 3]
    with pytest.raises(GraphError, match="outside"):
        client.get("https://evil.example/v1.0/users/x")


def test_batch_retries_inner_429_and_424_alone(server):
    rounds = []

    def batch(rec):
        reqs = json.loads(rec["body"])["requests"]
        rounds.append(reqs)
        out = []
        for r in reqs:
            if len(rounds) == 1 and r["id"] == "2":
                out.append({"id": "2", "status": 429, "headers": {"Retry-After": "2"},
                            "body": ERR_429})
            elif len(rounds) == 1 and r["id"] == "3":
                out.append({"id": "3", "status": 424, "body": None})
            elif r["id"] == "4":
                out.append({"id": "4", "status": 404, "body": {"error": {
                    "code": "ErrorItemNotFound", "message": "gone"}}})
            else:
                out.append({"id": r["id"], "status": 200, "body": {"id": r["id"]}})
        return 200, {}, {"responses": out[::-1]}

    server.batch_handler = batch
    client, ft = _client(server)
    reqs = [BatchRequest("1", "GET", f"/users/{MB}/messages/a"),
            BatchRequest("2", "GET", f"/users/{MB}/messages/b"),
            BatchRequest("3", "DELETE", f"/users/{MB}/messages/c", depends_on=("2",)),
            BatchRequest("4", "GET", "/users/bob@contoso.com/messages/d")]
    res = client.batch(reqs)
    assert {k: v.status for k, v in res.items()} == {"1": 200, "2": 200, "3": 200, "4": 404}
    assert [r["id"] for r in rounds[1]] == ["2", "3"] and rounds[1][1]["dependsOn"] == ["2"]
    assert all(r["headers"]["Prefer"] == 'IdType="ImmutableId"' for r in rounds[0])
    assert ft.sleeps == [2.0]
    err = res["4"].error(reqs[3])
    assert isinstance(err, MailboxError) and err.reason == "message_not_found"


def test_plan_batches_limits():
    reqs = [BatchRequest(str(i), "GET", f"/users/{'a' if i % 3 else 'b'}@x.com/messages/{i}")
            for i in range(30)]
    reqs.append(BatchRequest("dep", "DELETE", "/users/c@x.com/messages/1", depends_on=("29",)))
    batches = plan_batches(reqs)
    assert sorted(r.id for b in batches for r in b) == sorted(r.id for r in reqs)
    where = {r.id: i for i, b in enumerate(batches) for r in b}
    assert where["dep"] >= where["29"]
    for b in batches:
        assert len(b) <= 20
        for box in ("a@x.com", "b@x.com"):
            assert sum(r.mailbox == box for r in b) <= 4
