"""Public ingest API: ``ingest_paths(store, paths)`` loads ESA logs or delivery/verdict records.

Idempotent and incremental: each file is known by its content start
(:mod:`marlib.ingest.files`) with the bytes and lines already consumed, so a
second ingest of the same file adds nothing and an appended file is read
from where the last ingest stopped. The new part of a file is read in
batches (chunks of the plain file, or decompressed chunks of a ``.gz``) inside
one transaction that also records the new offset, so a killed ingest leaves
the store as before the file or with the file complete, never in between.

A last line without a newline is taken only when the file is finished
(compressed, or not modified for 5 seconds); otherwise it is
left for the next ingest, since ESA may still be writing it.
"""
from __future__ import annotations

import contextlib
import json
import logging
import mmap
import os
import threading
import time
import uuid
import zlib
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np

from marlib.errors import IngestError, InputError
from marlib.models import APPLIANCE_MID_SPAN
from marlib.ingest import esa, files
from marlib.progress import Progress, no_progress
from marlib.store import Store, rollback

log = logging.getLogger(__name__)

# Batch sizes (override both with MARLIB_INGEST_CHUNK_BYTES). A file is one transaction, read in batches
# whose working memory is about their size again. A .gz is cut like a plain file: each batch has fixed costs
# (a 205 MB log as .gz took 4.7 s CPU in 64 MB batches, 4.0 s in one), and the peak memory is a plain file's.
WINDOW_BYTES = 256 * 1024 * 1024   # plain files
GZ_CHUNK_BYTES = WINDOW_BYTES      # .gz: decompressed
MAX_CHUNK_BYTES = 1 << 30          # the scanner keeps text offsets in 32 bits
SETTLED_S = 5.0
_COUNTED = ("messages", "recipients", "attachments", "verdict_events", "ingest_rejects")


