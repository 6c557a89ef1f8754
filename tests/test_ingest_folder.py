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


def test_a_folder_of_records_read_as_logs_says_why_nothing_was_read(tmp_path):
    """A SIEM export folder ingested without --format records read nothing and said only "0 file(s) read"."""
    export = tmp_path / "siem"
    export.mkdir()
    (export / "deliveries.csv").write_text("mid,recipient\n1,a@corp.example\n")
    (export / "verdicts.jsonl").write_text('{"sha256": "' + "a" * 64 + '", "verdict": "MALICIOUS"}\n')
    store = Store(tmp_path / "m.duckdb")
    summary = ingest_paths(store, [export])
    assert summary.files == 0 and summary.records_passed_over == 2
    assert any("2 records file(s)" in w and "--format records" in w for w in summary.warnings())
    assert ingest_paths(store, [export], fmt="records").records_passed_over == 0
    logs = tmp_path / "esa"   # a log folder with a stray .json beside the logs: the logs were read, no warning
    logs.mkdir()
    (logs / "mail.current").write_text(LINES)
    (logs / "notes.json").write_text("{}")
    summary = ingest_paths(store, [logs])
    assert summary.files == 1 and not any("records file" in w for w in summary.warnings())


def test_records_beside_a_stray_non_log_file_still_get_the_format_records_warning(tmp_path):
    """A SIEM export folder that also holds a README (left out as no ESA log) read nothing: the left-out
    README hid the advice to read the records with --format records."""
    export = tmp_path / "siem"
    export.mkdir()
    (export / "deliveries.csv").write_text("mid,recipient\n1,a@corp.example\n")
    (export / "README.txt").write_text("exported from the SIEM\n")
    summary = ingest_paths(Store(tmp_path / "m.duckdb"), [export])
    assert summary.files == 0 and summary.records_passed_over == 1 and len(summary.skipped_files) == 1
    warnings = summary.warnings()
    assert any("1 records file(s)" in w and "--format records" in w for w in warnings), warnings


def test_a_pipe_is_named_as_such_not_as_a_missing_file(tmp_path):
    import os
    from marlib.errors import InputError
    pipe = tmp_path / "esa.pipe"
    os.mkfifo(pipe)
    with pytest.raises(InputError, match="not a file or a folder") as caught:
        ingest_paths(Store(tmp_path / "m.duckdb"), [pipe])
    assert "no such file" not in caught.value.message


def test_the_cli_names_each_left_out_file_once(tmp_path, capsys):
    """A damaged .gz in a log folder was said twice (a log WARNING on stderr, `left out` on stdout), each time
    with its path twice ("left out P: P: the .gz archive is damaged ...")."""
    import gzip
    import json
    from marlib.cli import main
    logs = tmp_path / "esa"
    logs.mkdir()
    (logs / "mail.current").write_text(LINES)
    whole = gzip.compress(LINES.encode() * 50)
    damaged = logs / "mail.@20261115T000000.s.gz"
    damaged.write_bytes(whole[: len(whole) // 2])
    assert main(["--db", str(tmp_path / "m.duckdb"), "ingest", str(logs), "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out.strip().splitlines()[-1])["skipped_files"][0]["path"] == str(damaged)
    said = [line for line in (out + err).splitlines() if damaged.name in line and not line.startswith("{")]
    assert len(said) == 1 and said[0].count(str(damaged)) == 1, said
    assert said[0].startswith(f"warning: left out {damaged}: "), said
    summary = ingest_paths(Store(tmp_path / "m2.duckdb"), [logs])   # the app shows the same warning
    assert [w for w in summary.warnings() if damaged.name in w] == [said[0].removeprefix("warning: ")]


def test_a_gz_found_damaged_after_its_first_batches_adds_no_lines_to_the_summary(tmp_path, monkeypatch):
    """A truncated .gz whose start reads well is left out when a later batch hits the damage, and nothing
    of it is stored; its batches read before that were still counted in `lines`, `parsed` and `bytes`."""
    import gzip
    logs = tmp_path / "esa"
    logs.mkdir()
    body = "".join(f"Mon Nov 16 09:00:00 2026 Info: Start MID {mid} ICID 5\n" for mid in range(1, 20_000))
    whole = gzip.compress((LINES + body).encode())
    (logs / "mail.@20261115T000000.s.gz").write_bytes(whole[: len(whole) * 2 // 3])
    (logs / "mail.current").write_text(LINES)
    monkeypatch.setenv("MARLIB_INGEST_CHUNK_BYTES", "65536")
    store = Store(tmp_path / "m.duckdb")
    summary = ingest_paths(store, [logs])
    assert [s["path"].rsplit("/", 1)[-1] for s in summary.skipped_files] == ["mail.@20261115T000000.s.gz"]
    assert (summary.files, summary.lines, summary.parsed, summary.ignored) == (1, 5, 3, 2)
    assert summary.bytes == len(LINES)
    with store.connect() as con:
        assert con.execute("SELECT count(*) FROM messages").fetchone()[0] == 1
