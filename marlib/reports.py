"""Report queries over the store, for the app, notebooks and the CLI.

Every function takes a :class:`~marlib.store.Store`, aggregates or pages in
DuckDB and returns a pandas DataFrame (or a small dict) that never holds more
than :data:`MAX_ROWS` rows, so a table in the app stays fast at millions of
messages. Parameters are bound; column and table names come from allow-lists.

The remediation tables (journal, runs, alerts) and the verdict-change and
plan logic belong to ``marlib.remediation``; this module only reads them.

``mode`` filters the journal: ``"live"``, ``"simulated"`` (real runs on the simulated
tenant), ``"whatif"`` (what-if simulations, the runs listed in ``whatif_runs``),
``"dry-run"`` or ``None`` for all (the seed's report shows live results; the app
defaults to live). The MAR report counts copies, not attempts: each copy (Message-ID x
mailbox x SHA-256, within a mode and a tenant) once, with its latest outcome across runs.
A restore (moving a copy back after a CLEAN verdict) is no remediation: it is counted apart,
as ``restored`` / ``restore_failed``, never as ``succeeded`` / ``failed``.

``tenant`` filters live runs by the tenant they acted on (migration 140): ``None`` (the
default) the current one, the mailbox settings' (:func:`report_tenant`); ``"all"`` every
tenant; or a tenant key (``<tenant GUID>@<Graph host>``). Journal rows whose run recorded
no tenant (simulated and dry runs, live runs from before tenants were recorded) count for
every tenant.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from dataclasses import dataclass
from typing import Any

import pandas as pd

from marlib.errors import InputError
from marlib.models import APPLIANCE_MID_SPAN, Verdict
from marlib.remediation.marlog import log_files
from marlib.store import Store

MAX_ROWS = 150_000
PAGE_SIZE = 200

SEARCH_FIELDS = ("mid", "message_id", "sender", "recipient", "subject", "sha256")
MODES = ("live", "simulated", "whatif", "dry-run")
MODE_ALIASES = {"what-if": "whatif"}


# -- helpers ----------------------------------------------------------------

def _cap(limit: int) -> int:
    return max(1, min(int(limit), MAX_ROWS))


def _time_clause(column: str, start: dt.datetime | None, end: dt.datetime | None,
                 params: list[Any]) -> str:
    """`` AND column >= ? AND column < ?`` for the bounds given (column from our own code)."""
    sql = ""
    if start is not None:
        sql += f" AND {column} >= ?"
        params.append(start)
    if end is not None:
        sql += f" AND {column} < ?"
        params.append(end)
    return sql


def data_version(store: Store) -> tuple:
    """A cheap fingerprint that changes whenever data the reports read changes.

    Ingest runs, settings, policies, remediation runs and actions, alerts, app
    launches. Caches key on it so several browser sessions see the same, fresh data.
    """
    return tuple(store.query_one("""
        SELECT (SELECT count(*) FROM ingest_runs),
               (SELECT max(coalesce(finished_at, started_at)) FROM ingest_runs),
               (SELECT count(*) FROM ingest_rejects),
               (SELECT count(*) FROM settings), (SELECT max(updated_at) FROM settings),
               (SELECT count(*) FROM policies), (SELECT max(updated_at) FROM policies),
               (SELECT count(*) FROM remediation_runs),
               (SELECT max(coalesce(finished_at, started_at)) FROM remediation_runs),
               (SELECT count(*) FROM remediation_actions), (SELECT max(updated_at) FROM remediation_actions),
               (SELECT count(*) FROM alerts), (SELECT max(coalesce(cleared_at, raised_at)) FROM alerts),
               (SELECT count(*) FROM app_launches), (SELECT max(finished_at) FROM app_launches)"""))


# -- overview ---------------------------------------------------------------

# Message-IDs more than one MID carries (split, generated or rewritten children; a message sent twice): only
# their recipients can be one copy twice, so the rest is counted without the costly distinct (1 M messages:
# 0.08 s instead of 0.85 s).
_SHARED_IDS = ("(SELECT message_id FROM messages WHERE message_id IS NOT NULL GROUP BY 1 HAVING count(*) > 1)")
# Delivered copies, one per Message-ID and recipient (the unit of `changes` and the plan).
_DELIVERED_COPIES = (
    "(SELECT count(*) FROM recipients WHERE status = 'delivered') - (SELECT count(*) - "
    "count(DISTINCT (m.message_id, r.address)) FROM recipients r JOIN messages m USING (mid) "
    f"WHERE r.status = 'delivered' AND m.message_id IN {_SHARED_IDS})")
# Each delivered copy's time (its first delivery), one row per copy.
_DELIVERED_COPY_TIMES = (
    "SELECT delivered_at FROM recipients WHERE status = 'delivered' "
    f"AND mid NOT IN (SELECT mid FROM messages WHERE message_id IN {_SHARED_IDS}) "
    "UNION ALL SELECT min(r.delivered_at) FROM recipients r JOIN messages m USING (mid) "
    f"WHERE r.status = 'delivered' AND m.message_id IN {_SHARED_IDS} GROUP BY m.message_id, r.address")


def overview_counts(store: Store) -> dict[str, int]:
    """Messages (received ones: a split, generated, rewritten or bounce child MID is no message of its own),
    MIDs (every one), recipients (MID x recipient entries), delivered copies (one per Message-ID and
    recipient, the unit of ``changes`` and the plan: a message split into several MIDs is one copy in each
    mailbox), attachments, distinct files, verdict events."""
    row = store.query_one(
        "SELECT (SELECT count(*) FROM messages WHERE parent_mid IS NULL), (SELECT count(*) FROM messages),"
        " (SELECT count(*) FROM recipients),"
        f" ({_DELIVERED_COPIES}),"
        " (SELECT count(*) FROM attachments), (SELECT count(DISTINCT sha256) FROM attachments),"
        " (SELECT count(*) FROM verdict_events),"
        " (SELECT count(*) FROM verdict_events WHERE kind = 'retrospective' AND verdict = ?),"
        " (SELECT count(*) FROM ingest_rejects)", [Verdict.MALICIOUS.value])
    keys = ("messages", "mids", "recipients", "delivered", "attachments", "files", "verdict_events",
            "retrospective_malicious", "rejects")
    return dict(zip(keys, (int(v or 0) for v in row)))


PENDING_STATES = ("pending", "retry")


def verdict_changes(store: Store, *, pending: bool = False, mode: str | None = None,
                    limit: int = MAX_ROWS) -> pd.DataFrame:
    """Retrospective MALICIOUS verdicts after a benign one (the remediation layer's definition),
    newest first, with the file names seen for each hash, how many messages (MIDs) carried it,
    ``copies`` and ``delivered`` as the command line's ``changes`` counts them (one copy per Message-ID x
    recipient: the plan's unit; those of inbound mail delivered),
    ``handled`` (a remediation run has taken the change; see ``remediation_changes``), and
    ``state`` / ``clean_at`` / ``retryable`` as the command line's ``changes`` shows them
    (``marlib.remediation.impact.verdict_changes`` for real runs of journal ``mode``, by
    default the active tenant's): pending | retry | handled | running | superseded (a later
    retrospective CLEAN verdict: never pending).

    ``pending`` keeps only what ``remediate --pending`` would handle (:data:`PENDING_STATES`).
    """
    from marlib.remediation.backend import journal_mode
    from marlib.remediation.impact import impact, verdict_changes as change_states
    from marlib.remediation.run import copies_by_change, journal_tenant
    mode = mode or journal_mode(store)
    tenant = journal_tenant(store, None, mode)
    with store.connect() as con:
        found = change_states(con, mode=mode, tenant=tenant)
        changes = found[["event_key", "sha256", "event_time", "previous_verdict", "threat_name", "state", "clean_at",
                         "retryable", "handled_at"]]
        name = f"_report_changes_{uuid.uuid4().hex}"
        con.register(name, changes)
        try:
            # handled: claimed by a run on this tenant (finished or not), as the state says
            df = con.execute(f"""
                SELECT c.sha256, c.event_time AS changed_at, c.previous_verdict, c.threat_name,
                       f.file_names, 0::BIGINT AS copies, 0::BIGINT AS delivered, coalesce(f.messages, 0) AS messages,
                       c.state IN ('handled', 'retry', 'running') AS handled, c.handled_at, c.state, c.clean_at,
                       c.retryable, c.event_key
                FROM {name} c
                LEFT JOIN (
                    SELECT sha256, string_agg(DISTINCT filename, ', ') AS file_names,
                           count(DISTINCT mid) AS messages
                    FROM attachments WHERE sha256 IN (SELECT sha256 FROM {name}) GROUP BY 1) f ON f.sha256 = c.sha256
                WHERE NOT ? OR list_contains(?, c.state)
                ORDER BY c.event_time DESC NULLS LAST, c.sha256 LIMIT ?""",
                [pending, list(PENDING_STATES), _cap(limit)]).df()
        finally:
            con.unregister(name)
        # the copies as the command line's `changes` and the plan count them (one per Message-ID x recipient)
        imp = impact(con, found[found["event_key"].isin(df["event_key"])])
    if len(imp):
        counted = df[["event_key"]].join(copies_by_change(imp), on="event_key")
        df[["copies", "delivered"]] = counted[["copies", "delivered"]].fillna(0).astype("int64")
    return df


def timeline(store: Store, *, start: dt.datetime | None = None, end: dt.datetime | None = None,
             bucket: str = "day", tenant: str | None = None) -> pd.DataFrame:
    """Counts per time bucket of deliveries, verdict changes and remediation outcomes.

    Columns: ``bucket`` (timestamp), ``stage`` (delivered | verdict change |
    remediated | failed), ``count``. ``bucket`` is ``hour`` or ``day``. Outcomes are the live
    remediation attempts on ``tenant`` (as the MAR report's; restores are no remediation).
    """
    if bucket not in ("hour", "day"):
        raise InputError(f"Unknown time bucket {bucket!r}", advice="use hour or day")
    params: list[Any] = [bucket]
    # delivered copies as the Overview's tile counts them: one per Message-ID and recipient (first delivery)
    parts = [f"SELECT date_trunc(?, delivered_at) AS bucket, 'delivered' AS stage, count(*) AS count FROM "
             f"({_DELIVERED_COPY_TIMES}) c WHERE delivered_at IS NOT NULL"
             f"{_time_clause('delivered_at', start, end, params)} GROUP BY 1"]
    params += [bucket, Verdict.MALICIOUS.value]
    parts.append(f"SELECT date_trunc(?, event_time), 'verdict change', count(*) FROM verdict_events "
                 f"WHERE kind = 'retrospective' AND verdict = ? AND event_time IS NOT NULL"
                 f"{_time_clause('event_time', start, end, params)} GROUP BY 1")
    params += [bucket]
    parts.append(f"SELECT date_trunc(?, updated_at), CASE WHEN status = 'succeeded' THEN 'remediated' "
                 f"ELSE 'failed' END, count(*) FROM {_JOURNAL} "
                 f"WHERE status IN ('succeeded', 'failed') AND action <> 'restore' AND updated_at IS NOT NULL"
                 f"{_mode_clause('live', params)}{_tenant_clause(report_tenant(store, tenant), params)}"
                 f"{_time_clause('updated_at', start, end, params)} GROUP BY 1, 2")
    sql = " UNION ALL ".join(parts) + " ORDER BY 1, 2"
    return store.query_df(sql, params)


# -- message tracking -------------------------------------------------------

@dataclass(frozen=True)
class SearchResult:
    """One page of a message tracking search."""
    rows: pd.DataFrame
    total: int
    page: int
    page_size: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))


def _search_where(field: str, value: str, params: list[Any]) -> str:
    value = value.strip()
    if field == "mid":
        try:
            mid = int(value)
        except ValueError as exc:
            raise InputError(f"MID must be a number, got {value!r}", advice="enter digits only") from exc
        params += [mid, mid]
        if 0 <= mid < APPLIANCE_MID_SPAN:  # a MID as an appliance logs it: that MID on every appliance
            return f"(m.mid % {APPLIANCE_MID_SPAN} = ? OR m.parent_mid % {APPLIANCE_MID_SPAN} = ?)"
        return "(m.mid = ? OR m.parent_mid = ?)"
    literal = _like_literal(value)   # the analyst's `%` or `_` is a character to find, not a wildcard
    if field == "sha256":
        pattern = literal.lower() + "%"
        params += [pattern, pattern]
        return ("m.mid IN (SELECT mid FROM attachments WHERE sha256 LIKE ? ESCAPE '\\')"
                " OR m.parent_mid IN (SELECT mid FROM attachments WHERE sha256 LIKE ? ESCAPE '\\')")
    if field == "recipient":
        params.append(f"%{literal.lower()}%")
        return "m.mid IN (SELECT mid FROM recipients WHERE address LIKE ? ESCAPE '\\')"
    column = {"message_id": "m.message_id", "sender": "m.sender", "subject": "m.subject"}[field]
    params.append(f"%{literal}%")
    return f"{column} ILIKE ? ESCAPE '\\'"


def _like_literal(value: str) -> str:
    """``value`` as a LIKE pattern that matches itself (with ``ESCAPE '\\'``)."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_messages(store: Store, field: str, value: str, *, start: dt.datetime | None = None,
                    end: dt.datetime | None = None, page: int = 0,
                    page_size: int = PAGE_SIZE) -> SearchResult:
    """Message tracking: messages matching ``field`` (one of SEARCH_FIELDS), newest first, one page.

    mid matches the MID or its parent (a MID as logged matches it on every appliance, a stored mid of a
    named appliance only there); sha256 matches a prefix of an
    attachment's hash (and the children of messages carrying it); the text
    fields match a case-insensitive substring.
    """
    if field not in SEARCH_FIELDS:
        raise InputError(f"Cannot search by {field!r}", advice="use one of " + ", ".join(SEARCH_FIELDS))
    if not value or not value.strip():
        raise InputError("Enter something to search for", advice=f"type a {field.replace('_', ' ')}")
    params: list[Any] = []
    where = "(" + _search_where(field, value, params) + ")" + _time_clause("m.received_at", start, end, params)
    size = _cap(page_size)
    sql = (f"SELECT m.mid, m.parent_mid, m.received_at, m.sender, m.subject, m.message_id, m.policy, "
           f"m.direction, {_APPLIANCE_OF} AS appliance, "
           f"(SELECT count(*) FROM recipients r WHERE r.mid = m.mid) AS recipients, "
           f"(SELECT string_agg(a.filename, ', ') FROM attachments a WHERE a.mid = m.mid) AS attachments "
           f"FROM messages m WHERE {where} ORDER BY m.received_at DESC NULLS LAST, m.mid DESC "
           f"LIMIT ? OFFSET ?")
    with store.connect() as con:
        total = int(con.execute(f"SELECT count(*) FROM messages m WHERE {where}", params).fetchall()[0][0])
        rows = con.execute(sql, params + [size, max(0, int(page)) * size]).df()
    return SearchResult(rows=rows, total=total, page=max(0, int(page)), page_size=size)


# the name of the appliance a stored mid belongs to (NULL: the default appliance)
_APPLIANCE_OF = f"(SELECT name FROM appliances WHERE number = m.mid // {APPLIANCE_MID_SPAN})"


def message_detail(store: Store, mid: int) -> dict[str, Any]:
    """Everything about one MID: the message, its children, recipients, attachments,
    verdict history of its files, remediation events, and a time-ordered lifecycle."""
    mid = int(mid)
    with store.connect() as con:
        def df(sql: str, params: list[Any]) -> pd.DataFrame:
            return con.execute(sql, params).df()
        msg = df(f"SELECT *, mid % {APPLIANCE_MID_SPAN} AS esa_mid, {_APPLIANCE_OF} AS appliance "
                 "FROM messages m WHERE mid = ?", [mid])
        if msg.empty:
            raise InputError(f"MID {mid} is not in the database",
                             advice="search again, or ingest the logs that contain it")
        out: dict[str, Any] = {"message": msg.iloc[0].to_dict()}
        out["children"] = df(f"SELECT mid, mid % {APPLIANCE_MID_SPAN} AS esa_mid, child_kind, received_at, "
                             "subject FROM messages WHERE parent_mid = ? ORDER BY mid LIMIT 1000", [mid])
        out["recipients"] = df("SELECT rid, address, status, delivered_at, response FROM recipients "
                               "WHERE mid = ? ORDER BY rid", [mid])
        out["attachments"] = df("SELECT filename, sha256, size_bytes, file_type FROM attachments "
                                "WHERE mid = ? ORDER BY filename", [mid])
        out["verdicts"] = df(
            "SELECT event_time, sha256, kind, verdict, threat_name, score, filename, mid FROM verdict_events "
            "WHERE sha256 IN (SELECT sha256 FROM attachments WHERE mid = ?) AND (mid IS NULL OR mid = ?) "
            "ORDER BY event_time NULLS FIRST LIMIT 1000", [mid, mid])
        out["remediation"] = df(
            f"SELECT {_EVENT_SELECT} FROM {_JOURNAL} WHERE mid = ? OR message_id = ? "
            f"ORDER BY 1 NULLS LAST LIMIT 1000", [mid, _text(out["message"].get("message_id"))])
    out["lifecycle"] = _lifecycle(out)
    return out


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _lifecycle(detail: dict[str, Any]) -> pd.DataFrame:
    m = detail["message"]
    sender = _text(m.get("sender")) or "an unknown sender"   # logs without the MID's From: line
    rows = [(m.get("received_at"), "received", f"from {sender} ({m.get('policy') or 'no policy'})")]
    for r in detail["recipients"].itertuples():
        rows.append((r.delivered_at, r.status, r.address))
    for v in detail["verdicts"].itertuples():
        rows.append((v.event_time, f"verdict {v.kind}",
                     f"{v.verdict} {v.sha256[:12]}… {_text(v.threat_name) or ''}".rstrip()))
    for e in detail["remediation"].to_dict("records"):
        rows.append((e.get("time"), _remediation_event(e),
                     f"{e.get('action')} {_acted_on(e)} {_text(e.get('reason')) or ''}".rstrip()))
    rows.append((m.get("finished_at"), "finished", ""))
    df = pd.DataFrame(rows, columns=["time", "event", "detail"])
    df = df[df["time"].notna() | (df["event"] != "finished")]
    return df.sort_values("time", na_position="last", kind="stable").reset_index(drop=True)


def _acted_on(e: dict[str, Any]) -> str:
    """The recipient as the logs addressed it, and the mailbox acted on when a list was expanded: each member's
    event read as the list's address alone, the same line once per member."""
    recipient, mailbox = _text(e.get("recipient")), _text(e.get("mailbox"))
    if mailbox and recipient and mailbox.lower() != recipient.lower():
        return f"{recipient} -> {mailbox}"
    return str(recipient or mailbox)


# a journal row's mode as the lifecycle names it: only a live run's outcome is what happened in the mailbox
_LIFECYCLE_MODE = {"live": "", "simulated": "simulated tenant: ", "whatif": "what-if: ", "dry-run": "dry run: "}


def _remediation_event(e: dict[str, Any]) -> str:
    """``remediation succeeded``, ``what-if: remediation succeeded``, ``restore succeeded`` (a restore moves
    a copy back: no remediation)."""
    kind = "restore" if e.get("action") == "restore" else "remediation"
    mode = str(e.get("mode"))
    return f"{_LIFECYCLE_MODE.get(mode, mode + ': ')}{kind} {e.get('status')}"


# -- remediation results (tables of the remediation layer) -------------------

# The journal of the remediation layer (migration 030): one row per (Message-ID, mailbox) action.
# Its time is updated_at (the last journaled step); mode is live | simulated | dry-run.
_EVENT_COLUMNS = ["time", "run_id", "mode", "mid", "recipient", "mailbox", "sha256", "filename", "action",
                  "status", "reason", "detail", "tenant"]
_EVENT_SELECT = ("updated_at AS time, run_id, mode, mid, recipient, mailbox, sha256, filename, action, status, "
                 "reason, detail, tenant")
# The journal with the report's mode: what-if runs (listed in whatif_runs; journaled as 'simulated')
# are 'whatif', so "simulated" means real runs on the simulated tenant; ``tenant`` is the tenant its live
# run acted on (migration 140; NULL before and for the simulated tenant).
_JOURNAL = ("(SELECT a.* REPLACE (CASE WHEN a.run_id IN (SELECT run_id FROM whatif_runs) THEN 'whatif' "
            "ELSE a.mode END AS mode), r.tenant FROM remediation_actions a "
            "LEFT JOIN remediation_runs r ON r.run_id = a.run_id)")
# The journal with one row per file an action covered: an action on a message carrying several files that
# turned malicious is one row (sha256: the first; sha256s: every one), and is each file's copy in the report,
# as when two runs handled the files one after the other.
_JOURNAL_BY_FILE = (f"(SELECT j.* REPLACE (f.sha AS sha256) FROM {_JOURNAL} j, "
                    "unnest(string_split(coalesce(nullif(j.sha256s, ''), j.sha256), ',')) AS f(sha))")
# One copy: Message-ID (or MID) x mailbox (or the logged recipient) x SHA-256, within a mode and a tenant
# (the same mailbox in two tenants is two copies); a restore is not an outcome of the remediation it
# undoes, so it stays a row of its own.
_COPY_KEY = ("mode, coalesce(tenant, ''), action = 'restore', coalesce(message_id, 'mid:' || mid::VARCHAR), "
             "coalesce(mailbox, 'rcpt:' || recipient), sha256")
# A copy's outcome in the report: a remediation's status (planned | succeeded | failed | skipped), or for a
# restore 'restored' / 'restore_failed' (a restore skipped or not done yet is no figure of the report).
_OUTCOME = ("CASE WHEN action <> 'restore' THEN status WHEN status = 'succeeded' THEN 'restored' "
            "WHEN status = 'failed' THEN 'restore_failed' END")
# The report's figures: remediation outcomes (``total`` = their sum, restores left out), then restores.
REMEDIATION_OUTCOMES = ("succeeded", "failed", "skipped", "planned")
RESTORE_OUTCOMES = ("restored", "restore_failed")
_COUNTS = ", ".join([f"count(*) FILTER (WHERE status = '{s}') AS {s}" for s in REMEDIATION_OUTCOMES]
                    + [f"count(*) FILTER (WHERE status IN {REMEDIATION_OUTCOMES!r}) AS total"]
                    + [f"count(*) FILTER (WHERE status = '{s}') AS {s}" for s in RESTORE_OUTCOMES])
ALL_TENANTS = "all"


def report_tenant(store: Store, tenant: str | None = None) -> str | None:
    """The tenant key a report's live rows are filtered on: ``tenant`` as given, the current one (the
    mailbox settings') for ``None``, or None (no filter) for ``"all"`` or when there are no settings."""
    if tenant and tenant.strip().lower() == ALL_TENANTS:
        return None
    if tenant:
        return tenant.strip().lower()
    from marlib.remediation.run import journal_tenant
    return journal_tenant(store, None, "live")


def journal_tenants(store: Store) -> list[str]:
    """The tenants live runs with journal rows acted on, as recorded (migration 140), sorted."""
    with store.connect() as con:
        return [r[0] for r in con.execute(
            "SELECT DISTINCT r.tenant FROM remediation_runs r WHERE r.tenant IS NOT NULL AND EXISTS "
            "(SELECT 1 FROM remediation_actions a WHERE a.run_id = r.run_id) ORDER BY 1").fetchall()]


def _mode_clause(mode: str | None, params: list[Any]) -> str:
    if mode is None:
        return ""
    mode = MODE_ALIASES.get(mode, mode)
    if mode not in MODES:
        raise InputError(f"Unknown mode {mode!r}", advice="use live, simulated, whatif or dry-run")
    params.append(mode)
    return " AND mode = ?"


def _tenant_clause(tenant: str | None, params: list[Any]) -> str:
    """Rows of ``tenant`` (a key; None: every tenant) and rows of runs that recorded none."""
    if tenant is None:
        return ""
    params.append(tenant)
    return " AND (tenant IS NULL OR tenant = ?)"


def _latest(mode: str | None, start: dt.datetime | None, end: dt.datetime | None,
            params: list[Any], tenant: str | None = None) -> str:
    """The journal reduced to each copy's latest outcome (in ``mode``, ``tenant`` and the time range), as a
    subquery: a copy that failed and succeeded on a retry counts once, as succeeded. A later
    ``already_remediated`` skip (a run again over copies done before) is no outcome of its own: it
    counts only for a copy that has nothing else in the range. ``status`` is the copy's outcome
    (``_OUTCOME``: a restore's is restored or restore_failed; restores skipped or planned are left out)."""
    return (f"(SELECT * REPLACE ({_OUTCOME} AS status) FROM (SELECT * FROM {_JOURNAL_BY_FILE} "
            f"WHERE {_where(mode, start, end, params, tenant)} "
            f"QUALIFY row_number() OVER (PARTITION BY {_COPY_KEY} ORDER BY "
            f"coalesce(reason = 'already_remediated', false), updated_at DESC NULLS LAST, "
            f"created_at DESC NULLS LAST, action_id DESC) = 1) WHERE {_OUTCOME} IS NOT NULL)")


def _where(mode: str | None, start: dt.datetime | None, end: dt.datetime | None,
           params: list[Any], tenant: str | None = None) -> str:
    return ("1=1" + _mode_clause(mode, params) + _tenant_clause(tenant, params)
            + _time_clause("updated_at", start, end, params))


def remediation_events(store: Store, *, mid: int | None = None, message_id: str | None = None,
                       sha256: str | None = None, mode: str | None = None,
                       limit: int = 1000) -> pd.DataFrame:
    """Remediation actions (journal rows) for a MID, a Message-ID or a SHA-256, oldest first."""
    params: list[Any] = []
    conds = []
    for column, value in (("mid", mid), ("message_id", message_id), ("sha256", sha256)):
        if value is not None and value != "":
            # an action covers every file of its message that turned malicious (sha256s)
            conds.append("list_contains(string_split(coalesce(nullif(sha256s, ''), sha256), ','), ?)"
                         if column == "sha256" else f"{column} = ?")
            params.append(value.lower() if column == "sha256" else value)
    if not conds:
        return pd.DataFrame(columns=_EVENT_COLUMNS)
    where = "(" + " OR ".join(conds) + ")" + _mode_clause(mode, params)
    return store.query_df(f"SELECT {_EVENT_SELECT} FROM {_JOURNAL} WHERE {where} "
                          f"ORDER BY 1 NULLS LAST LIMIT ?", params + [_cap(limit)])


SUMMARY_KEYS = (*REMEDIATION_OUTCOMES, "total", *RESTORE_OUTCOMES, "recipients", "files")


def mar_summary(store: Store, *, mode: str | None = "live", start: dt.datetime | None = None,
                end: dt.datetime | None = None, tenant: str | None = None) -> dict[str, int]:
    """Totals for the report header: copies remediated by their latest outcome (succeeded, failed,
    skipped; planned: a dry run's plans, or a run not finished), ``total`` (their sum), copies moved back
    (``restored``, ``restore_failed``: never counted as remediated), recipients, files.

    ``mode`` None adds up each mode's copies (a copy planned by a dry run and then remediated counts in
    both): :func:`mar_modes` gives one row per mode."""
    params: list[Any] = []
    source = _latest(mode, start, end, params, report_tenant(store, tenant))
    row = store.query_one(f"SELECT {_COUNTS}, count(DISTINCT recipient), count(DISTINCT sha256) "
                          f"FROM {source} j", params)
    return dict(zip(SUMMARY_KEYS, (int(v or 0) for v in row)))


def mar_modes(store: Store, *, mode: str | None = None, start: dt.datetime | None = None,
              end: dt.datetime | None = None, tenant: str | None = None) -> pd.DataFrame:
    """The report's totals (:func:`mar_summary`'s figures) one row per mode with copies in the journal,
    in the order live, simulated, whatif, dry-run: what ``report --mode all`` shows."""
    params: list[Any] = []
    source = _latest(mode, start, end, params, report_tenant(store, tenant))
    df = store.query_df(f"SELECT mode, {_COUNTS}, count(DISTINCT recipient) AS recipients, "
                        f"count(DISTINCT sha256) AS files FROM {source} j GROUP BY 1 "
                        f"ORDER BY list_position(?, mode), 1", params + [list(MODES)])
    return df.astype({k: "int64" for k in SUMMARY_KEYS})


GROUPS = ("recipient", "mailbox", "sha256", "action", "reason", "status", "mode", "tenant")


def mar_by(store: Store, group: str, *, mode: str | None = "live", start: dt.datetime | None = None,
           end: dt.datetime | None = None, status: str | None = None, limit: int = MAX_ROWS,
           tenant: str | None = None) -> pd.DataFrame:
    """The MAR report grouped by ``recipient`` (the address in the logs, maybe a distribution list),
    ``mailbox`` (the mailbox acted on), ``sha256``, ``action``, ``reason``, ``status`` (the copy's outcome),
    ``mode`` or ``tenant``.

    Columns: the group key (and ``mode`` when ``mode`` is None: one row per mode, as a copy is counted once
    per mode), ``succeeded``, ``failed``, ``skipped``, ``planned``, ``total`` (their sum: the copies
    remediated or planned), ``restored`` and ``restore_failed`` (copies moved back; not in ``total``), and
    ``file_names`` when grouped by SHA-256; most failures first; copies by their latest outcome.
    """
    if group not in GROUPS:
        raise InputError(f"Cannot group the report by {group!r}", advice="use " + ", ".join(GROUPS))
    params: list[Any] = []
    source = _latest(mode, start, end, params, report_tenant(store, tenant))
    where = "1=1"
    if status:
        where += " AND status = ?"
        params.append(status)
    keys = group if mode is not None or group == "mode" else f"{group}, mode"
    files = ""
    if group == "sha256":
        files = (", (SELECT string_agg(DISTINCT a.filename, ', ') FROM attachments a "
                 "WHERE a.sha256 = g.sha256) AS file_names")
    sql = (f"SELECT *{files} FROM (SELECT {keys}, {_COUNTS} FROM {source} j WHERE {where} GROUP BY ALL) g "
           f"ORDER BY failed DESC, total DESC, restored DESC, {keys} LIMIT ?")
    return store.query_df(sql, params + [_cap(limit)])


def failed_recipients(store: Store, *, mode: str | None = "live", start: dt.datetime | None = None,
                      end: dt.datetime | None = None, limit: int = MAX_ROWS,
                      tenant: str | None = None) -> pd.DataFrame:
    """The seed's "Recipients for whom remediation was unsuccessful": one row per copy whose latest
    remediation outcome failed (a copy a later retry fixed is not listed; a failed restore is no
    remediation: it is counted as ``restore_failed``), with the tenant its run acted on."""
    params: list[Any] = []
    source = _latest(mode, start, end, params, report_tenant(store, tenant))
    return store.query_df(f"SELECT {_EVENT_SELECT} FROM {source} j WHERE status = 'failed' "
                          f"ORDER BY 1 DESC LIMIT ?", params + [_cap(limit)])


def files_of_hashes(store: Store, hashes: list[str]) -> pd.DataFrame:
    """The file names (and how many messages carried each) of the given SHA-256 values."""
    return store.query_df(
        "SELECT sha256, filename, count(DISTINCT mid) AS messages FROM attachments "
        "WHERE sha256 IN (SELECT unnest(?::VARCHAR[])) GROUP BY 1, 2 ORDER BY 1, 3 DESC LIMIT ?",
        [[h.lower() for h in hashes], MAX_ROWS])


# -- ingest rejects, mar log and alerts --------------------------------------

INGEST_COUNTS = ("files", "lines", "messages", "recipients", "attachments", "verdict_events", "rejects")


def ingest_runs(store: Store, *, limit: int = 100) -> pd.DataFrame:
    """The latest ingest runs: their counts (what each added, as ``ingest --json`` says), then the whole JSON
    summary."""
    counts = ", ".join(f"TRY_CAST(summary->>'{k}' AS BIGINT) AS {k}" for k in INGEST_COUNTS)
    return store.query_df(f"SELECT run_id, started_at, finished_at, {counts}, summary FROM ingest_runs "
                          "ORDER BY started_at DESC NULLS LAST LIMIT ?", [_cap(limit)])


def appliances(store: Store) -> pd.DataFrame:
    """The appliances in the database: number, name (None: the default, MIDs stored as logged), the base
    added to their MIDs, messages, log files read as them and paths remembered for them (migration 110).
    Files and paths read by syslog host (``--by-host``) are in :func:`by_host_files`. The default appliance
    is listed when it has messages or files, or no appliance is named."""
    span = APPLIANCE_MID_SPAN
    return store.query_df(f"""
        WITH named AS (SELECT number, name FROM appliances UNION ALL SELECT 0, NULL),
             counted AS (SELECT mid // {span} AS number, count(*) AS messages FROM messages GROUP BY ALL),
             read AS (SELECT appliance, count(*) AS files FROM ingest_files
                      WHERE kind = 'esa' AND NOT coalesce(by_host, false) GROUP BY ALL)
        SELECT n.number, n.name, n.number * {span} AS mid_base, coalesce(c.messages, 0) AS messages,
               coalesce(r.files, 0) AS files,
               (SELECT string_agg(path, ', ' ORDER BY path) FROM appliance_paths a
                  WHERE a.appliance = n.name AND NOT coalesce(a.by_host, false)) AS paths
        FROM named n LEFT JOIN counted c USING (number)
        LEFT JOIN read r ON r.appliance IS NOT DISTINCT FROM n.name
        WHERE n.number > 0 OR c.messages > 0 OR r.files > 0 OR (SELECT count(*) FROM appliances) = 0
        ORDER BY n.number""")


def appliance_names(store: Store) -> dict[int, str]:
    """Numbers of the named appliances (none: every MID is stored as logged)."""
    with store.connect() as con:
        return {int(n): name for n, name in con.execute("SELECT number, name FROM appliances").fetchall()}


def by_host_files(store: Store) -> dict[str, Any]:
    """Log files read with ``--by-host`` (each line's host names its appliance), and the paths remembered
    so (new files there are read so too)."""
    with store.connect() as con:
        files = [r[0] for r in con.execute("SELECT path FROM ingest_files WHERE kind = 'esa' AND by_host "
                                           "ORDER BY path").fetchall()]
        paths = [r[0] for r in con.execute("SELECT path FROM appliance_paths WHERE by_host ORDER BY path"
                                           ).fetchall()]
    return {"by_host_files": files, "by_host_paths": paths}


def rejects(store: Store, *, run_id: str | None = None, limit: int = 10_000) -> pd.DataFrame:
    """Ingest rejects (file, line number, reason, raw line), newest run first; ``superseded_at``: set for a
    reject of a records file's earlier content (the file was overwritten since), when it was replaced."""
    params: list[Any] = []
    where = "1=1"
    if run_id:
        where = "run_id = ?"
        params.append(run_id)
    return store.query_df(f"SELECT path, line_no, reason, raw, run_id, ingested_at, superseded_at "
                          f"FROM ingest_rejects WHERE {where} "
                          "ORDER BY ingested_at DESC NULLS LAST, path, line_no LIMIT ?",
                          params + [_cap(limit)])


_LOG_LINE = re.compile(r"^(?P<time>\w{3} \w{3} +\d+ \d\d:\d\d:\d\d \d{4}) (?P<level>\w+): (?P<text>.*)$")


def log_lines(store: Store, name: str = "mar", *, contains: str | None = None, level: str | None = None,
              limit: int = 5000) -> pd.DataFrame:
    """The newest lines of the store's appliance-style log under ``<data_dir>/logs`` (``mar`` or ``mail_logs``:
    ``<db name>.mar.log``, rotated files and the folder's shared ``mar.log`` of before included, see
    ``marlog.log_files``), newest first, filtered by a case-insensitive substring and level.

    Columns: time (UTC), level, text, file.
    """
    if name not in ("mar", "mail_logs"):
        raise InputError(f"Unknown log {name!r}", advice="use mar or mail_logs")
    cols = ["time", "level", "text", "file"]
    if store.memory:
        return pd.DataFrame(columns=cols)
    files = log_files(store, name)
    rows: list[tuple] = []
    needle = (contains or "").lower()
    for path in files:
        for line in reversed(path.read_text(encoding="utf-8", errors="replace").splitlines()):
            m = _LOG_LINE.match(line)
            if not m or (needle and needle not in line.lower()) or (level and m["level"] != level):
                continue
            rows.append((m["time"], m["level"], m["text"], path.name))
            if len(rows) >= _cap(limit):
                break
        if len(rows) >= _cap(limit):
            break
    df = pd.DataFrame(rows, columns=cols)
    df["time"] = pd.to_datetime(df["time"], format="%a %b %d %H:%M:%S %Y", errors="coerce")
    return df


def remediation_runs(store: Store, *, mode: str | None = None, limit: int = 200) -> pd.DataFrame:
    """Remediation runs, newest first, with who launched each (recorded by the app) and the tenant a live run
    acted on (``tenant``: ``<tenant GUID>@<Graph host>``; None for other runs and live runs from before)."""
    params: list[Any] = []
    where = "1=1"
    if mode:
        mode = MODE_ALIASES.get(mode, mode)
        whatif = "r.run_id IN (SELECT run_id FROM whatif_runs)"
        where = whatif if mode == "whatif" else f"r.mode = ? AND NOT {whatif}"
        params += [] if mode == "whatif" else [mode]
    who = "(SELECT string_agg(DISTINCT l.launched_by, ', ') FROM app_launches l WHERE l.run_id = r.run_id)"
    df = store.query_df(f"SELECT r.run_id, r.mode, r.tenant_kind, r.tenant, r.trigger, r.sha256s, r.started_at, "
                        f"r.finished_at, r.status, r.counts, {who} AS launched_by, r.owner FROM remediation_runs r "
                        f"WHERE {where} ORDER BY r.started_at DESC NULLS LAST LIMIT ?",
                        params + [_cap(limit)])
    # a run not finished (counts NULL): running or interrupted, and how far it got, as `marlib runs` shows
    from marlib.remediation.run import with_state
    df = with_state(store, df).drop(columns="owner")
    df["progress"] = [None if p is None else json.dumps(p) for p in df["progress"]]
    return df


def alerts(store: Store, *, open_only: bool = False) -> pd.DataFrame:
    """Alerts (the remediation layer's), newest first."""
    from marlib.remediation.alerts import list_alerts
    return list_alerts(store, open_only=open_only).head(MAX_ROWS)


def plan_for_hash(store: Store, sha256: str) -> pd.DataFrame:
    """The remediation plan of one SHA-256 (who, which action, what is skipped and why), computed by
    the remediation layer without touching a mailbox or the journal: what ``remediate --sha256 HEX
    --dry-run`` plans on the active tenant (copies its own real runs remediated are already_remediated;
    runs on the simulated tenant or on another live tenant do not count)."""
    from marlib.remediation.backend import journal_mode
    from marlib.remediation.impact import find_verdict_changes
    from marlib.remediation.plan import o365_domains, plan
    from marlib.remediation.run import journal_tenant
    sha = (sha256 or "").strip().lower()
    mode = journal_mode(store)
    tenant = journal_tenant(store, None, mode)
    with store.connect() as con:
        changes = find_verdict_changes(con, sha256=[sha], mode=mode, tenant=tenant)
        return plan(con, changes, domains=o365_domains(store), done_mode=mode, tenant=tenant,
                    done_by_recipient=True).head(MAX_ROWS)


def automatic_mode(store: Store) -> dict[str, Any]:
    """State of the automatic mode of the command line (``marlib watch``, trigger ``watch``; the app's own
    automatic mode records ``app-auto``): its last run and when it last heard of a verdict change. ``state``
    is ``running`` when a watch run is unfinished, ``idle`` when watch runs exist, ``unknown`` when watch
    never ran on this database."""
    row = store.query_one(
        "SELECT count(*), max(started_at), max(finished_at), count(*) FILTER (WHERE status = 'running') "
        "FROM remediation_runs WHERE trigger = 'watch'")
    if not row or not row[0]:
        return {"state": "unknown"}
    last = store.query_one("SELECT run_id, sha256s, counts FROM remediation_runs WHERE trigger = 'watch' "
                           "ORDER BY started_at DESC LIMIT 1")
    return {"state": "running" if row[3] else "idle", "runs": int(row[0]), "last_started": row[1],
            "last_finished": row[2], "last_run": last[0], "last_sha256s": last[1], "last_counts": last[2]}


# -- the allow-list of report names (api.Workbench.query, the app's Workbench.report) ------------
REPORTS: frozenset[str] = frozenset(
    name for name, obj in list(globals().items())
    if not name.startswith("_") and callable(obj) and getattr(obj, "__module__", None) == __name__
    and type(obj).__name__ == "function")


def report_function(name: str) -> Any:
    """The report function called ``name``; InputError unless it is one of :data:`REPORTS`."""
    if not isinstance(name, str) or name not in REPORTS:
        raise InputError(f"There is no report named {name!r}",
                         advice="use one of " + ", ".join(sorted(REPORTS)))
    return globals()[name]
