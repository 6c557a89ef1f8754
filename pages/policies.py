"""Incoming Mail Policies (seed: Mail Policies > Incoming > Advanced Malware Protection):
per policy, Enable Mailbox Auto Remediation, the action and the forward-to address."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from marlib.errors import InputError, MarlibError
from marlib.models import POLICY_ACTIONS, Action
from marlib.remediation.policies import list_policies, set_policy
from pages import _ui

wb = _ui.page_setup()
st.title("Incoming Mail Policies")
st.caption("Policies are learned from the gateway's mail logs (its incoming mail policies); you can also "
           "add one by name below. A forward action needs a forward-to address. Messages in folders such as "
           "Deleted Items may not be deletable; those copies are reported with their reason.")

ACTIONS = [a.value for a in POLICY_ACTIONS]
LABELS = {"forward": "Forward to an email address", "delete": "Delete the message",
          "forward-delete": "Forward and delete", "move-junk": "Move to Junk Email",
          "move-deleted": "Move to Deleted Items"}


def _row(rec: dict) -> dict:
    """A table row with empty cells (None, NaN, blank) as None, for comparing and saving."""
    fwd = rec.get("forward_to")
    fwd = None if fwd is None or pd.isna(fwd) or not str(fwd).strip() else str(fwd).strip()
    return {**rec, "mar_enabled": bool(rec.get("mar_enabled")), "forward_to": fwd}


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
            for before, after in zip(map(_row, frame.to_dict("records")), map(_row, edited.to_dict("records"))):
                if before == after:  # only the rows the user edited are saved
                    continue
                try:
                    set_policy(wb.store, after["name"], mar=after["mar_enabled"], action=after["action"],
                               forward_to=after["forward_to"])
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
NEW = "(new policy)"
FORM_KEYS = ("one-mar", "one-action", "one-forward")


def _values(pol) -> tuple[bool, str, str]:
    """The form's values for a policy (a new policy starts with MAR off, delete, no address)."""
    if pol is None:
        return False, "delete", ""
    return bool(pol.mar_enabled), pol.action, pol.forward_to or ""


def _describe(values: tuple[bool, str, str]) -> str:
    mar, action, forward_to = values
    return (f"Mailbox Auto Remediation {'on' if mar else 'off'}, {LABELS[action]}"
            + (f" to {forward_to}" if forward_to and Action(action).forwards else ""))


def load_form(policies: dict) -> tuple[str, bool]:
    """Pick the policy to edit (outside the form, so a change reruns) and load its stored values.

    The values are loaded whenever the pick or the stored policy changes, never over what the
    user typed into the form for the same unchanged policy (e.g. after a validation error).
    Returns the pick and whether the stored policy was changed elsewhere (another analyst, the command
    line) since the form showed it: the form then shows the stored values, and a submit of the old
    ones must not be saved as if it were an edit of the new ones."""
    if "one-policy-pick" in st.session_state:  # set after a save: show the policy just saved
        st.session_state["one-policy"] = st.session_state.pop("one-policy-pick")
    if st.session_state.get("one-policy") not in [*policies, NEW]:
        st.session_state.pop("one-policy", None)
    name = st.selectbox("Policy", [*policies, NEW], key="one-policy",
                        help="Pick a policy to see and change its settings, or add a new one.")
    snapshot = (name, _values(policies.get(name)))
    loaded = st.session_state.get("one-loaded")
    changed_elsewhere = loaded is not None and loaded[0] == name != NEW and loaded != snapshot
    if loaded != snapshot:
        for key, value in zip(FORM_KEYS, snapshot[1]):
            st.session_state[key] = value
        st.session_state["one-loaded"] = snapshot
    if changed_elsewhere:
        st.warning(f"{name} was changed elsewhere since this form showed it (another analyst or the command "
                   f"line); it is now: {_describe(snapshot[1])}. The form shows the stored settings; "
                   "anything typed here before was not saved. Make your change again and submit.")
    return name, changed_elsewhere


def save_form(name: str, new_name: str, policies: dict, mar: bool, action: str, forward_to: str) -> None:
    """Save the picked policy, or create the new one; never touches another policy."""
    if name == NEW:
        target = new_name.strip()
        if not target:
            raise InputError("Give the new policy a name", advice="use the policy name as it appears in the "
                             "gateway's incoming mail policies")
        if target in policies:
            raise InputError(f"A policy named '{target}' already exists; nothing was changed",
                             advice=f"pick '{target}' in the Policy list to edit it")
    else:
        target = name
    pol = set_policy(wb.store, target, mar=mar, action=action, forward_to=forward_to.strip() or None)
    wb.invalidate()
    verb = "Created" if name == NEW else "Saved"
    st.session_state["one-flash"] = f"{verb} {pol.name}: {_describe(_values(pol))}"
    st.session_state["one-policy-pick"] = pol.name
    st.session_state.pop("one-loaded", None)
    st.rerun()


known: dict = {}
with _ui.guard():
    known = {p.name: p for p in list_policies(wb.store)}
picked, stale = load_form(known)
if flash := st.session_state.pop("one-flash", None):
    st.success(flash)
with st.form("policy-form"):
    new_name = (st.text_input("New policy name", key="new-policy-name", max_chars=200,
                              placeholder="as named in the gateway's incoming mail policies")
                if picked == NEW else "")
    mar = st.checkbox("Enable Mailbox Auto Remediation", key="one-mar")
    action = st.radio("Action when the verdict changes to malicious", ACTIONS, format_func=LABELS.get,
                      key="one-action")
    forward_to = st.text_input("Forward to", key="one-forward", placeholder="security@corp.example")
    if st.form_submit_button("Create policy" if picked == NEW else "Submit", type="primary") and not stale:
        with _ui.guard():
            save_form(picked, new_name, known, mar, action, forward_to)
