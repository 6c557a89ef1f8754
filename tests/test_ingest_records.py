"""Delivery and verdict records from CSV, JSON lines and Parquet."""
from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import re
import time

import duckdb
import pyarrow as pa
import pytest

from marlib.cli import main
from marlib.errors import IngestError
from marlib.ingest.api import ingest_paths
from marlib.store import Store
from tests.ingest_helpers import dump, rows

SHA = "cd" * 32
ROWS = [
    {"record": "delivery", "mid": "501", "recipient": "Alice@corp.example", "message_id": "<a1@x>",
     "sender": "bad@evil.example", "subject": "Invoice", "received_at": "2026-11-20 10:00:00",
     "delivered": "true",
     "policy": "DEFAULT", "direction": "inbound", "attachment": "inv.pdf", "sha256": SHA},
    {"record": "delivery", "mid": "501", "recipient": "bob@corp.example", "message_id": "<a1@x>",
     "sender": "bad@evil.example", "subject": "Invoice", "received_at": "2026-11-20 10:00:00",
     "delivered": "false",
     "policy": "DEFAULT", "direction": "inbound", "attachment": "inv.pdf", "sha256": SHA},
    {"mid": "502", "recipient": "carol@corp.example", "status": "quarantined", "parent_mid": "501",
     "child_kind": "split"},
    {"record": "verdict", "sha256": SHA, "verdict": "FILE UNKNOWN", "mid": "501",
     "event_time": "2026-11-20 10:00:01"},
    {"sha256": SHA, "verdict": "MALICIOUS", "event_time": "2026-11-21 00:00:00", "threat_name": "W32.Evil"},
    {"record": "delivery", "mid": "x1", "recipient": "dave@corp.example"},
    {"record": "verdict", "sha256": "123", "verdict": "MALICIOUS"},
]
COLUMNS = sorted({k for r in ROWS for k in r})


def _write(tmp_path, fmt):
    con = duckdb.connect()
    table = pa.table({c: pa.array([r.get(c) for r in ROWS], type=pa.string()) for c in COLUMNS})
    con.register("src", table)
    con.execute("CREATE TABLE t AS SELECT * FROM src")
    path = tmp_path / f"records.{fmt}"
    option = {"csv": "(HEADER, FORMAT csv)", "jsonl": "(FORMAT json)", "parquet": "(FORMAT parquet)"}[fmt]
    con.execute(f"COPY t TO '{path}' {option}")
    return path


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_records_in_every_format(tmp_path, fmt):
    store = Store(tmp_path / "db.duckdb")
    s = ingest_paths(store, [_write(tmp_path, fmt)], fmt="records")
    assert (s.lines, s.parsed, s.rejects) == (7, 5, 2)
    assert (s.messages, s.recipients, s.attachments, s.verdict_events) == (2, 3, 2, 2)
    # the split child shares its parent's Message-ID (sender, subject) and attachment, as in the logs
    assert rows(store, "SELECT mid, parent_mid, child_kind, message_id, sender, subject, policy, direction "
                       "FROM messages ORDER BY mid") == [
        [501, None, None, "<a1@x>", "bad@evil.example", "Invoice", "DEFAULT", "inbound"],
        [502, 501, "split", "<a1@x>", "bad@evil.example", "Invoice", None, "inbound"]]
    assert rows(store, "SELECT mid, filename, sha256 FROM attachments ORDER BY mid") == [
        [501, "inv.pdf", SHA], [502, "inv.pdf", SHA]]
    assert rows(store, "SELECT mid, rid, address, status FROM recipients ORDER BY mid, rid") == [
        [501, 0, "alice@corp.example", "delivered"], [501, 1, "bob@corp.example", "pending"],
        [502, 0, "carol@corp.example", "quarantined"]]
    assert rows(store, "SELECT kind, verdict, mid, threat_name FROM verdict_events ORDER BY event_time") == [
        ["initial", "UNKNOWN", 501, None], ["retrospective", "MALICIOUS", None, "W32.Evil"]]
    assert [r[0] for r in rows(store, "SELECT reason FROM ingest_rejects ORDER BY line_no")] == [
        "delivery row without an integer mid", "verdict row without a 64 hex digit sha256"]
    again = ingest_paths(store, [tmp_path / f"records.{fmt}"], fmt="records")
    assert (again.messages, again.rejects, again.unchanged_files) == (0, 0, 1)


@pytest.mark.parametrize("child_first", [False, True])
def test_a_records_child_in_another_file_shares_its_parents_message_id_and_attachments(tmp_path, child_first):
    """A split child whose parent comes in another file (before or after it) can still be located: it gets
    the Message-ID and attachments (a bounce child does not: it is a new message)."""
    parent = tmp_path / "parent.csv"
    parent.write_text("mid,recipient,message_id,subject,attachment,sha256,received_at\n"
                      f"100,a@corp.example,<p@x>,Hello,inv.pdf,{SHA},2026-11-20 10:00:00\n")
    child = tmp_path / "child.csv"
    child.write_text("mid,recipient,parent_mid,child_kind,policy\n101,exec@corp.example,100,split,Executives\n"
                     "102,a@corp.example,100,bounce,\n")
    store = Store(tmp_path / "db.duckdb")
    for path in ([child, parent] if child_first else [parent, child]):
        ingest_paths(store, [path], fmt="records")
    assert rows(store, "SELECT mid, message_id, subject, received_at IS NOT NULL FROM messages ORDER BY mid") == [
        [100, "<p@x>", "Hello", True], [101, "<p@x>", "Hello", True], [102, None, None, False]]
    assert rows(store, "SELECT mid, filename FROM attachments ORDER BY mid") == [[100, "inv.pdf"], [101, "inv.pdf"]]


def test_same_records_from_each_format_give_the_same_store(tmp_path):
    """The same rows, up to their line numbers (CSV: the header is line 1; JSON lines: line 1 is a row;
    Parquet: row numbers)."""
    stores = []
    for fmt in ("csv", "jsonl", "parquet"):
        store = Store(tmp_path / f"{fmt}.duckdb")
        ingest_paths(store, [_write(tmp_path, fmt)])  # auto: by extension
        table = dump(store)
        table["verdict_events"] = [r[:-1] for r in table["verdict_events"]]   # line_no last
        stores.append(table)
        numbers = rows(store, "SELECT line_no FROM verdict_events ORDER BY line_no")
        assert numbers == ([[5], [6]] if fmt == "csv" else [[4], [5]])
    assert stores[0] == stores[1] == stores[2]


