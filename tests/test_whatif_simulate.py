"""What-if simulations over a synthetic store: reproducible, comparable, stored apart from live runs."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from marlib import reports
from marlib.errors import InputError
from marlib.store import Store
from marlib.whatif import (changed_recipients, compare, effective_policies, prepare, replay, simulate,
                           simulation_outcomes, simulation_runs)
from marlib.whatif_scenario import scenario_from_dict
from marlib.whatif_synth import generate

BEHAVIOUR = {"deleted_share": 0.1, "deleted_items_share": 0.1, "moved_share": 0.1, "unlicensed_share": 0.05,
             "onprem_share": 0.05, "group_share": 0.1, "group_size": [2, 4]}
DELETE_ALL = {"name": "delete all", "policies": {"all": {"mar": True, "action": "delete"}},
              "tenant": BEHAVIOUR, "seed": 11}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = Store(tmp_path_factory.mktemp("whatif") / "m.duckdb")
    with s.connect() as con:
        generate(con, messages=3000, changes=5, per_hash=15, users=300, seed=2, outside=0.05)
    return s


def _records(outcomes: pd.DataFrame) -> list[tuple]:
    cols = ["mid", "message_id", "recipient", "mailbox", "action", "status", "reason", "detail"]
    df = outcomes[cols].astype(object)
    return sorted(tuple(r) for r in df.where(df.notna(), None).itertuples(index=False))


def test_simulation_shape_budget_and_estimate(store):
    res = simulate(store, DELETE_ALL, save=False)
    out = res.to_json()
    assert out["mode"] == "simulated" and out["run_id"] == res.run_id
    assert {"outcomes", "counts", "requests", "estimated_seconds"} <= set(out)
    assert set(out["outcomes"][0]) >= {"mid", "recipient", "mailbox", "sha256", "action", "status", "reason",
                                       "detail"}
    counts = out["counts"]
    assert counts["total"] == len(res.outcomes) == counts["succeeded"] + counts["failed"] + counts["skipped"]
    # delete: one locate per acted-on copy, one permanentDelete per copy found
    by = res.estimate.by_phase["act"]
    o = res.outcomes
    # locate for every copy that got past resolve (a list member without a mailbox fails on locate)
    located = (o["status"] != "skipped") & (o["reason"] != "not_in_domain") & \
        ~((o["reason"] == "not_o365_user") & (o["mailbox"] == o["recipient"]))
    assert by["messages"] == int(located.sum())
    assert by["permanentDelete"] == int((res.outcomes["status"] == "succeeded").sum())
    assert res.requests == sum(res.estimate.by_endpoint.values()) and res.estimated_seconds > 0
    assert res.estimate.by_phase["resolve"]   # every planned recipient is resolved first
    json.dumps(out)


def test_seeded_runs_are_reproducible_and_the_seed_matters(store):
    a = simulate(store, DELETE_ALL, save=False)
    b = simulate(store, DELETE_ALL, save=False)
    assert _records(a.outcomes) == _records(b.outcomes)
    assert a.requests == b.requests and a.estimated_seconds == b.estimated_seconds
    c = simulate(store, DELETE_ALL, seed=12, save=False)
    assert _records(c.outcomes) != _records(a.outcomes)


def test_tenant_behaviour_shares_show_up_as_reasons(store):
    gone = simulate(store, {**DELETE_ALL, "tenant": {"deleted_share": 1.0}}, save=False)
    acted = gone.outcomes[gone.outcomes["status"] != "skipped"]
    assert len(acted) and set(acted["reason"]) == {"message_not_found"}
    nobody = simulate(store, {**DELETE_ALL, "tenant": {"unlicensed_share": 1.0}}, save=False)
    acted = nobody.outcomes[nobody.outcomes["status"] != "skipped"]
    assert set(acted["reason"]) == {"not_o365_user"}
    down = simulate(store, {**DELETE_ALL, "tenant": {"outage_share": 1.0}}, save=False)
    acted = down.outcomes[down.outcomes["status"] != "skipped"]
    assert set(acted["reason"]) == {"connectivity"}
    slow = simulate(store, {**DELETE_ALL, "tenant": {"throttled_share": 1.0}}, save=False)
    acted = slow.outcomes[slow.outcomes["status"] != "skipped"]
    assert set(acted["reason"]) == {"throttled"}
    outside = simulate(store, {**DELETE_ALL, "tenant": {"domains": ["corp.example"]}}, save=False)
    assert "not_in_domain" in set(outside.outcomes["reason"])


def test_compare_lists_exactly_the_recipients_whose_outcome_changes(store):
    b = {**DELETE_ALL, "name": "executives off",
         "policies": {"all": {"mar": True, "action": "delete"}, "set": {"Executives": {"mar": False}}}}
    frame = compare(store, DELETE_ALL, b)
    ra = simulate(store, DELETE_ALL, save=False)
    # expected: every acted-on (not skipped-before-policy) copy of an Executives message
    exec_rows = ra.outcomes[(ra.outcomes["policy"] == "Executives")
                            & ~ra.outcomes["reason"].isin(["outbound", "not_delivered"])]
    assert len(exec_rows)
    assert changed_recipients(frame) == sorted(set(exec_rows["recipient"]))
    assert set(frame["reason_b"].dropna()) == {"policy_mar_off"}
    assert frame.attrs["a"]["name"] == "delete all" and frame.attrs["b"]["name"] == "executives off"
    # the same scenario twice: nothing changes
    assert len(compare(store, DELETE_ALL, DELETE_ALL)) == 0


def test_delete_versus_forward_delete_changes_only_acted_on_copies(store):
    fwd = {**DELETE_ALL, "name": "forward-delete",
           "policies": {"all": {"mar": True, "action": "forward-delete", "forward_to": "soc@corp.example"}}}
    frame = compare(store, DELETE_ALL, fwd)
    assert len(frame) and set(frame["action_a"]) == {"delete"}
    assert set(frame["action_b"]) == {"forward-delete"}
    assert frame.attrs["b"]["requests"] > frame.attrs["a"]["requests"]


def test_results_are_stored_as_simulated_only(store):
    res = simulate(store, DELETE_ALL)
    stored = simulation_outcomes(store, res.run_id)
    assert len(stored) == len(res.outcomes) and set(stored["mode"]) == {"simulated"}
    runs = simulation_runs(store)
    row = runs[runs["run_id"] == res.run_id].iloc[0]
    assert row["scenario_name"] == "delete all" and row["requests"] == res.requests
    assert [row[k] for k in ("succeeded", "failed", "skipped")] == [res.counts[k] for k in ("succeeded", "failed",
                                                                                          "skipped")]
    live = store.query_one("SELECT count(*) FROM remediation_actions WHERE mode = 'live'")[0]
    handled = store.query_one("SELECT count(*) FROM remediation_changes")[0]
    alerts = store.query_one("SELECT count(*) FROM alerts")[0]
    assert (live, handled, alerts) == (0, 0, 0)
    # live reports never see simulated outcomes; asked for, they do
    assert reports.mar_summary(store)["succeeded"] == 0
    assert reports.mar_summary(store, mode="whatif")["succeeded"] >= res.counts["succeeded"] > 0
    assert reports.mar_summary(store, mode="simulated")["succeeded"] == 0  # real simulated-tenant runs only


def test_hashes_window_and_hypothetical_verdicts(store):
    changes = store.query_df("SELECT sha256, event_time FROM verdict_events WHERE kind = 'retrospective' "
                             "ORDER BY event_time")
    one = simulate(store, DELETE_ALL, sha256=changes["sha256"][0], save=False)
    assert set(one.outcomes["sha256"]) == {changes["sha256"][0]} and one.verdict_changes == 1
    window = {**DELETE_ALL, "window": {"since": str(changes["event_time"][1]),
                                       "until": str(changes["event_time"][3])}}
    assert simulate(store, window, save=False).verdict_changes == 2
    clean = store.query_one("SELECT sha256 FROM attachments WHERE filename LIKE 'report_%' LIMIT 1")[0]
    what_if = simulate(store, DELETE_ALL, sha256=clean, save=False)
    assert what_if.hypothetical == [clean] and len(what_if.outcomes) >= 1
    with pytest.raises(InputError):
        simulate(store, DELETE_ALL, sha256="0" * 64, save=False)


def test_replay_every_past_verdict_under_a_policy_set(store):
    res = replay(store, {"all": {"mar": True, "action": "move-junk"}}, seed=3)
    assert res.kind == "replay" and res.verdict_changes == 5
    table = res.by_verdict()
    assert len(table) == 5 and table["total"].sum() == len(res.outcomes)
    assert set(res.outcomes.loc[res.outcomes["status"] == "succeeded", "action"]) == {"move-junk"}
    first = store.query_one("SELECT min(event_time) FROM verdict_events WHERE kind = 'retrospective'")[0]
    assert replay(store, None, until=first, save=False).verdict_changes == 0


def test_policies_current_or_edited_copy(store):
    current = effective_policies(store, scenario_from_dict({}))
    assert not current["mar_enabled"].any()          # policies seen in the logs start with MAR off
    edited = effective_policies(store, scenario_from_dict(
        {"policies": {"all": {"mar": True, "action": "delete"},
                      "set": {"Executives": {"action": "forward", "forward_to": "SOC@corp.example"}}}}))
    row = edited.set_index("name").loc["Executives"]
    assert bool(row["mar_enabled"]) and row["action"] == "forward" and row["forward_to"] == "soc@corp.example"
    assert simulate(store, {}, save=False).counts["succeeded"] == 0   # current policies: MAR off
    with pytest.raises(InputError):
        effective_policies(store, scenario_from_dict({"policies": {"all": {"mar": True,
                                                                          "action": "forward"}}}))


def test_prepared_tenant_holds_only_what_the_plan_touches(store):
    prep = prepare(store, DELETE_ALL)
    planned = prep.plan[prep.plan["status"] == "planned"]
    boxes = {m.mailbox.lower() for m in prep.tenant.model.messages()}
    members = {a for g in prep.tenant.model.groups.values() for a in g.members}
    assert boxes <= set(planned["recipient"]) | members
    assert {m.internet_message_id for m in prep.tenant.model.messages()} <= set(planned["message_id"])


def test_exported_tenant_file_gives_the_same_outcomes(store, tmp_path):
    prep = prepare(store, DELETE_ALL)
    path = tmp_path / "tenant.json"
    prep.tenant.model.dump(path)
    built = simulate(store, DELETE_ALL, save=False)
    loaded = simulate(store, {**DELETE_ALL, "tenant": {"file": str(path)}}, save=False)
    assert _records(loaded.outcomes) == _records(built.outcomes)
    assert loaded.requests == built.requests


def _clean_again(store: Store, sha: str) -> None:
    """A retrospective CLEAN verdict an hour after the file's last verdict: the change is superseded."""
    with store.connect() as con:
        con.execute("INSERT INTO verdict_events (event_key, sha256, verdict, kind, event_time) "
                    "SELECT 'clean-again-' || sha256, sha256, 'CLEAN', 'retrospective', "
                    "max(event_time) + INTERVAL 1 HOUR FROM verdict_events WHERE sha256 = ? GROUP BY sha256",
                    [sha])


