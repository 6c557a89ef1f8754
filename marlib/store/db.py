"""The DuckDB store.

DuckDB lets one process hold a database file at a time; a second process gets
``Could not set lock on file``. The app, ``marlib watch`` and a one-off CLI
command still work side by side because every unit of work opens a short
connection through :meth:`Store.connect`, which retries on the lock for a
bounded time (logging that it waits) and then raises StoreLockedError.
"""
from __future__ import annotations

import logging
import os
import random
import re
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from marlib.errors import StoreError, StoreLockedError

log = logging.getLogger(__name__)

DEFAULT_LOCK_WAIT_S = 30.0
_MIGRATION_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")


def default_db_path() -> Path:
    """``MARLIB_DB`` if set, else ``data/marlib.duckdb`` under the current directory."""
    return Path(os.environ.get("MARLIB_DB") or Path("data") / "marlib.duckdb")


# duckdb.connect on one file from several threads at once can trip over DuckDB's in-process
# instance cache ("Unique file handle conflict ... already attached"): connects are serialised
# per process, and that transient error is retried like another process's lock.
_CONNECT_LOCK = threading.Lock()
_TRANSIENT = ("Could not set lock", "Conflicting lock", "Unique file handle conflict", "already attached")


MEMORY_LIMIT_ENV = "MARLIB_MEMORY_LIMIT"


def _config() -> dict[str, str]:
    """DuckDB settings from the environment: ``MARLIB_MEMORY_LIMIT`` (``2GB``, ``512MB``, ``50%``) caps
    the memory DuckDB uses before it spills to ``<database>.tmp`` (DuckDB's default is 80% of RAM)."""
    limit = (os.environ.get(MEMORY_LIMIT_ENV) or "").strip()
    return {"memory_limit": limit} if limit else {}


def _connect(target: str) -> duckdb.DuckDBPyConnection:
    config = _config()
    if config.get("memory_limit", "").startswith("-"):
        raise _bad_limit(config, "a negative size")
    try:
        con = duckdb.connect(target, config=config)
    except (duckdb.ParserException, duckdb.InvalidInputException, duckdb.OutOfMemoryException) as exc:
        if not config:   # a setting DuckDB refuses, or one too small to open the database with
            raise
        raise _bad_limit(config, str(exc).splitlines()[0]) from exc
    # every stored time is naive UTC: now() and a cast of a TIMESTAMPTZ follow the session's zone, which is
    # the machine's by default (an ingest run would "finish" hours before it started on a machine in New York)
    con.execute("SET GLOBAL TimeZone = 'UTC'")
    return con


def _bad_limit(config: dict[str, str], why: str) -> StoreError:
    return StoreError(f"{MEMORY_LIMIT_ENV}={config['memory_limit']!r} cannot be used ({why})",
                      advice="give a size such as 2GB, 512MB or 50% (of RAM), at least a few hundred MB, "
                             "or unset it")


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc)
    return any(marker in text for marker in _TRANSIENT)


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """BEGIN ... COMMIT on ``con``; on any exception (Ctrl-C included) a :func:`rollback`, and the exception
    goes on."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
        con.execute("COMMIT")
    except BaseException:
        rollback(con)
        raise


@contextmanager
def ctrl_c_held() -> Iterator[None]:
    """Hold a Ctrl-C (SIGINT) that lands inside the block until the block has ended, then raise it: for a short
    write that must not be cut in two (a record of work done outside the database, which would otherwise be
    done and not recorded). Signals reach the main thread only; elsewhere the block runs as it is."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []
    try:
        before = signal.signal(signal.SIGINT, lambda signum, frame: held.append(signum))
    except ValueError:   # not the main interpreter
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before)
        if held:
            if callable(before):
                before(signal.SIGINT, None)   # Python's default handler raises KeyboardInterrupt
            elif before != signal.SIG_IGN:
                raise KeyboardInterrupt


def rollback(con: duckdb.DuckDBPyConnection) -> None:
    """ROLLBACK for an ``except`` block that re-raises: when there is no transaction left (a Ctrl-C after
    DuckDB finished the COMMIT, or one that aborted the COMMIT) there is nothing to undo, and the ROLLBACK's
    own error must not replace the exception being handled."""
    try:
        con.execute("ROLLBACK")
    except duckdb.TransactionException as exc:
        if "no transaction is active" not in str(exc):
            raise


