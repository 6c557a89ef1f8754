"""ESA ingest: a rejected line is kept as the file has it, and every line ending (\\n, \\r\\n, \\r) ends a line."""
from __future__ import annotations

import os
import time

import pytest

from marlib.ingest.api import ingest_paths
from marlib.store import Store
from tests.ingest_helpers import dump, file_line, header, message, rows

T0 = 1_763_000_000  # 2025-11-13 02:13:20 UTC


def _scanner(monkeypatch, scanner: str) -> None:
    monkeypatch.setenv("MARLIB_SCANNER_MIN_BYTES", "1" if scanner == "compiled" else str(1 << 40))


@pytest.mark.parametrize("scanner", ["sql", "compiled"])
def test_a_rejected_line_keeps_its_white_space_and_nuls_as_written(tmp_path, monkeypatch, scanner):
    """rejects.raw is the line to fix the source from: trailing blanks and the NULs an appliance stopped
    uncleanly left before it are part of it (the parser looks past them; the raw text does not)."""
    _scanner(monkeypatch, scanner)
    bad = [file_line(T0, "MID x ICID 1 RID 0 To: <a@b>").encode() + b"  \t",
           b"\x00\x00\x00" + file_line(T0, "MID y ICID 1 RID 0 To: <a@b>").encode(),
           file_line(T0, "Response received for file reputation query from Cloud. File Name = 'a', MID = 1"
                     ).encode() + b" ",
           b"\x00garbage with MID 5 in it   "]
    path = tmp_path / "m.log"
    path.write_bytes(b"".join(line + b"\r\n" for line in [h.encode() for h in header(T0)] + bad))
    store = Store(tmp_path / "db.duckdb")
    assert ingest_paths(store, [path]).rejects == 4
    assert rows(store, "SELECT line_no, raw FROM ingest_rejects ORDER BY line_no") == [
        [4 + i, line.decode()] for i, line in enumerate(bad)]


def test_a_feb_29_line_after_nuls_is_read_in_the_leap_year_it_turns_out_to_be_in(tmp_path):
    """A syslog Feb 29 is rejected in a batch's starting year without one and read again once the year is known:
    the reject's text, now the line as written, still has the NULs an unclean stop left before it."""
    def line(stamp, mid):
        return f"<166>{stamp} esa1 mail_logs: Info: Start MID {mid} ICID {mid}"
    path = tmp_path / "a.log"
    path.write_bytes("".join(text + "\n" for text in [
        line("Dec 31 23:00:00", 1), line("Feb 28 10:00:00", 3), "\x00\x00" + line("Feb 29 10:00:00", 4) + " ",
        line("Mar  1 10:00:00", 5)]).encode())
    store = Store(tmp_path / "db.duckdb")
    assert ingest_paths(store, [path], year=2027).rejects == 0
    assert rows(store, "SELECT mid, strftime(received_at, '%Y-%m-%d') FROM messages ORDER BY mid") == [
        [1, "2027-12-31"], [3, "2028-02-28"], [4, "2028-02-29"], [5, "2028-03-01"]]
    wrong = tmp_path / "b.log"
    wrong.write_bytes(("\x00" + line("Feb 29 10:00:00", 9) + "\n").encode())
    assert ingest_paths(store, [wrong], year=2026).rejects == 1
    assert rows(store, "SELECT raw FROM ingest_rejects") == [["\x00" + line("Feb 29 10:00:00", 9)]]


def _old(path):
    """Last written a minute ago: a last line without its line end is complete."""
    os.utime(path, (time.time() - 60, time.time() - 60))
    return path


def _log_lines() -> list[str]:
    lines = header(T0)
    for i in range(3):
        lines += message(100 + i, T0 + 60 * i, [f"user{i}@corp.example", "team@corp.example"],
                         sha="ab" * 32 if i == 0 else None)
    return lines + [file_line(T0 + 300, "MID x ICID 1 RID 0 To: <a@b>"), file_line(T0 + 300, "Start MID 9 ICID 9")]


@pytest.mark.parametrize("scanner", ["sql", "compiled"])
@pytest.mark.parametrize("batches", ["one", "cut at a CR"])
def test_lines_ending_with_cr_alone_are_lines_as_with_lf_or_crlf(tmp_path, monkeypatch, scanner, batches):
    """A log saved with classic Mac OS line ends (CR alone) is read line by line, as one with LF or CR LF (it was
    one line: nothing stored, no reject). A batch read up to a CR does not take it for a line end before it
    knows the next byte: the CR of a CR LF is no line of its own."""
    _scanner(monkeypatch, scanner)
    lines = _log_lines()
    stores = {}
    for name, end in (("lf", "\n"), ("crlf", "\r\n"), ("cr", "\r")):
        data = "".join(line + end for line in lines).encode()
        if batches != "one":   # the first read ends just after the first CR
            monkeypatch.setenv("MARLIB_INGEST_CHUNK_BYTES", str(data.index(b"\r") + 1 if end != "\n" else 700))
        path = tmp_path / f"{name}.log"
        path.write_bytes(data)
        _old(path)
        store = stores[name] = Store(tmp_path / f"{name}.duckdb")
        summary = ingest_paths(store, [path])
        assert (summary.lines, summary.messages, summary.rejects) == (len(lines), 4, 1), name
        assert ingest_paths(store, [path]).lines == 0
    for name in ("crlf", "cr"):
        assert dump(stores[name]) == dump(stores["lf"]), name
        assert rows(stores[name], "SELECT line_no, raw FROM ingest_rejects") == [
            [len(lines) - 1, file_line(T0 + 300, "MID x ICID 1 RID 0 To: <a@b>")]]


