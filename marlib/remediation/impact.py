"""From retrospective verdict changes to every affected copy (pure DuckDB SQL, vectorised).

A retrospective MALICIOUS verdict names only a SHA-256. The MIDs that carried
the file come from the attachments table and from the file-reputation lines
(initial verdict events carry the MID); child MIDs (``was generated based on``,
``rewritten to``, ``was split creating``) are followed recursively through
``messages.parent_mid``. Each (MID, recipient) is one affected copy.
"""
from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

import duckdb
import pandas as pd

from marlib.models import TRIGGER_PREVIOUS, TenantKind, Verdict
from marlib.store import named_params

CHANGE_COLUMNS = ["event_key", "sha256", "verdict", "event_time", "threat_name", "previous_verdict"]
IMPACT_COLUMNS = ["change_key", "sha256", "filename", "verdict", "threat_name", "change_time", "mid",
                  "parent_mid", "message_id", "recipient", "rcpt_status", "policy", "direction"]
MAX_CHILD_DEPTH = 16

_TRIGGERS = sorted(v.value for v in TRIGGER_PREVIOUS)

# Failure reasons after which ``--pending`` (and ``watch``) tries a copy again: the mailbox was not
# reached (or refused us for a while), so nothing is known about the copy yet.
RETRYABLE_REASONS = ("connectivity", "throttled", "auth_failed")
# The journal of real runs only: what-if runs (recorded in whatif_runs) never count as done.
REAL_RUNS_SQL = "run_id NOT IN (SELECT run_id FROM whatif_runs)"


# The conditions below are spliced into larger queries: they name their values as ``$`` parameters (never as
# literals) and return them alongside, to be merged into the named parameters the whole query is run with
# (:func:`marlib.store.named_params`). DuckDB does not mix ``?`` and ``$name`` in one statement: such a
# query names all of its parameters.
TENANT_PARAM = "of_tenant"


def of_tenant_sql(col: str, tenant: str | None) -> tuple[str, dict[str, Any]]:
    """Condition on a run id column ``col``: the run did not act on a tenant other than ``tenant`` (runs with
    no recorded tenant count for every one; ``tenant`` None: no condition), and its named parameters
    (``$of_tenant``). Migration 140.

    Live runs on Microsoft from before tenants were recorded (until the next live run on Microsoft takes them
    as its tenant's, ``run._learn_tenant``) count for a Microsoft tenant only: what they did was done in
    Microsoft's cloud, not in the emulator or another Graph service the database is pointed at now."""
    if tenant is None:
        return "true", {}
    other = f"tenant IS NOT NULL AND tenant <> ${TENANT_PARAM}"
    if not is_microsoft_tenant(tenant):
        other = f"({other}) OR (tenant IS NULL AND mode = 'live' AND tenant_kind = '{TenantKind.MICROSOFT.value}')"
    return (f"({col} IS NULL OR {col} NOT IN (SELECT run_id FROM remediation_runs WHERE {other}))",
            {TENANT_PARAM: str(tenant)})


def is_microsoft_tenant(tenant: str) -> bool:
    """True for a tenant key (``<tenant>@<Graph host>``, :func:`marlib.settings.tenant_key`) on a Microsoft
    Graph cloud."""
    from marlib.graph.auth import MICROSOFT_GRAPH_HOSTS
    host = tenant.rpartition("@")[2].split(":")[0]
    return host in MICROSOFT_GRAPH_HOSTS


def real_runs_sql(tenant: str | None = None, col: str = "run_id") -> tuple[str, dict[str, Any]]:
    """Journal rows that count as done for ``tenant``: real runs (no what-if) on it, or on no named one; and
    the condition's named parameters."""
    on_tenant, params = of_tenant_sql(col, tenant)
    return f"{col} NOT IN (SELECT run_id FROM whatif_runs) AND {on_tenant}", params


def handled_changes_sql(tenant: str | None, mode: str) -> tuple[str, dict[str, Any]]:
    """``remediation_changes`` rows of journal ``mode`` that count for ``tenant``, one per verdict change
    (migration 150): those claimed by a run on it, and those whose run recorded no tenant ('') as that run
    counts (:func:`of_tenant_sql`); ``tenant`` None: every tenant's. This tenant's own claim comes first, then
    a finished one, the latest. Returns the query and its named parameters (``$mode``, ``$of_tenant``)."""
    params: dict[str, Any] = {"mode": mode}
    if tenant is None:
        mine = "true"
    else:
        on_tenant, tenant_params = of_tenant_sql("run_id", tenant)
        mine = f"(tenant = ${TENANT_PARAM} OR (tenant = '' AND {on_tenant}))"
        params = named_params(params, tenant_params)
    return (f"SELECT * FROM remediation_changes WHERE mode = $mode AND {mine} QUALIFY row_number() OVER ("
            f"PARTITION BY event_key ORDER BY tenant = '', handled_at IS NULL, handled_at DESC) = 1"), params


CHANGE_STATES = ("pending", "retry", "handled", "running", "superseded")