@dataclass
class IngestSummary:
    """What one ingest run added (a repeated ingest of the same files reports zeros)."""
    files: int = 0
    lines: int = 0
    parsed: int = 0
    ignored: int = 0
    rejects: int = 0
    messages: int = 0
    recipients: int = 0
    attachments: int = 0
    verdict_events: int = 0
    bytes: int = 0
    seconds: float = 0.0
    run_id: str = ""
    unchanged_files: int = 0
    # ESA files with no line in them (0 bytes, or blank lines only: a log just rotated or truncated): read, not
    # counted in ``files`` (nothing new was read from them), never an error
    empty_files: int = 0
    # files whose only new bytes are a last line without its newline, in a file still being written (changed in
    # the last 5 s): that line waits for the next run (read then, as a complete line); not "unchanged"
    waiting_files: int = 0
    # MIDs newly found used by two messages (two appliances): not remediated until checked (migration 100)
    mid_conflicts: int = 0
    paths: list[str] = field(default_factory=list)
    # files found in a folder that are not logs (a README, a stray binary): left out, with the reason
    skipped_files: list[dict] = field(default_factory=list)
    # [short, full] appliance names, one of them new in this run, that may be one host written two ways
    similar_appliances: list[list[str]] = field(default_factory=list)
    # delivered copies in the store (not only this run's) whose recipient's To line has not been read: their
    # delivery lines wait for it (migration 120); without an address they cannot be remediated
    deliveries_without_recipient: int = 0
    # records files (.csv, .json, .jsonl, .parquet) in the folders named, passed over without --format records
    records_passed_over: int = 0
    # logs rewritten (not appended) since they were read, with the same start: read again from their start; and
    # records files whose content was replaced (an export overwritten at the same path): read whole
    reread_files: list[str] = field(default_factory=list)
    # those records files ({"path", "earlier_rejects"}): the rows their earlier contents gave stay, and so do
    # those contents' rejects, marked (ingest_rejects.superseded_at); earlier_rejects: how many the file has
    replaced_records: list[dict] = field(default_factory=list)
    # syslog files first read in this run with no --tz-offset (their times taken as UTC: syslog has no zone)
    # while file-shaped logs in the store say the appliance clock is off UTC (log_offsets, seconds)
    syslog_read_as_utc: list[str] = field(default_factory=list)
    log_offsets: list[int] = field(default_factory=list)
    # files read in this run holding bytes that are not UTF-8 (a Latin-1 / Windows-1252 export, 8-bit mail
    # headers in a log): those bytes were read as Windows-1252 (files.NOT_UTF8), not refused or lost
    not_utf8_files: list[str] = field(default_factory=list)
    # file-shaped logs read in this run whose first lines come before any `Time offset from UTC` line (a part of
    # a log): read with the offset last seen in their appliance's logs ({"path", "tz_offset_s"})
    offsets_assumed: list[dict] = field(default_factory=list)

    def warnings(self, *, waiting: bool = True) -> list[str]:
        """What the analyst must look at after this ingest (the CLI prints them, the app shows them).

        ``waiting``: with the delivered copies still waiting for their To line (a state of the store, not
        news of this run: `watch` says it again only when their number changes)."""
        out = [_left_out(s["path"], s["reason"]) for s in self.skipped_files]
        replaced = {r["path"]: r["earlier_rejects"] for r in self.replaced_records}
        out += [f"{p} changed before the point it was read to last time (rewritten, not appended): read again "
                "from its start; what it gave before stays, and its rejects are those of its new content"
                for p in self.reread_files if p not in replaced]
        out += [f"{p}: a new content replaced the one read before (an export overwritten, not appended to): read "
                "whole; the deliveries and verdicts read from the earlier content stay"
                + (f", and so do its {n} reject(s), marked as from an earlier content of the file (`rejects`)"
                   if n else "") for p, n in replaced.items()]
        out += [f"{a['path']} has no `Time offset from UTC` line before its first lines (a part of a log, not a "
                f"whole one): they were read with the offset last seen in this appliance's logs, {a['tz_offset_s']} "
                "s. If these lines are in another offset (a daylight-saving change between), ingest the file into a "
                "new database with `--tz-offset SECONDS`" for a in self.offsets_assumed]
        out += [f"{p} is not UTF-8: its bytes that are not were read as {files.NOT_UTF8_NAME} (accented letters "
                "of Western European names). If the file is in another encoding, convert it and read the result "
                "(`iconv -f ENCODING -t utf-8 FILE > FILE.utf8`; `iconv -l` lists them)"
                for p in self.not_utf8_files]
        out += [f"appliances {short!r} and {full!r} may be one appliance whose host name is written two ways "
               "(short and in full): the store counts their MIDs apart, so a message with lines under both names "
               "is split in two (see `python -m marlib appliances`). If they are one, ingest its logs into a new "
               "database with one appliance name for its files (`ingest --appliance NAME`, or the Data page's "
               "Appliance field), or fix the relay's host names."
               for short, full in self.similar_appliances]
        if self.mid_conflicts:
            out.append(f"{self.mid_conflicts} MID(s) were used by two different messages (logs of two appliances "
                       "in one database?): their lines are merged, so remediation skips their copies (reason "
                       "mid_conflict, listed by `remediate --pending --dry-run`); ingest each appliance's logs "
                       "under its own appliance name (`ingest --appliance NAME`, or the Data page's Appliance "
                       "field; into a new database), or keep them in a database of their own. The same log read "
                       "twice with another year (`ingest --year`) also does this.")
        # files left out as not ESA logs (a README, a stray binary) do not hide the records beside them
        if self.records_passed_over and not (self.files or self.unchanged_files):
            out.append(f"no ESA log was read; {self.records_passed_over} records file(s) (CSV, JSON, JSON lines, "
                       "Parquet) in the folder were passed over: a folder is read for ESA logs unless "
                       "`--format records` is given (`ingest --format records FOLDER`)")
        if self.syslog_read_as_utc:
            offsets = " or ".join(f"--tz-offset {o}" for o in self.log_offsets)
            out.append(f"{', '.join(self.syslog_read_as_utc)}: syslog lines carry no time zone and were read as UTC, "
                       f"while the mail_logs say the appliance clock is {offsets.replace('--tz-offset ', '')} s off "
                       f"UTC (their `Time offset from UTC` line): if these lines are in the appliance's time, "
                       f"their times are off by as much. A file read is not read again: ingest the logs into a "
                       f"new database with {offsets}.")
        n = self.deliveries_without_recipient
        if waiting and n:
            out.append(f"{n} delivered cop{'y has' if n == 1 else 'ies have'} no recipient line (`MID ... RID ... "
                       "To:`) in the logs read so far: without an address such a copy cannot be remediated. Its "
                       "To line is in a log not ingested yet, typically an older rotated log: ingest it and the "
                       "copies are completed (their delivery lines are kept until then).")
        return out

    def to_dict(self) -> dict:
        d = asdict(self)
        d["seconds"] = round(self.seconds, 3)
        return d

    def add(self, deltas: dict[str, int]) -> None:
        for key, value in deltas.items():
            name = "rejects" if key == "ingest_rejects" else key
            setattr(self, name, getattr(self, name) + int(value))


def _left_out(path: str, reason: str) -> str:
    """``left out PATH: REASON``, the path said once (most reasons start with it: "PATH: the .gz archive is
    damaged", "PATH is a binary file")."""
    if reason.startswith(path):
        rest = reason[len(path):]
        reason = rest[2:] if rest.startswith(": ") else "it" + rest
    return f"left out {path}: {reason}"


@dataclass(frozen=True)
class Source:
    """Which appliance wrote a log: a named one (None: the default), or, ``by_host``, the host of each
    syslog line (lines without a host: the named or default one)."""
    appliance: str | None = None
    by_host: bool = False

    def __str__(self) -> str:
        named = f"appliance {self.appliance!r}" if self.appliance is not None else None
        if self.by_host:
            return "the host of each syslog line (--by-host" + (f", else {named})" if named else ")")
        return named or "the default appliance (no --appliance)"


@dataclass
class _FileState:
    key: str
    bytes_done: int = 0
    lines_done: int = 0
    tz_offset_s: int | None = None
    year_hint: int | None = None
    last_time: datetime | None = None
    path: str | None = None
    last_month: int | None = None   # month of the last syslog line, as written (local)
    source: Source = field(default_factory=lambda: Source())   # the appliance the file was read as
    tail_key: str | None = None   # the bytes before ``bytes_done`` (files.tail_key; migration 160)


