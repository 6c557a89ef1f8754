"""One exception tree for marlib.

    MarlibError                 anything a user can act on: message + advice
    |- InputError               bad arguments, files, values given by the user
    |  '- IngestError           a file that is not a log we can read
    |- StoreError               the DuckDB store
    |  '- StoreLockedError      another process held the file past the wait
    |- TenantLockedError        another run held the simulated tenant past the wait
    |- CertificateError         key / certificate checks
    |- SettingsError            mailbox settings missing or invalid
    |- AuthError                Entra token endpoint (keeps AADSTS code, trace and correlation ids)
    |- GraphError               Microsoft Graph (keeps status, code, request id)
    |  '- MailboxError          one mailbox operation, carries a remediation Reason
    '- ConnectivityError        network, TLS, timeout

Messages say what failed; ``advice`` says what to do next, in the seed's
troubleshooting words where one fits. Graph and MSAL failures are translated
once, at the graph/ boundary.
"""
from __future__ import annotations

from typing import Any


class MarlibError(Exception):
    """Base of every error marlib raises on purpose."""

    def __init__(self, message: str, *, advice: str | None = None, code: str | None = None,
                 **details: Any) -> None:
        super().__init__(message)
        self.message = message
        self.advice = advice
        self.code = code
        self.details = details

    def __str__(self) -> str:
        return self.message if not self.advice else f"{self.message} ({self.advice})"

    def as_dict(self) -> dict[str, Any]:
        """The error as JSON: ``error`` (its kind), ``message``, ``advice``, ``code`` and its details. A detail
        named like one of those (Entra's ``error``, say ``invalid_client``) is kept as ``service_<name>`` rather
        than replacing the standard key."""
        out: dict[str, Any] = {"error": type(self).__name__, "message": self.message, "advice": self.advice,
                               "code": self.code}
        for key, value in self.details.items():
            if _jsonable(value):
                out[f"service_{key}" if key in _STANDARD_KEYS else key] = value
        return out


_STANDARD_KEYS = frozenset({"error", "message", "advice", "code", "ok"})


def _jsonable(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool, list, dict))


class InputError(MarlibError):
    """A value, argument or file given by the user cannot be used."""


class IngestError(InputError):
    """A file is not a log or record file marlib can read."""


class StoreError(MarlibError):
    """The DuckDB store failed."""


class StoreLockedError(StoreError):
    """Another process held the database file longer than the bounded wait."""


class TenantLockedError(MarlibError):
    """Another run (another process, or another thread of this one) held the simulated tenant longer than
    the bounded wait (marlib.remediation.state_lock)."""


class CertificateError(MarlibError):
    """A private key or certificate is unusable."""


class SettingsError(MarlibError):
    """Mailbox settings are missing or invalid."""


class AuthError(MarlibError):
    """The token endpoint refused us; keeps aadsts, trace_id, correlation_id in details."""


class GraphError(MarlibError):
    """Microsoft Graph answered with an error; keeps status, code, request_id in details."""

    @property
    def status(self) -> int | None:
        return self.details.get("status")


class MailboxError(GraphError):
    """One mailbox operation failed; ``reason`` is a models.Reason value."""

    def __init__(self, message: str, *, reason: str, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.reason = reason


class ConnectivityError(MarlibError):
    """No answer: DNS, refused, reset, TLS failure or timeout."""
