"""Monitor > Mailbox Auto Remediation: success and failure by recipient and by SHA-256, actions, reasons,
the file names of each SHA-256; filters by time and live / simulated tenant / what-if / dry run, and by tenant
when live runs acted on more than one; a hash opens Message Tracking. Each copy counts once, by its latest
outcome across runs; restores (copies moved back) are counted apart, never as remediated."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.express as px
import streamlit as st

from marlib.models import REASON_TEXT, Reason
from pages import _ui

wb = _ui.page_setup()
st.title("Mailbox Auto Remediation")

# Simulated: real runs on the simulated tenant; What-if: simulations (the What-if page, Simulate).
MODES = {"Live": "live", "Simulated": "simulated", "What-if": "whatif", "Dry run (plans)": "dry-run", "All": None}
# where each mode's results come from: Simulate is a what-if, and Remediate's mode is the active tenant's
EMPTY_HINT = {
    "live": "Live results come from Remediate on the Remediation page with the emulator or Microsoft 365 as "
            "the active tenant (Mailbox Settings), or `python -m marlib remediate` against it.",
    "simulated": "Results on the simulated tenant come from Remediate on the Remediation page while the "
                 "simulated tenant is the active one.",
    "whatif": "What-if results come from Simulate on the Remediation page, or a scenario on the What-if page.",
    "dry-run": "Plans come from `python -m marlib remediate --dry-run` on the command line; the Remediation "
               "page shows a file's plan without recording it.",
    None: "Run one on the Remediation page (Simulate, or Remediate on the active tenant).",
}
RANGES = {"All time": None, "Last 24 hours": 1, "Last 7 days": 7, "Last 30 days": 30, "Last 90 days": 90}
c1, c2 = st.columns(2)
mode_label = c1.segmented_control("Results", list(MODES), default="Live", key="mar-mode",
                                  help="Simulated: runs on the simulated tenant. What-if: simulations, which "
                                       "never count as remediated. Each copy counts once, by its latest "
                                       "outcome (a copy a retry fixed is remediated).") or "Live"
range_label = c2.selectbox("Time range (by the action's time, UTC)", list(RANGES), key="mar-range")
mode = MODES[mode_label]
days = RANGES[range_label]
start = (dt.datetime.now(dt.UTC).replace(tzinfo=None, minute=0, second=0, microsecond=0)
         - dt.timedelta(days=days)) if days else None


def tenant_choice() -> str | None:
    """The tenant of the live results: the current one, or a selector when live runs acted on several."""
    current = wb.report("report_tenant")
    if mode not in ("live", None):
        return None
    others = [t for t in wb.report("journal_tenants") if t != current]
    if len(others) + (current is not None) < 2:
        st.caption(f"Live results of tenant **{current}** (the mailbox settings')" if current else
                   "Live results of every tenant (no mailbox settings)")
        return None
    return st.selectbox("Tenant (live runs)", [None, "all", *others], key="mar-tenant",
                        format_func=lambda t: (f"{current} (current)" if current else
                                               "Every tenant (no mailbox settings)") if t is None
                        else "All tenants" if t == "all" else t,
                        help="Live runs record the tenant they acted on (<tenant GUID>@<Graph host>); runs from "
                             "before that, and simulated or dry runs, count for every tenant.")


chosen_tenant = None
with _ui.guard():   # a busy store: the usual message, not a traceback
    chosen_tenant = tenant_choice()
flt = {"mode": mode, "start": start, "tenant": chosen_tenant}


def reason_text(code: object) -> str:
    try:
        return REASON_TEXT[Reason(str(code))]
    except ValueError:
        return str(code)


RESULT_COLOURS = {"succeeded": "#31a354", "failed": "#de2d26", "skipped": "#9e9e9e", "planned": "#6baed6"}


def chart_frame(df, key: str) -> pd.DataFrame:
    """The top 20 rows by copies, one row per (key, result) with copies > 0: no empty bars."""
    counts = df[[key, *RESULT_COLOURS]]   # restores are no remediation result: not in these bars
    counts = counts[counts[list(RESULT_COLOURS)].sum(axis=1) > 0]
    top = counts.assign(_n=counts[list(RESULT_COLOURS)].sum(axis=1)).nlargest(20, "_n").drop(columns="_n")
    long = top.melt(id_vars=[key], value_vars=list(RESULT_COLOURS), var_name="result", value_name="copies")
    return long[long["copies"] > 0]


def stacked(df, key: str, title: str):
    """Horizontal stacked bars of each row's results, skipped and planned copies in their own colours."""
    fig = px.bar(chart_frame(df, key), y=key, x="copies", color="result", orientation="h", title=title,
                 color_discrete_map=RESULT_COLOURS, category_orders={"result": list(RESULT_COLOURS)})
    fig.update_layout(height=420, margin=dict(l=10, r=10, t=40, b=10), legend_title_text="",
                      yaxis={"categoryorder": "total ascending", "title": ""})
    return fig


