"""A recipient's delivery status does not depend on the order its lines are read in (files, batches, runs);
delivered copies whose To line was not read yet are counted and warned of."""
from __future__ import annotations

import json
import logging
from datetime import datetime, timezone
from itertools import permutations

import pytest

from marlib.cli import main
from marlib.ingest.api import ingest_paths
from marlib.store import Store
from tests.ingest_helpers import file_line, header, message, rows, write_lines

T0 = 1_763_000_000  # 2025-11-13 02:13:20 UTC
SHA = "ab" * 32
T = T0 + 60         # one second, ESA's resolution, for the lines of two statuses
TO = [file_line(T0, "Start MID 100 ICID 1100"), file_line(T0, "MID 100 ICID 1100 RID 0 To: <a@corp.example>")]
STATUS_LINES = {
    "quarantined": [file_line(T, "Delivery start DCID 7 MID 100 to RID [0] to offbox IronPort Spam Quarantine"),
                    file_line(T, "Message done DCID 7 MID 100 to RID [0] (external quarantine)")],
    "delivered": [file_line(T, "Delivery start DCID 8 MID 100 to RID [0]"),
                  file_line(T, "Message done DCID 8 MID 100 to RID [0]")],
    "bounced": [file_line(T, "Bounced: DCID 9 MID 100 From:<s@remote.example> To:<a@corp.example> RID 0 "
                             "- 5.1.0 - Unknown address error ('550', ['no such user'])")],
}
COLUMNS = "SELECT status, delivered_at IS NOT NULL, status_at FROM recipients"


def esa_time(epoch: int) -> datetime:
    """A log line's time as stored (UTC, naive)."""
    return datetime.fromtimestamp(epoch, timezone.utc).replace(tzinfo=None)


def _mid(lines: list[str], mid: int) -> list[str]:
    return [line.replace("MID 100 ", f"MID {mid} ") for line in lines]


def _all_orders(tmp_path, parts: list[list[str]]) -> list[list]:
    """The copy's row for every reading order of ``parts``, each order under a MID of its own in one store:
    read as files of their own (ingest after ingest), and as lines of one file."""
    orders = list(permutations(range(len(parts))))
    store = Store(tmp_path / "db.duckdb")
    for step in range(len(parts)):   # the step-th part of every order, in one file
        lines = [line for n, order in enumerate(orders) for line in _mid(parts[order[step]], 1000 + n)]
        ingest_paths(store, [write_lines(tmp_path / f"{step}.log", header(T0 + step) + lines)])
    together = [line for n, order in enumerate(orders) for i in order for line in _mid(parts[i], 2000 + n)]
    ingest_paths(store, [write_lines(tmp_path / "together.log", header(T0 + 9) + together)])
    got = rows(store, f"{COLUMNS} ORDER BY mid")
    assert len(got) == 2 * len(orders)
    return got


@pytest.mark.parametrize("first, second, wins", [("quarantined", "delivered", "delivered"),
                                                 ("bounced", "delivered", "delivered"),
                                                 ("quarantined", "bounced", "bounced")])
def test_two_statuses_of_one_second_give_one_status_whatever_the_reading_order(tmp_path, first, second, wins):
    """Two status lines of one copy in the same second, read in any order (files, or lines in one file):
    delivered > bounced > quarantined (esa.py), never the one read last."""
    got = _all_orders(tmp_path, [TO, STATUS_LINES[first], STATUS_LINES[second]])
    expected = [wins, wins == "delivered", esa_time(T)]
    assert got == [expected] * len(got)


PLAIN_DONE_AFTER_OFFBOX = [
    [file_line(T, "Delivery start DCID 7 MID 100 to RID [0] to offbox IronPort Spam Quarantine")],
    [file_line(T + 1, "Message done DCID 7 MID 100 to RID [0]")]]


def test_a_plain_message_done_by_the_offbox_quarantines_connection_is_no_delivery(tmp_path):
    """The Delivery start of DCID 7 went to the offbox quarantine: its Message done without "(external
    quarantine)" handed the copy to the quarantine, not to the mailbox. In any order, also in one file."""
    got = _all_orders(tmp_path, [TO, *PLAIN_DONE_AFTER_OFFBOX])
    assert got == [["quarantined", False, esa_time(T + 1)]] * len(got)


def test_a_release_from_the_offbox_quarantine_is_still_a_delivery(tmp_path):
    """After the quarantine's plain Message done, the release's delivery by another DCID delivers the copy."""
    release = [file_line(T + 600, "Delivery start DCID 8 MID 100 to RID [0]"),
               file_line(T + 600, "Message done DCID 8 MID 100 to RID [0]")]
    got = _all_orders(tmp_path, [TO, *PLAIN_DONE_AFTER_OFFBOX, release])
    assert got == [["delivered", True, esa_time(T + 600)]] * len(got)


def test_a_plain_message_done_by_another_connection_stays_a_delivery(tmp_path):
    """Only the DCID that went to the quarantine is taken for one: a delivery by DCID 8 after a quarantine
    delivery start of DCID 7 is delivered."""
    got = _all_orders(tmp_path, [TO, PLAIN_DONE_AFTER_OFFBOX[0],
                                 [file_line(T + 1, "Message done DCID 8 MID 100 to RID [0]")]])
    assert got == [["delivered", True, esa_time(T + 1)]] * len(got)


