"""ESA ingest: idempotent, incremental, gz, rotation, time zones, years, children, rejects, errors."""
from __future__ import annotations

import gzip
import json
import os
import shutil
import time
from datetime import datetime as dt

import pytest

from marlib.cli import main
from marlib.errors import IngestError
from marlib.ingest.api import ingest_paths
from marlib.store import Store
from tests.ingest_helpers import dump, file_line, header, message, mid77_lines, rows, two_appliance_logs, write_lines

T0 = 1_763_000_000  # 2025-11-13 02:13:20 UTC
SHA = "ab" * 32


def _old(path):
    """Pretend the file was last written a minute ago (a last line without newline is then complete)."""
    t = time.time() - 60
    os.utime(path, (t, t))
    return path


def _log(tmp_path, name="mail.current", n=3, start_mid=100):
    lines = header(T0)
    for i in range(n):
        lines += message(start_mid + i, T0 + 60 * i, [f"user{i}@corp.example", "team@corp.example"],
                         sha=SHA if i == 0 else None)
    return write_lines(tmp_path / name, lines)


def test_same_file_twice_adds_nothing(tmp_path):
    store = Store(tmp_path / "db.duckdb")
    path = _log(tmp_path)
    first = ingest_paths(store, [path])
    assert (first.messages, first.recipients, first.attachments, first.verdict_events) == (3, 6, 1, 1)
    assert first.rejects == 0 and first.lines == first.parsed + first.ignored
    before = dump(store)
    again = ingest_paths(store, [path])
    assert (again.files, again.lines, again.messages, again.recipients, again.unchanged_files) == (0, 0, 0, 0, 1)
    assert dump(store) == before


def test_a_file_another_process_read_meanwhile_is_not_read_again(tmp_path, monkeypatch):
    """Two ingests of one folder at once: the second looked up the file's position before the first stored
    the file, and must go on from where the store says when it gets the database."""
    from marlib.ingest import api
    store = Store(tmp_path / "db.duckdb")
    path = write_lines(tmp_path / "m.log", header(T0) + message(100, T0, ["a@corp.example"])
                       + ["Mon Nov 13 02:13:30 2025 Info: MID 100 ICID 7 RID 9 To: broken"])
    with store.connect() as con:
        stale = api._load_state(con, path.read_bytes()[:4096], path)   # before anything is stored
    first = ingest_paths(store, [path])
    assert first.rejects == 1
    before = dump(store)
    monkeypatch.setattr(api, "_load_state", lambda con, head, path: stale)
    again = ingest_paths(store, [path])
    assert (again.lines, again.rejects, again.unchanged_files) == (0, 0, 1)
    assert dump(store) == before


def test_appended_lines_are_read_alone_and_a_straddling_message_merges(tmp_path):
    full = header(T0) + message(100, T0, ["a@corp.example", "b@corp.example"], sha=SHA) \
        + message(101, T0 + 60, ["c@corp.example"])
    cut = 7  # header + Start/From/both To lines of MID 100: the rest of MID 100 comes in the append
    path = write_lines(tmp_path / "mail.current", full[:cut])
    store = Store(tmp_path / "inc.duckdb")
    first = ingest_paths(store, [path])
    assert (first.lines, first.messages, first.recipients) == (cut, 1, 2)
    write_lines(path, full[cut:], mode="a")
    second = ingest_paths(store, [path])
    assert second.lines == len(full) - cut and second.messages == 1
    with store.connect() as con:
        row = con.execute("SELECT bytes_done, lines_done FROM ingest_files").fetchall()
    assert row == [(path.stat().st_size, len(full))]
    once = Store(tmp_path / "once.duckdb")
    ingest_paths(once, [write_lines(tmp_path / "copy.log", full)])
    assert dump(store) == dump(once)
    msg = store.query_one("SELECT message_id, subject, received_at FROM messages WHERE mid = 100")
    assert msg == ("<m100@remote.example>", "Report 100", dt(2025, 11, 13, 2, 13, 20))
    assert store.query_one("SELECT count(*) FROM recipients WHERE mid = 100 AND status = 'delivered'") == (2,)


