"""Byte-level helpers for the compiled ESA line reader (numba): literals, numbers, time stamps, UTF-8.

Each works on ``buf[p:e]`` (a uint8 array and a half-open range) and never reads outside it.
"""
from __future__ import annotations

import numpy as np
from numba import njit


def lit(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("ascii"), dtype=np.uint8)


DAYS = lit("MonTueWedThuFriSatSun")
MONTHS = lit("JanFebMarAprMayJunJulAugSepOctNovDec")


@njit(cache=True, nogil=True)
def at(buf, p, e, lit):
    """True when buf[p:e] starts with lit."""
    n = lit.size
    if p + n > e:
        return False
    for i in range(n):
        if buf[p + i] != lit[i]:
            return False
    return True


@njit(cache=True, nogil=True)
def find(buf, p, e, lit):
    """Index of the first lit in buf[p:e], else -1."""
    n = lit.size
    first = lit[0]
    last = e - n
    i = p
    while i <= last:
        if buf[i] == first and at(buf, i, e, lit):
            return i
        i += 1
    return -1


@njit(cache=True, nogil=True)
def ieq(buf, p, lit_upper):
    """True when buf[p:p+len] equals the upper-case ASCII literal, ignoring ASCII case."""
    for i in range(lit_upper.size):
        c = buf[p + i]
        if 97 <= c <= 122:
            c -= 32
        if c != lit_upper[i]:
            return False
    return True


@njit(cache=True, nogil=True)
def ifind(buf, p, e, lit_upper):
    """Index of the first upper-case ASCII literal in buf[p:e] ignoring ASCII case, else -1."""
    for i in range(p, e - lit_upper.size + 1):
        if ieq(buf, i, lit_upper):
            return i
    return -1