# One ingest at a time per database in this process (the app's jobs and automatic mode run in threads):
# the ingest tables have no key constraint, so two overlapping merges could both insert the same key.
# Other processes cannot interleave: DuckDB lets one process hold the file.
_INGEST_LOCKS: dict[str, threading.Lock] = {}
_INGEST_LOCKS_GUARD = threading.Lock()


def _ingest_lock(store: Store) -> threading.Lock:
    key = ":memory:" if store.memory else str(Path(store.path).resolve())
    with _INGEST_LOCKS_GUARD:
        return _INGEST_LOCKS.setdefault(key, threading.Lock())


def ingest_paths(store: Store, paths, *, fmt: str = "auto", progress: Progress | None = None,
                 year: int | None = None, tz_offset_s: int | None = None,
                 appliance: str | None = None, by_host: bool = False) -> IngestSummary:
    """Ingest files and folders; ``fmt`` is ``auto`` (by extension), ``esa`` or ``records``.

    ``year`` is the year at the start of a syslog-shaped file (default: setting ``ingest.year``,
    else the file's modification time; new lines of a file read before continue from the year and month
    of its last line); ``tz_offset_s`` the UTC offset of log
    times when the file has no ``Time offset from UTC`` line (default: setting
    ``ingest.tz_offset_s``, else 0 = UTC). ``appliance`` names the ESA that wrote the logs: each
    appliance counts MIDs on its own, so logs of several appliances in one database need it to keep
    their messages apart (stored MIDs: see :data:`marlib.models.APPLIANCE_MID_SPAN`). A file keeps the
    appliance it was first read as; naming another one for it is an error. The files and folders named
    with an appliance are remembered (unless one of their files was read as another): a new file at such
    a file's path (rotation) or under such a folder (``watch``, an ingest of a parent folder) is read as
    that appliance. ``by_host``: each syslog line's
    host names its appliance, without regard to case (one syslog file that several appliances write to);
    lines without a host are read as ``appliance``; remembered the same way. ESA logs only.
    Ingests into one database from several threads run one after the other.
    """
    with _ingest_lock(store):
        return _ingest_paths(store, paths, fmt=fmt, progress=progress, year=year, tz_offset_s=tz_offset_s,
                             source=Source(appliance_name(appliance), bool(by_host)))


_APPLIANCE_MAX = 64


def appliance_name(name: str | None) -> str | None:
    """A given appliance name, checked and lower-cased (None or blank: the default appliance)."""
    if name is None or not str(name).strip():
        return None
    name = str(name).strip().lower()   # host names: ESA1 and esa1 are one appliance
    if len(name) > _APPLIANCE_MAX or not name.isprintable():
        raise InputError(f"appliance name {name[:80]!r} is not usable",
                         advice=f"use the appliance's host name: printable, at most {_APPLIANCE_MAX} characters")
    return name


def appliance_numbers(store: Store) -> dict[str, int]:
    """Named appliances and their numbers."""
    with store.connect() as con:
        return {n: int(i) for n, i in con.execute("SELECT name, number FROM appliances").fetchall()}


def _remember_paths(store: Store, paths, source: Source) -> None:
    """The files and folders named with ``source``: new files found there later are read the same way."""
    named = [str(Path(p).resolve()) for p in paths if Path(p).exists()]
    if not named:
        return
    with store.connect() as con:
        if source.appliance is not None:
            _appliance_base(con, source.appliance)   # numbered now: listed by `appliances` from the start
        con.execute("INSERT INTO appliance_paths (path, appliance, by_host, updated_at) "
                    "SELECT DISTINCT unnest(?::VARCHAR[]), ?, ?, now() ON CONFLICT (path) DO UPDATE SET "
                    "appliance = excluded.appliance, by_host = excluded.by_host, updated_at = now()",
                    [named, source.appliance, source.by_host])


def _remembered_paths(con) -> list[tuple[Path, Source]]:
    """Remembered files and folders, deepest first."""
    rows = con.execute("SELECT path, appliance, coalesce(by_host, false) FROM appliance_paths").fetchall()
    return sorted(((Path(f), Source(a, bool(h))) for f, a, h in rows), key=lambda r: len(r[0].parts), reverse=True)


def _source_of_new_file(path: Path, remembered: list[tuple[Path, Source]]) -> Source:
    """How a file not read before is read: as the remembered file at its path (a log that rotation started
    anew), or as the deepest remembered folder holding it; else the default appliance."""
    if not remembered:
        return Source()
    resolved = path.resolve()
    return next((src for where, src in remembered if resolved.is_relative_to(where)), Source())


def _appliance_base(con, name: str | None) -> int:
    """``mid`` offset of an appliance (inside the file's transaction; a new name gets the next number)."""
    if name is None:
        return 0
    row = con.execute("SELECT number FROM appliances WHERE name = ?", [name]).fetchall()
    if row:
        number = int(row[0][0])
    else:
        number = int(con.execute("SELECT coalesce(max(number), 0) + 1 FROM appliances").fetchall()[0][0])
        con.execute("INSERT INTO appliances (number, name, created_at) VALUES (?, ?, now())", [number, name])
    return number * APPLIANCE_MID_SPAN


