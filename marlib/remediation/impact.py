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

import duckdb
import pandas as pd

from marlib.models import TRIGGER_PREVIOUS, Verdict

CHANGE_COLUMNS = ["event_key", "sha256", "verdict", "event_time", "threat_name", "previous_verdict"]
IMPACT_COLUMNS = ["change_key", "sha256", "filename", "verdict", "threat_name", "change_time", "mid",
                  "parent_mid", "message_id", "recipient", "rcpt_status", "policy", "direction"]
MAX_CHILD_DEPTH = 16

_TRIGGERS = sorted(v.value for v in TRIGGER_PREVIOUS)

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
  {pending_filter}
ORDER BY event_time NULLS FIRST, event_key
"""


def find_verdict_changes(con: duckdb.DuckDBPyConnection, *, sha256: Iterable[str] | None = None,
                         pending: bool = False) -> pd.DataFrame:
    """Retrospective MALICIOUS verdicts whose previous verdict was clean/unknown/low risk.

    ``sha256`` limits to those hashes; ``pending`` drops changes already handled
    (table remediation_changes).
    """
    params: list = []
    sha_filter = "true"
    if sha256 is not None:
        sha_filter = "list_contains(?, lower(sha256))"
        params.append([s.lower() for s in sha256])
    params.append(_TRIGGERS)
    pending_filter = ("AND event_key NOT IN (SELECT event_key FROM remediation_changes)"
                      if pending else "")
    sql = _CHANGES_SQL.format(sha_filter=sha_filter, pending_filter=pending_filter)
    return con.execute(sql, params).df()


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
