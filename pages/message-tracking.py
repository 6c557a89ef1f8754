"""Message Tracking: search by MID, Message-ID, sender, recipient, subject or SHA-256; one message's
lifecycle, attachments, verdict history and every remediation event of each recipient."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from marlib.models import APPLIANCE_MID_SPAN
from marlib.reports import SEARCH_FIELDS
from pages import _ui


def _connection(icid, parent_mid) -> str:
    """The incoming connection as the log gave it: ICID 0 (or none for a child MID) means the appliance made
    the message itself (a split, rewritten or generated copy, a bounce), not that it came in on connection 0.
    A message of its own without one was read from logs that lack its `Start MID` line (an excerpt, a
    rotation not ingested): its connection is unknown, not the appliance's."""
    if _missing(icid):
        return ("no incoming connection (made on the appliance)" if not _missing(parent_mid)
                else "incoming connection not in the logs read")
    if int(icid) == 0:
        return "no incoming connection (made on the appliance)"
    return f"ICID {int(icid)}"


def _missing(value) -> bool:
    return value is None or (pd.api.types.is_scalar(value) and pd.isna(value))


def _text(value, missing: str) -> str:
    """A value from the logs shown in Markdown: literally (a subject or a sender is the mail sender's text, not
    formatting or a link), or what stands for it when the logs read did not give it."""
    return _ui.md_escape(value) or missing


def _code(value, missing: str) -> str:
    """A Message-ID as code (as typed in a search; an escaped ``<a@b>`` would turn into a mail link), or as text
    when it holds a backtick, which would end the code span."""
    if _missing(value) or "`" in str(value):
        return _text(value, missing)
    return f"`{value}`"


wb = _ui.page_setup()
st.title("Message Tracking")

LABELS = {"mid": "MID", "message_id": "Message-ID", "sender": "Envelope sender", "recipient": "Recipient",
          "subject": "Subject", "sha256": "SHA-256 (attachment)"}

# A link from the report (?sha256=...) or elsewhere (?mid=...) pre-fills the search.
params = st.query_params
preset = next(((f, params[f]) for f in SEARCH_FIELDS if params.get(f)), None)
if preset and st.session_state.get("trk-preset") != preset:
    st.session_state["trk-preset"] = preset
    st.session_state["trk-field"], st.session_state["trk-value"] = preset
    st.session_state["trk-page"] = 1

with st.form("tracking-form"):
    c1, c2 = st.columns([1, 3])
    field = c1.selectbox("Search by", SEARCH_FIELDS, format_func=LABELS.get, key="trk-field")
    value = c2.text_input("Value", key="trk-value", placeholder="e.g. 12345, <abc@example.com>, invoice")
    d1, d2 = st.columns(2)
    since = d1.date_input("Received from (UTC)", value=None, key="trk-since")
    until = d2.date_input("Received until (UTC, inclusive)", value=None, key="trk-until")
    submitted = st.form_submit_button("Search", type="primary")
if submitted:
    st.session_state["trk-page"] = 1
    st.query_params.clear()
    st.query_params[field] = value

if not st.session_state.get("trk-value"):
    st.info("Enter a MID, Message-ID, sender, recipient, subject or SHA-256 (a prefix is enough).")
    st.stop()

start = dt.datetime.combine(since, dt.time()) if since else None
end = dt.datetime.combine(until, dt.time()) + dt.timedelta(days=1) if until else None
with _ui.guard():
    page = int(st.session_state.get("trk-page", 1))
    result = wb.report("search_messages", st.session_state["trk-field"], st.session_state["trk-value"],
                       start=start, end=end, page=page - 1)
    st.caption(f"{result.total:,} message(s); page {page} of {result.pages}")
    if result.total == 0:
        st.warning("No message matches.")
        st.stop()
    if result.pages > 1:
        st.number_input("Page", min_value=1, max_value=result.pages, step=1, key="trk-page")
    event = _ui.table(result.rows, key="trk-table", on_select="rerun", selection_mode="single-row",
                      height=300)
    _ui.download_buttons(result.rows, "message_tracking", key="trk")

    picked = event.selection.rows if event is not None else []
    mids = list(result.rows["mid"])
    # a row picked in the table shows that message: the selectbox keeps its own value in the session (its
    # index= counts on the first run only), so a pick is written into it, once, when it changes
    pick = mids[picked[0]] if picked and picked[0] < len(mids) else None
    if pick is not None and st.session_state.get("trk-picked") != pick:
        st.session_state["trk-mid"] = pick
    st.session_state["trk-picked"] = pick
    if st.session_state.get("trk-mid") not in mids:   # another search or page: its first message
        st.session_state["trk-mid"] = mids[0]
    mid = st.selectbox("Message details for MID", mids, key="trk-mid")
    detail = wb.report("message_detail", int(mid))
    msg = detail["message"]
    where = (f" on appliance {msg['appliance']} (stored as {mid})"
             if isinstance(msg.get("appliance"), str) else "")
    st.subheader(f"MID {msg.get('esa_mid', mid)}{where}: {_text(msg.get('subject'), '(no subject)')}")
    st.markdown(f"From **{_text(msg.get('sender'), 'an unknown sender')}**, Message-ID "
                f"{_code(msg.get('message_id'), 'not in the logs read')}, policy "
                f"**{_text(msg.get('policy'), '—')}** ({msg.get('direction') or 'inbound'}), "
                f"{_connection(msg.get('icid'), msg.get('parent_mid'))}"
                + (f", child of MID {int(msg.get('parent_mid')) % APPLIANCE_MID_SPAN} ({msg.get('child_kind')})"
                   if not _missing(msg.get("parent_mid")) else ""))
    tabs = st.tabs(["Lifecycle", "Recipients", "Attachments", "Verdict history", "Remediation", "Children"])
    with tabs[0]:
        _ui.table(detail["lifecycle"])
    with tabs[1]:
        _ui.table(detail["recipients"])
    with tabs[2]:
        _ui.table(detail["attachments"])
    with tabs[3]:
        _ui.table(detail["verdicts"])
    with tabs[4]:
        if detail["remediation"].empty:
            st.info("No remediation event for this message.")
        else:
            _ui.table(detail["remediation"])
    with tabs[5]:
        _ui.table(detail["children"])
