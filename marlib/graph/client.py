"""A Microsoft Graph client on ``requests`` that every later layer uses.

* explicit (connect, read) timeouts on every call;
* ``Retry-After`` honoured on 429/503 (that mailbox waits, others go on);
  exponential backoff with jitter when the header is absent and on 504/502/500,
  connection resets and read timeouts; bounded attempts;
* ``client-request-id`` (uuid4) on every call, ``Prefer: IdType="ImmutableId"``;
* at most 4 requests in flight per mailbox (Graph's MailboxConcurrency limit);
* JSON ``$batch`` (<= 20 per batch, <= 4 per mailbox per batch, inner 429/503 (and
  500/502/504 of repeatable requests) and the 424s that depended on them retried alone);
* error answers translated once (``marlib.graph.errors``).

A request that may not be repeated blindly (``forward``, ``createForward``) is
only retried when it certainly did not reach the server (connection refused,
429, 503). Everything outside is injected: session, token provider, clock,
sleep, random generator.

A stop (:func:`stop_on`: the run's stop event) cuts the waits between attempts short and sends no further
attempt: :class:`CallStopped` is raised instead. A request already sent is never cut short.
"""
from __future__ import annotations

import contextvars
import logging
import random
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any, Protocol
from urllib.parse import quote, unquote, urlsplit

import requests

from marlib.errors import ConnectivityError, GraphError, MailboxError
from marlib.graph.errors import (connectivity_error, is_retryable_proxy_failure, is_safe_network_failure,
                                 translate_error)
from marlib.graph.session import DEFAULT_TIMEOUT, make_session, session_proxy
from marlib.models import Reason

log = logging.getLogger(__name__)

MAX_BATCH = 20
MAILBOX_CONCURRENCY = 4
IMMUTABLE_ID_PREFER = 'IdType="ImmutableId"'
_SAFE_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
_RETRY_AFTER_STATUSES = frozenset({429, 503})
_AMBIGUOUS_STATUSES = frozenset({500, 502, 504})
_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("marlib_graph_deadline",
                                                                         default=None)
_PROBE: contextvars.ContextVar[bool] = contextvars.ContextVar("marlib_graph_probe", default=False)
_STOP: contextvars.ContextVar[threading.Event | None] = contextvars.ContextVar("marlib_graph_stop", default=None)


class CallStopped(Exception):
    """A stop (:func:`stop_on`) reached a call between two attempts (a backoff, a Retry-After, before a new
    attempt): no further request was sent. Not a ``MarlibError``: it is no answer from the service, and a
    caller's "this request failed" handling must not take it for one. The last request sent, if any, may
    have reached the service: the caller leaves its work as a kill there would (journaled, resumed later)."""

    def __init__(self, what: str = "") -> None:
        super().__init__(f"stop requested{': ' + what if what else ''}")


@contextmanager
def deadline(at: float | None) -> Iterator[None]:
    """Calls made inside this block (this thread) stop retrying when a wait would end after
    ``at`` (a ``time.monotonic()`` value): the caller's time budget for one item holds inside
    the client's retries too. The last answer is raised as it is (429 -> throttled)."""
    token = _DEADLINE.set(at)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


@contextmanager
def probe() -> Iterator[None]:
    """Calls made inside this block (this thread) send each request once: no retry after a failure, no backoff
    and no wait for a Retry-After (an earlier answer's included). For a probe of whether the service answers
    again (the check after an outage): a probe that fails is itself the answer, "still down", and a probe that
    waits only holds up the caller (a stop of ``watch``, say)."""
    token = _PROBE.set(True)
    try:
        yield
    finally:
        _PROBE.reset(token)


@contextmanager
def stop_on(event: threading.Event | None) -> Iterator[None]:
    """Calls made inside this block (this thread) stop when ``event`` is set: a wait between attempts (backoff,
    Retry-After, the token's retries) ends at once and :class:`CallStopped` is raised instead of the next
    attempt. A request on the wire is not cut short: its answer is returned or raised as usual. None: no stop."""
    token = _STOP.set(event)
    try:
        yield
    finally:
        _STOP.reset(token)


