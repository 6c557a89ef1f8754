"""A recipient's delivery status does not depend on the order its lines are read in (files, batches, runs)."""
from __future__ import annotations

from datetime import datetime, timezone
from itertools import permutations

import pytest

from marlib.ingest.api import ingest_paths
from marlib.store import Store
from tests.ingest_helpers import file_line, header, rows, write_lines

T0 = 1_763_000_000  # 2025-11-13 02:13:20 UTC
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
