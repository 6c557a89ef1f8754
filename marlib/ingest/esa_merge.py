"""Second half of a batch: local times to UTC, syslog years, rejects, and the upserts into the core tables.

Works on the temporary table ``ev(ln, k, ts, sys, mid, n2, rid, a, b)`` made by
:mod:`marlib.ingest.esa` (one row per parsed line; the typed fields are described
at :data:`marlib.ingest.esa_sql.TYPED_FIELDS`).
"""
from __future__ import annotations

import calendar
from typing import TYPE_CHECKING

import duckdb

from marlib.ingest import esa_sql as q
from marlib.ingest.mime import decode_names

if TYPE_CHECKING:
    from marlib.ingest.esa import BatchContext

CHILD_KINDS_SQL = "('split', 'rewritten', 'generated')"
# kinds of the lines that name a child MID and carry its parent's MID in n2
PARENT_IN_N2 = (q.GENERATED, q.BOUNCE_CHILD, q.REWRITTEN, q.SPLIT)
_TEMPS = ("ma0", "ma", "ra", "ap", "aa", "amp0", "amp1", "ampc", "amp", "vp", "bm", "kin")


def _int(v: object) -> int:
    return int(v)  # numbers inlined into SQL are always ints we parsed ourselves


# -- time ------------------------------------------------------------------------------
def tz_breakpoints(con: duckdb.DuckDBPyConnection) -> list[tuple[int, int]]:
    """(line number, offset seconds) of each ``Time offset from UTC`` line of the batch."""
    rows = con.execute(f"SELECT ln, n2 FROM ev WHERE k = {q.TZ} AND n2 BETWEEN -86400 AND 86400 "
                       "ORDER BY ln").fetchall()
    return [(int(a), int(b)) for a, b in rows]


def offset_case(start_off: int | None, points: list[tuple[int, int]], syslog_off: int) -> str:
    """SQL: seconds to subtract from a line's local time (needs columns ln, sys)."""
    parts = [f"WHEN ln >= {_int(ln)} THEN {_int(off)}" for ln, off in reversed(points)]
    start = _int(start_off or 0)
    if {start, _int(syslog_off), *(_int(off) for _, off in points)} == {start}:
        return str(start)  # one offset for every line (the usual case): no per-line CASE
    file_case = f"CASE {' '.join(parts)} ELSE {start} END" if parts else str(start)
    return f"CASE WHEN sys THEN {_int(syslog_off)} ELSE {file_case} END"


def utc_expr(offset: str) -> str:
    """SQL: a line's UTC time from its local time ``ts`` and the offset SQL of :func:`offset_case`."""
    return "ts" if offset == "0" else f"(ts - to_seconds({offset}))"


def _updatable_ev(con: duckdb.DuckDBPyConnection) -> None:
    """Make ``ev`` (a view over the scanner's Arrow rows and ``evf``) a view over a table, ``evm``."""
    con.execute("CREATE OR REPLACE TEMP TABLE evm AS SELECT * FROM ev")
    con.execute("CREATE OR REPLACE TEMP VIEW ev AS SELECT * FROM evm")


def fix_syslog_years(con: duckdb.DuckDBPyConnection, prev_month: int | None, mtime_month: int | None,
                     leap_days: tuple[int, ...] = ()) -> tuple[int, int | None, dict[int, int]]:
    """Move syslog times past New Year into the next year (a year back when the file's mtime says so).

    Only then is ``ev`` copied into a table that can be updated (:func:`_updatable_ev`).

    Syslog lines carry no year; lines are in time order, so a month that goes
    backwards by nine or more (Oct-Dec -> Jan-Mar) starts a new year, and one that goes forward by nine or
    more (Jan -> Dec) goes back a year: a line written out of order across New Year (relays, several
    appliances writing to one syslog file), and then the lines after it back to theirs. A smaller jump
    stays in the year: a stray line months off (an appliance with a wrong clock: Nov, Apr, Nov) moves
    neither itself nor the lines after it, also when it ended the last read (``prev_month``). (Six, as
    once here, made every line after such a stray line a year late.) ``leap_days``: numbers of
    lines dated Feb 29 that could not be read in the batch's starting year; they count as February.
    Returns (years added at the end of the batch, month of the batch's last syslog line, years added at
    each of ``leap_days``).
    """
    timed = "SELECT ln, month(ts) AS m FROM ev WHERE sys AND ts IS NOT NULL"
    params: list = []
    if leap_days:
        timed += " UNION ALL SELECT unnest(?::BIGINT[]), 2"
        params.append([_int(n) for n in leap_days])
    lo, hi, first, last = con.execute(f"SELECT min(m), max(m), arg_min(m, ln), arg_max(m, ln) FROM ({timed})",
                                      params).fetchone()
    if lo is None:
        return 0, None, {}
    off0 = -1 if (mtime_month is not None and prev_month is None and first > mtime_month) else 0
    if not (hi - lo >= 9 or (prev_month is not None and (prev_month - lo >= 9 or hi - prev_month >= 9))):
        if off0:
            _updatable_ev(con)
            con.execute(f"UPDATE evm SET ts = ts + to_years({_int(off0)}) WHERE sys")
        return off0, last, {n: off0 for n in leap_days}
    runs = con.execute(f"""SELECT ln, m FROM (SELECT ln, m, lag(m) OVER (ORDER BY ln) AS pm FROM ({timed}))
                           WHERE pm IS NULL OR m <> pm ORDER BY ln""", params).fetchall()
    off, prev, points = off0, prev_month, []
    for ln, m in runs:
        if prev is not None and prev - m >= 9:
            off += 1
        elif prev is not None and m - prev >= 9:
            off -= 1
        points.append((ln, off))
        prev = m
    case = " ".join(f"WHEN ln >= {_int(ln)} THEN {_int(o)}" for ln, o in reversed(points))
    _updatable_ev(con)
    con.execute(f"UPDATE evm SET ts = ts + to_years(CASE {case} ELSE 0 END) WHERE sys")
    at = {n: next((o for ln, o in reversed(points) if ln <= n), off0) for n in leap_days}
    return points[-1][1], last, at


