"""Synthetic store contents at scale, written straight into the core tables with DuckDB SQL.

For the what-if benchmark and tests: generating log text and parsing it back
would measure the ingest, not the simulator. One ``INSERT ... SELECT`` per
table over ``range()``; every value is a function of the row number and the
seed, so the same arguments give the same store.

Shape: ``messages`` inbound (95 %, incoming policies ``Inbound Default`` and
``Executives``) and outbound; 1-3 recipients per message in ``DOMAINS``
(outbound mail, and a share ``outside`` of inbound recipients, at
``OUTSIDE_DOMAIN``), 3 % quarantined; one attachment on 30 % of messages with
an initial CLEAN verdict; ``changes`` SHA-256s each on about ``per_hash``
messages with an initial UNKNOWN verdict and then a retrospective MALICIOUS
one; 1 % of the affected messages have a child MID (rewritten) delivered to
the same recipients.
"""
from __future__ import annotations

from datetime import datetime

import duckdb

DOMAINS = ("corp.example", "sub.corp.example")
OUTSIDE_DOMAIN = "partner.example"
BASE_TIME = datetime(2026, 11, 1)


def _params(n: int, changes: int, per_hash: int, seed: int, users: int) -> dict:
    return {"n": n, "changes": changes, "slots": max(n // max(per_hash, 1), changes), "seed": seed,
            "users": users, "base": BASE_TIME}


_MESSAGES = """
INSERT INTO messages (mid, parent_mid, child_kind, icid, message_id, sender, subject, received_at,
                      size_bytes, policy, direction, amp_verdict, finished_at, source)
SELECT i, NULL, NULL, i // 3,
       '<' || i || '.' || (hash(i, $seed) % 1000000) || '@mail.sender' || (i % 97) || '.example>',
       'sender' || (i % 997) || '@sender' || (i % 97) || '.example',
       'Message ' || i,
       $base + to_seconds(i * 2),
       1000 + hash(i, $seed, 1) % 500000,
       CASE WHEN hash(i, $seed, 2) % 100 < 95
            THEN (CASE WHEN hash(i, $seed, 3) % 10 = 0 THEN 'Executives' ELSE 'Inbound Default' END)
            ELSE 'Outbound Default' END,
       CASE WHEN hash(i, $seed, 2) % 100 < 95 THEN 'inbound' ELSE 'outbound' END,
       NULL, $base + to_seconds(i * 2 + 1), 'records'
FROM range(1, $n + 1) t(i)
"""

# hash slot < changes: the message carries one of the changed files (file index = slot)
_SLOT = "(hash(i, $seed, 7) % $slots)"

_CHILDREN = """
INSERT INTO messages (mid, parent_mid, child_kind, icid, message_id, sender, subject, received_at,
                      size_bytes, policy, direction, amp_verdict, finished_at, source)
SELECT m.mid + $n, m.mid, 'rewritten', m.icid, m.message_id, m.sender, m.subject, m.received_at,
       m.size_bytes, m.policy, m.direction, NULL, m.finished_at, 'records'
FROM messages m
WHERE m.mid <= $n AND (hash(m.mid, $seed, 7) % $slots) < $changes AND hash(m.mid, $seed, 8) % 100 = 0
"""

_RECIPIENTS = """
WITH m AS (SELECT mid, direction, received_at, coalesce(parent_mid, mid) AS k FROM messages)
INSERT INTO recipients (mid, rid, address, status, delivered_at, dcid, response)
SELECT m.mid, r.rid,
       CASE WHEN m.direction = 'outbound' OR hash(m.k, r.rid, $seed, 4) % 1000 < $outside
            THEN 'person' || (hash(m.k, r.rid, $seed, 5) % 5000) || '@partner.example'
            ELSE 'user' || (hash(m.k, r.rid, $seed, 5) % $users) || '@'
                 || (CASE WHEN hash(m.k, r.rid, $seed, 5) % $users < $users // 4
                          THEN 'sub.corp.example' ELSE 'corp.example' END) END,
       CASE WHEN hash(m.k, $seed, 6) % 100 < 3 THEN 'quarantined' ELSE 'delivered' END,
       CASE WHEN hash(m.k, $seed, 6) % 100 < 3 THEN NULL ELSE m.received_at + INTERVAL 2 SECOND END,
       m.mid, '250 ok'
FROM m, range(0, 3) r(rid)
WHERE r.rid <= CASE WHEN hash(m.k, $seed, 9) % 10 < 7 THEN 0
                    WHEN hash(m.k, $seed, 9) % 10 < 9 THEN 1 ELSE 2 END
"""

_ATTACHMENTS = f"""
INSERT INTO attachments (mid, filename, sha256, size_bytes, file_type)
SELECT i,
       CASE WHEN {_SLOT} < $changes THEN 'invoice_' || {_SLOT} || '.docm' ELSE 'report_' || i || '.pdf' END,
       CASE WHEN {_SLOT} < $changes THEN sha256('bad-' || $seed || '-' || {_SLOT})
            ELSE sha256('ok-' || $seed || '-' || (i % 150000)) END,
       20000 + hash(i, $seed, 10) % 100000, 'application/octet-stream'
FROM range(1, $n + 1) t(i)
WHERE {_SLOT} < $changes OR hash(i, $seed, 11) % 10 < 3
"""

_INITIAL = """
INSERT INTO verdict_events (event_key, sha256, verdict, kind, event_time, mid, filename, score,
                            threat_name, source_path, line_no)
SELECT md5(a.sha256 || '|initial|' || a.mid), a.sha256,
       CASE WHEN a.filename LIKE 'invoice_%' THEN 'UNKNOWN' ELSE 'CLEAN' END, 'initial',
       m.received_at, a.mid, a.filename, NULL, NULL, 'synthetic', NULL
FROM attachments a JOIN messages m USING (mid)
"""

_RETRO = """
INSERT INTO verdict_events (event_key, sha256, verdict, kind, event_time, mid, filename, score,
                            threat_name, source_path, line_no)
SELECT md5('retro|' || s), sha256('bad-' || $seed || '-' || s), 'MALICIOUS', 'retrospective',
       $base + to_seconds($n * 2 + 3600 + s * 60), NULL, 'invoice_' || s || '.docm', 95,
       'W32.Synthetic.' || s, 'synthetic', NULL
FROM range(0, $changes) t(s)
"""


def generate(con: duckdb.DuckDBPyConnection, *, messages: int = 1_000_000, changes: int = 200,
             per_hash: int = 25, users: int = 20_000, seed: int = 0,
             outside: float = 0.0) -> dict[str, int]:
    """Fill the core tables (which must be empty) and return row counts per table.

    ``outside``: share of inbound recipients at ``OUTSIDE_DOMAIN`` (not an Office 365 domain
    once the domains are configured).
    """
    p = _params(messages, changes, per_hash, seed, users)
    p["outside"] = int(round(outside * 1000))
    for sql, keys in ((_MESSAGES, ("n", "seed", "base")),
                      (_CHILDREN, ("n", "seed", "slots", "changes")),
                      (_RECIPIENTS, ("seed", "users", "outside")),
                      (_ATTACHMENTS, ("n", "seed", "slots", "changes")),
                      (_INITIAL, ()),
                      (_RETRO, ("n", "seed", "base", "changes"))):
        con.execute(sql, {k: p[k] for k in keys})
    tables = ("messages", "recipients", "attachments", "verdict_events")
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
