"""A log folder with a stray non-log file: the logs are ingested, the stray file is reported."""
from __future__ import annotations

import pytest

from marlib.errors import IngestError
from marlib.ingest.api import ingest_paths
from marlib.store import Store

LINES = (
    "Begin Logfile\n"
    "Time offset from UTC: 0 seconds\n"
    "Mon Nov 16 09:00:00 2026 Info: Start MID 6 ICID 5\n"
    "Mon Nov 16 09:00:00 2026 Info: MID 6 ICID 5 From: <a@remote.example>\n"
    "Mon Nov 16 09:00:01 2026 Info: MID 6 ICID 5 RID 0 To: <mary@corp.example>\n"
)


def test_a_stray_file_in_a_folder_is_left_out_and_reported(tmp_path):
    logs = tmp_path / "esa"
    logs.mkdir()
    (logs / "mail.current").write_text(LINES)
    (logs / "notes.txt").write_text("remember to rotate the logs\n")
    (logs / "core.bin").write_bytes(b"\x00\x01\x02" * 100)
    summary = ingest_paths(Store(tmp_path / "m.duckdb"), [logs])
    assert summary.messages == 1 and summary.files == 1
    left_out = sorted(s["path"].rsplit("/", 1)[-1] for s in summary.skipped_files)
    assert left_out == ["core.bin", "notes.txt"]
    assert all(s["reason"] for s in summary.skipped_files)


def test_a_named_non_log_file_is_still_an_error(tmp_path):
    stray = tmp_path / "notes.txt"
    stray.write_text("remember to rotate the logs\n")
    with pytest.raises(IngestError, match="notes.txt"):
        ingest_paths(Store(tmp_path / "m.duckdb"), [stray])
