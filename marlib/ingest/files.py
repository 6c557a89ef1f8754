"""Input files: finding them, telling logs from other files, and recognising a file already read.

A file is identified by its *content start*, not its name: the key is
``"<n>:<md5 of the first n bytes>"`` with n = min(size, 1024) bytes of the
uncompressed content. ESA renames ``mail.current`` to ``mail.@<time>.s`` on
rotation (and may gzip it); the start of the content stays the same, so the
renamed file is recognised and only what was appended since is read. A file read while it held
less than 1024 bytes has a key of what was read (at first perhaps only the header lines, which logs
started in the same second share), lengthened as it is read on: see :func:`match_known_key`.
"""
from __future__ import annotations

import codecs
import gzip
import hashlib
import mmap
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import IO

import numpy as np

from marlib.errors import IngestError, InputError

KEY_BYTES = 1024
HEAD_BYTES = 64 * 1024
RECORD_SUFFIXES = (".csv", ".json", ".jsonl", ".ndjson", ".parquet")
# Never log files; skipped when walking a folder (named explicitly they still get a clear error).
_FOLDER_SKIP = {".json", ".md", ".py", ".duckdb", ".wal", ".zip", ".xlsx", ".html", ".pdf", ".png", ".jpg",
                ".pem", ".key", ".crt", ".ipynb", ".parquet", ".csv", ".jsonl", ".ndjson", ".tmp"}

# ESA framing: file shape "Wed Nov 19 09:16:38 2014 Info:" or syslog "<166>Mar 17 18:24:37 [host ]name:"
_DAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
FRAME_RE = re.compile(
    rf"^(?:{_DAY} {_MON} [ \d]\d \d\d:\d\d:\d\d \d{{4}} (?:Info|Warning|Debug|Critical):"
    rf"|(?:<\d{{1,3}}>)?{_MON} [ \d]\d \d\d:\d\d:\d\d (?:\s*\S+)?\s*[\w.\-]+:)")


# Text that is not UTF-8. A byte sequence that is not UTF-8 is read as Windows-1252 (the Western European
# code page, a superset of Latin-1's printable characters: what a Windows export or an 8-bit mail header most
# often is), byte by byte, and the valid UTF-8 around it as UTF-8: no byte is lost (U+FFFD lost them all, and
# a records row with such a byte was refused whole), a file mixing the two keeps both, and each line keeps its
# place (no byte becomes a line break). The five bytes Windows-1252 leaves undefined keep their Latin-1 code
# points. Registered as the codec error handler NOT_UTF8: ``data.decode("utf-8", NOT_UTF8)``.
NOT_UTF8 = "marlib-cp1252"
NOT_UTF8_NAME = "Windows-1252 (Latin-1)"
_CP1252 = tuple(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in range(256))


def _as_cp1252(err: UnicodeError) -> tuple[str, int]:
    if not isinstance(err, UnicodeDecodeError):
        raise err
    return "".join(_CP1252[b] for b in err.object[err.start:err.end]), err.end


codecs.register_error(NOT_UTF8, _as_cp1252)


def decode_text(data: bytes) -> tuple[str, bool]:
    """(the text of ``data``, True when some of it was not UTF-8 and was read as :data:`NOT_UTF8_NAME`)."""
    try:
        return data.decode("utf-8"), False
    except UnicodeDecodeError:
        return data.decode("utf-8", NOT_UTF8), True


def lacks_offset_line(head: bytes) -> bool:
    """True for a file-shaped ESA log whose first lines hold no ``Time offset from UTC`` line: a part of a log
    (its tail copied out, a piece split off), not a whole one, which the appliance starts with that header."""
    lines = [line for line in head.decode("utf-8", NOT_UTF8).removeprefix("\ufeff").splitlines()[:10]
             if FRAME_RE.match(line.lstrip("\x00"))]
    return bool(lines) and _FILE_SHAPE.match(lines[0].lstrip("\x00")) is not None \
        and not any("Time offset from UTC:" in line for line in lines)


_FILE_SHAPE = re.compile(rf"^{_DAY} {_MON} ")


