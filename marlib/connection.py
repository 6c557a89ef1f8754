"""Check Connection: get a token and reach one mailbox, explained like the seed.

``check_connection(store_or_settings, email)`` returns a ``CheckResult``
whose ``message`` and ``advice`` are the rows of the seed's troubleshooting
table ("Connection Errors"):

===================  ==========================================================
reason               message
===================  ==========================================================
not_in_domain        The SMTP address has no mailbox associated with it
unknown_client       Application with identifier '<client_id>' was not found in the directory <tenant_id>
unknown_tenant       No service namespace named '<tenant_id>' was found in the data store.
wrong_thumbprint     Error validating credentials. Credential validation failed
invalid_signature    Error validating credentials. Client assertion contains an invalid signature.
invalid_user         The requested user <email address> is invalid
unreachable          Connection Unsuccessful: <cause>
===================  ==========================================================

plus ``proxy_unreachable`` / ``proxy_auth`` / ``proxy_refused`` (the configured HTTP(S)
proxy is down, answers 407 Proxy Authentication Required, or refuses the tunnel:
"Connection Unsuccessful" with advice naming the proxy setting), ``tls_untrusted`` (the
server's certificate did not verify: "Connection Unsuccessful" with advice naming ``--ca-file``,
e.g. the emulator without its ca.pem, or a proxy that inspects TLS),
``invalid_proxy`` (the proxy setting is no http(s)://host:port URL),
``no_mailbox`` (user without an Exchange Online mailbox), ``access_denied``,
``settings_missing``, ``invalid_key`` and ``auth_failed`` for what the seed's
appliance could not tell apart. Entra's own text (AADSTS code, trace and
correlation ids) is kept in ``detail``.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

import requests

from marlib.errors import (AuthError, CertificateError, ConnectivityError, GraphError,
                           MailboxError, MarlibError, SettingsError)
from marlib.graph.client import RetryPolicy
from marlib.graph.errors import PROXY_ADVICE, TLS_UNTRUSTED_ADVICE
from marlib.graph.mail import probe_mailbox
from marlib.settings import PROXY_ERROR, MailboxSettings, load_settings
from marlib.tenant.graph import mailboxes_from_settings

log = logging.getLogger(__name__)

CONNECTION_UNSUCCESSFUL = "Connection Unsuccessful"
CONNECTION_SUCCESSFUL = "Connection Successful"
_SETTINGS_PAGE = "on the Mailbox Settings page (or with `python -m marlib settings set`)"

# The seed's table: reason -> (message template, advice). Keep the wording.
TROUBLESHOOTING: dict[str, tuple[str, str]] = {
    "not_in_domain": (
        "The SMTP address has no mailbox associated with it",
        "You have entered an email address that is not part of the associated mail domain. "
        "Enter a valid email address and check the connection again."),
    "unknown_client": (
        "Application with identifier '{client_id}' was not found in the directory {tenant_id}",
        f"You have entered an invalid Client ID. Modify the Client ID {_SETTINGS_PAGE} and check "
        "the connection again."),
    "unknown_tenant": (
        "No service namespace named '{tenant_id}' was found in the data store.",
        f"You have entered an invalid Tenant ID. Modify the Tenant ID {_SETTINGS_PAGE} and check "
        "the connection again."),
    "wrong_thumbprint": (
        "Error validating credentials. Credential validation failed",
        "You have entered an invalid certificate thumbprint. Modify the certificate thumbprint "
        f"{_SETTINGS_PAGE} and check the connection again."),
    "invalid_signature": (
        "Error validating credentials. Client assertion contains an invalid signature.",
        "You have entered an incorrect certificate thumbprint or you have uploaded an invalid or "
        "incorrect certificate private key. Verify that: you have entered the correct thumbprint; "
        "you have uploaded the correct certificate private key; the certificate private key is "
        "not expired; the time and time zone of this machine are correct."),
    "invalid_user": (
        "The requested user {email} is invalid",
        "The email address entered is incorrect or does not match with the mailbox settings. "
        "Enter a valid email address or modify the Mailbox Settings and check the connection "
        "again."),
    "unreachable": (
        CONNECTION_UNSUCCESSFUL + ": {cause}",
        "Check for network issues that might prevent the communication between marlib and "
        "Microsoft Exchange Online services (network settings, proxy, firewall rules), verify "
        "the configured parameters, and check whether Microsoft Exchange Online services are "
        "operational. If this network reaches the Internet through an HTTP(S) proxy, set it with "
        "`python -m marlib settings proxy URL` (or the Proxy field on the Mailbox Settings page)."),
    # beyond the seed's table
    "proxy_unreachable": (CONNECTION_UNSUCCESSFUL + ": {cause}", PROXY_ADVICE["proxy_unreachable"]),
    "proxy_auth": (CONNECTION_UNSUCCESSFUL + ": {cause}", PROXY_ADVICE["proxy_auth"]),
    "proxy_refused": (CONNECTION_UNSUCCESSFUL + ": {cause}", PROXY_ADVICE["proxy_refused"]),
    "tls_untrusted": (CONNECTION_UNSUCCESSFUL + ": {cause}", TLS_UNTRUSTED_ADVICE[0].upper() + TLS_UNTRUSTED_ADVICE[1:]
                      + "; then check the connection again."),
    "no_mailbox": (
        "The SMTP address has no mailbox associated with it",
        "The user {email} has no Exchange Online mailbox (unlicensed, inactive or on-premises). "
        "Enter the address of a user with an Exchange Online mailbox."),
    "access_denied": (
        "Access is denied. Check credentials and try again.",
        "Grant the application the Mail.ReadWrite and Mail.Send application permissions with "
        "admin consent, and check that no application access policy excludes this mailbox."),
}


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    reason: str          # "ok" or a key of TROUBLESHOOTING / settings_missing / invalid_key / auth_failed
    message: str
    advice: str
    detail: dict[str, Any] = field(default_factory=dict, compare=False)

    def as_dict(self) -> dict[str, Any]:
        """What ``check-connection --json`` prints (``mailbox``: the primary address of the mailbox reached,
        when it was reached; an alias given resolves to it)."""
        out = {"ok": self.ok, "reason": self.reason, "message": self.message, "advice": self.advice}
        if self.ok and self.detail.get("mailbox"):
            out["mailbox"] = self.detail["mailbox"]
        return out


def row(reason: str, **values: Any) -> tuple[str, str]:
    """(message, advice) of a troubleshooting row with its placeholders filled."""
    message, advice = TROUBLESHOOTING[reason]
    return message.format(**values), advice.format(**values)


def _result(reason: str, detail: dict[str, Any] | None = None, **values: Any) -> CheckResult:
    message, advice = row(reason, **values)
    return CheckResult(False, reason, message, advice, detail or {})


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def check_connection(store_or_settings: Any, email: str, *,
                     session: requests.Session | None = None,
                     timeout: float | tuple[float, float] = (10.0, 30.0)) -> CheckResult:
    """Get a token and reach ``email``'s mailbox; every failure explained (never raises for
    a connection problem)."""
    email = (email or "").strip()
    try:
        settings = (store_or_settings if isinstance(store_or_settings, MailboxSettings)
                    else load_settings(store_or_settings))
    except SettingsError as exc:
        return CheckResult(False, "settings_missing", exc.message, exc.advice or "")
    if not _EMAIL.match(email) or not settings.in_domains(email):
        return _result("not_in_domain", {"domains": list(settings.domains)}, email=email)
    try:
        boxes = mailboxes_from_settings(settings, session=session, timeout=timeout,
                                        retry=RetryPolicy(max_attempts=2, max_retry_after=10),
                                        token_retries=0)
    except (CertificateError, SettingsError) as exc:
        return CheckResult(False, "invalid_proxy" if exc.code == PROXY_ERROR else "invalid_key",
                           exc.message, exc.advice or "")
    try:
        assert boxes.tokens is not None
        boxes.tokens.token()
        if not isinstance(store_or_settings, MailboxSettings):   # as before a run: a domain's GUID, kept
            boxes.learn_tenant(store_or_settings)
        # as a run resolves a recipient: Graph's /users/{id | userPrincipalName} takes no alias, so an alias is
        # looked up in the directory and its user's primary address probed (as given when none is found)
        mailbox = boxes.primary_address(email) or email.lower()
        probe_mailbox(boxes.client, mailbox)
    except MarlibError as exc:
        result = explain(exc, settings, email)
        log.info("check connection %s: %s (%s)", email, result.reason, result.detail.get("code"))
        return result
    finally:
        boxes.close()
    log.info("check connection %s: ok", email)
    via = (f"the Graph emulator at {settings.graph_url}" if boxes.kind == "emulator"
           else "Microsoft Graph")
    whose = email if mailbox == email.lower() else f"{mailbox} (reached by its address {email})"
    return CheckResult(True, "ok", CONNECTION_SUCCESSFUL,
                       f"marlib reached the mailbox of {whose} through {via}",
                       {"kind": boxes.kind, "mailbox": mailbox})


def explain(exc: MarlibError, settings: MailboxSettings, email: str) -> CheckResult:
    """Map a token or Graph failure to its troubleshooting row."""
    values = {"client_id": settings.client_id, "tenant_id": settings.tenant_id, "email": email}
    detail = {k: v for k, v in exc.as_dict().items() if k not in ("advice",)}
    if isinstance(exc, ConnectivityError):
        reason = exc.details.get("proxy_failure") or \
            ("tls_untrusted" if exc.details.get("tls_failure") == "untrusted" else None)
        result = _result(reason if reason in TROUBLESHOOTING else "unreachable", detail, cause=exc.message)
        if reason == "proxy_auth" and exc.advice:   # credentials missing, or given and refused
            result = CheckResult(False, reason, result.message, exc.advice, result.detail)
        return result
    if isinstance(exc, AuthError):
        return _explain_auth(exc, detail, values)
    if isinstance(exc, MailboxError):
        if exc.code == "ErrorInvalidUser" or exc.code == "Request_ResourceNotFound":
            return _result("invalid_user", detail, **values)
        if exc.code == "MailboxNotEnabledForRESTAPI":
            return _result("no_mailbox", detail, **values)
        if exc.reason == "access_denied":
            return _result("access_denied", detail, **values)
        if exc.reason == "throttled":
            return _result("unreachable", detail, cause=exc.message)
    if isinstance(exc, (CertificateError, SettingsError)):
        return CheckResult(False, "invalid_key", exc.message, exc.advice or "", detail)
    if isinstance(exc, GraphError) and (exc.status or 0) == 401:
        return CheckResult(False, "auth_failed", exc.message, exc.advice or "", detail)
    return CheckResult(False, "auth_failed" if isinstance(exc, AuthError) else "graph_error",
                       exc.message, exc.advice or "", detail)


def _explain_auth(exc: AuthError, detail: dict[str, Any], values: dict[str, str]) -> CheckResult:
    aadsts = exc.details.get("aadsts")
    description = str(exc.details.get("description") or exc.message)
    if aadsts == 700016:
        return _result("unknown_client", detail, **values)
    if aadsts in (90002, 90023) or exc.details.get("error") == "invalid_tenant":
        return _result("unknown_tenant", detail, **values)
    if aadsts == 700027 and "key was not found" in description.lower():
        return _result("wrong_thumbprint", detail, **values)
    if aadsts in (700027, 700024, 7000274, 7000277):
        return _result("invalid_signature", detail, **values)
    if exc.code == "invalid_key":
        return CheckResult(False, "invalid_key", exc.message, exc.advice or "", detail)
    return CheckResult(False, "auth_failed", exc.message, exc.advice or "", detail)