def leap_day_rejects(con: duckdb.DuckDBPyConnection, ctx: BatchContext) -> list[tuple[int, str]]:
    """(line number, text) of this batch's syslog lines dated Feb 29 that were rejected for their time:
    the batch's starting year has no Feb 29, the year the line is in may (see :func:`fix_syslog_years`). The
    text is the line as written (NULs before it too), read again as such."""
    if calendar.isleap(ctx.year):
        return []
    return [(int(n), raw) for n, raw in con.execute(
        r"""SELECT line_no, raw FROM ingest_rejects WHERE file_key = ? AND run_id = ? AND line_no >= ?
           AND reason = 'no valid time stamp' AND regexp_matches(ltrim(raw, chr(0)), '^(<\d{1,3}>)?Feb 29 ')
           ORDER BY line_no""", [ctx.file_key, ctx.run_id, ctx.first_line_no]).fetchall()]


def forget_rejects(con: duckdb.DuckDBPyConnection, ctx: BatchContext, numbers: list[int]) -> None:
    con.execute("DELETE FROM ingest_rejects WHERE file_key = ? AND run_id = ? AND list_contains(?, line_no)",
                [ctx.file_key, ctx.run_id, numbers])


# -- rejects ---------------------------------------------------------------------------
def _insert_rejects(con: duckdb.DuckDBPyConnection, ctx: BatchContext, select: str) -> int:
    """INSERT rejects from ``select`` (columns ln, raw, reason); returns how many."""
    before = con.execute("SELECT count(*) FROM ingest_rejects").fetchone()[0]
    params = {"key": ctx.file_key, "path": ctx.path, "run": ctx.run_id}
    con.execute(f"""INSERT INTO ingest_rejects (file_key, path, line_no, raw, reason, run_id, ingested_at)
        SELECT $key, $path, ln, raw, reason, $run, now() FROM ({select})""", params)
    return con.execute("SELECT count(*) FROM ingest_rejects").fetchone()[0] - before


def insert_line_rejects(con: duckdb.DuckDBPyConnection, ctx: BatchContext) -> int:
    """Lines in ``fb`` (the SQL parser's rows) of a known kind whose regex failed or whose time stamp is
    unreadable, and unframed ones."""
    names = " ".join(f"WHEN {kd.id} THEN 'malformed {kd.name} line'" for kd in q.KINDS)
    return _insert_rejects(con, ctx, f"""
        SELECT ln, raw, CASE WHEN k = {q.UNFRAMED}
            THEN 'message or verdict line without ESA time stamp and level'
                             WHEN s.g1 <> '' AND ts IS NULL THEN 'no valid time stamp'
                             ELSE CASE k {names} END END AS reason
        FROM fb WHERE k = {q.UNFRAMED} OR (k > 0 AND NOT (s.g1 <> '' AND ts IS NOT NULL))""")


# -- upserts ---------------------------------------------------------------------------
def upsert(con: duckdb.DuckDBPyConnection, target: str, cols: tuple[str, ...], select: str,
           keys: tuple[str, ...], sets: str, params: dict | None = None) -> None:
    """Merge the rows of ``select`` (unique on ``keys``) into ``target`` (``"table AS alias"``).

    Rows whose key is stored already are updated with ``sets`` (the stored row is the alias, the new
    one ``n``); the others are inserted. The tables have no key constraint (migration 080): this is
    what keeps their keys unique.
    """
    table, _, alias = target.split()
    col_list = ", ".join(cols)
    if not con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]:
        # nothing stored yet (a first ingest's first batch): every row is new, no update and no key lookup
        con.execute(f"INSERT INTO {table} ({col_list}) SELECT {col_list} FROM ({select}) n", params or {})
        return
    match = " AND ".join(f"{alias}.{k} = n.{k}" for k in keys)
    con.execute(f"UPDATE {table} AS {alias} SET {sets} FROM ({select}) n WHERE {match}", params or {})
    stored = f"EXISTS (SELECT 1 FROM {table} t WHERE " + " AND ".join(f"t.{k} = n.{k}" for k in keys) + ")"
    con.execute(f"INSERT INTO {table} ({col_list}) SELECT {col_list} FROM ({select}) n WHERE NOT {stored}",
                params or {})


def merge(con: duckdb.DuckDBPyConnection, offset: str, ctx: BatchContext) -> int:
    """Aggregate per key and upsert; returns the number of verdict lines rejected on their values."""
    utc = utc_expr(offset)
    _merge_messages(con, utc)
    _merge_recipients(con, utc)
    rejected = _parse_amp(con, utc, ctx)
    _merge_attachments(con)
    _merge_verdicts(con, ctx.path)
    _inherit_children(con)
    return rejected


def _decode_column(con: duckdb.DuckDBPyConnection, table: str, col: str, where: str) -> None:
    """MIME-decode the values of one column that look encoded (small subsets, in Python)."""
    raw = [r[0] for r in con.execute(f"SELECT DISTINCT {col} FROM {table} WHERE {where}").fetchall()]
    if not raw:
        return
    import pyarrow as pa
    marlib_mime_map = pa.table({"raw": raw, "dec": decode_names(raw)})  # a replacement scan, not registered
    con.execute(f"UPDATE {table} SET {col} = marlib_mime_map.dec FROM marlib_mime_map "
                f"WHERE {table}.{col} = marlib_mime_map.raw")
    del marlib_mime_map


# lines that carry a field of the message row, and lines that only say the MID exists
_MSG_KINDS = (q.START, q.FROM, q.TO, q.MSGID, q.SUBJECT, q.READY, q.POLICY, q.AMPV, q.FINISHED, q.GENERATED,
              q.REWRITTEN, q.BOUNCE_CHILD, q.SPLIT)
_MID_ONLY_KINDS = (q.ATTACH, q.QUEUED, q.RESPONSE, q.DSTART, q.DONE, q.BOUNCED)


def _ids(*kinds: int) -> str:
    return "(" + ", ".join(str(_int(k)) for k in kinds) + ")"


