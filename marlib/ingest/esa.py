"""Parse one batch of Cisco ESA log lines (mail_logs and AMP) and merge it into the store.

The caller hands the batch's bytes to :func:`load_batch` (a chunk of a
plain file, or a chunk of a ``.gz`` or of a file's new tail). It fills the
temporary table ``ev(ln, k, ts, sys, st, mid, n2, rid, a, b, c, d, e, f)``, one row per parsed
line: the compiled scanner (:mod:`marlib.ingest.esa_scan`) reads the usual
lines, and every other line goes through the SQL parser
(:mod:`marlib.ingest.esa_sql`) with its line number.
:func:`parse_batch` then aggregates per MID / recipient / attachment and
upserts, inside the caller's transaction. Every line lands in exactly one of
parsed / ignored / rejected. Rows whose key is not stored yet (every row on a fresh store, new
MIDs on an incremental run) are inserted; rows whose key is stored update it
(:func:`marlib.ingest.esa_merge.upsert`).

Merging rules (a message whose lines straddle two batches or two ingest runs
ends up as when read at once):

* messages, attachments: a value already stored wins (``COALESCE(existing, new)``); within one
  batch a field logged twice for the same MID keeps the smallest value (real logs write each once);
* recipients: the latest delivery status wins (a quarantined copy later
  released and delivered becomes delivered): the line with the latest time (``status_at``), within a batch
  as across batches and files, read in any order. ESA times have one-second resolution, so two status lines
  of one copy in the same second are told apart by their status, delivered > bounced > quarantined (a
  quarantine comes before the release that delivers or bounces the copy; between a delivery and a bounce,
  delivered is the safe side: remediation looks for the copy, and one not found is reported as such, while
  a copy taken for bounced is never looked for), then by the larger DCID: never by which line was read
  last. ``delivered_at`` is the time of ``Message done``. A ``Message done`` without "(external quarantine)"
  by a DCID whose ``Delivery start`` went ``to offbox IronPort Spam Quarantine`` (same MID and RID) handed
  the copy to the quarantine, not to the mailbox: quarantined, also when the two lines are read in other
  batches or files, in either order (a stored quarantine remembers its DCID in ``dcid``). Delivery lines read
  before the recipient's To line wait for it in ``recipient_facts`` (the delivered ones are counted in the
  ingest summary's ``deliveries_without_recipient``, with a warning: they cannot be remediated until then);
* verdict events are keyed by md5(sha256|kind|verdict|time|mid), so the same
  line read from the amp log and from mail_logs counts once.

Child MIDs: ``split``, ``rewritten`` and ``generated`` (bcc) children get
their parent's Message-ID (and sender, subject and received time when their
own lines have none) and a COPY of its attachment rows at ingest
(``bounce`` children do not: a bounce is a new message). So
``attachments.sha256 -> mid`` already lists the children; ``messages.parent_mid``
keeps the link.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import duckdb
import numpy as np

from marlib.ingest import esa_merge, esa_scan, files
from marlib.ingest import esa_sql as q

log = logging.getLogger(__name__)


@dataclass
class BatchContext:
    """What a batch needs to know about its file."""
    path: str
    file_key: str
    first_line_no: int          # 1-based number of the batch's first line
    year: int                   # year of syslog lines at the start of the batch
    prev_month: int | None      # month of the last syslog line before the batch (New Year roll-over)
    tz_offset_s: int | None     # file logs: offset in force at the batch start
    syslog_offset_s: int = 0    # syslog lines: configured offset (default: the times are UTC)
    mtime_month: int | None = None  # first batch of a file whose year came from its mtime
    run_id: str = ""
    mid_base: int = 0           # added to every MID: appliance number * APPLIANCE_MID_SPAN (migration 110)
    # by host: each syslog line's host names its appliance; host_bases(hosts) gives their MID bases (lines
    # without a host take mid_base)
    host_bases: Callable[[list[str]], dict[str, int]] | None = None
    bases: dict[str, int] = field(default_factory=dict)   # hosts seen in this batch -> MID base
    # counts of the batch loaded last (set by load_batch)
    lines: int = 0
    ignored: int = 0
    rejected: int = 0
    not_utf8: int = 0           # lines of the batch with bytes that are not UTF-8 (read as Windows-1252)
    # tz_offset_s is the one last seen in other logs (api._offset_seen), not the file's own nor a given one
    offset_assumed: bool = False


@dataclass
class BatchResult:
    lines: int = 0
    parsed: int = 0
    ignored: int = 0
    rejected: int = 0
    tz_offset_s: int | None = None
    year: int | None = None
    last_month: int | None = None
    last_time: datetime | None = None
    not_utf8: int = 0
    offset_assumed: bool = False   # file-shaped lines were read with ctx.tz_offset_s, an assumed offset


# -- loading ---------------------------------------------------------------------
EV_COLUMNS = "ln, k, ts, sys, st, mid, n2, rid, a, b"  # c..f: only the scanner fills them
EV_TYPES = ("ln BIGINT, k UTINYINT, ts TIMESTAMP, sys BOOLEAN, st UTINYINT, mid BIGINT, n2 BIGINT, "
            "rid INTEGER, a VARCHAR, b VARCHAR, c VARCHAR, d VARCHAR, e VARCHAR, f VARCHAR, h VARCHAR")


def drop_batch_views(con: duckdb.DuckDBPyConnection) -> None:
    """Forget the batch's ``ev`` view, its fallback rows and the Arrow rows behind it."""
    con.execute("DROP VIEW IF EXISTS ev")
    con.execute(f"DROP TABLE IF EXISTS {HOST_BASES}")
    con.execute("DROP TABLE IF EXISTS evf")
    con.execute("DROP TABLE IF EXISTS evm")
    con.execute("DROP TABLE IF EXISTS evs")
    try:
        con.unregister("scan_rows")
    except Exception:  # noqa: BLE001 - nothing registered
        pass