def _ingest_paths(store: Store, paths, *, fmt: str, progress: Progress | None, year: int | None,
                  tz_offset_s: int | None, source: Source) -> IngestSummary:
    if fmt not in ("auto", "esa", "records"):
        raise InputError(f"unknown format {fmt!r}", advice="use auto, esa or records")
    _check_time_options(year, tz_offset_s)
    given = source != Source()   # the user named the source
    progress = progress or no_progress
    paths = list(paths) if not isinstance(paths, (str, os.PathLike)) else [paths]
    targets = files.expand_paths(paths, records=(fmt == "records"))
    named = {Path(p) for p in paths if Path(p).is_file()}
    targets = [t for t in targets if t in named or not store.is_own_log(t)]
    with store.connect() as con:   # one connection for what the run looks up first
        year = year if year is not None else _int_setting(con, "ingest.year")
        tz_offset_s = tz_offset_s if tz_offset_s is not None else _int_setting(con, "ingest.tz_offset_s")
        remembered = [] if given else _remembered_paths(con)
        known_appliances = {r[0] for r in con.execute("SELECT name FROM appliances").fetchall()}
    summary = IngestSummary(run_id=uuid.uuid4().hex, paths=[str(p) for p in targets],
                            records_passed_over=files.records_passed_over(paths) if fmt != "records" else 0)
    started = datetime.now(timezone.utc).replace(tzinfo=None)
    t0 = time.perf_counter()
    # a file named on the command line must be a log: found out before anything is stored
    for path in targets:
        if path in named and not (fmt == "records" or (fmt == "auto" and files.is_records_file(path))):
            head = files.read_head(path)
            if not files.is_empty(head) and not _first_line_waiting(path, head):
                files.check_esa_text(path, head)
    # records carry their own MIDs (a folder's records files are read with --format records only)
    records = list(paths) if fmt == "records" else [p for p in named if fmt == "auto" and files.is_records_file(p)]
    if given and records:
        raise InputError(f"{records[0]}: records carry their own MIDs: --appliance / --by-host apply to ESA "
                         "logs only", advice="ingest the records without --appliance / --by-host")
    refused: set[Path] = set()     # files read before as another appliance than the one named now
    try:
        _ingest_targets(store, targets, named, summary, fmt=fmt, progress=progress, year=year,
                        tz_offset_s=tz_offset_s, source=source if given else None, remembered=remembered,
                        refused=refused)
    except BaseException:
        if given:   # what was named is remembered also when the run stops (Ctrl-C, a bad file named)
            with contextlib.suppress(Exception):
                _remember_paths(store, _uncontested(paths, refused), source)
        raise
    if given:   # new files at these paths are read the same way (not where a file belongs to another)
        _remember_paths(store, _uncontested(paths, refused), source)
    summary.seconds = time.perf_counter() - t0
    _syslog_zone(store, summary)
    _record_run(store, summary, started, known_appliances)
    return summary


def _syslog_zone(store: Store, summary: IngestSummary) -> None:
    """Keep ``syslog_read_as_utc`` only when file-shaped logs (no syslog month: ``year_hint`` NULL) in the store
    say another offset than UTC, and name those offsets."""
    if not summary.syslog_read_as_utc:
        return
    with store.connect() as con:
        offsets = [r[0] for r in con.execute(
            "SELECT DISTINCT tz_offset_s FROM ingest_files WHERE kind = 'esa' AND year_hint IS NULL "
            "AND tz_offset_s <> 0 ORDER BY 1").fetchall()]
    summary.log_offsets = offsets
    if not offsets:
        summary.syslog_read_as_utc = []


# UTC offsets in use run from -12 h to +14 h; a year outside this range is a typo (ESA dates from 2003)
MAX_TZ_OFFSET_S = 14 * 3600
YEARS = range(1970, 10_000)


def _check_time_options(year: int | None, tz_offset_s: int | None) -> None:
    """InputError for a --year or --tz-offset no log can have, before any file is read: the file would be
    stored as read, its lines rejected (a year DuckDB cannot hold) or misdated, and a second ingest with the
    right value would find it unchanged."""
    if year is not None and year not in YEARS:
        raise InputError(f"year {year} is not a year of a log", advice=f"give --year between {YEARS[0]} and "
                         f"{YEARS[-1]} (the year of the syslog file's first line)")
    if tz_offset_s is not None and abs(tz_offset_s) > MAX_TZ_OFFSET_S:
        raise InputError(f"UTC offset {tz_offset_s} s is more than 14 hours",
                         advice="give --tz-offset in seconds, between -50400 and 50400 (e.g. 3600 for UTC+1, "
                                "-18000 for UTC-5)")


def _similar_appliances(con, known: set[str]) -> list[list[str]]:
    """Pairs [short, full] of appliance names, one of them not in ``known``, where the short name is the
    full one's first label (esa1, esa1.corp.example): perhaps one host that a relay writes two ways, whose
    MIDs the store now keeps apart."""
    names = {r[0] for r in con.execute("SELECT name FROM appliances").fetchall()}
    full = {}
    for name in names:
        if "." in name:
            full.setdefault(name.split(".", 1)[0], []).append(name)
    return sorted([short, long] for short in names if "." not in short for long in full.get(short, ())
                  if short not in known or long not in known)