def _merge_messages(con: duckdb.DuckDBPyConnection, utc: str) -> None:
    child = _ids(*PARENT_IN_N2)
    facts = f"""SELECT ln, {utc} AS utc, k, mid,
        CASE WHEN k IN {child} THEN n2 END AS parent_mid,
        CASE k WHEN {q.GENERATED} THEN 'generated' WHEN {q.REWRITTEN} THEN 'rewritten'
               WHEN {q.BOUNCE_CHILD} THEN 'bounce' WHEN {q.SPLIT} THEN 'split' END AS child_kind,
        CASE WHEN k IN {_ids(q.START, q.FROM, q.TO)} THEN n2 END AS icid,
        CASE WHEN k IN {_ids(q.FROM, q.READY)} THEN nullif(a, '') END AS sender,
        CASE WHEN k = {q.MSGID} THEN a END AS message_id,
        CASE WHEN k = {q.SUBJECT} THEN a END AS subject,
        CASE WHEN k = {q.READY} THEN n2 END AS size_bytes,
        CASE WHEN k = {q.POLICY} THEN a END AS policy,
        CASE WHEN k = {q.POLICY} THEN b END AS direction,
        CASE WHEN k = {q.AMPV} THEN a END AS amp_verdict
        FROM ev WHERE k IN {_ids(*_MSG_KINDS)}"""
    cols = ("parent_mid", "child_kind", "icid", "message_id", "sender", "subject", "size_bytes", "policy",
            "direction", "amp_verdict")
    # each fact row carries one field; a field seen twice in one batch is rare, min() picks one
    # deterministically
    aggs = ", ".join("coalesce(min(icid) FILTER (WHERE icid > 0), min(icid)) AS icid" if c == "icid"
                     else f"min({c}) AS {c}" for c in cols)
    # one message keeps one ICID in all its lines and starts once: two ICIDs, or starts more than a day
    # apart, are two messages under one MID (two appliances whose MID counters overlap). ICID 0 (mail the
    # appliance made itself: split children's To lines, bcc copies) does not count. A message that came in
    # on a connection (a Start line with an ICID) is no child: a MID that is both is two messages too.
    con.execute(f"""CREATE OR REPLACE TEMP TABLE ma0 AS
        SELECT mid, {aggs}, min(utc) FILTER (WHERE k = {q.START}) AS received_at,
               max(utc) FILTER (WHERE k = {q.FINISHED}) AS finished_at,
               coalesce(min(icid) FILTER (WHERE icid > 0) <> max(icid) FILTER (WHERE icid > 0), false)
               OR coalesce(max(utc) FILTER (WHERE k = {q.START}) - min(utc) FILTER (WHERE k = {q.START})
                           > INTERVAL 1 DAY, false)
               OR (min(parent_mid) IS NOT NULL AND bool_or(k = {q.START} AND icid > 0)) AS mid_conflict,
               coalesce(bool_or(k = {q.START} AND icid > 0), false) AS received
        FROM ({facts}) GROUP BY mid""")
    con.execute(f"""INSERT INTO ma0 (mid) SELECT DISTINCT mid FROM ev WHERE k IN {_ids(*_MID_ONLY_KINDS)}
                    AND mid NOT IN (SELECT mid FROM ma0)""")
    _decode_column(con, "ma0", "subject", "contains(subject, '=?')")
    con.execute(f"CREATE OR REPLACE TEMP TABLE ma AS {_inherit_in_batch()}")
    con.execute("""INSERT INTO ma (mid) SELECT DISTINCT parent_mid FROM ma
                   WHERE parent_mid IS NOT NULL AND parent_mid NOT IN (SELECT mid FROM ma)""")
    allc = cols + ("received_at", "finished_at")
    sets = ", ".join(f"{c} = COALESCE(m.{c}, n.{c})" for c in allc)
    sets += (", mid_conflict = coalesce(m.mid_conflict, false) OR coalesce(n.mid_conflict, false) "
             "OR coalesce(m.icid > 0 AND n.icid > 0 AND m.icid <> n.icid, false) "
             "OR coalesce(abs(epoch(m.received_at) - epoch(n.received_at)) > 86400, false) "
             # a stored child and a message received now, or the other way round (a stored message that
             # was received: a Start line gave its time, and it has no parent)
             "OR coalesce(m.parent_mid IS NOT NULL AND n.received, false) "
             "OR coalesce(n.parent_mid IS NOT NULL AND m.parent_mid IS NULL AND m.received_at IS NOT NULL "
             "AND m.icid > 0, false)")
    upsert(con, "messages AS m", ("mid",) + allc + ("mid_conflict", "source"),
           "SELECT * REPLACE (coalesce(mid_conflict, false) AS mid_conflict), 'esa' AS source FROM ma",
           ("mid",), sets)


_INHERITED = ("message_id", "sender", "subject", "received_at")


def _parents(want: str) -> str:
    """Effective values of the MIDs listed by ``want`` (a SELECT of ``mid``): stored wins over this batch,
    as after the upsert."""
    cols = ("parent_mid", "child_kind") + _INHERITED
    own = ", ".join(f"COALESCE(m.{c}, z.{c}) AS {c}" for c in cols)
    return f"""(SELECT w.mid, {own} FROM ({want}) w LEFT JOIN ma0 z ON z.mid = w.mid
               LEFT JOIN messages m ON m.mid = w.mid)"""


def _inherit_in_batch() -> str:
    """SELECT over ``ma0``: children take what they lack from their parent, or from its parent when
    the parent is a child itself (a split of a rewritten message), before the upsert. The parents may
    be in this batch or stored. :func:`_inherit_children` covers the other order: children stored
    earlier whose parent arrives now."""
    ck = f"child_kind IN {CHILD_KINDS_SQL}"
    got = ", ".join(f"""COALESCE(c.{c}, CASE WHEN c.{ck} THEN COALESCE(p1.{c},
                            CASE WHEN p1.{ck} THEN p2.{c} END) END) AS {c}""" for c in _INHERITED)
    want1 = f"SELECT DISTINCT parent_mid AS mid FROM ma0 WHERE {ck} AND parent_mid IS NOT NULL"
    want2 = f"SELECT DISTINCT parent_mid AS mid FROM p1 WHERE {ck} AND parent_mid IS NOT NULL"
    return f"""WITH p1 AS {_parents(want1)}, p2 AS {_parents(want2)}
               SELECT c.* REPLACE ({got}) FROM ma0 c LEFT JOIN p1 ON p1.mid = c.parent_mid
               LEFT JOIN p2 ON p2.mid = p1.parent_mid"""


