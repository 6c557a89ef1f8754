"""Helpers shared by the pages: the process-wide Workbench, errors, exports, auth.

Pages stay thin: read inputs, call one marlib function, show the result. A
MarlibError becomes ``st.error(message)`` plus its advice.
"""
from __future__ import annotations

import contextvars
import importlib.util
import os
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from marlib.errors import MarlibError
from marlib.export import to_csv_bytes, to_xlsx_bytes
from marlib.store import Store, default_db_path
from marlib.workbench import Workbench

ROOT = Path(__file__).resolve().parent.parent
TENANT_LABEL = {"simulated": "Simulated tenant (in-process)", "emulator": "Emulator (HTTPS, this machine)",
                "microsoft": "Microsoft 365 (live)"}
TABLE_HEIGHT = 360


def db_path() -> Path:
    """The database the app serves: $MARLIB_DB, else data/marlib.duckdb under the repository."""
    raw = os.environ.get("MARLIB_DB")
    return Path(raw) if raw else ROOT / default_db_path()


@st.cache_resource(show_spinner=False)
def _workbench(path: str) -> Workbench:
    return Workbench(Store(path))


def workbench() -> Workbench:
    """The one Workbench of this process (shared by every browser session)."""
    return _workbench(str(db_path().resolve()))


def show_error(exc: MarlibError) -> None:
    st.error(exc.message)
    if exc.advice:
        st.info(f"What to do: {exc.advice}")


@contextmanager
def guard() -> Iterator[None]:
    """Show a MarlibError as a message with advice instead of a traceback."""
    try:
        yield
    except MarlibError as exc:
        show_error(exc)


def act(key: str, action: Callable[..., Any], *args: Any) -> None:
    """A button's action, run as its ``on_click`` callback (``on_click=_ui.act, args=(key, action, ...)``);
    a refusal (MarlibError) is kept for :func:`show_refusal`, with the ``args`` it was refused for and the data
    version then, until the next try.

    Not ``if st.button(...): action()``: Streamlit loses a click's value when it lands as a polling fragment
    runs and that fragment then redraws the whole page (a job ended: :func:`rerun_when_a_job_ends`), and the
    click did nothing; a callback runs as the click's state is applied, whichever run applies it. And a
    refusal shown only in the click's own run was gone at the next redraw, before it could be read."""
    st.session_state.pop(f"{key}-refused", None)
    try:
        action(*args)
    except MarlibError as exc:
        st.session_state[f"{key}-refused"] = (exc, args, workbench().version())


def show_refusal(key: str, *args: Any) -> None:
    """Why the last try of :func:`act`'s ``key`` did nothing, if it was refused for these ``args`` (the file
    now shown, not another one's) and nothing changed since (settings, a run, an ingest: it may hold no more)."""
    refused = st.session_state.get(f"{key}-refused")
    if refused is not None and refused[1] == args and refused[2] == workbench().version():
        show_error(refused[0])


def available(module: str) -> bool:
    """True when a marlib module has landed in this build."""
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def not_available(what: str) -> None:
    st.info(f"{what} is not available yet in this build.")


def download_buttons(df: pd.DataFrame, name: str, *, key: str, label: str = "") -> None:
    """CSV and XLSX downloads of ``df`` (formula cells neutralised, :func:`with_appliance`), generated on
    click."""
    df = with_appliance(df)
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", name)
    prefix = f"{label} " if label else ""
    row = st.container(horizontal=True, gap="small")
    row.download_button(f"{prefix}CSV", data=lambda: to_csv_bytes(df), file_name=f"{safe}.csv",
                        mime="text/csv", key=f"{key}-csv", on_click="ignore", icon=":material/download:")
    row.download_button(f"{prefix}XLSX", data=lambda: to_xlsx_bytes(df, sheet=safe),
                        file_name=f"{safe}.xlsx", key=f"{key}-xlsx", on_click="ignore",
                        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        icon=":material/download:")


_MD_SPECIAL = re.compile(r"([!-/:-@\[-`{-~])")  # every ASCII punctuation character


def md_escape(value: Any) -> str:
    """Text shown literally in Markdown (st.table cells): no emphasis, links or HTML from log data."""
    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
        return ""
    return _MD_SPECIAL.sub(r"\\\1", str(value)).replace("\n", " ")