# Batches smaller than this skip the compiled scanner (MARLIB_SCANNER_MIN_BYTES overrides): the SQL parser
# reads a few MB in well under a second, while the scanner's first use after installing compiles it (~15 s).
SCANNER_MIN_BYTES = 8 * 1024 * 1024


def _use_scanner(size: int) -> bool:
    return size >= int(os.environ.get("MARLIB_SCANNER_MIN_BYTES") or SCANNER_MIN_BYTES)


def load_batch(con: duckdb.DuckDBPyConnection, buf: np.ndarray, ctx: BatchContext, *, final: bool,
               scanner: bool | None = None, more: bool = False) -> int:
    """Read the complete lines of ``buf`` (bytes) into the temporary table ``ev``; returns the bytes consumed.

    The compiled scanner (:mod:`marlib.ingest.esa_scan`) reads the usual lines; the rest go through the
    SQL parser with their line numbers, and those that cannot be parsed are put in ``ingest_rejects``
    straight away. ``ctx.lines``, ``ctx.ignored`` and ``ctx.rejected`` get this batch's counts.
    ``scanner=False`` sends every line to the SQL parser without using (or compiling) the scanner;
    the default uses the scanner for batches of :data:`SCANNER_MIN_BYTES` or more. Both give the same
    store (tests/test_ingest_scanner.py).

    ``more``: other batches follow in this transaction. DuckDB keeps an object registered in a
    transaction alive until the transaction ends, so the scanner's rows are then copied into a temporary
    table (memory DuckDB can spill to disk) rather than viewed in place; otherwise a file of many batches
    would hold all of their rows in memory until its commit.
    """
    if scanner is None:
        scanner = _use_scanner(buf.size)
    if not scanner:
        starts, ends, consumed = _split_lines(buf, final)
        ctx.lines, ctx.ignored, ctx.rejected = int(starts.size), 0, 0
        drop_batch_views(con)
        con.execute(f"CREATE TEMP TABLE evf ({EV_TYPES})")
        if starts.size:
            numbers = np.arange(starts.size) + ctx.first_line_no
            _load_slow(con, buf, starts, ends, numbers, ctx, compiled=False)
        _create_ev(con, "SELECT * FROM evf", ctx)
        return consumed
    import pyarrow as pa
    kinds, out_n, out_o, out_t, out_s, out_st, starts, ends, consumed = esa_scan.scan(buf, final, ctx.year)
    lines = int(kinds.size)
    fast = np.flatnonzero((kinds != 0) & (kinds != esa_scan.FALLBACK))
    slow = np.flatnonzero(kinds == esa_scan.FALLBACK)
    ctx.lines, ctx.ignored, ctx.rejected = lines, lines - int(fast.size) - int(slow.size), 0
    first = ctx.first_line_no
    fn, fo = esa_scan.take(out_n, fast), esa_scan.take(out_o, fast)
    del out_n, out_o
    cols = {"ln": pa.array(fast + first, type=pa.int64()), "k": pa.array(kinds[fast], type=pa.uint8()),
            "ts": pa.array(out_t[fast], type=pa.timestamp("us")),
            "sys": pa.array(out_s[fast], type=pa.bool_()),
            "st": pa.array(out_st[fast], type=pa.uint8()),
            "mid": pa.array(fn[0], type=pa.int64()),
            "n2": pa.array(fn[1], type=pa.int64()), "rid": pa.array(fo[0], type=pa.int32())}
    addresses = np.isin(kinds[fast], (q.FROM, q.TO, q.READY))  # stored lower-cased
    for i, name in enumerate("abcdef"):
        cols[name] = esa_scan.strings(buf, fo[1 + 2 * i], fo[2 + 2 * i], addresses if name == "a" else None)
    if ctx.host_bases is not None:
        cols["h"] = esa_scan.syslog_hosts(buf, starts[fast], ends[fast], out_s[fast])
    marlib_batch_rows = pa.table(cols)
    del fn, fo, cols, out_t, out_s, out_st
    # ``ev`` is a view: the scanner's rows are read straight from Arrow (no copy; copied when ``more``),
    # the SQL parser's rows (few) sit in ``evf``; a batch whose syslog years must move makes it a table
    # (esa_merge)
    drop_batch_views(con)
    if more:  # read through a replacement scan of the local variable: nothing stays registered
        con.execute("CREATE TEMP TABLE evs AS SELECT * FROM marlib_batch_rows")
    else:
        con.register("scan_rows", marlib_batch_rows)
    del marlib_batch_rows
    con.execute(f"CREATE TEMP TABLE evf ({EV_TYPES})")
    if slow.size:
        _load_slow(con, buf, starts[slow], ends[slow], slow + first, ctx)
    _create_ev(con, f"SELECT * FROM {'evs' if more else 'scan_rows'} UNION ALL BY NAME SELECT * FROM evf", ctx)
    return consumed


