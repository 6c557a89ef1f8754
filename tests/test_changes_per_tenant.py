"""A verdict change is handled per tenant (migration 150): going back and forth between two tenants (the
emulator, then Microsoft, then the emulator again) never makes a change pending again where it was handled,
nor handled where nothing was done. The journal is written as live runs write it (DuckJournal); the mailbox
settings name the current tenant, as `changes`, `remediate --pending`, the what-if and the app ask it."""
from __future__ import annotations

import json

import duckdb
import pandas as pd
import pytest
from remediation_fixtures import World, run_cli, sha

from marlib.emulator.testing import new_certificate
from marlib.remediation.backend import set_tenant_mode
from marlib.remediation.journal import DuckJournal, RunRecord, utcnow
from marlib.remediation.policies import set_policy
from marlib.settings import save_settings
from marlib.store import Store

H = sha("per-tenant")
T1 = "11111111-1111-4111-8111-111111111111"
T2 = "22222222-2222-4222-8222-222222222222"


@pytest.fixture()
def store(tmp_path) -> Store:
    store = Store(tmp_path / "m.duckdb")
    w = World()
    w.users("alice@corp.example")
    w.message(["alice@corp.example"], files={"a.exe": H}, message_id="<pt@x>")
    w.verdict(H, "MALICIOUS")
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="delete")
    set_tenant_mode(store, "graph")
    return store


def _point_at(store: Store, tenant_id: str) -> str:
    """Mailbox settings for ``tenant_id`` on Microsoft Graph (what `settings set` stores): its tenant key."""
    key_pem, _, thumb = new_certificate()
    return save_settings(store, client_id="a1b2c3d4-0000-4000-8000-000000000001", tenant_id=tenant_id,
                         thumbprint=thumb, key=key_pem).tenant_key


def _handle_on(store: Store, tenant: str, run_id: str) -> None:
    """A live run on ``tenant`` that claims the verdict change and finishes, as remediate journals it."""
    with store.connect() as con:
        changes = con.execute("SELECT event_key, sha256 FROM verdict_events WHERE kind = 'retrospective'").df()
    journal = DuckJournal(store, "live")
    journal.begin(RunRecord(run_id, "live", "microsoft", "pending", [H], utcnow(), tenant=tenant), changes,
                  pd.DataFrame())
    journal.end(run_id, {"total": 0})


def _state(capsys, store: Store) -> str:
    code, out, _ = run_cli(capsys, store, "changes", "--json")
    assert code == 0
    return json.loads(out)[0]["state"]


def _pending_now(capsys, store: Store) -> int:
    """The verdict changes `remediate --pending` (its plan, a dry run) would handle now."""
    code, out, _ = run_cli(capsys, store, "remediate", "--pending", "--dry-run", "--json")
    assert code == 0
    return json.loads(out.strip().splitlines()[-1])["verdict_changes"]


def test_back_and_forth_between_two_tenants(capsys, store):
    from marlib import reports
    first = _point_at(store, T1)
    assert _state(capsys, store) == "pending" and _pending_now(capsys, store) == 1
    _handle_on(store, first, "on-first")
    assert _state(capsys, store) == "handled" and _pending_now(capsys, store) == 0

    second = _point_at(store, T2)
    assert _state(capsys, store) == "pending" and _pending_now(capsys, store) == 1   # never acted on there
    _handle_on(store, second, "on-second")
    assert _state(capsys, store) == "handled"

    _point_at(store, T1)   # back to the first tenant: handled there, not pending again
    assert _state(capsys, store) == "handled" and _pending_now(capsys, store) == 0
    code, out, _ = run_cli(capsys, store, "changes", "--pending")
    assert code == 0 and out.strip() == "no pending verdict change"
    page = reports.verdict_changes(store)   # what the Remediation page and the Overview show
    assert list(page["state"]) == ["handled"] and bool(page["handled"].iloc[0])
    assert reports.verdict_changes(store, pending=True).empty
    handled_by = store.query_df("SELECT tenant, run_id FROM remediation_changes ORDER BY run_id")
    assert handled_by.values.tolist() == [[first, "on-first"], [second, "on-second"]]

    _point_at(store, "33333333-3333-4333-8333-333333333333")   # a third tenant: nothing done there
    assert _state(capsys, store) == "pending" and _pending_now(capsys, store) == 1


def test_the_what_if_keeps_a_change_handled_on_this_tenant_apart_from_a_superseded_one(store):
    """A later retrospective CLEAN verdict supersedes a change only where it was never handled: the what-if
    of the tenant that handled it does not list it as superseded after another tenant handled it too."""
    from marlib.whatif import simulate
    first = _point_at(store, T1)
    _handle_on(store, first, "on-first")
    _handle_on(store, _point_at(store, T2), "on-second")
    with store.connect() as con:
        con.execute("INSERT INTO verdict_events (event_key, sha256, verdict, kind, event_time) "
                    "SELECT 'clean-again', sha256, 'CLEAN', 'retrospective', event_time + INTERVAL 1 HOUR "
                    "FROM verdict_events WHERE kind = 'retrospective'")
    _point_at(store, T1)
    assert simulate(store, save=False).superseded == []
    _point_at(store, "33333333-3333-4333-8333-333333333333")
    assert [s["sha256"] for s in simulate(store, save=False).superseded] == [H]


def test_rows_from_before_belong_to_the_tenant_of_the_run_that_handled_them(tmp_path):
    """Migration 150 on a database of migration 140: a handled change takes its run's tenant; one whose run
    recorded none (simulated runs; live runs on Microsoft from before migration 140) keeps counting as its
    run does."""
    from marlib.store.db import migrations
    con = duckdb.connect(str(tmp_path / "old.duckdb"))
    for version, _, sql in migrations():
        if version == 150:
            con.execute("INSERT INTO remediation_runs (run_id, mode, tenant, status) VALUES "
                        "('live-run', 'live', 't1@graph.microsoft.com', 'finished'), "
                        "('old-ms', 'live', NULL, 'finished'), ('sim-run', 'simulated', NULL, 'finished')")
            con.execute("INSERT INTO remediation_changes (event_key, mode, sha256, run_id, handled_at) VALUES "
                        "('e1', 'live', 'h', 'live-run', now()), ('e2', 'live', 'h', 'old-ms', now()), "
                        "('e1', 'simulated', 'h', 'sim-run', now())")
        if version <= 150:
            con.execute(sql)
    rows = con.execute("SELECT event_key, mode, tenant, run_id FROM remediation_changes "
                       "ORDER BY event_key, mode").fetchall()
    assert rows == [("e1", "live", "t1@graph.microsoft.com", "live-run"), ("e1", "simulated", "", "sim-run"),
                    ("e2", "live", "", "old-ms")]
    from marlib.remediation.impact import handled_changes_sql

    def handled(tenant):
        return sorted(r[0] for r in con.execute(*handled_changes_sql(tenant, "live")).fetchall())
    assert handled("t2@graph.microsoft.com") == ["e2"] and handled(None) == ["e1", "e2"]
    # the next live run on Microsoft takes the old runs as its tenant's (run._learn_tenant): so do their changes
    con.execute("UPDATE remediation_runs SET tenant = 't1@graph.microsoft.com' WHERE run_id = 'old-ms'")
    assert handled("t2@graph.microsoft.com") == [] and handled("t1@graph.microsoft.com") == ["e1", "e2"]
    con.close()