def test_missing_columns_give_a_clear_error(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("foo,bar\n1,2\n")
    with pytest.raises(IngestError, match="bad.csv: no 'mid' or 'sha256' column"):
        ingest_paths(Store(tmp_path / "db.duckdb"), [path], fmt="records")
    path.write_text("mid,subject\n1,x\n")
    with pytest.raises(IngestError, match="neither a 'recipient' column"):
        ingest_paths(Store(tmp_path / "db.duckdb"), [path], fmt="records")


def test_a_folder_of_records_leaves_out_a_file_it_cannot_read_and_reads_the_others(tmp_path):
    """`ingest --format records FOLDER` stopped at the first file it could not read (a lookup table without a
    mid column, a UTF-16 export): the files after it were never read, by this run or any later one, while a
    folder of logs leaves such a file out, names it and reads the rest."""
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "a.csv").write_text("mid,recipient\n1,a@corp.example\n")
    (folder / "b.csv").write_text("foo,bar\n1,2\n")
    (folder / "c.jsonl").write_text('{"mid": 2, "recipient": "b@corp.example"}\n')
    store = Store(tmp_path / "db.duckdb")
    summary = ingest_paths(store, [folder], fmt="records")
    assert (summary.files, summary.recipients) == (2, 2)
    assert [(s["path"], "no 'mid' or 'sha256' column" in s["reason"]) for s in summary.skipped_files] == [
        (str(folder / "b.csv"), True)]
    assert summary.warnings()[0].startswith(f"left out {folder / 'b.csv'}: no 'mid'")
    with pytest.raises(IngestError, match="b.csv: no 'mid' or 'sha256' column"):   # named, it is an error
        ingest_paths(store, [folder / "b.csv"], fmt="records")


def test_cli_records_json(tmp_path, capsys):
    path = _write(tmp_path, "csv")
    db = str(tmp_path / "db.duckdb")
    assert main(["--db", db, "ingest", "--format", "records", "--json", str(path)]) == 0
    last = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert (last["messages"], last["verdict_events"], last["rejects"]) == (2, 2, 2)


def test_recipient_ids_stay_unique_with_missing_and_repeated_rids(tmp_path):
    from marlib.ingest.api import ingest_paths
    from marlib.store import Store
    store = Store(tmp_path / "db.duckdb")
    first = tmp_path / "one.csv"
    first.write_text("mid,recipient,rid\n1,a@x.com,1\n1,b@x.com,\n1,c@x.com,1\n2,d@x.com,\n2,e@x.com,\n")
    ingest_paths(store, [first])
    again = tmp_path / "two.csv"  # later rows: known addresses keep their rid, new ones get fresh rids
    again.write_text("mid,recipient\n1,b@x.com\n1,f@x.com\n2,e@x.com\n")
    ingest_paths(store, [again])
    with store.connect() as con:
        got = con.execute("SELECT mid, rid, address FROM recipients ORDER BY mid, rid").fetchall()
    assert got == [(1, 1, "a@x.com"), (1, 2, "b@x.com"), (1, 3, "c@x.com"), (1, 4, "f@x.com"),
                   (2, 0, "d@x.com"), (2, 1, "e@x.com")]


def test_a_rid_the_store_gives_another_address_does_not_take_that_recipient_over(tmp_path):
    store = Store(tmp_path / "db.duckdb")
    first = tmp_path / "one.csv"
    first.write_text("mid,recipient,rid,status\n1,a@x.com,0,delivered\n1,b@x.com,1,delivered\n")
    ingest_paths(store, [first])
    # another export numbers the recipients differently: rid 0 is c@x.com there, rid 1 is a@x.com
    other = tmp_path / "two.csv"
    other.write_text("mid,recipient,rid,status\n1,c@x.com,0,quarantined\n1,a@x.com,1,bounced\n")
    summary = ingest_paths(store, [other])
    with store.connect() as con:
        got = con.execute("SELECT rid, address, status FROM recipients WHERE mid = 1 ORDER BY rid").fetchall()
    # a@x.com keeps its rid and takes its own new status; b@x.com is untouched; c@x.com is added
    assert got == [(0, "a@x.com", "bounced"), (1, "b@x.com", "delivered"), (2, "c@x.com", "quarantined")]
    assert summary.recipients == 1
    # a stored address given a new rid (and other case) stays one recipient
    third = tmp_path / "three.csv"
    third.write_text("mid,recipient,rid,status\n1,A@x.com,5,delivered\n")
    ingest_paths(store, [third])
    with store.connect() as con:
        got = con.execute("SELECT rid, address, status FROM recipients WHERE mid = 1 ORDER BY rid").fetchall()
    assert got == [(0, "a@x.com", "delivered"), (1, "b@x.com", "delivered"), (2, "c@x.com", "quarantined")]


def test_record_times_with_an_offset_or_in_epoch_seconds_are_utc_and_unreadable_ones_rejected(tmp_path):
    path = tmp_path / "times.csv"
    path.write_text("mid,recipient,received_at\n"
                    "1,a@x.com,2026-11-20T10:00:00+01:00\n"
                    "2,b@x.com,2026-11-20 10:00:00\n"
                    "3,c@x.com,1763632800\n"
                    "4,d@x.com,20/11/2026 10:00\n"
                    "5,e@x.com,\n")
    store = Store(tmp_path / "db.duckdb")
    summary = ingest_paths(store, [path])
    assert rows(store, "SELECT mid, received_at FROM messages ORDER BY mid") == [
        [1, dt.datetime(2026, 11, 20, 9, 0)], [2, dt.datetime(2026, 11, 20, 10, 0)],
        [3, dt.datetime(2025, 11, 20, 10, 0)], [5, None]]
    assert summary.rejects == 1
    assert rows(store, "SELECT line_no, reason FROM ingest_rejects") == [   # the file's line (header: 1)
        [5, "received_at is not a time (ISO 8601 such as 2026-11-20 10:00:00 in UTC or with an offset, "
            "or epoch seconds)"]]


def test_a_broken_json_line_is_a_reject_and_the_other_lines_are_read(tmp_path):
    path = tmp_path / "export.jsonl"
    path.write_text('{"mid": 1, "recipient": "a@x.com"}\n{"mid": 2, "recipient": \n\n[1, 2]\n'
                    '{"mid": 3, "recipient": "c@x.com", "received_at": "nope"}\n{"mid": 4, "recipient": "d@x.com"}\n')
    store = Store(tmp_path / "db.duckdb")
    summary = ingest_paths(store, [path])
    assert rows(store, "SELECT mid FROM messages ORDER BY mid") == [[1], [4]]
    # line numbers are the file's (blank line 3 included)
    assert rows(store, "SELECT line_no, reason FROM ingest_rejects ORDER BY line_no") == [
        [2, "not a JSON object"], [4, "not a JSON object"],
        [5, "received_at is not a time (ISO 8601 such as 2026-11-20 10:00:00 in UTC or with an offset, "
            "or epoch seconds)"]]
    assert (summary.lines, summary.parsed, summary.rejects) == (5, 2, 3)
    assert ingest_paths(store, [path]).rejects == 0   # the same file again: nothing new


def test_json_values_of_mixed_types_are_read_per_row_and_lists_rejected(tmp_path):
    path = tmp_path / "siem.jsonl"
    path.write_text('{"mid": 7301, "recipient": "a@corp.example", "subject": "x", '
                    '"received_at": "2026-11-20 10:00:00"}\n'
                    '{"mid": "7302", "recipient": "b@corp.example", "subject": 5, "received_at": 1795000000}\n'
                    '{"mid": 7303, "recipient": ["c@corp.example", "d@corp.example"]}\n'
                    '{"mid": 7304, "recipient": "e@corp.example", "policy": {"name": "X"}}\n')
    store = Store(tmp_path / "db.duckdb")
    summary = ingest_paths(store, [path])
    assert rows(store, "SELECT r.mid, address, subject, received_at FROM recipients r JOIN messages USING (mid) "
                       "ORDER BY mid") == [
        [7301, "a@corp.example", "x", dt.datetime(2026, 11, 20, 10, 0)],
        [7302, "b@corp.example", "5", dt.datetime(2026, 11, 18, 11, 6, 40)]]
    assert rows(store, "SELECT line_no, reason FROM ingest_rejects ORDER BY line_no") == [
        [3, "recipient: a list or object, not one value"], [4, "policy: a list or object, not one value"]]
    assert (summary.lines, summary.parsed, summary.rejects) == (4, 2, 2)


