"""Incoming Mail Policies (seed: Mail Policies > Incoming > Advanced Malware Protection):
per policy, Enable Mailbox Auto Remediation, the action and the forward-to address."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from marlib.errors import MarlibError
from marlib.models import POLICY_ACTIONS
from marlib.remediation.policies import list_policies, set_policy
from pages import _ui

wb = _ui.page_setup()
st.title("Incoming Mail Policies")
st.caption("Policies come from the logs (`per-recipient policy NAME in the inbound table`) or are added "
           "here. Forward actions need a forward-to address. Messages in folders such as Deleted Items "
           "may not be deletable; those copies are reported with their reason.")

ACTIONS = [a.value for a in POLICY_ACTIONS]
LABELS = {"forward": "Forward to an email address", "delete": "Delete the message",
          "forward-delete": "Forward and delete", "move-junk": "Move to Junk Email",
          "move-deleted": "Move to Deleted Items"}

with _ui.guard():
    policies = list_policies(wb.store)
    frame = pd.DataFrame([p.as_dict() for p in policies],
                         columns=["name", "mar_enabled", "action", "forward_to", "source"])
    if frame.empty:
        st.info("No policy yet: ingest logs (Data page) or add one below.")
    else:
        edited = st.data_editor(
            frame, hide_index=True, width="stretch", key="policy-editor", disabled=["name", "source"],
            column_config={
                "name": st.column_config.TextColumn("Policy"),
                "mar_enabled": st.column_config.CheckboxColumn("Mailbox Auto Remediation"),
                "action": st.column_config.SelectboxColumn("Action", options=ACTIONS, required=True),
                "forward_to": st.column_config.TextColumn("Forward to"),
                "source": st.column_config.TextColumn("Known from"),
            })
        if st.button("Submit changes", type="primary", key="policy-save"):
            changed, errors = 0, []
            for before, after in zip(frame.to_dict("records"), edited.to_dict("records")):
                if before == after:
                    continue
                try:
                    set_policy(wb.store, after["name"], mar=bool(after["mar_enabled"]), action=after["action"],
                               forward_to=(after["forward_to"] or None))
                    changed += 1
                except MarlibError as exc:
                    errors.append((after["name"], exc))
            wb.invalidate()
            for name, exc in errors:
                st.error(f"{name}: {exc.message}")
                if exc.advice:
                    st.info(f"What to do: {exc.advice}")
            if changed:
                st.success(f"Saved {changed} polic{'y' if changed == 1 else 'ies'}.")
            elif not errors:
                st.info("Nothing changed.")

st.subheader("Edit one policy")
names: list[str] = []
with _ui.guard():
    names = [p.name for p in list_policies(wb.store)]
with st.form("policy-form"):
    name = st.selectbox("Policy", names + ["(new policy)"], key="one-policy")
    new_name = st.text_input("New policy name", key="new-policy-name")
    mar = st.checkbox("Enable Mailbox Auto Remediation", key="one-mar")
    action = st.radio("Action when the verdict changes to malicious", ACTIONS, format_func=LABELS.get,
                      key="one-action")
    forward_to = st.text_input("Forward to", key="one-forward", placeholder="security@corp.example")
    if st.form_submit_button("Submit", type="primary"):
        with _ui.guard():
            target = new_name.strip() if name == "(new policy)" else name
            pol = set_policy(wb.store, target, mar=mar, action=action, forward_to=forward_to or None)
            wb.invalidate()
            st.success(f"{pol.name}: MAR {'on' if pol.mar_enabled else 'off'}, {LABELS[pol.action]}"
                       + (f" to {pol.forward_to}" if pol.forward_to else ""))