def check_stop(what: str = "") -> None:
    """Raise :class:`CallStopped` when the stop of :func:`stop_on` is set (before a new attempt)."""
    stop = _STOP.get()
    if stop is not None and stop.is_set():
        raise CallStopped(what)


def pause(seconds: float, sleep: Callable[[float], None] = time.sleep, what: str = "") -> None:
    """Wait ``seconds`` between two attempts; with :func:`stop_on`, a stop set before or during the wait raises
    :class:`CallStopped` at once (an injected ``sleep``, a test's clock, is called as it is and the stop looked
    at after it)."""
    stop = _STOP.get()
    if stop is None:
        sleep(seconds)
        return
    check_stop(what)
    if sleep is time.sleep:
        stop.wait(seconds)
    else:
        sleep(seconds)
    check_stop(what)


def probing() -> bool:
    """True inside :func:`probe` (the token provider does not retry either)."""
    return _PROBE.get()


def _overruns(seconds: float) -> bool:
    at = _DEADLINE.get()
    return at is not None and time.monotonic() + seconds > at


class TokenSource(Protocol):
    def token(self, *, force_refresh: bool = False) -> str: ...


@dataclass(frozen=True)
class RetryPolicy:
    """Bounded retries. ``max_retry_after``: a longer Retry-After fails at once as throttled."""
    max_attempts: int = 6
    backoff_base: float = 0.5
    backoff_cap: float = 30.0
    max_retry_after: float = 300.0

    def backoff(self, attempt: int, rng: random.Random) -> float:
        """Exponential backoff with jitter (half fixed, half random) for attempt 1, 2, ..."""
        ceiling = min(self.backoff_cap, self.backoff_base * (2 ** (attempt - 1)))
        return ceiling / 2 + rng.uniform(0, ceiling / 2)


@dataclass
class GraphResponse:
    status: int
    headers: Mapping[str, str]
    body: Any
    request_id: str | None = None
    client_request_id: str | None = None


@dataclass(frozen=True)
class BatchRequest:
    """One inner request of a ``$batch``; ``url`` is relative to the version root."""
    id: str
    method: str
    url: str
    body: Any = None
    headers: Mapping[str, str] | None = None
    depends_on: tuple[str, ...] = ()
    safe_to_retry: bool | None = None

    def as_json(self, drop_deps: frozenset[str] = frozenset()) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "method": self.method, "url": self.url}
        headers = dict(self.headers or {})
        if self.body is not None:
            out["body"] = self.body
            headers.setdefault("Content-Type", "application/json")
        if headers:
            out["headers"] = headers
        deps = [d for d in self.depends_on if d not in drop_deps]
        if deps:
            out["dependsOn"] = deps
        return out

    @property
    def mailbox(self) -> str | None:
        return mailbox_of(self.url)


@dataclass
class BatchResponse:
    id: str
    status: int
    headers: Mapping[str, str] = field(default_factory=dict)
    body: Any = None

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    def error(self, request: BatchRequest | None = None) -> Exception | None:
        """The translated error of a failed inner response, else None."""
        if self.ok:
            return None
        return translate_error(self.status, self.body, method=request.method if request else "",
                               url=request.url if request else "",
                               mailbox=request.mailbox if request else None,
                               retry_after=parse_retry_after(self.headers))


def mailbox_of(path: str) -> str | None:
    """``/users/{mailbox}/...`` -> the mailbox (lower-case), else None."""
    parts = urlsplit(path).path.split("/")
    for i, part in enumerate(parts[:-1]):
        if part == "users" and parts[i + 1]:
            value = unquote(parts[i + 1])
            # only the key-as-segment form users('x') is unwrapped; a quote inside an address stays
            if value.startswith("('") and value.endswith("')"):
                value = value[2:-2]
            return value.lower()
    return None


