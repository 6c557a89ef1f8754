"""Incoming mail policies and their Mailbox Auto Remediation settings.

Seed, "Configure Automatic Remedial Actions": per incoming policy, *Enable
Mailbox Auto Remediation* and one action: forward to an address, delete, or
forward and delete. marlib adds move to Junk / Deleted Items (undoable).
Policies are known from the logs (``per-recipient policy NAME in the inbound
table``) and can be added by hand; a policy seen only in the logs has MAR off
until someone turns it on.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass

import duckdb
import pandas as pd

from marlib.errors import InputError
from marlib.models import POLICY_ACTIONS, Action
from marlib.store import Store, transaction

_ADDRESS = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                      r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$")
_POLICY_NAME = re.compile(r"^[^\x00-\x1f]{1,200}$")


@dataclass(frozen=True)
class Policy:
    """One incoming mail policy's remediation settings."""
    name: str
    mar_enabled: bool
    action: str
    forward_to: str | None
    source: str

    def as_dict(self) -> dict:
        return asdict(self)

    @property
    def settings(self) -> tuple[bool, str, str | None]:
        """What an analyst sets: MAR on or off, the action, the forward-to address (``source`` is not set)."""
        return bool(self.mar_enabled), self.action, self.forward_to or None


def changed_since(loaded: Policy | None, stored: Policy | None) -> bool:
    """Whether a policy was changed elsewhere (another analyst, the command line) since a page showed it as
    ``loaded``: an edit made on ``loaded`` must then not be saved over ``stored`` as if it were made on it."""
    return (loaded.settings if loaded else None) != (stored.settings if stored else None)


def validate_address(address: str) -> str:
    """A forward-to address: one plain SMTP address (no display name, no list)."""
    value = (address or "").strip()
    if not _ADDRESS.match(value) or len(value) > 254:
        raise InputError(f"'{address}' is not a valid e-mail address for forwarding",
                         advice="give one address such as admin@corp.example")
    return value.lower()


def validate_policy(name: str, mar_enabled: bool, action: str, forward_to: str | None) -> Policy:
    """Check a policy's settings; forward actions need a valid forward-to address."""
    if not _POLICY_NAME.match(name or "") or name != name.strip():
        raise InputError(f"'{name}' is not a valid policy name",
                         advice="use the policy name as it appears in the mail logs")
    try:
        act = Action(action)
    except ValueError:
        raise InputError(f"unknown action '{action}'",
                         advice="choose one of " + ", ".join(a.value for a in POLICY_ACTIONS)) from None
    if act not in POLICY_ACTIONS:
        raise InputError(f"'{action}' is not a policy action",
                         advice="choose one of " + ", ".join(a.value for a in POLICY_ACTIONS))
    if act.forwards:
        if not forward_to:
            raise InputError(f"the action '{action}' forwards the message and needs a forward-to address",
                             advice="give the administrator's address: --forward-to ADDR on the command line, "
                                    "the Forward to field on the Incoming Mail Policies page")
        forward_to = validate_address(forward_to)
    else:
        forward_to = validate_address(forward_to) if forward_to else None
    return Policy(name, bool(mar_enabled), act.value, forward_to, "manual")


def policy_hint(name: str, known: Iterable[str]) -> str:
    """``did you mean 'X'?`` for a policy name close to a known one (names are as logged, with case)."""
    names = list(known)
    close = difflib.get_close_matches(name, names, n=3, cutoff=0.6) or \
        [k for k in names if k.lower() == name.lower()] or \
        [k for k in names if name.strip() and k.lower().startswith(name.strip().lower())][:3]   # "Exec"
    return f"did you mean {', '.join(repr(c) for c in close)}?" if close else ""


def sync_policies_from_logs(con: duckdb.DuckDBPyConnection) -> int:
    """Register every inbound policy seen in the logs that is not known yet (MAR off). Returns new ones."""
    before = con.execute("SELECT count(*) FROM policies").fetchone()[0]
    con.execute("""
        INSERT INTO policies(name, mar_enabled, action, forward_to, source, updated_at)
        SELECT DISTINCT m.policy, false, 'delete', NULL, 'logs', now()
        FROM messages m
        WHERE m.policy IS NOT NULL AND coalesce(m.direction, 'inbound') = 'inbound'
          AND m.policy NOT IN (SELECT name FROM policies)""")
    return con.execute("SELECT count(*) FROM policies").fetchone()[0] - before


