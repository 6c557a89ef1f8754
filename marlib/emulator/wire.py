"""Request and response records shared by the emulator's Entra, Graph and admin handlers,
and the two error body shapes (Graph's and Entra's), copied from the real samples."""
from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Request:
    method: str
    path: str                     # percent-encoded path, no query
    query_string: str             # raw query string
    headers: dict[str, str]       # lower-case names
    body: bytes = b""
    base_url: str = ""            # https://host:port as the client addressed us

    def header(self, name: str, default: str | None = None) -> str | None:
        return self.headers.get(name.lower(), default)

    def json(self) -> Any:
        """The JSON body, or None when empty; ValueError when not JSON."""
        if not self.body.strip():
            return None
        return json.loads(self.body)

    @property
    def immutable_ids(self) -> bool:
        """True when the client sent ``Prefer: IdType="ImmutableId"``."""
        return "immutableid" in (self.header("prefer") or "").lower().replace(" ", "")


@dataclass
class Response:
    status: int
    body: Any = None                         # dict/list -> JSON, bytes -> raw, None -> empty
    headers: dict[str, str] = field(default_factory=dict)
    action: str | None = None                # "reset" or "hang": drop the connection instead

    def payload(self) -> bytes:
        if self.body is None:
            return b""
        if isinstance(self.body, bytes):
            return self.body
        return json.dumps(self.body).encode("utf-8")


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def graph_error(status: int, code: str, message: str, request: Request | None = None,
                headers: dict[str, str] | None = None) -> Response:
    """Graph's error body: {"error": {"code", "message", "innerError": {"date", "request-id", "client-request-id"}}}."""
    request_id = str(uuid.uuid4())
    client_id = (request.header("client-request-id") if request else None) or request_id
    inner = {"date": utc_now().strftime("%Y-%m-%dT%H:%M:%S"), "request-id": request_id,
             "client-request-id": client_id}
    body = {"error": {"code": code, "message": message, "innerError": inner}}
    return Response(status, body, {"request-id": request_id, "client-request-id": client_id,
                                   **(headers or {})})


def aad_error(status: int, error: str, aadsts: int, text: str, now: dt.datetime | None = None) -> Response:
    """Entra's token endpoint error body, as in samples/aad/token_endpoint_error_bodies.jsonl."""
    now = now or utc_now()
    trace, correlation = str(uuid.uuid4()), str(uuid.uuid4())
    stamp = now.strftime("%Y-%m-%d %H:%M:%SZ")
    description = (f"AADSTS{aadsts}: {text}\r\nTrace ID: {trace}\r\nCorrelation ID: {correlation}"
                   f"\r\nTimestamp: {stamp}")
    body = {"error": error, "error_description": description, "error_codes": [aadsts], "timestamp": stamp,
            "trace_id": trace, "correlation_id": correlation,
            "error_uri": f"https://login.microsoftonline.com/error?code={aadsts}"}
    return Response(status, body, {"x-ms-request-id": trace, "Cache-Control": "no-store, no-cache"})