def test_cr_ended_lines_appended_later_are_read_alone_and_a_cr_at_the_end_waits_while_written(tmp_path):
    lines = _log_lines()
    path = tmp_path / "mac.log"
    path.write_bytes("".join(line + "\r" for line in lines[:10]).encode())   # just written
    store = Store(tmp_path / "db.duckdb")
    first = ingest_paths(store, [path])   # the last CR may be the first half of a CR LF still being written
    assert (first.files, first.lines, first.waiting_files) == (1, 9, 0)
    with path.open("ab") as f:
        f.write("".join(line + "\r" for line in lines[10:]).encode())
    second = ingest_paths(store, [_old(path)])
    assert (second.lines, second.rejects) == (len(lines) - 9, 1)
    once = Store(tmp_path / "once.duckdb")
    lf = tmp_path / "lf.log"
    lf.write_bytes("".join(line + "\n" for line in lines).encode())
    ingest_paths(once, [lf])
    assert dump(store) == dump(once)
    assert rows(store, "SELECT line_no FROM ingest_rejects") == [[len(lines) - 1]]


def test_a_log_cut_shorter_with_the_same_start_is_read_again_not_unchanged(tmp_path):
    """A log rewritten shorter (an older copy restored) with its first KB unchanged was "unchanged": its rejects
    stayed those of lines no longer in it. It is read again from its start, as a log rewritten longer is, and as
    a records file cut shorter is."""
    long = header(T0) + [line for i in range(20) for line in message(200 + i, T0 + 60 * i, ["u@corp.example"])]
    path = tmp_path / "mail.current"
    path.write_text("\n".join(long + [file_line(T0 + 9999, "MID x ICID 1 RID 0 To: <a@b>")]) + "\n")
    store = Store(tmp_path / "db.duckdb")
    assert ingest_paths(store, [path]).rejects == 1
    path.write_text("\n".join(long[:40]) + "\n")
    cut = ingest_paths(store, [_old(path)])
    assert (cut.unchanged_files, cut.lines, cut.reread_files) == (0, 40, [str(path)])
    assert rows(store, "SELECT count(*) FROM ingest_rejects") == [[0]]
    assert rows(store, "SELECT lines_done FROM ingest_files") == [[40]]
    assert ingest_paths(store, [path]).unchanged_files == 1


@pytest.mark.parametrize("kind", ["memory map", "numpy"])
def test_lone_crs_become_newlines_in_either_kind_of_buffer(kind):
    """Ingest reads into a memory map (its `find` tells at once that an LF log has no CR); any other array is
    searched by the regular expression: both turn a lone CR, and only that, into an LF."""
    import numpy as np

    from marlib.ingest import files
    from marlib.ingest.api import _new_buffer
    data = b"a\r\nb\rc\n\rd\r"
    buf = _new_buffer(len(data)) if kind == "memory map" else np.empty(len(data), dtype=np.uint8)
    buf[:] = np.frombuffer(data, dtype=np.uint8)
    files.lone_crs_to_newlines(buf, len(data))
    assert buf.tobytes() == b"a\r\nb\nc\n\nd\r"   # the last CR waits for the byte after it
    lf_only = b"x\ny\n" * 1000
    buf = _new_buffer(len(lf_only)) if kind == "memory map" else np.empty(len(lf_only), dtype=np.uint8)
    buf[:] = np.frombuffer(lf_only, dtype=np.uint8)
    files.lone_crs_to_newlines(buf, len(lf_only))
    assert buf.tobytes() == lf_only


@pytest.mark.parametrize("scanner", ["sql", "compiled"])
def test_8bit_subjects_and_file_names_are_read_as_windows_1252_not_lost(tmp_path, monkeypatch, scanner):
    """An 8-bit mail header logged as it came (Latin-1 bytes in a subject or an attachment name): the line was
    read, but each such byte became U+FFFD ("Caf� r�union", "r�sum�.pdf"), and a =E9 escape in a name the same.
    Now those bytes are read as Windows-1252, the valid UTF-8 beside them as UTF-8, and the file is named."""
    _scanner(monkeypatch, scanner)
    sha = "ab" * 32
    text = "\n".join(header(T0, 3600) + message(100, T0, ["a@corp.example"], sha=sha, fname="x.pdf")
                     + message(101, T0 + 9, ["b@corp.example"], sha=sha, fname="r=E9sum=E9.pdf")) + "\n"
    text = (text.replace("Subject 'Report 100'", "Subject 'Caf\udce9 r\udce9union \u2713'")
            .replace("'x.pdf'", "'r\udce9sum\udce9.pdf'"))
    path = tmp_path / "mail.current"
    path.write_bytes(text.encode("utf-8", "surrogateescape"))
    os.utime(path, (T0, T0))
    store = Store(tmp_path / "db.duckdb")
    s = ingest_paths(store, [path])
    assert (s.rejects, s.messages, s.not_utf8_files) == (0, 2, [str(path)])
    assert any(w.startswith(f"{path} is not UTF-8") for w in s.warnings())
    assert rows(store, "SELECT mid, subject FROM messages ORDER BY mid") == [[100, "Café réunion \u2713"],
                                                                          [101, "Report 101"]]
    assert rows(store, "SELECT mid, filename FROM attachments ORDER BY mid") == [[100, "résumé.pdf"],
                                                                              [101, "résumé.pdf"]]
    assert rows(store, "SELECT DISTINCT filename FROM verdict_events") == [["résumé.pdf"]]
    assert ingest_paths(store, [path]).not_utf8_files == []   # read already