def _inherit_attachments_in_batch(con: duckdb.DuckDBPyConnection) -> None:
    """Children of this batch get a copy of their parent's attachment rows in ``aa`` before the upsert
    (a child's own value wins field by field; the parent's rows are what the upsert will leave stored).
    Twice, for a split of a rewritten message."""
    fam = f"SELECT mid AS child, parent_mid AS parent FROM ma WHERE child_kind IN {CHILD_KINDS_SQL}"
    v = ("sha256", "size_bytes", "file_type")
    par = ", ".join(f"COALESCE(s.{c}, n.{c}) AS {c}" for c in v)
    mine = ", ".join(f"COALESCE(a.{c}, i.{c}) AS {c}" for c in v)
    for _ in range(2):
        con.execute(f"""CREATE OR REPLACE TEMP TABLE aa AS
            WITH fam AS ({fam}),
            par AS (SELECT COALESCE(s.mid, n.mid) AS mid, COALESCE(s.filename, n.filename) AS filename, {par}
                    FROM (SELECT * FROM aa WHERE mid IN (SELECT parent FROM fam)) n
                    FULL OUTER JOIN (SELECT * FROM attachments WHERE mid IN (SELECT parent FROM fam)) s
                      ON s.mid = n.mid AND s.filename = n.filename),
            inh AS (SELECT f.child AS mid, p.filename, p.sha256, p.size_bytes, p.file_type
                    FROM fam f JOIN par p ON p.mid = f.parent)
            SELECT COALESCE(a.mid, i.mid) AS mid, COALESCE(a.filename, i.filename) AS filename, {mine}
            FROM aa a FULL OUTER JOIN inh i ON a.mid = i.mid AND a.filename = i.filename""")


# Same-second tie-break of recipient statuses (ESA times have one-second resolution): the status a copy can
# still reach after the other in its lifecycle wins (quarantine, then release and bounce or delivery), and
# delivered over bounced, the safe side for remediation (a copy looked for that is not there is "message
# not found"; a copy not looked for stays in the mailbox).
STATUS_RANK = (("quarantined", 1), ("bounced", 2), ("delivered", 3))


# status codes of the delivery lines (esa_sql.STATUS_SQL, esa_lines.ST_*)
_ST_STATUS = ((1, "delivered"), (2, "quarantined"), (3, "bounced"))
_DCID_BITS = 63   # a key holds (time, rank) above the DCID + 1 (0: none)
_DCID_SPAN = 1 << _DCID_BITS


def _rank(status: str) -> str:
    """SQL: :data:`STATUS_RANK` of a status (text)."""
    return "CASE " + status + " " + " ".join(f"WHEN '{s}' THEN {r}" for s, r in STATUS_RANK) + " ELSE 0 END"


def _status_key(at: str, rank: str, dcid: str) -> str:
    """SQL: the weight of a status line, the largest wins: its time, then its rank (:data:`STATUS_RANK`, SQL
    from :func:`_rank`), then the larger DCID, so that no reading order, batch or file decides a tie.
    :func:`_from_key` reads it back."""
    return f"((epoch_us({at}) * 4 + {rank})::HUGEINT * {_DCID_SPAN} + (coalesce({dcid}, -1) + 1))"


def _weight(row: str, status: str) -> str:
    """SQL: :func:`_status_key` of a stored, held or batch recipient row with the status ``status`` (SQL)."""
    return _status_key(f"{row}.status_at", _rank(status), f"{row}.dcid")


def _from_key(key: str) -> tuple[str, str, str]:
    """SQL (status, time, DCID) of a :func:`_status_key` value (shifts and masks: a HUGEINT division is slow)."""
    high = f"(({key} >> {_DCID_BITS})::BIGINT)"
    status = f"CASE {high} & 3 " + " ".join(f"WHEN {r} THEN '{s}'" for s, r in STATUS_RANK) + " END"
    return status, f"make_timestamp({high} >> 2)", f"(nullif(({key} & {_DCID_SPAN - 1})::BIGINT, 0) - 1)"


def _quarantine_dcid(row: str) -> str:
    """SQL: the DCID that took a stored or held copy (``row``) to a quarantine, when that is its status."""
    return f"CASE WHEN {row}.status = 'quarantined' THEN {row}.dcid END"


def _status_seen(row: str, quarantine_dcid: str) -> str:
    """SQL: the status of ``row`` knowing the DCIDs of the other side's offbox quarantine deliveries: a
    plain ``Message done`` by a connection whose ``Delivery start`` went to the offbox quarantine handed the
    copy to the quarantine, not to the mailbox."""
    return f"CASE WHEN {row}.status = 'delivered' AND {row}.dcid = {quarantine_dcid} THEN 'quarantined' " \
           f"ELSE {row}.status END"


