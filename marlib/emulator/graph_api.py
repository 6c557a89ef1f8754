"""The Graph request pipeline: faults, bearer token, per-mailbox limits, latency, routing, $batch.

Order for each request (inner ``$batch`` requests included, each on its own):
injected fault (a 429/500/502/503/504 answer, or a connection reset / hang for an
outer request; ``lost`` carries the request out and then resets the connection, so
the answer is lost) -> bearer token (401 InvalidAuthenticationToken) -> per-mailbox
limits (429 ApplicationThrottled + Retry-After) -> latency -> the resource
(``graph_mail``) -> counters. ``$batch``: at most 20 requests, unique ids,
``dependsOn`` honoured (a failed dependency gives 424), independent requests run
concurrently, answered 200 with ``{"responses": [...]}``.
"""
from __future__ import annotations

import json
import logging
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import unquote, urlsplit

from marlib.emulator.entra import Token
from marlib.emulator.graph_mail import Denied, MailResources, access_denied, bad_request
from marlib.emulator.limits import Fault
from marlib.emulator.odata import ODataError
from marlib.emulator.state import EmulatorState
from marlib.emulator.wire import Request, Response, graph_error
from marlib.tenant.model import GraphFault

log = logging.getLogger(__name__)

MAX_BATCH = 20
STATUS_FAULTS = ("429", "500", "502", "503", "504")
_ENDPOINTS = {"forward", "createforward", "send", "permanentdelete", "move"}


def endpoint_of(segs: list[str], method: str) -> str:
    """A short name for counters: users, groups, transitiveMembers, messages, message, delete, move..."""
    if not segs:
        return "unknown"
    if segs[0] == "$batch":
        return "$batch"
    if segs[0].lower() == "groups":
        return segs[2] if len(segs) > 2 else "groups"
    if segs[0].lower() != "users" or len(segs) <= 2:
        return "users"
    last = segs[-1]
    if last.lower() in _ENDPOINTS:
        return {"createforward": "createForward", "permanentdelete": "permanentDelete"}.get(last.lower(), last.lower())
    if "messages" in [s.lower() for s in segs]:
        idx = [s.lower() for s in segs].index("messages")
        if len(segs) == idx + 1:
            return "messages"
        return "delete" if method == "DELETE" else "message"
    return segs[2] if len(segs) > 2 else "users"


def mailbox_of(segs: list[str]) -> str | None:
    """The mailbox a mail request targets (users/{u}/...), for per-mailbox limits."""
    if len(segs) >= 3 and segs[0].lower() == "users":
        return segs[1].lower()
    return None


def fault_response(fault: Fault, request: Request) -> Response:
    if fault.kind in ("reset", "hang", "lost"):   # (a request not carried out: "lost" is a reset)
        return Response(0, action="reset" if fault.kind == "lost" else fault.kind)
    headers = {"Retry-After": str(fault.retry_after)} if fault.retry_after is not None else {}
    if fault.kind == "429":
        return graph_error(429, "ApplicationThrottled", "Application is over its MailboxConcurrency limit.",
                           request, headers)
    if fault.kind == "503":
        return graph_error(503, "ServiceUnavailable", "Service Unavailable", request, headers)
    if fault.kind == "500":
        return graph_error(500, "InternalServerError", "An internal server error occurred.", request)
    if fault.kind == "502":
        return graph_error(502, "BadGateway", "The gateway received an invalid response.", request)
    return graph_error(504, "GatewayTimeout", "The gateway did not receive a timely response.", request)