with _ui.guard():
    summary = wb.report("mar_summary", **flt)
    figures = [("Copies remediated", "succeeded", None), ("Copies failed", "failed", None),
               ("Copies skipped", "skipped", None)]
    if mode in ("dry-run", None) or summary["planned"]:
        figures.append(("Copies planned", "planned", "dry runs' plans, and copies of runs not finished"))
    figures += [("Copies restored", "restored", "moved back after a CLEAN verdict; not counted as remediated"
                 f" ({summary['restore_failed']:,} restore(s) failed)"),
                ("Recipients", "recipients", None), ("Files (SHA-256)", "files", None)]
    for col, (label, key, hint) in zip(st.columns(len(figures)), figures, strict=True):
        col.metric(label, _ui.fmt_int(summary[key]), help=hint)
    if mode is None and summary["total"]:
        st.caption("Each mode apart (a copy counts once in each mode it is in; the figures above add them up):")
        _ui.table(wb.report("mar_modes", **flt))
    if sum(summary.values()) == 0:
        st.info(f"No {mode_label.lower()} remediation result in this range yet. {EMPTY_HINT[mode]}")

    who = st.radio("Recipients as", ["recipient", "mailbox"], horizontal=True, key="mar-who",
                   format_func=lambda k: {"recipient": "addressed in the logs (lists unexpanded)",
                                          "mailbox": "mailbox acted on (lists expanded)"}[k])
    by_recipient = wb.report("mar_by", who, **flt)
    by_sha = wb.report("mar_by", "sha256", **flt)
    left, right = st.columns(2)
    if len(by_recipient):
        left.plotly_chart(stacked(by_recipient, who, f"By {who} (top 20)"), key="by-recipient")
    if len(by_sha):
        chart = by_sha.assign(sha=by_sha["sha256"].str[:12] + "…")
        right.plotly_chart(stacked(chart.drop(columns="sha256").rename(columns={"sha": "sha256"}), "sha256",
                                   "By SHA-256 (top 20)"), key="by-sha")

    st.subheader("Files by SHA-256")
    if len(by_sha):
        table = by_sha.assign(tracking="/message-tracking?sha256=" + by_sha["sha256"])
        shown = ["sha256", "mode", "file_names", "succeeded", "failed", "skipped", "planned", "total", "restored",
                 "restore_failed", "tracking"]
        _ui.table(table[[c for c in shown if c in table.columns]],
                  height=260, column_config={"tracking": st.column_config.LinkColumn(
                      "Message Tracking", display_text="open")})
        st.caption("Open a SHA-256 in Message Tracking:")
        hashes = by_sha["sha256"].drop_duplicates()   # "All": a file is a row of each mode, one link
        links = st.columns(min(4, len(hashes)))
        for i, sha in enumerate(hashes.head(8)):
            links[i % len(links)].page_link("pages/message-tracking.py", label=f"{sha[:16]}…",
                                            query_params={"sha256": sha}, icon=":material/search:")
        _ui.download_buttons(by_sha, "mar_by_sha256", key="by-sha")

    a, r = st.columns(2)
    with a:
        st.subheader("Actions taken")
        _ui.table(wb.report("mar_by", "action", **flt))
    with r:
        st.subheader("Reasons")
        reasons = wb.report("mar_by", "reason", **flt)
        if len(reasons):
            reasons = reasons.assign(meaning=reasons["reason"].map(reason_text))
        _ui.table(reasons)

    st.subheader("Recipients for whom remediation was unsuccessful")
    failed = wb.report("failed_recipients", **flt)
    if failed.empty:
        st.success("None.")
    else:
        failed = failed.assign(meaning=failed["reason"].map(reason_text))
        _ui.table(failed[["time", "recipient", "mailbox", "action", "reason", "meaning", "sha256", "filename",
                          "mid", "detail", *(["mode"] if mode is None else []),
                          *(["tenant"] if flt["tenant"] == "all" else [])]], height=300)
    _ui.download_buttons(failed, "failed_recipients", key="failed", label="Failed recipients")

    st.subheader(f"By {who}")
    _ui.table(by_recipient, height=260)
    _ui.download_buttons(by_recipient, f"mar_by_{who}", key="by-recipient")
