"""The command line says the same thing the same way across commands: what a "copy" is (`changes` and
`remediate --dry-run`), how CSV files are written, the shape of a --json error, --json text that stands
alone, and how an empty input file is read."""
from __future__ import annotations

import json
from datetime import timedelta

from remediation_fixtures import T0, World, run_cli, sha

from marlib.remediation.policies import set_policy
from marlib.store import Store

H = sha("consistency-evil")


def _last_json(out: str):
    return json.loads(out.strip().splitlines()[-1])


def _split_message_store(tmp_path) -> Store:
    """One message to alice, bob and carol that the appliance split: the parent MID keeps bob and carol
    (their delivery went on in the split MID, as the logs show it: "pending"), the split MID (same
    Message-ID) delivered to them; alice's copy was delivered from the parent; dave's was quarantined."""
    store = Store(tmp_path / "m.duckdb")
    w = World()
    w.users("alice@corp.example", "bob@corp.example", "carol@corp.example", "dave@corp.example")
    parent = w.message(["alice@corp.example"], files={"inv.xlsm": H}, message_id="<split@x>")
    w.recipients += [dict(mid=parent, rid=1, address="bob@corp.example", status="pending"),
                     dict(mid=parent, rid=2, address="carol@corp.example", status="pending")]
    w.message(["bob@corp.example", "carol@corp.example"], files={"inv.xlsm": H}, message_id="<split@x>",
              parent_mid=parent, child_kind="split")
    w.message(["dave@corp.example"], files={"inv.xlsm": H}, message_id="<other@x>", status="quarantined")
    w.verdict(H, "MALICIOUS")
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="delete")
    return store


def test_changes_counts_the_copies_a_dry_run_lists(tmp_path, capsys):
    """A split message is one copy per recipient in the mailbox, as the plan has it: `changes` counted its
    MID x recipient log entries (6 here, 4 in the plan), so the two commands gave two "copies" numbers."""
    store = _split_message_store(tmp_path)
    code, out, _ = run_cli(capsys, store, "remediate", "--sha256", H, "--dry-run", "--json")
    assert code == 0
    outcomes = _last_json(out)["outcomes"]
    assert len(outcomes) == 4
    in_a_mailbox = [o for o in outcomes if o["reason"] != "not_delivered"]
    assert len(in_a_mailbox) == 3

    code, out, _ = run_cli(capsys, store, "changes", "--json")
    [row] = _last_json(out)
    assert (row["copies"], row["delivered"], row["mid_recipients"]) == (4, 3, 6)
    assert {"sha256", "filenames", "event_time", "previous_verdict", "verdict", "threat_name", "copies", "state",
            "retryable", "handled_at", "handled_by", "clean_at", "event_key"} <= set(row), "no key went away"

    code, out, _ = run_cli(capsys, store, "changes")
    assert code == 0
    [line] = [x for x in out.splitlines() if x.startswith(H)]
    assert "4 copies" in line and line.split("4 copies")[1].split()[0] == "3"
    assert "copies: one per Message-ID and recipient" in out and "remediate --sha256 HEX --dry-run" in out
    assert out.splitlines()[-1] == "1 pending", "the state counts stay the last line"


