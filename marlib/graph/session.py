"""The HTTP session MSAL and the Graph client share.

``REQUESTS_CA_BUNDLE`` / ``CURL_CA_BUNDLE`` and proxy variables in the
environment would override ``verify``: the session has ``trust_env=False`` and
verifies against the given CA bundle (corporate TLS inspection, the emulator)
or else certifi's bundle. Every request gets a timeout unless one is given.
So ``HTTPS_PROXY`` is ignored too: a proxy is explicit, ``proxies=`` (from the
mailbox settings' proxy, ``MailboxSettings.proxies()``); HTTPS goes through it
as an HTTP CONNECT tunnel, so TLS is still verified end to end against Entra/Graph.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import certifi
import requests
from requests.adapters import HTTPAdapter

DEFAULT_TIMEOUT: tuple[float, float] = (10.0, 60.0)   # (connect, read) seconds
PASSWORD_MASK = "****"
# greedy up to the last @ of the word: a password with an unencoded / or @ is masked whole too
# the password runs to the last "@" of the URL (it may hold "/" and "@"); one with a space, to the next "@"
_PASSWORD_IN_URL = re.compile(r"(//[^/\s:@]*:)(?:\S*@|[^@\n]*?@)")


def mask_password(text: str) -> str:
    """``text`` with the password of any ``scheme://user:password@`` in it shown as ``****``
    (a proxy URL may carry one; it must never reach a log, an error or a page)."""
    return _PASSWORD_IN_URL.sub(r"\1" + PASSWORD_MASK + "@", text or "")


def session_proxy(session: Any) -> str | None:
    """The proxy a session sends HTTPS through, password masked (None: direct)."""
    proxies = getattr(session, "proxies", None) or {}
    url = proxies.get("https") or proxies.get("all")
    return mask_password(url) if url else None


class TimeoutSession(requests.Session):
    """A requests.Session with a default timeout (MSAL passes none of its own)."""

    def __init__(self, timeout: float | tuple[float, float] = DEFAULT_TIMEOUT) -> None:
        super().__init__()
        self.default_timeout = timeout
        self.pool_maxsize = 0

    def mount_pool(self, pool_maxsize: int) -> None:
        """One HTTPAdapter (no urllib3 retries: we retry ourselves) keeping up to ``pool_maxsize``
        connections per host, for http and https."""
        old = list({id(a): a for a in self.adapters.values()}.values())
        adapter = HTTPAdapter(pool_connections=4, pool_maxsize=pool_maxsize, max_retries=0)
        self.mount("https://", adapter)
        self.mount("http://", adapter)
        self.pool_maxsize = pool_maxsize
        for a in old:   # idle connections of the smaller pool
            a.close()

    def ensure_pool(self, concurrency: int) -> None:
        """Keep a connection per thread of ``concurrency`` threads calling at once: a smaller pool makes a
        connection for each thread over its size and throws it away after one request, with urllib3's
        warning "Connection pool is full, discarding connection". Called before the threads start."""
        if concurrency > self.pool_maxsize:
            self.mount_pool(concurrency)

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any,
                ) -> requests.Response:  # type: ignore[override]
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = self.default_timeout
        return super().request(method, url, *args, **kwargs)


def make_session(ca_file: str | Path | None = None, *,
                 timeout: float | tuple[float, float] = DEFAULT_TIMEOUT,
                 pool_maxsize: int = 64, proxies: dict[str, str] | None = None) -> TimeoutSession:
    """trust_env=False, verify = ca_file or certifi, no urllib3 retries (we retry ourselves);
    ``proxies`` ({"https": URL, "http": URL}) or a direct connection."""
    s = TimeoutSession(timeout)
    s.trust_env = False
    s.verify = str(ca_file) if ca_file else certifi.where()
    if proxies:
        s.proxies.update(proxies)
    s.mount_pool(pool_maxsize)
    return s
