"""Parse one batch of Cisco ESA log lines (mail_logs and AMP) inside DuckDB and merge it into the store.

The caller loads the batch into a temporary table ``c`` (see
:func:`load_lines_from_csv` / :func:`load_lines_from_list`); :func:`parse_batch`
then classifies, parses and upserts within the caller's transaction. Every
line lands in exactly one of parsed / ignored / rejected.

Merging rules (so that a message whose lines straddle two batches or two
ingest runs ends up the same as when read at once):

* messages, attachments: the first value seen wins (``COALESCE(existing, new)``);
* recipients: the latest delivery status wins (a quarantined copy later
  released and delivered becomes delivered);
* verdict events are keyed by md5(sha256|kind|verdict|time|mid), so the
  same line read from the amp log and from mail_logs counts once.

Child MIDs: ``split``, ``rewritten`` and ``generated`` (bcc) children inherit
their parent's Message-ID and a copy of its attachment rows at ingest
(``bounce`` children do not: a bounce is a new message). So
``attachments.sha256 -> mid`` already lists the children; ``messages.parent_mid``
keeps the link.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import duckdb

from marlib.ingest import esa_sql as q
from marlib.ingest import esa_merge

log = logging.getLogger(__name__)

INHERITING_CHILDREN = ("split", "rewritten", "generated")


@dataclass
class BatchContext:
    """What a batch needs to know about its file."""
    path: str
    file_key: str
    first_line_no: int          # 1-based number of the batch's first line
    year: int                   # year for syslog lines at the start of the batch
    prev_month: int | None      # month of the last syslog line before the batch (year roll-over)
    tz_offset_s: int | None     # file logs: offset in force at the batch start
    syslog_offset_s: int = 0    # syslog lines: configured offset (default UTC)
    run_id: str = ""


@dataclass
class BatchResult:
    lines: int = 0
    parsed: int = 0
    ignored: int = 0
    rejected: int = 0
    tz_offset_s: int | None = None
    year: int | None = None
    last_month: int | None = None
    last_time: object = None


# -- loading ---------------------------------------------------------------------
def load_lines_from_csv(con: duckdb.DuckDBPyConnection, path: str, *, gzip: bool = False) -> None:
    """Read a whole file into ``c`` with DuckDB's CSV reader (one VARCHAR column, no quoting)."""
    src = ("read_csv($path, columns={'line': 'VARCHAR'}, header=false, quote='', escape='', "
           "delim='\x1e\x1f', auto_detect=false, new_line='\\n', compression=$comp)")
    con.execute("DROP TABLE IF EXISTS c")
    con.execute(f"CREATE TEMP TABLE c AS {q.CLASSIFY_SELECT.format(src=src)}",
                {"path": path, "comp": "gzip" if gzip else "none"})


def load_lines_from_list(con: duckdb.DuckDBPyConnection, lines: list[str]) -> None:
    """Put already split lines (no newline characters) into ``c``."""
    import pyarrow as pa
    tbl = pa.table({"line": pa.array(lines, type=pa.string())})
    con.register("batch_lines", tbl)
    try:
        con.execute("DROP TABLE IF EXISTS c")
        con.execute(f"CREATE TEMP TABLE c AS {q.CLASSIFY_SELECT.format(src='batch_lines')}")
    finally:
        con.unregister("batch_lines")


# -- parsing -----------------------------------------------------------------------
_PARTS_DDL = """
CREATE OR REPLACE TEMP TABLE mp(mid BIGINT, ln BIGINT, ts TIMESTAMP, sys BOOLEAN, icid BIGINT, sender VARCHAR,
  message_id VARCHAR, subject VARCHAR, size_bytes BIGINT, policy VARCHAR, direction VARCHAR, amp_verdict VARCHAR,
  is_start BOOLEAN, is_finish BOOLEAN, parent_mid BIGINT, child_kind VARCHAR);
CREATE OR REPLACE TEMP TABLE rp(mid BIGINT, rid INTEGER, ln BIGINT, ts TIMESTAMP, sys BOOLEAN, address VARCHAR,
  status VARCHAR, dcid BIGINT, response VARCHAR);
CREATE OR REPLACE TEMP TABLE ap(mid BIGINT, filename VARCHAR, ln BIGINT, sha256 VARCHAR, size_bytes BIGINT,
  file_type VARCHAR);
CREATE OR REPLACE TEMP TABLE vp(sha256 VARCHAR, verdict VARCHAR, kind VARCHAR, ln BIGINT, ts TIMESTAMP,
  sys BOOLEAN, epoch DOUBLE, mid BIGINT, filename VARCHAR, score DOUBLE, threat_name VARCHAR);
CREATE OR REPLACE TEMP TABLE rj(ln BIGINT, reason VARCHAR);
"""


