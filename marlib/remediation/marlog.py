"""Appliance-style logs under ``<data_dir>/logs/``: ``mail_logs`` (run start) and ``mar`` (per action).

Seed, "Viewing Logs": the time at which the mailbox remediation process started
is posted to Mail Logs; remediation status, actions and errors go to the
Mailbox Auto Remediation log (``mar``). Lines follow the appliance's file
shape (``Sat Nov 28 04:35:00 2026 Info: ...``) and files rotate by size.

A database's files are named after it (``logs/<db name>.mar.log``), so two databases in one folder
(``esa1.duckdb``, ``esa2.duckdb``) do not write each other's runs into one log; ``log_files`` also lists the
folder's shared ``mar.log`` of marlib before that, whose older lines stay readable. Each file has a logger
of its own, so two stores opened in one process (a notebook) write only to their own files.
"""
from __future__ import annotations

import hashlib
import logging
import logging.handlers
import sys
import threading
import time
from pathlib import Path
from typing import Any

from marlib.errors import StoreError
from marlib.store.db import MAIL_LOG, MAR_LOG

log = logging.getLogger(__name__)

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


def _logger(name: str, logs_dir: Path | None, max_bytes: int, backups: int, prefix: str = "") -> logging.Logger:
    if logs_dir is None:
        return logging.getLogger(f"marlib.{name}")
    path = (logs_dir / f"{prefix}{name}.log").resolve()
    # a logger per file: one shared by all the files opened in a process wrote every store's lines to all of them
    logger = logging.getLogger(f"marlib.{name}.{hashlib.sha1(str(path).encode()).hexdigest()[:12]}")
    with _lock:
        key = str(path)
        if key not in _handlers:
            handler = _open_handler(path, max_bytes, backups)
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


class _LogFile(logging.handlers.RotatingFileHandler):
    """The log file's handler. A line that cannot be written (a full disk, a rotation in a folder no longer
    writable) is said once as a warning, with the fix, and again only when the cause changes or after the file
    was written again; logging's own handling printed a traceback for every line of a run."""

    failing: str | None = None   # why the last line could not be written; None while lines are written

    def emit(self, record: logging.LogRecord) -> None:
        self._failed = False
        super().emit(record)
        if not self._failed and self.failing is not None:
            log.warning("%s is written again", self.baseFilename)
            self.failing = None

    def handleError(self, record: logging.LogRecord) -> None:   # noqa: N802 - logging's name
        self._failed = True
        exc = sys.exc_info()[1]
        why = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        if why != self.failing:
            self.failing = why
            log.warning("cannot write %s: %s; the outcomes are still kept in the database's journal (`runs`, "
                        "`report`): free space on its disk or make its folder writable", self.baseFilename, why)


def _open_handler(path: Path, max_bytes: int, backups: int) -> logging.Handler:
    """The file's handler; StoreError naming the file and the fix when it cannot be made or opened for appending (a
    folder not writable by the user running marlib, a file or folder in the way): a run must not start without its
    MAR log, nor fail after acting with a traceback."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return _LogFile(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
    except OSError as exc:
        in_the_way = next((f" ({p} is a file)" for p in (path.parent, *path.parent.parents)
                           if p.exists() and not p.is_dir()), "")
        raise StoreError(f"Cannot write the remediation log {path}: {exc.strerror or exc}{in_the_way}",
                         advice=f"make {path.parent} a folder the user running marlib can write to (it holds the "
                                "Mailbox Auto Remediation and mail_logs logs beside the database), then run again; "
                                "no mailbox was touched") from None


def _quote(value: Any) -> str:
    text = "" if value is None else str(value)
    for raw, escaped in (("\\", "\\\\"), ("'", "\\'"), ("\n", "\\n"), ("\r", "\\r")):
        text = text.replace(raw, escaped)
    return "'" + text + "'"


class MarLog:
    """Writes the ``mail_logs`` start line and one ``mar`` line per action outcome."""

    def __init__(self, logs_dir: Path | None, *, max_bytes: int = MAX_BYTES,
                 backup_count: int = BACKUP_COUNT, prefix: str = "") -> None:
        """``prefix``: put before the file names (``esa1.`` -> ``esa1.mar.log``), see ``for_store``."""
        self.logs_dir = logs_dir
        self.mail = _logger(MAIL_LOG, logs_dir, max_bytes, backup_count, prefix)
        self.mar = _logger(MAR_LOG, logs_dir, max_bytes, backup_count, prefix)

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
    """A MarLog writing ``<data_dir>/logs/<db name>.mar.log`` and ``.mail_logs.log`` (none for an in-memory
    store)."""
    if getattr(store, "memory", True):
        return MarLog(None)
    return MarLog(store.logs_dir, prefix=store.log_prefix)


def log_files(store: Any, name: str) -> list[Path]:
    """The store's ``name`` log files (``mar`` or ``mail_logs``), newest first: its own, rotated ones after the
    current, then the folder's shared ones of marlib before per-database logs (older lines, which may also hold
    another database's in the same folder)."""
    logs = store.logs_dir
    own = sorted(logs.glob(f"{store.log_prefix}{name}.log*"), key=_rotation_index)
    legacy = sorted(logs.glob(f"{name}.log*"), key=_rotation_index)
    return own + legacy


def _rotation_index(path: Path) -> int:
    suffix = path.name.rsplit(".", 1)[-1]
    return int(suffix) if suffix.isdigit() else 0
