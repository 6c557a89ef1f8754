"""Compiled first pass over ESA log bytes: split lines, classify them, and cut out the fields of common lines.

Works on the raw bytes of a batch (a memory map of a plain file, or a chunk of
a ``.gz``) with functions compiled by numba, two threads over the lines. Each
line ends in exactly one of three places:

* **ignored** (kind 0): framed lines of other kinds (TLS, SPF, DKIM, ...), only counted;
* **parsed here**: ``Info:`` lines (file or syslog shape) of the frequent kinds whose text is
  exactly the usual shape; their fields come out typed (MIDs as integers, the
  local time as microseconds) with the same values as the SQL parser gives;
* **fallback** (:data:`FALLBACK`): everything else that may matter (other levels, odd spacing, invalid UTF-8, a value the strict reading here
  refuses, a line too long or unusual). These go, with their line numbers, to
  the SQL parser of :mod:`marlib.ingest.esa_sql`, which decides parsed,
  ignored or rejected exactly as for any other line.

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

import threading

import numpy as np
from numba import njit, prange

from marlib.ingest import esa_sql as q

FALLBACK = 255
NONE_RID, LIST_RID = -1, -2
# numba's default thread pool must not be entered from two Python threads at once
SCAN_LOCK = threading.Lock()


def _b(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("ascii"), dtype=np.uint8)


# Literals (global arrays are compiled in as constants).
INFO = _b(" Info: ")
DAYS = _b("MonTueWedThuFriSatSun")
MONTHS = _b("JanFebMarAprMayJunJulAugSepOctNovDec")
L_MID = _b("MID ")
L_ICID = _b("ICID ")
L_DCID = _b("DCID ")
L_NEW_SMTP = _b("New SMTP ")
L_START = _b("Start MID ")
L_DSTART = _b("Delivery start DCID ")
L_DONE = _b("Message done DCID ")
L_FINISHED = _b("Message finished MID ")
L_BOUNCED = _b("Bounced: ")
L_REP_RESP = _b("Response received for file reputation query")
L_REP_INIT = _b("File reputation query initiating")
L_RETRO = _b("Retrospective verdict received")
L_ANALYSIS = _b("File Analysis complete")
L_TZ = _b("Time offset ")
L_TO = _b(" To: ")
L_FROM = _b(" From: ")
L_SUBJECT = _b("Subject")
L_MSGID = _b("Message-ID ")
L_READY = _b("ready ")
L_BYTES_FROM = _b(" bytes from <")
L_MATCHED = _b("matched all ")
L_POLICY = _b("matched all recipients for per-recipient policy ")
L_IN_INBOUND = _b(" in the inbound table")
L_IN_OUTBOUND = _b(" in the outbound table")
L_QUEUED = _b("queued for delivery")
L_QUEUED12 = _b("queued for d")
L_RID_BR = _b("RID [")
L_RESPONSE_CHECK = _b("] Response ")
L_RESPONSE = _b(" Response ")
L_ATTACH = _b("attachment ")
L_AMP = _b("AMP file reputation verdict")
L_AMP12 = _b("AMP file rep")
L_GEN12 = _b("was generate")
L_GEN = _b("was generated based on MID ")
L_BOUNCE_OF = _b("for bounce of MID")
L_BOUNCE = _b("was generated for bounce of MID ")
L_REWRITTEN12 = _b("rewritten to")
L_REWRITTEN = _b("rewritten to MID ")
L_SPLIT12 = _b("was split cr")
L_SPLIT = _b("was split creating MID ")
L_DELIVERY_STA = _b("Delivery sta")
L_RT_DCID = _b("rt DCID")
L_MESSAGE_DONE = _b("Message done")
L_MESSAGE_FINI = _b("Message fini")
L_RESPONSE_REC = _b("Response rec")
L_FOR_FILE_REP = _b("for file reputation query")
L_FILE_REPUTAT = _b("File reputat")
L_QUERY_INIT = _b("query initiating")
L_RETROSPECTIV = _b("Retrospectiv")
L_VE_VERDICT = _b("ve verdict received")
L_FILE_ANALYSI = _b("File Analysi")
L_ANALYSIS_COMPLETE = _b("Analysis complete")
L_FROM_WORD = _b(" from ")
L_TO_RID = _b(" to RID [")
L_ICID_SP = _b(" ICID ")
L_RID_SP = _b(" RID ")

L_FILE_NAME_K = _b("File Name")
L_FILENAME_K = _b("FileName")
L_MIDW = _b("MID")
L_DISP_K = _b("Disposition")
L_MALWARE_K = _b("Malware")
L_ASCORE_K = _b("Analysis Score")
L_RSCORE_K = _b("Reputation Score")
L_SCOREW = _b("Score")
L_SHA_K = _b("sha256")
L_SHA_UK = _b("SHA256")
L_FSIZE_K = _b("File Size")
L_BYTES = _b("bytes")
L_FTYPE_K = _b("File Type")

MAX_LINE = 65536  # longer lines go to the SQL parser


@njit(cache=True, nogil=True)
def _at(buf, p, e, lit):
    """True when buf[p:e] starts with lit."""
    n = lit.size
    if p + n > e:
        return False
    for i in range(n):
        if buf[p + i] != lit[i]:
            return False
    return True


@njit(cache=True, nogil=True)
def _find(buf, p, e, lit):
    """Index of the first lit in buf[p:e], else -1."""
    n = lit.size
    first = lit[0]
    last = e - n
    i = p
    while i <= last:
        if buf[i] == first:
            ok = True
            for j in range(1, n):
                if buf[i + j] != lit[j]:
                    ok = False
                    break
            if ok:
                return i
        i += 1
    return -1


@njit(cache=True, nogil=True)
def _number(buf, p, e, maxd):
    """(value, end) of 1..maxd ASCII digits at p followed by a non-digit or the end; end -1 when not so."""
    v = 0
    i = p
    while i < e and 48 <= buf[i] <= 57:
        if i - p >= maxd:
            return 0, -1
        v = v * 10 + (buf[i] - 48)
        i += 1
    if i == p:
        return 0, -1
    return v, i


@njit(cache=True, nogil=True)
def _word3(buf, p, table):
    """Index (0-based) of the three letters at p in ``table`` (a run of 3-letter names), else -1."""
    for i in range(table.size // 3):
        if buf[p] == table[3 * i] and buf[p + 1] == table[3 * i + 1] and buf[p + 2] == table[3 * i + 2]:
            return i
    return -1


@njit(cache=True, nogil=True)
def _two(buf, p):
    a, b = buf[p], buf[p + 1]
    if not (48 <= b <= 57):
        return -1
    if a == 32:
        return b - 48
    if not (48 <= a <= 57):
        return -1
    return (a - 48) * 10 + (b - 48)


@njit(cache=True, nogil=True)
def _days_from_civil(y, m, d):
    y = y - 1 if m <= 2 else y
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    mp = m - 3 if m > 2 else m + 9
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


@njit(cache=True, nogil=True)
def _file_time(buf, s):
    """Microseconds since 1970 of 'Wed Nov 19 09:16:38 2014' at s (local time), or -1."""
    if _word3(buf, s, DAYS) < 0:
        return -1
    mon = _word3(buf, s + 4, MONTHS)
    if mon < 0 or buf[s + 3] != 32 or buf[s + 7] != 32 or buf[s + 10] != 32 or buf[s + 19] != 32:
        return -1
    if buf[s + 13] != 58 or buf[s + 16] != 58 or buf[s + 11] == 32 or buf[s + 14] == 32 or buf[s + 17] == 32:
        return -1
    day, hh, mm, ss = _two(buf, s + 8), _two(buf, s + 11), _two(buf, s + 14), _two(buf, s + 17)
    y, ye = _number(buf, s + 20, s + 24, 4)
    if day < 1 or hh < 0 or hh > 23 or mm < 0 or mm > 59 or ss < 0 or ss > 59 or ye != s + 24 or y < 1000:
        return -1
    m = mon + 1
    dim = 31
    if m == 4 or m == 6 or m == 9 or m == 11:
        dim = 30
    elif m == 2:
        dim = 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28
    if day > dim:
        return -1
    return ((_days_from_civil(y, m, day) * 86400 + hh * 3600 + mm * 60 + ss) * 1000000)


@njit(cache=True, nogil=True)
def _rids(buf, p, e):
    """Parse '[n, m, ...]' at p. Returns (end after ']', single rid or LIST_RID, list start, list end); end -1 if bad."""
    if p >= e or buf[p] != 91:
        return -1, 0, 0, 0
    i = p + 1
    count = 0
    first = 0
    while True:
        v, j = _number(buf, i, e, 9)
        if j < 0:
            return -1, 0, 0, 0
        if count == 0:
            first = v
        count += 1
        i = j
        if i < e and buf[i] == 93:
            break
        if i < e and buf[i] == 44:
            i += 1
            if i < e and buf[i] == 32:
                i += 1
            continue
        return -1, 0, 0, 0
    return i + 1, (first if count == 1 else -2), p + 1, i


@njit(cache=True, nogil=True)
def _quoted(buf, p, e):
    """(start, end) inside one pair of matching quotes spanning buf[p:e]; (-1, -1) otherwise."""
    if e - p >= 2 and (buf[p] == 39 or buf[p] == 34) and buf[e - 1] == buf[p]:
        return p + 1, e - 1
    return -1, -1


@njit(cache=True, nogil=True)
def _kv_start(buf, p, e):
    """Start of the key/value text after a reputation marker: optional '.', then one space (-1 if not so)."""
    if p < e and buf[p] == 46:
        p += 1
    if p < e and buf[p] == 32:
        return p + 1
    return -1


@njit(cache=True, nogil=True)
def _eq_sign(buf, p, e):
    """After a key: ' ?= ?'. Returns where the value starts, or -1."""
    if p < e and buf[p] == 32:
        p += 1
    if not (p < e and buf[p] == 61):
        return -1
    p += 1
    if p < e and buf[p] == 32:
        p += 1
    return p


@njit(cache=True, nogil=True)
def _next_key(buf, p, e, key):
    """At p: ',', blanks (the regex's \\s*), ``key``, ' ?= ?'. Returns where the value starts, or -1."""
    if not (p < e and buf[p] == 44):
        return -1
    p += 1
    while p < e and (buf[p] == 32 or buf[p] == 9 or buf[p] == 13 or buf[p] == 12):
        p += 1
    if not _at(buf, p, e, key):
        return -1
    return _eq_sign(buf, p + key.size, e)


@njit(cache=True, nogil=True)
def _value_to(buf, p, e, key, avoid):
    """(end of a value starting at p, start of the next value) where ``key`` follows, first such comma.

    (-1, -1) when no comma is followed by the key, or the value holds ``avoid`` (then the SQL reader,
    whose pattern could cut elsewhere, takes the line).
    """
    i = p
    while i < e:
        if buf[i] == 44:
            v = _next_key(buf, i, e, key)
            if v >= 0:
                if _find(buf, p, i, avoid) >= 0:
                    return -1, -1
                return i, v
        i += 1
    return -1, -1


@njit(cache=True, nogil=True)
def _utf8(buf, p, e):
    """True when buf[p:e] is valid UTF-8 (fields start and end at ASCII delimiters, so never mid-character)."""
    i = p
    while i < e:
        c = buf[i]
        if c < 128:
            i += 1
            continue
        if 0xC2 <= c <= 0xDF:
            n, lo, hi = 1, 0x80, 0xBF
        elif c == 0xE0:
            n, lo, hi = 2, 0xA0, 0xBF
        elif 0xE1 <= c <= 0xEC or c == 0xEE or c == 0xEF:
            n, lo, hi = 2, 0x80, 0xBF
        elif c == 0xED:
            n, lo, hi = 2, 0x80, 0x9F
        elif c == 0xF0:
            n, lo, hi = 3, 0x90, 0xBF
        elif 0xF1 <= c <= 0xF3:
            n, lo, hi = 3, 0x80, 0xBF
        elif c == 0xF4:
            n, lo, hi = 3, 0x80, 0x8F
        else:
            return False
        if i + n >= e:   # the character would run past the field
            return False
        if not (lo <= buf[i + 1] <= hi):
            return False
        for j in range(2, n + 1):
            if not (0x80 <= buf[i + j] <= 0xBF):
                return False
        i += n + 1
    return True


@njit(cache=True, nogil=True)
def _rep_fields(buf, p, e, kind, out_n, out_o, li):
    """Fields of a reputation line with its keys in the usual order (else False: read by SQL).

    Follows the SQL reader's pattern for that order (``File ?Name ?= ?(.*?),\\s*MID ?= ?...``) and gives
    the same values; a value that holds the name of the key after it is left to the SQL reader.
    """
    if _at(buf, p, e, L_FILE_NAME_K):
        n0 = _eq_sign(buf, p + L_FILE_NAME_K.size, e)
    elif _at(buf, p, e, L_FILENAME_K):
        n0 = _eq_sign(buf, p + L_FILENAME_K.size, e)
    else:
        return False
    if n0 < 0:
        return False
    n1, m0 = _value_to(buf, n0, e, L_MIDW, L_MIDW)
    if n1 < 0:
        return False
    mid, r = _number(buf, m0, e, 18)
    if r < 0:
        return False
    if kind == q.REP_RESPONSE:
        d0 = _next_key(buf, r, e, L_DISP_K)
        if d0 < 0:
            return False
        d1 = d0
        while d1 < e and buf[d1] != 44:   # ([^,]*?),\s*Malware
            d1 += 1
        w0 = _next_key(buf, d1, e, L_MALWARE_K)
        if w0 < 0:
            return False
        w1, v0 = _value_to(buf, w0, e, L_ASCORE_K, L_SCOREW)
        w2, v2 = _value_to(buf, w0, e, L_RSCORE_K, L_SCOREW)
        if w1 < 0 and w2 < 0:
            return False
        if w1 < 0 or (0 <= w2 < w1):
            w1, v0 = w2, v2
        v1 = v0
        while v1 < e and (48 <= buf[v1] <= 57 or buf[v1] == 45 or buf[v1] == 46):
            v1 += 1
        h0 = _next_key(buf, v1, e, L_SHA_K)
        if h0 < 0:
            h0 = _next_key(buf, v1, e, L_SHA_UK)
        if h0 < 0 or h0 + 64 > e:
            return False
        for i in range(h0, h0 + 64):
            c = buf[i]
            if not (48 <= c <= 57 or 65 <= c <= 70 or 97 <= c <= 102):
                return False
        out_o[5, li], out_o[6, li] = d0, d1
        out_o[7, li], out_o[8, li] = w0, w1
        out_o[9, li], out_o[10, li] = v0, v1
        out_o[11, li], out_o[12, li] = h0, h0 + 64
    else:
        z0 = _next_key(buf, r, e, L_FSIZE_K)
        if z0 < 0:
            return False
        size, r = _number(buf, z0, e, 18)
        if r < 0:
            return False
        if r < e and buf[r] == 32:
            r += 1
        if not _at(buf, r, e, L_BYTES):
            return False
        t0 = _next_key(buf, r + L_BYTES.size, e, L_FTYPE_K)
        if t0 < 0:
            return False
        out_n[1, li] = size
        out_o[5, li], out_o[6, li] = t0, e
    out_n[0, li] = mid
    out_o[1, li], out_o[2, li] = n0, n1
    return True


@njit(cache=True, nogil=True)
def _syslog_time(buf, p, e, year):
    """Microseconds since 1970 of 'Mar 17 18:24:37' at p in ``year`` (local time), or -1."""
    if p + 15 > e:
        return -1
    mon = _word3(buf, p, MONTHS)
    if mon < 0 or buf[p + 3] != 32 or buf[p + 6] != 32 or buf[p + 9] != 58 or buf[p + 12] != 58:
        return -1
    if buf[p + 7] == 32 or buf[p + 10] == 32 or buf[p + 13] == 32:
        return -1
    day, hh, mm, ss = _two(buf, p + 4), _two(buf, p + 7), _two(buf, p + 10), _two(buf, p + 13)
    if day < 1 or hh < 0 or hh > 23 or mm < 0 or mm > 59 or ss < 0 or ss > 59:
        return -1
    m = mon + 1
    dim = 31
    if m == 4 or m == 6 or m == 9 or m == 11:
        dim = 30
    elif m == 2:
        dim = 29 if (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 28
    if day > dim:
        return -1
    return ((_days_from_civil(year, m, day) * 86400 + hh * 3600 + mm * 60 + ss) * 1000000)


@njit(cache=True, nogil=True)
def _frame(buf, s, e, year):
    """(text start, local time in µs or -1, syslog-shaped) of an ``Info:`` line; text start -1 when the
    scanner leaves the line to the SQL parser (other levels, odd time stamps, very long lines)."""
    if e - s > MAX_LINE:
        return -1, -1, False
    if e - s >= 32 and _at(buf, s + 24, e, INFO):
        return s + 31, _file_time(buf, s), False
    if e - s >= 32 and _file_time(buf, s) >= 0:
        return -1, -1, False      # file shape with another level
    p0 = s
    if s < e and buf[s] == 60:    # '<166>Mar 17 18:24:37 [host ]name: Info: ...'
        j = p0
        while j < e and buf[j] != 62:
            j += 1
        if j >= e:
            return -1, -1, False
        p0 = j + 1
    ts = _syslog_time(buf, p0, e, year)
    if ts < 0:
        return -1, -1, False
    i = _find(buf, s, e, INFO)
    if i < 0:
        return -1, -1, False
    return i + 7, ts, True


@njit(cache=True, nogil=True)
def _parse(buf, s, e, out_n, out_o, out_t, out_s, li, year):
    """Classify and parse the line buf[s:e]; fills row li of the output arrays, returns the kind."""
    # out_n: mid, n2; out_o: rid, then start/end of the text fields a, b, c, d, e, f
    t, ts, sys = _frame(buf, s, e, year)
    if t < 0:
        return FALLBACK
    if t >= e:
        return 0
    if buf[t] == 32:
        return FALLBACK
    out_t[li] = ts
    out_s[li] = sys
    out_n[0, li] = 0
    out_n[1, li] = 0
    out_o[0, li] = -1
    for c in range(1, 13, 2):
        out_o[c, li] = -1
    kind = 0
    if _at(buf, t, e, L_MID):
        mid, kp = _number(buf, t + 4, e, 11)
        if kp < 0 or kp >= e or buf[kp] != 32:
            return FALLBACK  # a 12+ digit MID or odd spacing: the SQL parser decides
        kp += 1
        out_n[0, li] = mid
        if _at(buf, kp, e, L_ICID):
            if _find(buf, s, e, L_TO) >= 0:
                kind = q.TO
            elif _find(buf, s, e, L_FROM) >= 0:
                kind = q.FROM
            else:
                return 0
            icid, p = _number(buf, kp + 5, e, 18)
            if p < 0:
                return FALLBACK
            out_n[1, li] = icid
            if kind == q.TO:
                if not _at(buf, p, e, L_RID_SP):
                    return FALLBACK
                rid, p = _number(buf, p + 5, e, 9)
                if p < 0 or not _at(buf, p, e, L_TO):
                    return FALLBACK
                out_o[0, li] = rid
                p += 5
                if not (p < e and buf[p] == 60):
                    return FALLBACK
            else:
                if not _at(buf, p, e, L_FROM):
                    return FALLBACK
                p += 7
                if not (p < e and buf[p] == 60):
                    return FALLBACK
            a0 = p + 1
            a1 = a0
            while a1 < e and buf[a1] != 62:
                a1 += 1
            if a1 >= e:
                return FALLBACK
            out_o[1, li] = a0
            out_o[2, li] = a1
        elif _at(buf, kp, e, L_SUBJECT):
            kind = q.SUBJECT
            out_o[1, li] = min(kp + 8, e)
            out_o[2, li] = e
        elif _at(buf, kp, e, L_MSGID) or _at(buf, kp, e, L_ATTACH):
            kind = q.MSGID if buf[kp] == 77 else q.ATTACH
            a0, a1 = _quoted(buf, kp + 11, e)
            if a0 < 0:
                return FALLBACK
            out_o[1, li] = a0
            out_o[2, li] = a1
        elif _at(buf, kp, e, L_READY):
            kind = q.READY
            size, p = _number(buf, kp + 6, e, 18)
            if p < 0 or not _at(buf, p, e, L_BYTES_FROM):
                return FALLBACK
            out_n[1, li] = size
            a0 = p + 13
            a1 = a0
            while a1 < e and buf[a1] != 62:
                a1 += 1
            if a1 >= e:
                return FALLBACK
            out_o[1, li] = a0
            out_o[2, li] = a1
        elif _at(buf, kp, e, L_MATCHED) and e - kp >= 12:
            kind = q.POLICY
            if not _at(buf, kp, e, L_POLICY):
                return FALLBACK
            r = kp + 48
            if e - r >= L_IN_INBOUND.size and _at(buf, e - L_IN_INBOUND.size, e, L_IN_INBOUND):
                out_o[2, li] = e - L_IN_INBOUND.size
                out_o[3, li] = e - 13   # 'inbound'
                out_o[4, li] = e - 6
            elif e - r >= L_IN_OUTBOUND.size and _at(buf, e - L_IN_OUTBOUND.size, e, L_IN_OUTBOUND):
                out_o[2, li] = e - L_IN_OUTBOUND.size
                out_o[3, li] = e - 14   # 'outbound'
                out_o[4, li] = e - 6
            else:
                return FALLBACK
            out_o[1, li] = r
        elif _at(buf, kp, e, L_QUEUED12) and e - kp >= 12:
            kind = q.QUEUED
            if not _at(buf, kp, e, L_QUEUED):
                return FALLBACK
        elif _at(buf, kp, e, L_RID_BR):
            if _find(buf, s, e, L_RESPONSE_CHECK) < 0:
                return 0
            kind = q.RESPONSE
            p, rid, r0, r1 = _rids(buf, kp + 4, e)
            if p < 0 or not _at(buf, p, e, L_RESPONSE):
                return FALLBACK
            out_o[0, li] = rid
            if rid == -2:
                out_o[3, li] = r0
                out_o[4, li] = r1
            out_o[1, li] = p + 10
            out_o[2, li] = e
        elif _at(buf, kp, e, L_AMP12) and e - kp >= 12:
            kind = q.AMPV
            if not _at(buf, kp, e, L_AMP):
                return FALLBACK
            a0 = kp + 27
            while a0 < e and (buf[a0] == 32 or buf[a0] == 58):
                a0 += 1
            if a0 >= e:
                return FALLBACK
            out_o[1, li] = a0
            out_o[2, li] = e
        elif _at(buf, kp, e, L_GEN12) and e - kp >= 12:
            if _find(buf, s, e, L_BOUNCE_OF) >= 0:
                kind = q.BOUNCE_CHILD
                lit = L_BOUNCE
            else:
                kind = q.GENERATED
                lit = L_GEN
            if not _at(buf, kp, e, lit):
                return FALLBACK
            other, p = _number(buf, kp + lit.size, e, 18)
            if p < 0:
                return FALLBACK
            out_n[1, li] = other         # parent; the line's own MID is the child
        elif (_at(buf, kp, e, L_REWRITTEN12) or _at(buf, kp, e, L_SPLIT12)) and e - kp >= 12:
            kind = q.REWRITTEN if buf[kp] == 114 else q.SPLIT
            lit = L_REWRITTEN if kind == q.REWRITTEN else L_SPLIT
            if not _at(buf, kp, e, lit):
                return FALLBACK
            other, p = _number(buf, kp + lit.size, e, 18)
            if p < 0:
                return FALLBACK
            out_n[1, li] = mid           # the line's own MID is the parent
            out_n[0, li] = other
        else:
            return 0
    elif _at(buf, t, e, L_ICID) or _at(buf, t, e, L_DCID) or _at(buf, t, e, L_NEW_SMTP):
        return 0
    elif _at(buf, t, e, L_START):
        kind = q.START
        mid, p = _number(buf, t + 10, e, 18)
        if p < 0 or not _at(buf, p, e, L_ICID_SP):
            return FALLBACK
        icid, p = _number(buf, p + 6, e, 18)
        if p < 0:
            return FALLBACK
        out_n[0, li] = mid
        out_n[1, li] = icid
    elif _at(buf, t, e, L_DELIVERY_STA) or _at(buf, t, e, L_MESSAGE_DONE):
        if buf[t] == 68:
            if not _at(buf, t + 12, e, L_RT_DCID):
                return 0
            kind = q.DSTART
            p = t + L_DSTART.size
        else:
            kind = q.DONE
            p = t + L_DONE.size
        if not (_at(buf, t, e, L_DSTART) or _at(buf, t, e, L_DONE)):
            return FALLBACK
        dcid, p = _number(buf, p, e, 18)
        if p < 0 or p >= e or buf[p] != 32 or not _at(buf, p + 1, e, L_MID):
            return FALLBACK
        mid, p = _number(buf, p + 5, e, 18)
        if p < 0 or not _at(buf, p, e, L_TO_RID):
            return FALLBACK
        p, rid, r0, r1 = _rids(buf, p + 8, e)
        if p < 0:
            return FALLBACK
        out_n[0, li] = mid
        out_n[1, li] = dcid
        out_o[0, li] = rid
        if rid == -2:
            out_o[3, li] = r0
            out_o[4, li] = r1
        out_o[1, li] = p
        out_o[2, li] = e
    elif _at(buf, t, e, L_MESSAGE_FINI):
        kind = q.FINISHED
        if not _at(buf, t, e, L_FINISHED):
            return FALLBACK
        mid, p = _number(buf, t + L_FINISHED.size, e, 18)
        if p < 0 or p >= e or buf[p] != 32:
            return FALLBACK
        a0 = p + 1
        a1 = a0
        while a1 < e and (48 <= buf[a1] <= 57 or 65 <= buf[a1] <= 90 or 97 <= buf[a1] <= 122 or buf[a1] == 95):
            a1 += 1
        if a1 == a0:
            return FALLBACK
        out_n[0, li] = mid
        out_o[1, li] = a0
        out_o[2, li] = a1
    elif _at(buf, t, e, L_RESPONSE_REC) or _at(buf, t, e, L_FILE_REPUTAT):
        if buf[t] == 82:
            if _find(buf, s, e, L_FOR_FILE_REP) < 0:
                return 0
            kind = q.REP_RESPONSE
            if not _at(buf, t, e, L_REP_RESP):
                return FALLBACK
            p = t + L_REP_RESP.size
            if _at(buf, p, e, L_FROM_WORD):
                j = p + 6
                while j < e and (48 <= buf[j] <= 57 or 65 <= buf[j] <= 90 or 97 <= buf[j] <= 122 or buf[j] == 95):
                    j += 1
                if j == p + 6:
                    return FALLBACK
                p = j
        else:
            if _find(buf, s, e, L_QUERY_INIT) < 0:
                return 0
            kind = q.REP_INIT
            if not _at(buf, t, e, L_REP_INIT):
                return FALLBACK
            p = t + L_REP_INIT.size
        a0 = _kv_start(buf, p, e)
        if a0 < 0:
            return FALLBACK
        out_o[3, li] = s      # the whole line, for a reject on its values
        out_o[4, li] = e
        if not _rep_fields(buf, a0, e, kind, out_n, out_o, li):
            out_o[1, li] = a0  # the usual key order was not found: the SQL key/value reader takes it
            out_o[2, li] = e
    elif _at(buf, t, e, L_RETROSPECTIV) or _at(buf, t, e, L_FILE_ANALYSI):
        if buf[t] == 82:
            if _find(buf, s, e, L_VE_VERDICT) < 0:
                return 0
        elif _find(buf, s, e, L_ANALYSIS_COMPLETE) < 0:
            return 0
        return FALLBACK      # rare lines: the SQL parser reads them
    elif _at(buf, t, e, L_BOUNCED) or _at(buf, t, e, L_TZ):
        return FALLBACK
    else:
        return 0
    if ts < 0:
        return FALLBACK
    # text fields must be valid UTF-8 (a line with bad bytes is decoded and read by the SQL parser)
    for c in range(1, 13, 2):
        if out_o[c, li] >= 0 and not _utf8(buf, out_o[c, li], out_o[c + 1, li]):
            return FALLBACK
    return kind


@njit(cache=True, parallel=True)
def _scan(buf, parts, final, year):
    """Split buf into lines and parse each, ``parts`` slices in parallel.

    Line i is the text before the (i+1)-th newline (a CR before it left out); a last line without
    newline counts only when ``final``; syslog-shaped lines are in ``year``.
    Returns (kinds, out_n, out_o, out_t, out_s, starts, ends, consumed).
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
    starts = np.empty(lines, np.int64)
    ends = np.empty(lines, np.int64)
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
            while buf[e] != 10:
                e += 1
            x = e - 1 if e > s and buf[e - 1] == 13 else e
            starts[li] = s
            ends[li] = x
            kinds[li] = _parse(buf, s, x, out_n, out_o, out_t, out_s, li, year)
            s = e + 1
            e = s
            li += 1
    if tail:
        li = lines - 1
        s = last_nl + 1
        x = n - 1 if n > s and buf[n - 1] == 13 else n
        starts[li] = s
        ends[li] = x
        kinds[li] = _parse(buf, s, x, out_n, out_o, out_t, out_s, li, year)
    consumed = n if tail else last_nl + 1
    return kinds, out_n, out_o, out_t, out_s, starts, ends, consumed


@njit(cache=True, parallel=True)
def _take(a, sel):
    """a[:, sel] for a 2-D array, in parallel."""
    out = np.empty((a.shape[0], sel.size), a.dtype)
    for j in prange(sel.size):
        for r in range(a.shape[0]):
            out[r, j] = a[r, sel[j]]
    return out


@njit(cache=True, parallel=True)
def _gather(buf, lo, hi):
    """Concatenate buf[lo[i]:hi[i]] (empty where lo < 0): (offsets, data) of an Arrow string array."""
    n = lo.size
    offs = np.zeros(n + 1, np.int64)
    for i in range(n):
        offs[i + 1] = offs[i] + (hi[i] - lo[i] if lo[i] >= 0 else 0)
    data = np.empty(offs[n], np.uint8)
    for i in prange(n):
        if lo[i] >= 0:
            o = offs[i]
            for j in range(hi[i] - lo[i]):
                data[o + j] = buf[lo[i] + j]
    return offs, data


def scan(buf: np.ndarray, final: bool, year: int):
    """Split and parse the lines of buf: (kinds, numbers (mid, n2), rid and text offsets, local time in µs,
    syslog-shaped, line starts, line ends, bytes consumed). A last line without newline counts only when
    ``final``; syslog time stamps (no year) are read in ``year``."""
    with SCAN_LOCK:
        *out, consumed = _scan(buf, 64, final, int(year))
    return (*out, int(consumed))


@njit(cache=True, parallel=True)
def _valid_lines(buf, starts, ends):
    ok = np.empty(starts.size, np.bool_)
    for i in prange(starts.size):
        ok[i] = _utf8(buf, starts[i], ends[i])
    return ok


def valid_lines(buf: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Which of the lines buf[starts:ends] are valid UTF-8."""
    with SCAN_LOCK:
        return _valid_lines(buf, starts, ends)


def take(a: np.ndarray, sel: np.ndarray) -> np.ndarray:
    with SCAN_LOCK:
        return _take(a, sel)


def strings(buf: np.ndarray, lo: np.ndarray, hi: np.ndarray):
    """An Arrow large_string array of buf[lo:hi] per row (null where lo < 0)."""
    import pyarrow as pa
    with SCAN_LOCK:
        offs, data = _gather(buf, lo, hi)
    valid = lo >= 0
    mask = None if valid.all() else pa.py_buffer(np.packbits(valid, bitorder="little"))
    return pa.Array.from_buffers(pa.large_string(), lo.size, [mask, pa.py_buffer(offs), pa.py_buffer(data)],
                                 null_count=int(lo.size - valid.sum()))


def warm_up() -> None:
    """Compile (or load from numba's cache) the scanner, so a first timed ingest does not pay for it."""
    import pyarrow as pa
    sample = _b("Mon Nov 16 00:00:21 2026 Info: Start MID 1 ICID 2\n")
    kinds, out_n, out_o, out_t, _, _, _, _ = scan(sample, True, 2026)
    sel = np.flatnonzero(kinds)
    take(out_n, sel)
    fo = take(out_o, sel)
    strings(sample, fo[1], fo[2])
    pa.table({"n": pa.array(out_t[sel], type=pa.int64())})  # Arrow's first conversion from numpy is slow
