"""The emulator's HTTPS server: Entra (``/{tenant}/...``), Graph (``/v1.0/...``), admin (``/_admin/...``).

``Emulator(tenant_dict, base_dir=..., state_dir=..., config=...)`` binds 127.0.0.1
(port 0 = a free one), serves TLS with a certificate signed by its own CA
(``ca_file``), and runs in background threads until ``stop()``::

    emu = Emulator.from_file("tenant.json", port=0).start()
    emu.info()  # {"authority", "graph_url", "ca_file", "admin_url"}
    emu.stop()

Admin endpoints (no auth; the server only listens on loopback):

    GET  {admin_url}/state            tenant-file JSON as it now is + "requests" counters, "faults", "config"
    POST {admin_url}/faults           [{"after", "kind": 429|500|502|503|504|reset|hang|lost, "count", "path",
                                        "method", "retry_after", "scope": graph|token|any}, ...]  (appended;
                                        kind temporarily_unavailable: Entra's JSON error, scope token only;
                                        lost = carried out, then the connection is reset; "count": null =
                                        every matching request until DELETE: a sustained outage / 5xx)
    DELETE {admin_url}/faults         clear scheduled faults
    POST {admin_url}/config           {"latency_ms", "fault_rate", "fault_kinds", "concurrency", "window_limit",
                                        "window_seconds", "retry_after", "hang_seconds", "page_size", "clock_offset"}
    POST {admin_url}/clock            {"offset_seconds": N}  shift the emulator's clock (token time checks)
    POST {admin_url}/load             a tenant dict: replace the tenant (counters reset)
    POST {admin_url}/reset            back to the starting tenant; faults cleared, counters reset
    POST {admin_url}/revoke           forget every issued token
"""
from __future__ import annotations

import json
import logging
import socket
import ssl
import struct
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from marlib.emulator.graph_api import GraphApi, fault_response
from marlib.emulator.state import EmulatorConfig, EmulatorState
from marlib.emulator.tls import server_context
from marlib.emulator.wire import Request, Response, graph_error

log = logging.getLogger(__name__)
ADMIN_PREFIX = "/_admin"


FAULTS_FORMAT = '[{"after": 5, "kind": "503", "count": 2}]'


def _fault_list(body: object) -> list:
    """The faults a POST schedules: a JSON list, or {"faults": [...]}. A single fault object was taken for an
    empty schedule (200, no fault: the tester believed an outage was on) and a string for a 500: ValueError."""
    faults = body.get("faults") if isinstance(body, dict) and "faults" in body else body
    if not isinstance(faults, list):
        raise ValueError(f"faults: give a JSON list of faults, e.g. {FAULTS_FORMAT} (one fault too is a list "
                         f"of one), not {type(body).__name__}")
    return faults


def _object(body: object, action: str) -> dict:
    """The settings a POST {admin_url}/config or /clock gives: a JSON object ({} when the body is empty)."""
    if body is None:
        return {}
    if not isinstance(body, dict):
        raise ValueError(f"{action}: give a JSON object, not {type(body).__name__}")
    return body