def test_a_parquet_list_column_is_rejected_not_stored_as_text(tmp_path):
    import pyarrow.parquet as pq
    path = tmp_path / "siem.parquet"
    pq.write_table(pa.table({"mid": [1, 2], "recipient": [["a@corp.example"], None],
                             "sender": ["s@x.example", "t@x.example"]}), path)
    store = Store(tmp_path / "db.duckdb")
    summary = ingest_paths(store, [path])
    assert rows(store, "SELECT count(*) FROM recipients") == [[0]]
    assert rows(store, "SELECT line_no, reason FROM ingest_rejects ORDER BY line_no") == [
        [1, "recipient: a list or object, not one value"], [2, "row is neither a delivery (recipient) nor a verdict "
                                                               "(verdict)"]]
    assert summary.rejects == 2


def test_enumerated_and_numeric_record_values_are_checked(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("mid,recipient,direction,status,delivered,child_kind,parent_mid,rid\n"
                    "1,a@corp.example,Inbound ,,,,,\n"
                    "2,b@corp.example,incoming, Quarantined,,,,\n"
                    "3,c@corp.example,OUTGOING,,no,,,\n"
                    "4,d@corp.example,sideways,,,,,\n"
                    "5,e@corp.example,,quarantine,,,,\n"
                    "6,f@corp.example,,,maybe,,,\n"
                    "7,g@corp.example,,,,Split,1,\n"
                    "8,h@corp.example,,,,twin,1,\n"
                    "9,i@corp.example,,,,,one,\n"
                    "10,j@corp.example,,,,,,-1\n"
                    "11,k@corp.example,,bounced,,,,\n"
                    "11,k@corp.example,,delivered,,,,\n"
                    "12,=cmd|' /C calc'!A0,,,,,,\n"
                    "13,<l@corp.example>,,,,,,\n"
                    "14,\"m@corp.example, n@corp.example\",,,,,,\n"
                    "15,o@,,,,,,\n")
    verdicts = tmp_path / "v.csv"
    verdicts.write_text(f"sha256,verdict,mid,score\n{SHA},CLEAN,notamid,\n{SHA},CLEAN,5,high\n{SHA},CLEAN,5,7.5\n")
    store = Store(tmp_path / "db.duckdb")
    ingest_paths(store, [path, verdicts])
    assert rows(store, "SELECT mid, direction, child_kind, parent_mid FROM messages ORDER BY mid") == [
        [1, "inbound", None, None], [2, "inbound", None, None], [3, "outbound", None, None],
        [7, "inbound", "split", 1], [11, "inbound", None, None]]
    assert rows(store, "SELECT mid, status FROM recipients ORDER BY mid") == [
        [1, "delivered"], [2, "quarantined"], [3, "pending"], [7, "delivered"], [11, "delivered"]]
    assert rows(store, "SELECT path LIKE '%d.csv', line_no, reason FROM ingest_rejects ORDER BY path, line_no") == [
        [True, 5, "unknown direction (inbound or outbound)"],
        [True, 6, "unknown status (delivered, quarantined, bounced or pending)"],
        [True, 7, "delivered is not true or false"],
        [True, 9, "unknown child_kind (split, rewritten, generated or bounce)"],
        [True, 10, "parent_mid is not a whole number"], [True, 11, "rid is not a whole number"],
        *([True, n, "recipient is not one email address (local@domain)"] for n in (14, 15, 16, 17)),
        [False, 2, "mid is not a whole number"], [False, 3, "score is not a number"]]
    assert rows(store, "SELECT mid, score FROM verdict_events") == [[5, 7.5]]


def test_csv_rows_with_more_or_fewer_fields_are_rejects_and_the_others_keep_their_numbers(tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_text("mid,recipient,attachment\n1,a@corp.example,x.doc\n2,b@corp.example\n"
                    "3,c@corp.example,y.doc,extra\n4,d@corp.example,z.doc\n5,e@corp.example,\n6,,w.doc\n")
    store = Store(tmp_path / "db.duckdb")
    summary = ingest_paths(store, [path])
    assert rows(store, "SELECT mid, address FROM recipients ORDER BY mid") == [
        [1, "a@corp.example"], [4, "d@corp.example"], [5, "e@corp.example"]]
    assert rows(store, "SELECT line_no, CASE WHEN line_no < 7 THEN raw END, reason FROM ingest_rejects "
                       "ORDER BY line_no") == [
        [3, "2,b@corp.example", "row has fewer fields than the header"],
        [4, "3,c@corp.example,y.doc,extra", "row has more fields than the header"],
        [7, None, "row is neither a delivery (recipient) nor a verdict (verdict)"]]
    assert (summary.lines, summary.parsed, summary.rejects) == (6, 3, 3)
    assert ingest_paths(store, [path]).rejects == 0


def test_an_appended_records_file_counts_only_its_new_rows(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("mid,recipient,received_at\n1,a@corp.example,2026-11-20 10:00:00\n2,b@corp.example,never\n")
    store = Store(tmp_path / "db.duckdb")
    first = ingest_paths(store, [path])
    assert (first.lines, first.parsed, first.rejects) == (2, 1, 1)
    with path.open("a") as f:
        f.write("3,c@corp.example,2026-11-20 11:00:00\n4,d@corp.example,soon\n")
    again = ingest_paths(store, [path])
    assert (again.lines, again.parsed, again.rejects, again.messages) == (2, 1, 1, 1)
    assert rows(store, "SELECT line_no FROM ingest_rejects ORDER BY line_no") == [[3], [5]]
    path.write_text("mid,recipient\n9,z@corp.example\n")   # rewritten, not appended: all of it is new
    third = ingest_paths(store, [path])
    assert (third.lines, third.parsed, third.messages) == (1, 1, 1)


def test_a_records_file_rewritten_is_read_again_and_named_as_a_log_rewritten_is(tmp_path):
    """A records file rewritten rather than appended (same name, other content) is read again from its start, as
    an ESA log is (migration 160): named in reread_files with a warning, what it gave before stays, its earlier
    content's rejects stay marked as such (migration 170), and ingest_files holds it once, with its new content
    (it kept a row for every content the path ever had; going back to an earlier content was "unchanged", with
    the rejects of the later one)."""
    path = tmp_path / "export.csv"
    first = "mid,recipient,status\n1,a@x.com,delivered\n2,b@x.com,weird\n3,c@x.com,delivered\n"
    path.write_text(first)
    store = Store(tmp_path / "db.duckdb")
    one = ingest_paths(store, [path])
    assert (one.lines, one.rejects, one.reread_files) == (3, 1, [])
    second = "mid,recipient,status\n1,a@x.com,delivered\n2,b@x.com,delivered\n3,c@x.com,odd\n"
    path.write_text(second)
    two = ingest_paths(store, [path])
    assert (two.lines, two.parsed, two.rejects, two.reread_files) == (3, 2, 1, [str(path)])
    assert any(w.startswith(f"{path}: a new content replaced the one read before") for w in two.warnings())
    # the earlier content's reject stays, marked (migration 170)
    assert rows(store, "SELECT line_no, raw, superseded_at IS NOT NULL FROM ingest_rejects ORDER BY line_no") == [
        [3, "2,b@x.com,weird", True], [4, "3,c@x.com,odd", False]]
    assert rows(store, "SELECT path, lines_done FROM ingest_files") == [[str(path), 4]]
    with path.open("a") as f:   # appended from then on: read on, not again
        f.write("4,d@x.com,delivered\n")
    three = ingest_paths(store, [path])
    assert (three.lines, three.reread_files) == (1, [])
    assert rows(store, "SELECT path, lines_done FROM ingest_files") == [[str(path), 5]]
    assert ingest_paths(store, [path]).unchanged_files == 1
    path.write_text(first)   # back to the first content: read again, its rejects again those of that content
    four = ingest_paths(store, [path])
    assert (four.lines, four.rejects, four.reread_files) == (3, 1, [str(path)])
    assert rows(store, "SELECT line_no, raw, superseded_at IS NOT NULL FROM ingest_rejects ORDER BY line_no") == [
        [3, "2,b@x.com,weird", False], [4, "3,c@x.com,odd", True]]   # one reject per row, the current one
    assert rows(store, "SELECT path, lines_done FROM ingest_files") == [[str(path), 4]]
    assert rows(store, "SELECT mid, address, status FROM recipients ORDER BY mid") == [
        [1, "a@x.com", "delivered"], [2, "b@x.com", "delivered"], [3, "c@x.com", "delivered"],
        [4, "d@x.com", "delivered"]]   # what the rewritten contents gave stays
    copy = tmp_path / "copy.csv"   # the same content under another name was read already
    copy.write_text(first)
    assert ingest_paths(store, [copy]).unchanged_files == 1


def test_an_edited_records_file_counts_a_row_still_bad_as_rejected_again(tmp_path):
    """One bad row fixed in the file, another left as it was: the import again reads every row, and the one
    still bad is counted rejected (new lines = parsed + rejected), though its reject is not recorded twice."""
    path = tmp_path / "export.csv"
    path.write_text("mid,recipient,received_at\n1,a@corp.example,never\n2,b@corp.example,soon\n"
                    "3,c@corp.example,2026-11-20 11:00:00\n")
    store = Store(tmp_path / "db.duckdb")
    first = ingest_paths(store, [path])
    assert (first.lines, first.parsed, first.rejects) == (3, 1, 2)
    path.write_text(path.read_text().replace("never", "2026-11-20 10:00:00"))
    again = ingest_paths(store, [path])
    assert (again.lines, again.parsed, again.rejects, again.messages) == (3, 2, 1, 1)
    assert rows(store, "SELECT count(*) FROM ingest_rejects WHERE line_no = 3") == [[1]]


def test_numbers_must_be_whole_and_lines_are_the_files_own(tmp_path):
    store = Store(tmp_path / "db.duckdb")
    numbers = tmp_path / "n.csv"
    numbers.write_text("mid,recipient,rid,parent_mid\n7.5,a@x.example,,\n501.0,b@x.example,1.0,\n"
                       "0x10,c@x.example,,\n-3,d@x.example,,\n8,e@x.example,1.5,\n9,f@x.example,,3.6\n")
    ingest_paths(store, [numbers])
    assert rows(store, "SELECT mid, rid FROM recipients") == [[501, 1]]
    assert [r[0] for r in rows(store, "SELECT reason FROM ingest_rejects ORDER BY line_no")] == [
        "delivery row without an integer mid", "delivery row without an integer mid",
        "delivery row without an integer mid", "rid is not a whole number", "parent_mid is not a whole number"]
    # blank lines and a field over two lines: the numbers are the file's lines; a row with two faults once
    odd = tmp_path / "odd.csv"
    odd.write_bytes(b'mid,recipient,subject\n1,a@y.example,"two\nlines"\n\n3,c@y.example,s,extra\n4,,x\n'
                    b"5,e@y.example,caf\xe9,extra\n6,f@y.example\n"
                    + b"".join(b"%d,g@y.example,s\n" % n for n in range(7, 17)))
    summary = ingest_paths(store, [odd])
    assert (summary.lines, summary.parsed, summary.rejects) == (15, 11, 4)
    assert rows(store, "SELECT max(line_no) FROM verdict_events") == [[None]]
    assert rows(store, "SELECT line_no, reason FROM ingest_rejects WHERE path LIKE '%odd.csv' ORDER BY 1") == [
        [5, "row has more fields than the header"],
        [6, "row is neither a delivery (recipient) nor a verdict (verdict)"],
        [7, "row has more fields than the header"], [8, "row has fewer fields than the header"]]
    assert rows(store, "SELECT raw FROM ingest_rejects WHERE line_no = 5 AND path LIKE '%odd.csv'") == [
        ["3,c@y.example,s,extra"]]


def test_json_lines_keep_their_line_numbers_when_a_broken_line_is_appended(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text('{"mid":1,"recipient":"a@x.example"}\n\n{"mid":2,"recipient":"b@x.example","status":"weird"}\n')
    store = Store(tmp_path / "db.duckdb")
    assert ingest_paths(store, [path]).rejects == 1
    with path.open("a") as f:
        f.write('garbage\n{"mid":3,"recipient":"c@x.example"}\n')
    again = ingest_paths(store, [path])
    assert (again.lines, again.parsed, again.rejects, again.messages) == (2, 1, 1, 1)
    assert rows(store, "SELECT line_no, reason FROM ingest_rejects ORDER BY line_no") == [
        [3, "unknown status (delivered, quarantined, bounced or pending)"], [4, "not a JSON object"]]


def test_a_last_row_still_being_written_waits_for_the_rest(tmp_path, monkeypatch):
    # being written for as long as the test lasts (it settled 5 s after it was written: a first ingest later
    # than that, on a loaded machine, took the cut row as complete); the finished file is older than that
    monkeypatch.setattr("marlib.ingest.api.SETTLED_S", 3600)
    path = tmp_path / "y.csv"
    path.write_text("mid,recipient,subject\n1,a@x.example,s\n2,bob@x.exa")   # cut while it is written
    store = Store(tmp_path / "db.duckdb")
    first = ingest_paths(store, [path])
    assert (first.lines, first.parsed, first.rejects) == (1, 1, 0)
    with path.open("a") as f:
        f.write("mple,hello\n")
    again = ingest_paths(store, [path])
    assert (again.lines, again.parsed, again.rejects, again.messages) == (1, 1, 0, 1)
    assert rows(store, "SELECT mid, address FROM recipients ORDER BY mid") == [[1, "a@x.example"],
                                                                              [2, "bob@x.example"]]
    # a file that has not changed for a while is complete: its last row counts without a newline
    done = tmp_path / "done.csv"
    done.write_text("mid,recipient\n3,c@x.example")
    os.utime(done, (time.time() - 7200, time.time() - 7200))
    assert ingest_paths(store, [done]).parsed == 1


def test_json_keys_without_case_and_values_without_surrounding_white_space(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"mid": 1, "recipient": "a@corp.example"}\n'
                    '{"MID": 2, "Recipient": "\\tb@corp.example ", "status": " Quarantined\\n"}\n')
    store = Store(tmp_path / "db.duckdb")
    summary = ingest_paths(store, [path])
    assert (summary.parsed, summary.rejects) == (2, 0)
    assert rows(store, "SELECT mid, address, status FROM recipients ORDER BY mid") == [
        [1, "a@corp.example", "delivered"], [2, "b@corp.example", "quarantined"]]


def test_blank_values_are_no_values_and_a_byte_order_mark_is_not_data(tmp_path):
    """JSON lines and Parquet from a SIEM write "" for a missing field: the row is read without it (an empty
    sha256 is no attachment hash, not a bad one). A UTF-8 byte order mark does not cost the first row."""
    path = tmp_path / "r.jsonl"
    path.write_bytes("\ufeff".encode() + b'{"mid": 1, "recipient": "a@corp.example", "sha256": "", "attachment": "", '
                     b'"message_id": "", "verdict_kind": "", "status": ""}\r\n'
                     b'{"mid": 2, "recipient": "b@corp.example", "message_id": "<b@x>"}\r\n')
    store = Store(tmp_path / "db.duckdb")
    summary = ingest_paths(store, [path])
    assert (summary.parsed, summary.rejects) == (2, 0)
    assert rows(store, "SELECT mid, message_id FROM messages ORDER BY mid") == [[1, None], [2, "<b@x>"]]
    assert rows(store, "SELECT mid, address, status FROM recipients ORDER BY mid") == [
        [1, "a@corp.example", "delivered"], [2, "b@corp.example", "delivered"]]
    assert rows(store, "SELECT count(*) FROM attachments") == [[0]]
    table = pa.table({"mid": ["3"], "recipient": ["c@corp.example"], "sha256": [""], "attachment": ["x.pdf"]})
    import pyarrow.parquet as pq
    pq.write_table(table, tmp_path / "p.parquet")
    summary = ingest_paths(store, [tmp_path / "p.parquet"])
    assert (summary.parsed, summary.rejects) == (1, 0)
    assert rows(store, "SELECT mid, filename, sha256 FROM attachments") == [[3, "x.pdf", None]]


def test_a_rejected_row_keeps_its_original_text_as_written_in_the_file(tmp_path):
    """An analyst fixes the source from ingest_rejects.raw and imports again: raw is the row as the file has
    it (a CSV row with the line breaks of its quoted fields, from its first line; a JSON line as written),
    not the parsed values; a Parquet row, which has no text, is its columns as JSON."""
    store = Store(tmp_path / "db.duckdb")
    csv = tmp_path / "crlf.csv"
    csv.write_bytes(b'mid,recipient,subject,status,extra_col\r\n1, a@x.com ,"two\r\nlines",weird,k\r\n'
                    b'2,b@x.com,"x\r\n\r\ny",delivered,k,too many\r\n3,c@x.com,"ok",delivered,\r\n'
                    b'4,d@x.com,"say ""hi""",Later,\r\n')
    assert ingest_paths(store, [csv]).rejects == 3
    assert rows(store, "SELECT line_no, raw, reason FROM ingest_rejects ORDER BY line_no") == [
        [2, '1, a@x.com ,"two\r\nlines",weird,k', "unknown status (delivered, quarantined, bounced or pending)"],
        [4, '2,b@x.com,"x\r\n\r\ny",delivered,k,too many', "row has more fields than the header"],
        [8, '4,d@x.com,"say ""hi""",Later,', "unknown status (delivered, quarantined, bounced or pending)"]]
    lines = tmp_path / "x.jsonl"
    lines.write_text('{"mid":1,"recipient":"a@x.com"}\n'
                     '{ "mid" : 2,"recipient":"b@x.com",  "Status":"weird", "note": "caf\\u00e9"}  \n')
    assert ingest_paths(store, [lines]).rejects == 1
    assert rows(store, "SELECT line_no, raw FROM ingest_rejects WHERE path LIKE '%.jsonl'") == [
        [2, '{ "mid" : 2,"recipient":"b@x.com",  "Status":"weird", "note": "caf\\u00e9"}  ']]
    import pyarrow.parquet as pq
    pq.write_table(pa.table({"mid": [1, 2], "recipient": ["a@x.com", "b@x.com"], "status": ["delivered", "odd"],
                             "seen": [3.5, None]}), tmp_path / "p.parquet")
    assert ingest_paths(store, [tmp_path / "p.parquet"]).rejects == 1
    assert rows(store, "SELECT line_no, raw::JSON FROM ingest_rejects WHERE path LIKE '%.parquet'") == [
        [2, '{"mid":2,"recipient":"b@x.com","status":"odd","seen":null}']]
    assert ingest_paths(store, [csv, lines, tmp_path / "p.parquet"]).rejects == 0   # not recorded twice


def test_a_csv_quoted_with_apostrophes_keeps_its_rejects_lines_and_text(tmp_path):
    """DuckDB's sniffer reads a CSV quoted with ' (a shell or SIEM export): a row whose quoted field goes over
    two lines is one row, and the rejects after it keep their own line numbers and whole text (they were
    numbered as if each row were one line, with the text of another line)."""
    path = tmp_path / "apostrophes.csv"
    path.write_text("mid,recipient,subject,status\n1,a@x.com,'two\nlines',weird\n2,b@x.com,s,delivered,extra\n"
                    "3,c@x.com,'it''s',odd\n4,d@x.com,fine,delivered\n")
    store = Store(tmp_path / "db.duckdb")
    assert ingest_paths(store, [path]).rejects == 3
    assert rows(store, "SELECT line_no, raw, reason FROM ingest_rejects ORDER BY line_no") == [
        [2, "1,a@x.com,'two\nlines',weird", "unknown status (delivered, quarantined, bounced or pending)"],
        [4, "2,b@x.com,s,delivered,extra", "row has more fields than the header"],
        [5, "3,c@x.com,'it''s',odd", "unknown status (delivered, quarantined, bounced or pending)"]]
    assert rows(store, "SELECT mid, address FROM recipients") == [[4, "d@x.com"]]


def test_a_stray_quote_in_an_unquoted_field_does_not_misnumber_the_rejects_after_it(tmp_path):
    """A quote inside an unquoted field (5" floppy) is a character of the value, as DuckDB reads it; only one that
    starts a field opens a quoted one. Counted as opening one, it took the rows after it for a quoted field's
    lines and, with a field over two lines elsewhere, the rejects were numbered as if every row were one line,
    with another row's text."""
    path = tmp_path / "stray.csv"
    path.write_text('mid,recipient,subject,status\n1,a@x.com,5" floppy,delivered\n2,b@x.com,"two\nlines",delivered\n'
                    '3,c@x.com,s,weird\n4,d@x.com,s,delivered,extra\n5,e@x.com,12" pizza,odd\n'
                    '6,f@x.com,"a ""b""\nc",weird\n7,g@x.com,s,delivered\n')
    store = Store(tmp_path / "db.duckdb")
    summary = ingest_paths(store, [path])
    assert (summary.lines, summary.parsed, summary.rejects) == (7, 3, 4)
    status = "unknown status (delivered, quarantined, bounced or pending)"
    assert rows(store, "SELECT line_no, raw, reason FROM ingest_rejects ORDER BY line_no") == [
        [5, "3,c@x.com,s,weird", status], [6, "4,d@x.com,s,delivered,extra", "row has more fields than the header"],
        [7, '5,e@x.com,12" pizza,odd', status], [8, '6,f@x.com,"a ""b""\nc",weird', status]]
    assert rows(store, "SELECT mid, address FROM recipients ORDER BY mid") == [
        [1, "a@x.com"], [2, "b@x.com"], [7, "g@x.com"]]
    semicolons = tmp_path / "semicolons.csv"   # the same with another delimiter (a European Excel's CSV)
    semicolons.write_text(path.read_text().replace(",", ";"))
    other = Store(tmp_path / "other.duckdb")
    ingest_paths(other, [semicolons])
    assert rows(other, "SELECT line_no, replace(raw, ';', ',') FROM ingest_rejects ORDER BY line_no") == [
        r[:2] for r in rows(store, "SELECT line_no, raw FROM ingest_rejects ORDER BY line_no")]


def test_rejected_rows_of_an_appended_csv_keep_their_text_and_lines(tmp_path):
    path = tmp_path / "grow.csv"
    path.write_text('mid,recipient,subject,received_at\n1,a@x.com,"a\nb",never\n2,b@x.com,s,2026-11-20 10:00:00\n')
    store = Store(tmp_path / "db.duckdb")
    ingest_paths(store, [path])
    with path.open("a") as f:
        f.write('3,c@x.com,"c\n\nd",soon\n4,d@x.com,s,2026-11-20 10:00:00\n')
    assert ingest_paths(store, [path]).rejects == 1
    assert rows(store, "SELECT line_no, raw FROM ingest_rejects ORDER BY line_no") == [
        [2, '1,a@x.com,"a\nb",never'], [5, '3,c@x.com,"c\n\nd",soon']]


@pytest.mark.parametrize("records_first", [False, True])
def test_an_address_the_logs_number_is_one_recipient_whichever_file_comes_first(tmp_path, capsys, records_first):
    """ESA logs and a records export without rid describe the same MID: an address stored for it is that
    recipient (without case), under the RID of its To line; a records-only address gets a number of its own.
    Before, with the records first, b@ was stored twice and a@, whose RID the records had given b@, was
    lost, so remediation skipped a@'s mailbox."""
    from tests.ingest_helpers import header, message
    epoch = int(dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.timezone.utc).timestamp())
    log = tmp_path / "esa" / "mail_logs.current"
    log.parent.mkdir()
    log.write_text("\n".join(header(epoch) + message(7, epoch, ["a@corp.example", "b@corp.example"], sha=SHA)) + "\n")
    export = tmp_path / "siem.csv"
    export.write_text("mid,recipient,status,received_at\n7,B@Corp.Example,delivered,2026-11-20 10:00:00\n"
                      "7,c@corp.example,delivered,2026-11-20 10:00:00\n")
    verdict = tmp_path / "verdict.csv"
    verdict.write_text(f"sha256,verdict,event_time\n{SHA},MALICIOUS,2026-11-21 00:00:00\n")
    store = Store(tmp_path / "db.duckdb")
    for path in ([export, log] if records_first else [log, export]) + [verdict]:
        ingest_paths(store, [path], fmt="records" if path.suffix == ".csv" else "auto")
    assert rows(store, "SELECT rid, address, status FROM recipients ORDER BY rid") == [
        [0, "a@corp.example", "delivered"], [1, "b@corp.example", "delivered"], [2, "c@corp.example", "delivered"]]
    assert main(["--db", str(store.path), "policy", "set", "DEFAULT", "--mar", "on", "--action", "delete"]) == 0
    capsys.readouterr()
    assert main(["--db", str(store.path), "remediate", "--sha256", SHA, "--dry-run", "--json"]) == 0
    copies = json.loads(capsys.readouterr().out.strip().splitlines()[-1])["outcomes"]
    assert sorted(c["mailbox"] for c in copies) == ["a@corp.example", "b@corp.example", "c@corp.example"]


def test_delivery_lines_waiting_for_their_to_line_and_a_records_row_are_one_recipient(tmp_path):
    """The ESA delivery lines of a MID are read first (their To lines are in a later file), a records row
    without rid names one of its recipients, then the To lines come: one row per address, with the
    logs' status (the offbox quarantine), not a second, delivered copy of b@."""
    from tests.ingest_helpers import header, message
    epoch = int(dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.timezone.utc).timestamp())
    lines = message(7, epoch, ["a@corp.example", "b@corp.example"], quarantine=True)
    for name, part in (("1", [x for x in lines if " To: " not in x]), ("2", [x for x in lines if " To: " in x])):
        (tmp_path / name).mkdir()
        (tmp_path / name / "mail_logs.current").write_text("\n".join(header(epoch) + part) + "\n")
    export = tmp_path / "siem.csv"
    export.write_text("mid,recipient\n7,b@corp.example\n")
    store = Store(tmp_path / "db.duckdb")
    for path in (tmp_path / "1" / "mail_logs.current", export, tmp_path / "2" / "mail_logs.current"):
        ingest_paths(store, [path], fmt="records" if path.suffix == ".csv" else "auto")
    assert rows(store, "SELECT rid, address, status FROM recipients ORDER BY rid") == [
        [0, "a@corp.example", "quarantined"], [1, "b@corp.example", "quarantined"]]
    assert rows(store, "SELECT count(*) FROM recipient_facts") == [[0]]


def test_a_csv_row_over_two_megabytes_is_read_with_the_others(tmp_path):
    """DuckDB refuses a whole CSV file with a row longer than its max_line_size (2 MB): one pasted message
    body cost every row of the export ("cannot read it as csv records", nothing stored)."""
    body = "x" * 1_500_000
    path = tmp_path / "long.csv"
    path.write_text(f'mid,recipient,subject,status\n1,a@x.com,"{body}\n{body}",\n2,b@x.com,s,weird\n'
                    f'3,c@x.com,{"é" * 700_000},\n')
    store = Store(tmp_path / "db.duckdb")
    summary = ingest_paths(store, [path])
    assert (summary.lines, summary.parsed, summary.rejects) == (3, 2, 1)
    assert rows(store, "SELECT mid, length(subject) FROM messages ORDER BY mid") == [[1, 3_000_001], [3, 700_000]]
    assert rows(store, "SELECT line_no, raw FROM ingest_rejects") == [[4, "2,b@x.com,s,weird"]]


def test_json_lines_whose_rows_carry_fields_of_their_own_are_read_row_by_row(tmp_path):
    """A SIEM's export where most rows carry an optional field of their own (and one an empty key): DuckDB
    read such a file as one MAP column, so the whole file failed with "no 'mid' or 'sha256' column (found:
    json)" and none of its rows was read."""
    path = tmp_path / "siem.jsonl"
    path.write_text("".join(f'{{"mid": {i}, "recipient": "u{i}@corp.example", "field_{i}": "v"}}\n'
                            for i in range(1, 60)) + '{"mid": 60, "recipient": "u60@corp.example", "": 1}\n')
    store = Store(tmp_path / "db.duckdb")
    summary = ingest_paths(store, [path])
    assert (summary.lines, summary.parsed, summary.rejects, summary.recipients) == (60, 60, 0, 60)
    assert rows(store, "SELECT count(*), min(mid), max(mid) FROM recipients") == [[60, 1, 60]]


@pytest.mark.parametrize("name, content, said", [
    ("export.jsonl", '{"mid": 1, "recipient": "a@corp.example"}\n'.encode("utf-16"), "is UTF-16 text"),
    ("export.csv", "mid,recipient\n1,a@corp.example\n".encode("utf-16"), "is UTF-16 text"),
    ("export.csv", gzip.compress(b"mid,recipient\n1,a@corp.example\n", mtime=0), "is a gzip-compressed file"),
    ("export.jsonl", bytes(range(256)) * 40, "is a binary file"),
    # Cyrillic in cp1251: was "a binary file" with the advice that records files are CSV
    ("export.csv", "mid,recipient,subject\n1,a@corp.example,Привет мир\n2,b@corp.example,Счет на оплату\n"
                   .encode("cp1251"), r"is 8-bit text in a code page(.|\n)*iconv -f ENCODING -t utf-8")],
    ids=["utf16-jsonl", "utf16-csv", "gzip-csv", "binary-jsonl", "cp1251-csv"])   # same ids in every xdist worker
def test_a_records_file_that_is_not_utf8_text_is_an_error_naming_it(tmp_path, name, content, said):
    """A JSON lines export saved by Windows PowerShell (UTF-16) or a binary file was read as UTF-8, each of its
    lines a reject of garbage ("not a JSON object"); as CSV it failed with "no 'mid' or 'sha256' column (found:
    <the header's letters spaced by NULs>)"."""
    path = tmp_path / name
    path.write_bytes(content)
    store = Store(tmp_path / "db.duckdb")
    with pytest.raises(IngestError) as err:
        ingest_paths(store, [path], fmt="records")
    assert re.search(said, f"{err.value} {err.value.advice}")
    assert str(path) in str(err.value)
    assert rows(store, "SELECT count(*) FROM ingest_rejects") == [[0]]


def test_a_records_file_that_cannot_be_read_is_an_error_not_a_traceback(tmp_path, monkeypatch, capsys):
    """A SIEM export the analyst may not read (mode 0600, another owner): `ingest --format records` ended in a
    PermissionError traceback. (Patched: the tests may run as root, who reads any file.)"""
    path = tmp_path / "export.csv"
    path.write_text("mid,recipient\n1,a@corp.example\n")
    real = type(path).read_bytes

    def refused(self):
        if self.name == "export.csv":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)
    monkeypatch.setattr(type(path), "read_bytes", refused)
    assert main(["--db", str(tmp_path / "db.duckdb"), "ingest", "--format", "records", str(path)]) == 2
    assert f"error: {path}: cannot read the file (Permission denied)" in capsys.readouterr().err
    other = tmp_path / "other.csv"
    other.write_text("mid,recipient\n2,b@corp.example\n")
    summary = ingest_paths(Store(tmp_path / "db.duckdb"), [tmp_path], fmt="records")   # in a folder: left out
    assert summary.recipients == 1 and [s["path"] for s in summary.skipped_files] == [str(path)]