def test_what_if_leaves_out_superseded_changes_as_remediate_pending_does(tmp_path):
    """A change a later CLEAN verdict superseded: `remediate --pending` leaves it out and lists it, so
    simulate (every change, or a window) does the same; a named hash is acted on, as `remediate --sha256`."""
    from marlib.remediation.run import remediate
    s = Store(tmp_path / "m.duckdb")
    with s.connect() as con:
        generate(con, messages=600, changes=3, per_hash=6, users=60, seed=3)
    changes = s.query_df("SELECT sha256, event_time FROM verdict_events WHERE kind = 'retrospective' "
                         "ORDER BY event_time")
    sha = changes["sha256"][0]
    _clean_again(s, sha)
    real = remediate(s, None, pending=True, dry_run=True, domains=None,
                     policies=effective_policies(s, scenario_from_dict(DELETE_ALL)))
    assert [x["sha256"] for x in real.superseded] == [sha] and sha not in set(real.outcomes["sha256"])

    res = simulate(s, DELETE_ALL, save=False)
    assert sha not in set(res.outcomes["sha256"])
    assert set(res.outcomes["sha256"]) == set(real.outcomes["sha256"])
    assert res.verdict_changes == real.changes == 2
    assert [x["sha256"] for x in res.superseded] == [sha]
    assert res.to_json()["superseded"] == res.superseded == real.superseded

    window = {**DELETE_ALL, "window": {"since": str(changes["event_time"][0]),
                                       "until": str(changes["event_time"][1])}}
    in_window = simulate(s, window, save=False)
    assert in_window.verdict_changes == 0 and len(in_window.outcomes) == 0
    assert [x["sha256"] for x in in_window.superseded] == [sha]
    later = simulate(s, {**DELETE_ALL, "window": {"since": str(changes["event_time"][1])}}, save=False)
    assert later.superseded == [], "only the superseded changes in the scenario's scope are listed"

    named = simulate(s, DELETE_ALL, sha256=sha, save=False)   # remediate --sha256 acts on it too
    assert set(named.outcomes["sha256"]) == {sha} and named.superseded == [] and named.hypothetical == []
    acted = remediate(s, None, sha256=[sha], dry_run=True, domains=None,
                      policies=effective_policies(s, scenario_from_dict(DELETE_ALL)))
    assert acted.changes == named.verdict_changes == 1 and acted.superseded == []
    assert set(zip(acted.outcomes["mid"], acted.outcomes["recipient"])) == \
        set(zip(named.outcomes["mid"], named.outcomes["recipient"]))

    # replay replays history: MAR acted on the change before the CLEAN verdict came
    replayed = replay(s, {"all": {"mar": True, "action": "delete"}}, save=False)
    assert sha in set(replayed.outcomes["sha256"]) and replayed.superseded == []
    assert replayed.verdict_changes == 3
    frame = compare(s, DELETE_ALL, {**DELETE_ALL, "name": "b"})
    assert frame.attrs["a"]["superseded"] == res.superseded and sha not in set(frame["sha256"])


