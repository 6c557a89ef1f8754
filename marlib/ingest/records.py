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
recipient        yes        recipient address (one local@domain, no display name or <>)
rid              no         recipient index within the message (default: the stored one of
                            that address, else the order of the addresses within the mid,
                            from 0; a To line of the ESA logs read later renumbers it)
message_id       no         Message-ID header, with <>
sender           no         envelope sender
subject          no         subject
received_at      no         time the gateway received the message (UTC)
delivered        no         true/false (default true)
status           no         delivered | quarantined | bounced | pending (wins over delivered;
                            of several rows of one copy, the last)
delivered_at     no         delivery time (UTC; default received_at when delivered)
policy           no         incoming/outgoing mail policy name
direction        no         inbound | outbound, or incoming | outgoing (default inbound)
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

Values are trimmed, and an empty one (``""``) counts as not given; names of statuses, directions, kinds
and verdicts are compared without case. A ``split``, ``rewritten`` or ``generated`` child gets its
parent's Message-ID (sender, subject and received time when it has none) and attachment rows, as in the
logs, whichever of the two files comes first.
A row missing a required value, with a value outside its column's list above, a number or time that
cannot be read, or a list or object where one value belongs (JSON lines, Parquet), goes to
``ingest_rejects``; so do a JSON line that is not a JSON object and a CSV row with more or fewer fields
than the header. The other rows are read. ``line_no`` is the file line the row starts on (in a CSV the
header is line 1; a row whose quoted field goes over several lines has the number of its first line; in
Parquet the row number, from 1). ``raw`` is the row as written in the file, to fix the source and import
it again: a CSV row whole, with the line breaks inside its quoted fields, a JSON line as it stands (without
its line break); a Parquet row has no text, so its raw is the row's columns as JSON (all of them, as the
file names them).
Re-importing a file, also after rows were appended, adds only what is new (everything is upserted
by key; a reject already recorded for the same file, row and text is not recorded again); when the file
only grew, the summary counts the rows after those read before. A file rewritten rather than appended since
it was read (same path, another content: an export a SIEM job overwrites every day) is read again from its
start and named in ``reread_files`` and ``replaced_records``: what its earlier contents gave stays (those
deliveries happened), and so do their rejects, marked ``superseded_at`` (migration 170), except those of rows
rejected again in the new content (same text), which are one reject, the new one.
"""
from __future__ import annotations

import hashlib
import json
import logging
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import pyarrow as pa

from marlib.errors import IngestError
from marlib.ingest import esa_sql as q
from marlib.ingest.files import NOT_UTF8_NAME, decode_text, stored_path
from marlib.ingest.esa_merge import inherit_children_of, release_held_facts, upsert
from marlib.ingest.records_lines import (CSV_ENCODING, JSON_ENCODING, CsvQuoting, CsvRecords, original_rows,
                                         physical_lines)
from marlib.store import rollback

if TYPE_CHECKING:
    from marlib.ingest.api import IngestSummary

log = logging.getLogger(__name__)

DELIVERY_COLUMNS = ("mid", "recipient", "rid", "message_id", "sender", "subject", "received_at", "delivered",
                    "status", "delivered_at", "policy", "direction", "attachment", "sha256", "parent_mid",
                    "child_kind")
VERDICT_COLUMNS = ("sha256", "verdict", "verdict_kind", "event_time", "mid", "filename", "score",
                   "threat_name")
ALL_COLUMNS = tuple(dict.fromkeys(("record",) + DELIVERY_COLUMNS + VERDICT_COLUMNS))
_COUNTED = ("messages", "recipients", "attachments", "verdict_events", "ingest_rejects")


_CSV_ERRORS, _CSV_SCANS = "rec_csv_errors", "rec_csv_scans"


def _reader(path: Path, longest: int = 0) -> str:
    """The DuckDB reader of a records file; ``longest``: a CSV's longest row, in characters."""
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        return "read_parquet($path)"
    if suffix in (".json", ".jsonl", ".ndjson"):
        return "read_json($path, format='newline_delimited', union_by_name=true)"
    # a row with more or fewer fields than the header goes to DuckDB's rejects table (then to ours), not
    # the whole file
    # DuckDB refuses a whole file with a row over max_line_size (2 MB by default; in bytes, 4 a character
    # at most): a long pasted body or header in one row must not cost the others
    size = f", max_line_size={4 * longest + 64}" if 4 * longest + 64 > _CSV_LINE_SIZE else ""
    return (f"read_csv($path, header=true, all_varchar=true, store_rejects=true, rejects_table='{_CSV_ERRORS}', "
            f"rejects_scan='{_CSV_SCANS}'{size})")


_CSV_LINE_SIZE = 2_097_152   # DuckDB's default max_line_size