def test_a_log_rewritten_with_the_same_start_is_read_again_from_its_start(tmp_path, capsys):
    """A log rewritten rather than appended (edited, restored, regenerated) whose first KB is unchanged was read
    on from the old position, the middle of a line in the new content: the lines before it that are new were
    never read, and the cut line was one ignored line. Its old rejects described the old content."""
    first_part = header(T0) + message(100, T0, ["a@corp.example"]) + message(101, T0 + 60, ["b@corp.example"])
    path = write_lines(tmp_path / "mail.current",
                       first_part + ["Mon Nov 13 02:16:30 2025 Info: MID 101 ICID 7 RID 9 To: broken"])
    store = Store(tmp_path / "db.duckdb")
    assert ingest_paths(store, [path]).rejects == 1
    edited = first_part[:-3] + message(102, T0 + 70, ["new.one@corp.example", "other@corp.example"]) \
        + first_part[-3:] + message(103, T0 + 120, ["c@corp.example"])
    assert len("\n".join(first_part[:-3])) > 1024   # the rewrite keeps the file's key (its first KB)
    write_lines(path, edited)
    again = ingest_paths(store, [path])
    assert again.reread_files == [str(path)] and again.messages == 2 and again.rejects == 0
    assert rows(store, "SELECT mid FROM messages ORDER BY mid") == [[100], [101], [102], [103]]
    assert rows(store, "SELECT count(*) FROM ingest_rejects") == [[0]]
    assert rows(store, "SELECT count(*) FROM ingest_files") == [[1]]
    once = Store(tmp_path / "once.duckdb")
    ingest_paths(once, [write_lines(tmp_path / "copy.log", edited)])
    assert dump(store)["recipients"] == dump(once)["recipients"]
    with path.open("a") as f:   # appended from then on: read on, not again
        f.write("\n".join(message(104, T0 + 180, ["d@corp.example"])) + "\n")
    assert main(["--db", str(tmp_path / "db.duckdb"), "ingest", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert (out["messages"], out["reread_files"]) == (1, [])


def test_unterminated_last_line_waits_for_its_newline(tmp_path, monkeypatch):
    # the file is being written for as long as the test lasts (it settled 5 s after it was written: a first
    # ingest later than that, on a loaded machine, took the line as complete)
    monkeypatch.setattr("marlib.ingest.api.SETTLED_S", 3600)
    lines = header(T0) + message(100, T0, ["a@corp.example"])
    path = tmp_path / "mail.current"
    path.write_text("\n".join(lines), encoding="utf-8")  # still being written: no final newline
    store = Store(tmp_path / "db.duckdb")
    first = ingest_paths(store, [path])
    assert first.lines == len(lines) - 1
    assert store.query_one("SELECT finished_at FROM messages") == (None,)
    with open(path, "a", encoding="utf-8") as f:
        f.write("\n")
    second = ingest_paths(store, [path])
    assert second.lines == 1
    assert store.query_one("SELECT finished_at IS NOT NULL FROM messages") == (True,)


def test_a_file_whose_only_new_bytes_are_an_unterminated_line_is_waiting_not_unchanged(tmp_path, capsys,
                                                                                       monkeypatch):
    """Lines appended to a log being written, the last without its newline yet: the ingest read nothing and
    said `0 file(s) read (1 unchanged)`, as if nothing had been appended."""
    monkeypatch.setattr("marlib.ingest.api.SETTLED_S", 3600)   # being written throughout, however slow the test
    lines = header(T0) + message(100, T0, ["a@corp.example"])
    path = tmp_path / "mail.current"
    path.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")
    db = tmp_path / "db.duckdb"
    store = Store(db)
    assert ingest_paths(store, [path]).lines == len(lines) - 1
    with open(path, "a", encoding="utf-8") as f:
        f.write(lines[-1])                                   # being written: no newline yet
    waiting = ingest_paths(store, [path])
    assert (waiting.files, waiting.lines, waiting.waiting_files, waiting.unchanged_files) == (0, 0, 1, 0)
    assert main(["--db", str(db), "ingest", str(path)]) == 0
    out = capsys.readouterr().out
    assert "0 file(s) read (1 with a last line waiting for its newline)" in out and "unchanged" not in out
    with open(path, "a", encoding="utf-8") as f:
        f.write("\n")
    done = ingest_paths(store, [path])
    assert (done.files, done.lines, done.waiting_files) == (1, 1, 0)
    again = ingest_paths(store, [path])
    assert (again.files, again.waiting_files, again.unchanged_files) == (0, 0, 1)


def test_a_log_just_started_whose_first_line_has_no_newline_yet_waits(tmp_path, capsys, monkeypatch):
    """A mail.current a rotation has just started, its first line half written: named, the ingest failed with
    "is not a Cisco ESA log" (exit 2); in a folder it was left out with that warning. It waits, as any
    unfinished last line does, and is read whole once the line is complete."""
    monkeypatch.setattr("marlib.ingest.api.SETTLED_S", 3600)   # being written throughout, however slow the test
    lines = header(T0) + message(100, T0, ["a@corp.example"])
    folder = tmp_path / "esa"
    folder.mkdir()
    path = folder / "mail.current"
    path.write_text(lines[0][:15], encoding="utf-8")
    db = tmp_path / "db.duckdb"
    store = Store(db)
    for given in (path, folder):
        waiting = ingest_paths(store, [given])
        assert (waiting.files, waiting.lines, waiting.waiting_files, waiting.skipped_files) == (0, 0, 1, [])
    assert main(["--db", str(db), "ingest", str(path)]) == 0
    assert "0 file(s) read (1 with a last line waiting for its newline)" in capsys.readouterr().out
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = ingest_paths(store, [path])
    assert (done.files, done.lines, done.waiting_files, done.messages) == (1, len(lines), 0, 1)
    (folder / "core").write_bytes(b"\x01\x00\x02")            # a binary file is still told so
    with pytest.raises(IngestError, match="is a binary file"):
        ingest_paths(store, [folder / "core"])


def test_finished_file_without_final_newline_is_read_completely(tmp_path):
    lines = header(T0) + message(100, T0, ["a@corp.example"])
    path = tmp_path / "mail.@20251113T000000.s"
    path.write_text("\n".join(lines), encoding="utf-8")
    s = ingest_paths(Store(tmp_path / "db.duckdb"), [_old(path)])
    assert s.lines == len(lines)


def test_a_rotated_log_still_arriving_keeps_its_cut_last_line_for_when_it_is_complete(tmp_path, monkeypatch):
    """ESA's SCP push (or a copy) writes mail.@<time>.s under its final name: found while it arrives, its last
    line is cut at the copy point. It was taken as complete (a .s never grows): the cut line a reject, its rest
    an ignored line, the recipient lost."""
    monkeypatch.setattr("marlib.ingest.api.SETTLED_S", 3600)   # arriving for as long as the test lasts
    data = "\n".join(header(T0) + message(100, T0, ["a@corp.example", "b@corp.example"])) + "\n"
    cut = data.index("RID 1 To: <b@co") + len("RID 1 To: <b@co")
    path = tmp_path / "mail.@20251113T000000.s"
    path.write_text(data[:cut], encoding="utf-8")
    store = Store(tmp_path / "db.duckdb")
    first = ingest_paths(store, [path])
    assert first.rejects == 0 and rows(store, "SELECT address FROM recipients") == [["a@corp.example"]]
    with path.open("a", encoding="utf-8") as f:
        f.write(data[cut:])
    again = ingest_paths(store, [path])
    assert again.rejects == 0 and again.ignored == 0
    assert rows(store, "SELECT address, status FROM recipients ORDER BY rid") == [
        ["a@corp.example", "delivered"], ["b@corp.example", "delivered"]]


def test_rotation_rename_and_gzip_are_recognised(tmp_path):
    store = Store(tmp_path / "db.duckdb")
    current = _log(tmp_path)
    ingest_paths(store, [current])
    rotated = current.rename(tmp_path / "mail.@20251113T021320.s")
    assert ingest_paths(store, [rotated]).lines == 0
    gz = tmp_path / "mail.@20251113T021320.s.gz"
    with open(rotated, "rb") as src, gzip.open(gz, "wb") as dst:
        shutil.copyfileobj(src, dst)
    rotated.unlink()
    assert ingest_paths(store, [gz]).lines == 0
    assert store.query_one("SELECT path FROM ingest_files")[0] == str(gz)


def _amp_lines(epoch, sha=SHA):
    return [file_line(epoch, f"Response received for file reputation query from Cloud. File Name = 'a.pdf', "
                             f"MID = 100, Disposition = FILE UNKNOWN, Malware = None, Analysis Score = 0, "
                             f"sha256 = {sha}, upload_action = 0"),
            file_line(epoch + 60, f"Retrospective verdict received. SHA256: {sha}, Timestamp: {epoch + 60}, "
                                  "Verdict: MALICIOUS, Reputation Score: 0, Spyname: W32.X")]


@pytest.mark.parametrize("mail_first", [True, False])
def test_two_logs_started_in_the_same_second_are_two_files(tmp_path, mail_first):
    """Log subscriptions rolled over in one second start with the same header lines: a log read while it
    held only those is not the other one (found first or not), and each is read on from its own position."""
    store = Store(tmp_path / "db.duckdb")
    amp, mail = tmp_path / "amp" / "amp.current", tmp_path / "mail_logs" / "mail.current"
    amp.parent.mkdir()
    mail.parent.mkdir()
    write_lines(amp, header(T0))
    write_lines(mail, header(T0) + (message(100, T0, ["a@corp.example"], sha=SHA) if mail_first else []))
    first = ingest_paths(store, [tmp_path])
    assert first.files == 2 and first.lines == 6 + (len(message(100, T0, ["a"], sha=SHA)) if mail_first else 0)
    if not mail_first:
        write_lines(mail, message(100, T0, ["a@corp.example"], sha=SHA), mode="a")
    write_lines(amp, _amp_lines(T0 + 5), mode="a")
    second = ingest_paths(store, [tmp_path])
    assert second.rejects == 0
    assert rows(store, "SELECT address, status FROM recipients") == [["a@corp.example", "delivered"]]
    assert rows(store, "SELECT verdict FROM verdict_events WHERE kind = 'retrospective'") == [["MALICIOUS"]]
    assert sorted(p for (p,) in rows(store, "SELECT path FROM ingest_files")) == [str(amp), str(mail)]
    assert ingest_paths(store, [tmp_path]).lines == 0


def _retro(epoch):
    return file_line(epoch, f"Retrospective verdict received. SHA256: {SHA}, Timestamp: {epoch}, "
                            "Verdict: MALICIOUS, Reputation Score: 0, Spyname: W32.X")


def test_two_logs_with_the_same_header_rotated_together_keep_their_own_positions(tmp_path):
    """Both read while they held only the same header, one read on, then both rotated in the same minute:
    neither takes the other's position (the amp log's verdict is read, the mail log's lines once)."""
    store = Store(tmp_path / "db.duckdb")
    amp, mail = tmp_path / "amp" / "amp.current", tmp_path / "mail_logs" / "mail.current"
    amp.parent.mkdir()
    mail.parent.mkdir()
    write_lines(amp, header(T0))
    write_lines(mail, header(T0))
    ingest_paths(store, [mail.parent])
    ingest_paths(store, [amp.parent])
    write_lines(mail, message(100, T0, ["a@corp.example"], sha=SHA), mode="a")
    ingest_paths(store, [mail.parent, amp.parent])
    write_lines(amp, [_retro(T0 + 5)], mode="a")
    write_lines(mail, message(101, T0, ["b@corp.example"]), mode="a")
    for log in (amp, mail):
        log.rename(log.with_name(log.name.split(".")[0] + ".@20251113T0214.s"))
        write_lines(log, header(T0 + 60))
    run = ingest_paths(store, [tmp_path])
    assert run.rejects == 0 and run.unchanged_files == 0
    assert rows(store, "SELECT verdict FROM verdict_events WHERE kind = 'retrospective'") == [["MALICIOUS"]]
    assert rows(store, "SELECT mid, address FROM recipients ORDER BY mid") == [
        [100, "a@corp.example"], [101, "b@corp.example"]]
    assert ingest_paths(store, [tmp_path]).lines == 0


def test_paths_are_kept_whole_so_another_working_folder_finds_the_same_files(tmp_path, monkeypatch):
    """Logs named relative to one folder, then the parent folder named from another (watch as a service)."""
    store = Store(tmp_path / "db.duckdb")
    logs = tmp_path / "logs"
    amp, mail = logs / "amp" / "amp.current", logs / "mail_logs" / "mail.current"
    amp.parent.mkdir(parents=True)
    mail.parent.mkdir()
    write_lines(amp, header(T0))
    write_lines(mail, header(T0))
    monkeypatch.chdir(logs)
    ingest_paths(store, ["mail_logs"])
    ingest_paths(store, ["amp"])
    assert sorted(p for (p,) in rows(store, "SELECT path FROM ingest_files")) == [str(amp), str(mail)]
    write_lines(mail, message(100, T0, ["a@corp.example"]), mode="a")
    write_lines(amp, [_retro(T0 + 5)], mode="a")
    monkeypatch.chdir(tmp_path.parent)
    run = ingest_paths(store, [logs])
    assert run.rejects == 0 and run.lines == len(message(100, T0, ["a"])) + 1
    assert rows(store, "SELECT verdict FROM verdict_events WHERE kind = 'retrospective'") == [["MALICIOUS"]]


def test_a_log_read_while_it_held_only_its_header_is_found_after_rotation(tmp_path):
    """The appliance renames the log and starts a new one with the same header (the same second): the two
    cannot be told apart by their start, so the renamed one is read again from its start (its header lines
    count twice, as ignored lines) and the new one on from its header; no message is lost."""
    store = Store(tmp_path / "db.duckdb")
    current = write_lines(tmp_path / "mail.current", header(T0))
    assert ingest_paths(store, [tmp_path]).lines == 3
    write_lines(current, message(100, T0, ["a@corp.example"]), mode="a")
    rotated = current.rename(tmp_path / "mail.@20251113T021320.s")
    write_lines(current, header(T0) + message(101, T0 + 1, ["b@corp.example"]))
    run = ingest_paths(store, [tmp_path])
    assert run.lines == 2 * len(message(100, T0, ["a"])) + 3 and run.rejects == 0
    assert rows(store, "SELECT mid, address FROM recipients ORDER BY mid") == [
        [100, "a@corp.example"], [101, "b@corp.example"]]
    assert sorted(p for (p,) in rows(store, "SELECT path FROM ingest_files")) == sorted([str(current), str(rotated)])


@pytest.mark.parametrize("split_at", ["Delivery start", "Message done", "Response"])
def test_delivery_lines_read_before_their_to_line_are_not_lost(tmp_path, split_at):
    """A message across a rotation, the newer log read first (or a relay that sent the delivery first and an
    ingest in between): the copy ends delivered, as when the lines are read together."""
    lines = message(100, T0, ["a@corp.example", "b@corp.example"], sha=SHA)
    cut = next(i for i, line in enumerate(lines) if split_at in line)
    older = write_lines(tmp_path / "mail.@20251113T021320.s", header(T0) + lines[:cut])
    newer = write_lines(tmp_path / "mail.current", header(T0 + 1) + lines[cut:])
    together = Store(tmp_path / "together.duckdb")
    ingest_paths(together, [older, newer])
    apart = Store(tmp_path / "apart.duckdb")
    ingest_paths(apart, [newer])
    assert rows(apart, "SELECT count(*) FROM recipients") == [[0]]
    ingest_paths(apart, [older])
    assert dump(apart) == dump(together)
    assert rows(apart, "SELECT address, status, dcid IS NOT NULL FROM recipients ORDER BY rid") == [
        ["a@corp.example", "delivered", True], ["b@corp.example", "delivered", True]]
    assert rows(apart, "SELECT count(*) FROM recipient_facts") == [[0]]


def test_a_held_delivery_does_not_override_a_later_status_read_with_the_to_line(tmp_path):
    """The latest line wins, as when read together. Held: to the quarantine at 02:14; with the To line comes
    the release and delivery at 03:13 (later): delivered. Held the other way round: quarantined."""
    t = T0 + 3600
    quarantined = [file_line(T0 + 60, "Delivery start DCID 7 MID 100 to RID [0] to offbox IronPort Spam Quarantine"),
                   file_line(T0 + 61, "Message done DCID 7 MID 100 to RID [0] (external quarantine)")]
    start = [file_line(T0, "Start MID 100 ICID 1100"), file_line(T0, "MID 100 ICID 1100 RID 0 To: <a@corp.example>")]
    delivered = [file_line(t, "Delivery start DCID 8 MID 100 to RID [0]"),
                 file_line(t, "Message done DCID 8 MID 100 to RID [0]")]
    store = Store(tmp_path / "db.duckdb")
    ingest_paths(store, [write_lines(tmp_path / "a.log", header(T0) + quarantined)])
    ingest_paths(store, [write_lines(tmp_path / "b.log", header(T0 + 2) + start + delivered)])
    assert rows(store, "SELECT status, dcid FROM recipients") == [["delivered", 8]]
    other = Store(tmp_path / "other.duckdb")
    ingest_paths(other, [write_lines(tmp_path / "c.log", header(T0 + 3) + delivered)])
    ingest_paths(other, [write_lines(tmp_path / "d.log", header(T0 + 4) + start + quarantined)])
    assert rows(other, "SELECT status, dcid FROM recipients") == [["delivered", 8]]
    third = Store(tmp_path / "third.duckdb")
    ingest_paths(third, [write_lines(tmp_path / "e.log", header(T0 + 5) + quarantined)])
    ingest_paths(third, [write_lines(tmp_path / "f.log", header(T0 + 6) + start)])
    assert rows(third, "SELECT status, dcid FROM recipients") == [["quarantined", 7]]


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0), (2, 0, 1)])
def test_a_copys_status_is_its_latest_lines_whatever_order_the_files_are_read_in(tmp_path, order):
    """To line, quarantine at 02:14 and release with delivery at 03:13 in three files, read in any order:
    delivered by DCID 8, as when read together."""
    t = T0 + 3600
    parts = [[file_line(T0, "Start MID 100 ICID 1100"), file_line(T0, "MID 100 ICID 1100 RID 0 To: <a@corp.example>")],
             [file_line(T0 + 60, "Delivery start DCID 7 MID 100 to RID [0] to offbox IronPort Spam Quarantine"),
              file_line(T0 + 61, "Message done DCID 7 MID 100 to RID [0] (external quarantine)")],
             [file_line(t, "Delivery start DCID 8 MID 100 to RID [0]"),
              file_line(t, "Message done DCID 8 MID 100 to RID [0]")]]
    store = Store(tmp_path / "db.duckdb")
    for i in order:
        ingest_paths(store, [write_lines(tmp_path / f"{i}.log", header(T0 + i) + parts[i])])
    assert rows(store, "SELECT status, dcid, delivered_at IS NOT NULL FROM recipients") == [["delivered", 8, True]]


