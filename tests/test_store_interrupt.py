"""A Ctrl-C that lands once DuckDB has finished a COMMIT: the interrupt goes on, not a ROLLBACK error."""
from __future__ import annotations

import contextlib

import duckdb
import pytest

from marlib.ingest.api import ingest_paths
from marlib.store import Store, transaction
from tests.ingest_helpers import header, message, rows, write_lines

T0 = 1_763_000_000


def test_transaction_passes_on_an_interrupt_after_its_commit(tmp_path):
    con = duckdb.connect(str(tmp_path / "t.duckdb"))
    con.execute("CREATE TABLE t (x INTEGER)")
    with pytest.raises(KeyboardInterrupt):
        with transaction(con):
            con.execute("INSERT INTO t VALUES (1)")
            con.execute("COMMIT")      # as DuckDB had committed when the Ctrl-C arrived
            raise KeyboardInterrupt
    with pytest.raises(ValueError):
        with transaction(con):
            con.execute("INSERT INTO t VALUES (2)")
            raise ValueError("rolled back")
    assert con.execute("SELECT list(x) FROM t").fetchone()[0] == [1]


class _CtrlCAfterCommit:
    """A connection whose COMMIT completes and is then hit by a Ctrl-C (as ``timeout -s INT`` did it)."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self._con = con
        con.execute("SET python_scan_all_frames = true")   # ingest's replacement scans of its local variables

    def execute(self, sql, *args):
        out = self._con.execute(sql, *args)
        if sql == "COMMIT":
            raise KeyboardInterrupt
        return out

    def __getattr__(self, name):
        return getattr(self._con, name)


def test_ingest_interrupted_after_its_commit_raises_the_interrupt_and_keeps_the_file(tmp_path, monkeypatch):
    log = tmp_path / "mail.log"
    write_lines(log, header(T0) + message(1000, T0 + 5, ["u@corp.example"]))
    store = Store(tmp_path / "db.duckdb")
    with store.connect():
        pass                                               # migrated before the connection is wrapped
    real = Store.connect

    @contextlib.contextmanager
    def connect(self):
        with real(self) as con:
            yield _CtrlCAfterCommit(con)

    monkeypatch.setattr(Store, "connect", connect)
    with pytest.raises(KeyboardInterrupt):
        ingest_paths(store, [log])
    monkeypatch.undo()
    assert rows(store, "SELECT count(*) FROM messages") == [[1]]   # the file was complete when it landed
    assert ingest_paths(store, [log]).messages == 0


def test_a_sigterm_held_in_a_short_write_is_raised_after_it_also_when_sigint_is_ignored():
    """The CLI takes a SIGTERM as a Ctrl-C through SIGINT's handler of the moment (marlib.cli._sigterm_as_ctrl_c);
    inside ctrl_c_held that handler holds it. With SIGINT ignored (a command started in a script's background)
    the held one was dropped after the block, so SIGTERM did not stop the command."""
    import signal

    from marlib.store.db import ctrl_c_held
    before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        with pytest.raises(KeyboardInterrupt):
            with ctrl_c_held():
                signal.getsignal(signal.SIGINT)(signal.SIGTERM, None)   # what the CLI's SIGTERM handler does
        with ctrl_c_held():   # a Ctrl-C held while SIGINT is ignored stays ignored
            signal.getsignal(signal.SIGINT)(signal.SIGINT, None)
    finally:
        signal.signal(signal.SIGINT, before)