def _kind_table(con: duckdb.DuckDBPyConnection, kind: q.Kind, base: int, year_suffix: str,
                extra: str = "", ok_extra: str = "TRUE") -> None:
    """Temp table t<kind>: ln, ts, sys, s (regex groups), extra fields, ok."""
    regex = kind.regex.replace("'", "''")
    names = ", ".join(f"'{g}'" for g in kind.groups)
    req = next(g for g in ("mid", "a", "kv", "off") if g in kind.groups)
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE t{kind.id} AS
        SELECT *, (s.{req} <> '' AND ts IS NOT NULL AND ({ok_extra})) AS ok FROM (
          SELECT *{extra} FROM (
            SELECT rowid + $base AS ln, coalesce(tsf, tss) AS ts, tsf IS NULL AS sys, s FROM (
              SELECT rowid, {q.TS_FILE} AS tsf,
                     CASE WHEN {q.TS_FILE} IS NULL THEN {q.TS_SYSLOG} END AS tss,
                     regexp_extract(substr(line, bp), '{regex}', [{names}]) AS s
              FROM c WHERE k = {kind.id})))""", {"base": base, "year_suffix": year_suffix})
    con.execute(f"""INSERT INTO rj SELECT ln, CASE WHEN ts IS NULL THEN 'no valid time stamp'
                    ELSE 'malformed {kind.name} line' END FROM t{kind.id} WHERE NOT ok""")


_MSG_SQL = {
    q.START: "SELECT s.mid::BIGINT AS mid, ln, ts, sys, s.icid::BIGINT AS icid, TRUE AS is_start",
    q.FROM: "SELECT s.mid::BIGINT AS mid, ln, ts, sys, s.icid::BIGINT AS icid, nullif(lower(s.addr), '') AS sender",
    q.TO: "SELECT s.mid::BIGINT AS mid, ln, ts, sys, s.icid::BIGINT AS icid",
    q.MSGID: "SELECT s.mid::BIGINT AS mid, ln, ts, sys, s.val AS message_id",
    q.SUBJECT: "SELECT s.mid::BIGINT AS mid, ln, ts, sys, replace(" + q.unquote("s.val") + ", '\\r\\n', '') AS subject",
    q.READY: "SELECT s.mid::BIGINT AS mid, ln, ts, sys, s.size::BIGINT AS size_bytes, "
             "nullif(lower(s.addr), '') AS sender",
    q.POLICY: "SELECT s.mid::BIGINT AS mid, ln, ts, sys, s.policy AS policy, s.dir AS direction",
    q.AMPV: "SELECT s.mid::BIGINT AS mid, ln, ts, sys, CASE WHEN upper(trim(s.val)) = 'FILE UNKNOWN' THEN 'UNKNOWN' "
            "ELSE trim(s.val) END AS amp_verdict",
    q.QUEUED: "SELECT s.mid::BIGINT AS mid, ln, ts, sys",
    q.FINISHED: "SELECT s.mid::BIGINT AS mid, ln, ts, sys, TRUE AS is_finish",
    q.ATTACH: "SELECT s.mid::BIGINT AS mid, ln, ts, sys",
    q.RESPONSE: "SELECT s.mid::BIGINT AS mid, ln, ts, sys",
    q.DSTART: "SELECT s.mid::BIGINT AS mid, ln, ts, sys",
    q.DONE: "SELECT s.mid::BIGINT AS mid, ln, ts, sys",
    q.BOUNCED: "SELECT s.mid::BIGINT AS mid, ln, ts, sys",
}
# child, parent, child_kind for the four child shapes
_CHILD = {q.GENERATED: ("a", "b", "generated"), q.REWRITTEN: ("b", "a", "rewritten"),
          q.BOUNCE_CHILD: ("a", "b", "bounce"), q.SPLIT: ("b", "a", "split")}

_UNNEST_RIDS = "unnest(string_split(replace(s.rids, ' ', ''), ','))::INTEGER AS rid"
_RCPT_SQL = {
    q.TO: "SELECT s.mid::BIGINT AS mid, s.rid::INTEGER AS rid, ln, ts, sys, lower(s.addr) AS address",
    q.DSTART: f"SELECT s.mid::BIGINT AS mid, {_UNNEST_RIDS}, ln, ts, sys, s.dcid::BIGINT AS dcid, "
              "CASE WHEN contains(lower(s.rest), 'quarantine') OR contains(s.rest, 'offbox') "
              "THEN 'quarantined' END AS status",
    q.DONE: f"SELECT s.mid::BIGINT AS mid, {_UNNEST_RIDS}, ln, ts, sys, s.dcid::BIGINT AS dcid, "
            "CASE WHEN contains(lower(split_part(s.rest, ' [(', 1)), 'quarantine') THEN 'quarantined' "
            "ELSE 'delivered' END AS status",
    q.RESPONSE: f"SELECT s.mid::BIGINT AS mid, {_UNNEST_RIDS}, ln, ts, sys, "
                + q.unquote("trim(s.val)") + " AS response",
    q.BOUNCED: "SELECT s.mid::BIGINT AS mid, s.rid::INTEGER AS rid, ln, ts, sys, nullif(s.dcid, '')::BIGINT AS dcid, "
               "nullif(lower(s.addr), '') AS address, 'bounced' AS status",
}


def _kv_fields(keys: dict[str, str]) -> str:
    """Extra select fields: the normalised key/value text and one column per key."""
    return f", {q.KV_NORMALISE} AS kvn" + "".join(f", {q.kv_get('kvn', rx)} AS {name}"
                                                  for name, rx in keys.items())


_REP_KEYS = {"f_name": "File ?Name", "f_mid": "MID", "f_disp": "Disposition", "f_malware": "Malware",
             "f_score": "(?:Analysis|Reputation) Score", "f_sha": "sha256", "f_size": "File Size",
             "f_type": "File Type"}
_RETRO_KEYS = {"f_sha": "sha256", "f_ts": "Timestamp", "f_verdict": "Verdict", "f_score": "Reputation Score",
               "f_spy": "Spyname"}


def _parse_kinds(con: duckdb.DuckDBPyConnection, base: int, year_suffix: str) -> None:
    for kind in q.KINDS:
        if kind.id in (q.REP_RESPONSE, q.REP_INIT, q.RETRO, q.ANALYSIS, q.TZ):
            continue
        _kind_table(con, kind, base, year_suffix)
        t = f"(SELECT * FROM t{kind.id} WHERE ok)"
        if kind.id in _MSG_SQL:
            con.execute(f"INSERT INTO mp BY NAME {_MSG_SQL[kind.id]} FROM {t}")
        if kind.id in _RCPT_SQL:
            con.execute(f"INSERT INTO rp BY NAME {_RCPT_SQL[kind.id]} FROM {t}")
        if kind.id == q.ATTACH:
            con.execute(f"INSERT INTO ap BY NAME SELECT s.mid::BIGINT AS mid, s.val AS filename, ln FROM {t}")
        if kind.id in _CHILD:
            child, parent, ck = _CHILD[kind.id]
            con.execute(f"INSERT INTO mp BY NAME SELECT s.{child}::BIGINT AS mid, ln, ts, sys, "
                        f"s.{parent}::BIGINT AS parent_mid, '{ck}' AS child_kind FROM {t}")
            con.execute(f"INSERT INTO mp BY NAME SELECT s.{parent}::BIGINT AS mid, ln, ts, sys FROM {t}")
    _parse_amp(con, base, year_suffix)


def _parse_amp(con: duckdb.DuckDBPyConnection, base: int, year_suffix: str) -> None:
    verdict = q.VERDICT_SQL.format(v="f_disp")
    fname = q.unquote("f_name")
    sha_ok = "regexp_full_match(coalesce(f_sha, ''), '[0-9A-Fa-f]{64}')"
    mid_ok = "regexp_full_match(coalesce(f_mid, ''), '\\d{1,18}')"
    _kind_table(con, q.KIND_BY_ID[q.REP_RESPONSE], base, year_suffix, _kv_fields(_REP_KEYS),
                f"{sha_ok} AND {mid_ok} AND ({verdict}) IS NOT NULL")
    t = f"(SELECT * FROM t{q.REP_RESPONSE} WHERE ok)"
    con.execute(f"""INSERT INTO vp BY NAME SELECT lower(f_sha) AS sha256, {verdict} AS verdict, 'initial' AS kind,
        ln, ts, sys, f_mid::BIGINT AS mid, {fname} AS filename, TRY_CAST(f_score AS DOUBLE) AS score,
        CASE WHEN f_malware IS NULL OR upper(f_malware) = 'NONE' THEN NULL ELSE f_malware END AS threat_name
        FROM {t}""")
    con.execute(f"""INSERT INTO ap BY NAME SELECT f_mid::BIGINT AS mid, {fname} AS filename, ln,
        lower(f_sha) AS sha256 FROM {t} WHERE f_name IS NOT NULL""")

    _kind_table(con, q.KIND_BY_ID[q.REP_INIT], base, year_suffix, _kv_fields(_REP_KEYS),
                f"{mid_ok} AND f_name IS NOT NULL")
    con.execute(f"""INSERT INTO ap BY NAME SELECT f_mid::BIGINT AS mid, {fname} AS filename, ln,
        TRY_CAST(regexp_extract(f_size, '^(\\d{{1,18}})', 1) AS BIGINT) AS size_bytes, f_type AS file_type
        FROM t{q.REP_INIT} WHERE ok""")

    rverdict = q.VERDICT_SQL.format(v="f_verdict")
    _kind_table(con, q.KIND_BY_ID[q.RETRO], base, year_suffix, _kv_fields(_RETRO_KEYS),
                f"{sha_ok} AND ({rverdict}) IS NOT NULL")
    con.execute(f"""INSERT INTO vp BY NAME SELECT lower(f_sha) AS sha256, {rverdict} AS verdict,
        'retrospective' AS kind, ln, ts, sys, TRY_CAST(f_ts AS DOUBLE) AS epoch,
        TRY_CAST(f_score AS DOUBLE) AS score, nullif(f_spy, '') AS threat_name
        FROM t{q.RETRO} WHERE ok""")

    an = (", regexp_extract(s.kv, 'SHA256: ?([0-9A-Fa-f]{64})', 1) AS f_sha"
          ", regexp_extract(s.kv, 'Update Timestamp: ?([0-9.]+)', 1) AS f_ts"
          ", regexp_extract(s.kv, 'Disposition: ?(\\d+)', 1) AS f_disp"
          ", regexp_extract(s.kv, '[ ,]Score: ?([0-9.]+)', 1) AS f_score"
          ", regexp_extract(s.kv, 'Spyname: ?\\[([^\\]]*)\\]', 1) AS f_spy")
    _kind_table(con, q.KIND_BY_ID[q.ANALYSIS], base, year_suffix, an, "f_sha <> '' AND f_disp IN ('1', '2', '3')")
    con.execute(f"""INSERT INTO vp BY NAME SELECT lower(f_sha) AS sha256,
        CASE WHEN f_disp = '3' THEN 'MALICIOUS' ELSE 'CLEAN' END AS verdict, 'analysis' AS kind, ln, ts, sys,
        TRY_CAST(f_ts AS DOUBLE) AS epoch, TRY_CAST(f_score AS DOUBLE) AS score,
        nullif(f_spy, '') AS threat_name FROM t{q.ANALYSIS} WHERE ok""")


def parse_batch(con: duckdb.DuckDBPyConnection, ctx: BatchContext, *, mtime_month: int | None = None) -> BatchResult:
    """Parse the lines in ``c`` and merge them into the store (inside the caller's transaction)."""
    base = ctx.first_line_no
    con.execute(_PARTS_DDL)
    _parse_kinds(con, base, f" {int(ctx.year)}")
    _kind_table(con, q.KIND_BY_ID[q.TZ], base, f" {int(ctx.year)}")
    con.execute(f"INSERT INTO rj SELECT rowid + $base, 'message or verdict line without an ESA time stamp and level' "
                f"FROM c WHERE k = {q.UNFRAMED}", {"base": base})
    points = esa_merge.tz_breakpoints(con)
    added_years, last_month = esa_merge.fix_syslog_years(con, ctx.prev_month, mtime_month)
    offset = esa_merge.offset_case(ctx.tz_offset_s, points, ctx.syslog_offset_s)
    esa_merge.merge(con, offset, path=ctx.path)
    con.execute("""INSERT INTO ingest_rejects (file_key, path, line_no, raw, reason, run_id, ingested_at)
        SELECT $key, $path, rj.ln, c2.line, rj.reason, $run, now() FROM rj
        JOIN (SELECT rowid + $base AS ln, line FROM c WHERE k <> 0) c2 ON c2.ln = rj.ln""",
                {"key": ctx.file_key, "path": ctx.path, "run": ctx.run_id, "base": base})
    lines, ignored = con.execute("SELECT count(*), count(*) FILTER (WHERE k = 0) FROM c").fetchone()
    rejected = con.execute("SELECT count(*) FROM rj").fetchone()[0]
    last_time = con.execute(
        f"SELECT max(ts - to_seconds({offset})) FROM (SELECT ln, ts, sys FROM mp UNION ALL "
        "SELECT ln, ts, sys FROM rp UNION ALL SELECT ln, ts, sys FROM vp)").fetchone()[0]
    res = BatchResult(lines=lines, ignored=ignored, rejected=rejected, parsed=lines - ignored - rejected,
                      tz_offset_s=points[-1][1] if points else ctx.tz_offset_s,
                      year=ctx.year + added_years, last_month=last_month if last_month else ctx.prev_month,
                      last_time=last_time)
    _drop_temps(con)
    return res


def _drop_temps(con: duckdb.DuckDBPyConnection) -> None:
    for name in ["mp", "rp", "ap", "vp", "rj", "ma", "ra", "aa", "bm"] + [f"t{k.id}" for k in q.KINDS]:
        con.execute(f"DROP TABLE IF EXISTS {name}")
