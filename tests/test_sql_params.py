"""Values from the logs, the settings, the tenant and the user reach SQL as bound parameters, never spliced
into its text (DESIGN: Security; STYLE habit 7): text that would end a quoted literal, look like a parameter
or a comment, or is not ASCII, reads back as itself and finds what it names."""
from __future__ import annotations

import re
import uuid
from pathlib import Path

import pandas as pd
import pytest
from remediation_fixtures import World, sha

from marlib import reports
from marlib.ingest.api import ingest_paths
from marlib.models import APPLIANCE_MID_SPAN as SPAN
from marlib.remediation.impact import find_verdict_changes, handled_changes_sql, of_tenant_sql, real_runs_sql
from marlib.remediation.journal import DuckJournal, RunRecord, utcnow
from marlib.remediation.plan import done_copies, final_failures, plan
from marlib.remediation.policies import list_policies, set_policy
from marlib.store import Store
from tests.ingest_helpers import rows, write_lines

ROOT = Path(__file__).resolve().parents[1]
# quote, backslash, an injection, what DuckDB takes for parameters, a line break, not ASCII
NASTY = ["o'brien", "back\\slash", "'; DROP TABLE messages; --", "$1", "?", "two\nlines", "grüße-東京"]
H = sha("sql-params")


# -- the conditions remediation splices into its queries -------------------------------------------------
@pytest.mark.parametrize("host", ["graph.microsoft.com", "127.0.0.1:8443"])
@pytest.mark.parametrize("value", NASTY)
def test_tenant_conditions_bind_the_tenant_key(value, host):
    tenant = f"{value}@{host}"
    for sql, params in (of_tenant_sql("a.run_id", tenant), real_runs_sql(tenant),
                        handled_changes_sql(tenant, "live")):
        assert value not in sql and "'" + value not in sql
        assert tenant in params.values()
    assert of_tenant_sql("run_id", None) == ("true", {})
    assert handled_changes_sql(None, "live")[1] == {"mode": "live"}


def test_named_params_refuses_one_name_with_two_values():
    from marlib.store import named_params
    assert named_params({"mode": "live"}, {"mode": "live", "of_tenant": "t"}) == {"mode": "live", "of_tenant": "t"}
    with pytest.raises(ValueError, match=r"\$mode"):
        named_params({"mode": "live"}, {"mode": "simulated"})


@pytest.fixture()
def store(tmp_path) -> Store:
    return Store(tmp_path / "m.duckdb")


def _world(store: Store, policy: str) -> None:
    w = World()
    w.users("alice@corp.example")
    w.message(["alice@corp.example"], files={"a.exe": H}, message_id="<sp@x>", policy=policy)
    w.verdict(H, "MALICIOUS")
    w.save(store)
    set_policy(store, policy, mar=True, action="delete")


def _journal_run(store: Store, tenant: str, rows_: pd.DataFrame, status: str, reason: str | None = None) -> None:
    """A finished live run on ``tenant`` that claimed the change and ended its copies as ``status``."""
    with store.connect() as con:
        changes = find_verdict_changes(con)
    acted = rows_.assign(status=status, reason=reason, mailbox=rows_["recipient"],
                         action_id=[uuid.uuid4().hex for _ in range(len(rows_))])
    journal = DuckJournal(store, "live")
    run_id = uuid.uuid4().hex
    journal.begin(RunRecord(run_id, "live", "microsoft", "pending", [H], utcnow(), tenant=tenant), changes, acted)
    journal.end(run_id, {"total": len(acted)})


@pytest.mark.parametrize("value", NASTY)
def test_a_tenant_key_and_a_policy_name_of_any_text_keep_the_journal_per_tenant(store, value):
    """What a run on a tenant did counts as done there and only there, whatever its key holds; a policy
    of the logs named so is found by the plan (a policy name has no control character)."""
    tenant, other = f"{value.lower()}@graph.microsoft.com", "other@graph.microsoft.com"   # keys are lower case
    policy = value.replace("\n", " ")
    _world(store, policy)
    assert [p.name for p in list_policies(store)] == [policy]
    with store.connect() as con:
        changes = find_verdict_changes(con)
        todo = plan(con, changes, tenant=tenant)
    assert list(todo["status"]) == ["planned"] and list(todo["policy"]) == [policy]
    _journal_run(store, tenant, todo, "succeeded")
    with store.connect() as con:
        assert find_verdict_changes(con, pending=True, tenant=tenant).empty
        assert len(find_verdict_changes(con, pending=True, tenant=other)) == 1
        assert list(plan(con, changes, tenant=tenant)["reason"]) == ["already_remediated"]
        assert list(plan(con, changes, tenant=other)["status"]) == ["planned"]
        pairs = pd.DataFrame({"message_id": ["<sp@x>"], "mailbox": ["alice@corp.example"], "change_key": [
            changes["event_key"].iloc[0]]})
        assert done_copies(con, pairs, "live", tenant) == {("<sp@x>", "alice@corp.example")}
        assert done_copies(con, pairs, "live", other) == set()
        assert final_failures(con, pairs, "live", tenant) == set()
    assert reports.mar_summary(store, tenant=tenant)["succeeded"] == 1
    assert reports.mar_summary(store, tenant=other)["succeeded"] == 0
    assert reports.journal_tenants(store) == [tenant]