def _uncontested(paths, refused: set[Path]) -> list:
    """The given paths that hold no file read before as another appliance (as found from the path, or
    where a link leads)."""
    if not refused:
        return list(paths)
    found = [(r, r.resolve()) for r in refused]

    def holds(given: Path) -> bool:
        where = given.resolve()
        return any(r.is_relative_to(given) or real.is_relative_to(where) for r, real in found)
    return [p for p in paths if not holds(Path(p))]


def _ingest_targets(store: Store, targets: list[Path], named: set[Path], summary: IngestSummary, *, fmt: str,
                    progress: Progress, year: int | None, tz_offset_s: int | None, source: Source | None,
                    remembered: list[tuple[Path, Source]], refused: set[Path]) -> None:
    sizes = [_size_guess(p) for p in targets]
    total, done = sum(sizes), 0
    for path, size in zip(targets, sizes):
        progress(done, total, path.name)
        as_records = fmt == "records" or (fmt == "auto" and files.is_records_file(path))
        read_before = summary.bytes
        try:
            try:
                if as_records:
                    from marlib.ingest.records import ingest_records_file
                    ingest_records_file(store, path, summary)
                else:
                    _ingest_esa_file(store, path, summary, year=year, tz_offset_s=tz_offset_s, source=source,
                                     new_file_source=source or _source_of_new_file(path, remembered),
                                     progress=lambda d, p=path: progress(done + d, total, p.name))
            except (FileNotFoundError, PermissionError) as exc:   # gone or unreadable since listed (rotated away)
                raise IngestError(f"{path}: cannot read the file ({exc.strerror or exc}); nothing of it was stored",
                                  advice="if it was rotated away, its new name is read by the next ingest") from exc
        except IngestError as exc:
            if isinstance(exc, _SourceConflict):
                refused.add(path)
            if path in named:   # a file the user named must be readable: say so, and what was stored
                if summary.files:
                    raise IngestError(f"{exc.message} (what the {summary.files} file(s) read before it in "
                                      "this run added was stored)", advice=exc.advice) from exc
                raise
            # one stray file must not stop a whole folder (of logs, or of records with --format records); it is
            # reported (summary.warnings()), not hidden
            summary.skipped_files.append({"path": str(path), "reason": exc.message})
            done += size
            continue
        if summary.bytes > read_before:   # `files` counts the files this run read something new from
            summary.files += 1
        done += size
    progress(total, total, "done")


class _SourceConflict(IngestError):
    """A file read before as another appliance than the one named now."""


def _int_setting(con, key: str) -> int | None:
    row = con.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchall()
    value = row[0][0] if row else None
    return int(value) if value not in (None, "") else None


