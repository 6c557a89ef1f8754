"""Policies, verdict changes, impact and plan: pure store code, rows inserted directly (001 schema)."""
from __future__ import annotations

import pandas as pd
import pytest
from remediation_fixtures import DOMAIN, World, sha

from marlib.errors import InputError
from marlib.models import Principal
from marlib.remediation.impact import find_verdict_changes, impact
from marlib.remediation.plan import expand, plan
from marlib.remediation.policies import list_policies, set_policy, validate_policy
from marlib.remediation.run import remediate
from marlib.store import Store

H1, H2 = sha("evil-1"), sha("evil-2")


@pytest.fixture
def store(tmp_path) -> Store:
    return Store(tmp_path / "m.duckdb")


def _plan(store: Store, **kw) -> pd.DataFrame:
    with store.connect() as con:
        return plan(con, find_verdict_changes(con, pending=True), **kw)


# -- policies -------------------------------------------------------------------------
def test_policy_forward_needs_valid_forward_to():
    with pytest.raises(InputError, match="forward-to"):
        validate_policy("P", True, "forward", None)
    with pytest.raises(InputError, match="not a valid e-mail"):
        validate_policy("P", True, "forward-delete", "admin@@corp")
    with pytest.raises(InputError, match="unknown action"):
        validate_policy("P", True, "shred", None)
    with pytest.raises(InputError, match="not a policy action"):
        validate_policy("P", True, "restore", None)
    assert validate_policy("P", True, "forward", "Admin@Corp.Example").forward_to == "admin@corp.example"


def test_policies_known_from_inbound_logs_plus_manual(store):
    w = World()
    w.message(["a@corp.example"], policy="DEFAULT")
    w.message(["a@corp.example"], policy="EXEC")
    w.message(["x@remote.example"], policy="OUTGOING", direction="outbound")
    w.save(store)
    set_policy(store, "MANUAL", mar=True, action="move-junk")
    set_policy(store, "EXEC", mar=True, action="forward", forward_to="soc@corp.example")
    got = {p.name: p for p in list_policies(store)}
    assert set(got) == {"DEFAULT", "EXEC", "MANUAL"}
    assert got["DEFAULT"].source == "logs" and not got["DEFAULT"].mar_enabled
    assert got["EXEC"].source == "logs" and got["EXEC"].forward_to == "soc@corp.example"
    assert got["MANUAL"].source == "manual" and got["MANUAL"].action == "move-junk"


# -- verdict changes ---------------------------------------------------------------
def test_trigger_only_when_previous_verdict_was_not_malicious(store):
    w = World()
    clean, bad, unknown = sha("c"), sha("b"), sha("u")
    w.message(["a@corp.example"], files={"c.pdf": clean}, initial="CLEAN")
    w.message(["a@corp.example"], files={"b.exe": bad}, initial="MALICIOUS")
    w.message(["a@corp.example"], files={"u.doc": unknown}, initial="UNKNOWN")
    for h in (clean, bad, unknown):
        w.verdict(h, "MALICIOUS")
    w.verdict(unknown, "MALICIOUS")   # malicious after malicious: no second trigger
    w.save(store)
    with store.connect() as con:
        changes = find_verdict_changes(con)
    assert sorted(changes["sha256"]) == sorted([clean, unknown])
    assert set(changes["previous_verdict"]) == {"CLEAN", "UNKNOWN"}


def test_sandbox_analysis_before_the_retrospective_verdict_does_not_hide_the_change(store):
    """AMP's sandbox reports 'File Analysis complete' (malware) shortly before the retrospective
    verdict; the change clean -> malicious must still be found (seen in the committed sample)."""
    w = World()
    h = sha("analysed")
    w.message(["a@corp.example"], files={"a.pdf": h}, initial="CLEAN")
    w.verdict(h, "MALICIOUS", "analysis")
    w.verdict(h, "MALICIOUS")
    w.save(store)
    with store.connect() as con:
        changes = find_verdict_changes(con)
    assert list(changes["sha256"]) == [h]
    assert list(changes["previous_verdict"]) == ["CLEAN"]


def test_pending_skips_changes_already_handled(store):
    w = World()
    w.message(["a@corp.example"], files={"a.exe": H1})
    w.verdict(H1, "MALICIOUS")
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="delete")
    first = remediate(store, None, pending=True, dry_run=True)
    assert first.changes == 1
    with store.connect() as con:   # a dry run does not claim the change
        assert len(find_verdict_changes(con, pending=True)) == 1
        con.execute("INSERT INTO remediation_changes(event_key, sha256, handled_at) "
                    "SELECT event_key, sha256, now() FROM verdict_events WHERE kind = 'retrospective'")
        assert len(find_verdict_changes(con, pending=True)) == 0
        assert len(find_verdict_changes(con, sha256=[H1.upper()])) == 1