def _load(con: duckdb.DuckDBPyConnection, path: Path,
          source: Path | None = None) -> tuple[list[tuple[int, str, str]], str | CsvQuoting]:
    """Temp table rec_raw(row_no, <all known columns as VARCHAR>, many: the columns holding a list or object);
    returns the (line number, text, reason) of rows that could not be read: JSON lines that are not a JSON
    object, CSV rows with more or fewer fields than the header (they go to rejects; the others are read),
    and how a row's original text is found again (:func:`_original_texts`).
    ``source``: the file to read, when not ``path`` itself (its complete lines)."""
    source = source or path
    malformed: list[tuple[int, str, str]] = []
    json_lines = _reader(path).startswith("read_json")
    layout = "json" if json_lines else "parquet" if path.suffix.lower() == ".parquet" else "csv"
    records = CsvRecords(source) if layout == "csv" else None
    if json_lines:   # line by line in Python: every row keeps its line number, blank and broken lines too
        malformed = _load_json_lines(con, source)
    else:
        try:
            con.execute(f"CREATE OR REPLACE TEMP TABLE rec_src AS SELECT * FROM "
                        f"{_reader(path, records.longest if records else 0)}",
                        {"path": str(source)})
        except duckdb.Error as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise IngestError(f"{path}: cannot read it as {path.suffix.lstrip('.') or 'CSV'} records ({first}); "
                              "nothing of the file was stored",
                              advice="records files are CSV with a header row, JSON lines or Parquet") from exc
    cols = [r[0] for r in con.execute("DESCRIBE rec_src").fetchall() if r[0] != _LINE_KEY]
    lower = {c.lower(): c for c in cols}
    if "mid" not in lower and "sha256" not in lower:
        raise IngestError(f"{path}: no 'mid' or 'sha256' column (found: {', '.join(cols) or 'none'})",
                          advice="delivery rows need mid and recipient; verdict rows need sha256 and verdict")
    if "recipient" not in lower and "verdict" not in lower:
        raise IngestError(f"{path}: neither a 'recipient' column (delivery rows) nor a 'verdict' column "
                          f"(verdict rows) (found: {', '.join(cols)})",
                          advice="see the column list in the README / marlib.ingest.records")
    types = {r[0]: r[1] for r in con.execute("DESCRIBE rec_src").fetchall()}
    values, lists = [], []
    for c in ALL_COLUMNS:
        if c not in lower:
            values.append(f"NULL::VARCHAR AS {c}")
            continue
        value, many = _scalar(_ident(lower[c]), types[lower[c]])
        # an empty value (JSON "", a SIEM's blank field) is no value, as an empty CSV cell is
        values.append(f"nullif(trim({value}, {_WHITESPACE}), '') AS {c}")
        if many:
            lists.append(f"CASE WHEN {many} THEN '{c}' END")
    shape = f"concat_ws(', ', {', '.join(lists)})" if lists else "''"
    if json_lines:
        row_no, src = f"{_ident(_LINE_KEY)}::BIGINT", "rec_src"
    elif path.suffix.lower() == ".parquet":
        row_no, src = "row_number() OVER ()", "rec_src"
    else:
        # the file line each row starts on (the header is line 1); rows DuckDB refused are rejects
        refused = _csv_rejects(con, path)
        read = con.execute("SELECT count(*) FROM rec_src").fetchone()[0]
        recs, starts = _record_starts(source, records, read, {duck for duck, _, _ in refused})
        layout = recs.quoting if recs else "lines"
        malformed += [(recs.line_of(duck) if recs else duck, text, reason) for duck, text, reason in refused]
        con.execute("CREATE OR REPLACE TEMP TABLE rec_rows AS SELECT k, row_no FROM "
                    "(SELECT unnest(range(1, ? + 1)) AS k, unnest(?::BIGINT[]) AS row_no)", [read, starts])
        row_no = "rec_rows.row_no"
        src = "(SELECT row_number() OVER () AS k, * FROM rec_src) s JOIN rec_rows USING (k)"
    con.execute(f"CREATE OR REPLACE TEMP TABLE rec_raw AS SELECT {row_no} AS row_no, {', '.join(values)}, "
                f"{shape} AS many FROM {src}")
    return malformed, layout


# How a CSV's records are found again, in the order tried: by the number of quotes on a line (fast), with " and
# with ' (DuckDB's sniffer may take either); then field by field with each delimiter DuckDB's sniffer knows
# (slower, right also with a quote inside an unquoted field: 5" floppy)
_QUOTINGS = (CsvQuoting('"'), CsvQuoting("'"),
             *(CsvQuoting(quote, delimiter) for quote in ('"', "'") for delimiter in (",", ";", "\t", "|")))