def _merge_recipients(con: duckdb.DuckDBPyConnection, utc: str) -> None:
    dcid = f"CASE WHEN k IN {_ids(q.DSTART, q.DONE)} THEN n2 END"
    # st: the line's status code (esa_sql.STATUS_SQL); w: its weight (_status_key), NULL for other lines
    rank = "CASE st " + " ".join(f"WHEN {code} THEN {dict(STATUS_RANK)[name]}" for code, name in _ST_STATUS) + " END"
    cols = f"""ln, mid,
        CASE WHEN k = {q.TO} THEN a WHEN k = {q.BOUNCED} THEN nullif(a, '') END AS address,
        CASE WHEN st > 0 THEN {_status_key(utc, rank, dcid)} END AS w, st, {dcid} AS dcid,
        CASE WHEN k = {q.RESPONSE} THEN a END AS response"""
    kinds = _ids(q.TO, q.DSTART, q.DONE, q.RESPONSE, q.BOUNCED)
    facts = f"""SELECT {cols}, rid FROM ev WHERE k IN {kinds} AND rid >= 0
        UNION ALL
        SELECT * EXCLUDE (rids), TRY_CAST(unnest(rids) AS INTEGER) AS rid FROM (
          SELECT {cols}, string_split(replace(b, ' ', ''), ',') AS rids FROM ev
          WHERE k IN {kinds} AND rid = -2)"""
    # the winning status line (:func:`_status_key`), its DCID (else the largest seen), and the DCID of the
    # batch's deliveries to a quarantine (qd): a plain Message done by that DCID is a quarantine too
    status, status_at, status_dcid = _from_key("w")
    con.execute(f"""CREATE OR REPLACE TEMP TABLE ra AS SELECT mid, rid, address,
            {_status_seen('b', 'b.qd')} AS status, status_at, dcid, response, qd
        FROM (SELECT mid, rid, address, {status} AS status, {status_at} AS status_at,
                     coalesce({status_dcid}, dcid) AS dcid, response, qd
            FROM (SELECT mid, rid, min(address) AS address, max(w) AS w, max(dcid) AS dcid, max(response) AS response,
                         max(dcid) FILTER (WHERE st = 2) AS qd
                FROM ({facts}) GROUP BY mid, rid)) b""")
    held = con.execute("SELECT count(*) FROM recipient_facts").fetchone()[0]
    if held:   # lines read before their recipient's To line, which is in this batch: as if read together (the
        # latest status, and the dcid and response that go with it)
        r_s, h_s = _status_seen("r", _quarantine_dcid("h")), _status_seen("h", "r.qd")
        later = (f"(h.status IS NOT NULL AND (r.status IS NULL OR {_weight('h', h_s)} "
                 f"> {_weight('r', r_s)}))")
        con.execute(f"""CREATE OR REPLACE TEMP TABLE ra AS SELECT r.mid, r.rid, r.address,
                CASE WHEN {later} THEN {h_s} ELSE {r_s} END AS status,
                CASE WHEN {later} THEN h.status_at ELSE r.status_at END AS status_at,
                CASE WHEN {later} THEN coalesce(h.dcid, r.dcid) ELSE coalesce(r.dcid, h.dcid) END AS dcid,
                CASE WHEN {later} THEN coalesce(h.response, r.response)
                     ELSE coalesce(r.response, h.response) END AS response,
                greatest(r.qd, {_quarantine_dcid('h')}) AS qd
            FROM ra r LEFT JOIN recipient_facts h ON r.address IS NOT NULL AND h.mid = r.mid AND h.rid = r.rid""")
    _renumber_to_the_logs(con)
    upsert(con, "recipients AS r", ("mid", "rid", "address", "status", "delivered_at", "status_at", "dcid",
                                    "response"),
           """SELECT mid, rid, address, coalesce(status, 'pending') AS status,
               CASE WHEN status = 'delivered' THEN status_at END AS delivered_at, status_at, dcid, response, qd
        FROM ra WHERE address IS NOT NULL""", ("mid", "rid"), _stored_recipient_sets("n.status <> 'pending'"))
    # delivery / response lines of recipients whose To line came in an earlier batch
    con.execute(f"UPDATE recipients AS r SET {_stored_recipient_sets('n.status IS NOT NULL')} "
                "FROM (SELECT * FROM ra WHERE address IS NULL) n WHERE r.mid = n.mid AND r.rid = n.rid")
    if held:
        con.execute("""DELETE FROM recipient_facts h WHERE EXISTS (
            SELECT 1 FROM ra WHERE ra.address IS NOT NULL AND ra.mid = h.mid AND ra.rid = h.rid)""")
    # and lines of recipients whose To line is neither here nor stored: they wait for it (migration 120)
    n_s, h_s = _status_seen("n", _quarantine_dcid("h")), _status_seen("h", f"greatest(n.qd, {_quarantine_dcid('n')})")
    newer = (f"(n.status IS NOT NULL AND (h.status IS NULL OR h.status_at IS NULL OR "
             f"{_weight('n', n_s)} >= {_weight('h', h_s)}))")
    upsert(con, "recipient_facts AS h", ("mid", "rid", "status", "status_at", "dcid", "response"),
           """SELECT mid, rid, status, status_at, dcid, response, qd FROM ra WHERE address IS NULL
              AND NOT EXISTS (SELECT 1 FROM recipients t WHERE t.mid = ra.mid AND t.rid = ra.rid)""",
           ("mid", "rid"), f"""status = CASE WHEN {newer} THEN {n_s} ELSE {h_s} END,
              status_at = CASE WHEN {newer} THEN n.status_at ELSE h.status_at END,
              dcid = CASE WHEN {newer} OR n.status IS NULL THEN coalesce(n.dcid, h.dcid)
                          ELSE coalesce(h.dcid, n.dcid) END,
              response = CASE WHEN {newer} OR n.status IS NULL THEN coalesce(n.response, h.response)
                              ELSE coalesce(h.response, n.response) END""")


def _renumber_to_the_logs(con: duckdb.DuckDBPyConnection) -> None:
    """Before the batch's To (and Bounced) lines are stored: a recipient already stored for the MID under
    another RID (a records import numbers the rows without a rid itself) takes the RID of its line, the
    gateway's own, and is updated by it instead of stored twice; a stored recipient whose RID a line gives to
    another address moves past the MID's largest RID, instead of taking that address's status and hiding
    it. Addresses are compared without case. Actions name the address, not the RID: nothing else moves."""
    con.execute("""CREATE OR REPLACE TEMP TABLE ra_moves AS
        WITH t AS (SELECT mid, rid, lower(address) AS address FROM ra WHERE address IS NOT NULL),
        s AS (SELECT r.mid, r.rid, lower(r.address) AS address FROM recipients r SEMI JOIN t USING (mid)),
        own AS (SELECT o.mid, o.rid, o.rid1, row_number() OVER (PARTITION BY o.mid, o.rid1 ORDER BY o.rid)
                    + EXISTS (SELECT 1 FROM s x WHERE x.mid = o.mid AND x.rid = o.rid1 AND x.address = o.address)::INT
                    AS n FROM (SELECT s.mid, s.rid, s.address, min(t.rid) AS rid1 FROM s JOIN t USING (mid, address)
                               GROUP BY ALL HAVING NOT bool_or(t.rid = s.rid)) o),
        taken AS (SELECT s.mid, s.rid FROM s JOIN t USING (mid, rid) WHERE t.address <> s.address
                  AND NOT EXISTS (SELECT 1 FROM t u WHERE u.mid = s.mid AND u.address = s.address)
                  UNION ALL SELECT mid, rid FROM own WHERE n > 1),   -- an address stored twice: one takes the RID
        top AS (SELECT mid, max(rid) AS m FROM (SELECT mid, rid FROM s UNION ALL SELECT mid, rid FROM t
                UNION ALL SELECT mid, rid FROM recipient_facts) GROUP BY mid)
        SELECT mid, rid, rid1 FROM own WHERE n = 1
        UNION ALL
        SELECT mid, rid, top.m + row_number() OVER (PARTITION BY mid ORDER BY rid) FROM taken JOIN top USING (mid)""")
    if con.execute("SELECT count(*) FROM ra_moves").fetchone()[0]:
        con.execute("UPDATE recipients AS r SET rid = n.rid1 FROM ra_moves n WHERE r.mid = n.mid AND r.rid = n.rid")
    con.execute("DROP TABLE ra_moves")