def _size_guess(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _record_run(store: Store, summary: IngestSummary, started: datetime, known_appliances: set[str]) -> None:
    with store.connect() as con:   # one connection: the appliance names the run made, then the run
        summary.similar_appliances = _similar_appliances(con, known_appliances)
        summary.deliveries_without_recipient = con.execute(   # (a records file may have given the recipient)
            """SELECT count(*) FROM recipient_facts h WHERE status = 'delivered'
               AND NOT EXISTS (SELECT 1 FROM recipients r WHERE r.mid = h.mid AND r.rid = h.rid)""").fetchone()[0]
        con.execute("INSERT INTO ingest_runs (run_id, started_at, finished_at, summary) "
                    "VALUES (?, ?, now(), ?)",
                    [summary.run_id, started, json.dumps(summary.to_dict())])


# -- ESA files ----------------------------------------------------------------------------
def _load_state(con, head: bytes, path: Path) -> _FileState:
    rows = con.execute("SELECT file_key, path FROM ingest_files WHERE kind = 'esa'").fetchall()
    key = files.match_known_key(head, rows, path)
    if key is None:
        return _FileState(key=files.new_key(head, [k for k, _ in rows]))
    return _stored_state(con, key) or _FileState(key=key)


def _stored_state(con, key: str) -> _FileState | None:
    r = con.execute("SELECT bytes_done, lines_done, tz_offset_s, year_hint, last_time, path, syslog_month, "
                    "appliance, coalesce(by_host, false), tail_key FROM ingest_files WHERE file_key = ?",
                    [key]).fetchall()
    if not r:
        return None
    r = r[0]
    return _FileState(key, int(r[0]), int(r[1]), r[2], r[3], r[4], r[5], r[6], Source(r[7], bool(r[8])), r[9])


def _is_final(path: Path, gz: bool) -> bool:
    """True when the file will not grow any more (a last line without newline is complete). A rotated ``.s``
    log settles like any other: ESA's SCP push and a copy write it under its final name, so one found while it
    arrives has a last line cut at the copy point (taken as complete, it was a reject, and its rest an ignored
    line: a recipient lost)."""
    if gz:
        return True
    return time.time() - path.stat().st_mtime > SETTLED_S


def _first_line_waiting(path: Path, head: bytes) -> bool:
    """True for a file still being written whose first line has no newline yet (a log rotation just
    started): like any unfinished last line it waits for the next run, rather than the file being taken for
    one that is not a log because that line is cut short (a binary file, NULs in it, is still told so)."""
    ended = b"\n" in head or b"\r" in head[:-1]   # a CR that ends the head may be the first half of a CR LF
    return not ended and b"\x00" not in head and not _is_final(path, files.is_gzip(path))


def _ingest_esa_file(store: Store, path: Path, summary: IngestSummary, *, year: int | None,
                     tz_offset_s: int | None, source: Source | None, new_file_source: Source,
                     progress) -> None:
    head = files.read_head(path)
    if files.is_empty(head):   # a log just rotated or truncated: read, no line in it yet (empty_files)
        summary.empty_files += 1
        return
    if _first_line_waiting(path, head):   # a log just started: its first line waits for its newline
        summary.waiting_files += 1
        return
    files.check_esa_text(path, head)
    with store.connect() as con:   # one connection for the file: its state, then its batches
        state = _load_state(con, head, path)
        if state.bytes_done and source is not None and source != state.source:
            raise _SourceConflict(f"{path} was read before as {state.source}, not as {source}",
                                  advice="leave --appliance / --by-host out to go on with the file as it was "
                                  "read, or ingest into a new database to read it again as another appliance")
        if not state.bytes_done:
            state.source = new_file_source
        gz = files.is_gzip(path)
        size = None if gz else path.stat().st_size
        where = _stored_path(path)
        if state.path is not None and state.path != where:
            log.info("%s was read before as %s (rotated)", path, state.path)
            con.execute("UPDATE ingest_files SET path = ? WHERE file_key = ?", [where, state.key])
        # a plain file shorter than what was read from it was rewritten (its bytes before that point are not
        # all there): read again from its start (_read_batches)
        if size is not None and size <= state.bytes_done and (size == state.bytes_done or state.tail_key is None):
            summary.unchanged_files += 1
            return
        opts = {"year": year, "tz": tz_offset_s, "final": _is_final(path, gz),
                "seen_tz": _offset_seen(con, state, head) if tz_offset_s is None else None}
        _read_batches(con, path, state, opts, summary, progress, gz=gz)


def _offset_seen(con, state: _FileState, head: bytes) -> int | None:
    """For a new file-shaped log that does not start with its `Time offset from UTC` line (a log's tail copied
    out, a piece split off a rotated one): the offset last seen in the file-shaped logs of its appliance (the one
    whose lines are latest), which its lines before an offset line of their own are read with; they were read as
    UTC. None for any other file, or when no such log was read."""
    if state.bytes_done or not files.lacks_offset_line(head):
        return None
    row = con.execute("SELECT tz_offset_s FROM ingest_files WHERE kind = 'esa' AND year_hint IS NULL "
                      "AND tz_offset_s IS NOT NULL AND appliance IS NOT DISTINCT FROM ? "
                      "ORDER BY last_time DESC NULLS LAST, updated_at DESC LIMIT 1",
                      [state.source.appliance]).fetchall()
    return int(row[0][0]) if row else None


_stored_path = files.stored_path


def _lengthen_key(con, path: Path, state: _FileState) -> None:
    """A key made while the file held less than :data:`files.KEY_BYTES` grows to cover what has been read
    (up to that size): two logs that started with the same header lines part as soon as each is read on
    (see :func:`files.match_known_key`). Rejects follow the new key; inside the file's transaction."""
    n_text, _, _ = state.key.partition(":")
    want = min(state.bytes_done, files.KEY_BYTES)
    if not n_text.isdigit() or want <= int(n_text):
        return
    head = files.read_head(path, want)
    if len(head) < want:   # the file was cut or replaced meanwhile: keep the key it has
        return
    taken = [k for (k,) in con.execute("SELECT file_key FROM ingest_files WHERE file_key <> ?",
                                       [state.key]).fetchall()]
    key = files.new_key(head, taken)
    con.execute("UPDATE ingest_rejects SET file_key = ? WHERE file_key = ?", [key, state.key])
    con.execute("DELETE FROM ingest_files WHERE file_key = ?", [state.key])
    state.key = key


def _context(path: Path, state: _FileState, opts: dict, run_id: str) -> esa.BatchContext:
    """The batch's year and previous syslog month. Lines after ones already read continue from the year and
    month of the last syslog line (the configured year, or the file's mtime, only start a file)."""
    mtime = datetime.fromtimestamp(path.stat().st_mtime, timezone.utc)
    if state.year_hint is not None:
        year, mtime_month = state.year_hint, None
    elif opts["year"] is not None:
        year, mtime_month = opts["year"], None
    else:
        year, mtime_month = mtime.year, mtime.month
    # file-shaped lines: the file's own offset line, else the one given, else the one last seen (_offset_seen)
    assumed = state.tz_offset_s is None and opts["tz"] is None and opts.get("seen_tz") is not None
    tz = state.tz_offset_s if state.tz_offset_s is not None else opts["tz"] if not assumed else opts["seen_tz"]
    # syslog lines carry no offset: the one given now, else the one the file was read with before
    syslog_tz = opts["tz"] if opts["tz"] is not None else (state.tz_offset_s or 0)
    prev_month = None
    if state.year_hint is not None:
        prev_month = state.last_month
        if prev_month is None and state.last_time is not None:
            # files read before migration 090 have no syslog month: their last time, UTC, back to log time
            prev_month = (state.last_time + timedelta(seconds=syslog_tz)).month
    return esa.BatchContext(path=str(path), file_key=state.key, first_line_no=state.lines_done + 1, year=year,
                            prev_month=prev_month, tz_offset_s=tz, syslog_offset_s=syslog_tz,
                            mtime_month=mtime_month, run_id=run_id, mid_base=opts.get("mid_base", 0),
                            host_bases=opts.get("host_bases"), offset_assumed=assumed)


def _counts(con) -> dict[str, int]:
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in _COUNTED}
    counts["mid_conflicts"] = con.execute("SELECT count(*) FROM messages WHERE mid_conflict").fetchall()[0][0]
    return counts