def _record_starts(source: Path, records: CsvRecords, read: int, gone: set[int]) -> tuple[CsvRecords | None,
                                                                                          list[int]]:
    """The records of a CSV (``records``: found with the first of :data:`_QUOTINGS`) as the first way of
    telling its quoted line breaks that gives as many rows as DuckDB read (``read``, besides those it
    refused, ``gone``), and the file line each of those rows starts on; (None, one line a row) when none does
    (an escape character inside quoted fields)."""
    for quoting in _QUOTINGS:
        recs = records if quoting == records.quoting else CsvRecords(source, quoting)
        starts = [number for number, duck in zip(recs.lines[1:], recs.ducks[1:]) if duck not in gone]
        if len(starts) == read:
            return recs, starts
    return None, list(range(2, read + 2))


def _original_texts(con: duckdb.DuckDBPyConnection, layout: str | CsvQuoting, source: Path,
                    numbers: list[int]) -> dict[int, str]:
    """The rows starting on these line numbers (row numbers in Parquet) as the file has them: a CSV row
    with the line breaks of its quoted fields, a JSON line as written; a Parquet row has no text, so its
    columns as JSON (all of them, with the file's names and types). ``layout``: "json", "parquet", a CSV's
    :class:`CsvQuoting` (how its records were found), "lines" (a CSV row is one line)."""
    if not numbers:
        return {}
    if layout == "parquet":
        return dict(con.execute("SELECT row_no, to_json(r)::VARCHAR FROM (SELECT row_number() OVER () AS row_no, "
                                "rec_src AS r FROM rec_src) WHERE row_no IN (SELECT unnest(?::BIGINT[]))",
                                [numbers]).fetchall())
    return original_rows(source, numbers, encoding=JSON_ENCODING if layout == "json" else CSV_ENCODING,
                         quoting=layout if isinstance(layout, CsvQuoting) else None)


# values lose the white space around them (tabs and line breaks too: DuckDB's trim(x) takes spaces only)
_WHITESPACE = "' ' || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)"


def _scalar(col: str, type_name: str) -> tuple[str, str | None]:
    """(the column's value as text, a condition true when a row holds a list or object there, or None)."""
    if type_name == "JSON":   # JSON lines whose rows disagree on the type: strings without their quotes
        return (f"CASE WHEN json_type({col}) = 'VARCHAR' THEN json_extract_string({col}, '$') "
                f"ELSE CAST({col} AS VARCHAR) END", f"json_type({col}) IN ('ARRAY', 'OBJECT')")
    if type_name.endswith("]") or type_name.startswith(("STRUCT", "MAP", "UNION")):
        return f"CAST({col} AS VARCHAR)", f"{col} IS NOT NULL"
    return f"CAST({col} AS VARCHAR)", None


def _csv_rejects(con: duckdb.DuckDBPyConnection, path: Path) -> list[tuple[int, str, str]]:
    """The CSV rows DuckDB refused: (DuckDB's line, text, reason), one per row."""
    reasons = {"MISSING COLUMNS": "row has fewer fields than the header",
               "TOO MANY COLUMNS": "row has more fields than the header"}
    out = []
    try:
        got = con.execute(f"SELECT line, arg_min(trim(csv_line, chr(13) || chr(10)), error_type), "
                          f"min(error_type), arg_min(error_message, error_type) FROM {_CSV_ERRORS} "
                          "GROUP BY line ORDER BY line").fetchall()
    except duckdb.CatalogException:   # nothing refused
        return out
    finally:
        for t in (_CSV_ERRORS, _CSV_SCANS):
            con.execute(f"DROP TABLE IF EXISTS {t}")
    for line, text, kind, message in got:
        out.append((int(line), text, reasons.get(kind, f"not a CSV row ({message})")))
    return out


_LINE_KEY = "__marlib_line"


def _load_json_lines(con: duckdb.DuckDBPyConnection, path: Path) -> list[tuple[int, str, str]]:
    """rec_src from the lines of a JSON lines file that are JSON objects, each with its line number (key
    ``__marlib_line``); returns the others as (line number, text)."""
    good, bad = [], []
    for number, line in physical_lines(path, JSON_ENCODING):
        text = line.rstrip("\r\n")
        if not text.strip():
            continue
        try:
            row = json.loads(text)
        except ValueError:
            row = None
        if isinstance(row, dict):   # keys without case (the first spelling wins), like CSV headers
            # an empty key names no column, and DuckDB would read the whole file as one MAP column for it
            row = {k: v for k, v in reversed([(key.lower(), v) for key, v in row.items()]) if k}
            row[_LINE_KEY] = number
            good.append(json.dumps(row))
        else:
            bad.append((number, text, "not a JSON object"))
    with tempfile.TemporaryDirectory(prefix="marlib-records-") as tmp:
        clean = Path(tmp) / "rows.jsonl"
        clean.write_text("".join(row + "\n" for row in good), encoding="utf-8")
        if good:
            # one column per key: without map_inference_threshold=-1 DuckDB reads rows whose keys vary (a SIEM's
            # optional fields, ~50 rows each with a field of its own) as one MAP column, and the file as one
            # without a mid or sha256 column
            con.execute("CREATE OR REPLACE TEMP TABLE rec_src AS SELECT * FROM read_json($path, "
                        "format='newline_delimited', union_by_name=true, map_inference_threshold=-1)",
                        {"path": str(clean)})
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
_TS = ("CASE WHEN regexp_full_match({c}, '\\d{{9,11}}(\\.\\d+)?') "
       "THEN timezone('UTC', to_timestamp(TRY_CAST({c} AS DOUBLE))) "
       "ELSE timezone('UTC', TRY_CAST({c} AS TIMESTAMPTZ)) END")


