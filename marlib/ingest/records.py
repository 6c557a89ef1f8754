"""Delivery and verdict records from CSV, JSON lines or Parquet (``marlib ingest --format records``).

For data from other gateways or a SIEM export. One file may hold both kinds
of row; column names are case-insensitive, unknown columns are ignored.

``record`` (optional): ``delivery`` or ``verdict``. Without it a row with a
``recipient`` is a delivery row, else a row with ``verdict`` is a verdict row.

Delivery rows (one per message x recipient, optionally x attachment):

===============  =========  ==========================================================
column           required   meaning
===============  =========  ==========================================================
mid              yes        message id (integer, unique per gateway)
recipient        yes        recipient address
rid              no         recipient index within the message (default: order of the
                            addresses within the mid, from 0)
message_id       no         Message-ID header, with <>
sender           no         envelope sender
subject          no         subject
received_at      no         time the gateway received the message (UTC)
delivered        no         true/false (default true)
status           no         delivered | quarantined | bounced | pending (wins over delivered)
delivered_at     no         delivery time (UTC; default received_at when delivered)
policy           no         incoming/outgoing mail policy name
direction        no         inbound | outbound (default inbound)
attachment       no         attachment file name
sha256           no         SHA-256 of that attachment (64 hex)
parent_mid       no         parent MID of a child message
child_kind       no         split | rewritten | generated | bounce
===============  =========  ==========================================================

Verdict rows:

===============  =========  ==========================================================
sha256           yes        SHA-256 of the file (64 hex)
verdict          yes        CLEAN | MALICIOUS | UNKNOWN (or FILE UNKNOWN) | LOWRISK | UNSCANNABLE
verdict_kind     no         initial | retrospective | analysis (default: initial when mid
                            is given, else retrospective)
event_time       no         time of the verdict (UTC)
mid              no         message the verdict was given for
filename         no         file name
score            no         reputation / analysis score
threat_name      no         malware / spy name
===============  =========  ==========================================================

Times (``received_at``, ``delivered_at``, ``event_time``) are ISO 8601, in UTC unless they carry an offset
(``2026-11-20T10:00:00+01:00`` is stored as 09:00 UTC), or epoch seconds.

A row missing a required value, with an unknown verdict or a time that cannot be read, and a JSON line
that is not a JSON object, go to
``ingest_rejects`` (line_no = 1-based data row, raw = the row as JSON).
Re-importing a file, also after rows were appended, adds only what is new (everything is upserted
by key; a reject already recorded for the same path, row and text is not recorded again).
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from marlib.errors import IngestError
from marlib.ingest import esa_sql as q
from marlib.ingest.esa_merge import upsert

if TYPE_CHECKING:
    from marlib.ingest.api import IngestSummary

DELIVERY_COLUMNS = ("mid", "recipient", "rid", "message_id", "sender", "subject", "received_at", "delivered",
                    "status", "delivered_at", "policy", "direction", "attachment", "sha256", "parent_mid",
                    "child_kind")
VERDICT_COLUMNS = ("sha256", "verdict", "verdict_kind", "event_time", "mid", "filename", "score",
                   "threat_name")
ALL_COLUMNS = tuple(dict.fromkeys(("record",) + DELIVERY_COLUMNS + VERDICT_COLUMNS))
_COUNTED = ("messages", "recipients", "attachments", "verdict_events", "ingest_rejects")


def _reader(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        return "read_parquet($path)"
    if suffix in (".json", ".jsonl", ".ndjson"):
        return "read_json($path, format='newline_delimited', union_by_name=true)"
    return "read_csv($path, header=true, all_varchar=true)"


def _load(con: duckdb.DuckDBPyConnection, path: Path) -> list[tuple[int, str]]:
    """Temp table rec_raw(row_no, <all known columns as VARCHAR>); returns the (line number, text) of JSON lines
    that are not a JSON object (they go to rejects; the other lines are read)."""
    malformed: list[tuple[int, str]] = []
    numbered = False
    try:
        con.execute(f"CREATE OR REPLACE TEMP TABLE rec_src AS SELECT * FROM {_reader(path)}",
                    {"path": str(path)})
    except duckdb.Error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if not (_reader(path).startswith("read_json") and "Malformed JSON" in first):
            raise IngestError(f"{path}: cannot read it as {path.suffix.lstrip('.') or 'CSV'} records ({first}); "
                              "nothing of the file was stored",
                              advice="records files are CSV with a header row, JSON lines or Parquet") from exc
        malformed = _load_json_lines(con, path)
        numbered = True
    cols = [r[0] for r in con.execute("DESCRIBE rec_src").fetchall()]
    lower = {c.lower(): c for c in cols}
    if "mid" not in lower and "sha256" not in lower:
        raise IngestError(f"{path}: no 'mid' or 'sha256' column (found: {', '.join(cols) or 'none'})",
                          advice="delivery rows need mid and recipient; verdict rows need sha256 and verdict")
    if "recipient" not in lower and "verdict" not in lower:
        raise IngestError(f"{path}: neither a 'recipient' column (delivery rows) nor a 'verdict' column "
                          f"(verdict rows) (found: {', '.join(cols)})",
                          advice="see the column list in the README / marlib.ingest.records")
    select = ", ".join(
        (f"CAST({_ident(lower[c])} AS VARCHAR) AS {c}" if c in lower else f"NULL::VARCHAR AS {c}")
        for c in ALL_COLUMNS)
    row_no = f"{_ident(_LINE_KEY)}::BIGINT" if numbered else "row_number() OVER ()"
    con.execute(f"CREATE OR REPLACE TEMP TABLE rec_raw AS SELECT {row_no} AS row_no, {select} "
                "FROM rec_src")
    return malformed


_LINE_KEY = "__marlib_line"


def _load_json_lines(con: duckdb.DuckDBPyConnection, path: Path) -> list[tuple[int, str]]:
    """rec_src from the lines of a JSON lines file that are JSON objects, each with its line number (key
    ``__marlib_line``); returns the others as (line number, text)."""
    import tempfile
    good, bad = [], []
    with path.open("r", encoding="utf-8", errors="replace", newline="") as f:
        for number, line in enumerate(f, 1):
            text = line.rstrip("\r\n")
            if not text.strip():
                continue
            try:
                row = json.loads(text)
            except ValueError:
                row = None
            if isinstance(row, dict):
                row[_LINE_KEY] = number
                good.append(json.dumps(row))
            else:
                bad.append((number, text))
    with tempfile.TemporaryDirectory(prefix="marlib-records-") as tmp:
        clean = Path(tmp) / "rows.jsonl"
        clean.write_text("".join(row + "\n" for row in good), encoding="utf-8")
        if good:
            con.execute("CREATE OR REPLACE TEMP TABLE rec_src AS SELECT * FROM read_json($path, "
                        "format='newline_delimited', union_by_name=true)", {"path": str(clean)})
        else:
            con.execute(f"CREATE OR REPLACE TEMP TABLE rec_src AS SELECT NULL::BIGINT AS {_ident(_LINE_KEY)}, "
                        "NULL::VARCHAR AS mid, NULL::VARCHAR AS recipient WHERE false")
    return bad


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


_KIND = """CASE WHEN lower(record) IN ('delivery', 'verdict') THEN lower(record)
                WHEN recipient IS NOT NULL AND recipient <> '' THEN 'delivery'
                WHEN verdict IS NOT NULL THEN 'verdict' ELSE 'unknown' END"""
# a time is ISO 8601 in UTC, or with an offset (converted to UTC), or epoch seconds
_TS = ("CASE WHEN regexp_full_match(trim({c}), '\\d{{9,11}}(\\.\\d+)?') "
       "THEN timezone('UTC', to_timestamp(TRY_CAST(trim({c}) AS DOUBLE))) "
       "ELSE timezone('UTC', TRY_CAST(trim({c}) AS TIMESTAMPTZ)) END")


def _bad_time(c: str, kind: str) -> str:
    return (f"WHEN rk = '{kind}' AND coalesce(trim({c}), '') <> '' AND ({_TS.format(c=c)}) IS NULL "
            f"THEN '{c} is not a time (ISO 8601 such as 2026-11-20 10:00:00 in UTC or with an offset, "
            "or epoch seconds)'")
_BAD = f"""CASE
  WHEN rk = 'delivery' AND TRY_CAST(mid AS BIGINT) IS NULL THEN 'delivery row without an integer mid'
  WHEN rk = 'delivery' AND coalesce(trim(recipient), '') = '' THEN 'delivery row without recipient'
  WHEN rk = 'delivery' AND sha256 IS NOT NULL AND NOT regexp_full_match(trim(sha256), '[0-9A-Fa-f]{{64}}')
    THEN 'sha256 is not 64 hex digits'
  WHEN rk = 'verdict' AND NOT regexp_full_match(coalesce(trim(sha256), ''), '[0-9A-Fa-f]{{64}}')
    THEN 'verdict row without a 64 hex digit sha256'
  WHEN rk = 'verdict' AND ({q.VERDICT_SQL.format(v='verdict')}) IS NULL THEN 'unknown verdict'
  WHEN rk = 'verdict' AND verdict_kind IS NOT NULL
       AND lower(verdict_kind) NOT IN ('initial', 'retrospective', 'analysis') THEN 'unknown verdict_kind'
  {_bad_time('received_at', 'delivery')}
  {_bad_time('delivered_at', 'delivery')}
  {_bad_time('event_time', 'verdict')}
  WHEN rk = 'unknown' THEN 'row is neither a delivery (recipient) nor a verdict (verdict)'
  END"""


def ingest_records_file(store, path: Path, summary: IngestSummary) -> None:
    """Import one records file in one transaction (idempotent: everything is upserted by key)."""
    data = path.read_bytes()
    if not data:
        return
    key = f"records:{hashlib.md5(data).hexdigest()}"
    with store.connect() as con:
        con.execute("SET SESSION TimeZone = 'UTC'")   # times without an offset are UTC, whatever the machine's
        if con.execute("SELECT count(*) FROM ingest_files WHERE file_key = ?", [key]).fetchall()[0][0]:
            summary.unchanged_files += 1
            return
        try:
            # read before the transaction: a file DuckDB cannot read whole must not abort it
            malformed = _load(con, path)
            con.execute("BEGIN TRANSACTION")
            try:
                before = {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in _COUNTED}
                n, ok = _import(con, path, key, summary.run_id, malformed)
                con.execute("""INSERT INTO ingest_files (file_key, path, kind, bytes_done, lines_done, updated_at)
                               VALUES (?, ?, 'records', ?, ?, now())
                               ON CONFLICT (file_key) DO UPDATE SET path = excluded.path, updated_at = now()""",
                            [key, str(path), len(data), n])
                after = {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in _COUNTED}
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        finally:
            for t in ("rec_src", "rec_raw", "rec", "rec_rcpt"):
                con.execute(f"DROP TABLE IF EXISTS {t}")
    summary.add({t: after[t] - before[t] for t in _COUNTED})
    summary.lines += n
    summary.parsed += ok
    summary.bytes += len(data)


def _import(con: duckdb.DuckDBPyConnection, path: Path, key: str, run_id: str,
            malformed: list[tuple[int, str]]) -> tuple[int, int]:
    con.execute(f"""CREATE OR REPLACE TEMP TABLE rec AS SELECT *, {_BAD} AS bad FROM (
        SELECT *, {_KIND} AS rk FROM rec_raw)""")
    for number, text in malformed:
        con.execute("""INSERT INTO ingest_rejects (file_key, path, line_no, raw, reason, run_id, ingested_at)
            SELECT ?, ?, ?, ?, 'not a JSON object', ?, now()
            WHERE NOT EXISTS (SELECT 1 FROM ingest_rejects x WHERE x.path = ? AND x.line_no = ? AND x.raw = ?)""",
                    [key, str(path), number, text, run_id, str(path), number, text])
    con.execute("""INSERT INTO ingest_rejects (file_key, path, line_no, raw, reason, run_id, ingested_at)
        SELECT ?, ?, row_no, to_json(rec_raw)::VARCHAR, bad, ?, now()
        FROM rec JOIN rec_raw USING (row_no) WHERE bad IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM ingest_rejects x WHERE x.path = ? AND x.line_no = row_no
                          AND x.raw = to_json(rec_raw)::VARCHAR)""", [key, str(path), run_id, str(path)])
    _deliveries(con)
    _verdicts(con, str(path))
    n, bad = con.execute("SELECT count(*), count(bad) FROM rec").fetchall()[0]
    return int(n) + len(malformed), int(n) - int(bad)


# One RID per (mid, address): the stored one of that address; else the row's own rid, unless the store gives
# that rid to another address of the MID; a rid claimed twice goes to the first address (own rids first,
# then by address) and the others, like rows without any, get new rids past the largest in use for the MID.
# So (mid, rid) and (mid, address) stay unique in the file and in the store, and a row never takes over
# another recipient.
_RIDS = """
    WITH stored AS (SELECT mid, address, min(rid) AS rid FROM recipients
                    WHERE mid IN (SELECT mid FROM rec_rcpt) GROUP BY mid, address),
    taken AS (SELECT DISTINCT mid, rid, address FROM recipients WHERE mid IN (SELECT mid FROM rec_rcpt)),
    top AS (SELECT mid, max(rid) AS m FROM recipients WHERE mid IN (SELECT mid FROM rec_rcpt) GROUP BY mid),
    own AS (SELECT x.*, CASE WHEN NOT EXISTS (SELECT 1 FROM taken t WHERE t.mid = x.mid AND t.rid = x.rid0
                                              AND t.address <> x.address) THEN x.rid0 END AS rid1
            FROM rec_rcpt x),
    want AS (SELECT x.*, coalesce(s.rid, x.rid1) AS want
             FROM own x LEFT JOIN stored s USING (mid, address)),
    kept AS (SELECT *, CASE WHEN want IS NOT NULL AND row_number() OVER (
                 PARTITION BY mid, want ORDER BY rid1 IS NULL, address) = 1 THEN want END AS keep FROM want)
    SELECT k.mid,
           coalesce(k.keep, greatest(coalesce(max(k.keep) OVER (PARTITION BY k.mid), -1), coalesce(t.m, -1))
                    + row_number() OVER (PARTITION BY k.mid, k.keep IS NULL ORDER BY k.address)) AS rid,
           k.address, k.st AS status,
           CASE WHEN k.st = 'delivered' THEN coalesce(k.dat, k.rat) END AS delivered_at
    FROM kept k LEFT JOIN top t USING (mid)"""


def _deliveries(con: duckdb.DuckDBPyConnection) -> None:
    d = "(SELECT * FROM rec WHERE bad IS NULL AND rk = 'delivery')"
    cols = ("parent_mid", "child_kind", "message_id", "sender", "subject", "received_at", "policy",
            "direction")
    upsert(con, "messages AS m", ("mid",) + cols + ("source",), f"""
        SELECT TRY_CAST(mid AS BIGINT) AS mid, TRY_CAST(any_value(parent_mid) AS BIGINT) AS parent_mid,
               any_value(lower(child_kind)) AS child_kind, any_value(message_id) AS message_id,
               any_value(lower(sender)) AS sender, any_value(subject) AS subject,
               min({_TS.format(c='received_at')}) AS received_at, any_value(policy) AS policy,
               coalesce(any_value(lower(direction)), 'inbound') AS direction, 'records' AS source
        FROM {d} GROUP BY 1""", ("mid",), ", ".join(f"{c} = COALESCE(m.{c}, n.{c})" for c in cols))
    status = """CASE WHEN lower(status) IN ('delivered', 'quarantined', 'bounced', 'pending')
        THEN lower(status)
                     WHEN lower(coalesce(delivered, 'true')) IN ('true', '1', 'yes', 't', 'y')
                         THEN 'delivered'
                     ELSE 'pending' END"""
    con.execute(f"""CREATE OR REPLACE TEMP TABLE rec_rcpt AS
        SELECT TRY_CAST(mid AS BIGINT) AS mid, lower(trim(recipient)) AS address,
               any_value(TRY_CAST(rid AS INTEGER)) AS rid0, any_value({status}) AS st,
               min({_TS.format(c='delivered_at')}) AS dat, min({_TS.format(c='received_at')}) AS rat
        FROM {d} GROUP BY 1, 2""")
    upsert(con, "recipients AS r", ("mid", "rid", "address", "status", "delivered_at"), _RIDS,
           ("mid", "rid"), "status = n.status, delivered_at = n.delivered_at")
    upsert(con, "attachments AS a", ("mid", "filename", "sha256"), f"""
        SELECT TRY_CAST(mid AS BIGINT) AS mid, attachment AS filename,
               any_value(lower(trim(sha256))) AS sha256
        FROM {d} WHERE attachment IS NOT NULL AND attachment <> '' GROUP BY 1, 2""", ("mid", "filename"),
           "sha256 = COALESCE(a.sha256, n.sha256)")


def _verdicts(con: duckdb.DuckDBPyConnection, path: str) -> None:
    con.execute(f"""INSERT INTO verdict_events (event_key, sha256, verdict, kind, event_time, mid, filename,
        score,
                        threat_name, source_path, line_no)
        SELECT * FROM (SELECT DISTINCT ON (event_key) * FROM (
          SELECT md5(concat_ws('|', sha, vk, v, coalesce(strftime(et, '%Y-%m-%d %H:%M:%S.%f'), ''),
                     coalesce(m::VARCHAR, ''))) AS event_key, sha, v, vk, et, m, filename,
                 TRY_CAST(score AS DOUBLE), threat_name, $path, row_no
          FROM (SELECT *, lower(trim(sha256)) AS sha, {q.VERDICT_SQL.format(v='verdict')} AS v,
                       TRY_CAST(mid AS BIGINT) AS m, {_TS.format(c='event_time')} AS et,
                       coalesce(lower(verdict_kind), CASE WHEN mid IS NULL OR mid = '' THEN 'retrospective'
                                                          ELSE 'initial' END) AS vk
                FROM rec WHERE bad IS NULL AND rk = 'verdict'))
        ORDER BY event_key, row_no) n
        WHERE NOT EXISTS (SELECT 1 FROM verdict_events t WHERE t.event_key = n.event_key)""", {"path": path})
