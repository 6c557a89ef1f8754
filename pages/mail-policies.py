"""Incoming Mail Policies (seed: Mail Policies > Incoming > Advanced Malware Protection):
per policy, Enable Mailbox Auto Remediation, the action and the forward-to address."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from marlib.errors import InputError
from marlib.models import POLICY_ACTIONS, Action
from marlib.remediation.policies import changed_since, list_policies, save_policy_table, set_policy
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


def _describe(values: tuple) -> str:
    mar, action, forward_to = values
    return (f"Mailbox Auto Remediation {'on' if mar else 'off'}, {LABELS[action]}"
            + (f" to {forward_to}" if forward_to and Action(action).forwards else ""))


def load_table(policies: list) -> tuple[str, list]:
    """The table's editor key and the policies as the table showed them when it was loaded.

    The loaded policies are kept while the user has edits pending, so that a save compares each edited
    row with what the user saw, not with what is stored by then; without pending edits the table shows
    the stored policies. A new editor key (after a save) starts the table afresh from the store."""
    key = f"policy-editor-{st.session_state.setdefault('policy-table-version', 0)}"
    state = st.session_state.get(key) or {}
    pending = any(state.get(part) for part in ("edited_rows", "added_rows", "deleted_rows"))
    if not pending or "policy-table-loaded" not in st.session_state:
        st.session_state["policy-table-loaded"] = policies
    return key, st.session_state["policy-table-loaded"]


def table_messages(result) -> list[tuple[str, str]]:
    """What a table save did, as (kind, text): saved, changed elsewhere (not saved), refused."""
    out = [("warning", f"{pol.name} was changed elsewhere since this table showed it (another analyst or the "
                       f"command line); it is now: {_describe(pol.settings)}. Your edit of {pol.name} was not "
                       "saved; the table shows the stored settings. Make your change again and submit.")
           for pol in result.changed_elsewhere]
    for name, exc in result.errors:
        out.append(("error", f"{name}: {exc.message} (not saved)"))
        if exc.advice:
            out.append(("info", f"What to do: {exc.advice}"))
    if result.saved:
        count = len(result.saved)
        out.append(("success", f"Saved {count} polic{'y' if count == 1 else 'ies'}: "
                               + ", ".join(p.name for p in result.saved) + "."))
    elif not out:
        out.append(("info", "Nothing changed."))
    return out


with _ui.guard():
    key, shown = load_table(list_policies(wb.store))
    frame = pd.DataFrame([p.as_dict() for p in shown],
                         columns=["name", "mar_enabled", "action", "forward_to", "source"])
    for kind, text in st.session_state.pop("policy-table-flash", []):
        getattr(st, kind)(text)
    if frame.empty:
        st.info("No policy yet: ingest logs (Data page) or add one below.")
    else:
        edited = st.data_editor(
            frame, hide_index=True, width="stretch", key=key, disabled=["name", "source"],
            column_config={
                "name": st.column_config.TextColumn("Policy"),
                "mar_enabled": st.column_config.CheckboxColumn("Mailbox Auto Remediation"),
                "action": st.column_config.SelectboxColumn("Action", options=ACTIONS, required=True),
                "forward_to": st.column_config.TextColumn("Forward to"),
                "source": st.column_config.TextColumn("Known from"),
            })
        if st.button("Submit changes", type="primary", key="policy-save"):
            result = save_policy_table(wb.store, shown, edited.to_dict("records"))
            wb.invalidate()
            messages = table_messages(result)
            if result.saved or result.changed_elsewhere:  # reload the table from the store, and say why
                st.session_state["policy-table-flash"] = messages
                st.session_state["policy-table-version"] += 1
                st.session_state.pop("one-loaded", None)  # the form below shows what was just saved
                st.rerun()
            for kind, text in messages:  # only refusals: the edits stay in the table to be corrected
                getattr(st, kind)(text)

st.subheader("Edit one policy")
NEW = "(new policy)"
FORM_KEYS = ("one-mar", "one-action", "one-forward")


def _values(pol) -> tuple[bool, str, str]:
    """The form's values for a policy (a new policy starts with MAR off, delete, no address)."""
    if pol is None:
        return False, "delete", ""
    return bool(pol.mar_enabled), pol.action, pol.forward_to or ""


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
    stored = policies.get(name)
    loaded = st.session_state.get("one-loaded")
    changed_elsewhere = loaded is not None and loaded[0] == name != NEW and changed_since(loaded[1], stored)
    if loaded is None or loaded[0] != name or changed_elsewhere:
        for key, value in zip(FORM_KEYS, _values(stored)):
            st.session_state[key] = value
        st.session_state["one-loaded"] = (name, stored)
    if changed_elsewhere:
        st.warning(f"{name} was changed elsewhere since this form showed it (another analyst or the command "
                   f"line); it is now: {_describe(_values(stored))}. The form shows the stored settings; "
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