def log_ticks(top: float) -> dict[str, list]:
    """Tick values 1, 2, 5, 10, 20, 50, ... up to ``top`` with their full labels, for a log axis."""
    vals, decade = [1], 1
    while vals[-1] < top:
        vals += [2 * decade, 5 * decade, 10 * decade]
        decade *= 10
    return {"tickvals": vals, "ticktext": [f"{v:,}" for v in vals]}


def with_appliance(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with an ``appliance`` column after its ``mid`` column, once logs of named appliances are in the
    database (:func:`marlib.export.with_appliance`, the names from the cached report)."""
    if "mid" not in df.columns or "appliance" in df.columns or df.empty:
        return df
    from marlib.export import with_appliance as add_appliance
    names = workbench().report("appliances")
    names = names[names["name"].notna()]
    return add_appliance(df, dict(zip(names["number"].astype(int), names["name"])))


def table(df: pd.DataFrame, *, key: str | None = None, height: int | str = "auto", **kw: Any) -> Any:
    """A dataframe with the app's defaults (and :func:`with_appliance`); a fixed height shrinks to fit few
    rows."""
    df = with_appliance(df)
    if isinstance(height, int):
        height = max(80, min(height, 3 + 35 * (len(df) + 1)))   # the header and the rows, no empty band
    return st.dataframe(df, hide_index=True, width="stretch", height=height, key=key, **kw)


# -- authentication (only when .streamlit/secrets.toml has an [auth] section) ----------
def auth_enabled() -> bool:
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all
        return False


def current_user() -> str | None:
    """The signed-in user's email when sign-in is configured, else None."""
    if not auth_enabled():
        return None
    try:
        if st.user.is_logged_in:
            return st.user.get("email") or st.user.get("name") or "signed-in user"
    except Exception:
        return None
    return None


def require_login() -> None:
    """Stop the run behind a sign-in screen when [auth] is configured and nobody is signed in."""
    if not auth_enabled() or st.user.is_logged_in:
        return
    st.title("marlib workbench")
    if not available("authlib"):  # fail closed: sign-in is configured but cannot work
        st.error("Sign-in is configured in .streamlit/secrets.toml but the Authlib package is missing.")
        st.info("What to do: `pip install Authlib` in the app's environment, then restart the app.")
        st.stop()
    st.write("Sign in to use the workbench.")
    st.button("Sign in", on_click=st.login, type="primary")
    st.stop()


# The app's pages by section: (file stem under pages/ = URL path, title, icon); the first is the default page,
# at "/". Each file is named as its URL: see page_setup.
PAGES: dict[str, list[tuple[str, str, str]]] = {
    "Monitor": [
        ("overview", "Overview", ":material/dashboard:"),
        ("mar-report", "Mailbox Auto Remediation", ":material/bar_chart:"),
        ("message-tracking", "Message Tracking", ":material/search:"),
        ("logs", "Logs and Alerts", ":material/notifications:"),
    ],
    "Act": [
        ("remediate", "Remediation", ":material/healing:"),
        ("what-if", "What-if", ":material/science:"),
    ],
    "Configure": [
        ("ingest", "Data", ":material/upload_file:"),
        ("mailbox-settings", "Mailbox Settings", ":material/key:"),
        ("mail-policies", "Incoming Mail Policies", ":material/policy:"),
    ],
}
DEFAULT_PAGE = PAGES["Monitor"][0][0]
_THROUGH_APP: contextvars.ContextVar[bool] = contextvars.ContextVar("marlib_through_app", default=False)


def app_setup() -> Any:
    """The page config and ``st.navigation`` over :data:`PAGES`; returns the page the URL names (the default
    page, after a "Page not found" dialog, when none)."""
    st.set_page_config(page_title="marlib workbench", page_icon=":material/shield:", layout="wide")
    return st.navigation({
        section: [st.Page(f"pages/{name}.py", title=title, icon=icon, default=name == DEFAULT_PAGE,
                          url_path=None if name == DEFAULT_PAGE else name)
                  for name, title, icon in pages]
        for section, pages in PAGES.items()})


def run_app() -> None:
    """app.py: :func:`app_setup`, then the page the URL names, marked as run through app.py."""
    page = app_setup()
    token = _THROUGH_APP.set(True)
    try:
        page.run()
    finally:
        _THROUGH_APP.reset(token)


def page_setup() -> Workbench:
    """First call of every page: the app when Streamlit ran the page without app.py, sign-in when configured,
    the sidebar; returns the Workbench.

    Until a process has run st.navigation once, Streamlit treats pages/ as a v1 pages folder: it looks the
    URL up among the files there and runs the one named so on its own, without app.py (before, as no file
    was named like its URL, the first request of every new process to ``/remediate`` opened "Page not
    found" over the right page). The files are named as their URLs, so such a first request lands here,
    before the page drew anything: :func:`run_app` runs the app as app.py does (which ends the v1 mode for
    the whole process), the page the URL names inside it, and st.stop ends this outer run. Streamlit's
    AppTest starts every run that way."""
    if not _THROUGH_APP.get():
        run_app()
        st.stop()
    require_login()
    wb = workbench()
    # before anything on the page looks at the jobs: see rerun_when_a_job_ends
    st.session_state[_ENDED_AT_DRAW] = {job.id for job in wb.jobs() if job.state != "running"}
    try:
        sidebar(wb)
    except MarlibError as exc:  # e.g. the database stayed locked by another process
        show_error(exc)
        st.stop()
    return wb


def sidebar(wb: Workbench) -> None:
    """Active tenant, database and the signed-in user, on every page."""
    with st.sidebar:
        kind = wb.tenant_kind.value
        badge = {"simulated": "blue", "emulator": "orange", "microsoft": "red"}[kind]
        st.badge(TENANT_LABEL[kind], color=badge, icon=":material/cloud:")
        st.caption(f"Database: `{wb.store.path}`")
        for kind, what in (("remediate", "remediation run(s)"), ("ingest", "ingest(s)")):
            running = wb.running(kind)
            if running:
                st.caption(f"{len(running)} {what} running")
        user = current_user()
        if user:
            st.caption(f"Signed in as {user}")
            st.button("Sign out", on_click=st.logout)


def job_head(job: Any) -> str:
    """``#3 label by who, started 10:04:05 UTC``: how a background job is named on the pages."""
    who = f" by {job.started_by}" if job.started_by else ""
    return f"#{job.id} {job.label}{who}, started {job.started_at:%H:%M:%S} UTC"


def show_job_error(job: Any, prefix: str = "") -> None:
    """A failed background job's message and advice, as :func:`show_error` shows a MarlibError."""
    err = job.error or {}
    st.error(f"{prefix}{err.get('message') or 'failed'}")
    if err.get("advice"):
        st.info(f"What to do: {err['advice']}")


_ENDED_AT_DRAW = "ui-jobs-ended-at-draw"   # the ids of the jobs that had ended when page_setup began the page


def rerun_when_a_job_ends(jobs: list) -> None:
    """Redraw the whole page when one of ``jobs`` has ended since the page was drawn: only the polling fragment
    runs while a job goes, and the rest of the page (the sidebar's "running", the Data page's disabled buttons)
    shows what the job changed.

    Ended since the page began, not since this session saw it running: a job that ended while the page was being
    drawn (a short run, right after its click, on a loaded machine) was drawn as running by the sidebar, but the
    fragment, drawn after it, never saw it run, and the page said "1 remediation run(s) running" until a click."""
    ended = {job.id for job in jobs if job.state != "running"}
    if ended - st.session_state.get(_ENDED_AT_DRAW, ended):
        st.rerun(scope="app")


def fmt_int(n: Any) -> str:
    return f"{int(n or 0):,}"


def run_with_progress(label: str, fn: Callable[[Callable[[int, int | None, str], None]], Any]) -> Any:
    """Call ``fn(progress)`` in this run, drawing the library's progress callback as st.progress."""
    bar = st.progress(0.0, text=label)
    script_thread = threading.get_ident()

    def progress(done: int, total: int | None, message: str) -> None:
        if threading.get_ident() != script_thread:  # library worker threads cannot draw
            return
        frac = min(1.0, done / total) if total else 0.0
        bar.progress(frac, text=f"{label}: {message or ''} ({done:,}{'/' + format(total, ',') if total else ''})")
    try:
        return fn(progress)
    finally:
        bar.empty()


if __name__ == "__main__":   # this file run as a page (/ui, as a v1 page before st.navigation): the app says
    from pages import _ui    # "Page not found" and shows the default page, as it does for any unknown URL
    _ui.page_setup()
