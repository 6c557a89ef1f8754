"""What-if: build a scenario (hashes, policies, tenant behaviour), run it on a simulated tenant, and
compare two scenarios side by side (which recipients change outcome)."""
from __future__ import annotations

import datetime as dt
from typing import Any

import streamlit as st

from marlib.models import POLICY_ACTIONS
from pages import _ui

wb = _ui.page_setup()
st.title("What-if")
st.caption("The remediation engine runs against a simulated tenant built from the ingested data. Nothing "
           "touches a mailbox; results are stored as simulated and never mixed into live reports.")

if not _ui.available("marlib.whatif"):
    _ui.not_available("What-if simulation (marlib.whatif)")
    st.stop()

from marlib import whatif  # noqa: E402

ACTIONS = [a.value for a in POLICY_ACTIONS]
DEFAULT_ACTION = {"A": "delete", "B": "forward-delete"}
SHARES = [("deleted_share", "Already purged by the user", 0.05),
          ("deleted_items_share", "Moved to Deleted Items", 0.10),
          ("moved_share", "Moved to another folder", 0.05),
          ("unlicensed_share", "Unlicensed (no Exchange Online)", 0.02),
          ("onprem_share", "Mailbox on premises", 0.01),
          ("outside_share", "Recipient domains outside Office 365", 0.0),
          ("group_share", "Distribution lists", 0.0),
          ("outage_share", "Mailboxes unreachable (outage)", 0.0),
          ("throttled_share", "Throttled past the budget", 0.0)]


def scenario_form(side: str, hashes: list[str]) -> dict[str, Any]:
    """The scenario dict (whatif_scenario's format) built from this side's inputs."""
    k = f"wi-{side}"
    sc: dict[str, Any] = {"name": st.text_input("Name", value=f"scenario {side}", key=f"{k}-name")}
    scope = st.radio("Files", ["Chosen hashes", "Every verdict change in a window"], key=f"{k}-scope",
                     horizontal=True)
    if scope == "Chosen hashes":
        sc["sha256"] = st.multiselect("SHA-256", hashes, default=hashes[:1], key=f"{k}-sha",
                                      format_func=lambda h: h[:16] + "…")
    else:
        today = dt.date.today()
        window = st.date_input("Window (UTC)", value=(today - dt.timedelta(days=30), today), key=f"{k}-window")
        # a range is picked in two clicks and the page reruns between them: then only its first day is given,
        # and the window is open-ended until the last day is picked
        since, until = (tuple(window) + (None, None))[:2]
        # the last day whole (its last second too): a date alone runs to the end of that day
        sc["window"] = {"since": f"{since}T00:00:00" if since else None, "until": f"{until}" if until else None}
    base = st.radio("Policies", ["current", "none"], key=f"{k}-base", horizontal=True,
                    format_func=lambda b: "start from the current policies" if b == "current" else "start empty")
    rule: dict[str, Any] = {}
    if st.checkbox("Apply one setting to every policy", value=True, key=f"{k}-all-on"):
        rule = {"mar": st.toggle("Mailbox Auto Remediation", value=True, key=f"{k}-all-mar"),
                "action": st.selectbox("Action", ACTIONS, index=ACTIONS.index(DEFAULT_ACTION[side]),
                                       key=f"{k}-all-action")}
        fwd = st.text_input("Forward to", value="soc@corp.example" if side == "B" else "",
                            key=f"{k}-all-fwd", placeholder="soc@corp.example")
        if fwd:
            rule["forward_to"] = fwd
    sc["policies"] = {"base": base, **({"all": rule} if rule else {})}
    with st.expander("Tenant behaviour"):
        tenant: dict[str, Any] = {}
        for key, label, default in SHARES:
            tenant[key] = st.slider(label, 0.0, 1.0, default, 0.01, key=f"{k}-{key}")
        tenant["latency_ms"] = st.number_input("Graph latency (ms)", 0, 5000, 250, key=f"{k}-latency")
        sc["seed"] = int(st.number_input("Seed", 0, 2**31 - 1, 0, key=f"{k}-seed"))
    sc["tenant"] = tenant
    return sc