def _bad_time(c: str, kind: str) -> str:
    return (f"WHEN rk = '{kind}' AND coalesce({c}, '') <> '' AND ({_TS.format(c=c)}) IS NULL "
            f"THEN '{c} is not a time (ISO 8601 such as 2026-11-20 10:00:00 in UTC or with an offset, "
            "or epoch seconds)'")
# values of the enumerated columns, after trimming and lower-casing (NULL: not one of them)
_DIRECTION = """CASE lower(direction) WHEN 'inbound' THEN 'inbound' WHEN 'incoming' THEN 'inbound'
                   WHEN 'outbound' THEN 'outbound' WHEN 'outgoing' THEN 'outbound' END"""
_STATUSES = ("delivered", "quarantined", "bounced", "pending")
_CHILD_KINDS = ("split", "rewritten", "generated", "bounce")
_TRUE, _FALSE = ("true", "1", "yes", "t", "y"), ("false", "0", "no", "f", "n")


def _or(values: tuple[str, ...]) -> str:
    return ", ".join(values[:-1]) + " or " + values[-1]


def _given(c: str) -> str:
    return f"coalesce({c}, '') <> ''"


def _one_of(c: str, values: tuple[str, ...]) -> str:
    return f"lower({c}) IN ({', '.join(repr(v) for v in values)})"


def _whole(c: str, digits: int = 18) -> str:
    """The text is a whole number (``501``, or ``501.0`` as a float column writes it); TRY_CAST alone would
    round ``7.5`` and read ``0x10``."""
    return f"regexp_full_match({c}, '\\+?[0-9]{{1,{digits}}}(\\.0*)?')"


def _not_int(c: str, kind: str, digits: int = 18) -> str:
    return f"WHEN rk = '{kind}' AND {_given(c)} AND NOT {_whole(c, digits)} THEN '{c} is not a whole number'"