# -- impact ---------------------------------------------------------------------------
def test_impact_follows_child_mids_recursively_and_reputation_lines(store):
    w = World()
    parent = w.message(["a@corp.example"], files={"a.exe": H1}, message_id="<p@x>")
    split = w.message(["b@corp.example"], parent_mid=parent, child_kind="split", message_id="<p@x>")
    gen = w.message(["c@corp.example"], parent_mid=split, child_kind="generated", message_id="<g@x>")
    w.message(["d@corp.example"], message_id="<r@x>")   # carried only via the reputation line
    w.verdict(H1, "UNKNOWN", "initial", mid=w._mid, filename="a.exe")
    w.message(["e@corp.example"], message_id="<other@x>")   # unrelated
    w.verdict(H1, "MALICIOUS")
    w.save(store)
    with store.connect() as con:
        imp = impact(con, find_verdict_changes(con))
    assert sorted(zip(imp["mid"], imp["recipient"])) == [
        (parent, "a@corp.example"), (split, "b@corp.example"), (gen, "c@corp.example"),
        (w._mid - 1, "d@corp.example")]
    assert set(imp.loc[imp["mid"] == split, "message_id"]) == {"<p@x>"}


# -- plan -----------------------------------------------------------------------------
def test_one_action_per_message_and_mailbox_and_every_skip_has_a_reason(store):
    w = World()
    w.message(["a@corp.example", "b@corp.example"], files={"a.exe": H1, "b.exe": H2}, message_id="<two@x>")
    w.message(["a@corp.example"], files={"a.exe": H1}, status="quarantined")
    w.message(["a@corp.example"], files={"a.exe": H1}, status="bounced")
    w.message(["x@remote.example"], files={"a.exe": H1}, direction="outbound", policy="OUT")
    w.message(["a@corp.example"], files={"a.exe": H1}, policy="OFF")
    w.message(["a@corp.example"], files={"a.exe": H1}, policy=None)
    w.message(["z@elsewhere.example"], files={"a.exe": H1})
    w.verdict(H1, "MALICIOUS")
    w.verdict(H2, "MALICIOUS")
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="forward-delete", forward_to="soc@corp.example")
    set_policy(store, "OFF", mar=False, action="delete")
    df = _plan(store, domains=[DOMAIN])
    two = df[df["message_id"] == "<two@x>"]
    assert len(two) == 2 and set(two["status"]) == {"planned"}
    assert set(two["sha256s"]) == {",".join(sorted([H1, H2]))}
    reasons = sorted(df.loc[df["status"] != "planned", "reason"])
    assert reasons == ["no_policy", "not_delivered", "not_delivered", "not_in_domain", "outbound",
                       "policy_mar_off"]
    assert (df.loc[df["reason"] == "not_in_domain", "status"] == "failed").all()
    assert df["detail"].notna()[df["status"] != "planned"].all()
    # no domains configured: no domain check
    assert "not_in_domain" not in set(_plan(store)["reason"])


def test_policy_override_for_what_if(store):
    w = World()
    w.message(["a@corp.example"], files={"a.exe": H1}, policy="OFF")
    w.verdict(H1, "MALICIOUS")
    w.save(store)
    set_policy(store, "OFF", mar=False, action="delete")
    assert list(_plan(store)["reason"]) == ["policy_mar_off"]
    override = pd.DataFrame([{"name": "OFF", "mar_enabled": True, "action": "move-junk", "forward_to": None}])
    got = _plan(store, policies=override)
    assert list(got["status"]) == ["planned"] and list(got["action"]) == ["move-junk"]


def test_expand_groups_dedupes_members_and_fails_unknown_addresses():
    base = dict(change_key="k", sha256=H1, sha256s=H1, filename="a.exe", verdict="MALICIOUS", threat_name=None,
                policy="P", direction="inbound", action="delete", forward_to=None, status="planned", reason="ok",
                detail=None)
    rows = [dict(base, mid=1, message_id="<m@x>", recipient=r) for r in
            ("team@corp.example", "a@corp.example", "nobody@corp.example", "nobox@corp.example")]
    principals = {
        "team@corp.example": Principal("team@corp.example", "group", members=("a@corp.example", "b@corp.example")),
        "a@corp.example": Principal("a@corp.example", "user", has_mailbox=True),
        "nobody@corp.example": Principal("nobody@corp.example", "none"),
        "nobox@corp.example": Principal("nobox@corp.example", "user", has_mailbox=False),
    }
    out = expand(pd.DataFrame(rows), principals)
    by_box = {r["mailbox"]: r for r in out.to_dict("records")}
    assert sorted(by_box) == ["a@corp.example", "b@corp.example", "nobody@corp.example", "nobox@corp.example"]
    assert by_box["a@corp.example"]["status"] == "planned"
    assert by_box["b@corp.example"]["recipient"] == "team@corp.example"
    assert by_box["nobody@corp.example"]["reason"] == "not_o365_user"
    assert by_box["nobox@corp.example"]["reason"] == "not_o365_user"
    assert "no Exchange Online mailbox" in by_box["nobox@corp.example"]["detail"]


def test_dry_run_calls_nothing_and_records_the_plan(store):
    w = World()
    w.message(["a@corp.example"], files={"a.exe": H1})
    w.verdict(H1, "MALICIOUS")
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="delete")
    result = remediate(store, None, sha256=[H1], dry_run=True)
    out = result.to_json()
    assert out["mode"] == "dry-run" and out["counts"]["planned"] == 1
    assert set(out["outcomes"][0]) >= {"mid", "recipient", "mailbox", "sha256", "action", "status", "reason",
                                       "detail"}
    assert store.query_one("SELECT count(*) FROM remediation_actions WHERE mode = 'dry-run'")[0] == 1
    with pytest.raises(InputError, match="no retrospective MALICIOUS"):
        remediate(store, None, sha256=[sha("never")], dry_run=True)
