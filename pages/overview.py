"""Overview: counts, the delivery -> verdict change -> remediation timeline, open alerts, active tenant."""
from __future__ import annotations

from urllib.parse import quote

import pandas as pd
import plotly.express as px
import streamlit as st

from marlib.reports import PENDING_STATES
from pages import _ui

TIMELINE_DAYS = 60   # the timeline opens on the last weeks with data


def latest_changes(df: pd.DataFrame) -> pd.DataFrame:
    """The latest verdict changes as Markdown cells: log text escaped, each SHA-256 opens Message Tracking."""
    return pd.DataFrame({
        "changed, UTC": df["changed_at"].dt.strftime("%Y-%m-%d %H:%M"),
        "SHA-256": [f"[{_ui.md_escape(sha[:12])}…](/message-tracking?sha256={quote(sha)})"
                    for sha in df["sha256"]],
        "files": df["file_names"].map(_ui.md_escape),
        "threat": df["threat_name"].map(_ui.md_escape),
        # pending, handled, or superseded (turned CLEAN again): not every change listed here still needs action
        "state": df["state"].map(_ui.md_escape),
        "copies": df["copies"].map(_ui.fmt_int),
        "delivered": df["delivered"].map(_ui.fmt_int),
    })


wb = _ui.page_setup()
st.title("Overview")

with _ui.guard():
    counts = wb.report("overview_counts")
    if counts["mids"] == 0:
        st.info("The database is empty. Load the committed sample (a simulated tenant with real charts) "
                "or ingest your own ESA logs on the Data page.")
        if st.button("Load the sample", type="primary", key="load-sample"):
            from marlib.demo import ensure_default_db
            _ui.run_with_progress("Loading the sample", lambda p: ensure_default_db(wb.store, progress=p))
            wb.invalidate()
            st.rerun()
        st.stop()

    mar = wb.report("mar_summary", mode="live")
    changes = wb.report("verdict_changes")
    pending = changes[changes["state"].isin(PENDING_STATES)]  # the CLI's `changes --pending`
    superseded = int((changes["state"] == "superseded").sum())
    c = st.columns(6)
    c[0].metric("Messages", _ui.fmt_int(counts["messages"]),
                help=f"{counts['mids']:,} MIDs: a message the appliance split, copied (generated), rewrote or "
                     "bounced has a MID for each part")
    c[1].metric("Delivered copies", _ui.fmt_int(counts["delivered"]),
                help="one per Message-ID and recipient, as the verdict changes count copies (a split message is "
                     f"one copy in each mailbox); {counts['recipients']:,} recipient entries in the logs")
    c[2].metric("Attachments", _ui.fmt_int(counts["attachments"]),
                help=f"{counts['files']:,} distinct files (SHA-256)")
    c[3].metric("Changes pending", _ui.fmt_int(len(pending)),
                help=f"{len(changes) - len(pending) - superseded:,} handled, {superseded:,} superseded "
                     f"(turned CLEAN again) of {len(changes):,} retrospective clean/unknown -> malicious changes")
    on = wb.report("report_tenant")
    runs_on = f"live runs on tenant {on}" if on else "live runs"
    c[4].metric("Copies remediated", _ui.fmt_int(mar["succeeded"]),
                help=f"{runs_on}; {mar['restored']:,} copies moved back (restore) are not counted")
    c[5].metric("Copies failed", _ui.fmt_int(mar["failed"]), help=runs_on)

    st.caption(f"Active tenant: **{_ui.TENANT_LABEL[wb.tenant_kind.value]}** "
               f"(change it on Mailbox Settings). Live remediation "
               f"{'enabled' if wb.live_enabled else 'disabled'}."
               + (f" Live results: tenant {on}." if on else "")
               + (f" Copies restored: {mar['restored']:,}." if mar["restored"] else ""))

    st.subheader("From delivery to verdict change to remediation")
    tl = wb.report("timeline", bucket="day")
    if tl.empty:
        st.info("No dated deliveries yet.")
    else:
        # log scale: a few verdict changes next to hundreds of deliveries; every tick labelled in full
        fig = px.bar(tl, x="bucket", y="count", color="stage", barmode="group", log_y=True,
                     labels={"bucket": "day (UTC)", "count": "copies / events"},
                     color_discrete_map={"delivered": "#9ecae1", "verdict change": "#fd8d3c",
                                         "remediated": "#31a354", "failed": "#de2d26"})
        fig.update_layout(height=320, margin=dict(l=10, r=10, t=10, b=10), legend_title_text="")
        fig.update_yaxes(**_ui.log_ticks(tl["count"].max()), title="copies / events (log scale)")
        # the latest weeks first: one old event (a verdict on a file from years ago) must not squeeze every
        # bar into a sliver; the range slider below the chart reaches the rest
        last = tl["bucket"].max()
        start = max(tl["bucket"].min(), last - pd.Timedelta(days=TIMELINE_DAYS))
        earlier = tl.loc[tl["bucket"] < start, "bucket"]
        fig.update_xaxes(range=[start - pd.Timedelta(hours=12), last + pd.Timedelta(hours=12)],
                         rangeslider=dict(visible=bool(len(earlier)), thickness=0.08))
        st.plotly_chart(fig, key="timeline")
        if len(earlier):
            st.caption(f"Showing the last {TIMELINE_DAYS} days with data; {earlier.nunique():,} earlier day(s) "
                       f"from {earlier.min():%Y-%m-%d} are to the left: drag the range slider below the chart.")

    left, right = st.columns([1, 2])  # the verdict changes table (seven columns) needs the room
    with left:
        st.subheader("Open alerts")
        open_alerts = wb.report("alerts", open_only=True)
        if open_alerts.empty:
            st.success("No open alert.")
        else:
            _ui.table(open_alerts[["raised_at", "level", "message", "detail"]])
    with right:
        st.subheader("Latest verdict changes")
        if changes.empty:
            st.info("No retrospective verdict change in the data.")
        else:
            st.table(latest_changes(changes.head(10)), hide_index=True)  # static: no empty grid while loading
