"""Parse one batch of Cisco ESA log lines (mail_logs and AMP) inside DuckDB and merge it into the store.

The caller loads the batch with :func:`load_lines_from_csv` (DuckDB's CSV
reader over the whole file: the fast path) or :func:`load_lines_from_list`
(lines already split in Python: tails of growing files, ``.gz``, odd bytes).
Either creates the temporary table ``ev`` in ONE pass over the lines: the
line kind from cheap prefix tests (:mod:`marlib.ingest.esa_sql`), the local
time stamp and, only for the rows of a kind, that kind's regular expression
(string slicing for the most frequent MID kinds).
:func:`parse_batch` then aggregates per MID / recipient / attachment and
upserts, inside the caller's transaction. Every line lands in exactly one of
parsed / ignored / rejected. Rows whose key is not stored yet (every row on a fresh store, new
MIDs on an incremental run) go in with a plain INSERT; only keys already stored take the slower
``INSERT ... ON CONFLICT`` path (:func:`marlib.ingest.esa_merge._upsert`).

Merging rules (a message whose lines straddle two batches or two ingest runs
ends up as when read at once):

* messages, attachments: a value already stored wins (``COALESCE(existing, new)``); within one
  batch a field logged twice for the same MID keeps the smallest value (real logs write each once);
* recipients: the latest delivery status wins (a quarantined copy later
  released and delivered becomes delivered); ``delivered_at`` is the time of
  ``Message done``;
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
from dataclasses import dataclass
from datetime import datetime

import duckdb

from marlib.ingest import esa_merge
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
    row_base: int = 0           # set by parse_batch: line number = rowid + row_base


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


# -- loading ---------------------------------------------------------------------
CSV_SOURCE = ("read_csv($path, columns={'line': 'VARCHAR'}, header=false, quote='', escape='', "
              "delim='\x1e\x1f', auto_detect=false, new_line='\\n', compression=$comp)")


def load_lines_from_csv(con: duckdb.DuckDBPyConnection, path: str, *, year: int, gzip: bool = False) -> None:
    """Read a whole file into ``ev`` with DuckDB's CSV reader (one VARCHAR column, no quoting)."""
    con.execute("DROP TABLE IF EXISTS ev")
    con.execute(f"CREATE TEMP TABLE ev AS {q.extract_select(CSV_SOURCE)}",
                {"path": path, "comp": "gzip" if gzip else "none", "year_suffix": f" {int(year)}"})


def load_lines_from_list(con: duckdb.DuckDBPyConnection, lines: list[str], *, year: int) -> None:
    """Put already split lines (without their newline) into ``ev``."""
    import pyarrow as pa
    con.register("batch_lines", pa.table({"line": pa.array(lines, type=pa.string())}))
    try:
        con.execute("DROP TABLE IF EXISTS ev")
        con.execute(f"CREATE TEMP TABLE ev AS {q.extract_select('batch_lines')}",
                    {"year_suffix": f" {int(year)}"})
    finally:
        con.unregister("batch_lines")


# -- parsing -----------------------------------------------------------------------
def parse_batch(con: duckdb.DuckDBPyConnection, ctx: BatchContext) -> BatchResult:
    """Parse the lines in ``ev`` and merge them into the store (inside the caller's transaction)."""
    # rowids of a table created inside a transaction do not start at 0: number lines from the first one
    first_rowid = con.execute("SELECT min(rowid) FROM ev").fetchone()[0] or 0
    ctx.row_base = base = ctx.first_line_no - int(first_rowid)
    points = esa_merge.tz_breakpoints(con, base)
    added_years, last_month = esa_merge.fix_syslog_years(con, base, ctx.prev_month, ctx.mtime_month)
    offset = esa_merge.offset_case(ctx.tz_offset_s, points, ctx.syslog_offset_s)
    rejected = esa_merge.insert_line_rejects(con, ctx)
    rejected += esa_merge.merge(con, offset, ctx)
    lines, ignored, last_time = con.execute(
        f"SELECT count(*), count(*) FILTER (WHERE k = 0), max({esa_merge.utc_expr(offset)}) "
        f"FROM (SELECT rowid + $base AS ln, k, ts, sys FROM ev)", {"base": base}).fetchone()
    res = BatchResult(lines=lines, ignored=ignored, rejected=rejected, parsed=lines - ignored - rejected,
                      tz_offset_s=points[-1][1] if points else ctx.tz_offset_s,
                      year=ctx.year + added_years, last_month=last_month or ctx.prev_month,
                      last_time=last_time)
    esa_merge.drop_temps(con)
    return res
