"""The compiled scanner reads exactly what the SQL parser reads: same records, same counts, same rejects.

Each input is parsed twice inside DuckDB, once with the scanner (the lines it cannot read go to the SQL
parser) and once with every line sent to the SQL parser, and the stores must be equal.
"""
from __future__ import annotations

import gzip
from pathlib import Path

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marlib.ingest import esa
from marlib.ingest.esa_bytes import utf8_ok
from marlib.store import Store
from tests.test_ingest_hypothesis import BODIES, FRAMES, LINE

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "samples" / "esa"
TABLES = {"messages": "mid", "recipients": "mid, rid", "attachments": "mid, filename",
          "verdict_events": "event_key", "ingest_rejects": "line_no"}


# One migrated in-memory store per parser, reused: each parse is rolled back, leaving the store as migrated
# (no sequences, nothing kept outside the transaction), so it equals a fresh one without migrating per call.
STORES = {True: Store(":memory:"), False: Store(":memory:")}


def _parse(lines: list[str], scanner: bool) -> tuple[tuple, dict]:
    with STORES[scanner].connect() as con:
        con.execute("BEGIN TRANSACTION")
        ctx = esa.BatchContext(path="x.log", file_key="k", first_line_no=1, year=2024, prev_month=None,
                               tz_offset_s=None)
        esa.load_lines_from_list(con, lines, ctx, scanner=scanner)
        res = esa.parse_batch(con, ctx)
        tables = {t: con.execute(f"SELECT * EXCLUDE (ingested_at, run_id) FROM {t} ORDER BY {key}"
                                 if t == "ingest_rejects" else f"SELECT * FROM {t} ORDER BY {key}").fetchall()
                  for t, key in TABLES.items()}
        con.execute("ROLLBACK")
    return (res.lines, res.parsed, res.ignored, res.rejected), tables


def _same(lines: list[str]) -> None:
    fast, slow = _parse(lines, True), _parse(lines, False)
    assert fast[0] == slow[0]
    for table in TABLES:
        assert fast[1][table] == slow[1][table], table


def _lines_of(path: Path) -> list[str]:
    data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    return data.decode("utf-8", "replace").splitlines()


def test_committed_sample_reads_the_same():
    logs = sorted((ROOT / "data" / "sample" / "esa").rglob("*"))
    lines = [ln for p in logs if p.is_file() for ln in _lines_of(p)]
    assert len(lines) > 5000
    _same(lines)


def test_shared_samples_read_the_same():
    files = sorted(p for p in SHARED.glob("*") if p.suffix in (".txt", ".log")) if SHARED.is_dir() else []
    for path in files:
        _same(_lines_of(path))


# Each example parses several generated lists as one batch (a parse costs the same for 5 lines as for 50):
# fewer examples, as many generated lines checked as one list per example gave.
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(LINE, min_size=1, max_size=20), min_size=1, max_size=8))
def test_arbitrary_lines_read_the_same(lists):
    _same([line for lines in lists for line in lines])


FRAMED = st.tuples(st.sampled_from(FRAMES[:3]), st.sampled_from(BODIES),
                   st.text(max_size=40).filter(lambda t: "\n" not in t))


# Several (frame, body, tail) pairs per example, each body once so that one pair's line does not overwrite
# another's field of the same MID (which could hide a difference in the earlier line).
@settings(max_examples=20, deadline=None)
@given(st.lists(FRAMED, min_size=1, max_size=10, unique_by=lambda framed: framed[1]))
def test_framed_lines_read_the_same(pairs):
    _same([line for frame, body, tail in pairs for line in (frame + body + tail, frame + body + tail.upper())])


@given(st.binary(max_size=12))
def test_utf8_check_agrees_with_python(data):
    try:
        data.decode("utf-8")
        valid = True
    except UnicodeDecodeError:
        valid = False
    buf = np.frombuffer(b"<" + data + b">", dtype=np.uint8)
    assert utf8_ok(buf, 1, 1 + len(data)) == valid