def release_held_facts(con: duckdb.DuckDBPyConnection) -> None:
    """Delivery, response and bounce lines waiting in ``recipient_facts`` for a recipient that is stored now
    by other means than its To line (a records import giving the recipient of an ESA MID): merged into it as
    the ESA path merges lines read after the To line (:func:`_stored_recipient_sets`: the later status wins),
    and no longer waiting."""
    if not con.execute("SELECT count(*) FROM recipient_facts").fetchone()[0]:
        return
    con.execute(f"""UPDATE recipients AS r SET {_stored_recipient_sets('n.status IS NOT NULL')}
        FROM (SELECT *, NULL::BIGINT AS qd FROM recipient_facts) n WHERE r.mid = n.mid AND r.rid = n.rid""")
    con.execute("""DELETE FROM recipient_facts h WHERE EXISTS (
        SELECT 1 FROM recipients r WHERE r.mid = h.mid AND r.rid = h.rid)""")


def _stored_recipient_sets(has_status: str) -> str:
    """SET of a stored recipient (r) from the batch's row (n; ``has_status``: the row has a status line):
    the batch's status when its line weighs as much as the stored one's (:func:`_status_key`; or that one's
    time is not known), as if all the lines had been read together; dcid and response go with the later
    status (a batch without a status line, read after, brings the newer ones). A stored delivery by a DCID
    that the batch shows went to the offbox quarantine (or the other way round) is a quarantine."""
    r_s = _status_seen("r", f"greatest(n.qd, {_quarantine_dcid('n')})")
    n_s = _status_seen("n", _quarantine_dcid("r"))
    later = (f"({has_status} AND (r.status_at IS NULL OR coalesce({_weight('n', n_s)} "
             f">= {_weight('r', r_s)}, true)))")
    newer = f"({later} OR NOT {has_status})"
    return f"""status = CASE WHEN {later} THEN {n_s} ELSE {r_s} END,
          delivered_at = CASE WHEN {later} THEN (CASE WHEN {n_s} = 'delivered' THEN n.status_at END)
                              WHEN {r_s} = r.status THEN r.delivered_at END,
          status_at = CASE WHEN {later} THEN n.status_at ELSE r.status_at END,
          dcid = CASE WHEN {newer} THEN coalesce(n.dcid, r.dcid) ELSE coalesce(r.dcid, n.dcid) END,
          response = CASE WHEN {newer} THEN coalesce(n.response, r.response) ELSE coalesce(r.response, n.response)
                     END"""


# field -> (key regex, kinds whose lines carry it): each regex runs only on the lines of those kinds
_REP_KEYS = {"f_name": ("File ?Name", (q.REP_RESPONSE, q.REP_INIT)),
             "f_mid": ("MID", (q.REP_RESPONSE, q.REP_INIT)),
             "f_disp": ("Disposition", (q.REP_RESPONSE,)), "f_malware": ("Malware", (q.REP_RESPONSE,)),
             "f_score": ("(?:Analysis|Reputation) Score", (q.REP_RESPONSE, q.RETRO)),
             "f_sha": ("sha256", (q.REP_RESPONSE, q.RETRO)), "f_size": ("File Size", (q.REP_INIT,)),
             "f_type": ("File Type", (q.REP_INIT,)), "f_ts": ("Timestamp", (q.RETRO,)),
             "f_verdict": ("Verdict", (q.RETRO,)), "f_spy": ("Spyname", (q.RETRO,))}


# The usual key order, one regex for the whole line (4x cheaper than splitting at every key); a line in
# another order or spelling falls back to the key-by-key split of KV_NORMALISE.
_FAST = {
    q.REP_RESPONSE: (r"^File ?Name ?= ?(.*?),\s*MID ?= ?(\d{1,18}),\s*Disposition ?= ?([^,]*?),\s*Malware ?= ?(.*?),"
                     r"\s*(?:Analysis|Reputation) Score ?= ?([-\d.]*),\s*(?:sha256|SHA256) ?= ?([0-9A-Fa-f]{64})",
                     ("f_name", "f_mid", "f_disp", "f_malware", "f_score", "f_sha")),
    q.REP_INIT: (r"^File ?Name ?= ?(.*?),\s*MID ?= ?(\d{1,18}),\s*File Size ?= ?(\d{1,18}) ?bytes,"
                 r"\s*File Type ?= ?(.*)$", ("f_name", "f_mid", "f_size", "f_type")),
}


def _fast_select() -> str:
    out = []
    for kind, (rx, names) in _FAST.items():
        groups = ", ".join(f"'{n}'" for n in names)
        out.append(f"CASE WHEN k = {kind} THEN regexp_extract(kv, '{rx}', [{groups}]) END AS r{kind}")
    return ", ".join(out)


def _kv_select() -> str:
    fields = []
    for name, (rx, kinds) in _REP_KEYS.items():
        fast = [f"WHEN k = {kind} AND r{kind}.f_mid <> '' THEN nullif(trim(r{kind}.{name}), '')"
                for kind in kinds if kind in _FAST and name in _FAST[kind][1]]
        fields.append(f"CASE {' '.join(fast)} WHEN k IN {_ids(*kinds)} THEN {q.kv_get('kvn', rx)} END AS {name}")
    return ", ".join(fields)