class GraphApi:
    """Answers every request under ``/v1.0``."""

    def __init__(self, state: EmulatorState) -> None:
        self.state = state
        self.resources = MailResources(lambda: state.model, lambda: state.config.page_size)
        self._pool = ThreadPoolExecutor(max_workers=64, thread_name_prefix="emu-batch")

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    def handle(self, request: Request) -> Response:
        """An outer HTTP request whose path starts with /v1.0."""
        segs = _segments(request.path)
        if segs == ["$batch"]:
            return self._batch(request)
        return self._one(request, segs, outer=True)

    # ------------------------------------------------------------------ one request
    def _one(self, request: Request, segs: list[str], *, outer: bool, token: Token | None = None) -> Response:
        endpoint, mailbox = endpoint_of(segs, request.method), mailbox_of(segs)
        fault = self.state.faults.draw("graph", request.method, _target(request),
                                       kinds=None if outer else STATUS_FAULTS)
        if fault is not None and fault.kind != "lost":
            self.state.counters.add(endpoint, 0 if fault.kind in ("reset", "hang") else int(fault.kind),
                                    mailbox, throttled=fault.kind == "429", fault=True)
            return fault_response(fault, request)
        auth = token or self.state.entra.bearer(request)
        if isinstance(auth, Response):
            self.state.counters.add(endpoint, auth.status, mailbox)
            return auth
        response = self._limited(request, segs, auth, endpoint, mailbox)
        if fault is not None:   # "lost": the request was carried out, its answer never arrives
            self.state.counters.add(endpoint, 0, mailbox, fault=True)
            return Response(0, action="reset")
        return response

    def _limited(self, request: Request, segs: list[str], token: Token, endpoint: str,
                 mailbox: str | None) -> Response:
        key = self._mailbox_key(mailbox)
        if key is not None:
            throttle = self.state.limiter.acquire(token.client_id, key)
            if throttle is not None:
                self.state.counters.add(endpoint, 429, key, throttled=True)
                return graph_error(429, "ApplicationThrottled", throttle.message, request,
                                   {"Retry-After": str(throttle.retry_after)})
        try:
            self._sleep_latency()
            response = self._dispatch(request, segs, token)
        finally:
            if key is not None:
                self.state.limiter.release(token.client_id, key)
        self.state.counters.add(endpoint, response.status, key)
        return response

    def _mailbox_key(self, mailbox: str | None) -> str | None:
        if mailbox is None:
            return None
        user = self.state.model.user(mailbox)
        return user.address.lower() if user else mailbox

    def _sleep_latency(self) -> None:
        latency = self.state.config.latency_ms
        if latency > 0:
            self.state.stop.wait(latency / 1000.0)

    def _dispatch(self, request: Request, segs: list[str], token: Token) -> Response:
        try:
            response = self.resources.route(request, segs, token)
        except GraphFault as exc:
            response = graph_error(exc.status, exc.code, exc.message, request)
        except ODataError as exc:
            response = bad_request(request, str(exc))
        except Denied:
            response = access_denied(request)
        request_id = response.headers.setdefault("request-id", str(uuid.uuid4()))
        response.headers.setdefault("client-request-id", request.header("client-request-id") or request_id)
        if request.immutable_ids:
            response.headers["Preference-Applied"] = 'IdType="ImmutableId"'
        return response

    # ------------------------------------------------------------------ $batch
    def _batch(self, request: Request) -> Response:
        fault = self.state.faults.draw("graph", request.method, _target(request))
        if fault is not None:
            self.state.counters.add("$batch", 0 if fault.kind in ("reset", "hang") else int(fault.kind),
                                    throttled=fault.kind == "429", fault=True)
            return fault_response(fault, request)
        auth = self.state.entra.bearer(request)
        if isinstance(auth, Response):
            self.state.counters.add("$batch", auth.status)
            return auth
        if request.method != "POST":
            return graph_error(405, "Request_BadRequest",
                               "Specified HTTP method is not allowed for the request target.", request)
        try:
            items = _batch_items(request)
        except ValueError as exc:
            self.state.counters.add("$batch", 400)
            return bad_request(request, str(exc))
        self.state.counters.add("$batch", 200)
        results = self._run_batch(request, items, auth)
        return Response(200, {"responses": [results[item["id"]] for item in items]})

    def _run_batch(self, outer: Request, items: list[dict[str, Any]], token: Token) -> dict[str, dict]:
        results: dict[str, dict] = {}
        pending = list(items)
        while pending:
            ready = [i for i in pending if all(d in results for d in i.get("dependsOn") or ())]
            pending = [i for i in pending if i not in ready]
            futures = {}
            for item in ready:
                failed = [d for d in item.get("dependsOn") or () if not 200 <= results[d]["status"] < 300]
                if failed:
                    results[item["id"]] = _failed_dependency(item, outer)
                else:
                    futures[item["id"]] = self._pool.submit(self._inner, outer, item, token)
            for item_id, future in futures.items():
                results[item_id] = future.result()
        return results

    def _inner(self, outer: Request, item: dict[str, Any], token: Token) -> dict[str, Any]:
        request = _inner_request(outer, item)
        response = self._one(request, _segments(request.path), outer=False, token=token)
        out: dict[str, Any] = {"id": item["id"], "status": response.status,
                               "headers": {k: v for k, v in response.headers.items()
                                           if k.lower() in ("retry-after", "content-type", "location")}}
        if response.body is not None:
            out["headers"]["Content-Type"] = "application/json"
            out["body"] = response.body
        return out