def test_rejects_csv_is_written_as_every_other_csv(tmp_path, capsys):
    """`rejects --csv` had a writer of its own (no BOM: Excel read "é" as "Ã©"); now the one every CSV goes
    through (marlib.export.to_csv_bytes), which keeps a formula-like raw line from running in a spreadsheet."""
    import csv
    import io

    from marlib.cli import main
    from marlib.export import to_csv_bytes
    store = Store(tmp_path / "m.duckdb")
    raws = ["=HYPERLINK(\"http://evil\",\"MID 1\")", "+1+cmd|' /C calc'!A0", "-2+3 MID 7", "@SUM(1) MID 8",
            "Info: MID 9 To: <rené@corp.example> plain"]
    with store.connect() as con:
        for n, raw in enumerate(raws, start=1):
            con.execute("INSERT INTO ingest_rejects (path, line_no, raw, reason, ingested_at) "
                        "VALUES ('/var/log/esa/mail.current', ?, ?, 'no valid time stamp', TIMESTAMP '2026-11-20 "
                        "09:00:00')", [n, raw])
    target = tmp_path / "rejects.csv"
    assert main(["--db", str(store.path), "rejects", "--csv", str(target)]) == 0
    capsys.readouterr()
    data = target.read_bytes()
    df = store.query_df("SELECT path, line_no, reason, raw, ingested_at, superseded_at FROM ingest_rejects "
                        "ORDER BY ingested_at, path, line_no")
    assert data == to_csv_bytes(df)
    assert data.startswith(b"\xef\xbb\xbf"), "a BOM, as the report's and the app's CSV files"
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert [r["raw"] for r in rows] == ["'" + r for r in raws[:4]] + [raws[4]]
    assert [r["line_no"] for r in rows] == ["1", "2", "3", "4", "5"]


def test_check_connection_json_failure_has_the_keys_of_every_error_object(tmp_path, capsys):
    """A failed check said `reason` where every other --json error says error/message/advice/code: a script
    reading `error` saw none. `reason` stays; success keeps its shape."""
    from marlib.cli import main
    store = Store(tmp_path / "m.duckdb")
    store.query_df("SELECT 1")   # the database exists (migrated); no mailbox settings yet
    assert main(["--db", str(store.path), "check-connection", "alice@corp.example", "--json"]) == 1
    got = _last_json(capsys.readouterr().out)
    assert got["ok"] is False and got["reason"] == "settings_missing"
    assert (got["error"], got["code"]) == ("ConnectionUnsuccessful", "settings_missing")
    assert got["message"] and got["advice"]


def test_check_connection_json_keeps_the_ids_the_text_prints():
    """Entra's code, trace and correlation ids (printed by the text output) are in the JSON too."""
    from marlib.cli.connection_cmd import _check_json
    from marlib.connection import CheckResult
    failed = CheckResult(False, "unknown_client", "Application with identifier 'x' was not found", "fix it",
                         {"error": "invalid_client", "code": "AADSTS700016", "trace_id": "t-1",
                          "correlation_id": "c-1", "request_id": None})
    assert _check_json(failed) == {
        "ok": False, "reason": "unknown_client", "message": "Application with identifier 'x' was not found",
        "advice": "fix it", "error": "ConnectionUnsuccessful", "code": "unknown_client",
        "service_code": "AADSTS700016", "trace_id": "t-1", "correlation_id": "c-1"}
    ok = CheckResult(True, "ok", "Connection Successful", "reached", {"kind": "emulator"})
    assert _check_json(ok) == {"ok": True, "reason": "ok", "message": "Connection Successful", "advice": "reached"}


def test_remediate_json_nothing_to_do_stands_alone(tmp_path, capsys):
    """With only superseded changes, `remediate --pending --json` said they were "listed above", but in JSON
    nothing is above: the text now names the command that lists them (with this --db), and the text output
    still lists them before it."""
    store = _split_message_store(tmp_path)
    w = World()
    w.verdict(H, "CLEAN", at=T0 + timedelta(days=2))   # a later retrospective CLEAN: the change is superseded
    w.save(store)
    code, out, _ = run_cli(capsys, store, "remediate", "--pending", "--dry-run", "--json")
    result = _last_json(out)
    assert code == 0 and result["run_id"] is None and [s["sha256"] for s in result["superseded"]] == [H]
    text = result["nothing_to_do"]
    assert "above" not in text
    assert text == ("nothing pending: no retrospective verdict change waits for remediation on this tenant (1 "
                    f"superseded by a later CLEAN verdict, which `python -m marlib --db {store.path} changes` "
                    "lists: --sha256 acts on one anyway)")
    code, out, _ = run_cli(capsys, store, "remediate", "--pending", "--dry-run")
    lines = out.splitlines()
    assert code == 0 and lines[1].startswith(f"not acted on: the verdict change of {H}")
    assert lines[2] == text + "; no run recorded"