@njit(cache=True, nogil=True)
def number(buf, p, e, maxd):
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
def word3(buf, p, table):
    """Index (0-based) of the three letters at p in ``table`` (a run of 3-letter names), else -1."""
    for i in range(table.size // 3):
        if buf[p] == table[3 * i] and buf[p + 1] == table[3 * i + 1] and buf[p + 2] == table[3 * i + 2]:
            return i
    return -1


@njit(cache=True, nogil=True)
def two(buf, p):
    a, b = buf[p], buf[p + 1]
    if not (48 <= b <= 57):
        return -1
    if a == 32:
        return b - 48
    if not (48 <= a <= 57):
        return -1
    return (a - 48) * 10 + (b - 48)


@njit(cache=True, nogil=True)
def days_from_civil(y, m, d):
    y = y - 1 if m <= 2 else y
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    mp = m - 3 if m > 2 else m + 9
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


@njit(cache=True, nogil=True)
def micros(y, m, day, hh, mm, ss):
    """Microseconds since 1970 of a valid local date and time (strptime's checks), else -1."""
    if day < 1 or hh < 0 or hh > 23 or mm < 0 or mm > 59 or ss < 0 or ss > 59:
        return -1
    dim = 31
    if m == 4 or m == 6 or m == 9 or m == 11:
        dim = 30
    elif m == 2:
        dim = 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28
    if day > dim:
        return -1
    return (days_from_civil(y, m, day) * 86400 + hh * 3600 + mm * 60 + ss) * 1000000


@njit(cache=True, nogil=True)
def word_end(buf, p, e):
    """End of the run of ASCII word characters (the regex \\w: letters, digits, '_') starting at p."""
    while p < e and (48 <= buf[p] <= 57 or 65 <= buf[p] <= 90 or 97 <= buf[p] <= 122 or buf[p] == 95):
        p += 1
    return p


@njit(cache=True, nogil=True)
def angle(buf, p, e):
    """(start, end) of the text of '<...>' at p, or (-1, -1)."""
    if not (p < e and buf[p] == 60):
        return -1, -1
    q = p + 1
    while q < e and buf[q] != 62:
        q += 1
    if q >= e:
        return -1, -1
    return p + 1, q


@njit(cache=True, nogil=True)
def file_time(buf, s):
    """Microseconds since 1970 of 'Wed Nov 19 09:16:38 2014' at s (local time), or -1."""
    if word3(buf, s, DAYS) < 0:
        return -1
    mon = word3(buf, s + 4, MONTHS)
    if mon < 0 or buf[s + 3] != 32 or buf[s + 7] != 32 or buf[s + 10] != 32 or buf[s + 19] != 32:
        return -1
    if buf[s + 13] != 58 or buf[s + 16] != 58 or buf[s + 11] == 32 or buf[s + 14] == 32 or buf[s + 17] == 32:
        return -1
    y, ye = number(buf, s + 20, s + 24, 4)
    if ye != s + 24 or y < 1000:
        return -1
    return micros(y, mon + 1, two(buf, s + 8), two(buf, s + 11), two(buf, s + 14), two(buf, s + 17))


@njit(cache=True, nogil=True)
def syslog_time(buf, p, e, year):
    """Microseconds since 1970 of 'Mar 17 18:24:37' at p in ``year`` (local time), or -1."""
    if p + 15 > e:
        return -1
    mon = word3(buf, p, MONTHS)
    if mon < 0 or buf[p + 3] != 32 or buf[p + 6] != 32 or buf[p + 9] != 58 or buf[p + 12] != 58:
        return -1
    if buf[p + 7] == 32 or buf[p + 10] == 32 or buf[p + 13] == 32:
        return -1
    return micros(year, mon + 1, two(buf, p + 4), two(buf, p + 7), two(buf, p + 10), two(buf, p + 13))


@njit(cache=True, nogil=True)
def utf8_ok(buf, p, e):
    """True when buf[p:e] is valid UTF-8 (fields start and end at ASCII delimiters, never mid-character)."""
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
def rids(buf, p, e):
    """Parse '[n, m, ...]' at p: (end after ']', the rid or -2 for a list, list start, list end);
    end -1 if bad."""
    if p >= e or buf[p] != 91:
        return -1, 0, 0, 0
    i = p + 1
    count = 0
    first = 0
    while True:
        v, j = number(buf, i, e, 9)
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
def quoted(buf, p, e):
    """(start, end) inside one pair of matching quotes spanning buf[p:e]; (-1, -1) otherwise."""
    if e - p >= 2 and (buf[p] == 39 or buf[p] == 34) and buf[e - 1] == buf[p]:
        return p + 1, e - 1
    return -1, -1


@njit(cache=True, nogil=True)
def kv_start(buf, p, e):
    """Start of the key/value text after a reputation marker: optional '.', then one space (-1 if not so)."""
    if p < e and buf[p] == 46:
        p += 1
    if p < e and buf[p] == 32:
        return p + 1
    return -1


@njit(cache=True, nogil=True)
def eq_sign(buf, p, e):
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
def next_key(buf, p, e, key):
    """At p: ',', blanks (the regex's \\s*), ``key``, ' ?= ?'. Returns where the value starts, or -1."""
    if not (p < e and buf[p] == 44):
        return -1
    p += 1
    while p < e and (buf[p] == 32 or buf[p] == 9 or buf[p] == 13 or buf[p] == 12):
        p += 1
    if not at(buf, p, e, key):
        return -1
    return eq_sign(buf, p + key.size, e)


@njit(cache=True, nogil=True)
def value_to(buf, p, e, key, avoid):
    """(end of a value starting at p, start of the next value) where ``key`` follows, first such comma.

    (-1, -1) when no comma is followed by the key, or the value holds ``avoid`` (then the SQL reader,
    whose pattern could cut elsewhere, takes the line).
    """
    i = p
    while i < e:
        if buf[i] == 44:
            v = next_key(buf, i, e, key)
            if v >= 0:
                if find(buf, p, i, avoid) >= 0:
                    return -1, -1
                return i, v
        i += 1
    return -1, -1
