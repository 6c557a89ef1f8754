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
LOCK_WAIT_ENV = "MARLIB_DB_LOCK_WAIT"   # seconds to wait for another process's hold on the file (default above)
# marlib's own appliance-style logs under <data dir>/logs/ (marlib.remediation.marlog writes them):
# <db name>.mar.log and <db name>.mail_logs.log, rotated to .log.N; the folder's shared mar.log/mail_logs.log
# are those of marlib before per-database logs
MAR_LOG, MAIL_LOG = "mar", "mail_logs"
_OWN_LOG_RE = re.compile(rf"(?:.+\.)?(?:{MAR_LOG}|{MAIL_LOG})\.log(?:\.\d+)?")
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
    # the store keeps UTC (naive TIMESTAMP): now() written into a TIMESTAMP column is in the session's time zone,
    # the machine's by default, which put ingest runs, settings and policies in local time beside UTC
    con.execute("SET TimeZone = 'UTC'")
    return con


def _bad_limit(config: dict[str, str], why: str) -> StoreError:
    return StoreError(f"{MEMORY_LIMIT_ENV}={config['memory_limit']!r} cannot be used ({why})",
                      advice="give a size such as 2GB, 512MB or 50% (of RAM), at least a few hundred MB, "
                             "or unset it")


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc)
    return any(marker in text for marker in _TRANSIENT)


# DuckDB's words for a file it cannot open or write (the OS's error, after the path)
_NOT_ALLOWED = ("Permission denied", "Operation not permitted", "Read-only file system")
_NO_SPACE = ("No space left on device", "Disk quota exceeded", "File too large")
_WRITE_FAILED = ("Cannot open file", "Could not write", "Could not read", "Could not truncate",
                 "Could not fsync", "invalidated", *_NOT_ALLOWED, *_NO_SPACE)


def _is_write_error(exc: Exception, path: Path) -> bool:
    """DuckDB could not write the database (its file, the .wal or .tmp beside it, or a full disk), as opposed to
    a file a query reads (a records file: its own error, said by ingest)."""
    text = str(exc)
    ours = str(path) in text or "invalidated" in text or any(marker in text for marker in _NO_SPACE)
    return ours and not _is_lock_error(exc) and any(marker in text for marker in _WRITE_FAILED)


