"""App-only tokens from Entra ID with MSAL and a certificate credential.

``TokenProvider`` wraps ``msal.ConfidentialClientApplication`` with
``{"private_key": PEM, "thumbprint": HEX[, "passphrase": ...]}`` (RS256 client
assertion with ``x5t``), an in-memory token cache only, and our own
``requests`` session (``trust_env=False``, explicit CA). For an authority that
is not a Microsoft host (the emulator) ``instance_discovery=False``.

MSAL reports failures as error dicts, ``ValueError`` (tenant discovery, in the
constructor) or exceptions; ``auth_error_from_result`` / ``_translate`` turn
each into one ``AuthError`` (keeping the AADSTS code, trace id and correlation
id) or ``ConnectivityError``. Neither the key nor a token is ever logged.
"""
from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import msal
import requests

from marlib.errors import AuthError, ConnectivityError, MarlibError
from marlib.graph.client import pause, probing
from marlib.graph.errors import connectivity_error, is_retryable_proxy_failure
from marlib.graph.session import make_session, session_proxy

log = logging.getLogger(__name__)

GRAPH_SCOPE = "https://graph.microsoft.com/.default"
MICROSOFT_GRAPH_HOSTS = frozenset({"graph.microsoft.com", "graph.microsoft.us",
                                   "dod-graph.microsoft.us", "microsoftgraph.chinacloudapi.cn"})
_AADSTS = re.compile(r"AADSTS(\d+)")
_HTTP_STATUS = re.compile(r"HTTP Error: (\d{3})")
_GUIDISH = r"[0-9a-fA-F-]{36}"


def is_microsoft_authority(authority: str) -> bool:
    """True for login.microsoftonline.com and the national clouds MSAL knows."""
    from msal.authority import WELL_KNOWN_AUTHORITY_HOSTS
    return (urlsplit(authority).hostname or "").lower() in WELL_KNOWN_AUTHORITY_HOSTS


def scope_for(graph_url: str) -> str:
    """``{graph}/.default`` for a Microsoft Graph cloud; the global scope otherwise (emulator)."""
    parts = urlsplit(graph_url)
    if (parts.hostname or "").lower() in MICROSOFT_GRAPH_HOSTS:
        return f"https://{parts.hostname}/.default"
    return GRAPH_SCOPE