def test_a_cut_reputation_line_with_an_unknown_disposition_is_rejected_with_its_text():
    line = ("Wed Nov 19 09:16:38 2014 Info: Response received for file reputation query from Cloud. "
            "File Name = 'a.pdf', MID = 5, Disposition = SOMETIMES, Malware = None, Analysis Score = 0, "
            f"sha256 = {'ab' * 32}, upload_action = 2")
    counts, tables = _parse(["Wed Nov 19 09:16:38 2014 Info: Begin Logfile", line], True)
    assert counts == (2, 0, 1, 1)
    assert [(r[2], r[3], r[4]) for r in tables["ingest_rejects"]] == [(2, line, "unknown disposition")]
    _same([line])


def test_values_edged_with_unicode_spaces_read_the_same():
    frame = "Wed Nov 19 09:16:38 2014 Info: "
    lines = [frame + "MID 1 ICID 2 RID 0 To: <a@b>"]
    for space in ("\u00a0", "\u3000", "\u2003"):
        lines += [frame + f"MID 1 RID [0] Response {space}'ok'", frame + f"MID 1 RID [0] Response 'ok'{space}",
                  frame + f"MID 1 Subject {space}'x'", frame + f"MID 1 AMP file reputation verdict : CLEAN{space}"]
    for i in range(0, len(lines) - 1, 2):
        _same([lines[0], *lines[1 + i:3 + i]])


def test_small_ingests_skip_the_scanner_and_store_the_same(tmp_path, monkeypatch):
    """Below MARLIB_SCANNER_MIN_BYTES (8 MB by default) the SQL parser reads everything: same store."""
    from marlib.ingest.api import ingest_paths
    from tests.ingest_helpers import dump
    logs = ROOT / "data" / "sample" / "esa"
    with_scanner = Store(tmp_path / "a.duckdb")
    ingest_paths(with_scanner, [logs])
    monkeypatch.setenv("MARLIB_SCANNER_MIN_BYTES", str(1 << 40))
    sql_only = Store(tmp_path / "b.duckdb")
    ingest_paths(sql_only, [logs])
    assert dump(with_scanner) == dump(sql_only)


def test_odd_recipient_and_sender_lines_are_rejected_alike_and_other_mid_lines_ignored():
    frame = "Mon Nov 23 11:00:01 2026 Info: "
    odd = ["MID 5  ICID 6 RID 0 To: <a1@corp.example>", "MID 5 ICID 6 RID 1 to: <a2@corp.example>",
           "MID 5 ICID 6 FROM:<x@y>", "MID 5 interim verdict\ttO: x", "MID 5 ICID 6 RID 3 To: <>"]
    fine = ["MID 5 using engine: CASE spam negative", "MID 5 ICID 6 RID 2 To: <ok@corp.example>",
            "MID 5 Outbreak Filters: verdict negative", "MID 5 subject-to-review:yes"]
    lines = [frame + body for body in ["Start MID 5 ICID 6"] + odd + fine]
    _same(lines)
    counts, tables = _parse(lines, True)
    assert counts == (len(lines), 2, 3, 5)   # parsed: Start and the good To line
    assert [r[3] for r in tables["ingest_rejects"]] == [frame + body for body in odd]


def test_the_scanner_cache_is_named_after_the_source_of_every_scanner_module():
    import hashlib
    import os

    import numba

    import marlib.ingest as ingest
    digest = hashlib.sha256(b"".join((Path(ingest.__file__).parent / name).read_bytes()
                                     for name in ("esa_scan.py", "esa_lines.py", "esa_bytes.py", "esa_sql.py")))
    assert os.environ["NUMBA_CACHE_DIR"].endswith(f"numba-{digest.hexdigest()[:16]}")
    assert numba.config.CACHE_DIR == os.environ["NUMBA_CACHE_DIR"]


def test_statuses_of_one_second_and_a_plain_done_after_the_offbox_quarantine_read_the_same():
    """Both parsers give the same statuses (the tie-break and the offbox quarantine are the merge's)."""
    from tests.test_ingest_statuses import PLAIN_DONE_AFTER_OFFBOX, STATUS_LINES, TO
    tie = TO + STATUS_LINES["delivered"] + STATUS_LINES["bounced"] + STATUS_LINES["quarantined"]
    offbox = [line.replace("MID 100", "MID 101").replace("DCID 7", "DCID 17") for line in
              TO + [line for part in PLAIN_DONE_AFTER_OFFBOX for line in part]]
    _same(tie + offbox)
    recipients = _parse(tie + offbox, True)[1]["recipients"]
    assert [(r[0], r[3]) for r in recipients] == [(100, "delivered"), (101, "quarantined")]