class Store:
    """A DuckDB database file (or ``":memory:"``) with migrations applied on first use.

    ``data_dir`` (the file's folder) holds the state that lives beside the
    database: keys/, logs/, the emulator's CA, and so on; whatever belongs to one database is named after
    the file (``keys/<db name>.mailbox-key.pem``, ``logs/<db name>.mar.log``), as a folder may hold several.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, *,
                 lock_wait_s: float = DEFAULT_LOCK_WAIT_S,
                 on_wait: Callable[[str], None] | None = None) -> None:
        raw = str(path) if path is not None else str(default_db_path())
        self.memory = raw == ":memory:"
        self.path = Path(raw) if not self.memory else None
        self.lock_wait_s = lock_wait_s
        self.on_wait = on_wait
        self._migrated = False
        self._mem_con: duckdb.DuckDBPyConnection | None = None
        self._mem_lock = threading.RLock()
        self._open: set[duckdb.DuckDBPyConnection] = set()   # the connections in use now (for interrupt)
        self._open_lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Store({':memory:' if self.memory else str(self.path)!r})"

    @property
    def data_dir(self) -> Path:
        if self.memory or self.path is None:
            raise StoreError("An in-memory store has no data directory",
                             advice="open the store on a file with --db FILE")
        return self.path.parent

    def exists(self) -> bool:
        return self.memory or bool(self.path and self.path.exists())

    # -- connections -------------------------------------------------------
    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A short-lived connection; migrations are applied the first time."""
        if self.memory:
            with self._mem_lock:
                if self._mem_con is None:
                    self._mem_con = _connect(":memory:")
                    _migrate(self._mem_con)
                cur = self._mem_con.cursor()
                try:
                    with self._in_use(cur):
                        yield cur
                finally:
                    cur.close()
            return
        con = self._open_with_wait()
        try:
            with self._in_use(con):
                if not self._migrated:
                    _migrate(con)
                    self._migrated = True
                yield con
        finally:
            con.close()

    @contextmanager
    def _in_use(self, con: duckdb.DuckDBPyConnection) -> Iterator[None]:
        with self._open_lock:
            self._open.add(con)
        try:
            yield
        finally:
            with self._open_lock:
                self._open.discard(con)

    def interrupt(self) -> int:
        """Interrupt the query each connection of this store in use now is running (another thread's, as a
        process ends: a thread left inside DuckDB when Python exits aborts the process); the query raises
        there, its transaction rolls back. Returns how many connections were told."""
        with self._open_lock:
            cons = list(self._open)
        for con in cons:
            try:
                con.interrupt()
            except duckdb.Error:   # closed meanwhile: nothing left to stop
                pass
        return len(cons)

    def _open_with_wait(self) -> duckdb.DuckDBPyConnection:
        assert self.path is not None
        if self.path.is_dir():   # DuckDB would say "Is a directory" and the advice a backup
            raise StoreError(f"Cannot open database {self.path}: it is a folder, not a database file",
                             advice=f"give the database file's path, e.g. {self.path / 'marlib.duckdb'} "
                                    "(--db or MARLIB_DB)")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + self.lock_wait_s
        delay, told = 0.05, False
        while True:
            try:
                with _CONNECT_LOCK:
                    return _connect(str(self.path))
            except duckdb.Error as exc:
                if not _is_lock_error(exc):
                    raise StoreError(f"Cannot open database {self.path}: {exc}",
                                     advice="check the path, or restore the file from a backup") from exc
                if time.monotonic() >= deadline:
                    raise StoreLockedError(
                        f"Database {self.path} is busy: another marlib process held it for "
                        f"{self.lock_wait_s:.0f} s", advice="wait for the other command to finish, "
                        "or stop `marlib watch` / the app, then try again") from exc
                if not told:
                    msg = f"waiting for {self.path}: another marlib process is using it"
                    log.info(msg)
                    if self.on_wait:
                        self.on_wait(msg)
                    told = True
                time.sleep(delay * (0.5 + random.random()))
                delay = min(delay * 2, 0.5)

    # -- small helpers -----------------------------------------------------
    def query_df(self, sql: str, params: list | tuple | dict | None = None):
        """Run a SELECT with bound parameters and return a pandas DataFrame."""
        with self.connect() as con:
            return con.execute(sql, params or []).df()

    def query_one(self, sql: str, params: list | tuple | dict | None = None):
        with self.connect() as con:
            return con.execute(sql, params or []).fetchone()

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self.query_one("SELECT value FROM settings WHERE key = ?", [key])
        return row[0] if row else default

    def set_setting(self, key: str, value: str | None) -> None:
        with self.connect() as con:
            if value is None:
                con.execute("DELETE FROM settings WHERE key = ?", [key])
            else:
                con.execute("INSERT OR REPLACE INTO settings(key, value, updated_at) "
                            "VALUES (?, ?, now())", [key, value])


def named_params(*parts: dict[str, Any]) -> dict[str, Any]:
    """The named (``$name``) parameters of a query made of several parts, each giving its own: a name two
    parts give different values is a bug (one would silently win), raised as ValueError."""
    out: dict[str, Any] = {}
    for part in parts:
        for name, value in part.items():
            if name in out and out[name] != value:
                raise ValueError(f"SQL parameter ${name} given two values: {out[name]!r} and {value!r}")
            out[name] = value
    return out


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) for every numbered file in marlib/store/migrations, in order."""
    out = []
    for entry in resources.files("marlib.store.migrations").iterdir():
        m = _MIGRATION_NAME.match(entry.name)
        if m:
            out.append((int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    return sorted(out)


def _migrate(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("CREATE TABLE IF NOT EXISTS schema_migrations("
                "version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP DEFAULT now())")
    done = {r[0] for r in con.execute("SELECT version FROM schema_migrations").fetchall()}
    for version, name, sql in migrations():
        if version in done:
            continue
        with transaction(con):
            con.execute(sql)
            con.execute("INSERT INTO schema_migrations(version, name) VALUES (?, ?)", [version, name])
        log.info("applied migration %03d_%s", version, name)
