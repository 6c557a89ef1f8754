"""Graph error bodies and transport failures -> the MarlibError tree (one boundary).

Graph error body: ``{"error": {"code", "message", "innerError": {"request-id", ...}}}``
(samples/graph/graph_error_bodies.jsonl). Per-copy failures become
``MailboxError`` with a ``models.Reason``; 5xx after retries and
network/TLS/timeout failures become ``ConnectivityError``. A failure at the
HTTP(S) proxy (unreachable, 407 Proxy Authentication Required, tunnel refused)
is a ``ConnectivityError`` with ``proxy_failure`` in its details and advice that
names the proxy setting; the proxy's password is never repeated.
"""
from __future__ import annotations

import re
import ssl
from typing import Any
from urllib.parse import urlsplit

import requests

from marlib.errors import ConnectivityError, GraphError, MailboxError, MarlibError
from marlib.graph.session import mask_password
from marlib.models import REASON_TEXT, Reason

REASON_BY_CODE: dict[str, Reason] = {
    "ErrorInvalidUser": Reason.NOT_O365_USER,
    "MailboxNotEnabledForRESTAPI": Reason.NOT_O365_USER,
    "Request_ResourceNotFound": Reason.NOT_O365_USER,
    "ErrorItemNotFound": Reason.MESSAGE_NOT_FOUND,
    "ErrorCannotDeleteObject": Reason.DELETE_NOT_ALLOWED,
    "ErrorAccessDenied": Reason.ACCESS_DENIED,
    "Authorization_RequestDenied": Reason.ACCESS_DENIED,
    "AccessDenied": Reason.ACCESS_DENIED,
    "ApplicationThrottled": Reason.THROTTLED,
    "TooManyRequests": Reason.THROTTLED,
    "InvalidAuthenticationToken": Reason.AUTH_FAILED,
}
REASON_BY_STATUS: dict[int, Reason] = {401: Reason.AUTH_FAILED, 403: Reason.ACCESS_DENIED,
                                       429: Reason.THROTTLED}
ADVICE: dict[Reason, str] = {
    Reason.NOT_O365_USER: "check the address: it must be a user of the tenant with an Exchange "
                          "Online mailbox",
    Reason.MESSAGE_NOT_FOUND: "the message was deleted or moved by the user; nothing left to do",
    Reason.DELETE_NOT_ALLOWED: "the message is in a folder that refuses deletion "
                               "(Recoverable Items); it is already out of the user's reach",
    Reason.ACCESS_DENIED: "grant the app the Mail.ReadWrite and Mail.Send application "
                          "permissions with admin consent, and check application access policies",
    Reason.THROTTLED: "Graph throttled the mailbox past the retry budget; run again later",
    Reason.AUTH_FAILED: "run Check Connection (`python -m marlib check-connection ADDRESS`)",
}
SERVICE_ADVICE = ("check network connectivity, proxy and firewall rules to the Microsoft 365 "
                  "endpoints (where the way out is an HTTP(S) proxy, set it: `python -m marlib settings "
                  "proxy URL`), and whether Microsoft Exchange Online services are operational")

# server errors about one mailbox, not the service: 507 Insufficient Storage (the mailbox is over its quota). The
# copy fails for connectivity (tried again later, once there is room) but does not count toward an outage.
MAILBOX_SERVER_ERRORS = frozenset({507})
MAILBOX_FULL_ADVICE = ("free space in the mailbox or raise its quota (Exchange admin center); `remediate --pending` "
                       "and watch try the copy again")

_PROXY_SETTING = ("the proxy setting (`python -m marlib settings proxy URL`, or the Proxy field on the "
                  "Mailbox Settings page)")