def _create_ev(con: duckdb.DuckDBPyConnection, rows: str, ctx: BatchContext) -> None:
    """The view ``ev`` over the batch's rows, with the MIDs as stored (:func:`stored_mids`)."""
    if ctx.host_bases is not None:
        _learn_hosts(con, rows, ctx)
    con.execute(f"CREATE TEMP VIEW ev AS {stored_mids(rows, ctx)}")


def _learn_hosts(con: duckdb.DuckDBPyConnection, rows: str, ctx: BatchContext, params: list | None = None) -> None:
    """MID bases of the syslog hosts in ``rows`` (a SELECT, with its ``params``) that the batch has not seen
    yet, added to ``ctx.bases`` and to the temporary table :data:`HOST_BASES` that :func:`stored_mids` reads."""
    new = [h for (h,) in con.execute(f"SELECT DISTINCT h FROM ({rows}) WHERE h IS NOT NULL", params or []
                                     ).fetchall() if h not in ctx.bases]
    if new:
        ctx.bases.update(ctx.host_bases(sorted(new)))
        # host names come from the log lines: a table with bound values, not literals in the view's SQL
        # (a view cannot take parameters)
        hosts = sorted(ctx.bases)
        con.execute(f"CREATE OR REPLACE TEMP TABLE {HOST_BASES} AS SELECT unnest($hosts::VARCHAR[]) AS h, "
                    "unnest($bases::BIGINT[]) AS b", {"hosts": hosts, "bases": [int(ctx.bases[h]) for h in hosts]})


# syslog host -> MID base of the batch's hosts (ctx.bases), written by _learn_hosts, read by stored_mids
HOST_BASES = "marlib_host_bases"