def _parse_amp(con: duckdb.DuckDBPyConnection, utc: str, ctx: BatchContext) -> int:
    """Reputation / retrospective / analysis lines (a small subset) -> ap, vp; returns rejects."""
    kv = _kv_select()
    an = ", ".join(f"CASE WHEN k = {q.ANALYSIS} THEN regexp_extract(kv, '{rx}', 1) END AS {name}"
                   for name, rx in (
        ("a_sha", "SHA256: ?([0-9A-Fa-f]{64})"), ("a_ts", "Update Timestamp: ?([0-9.]+)"),
        ("a_disp", "Disposition: ?(\\d+)"), ("a_score", "[ ,]Score: ?([0-9.]+)"),
        ("a_spy", "Spyname: ?\\[([^\\]]*)\\]")))
    # [0-9A-Fa-f]{64} and \d{1,18} as full matches, without a regex
    sha_ok = "coalesce(length(f_sha) = 64 AND ltrim(f_sha, '0123456789abcdefABCDEF') = '', false)"
    mid_ok = "coalesce(length(f_mid) BETWEEN 1 AND 18 AND ltrim(f_mid, '0123456789') = '', false)"
    rep_v, retro_v = q.VERDICT_SQL.format(v="f_disp"), q.VERDICT_SQL.format(v="f_verdict")
    # f_mid is the MID as logged (ev's mid has the appliance's base, mb, added already): the stored one is
    stored_mid = "(TRY_CAST(f_mid AS BIGINT) + mb)"
    # one materialised table; each nested projection runs its regexes once per row
    fast_failed = " OR ".join(f"(k = {kind} AND r{kind}.f_mid = '')" for kind in _FAST)
    # materialised first: each line's regexes run once (a view would run them once per field)
    con.execute(f"""CREATE OR REPLACE TEMP TABLE amp0 AS SELECT *, {_fast_select()} FROM (
            SELECT ln, k, {utc} AS utc, b AS raw, a AS kv, mb
            FROM ev WHERE k BETWEEN {q.REP_RESPONSE} AND {q.ANALYSIS} AND c IS NULL)""")
    # lines the scanner already cut into fields (usual key order): no regex at all
    resp, init = q.REP_RESPONSE, q.REP_INIT
    con.execute(f"""CREATE OR REPLACE TEMP TABLE ampc AS SELECT *, CASE
            WHEN k = {resp} AND ({rep_v}) IS NULL THEN 'unknown disposition'
            WHEN k = {init} AND f_name IS NULL THEN 'reputation query without MID or file name' END AS bad
        FROM (SELECT ln, k, {utc} AS utc, NULL::VARCHAR AS raw, mb, nullif(trim(a), '') AS f_name,
            (mid - mb)::VARCHAR AS f_mid, CASE WHEN k = {resp} THEN nullif(trim(c), '') END AS f_disp,
            nullif(trim(d), '') AS f_malware, nullif(trim(e), '') AS f_score, nullif(trim(f), '') AS f_sha,
            CASE WHEN k = {init} THEN n2::VARCHAR END AS f_size,
            CASE WHEN k = {init} THEN nullif(trim(c), '') END AS f_type
        FROM ev WHERE k IN ({resp}, {init}) AND c IS NOT NULL)""")
    con.execute(f"""CREATE OR REPLACE TEMP TABLE amp1 AS
        SELECT * EXCLUDE (kvn, r{resp}, r{init}), {kv}, {an} FROM (
        SELECT *, CASE WHEN k = {q.RETRO} OR {fast_failed} THEN {q.KV_NORMALISE} END AS kvn FROM amp0)""")
    con.execute(f"""CREATE OR REPLACE TEMP TABLE amp AS SELECT *, CASE
            WHEN k = {q.REP_RESPONSE} AND NOT ({sha_ok} AND {mid_ok})
                THEN 'reputation response without MID or SHA-256'
            WHEN k = {q.REP_RESPONSE} AND ({rep_v}) IS NULL THEN 'unknown disposition'
            WHEN k = {q.REP_INIT} AND NOT ({mid_ok} AND f_name IS NOT NULL)
                THEN 'reputation query without MID or file name'
            WHEN k = {q.RETRO} AND NOT {sha_ok} THEN 'retrospective verdict without SHA-256'
            WHEN k = {q.RETRO} AND ({retro_v}) IS NULL THEN 'unknown retrospective verdict'
            WHEN k = {q.ANALYSIS} AND NOT (a_sha <> '' AND a_disp IN ('1', '2', '3'))
              THEN 'file analysis without SHA-256 or disposition 1-3'
            END AS bad FROM amp1""")
    src = "(SELECT * FROM amp UNION ALL BY NAME SELECT * FROM ampc)"
    # the lines the scanner cut keep their raw text in ev.b; fetched only for the (rare) rejects
    rejected = _insert_rejects(con, ctx, f"""SELECT x.ln, coalesce(x.raw, ev.b) AS raw, x.bad AS reason
        FROM (SELECT ln, raw, bad FROM {src} WHERE bad IS NOT NULL) x LEFT JOIN ev ON ev.ln = x.ln""")
    fname = q.unquote("f_name")
    epoch_ts = ("CASE WHEN TRY_CAST({e} AS DOUBLE) BETWEEN 0 AND 32503680000 THEN TIMESTAMP '1970-01-01' + "
                "to_microseconds((TRY_CAST({e} AS DOUBLE) * 1000000)::BIGINT) ELSE utc END")
    threat = "CASE WHEN f_malware IS NULL OR upper(f_malware) = 'NONE' THEN NULL ELSE f_malware END"
    con.execute(f"""CREATE OR REPLACE TEMP TABLE vp AS
        SELECT lower(f_sha) AS sha256, {rep_v} AS verdict, 'initial' AS kind, utc AS event_time,
               {stored_mid} AS mid, {fname} AS filename, TRY_CAST(f_score AS DOUBLE) AS score,
                   {threat} AS threat_name, ln
        FROM {src} WHERE bad IS NULL AND k = {q.REP_RESPONSE}
        UNION ALL
        SELECT lower(f_sha), {retro_v}, 'retrospective', {epoch_ts.format(e='f_ts')}, NULL, NULL,
               TRY_CAST(f_score AS DOUBLE), f_spy, ln
        FROM {src} WHERE bad IS NULL AND k = {q.RETRO}
        UNION ALL
        SELECT lower(a_sha), CASE WHEN a_disp = '3' THEN 'MALICIOUS' ELSE 'CLEAN' END, 'analysis',
               {epoch_ts.format(e='a_ts')}, NULL, NULL, TRY_CAST(a_score AS DOUBLE), nullif(a_spy, ''), ln
        FROM {src} WHERE bad IS NULL AND k = {q.ANALYSIS}""")
    con.execute(f"""CREATE OR REPLACE TEMP TABLE ap AS
        SELECT {stored_mid} AS mid, {fname} AS filename, ln, lower(f_sha) AS sha256,
            NULL::BIGINT AS size_bytes,
               NULL AS file_type FROM {src} WHERE bad IS NULL AND k = {q.REP_RESPONSE} AND f_name IS NOT NULL
        UNION ALL
        SELECT {stored_mid}, {fname}, ln, NULL,
            TRY_CAST(regexp_extract(f_size, '^(\\d{{1,18}})', 1) AS BIGINT),
               f_type FROM {src} WHERE bad IS NULL AND k = {q.REP_INIT}""")
    return rejected