def _file_advice(path: Path, text: str) -> str | None:
    """What to do when DuckDB cannot open or write ``path`` (or the ``.wal`` beside it), by the OS's reason; None
    when the reason is none of these (a damaged file, say)."""
    folder = path.parent
    if any(marker in text for marker in _NOT_ALLOWED):
        return (f"run marlib as a user who can write {path} and its folder {folder} (DuckDB writes {path.name}.wal "
                f"there on each change), or make them writable for this one (chown/chmod; check `lsattr` and a "
                f"read-only mount too), then run the command again")
    if any(marker in text for marker in _NO_SPACE):
        return (f"free space on the disk holding {folder} (`df -h {folder}`), then run the command again; a "
                "remediation or ingest cut short there is resumed by running it again")
    if "Cannot open file" in text:
        return (f"check that {folder} can be written to (DuckDB writes {path.name}.wal there) and has free space, "
                "then run the command again")
    return None


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
            elif before != signal.SIG_IGN or signal.SIGTERM in held:   # a SIGTERM the CLI takes as a Ctrl-C
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
                 lock_wait_s: float | None = None,
                 on_wait: Callable[[str], None] | None = None) -> None:
        raw = str(path) if path is not None else str(default_db_path())
        self.memory = raw == ":memory:"
        self.path = Path(raw) if not self.memory else None
        self._lock_wait_s = lock_wait_s   # None: MARLIB_DB_LOCK_WAIT, else DEFAULT_LOCK_WAIT_S (read when waiting)
        self.on_wait = on_wait
        self._migrated = False
        self._mem_con: duckdb.DuckDBPyConnection | None = None
        self._mem_lock = threading.RLock()
        self._open: set[duckdb.DuckDBPyConnection] = set()   # the connections in use now (for interrupt)
        self._open_lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Store({':memory:' if self.memory else str(self.path)!r})"

    def _file(self) -> Path:
        if self.memory or self.path is None:
            raise StoreError("An in-memory store has no data directory",
                             advice="open the store on a file with --db FILE")
        return self.path

    @property
    def data_dir(self) -> Path:
        return self._file().parent

    @property
    def logs_dir(self) -> Path:
        """``<data dir>/logs``: marlib's own logs, ``<log_prefix><MAR_LOG or MAIL_LOG>.log``."""
        return self.data_dir / "logs"

    @property
    def log_prefix(self) -> str:
        """``<db name>.``: what this database's log file names start with."""
        return f"{self._file().stem}."

    def is_own_log(self, path: Path) -> bool:
        """True for one of marlib's own logs in this store's folder (this database's, another's beside it, or
        the shared ones of before): ESA-framed lines, none of them a message or verdict line."""
        if self.memory or not _OWN_LOG_RE.fullmatch(path.name):
            return False
        try:
            return path.parent.resolve() == self.logs_dir.resolve()
        except OSError:
            return False

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
                    _migrate(con, where=str(self.path))
                    self._migrated = True
                yield con
        except (duckdb.IOException, duckdb.TransactionException, duckdb.FatalException) as exc:
            if not _is_write_error(exc, self.path):
                raise
            raise self._write_error(exc) from exc
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

    def _write_error(self, exc: duckdb.Error) -> StoreError:
        """What a write DuckDB could not make (a commit whose ``.wal`` cannot be created in a folder the user cannot
        write to, a full disk) says: the file, the cause and the fix, instead of DuckDB's exception."""
        assert self.path is not None
        return StoreError(f"Cannot write to the database {self.path}: {str(exc).splitlines()[0]}; the change that "
                          "failed was not stored", advice=_file_advice(self.path, str(exc)) or (
                          f"check the disk and the folder {self.path.parent}, then run the command again"))

    @property
    def lock_wait_s(self) -> float:
        """Seconds a connect waits for another process's hold on the file: the value given, else
        ``MARLIB_DB_LOCK_WAIT`` (a script that retries on its own, on exit code 75, may want to wait less),
        else :data:`DEFAULT_LOCK_WAIT_S`. Read from the environment here rather than in the constructor, so that
        a bad value is an error the command line reports like any other."""
        if self._lock_wait_s is not None:
            return self._lock_wait_s
        raw = (os.environ.get(LOCK_WAIT_ENV) or "").strip()
        if not raw:
            return DEFAULT_LOCK_WAIT_S
        try:
            seconds = float(raw)
        except ValueError:
            seconds = -1.0
        if not 0 <= seconds < float("inf"):   # also NaN
            raise StoreError(f"{LOCK_WAIT_ENV}={raw!r} is not a number of seconds",
                             advice=f"set {LOCK_WAIT_ENV} to the seconds to wait for another marlib process "
                                    f"holding the database (default {DEFAULT_LOCK_WAIT_S:.0f}), or unset it")
        return seconds

    def _open_with_wait(self) -> duckdb.DuckDBPyConnection:
        assert self.path is not None
        if self.path.is_dir():   # DuckDB would say "Is a directory" and the advice a backup
            raise StoreError(f"Cannot open database {self.path}: it is a folder, not a database file",
                             advice=f"give the database file's path, e.g. {self.path / 'marlib.duckdb'} "
                                    "(--db or MARLIB_DB)")
        _check_duckdb_file(self.path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        wait_s = self.lock_wait_s
        deadline = time.monotonic() + wait_s
        delay, told = 0.05, False
        while True:
            try:
                with _CONNECT_LOCK:
                    return _connect(str(self.path))
            except duckdb.Error as exc:
                if not _is_lock_error(exc):
                    raise StoreError(f"Cannot open database {self.path}: {exc}",
                                     advice=_file_advice(self.path, str(exc))
                                     or "check the path, or restore the file from a backup") from exc
                if time.monotonic() >= deadline:
                    raise StoreLockedError(
                        f"Database {self.path} is busy: another marlib process held it for "
                        f"{wait_s:g} s", advice="wait for the other command to finish, "
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


# bytes 8-11 of a DuckDB database file (after a checksum): DuckDB opens some other files too (JSON, CSV) as a
# read-only view of them, where marlib's tables would go nowhere
_DUCKDB_MAGIC = b"DUCK"


def _check_duckdb_file(path: Path) -> None:
    """An existing file at ``path`` that is not a DuckDB database (a JSON, CSV or log file given as --db) is
    refused by name; an empty one is left to DuckDB's own message."""
    try:
        with path.open("rb") as f:
            head = f.read(12)
    except OSError:   # no file yet (DuckDB creates it), or one DuckDB will say it cannot open
        return
    if head and head[8:12] != _DUCKDB_MAGIC:
        raise StoreError(f"Cannot open database {path}: {path} is not a DuckDB database file",
                         advice="check --db / MARLIB_DB: give marlib's database file (e.g. data/marlib.duckdb), "
                                "or a new file name to create one")


def _check_schema(con: duckdb.DuckDBPyConnection, where: str) -> None:
    """Refuse a database marlib must not migrate: another program's DuckDB database (tables, none of them
    marlib's record of migrations), or one a newer marlib wrote (migrations this one does not know)."""
    tables = sorted(r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
        "UNION SELECT view_name FROM duckdb_views() WHERE database_name = current_database() AND NOT internal"
    ).fetchall())
    if not tables:
        return   # a new database
    if "schema_migrations" not in tables:
        shown = ", ".join(tables[:10]) + (", ..." if len(tables) > 10 else "")
        raise StoreError(f"Database {where} is not a marlib database: it holds other tables ({shown}) and no "
                         "marlib schema; it was left as it was",
                         advice="check --db / MARLIB_DB: give marlib's database file, or a new file name to "
                                "create one")
    newest = max((r[0] for r in con.execute("SELECT version FROM schema_migrations").fetchall()), default=0)
    known = migrations()[-1][0]
    if newest > known:
        raise StoreError(f"Database {where} was written by a newer marlib (schema version {newest}; this one "
                         f"knows up to {known}); it was left as it was",
                         advice="run the marlib version that wrote it (update this one: git pull, then pip install "
                                "-r requirements.txt), or give another --db")


def _migrate(con: duckdb.DuckDBPyConnection, where: str = ":memory:") -> None:
    _check_schema(con, where)
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