def _advance(state: _FileState, res: esa.BatchResult, nbytes: int, summary: IngestSummary) -> None:
    """Move the file's read position past one batch (saved with :func:`_save_state`)."""
    state.bytes_done += nbytes
    state.lines_done += res.lines
    state.tz_offset_s = res.tz_offset_s
    if res.last_month is not None:
        state.year_hint = res.year
        state.last_month = res.last_month
    state.last_time = res.last_time or state.last_time
    summary.lines += res.lines
    summary.parsed += res.parsed
    summary.ignored += res.ignored
    summary.bytes += nbytes


def _start_over(con, state: _FileState) -> None:
    """Read a file from its start again: it was rewritten, not appended, since it was read (its start is the
    same, the bytes before the point it was read to are not). What it gave before stays (the merges do not
    add a row twice); its rejects go, as their line numbers and text were those of the old content."""
    con.execute("DELETE FROM ingest_rejects WHERE file_key = ?", [state.key])
    state.__dict__.update(_FileState(state.key, path=state.path, source=state.source).__dict__)


def _save_state(con, path: Path, state: _FileState) -> None:
    con.execute("""INSERT INTO ingest_files (file_key, path, kind, bytes_done, lines_done, tz_offset_s,
                       year_hint, last_time, syslog_month, appliance, by_host, tail_key, updated_at)
                   VALUES (?, ?, 'esa', ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
                   ON CONFLICT (file_key) DO UPDATE SET path = excluded.path,
                     bytes_done = excluded.bytes_done,
                     lines_done = excluded.lines_done, tz_offset_s = excluded.tz_offset_s,
                     year_hint = excluded.year_hint, last_time = excluded.last_time,
                     syslog_month = excluded.syslog_month, appliance = excluded.appliance,
                     by_host = excluded.by_host, tail_key = excluded.tail_key, updated_at = now()""",
                [state.key, _stored_path(path), state.bytes_done, state.lines_done, state.tz_offset_s,
                 state.year_hint,
                 state.last_time, state.last_month, state.source.appliance, state.source.by_host, state.tail_key])


def _gz_read(path: Path, step, arg):
    """One read or seek of a .gz, with a damaged or truncated archive reported as an IngestError."""
    try:
        return step(arg)
    except (EOFError, OSError, zlib.error) as exc:
        raise IngestError(f"{path}: the .gz archive is damaged or truncated ({exc}); nothing of it was "
                          "stored", advice="copy the file again from the appliance, or give the uncompressed "
                          "log") from exc


_BOM = b"\xef\xbb\xbf"


def _batches(path: Path, offset: int, final: bool, gz: bool):
    """(bytes as a uint8 array, whether it runs to the end of the file, whether another chunk may follow,
    bytes skipped before the array) from ``offset`` on, in chunks
    that end at a newline (a line longer than a chunk makes its chunk longer). A UTF-8 byte order mark
    that starts the file is skipped.

    Plain files are read up to the size they had when the ingest began (lines appended meanwhile wait for
    the next ingest); ``.gz`` files are decompressed. A line ends at LF, CR LF or a CR alone
    (:func:`files.lone_crs_to_newlines` makes the last an LF in the chunk). Each chunk is read straight into
    its own array (a private copy, so a log rewritten or truncated while it is read cannot take the process
    down); only the unfinished line at its end is carried into the next one.
    """
    size = int(os.environ.get("MARLIB_INGEST_CHUNK_BYTES") or (GZ_CHUNK_BYTES if gz else WINDOW_BYTES))
    size = max(1, min(size, MAX_CHUNK_BYTES))
    with (files.open_binary(path) if gz else open(path, "rb")) as f:
        if gz:
            left = None
            if offset:
                _gz_read(path, f.seek, offset)
        else:
            left = os.fstat(f.fileno()).st_size - offset
            f.seek(offset)
        rest = b""
        while left is None or left > 0:
            want = size if left is None else min(size, left)
            buf = _new_buffer(len(rest) + want)
            buf[:len(rest)] = np.frombuffer(rest, dtype=np.uint8)
            got = _read_into(path, f, memoryview(buf)[len(rest):], gz)
            if not got:
                break
            if left is not None:
                left -= got
            end = len(rest) + got
            files.lone_crs_to_newlines(buf, end)
            cut = _last_newline(buf, end)
            if cut < 0:
                rest = buf[:end].tobytes()
                continue
            rest = buf[cut + 1:end].tobytes()
            chunk = buf[:cut + 1]
            del buf
            skip = 3 if offset == 0 and chunk[:3].tobytes() == _BOM else 0
            offset = -1   # the file's start is behind
            # a .gz's end shows when a read comes back short (its decompressed size is not known before);
            # a plain file's unfinished last line is no batch
            yield chunk[skip:], False, got == want if left is None else left > 0, skip
            del chunk   # the caller is done with it: do not hold it while the next one is read
        if rest and final:
            skip = 3 if offset == 0 and rest[:3] == _BOM else 0
            yield np.frombuffer(rest, dtype=np.uint8)[skip:], True, False, skip


