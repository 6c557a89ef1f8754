"""Appliance-style logs under ``<data_dir>/logs/``: ``mail_logs`` (run start) and ``mar`` (per action).

Seed, "Viewing Logs": the time at which the mailbox remediation process started
is posted to Mail Logs; remediation status, actions and errors go to the
Mailbox Auto Remediation log (``mar``). Lines follow the appliance's file
shape (``Sat Nov 28 04:35:00 2026 Info: ...``) and files rotate by size.
"""
from __future__ import annotations

import logging
import logging.handlers
import threading
import time
from pathlib import Path
from typing import Any

MAX_BYTES = 10 * 1024 * 1024
BACKUP_COUNT = 5
_handlers: dict[str, logging.Handler] = {}
_lock = threading.Lock()


class _ApplianceFormatter(logging.Formatter):
    """``Sat Nov 28 04:35:00 2026 Info: message`` in UTC."""
    converter = time.gmtime

    def format(self, record: logging.LogRecord) -> str:
        level = {"WARNING": "Warning", "ERROR": "Critical", "CRITICAL": "Critical",
                 "DEBUG": "Debug"}.get(record.levelname, "Info")
        return f"{time.strftime('%a %b %d %H:%M:%S %Y', time.gmtime(record.created))} {level}: " \
               f"{record.getMessage()}"


def _logger(name: str, logs_dir: Path | None, max_bytes: int, backups: int) -> logging.Logger:
    logger = logging.getLogger(f"marlib.{name}")
    if logs_dir is None:
        return logger
    path = (logs_dir / f"{name}.log").resolve()
    with _lock:
        key = str(path)
        if key not in _handlers:
            path.parent.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups,
                                                           encoding="utf-8")
            handler.setFormatter(_ApplianceFormatter())
            handler.setLevel(logging.INFO)
            _handlers[key] = handler
        handler = _handlers[key]
        if handler not in logger.handlers:
            logger.addHandler(handler)
        if logger.level == logging.NOTSET or logger.level > logging.INFO:
            logger.setLevel(logging.INFO)
        logger.propagate = False   # the file is the record; the console keeps its own level
    return logger


def _quote(value: Any) -> str:
    text = "" if value is None else str(value)
    for raw, escaped in (("\\", "\\\\"), ("'", "\\'"), ("\n", "\\n"), ("\r", "\\r")):
        text = text.replace(raw, escaped)
    return "'" + text + "'"


class MarLog:
    """Writes the ``mail_logs`` start line and one ``mar`` line per action outcome."""

    def __init__(self, logs_dir: Path | None, *, max_bytes: int = MAX_BYTES,
                 backup_count: int = BACKUP_COUNT) -> None:
        self.logs_dir = logs_dir
        self.mail = _logger("mail_logs", logs_dir, max_bytes, backup_count)
        self.mar = _logger("mar", logs_dir, max_bytes, backup_count)

    def run_started(self, run_id: str, mode: str, tenant: str, sha256s: list[str], planned: int) -> None:
        """The mail_logs line when a run starts."""
        self.mail.info("Mailbox Auto Remediation started: run %s mode %s tenant %s for %d copies, "
                       "SHA256: %s", run_id, mode, tenant, planned, ", ".join(sha256s) or "-")

    def outcome(self, row: dict[str, Any]) -> None:
        """One mar line: status, action, recipient, file name, SHA-256, reason."""
        level = logging.INFO if row.get("status") != "failed" else logging.WARNING
        self.mar.log(level, "MAR %s: action %s status %s recipient %s mailbox %s file %s SHA256 %s "
                     "reason %s MID %s Message-ID %s action_id %s%s",
                     row.get("status"), row.get("action"), row.get("status"), _quote(row.get("recipient")),
                     _quote(row.get("mailbox")), _quote(row.get("filename")), row.get("sha256"),
                     row.get("reason"), row.get("mid"), _quote(row.get("message_id")), row.get("action_id"),
                     f" detail {_quote(row['detail'])}" if row.get("detail") else "")

    def not_found(self, recipient: str) -> None:
        """The seed's only public MAR line, kept verbatim."""
        self.mar.info("Message containing attachment(s) for which verdict update was(were) available was "
                      "not found in the recipient's (%s) mailbox.", recipient)


def for_store(store: Any) -> MarLog:
    """A MarLog writing under the store's data directory (none for an in-memory store)."""
    logs_dir = None if getattr(store, "memory", True) else Path(store.data_dir) / "logs"
    return MarLog(logs_dir)
