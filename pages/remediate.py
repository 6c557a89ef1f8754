"""Remediation: pending verdict changes, the plan of one hash, Simulate or Remediate (live behind an
explicit confirmation), live progress of runs owned by the process, and the automatic mode's state."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from marlib.models import TenantKind
from marlib.reports import PENDING_STATES
from pages import _ui

wb = _ui.page_setup()
st.title("Remediation")
kind = wb.tenant_kind
st.caption(f"Active tenant: **{_ui.TENANT_LABEL[kind.value]}**. A run keeps going in the app's process "
           "when this tab closes; every session sees its progress.")


def jobs_panel() -> None:
    """Progress of the workbench's remediation jobs (redrawn every second while one runs)."""
    every = wb.jobs("remediate")
    _ui.rerun_when_a_job_ends(every)   # the pending list, the plan, the sidebar
    jobs = every[:5]
    if not jobs:
        return
    st.subheader("Runs started from the app")
    for job in jobs:
        head = _ui.job_head(job)
        if job.state == "running":
            # the copies once counted: before that (the tenant loading, the run planned) "0/0" said nothing
            counted = f" {job.done:,}/{job.total:,}" if job.total else ""
            # no word yet (e.g. the simulated tenant's file being read, before its load counts anything)
            st.progress(job.fraction, text=f"{head}: {job.message or 'starting…'}{counted}")
        elif job.state == "done" and not (job.result or {}).get("run_id") and (job.result or {}).get("nothing_to_do"):
            # e.g. another tab's run took every pending change first: say why, as the command line does
            st.info(f"{head}: {job.result['nothing_to_do']}; no run recorded.")
            if job.result.get("outage"):
                st.warning(job.result["outage"])
        elif job.state == "done":
            counts = (job.result or {}).get("counts", {})
            failed = counts.get("failed", 0)
            # a copy that failed (or a run stopped by an outage) is not a success to glance over
            shown = st.warning if failed or (job.result or {}).get("outage") else st.success
            shown(f"{head}: done, run {((job.result or {}).get('run_id') or 'not recorded')[:12]} "
                  f"({(job.result or {}).get('mode')}): {counts.get('succeeded', 0)} succeeded, "
                  f"{failed} failed, {counts.get('skipped', 0)} skipped."
                  + (" The failed copies and their reasons are in the MAR Report (Failed recipients); "
                     "connectivity problems also in Logs and Alerts." if failed else ""))
            if (job.result or {}).get("outage"):   # stopped early: Graph / Entra / the proxy stopped answering
                st.warning(job.result["outage"])
        else:
            _ui.show_job_error(job, f"{head}: ")


# poll only while a run is going (any session's): the fragment redraws without rerunning the page
st.fragment(jobs_panel, run_every=1.0 if wb.running("remediate") else None)()


def automatic_mode() -> None:
    """On/off state, folders, last step: automatic mode in this process. Drawn in a fragment that polls while it
    is on or stopping; the buttons that change it are drawn with the page (below)."""
    st.subheader("Automatic mode")
    # turned off while a step was in flight, it says "stopping" until the step ends: then the whole page is
    # redrawn, the form back and the polling below ended
    _ui.rerun_when_a_job_ends(wb.jobs("watch"))
    state = wb.watch_state()
    if state["state"] != st.session_state.get("watch-drawn"):
        # changed since the page was drawn (another tab turned it on or off, a step ended it): the page's button
        # and polling were set up for the old state, and would show it (a first look "0 step(s)", "on", a
        # button to turn off what is off) until a click; the page is redrawn for the new one
        st.rerun(scope="app")
    if state["state"] == "off":
        st.caption("Off in this app. It follows ESA log folders (incremental ingest) and remediates each "
                   "new retrospective verdict on the active tenant.")
        _ui.show_refusal("watch")
        if state.get("error"):   # it stopped on an error (its job failed): said, or it went off without a word
            st.warning(f"Automatic mode stopped on an error: {state['error']}")
            if state.get("advice"):
                st.info(f"What to do: {state['advice']}")
        with st.form("watch-form"):
            st.text_area("Folders or files to follow (one per line)", key="watch-paths",
                         placeholder="/var/log/esa/mail_logs\n/var/log/esa/amp")
            st.number_input("Check every (seconds)", 1, 3600, 30, key="watch-interval")
            st.form_submit_button("Turn automatic mode on", on_click=_ui.act, args=("watch", turn_on))
    else:
        last = state.get("last_step_at")
        st.success(f"Automatic mode is **{state['state']}**: following {', '.join(state['paths'])} every "
                   f"{state['interval_s']:.0f} s; {state['steps']} step(s), {state['changes_handled']} verdict "
                   f"change(s) handled, last step {f'{last:%H:%M:%S} UTC' if last else 'pending'}"
                   + (f", started by {state['started_by']}" if state.get("started_by") else "") + ".")
        if state.get("activity") and not state["steps"]:   # e.g. the simulated tenant loading in the job
            st.caption(f"Before the first step: {state['activity']}")
        if state.get("notice"):
            st.info(state["notice"])
        if state.get("last_error") or state.get("error"):
            st.warning(state.get("last_error") or state.get("error"))


