"""Compiled first pass over ESA log bytes: split lines, classify them, and cut out the fields of common lines.

Works on the raw bytes of a batch (a chunk of a plain file, or of
a ``.gz``) with functions compiled by numba, two threads over the lines. Each
line ends in exactly one of three places:

* **ignored** (kind 0): framed lines of other kinds (TLS, SPF, DKIM, ...), only counted;
* **parsed here**: ``Info:`` lines (file or syslog shape) of the frequent kinds whose text is
  exactly the usual shape; their fields come out typed (MIDs as integers, the
  local time as microseconds) with the same values as the SQL parser gives;
* **fallback** (:data:`FALLBACK`): everything else that may matter (other levels, odd
  spacing, invalid UTF-8, a value the strict reading here refuses, a line too long or
  unusual). These go, with their line numbers, to the SQL parser of
  :mod:`marlib.ingest.esa_sql`, which decides parsed, ignored or rejected exactly as for
  any other line.

So this module only has to be right about what it accepts; anything it is not
sure of is handed on. The kind ids and the rules for telling kinds apart are
those of :data:`marlib.ingest.esa_sql.KIND_EXPR`.

Fields per parsed line (see :mod:`marlib.ingest.esa` for the table they fill):
``mid`` (the MID the line is about; for child lines the child), ``n2`` (ICID,
DCID, size in bytes or parent MID), ``rid`` (a single recipient id, -1 none,
-2 a list kept in ``b``), ``a`` and ``b`` (text fields), and for reputation
lines in the usual key order ``c``..``f`` (disposition or file type, malware,
score, SHA-256).
"""
from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
from numba import njit, prange, types

from marlib.ingest.esa_bytes import lit, utf8_ok
from marlib.ingest.files import NOT_UTF8
from marlib.ingest.esa_lines import FALLBACK, parse_line  # noqa: F401 (FALLBACK: esa.py reads it here)

# the C library's memchr (vectorised), declared so numba can cache the functions calling it
_memchr = types.ExternalFunction("memchr", types.intp(types.intp, types.int32, types.intp))
# numba's default thread pool must not be entered from two Python threads at once
SCAN_LOCK = threading.Lock()


@contextmanager
def _compiled() -> Iterator[None]:
    """Run compiled code one Python thread at a time; on the main thread, a Ctrl-C that comes meanwhile is
    held until the call returns. Python's own SIGINT handler would raise KeyboardInterrupt inside numba's
    parallel code, which can crash the process; a batch takes well under a second."""
    with SCAN_LOCK:
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        caught: list[int] = []
        previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)
    if caught:  # now as the handler in place would have taken it (by default: KeyboardInterrupt)
        if callable(previous):
            previous(signal.SIGINT, None)
        elif previous == signal.SIG_DFL or signal.SIGTERM in caught:   # a SIGTERM the CLI takes as a Ctrl-C
            raise KeyboardInterrupt


