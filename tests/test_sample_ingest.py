"""Ingesting the generated sample gives the generator's own counts (needs marlib.ingest.api)."""
from __future__ import annotations

from pathlib import Path

import pytest

from marlib.ingest.sample import write_sample
from marlib.store import Store

api = pytest.importorskip("marlib.ingest.api", reason="ingest (helper A) not landed yet")


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, dict, object]:
    root = tmp_path_factory.mktemp("sample_ingest")
    summary = write_sample(root / "sample", messages=400, seed=23, days=3)
    store = Store(root / "db.duckdb")
    result = api.ingest_paths(store, [root / "sample" / "esa"])
    return store, summary, result


def one(store: Store, sql: str, params: list | None = None) -> int:
    with store.connect() as con:
        return con.execute(sql, params or []).fetchone()[0]


def test_counts_match_the_generator(ingested: tuple[Store, dict, object]) -> None:
    store, summary, _ = ingested
    c = summary["counts"]
    assert one(store, "SELECT count(*) FROM ingest_rejects") == 0
    assert one(store, "SELECT count(*) FROM messages") == c["mids"]
    assert one(store, "SELECT count(*) FROM messages WHERE parent_mid IS NULL") == c["messages"]
    assert one(store, "SELECT count(*) FROM recipients") == c["recipients"]
    assert one(store, "SELECT count(*) FROM recipients WHERE status = 'delivered'") == c["delivered"]
    assert one(store, "SELECT count(*) FROM recipients WHERE status = 'quarantined'") == c["quarantined"]
    assert one(store, "SELECT count(*) FROM recipients WHERE status = 'bounced'") == c["bounced"]
    for kind in ("split", "generated", "rewritten", "bounce"):
        found = one(store, "SELECT count(*) FROM messages WHERE child_kind = ?", [kind])
        assert found == c[f"{kind}_children"], kind
    assert one(store, "SELECT count(*) FROM verdict_events") == c["verdict_events"]


def test_verdicts_and_impact_match_the_generator(ingested: tuple[Store, dict, object]) -> None:
    store, summary, _ = ingested
    retro = one(store, "SELECT count(DISTINCT sha256) FROM verdict_events "
                       "WHERE kind = 'retrospective' AND verdict = 'MALICIOUS'")
    assert retro == len(summary["hashes"]["retro_malicious"])
    flips = one(store, "SELECT count(DISTINCT sha256) FROM verdict_events "
                       "WHERE kind = 'retrospective' AND verdict = 'CLEAN'")
    assert flips == len(summary["hashes"]["clean_flip"])
    for camp in summary["campaigns"]:
        copies = one(store, """SELECT count(DISTINCT (r.mid, r.rid)) FROM recipients r
                               JOIN attachments a ON a.mid = r.mid JOIN messages m ON m.mid = r.mid
                               WHERE a.sha256 = ? AND r.status = 'delivered' AND m.direction = 'inbound'""",
                     [camp["sha256"]])
        assert copies == camp["delivered_copies"], camp["file"]


def test_ingesting_again_adds_nothing(ingested: tuple[Store, dict, object]) -> None:
    store, summary, _ = ingested
    before = one(store, "SELECT count(*) FROM recipients")
    api.ingest_paths(store, [Path(summary["out_dir"]) / "esa"])
    assert one(store, "SELECT count(*) FROM recipients") == before
    assert one(store, "SELECT count(*) FROM messages") == summary["counts"]["mids"]