def show_result(res: Any, key: str) -> None:
    counts = res.counts
    m = st.columns(3)   # two rows: five metrics side by side in half the page cut their labels short
    m[0].metric("Would succeed", _ui.fmt_int(counts.get("succeeded")))
    m[1].metric("Would fail", _ui.fmt_int(counts.get("failed")))
    m[2].metric("Skipped", _ui.fmt_int(counts.get("skipped")))
    m = st.columns(2)
    m[0].metric("Graph requests", _ui.fmt_int(res.requests))
    m[1].metric("Estimated duration", f"{res.estimated_seconds:,.0f} s")
    if res.superseded:   # as `remediate --pending` leaves them out
        st.info(f"{len(res.superseded):,} verdict change(s) left out, as a real pending run leaves them: a "
                "later retrospective CLEAN verdict superseded "
                + ", ".join(f"{s['sha256'][:16]}…" for s in res.superseded)
                + ". Choose the hash under Chosen hashes to simulate it anyway.")
    _ui.table(res.by_verdict(), height=160)
    outcomes = res.outcomes.head(_ui_max_rows())
    with st.expander(f"Per-copy outcomes ({len(res.outcomes):,})"):
        cols = [c for c in ("recipient", "mailbox", "mid", "sha256", "action", "status", "reason", "detail")
                if c in outcomes.columns]
        _ui.table(outcomes[cols], height=300)
        _ui.download_buttons(outcomes[cols], f"whatif_{res.run_id[:8]}", key=f"{key}-dl")


def _ui_max_rows() -> int:
    from marlib.reports import MAX_ROWS
    return MAX_ROWS


with _ui.guard():
    changes = wb.report("verdict_changes")
    # the most widespread first, a superseded change (its verdict turned CLEAN again) last: never the default, as
    # on the Remediation page (a real pending run leaves it out)
    hashes = list(dict.fromkeys(changes.assign(_later=changes["state"].eq("superseded")).sort_values(
        ["_later", "copies"], ascending=[True, False], kind="stable")["sha256"]))
    left, right = st.columns(2)
    scenarios: dict[str, dict[str, Any]] = {}
    for side, col in (("A", left), ("B", right)):
        with col, st.container(border=True):
            st.subheader(f"Scenario {side}")
            scenarios[side] = scenario_form(side, hashes)
            if st.button(f"Run {side}", key=f"wi-run-{side}", type="primary"):
                st.session_state[f"wi-result-{side}"] = _ui.run_with_progress(
                    f"Simulating {side}", lambda p, s=scenarios[side]: whatif.simulate(wb.store, s, progress=p))
                wb.invalidate()
            res = st.session_state.get(f"wi-result-{side}")
            if res is not None:
                show_result(res, f"wi-{side}")

    st.subheader("Compare A and B")
    if st.button("Compare side by side", key="wi-compare"):
        st.session_state["wi-compare-result"] = whatif.compare(wb.store, scenarios["A"], scenarios["B"])
    diff = st.session_state.get("wi-compare-result")
    if diff is not None:
        a, b = diff.attrs.get("a", {}), diff.attrs.get("b", {})
        c1, c2 = st.columns(2)
        for c, s, side in ((c1, a, "A"), (c2, b, "B")):
            cnt = s.get("counts", {})
            c.markdown(f"**{side}: {s.get('name')}**: {cnt.get('succeeded', 0)} succeed, {cnt.get('failed', 0)} "
                       f"fail, {cnt.get('skipped', 0)} skipped; {s.get('requests', 0):,} requests, "
                       f"~{s.get('estimated_seconds', 0):,.0f} s")
        recipients = whatif.changed_recipients(diff)
        st.caption(f"{len(diff):,} copies change outcome, {len(recipients):,} recipients.")
        _ui.table(diff.head(_ui_max_rows()), height=300)
        _ui.download_buttons(diff, "whatif_compare", key="wi-cmp")

    st.subheader("Past simulations")
    _ui.table(wb.cached(whatif.simulation_runs), height=220)
