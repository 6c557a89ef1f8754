"""Logs and Alerts: the mar log and mail_logs lines with filters, remediation runs (who launched them),
and the alerts (seed: "Connectivity issues between ... and Microsoft Exchange services detected")."""
from __future__ import annotations

import streamlit as st

from pages import _ui

wb = _ui.page_setup()
st.title("Logs and Alerts")

with _ui.guard():
    st.subheader("Alerts")
    alerts = wb.report("alerts")
    if alerts.empty:
        st.success("No alert has been raised.")
    else:
        open_n = int(alerts["cleared_at"].isna().sum())
        st.caption(f"{open_n} open, {len(alerts) - open_n} cleared")
        _ui.table(alerts, height=220)
        _ui.download_buttons(alerts, "alerts", key="alerts")

    st.subheader("Log lines")
    c1, c2, c3 = st.columns([1, 1, 2])
    log_name = c1.selectbox("Log", ["mar", "mail_logs"], key="log-name")
    level = c2.selectbox("Level", ["any", "Info", "Warning", "Critical"], key="log-level")
    contains = c3.text_input("Contains (recipient, SHA-256, status, run id…)", key="log-contains")
    lines = wb.report("log_lines", log_name, contains=contains or None,
                      level=None if level == "any" else level)
    if lines.empty:
        st.info(f"No {log_name} line matches (logs live under {wb.store.logs_dir}).")
    else:
        _ui.table(lines, height=320)
        _ui.download_buttons(lines, f"{log_name}_log", key="log")

    st.subheader("Remediation runs")
    runs = wb.report("remediation_runs")
    if runs.empty:
        st.info("No remediation run yet.")
    else:
        _ui.table(runs, height=260)
        _ui.download_buttons(runs, "remediation_runs", key="runs")