def is_gzip(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(2) == b"\x1f\x8b"


def open_binary(path: Path) -> IO[bytes]:
    """The file's (uncompressed) bytes."""
    return gzip.open(path, "rb") if is_gzip(path) else open(path, "rb")


def read_head(path: Path, n: int = HEAD_BYTES) -> bytes:
    """The first ``n`` uncompressed bytes; IngestError for a damaged gzip file."""
    try:
        with open_binary(path) as f:
            return f.read(n)
    except (OSError, EOFError) as exc:
        raise IngestError(f"{path}: cannot read the file ({exc})",
                          advice="check that it is a complete log file or .gz archive") from exc


def check_not_empty(raw: str | os.PathLike[str]) -> None:
    """An empty path (``ingest "$LOGS"`` with the variable unset) is refused: ``Path("")`` is the current folder,
    which would be read recursively (from a checkout: its committed sample)."""
    if isinstance(raw, str) and not raw.strip():
        raise InputError(f"a log path given is empty ({raw!r}: an unset shell variable?); it would read the current "
                         "folder", advice="give the ESA log files or their folder; `.` for the current folder")


def expand_paths(paths: Iterable[str | os.PathLike[str]], *, records: bool = False) -> list[Path]:
    """Files named, and the files under folders named (recursively, sorted, hidden ones skipped)."""
    out: list[Path] = []
    for raw in paths:
        check_not_empty(raw)
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts) \
                        and _folder_wants(f, records):
                    out.append(f)
        elif p.is_file():
            out.append(p)
        elif p.exists():   # a pipe, a socket, a device: no offset to resume from, nothing to recognise
            raise InputError(f"{p} is not a file or a folder (a pipe, socket or device)",
                             advice="write the log to a file first (e.g. `cat ... > FILE`) and ingest that")
        else:
            raise InputError(f"{p}: no such file or folder", advice="check the path")
    return out


def records_passed_over(paths: Iterable[str | os.PathLike[str]]) -> int:
    """Records files (CSV, JSON lines, Parquet) under the folders named: a folder is read for ESA logs
    unless ``--format records`` is given, so these are passed over."""
    return len(expand_paths([p for p in paths if Path(p).is_dir()], records=True))


def _folder_wants(f: Path, records: bool) -> bool:
    suffix = f.suffix.lower()
    if records:
        return suffix in RECORD_SUFFIXES
    return suffix not in _FOLDER_SKIP


def is_records_file(path: Path) -> bool:
    return path.suffix.lower() in RECORD_SUFFIXES


def is_empty(head: bytes, n: int = HEAD_BYTES) -> bool:
    """True for a whole file (``head`` shorter than ``n``) with nothing but blank lines, or nothing at all: a
    log just rotated or truncated (logrotate copytruncate, ``: > FILE``) has no line yet. Not an error, and no
    log either: there is nothing to recognise or read."""
    return len(head) < n and not head.removeprefix(b"\xef\xbb\xbf").strip()