def test_a_json_lines_file_without_a_known_column_names_its_own_columns(tmp_path):
    path = tmp_path / "odd.jsonl"
    path.write_text('{}\n{"Host": "x"}\n')
    with pytest.raises(IngestError) as err:
        ingest_paths(Store(tmp_path / "db.duckdb"), [path])
    assert "(found: host)" in str(err.value)


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\r\n\r\n", b"\xef\xbb\xbf\n \n"])
def test_an_empty_export_is_no_rows_not_an_error(tmp_path, content):
    """A SIEM's export of an empty window, as Excel or PowerShell save it (a byte order mark, blank lines),
    has no rows: before, all but the 0-byte file failed with "no 'mid' or 'sha256' column (found: column0)"."""
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    summary = ingest_paths(Store(tmp_path / "db.duckdb"), [path], fmt="records")
    assert (summary.lines, summary.rejects) == (0, 0)


def test_an_address_stored_twice_before_its_to_line_keeps_the_recipient_keys_unique(tmp_path):
    """A store the duplicate-address fault left with b@ under two RIDs: the To line gives its RID to one
    of them, the other moves past the MID's largest, never two rows under one RID."""
    from tests.ingest_helpers import header, message
    store = Store(tmp_path / "db.duckdb")
    export = tmp_path / "siem.csv"
    export.write_text("mid,recipient,rid\n7,b@corp.example,0\n7,c@corp.example,1\n")
    ingest_paths(store, [export])
    with store.connect() as con:
        con.execute("UPDATE recipients SET address = 'B@corp.example' WHERE rid = 1")
    epoch = int(dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.timezone.utc).timestamp())
    log = tmp_path / "mail_logs.current"
    log.write_text("\n".join(header(epoch) + message(7, epoch, ["a@corp.example", "b@corp.example"])) + "\n")
    ingest_paths(store, [log])
    got = rows(store, "SELECT rid, lower(address) FROM recipients ORDER BY rid")
    assert len({rid for rid, _ in got}) == len(got)
    assert got[:2] == [[0, "a@corp.example"], [1, "b@corp.example"]]