@njit(cache=True, parallel=True)
def _scan(buf, parts, final, year):
    """Split buf into lines and parse each, ``parts`` slices in parallel.

    Line i is the text before the (i+1)-th newline (a CR before it left out); a last line without
    newline counts only when ``final``; syslog-shaped lines are in ``year``.
    Returns (kinds, out_n, out_o, out_t, out_s, out_st, starts, ends, consumed).
    """
    n = buf.size
    step = max(1, (n + parts - 1) // parts)
    counts = np.zeros(parts + 1, np.int64)
    for pi in prange(parts):
        c = 0
        for i in range(pi * step, min(n, (pi + 1) * step)):
            c += buf[i] == 10
        counts[pi + 1] = c
    for pi in range(parts):
        counts[pi + 1] += counts[pi]
    last_nl = n - 1
    while last_nl >= 0 and buf[last_nl] != 10:
        last_nl -= 1
    tail = final and last_nl + 1 < n
    lines = counts[parts] + (1 if tail else 0)
    kinds = np.zeros(lines, np.uint8)
    out_n = np.empty((2, lines), np.int64)
    out_o = np.empty((13, lines), np.int32)
    out_t = np.empty(lines, np.int64)
    out_s = np.zeros(lines, np.bool_)
    out_st = np.zeros(lines, np.uint8)
    starts = np.empty(lines, np.int64)
    ends = np.empty(lines, np.int64)
    base = buf.ctypes.data
    for pi in prange(parts):
        li = counts[pi]
        if li == counts[pi + 1]:
            continue  # no line ends in this slice
        lo = pi * step
        s = lo
        while s > 0 and buf[s - 1] != 10:  # the first line may start in an earlier slice
            s -= 1
        e = lo
        while li < counts[pi + 1]:
            e = _memchr(base + e, 10, n - e) - base   # there is a newline ahead: counted above
            x = e - 1 if e > s and buf[e - 1] == 13 else e
            starts[li] = s
            ends[li] = x
            kinds[li] = parse_line(buf, s, x, out_n, out_o, out_t, out_s, out_st, li, year)
            s = e + 1
            e = s
            li += 1
    if tail:
        li = lines - 1
        s = last_nl + 1
        x = n - 1 if n > s and buf[n - 1] == 13 else n
        starts[li] = s
        ends[li] = x
        kinds[li] = parse_line(buf, s, x, out_n, out_o, out_t, out_s, out_st, li, year)
    consumed = n if tail else last_nl + 1
    return kinds, out_n, out_o, out_t, out_s, out_st, starts, ends, consumed


@njit(cache=True, parallel=True)
def _take(a, sel):
    """a[:, sel] for a 2-D array, in parallel."""
    out = np.empty((a.shape[0], sel.size), a.dtype)
    for j in prange(sel.size):
        for r in range(a.shape[0]):
            out[r, j] = a[r, sel[j]]
    return out


@njit(cache=True, parallel=True)
def _gather(buf, lo, hi, lower):
    """Concatenate buf[lo[i]:hi[i]] (empty where lo < 0; ASCII lower-cased where lower[i]):
    (offsets, data) of an Arrow string array."""
    n = lo.size
    offs = np.zeros(n + 1, np.int64)
    for i in range(n):
        offs[i + 1] = offs[i] + (hi[i] - lo[i] if lo[i] >= 0 else 0)
    data = np.empty(offs[n], np.uint8)
    for i in prange(n):
        if lo[i] >= 0:
            o = offs[i]
            if lower[i]:
                for j in range(hi[i] - lo[i]):
                    c = buf[lo[i] + j]
                    data[o + j] = c + 32 if 65 <= c <= 90 else c
            else:   # a slice copy (memcpy): 1.5-2x faster than byte by byte on the bench's text columns
                data[o:o + hi[i] - lo[i]] = buf[lo[i]:hi[i]]
    return offs, data


def scan(buf: np.ndarray, final: bool, year: int):
    """Split and parse the lines of buf: (kinds, numbers (mid, n2), rid and text offsets, local time in µs,
    syslog-shaped, recipient status code, line starts, line ends, bytes consumed). A last line without
    newline counts only when
    ``final``; syslog time stamps (no year) are read in ``year``."""
    if buf.size >= 2**31:  # text offsets are 32-bit; api.py keeps chunks far smaller unless one line is huge
        from marlib.errors import IngestError
        raise IngestError(f"a batch of {buf.size} bytes: a line longer than about 1 GiB cannot be read",
                          advice="check that the file is an ESA log; split it if it really is one")
    with _compiled():
        *out, consumed = _scan(buf, 64, final, int(year))
    return (*out, int(consumed))


@njit(cache=True, parallel=True)
def _valid_lines(buf, starts, ends):
    ok = np.empty(starts.size, np.bool_)
    for i in prange(starts.size):
        ok[i] = utf8_ok(buf, starts[i], ends[i])
    return ok


def valid_lines(buf: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Which of the lines buf[starts:ends] are valid UTF-8."""
    with _compiled():
        return _valid_lines(buf, starts, ends)


def take(a: np.ndarray, sel: np.ndarray) -> np.ndarray:
    with _compiled():
        return _take(a, sel)


def strings(buf: np.ndarray, lo: np.ndarray, hi: np.ndarray, lower: np.ndarray | None = None):
    """An Arrow large_string array of buf[lo:hi] per row (null where lo < 0; ASCII lower-cased where
    ``lower``)."""
    import pyarrow as pa
    if lower is None:
        lower = np.zeros(lo.size, np.bool_)
    with _compiled():
        offs, data = _gather(buf, lo, hi, lower)
    valid = lo >= 0
    mask = None if valid.all() else pa.py_buffer(np.packbits(valid, bitorder="little"))
    return pa.Array.from_buffers(pa.large_string(), lo.size, [mask, pa.py_buffer(offs), pa.py_buffer(data)],
                                 null_count=int(lo.size - valid.sum()))


@njit(cache=True, parallel=True)
def _hosts(buf, starts, ends, syslog):
    """(lo, hi, valid UTF-8) of the host of each syslog-shaped line (lo -1: none, or not syslog); see
    :func:`syslog_hosts`."""
    n = starts.size
    lo = np.full(n, -1, np.int64)
    hi = np.full(n, -1, np.int64)
    ok = np.ones(n, np.bool_)
    for i in prange(n):
        if not syslog[i]:
            continue
        s, e = starts[i], ends[i]
        p = s
        if p < e and buf[p] == 60:       # '<166>'
            while p < e and buf[p] != 62:
                p += 1
            p += 1
        while p < e and buf[p] != 58:    # the time's first ':' ...
            p += 1
        while p < e and buf[p] != 32:    # ... and the space after the time
            p += 1
        q = p + 1
        while q < e and buf[q] == 32:    # more than one space after the time
            q += 1
        if q >= e:
            continue
        c = q
        while c < e and not (buf[c] == 58 and c + 1 < e and buf[c + 1] == 32):   # the first ': '
            c += 1
        sp = q
        while sp < c and buf[sp] != 32:
            sp += 1
        if q < sp < c:
            lo[i] = q
            hi[i] = sp
            ok[i] = utf8_ok(buf, q, sp)
    return lo, hi, ok


def syslog_hosts(buf: np.ndarray, starts: np.ndarray, ends: np.ndarray, syslog: np.ndarray):
    """An Arrow string array: the host of each syslog-shaped line ``<166>Mar 17 18:24:37 host name: ...``,
    the first of two words between the time (the word with the first ``:``, then one space or more) and the
    first ``": "``; null when
    there is one word (no host) or the line is not syslog-shaped. Bytes that are not UTF-8 are read as
    Windows-1252, as the SQL parser reads such a line (:data:`marlib.ingest.files.NOT_UTF8`).
    :data:`marlib.ingest.esa_sql.HOST_SQL` reads the same."""
    import pyarrow as pa
    with _compiled():
        lo, hi, ok = _hosts(buf, starts, ends, syslog)
    if ok.all():
        return strings(buf, lo, hi)
    return pa.array([bytes(buf[a:b]).decode("utf-8", NOT_UTF8) if a >= 0 else None
                     for a, b in zip(lo.tolist(), hi.tolist())], type=pa.large_string())


def warm_up() -> None:
    """Compile (or load from numba's cache) the scanner, so a first timed ingest does not pay for it."""
    sample = lit("Mon Nov 16 00:00:21 2026 Info: Start MID 1 ICID 2\n")
    _warm_up(sample)         # read-only bytes (a batch made from a bytes object)
    _warm_up(sample.copy())  # writable (a chunk read from a file): numba compiles the two apart


def _warm_up(sample: np.ndarray) -> None:
    import pyarrow as pa
    kinds, out_n, out_o, out_t, _, _, starts, ends, _ = scan(sample, True, 2026)
    valid_lines(sample, starts, ends)
    strings(sample, starts, ends)  # the SQL parser's lines are copied with int64 bounds
    sel = np.flatnonzero(kinds)
    take(out_n, sel)
    fo = take(out_o, sel)
    strings(sample, fo[1], fo[2])
    syslog_hosts(sample, starts, ends, np.ones(starts.size, np.bool_))   # ingest --by-host
    pa.table({"n": pa.array(out_t[sel], type=pa.int64())})  # Arrow's first conversion from numpy is slow