@pytest.mark.parametrize("value", NASTY[:3])
def test_a_copy_that_failed_for_good_on_a_tenant_of_any_key_is_not_retried_there(store, value):
    tenant = f"{value.lower()}@127.0.0.1:8443"
    _world(store, "INBOUND")
    with store.connect() as con:
        changes = find_verdict_changes(con)
        todo = plan(con, changes, tenant=tenant)
    _journal_run(store, tenant, todo, "failed", "not_o365_user")
    pairs = todo.assign(mailbox=todo["recipient"])
    with store.connect() as con:
        assert final_failures(con, pairs, "live", tenant) == {("<sp@x>", "alice@corp.example")}
        assert final_failures(con, pairs, "live", "another@127.0.0.1:8443") == set()
        assert plan(con, changes, tenant=tenant, retry_only=True).empty


# -- ingest: syslog host names ---------------------------------------------------------------------------
HOSTS = ["o'brien", "back\\slash", "';DROP_TABLE_messages;--", "$1", "?", "grüße-東京"]  # a host has no space
LEAP_ONLY = "leap'only"   # first seen on a Feb 29 line: learnt when those lines are read again


@pytest.mark.parametrize("scanner", ["sql", "compiled"])
def test_syslog_hosts_of_any_text_name_their_appliances(tmp_path, monkeypatch, scanner):
    """Read by host, each host's lines get its appliance's MIDs, Feb 29 lines read again too (in 2028)."""
    monkeypatch.setenv("MARLIB_SCANNER_MIN_BYTES", "1" if scanner == "compiled" else str(1 << 40))
    lines = []
    for i, host in enumerate(HOSTS):
        lines += [f"<166>Dec 31 23:00:0{i} {host} mail_logs: Info: Start MID {10 + i} ICID 1",
                  f"<166>Dec 31 23:00:0{i} {host} mail_logs: Info: MID {10 + i} ICID 1 RID 0 To: <u{i}@corp.example>"]
    lines += [f"<166>Feb 29 10:00:0{i} {host} mail_logs: Info: Start MID {30 + i} ICID 2"
              for i, host in enumerate([*HOSTS, LEAP_ONLY])]
    store = Store(tmp_path / "db.duckdb")
    summary = ingest_paths(store, [write_lines(tmp_path / "syslog.log", lines)], year=2027, by_host=True)
    assert (summary.rejects, summary.mid_conflicts) == (0, 0)
    names = dict(rows(store, "SELECT name, number FROM appliances"))
    assert sorted(names) == sorted(h.lower() for h in [*HOSTS, LEAP_ONLY])
    got = rows(store, "SELECT mid // ?, mid % ?, year(received_at) FROM messages ORDER BY mid", [SPAN, SPAN])
    want = sorted([[names[h.lower()], 10 + i, 2027] for i, h in enumerate(HOSTS)]
                  + [[names[h.lower()], 30 + i, 2028] for i, h in enumerate([*HOSTS, LEAP_ONLY])])
    assert sorted(got) == want
    assert rows(store, "SELECT count(*) FROM recipients") == [[len(HOSTS)]]


# -- reports and the app's filters (the library functions its pages call) -------------------------------
@pytest.mark.parametrize("value", NASTY)
def test_report_filters_and_settings_take_any_text(store, value):
    w = World()
    w.message(["alice@corp.example"], files={f"{value}.exe": H}, message_id=f"<{value}@x>", policy=value)
    w.messages[-1]["subject"] = f"re: {value}"
    w.save(store)
    for field in ("subject", "message_id"):
        found = reports.search_messages(store, field, value)
        assert found.total == 1 and list(found.rows["policy"]) == [value]
    assert reports.search_messages(store, "sender", value + "-nobody").total == 0
    assert reports.remediation_events(store, message_id=value).empty
    assert reports.rejects(store, run_id=value).empty
    assert reports.mar_by(store, "recipient", status=value, tenant=value).empty
    assert reports.mar_summary(store, tenant=value)["total"] == 0
    assert reports.files_of_hashes(store, [H])["filename"].tolist() == [f"{value}.exe"]
    store.set_setting(f"key {value}", value)
    assert store.get_setting(f"key {value}") == value
    assert rows(store, "SELECT count(*) FROM messages") == [[1]]


# -- no splicing helper comes back -----------------------------------------------------------------------
# Doubling quotes to splice a value into a quoted literal: fine for OData $filter strings sent to Graph, and for
# the regexes written in esa_sql (code); SQL takes values as bound parameters.
_QUOTE_DOUBLING = re.compile(r"""replace\(\s*(["'])'\1\s*,\s*(["'])''\2\s*\)""")
_ALLOWED = {"marlib/graph/mail.py", "marlib/emulator/odata.py", "marlib/ingest/esa_sql.py"}
# a Python list spliced into SQL (as list_contains({[...]}, ...) was)
_LIST_SPLICE = re.compile(r"list_contains\(\{")


def _sources() -> list[Path]:
    return sorted([*ROOT.joinpath("marlib").rglob("*.py"), *ROOT.joinpath("pages").rglob("*.py"),
                   *ROOT.joinpath("bench").rglob("*.py"), ROOT / "app.py"])


def test_no_sql_literal_splicing_helper_comes_back():
    found = []
    for path in _sources():
        rel = path.relative_to(ROOT).as_posix()
        text = path.read_text(encoding="utf-8")
        if rel not in _ALLOWED and _QUOTE_DOUBLING.search(text):
            found.append(f"{rel}: doubles quotes to splice a value into SQL")
        if _LIST_SPLICE.search(text):
            found.append(f"{rel}: splices a Python list into SQL")
    assert found == [], "bind the values as parameters instead: " + "; ".join(found)
    assert _QUOTE_DOUBLING.search('return "\'" + value.replace("\'", "\'\'") + "\'"')   # the pattern still bites