class TokenProvider:
    """Bearer tokens for Graph, cached in memory by MSAL; thread safe."""

    def __init__(self, *, client_id: str, tenant_id: str, authority: str, private_key_pem: str,
                 thumbprint: str, passphrase: bytes | str | None = None,
                 session: requests.Session | None = None, ca_file: str | None = None,
                 scope: str = GRAPH_SCOPE, retries: int = 2,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.client_id = client_id
        self.tenant_id = tenant_id
        self.authority_url = f"{authority.rstrip('/')}/{tenant_id}"
        self.scope = scope
        self._credential: dict[str, Any] = {"private_key": private_key_pem,
                                            "thumbprint": thumbprint.upper()}
        if passphrase:
            self._credential["passphrase"] = (passphrase.decode("utf-8")
                                              if isinstance(passphrase, bytes) else passphrase)
        self.session = session or make_session(ca_file=ca_file)
        self._app: msal.ConfidentialClientApplication | None = None
        self._lock = threading.Lock()
        self.retries, self._sleep = retries, sleep

    def __repr__(self) -> str:  # never the key
        return f"TokenProvider(client_id={self.client_id!r}, authority={self.authority_url!r})"

    @classmethod
    def from_settings(cls, settings: Any, *, session: requests.Session | None = None,
                      **kw: Any) -> TokenProvider:
        """From ``marlib.settings.MailboxSettings`` (reads and checks the key file). Without a
        ``session``, one with the settings' CA bundle and proxy (MSAL goes through the proxy too)."""
        pem, passphrase = settings.read_key()
        session = session or make_session(ca_file=settings.ca_file, proxies=settings.proxies())
        return cls(client_id=settings.client_id, tenant_id=settings.tenant_id,
                   authority=settings.authority, private_key_pem=pem,
                   thumbprint=settings.thumbprint, passphrase=passphrase, session=session,
                   scope=scope_for(settings.graph_url), **kw)

    def token(self, *, force_refresh: bool = False) -> str:
        """An access token (from MSAL's memory cache unless expired or ``force_refresh``).

        Entra being unreachable, busy or throttling is retried ``retries`` times with a fresh
        MSAL app (MSAL itself never retries and caches the failure); TLS failures and a proxy
        that wants credentials or refuses the tunnel are not, and neither is anything inside a probe
        (``marlib.graph.client.probe``: the check after an outage, whose failure is its answer)."""
        retries = 0 if probing() else self.retries
        for attempt in range(retries + 1):
            try:
                return self._token_once(force_refresh)
            except ConnectivityError as exc:
                if attempt >= retries or exc.code == "SSLError" or not is_retryable_proxy_failure(exc):
                    raise
                log.info("token request failed (%s); retrying", exc.message)
                self.invalidate()
                pause(0.5 * 2 ** attempt, self._sleep, "token request not sent again")   # a run's stop ends it
        raise AssertionError("unreachable")

    def _token_once(self, force_refresh: bool) -> str:
        with self._lock:
            if force_refresh:
                self._app = None  # a fresh app has an empty cache
            app = self._application()
            try:
                result = app.acquire_token_for_client(scopes=[self.scope])
            except MarlibError:
                raise
            except Exception as exc:  # noqa: BLE001 - MSAL raises many kinds; translate once
                raise self._translate(exc) from None
        if not result or "access_token" not in result:
            raise error_from_result(result or {}, client_id=self.client_id,
                                    tenant_id=self.tenant_id, authority=self.authority_url)
        log.debug("token for %s from %s (%s)", self.client_id, self.authority_url,
                  result.get("token_source", "identity_provider"))
        return result["access_token"]

    __call__ = token

    def invalidate(self) -> None:
        with self._lock:
            self._app = None

    def _application(self) -> msal.ConfidentialClientApplication:
        if self._app is None:
            try:
                self._app = msal.ConfidentialClientApplication(
                    self.client_id, client_credential=self._credential,
                    authority=self.authority_url, http_client=self.session,
                    token_cache=msal.TokenCache(),
                    instance_discovery=None if is_microsoft_authority(self.authority_url)
                    else False)
            except Exception as exc:  # noqa: BLE001
                raise self._translate(exc) from None
        return self._app

    def _translate(self, exc: BaseException) -> MarlibError:
        if isinstance(exc, requests.RequestException):
            return connectivity_error(exc, self.authority_url,
                                      getattr(self.session, "default_timeout", None),
                                      proxy=session_proxy(self.session))
        body = _discovery_error_body(exc)
        if body is not None:
            return error_from_result(body, client_id=self.client_id, tenant_id=self.tenant_id,
                                     authority=self.authority_url)
        if isinstance(exc, msal.exceptions.MsalServiceError) or "HTTP Error" in str(exc):
            # MSAL's "HTTP Error: 503": the status is kept (a 5xx counts toward a run's early stop)
            status = _HTTP_STATUS.search(str(exc))
            return ConnectivityError(
                f"The Entra token endpoint at {self.authority_url} failed: {exc}",
                advice="check whether Microsoft Entra ID is operational; try again later",
                code=type(exc).__name__, service="Entra", host=urlsplit(self.authority_url).netloc or None,
                **({"status": int(status.group(1))} if status else {}))
        text = str(exc).split("\n")[0][:300]
        if "Unable to get authority configuration" in text or "invalid_instance" in text:
            return AuthError(f"The authority {self.authority_url} is not an Entra endpoint: {text}",
                             advice="check the authority URL and the Tenant ID",
                             code="authority")
        if isinstance(exc, (ValueError, TypeError)) and ("key" in text.lower()
                                                         or "password" in text.lower()):
            return AuthError("The private key cannot be used to sign the client assertion",
                             advice="upload the certificate's private key again (and its "
                                    "passphrase, if it has one)", code="invalid_key")
        return AuthError(f"Getting a token from {self.authority_url} failed: {text}",
                         advice="run Check Connection", code=type(exc).__name__)


# Entra throttling (429, MSAL hands the error body back): waited out by the token provider's retries
_THROTTLED = frozenset({"ApplicationThrottled", "TooManyRequests", "throttled"})
# Entra saying in its JSON error body that it cannot serve the request now (the error-code table of Microsoft
# Entra's token endpoint: "temporarily_unavailable: the server is temporarily too busy"). MSAL returns that
# body without the HTTP status, so it is flagged ``server_error``: it counts toward a run's early stop
# for an outage like a 5xx (is_server_error), not as a per-copy failure
_UNAVAILABLE = frozenset({"temporarily_unavailable", "ServiceUnavailable"})


def error_from_result(result: dict[str, Any], *, client_id: str = "", tenant_id: str = "",
                      authority: str = "") -> MarlibError:
    """An MSAL result without a token -> ConnectivityError when Entra is busy or throttling
    (429 / temporarily_unavailable: the latter a server error of Entra), else AuthError
    (``auth_error_from_result``)."""
    error = result.get("error")
    code = error.get("code") if isinstance(error, dict) else error
    if code in _UNAVAILABLE:
        said = re.split(r"\r?\n|\s+Trace ID:", str(result.get("error_description") or ""), maxsplit=1)[0].strip()
        return ConnectivityError(
            f"Entra answered {code} to the token request at {authority}" + (f": {said}" if said else ""),
            advice="check whether Microsoft Entra ID is operational (Microsoft 365 service health); try again later",
            code=str(code), service="Entra", host=urlsplit(authority).netloc or None, server_error=True,
            trace_id=result.get("trace_id"), correlation_id=result.get("correlation_id"))
    if code in _THROTTLED:
        return ConnectivityError(
            f"The Entra token endpoint {authority} is throttling or temporarily unavailable "
            f"({code})", advice="wait a minute and try again; check Microsoft 365 service health",
            code=str(code))
    if isinstance(error, dict):
        result = {**result, "error": code or "error",
                  "error_description": result.get("error_description") or error.get("message")}
    return auth_error_from_result(result, client_id=client_id, tenant_id=tenant_id)


def auth_error_from_result(result: dict[str, Any], *, client_id: str = "",
                           tenant_id: str = "") -> AuthError:
    """An MSAL/Entra error dict -> AuthError(code "AADSTS<n>", aadsts, trace_id, correlation_id)."""
    desc = str(result.get("error_description") or "")
    codes = result.get("error_codes") or []
    m = _AADSTS.search(desc)
    aadsts = int(codes[0]) if codes else (int(m.group(1)) if m else None)
    first = re.split(r"\r?\n|\s+Trace ID:", desc, maxsplit=1)[0].strip()
    trace = result.get("trace_id") or _field(desc, "Trace ID")
    corr = result.get("correlation_id") or _field(desc, "Correlation ID")
    error = result.get("error") or "error"
    message = first or f"Entra refused the token request: {error}"
    return AuthError(message, advice=_advice(aadsts),
                     code=f"AADSTS{aadsts}" if aadsts is not None else error, aadsts=aadsts,
                     error=error, trace_id=trace, correlation_id=corr, description=first,
                     client_id=client_id, tenant_id=tenant_id)


def _advice(aadsts: int | None) -> str:
    return {
        700016: "fix the Client ID (or the Tenant ID it belongs to)",
        90002: "fix the Tenant ID",
        700027: "check the thumbprint, the private key and the certificate's expiry",
        700024: "check this machine's clock",
    }.get(aadsts or 0, "check the app registration and run Check Connection")


def _field(desc: str, name: str) -> str | None:
    m = re.search(rf"{name}:\s*({_GUIDISH})", desc)
    return m.group(1) if m else None


def _discovery_error_body(exc: BaseException) -> dict[str, Any] | None:
    """MSAL's tenant discovery raises ValueError("... Error: {json}") (chained inside the
    'Unable to get authority configuration' ValueError): recover Entra's error body."""
    cur: BaseException | None = exc
    for _ in range(4):
        if cur is None:
            break
        text = str(cur)
        if "OIDC Discovery failed" in text and "Error:" in text:
            raw = text.split("Error:", 1)[1].strip()
            try:
                body = json.loads(raw)
            except ValueError:
                m = _AADSTS.search(raw)
                return {"error": "invalid_request", "error_description": raw[:500]} if m else None
            return body if isinstance(body, dict) else None
        cur = cur.__cause__ or cur.__context__
    return None