def turn_on() -> None:
    wb.start_watch(st.session_state.get("watch-paths", "").splitlines(),
                   interval_s=float(st.session_state.get("watch-interval", 30)), who=_ui.current_user())


def remediate_one(sha: str) -> None:
    # the file confirmed, drawn with the button: another one picked meanwhile (the click came before the page
    # was drawn for it) is not acted on unconfirmed
    if sha != st.session_state.get("rem-sha"):
        st.toast(f"Another file was picked before this click: {sha[:12]}… was not remediated. Check the plan of "
                 "the file now shown, and confirm again.")
        return
    job = wb.start_remediation([sha], who=_ui.current_user())
    st.session_state["rem-confirm-reset"] = True   # the next run is confirmed anew
    st.toast(f"Run #{job.id} started")


def remediate_pending() -> None:
    st.session_state["confirm-pending"] = False
    wb.start_remediation(None, pending=True, who=_ui.current_user())


def watch_runs_from_cli() -> None:
    """`marlib watch` runs seen in the database (a watcher started from the command line)."""
    cli: dict = {}
    with _ui.guard():
        cli = wb.report("automatic_mode")
    if cli.get("state", "unknown") != "unknown":
        st.caption(f"`marlib watch` runs in this database: {cli['runs']}, last started "
                   f"{cli['last_started']:%Y-%m-%d %H:%M} UTC ({cli['state']}).")


def one_file(pending: pd.DataFrame, changes: pd.DataFrame) -> None:
    """The plan of one SHA-256, Simulate, and Remediate on the active tenant."""
    st.subheader("One file")
    # pending first, the most widespread first: the likeliest next thing to act on; a superseded change (its
    # verdict turned CLEAN again) last, never the default next to "Remediate live"
    others = changes.assign(_later=changes["state"].eq("superseded")).sort_values(
        ["_later", "copies"], ascending=[True, False], kind="stable").drop(columns="_later")
    ordered = pd.concat([pending.sort_values("copies", ascending=False, kind="stable"), others])
    hashes = list(dict.fromkeys(ordered["sha256"]))
    # a hash pasted from a SIEM or a ticket: upper case, spaces around it
    chosen = (st.query_params.get("sha256") or "").strip().lower()
    index = hashes.index(chosen) if chosen in hashes else 0
    if chosen and chosen not in hashes:   # never another file's plan as if it were the one asked for
        st.warning(f"{_ui.md_escape(chosen)} is no retrospective verdict change in this database: pick a file "
                   "below, or search the hash in Message Tracking.")
    sha = st.selectbox("SHA-256 (retrospective verdict changes)", hashes, index=index if hashes else None,
                       key="rem-sha", format_func=lambda h: h) if hashes else None
    if sha is None:
        st.info("No retrospective verdict change in the data yet.")
        return

    latest = changes[changes["sha256"] == sha].head(1)  # newest first: the hash's latest change
    if len(latest) and pd.notna(latest["clean_at"].iloc[0]):
        st.warning(f"The verdict of {sha[:12]}… turned CLEAN again on "
                   f"{latest['clean_at'].iloc[0]:%Y-%m-%d %H:%M} UTC (a later retrospective verdict): "
                   "this change is superseded, pending remediation leaves it out. Remediating it here acts "
                   "on copies of a file now considered clean.")
    plan = wb.report("plan_for_hash", sha)
    counts = plan.groupby(["status", "reason"]).size().reset_index(name="copies") if len(plan) else plan
    c1, c2 = st.columns([2, 1])
    with c1:
        st.markdown("**Plan** (one row per Message-ID x recipient; nothing is called)")
        _ui.table(plan[["recipient", "mid", "message_id", "policy", "action", "forward_to", "status", "reason",
                        "filename"]], height=300)
    with c2:
        st.markdown("**By outcome**")
        _ui.table(counts)
    _ui.download_buttons(plan, f"plan_{sha[:12]}", key="plan")

    simulate_col, live_col = st.columns(2)
    with simulate_col:
        if kind is TenantKind.SIMULATED:
            st.markdown("**Simulate** on a copy of the simulated tenant as it is now (its users, lists, licences, "
                        "the messages still there or already gone): the same plan and policies as Remediate, "
                        "so its counts are what Remediate (simulated tenant) gets right after. The copy is thrown "
                        "away: the tenant, the journal and the runs stay as they are.")
        else:
            st.markdown("**Simulate** on a what-if tenant built from the logs (no mailbox is touched): a Graph "
                        "tenant has no copy to make, so it does not know the active tenant's mailing lists, "
                        "licences or messages already gone, and its counts can differ from the run's: the Plan "
                        "above is what a run will attempt.")
        if st.button("Simulate", key="simulate", type="primary"):
            if not _ui.available("marlib.whatif"):
                _ui.not_available("Simulation (marlib.whatif)")
            else:
                with _ui.guard():
                    result = _ui.run_with_progress("Simulating", lambda p: wb.simulate([sha], progress=p))
                    # the data it saw: a run, an ingest or a settings change since makes it out of date
                    st.session_state["last-sim"] = (sha, result, wb.version())
        last = st.session_state.get("last-sim")
        if last is not None and last[0] == sha:
            sim = last[1]
            sim_counts = sim.counts
            on = ("a copy of the simulated tenant" if sim.on_active_tenant
                  else "the what-if tenant built from the logs")
            said = (f"Simulated on {on}: {sim_counts.get('succeeded', 0)} would succeed, "
                    f"{sim_counts.get('failed', 0)} fail, {sim_counts.get('skipped', 0)} be skipped; "
                    f"{sim.requests:,} Graph requests, about {sim.estimated_seconds:,.0f} s.")
            if last[2] == wb.version():
                st.success(said)
            else:   # e.g. Remediate ran since: its copies are done, the prediction is not what a run gets now
                st.info(f"Out of date: the data changed since this simulation (a remediation run, an ingest, "
                        f"new settings or policies). {said} Simulate again for what Remediate gets now.")
    with live_col:
        live = kind is not TenantKind.SIMULATED
        st.markdown(f"**Remediate** on the active tenant ({_ui.TENANT_LABEL[kind.value]})")
        if st.session_state.pop("rem-confirm-reset", False):   # a run was started: confirm the next one anew
            st.session_state["confirm-live"] = False
        if st.session_state.get("confirm-live-for") != sha:   # another file: its plan is confirmed anew (the box
            st.session_state["confirm-live"] = False           # kept its tick, its label now naming the new file)
        st.session_state["confirm-live-for"] = sha
        confirm = st.checkbox(
            f"I confirm: act on every planned copy of {sha[:12]}… in "
            f"{'real mailboxes' if live else 'the simulated tenant'}", key="confirm-live")
        # acts in its callback (the file shown when it was clicked): see _ui.act
        st.button("Remediate live" if live else "Remediate (simulated tenant)", key="remediate",
                  disabled=not confirm, type="secondary", on_click=_ui.act, args=("remediate", remediate_one, sha))
        _ui.show_refusal("remediate", sha)




