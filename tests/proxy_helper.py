"""A tiny HTTP CONNECT proxy for tests: a threaded socket server on 127.0.0.1 that tunnels to the
target (the HTTPS emulator) and records what it was asked.

    with ConnectProxy() as proxy:                       # tunnels every CONNECT to 127.0.0.1
        ... proxy.url ...                               # http://127.0.0.1:PORT
        proxy.targets                                   # ["127.0.0.1:4431", ...] in order
    ConnectProxy(credentials=("bob", "pw"))             # 407 unless Proxy-Authorization matches
    ConnectProxy(refuse=True)                           # 403 to every CONNECT

It only ever connects to 127.0.0.1 (anything else gets 403): a test never sends traffic elsewhere.
"""
from __future__ import annotations

import base64
import selectors
import socket
import socketserver
import threading
from typing import Any

_MAX_HEAD = 16384


class ConnectProxy:
    def __init__(self, *, credentials: tuple[str, str] | None = None, refuse: bool = False) -> None:
        self.credentials = credentials
        self.refuse = refuse
        self.targets: list[str] = []                 # CONNECT targets, in order (also refused ones)
        self.auth_headers: list[str | None] = []     # the Proxy-Authorization of each CONNECT
        self.tunnels = 0                             # tunnels opened (200 answered)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                proxy._handle(self.request)

        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler, bind_and_activate=True)
        self._server.daemon_threads = True
        self._server.block_on_close = False
        self.port = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    def url_with(self, user: str, password: str) -> str:
        return f"http://{user}:{password}@127.0.0.1:{self.port}"

    def __enter__(self) -> ConnectProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._stop.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(10)

    # -- one client connection -------------------------------------------------------
    def _handle(self, client: socket.socket) -> None:
        head = _read_head(client)
        if head is None:
            return
        lines = head.decode("latin-1").split("\r\n")
        method, target, *_ = (lines[0].split(" ") + ["", ""])[:3]
        headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
        with self._lock:
            self.targets.append(target)
            self.auth_headers.append(headers.get("proxy-authorization"))
        host, _, port = target.rpartition(":")
        if method != "CONNECT" or self.refuse or host != "127.0.0.1" or not port.isdigit():
            client.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            return
        if self.credentials and headers.get("proxy-authorization") != _basic(*self.credentials):
            client.sendall(b"HTTP/1.1 407 Proxy Authentication Required\r\n"
                           b"Proxy-Authenticate: Basic realm=\"test proxy\"\r\n"
                           b"Content-Length: 0\r\nConnection: close\r\n\r\n")
            return
        try:
            upstream = socket.create_connection(("127.0.0.1", int(port)), timeout=10)
        except OSError:
            client.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            return
        with upstream:
            client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            with self._lock:
                self.tunnels += 1
            self._pipe(client, upstream)

    def _pipe(self, a: socket.socket, b: socket.socket) -> None:
        sel = selectors.DefaultSelector()
        sel.register(a, selectors.EVENT_READ, b)
        sel.register(b, selectors.EVENT_READ, a)
        try:
            while not self._stop.is_set():
                for key, _ in sel.select(timeout=0.2):
                    try:
                        data = key.fileobj.recv(65536)  # type: ignore[union-attr]
                    except OSError:
                        return
                    if not data:
                        return
                    key.data.sendall(data)
        finally:
            sel.close()


def _read_head(sock: socket.socket) -> bytes | None:
    data = b""
    sock.settimeout(10)
    while b"\r\n\r\n" not in data and len(data) < _MAX_HEAD:
        try:
            chunk = sock.recv(4096)
        except OSError:
            return None
        if not chunk:
            return None
        data += chunk
    return data.split(b"\r\n\r\n", 1)[0]


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


def basic_credentials(user: str, password: str) -> str:
    """The base64 of ``user:password`` as it travels in Proxy-Authorization (to look for it in logs)."""
    return _basic(user, password).split(" ", 1)[1]