def set_policy(store: Store, name: str, *, mar: bool, action: str,
               forward_to: str | None = None) -> Policy:
    """Create or update a policy (validated). Keeps ``source='logs'`` for policies seen in the logs."""
    pol = validate_policy(name, mar, action, forward_to)
    with store.connect() as con:
        sync_policies_from_logs(con)
        return _write_policy(con, pol)


def _stored_policy(con: duckdb.DuckDBPyConnection, name: str) -> Policy | None:
    row = con.execute("SELECT name, mar_enabled, action, forward_to, source FROM policies WHERE name = ?",
                      [name]).fetchone()
    return Policy(*row) if row else None


def _write_policy(con: duckdb.DuckDBPyConnection, pol: Policy) -> Policy:
    """Write a validated policy, keeping the stored ``source`` (a policy seen in the logs stays 'logs')."""
    stored = _stored_policy(con, pol.name)
    source = stored.source if stored else "manual"
    con.execute("INSERT OR REPLACE INTO policies(name, mar_enabled, action, forward_to, source, "
                "updated_at) VALUES (?, ?, ?, ?, ?, now())",
                [pol.name, pol.mar_enabled, pol.action, pol.forward_to, source])
    return Policy(pol.name, pol.mar_enabled, pol.action, pol.forward_to, source)


@dataclass(frozen=True)
class TableSave:
    """What saving a policy table did: the policies saved, the stored settings of those changed elsewhere
    since the table was loaded (their edits were not written), and the rows refused with their error."""
    saved: list[Policy]
    changed_elsewhere: list[Policy]
    errors: list[tuple[str, InputError]]


def table_settings(row: dict) -> tuple[bool, str, str | None]:
    """A table row's settings, with an empty forward-to cell (None, NaN, blank) as None."""
    fwd = row.get("forward_to")
    fwd = None if fwd is None or pd.isna(fwd) or not str(fwd).strip() else str(fwd).strip()
    return bool(row.get("mar_enabled")), row.get("action"), fwd


def save_policy_table(store: Store, loaded: Iterable[Policy], rows: Iterable[dict]) -> TableSave:
    """Save the rows of a policy table that differ from ``loaded`` (the policies as the table showed them).

    A row whose stored policy changed since it was loaded (see :func:`changed_since`) is not written: the
    edit was made on settings that are no longer there, and writing the row would undo the other change.
    The other edited rows are saved; a row that fails validation is reported and not written."""
    shown = {p.name: p for p in loaded}
    edits, errors = [], []
    for row in rows:
        before, after = shown.get(row["name"]), table_settings(row)
        if before is None or before.settings == after:  # only the rows the user edited are saved
            continue
        try:
            edits.append((before, validate_policy(row["name"], *after)))
        except InputError as exc:
            errors.append((row["name"], exc))
    saved, elsewhere = [], []
    with store.connect() as con, transaction(con):
        sync_policies_from_logs(con)
        for before, pol in edits:
            stored = _stored_policy(con, pol.name)
            if stored is not None and changed_since(before, stored):
                elsewhere.append(stored)
            else:
                saved.append(_write_policy(con, pol))
    return TableSave(saved, elsewhere, errors)


def list_policies(store: Store) -> list[Policy]:
    """Every known policy (logs and manual), logs synced first, sorted by name."""
    with store.connect() as con:
        sync_policies_from_logs(con)
        rows = con.execute("SELECT name, mar_enabled, action, forward_to, source FROM policies "
                           "ORDER BY name").fetchall()
    return [Policy(*r) for r in rows]


def policies_frame(policies: list[Policy] | pd.DataFrame | None) -> pd.DataFrame | None:
    """Policies as a DataFrame with the table's columns (for plan overrides in what-if runs)."""
    if policies is None or isinstance(policies, pd.DataFrame):
        return policies
    return pd.DataFrame([p.as_dict() for p in policies],
                        columns=["name", "mar_enabled", "action", "forward_to", "source"])