def _segments(path: str) -> list[str]:
    parts = [unquote(p) for p in path.split("/") if p]
    if parts and parts[0].lower() in ("v1.0", "beta"):
        parts = parts[1:]
    return parts


def _target(request: Request) -> str:
    return request.path + ("?" + request.query_string if request.query_string else "")


def _batch_items(request: Request) -> list[dict[str, Any]]:
    try:
        body = request.json()
    except ValueError:
        raise ValueError("Invalid batch payload format.") from None
    items = body.get("requests") if isinstance(body, dict) else None
    if not isinstance(items, list) or not items:
        raise ValueError("Invalid batch payload format.")
    if len(items) > MAX_BATCH:
        raise ValueError(f"Limit of {MAX_BATCH} requests per batch exceeded.")
    ids = [str(i.get("id", "")) if isinstance(i, dict) else "" for i in items]
    if "" in ids or len(set(ids)) != len(ids):
        raise ValueError("Batch request ids must be unique non-empty strings.")
    for item in items:
        item["id"] = str(item["id"])
        deps = item.get("dependsOn") or []
        if not isinstance(deps, list) or any(str(d) not in ids or str(d) == item["id"] for d in deps):
            raise ValueError("Depends on request id is invalid.")
        item["dependsOn"] = [str(d) for d in deps]
        if not isinstance(item.get("url"), str) or not item.get("method"):
            raise ValueError("Batch requests must have a method and a url.")
    _check_acyclic(items)
    return items


def _check_acyclic(items: list[dict[str, Any]]) -> None:
    done: set[str] = set()
    pending = list(items)
    while pending:
        ready = [i for i in pending if all(d in done for d in i["dependsOn"])]
        if not ready:
            raise ValueError("Depends on request id is invalid.")
        done.update(i["id"] for i in ready)
        pending = [i for i in pending if i not in ready]


def _inner_request(outer: Request, item: dict[str, Any]) -> Request:
    url = urlsplit(item["url"] if item["url"].startswith("/") else "/" + item["url"])
    headers = {k.lower(): str(v) for k, v in (item.get("headers") or {}).items()}
    headers["authorization"] = outer.header("authorization") or ""
    headers.setdefault("client-request-id", outer.header("client-request-id") or "")
    body = item.get("body")
    raw = b"" if body is None else (body.encode() if isinstance(body, str) else json.dumps(body).encode())
    return Request(str(item["method"]).upper(), url.path, url.query, headers, raw, outer.base_url)


def _failed_dependency(item: dict[str, Any], outer: Request) -> dict[str, Any]:
    error = graph_error(424, "FailedDependency", "Failed Dependency", outer)
    return {"id": item["id"], "status": 424, "headers": {"Content-Type": "application/json"},
            "body": error.body}