def check_esa_text(path: Path, head: bytes) -> None:
    """IngestError unless ``head`` is text with at least one ESA-framed line.

    A log may hold a few stray bytes: a run of NULs where the appliance stopped uncleanly, an 8-bit
    character, a UTF-8 byte order mark. Those lines go to rejects; the file is still a log."""
    text = head.decode("utf-8", "replace")
    lines = text.removeprefix("\ufeff").splitlines()[:200]
    framed = any(FRAME_RE.match(line.lstrip("\x00")) for line in lines)
    if head.count(b"\x00") > (len(head) // 2 if framed else 0):
        raise IngestError(f"{path} is a binary file, not an ESA log",
                          advice="give the mail_logs / amp log files (plain or .gz) or a folder of them")
    bad = text.count("\ufffd")
    if not framed and bad > max(8, len(text) // 100):  # a stray 8-bit character is fine, a page is not text
        raise IngestError(f"{path} is not a text file ({bad} invalid UTF-8 sequences in its first "
                          f"{len(head)} bytes)", advice="give the mail_logs / amp log files (plain or .gz)")
    if not framed:
        raise IngestError(f"{path} is not a Cisco ESA log: none of its first lines has an ESA time stamp "
                          "('Wed Nov 19 09:16:38 2014 Info: ...' or '<166>Mar 17 18:24:37 mail_logs: ...')",
                          advice="give mail_logs / amp log files; delivery or verdict records are read from "
                                 "files named .csv, .json, .jsonl or .parquet (the command line's "
                                 "`ingest --format records` reads them under any name)")


# A line ends at LF, CR LF or a CR alone (a log saved with classic Mac OS line ends), as Python's universal
# newlines and the records reader (records_lines) have it.
_LONE_CR = re.compile(rb"\r(?=[^\n])")
_CR_BLOCK = 1 << 20


def lone_crs_to_newlines(buf: np.ndarray, end: int) -> None:
    """Turn each CR of ``buf[:end]`` that a byte other than LF follows into an LF, in place, so the line
    readers, which end lines at LF (a CR before it left out), see every line. The bytes keep their places:
    offsets, line numbers and file keys stay those of the file. A CR that ends ``buf[:end]`` is left as it
    is: the byte after it is not read yet (a CR LF cut in two); one that ends a file is left out with the
    last line's end anyway. Costs one search of the bytes when there is no CR alone (an LF or CR LF log)."""
    if not _may_hold_cr(buf, end):
        return
    first = _LONE_CR.search(memoryview(buf)[:end])
    if first is None:
        return
    for lo in range(first.start(), end - 1, _CR_BLOCK):   # blocks that stay in the CPU's cache
        hi = min(end - 1, lo + _CR_BLOCK)
        at = np.flatnonzero(buf[lo:hi] == 13) + lo
        buf[at[buf[at + 1] != 10]] = 10


def _may_hold_cr(buf: np.ndarray, end: int) -> bool:
    """False when ``buf[:end]`` holds no CR at all (an LF log: nearly always). Asked of the memory map the
    chunk was read into (ingest's buffers), whose ``find`` is a memchr: several times faster than the regular
    expression, which stays for a buffer of another kind and for the CRs found."""
    view = buf.base
    owner = getattr(view, "obj", None)
    if isinstance(owner, mmap.mmap) and view.nbytes == len(owner) == buf.nbytes:
        return owner.find(b"\r", 0, end) >= 0
    return True


def stored_path(path: Path) -> str:
    """A file's path as ingest_files keeps it: absolute, links resolved (the same file from any folder)."""
    try:
        return str(path.resolve())
    except OSError:
        return str(path.absolute())


def content_key(head: bytes, n: int | None = None) -> str:
    n = min(len(head), KEY_BYTES) if n is None else n
    return f"{n}:{hashlib.md5(head[:n]).hexdigest()}"


def tail_key(path: Path, end: int) -> str:
    """``<n>:<md5>`` of the (up to) :data:`KEY_BYTES` bytes of a plain file before ``end`` (what was read last;
    fewer when the file is now shorter)."""
    start = max(0, end - KEY_BYTES)
    with open(path, "rb") as f:
        f.seek(start)
        data = f.read(end - start)
    return f"{len(data)}:{hashlib.md5(data).hexdigest()}"


def new_key(head: bytes, taken: Iterable[str]) -> str:
    """The key of a file not read before: its content start, with ``#2``, ``#3``... when another file
    with the same (short) start holds that key (two logs still holding only the same header lines)."""
    key, taken = content_key(head), set(taken)
    number = 1
    while (key if number == 1 else f"{key}#{number}") in taken:
        number += 1
    return key if number == 1 else f"{key}#{number}"


def match_known_key(head: bytes, known: Iterable[tuple[str, str | None]], path: Path | None = None) -> str | None:
    """The stored key (of ``known`` (key, path read from)) of the file whose start this file's start is.

    A key of the full :data:`KEY_BYTES` is that file wherever it now is (rotated, renamed, gzipped,
    copied). A shorter key covers all that was read of a file shorter than that (ingest lengthens it as
    the file is read on), which may be no more than the header lines every log of the appliance starts
    with alike. So it is this file when read from this path, or when the file read from that path has
    gone or starts otherwise now (it was rotated away); while that one is still there, this file is
    another one. The longest start wins, then the same path; when two such short keys of files read
    elsewhere are left, this file is taken for a new one (read from its start: nothing is lost)."""
    found: list[tuple[int, bool, str]] = []
    starts: dict[int, str] = {}   # this file's key at each length (most stored keys share 1024)
    for key, read_from in known:
        n_text, _, _ = key.partition(":")
        if not n_text.isdigit():
            continue
        n = int(n_text)
        if not 0 < n <= len(head):
            continue
        if n not in starts:
            starts[n] = content_key(head, n)
        if starts[n] != key.partition("#")[0]:
            continue
        same = path is not None and read_from is not None and _same_file(Path(read_from), path)
        if n < KEY_BYTES and not same and read_from is not None and _starts_with(Path(read_from), head[:n]):
            continue
        found.append((n, same, key))
    if not found:
        return None
    found.sort(key=lambda f: (f[0], f[1]), reverse=True)
    n, same, key = found[0]
    if n < KEY_BYTES and not same and sum(1 for f in found if f[0] == n and not f[1]) > 1:
        return None
    return key


def _same_file(a: Path, b: Path) -> bool:
    if str(a) == str(b):
        return True
    try:
        return a.resolve() == b.resolve() or os.path.samefile(a, b)
    except OSError:
        return False


def _starts_with(path: Path, start: bytes) -> bool:
    """The file at ``path`` is there and starts with ``start`` (uncompressed)."""
    try:
        with open_binary(path) as f:
            return f.read(len(start)) == start
    except (OSError, EOFError):
        return False
