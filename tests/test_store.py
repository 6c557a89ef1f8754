"""The store: numbered migrations applied once, bounded lock wait across processes."""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from marlib.errors import StoreError, StoreLockedError
from marlib.store import Store
from marlib.store.db import migrations

ROOT = Path(__file__).resolve().parents[1]


def test_migrations_are_numbered_and_applied_once(tmp_path):
    store = Store(tmp_path / "m.duckdb")
    with store.connect() as con:
        applied = [r[0] for r in con.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()]
    assert applied == [v for v, _, _ in migrations()]
    assert applied == sorted(set(applied))
    # a second Store on the same file applies nothing new
    again = Store(tmp_path / "m.duckdb")
    n = again.query_one("SELECT count(*) FROM schema_migrations")[0]
    assert n == len(applied)


def test_settings_round_trip_with_bound_parameters(tmp_path):
    store = Store(tmp_path / "s.duckdb")
    hostile = "x'); DROP TABLE messages; --"
    store.set_setting("k", hostile)
    assert store.get_setting("k") == hostile
    assert store.query_one("SELECT count(*) FROM messages")[0] == 0
    store.set_setting("k", None)
    assert store.get_setting("k", "default") == "default"


def _hold_lock(path, seconds=None):
    """Another process holding the database: ``seconds``, or (None) until a line on its stdin."""
    code = textwrap.dedent(f"""
        import duckdb, sys, time
        con = duckdb.connect({str(path)!r})
        print("locked", flush=True)
        {"sys.stdin.readline()" if seconds is None else f"time.sleep({seconds})"}
        con.close()
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_waits_for_another_process_then_proceeds(tmp_path):
    path = tmp_path / "w.duckdb"
    Store(path).query_one("SELECT 1")
    # held until the store says it waits (it was 1.5 s: a test process not scheduled for that long after
    # "locked" found the database free, never waited, and failed on `told`)
    holder = _hold_lock(path)
    told = []

    def waiting(message: str) -> None:
        told.append(message)
        holder.stdin.write("go\n")
        holder.stdin.flush()
    try:
        store = Store(path, lock_wait_s=30, on_wait=waiting)
        assert store.query_one("SELECT count(*) FROM messages")[0] == 0
    finally:
        holder.stdin.close()
        holder.wait()
    assert told and "another marlib process" in told[0]


def test_gives_up_with_a_clear_error_after_the_bounded_wait(tmp_path):
    path = tmp_path / "l.duckdb"
    Store(path).query_one("SELECT 1")
    holder = _hold_lock(path, 30)
    try:
        with pytest.raises(StoreLockedError) as err:
            Store(path, lock_wait_s=0.5).query_one("SELECT 1")
        assert "busy" in err.value.message and err.value.advice
    finally:
        holder.kill()
        holder.wait()


def test_memory_limit_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("MARLIB_MEMORY_LIMIT", "512MB")
    store = Store(tmp_path / "m.duckdb")
    with store.connect() as con:
        assert con.execute("SELECT current_setting('memory_limit')").fetchone()[0] == "488.2 MiB"
    monkeypatch.setenv("MARLIB_MEMORY_LIMIT", "lots")
    with pytest.raises(StoreError, match="MARLIB_MEMORY_LIMIT='lots' cannot be used") as err:
        with store.connect():
            pass
    assert "2GB" in err.value.advice
    monkeypatch.setenv("MARLIB_MEMORY_LIMIT", "-1GB")   # DuckDB would take it as "no limit given"
    with pytest.raises(StoreError, match="a negative size"):
        with store.connect():
            pass


def test_running_out_of_memory_is_a_clear_cli_error(tmp_path):
    env = dict(os.environ, MARLIB_MEMORY_LIMIT="10KB")
    proc = subprocess.run([sys.executable, "-m", "marlib", "--db", str(tmp_path / "m.duckdb"), "ingest",
                           str(ROOT / "data" / "sample" / "esa"), "--json"], capture_output=True, text=True,
                          env=env, cwd=ROOT)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    last = json.loads(proc.stdout.strip().splitlines()[-1])
    assert last["ok"] is False and "MARLIB_MEMORY_LIMIT" in last["message"] + last["advice"]
    assert "memory" in last["message"]


def test_a_bad_memory_limit_is_a_clear_cli_error(tmp_path):
    env = dict(os.environ, MARLIB_MEMORY_LIMIT="lots")
    proc = subprocess.run([sys.executable, "-m", "marlib", "--db", str(tmp_path / "m.duckdb"), "ingest",
                           str(tmp_path), "--json"], capture_output=True, text=True, env=env, cwd=ROOT)
    assert proc.returncode != 0
    last = json.loads(proc.stdout.strip().splitlines()[-1])
    assert last["ok"] is False and "MARLIB_MEMORY_LIMIT" in last["message"], proc.stdout
    assert "Traceback" not in proc.stderr


def test_the_logs_marlib_writes_are_the_ones_the_store_calls_its_own(tmp_path):
    """marlog names the files, ingest leaves them out of a folder walk: both ask the store."""
    from marlib.remediation.marlog import MarLog, for_store
    store = Store(tmp_path / "esa1.duckdb")
    log = for_store(store)
    log.mail.info("run started")
    log.mar.info("MAR line")
    MarLog(store.logs_dir).mar.info("a shared mar.log of marlib before per-database logs")
    written = sorted(p.name for p in store.logs_dir.iterdir())
    assert written == ["esa1.mail_logs.log", "esa1.mar.log", "mail_logs.log", "mar.log"]
    assert all(store.is_own_log(store.logs_dir / name) for name in written + ["esa2.mar.log.3"])
    assert not store.is_own_log(tmp_path / "esa1.mar.log")            # not in the logs folder
    assert not store.is_own_log(store.logs_dir / "mail.current")       # an ESA log kept there
    with pytest.raises(StoreError):
        Store(":memory:").logs_dir


def test_times_the_database_stamps_itself_are_utc_on_a_machine_in_another_zone(tmp_path):
    """Every stored time is UTC (the journal's, the logs'); DuckDB's now() gave the machine's local time, so on
    a machine in New York an ingest run "finished" five hours before it started (started_at is UTC, from
    Python; finished_at was now()), and so were rejects, policies and appliances stamped."""
    db, records = tmp_path / "tz.duckdb", tmp_path / "r.jsonl"
    records.write_text('{"mid": 1, "recipient": "a@corp.example", "sha256": "' + "ab" * 32 + '"}\n'
                       '{"mid": "x", "recipient": "b@corp.example"}\n')
    env = {**os.environ, "TZ": "America/New_York", "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    subprocess.run([sys.executable, "-m", "marlib", "--db", str(db), "ingest", "--format", "records", str(records)],
                   env=env, check=True, capture_output=True, timeout=120)
    started, finished, rejected = Store(db).query_one(
        "SELECT r.started_at, r.finished_at, (SELECT max(ingested_at) FROM ingest_rejects) FROM ingest_runs r")
    assert started <= finished < started + dt.timedelta(minutes=5)
    assert started <= rejected <= finished
