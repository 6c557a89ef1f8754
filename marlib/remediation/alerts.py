"""Alerts: "Connectivity issues between marlib and Microsoft Exchange services detected".

Seed, "Alerts": an info-level alert when marlib cannot reach Exchange Online and
so cannot perform the configured remedial action. Raised once per outage (not
once per failed call) and cleared when calls succeed again; stored in the
``alerts`` table and listed by ``python -m marlib alerts``.
"""
from __future__ import annotations

import logging
import threading
import time
import uuid

import pandas as pd

from marlib.remediation.journal import utcnow
from marlib.store import Store

log = logging.getLogger(__name__)

CONNECTIVITY = "connectivity"
CONNECTIVITY_MESSAGE = "Connectivity issues between marlib and Microsoft Exchange services detected"
CONNECTIVITY_ADVICE = ("Check the network and firewall, that the application has access to Microsoft Graph, "
                       "that the mailbox settings are valid (Check Connection), and whether Exchange Online "
                       "is operational.")


class AlertBook:
    """Raises and clears the connectivity alert; one store write per transition, not per call."""

    def __init__(self, store: Store | None, *, quiet_s: float = 60.0) -> None:
        self.store = store
        self.quiet_s = quiet_s    # a success clears the alert only this long after the last failure
        self._lock = threading.Lock()
        self._last_failure: float | None = None
        self._open: str | None = self._load_open() if store is not None else None

    def _load_open(self) -> str | None:
        row = self.store.query_one("SELECT alert_id FROM alerts WHERE kind = ? AND cleared_at IS NULL "
                                   "ORDER BY raised_at DESC LIMIT 1", [CONNECTIVITY])
        return row[0] if row else None

    @property
    def connectivity_open(self) -> bool:
        return self._open is not None

    def connectivity_failed(self, detail: str) -> None:
        """A call could not reach the service: raise the alert unless it is already open."""
        with self._lock:
            self._last_failure = time.monotonic()
            if self._open is not None:
                return
            self._open = uuid.uuid4().hex
            log.info("%s: %s", CONNECTIVITY_MESSAGE, detail)
            if self.store is not None:
                self._write("INSERT INTO alerts(alert_id, kind, level, message, detail, raised_at) "
                            "VALUES (?, ?, 'info', ?, ?, ?)",
                            [self._open, CONNECTIVITY, CONNECTIVITY_MESSAGE, detail[:2000], utcnow()])

    def connectivity_ok(self) -> None:
        """A call succeeded: clear an open connectivity alert (unless other calls failed just now:
        with part of the calls failing the outage is not over, and the alert must not flap)."""
        if self._open is None:
            return
        with self._lock:
            if self._open is None:
                return
            if self._last_failure is not None and time.monotonic() - self._last_failure < self.quiet_s:
                return
            alert_id, self._open = self._open, None
            log.info("connectivity to Microsoft Exchange services restored")
            if self.store is not None:
                self._write("UPDATE alerts SET cleared_at = ? WHERE kind = ? AND cleared_at IS NULL",
                            [utcnow(), CONNECTIVITY])
            del alert_id

    def _write(self, sql: str, params: list) -> None:
        """Store an alert transition; a store that cannot be written (locked) is logged, and the
        remediation call that raised or cleared the alert goes on (a failure never aborts it)."""
        try:
            with self.store.connect() as con:
                con.execute(sql, params)
        except Exception as exc:  # StoreLockedError, duckdb errors
            log.warning("could not store the connectivity alert transition: %s", exc)


def list_alerts(store: Store, *, open_only: bool = False) -> pd.DataFrame:
    """Stored alerts, newest first."""
    where = "WHERE cleared_at IS NULL" if open_only else ""
    return store.query_df(f"SELECT alert_id, kind, level, message, detail, raised_at, cleared_at "
                          f"FROM alerts {where} ORDER BY raised_at DESC")