PROXY_ADVICE: dict[str, str] = {
    "proxy_unreachable": (
        f"check {_PROXY_SETTING}: the host and port of your HTTP(S) proxy, and that the proxy runs and "
        "is reachable from this machine; `python -m marlib settings proxy --clear` if this network "
        "needs no proxy"),
    "proxy_auth": (
        f"the proxy wants a user name and password: give them in {_PROXY_SETTING} as "
        "http://USER:PASSWORD@host:port. marlib answers Basic proxy authentication only; for NTLM or "
        "Kerberos, ask the network team to let this machine reach the Entra and Graph hosts "
        "(login.microsoftonline.com, graph.microsoft.com) without proxy authentication"),
    # 407 although the setting gives a user and password: the proxy refused them
    "proxy_auth_rejected": (
        f"the proxy refused the user name and password in {_PROXY_SETTING}: check them (a password with "
        "@, : or / goes percent-encoded, or use the Proxy field on the Mailbox Settings page) and set "
        "them again. marlib answers Basic proxy authentication only; for NTLM or Kerberos, ask the network "
        "team to let this machine reach the Entra and Graph hosts without proxy authentication"),
    "proxy_refused": (
        "ask the network team to allow HTTPS (CONNECT to port 443) through the proxy to the Entra and "
        "Graph hosts (login.microsoftonline.com, graph.microsoft.com, or the configured authority and "
        f"Graph URLs), or change {_PROXY_SETTING}"),
}
# The server's certificate did not verify (unknown CA, expired, wrong host): the one fix that is ours is
# the CA bundle setting (a private CA, a proxy that inspects TLS, the emulator's ca.pem).
TLS_UNTRUSTED_ADVICE = (
    "this machine does not trust the server's certificate: give the CA that signed it with `python -m "
    "marlib settings set ... --ca-file FILE` (or Extra CA bundle on the Mailbox Settings page): for the "
    "marlib emulator its ca.pem (the ca_file it prints when it starts, in TENANT.emulator/); behind a proxy "
    "that inspects TLS, or with a private CA, that CA's PEM bundle. If the error says hostname mismatch "
    "or the certificate has expired, check the authority and Graph URLs instead")
TLS_ADVICE = ("the TLS handshake failed: check that the authority and Graph URLs point to HTTPS servers; "
              "if a proxy inspects TLS or you use the emulator, give its CA bundle with --ca-file")
# the kinds of failure that stop a run early (outage_kind): the service gave no answer, or answered 5xx
NO_ANSWER, SERVER_ERROR = "no_answer", "server_error"
_TUNNEL_STATUS = re.compile(r"Tunnel connection failed: (\d{3})([^'\")]*)")


def parse_error_body(body: Any) -> tuple[str | None, str, str | None]:
    """(code, message, request-id) from a Graph error body (or anything else)."""
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        err = body["error"]
        inner = err.get("innerError") or err.get("innererror") or {}
        rid = inner.get("request-id") if isinstance(inner, dict) else None
        return err.get("code"), str(err.get("message") or ""), rid
    if isinstance(body, (bytes, str)):
        return None, (body.decode("utf-8", "replace") if isinstance(body, bytes) else body)[:200], None
    return None, "", None