_CHANGES_SQL = """
WITH ev AS (
    SELECT event_key, sha256, verdict, kind, event_time, threat_name,
           lag(verdict) OVER (PARTITION BY sha256 ORDER BY event_time NULLS FIRST,
               CASE kind WHEN 'initial' THEN 0 WHEN 'analysis' THEN 1 ELSE 2 END, event_key)
           AS previous_verdict
    FROM verdict_events
    -- A 'File Analysis complete' line is the sandbox's report that precedes AMP's retrospective
    -- verdict; it must not become the "previous verdict" and hide the clean -> malicious change.
    WHERE kind <> 'analysis' AND {sha_filter} AND sha256 IN (SELECT sha256 FROM verdict_events
                                      WHERE kind = 'retrospective' AND verdict = 'MALICIOUS')
)
SELECT event_key, sha256, verdict, event_time, threat_name,
       coalesce(previous_verdict, 'UNKNOWN') AS previous_verdict
FROM ev
WHERE kind = 'retrospective' AND verdict = 'MALICIOUS'
  AND list_contains(?, coalesce(previous_verdict, 'UNKNOWN'))
ORDER BY event_time NULLS FIRST, event_key
"""

# Per change: handled (claimed by a run, finished or not), retryable failed copies (latest real outcome
# of the copy, in the journal mode ``$mode``), and the first later retrospective CLEAN verdict.
_STATE_SQL = """
WITH ch AS (SELECT event_key, lower(sha256) AS sha, event_time FROM {changes}),
latest AS (
    SELECT change_key, status, reason, updated_at FROM remediation_actions
    WHERE mode = $mode AND action <> 'restore' AND {real_runs}
    QUALIFY row_number() OVER (PARTITION BY coalesce(message_id, 'mid:' || mid::VARCHAR), mailbox
                               ORDER BY updated_at DESC) = 1
),
retry AS (SELECT change_key, count(*) AS n, max(updated_at) AS failed_at FROM latest
          WHERE status = 'failed' AND list_contains($retryable, reason) GROUP BY change_key),
clean AS (SELECT lower(sha256) AS sha, event_time FROM verdict_events
          WHERE kind = 'retrospective' AND verdict = 'CLEAN')
SELECT ch.event_key, rc.event_key IS NOT NULL AS claimed, rc.handled_at, rc.run_id AS handled_by,
       coalesce(retry.n, 0) AS retryable, retry.failed_at,
       (SELECT min(clean.event_time) FROM clean WHERE clean.sha = ch.sha
            AND clean.event_time > coalesce(ch.event_time, TIMESTAMP '1970-01-01')) AS clean_at
FROM ch
LEFT JOIN ({handled}) rc ON rc.event_key = ch.event_key
LEFT JOIN retry ON retry.change_key = ch.event_key
"""


def _all_changes(con: duckdb.DuckDBPyConnection, sha256: Iterable[str] | None) -> pd.DataFrame:
    """Every clean/unknown/low-risk -> MALICIOUS retrospective change (of ``sha256`` when given)."""
    params: list = []
    sha_filter = "true"
    if sha256 is not None:
        sha_filter = "list_contains(?, lower(sha256))"
        params.append([s.lower() for s in sha256])
    params.append(_TRIGGERS)
    return con.execute(_CHANGES_SQL.format(sha_filter=sha_filter), params).df()


def verdict_changes(con: duckdb.DuckDBPyConnection, *, sha256: Iterable[str] | None = None,
                    mode: str = "live", tenant: str | None = None) -> pd.DataFrame:
    """Every retrospective verdict change with its state for real runs of journal ``mode`` (on ``tenant``,
    see :func:`real_runs_sql`).

    Adds to ``CHANGE_COLUMNS``: ``state`` (``pending``: never handled; ``retry``: handled, but
    copies whose latest outcome failed for a retryable reason (``RETRYABLE_REASONS``);
    ``handled``; ``running``: claimed by a run not finished yet; ``superseded``: not handled and a
    later retrospective CLEAN verdict says the file is clean again, so it is not acted on),
    ``handled_at``, ``handled_by`` (run id), ``retryable`` (copies to retry), ``failed_at`` (the
    latest of their failures), ``clean_at``.
    """
    changes = _all_changes(con, sha256)
    if len(changes) == 0:
        return changes.assign(state=pd.Series(dtype=object), handled_at=pd.Series(dtype="datetime64[us]"),
                              handled_by=pd.Series(dtype=object), retryable=pd.Series(dtype="int64"),
                              failed_at=pd.Series(dtype="datetime64[us]"),
                              clean_at=pd.Series(dtype="datetime64[us]"))
    name = f"_changes_{uuid.uuid4().hex}"
    con.register(name, changes[["event_key", "sha256", "event_time"]])
    try:
        real_runs, real_params = real_runs_sql(tenant)
        handled, handled_params = handled_changes_sql(tenant, mode)
        state = con.execute(_STATE_SQL.format(changes=name, real_runs=real_runs, handled=handled),
                            named_params({"mode": mode, "retryable": list(RETRYABLE_REASONS)}, real_params,
                                 handled_params)).df()
    finally:
        con.unregister(name)
    out = changes.merge(state, on="event_key", how="left")
    claimed = out["claimed"].fillna(False).astype(bool)
    finished = claimed & out["handled_at"].notna()
    out["state"] = "pending"
    out.loc[~claimed & out["clean_at"].notna(), "state"] = "superseded"
    out.loc[claimed, "state"] = "running"
    out.loc[finished, "state"] = "handled"
    out.loc[finished & (out["retryable"] > 0), "state"] = "retry"
    out["retryable"] = out["retryable"].fillna(0).astype("int64")
    return out.drop(columns="claimed")


