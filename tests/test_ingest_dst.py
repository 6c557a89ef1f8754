"""File-shaped ESA logs across a daylight-saving change: each line is read with the `Time offset from UTC` in force
where it stands (esa-logs.md: that line is the only zone information a file gives), also when the offset line is
in an earlier batch or an earlier run, and a file that starts without one uses the offset last seen."""
from __future__ import annotations

import calendar
import datetime as dt
import os

import pytest

from marlib.ingest.api import ingest_paths
from marlib.store import Store
from tests.ingest_helpers import file_line, header, message, rows, write_lines

EDT, EST = -14400, -18000   # US Eastern summer / winter time, seconds from UTC
# 2025-11-02: at 06:00 UTC local time goes from 02:00 EDT back to 01:00 EST
CHANGE = calendar.timegm((2025, 11, 2, 6, 0, 0))
BEFORE, AFTER = CHANGE - 40 * 60, CHANGE + 20 * 60   # 01:20 local, both of them: 05:20 and 06:20 UTC


def _local(utc: int, offset: int) -> int:
    """The epoch whose UTC reading is the local time (file_line writes time.gmtime of it)."""
    return utc + offset


def _utc(epoch: int) -> dt.datetime:
    return dt.datetime(1970, 1, 1) + dt.timedelta(seconds=epoch)


def _received(store: Store) -> dict[int, dt.datetime]:
    return dict(rows(store, "SELECT mid, received_at FROM messages"))


def _scanner(monkeypatch, scanner: str) -> None:
    monkeypatch.setenv("MARLIB_SCANNER_MIN_BYTES", "1" if scanner == "compiled" else str(1 << 40))


def _dst_file(path):
    lines = header(_local(BEFORE - 60, EDT), EDT) + message(100, _local(BEFORE, EDT), ["a@corp.example"])
    lines.append(file_line(_local(CHANGE, EST), f"Time offset from UTC: {EST} seconds"))
    lines += message(101, _local(AFTER, EST), ["b@corp.example"])
    return write_lines(path, lines)


@pytest.mark.parametrize("chunk", [None, "700"], ids=["one-batch", "small-batches"])
@pytest.mark.parametrize("scanner", ["sql", "compiled"])
def test_an_offset_line_within_a_file_applies_from_there_on(tmp_path, monkeypatch, scanner, chunk):
    """01:20 local before the change is 05:20 UTC, 01:20 local after it is 06:20 UTC."""
    _scanner(monkeypatch, scanner)
    if chunk:
        monkeypatch.setenv("MARLIB_INGEST_CHUNK_BYTES", chunk)
    store = Store(tmp_path / "db.duckdb")
    ingest_paths(store, [_dst_file(tmp_path / "mail.current")])
    assert _received(store) == {100: _utc(BEFORE), 101: _utc(AFTER)}
    assert rows(store, "SELECT tz_offset_s FROM ingest_files") == [[EST]]


def test_lines_appended_after_an_offset_change_keep_the_new_offset(tmp_path):
    """The part appended since the last run has no header: the offset last read in the file holds."""
    path = tmp_path / "mail.current"
    lines = _dst_file(path).read_text().splitlines()
    store = Store(tmp_path / "db.duckdb")
    cut = len(lines) - len(message(101, 0, ["b@corp.example"]))
    write_lines(path, lines[:cut])
    ingest_paths(store, [path])
    write_lines(path, lines[cut:], mode="a")
    later = message(102, _local(AFTER + 3600, EST), ["c@corp.example"])
    write_lines(path, later, mode="a")
    ingest_paths(store, [path])
    assert _received(store) == {100: _utc(BEFORE), 101: _utc(AFTER), 102: _utc(AFTER + 3600)}


def test_a_file_starting_without_an_offset_line_uses_the_offset_last_seen(tmp_path):
    """A log's tail copied out (`tail -n`), or a part split off a rotated log, has lines but no header: it was
    read as UTC (offset 0), its times off by the appliance's offset (5 h here), unless --tz-offset was given.
    It now takes the offset last seen in the appliance's file-shaped logs, and says so."""
    store = Store(tmp_path / "db.duckdb")
    ingest_paths(store, [_dst_file(tmp_path / "mail.@20251102T000000.s")])
    tail = write_lines(tmp_path / "tail.log", message(103, _local(AFTER + 7200, EST), ["d@corp.example"]))
    os.utime(tail, (CHANGE + 9000, CHANGE + 9000))
    s = ingest_paths(store, [tail])
    assert _received(store)[103] == _utc(AFTER + 7200)
    assert s.offsets_assumed == [{"path": str(tail), "tz_offset_s": EST}]
    assert any(w.startswith(f"{tail} has no `Time offset from UTC` line") for w in s.warnings())
    assert rows(store, "SELECT tz_offset_s FROM ingest_files WHERE path = ?", [str(tail)]) == [[EST]]
    # a given --tz-offset wins over the one assumed; a file with its own header line needs neither
    other = Store(tmp_path / "other.duckdb")
    ingest_paths(other, [tmp_path / "mail.@20251102T000000.s"])
    given = ingest_paths(other, [tail], tz_offset_s=EDT)
    assert (_received(other)[103], given.offsets_assumed) == (_utc(AFTER + 7200 - 3600), [])
    alone = Store(tmp_path / "alone.duckdb")   # nothing seen before: UTC, as before
    assert ingest_paths(alone, [tail]).offsets_assumed == []
    assert _received(alone)[103] == _utc(AFTER + 7200 + EST)