_BAD = f"""CASE
  WHEN many <> '' THEN many || ': a list or object, not one value'
  WHEN rk = 'delivery' AND NOT coalesce({_whole('mid')}, false) THEN 'delivery row without an integer mid'
  WHEN rk = 'delivery' AND coalesce(recipient, '') = '' THEN 'delivery row without recipient'
  WHEN rk = 'delivery' AND NOT regexp_full_match(recipient, '[^@\\s<>,;"]+@[^@\\s<>,;"]+')
    THEN 'recipient is not one email address (local@domain)'
  WHEN rk = 'delivery' AND {_given('direction')} AND ({_DIRECTION}) IS NULL
    THEN 'unknown direction (inbound or outbound)'
  WHEN rk = 'delivery' AND {_given('status')} AND NOT {_one_of('status', _STATUSES)}
    THEN 'unknown status ({_or(_STATUSES)})'
  WHEN rk = 'delivery' AND {_given('delivered')} AND NOT {_one_of('delivered', _TRUE + _FALSE)}
    THEN 'delivered is not true or false'
  WHEN rk = 'delivery' AND {_given('child_kind')} AND NOT {_one_of('child_kind', _CHILD_KINDS)}
    THEN 'unknown child_kind ({_or(_CHILD_KINDS)})'
  {_not_int('rid', 'delivery', 9)}
  {_not_int('parent_mid', 'delivery')}
  {_not_int('mid', 'verdict')}
  WHEN rk = 'verdict' AND {_given('score')} AND TRY_CAST(score AS DOUBLE) IS NULL
    THEN 'score is not a number'
  WHEN rk = 'delivery' AND sha256 IS NOT NULL AND NOT regexp_full_match(sha256, '[0-9A-Fa-f]{{64}}')
    THEN 'sha256 is not 64 hex digits'
  WHEN rk = 'verdict' AND NOT regexp_full_match(coalesce(sha256, ''), '[0-9A-Fa-f]{{64}}')
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
    try:
        data = path.read_bytes()
    except OSError as exc:   # no read permission, gone since the folder was listed: said, not a traceback
        raise IngestError(f"{path}: cannot read the file ({exc.strerror or exc})",
                          advice="check that the file is there and that this user may read it") from exc
    content = data.removeprefix(b"\xef\xbb\xbf")
    if not content or content.isspace():   # an empty export (a byte order mark, blank lines): no rows, no error
        return
    if path.suffix.lower() != ".parquet":
        _check_text(path, data)
    from marlib.ingest.api import SETTLED_S
    text_file = path.suffix.lower() != ".parquet"
    whole = True
    if not data.endswith(b"\n") and text_file and time.time() - path.stat().st_mtime <= SETTLED_S:
        # the file was written a moment ago and its last row has no newline: it may still be being written,
        # and waits for the next import (as the last line of a log does)
        data, whole = data[:data.rfind(b"\n") + 1], False
        if not data:
            return
    # a CSV or JSON lines file saved in Latin-1 / Windows-1252 (Excel's "CSV", an older SIEM): DuckDB refused
    # each row with a non-ASCII name ("not a CSV row (Invalid unicode ...)"), JSON lines lost those letters
    # to U+FFFD; read as Windows-1252 instead (files.NOT_UTF8), said once for the file: a row refused is a
    # delivery missed by remediation, while a name read in the wrong Western code page is still found by MID
    text, not_utf8 = (None, False) if not text_file or data.isascii() else decode_text(data)
    if whole and not not_utf8:
        read = _ingest_records(store, path, data, summary, path)
    else:
        with tempfile.TemporaryDirectory(prefix="marlib-records-") as tmp:
            complete = Path(tmp) / path.name
            complete.write_bytes(text.encode("utf-8") if not_utf8 else data)
            read = _ingest_records(store, path, data, summary, complete)
    if read and not_utf8:
        log.warning("%s is not UTF-8: read as %s", path, NOT_UTF8_NAME)
        summary.not_utf8_files.append(str(path))


# control characters no text holds (tab, line feed, form feed and carriage return aside): a binary file
_CONTROL_BYTES = tuple(bytes([b]) for b in (*range(1, 9), 11, *range(14, 27), *range(28, 32)))


def _check_text(path: Path, data: bytes) -> None:
    """IngestError for a CSV or JSON lines file that is not UTF-8 text: UTF-16 (Windows PowerShell's `>` and
    `Out-File`), a compressed file, or binary. Read as UTF-8 each of its lines was a reject of garbage (JSON
    lines), or it failed with a wrong column list (CSV). A stray NUL is a row's reject; 8-bit text that is not
    UTF-8 (Latin-1, Windows-1252) is read as Windows-1252 (:func:`ingest_records_file`)."""
    head = data[:64 * 1024]
    nuls = head.count(b"\x00")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or nuls > len(head) // 4:
        what, advice = "UTF-16 text", ("save it as UTF-8 (PowerShell: `Export-Csv -Encoding utf8`, "
                                       "`Out-File -Encoding utf8`)")
    elif head.startswith(b"\x1f\x8b"):
        what, advice = "a gzip-compressed file", "decompress it first (gunzip) and import the result"
    elif head.startswith(b"PK\x03\x04"):
        what, advice = "a ZIP archive (an Excel workbook?)", "save or export the sheet as CSV (UTF-8)"
    elif nuls > max(8, len(head) // 100) or head.decode("utf-8", "replace").count("\ufffd") > max(8, len(head) // 10):
        if nuls or any(b in head for b in _CONTROL_BYTES):
            what, advice = "a binary file", "records files are CSV with a header row, JSON lines or Parquet"
        else:   # text in an 8-bit code page, most of it not Windows-1252's few accented letters (Cyrillic, Greek)
            what, advice = ("8-bit text in a code page (much of it is not UTF-8)",
                            "convert it to UTF-8 and import the result: `iconv -f ENCODING -t utf-8 FILE > "
                            "FILE.utf8` (ENCODING: cp1251 for Cyrillic, cp1253 Greek, latin1 Western; "
                            "`iconv -l` lists them)")
    else:
        return
    raise IngestError(f"{path} is {what}, not UTF-8 CSV or JSON lines; nothing of it was stored", advice=advice)


def _ingest_records(store, path: Path, data: bytes, summary: IngestSummary, source: Path) -> bool:
    """A records file is known by its path: ingest_files keeps the content read from it last (its key, the md5 of
    that content), and a content read from it or from another path is not read again. A file that grew since
    is read on after the rows read before; one rewritten since (another content, not an appended one) is read
    again from its start, as an ESA log rewritten is (``reread_files``): what it gave before stays, and so do
    the rejects of its earlier contents, marked (:func:`_supersede_rejects`). True when the file was read
    (False: its content was read before)."""
    key = f"records:{hashlib.md5(data).hexdigest()}"
    with store.connect() as con:
        con.execute("SET SESSION TimeZone = 'UTC'")   # times without an offset are UTC, whatever the machine's
        where = stored_path(path)
        last = _last_read(con, where, path)
        if (last[0] if last else _known(con, key)) == key:
            summary.unchanged_files += 1
            return False
        try:
            # read before the transaction: a file DuckDB cannot read whole must not abort it
            malformed, layout = _load(con, path, source)
            appended = _appended(last, data)
            read_before = last[2] if last and appended else 0   # the rows of this file read before
            con.execute("BEGIN TRANSACTION")
            try:
                if last and not appended:   # another content replaced the one read (an export overwritten)
                    _supersede_rejects(con, where, path, key)
                else:
                    # the file's rejects: those of rows after the ones read before are judged again (a last row
                    # may have been cut), the others follow its new key
                    _forget_rejects(con, where, path, key, read_before)
                before = {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in _COUNTED}
                n, ok, done, rejected = _import(con, path, key, summary.run_id, malformed, read_before,
                                                open_tail=not data.endswith(b"\n"), layout=layout, source=source)
                earlier = _drop_superseded_twins(con, key) if last and not appended else 0
                # the file once: its earlier contents, read on or read again now, are no longer its own
                con.execute("DELETE FROM ingest_files WHERE kind = 'records' AND path IN (?, ?) AND file_key <> ?",
                            [where, str(path), key])
                con.execute("""INSERT INTO ingest_files (file_key, path, kind, bytes_done, lines_done, updated_at)
                               VALUES (?, ?, 'records', ?, ?, now())
                               ON CONFLICT (file_key) DO UPDATE SET path = excluded.path,
                                 bytes_done = excluded.bytes_done, lines_done = excluded.lines_done,
                                 updated_at = now()""",
                            [key, where, len(data), done])
                after = {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in _COUNTED}
                con.execute("COMMIT")
            except BaseException:
                rollback(con)
                raise
        finally:
            for t in ("rec_src", "rec_raw", "rec", "rec_rcpt", "rec_rows"):
                con.execute(f"DROP TABLE IF EXISTS {t}")
    if last and not appended:
        log.info("%s: another content replaced the one read before (overwritten, not appended): read whole", path)
        summary.reread_files.append(str(path))
        summary.replaced_records.append({"path": str(path), "earlier_rejects": earlier})
    # the rows of this run that were rejected, also those recorded already by an import of the file before it
    # was edited (not recorded twice): new lines = parsed + rejected
    summary.add({t: after[t] - before[t] for t in _COUNTED if t != "ingest_rejects"})
    summary.rejects += rejected
    summary.lines += n
    summary.parsed += ok
    summary.bytes += len(data)
    return True


def _last_read(con: duckdb.DuckDBPyConnection, where: str, path: Path) -> tuple[str, int, int] | None:
    """(key, bytes, line of the last row read for good) of what the last import of the file at ``where`` (its
    stored path) read; None if none did. Records files read before their paths were stored whole are found
    under the name given (``path``), and could have a row for each content they had: the latest counts."""
    row = con.execute("SELECT file_key, bytes_done, lines_done FROM ingest_files WHERE kind = 'records' "
                      "AND path IN (?, ?) ORDER BY updated_at DESC LIMIT 1", [where, str(path)]).fetchall()
    return (row[0][0], int(row[0][1] or 0), int(row[0][2] or 0)) if row else None


def _forget_rejects(con: duckdb.DuckDBPyConnection, where: str, path: Path, key: str, read_before: int) -> None:
    """Drop the rejects of the file at ``where`` after line ``read_before`` (all of them when 0) and give the
    others the key of its new content: a file's rejects carry the key of the content last read from it, so
    they are its own whatever name it was given. (Read before that, a file kept the key of each content it
    had, under the name given.) The rejects of its earlier contents (:func:`_supersede_rejects`) stay."""
    params = {"where": where, "path": str(path)}
    con.execute(f"DELETE FROM ingest_rejects WHERE {_MINE} AND line_no > $before AND superseded_at IS NULL",
                {**params, "before": read_before})
    con.execute(f"UPDATE ingest_rejects SET file_key = $key WHERE {_MINE}", {**params, "key": key})


# the rejects of the records file at $where (its stored path) or $path (the name given, before paths were stored)
_MINE = "file_key IN (SELECT file_key FROM ingest_files WHERE kind = 'records' AND path IN ($where, $path))"


def _supersede_rejects(con: duckdb.DuckDBPyConnection, where: str, path: Path, key: str) -> None:
    """The file at ``where`` was overwritten with another content (``key``): the rejects of its earlier contents
    stay, marked as such (``superseded_at``, migration 170: when first replaced) and, as all of a file's
    rejects, with the key of the content last read from it (:func:`_forget_rejects`)."""
    con.execute("UPDATE ingest_rejects SET superseded_at = coalesce(superseded_at, now()), file_key = $key "
                f"WHERE {_MINE}", {"where": where, "path": str(path), "key": key})


def _drop_superseded_twins(con: duckdb.DuckDBPyConnection, key: str) -> int:
    """Drop the rejects of the file's earlier contents whose row is rejected again in its new content (``key``;
    the same text, at whatever line: a SIEM's export of the last days holds yesterday's rows too; a file back to
    an earlier content): one reject per row, the new one. Returns how many rejects of earlier contents remain."""
    con.execute("""DELETE FROM ingest_rejects o WHERE o.file_key = ? AND o.superseded_at IS NOT NULL
                   AND EXISTS (SELECT 1 FROM ingest_rejects n WHERE n.file_key = o.file_key
                               AND n.superseded_at IS NULL AND n.raw = o.raw)""", [key])
    return con.execute("SELECT count(*) FROM ingest_rejects WHERE file_key = ? AND superseded_at IS NOT NULL",
                       [key]).fetchone()[0]


def _known(con: duckdb.DuckDBPyConnection, key: str) -> str | None:
    """``key`` when a content with that key was read (from another path: a copy), else None."""
    return key if con.execute("SELECT count(*) FROM ingest_files WHERE file_key = ?", [key]).fetchall()[0][0] \
        else None


def _appended(last: tuple[str, int, int] | None, data: bytes) -> bool:
    """True when the file only grew since its last import (:func:`_last_read`) read it."""
    if last is None:
        return False
    key, size, _ = last
    return 0 < size < len(data) and key == f"records:{hashlib.md5(data[:size]).hexdigest()}"


def _import(con: duckdb.DuckDBPyConnection, path: Path, key: str, run_id: str,
            malformed: list[tuple[int, str, str]], read_before: int = 0, *,
            open_tail: bool = False, layout: str | CsvQuoting = CsvQuoting(),
            source: Path | None = None) -> tuple[int, int, int, int]:
    """Upsert every row (idempotent) and record the rejects; returns (rows new since ``read_before``, of
    which good, the number of the last row read for good, of the new rows those rejected). ``open_tail``: the
    file does not end with a newline, so its last row may still be being written: it is read, but counts as
    new again next time.
    ``layout``, ``source``: where a rejected row's original text is read again (:func:`_load`)."""
    con.execute(f"""CREATE OR REPLACE TEMP TABLE rec AS SELECT *, {_BAD} AS bad FROM (
        SELECT *, {_KIND} AS rk FROM rec_raw)""")
    _record_rejects(con, path, key, run_id, malformed, layout, source or path)
    _deliveries(con)
    _verdicts(con, str(path))
    n, bad = con.execute("SELECT count(*), count(bad) FROM rec WHERE row_no > ?", [read_before]).fetchall()[0]
    new_malformed = [number for number, _, _ in malformed if number > read_before]
    numbers = [number for number, _, _ in malformed]
    top = max([*numbers, con.execute("SELECT coalesce(max(row_no), 0) FROM rec").fetchone()[0]])
    if open_tail and top:   # the row before the last one
        top = max([*(x for x in numbers if x < top),
                   con.execute("SELECT coalesce(max(row_no), 0) FROM rec WHERE row_no < ?", [top]).fetchone()[0]])
    return int(n) + len(new_malformed), int(n) - int(bad), max(int(top), read_before), int(bad) + len(new_malformed)