def _merge_attachments(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(f"INSERT INTO ap SELECT mid, a, ln, NULL, NULL, NULL FROM ev WHERE k = {q.ATTACH}")
    _decode_column(con, "ap", "filename", "contains(filename, '=')")
    con.execute("""CREATE OR REPLACE TEMP TABLE aa AS SELECT mid, filename, arg_min(sha256, ln) AS sha256,
        arg_min(size_bytes, ln) AS size_bytes, arg_min(file_type, ln) AS file_type
        FROM ap WHERE filename IS NOT NULL AND filename <> '' GROUP BY mid, filename""")
    _inherit_attachments_in_batch(con)
    upsert(con, "attachments AS a", _ATT_COLS, "SELECT * FROM aa", ("mid", "filename"), _ATT_SETS)


_ATT_COLS = ("mid", "filename", "sha256", "size_bytes", "file_type")
_ATT_SETS = """sha256 = COALESCE(a.sha256, n.sha256), size_bytes = COALESCE(a.size_bytes, n.size_bytes),
          file_type = COALESCE(a.file_type, n.file_type)"""


def _merge_verdicts(con: duckdb.DuckDBPyConnection, path: str) -> None:
    _decode_column(con, "vp", "filename", "contains(filename, '=')")
    # keys already stored are skipped (the same line read from the amp log and from mail_logs)
    con.execute("""INSERT INTO verdict_events (event_key, sha256, verdict, kind, event_time, mid, filename,
                                               score, threat_name, source_path, line_no)
        SELECT * FROM (SELECT DISTINCT ON (event_key) event_key, sha256, verdict, kind, event_time, mid,
               filename, score, threat_name, $path, ln FROM (
          SELECT *, md5(concat_ws('|', sha256, kind, verdict,
                        coalesce(strftime(event_time, '%Y-%m-%d %H:%M:%S.%f'), ''),
                        coalesce(mid::VARCHAR, ''))) AS event_key FROM vp)
        ORDER BY event_key, ln
        ) n WHERE NOT EXISTS (SELECT 1 FROM verdict_events t WHERE t.event_key = n.event_key)""",
                {"path": path})


def _inherit_children(con: duckdb.DuckDBPyConnection) -> None:
    """Split / rewritten / generated children stored before get the parent's Message-ID (sender, subject,
    received time when they have none) and attachment rows, when the parent or the child's attachments
    arrive in this batch. (Children whose child line is in this batch got them before the upsert; a child
    named in an earlier batch may have other lines in this one, and is handled here.)"""
    con.execute("CREATE OR REPLACE TEMP TABLE bm AS SELECT mid FROM ma UNION SELECT mid FROM aa")
    for _ in range(2):  # twice: a split of a rewritten child inherits from the grandparent
        con.execute(f"""CREATE OR REPLACE TEMP TABLE kin AS SELECT mid AS child, parent_mid AS parent
            FROM messages
            WHERE child_kind IN {CHILD_KINDS_SQL}
                AND mid NOT IN (SELECT mid FROM ma WHERE child_kind IS NOT NULL)
                AND (mid IN (SELECT mid FROM bm) OR parent_mid IN (SELECT mid FROM bm))""")
        if not con.execute("SELECT count(*) FROM kin").fetchall()[0][0]:
            return
        con.execute("""UPDATE messages SET message_id = COALESCE(messages.message_id, p.message_id),
                sender = COALESCE(messages.sender, p.sender), subject = COALESCE(messages.subject, p.subject),
                received_at = COALESCE(messages.received_at, p.received_at)
            FROM kin JOIN messages p ON p.mid = kin.parent
            WHERE messages.mid = kin.child
              AND (messages.message_id IS NULL OR messages.sender IS NULL OR messages.subject IS NULL
                   OR messages.received_at IS NULL)""")
        upsert(con, "attachments AS a", _ATT_COLS,
               """SELECT kin.child AS mid, x.filename, x.sha256, x.size_bytes, x.file_type
                   FROM kin JOIN attachments x ON x.mid = kin.parent""", ("mid", "filename"), _ATT_SETS)
        con.execute("INSERT INTO bm SELECT child FROM kin")


def inherit_children_of(con: duckdb.DuckDBPyConnection, mids_select: str) -> None:
    """:func:`_inherit_children` for the MIDs ``mids_select`` gives (stored already, e.g. by a records
    import): their split / rewritten / generated children get the parent's Message-ID and attachments, and
    children among them get their parent's."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE ma AS SELECT DISTINCT mid, NULL::VARCHAR AS child_kind "
                f"FROM ({mids_select}) WHERE mid IS NOT NULL")
    con.execute("CREATE OR REPLACE TEMP TABLE aa AS SELECT mid FROM ma WHERE false")
    try:
        _inherit_children(con)
    finally:
        drop_temps(con)


def drop_temps(con: duckdb.DuckDBPyConnection) -> None:
    for name in _TEMPS:
        con.execute(f"DROP TABLE IF EXISTS {name}")