def find_verdict_changes(con: duckdb.DuckDBPyConnection, *, sha256: Iterable[str] | None = None,
                         pending: bool = False, mode: str = "live",
                         retry_before: Any = None, tenant: str | None = None) -> pd.DataFrame:
    """Retrospective MALICIOUS verdicts whose previous verdict was clean/unknown/low risk.

    ``sha256`` limits to those hashes. ``pending`` keeps the changes to act on now (see
    ``verdict_changes``: state ``pending`` or ``retry`` for real runs of journal ``mode``); a
    change superseded by a later retrospective CLEAN verdict is never pending.
    ``retry_before`` (naive UTC): a ``retry`` change counts only when its copies last
    failed before then (``watch`` does not hammer a tenant that is down every interval).
    """
    if not pending:
        return _all_changes(con, sha256)
    df = verdict_changes(con, sha256=sha256, mode=mode, tenant=tenant)
    keep = df["state"] == "pending"
    retry = df["state"] == "retry"
    if retry_before is not None:
        retry &= df["failed_at"] < pd.Timestamp(retry_before)
    return df.loc[keep | retry, CHANGE_COLUMNS].reset_index(drop=True)


def superseded_changes(con: duckdb.DuckDBPyConnection, *, mode: str = "live",
                       tenant: str | None = None) -> pd.DataFrame:
    """Unhandled changes left out of ``--pending`` because a later retrospective CLEAN superseded them."""
    df = verdict_changes(con, mode=mode, tenant=tenant)
    return df[df["state"] == "superseded"].reset_index(drop=True)


def find_clean_after(con: duckdb.DuckDBPyConnection, sha256: str) -> pd.DataFrame:
    """Retrospective CLEAN verdicts for ``sha256`` later than its last retrospective MALICIOUS."""
    return con.execute("""
        SELECT event_key, sha256, verdict, event_time FROM verdict_events
        WHERE lower(sha256) = lower(?) AND kind = 'retrospective' AND verdict = ?
          AND event_time >= coalesce((SELECT max(event_time) FROM verdict_events
                                      WHERE lower(sha256) = lower(?) AND kind = 'retrospective'
                                        AND verdict = 'MALICIOUS'), TIMESTAMP '1970-01-01')
        ORDER BY event_time""", [sha256, Verdict.CLEAN.value, sha256]).df()


_IMPACT_SQL = """
WITH RECURSIVE
ch AS (SELECT event_key AS change_key, lower(sha256) AS sha256, verdict, threat_name,
              event_time AS change_time FROM {changes}),
carriers AS (
    SELECT ch.change_key, a.mid, a.filename FROM ch JOIN attachments a ON lower(a.sha256) = ch.sha256
    UNION
    SELECT ch.change_key, v.mid, v.filename FROM ch
    JOIN verdict_events v ON lower(v.sha256) = ch.sha256 AND v.mid IS NOT NULL AND v.kind <> 'retrospective'
),
tree(change_key, mid, filename, depth) AS (
    SELECT change_key, mid, filename, 0 FROM carriers
    UNION
    SELECT t.change_key, m.mid, t.filename, t.depth + 1
    FROM tree t JOIN messages m ON m.parent_mid = t.mid
    WHERE t.depth < {max_depth}
),
hit AS (
    SELECT change_key, mid, string_agg(DISTINCT filename, ', ' ORDER BY filename) AS filename
    FROM tree GROUP BY change_key, mid
)
SELECT ch.change_key, ch.sha256, hit.filename, ch.verdict, ch.threat_name, ch.change_time,
       hit.mid, m.parent_mid, m.message_id, lower(r.address) AS recipient, r.status AS rcpt_status,
       m.policy, coalesce(m.direction, 'inbound') AS direction
FROM hit
JOIN ch USING (change_key)
JOIN recipients r ON r.mid = hit.mid
LEFT JOIN messages m ON m.mid = hit.mid
"""


def impact(con: duckdb.DuckDBPyConnection, changes: pd.DataFrame) -> pd.DataFrame:
    """Every (change, MID, recipient) reached by the changes: carriers and their child MIDs.

    ``changes`` has at least ``event_key, sha256, verdict, event_time, threat_name``.
    """
    if changes is None or len(changes) == 0:
        return pd.DataFrame(columns=IMPACT_COLUMNS)
    name = f"_changes_{uuid.uuid4().hex}"
    con.register(name, changes)
    try:
        sql = _IMPACT_SQL.format(changes=name, max_depth=MAX_CHILD_DEPTH)
        return con.execute(sql).df()
    finally:
        con.unregister(name)