def test_an_empty_or_blank_log_is_read_with_no_line_and_text_that_is_no_log_is_an_error(tmp_path, capsys):
    """A 0-byte file was passed over in silence ("0 file(s) read") and a file of blank lines was an error
    ("not a Cisco ESA log"): both are a log just rotated or truncated, read with no line in it, and said so;
    lines written to it later are read as from any log. A file with text that is not a log stays an error."""
    from marlib.cli import main
    from tests.ingest_helpers import header, message, write_lines
    t0 = 1_763_000_000
    db = str(tmp_path / "m.duckdb")
    empty, blank = tmp_path / "mail.current", tmp_path / "amp.current"
    empty.write_bytes(b"")
    blank.write_bytes(b"\xef\xbb\xbf\n \r\n\t\n")
    assert main(["--db", db, "ingest", str(empty), str(blank), "--no-progress"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("0 file(s) read (2 empty), 0 new line(s)") and err == ""
    folder = tmp_path / "logs"
    folder.mkdir()
    (folder / "mail.current").write_bytes(b"")
    (folder / "mail.@20261120T000000.s").write_bytes(b"\n\n")
    assert main(["--db", db, "ingest", str(folder), "--json", "--no-progress"]) == 0
    out, err = capsys.readouterr()
    got = _last_json(out)
    assert (got["files"], got["empty_files"], got["skipped_files"]) == (0, 2, []) and "left out" not in err

    write_lines(blank, header(t0) + message(1, t0, ["a@corp.example"]), mode="a")
    assert main(["--db", db, "ingest", str(blank), "--json", "--no-progress"]) == 0
    got = _last_json(capsys.readouterr().out)
    assert (got["files"], got["empty_files"], got["messages"]) == (1, 0, 1)

    notes = write_lines(tmp_path / "notes.log", ["", "hello, this is not a log"])
    assert main(["--db", db, "ingest", str(notes), "--no-progress"]) == 2
    assert "is not a Cisco ESA log" in capsys.readouterr().err


def test_the_workbench_counts_a_changes_copies_as_the_command_line_does(tmp_path):
    """The Remediation page, the Overview and the What-if page read ``reports.verdict_changes``: it gave only the
    MIDs carrying the file (3 here: parent, split child, dave's), a third figure beside `changes`' 4 copies
    and 3 delivered. It now gives those two as well, next to the MIDs."""
    from marlib import reports
    store = _split_message_store(tmp_path)
    [row] = reports.verdict_changes(store).to_dict("records")
    assert (row["copies"], row["delivered"], row["messages"]) == (4, 3, 3)
    [pending] = reports.verdict_changes(store, pending=True).to_dict("records")
    assert (pending["copies"], pending["delivered"]) == (4, 3)
    empty = reports.verdict_changes(Store(tmp_path / "empty.duckdb"))
    assert empty.empty and {"copies", "delivered", "messages"} <= set(empty.columns)


def test_restore_help_says_what_it_moves_back():
    """`restore`'s one-line help read "move copies that were moved back after a CLEAN verdict": it moves back
    the copies a remediation moved to Junk or Deleted Items."""
    from marlib.cli import build_parser
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    line = next(c.help for c in sub._choices_actions if c.dest == "restore")
    assert "moved back after" not in line
    assert "Junk" in line and "Deleted Items" in line and "CLEAN" in line


def test_report_failed_refuses_by_instead_of_ignoring_it(tmp_path, capsys):
    """`report failed` lists one row per copy: `--by reason` there was silently ignored, so the listing looked
    grouped when it was not; it is now a usage error naming what to do."""
    store = _split_message_store(tmp_path)
    code, out, err = run_cli(capsys, store, "report", "failed", "--by", "reason", "--mode", "all")
    assert code == 2 and "--by" in err and "report --by reason" in err, (out, err)
    code, out, err = run_cli(capsys, store, "report", "failed", "--mode", "all")
    assert code == 0, err
    code, out, err = run_cli(capsys, store, "report", "--by", "reason", "--mode", "all")
    assert code == 0, err