def test_a_records_file_whose_first_import_read_no_row_for_good_is_read_on_when_it_grows(tmp_path):
    """Grown, not rewritten: a file that held its header alone, or one row still open (no newline), at first."""
    path = tmp_path / "export.csv"
    path.write_text("mid,recipient\n")
    store = Store(tmp_path / "db.duckdb")
    ingest_paths(store, [path])
    with path.open("a") as f:
        f.write("1,a@x.com\n")
    grown = ingest_paths(store, [path])
    assert (grown.lines, grown.parsed, grown.reread_files) == (1, 1, [])


def test_a_records_file_named_from_another_folder_is_the_same_file(tmp_path, monkeypatch):
    """As ESA logs are: a records file is known by its whole path, however it was named (relative to another
    working folder, absolute). Named once relatively and once absolutely, it was a file never read: its rows
    counted again, its rejects recorded twice, and a rewrite of it not seen."""
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / "export.csv"
    path.write_text("mid,recipient,status\n1,a@x.com,weird\n")
    store = Store(tmp_path / "db.duckdb")
    monkeypatch.chdir(folder)
    assert ingest_paths(store, ["export.csv"]).lines == 1
    with path.open("a") as f:
        f.write("2,b@x.com,delivered\n")
    monkeypatch.chdir(tmp_path)
    grown = ingest_paths(store, [path])
    assert (grown.lines, grown.rejects, grown.reread_files) == (1, 0, [])
    assert rows(store, "SELECT line_no, raw FROM ingest_rejects") == [[2, "1,a@x.com,weird"]]
    path.write_text("mid,recipient,status\n1,a@x.com,delivered\n2,b@x.com,odd\n")
    again = ingest_paths(store, ["exports/export.csv"])
    assert (again.lines, again.rejects, again.reread_files) == (2, 1, ["exports/export.csv"])
    assert rows(store, "SELECT line_no, raw, superseded_at IS NULL FROM ingest_rejects ORDER BY line_no") == [
        [2, "1,a@x.com,weird", False], [3, "2,b@x.com,odd", True]]
    assert rows(store, "SELECT path FROM ingest_files") == [[str(path)]]