def stored_mids(rows: str, ctx: BatchContext) -> str:
    """SELECT over ``rows`` (columns of ``ev``) with the MIDs as stored, and their base as ``mb``: the
    appliance's base added to ``mid`` and to the parent MID that child lines carry in ``n2`` (a named
    appliance, or the line's host, from :data:`HOST_BASES`; base 0 leaves the MIDs as they are)."""
    base = str(int(ctx.mid_base))
    if ctx.bases:
        base = f"coalesce((SELECT hb.b FROM {HOST_BASES} hb WHERE hb.h = r.h), {base})"
    if base == "0":
        return f"SELECT *, 0::BIGINT AS mb FROM ({rows})"
    kinds = ", ".join(str(k) for k in esa_merge.PARENT_IN_N2)
    return (f"SELECT * REPLACE (mid + mb AS mid, CASE WHEN k IN ({kinds}) THEN n2 + mb ELSE n2 END AS n2) "
            f"FROM (SELECT *, ({base})::BIGINT AS mb FROM ({rows}) r)")


def _split_lines(buf: np.ndarray, final: bool) -> tuple[np.ndarray, np.ndarray, int]:
    """(starts, ends, bytes consumed) of the complete lines in buf, with numpy only (no compiled code).

    A last line without newline counts only when ``final``; a CR before the newline is left out.
    """
    nl = np.flatnonzero(buf == 10)
    starts = np.concatenate([[0], nl[:-1] + 1]).astype(np.int64) if nl.size else np.zeros(0, np.int64)
    ends = nl.astype(np.int64)
    consumed = int(nl[-1]) + 1 if nl.size else 0
    if final and consumed < buf.size:
        starts, ends, consumed = np.append(starts, consumed), np.append(ends, buf.size), int(buf.size)
    if ends.size:
        cr = (ends > starts) & (buf[np.maximum(ends - 1, 0)] == 13)
        ends = ends - cr
    return starts, ends, consumed


def _load_slow(con: duckdb.DuckDBPyConnection, buf: np.ndarray, starts: np.ndarray, ends: np.ndarray,
               numbers: np.ndarray, ctx: BatchContext, *, compiled: bool = True) -> None:
    """The lines the scanner handed on, through the SQL parser: parsed ones into ``evf``, the others
    counted or rejected."""
    import pyarrow as pa
    ok = esa_scan.valid_lines(buf, starts, ends) if compiled else np.zeros(starts.size, np.bool_)
    bad = np.flatnonzero(~ok)
    # valid UTF-8 lines are copied as they are; the others (all, without the scanner) are decoded, bytes that
    # are not UTF-8 (an 8-bit subject or file name) read as Windows-1252 (files.NOT_UTF8): U+FFFD lost them
    text = []
    for s, e in zip(starts[bad].tolist(), ends[bad].tolist()):
        line, not_utf8 = files.decode_text(bytes(buf[s:e]))
        text.append(line)
        ctx.not_utf8 += not_utf8
    good = np.flatnonzero(ok)
    copied = [esa_scan.strings(buf, starts[good], ends[good])] if good.size else []
    lines = pa.concat_arrays([*copied, pa.array(text, type=pa.large_string())])
    numbered = np.concatenate([numbers[good], numbers[bad]])
    _sql_parse(con, pa.table({"ln": pa.array(numbered, type=pa.int64()), "line": lines}), ctx, ctx.year)


def _sql_parse(con: duckdb.DuckDBPyConnection, marlib_slow_lines, ctx: BatchContext, year: int) -> None:
    """Numbered lines (an Arrow table ln, line) through the SQL parser, syslog times in ``year``: parsed ones
    into ``evf``, the others counted or rejected."""
    # read through a replacement scan of the local variable, not registered: DuckDB would keep a registered
    # object alive until the file's transaction ends
    by_host = ctx.host_bases is not None
    con.execute(f"CREATE OR REPLACE TEMP TABLE fb AS {q.extract_select('marlib_slow_lines', hosts=by_host)}",
                {"year_suffix": f" {int(year)}"})
    del marlib_slow_lines
    ctx.ignored += con.execute("SELECT count(*) FROM fb WHERE k = 0").fetchone()[0]
    ctx.rejected += esa_merge.insert_line_rejects(con, ctx)
    con.execute(f"INSERT INTO evf ({EV_COLUMNS}{', h' if by_host else ''}) SELECT ln, k, ts, sys, "
                f"{q.STATUS_SQL} AS st, {q.TYPED_FIELDS}{', host' if by_host else ''} FROM fb "
                f"WHERE k > 0 AND k <> {q.UNFRAMED} AND s.g1 <> '' AND ts IS NOT NULL")
    con.execute("DROP TABLE fb")