class _Server(ThreadingHTTPServer):
    """A threading HTTP server that does each TLS handshake in the request thread."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], app: "Emulator", context: ssl.SSLContext) -> None:
        self.app, self.ssl_context = app, context
        super().__init__(address, _Handler)

    def finish_request(self, request: Any, client_address: Any) -> None:
        request.settimeout(60)
        try:
            tls = self.ssl_context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError) as exc:
            log.debug("TLS handshake failed from %s: %s", client_address, exc)
            return
        try:
            self.RequestHandlerClass(tls, client_address, self)
        finally:
            try:
                tls.close()
            except OSError:
                pass

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.debug("connection error from %s", client_address, exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "marlib-emulator"
    sys_version = ""
    timeout = 60

    def version_string(self) -> str:
        return "Microsoft-HTTPAPI/2.0 (marlib emulator)"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        log.debug("%s %s", self.address_string(), format % args)

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def do_DELETE(self) -> None:
        self._serve("DELETE")

    def do_PATCH(self) -> None:
        self._serve("PATCH")

    def do_PUT(self) -> None:
        self._serve("PUT")

    def _serve(self, method: str) -> None:
        app: Emulator = self.server.app  # type: ignore[attr-defined]
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if len(body) < length:
            # the client (or a proxy between) went away mid-request: a web server never hands a request whose
            # body did not all arrive to the service, so nothing is done and there is no one to answer
            log.info("%s %s: the connection closed after %d of %d body bytes; not executed", method,
                     self.path.partition("?")[0], len(body), length)
            self.close_connection = True
            return
        path, _, query = self.path.partition("?")
        headers = {k.lower(): v for k, v in self.headers.items()}
        host = headers.get("host") or f"127.0.0.1:{app.port}"
        request = Request(method, path, query, headers, body, f"https://{host}")
        try:
            response = app.dispatch(request)
        except Exception:  # a bug in the emulator must still answer like a server would
            log.exception("emulator error on %s %s", method, path)
            response = graph_error(500, "InternalServerError", "An internal server error occurred.", request)
        self._write(response)

    def _write(self, response: Response) -> None:
        if response.action == "reset":
            self._reset()
            return
        if response.action == "hang":
            app: Emulator = self.server.app  # type: ignore[attr-defined]
            app.state.stop.wait(app.state.config.hang_seconds)
            self._reset()
            return
        payload = response.payload()
        self.send_response(response.status)
        if payload:
            self.send_header("Content-Type", "application/json; charset=utf-8")
        for name, value in response.headers.items():
            if value:
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if payload:
            self.wfile.write(payload)

    def _reset(self) -> None:
        """Drop the connection with a TCP RST, like a middlebox resetting it."""
        self.close_connection = True
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            raw = socket.socket(fileno=self.connection.detach())
            raw.close()
        except OSError:
            pass
        self.wfile = _NullWriter()  # type: ignore[assignment]


class _NullWriter:
    def write(self, data: bytes) -> int:
        return len(data)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass


class Emulator:
    """One emulator: state, HTTPS server thread, and its URLs."""

    def __init__(self, tenant: dict[str, Any], *, base_dir: Path | None = None, state_dir: Path | None = None,
                 port: int = 0, config: EmulatorConfig | None = None) -> None:
        self.state = EmulatorState(tenant, base_dir, config or EmulatorConfig())
        self.graph = GraphApi(self.state)
        self.state_dir = Path(state_dir or base_dir or Path.cwd()).resolve()
        context, self.ca_file = server_context(self.state_dir)
        self._server = _Server(("127.0.0.1", port), self, context)
        self.port = self._server.server_address[1]
        self._thread: threading.Thread | None = None

    @classmethod
    def from_file(cls, path: str | Path, **kwargs: Any) -> "Emulator":
        path = Path(path)
        tenant = json.loads(path.read_text(encoding="utf-8"))
        kwargs.setdefault("state_dir", path.parent / f"{path.stem}.emulator")
        return cls(tenant, base_dir=path.parent, **kwargs)

    def info(self) -> dict[str, str]:
        base = f"https://127.0.0.1:{self.port}"
        return {"authority": base, "graph_url": base, "ca_file": str(self.ca_file),
                "admin_url": base + ADMIN_PREFIX, "tenant_id": self.state.model.tenant_id}

    def start(self) -> "Emulator":
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.2},
                                        name="emulator", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.state.stop.set()
        self._server.shutdown()
        self._server.server_close()
        self.graph.close()

    # ------------------------------------------------------------------ routing
    def dispatch(self, request: Request) -> Response:
        path = request.path
        if path.startswith(ADMIN_PREFIX):
            return self.admin(request, path[len(ADMIN_PREFIX):].strip("/"))
        if path.startswith(("/v1.0/", "/beta/")) or path in ("/v1.0", "/beta"):
            return self.graph.handle(request)
        return self.entra(request)

    def entra(self, request: Request) -> Response:
        parts = [unquote(p) for p in request.path.split("/") if p]
        if len(parts) >= 2 and parts[1:] in (["v2.0", ".well-known", "openid-configuration"],
                                              [".well-known", "openid-configuration"]):
            self.state.counters.add("openid-configuration", 200)
            return self.state.entra.openid_configuration(request, parts[0])
        if len(parts) == 4 and parts[1:] == ["oauth2", "v2.0", "token"] and request.method == "POST":
            fault = self.state.faults.draw("token", request.method, request.path)
            if fault is not None:
                self.state.counters.add("token", 0, fault=True)
                return (self.state.entra.unavailable() if fault.kind == "temporarily_unavailable"
                        else fault_response(fault, request))
            response = self.state.entra.token(request, parts[0])
            self.state.counters.add("token", response.status)
            return response
        return Response(404, {"error": "not_found", "error_description": f"No route for {request.path}"})

    def admin(self, request: Request, action: str) -> Response:
        try:
            body = request.json()
        except ValueError:
            return Response(400, {"error": "body is not JSON"})
        state = self.state
        try:
            if action == "state" and request.method == "GET":
                return Response(200, state.snapshot())
            if action == "faults":
                if request.method == "DELETE":
                    state.faults.clear()
                elif request.method == "POST":
                    state.faults.add(_fault_list(body))
                return Response(200, {"faults": state.faults.pending()})
            if action == "config" and request.method == "POST":
                return Response(200, state.configure(_object(body, action)))
            if action == "clock" and request.method == "POST":
                return Response(200, state.configure({"clock_offset": _object(body, action).get("offset_seconds", 0)}))
            if action == "load" and request.method == "POST":
                state.load(body)
                return Response(200, {"loaded": True, "tenant_id": state.model.tenant_id})
            if action == "reset" and request.method == "POST":
                state.reset()
                return Response(200, {"reset": True})
            if action == "revoke" and request.method == "POST":
                state.entra.revoke_all()
                return Response(200, {"revoked": True})
        except (ValueError, KeyError, TypeError) as exc:
            return Response(400, {"error": str(exc)})
        return Response(404, {"error": f"no admin action {request.method} {action!r}"})