@pytest.mark.parametrize("name, text", [
    ("export.csv", "mid,recipient,subject,attachment\n1,jose@corp.example,Café réunion,résumé.pdf\n"
                   "2,ana@corp.example,Plain,x.pdf\n"),
    ("export.jsonl", '{"mid": 1, "recipient": "jose@corp.example", "subject": "Café réunion", '
                     '"attachment": "résumé.pdf"}\n{"mid": 2, "recipient": "ana@corp.example", "subject": "Plain", '
                     '"attachment": "x.pdf"}\n')], ids=["csv", "jsonl"])
def test_a_latin1_records_file_is_read_as_windows_1252_and_said_once(tmp_path, capsys, name, text):
    """A SIEM / Excel export in Latin-1: each CSV row with an accented name was a reject "not a CSV row (Invalid
    unicode (byte sequence mismatch) detected...)", which told nothing to do, and its delivery was lost to
    remediation; a JSON lines file kept the rows with U+FFFD for the letters. Now the bytes that are not UTF-8 are
    read as Windows-1252, and the file is named once, with how to convert another encoding."""
    path = tmp_path / name
    path.write_bytes(text.encode("cp1252"))
    db = str(tmp_path / "db.duckdb")
    assert main(["--db", db, "ingest", "--format", "records", "--json", str(path)]) == 0
    out, err = capsys.readouterr()
    summary = json.loads(out.strip().splitlines()[-1])
    assert (summary["parsed"], summary["rejects"], summary["not_utf8_files"]) == (2, 0, [str(path)])
    assert err.count("is not UTF-8") == 1 and "Windows-1252" in err and "iconv -f" in err
    store = Store(tmp_path / "db.duckdb")
    assert rows(store, "SELECT mid, subject FROM messages ORDER BY mid") == [[1, "Café réunion"], [2, "Plain"]]
    assert rows(store, "SELECT filename FROM attachments ORDER BY mid") == [["résumé.pdf"], ["x.pdf"]]
    again = ingest_paths(store, [path], fmt="records")   # read already: not said again
    assert (again.unchanged_files, again.not_utf8_files) == (1, [])
    # a row still bad keeps its text, as read
    with path.open("ab") as f:
        f.write("3,zoë@corp.example,Ünïcode,a.pdf,extra\n".encode("cp1252") if name.endswith("csv")
                else '["Zoë"]\n'.encode("cp1252"))
    third = ingest_paths(store, [path], fmt="records")
    assert (third.rejects, third.not_utf8_files) == (1, [str(path)])
    assert rows(store, "SELECT raw FROM ingest_rejects")[0][0] in ("3,zoë@corp.example,Ünïcode,a.pdf,extra",
                                                                   '["Zoë"]')


