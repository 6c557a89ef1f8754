"""Second half of a batch: local times to UTC, syslog years, and the upserts into the core tables.

Works on the temporary part tables filled by :mod:`marlib.ingest.esa`
(mp: message facts, rp: recipient facts, ap: attachments, vp: verdicts,
rj: rejects), all keyed by line number ``ln``.
"""
from __future__ import annotations

import duckdb

from marlib.ingest import esa_sql as q
from marlib.ingest.mime import decode_names

_TIMED = ("mp", "rp", "vp")
CHILD_KINDS_SQL = "('split', 'rewritten', 'generated')"


def _int(v: object) -> int:
    return int(v)  # values inlined into SQL are always ints we parsed ourselves


def tz_breakpoints(con: duckdb.DuckDBPyConnection) -> list[tuple[int, int]]:
    """(line number, offset seconds) of each parsed ``Time offset from UTC`` line of the batch."""
    rows = con.execute(f"SELECT ln, s.off::INTEGER FROM t{q.TZ} WHERE ok ORDER BY ln").fetchall()
    return [(int(a), int(b)) for a, b in rows]


def offset_case(start_off: int | None, points: list[tuple[int, int]], syslog_off: int) -> str:
    """SQL: seconds to subtract from a local time, per line (syslog lines use the configured offset)."""
    parts = [f"WHEN ln >= {_int(ln)} THEN {_int(off)}" for ln, off in reversed(points)]
    file_case = f"CASE {' '.join(parts)} ELSE {_int(start_off or 0)} END" if parts else str(_int(start_off or 0))
    return f"CASE WHEN sys THEN {_int(syslog_off)} ELSE {file_case} END"


def fix_syslog_years(con: duckdb.DuckDBPyConnection, prev_month: int | None,
                     mtime_month: int | None) -> tuple[int, int | None]:
    """Move syslog times past New Year forward a year (and back one when the file's mtime says so).

    Returns (years added at the end of the batch, month of the batch's last syslog line).
    """
    union = " UNION ALL ".join(f"SELECT ln, month(ts) AS m FROM {t} WHERE sys AND ts IS NOT NULL" for t in _TIMED)
    lo, hi, first, last = con.execute(
        f"SELECT min(m), max(m), arg_min(m, ln), arg_max(m, ln) FROM ({union})").fetchone()
    if lo is None:
        return 0, None
    off0 = -1 if (mtime_month is not None and prev_month is None and first > mtime_month) else 0
    if not (hi - lo >= 6 or (prev_month is not None and prev_month - lo >= 6)):
        if off0:
            for t in _TIMED:
                con.execute(f"UPDATE {t} SET ts = ts + to_years({_int(off0)}) WHERE sys")
        return off0, last
    runs = con.execute(f"""SELECT ln, m FROM (SELECT ln, m, lag(m) OVER (ORDER BY ln) AS pm FROM ({union}))
                           WHERE pm IS NULL OR m <> pm ORDER BY ln""").fetchall()
    off, prev, points = off0, prev_month, []
    for ln, m in runs:
        if prev is not None and prev - m >= 6:
            off += 1
        points.append((ln, off))
        prev = m
    if any(o for _, o in points):
        case = " ".join(f"WHEN ln >= {_int(ln)} THEN {_int(o)}" for ln, o in reversed(points))
        for t in _TIMED:
            con.execute(f"UPDATE {t} SET ts = ts + to_years(CASE {case} ELSE 0 END) WHERE sys")
    return points[-1][1], last


def _decode_column(con: duckdb.DuckDBPyConnection, table: str, col: str, where: str) -> None:
    """MIME-decode the values of one column that look encoded (small subsets only)."""
    raw = [r[0] for r in con.execute(f"SELECT DISTINCT {col} FROM {table} WHERE {where}").fetchall()]
    if not raw:
        return
    import pyarrow as pa
    mapping = pa.table({"raw": raw, "dec": decode_names(raw)})
    con.register("mime_map", mapping)
    try:
        con.execute(f"UPDATE {table} SET {col} = mime_map.dec FROM mime_map WHERE {table}.{col} = mime_map.raw")
    finally:
        con.unregister("mime_map")


def merge(con: duckdb.DuckDBPyConnection, utc_offset: str, *, path: str) -> None:
    """Aggregate the part tables per key and upsert them."""
    utc = f"(ts - to_seconds({utc_offset}))"
    _merge_messages(con, utc)
    _merge_recipients(con, utc)
    _merge_attachments(con)
    _merge_verdicts(con, utc, path)
    _inherit_children(con)


def _merge_messages(con: duckdb.DuckDBPyConnection, utc: str) -> None:
    cols = ("parent_mid", "child_kind", "icid", "message_id", "sender", "subject", "size_bytes", "policy",
            "direction", "amp_verdict")
    aggs = ", ".join(f"arg_min({c}, ln) AS {c}" for c in cols)
    con.execute(f"""CREATE OR REPLACE TEMP TABLE ma AS SELECT mid, {aggs},
        min(utc) FILTER (WHERE is_start) AS received_at, max(utc) FILTER (WHERE is_finish) AS finished_at
        FROM (SELECT *, {utc} AS utc FROM mp) GROUP BY mid""")
    _decode_column(con, "ma", "subject", "contains(subject, '=?')")
    allc = cols + ("received_at", "finished_at")
    sets = ", ".join(f"{c} = COALESCE(m.{c}, excluded.{c})" for c in allc)
    con.execute(f"""INSERT INTO messages AS m (mid, {', '.join(allc)}, source)
        SELECT mid, {', '.join(allc)}, 'esa' FROM ma
        ON CONFLICT (mid) DO UPDATE SET {sets}""")