def test_a_later_delivery_read_later_brings_its_own_dcid_and_response(tmp_path):
    """Read in order (watch reads each appended chunk apart): the retry's DCID and response, not the larger."""
    first = [file_line(T0, "Start MID 100 ICID 1100"), file_line(T0, "MID 100 ICID 1100 RID 0 To: <a@corp.example>"),
             file_line(T0 + 1, "Delivery start DCID 8 MID 100 to RID [0]"),
             file_line(T0 + 2, "MID 100 RID [0] Response '452 4.2.2 mailbox full'")]
    second = [file_line(T0 + 600, "Delivery start DCID 6 MID 100 to RID [0]"),
              file_line(T0 + 601, "Message done DCID 6 MID 100 to RID [0]"),
              file_line(T0 + 601, "MID 100 RID [0] Response '250 2.0.0 ok'")]
    store = Store(tmp_path / "db.duckdb")
    log = write_lines(tmp_path / "mail.current", header(T0) + first)
    ingest_paths(store, [log])
    write_lines(log, second, mode="a")
    ingest_paths(store, [log])
    assert rows(store, "SELECT status, dcid, response FROM recipients") == [["delivered", 6, "250 2.0.0 ok"]]


def test_gz_gives_the_same_records_as_plain(tmp_path):
    plain = _log(tmp_path, n=5)
    gz = tmp_path / "other" / "mail.s.gz"
    gz.parent.mkdir()
    gz.write_bytes(gzip.compress(plain.read_bytes()))
    a, b = Store(tmp_path / "a.duckdb"), Store(tmp_path / "b.duckdb")
    ingest_paths(a, [plain])
    sb = ingest_paths(b, [gz])
    assert sb.messages == 5
    assert dump(a) == dump(b)


def test_gz_tail_after_growth(tmp_path, monkeypatch):
    monkeypatch.setenv("MARLIB_INGEST_CHUNK_BYTES", "700")  # many small batches
    lines = header(T0) + message(100, T0, ["a@corp.example"]) + message(101, T0 + 5, ["b@corp.example"])
    store = Store(tmp_path / "db.duckdb")
    gz = tmp_path / "mail.s.gz"
    gz.write_bytes(gzip.compress(("\n".join(lines[:10]) + "\n").encode()))
    ingest_paths(store, [gz])
    gz.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    s = ingest_paths(store, [gz])
    assert s.lines == len(lines) - 10
    once = Store(tmp_path / "once.duckdb")
    ingest_paths(once, [write_lines(tmp_path / "plain.log", lines)])
    assert dump(store) == dump(once)