def translate_error(status: int, body: Any, *, method: str = "", url: str = "",
                    mailbox: str | None = None, request_id: str | None = None,
                    retry_after: float | None = None) -> MarlibError:
    """The one place a Graph error answer becomes a MarlibError."""
    code, text, rid = parse_error_body(body)
    request_id = request_id or rid
    where = _path_of(url)
    details: dict[str, Any] = {"status": status, "graph_code": code, "request_id": request_id,
                               "method": method, "path": where, "mailbox": mailbox}
    if retry_after is not None:
        details["retry_after"] = retry_after
    if status in MAILBOX_SERVER_ERRORS:   # the service answers; this mailbox cannot take the change now
        return ConnectivityError(
            f"Microsoft Graph answered {status} {code or ''} for {method} {where}: the mailbox"
            f"{' ' + mailbox if mailbox else ''} is over its storage quota ({text})".replace("  ", " "),
            advice=MAILBOX_FULL_ADVICE, code=code, service="Graph", host=urlsplit(url).netloc or None, **details)
    if status >= 500:   # an answer, but the service failed: counts toward a run's early stop (is_server_error)
        return ConnectivityError(
            f"Microsoft Graph answered {status} {code or ''} for {method} {where} "
            f"after retries: {text}".replace("  ", " "), advice=SERVICE_ADVICE, code=code,
            service="Graph", host=urlsplit(url).netloc or None, **details)
    reason = REASON_BY_CODE.get(code or "") or REASON_BY_STATUS.get(status)
    if reason is None and status == 404 and "/messages/" in where:
        reason = Reason.MESSAGE_NOT_FOUND
    if reason is None:
        return GraphError(f"Microsoft Graph answered {status} {code or ''} for {method} {where}: "
                          f"{text}", advice="this request was refused as malformed; report it with "
                          "the request id", code=code, **details)
    msg = f"{REASON_TEXT[reason]} ({code or status}: {text})" if text else REASON_TEXT[reason]
    return MailboxError(msg, reason=reason.value, advice=ADVICE.get(reason), code=code, **details)


