"""Times the database writes itself (DuckDB's now()) are UTC, like every other time in it, whatever the
machine's time zone: on a server in New York an ingest run used to finish five hours before it started."""
from __future__ import annotations

import time

import pytest

from marlib.ingest.api import ingest_paths
from marlib.store import Store
from tests.ingest_helpers import file_line, header, write_lines

T0 = 1_763_000_000


@pytest.fixture
def new_york(monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_an_ingest_run_finishes_after_it_starts_on_a_machine_not_on_utc(tmp_path, new_york):
    store = Store(tmp_path / "m.duckdb")
    log = write_lines(tmp_path / "mail.current", header(T0) + [file_line(T0, "Start MID 1 ICID 1")])
    ingest_paths(store, [str(log)])
    started, finished = store.query_one("SELECT started_at, finished_at FROM ingest_runs")
    assert started <= finished
    assert (finished - started).total_seconds() < 600
    with store.connect() as con:
        assert con.execute("SELECT current_setting('TimeZone')").fetchone()[0] == "UTC"