def test_a_gz_that_fits_in_one_batch_is_announced_as_its_last(tmp_path, monkeypatch):
    """A .gz whose decompressed text fits in one batch is read as the last batch of its file: its rows are
    read in place, not copied for batches that do not come. A larger one announces more after each batch
    but the last (each of those batches is copied, and freed before the next: see below)."""
    from marlib.ingest import api
    gz = tmp_path / "mail.s.gz"
    gz.write_bytes(gzip.compress("".join(f"line {i}\n" for i in range(1000)).encode()))   # 8,890 bytes
    assert [more for _, _, more, _ in api._batches(gz, 0, True, True)] == [False]
    monkeypatch.setenv("MARLIB_INGEST_CHUNK_BYTES", "4000")
    assert [more for _, _, more, _ in api._batches(gz, 0, True, True)] == [True, True, False]


def test_folder_is_read_recursively(tmp_path):
    (tmp_path / "logs" / "amp").mkdir(parents=True)
    _log(tmp_path / "logs", n=2)
    _log(tmp_path / "logs" / "amp", name="mail.@1.s", n=2, start_mid=500)
    (tmp_path / "logs" / "README.md").write_text("# notes\n")
    s = ingest_paths(Store(tmp_path / "db.duckdb"), [tmp_path / "logs"])
    assert (s.files, s.messages) == (2, 4)


def test_a_log_rotated_away_while_it_is_read_is_left_out_not_a_traceback(tmp_path, monkeypatch):
    """A file listed in a folder and gone before it is read (a rotation between the two) was a
    FileNotFoundError traceback that ended the run; it is left out and named, the others are read."""
    from marlib.ingest import api, files
    (tmp_path / "logs").mkdir()
    _log(tmp_path / "logs", name="a.log", n=2)
    gone = _log(tmp_path / "logs", name="b.log", n=2, start_mid=500)
    read_head = files.read_head

    def head_then_rotate(path, *args):
        data = read_head(path, *args)
        if path == gone:
            path.unlink()
        return data
    monkeypatch.setattr(api.files, "read_head", head_then_rotate)
    s = ingest_paths(Store(tmp_path / "db.duckdb"), [tmp_path / "logs"])
    assert (s.files, s.messages) == (1, 2)
    assert [f["path"] for f in s.skipped_files] == [str(gone)] and "cannot read the file" in s.warnings()[0]
    _log(tmp_path / "logs", name="b.log", n=2, start_mid=500)
    with pytest.raises(IngestError, match="cannot read the file"):
        ingest_paths(Store(tmp_path / "db.duckdb"), [gone])


def test_the_data_folder_ingested_leaves_out_marlibs_own_logs(tmp_path):
    """`ingest data/` (the database's folder, holding the logs marlib writes of its runs in ESA's shape) read
    logs/<db>.mar.log and mail_logs.log as ESA logs: every line ignored, but counted as files read."""
    store = Store(tmp_path / "esa1.duckdb")
    _log(tmp_path, n=2)
    (tmp_path / "logs").mkdir()
    for name in ("esa1.mar.log", "esa1.mar.log.1", "mail_logs.log", "esa2.mail_logs.log"):
        write_lines(tmp_path / "logs" / name, [file_line(T0, "MAR 1: action delete status ok")])
    s = ingest_paths(store, [tmp_path])
    assert (s.files, s.messages, s.paths) == (1, 2, [str(tmp_path / "mail.current")])
    named = ingest_paths(store, [tmp_path / "logs" / "esa1.mar.log"])   # named, it is read as asked
    assert (named.files, named.ignored) == (1, 1)


@pytest.mark.parametrize("scanner", ["sql", "compiled"])
def test_a_log_with_a_byte_order_mark_or_a_run_of_nuls_is_read(tmp_path, monkeypatch, scanner):
    monkeypatch.setenv("MARLIB_SCANNER_MIN_BYTES", "1" if scanner == "compiled" else str(1 << 40))
    first = message(100, T0, ["a@corp.example"])
    bom = tmp_path / "bom.log"
    bom.write_bytes(b"\xef\xbb\xbf" + "".join(line + "\n" for line in header(T0) + first).encode())
    nul = tmp_path / "nul.log"   # an appliance stopped uncleanly: NULs where a line was being written
    nul.write_bytes("".join(line + "\n" for line in header(T0) + first[:2]).encode() + b"\x00" * 300 + b"\n"
                    + "".join(line + "\n" for line in first[2:-1]).encode() + b"\x00" * 50   # glued to the next
                    + (first[-1] + "\n").encode())
    store = Store(tmp_path / "db.duckdb")
    one = ingest_paths(store, [bom])
    assert (one.lines, one.rejects) == (len(header(T0) + first), 0)
    write_lines(bom, message(101, T0 + 60, ["b@corp.example"]), mode="a")
    assert ingest_paths(store, [bom]).messages == 1   # appended lines: the position counts the mark
    two = ingest_paths(store, [nul])
    assert two.lines == two.parsed + two.ignored + two.rejects == len(header(T0) + first) + 1
    assert two.rejects == 0   # the line after the NULs is read
    assert rows(store, "SELECT mid, address FROM recipients ORDER BY mid") == [
        [100, "a@corp.example"], [101, "b@corp.example"]]
    assert rows(store, "SELECT count(*) FROM ingest_rejects WHERE path LIKE '%bom.log'") == [[0]]


def test_binary_and_non_log_files_give_a_clear_error(tmp_path):
    binary = tmp_path / "image.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(IngestError, match="image.bin is a binary file"):
        ingest_paths(Store(tmp_path / "db.duckdb"), [binary])
    mostly_nul = tmp_path / "zeros.log"   # one framed line does not make a disk image a log
    mostly_nul.write_bytes(b"\x00" * 4096 + "\n".join(header(T0)).encode())
    with pytest.raises(IngestError, match="zeros.log is a binary file"):
        ingest_paths(Store(tmp_path / "db.duckdb"), [mostly_nul])
    text = tmp_path / "notes.txt"
    text.write_text("hello\nworld\n")
    with pytest.raises(IngestError, match="notes.txt is not a Cisco ESA log") as err:
        ingest_paths(Store(tmp_path / "db.duckdb"), [text])
    assert "named .csv, .json, .jsonl or .parquet" in err.value.advice   # the app has no --format option
    # a good log named before a bad one: the run stops before storing anything
    store = Store(tmp_path / "both.duckdb")
    with pytest.raises(IngestError, match="image.bin is a binary file"):
        ingest_paths(store, [_log(tmp_path), binary])
    assert store.query_one("SELECT count(*) FROM ingest_files") == (0,)
    # a damaged .gz shows only while it is read: the message says what was stored before it
    (tmp_path / "cut.s.gz").write_bytes(gzip.compress(_log(tmp_path).read_bytes() * 50)[:-40])
    with pytest.raises(IngestError,
                       match=r"damaged or truncated.*\(what the 1 file\(s\) read before it in this run added was"):
        ingest_paths(store, [_log(tmp_path, name="other.log", start_mid=900), tmp_path / "cut.s.gz"])
    assert store.query_one("SELECT count(*) FROM ingest_files") == (1,)


def test_time_offset_header_converts_local_times_to_utc(tmp_path):
    lines = header(T0, offset_s=-21600) + message(100, T0, ["a@corp.example"])
    store = Store(tmp_path / "db.duckdb")
    ingest_paths(store, [write_lines(tmp_path / "m.log", lines)])
    # the log says 02:13:20 local time at UTC-6, so 08:13:20 UTC
    assert store.query_one("SELECT received_at FROM messages") == (dt(2025, 11, 13, 8, 13, 20),)