def _merge_recipients(con: duckdb.DuckDBPyConnection, utc: str) -> None:
    con.execute(f"""CREATE OR REPLACE TEMP TABLE ra AS SELECT mid, rid, arg_min(address, ln) AS address,
        arg_max(status, ln) AS status, arg_max(utc, ln) FILTER (WHERE status IS NOT NULL) AS status_at,
        arg_max(dcid, ln) AS dcid, arg_max(response, ln) AS response
        FROM (SELECT *, {utc} AS utc FROM rp) GROUP BY mid, rid""")
    con.execute("""INSERT INTO recipients AS r (mid, rid, address, status, delivered_at, dcid, response)
        SELECT mid, rid, address, coalesce(status, 'pending'),
               CASE WHEN status = 'delivered' THEN status_at END, dcid, response
        FROM ra WHERE address IS NOT NULL
        ON CONFLICT (mid, rid) DO UPDATE SET
          status = CASE WHEN excluded.status = 'pending' THEN r.status ELSE excluded.status END,
          delivered_at = CASE WHEN excluded.status = 'pending' THEN r.delivered_at ELSE excluded.delivered_at END,
          dcid = COALESCE(excluded.dcid, r.dcid), response = COALESCE(excluded.response, r.response)""")
    # delivery / response lines of recipients whose To line came in an earlier batch
    con.execute("""UPDATE recipients SET
          status = CASE WHEN ra.status IS NULL THEN recipients.status ELSE ra.status END,
          delivered_at = CASE WHEN ra.status IS NULL THEN recipients.delivered_at
                              WHEN ra.status = 'delivered' THEN ra.status_at END,
          dcid = COALESCE(ra.dcid, recipients.dcid), response = COALESCE(ra.response, recipients.response)
        FROM ra WHERE ra.address IS NULL AND recipients.mid = ra.mid AND recipients.rid = ra.rid""")


def _merge_attachments(con: duckdb.DuckDBPyConnection) -> None:
    _decode_column(con, "ap", "filename", "contains(filename, '=')")
    con.execute("""CREATE OR REPLACE TEMP TABLE aa AS SELECT mid, filename, arg_min(sha256, ln) AS sha256,
        arg_min(size_bytes, ln) AS size_bytes, arg_min(file_type, ln) AS file_type
        FROM ap WHERE filename IS NOT NULL AND filename <> '' GROUP BY mid, filename""")
    con.execute("""INSERT INTO attachments AS a (mid, filename, sha256, size_bytes, file_type)
        SELECT mid, filename, sha256, size_bytes, file_type FROM aa
        ON CONFLICT (mid, filename) DO UPDATE SET sha256 = COALESCE(a.sha256, excluded.sha256),
          size_bytes = COALESCE(a.size_bytes, excluded.size_bytes),
          file_type = COALESCE(a.file_type, excluded.file_type)""")


def _merge_verdicts(con: duckdb.DuckDBPyConnection, utc: str, path: str) -> None:
    _decode_column(con, "vp", "filename", "contains(filename, '=')")
    con.execute(f"""INSERT INTO verdict_events (event_key, sha256, verdict, kind, event_time, mid, filename, score,
                        threat_name, source_path, line_no)
        SELECT DISTINCT ON (event_key) event_key, sha256, verdict, kind, event_time, mid, filename, score,
               threat_name, $path, ln FROM (
          SELECT *, md5(concat_ws('|', sha256, kind, verdict,
                        coalesce(strftime(event_time, '%Y-%m-%d %H:%M:%S.%f'), ''),
                        coalesce(mid::VARCHAR, ''))) AS event_key
          FROM (SELECT *, CASE WHEN epoch IS NOT NULL AND epoch BETWEEN 0 AND 32503680000
                               THEN TIMESTAMP '1970-01-01' + to_microseconds((epoch * 1000000)::BIGINT)
                               ELSE {utc} END AS event_time FROM vp))
        ORDER BY event_key, ln
        ON CONFLICT DO NOTHING""", {"path": path})


def _inherit_children(con: duckdb.DuckDBPyConnection) -> None:
    """Split / rewritten / generated children get the parent's Message-ID and attachment rows."""
    con.execute("CREATE OR REPLACE TEMP TABLE bm AS SELECT mid FROM ma UNION SELECT mid FROM aa")
    touched = "(c.mid IN (SELECT mid FROM bm) OR c.parent_mid IN (SELECT mid FROM bm))"
    for _ in range(2):  # twice: a split of a rewritten child inherits from the grandparent
        con.execute(f"""UPDATE messages SET message_id = p.message_id FROM messages p, messages c
            WHERE messages.mid = c.mid AND c.parent_mid = p.mid AND c.child_kind IN {CHILD_KINDS_SQL}
              AND c.message_id IS NULL AND p.message_id IS NOT NULL AND {touched}""")
        con.execute(f"""INSERT INTO attachments AS a (mid, filename, sha256, size_bytes, file_type)
            SELECT c.mid, x.filename, x.sha256, x.size_bytes, x.file_type
            FROM messages c JOIN attachments x ON x.mid = c.parent_mid
            WHERE c.child_kind IN {CHILD_KINDS_SQL} AND {touched}
            ON CONFLICT (mid, filename) DO UPDATE SET sha256 = COALESCE(a.sha256, excluded.sha256),
              size_bytes = COALESCE(a.size_bytes, excluded.size_bytes),
              file_type = COALESCE(a.file_type, excluded.file_type)""")
