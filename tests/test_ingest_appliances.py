"""Logs of several appliances in one database (--appliance): each ESA counts MIDs on its own."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marlib import reports
from marlib.cli import main
from marlib.errors import IngestError, InputError
from marlib.ingest.api import ingest_paths
from marlib.models import APPLIANCE_MID_SPAN as SPAN
from marlib.store import Store
from tests.ingest_helpers import SHA, dump, mid77_lines, rows, two_appliance_logs, write_lines


@pytest.mark.parametrize("scanner", ["sql", "compiled"])
def test_named_appliances_keep_their_mids_apart_and_remediation_acts_on_the_right_copies(tmp_path, monkeypatch,
                                                                                         scanner):
    from marlib.remediation.policies import set_policy
    from marlib.remediation.run import remediate
    monkeypatch.setenv("MARLIB_SCANNER_MIN_BYTES", "1" if scanner == "compiled" else str(1 << 40))
    one, two = two_appliance_logs(tmp_path / "logs")
    store = Store(tmp_path / "db.duckdb")
    first = ingest_paths(store, [one], year=2026, appliance="esa1")
    second = ingest_paths(store, [two], year=2026, appliance=" esa2 ")  # trimmed
    assert (first.mid_conflicts, second.mid_conflicts) == (0, 0)
    assert (first.messages, second.messages) == (1, 2)
    assert rows(store, "SELECT number, name FROM appliances ORDER BY number") == [[1, "esa1"], [2, "esa2"]]
    assert rows(store, "SELECT mid, parent_mid, message_id, mid_conflict FROM messages ORDER BY mid") == [
        [SPAN + 77, None, "<clean@partner>", False],
        [2 * SPAN + 77, None, "<evil@evil>", False],
        [2 * SPAN + 78, 2 * SPAN + 77, "<evil@evil>", False]]
    assert rows(store, "SELECT mid, address FROM recipients ORDER BY mid") == [
        [SPAN + 77, "ceo@corp.example"], [2 * SPAN + 77, "intern@corp.example"],
        [2 * SPAN + 78, "split@corp.example"]]
    assert rows(store, "SELECT mid, sha256 FROM attachments ORDER BY mid") == [
        [2 * SPAN + 77, SHA], [2 * SPAN + 78, SHA]]
    assert rows(store, "SELECT kind, mid FROM verdict_events ORDER BY kind") == [
        ["initial", 2 * SPAN + 77], ["retrospective", None]]
    set_policy(store, "DEFAULT", mar=True, action="delete")
    plan = remediate(store, None, pending=True, dry_run=True, domains=None).outcomes
    assert sorted(plan["recipient"]) == ["intern@corp.example", "split@corp.example"]
    assert set(plan["message_id"]) == {"<evil@evil>"} and "mid_conflict" not in set(plan["reason"])
    # the analyst searches by the MID the appliance shows: both (and esa2's split child); by a stored mid:
    # that one
    found = reports.search_messages(store, "mid", "77").rows
    assert sorted(zip(found["appliance"], found["mid"])) == [
        ("esa1", SPAN + 77), ("esa2", 2 * SPAN + 77), ("esa2", 2 * SPAN + 78)]
    assert list(reports.search_messages(store, "mid", str(SPAN + 77)).rows["mid"]) == [SPAN + 77]
    detail = reports.message_detail(store, 2 * SPAN + 78)["message"]
    assert (detail["esa_mid"], detail["appliance"], detail["parent_mid"]) == (78, "esa2", 2 * SPAN + 77)


def test_the_same_logs_read_with_the_sql_parser_and_the_scanner_give_the_same_store(tmp_path, monkeypatch):
    one, two = two_appliance_logs(tmp_path / "logs")
    stores = []
    for scanner in ("sql", "compiled"):
        monkeypatch.setenv("MARLIB_SCANNER_MIN_BYTES", "1" if scanner == "compiled" else str(1 << 40))
        store = Store(tmp_path / f"{scanner}.duckdb")
        ingest_paths(store, [one], year=2026, appliance="esa1")
        ingest_paths(store, [two], year=2026, appliance="esa2")
        stores.append(dump(store))
    assert stores[0] == stores[1]


def test_a_file_keeps_its_appliance_and_another_name_for_it_is_an_error(tmp_path, capsys):
    one, two = two_appliance_logs(tmp_path / "logs")
    store = Store(tmp_path / "db.duckdb")
    ingest_paths(store, [two], year=2026, appliance="esa2")
    write_lines(two, ["<166>Nov 20 11:00:09 esa2 mail_logs: Info: MID 78 RID [0] Response 'ok'",
                      "<166>Nov 20 11:00:10 esa2 mail_logs: Info: Start MID 79 ICID 12"], mode="a")
    assert ingest_paths(store, [two]).messages == 1   # no --appliance: the file's own
    assert rows(store, "SELECT mid FROM messages ORDER BY mid")[-1] == [SPAN + 79]   # esa2 is number 1 here
    assert rows(store, "SELECT response FROM recipients WHERE mid = ?", [SPAN + 78]) == [["ok"]]
    with pytest.raises(IngestError, match="read before as appliance 'esa2'"):
        ingest_paths(store, [two], appliance="esa1")
    # in a folder, that file is left out with the reason and the others are read
    summary = ingest_paths(store, [tmp_path / "logs"], year=2026, appliance="esa1")
    assert summary.files == 1 and [s["path"] for s in summary.skipped_files] == [str(two)]
    assert "not as appliance 'esa1'" in summary.skipped_files[0]["reason"]
    # a file read as the default appliance cannot become a named one either
    plain = write_lines(tmp_path / "plain.log", mid77_lines("esa3", "12:00:00", 3, "x@corp.example", "<x@x>"))
    assert main(["--db", str(store.path), "ingest", str(plain), "--year", "2026", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])["messages"] == 1
    assert main(["--db", str(store.path), "ingest", str(plain), "--appliance", "esa3"]) != 0
    assert "the default appliance (no --appliance)" in capsys.readouterr().err


def test_a_folder_read_as_an_appliance_gives_its_new_files_that_appliance(tmp_path):
    one, two = two_appliance_logs(tmp_path / "logs")
    (tmp_path / "logs" / "esa1").mkdir()
    (tmp_path / "logs" / "esa2").mkdir()
    one = one.rename(tmp_path / "logs" / "esa1" / "mail.current")
    two = two.rename(tmp_path / "logs" / "esa2" / "mail.current")
    store = Store(tmp_path / "db.duckdb")
    ingest_paths(store, [tmp_path / "logs" / "esa1"], year=2026, appliance="esa1")
    ingest_paths(store, [tmp_path / "logs" / "esa2"], year=2026, appliance="esa2")
    # the appliance rotates its log; `watch` (or an ingest of the parent folder) finds the new file
    write_lines(tmp_path / "logs" / "esa2" / "mail.@20261121.s",
                ["<166>Nov 21 09:00:00 esa2 mail_logs: Info: Start MID 90 ICID 1"])
    write_lines(tmp_path / "logs" / "loose.log",
                ["<166>Nov 21 09:00:00 esa9 mail_logs: Info: Start MID 91 ICID 1"])
    assert ingest_paths(store, [tmp_path / "logs"], year=2026).messages == 2
    assert rows(store, "SELECT mid FROM messages WHERE mid % ? >= 90 ORDER BY mid", [SPAN]) == [
        [91], [2 * SPAN + 90]]   # a file outside the named folders: the default appliance


def test_appliance_names_are_checked_and_records_take_none(tmp_path):
    store = Store(tmp_path / "db.duckdb")
    log = write_lines(tmp_path / "a.log", mid77_lines("esa1", "10:00:00", 5, "a@corp.example", "<a@x>"))
    with pytest.raises(InputError, match="appliance name"):
        ingest_paths(store, [log], appliance="x" * 65)
    with pytest.raises(InputError, match="appliance name"):
        ingest_paths(store, [log], appliance="esa\n1")
    records = tmp_path / "r.csv"
    records.write_text("mid,rid,address,status\n1,0,a@corp.example,delivered\n")
    with pytest.raises(InputError, match="records carry their own MIDs"):
        ingest_paths(store, [records], fmt="records", appliance="esa1")
    with pytest.raises(InputError, match="records carry their own MIDs"):   # found to be records by name
        ingest_paths(store, [records], by_host=True)
    assert ingest_paths(store, [log], year=2026, appliance="  ").messages == 1   # blank: the default
    assert rows(store, "SELECT mid FROM messages ORDER BY mid") == [[77]]


@pytest.mark.parametrize("scanner", ["sql", "compiled"])
def test_a_feb_29_line_read_again_keeps_the_appliance(tmp_path, monkeypatch, scanner):
    monkeypatch.setenv("MARLIB_SCANNER_MIN_BYTES", "1" if scanner == "compiled" else str(1 << 40))
    lines = [f"<166>{stamp} esa1 mail_logs: Info: Start MID {mid} ICID {mid}"
             for stamp, mid in (("Dec 31 23:00:00", 1), ("Jan  1 01:00:00", 2), ("Feb 29 10:00:00", 4))]
    lines.append("<166>Feb 29 10:00:01 esa1 mail_logs: Info: MID 5 was generated based on MID 4 by antispam")
    store = Store(tmp_path / "db.duckdb")
    assert ingest_paths(store, [write_lines(tmp_path / "a.log", lines)], year=2027, appliance="esa1").rejects == 0
    assert rows(store, "SELECT mid, parent_mid FROM messages ORDER BY mid") == [
        [SPAN + 1, None], [SPAN + 2, None], [SPAN + 4, None], [SPAN + 5, SPAN + 4]]


def test_the_appliances_command_lists_numbers_bases_and_paths(tmp_path, capsys):
    one, two = two_appliance_logs(tmp_path / "logs")
    (tmp_path / "logs" / "esa2").mkdir()
    two.rename(tmp_path / "logs" / "esa2" / "esa2.log")
    db = str(tmp_path / "db.duckdb")
    assert main(["--db", db, "appliances"]) != 0   # no database yet: refused, not created
    assert "There is no database" in capsys.readouterr().err
    assert main(["--db", db, "ingest", str(one), "--year", "2026"]) == 0
    assert main(["--db", db, "ingest", str(tmp_path / "logs" / "esa2"), "--year", "2026", "--appliance", "esa2"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "appliances", "--json"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.strip().splitlines()]
    assert out[-1] == {"appliances": 2, "by_host_files": [], "by_host_paths": []}
    assert [(a["number"], a["name"], a["mid_base"], a["messages"], a["files"]) for a in out[:-1]] == [
        (0, None, 0, 1, 1), (1, "esa2", SPAN, 2, 1)]
    assert out[1]["paths"] == str((tmp_path / "logs" / "esa2").resolve())
    assert main(["--db", db, "appliances"]) == 0
    text = capsys.readouterr().out
    assert "(default: MIDs as logged): 1 message(s)" in text and "esa2: 2 message(s)" in text


def _interleaved(path):
    """One syslog file both appliances write to: each line carries its host; the last line has none."""
    one = mid77_lines("esa1", "10:00:00", 5, "ceo@corp.example", "<clean@partner>")
    two = mid77_lines("esa2", "10:00:01", 9, "intern@corp.example", "<evil@evil>", [
        "MID 77 attachment 'bad.exe'", "MID 77 was split creating MID 78",
        "MID 78 ICID 9 RID 0 To: <split@corp.example>", "Message done DCID 9 MID 78 to RID [0]"])
    mixed = [line for pair in zip(one, two) for line in pair] + two[len(one):] + [
        f"<166>Nov 20 10:00:02 esa2 amp: Info: Response received for file reputation query from Cloud. File Name = "
        f"'bad.exe', MID = 77, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = {SHA}",
        f"<166>Nov 21 11:00:02 esa2 amp: Info: Retrospective verdict received. SHA256: {SHA}, Timestamp: "
        "1795000000.5, Verdict: MALICIOUS, Reputation Score: 0, Spyname: W32.X.",
        "<166>Nov 21 11:00:03 mail_logs: Info: Start MID 77 ICID 3"]
    return write_lines(path, mixed)


@pytest.mark.parametrize("scanner", ["sql", "compiled"])
def test_by_host_splits_one_syslog_file_oftwo_appliance_logs(tmp_path, monkeypatch, scanner):
    from marlib.remediation.policies import set_policy
    from marlib.remediation.run import remediate
    monkeypatch.setenv("MARLIB_SCANNER_MIN_BYTES", "1" if scanner == "compiled" else str(1 << 40))
    log = _interleaved(tmp_path / "syslog.log")
    store = Store(tmp_path / "db.duckdb")
    summary = ingest_paths(store, [log], year=2026, by_host=True, appliance="esa0")
    assert (summary.mid_conflicts, summary.rejects, summary.messages) == (0, 0, 4)
    assert rows(store, "SELECT number, name FROM appliances ORDER BY number") == [
        [1, "esa0"], [2, "esa1"], [3, "esa2"]]
    assert rows(store, "SELECT mid, parent_mid, message_id FROM messages ORDER BY mid") == [
        [SPAN + 77, None, None], [2 * SPAN + 77, None, "<clean@partner>"],
        [3 * SPAN + 77, None, "<evil@evil>"], [3 * SPAN + 78, 3 * SPAN + 77, "<evil@evil>"]]
    assert rows(store, "SELECT mid FROM verdict_events WHERE kind = 'initial'") == [[3 * SPAN + 77]]
    set_policy(store, "DEFAULT", mar=True, action="delete")
    plan = remediate(store, None, pending=True, dry_run=True, domains=None).outcomes
    assert sorted(plan["recipient"]) == ["intern@corp.example", "split@corp.example"]
    # without --by-host the same file mixes the two MID 77s (and says so)
    assert ingest_paths(Store(tmp_path / "mixed.duckdb"), [log], year=2026).mid_conflicts == 1


def test_by_host_reads_the_same_with_both_readers_and_is_remembered_per_file_and_folder(tmp_path, monkeypatch):
    dumps = []
    for scanner in ("sql", "compiled"):
        monkeypatch.setenv("MARLIB_SCANNER_MIN_BYTES", "1" if scanner == "compiled" else str(1 << 40))
        folder = tmp_path / scanner
        folder.mkdir()
        log = _interleaved(folder / "syslog.log")
        store = Store(tmp_path / f"{scanner}.duckdb")
        ingest_paths(store, [folder], year=2026, by_host=True)
        write_lines(log, ["<166>Nov 21 12:00:00 esa1 mail_logs: Info: Start MID 80 ICID 4"], mode="a")
        write_lines(folder / "syslog.log.1", ["<166>Nov 22 12:00:00 esa2 mail_logs: Info: Start MID 81 ICID 4"])
        assert ingest_paths(store, [tmp_path / scanner]).messages == 2   # no options: as remembered
        with pytest.raises(IngestError, match="read before as the host of each syslog line"):
            ingest_paths(store, [log], appliance="esa1")
        dumps.append(dump(store))
        assert rows(store, "SELECT mid FROM messages WHERE mid % ? > 79 ORDER BY mid", [SPAN]) == [
            [SPAN + 80], [2 * SPAN + 81]]
    assert dumps[0] == dumps[1]


LINE_TAIL = st.text(alphabet=" :aZé<>\t-x.", max_size=24)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["", "<166>", "<1>", "<>"]),
       st.sampled_from(["Mar 17 18:24:37 ", "Mar  7 18:24:37 ", "Mar 7 18:24:37 ", "Mar 17 18:24:37.25 ", "Mar 17"]),
       LINE_TAIL)
def test_both_readers_find_the_same_syslog_host(pri, stamp, tail):
    import numpy as np
    import pyarrow as pa

    from marlib.ingest import esa_scan
    from marlib.ingest import esa_sql as q
    line = f"{pri}{stamp}{tail}"
    buf = np.frombuffer(line.encode(), dtype=np.uint8)
    compiled = esa_scan.syslog_hosts(buf, np.array([0]), np.array([buf.size]), np.array([True]))[0].as_py()
    marlib_host_lines = pa.table({"line": [line]})  # noqa: F841 - read by DuckDB through a replacement scan
    con = __import__("duckdb").connect()
    sql = con.execute(f"SELECT {q.HOST_SQL} FROM (SELECT line, true AS sys FROM marlib_host_lines)").fetchone()[0]
    assert compiled == sql, line


@pytest.mark.parametrize("scanner", ["sql", "compiled"])
def test_by_host_reads_odd_hosts_and_time_stamps(tmp_path, monkeypatch, scanner):
    """Bytes that are not UTF-8 in a host, ESA1 and esa1, a day not padded, fractional seconds, two spaces
    after the time (as a relay in the sc4s samples writes)."""
    monkeypatch.setenv("MARLIB_SCANNER_MIN_BYTES", "1" if scanner == "compiled" else str(1 << 40))
    log = tmp_path / "odd.log"
    log.write_bytes(b"<166>Nov 20 10:00:00 es\xffa1 mail_logs: Info: Start MID 1 ICID 5\n"
                    b"<166>Nov 20 10:00:00 es\xc3 mail_logs: Info: Start MID 2 ICID 5\n"
                    b"<166>Nov 20 10:00:00 ESA1 mail_logs: Info: Start MID 3 ICID 5\n"
                    b"<166>Nov 20 10:00:01 esa1 mail_logs: Info: MID 3 ICID 5 RID 0 To: <a@corp.example>\n"
                    b"<166>Nov 2 10:00:00 esa2 mail_logs: Info: Start MID 4 ICID 5\n"
                    b"<166>Nov 20 10:00:00.123 esa3 mail_logs: Info: Start MID 5 ICID 5\n"
                    b"Nov 20 10:00:02  esa4.corp.example mail_logs: Info: Start MID 6 ICID 5\n")   # 2 spaces
    store = Store(tmp_path / "db.duckdb")
    summary = ingest_paths(store, [log], year=2026, by_host=True)
    assert summary.lines == summary.parsed + summary.ignored + summary.rejects
    got = dict(rows(store, "SELECT mid % ?, (SELECT name FROM appliances WHERE number = mid // ?) FROM messages",
                    [SPAN, SPAN]))
    assert got[1] == "es\u00ffa1" and got[2] == "es\u00e3" and got[3] == "esa1"   # as Windows-1252
    assert got.get(4, "esa2") == "esa2" and got.get(5, "esa3") == "esa3"   # read when the time is
    assert got[6] == "esa4.corp.example"
    assert rows(store, "SELECT address FROM recipients WHERE mid % ? = 3", [SPAN]) == [["a@corp.example"]]


@pytest.mark.parametrize("options", [{"by_host": True}, {"appliance": "esa1"}])
def test_a_named_file_started_anew_by_rotation_is_read_the_same_way(tmp_path, options):
    log = _interleaved(tmp_path / "esa.log")
    store = Store(tmp_path / "db.duckdb")
    ingest_paths(store, [log], year=2026, **options)
    log.rename(tmp_path / "esa.log.1")           # logrotate
    by_host = bool(options.get("by_host"))
    write_lines(tmp_path / "esa.log", ["<166>Nov 22 10:00:00 esa1 mail_logs: Info: Start MID 90 ICID 1"] + (
        ["<166>Nov 22 10:00:00 esa2 mail_logs: Info: Start MID 90 ICID 2"] if by_host else []))
    summary = ingest_paths(store, [tmp_path])      # no options: the path remembers them
    assert summary.mid_conflicts == 0
    want = [[SPAN + 90], [2 * SPAN + 90]] if by_host else [[SPAN + 90]]   # by host: esa1 is 1, esa2 is 2
    assert rows(store, "SELECT mid FROM messages WHERE mid % ? = 90 ORDER BY mid", [SPAN]) == want
    assert rows(store, "SELECT path, by_host FROM ingest_files ORDER BY path") == [
        [str(tmp_path / "esa.log"), by_host], [str(tmp_path / "esa.log.1"), by_host]]


def test_a_refused_appliance_is_not_remembered_and_names_have_no_case(tmp_path):
    one, two = two_appliance_logs(tmp_path / "logs")
    for name, log in (("esa1", one), ("esa2", two)):
        (tmp_path / "logs" / name).mkdir()
        log.rename(tmp_path / "logs" / name / "mail.current")
    store = Store(tmp_path / "db.duckdb")
    ingest_paths(store, [tmp_path / "logs" / "esa1"], year=2026, appliance="ESA1")
    ingest_paths(store, [tmp_path / "logs" / "esa2"], year=2026, appliance="esa2")
    current = tmp_path / "logs" / "esa2" / "mail.current"
    with pytest.raises(IngestError, match="read before as appliance 'esa2'"):
        ingest_paths(store, [current], appliance="esa1")
    refused = ingest_paths(store, [tmp_path / "logs"], appliance="esa9")   # every file is another's
    assert refused.files == 0 and len(refused.skipped_files) == 2
    # the appliance rotates its log: the new mail.current is still esa2's
    current.rename(tmp_path / "logs" / "esa2" / "mail.@20261121T000000.s")
    write_lines(current, ["<166>Nov 21 09:00:00 esa2 mail_logs: Info: Start MID 90 ICID 1"])
    assert ingest_paths(store, [tmp_path / "logs"], year=2026).messages == 1
    assert rows(store, "SELECT mid FROM messages WHERE mid % ? = 90", [SPAN]) == [[2 * SPAN + 90]]
    assert rows(store, "SELECT number, name FROM appliances ORDER BY number") == [[1, "esa1"], [2, "esa2"]]
    again = ingest_paths(store, [tmp_path / "logs" / "esa1"], appliance="Esa1")   # the same one: not refused
    assert (again.files, again.unchanged_files, again.skipped_files) == (0, 1, [])


def test_remediate_output_names_the_appliance_and_the_logged_mid(tmp_path, capsys):
    one, two = two_appliance_logs(tmp_path / "logs")
    db = str(tmp_path / "db.duckdb")
    assert main(["--db", db, "ingest", str(one), "--year", "2026", "--appliance", "esa1"]) == 0
    assert main(["--db", db, "ingest", str(two), "--year", "2026", "--appliance", "esa2"]) == 0
    assert main(["--db", db, "policy", "set", "DEFAULT", "--mar", "on", "--action", "delete"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "remediate", "--pending", "--dry-run", "--json"]) == 0
    out = json.loads(capsys.readouterr().out.strip().splitlines()[-1])["outcomes"]
    assert sorted((o["esa_mid"], o["appliance"], o["mid"]) for o in out) == [
        (77, "esa2", 2 * SPAN + 77), (78, "esa2", 2 * SPAN + 78)]
    assert main(["--db", db, "remediate", "--pending", "--dry-run"]) == 0
    text = capsys.readouterr().out
    assert "MID 77 on esa2" in text and "MID 78 on esa2" in text
    # `report failed` rows (and their CSV / XLSX) name the appliance and the logged MID too
    import pandas as pd

    from marlib.export import with_appliance
    from marlib.reports import appliance_names
    shown = with_appliance(pd.DataFrame({"mid": [2 * SPAN + 78, SPAN + 77], "status": ["failed"] * 2}),
                           appliance_names(Store(db)), esa_mid=True)
    assert shown.to_dict(orient="list") == {"mid": [2 * SPAN + 78, SPAN + 77], "esa_mid": [78, 77],
                                            "appliance": ["esa2", "esa1"], "status": ["failed", "failed"]}


def test_an_interrupted_ingest_remembers_its_folder_but_not_around_another_appliances_file(tmp_path, monkeypatch):
    import marlib.ingest.api as api
    logs = tmp_path / "logs"
    logs.mkdir()
    write_lines(logs / "a.log", ["<166>Nov 20 10:00:00 esa1 mail_logs: Info: Start MID 1 ICID 5"])
    write_lines(logs / "b.log", ["<166>Nov 20 10:00:01 esa1 mail_logs: Info: Start MID 2 ICID 5"])
    store = Store(tmp_path / "db.duckdb")
    real = api._ingest_esa_file

    def stopped_at_b(store_, path, *a, **k):
        if path.name == "b.log":
            raise KeyboardInterrupt
        return real(store_, path, *a, **k)
    monkeypatch.setattr(api, "_ingest_esa_file", stopped_at_b)
    with pytest.raises(KeyboardInterrupt):
        ingest_paths(store, [logs], year=2026, appliance="esa1")
    monkeypatch.undo()
    ingest_paths(store, [logs], year=2026)   # b.log, new, is read as the folder's appliance
    assert rows(store, "SELECT mid FROM messages ORDER BY mid") == [[SPAN + 1], [SPAN + 2]]
    # a link in a folder to a file read as another appliance keeps the folder from being remembered
    other = tmp_path / "other"
    other.mkdir()
    write_lines(other / "c.log", ["<166>Nov 20 10:00:02 esa2 mail_logs: Info: Start MID 3 ICID 5"])
    ingest_paths(store, [other / "c.log"], year=2026, appliance="esa2")
    linked = tmp_path / "linked"
    linked.mkdir()
    (linked / "cur.log").symlink_to(other / "c.log")
    assert len(ingest_paths(store, [linked], appliance="esa9").skipped_files) == 1
    assert rows(store, "SELECT count(*) FROM appliance_paths WHERE appliance = 'esa9'") == [[0]]
    assert rows(store, "SELECT count(*) FROM appliances WHERE name = 'esa9'") == [[0]]


def test_a_host_written_short_and_in_full_is_named_as_maybe_one_appliance(tmp_path, capsys):
    """esa1 and esa1.corp.example are two appliances to the store (two MID counters); ingest says so when it
    makes the second, so a relay that writes one host two ways is noticed, not silently split."""
    lines = (mid77_lines("esa1", "10:00:00", 5, "a@corp.example", "<a@x>")
             + [line.replace("MID 77", "MID 78").replace(" esa1 ", " ESA1.corp.example ")
                for line in mid77_lines("esa1", "10:00:05", 6, "b@corp.example", "<b@x>")])
    store = Store(tmp_path / "db.duckdb")
    summary = ingest_paths(store, [write_lines(tmp_path / "esa.log", lines)], year=2026, by_host=True)
    assert summary.similar_appliances == [["esa1", "esa1.corp.example"]]
    # named on the command line, in a later run: the same note, once per new name
    assert main(["--db", str(store.path), "ingest", "--appliance", "esa2",
                 str(write_lines(tmp_path / "a.log", mid77_lines("esa2", "11:00:00", 7, "c@corp.example", "<c@x>"))),
                 "--year", "2026"]) == 0
    assert "may be one appliance" not in capsys.readouterr().err
    assert main(["--db", str(store.path), "ingest", "--appliance", "esa2.corp.example", "--json",
                 str(write_lines(tmp_path / "b.log", mid77_lines("esa2", "12:00:00", 8, "d@corp.example", "<d@x>"))),
                 "--year", "2026"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out.splitlines()[-1])["similar_appliances"] == [["esa2", "esa2.corp.example"]]
    assert "'esa2' and 'esa2.corp.example' may be one appliance" in err
    assert f"(see `python -m marlib --db {store.path} appliances`)" in err   # pasted, it lists these appliances
    # different hosts of one domain are not alike
    other = Store(tmp_path / "other.duckdb")
    assert ingest_paths(other, [write_lines(tmp_path / "c.log", [line.replace(" esa1 ", " esa3.corp.example ")
                                                                 for line in lines])],
                        year=2026, by_host=True).similar_appliances == []
