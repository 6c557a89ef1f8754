"""Data: ingest ESA logs (upload or a path on the server), the summary, the rejects."""
from __future__ import annotations

import datetime as dt
import re

import streamlit as st

from marlib.errors import InputError
from pages import _ui

wb = _ui.page_setup()
st.title("Data")
st.caption("Cisco ESA mail_logs and AMP logs (file or syslog shape, .current/.s rotations, .gz), or "
           "CSV / JSON lines / Parquet records. Ingest is idempotent: a file already read adds nothing.")


def ingest(paths: list) -> None:
    """Start ingesting ``paths`` in a job of the app's process: it goes on when this tab closes, and every
    session sees its progress and its summary."""
    from marlib.ingest.api import ingest_paths
    appliance = st.session_state.get("ingest-appliance") or None
    by_host = bool(st.session_state.get("ingest-by-host"))

    def run(progress) -> dict:
        summary = ingest_paths(wb.store, paths, progress=progress, appliance=appliance, by_host=by_host)
        return {"summary": summary.to_dict(), "warnings": summary.warnings()}

    label = ", ".join(str(p) for p in paths[:3]) + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")
    job = wb.start_only_job("ingest", label, run, who=_ui.current_user())   # one ingest at a time
    st.toast(f"Ingest #{job.id} started")
    st.rerun()


def _size(done: int, total: int | None) -> str:
    """``3.1 of 137.9 MB``, or in KB when the files add up to less than a MB (not ``0.0 of 0.0 MB``)."""
    unit, scale = ("MB", 1e6) if max(done, total or 0) >= 1e6 else ("KB", 1e3)
    return f"{done / scale:,.1f} of {total / scale:,.1f} {unit}" if total else f"{done / scale:,.1f} {unit}"


def ingest_panel() -> None:
    """The running ingest's progress (redrawn every second while it runs), then the last one's summary."""
    jobs = wb.jobs("ingest")
    _ui.rerun_when_a_job_ends(jobs)   # the rejects and the ingest runs below
    for job in jobs:
        if job.state == "running":
            st.progress(job.fraction, text=f"Ingesting {job.label}: {job.message} ({_size(job.done, job.total)})")
    last = next((job for job in jobs if job.state != "running"), None)
    if last is None:
        return
    st.subheader("Last ingest")
    st.caption(_ui.job_head(last))
    if last.state == "failed":
        _ui.show_job_error(last)
        return
    summary = last.result["summary"]
    keys = ["files", "lines", "messages", "recipients", "attachments", "verdict_events", "rejects"]
    for col, k in zip(st.columns(len(keys)), keys):
        col.metric(k.replace("_", " "), _ui.fmt_int(summary.get(k, 0)))
    for warning in last.result["warnings"]:
        st.warning(warning)
    with st.expander("Full summary"):
        st.json(summary)


busy = bool(wb.running("ingest"))   # one ingest at a time: a second would wait for the first's files
if not _ui.available("marlib.ingest.api"):
    _ui.not_available("Ingest (marlib.ingest.api)")
else:
    st.text_input("Appliance (optional)", key="ingest-appliance", placeholder="esa1.corp.example",
                  help="The ESA that wrote these logs. Each appliance counts MIDs on its own: name each one "
                  "when the logs of several appliances go into this database. Leave empty for one appliance.")
    st.checkbox("One syslog file from several appliances: each line's host names its appliance",
                key="ingest-by-host")
    upload_tab, path_tab = st.tabs(["Upload files", "Path on the server"])
    with upload_tab:
        files = st.file_uploader("Log or record files", accept_multiple_files=True, key="upload")
        if st.button("Ingest uploaded files", disabled=busy or not files, key="ingest-upload", type="primary"):
            with _ui.guard():
                folder = wb.store.data_dir / "uploads" / dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f")
                folder.mkdir(parents=True, exist_ok=True)
                saved = []
                for n, f in enumerate(files):
                    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", f.name).lstrip(".") or "upload"
                    target = folder / name
                    if target.exists():  # two uploads whose names clean to the same name: keep both
                        target = folder / f"{n}-{name}"
                    target.write_bytes(f.getvalue())
                    saved.append(target)
                ingest(saved)
    with path_tab:
        path = st.text_input("File or folder (read recursively)", key="ingest-path",
                             placeholder="/var/log/esa/mail_logs")
        if st.button("Ingest path", disabled=busy or not path, key="ingest-path-go", type="primary"):
            with _ui.guard():
                from pathlib import Path
                target = Path(path).expanduser()
                if not target.exists():
                    raise InputError(f"{target} does not exist on the server",
                                     advice="give a path readable by the account running the app")
                ingest([target])

# poll only while an ingest is going (any session's): the fragment redraws without rerunning the page
st.fragment(ingest_panel, run_every=1.0 if wb.running("ingest") else None)()

with _ui.guard():
    st.subheader("Rejected lines")
    rejects = wb.report("rejects")
    if rejects.empty:
        st.success("No rejected line: every line was parsed or counted as ignored.")
    else:
        st.caption(f"{len(rejects):,} lines (newest first), with the file, line number and reason.")
        _ui.table(rejects, height=_ui.TABLE_HEIGHT)
        _ui.download_buttons(rejects, "ingest_rejects", key="rejects")
    named = wb.report("appliances")
    if named["name"].notna().any():   # only once logs were ingested with an appliance name
        st.subheader("Appliances")
        st.caption("Each appliance's MIDs are stored as mid_base + the MID it logged.")
        _ui.table(named, height=200)
    by_host = wb.report("by_host_files")
    if by_host["by_host_files"]:
        st.caption(f"{len(by_host['by_host_files'])} log file(s) read by syslog host: each line's host names its "
                   "appliance.")
    st.subheader("Ingest runs")
    _ui.table(wb.report("ingest_runs"), height=240)