def _record_rejects(con: duckdb.DuckDBPyConnection, path: Path, key: str, run_id: str,
                    malformed: list[tuple[int, str, str]], layout: str | CsvQuoting, source: Path) -> None:
    """ingest_rejects rows for the rows that could not be read and those with a bad value, each with its
    original text (:func:`_original_texts`; the row's values as JSON if it cannot be found), once per file
    (its key: :func:`_forget_rejects`), line and text."""
    bad = con.execute("SELECT row_no, bad, to_json(r)::VARCHAR FROM (SELECT * EXCLUDE (many, rk) FROM rec "
                      "WHERE bad IS NOT NULL) r").fetchall()
    if not bad and not malformed:
        return
    texts = _original_texts(con, layout, source, [n for n, _, _ in malformed] + [n for n, _, _ in bad])
    rejects = [(n, texts.get(n, text), reason) for n, text, reason in malformed]
    rejects += [(n, texts.get(n, values), reason) for n, reason, values in bad]
    marlib_rejects = pa.table({"line_no": pa.array([r[0] for r in rejects], pa.int64()),   # a replacement scan
                               "raw": pa.array([r[1] for r in rejects], pa.string()),
                               "reason": pa.array([r[2] for r in rejects], pa.string())})
    con.execute("""INSERT INTO ingest_rejects (file_key, path, line_no, raw, reason, run_id, ingested_at)
        SELECT ?, ?, n.line_no, n.raw, n.reason, ?, now() FROM marlib_rejects n
        WHERE NOT EXISTS (SELECT 1 FROM ingest_rejects x WHERE x.file_key = ? AND x.line_no = n.line_no
                          AND x.raw = n.raw AND x.superseded_at IS NULL)""", [key, str(path), run_id, key])
    del marlib_rejects