def test_a_utf8_records_file_with_one_stray_latin1_byte_keeps_its_utf8_text(tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes("mid,recipient,subject\n1,a@corp.example,Ünïcode ✓\n".encode() + b"2,b@corp.example,Caf\xe9\n")
    store = Store(tmp_path / "db.duckdb")
    s = ingest_paths(store, [path], fmt="records")
    assert (s.parsed, s.rejects, s.not_utf8_files) == (2, 0, [str(path)])
    assert rows(store, "SELECT subject FROM messages ORDER BY mid") == [["Ünïcode ✓"], ["Café"]]


def test_an_export_overwritten_every_day_keeps_yesterdays_deliveries_and_rejects(tmp_path, capsys):
    """A SIEM job overwrites export.csv every day. Each re-import called it "changed before the point it was read
    to last time (rewritten, not appended)" and replaced the file's rejects with today's: yesterday's rejected
    rows, which the analyst may still have to fix and import again, were gone. Now yesterday's deliveries stay
    (they happened), its rejects stay marked as from an earlier content of the file, a row rejected in both
    versions is one reject (today's), and the summary says what happened in the words of this everyday case."""
    path = tmp_path / "export.csv"
    path.write_text("mid,recipient,status\n1,a@x.com,delivered\n2,b@x.com,weird\n3,c@x.com,bogus\n")
    db = str(tmp_path / "db.duckdb")
    store = Store(tmp_path / "db.duckdb")
    assert ingest_paths(store, [path], fmt="records").rejects == 2
    path.write_text("mid,recipient,status\n3,c@x.com,bogus\n4,d@x.com,delivered\n5,e@x.com,odd\n")
    assert main(["--db", db, "ingest", "--format", "records", "--json", str(path)]) == 0
    out, err = capsys.readouterr()
    summary = json.loads(out.strip().splitlines()[-1])
    assert (summary["lines"], summary["parsed"], summary["rejects"]) == (3, 1, 2)
    assert summary["replaced_records"] == [{"path": str(path), "earlier_rejects": 1}]
    assert summary["reread_files"] == [str(path)]
    assert f"warning: {path}: a new content replaced the one read before (an export overwritten, not appended " \
           "to): read whole; the deliveries and verdicts read from the earlier content stay, and so do its 1 " \
           "reject(s), marked as from an earlier content of the file (`rejects`)" in err
    assert "rewritten" not in err
    assert rows(store, "SELECT mid, address FROM recipients ORDER BY mid") == [[1, "a@x.com"], [4, "d@x.com"]]
    assert rows(store, "SELECT line_no, raw, superseded_at IS NOT NULL FROM ingest_rejects ORDER BY raw") == [
        [3, "2,b@x.com,weird", True], [2, "3,c@x.com,bogus", False], [4, "5,e@x.com,odd", False]]
    assert main(["--db", db, "rejects"]) == 0
    listed = capsys.readouterr().out
    assert f"{path}:3: unknown status (delivered, quarantined, bounced or pending) (earlier content of the file, " \
           "replaced " in listed and listed.count("earlier content") == 1
    assert main(["--db", db, "rejects", "--json"]) == 0
    got = [json.loads(line) for line in capsys.readouterr().out.strip().splitlines()[:-1]]
    assert sorted(r["superseded_at"] is None for r in got) == [False, True, True]
    path.write_text("mid,recipient,status\n6,f@x.com,delivered\n")   # the next day: the old rejects stay marked
    third = ingest_paths(store, [path], fmt="records")
    assert third.replaced_records == [{"path": str(path), "earlier_rejects": 3}]
    assert rows(store, "SELECT count(*), count(superseded_at) FROM ingest_rejects") == [[3, 3]]