def _rotated_pair(tmp_path) -> tuple:
    """A message whose To lines are in the older log of a rotation and its deliveries in the newer; a second
    message, quarantined, split the same way."""
    lines = message(100, T0, ["a@corp.example", "b@corp.example"], sha=SHA) + message(
        101, T0 + 5, ["c@corp.example"], quarantine=True)
    older = [line for line in lines if "Delivery start" not in line and "Message done" not in line
             and "Response" not in line and "finished" not in line]
    newer = [line for line in lines if line not in older]
    return (write_lines(tmp_path / "mail.@20251113T021320.s", header(T0) + older),
            write_lines(tmp_path / "mail.current", header(T0 + 1) + newer))


def test_delivered_copies_without_a_recipient_line_are_counted_and_warned_of(tmp_path, capsys):
    """The newer log read alone: two delivered copies have no address yet (the quarantined one does not
    count); the summary, `ingest --json` and the warnings say so. The older log completes them."""
    older, newer = _rotated_pair(tmp_path)
    store = Store(tmp_path / "db.duckdb")
    assert main(["--db", str(store.path), "ingest", "--json", str(newer)]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out.splitlines()[-1])["deliveries_without_recipient"] == 2
    assert "2 delivered copies have no recipient line" in err and "older rotated log" in err
    again = ingest_paths(store, [newer])     # nothing new: still waiting, still said
    assert again.deliveries_without_recipient == 2 and len(again.warnings()) == 1
    assert again.warnings(waiting=False) == []
    assert rows(store, "SELECT count(*) FROM recipient_facts") == [[3]]   # kept, not deleted
    done = ingest_paths(store, [older])
    assert (done.deliveries_without_recipient, done.warnings()) == (0, [])
    assert rows(store, "SELECT address, status FROM recipients ORDER BY mid, rid") == [
        ["a@corp.example", "delivered"], ["b@corp.example", "delivered"], ["c@corp.example", "quarantined"]]


def test_watch_says_how_many_copies_wait_for_their_recipient_when_the_number_changes(tmp_path, caplog):
    """Not at every step of a growing log: once, and again when the number changes."""
    from marlib.remediation.watch import watch_step
    older, newer = _rotated_pair(tmp_path)
    logs = tmp_path / "logs"
    logs.mkdir()
    current = newer.rename(logs / "mail.current")
    store, said = Store(tmp_path / "db.duckdb"), {}
    with caplog.at_level(logging.WARNING):
        watch_step(store, [logs], None, said=said)
        assert caplog.text.count("delivered copies have no recipient line") == 1
        write_lines(current, message(102, T0 + 60, ["d@corp.example"]), mode="a")   # a complete message
        watch_step(store, [logs], None, said=said)
        assert caplog.text.count("no recipient line") == 1
        write_lines(current, [file_line(T0 + 70, "Message done DCID 9 MID 99 to RID [0]")], mode="a")
        watch_step(store, [logs], None, said=said)
    assert "3 delivered copies have no recipient line" in caplog.text


def test_a_records_file_giving_the_recipient_takes_its_waiting_delivery_lines(tmp_path):
    """The newer log read alone leaves its delivery lines waiting for the To lines; a records export that
    names those recipients (same MID and RID) completes them as the older log would: the later status wins
    (the quarantine logged after the record's time), the DCID and delivery time come from the lines, and
    nothing waits any more."""
    _, newer = _rotated_pair(tmp_path)
    store = Store(tmp_path / "db.duckdb")
    assert ingest_paths(store, [newer]).deliveries_without_recipient == 2
    rec = tmp_path / "siem.csv"
    rec.write_text("mid,recipient,rid,received_at\n"
                   "100,a@corp.example,0,\n100,b@corp.example,1,\n"
                   f"101,c@corp.example,0,{esa_time(T0 - 60).isoformat()}\n")
    done = ingest_paths(store, [rec], fmt="records")
    assert done.rejects == 0 and done.deliveries_without_recipient == 0
    assert rows(store, "SELECT count(*) FROM recipient_facts") == [[0]]
    got = rows(store, "SELECT mid, address, status, dcid IS NOT NULL, delivered_at IS NOT NULL FROM recipients "
                      "ORDER BY mid, rid")
    assert got == [[100, "a@corp.example", "delivered", True, True],
                   [100, "b@corp.example", "delivered", True, True],
                   [101, "c@corp.example", "quarantined", True, False]]


def test_a_records_file_without_rids_does_not_guess_which_waiting_delivery_lines_are_its_recipients(tmp_path):
    """Without a `rid` the records' recipients are numbered by the import, not by the ESA: they must not take
    delivery lines waiting for the ESA's own RIDs (b, really quarantined, took a's delivery). They get rids
    past the waiting ones, and the lines keep waiting for their To lines."""
    _, newer = _rotated_pair(tmp_path)
    store = Store(tmp_path / "db.duckdb")
    ingest_paths(store, [newer])
    rec = tmp_path / "siem.csv"
    rec.write_text("mid,recipient\n100,b@corp.example\n101,x@corp.example\n")
    done = ingest_paths(store, [rec], fmt="records")
    assert done.rejects == 0 and done.deliveries_without_recipient == 2
    assert rows(store, "SELECT count(*) FROM recipient_facts") == [[3]]
    assert rows(store, "SELECT mid, rid, address FROM recipients ORDER BY mid") == [
        [100, 2, "b@corp.example"], [101, 1, "x@corp.example"]]