# One RID per (mid, address): the stored one of that address; else the row's own rid, unless the store gives
# that rid to another address of the MID; a rid claimed twice goes to the first address (own rids first,
# then by address) and the others, like rows without any, get new rids past the largest in use for the MID,
# also by ESA delivery lines waiting for their To line (recipient_facts): a guessed rid must not take those
# lines, which belong to whichever recipient the ESA numbered so; a row naming that rid does take them.
# So (mid, rid) and (mid, address) stay unique in the file and in the store, and a row never takes over
# another recipient.
_RIDS = """
    WITH stored AS (SELECT mid, address, min(rid) AS rid FROM recipients
                    WHERE mid IN (SELECT mid FROM rec_rcpt) GROUP BY mid, address),
    taken AS (SELECT DISTINCT mid, rid, address FROM recipients WHERE mid IN (SELECT mid FROM rec_rcpt)),
    top AS (SELECT mid, max(rid) AS m FROM (SELECT mid, rid FROM recipients UNION ALL
                                            SELECT mid, rid FROM recipient_facts)
            WHERE mid IN (SELECT mid FROM rec_rcpt) GROUP BY mid),
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
           CASE WHEN k.st = 'delivered' THEN coalesce(k.dat, k.rat) END AS delivered_at,
           coalesce(k.dat, k.rat) AS status_at
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
               coalesce(any_value({_DIRECTION}), 'inbound') AS direction, 'records' AS source
        FROM {d} GROUP BY 1""", ("mid",), ", ".join(f"{c} = COALESCE(m.{c}, n.{c})" for c in cols))
    status = f"""CASE WHEN {_one_of('status', _STATUSES)} THEN lower(status)
                      WHEN NOT {_given('delivered')} OR {_one_of('delivered', _TRUE)} THEN 'delivered'
                      ELSE 'pending' END"""
    con.execute(f"""CREATE OR REPLACE TEMP TABLE rec_rcpt AS
        SELECT TRY_CAST(mid AS BIGINT) AS mid, lower(recipient) AS address,
               min(TRY_CAST(rid AS INTEGER)) AS rid0, arg_max({status}, row_no) AS st,
               min({_TS.format(c='delivered_at')}) AS dat, min({_TS.format(c='received_at')}) AS rat
        FROM {d} GROUP BY 1, 2""")
    # status_at: the row's delivery (else received) time, so ESA lines read later weigh it as theirs
    upsert(con, "recipients AS r", ("mid", "rid", "address", "status", "delivered_at", "status_at"), _RIDS,
           ("mid", "rid"), "status = n.status, delivered_at = n.delivered_at, status_at = n.status_at")
    # ESA delivery lines of these recipients that waited for their To line (a log not ingested) join them
    release_held_facts(con)
    upsert(con, "attachments AS a", ("mid", "filename", "sha256"), f"""
        SELECT TRY_CAST(mid AS BIGINT) AS mid, attachment AS filename,
               any_value(lower(sha256)) AS sha256
        FROM {d} WHERE attachment IS NOT NULL AND attachment <> '' GROUP BY 1, 2""", ("mid", "filename"),
           "sha256 = COALESCE(a.sha256, n.sha256)")
    # split / rewritten / generated children share their parent's Message-ID and attachments, as in the logs
    inherit_children_of(con, f"SELECT TRY_CAST(mid AS BIGINT) AS mid FROM {d}")