def parse_retry_after(headers: Mapping[str, str] | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP date)."""
    if not headers:
        return None
    value = next((v for k, v in headers.items() if k.lower() == "retry-after"), None)
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
        return max(0.0, when.timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def encode_query(params: Mapping[str, Any] | None) -> str:
    """``$filter`` etc. percent-encoded strictly (``+ # & % / ' space`` all escaped)."""
    if not params:
        return ""
    return "&".join(f"{k}={quote(str(v), safe='')}" for k, v in params.items() if v is not None)


class GraphClient:
    """HTTP access to Graph ``{graph_url}/v1.0`` with retries, limits and error translation."""

    def __init__(self, graph_url: str, tokens: TokenSource | Callable[[], str], *,
                 session: requests.Session | None = None, ca_file: str | None = None,
                 timeout: float | tuple[float, float] = DEFAULT_TIMEOUT,
                 retry: RetryPolicy | None = None, api_version: str = "v1.0",
                 mailbox_concurrency: int = MAILBOX_CONCURRENCY,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep,
                 rng: random.Random | None = None, immutable_ids: bool = True) -> None:
        self.base = f"{graph_url.rstrip('/')}/{api_version}"
        self._tokens = tokens
        self.session = session or make_session(ca_file=ca_file, timeout=timeout)
        self.timeout = timeout
        self.retry = retry or RetryPolicy()
        self.clock, self.sleep = clock, sleep
        self.rng = rng or random.Random()
        self.immutable_ids = immutable_ids
        self._concurrency = mailbox_concurrency
        self._lock = threading.Lock()
        self._slots: dict[str, _Slots] = {}
        self._not_before: dict[str, float] = {}
        self.stats = {"requests": 0, "retries": 0, "throttled": 0}

    def __repr__(self) -> str:
        return f"GraphClient({self.base!r})"

    def close(self) -> None:
        self.session.close()

    def _count(self, key: str) -> None:
        with self._lock:
            self.stats[key] += 1

    # -- token ----------------------------------------------------------------
    def _token(self, force_refresh: bool = False) -> str:
        if hasattr(self._tokens, "token"):
            return self._tokens.token(force_refresh=force_refresh)  # type: ignore[union-attr]
        return self._tokens()  # type: ignore[operator]

    # -- per-mailbox limits -----------------------------------------------------
    @contextmanager
    def mailbox_slot(self, *mailboxes: str | None) -> Iterator[None]:
        """Hold in-flight slots (4 per mailbox): one per occurrence of a mailbox, so a $batch
        with 3 inner requests for a mailbox holds 3 of its slots (Graph counts inner requests
        one by one). Each mailbox's slots are taken at once, mailboxes in sorted order: no
        deadlock between batches."""
        need = Counter(m.lower() for m in mailboxes if m)
        with ExitStack() as stack:
            for m in sorted(need):
                with self._lock:
                    slots = self._slots.setdefault(m, _Slots(self._concurrency))
                n = min(need[m], self._concurrency)
                slots.acquire(n)
                stack.callback(slots.release, n)
            yield

    def _wait_for_gate(self, mailboxes: Sequence[str | None]) -> None:
        """Wait out a Retry-After that Graph gave for this mailbox (throttled at once when the
        wait would outlast the caller's ``deadline``)."""
        now = self.clock()
        with self._lock:
            until = max((self._not_before.get((m or "").lower(), 0.0) for m in mailboxes),
                        default=0.0)
        if until > now and _overruns(until - now):
            box = next((m for m in mailboxes if m), None)
            raise MailboxError(f"{box or 'Graph'} is throttled (Retry-After) past this item's time "
                               f"budget", reason=Reason.THROTTLED.value, mailbox=box,
                               retry_after=until - now)
        if until > now:
            log.debug("waiting %.2f s for Retry-After of %s", until - now, mailboxes)
            pause(until - now, self.sleep, "waiting for a Retry-After")

    def _set_gate(self, mailboxes: Sequence[str | None], seconds: float) -> None:
        until = self.clock() + seconds
        with self._lock:
            for m in mailboxes:
                key = (m or "").lower()
                self._not_before[key] = max(self._not_before.get(key, 0.0), until)

    # -- requests ---------------------------------------------------------------
    def url(self, path: str, params: Mapping[str, Any] | None = None) -> str:
        if path.startswith(("https://", "http://")):
            if not path.startswith(self.base):
                raise GraphError(f"Refusing to follow a link outside {self.base}: {path[:120]}",
                                 advice="this looks like a misconfigured Graph URL")
            url = path
        else:
            url = self.base + (path if path.startswith("/") else "/" + path)
        query = encode_query(params)
        return f"{url}{'&' if '?' in url else '?'}{query}" if query else url

    def request(self, method: str, path: str, *, params: Mapping[str, Any] | None = None,
                json: Any = None, headers: Mapping[str, str] | None = None,
                mailbox: str | None = None, safe_to_retry: bool | None = None,
                mailboxes: Sequence[str] = ()) -> GraphResponse:
        """Send with retries; return the 2xx answer or raise MailboxError / GraphError /
        ConnectivityError. ``safe_to_retry`` defaults to True for GET/PUT/DELETE."""
        method = method.upper()
        url = self.url(path, params)
        mailbox = mailbox or mailbox_of(path)
        boxes = tuple(mailboxes) or (mailbox,)
        safe = (method in _SAFE_METHODS) if safe_to_retry is None else safe_to_retry
        crid = str(uuid.uuid4())
        refreshed = False
        attempt = 0
        attempts = 1 if probing() else self.retry.max_attempts   # a probe: one request, no wait (probe())
        while True:
            attempt += 1
            if attempt > 1:   # a stop sends no further attempt (the last one's answer is not one to act on)
                check_stop(f"{method} {_short(url)} not sent again")
            if attempts > 1:
                self._wait_for_gate(boxes)
            try:
                with self.mailbox_slot(*boxes):
                    resp = self._send(method, url, json, headers, crid)
            except requests.RequestException as exc:
                err = connectivity_error(exc, url, self.timeout, proxy=session_proxy(self.session))
                retryable = not isinstance(exc, requests.exceptions.SSLError) and (
                    safe or is_safe_network_failure(exc)) and is_retryable_proxy_failure(err)
                if retryable and attempt < attempts and self._backoff(
                        attempt, None, boxes, f"{method} {_short(url)}: {err.message}"):
                    continue
                raise err from None
            status = resp.status_code
            if 200 <= status < 300:
                return self._response(resp, crid)
            body = _json_or_text(resp)
            if status == 401 and not refreshed:
                refreshed = True
                log.info("401 from Graph for %s %s; getting a new token", method, _short(url))
                self._token(force_refresh=True)
                continue
            retry_after = parse_retry_after(resp.headers)
            retryable = status in _RETRY_AFTER_STATUSES or (status in _AMBIGUOUS_STATUSES and safe)
            too_long = retry_after is not None and retry_after > self.retry.max_retry_after
            if status == 429:
                self._count("throttled")
            if retryable and attempt < attempts and not too_long and self._backoff(
                    attempt, retry_after if status in _RETRY_AFTER_STATUSES else None,
                    boxes, f"{method} {_short(url)} -> {status}"):
                continue
            raise translate_error(status, body, method=method, url=url, mailbox=mailbox,
                                  request_id=resp.headers.get("request-id"),
                                  retry_after=retry_after)

    def _send(self, method: str, url: str, body: Any, headers: Mapping[str, str] | None,
              crid: str) -> requests.Response:
        hdrs = {"Authorization": f"Bearer {self._token()}", "client-request-id": crid,
                "Accept": "application/json"}
        if self.immutable_ids:
            hdrs["Prefer"] = IMMUTABLE_ID_PREFER
        hdrs.update(headers or {})
        self._count("requests")
        resp = self.session.request(method, url, json=body, headers=hdrs, timeout=self.timeout)
        log.debug("%s %s -> %s (request-id %s, client-request-id %s)", method, _short(url),
                  resp.status_code, resp.headers.get("request-id"), crid)
        return resp

    def _backoff(self, attempt: int, retry_after: float | None, boxes: Sequence[str | None],
                 what: str) -> bool:
        """Wait before the next attempt; False (no wait) when the wait would outlast the
        caller's ``deadline``: the caller then raises the last answer."""
        if retry_after is not None:
            self._set_gate(boxes, retry_after)   # the mailbox waits even if this caller gives up
            if _overruns(retry_after):
                log.info("%s: Retry-After %.2f s outlasts the time budget; not retried", what,
                         retry_after)
                return False
            self._count("retries")
            log.info("%s: waiting %.2f s (Retry-After), attempt %d", what, retry_after, attempt)
            try:
                self._wait_for_gate(boxes)
            except MailboxError:   # another answer set a longer wait for this mailbox
                return False
            return True
        delay = self.retry.backoff(attempt, self.rng)
        if _overruns(delay):
            log.info("%s: backing off %.2f s outlasts the time budget; not retried", what, delay)
            return False
        self._count("retries")
        log.info("%s: backing off %.2f s, attempt %d", what, delay, attempt)
        pause(delay, self.sleep, what)
        return True

    @staticmethod
    def _response(resp: requests.Response, crid: str) -> GraphResponse:
        body = _json_or_text(resp) if resp.content else None
        return GraphResponse(resp.status_code, resp.headers, body, resp.headers.get("request-id"),
                             crid)

    # -- conveniences -----------------------------------------------------------
    def get(self, path: str, **kw: Any) -> Any:
        return self.request("GET", path, **kw).body

    def post(self, path: str, json: Any = None, **kw: Any) -> GraphResponse:
        return self.request("POST", path, json=json, **kw)

    def delete(self, path: str, **kw: Any) -> GraphResponse:
        return self.request("DELETE", path, **kw)

    def paged(self, path: str, *, params: Mapping[str, Any] | None = None,
              mailbox: str | None = None, max_pages: int = 10_000) -> Iterator[dict[str, Any]]:
        """Every item of a collection, following ``@odata.nextLink``."""
        body = self.get(path, params=params, mailbox=mailbox)
        for _ in range(max_pages):
            yield from (body or {}).get("value", [])
            link = (body or {}).get("@odata.nextLink")
            if not link:
                return
            body = self.get(link, mailbox=mailbox)
        raise GraphError(f"More than {max_pages} pages for {path}", advice="narrow the query")

    # -- $batch -----------------------------------------------------------------
    def batch(self, requests_: Sequence[BatchRequest]) -> dict[str, BatchResponse]:
        """Run inner requests through ``$batch``; return the final answer of each by id.

        Inner 429/503 (and the 424s of requests that depended on them) are sent
        again on their own after their Retry-After, a 500/502/504 of a repeatable
        request after a backoff; other failures are returned
        as they are (use ``BatchResponse.error()``).
        """
        by_id = {r.id: r for r in requests_}
        if len(by_id) != len(requests_):
            raise GraphError("Duplicate ids in a $batch", advice="give each inner request its own id")
        results: dict[str, BatchResponse] = {}
        pending = list(requests_)
        attempts = 1 if probing() else self.retry.max_attempts
        for attempt in range(1, attempts + 1):
            again, wait = self._batch_round(pending, results)
            if not again:
                return results
            if attempt == attempts:
                break
            if not self._backoff(attempt, wait, [r.mailbox for r in again], f"$batch x{len(again)}"):
                break
            pending = again
        return results

    def _batch_round(self, pending: list[BatchRequest], results: dict[str, BatchResponse],
                     ) -> tuple[list[BatchRequest], float | None]:
        again: list[BatchRequest] = []
        wait: float | None = None
        for chunk in plan_batches(pending):
            answers = self._post_batch(chunk, results)
            by_id = {r.id: r for r in chunk}
            retry_ids = {rid for rid, a in answers.items() if a.status in _RETRY_AFTER_STATUSES or (
                a.status in _AMBIGUOUS_STATUSES and rid in by_id and _inner_safe(by_id[rid]))}
            for req in chunk:
                ans = answers.get(req.id) or BatchResponse(req.id, 424, {}, None)
                blocked = ans.status == 424 and any(d in retry_ids for d in req.depends_on)
                if req.id in retry_ids or blocked:   # 429/503, or 5xx of a repeatable request
                    again.append(req)
                    ra = parse_retry_after(ans.headers)
                    if ra is not None:
                        wait = max(wait or 0.0, ra)
                    if ans.status == 429:
                        self._count("throttled")
                results[req.id] = ans
        return again, wait

    def _post_batch(self, chunk: list[BatchRequest], done: dict[str, BatchResponse],
                    ) -> dict[str, BatchResponse]:
        ids = {r.id for r in chunk}
        out: dict[str, BatchResponse] = {}
        for r in list(chunk):  # a dependency that already failed: answer 424 without sending
            if any(d not in ids and d in done and not done[d].ok for d in r.depends_on):
                out[r.id] = BatchResponse(r.id, 424, {}, None)
                ids.discard(r.id)
        chunk = [r for r in chunk if r.id in ids]
        if not chunk:
            return out
        drop = frozenset(d for r in chunk for d in r.depends_on
                         if d not in ids and d in done and done[d].ok)
        safe = all(r.safe_to_retry if r.safe_to_retry is not None else r.method.upper()
                   in _SAFE_METHODS for r in chunk)
        body = {"requests": [r.as_json(drop) for r in chunk]}
        if self.immutable_ids:  # outer headers do not reach inner requests
            for inner in body["requests"]:
                inner.setdefault("headers", {}).setdefault("Prefer", IMMUTABLE_ID_PREFER)
        boxes = [r.mailbox for r in chunk if r.mailbox]  # one slot per inner request
        resp = self.request("POST", "/$batch", json=body, safe_to_retry=safe, mailboxes=boxes)
        for item in (resp.body or {}).get("responses", []):
            out[str(item.get("id"))] = BatchResponse(str(item.get("id")), int(item.get("status", 0)),
                                                     item.get("headers") or {}, item.get("body"))
        return out


def _inner_safe(req: BatchRequest) -> bool:
    """An inner request that may be sent again after an ambiguous 500/502/504 answer."""
    return req.safe_to_retry if req.safe_to_retry is not None else req.method.upper() in _SAFE_METHODS


class _Slots:
    """A counting semaphore that takes several permits atomically."""

    def __init__(self, size: int) -> None:
        self.free = size
        self._cond = threading.Condition()

    def acquire(self, n: int = 1) -> None:
        with self._cond:
            self._cond.wait_for(lambda: self.free >= n)
            self.free -= n

    def release(self, n: int = 1) -> None:
        with self._cond:
            self.free += n
            self._cond.notify_all()


def plan_batches(items: Sequence[BatchRequest], size: int = MAX_BATCH,
                 per_mailbox: int = MAILBOX_CONCURRENCY) -> list[list[BatchRequest]]:
    """Split into batches of at most ``size`` with at most ``per_mailbox`` requests per mailbox
    (more would trip the MailboxConcurrency limit inside one batch); a request stays after the
    requests it depends on."""
    batches: list[list[BatchRequest]] = []
    counts: list[dict[str | None, int]] = []
    placed: dict[str, int] = {}
    for req in items:
        first = max((placed[d] for d in req.depends_on if d in placed), default=0)
        box = req.mailbox
        for i in range(first, len(batches) + 1):
            if i == len(batches):
                batches.append([])
                counts.append({})
            full = len(batches[i]) >= size
            if not full and (box is None or counts[i].get(box, 0) < per_mailbox):
                break
        batches[i].append(req)
        counts[i][box] = counts[i].get(box, 0) + 1
        placed[req.id] = i
    return [b for b in batches if b]


def _json_or_text(resp: requests.Response) -> Any:
    try:
        return resp.json()
    except ValueError:
        return resp.text[:500]


def _short(url: str) -> str:
    return url if len(url) <= 200 else url[:200] + "..."


__all__ = ["BatchRequest", "BatchResponse", "CallStopped", "ConnectivityError", "GraphClient", "GraphResponse",
           "RetryPolicy", "check_stop", "deadline", "encode_query", "mailbox_of", "parse_retry_after", "pause",
           "plan_batches", "probe", "probing", "stop_on"]