with _ui.guard():
    changes = wb.report("verdict_changes")
    pending = changes[changes["state"].isin(PENDING_STATES)]  # what `remediate --pending` handles
    superseded = changes[changes["state"] == "superseded"]
    st.subheader("Pending verdict changes")
    if pending.empty:
        st.success("No pending verdict change: every retrospective malicious verdict has been handled.")
    else:
        _ui.table(pending[["changed_at", "sha256", "state", "previous_verdict", "threat_name", "file_names",
                           "copies", "delivered"]], height=240)
        if st.button(f"Remediate all {len(pending):,} pending changes…", key="pending-open"):
            st.session_state["confirm-pending"] = True
            st.session_state.pop("pending-refused", None)   # a new try
        # refused (e.g. live remediation off): why, kept until the next try, and the rest of the page drawn
        _ui.show_refusal("pending")

    if len(superseded):
        with st.expander(f"{len(superseded):,} superseded change(s): the verdict turned CLEAN again, "
                         "not remediated"):
            _ui.table(superseded[["changed_at", "clean_at", "sha256", "state", "threat_name", "file_names",
                                  "copies", "delivered"]], key="superseded-table")

    # another tab's or automatic mode's run took them all: no "Remediate all 0" (a "Yes" clicked meanwhile still
    # starts its run, which says that nothing was left)
    if st.session_state.get("confirm-pending") and pending.empty and not st.session_state.get("pending-go"):
        st.session_state["confirm-pending"] = False
    if st.session_state.get("confirm-pending"):
        with st.container(border=True):
            st.warning(f"Remediate all {len(pending):,} pending verdict changes on "
                       f"{_ui.TENANT_LABEL[kind.value]}?")
            a, b, _ = st.columns([1, 1, 4])
            a.button("Yes, remediate", key="pending-go", type="primary", on_click=_ui.act,
                     args=("pending", remediate_pending))
            if b.button("Cancel", key="pending-cancel"):
                st.session_state["confirm-pending"] = False
                st.rerun()

    one_file(pending, changes)
    # while automatic mode is on, its steps and last step redraw on their own (before, only on a click); and
    # while it is stopping (turned off during a step): polled only while "on", the page said "stopping" and
    # never showed it off (the button to turn it on again) until a click
    drawn = st.session_state["watch-drawn"] = wb.watch_state()["state"]
    if drawn != "off":   # a refusal ("already on": another tab's) is old news once it is on
        st.session_state.pop("watch-refused", None)
    if drawn == "off":
        automatic_mode()
    else:
        st.fragment(automatic_mode, run_every=2.0)()
    # The buttons that turn it on (the form, above, when off) or off are drawn with the page, not in the polling
    # fragment: a fragment's click is dropped when it comes while the page is redrawn (Streamlit logs "Couldn't
    # find fragment with id ..."); and they act in a callback (turn_on)
    if drawn == "on":
        st.button("Turn automatic mode off", key="watch-stop", on_click=wb.stop_watch)
    watch_runs_from_cli()