def _read_leap_days(con: duckdb.DuckDBPyConnection, ctx: BatchContext, leap: list[tuple[int, str]],
                    added: dict[int, int]) -> None:
    """Lines dated Feb 29, rejected in the batch's starting year, read again in the year they turned out
    to be in when that is a leap year (their times are then final: the years were moved already)."""
    import calendar

    import pyarrow as pa
    by_year: dict[int, list[tuple[int, str]]] = {}
    for n, raw in leap:
        year = ctx.year + added[n]
        if calendar.isleap(year):
            by_year.setdefault(year, []).append((n, raw))
    if not by_year:
        return
    again = [n for rows in by_year.values() for n, _ in rows]
    esa_merge.forget_rejects(con, ctx, again)
    ctx.rejected -= len(again)
    for year, rows in by_year.items():
        _sql_parse(con, pa.table({"ln": pa.array([n for n, _ in rows], type=pa.int64()),
                                  "line": pa.array([raw for _, raw in rows], type=pa.large_string())}), ctx, year)
    # a leap year was reached by moving years, so ev is a copy by now (esa_merge._updatable_ev): the new rows
    # go there too
    rows, params = "SELECT * FROM evf WHERE list_contains(?::BIGINT[], ln)", [[int(n) for n in again]]
    if ctx.host_bases is not None:
        _learn_hosts(con, rows, ctx, params)
    con.execute(f"INSERT INTO evm BY NAME {stored_mids(rows, ctx)}", params)


def load_lines_from_list(con: duckdb.DuckDBPyConnection, lines: list[str], ctx: BatchContext, *,
                         scanner: bool | None = None) -> None:
    """Put already split lines (without their newline) into ``ev``, like :func:`load_batch`."""
    data = "".join(line + "\n" for line in lines).encode("utf-8", "surrogatepass")
    load_batch(con, np.frombuffer(data, dtype=np.uint8), ctx, final=True, scanner=scanner)


# -- parsing -----------------------------------------------------------------------
def _read_before_offset_line(con: duckdb.DuckDBPyConnection, points: list[tuple[int, int]]) -> bool:
    """True when the batch has file-shaped lines before its first ``Time offset from UTC`` line (``points``)."""
    first = points[0][0] if points else None
    return con.execute("SELECT count(*) > 0 FROM ev WHERE NOT sys AND ts IS NOT NULL AND ln < coalesce(?, ln + 1)",
                       [first]).fetchone()[0]



def parse_batch(con: duckdb.DuckDBPyConnection, ctx: BatchContext) -> BatchResult:
    """Merge the lines in ``ev`` into the store (inside the caller's transaction)."""
    points = esa_merge.tz_breakpoints(con)
    leap = esa_merge.leap_day_rejects(con, ctx)
    added_years, last_month, leap_years = esa_merge.fix_syslog_years(con, ctx.prev_month, ctx.mtime_month,
                                                                     tuple(n for n, _ in leap))
    if leap:
        _read_leap_days(con, ctx, leap, leap_years)
    offset = esa_merge.offset_case(ctx.tz_offset_s, points, ctx.syslog_offset_s)
    rejected = ctx.rejected + esa_merge.merge(con, offset, ctx)
    last_time = con.execute(f"SELECT max({esa_merge.utc_expr(offset)}) FROM ev").fetchone()[0]
    res = BatchResult(lines=ctx.lines, ignored=ctx.ignored, rejected=rejected,
                      parsed=ctx.lines - ctx.ignored - rejected,
                      # a syslog file remembers the offset its lines were read with (given now, or before)
                      tz_offset_s=points[-1][1] if points else (
                          ctx.syslog_offset_s if last_month is not None else ctx.tz_offset_s),
                      year=ctx.year + added_years, last_month=last_month or ctx.prev_month,
                      last_time=last_time, not_utf8=ctx.not_utf8,
                      offset_assumed=ctx.offset_assumed and _read_before_offset_line(con, points))
    esa_merge.drop_temps(con)
    drop_batch_views(con)
    return res