def test_syslog_year_rolls_over_new_year_and_any_subscription_name(tmp_path):
    lines = ["<166>Dec 31 23:59:58 esa1.corp.example MAIL_Custom_Feed: Info: Start MID 1 ICID 9",
             "<166>Dec 31 23:59:59 esa1.corp.example MAIL_Custom_Feed: Info: MID 1 ICID 9 RID 0 "
             "To: <a@corp.example>",
             "<166>Jan  1 00:00:01 esa1.corp.example MAIL_Custom_Feed: Info: Start MID 2 ICID 9",
             "Jan  1 00:00:02 mail_logs: Warning:   Message finished MID 1 done"]
    store = Store(tmp_path / "db.duckdb")
    ingest_paths(store, [write_lines(tmp_path / "syslog.log", lines)], year=2025)
    assert rows(store, "SELECT mid, received_at, finished_at FROM messages ORDER BY mid") == [
        [1, dt(2025, 12, 31, 23, 59, 58), dt(2026, 1, 1, 0, 0, 2)], [2, dt(2026, 1, 1, 0, 0, 1), None]]
    # appended lines continue in the new year
    write_lines(tmp_path / "syslog.log", ["<166>Jan  2 10:00:00 x mail_logs: Info: Start MID 3 ICID 9"],
                mode="a")
    ingest_paths(store, [tmp_path / "syslog.log"])
    assert store.query_one("SELECT received_at FROM messages WHERE mid = 3") == (dt(2026, 1, 2, 10, 0),)


@pytest.mark.parametrize("scanner", ["sql", "compiled"])
def test_feb_29_of_a_leap_year_reached_within_a_syslog_file_is_read(tmp_path, monkeypatch, scanner):
    monkeypatch.setenv("MARLIB_SCANNER_MIN_BYTES", "1" if scanner == "compiled" else str(1 << 40))

    def line(stamp, mid):
        return f"<166>{stamp} esa1 mail_logs: Info: Start MID {mid} ICID {mid}"
    store = Store(tmp_path / "db.duckdb")
    crossing = write_lines(tmp_path / "a.log", [line("Dec 31 23:00:00", 1), line("Jan  1 01:00:00", 2),
                                                line("Feb 28 10:00:00", 3), line("Feb 29 10:00:00", 4),
                                                line("Mar  1 10:00:00", 5)])
    assert ingest_paths(store, [crossing], year=2027).rejects == 0
    # no --year: a file last written in January 2029 whose lines start in February is from 2028
    late = write_lines(tmp_path / "b.log", [line("Feb 28 10:00:00", 6), line("Feb 29 10:00:00", 7)])
    os.utime(late, (dt(2029, 1, 15).timestamp(), dt(2029, 1, 15).timestamp()))
    assert ingest_paths(store, [late]).rejects == 0
    # a Feb 29 in a year that has none stays a reject
    wrong = write_lines(tmp_path / "c.log", [line("Feb 28 10:00:00", 8), line("Feb 29 10:00:00", 9)])
    summary = ingest_paths(store, [wrong], year=2026)
    assert summary.rejects == 1 and summary.lines == summary.parsed + summary.ignored + summary.rejects
    assert rows(store, "SELECT mid, received_at FROM messages ORDER BY mid") == [
        [1, dt(2027, 12, 31, 23)], [2, dt(2028, 1, 1, 1)], [3, dt(2028, 2, 28, 10)], [4, dt(2028, 2, 29, 10)],
        [5, dt(2028, 3, 1, 10)], [6, dt(2028, 2, 28, 10)], [7, dt(2028, 2, 29, 10)], [8, dt(2026, 2, 28, 10)]]
    assert rows(store, "SELECT line_no, reason FROM ingest_rejects") == [[2, "no valid time stamp"]]


def test_a_syslog_line_out_of_order_at_new_year_stays_in_its_year(tmp_path):
    def line(stamp, mid):
        return f"<166>{stamp} esa1 mail_logs: Info: Start MID {mid} ICID 5"
    path = write_lines(tmp_path / "ny.log", [line("Dec 31 23:59:58", 900), line("Jan  1 00:00:01", 901),
                                             line("Dec 31 23:59:59", 902), line("Jan  1 00:00:02", 903)])
    store = Store(tmp_path / "db.duckdb")
    ingest_paths(store, [path], year=2026)
    write_lines(path, [line("Dec 31 23:59:59", 904), line("Jan  1 00:00:03", 905)], mode="a")
    ingest_paths(store, [path])   # the new lines start in January: one of them is late
    assert rows(store, "SELECT mid, received_at FROM messages ORDER BY mid") == [
        [900, dt(2026, 12, 31, 23, 59, 58)], [901, dt(2027, 1, 1, 0, 0, 1)], [902, dt(2026, 12, 31, 23, 59, 59)],
        [903, dt(2027, 1, 1, 0, 0, 2)], [904, dt(2026, 12, 31, 23, 59, 59)], [905, dt(2027, 1, 1, 0, 0, 3)]]
    assert store.query_one("SELECT year_hint FROM ingest_files") == (2027,)


@pytest.mark.parametrize("base, stray, stray_year", [("Nov 20", "Apr 10", 2026), ("Nov 20", "May 10", 2026),
                                                      ("Feb 20", "Sep 10", 2026), ("Nov 20", "Jan 10", 2027),
                                                      ("Feb 20", "Dec 10", 2025)])
def test_a_stray_syslog_line_months_away_does_not_move_the_lines_after_it(tmp_path, base, stray, stray_year):
    """One line months off (an appliance with a wrong clock writing to the same syslog file) among a month's
    lines: the lines after it stay in their year, in one read and when the stray line is the last one read
    (the file read again once more lines come). The stray line itself stays in the year unless it is across
    New Year (nine months or more away)."""
    def line(stamp, mid):
        return f"<166>{stamp} esa1 mail_logs: Info: Start MID {mid} ICID 5"
    path = write_lines(tmp_path / "s.log", [line(f"{base} 10:00:00", 1), line(f"{stray} 09:00:00", 2),
                                            line(f"{base} 10:00:02", 3)])
    store = Store(tmp_path / "db.duckdb")
    ingest_paths(store, [path], year=2026)
    write_lines(path, [line(f"{base} 10:00:03", 4), line(f"{stray} 09:00:00", 5)], mode="a")
    ingest_paths(store, [path])
    write_lines(path, [line(f"{base} 10:00:05", 6)], mode="a")
    ingest_paths(store, [path])
    got = dict(rows(store, "SELECT mid, year(received_at) FROM messages"))
    assert got == {1: 2026, 2: stray_year, 3: 2026, 4: 2026, 5: stray_year, 6: 2026}


def test_appended_syslog_lines_keep_the_year_with_a_configured_year_and_a_positive_offset(tmp_path):
    """The year of appended lines comes from the file's last line, not from the configured year or from the
    last time in UTC (at UTC+1, 00:30 on 1 January is still 31 December in UTC)."""
    def line(stamp, mid):
        return f"<166>{stamp} esa1.corp.example mail_logs: Info: Start MID {mid} ICID 9"
    path = write_lines(tmp_path / "syslog.log", [line("Dec 31 23:30:00", 1), line("Jan  1 00:30:00", 2)])
    store = Store(tmp_path / "db.duckdb")
    ingest_paths(store, [path], year=2025, tz_offset_s=3600)
    write_lines(path, [line("Jan  1 00:40:00", 3)], mode="a")
    ingest_paths(store, [path], tz_offset_s=3600)
    write_lines(path, [line("Jan  2 10:00:00", 4)], mode="a")
    ingest_paths(store, [path], year=2025)  # the offset the file was read with before still holds
    assert rows(store, "SELECT mid, received_at FROM messages ORDER BY mid") == [
        [1, dt(2025, 12, 31, 22, 30)], [2, dt(2025, 12, 31, 23, 30)], [3, dt(2025, 12, 31, 23, 40)],
        [4, dt(2026, 1, 2, 9, 0)]]


def test_a_new_tz_offset_for_a_syslog_file_applies_from_then_on_and_is_remembered(tmp_path):
    def line(mid):
        return f"<166>Nov 23 12:00:00 esa1 mail_logs: Info: Start MID {mid} ICID 5"
    path = write_lines(tmp_path / "tz.log", [line(1)])
    store = Store(tmp_path / "db.duckdb")
    ingest_paths(store, [path], tz_offset_s=3600, year=2026)
    write_lines(path, [line(2)], mode="a")
    ingest_paths(store, [path], tz_offset_s=-18000)   # the offset changed (daylight saving, a move)
    write_lines(path, [line(3)], mode="a")
    ingest_paths(store, [path])                        # and stays what was given last
    assert rows(store, "SELECT mid, received_at FROM messages ORDER BY mid") == [
        [1, dt(2026, 11, 23, 11, 0)], [2, dt(2026, 11, 23, 17, 0)], [3, dt(2026, 11, 23, 17, 0)]]
    assert store.query_one("SELECT tz_offset_s FROM ingest_files") == (-18000,)


