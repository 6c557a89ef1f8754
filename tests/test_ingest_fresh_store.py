"""A first ingest into an empty store stores what the same ingest stores into a store that holds other rows.

The merge inserts straight away into a table that holds nothing yet (esa_merge.upsert); a table with rows
goes through the update of stored keys and the lookup of new ones. Both must leave the same rows for the
log read: the log is ingested once into a fresh store and once into a store seeded with one unrelated row
per ingest table (MIDs far from the log's), and every row is compared.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from marlib.ingest.api import ingest_paths
from marlib.ingest.sample import write_mail_log
from marlib.store import Store

TABLES = ("messages", "recipients", "attachments", "verdict_events", "ingest_rejects", "recipient_facts")
SEED_MID = 9_000_000_000_000
SEED = [f"""INSERT INTO messages (mid, message_id, sender, source) VALUES ({SEED_MID}, '<seed@x>', 's@x', 'esa')""",
        f"""INSERT INTO recipients (mid, rid, address, status) VALUES ({SEED_MID}, 0, 'r@x', 'pending')""",
        f"""INSERT INTO attachments (mid, filename, sha256) VALUES ({SEED_MID}, 'seed.pdf', '{"0" * 64}')""",
        f"""INSERT INTO verdict_events (event_key, sha256, verdict, kind, mid)
            VALUES ('seed', '{"0" * 64}', 'CLEAN', 'initial', {SEED_MID})""",
        f"""INSERT INTO recipient_facts (mid, rid, status) VALUES ({SEED_MID + 1}, 0, 'delivered')"""]


def _rows(store: Store, table: str) -> list[tuple]:
    """The table's rows, but for the seeded ones."""
    cols = "* EXCLUDE (run_id, ingested_at)" if table == "ingest_rejects" else "*"
    where = {"ingest_rejects": "true", "verdict_events": "event_key <> 'seed'"}.get(table, f"mid < {SEED_MID}")
    with store.connect() as con:
        return con.execute(f"SELECT {cols} FROM {table} WHERE {where} ORDER BY ALL").fetchall()


@pytest.mark.parametrize("batch_bytes", [None, 1 << 20])
def test_empty_and_seeded_stores_keep_the_same_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    batch_bytes: int | None) -> None:
    log = tmp_path / "mail.current"
    write_mail_log(log, lines=20_000, seed=5)
    monkeypatch.setenv("MARLIB_SCANNER_MIN_BYTES", "1")   # the compiled scanner, as for a large log
    if batch_bytes:   # several batches: the later ones merge into rows the first stored
        monkeypatch.setenv("MARLIB_INGEST_CHUNK_BYTES", str(batch_bytes))
    fresh, seeded = Store(tmp_path / "fresh.duckdb"), Store(tmp_path / "seeded.duckdb")
    with seeded.connect() as con:
        for sql in SEED:
            con.execute(sql)
    a, b = ingest_paths(fresh, [log]), ingest_paths(seeded, [log])
    assert a.lines > 20_000 and a.messages > 500 and a.recipients and a.attachments and a.verdict_events
    assert (a.messages, a.recipients, a.attachments, a.verdict_events, a.rejects) == (
        b.messages, b.recipients, b.attachments, b.verdict_events, b.rejects)
    for table in TABLES:
        assert _rows(fresh, table) == _rows(seeded, table), table