def _verdicts(con: duckdb.DuckDBPyConnection, path: str) -> None:
    con.execute(f"""INSERT INTO verdict_events (event_key, sha256, verdict, kind, event_time, mid, filename,
        score,
                        threat_name, source_path, line_no)
        SELECT * FROM (SELECT DISTINCT ON (event_key) * FROM (
          SELECT md5(concat_ws('|', sha, vk, v, coalesce(strftime(et, '%Y-%m-%d %H:%M:%S.%f'), ''),
                     coalesce(m::VARCHAR, ''))) AS event_key, sha, v, vk, et, m, filename,
                 TRY_CAST(score AS DOUBLE), threat_name, $path, row_no
          FROM (SELECT *, lower(sha256) AS sha, {q.VERDICT_SQL.format(v='verdict')} AS v,
                       TRY_CAST(mid AS BIGINT) AS m, {_TS.format(c='event_time')} AS et,
                       coalesce(lower(verdict_kind), CASE WHEN mid IS NULL OR mid = '' THEN 'retrospective'
                                                          ELSE 'initial' END) AS vk
                FROM rec WHERE bad IS NULL AND rk = 'verdict'))
        ORDER BY event_key, row_no) n
        WHERE NOT EXISTS (SELECT 1 FROM verdict_events t WHERE t.event_key = n.event_key)""", {"path": path})