def connectivity_error(exc: BaseException, url: str, timeout: Any = None, *,
                       proxy: str | None = None) -> ConnectivityError:
    """A requests/urllib3 failure -> ConnectivityError naming the host and the cause.
    ``proxy`` is the proxy the request went through (see ``session.session_proxy``)."""
    host = urlsplit(url).netloc or url
    if isinstance(exc, requests.exceptions.ProxyError):
        return _proxy_error(exc, host, proxy)
    if isinstance(exc, requests.exceptions.SSLError) or _has_cause(exc, ssl.SSLError):
        cause = f"TLS failure with {host}: {_root_text(exc)}"
        untrusted = _has_cause(exc, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(exc)
        return ConnectivityError(cause, advice=TLS_UNTRUSTED_ADVICE if untrusted else TLS_ADVICE,
                                 code=type(exc).__name__, host=host, cause=cause,
                                 tls_failure="untrusted" if untrusted else "handshake")
    # through a proxy, a connection it opened and then dropped (the proxy stopping, say) fails here, not as a
    # ProxyError: the cause names the proxy too, so the analyst knows it is on the way
    where = f"{host} through the proxy {mask_password(proxy)}" if proxy else host
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        cause = f"No connection to {where} within {_t(timeout, 0)} s"
    elif isinstance(exc, requests.exceptions.Timeout):
        cause = f"No answer from {where} within {_t(timeout, 1)} s"
    elif isinstance(exc, requests.exceptions.ConnectionError):
        cause = f"Cannot reach {where}: {_root_text(exc)}"
    else:
        cause = f"Request to {where} failed: {_root_text(exc)}"
    cause = mask_password(cause)
    return ConnectivityError(cause, advice=SERVICE_ADVICE, code=type(exc).__name__, host=host, cause=cause,
                             **({"proxy": mask_password(proxy)} if proxy else {}))


def _proxy_error(exc: BaseException, host: str, proxy: str | None) -> ConnectivityError:
    """The proxy refused the connection, asked for authentication (407) or refused the tunnel."""
    shown = f"the proxy {mask_password(proxy)}" if proxy else "the proxy"
    m = _TUNNEL_STATUS.search(str(exc))
    if m and m.group(1) == "407":
        kind = "proxy_auth"
        given = bool(proxy) and "@" in str(proxy).split("//", 1)[-1]   # the URL carries a user (and password)
        cause = (f"{shown[0].upper()}{shown[1:]} " + ("refused the user name and password given"
                                                      if given else "requires authentication")
                 + f" (407 Proxy Authentication Required) to open the tunnel to {host}")
        advice = PROXY_ADVICE["proxy_auth_rejected" if given else "proxy_auth"]
    elif m:
        kind = "proxy_refused"
        cause = (f"{shown[0].upper()}{shown[1:]} did not open the tunnel to {host}: "
                 f"{m.group(1)} {m.group(2).strip()}").rstrip()
    else:
        kind = "proxy_unreachable"
        cause = f"Cannot reach {shown}: {_root_text(exc)}"
    if kind != "proxy_auth":
        advice = PROXY_ADVICE[kind]
    cause = mask_password(cause)
    return ConnectivityError(cause, advice=advice, code="ProxyError", host=host,
                             cause=cause, proxy=mask_password(proxy) if proxy else None,
                             proxy_failure=kind)


def is_unreachable(err: BaseException) -> bool:
    """True when the service gave no answer at all: connection refused or reset, DNS, timeout, TLS, the proxy
    (what :func:`connectivity_error` translates). A 5xx after retries, or Entra answering that it is busy, is
    an answer: False."""
    return isinstance(err, ConnectivityError) and "cause" in err.details


def is_server_error(err: BaseException) -> bool:
    """True when the service answered, but with a server error (500, 502, 503, 504...) after the client's own
    retries: Graph (:func:`translate_error`) or Entra's token endpoint (its 5xx, or its JSON error
    ``temporarily_unavailable``, which MSAL hands back without the status: ``server_error`` in the details).
    Not 429 throttling (Retry-After is honoured), a 4xx answer about one mailbox or message, nor a server error
    about one mailbox (:data:`MAILBOX_SERVER_ERRORS`): those are per-copy outcomes."""
    if not isinstance(err, ConnectivityError):
        return False
    status = _int(err.details.get("status"))
    return (status >= 500 and status not in MAILBOX_SERVER_ERRORS) or err.details.get("server_error") is True


def outage_kind(err: BaseException) -> str | None:
    """How a failure counts toward a run's early stop for an outage: ``no_answer`` (:func:`is_unreachable`),
    ``server_error`` (:func:`is_server_error`), or None (an answer of its own: the streak of failures ends)."""
    if is_unreachable(err):
        return NO_ANSWER
    return SERVER_ERROR if is_server_error(err) else None


def _int(value: Any) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0


def is_retryable_proxy_failure(err: ConnectivityError) -> bool:
    """False when asking the proxy again cannot help (it wants credentials, or refuses the host)."""
    return err.details.get("proxy_failure") not in ("proxy_auth", "proxy_refused")


def is_safe_network_failure(exc: BaseException) -> bool:
    """True when the request certainly did not reach the server (retry is always safe)."""
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return True
    if isinstance(exc, requests.exceptions.SSLError):
        return False
    text = _root_text(exc)
    return isinstance(exc, requests.exceptions.ConnectionError) and (
        "NewConnectionError" in repr(exc) or "Connection refused" in text
        or "Name or service not known" in text or "Failed to resolve" in text)


def _has_cause(exc: BaseException, kind: type) -> bool:
    seen = 0
    cur: BaseException | None = exc
    while cur is not None and seen < 10:
        if isinstance(cur, kind):
            return True
        cur = cur.__cause__ or cur.__context__
        seen += 1
    return any(isinstance(a, kind) for a in getattr(exc, "args", ()))


def _root_text(exc: BaseException) -> str:
    """The innermost useful text of a requests/urllib3 exception chain."""
    cur: BaseException = exc
    reason = getattr(cur, "args", [None])[0] if cur.args else None
    reason = getattr(reason, "reason", reason)  # urllib3 MaxRetryError.reason
    text = str(reason or cur)
    for marker in ("[SSL:", "Connection refused", "Connection reset", "Remote end closed",
                   "timed out", "Name or service not known"):
        if marker in text:
            start = text.find(marker)
            return text[start:start + 160].rstrip(")'\"")
    return text[:200]


def _t(timeout: Any, idx: int) -> Any:
    if isinstance(timeout, (tuple, list)):
        return timeout[idx]
    return timeout


def _path_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "") if parts.scheme else url