def test_a_syslog_file_read_before_migration_090_continues_in_the_right_year(tmp_path):
    def line(stamp, mid):
        return f"<166>{stamp} esa1.corp.example mail_logs: Info: Start MID {mid} ICID 9"
    path = write_lines(tmp_path / "syslog.log", [line("Dec 31 23:30:00", 1), line("Jan  1 00:30:00", 2)])
    store = Store(tmp_path / "db.duckdb")
    ingest_paths(store, [path], year=2025, tz_offset_s=3600)
    with store.connect() as con:  # as stored before migration 090 added the column
        con.execute("UPDATE ingest_files SET syslog_month = NULL")
    write_lines(path, [line("Jan  1 00:40:00", 3)], mode="a")
    ingest_paths(store, [path], tz_offset_s=3600)
    assert store.query_one("SELECT received_at FROM messages WHERE mid = 3") == (dt(2025, 12, 31, 23, 40),)


def test_multi_rid_quarantine_bounce_and_direction(tmp_path):
    lines = header(T0) + message(100, T0, ["a@corp.example", "b@corp.example", "c@corp.example"]) \
        + message(101, T0 + 10, ["q@corp.example"], quarantine=True) \
        + message(102, T0 + 20, ["x@partner.example"], direction="outbound", policy="Outgoing Mail") \
        + [file_line(T0 + 30, "Bounced: DCID 102 MID 102 From:<sender@remote.example> To:<x@partner.example> "
                              "RID 0 - 5.1.0 - Unknown address error ('550', ['unknown user'])")]
    store = Store(tmp_path / "db.duckdb")
    ingest_paths(store, [write_lines(tmp_path / "m.log", lines)])
    got = rows(store, "SELECT mid, rid, address, status FROM recipients ORDER BY mid, rid")
    assert got == [[100, 0, "a@corp.example", "delivered"], [100, 1, "b@corp.example", "delivered"],
                    [100, 2, "c@corp.example", "delivered"], [101, 0, "q@corp.example", "quarantined"],
                    [102, 0, "x@partner.example", "bounced"]]
    assert store.query_one("SELECT policy, direction FROM messages WHERE mid = 102") == ("Outgoing Mail",
                                                                                          "outbound")
    response = store.query_one("SELECT response FROM recipients WHERE mid = 100 AND rid = 2")
    assert response == ("2.0.0 Ok: queued as X100",)


def test_child_mids_link_and_split_children_inherit(tmp_path):
    child_lines = [
        "MID 201 was split creating MID 202 with recipients matched for per-recipient policy Finance",
        "MID 202 ICID 0 RID 0 To: <cfo@corp.example>",
        "MID 202 matched all recipients for per-recipient policy Finance in the inbound table",
        "Delivery start DCID 9 MID 202 to RID [0]", "Message done DCID 9 MID 202 to RID [0]",
        "MID 203 was generated based on MID 201 by bcc filter 'archive'",
        "MID 201 rewritten to MID 204 by url-rewrite filter 'x'",
        "MID 205 was generated for bounce of MID 201"]
    lines = header(T0) + message(201, T0, ["a@corp.example"], sha=SHA, fname="Invoice =?utf-8?B?w6k=?=.pdf") \
        + [file_line(T0 + 9, b) for b in child_lines]
    store = Store(tmp_path / "db.duckdb")
    ingest_paths(store, [write_lines(tmp_path / "m.log", lines)])
    kids = rows(store, "SELECT mid, parent_mid, child_kind, message_id FROM messages "
                       "WHERE parent_mid IS NOT NULL "
                          "ORDER BY mid")
    assert kids == [[202, 201, "split", "<m201@remote.example>"],
                    [203, 201, "generated", "<m201@remote.example>"],
                    [204, 201, "rewritten", "<m201@remote.example>"], [205, 201, "bounce", None]]
    by_sha = rows(store, "SELECT mid, filename FROM attachments WHERE sha256 = ? ORDER BY mid", [SHA])
    assert by_sha == [[m, "Invoice é.pdf"] for m in (201, 202, 203, 204)]
    assert store.query_one("SELECT policy FROM messages WHERE mid = 202") == ("Finance",)


def test_mime_encoded_attachment_names(tmp_path):
    lines = header(T0) + [file_line(T0, "Start MID 7 ICID 1"),
                          file_line(T0, "MID 7 attachment 'Q1=20report=2Epdf'"),
                          file_line(T0, "MID 7 attachment \"=?UTF-8?Q?r=C3=A9sum=C3=A9?=.docx\"")]
    store = Store(tmp_path / "db.duckdb")
    ingest_paths(store, [write_lines(tmp_path / "m.log", lines)])
    names = store.query_df("SELECT filename FROM attachments ORDER BY filename")["filename"].tolist()
    assert names == ["Q1 report.pdf", "résumé.docx"]


def test_message_id_in_double_quotes_and_subject_shapes(tmp_path):
    lines = header(T0) + [file_line(T0, b) for b in [
        "Start MID 8 ICID 1", "MID 8 Message-ID \"<it's@x.example>\"", "MID 8 Subject \"Don't open\"",
        "Start MID 9 ICID 1", "MID 9 Subject bare words here"]]
    store = Store(tmp_path / "db.duckdb")
    ingest_paths(store, [write_lines(tmp_path / "m.log", lines)])
    assert rows(store, "SELECT mid, message_id, subject FROM messages ORDER BY mid") == [
        [8, "<it's@x.example>", "Don't open"], [9, None, "bare words here"]]


@pytest.mark.parametrize("scanner", ["compiled", "sql"])
def test_white_space_after_a_lines_last_value_is_not_part_of_it(tmp_path, monkeypatch, scanner):
    """After a closing quote, a policy line's table or a bare value: not a malformed line, not in the value."""
    monkeypatch.setenv("MARLIB_SCANNER_MIN_BYTES", "1" if scanner == "compiled" else str(1 << 40))
    lines = header(T0) + [file_line(T0, b) for b in [
        "Start MID 8 ICID 1 ", "MID 8 Message-ID '<plain@x.example>'  ", "MID 8 attachment 'plain.pdf'\t",
        "MID 8 Subject 'Quarterly report' ",
        "MID 8 matched all recipients for per-recipient policy DEFAULT in the inbound table ",
        "MID 8 ICID 1 RID 0 To: <a@corp.example> ",
        "Start MID 9 ICID 1", "MID 9 Message-ID \"<dq@x.example>\" ", "MID 9 Subject bare words \t"]]
    store = Store(tmp_path / "db.duckdb")
    summary = ingest_paths(store, [write_lines(tmp_path / "m.log", lines)])
    assert summary.rejects == 0
    assert rows(store, "SELECT mid, icid, message_id, subject, policy, direction FROM messages ORDER BY mid") == [
        [8, 1, "<plain@x.example>", "Quarterly report", "DEFAULT", "inbound"],
        [9, 1, "<dq@x.example>", "bare words", None, None]]
    assert rows(store, "SELECT mid, filename FROM attachments") == [[8, "plain.pdf"]]
    assert rows(store, "SELECT mid, address FROM recipients") == [[8, "a@corp.example"]]