def test_policies_set_with_an_unknown_name_is_an_error_with_the_nearest_name(store):
    """Every inbound policy in the logs is known, so a name that is not matches no mail: a typo."""
    with pytest.raises(InputError) as err:
        simulate(store, {**DELETE_ALL, "policies": {"set": {"Executive": {"mar": False}}}}, save=False)
    assert "'Executive'" in str(err.value) and "did you mean 'Executives'?" in err.value.advice
    assert "Known policies: 'Executives', 'Inbound Default'." in err.value.advice
    with pytest.raises(InputError) as err:   # replay takes the same policies
        replay(store, {"set": {"inbound default": {"mar": False}, "Nobody": {"mar": True}}}, save=False)
    assert "'inbound default', 'Nobody'" in str(err.value)
    assert "'inbound default': did you mean 'Inbound Default'?" in err.value.advice
    known = effective_policies(store, scenario_from_dict({"policies": {"set": {"Executives": {"mar": False}}}}))
    assert not known.set_index("name").loc["Executives", "mar_enabled"]


def test_a_window_ending_on_a_date_alone_takes_that_whole_day_as_the_report_does(tmp_path):
    """`report --until 2026-11-20` counts the whole of Nov 20; `replay --until 2026-11-20` (and a scenario's
    window.until given as a date) stopped at its first second, and the What-if page's last day at 23:59:59,
    so a change at 23:59:59.5 was in no window the page or replay could pick, yet in the report's."""
    s = Store(tmp_path / "w.duckdb")
    sha = "ab" * 32
    with s.connect() as con:
        con.execute("INSERT INTO verdict_events (event_key, sha256, verdict, kind, event_time) VALUES "
                    "('late', ?, 'MALICIOUS', 'retrospective', TIMESTAMP '2026-11-20 23:59:59.5')", [sha])
    assert replay(s, None, since="2026-11-20", until="2026-11-20", save=False).verdict_changes == 1
    assert replay(s, None, until="2026-11-19", save=False).verdict_changes == 0
    assert replay(s, None, until="2026-11-20T23:59:59", save=False).verdict_changes == 0   # a time: as given
    window = {"window": {"since": "2026-11-20", "until": "2026-11-20"}}
    assert simulate(s, window, save=False).verdict_changes == 1


def test_a_window_that_ends_before_it_starts_is_an_error_as_in_the_report(tmp_path):
    """`report --since 2026-11-25 --until 2026-11-01` is refused; replay and a scenario's window answered
    "0 verdict change(s), 0 copies" instead, which reads as "nothing would have happened"."""
    s = Store(tmp_path / "w.duckdb")
    with pytest.raises(InputError, match="not before"):
        replay(s, None, since="2026-11-25", until="2026-11-01", save=False)
    with pytest.raises(InputError, match="not before"):
        simulate(s, {"window": {"since": "2026-11-30T00:00:00", "until": "2026-11-30T00:00:00"}}, save=False)
    assert replay(s, None, since="2026-11-20", until="2026-11-20", save=False).verdict_changes == 0  # one day