def _new_buffer(size: int) -> np.ndarray:
    """A writable uint8 array for one chunk. On Linux anonymous memory mapped in one go (MAP_POPULATE):
    faulted in page by page, the first touch of a few hundred MB costs more than reading the file, and
    numpy's own large arrays ask for huge pages, whose first touch can stall on a busy machine."""
    flags = getattr(mmap, "MAP_POPULATE", None)
    if flags is None or size == 0:
        return np.empty(size, dtype=np.uint8)
    return np.frombuffer(mmap.mmap(-1, size, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS | flags),
                         dtype=np.uint8)


def _read_into(path: Path, f, view: memoryview, gz: bool) -> int:
    """Fill ``view`` from ``f`` as far as the file goes; returns the bytes read."""
    got = 0
    while got < len(view):
        n = _gz_read(path, f.readinto, view[got:]) if gz else f.readinto(view[got:])
        if not n:
            break
        got += n
    return got


def _last_newline(buf: np.ndarray, end: int) -> int:
    """Index of the last newline in ``buf[:end]``, -1 if none (looks back in growing steps)."""
    hi, step = end, 1 << 16
    while hi > 0:
        lo = max(0, hi - step)
        hits = np.flatnonzero(buf[lo:hi] == 10)
        if hits.size:
            return lo + int(hits[-1])
        hi, step = lo, step * 4
    return -1


def _read_batches(con, path: Path, state: _FileState, opts: dict, summary: IngestSummary,
                  progress, *, gz: bool) -> None:
    """The file's new bytes, batch by batch, in ONE transaction that also records how far it was read:
    a killed ingest leaves the store as before the file or with the file complete."""
    done = 0
    # the file's position as the store says now, should it have moved since ``state`` was looked up (a second
    # ingest, `watch`: only one process holds the database file at a time, so not while ``con`` is open)
    stored = _stored_state(con, state.key)
    if stored is not None and stored.bytes_done != state.bytes_done:
        state.__dict__.update(stored.__dict__)
    read = IngestSummary()   # the file's lines and bytes: counted in ``summary`` once committed
    new_file, as_utc, not_utf8, assumed = state.bytes_done == 0, False, 0, False
    con.execute("BEGIN TRANSACTION")
    try:
        again = not gz and state.tail_key is not None and files.tail_key(path, state.bytes_done) != state.tail_key
        if again:
            _start_over(con, state)
        opts["mid_base"] = _appliance_base(con, state.source.appliance)
        # a host names its appliance without regard to case (ESA1 and esa1 are one appliance)
        opts["host_bases"] = ((lambda hosts: {h: _appliance_base(con, h.lower()) for h in hosts})
                              if state.source.by_host else None)
        before = _counts(con)
        for buf, last, more, skipped in _batches(path, state.bytes_done, opts["final"], gz):
            ctx = _context(path, state, opts, summary.run_id)
            consumed = esa.load_batch(con, buf, ctx, final=last, more=more)
            del buf
            res = esa.parse_batch(con, ctx)
            # syslog lines of a file read for the first time, taken as UTC for want of an offset
            as_utc = as_utc or (new_file and res.last_month is not None and opts["tz"] is None
                                and ctx.syslog_offset_s == 0)
            not_utf8 += res.not_utf8
            assumed = assumed or res.offset_assumed
            if consumed == 0:
                break
            consumed += skipped
            _advance(state, res, consumed, read)
            done += consumed
            progress(done)
        if done:
            _lengthen_key(con, path, state)
            state.tail_key = None if gz else files.tail_key(path, state.bytes_done)
            _save_state(con, path, state)
            after = _counts(con)
        con.execute("COMMIT" if done else "ROLLBACK")   # nothing read: not even a start over (_start_over)
    except BaseException:
        rollback(con)
        raise
    if done and again:
        log.warning("%s changed before the point it was read to: read again from its start", path)
        summary.reread_files.append(str(path))
    if done and as_utc:
        summary.syslog_read_as_utc.append(str(path))
    if done and assumed:
        log.warning("%s has no `Time offset from UTC` line before its first lines: read with %s s", path,
                    opts["seen_tz"])
        summary.offsets_assumed.append({"path": str(path), "tz_offset_s": opts["seen_tz"]})
    if done and not_utf8:
        log.warning("%s: %d line(s) not UTF-8, read as %s", path, not_utf8, files.NOT_UTF8_NAME)
        summary.not_utf8_files.append(str(path))
    if done:
        summary.add({t: after[t] - before[t] for t in after})
        summary.add({k: getattr(read, k) for k in ("lines", "parsed", "ignored", "bytes")})
    elif not gz and path.stat().st_size > state.bytes_done:   # new bytes, but no whole line yet
        summary.waiting_files += 1
    else:
        summary.unchanged_files += 1