def test_malformed_lines_are_rejected_with_line_numbers_and_shown_by_the_cli(tmp_path, capsys):
    lines = header(T0) + [
        file_line(T0, "Start MID 1 ICID 1"),
        file_line(T0, "MID x ICID 1 RID 0 To: <a@b>"),                          # 5: MID not a number
        # 6: no SHA-256
        file_line(T0, "Response received for file reputation query from Cloud. File Name = 'a', MID = 1"),
        "Feb 30 25:61:00 mail_logs: Info: Start MID 2 ICID 1",                  # 7: no valid time stamp
        "garbage with MID 5 in it",                                             # 8: no framing
        file_line(T0, "MID 1 DKIM: pass signature verified"),                   # other kind: ignored
        file_line(T0, "Retrospective verdict received. SHA256: 12, Verdict: MALICIOUS")]  # 10
    db = tmp_path / "db.duckdb"
    s = ingest_paths(Store(db), [write_lines(tmp_path / "m.log", lines)], year=2025)
    assert (s.lines, s.rejects, s.parsed, s.ignored) == (10, 5, 2, 3)  # parsed: Start MID 1 + time offset
    rej = rows(Store(db), "SELECT line_no, reason FROM ingest_rejects ORDER BY line_no")
    assert [r[0] for r in rej] == [5, 6, 7, 8, 10]
    assert rej[1][1] == "reputation response without MID or SHA-256"
    assert main(["--db", str(db), "rejects", "--json", "--csv", str(tmp_path / "r.csv")]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert json.loads(out[-1])["rejects"] == 5
    assert (tmp_path / "r.csv").read_text().count("\n") == 6


def test_cli_ingest_json_last_line(tmp_path, capsys):
    path = _log(tmp_path)
    db = str(tmp_path / "db.duckdb")
    assert main(["--db", db, "ingest", "--json", str(path)]) == 0
    last = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    for key in ("files", "lines", "messages", "recipients", "attachments", "verdict_events", "rejects",
                "ignored",
                "seconds"):
        assert key in last
    assert (last["files"], last["messages"], last["recipients"]) == (1, 3, 6)
    assert main(["--db", db, "ingest", "--json", str(path)]) == 0
    again = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert (again["messages"], again["lines"]) == (0, 0)


def test_cli_error_names_the_file(tmp_path, capsys):
    bad = tmp_path / "blob.dat"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    assert main(["--db", str(tmp_path / "db.duckdb"), "ingest", str(bad)]) == 2
    assert "blob.dat is a binary file" in capsys.readouterr().err


def test_progress_callback_reaches_the_total(tmp_path):
    calls = []
    ingest_paths(Store(tmp_path / "db.duckdb"), [_log(tmp_path)],
                 progress=lambda d, t, m: calls.append((d, t)))
    assert calls and calls[-1][0] == calls[-1][1]


def test_bad_utf8_and_crlf_files_are_read_line_by_line(tmp_path):
    good = header(T0) + message(100, T0, ["a@corp.example"])
    tail = message(101, T0 + 9, ["b@corp.example"])
    raw = ("\n".join(good) + "\n").encode() + file_line(T0 + 5, "MID 100 DKIM: caf").encode() + b"\xe9\n" \
        + ("\n".join(tail) + "\n").encode()
    path = tmp_path / "latin.log"
    path.write_bytes(raw)
    store = Store(tmp_path / "db.duckdb")
    s = ingest_paths(store, [path])
    assert (s.lines, s.messages, s.rejects) == (len(good) + 1 + len(tail), 2, 0)
    crlf = tmp_path / "crlf.log"
    crlf.write_bytes(("\r\n".join(good + tail) + "\r\n").encode())
    other = Store(tmp_path / "crlf.duckdb")
    s2 = ingest_paths(other, [crlf])
    assert (s2.lines, s2.messages, s2.rejects) == (len(good) + len(tail), 2, 0)
    assert rows(other, "SELECT message_id FROM messages ORDER BY mid") == [["<m100@remote.example>"],
                                                                          ["<m101@remote.example>"]]
    assert ingest_paths(other, [crlf]).lines == 0


def test_keys_stay_unique_however_the_lines_arrive(tmp_path):
    """The ingest tables have no key constraint (migration 080): the merge itself must keep keys unique."""
    lines = header(T0)
    for i in range(12):
        lines += message(300 + i, T0 + 30 * i, [f"u{i}@corp.example", "all@corp.example"],
                         sha=SHA if i % 2 else None, fname=f"f{i % 3}.pdf")
    store = Store(tmp_path / "db.duckdb")
    path = tmp_path / "mail.current"
    for cut in range(7, len(lines) + 7, 7):  # appended a few lines at a time, messages split across runs
        write_lines(path, lines[:cut])
        ingest_paths(store, [path])
    # the same verdict lines read again from another log
    amp = write_lines(tmp_path / "amp.current", header(T0 + 1) + [ln for ln in lines if "reputation" in ln])
    ingest_paths(store, [amp])
    keys = {"messages": "mid", "recipients": "mid, rid", "attachments": "mid, filename",
            "verdict_events": "event_key"}
    for table, key in keys.items():
        assert rows(store, f"SELECT {key}, count(*) FROM {table} GROUP BY ALL HAVING count(*) > 1") == [], table
    once = Store(tmp_path / "once.duckdb")
    ingest_paths(once, [write_lines(tmp_path / "whole.log", lines)])
    assert dump(store) == dump(once)


@pytest.mark.parametrize("order", ["parent-first", "children-first", "one-run"])
def test_children_inherit_whatever_run_their_parent_comes_in(tmp_path, order):
    """Parent 301, its rewritten child 302 and a split 303 of that child: same store in every arrival order."""
    parent = message(301, T0, ["a@corp.example"], sha=SHA, fname="q.pdf")
    kids = [file_line(T0 + 9, b) for b in [
        "MID 301 rewritten to MID 302 by url-rewrite filter 'x'",
        "MID 302 was split creating MID 303 with recipients matched for per-recipient policy Finance",
        "MID 303 ICID 0 RID 0 To: <cfo@corp.example>",
        "Delivery start DCID 9 MID 303 to RID [0]", "Message done DCID 9 MID 303 to RID [0]"]]
    whole = Store(tmp_path / "whole.duckdb")
    ingest_paths(whole, [write_lines(tmp_path / "whole.log", header(T0) + parent + kids)])
    got = rows(whole, "SELECT mid, message_id FROM messages ORDER BY mid")
    assert got == [[m, "<m301@remote.example>"] for m in (301, 302, 303)]
    assert rows(whole, "SELECT mid FROM attachments WHERE sha256 = ? ORDER BY mid", [SHA]) == [[301], [302], [303]]
    if order == "one-run":
        return
    first, second = (parent, kids) if order == "parent-first" else (kids, parent)
    store = Store(tmp_path / "db.duckdb")
    path = tmp_path / "mail.current"
    write_lines(path, header(T0) + first)
    ingest_paths(store, [path])
    write_lines(path, second, mode="a")
    ingest_paths(store, [path])
    got, want = dump(store), dump(whole)
    for table in ("messages", "recipients", "attachments"):
        assert got[table] == want[table], table
    # verdict events name the file and line they came from: the same events, from other lines
    assert [e[:6] for e in got["verdict_events"]] == [e[:6] for e in want["verdict_events"]]


def _same_store(got, want):
    for table in ("messages", "recipients", "attachments"):
        assert got[table] == want[table], table
    # verdict events name the file and line they came from: the same events, maybe from other lines
    assert [e[:6] for e in got["verdict_events"]] == [e[:6] for e in want["verdict_events"]]


def test_a_generated_log_appended_in_pieces_gives_the_store_read_at_once(tmp_path):
    """Appended a few hundred lines at a time, cut anywhere (inside a message, between a split and its
    parent's attachments, ...): the same store as one ingest of the whole log."""
    import random

    from marlib.ingest.sample import write_mail_log
    whole_path = tmp_path / "whole.log"
    write_mail_log(whole_path, messages=400, seed=3, days=1)
    lines = whole_path.read_text(encoding="utf-8").splitlines()
    assert any("was split creating" in ln for ln in lines) and any(" attachment '" in ln for ln in lines)
    whole = Store(tmp_path / "whole.duckdb")
    ingest_paths(whole, [whole_path])
    store = Store(tmp_path / "db.duckdb")
    path = tmp_path / "mail.current"
    rng = random.Random(5)
    # right after split lines (the parent's attachment lines and the child's own lines come later) and
    # at random places
    splits = [i + 1 for i, ln in enumerate(lines) if "was split creating" in ln][:8]
    cuts = sorted(set(splits + rng.sample(range(1, len(lines)), 12))) + [len(lines)]
    done = 0
    for cut in cuts:
        write_lines(path, lines[done:cut], mode="a" if done else "w")
        ingest_paths(store, [path])
        done = cut
    _same_store(dump(store), dump(whole))


def test_the_sample_read_in_small_batches_gives_the_store_read_at_once(tmp_path, monkeypatch):
    """Rotated, .gz and syslog-shaped AMP logs, each file read in many batches of one transaction."""
    from marlib.ingest.sample import write_sample
    write_sample(tmp_path / "sample", messages=300, seed=9, days=2)
    whole = Store(tmp_path / "whole.duckdb")
    ingest_paths(whole, [tmp_path / "sample" / "esa"])
    monkeypatch.setenv("MARLIB_INGEST_CHUNK_BYTES", "40000")
    store = Store(tmp_path / "db.duckdb")
    ingest_paths(store, [tmp_path / "sample" / "esa"])
    _same_store(dump(store), dump(whole))


def test_a_file_read_in_many_batches_frees_each_batch_before_the_commit(tmp_path, monkeypatch):
    """DuckDB keeps what is registered in a transaction alive until its end: the batches of one file must
    not be, or a large file would hold all of its parsed rows in memory at once."""
    import gc
    import weakref

    from marlib.ingest import esa, esa_scan
    texts = []   # (batch number, weak reference to the text bytes of one Arrow column of that batch)
    gather, parse = esa_scan._gather, esa.parse_batch

    def recording_gather(*args):
        offsets, data = gather(*args)
        texts.append((len(earlier_alive), weakref.ref(data)))
        return offsets, data

    earlier_alive = []   # per batch: text arrays of EARLIER batches still alive when it is merged

    def counting_parse_batch(con, ctx):
        gc.collect()
        now = len(earlier_alive)
        earlier_alive.append(sum(1 for n, ref in texts if n < now and ref() is not None))
        return parse(con, ctx)

    monkeypatch.setattr(esa_scan, "_gather", recording_gather)
    monkeypatch.setattr(esa, "parse_batch", counting_parse_batch)
    monkeypatch.setenv("MARLIB_INGEST_CHUNK_BYTES", "20000")
    ingest_paths(Store(tmp_path / "db.duckdb"), [_log(tmp_path, n=120)])
    assert len(earlier_alive) > 5 and len(texts) > 5 * len(earlier_alive)
    assert earlier_alive == [0] * len(earlier_alive)


def test_a_truncated_gz_is_an_error_naming_it_and_is_skipped_in_a_folder(tmp_path):
    lines = header(T0)
    for i in range(400):
        lines += message(1000 + i, T0 + 5 * i, [f"u{i}@corp.example"])
    whole = gzip.compress(("\n".join(lines) + "\n").encode())
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "mail.@1.s.gz").write_bytes(whole[: len(whole) * 2 // 3])  # cut after the first 64 KB
    _log(logs, name="mail.current", n=2, start_mid=5000)
    store = Store(tmp_path / "db.duckdb")
    with pytest.raises(IngestError, match="mail.@1.s.gz.*damaged or truncated"):
        ingest_paths(store, [logs / "mail.@1.s.gz"])
    summary = ingest_paths(store, [logs])
    assert summary.messages == 2 and [s["path"] for s in summary.skipped_files] == [str(logs / "mail.@1.s.gz")]
    assert "truncated" in summary.skipped_files[0]["reason"]


def test_ingests_from_two_threads_keep_keys_unique(tmp_path):
    """The app's jobs run in threads; two ingests naming the same MIDs must not both insert them."""
    import threading
    lines = header(T0)
    for i in range(300):
        lines += message(100 + i, T0 + 3 * i, [f"u{i}@corp.example", "all@corp.example"], sha=SHA)
    a = write_lines(tmp_path / "a" / "mail.@1.s", lines) if (tmp_path / "a").mkdir() is None else None
    b = write_lines(tmp_path / "b" / "mail.@2.s", header(T0 + 1) + lines[3:]) \
        if (tmp_path / "b").mkdir() is None else None
    store = Store(tmp_path / "db.duckdb")
    errors = []

    def run(path):
        try:
            ingest_paths(store, [path])
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(p,)) for p in (a, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    for table, key in {"messages": "mid", "recipients": "mid, rid", "attachments": "mid, filename",
                       "verdict_events": "event_key"}.items():
        assert rows(store, f"SELECT {key}, count(*) FROM {table} GROUP BY ALL HAVING count(*) > 1") == [], table
    assert rows(store, "SELECT count(*) FROM messages") == [[300]]


def test_one_mid_used_by_two_appliances_is_flagged_and_not_remediated(tmp_path, capsys):
    """Two appliances' MID counters overlap: the lines merge into one row, so the copies are skipped
    (mid_conflict) rather than a clean message deleted from the wrong mailbox."""
    from marlib.remediation.policies import set_policy
    from marlib.remediation.run import remediate
    one, two = two_appliance_logs(tmp_path)
    store = Store(tmp_path / "db.duckdb")
    assert ingest_paths(store, [one], year=2026).mid_conflicts == 0
    assert main(["--db", str(store.path), "ingest", str(two), "--year", "2026"]) == 0
    assert "1 MID(s) were used by two different messages" in capsys.readouterr().err
    assert store.query_one("SELECT mid_conflict FROM messages WHERE mid = 77") == (True,)
    set_policy(store, "DEFAULT", mar=True, action="delete")
    plan = remediate(store, None, pending=True, dry_run=True, domains=None).outcomes
    assert set(plan["reason"]) == {"mid_conflict"} and set(plan["status"]) == {"skipped"}
    assert "split@corp.example" in set(plan["recipient"])   # a split child took the mixed-up Message-ID
    # within one file too
    both = write_lines(tmp_path / "both.log", mid77_lines("esa1", "10:00:00", 5, "a@corp.example", "<a@x>")
                       + mid77_lines("esa2", "10:00:05", 9, "b@corp.example", "<b@x>"))
    again = ingest_paths(Store(tmp_path / "other.duckdb"), [both], year=2026)
    assert again.mid_conflicts == 1
    # ICID 0 is mail the appliance made itself (a split child's To lines): not a second message
    made = write_lines(tmp_path / "made.log", mid77_lines("esa1", "10:00:00", 5, "a@corp.example", "<a@x>")
                       + ["<166>Nov 20 10:00:01 esa1 mail_logs: Info: MID 77 ICID 0 RID 1 To: <c@corp.example>"])
    assert ingest_paths(Store(tmp_path / "third.duckdb"), [made], year=2026).mid_conflicts == 0


def _child_lines(host, stamp, rcpt):
    """One appliance's split child MID 77 of its MID 76 (no Start line: the appliance made it)."""
    return [f"<166>Nov 20 {stamp} {host} mail_logs: Info: {body}" for body in (
        "MID 76 was split creating MID 77 due to a per-recipient policy DEFAULT in the inbound table",
        f"MID 77 ICID 0 RID 0 To: <{rcpt}>",
        "MID 77 matched all recipients for per-recipient policy DEFAULT in the inbound table",
        "Message done DCID 3 MID 77 to RID [0]")]


@pytest.mark.parametrize("order", ["top_first", "child_first", "one_file"])
def test_a_child_mid_that_another_appliance_used_for_a_received_message_is_flagged(tmp_path, order):
    """esa1's MID 77 came in on a connection (a Start line with an ICID); esa2's MID 77 is a split child it
    made itself. One row holds both: a child with its own Start line is two messages, in any order."""
    top = mid77_lines("esa1", "10:00:00", 5, "ceo@corp.example", "<clean@partner>")
    child = _child_lines("esa2", "10:30:00", "intern@corp.example")
    store = Store(tmp_path / "db.duckdb")
    if order == "one_file":
        ingest_paths(store, [write_lines(tmp_path / "both.log", top + child)], year=2026)
    else:
        first, second = (top, child) if order == "top_first" else (child, top)
        ingest_paths(store, [write_lines(tmp_path / "1.log", first)], year=2026)
        ingest_paths(store, [write_lines(tmp_path / "2.log", second)], year=2026)
    assert store.query_one("SELECT mid_conflict FROM messages WHERE mid = 77") == (True,)
    # a child alone, and a child whose parent came on a connection, are one message each
    alone = Store(tmp_path / "alone.duckdb")
    ingest_paths(alone, [write_lines(tmp_path / "parent.log", mid77_lines("esa2", "10:29:00", 5, "a@corp.example",
                                                                         "<p@x>")[:1]
                                    + [line.replace("MID 77", "MID 78").replace("MID 76", "MID 77")
                                       for line in child])], year=2026)
    assert rows(alone, "SELECT mid, mid_conflict FROM messages ORDER BY mid") == [[77, False], [78, False]]


def test_a_year_or_utc_offset_no_log_can_have_is_refused_before_the_file_is_read(tmp_path, capsys):
    """`--year 99999` stored the syslog file as read with every line rejected (a year DuckDB cannot hold), so the
    ingest again with the right year found it unchanged; `--tz-offset 999999999` moved every time by 31 years."""
    path = tmp_path / "amp.log"
    path.write_text("<166>Nov 17 10:00:00 esa1 amp: Info: File reputation query initiating. File Name = 'a.pdf', "
                    "MID = 5, File Size = 10 bytes, File Type = application/pdf\n")
    _old(path)
    db = str(tmp_path / "db.duckdb")
    for bad in (["--year", "99999"], ["--year", "-5"], ["--tz-offset", "999999999"], ["--tz-offset", "-50401"]):
        assert main(["--db", db, "ingest", str(path), *bad, "--json"]) == 2, bad
        out, err = capsys.readouterr()
        assert json.loads(out.strip().splitlines()[-1])["ok"] is False and "--" in err
    summary = ingest_paths(Store(db), [path], year=2025, tz_offset_s=-50400)
    assert summary.files == 1 and summary.rejects == 0 and summary.attachments == 1
