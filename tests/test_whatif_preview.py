"""Simulate on a copy of the active simulated tenant (``whatif.preview``, ``simulate --on-active-tenant``): it
predicts copy for copy what ``remediate`` on that tenant then does, and leaves the tenant, the journal and the
real runs alone. A what-if tenant built from the logs does not know the tenant's lists, licences or messages
already gone; on the committed sample its counts differ from the run's."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from marlib.demo import ensure_default_db
from marlib.errors import SettingsError
from marlib.remediation import backend
from marlib.remediation.run import remediate
from marlib.store import Store
from marlib.whatif import preview, simulate
from remediation_fixtures import run_cli

COPY = ["message_id", "mailbox", "recipient", "action", "status", "reason"]


@pytest.fixture(autouse=True)
def _no_env(monkeypatch):
    monkeypatch.delenv("MARLIB_TENANT_MODE", raising=False)
    monkeypatch.delenv("MARLIB_TENANT_FILE", raising=False)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """The committed sample seeded as the app seeds it: the simulated tenant of data/sample/tenant.json, MAR on."""
    db = tmp_path_factory.mktemp("preview-template") / "marlib.duckdb"
    assert ensure_default_db(Store(db))
    return db


@pytest.fixture()
def store(template, tmp_path) -> Store:
    shutil.copy(template, tmp_path / "marlib.duckdb")
    return Store(tmp_path / "marlib.duckdb")


def latest_hash(store: Store) -> str:
    """The newest retrospective change; on the sample its copies reach a list (all-staff@), unlicensed members
    and messages already gone."""
    return store.query_one("""
        SELECT sha256 FROM verdict_events WHERE kind = 'retrospective' AND verdict = 'MALICIOUS'
          AND sha256 IN (SELECT sha256 FROM attachments) ORDER BY event_time DESC LIMIT 1""")[0]


def copies(outcomes: pd.DataFrame) -> list[tuple]:
    df = outcomes.reindex(columns=COPY).astype(object)
    df["mailbox"] = df["mailbox"].where(df["mailbox"].notna(), df["recipient"])
    return sorted(tuple(r) for r in df.where(df.notna(), None).itertuples(index=False))


def remediate_now(store: Store, sha256: list[str] | None) -> pd.DataFrame:
    with backend.open_backend(store) as b:
        result = remediate(store, b.mailboxes, sha256=sha256, pending=sha256 is None)
    return result


def untouched(store: Store) -> tuple:
    """What a preview must leave as it is: the tenant's saved state, the real runs and their actions, alerts,
    the mar log."""
    state = backend.state_path(store)
    mar = store.data_dir / "logs" / f"{store.path.stem}.mar.log"
    with store.connect() as con:
        real = con.execute("""
            SELECT (SELECT count(*) FROM remediation_runs WHERE run_id NOT IN (SELECT run_id FROM whatif_runs)),
                   (SELECT count(*) FROM remediation_actions WHERE run_id NOT IN (SELECT run_id FROM whatif_runs)),
                   (SELECT count(*) FROM alerts)""").fetchone()
    return (state.read_bytes() if state.exists() else None, tuple(real),
            mar.read_bytes() if mar.exists() else None)


def test_simulate_on_a_copy_of_the_simulated_tenant_predicts_the_run_copy_for_copy(store):
    sha = latest_hash(store)
    built = simulate(store, sha256=[sha], save=False)   # the what-if tenant built from the logs
    before = untouched(store)
    first = preview(store, [sha])
    assert first.on_active_tenant and first.to_json()["on_active_tenant"]
    assert untouched(store) == before
    assert store.query_one("SELECT count(*) FROM whatif_runs WHERE run_id = ?", [first.run_id])[0] == 1
    real = remediate_now(store, [sha])
    assert copies(first.outcomes) == copies(real.outcomes)
    assert first.counts == real.counts
    # the logs know no list, no licence, no message already gone: the run acts on more copies than they say
    assert built.counts != real.counts and real.counts["failed"] > 0

    again = preview(store, [sha])   # what the first run did counts: already remediated, as the run says
    assert set(again.outcomes["reason"]) >= {"already_remediated"}
    real_again = remediate_now(store, [sha])
    assert copies(again.outcomes) == copies(real_again.outcomes) and again.counts == real_again.counts


def test_simulate_on_a_copy_without_a_hash_predicts_remediate_pending(store):
    sha = latest_hash(store)
    remediate_now(store, [sha])          # one change handled: --pending leaves it out
    before = untouched(store)
    pending = preview(store)
    assert untouched(store) == before
    assert sha not in set(pending.outcomes["sha256"]) and pending.verdict_changes > 0
    real = remediate_now(store, None)
    assert copies(pending.outcomes) == copies(real.outcomes) and pending.counts == real.counts
    assert pending.superseded == real.superseded


def test_a_graph_tenant_has_no_copy_to_simulate_on(store):
    backend.set_tenant_mode(store, "graph")
    with pytest.raises(SettingsError) as err:
        preview(store, [latest_hash(store)])
    assert "no copy" in err.value.message and "without --on-active-tenant" in err.value.advice


def test_cli_simulate_on_active_tenant_then_remediate(capsys, store):
    sha = latest_hash(store)
    code, out, _ = run_cli(capsys, store, "simulate", "--sha256", sha, "--on-active-tenant", "--json")
    assert code == 0, out
    simulated = json.loads(out)
    assert simulated["on_active_tenant"] is True and simulated["mode"] == "simulated"
    code, out, _ = run_cli(capsys, store, "remediate", "--sha256", sha, "--json")
    assert code == 0, out
    real = json.loads(out)
    assert simulated["counts"] == real["counts"]
    key = ["message_id", "mailbox", "recipient", "status", "reason"]
    assert sorted(tuple(o.get(k) for k in key) for o in simulated["outcomes"]) == \
        sorted(tuple(o.get(k) for k in key) for o in real["outcomes"])

    code, out, err = run_cli(capsys, store, "simulate", "--on-active-tenant", "--sha256", sha, "--seed", "3")
    assert code != 0 and "--seed does not apply" in err
    backend.set_tenant_mode(store, "graph")
    code, out, err = run_cli(capsys, store, "simulate", "--on-active-tenant", "--sha256", sha)
    assert code != 0 and "no copy of it to simulate on" in err
