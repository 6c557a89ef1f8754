"""Compiled reading of ONE ESA log line: framing, time stamp, kind, and the fields of the usual shapes.

Used by :mod:`marlib.ingest.esa_scan`, which splits a batch into lines and runs :func:`parse_line` on
each in parallel. Everything here is byte-level and strict: a line it is not sure of returns
:data:`FALLBACK` and goes to the SQL parser (see the module docstring of esa_scan).
"""
from __future__ import annotations

from numba import njit

from marlib.ingest import esa_sql as q
from marlib.ingest.esa_bytes import (angle, at, eq_sign, file_time, find, ieq, ifind, kv_start, lit, next_key,
                                     number, quoted, rids, syslog_time, utf8_ok, value_to, word_end)

FALLBACK = 255
ST_DELIVERED, ST_QUARANTINED, ST_BOUNCED = 1, 2, 3   # recipient status codes of delivery lines


# Literals (global arrays are compiled in as constants).
L_CRLF_TEXT = lit("\\r\\n")
L_FILE_UNKNOWN = lit("FILE UNKNOWN")
L_DONE_DETAIL = lit(" [(")
L_QUARANTINE = lit("QUARANTINE")
L_OFFBOX = lit("offbox")
INFO = lit(" Info: ")
L_MID = lit("MID ")
L_ICID = lit("ICID ")
L_DCID = lit("DCID ")
L_NEW_SMTP = lit("New SMTP ")
L_START = lit("Start MID ")
L_DSTART = lit("Delivery start DCID ")
L_DONE = lit("Message done DCID ")
L_FINISHED = lit("Message finished MID ")
L_BOUNCED = lit("Bounced: ")
L_REP_RESP = lit("Response received for file reputation query")
L_REP_INIT = lit("File reputation query initiating")
L_TZ = lit("Time offset ")
L_TO = lit(" To: ")
L_FROM = lit(" From: ")
L_SUBJECT = lit("Subject")
L_MSGID = lit("Message-ID ")
L_READY = lit("ready ")
L_BYTES_FROM = lit(" bytes from <")
L_MATCHED = lit("matched all ")
L_POLICY = lit("matched all recipients for per-recipient policy ")
L_IN_INBOUND = lit(" in the inbound table")
L_IN_OUTBOUND = lit(" in the outbound table")
L_QUEUED = lit("queued for delivery")
L_QUEUED12 = lit("queued for d")
L_RID_BR = lit("RID [")
L_RESPONSE_CHECK = lit("] Response ")
L_RESPONSE = lit(" Response ")
L_ATTACH = lit("attachment ")
L_AMP = lit("AMP file reputation verdict")
L_AMP12 = lit("AMP file rep")
L_GEN12 = lit("was generate")
L_GEN = lit("was generated based on MID ")
L_BOUNCE_OF = lit("for bounce of MID")
L_BOUNCE = lit("was generated for bounce of MID ")
L_REWRITTEN12 = lit("rewritten to")
L_REWRITTEN = lit("rewritten to MID ")
L_SPLIT12 = lit("was split cr")
L_SPLIT = lit("was split creating MID ")
L_DELIVERY_STA = lit("Delivery sta")
L_RT_DCID = lit("rt DCID")
L_MESSAGE_DONE = lit("Message done")
L_MESSAGE_FINI = lit("Message fini")
L_RESPONSE_REC = lit("Response rec")
L_FOR_FILE_REP = lit("for file reputation query")
L_FILE_REPUTAT = lit("File reputat")
L_QUERY_INIT = lit("query initiating")
L_RETROSPECTIV = lit("Retrospectiv")
L_VE_VERDICT = lit("ve verdict received")
L_FILE_ANALYSI = lit("File Analysi")
L_ANALYSIS_COMPLETE = lit("Analysis complete")
L_FROM_WORD = lit(" from ")
L_TO_RID = lit(" to RID [")
L_ICID_SP = lit(" ICID ")
L_RID_SP = lit(" RID ")

L_FILE_NAME_K = lit("File Name")
L_FILENAME_K = lit("FileName")
L_MIDW = lit("MID")
L_DISP_K = lit("Disposition")
L_MALWARE_K = lit("Malware")
L_ASCORE_K = lit("Analysis Score")
L_RSCORE_K = lit("Reputation Score")
L_SCOREW = lit("Score")
L_SHA_K = lit("sha256")
L_SHA_UK = lit("SHA256")
L_FSIZE_K = lit("File Size")
L_BYTES = lit("bytes")
L_FTYPE_K = lit("File Type")

MAX_LINE = 65536  # longer lines go to the SQL parser


@njit(cache=True, nogil=True)
def _put_rids(out_o, li, rid, r0, r1):
    """The recipient id of a line; for a list (-2), its text goes in field b for SQL to split."""
    out_o[0, li] = rid
    if rid == -2:
        out_o[3, li] = r0
        out_o[4, li] = r1


@njit(cache=True, nogil=True)
def _rep_fields(buf, p, e, kind, out_n, out_o, li):
    """Fields of a reputation line with its keys in the usual order (else False: read by SQL).

    Follows the SQL reader's pattern for that order (``File ?Name ?= ?(.*?),\\s*MID ?= ?...``) and gives
    the same values; a value that holds the name of the key after it is left to the SQL reader.
    """
    if at(buf, p, e, L_FILE_NAME_K):
        n0 = eq_sign(buf, p + L_FILE_NAME_K.size, e)
    elif at(buf, p, e, L_FILENAME_K):
        n0 = eq_sign(buf, p + L_FILENAME_K.size, e)
    else:
        return False
    if n0 < 0:
        return False
    n1, m0 = value_to(buf, n0, e, L_MIDW, L_MIDW)
    if n1 < 0:
        return False
    mid, r = number(buf, m0, e, 18)
    if r < 0:
        return False
    if kind == q.REP_RESPONSE:
        d0 = next_key(buf, r, e, L_DISP_K)
        if d0 < 0:
            return False
        d1 = d0
        while d1 < e and buf[d1] != 44:   # ([^,]*?),\s*Malware
            d1 += 1
        w0 = next_key(buf, d1, e, L_MALWARE_K)
        if w0 < 0:
            return False
        w1, v0 = value_to(buf, w0, e, L_ASCORE_K, L_SCOREW)
        w2, v2 = value_to(buf, w0, e, L_RSCORE_K, L_SCOREW)
        if w1 < 0 and w2 < 0:
            return False
        if w1 < 0 or (0 <= w2 < w1):
            w1, v0 = w2, v2
        v1 = v0
        while v1 < e and (48 <= buf[v1] <= 57 or buf[v1] == 45 or buf[v1] == 46):
            v1 += 1
        h0 = next_key(buf, v1, e, L_SHA_K)
        if h0 < 0:
            h0 = next_key(buf, v1, e, L_SHA_UK)
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
        z0 = next_key(buf, r, e, L_FSIZE_K)
        if z0 < 0:
            return False
        size, r = number(buf, z0, e, 18)
        if r < 0:
            return False
        if r < e and buf[r] == 32:
            r += 1
        if not at(buf, r, e, L_BYTES):
            return False
        t0 = next_key(buf, r + L_BYTES.size, e, L_FTYPE_K)
        if t0 < 0:
            return False
        out_n[1, li] = size
        out_o[5, li], out_o[6, li] = t0, e
    out_n[0, li] = mid
    out_o[1, li], out_o[2, li] = n0, n1
    return True


@njit(cache=True, nogil=True)
def _frame(buf, s, e, year):
    """(text start, local time in µs or -1, syslog-shaped) of an ``Info:`` line; text start -1 when the
    scanner leaves the line to the SQL parser (other levels, odd time stamps, very long lines)."""
    if e - s > MAX_LINE:
        return -1, -1, False
    if e - s >= 32 and at(buf, s + 24, e, INFO):
        return s + 31, file_time(buf, s), False
    if e - s >= 32 and file_time(buf, s) >= 0:
        return -1, -1, False      # file shape with another level
    p0 = s
    if s < e and buf[s] == 60:    # '<166>Mar 17 18:24:37 [host ]name: Info: ...'
        j = p0
        while j < e and buf[j] != 62:
            j += 1
        if j >= e:
            return -1, -1, False
        p0 = j + 1
    ts = syslog_time(buf, p0, e, year)
    if ts < 0:
        return -1, -1, False
    i = find(buf, s, e, INFO)
    if i < 0:
        return -1, -1, False
    return i + 7, ts, True


@njit(cache=True, nogil=True)
def _is_space(c):
    return c == 32 or c == 9 or c == 10 or c == 12 or c == 13   # RE2's \s


@njit(cache=True, nogil=True)
def _names_an_address(buf, s, e):
    """True when buf[s:e] has a word "to:" or "from:" in any case (a recipient or sender line of an odd
    shape: the SQL parser rejects it rather than it being ignored)."""
    for i in range(s + 2, e):
        if buf[i] != 58:
            continue
        for n in (2, 4):
            w = i - n
            if w < s or (w > s and not _is_space(buf[w - 1])):
                continue
            word = 0
            for j in range(n):
                c = buf[w + j]
                word = word * 256 + (c + 32 if 65 <= c <= 90 else c)
            if (n == 2 and word == 0x746F) or (n == 4 and word == 0x66726F6D):   # "to", "from"
                return True
    return False


@njit(cache=True, nogil=True)
def parse_line(buf, s, e, out_n, out_o, out_t, out_s, out_st, li, year):
    """Classify and parse the line buf[s:e]; fills row li of the output arrays, returns the kind."""
    # out_n: mid, n2; out_o: rid, then start/end of the text fields a, b, c, d, e, f
    t, ts, sys = _frame(buf, s, e, year)
    if t < 0 or buf[e - 1] == 32 or buf[e - 1] == 9:
        return FALLBACK   # white space after the last value: the SQL parser leaves it out
    if t >= e:
        return 0
    if buf[t] == 32:
        return FALLBACK
    out_t[li] = ts
    out_s[li] = sys
    out_st[li] = 0
    out_n[0, li] = 0
    out_n[1, li] = 0
    out_o[0, li] = -1
    for c in range(1, 13, 2):
        out_o[c, li] = -1
    kind = 0
    if at(buf, t, e, L_MID):
        mid, kp = number(buf, t + 4, e, 11)
        if kp < 0 or kp >= e or buf[kp] != 32:
            return FALLBACK  # a 12+ digit MID or odd spacing: the SQL parser decides
        kp += 1
        out_n[0, li] = mid
        if at(buf, kp, e, L_ICID):
            if find(buf, s, e, L_TO) >= 0:
                kind = q.TO
            elif find(buf, s, e, L_FROM) >= 0:
                kind = q.FROM
            else:
                return FALLBACK if _names_an_address(buf, s, e) else 0
            icid, p = number(buf, kp + 5, e, 18)
            if p < 0:
                return FALLBACK
            out_n[1, li] = icid
            if kind == q.TO:
                if not at(buf, p, e, L_RID_SP):
                    return FALLBACK
                rid, p = number(buf, p + 5, e, 9)
                if p < 0 or not at(buf, p, e, L_TO):
                    return FALLBACK
                out_o[0, li] = rid
                p += 5
            else:
                if not at(buf, p, e, L_FROM):
                    return FALLBACK
                p += 7
            a0, a1 = angle(buf, p, e)
            if a0 < 0 or (kind == q.TO and a1 == a0):   # no recipient address: the SQL parser rejects it
                return FALLBACK
            out_o[1, li] = a0
            out_o[2, li] = a1
        elif at(buf, kp, e, L_SUBJECT):
            kind = q.SUBJECT   # the value as the merge wants it: one pair of quotes off
            a0, a1 = min(kp + 8, e), e
            u0, u1 = quoted(buf, a0, a1)
            if u0 >= 0:
                a0, a1 = u0, u1
            if find(buf, a0, a1, L_CRLF_TEXT) >= 0:
                return FALLBACK   # a folded header's literal \r\n: removed by the SQL reader
            out_o[1, li] = a0
            out_o[2, li] = a1
        elif at(buf, kp, e, L_MSGID) or at(buf, kp, e, L_ATTACH):
            kind = q.MSGID if buf[kp] == 77 else q.ATTACH
            a0, a1 = quoted(buf, kp + 11, e)
            if a0 < 0:
                return FALLBACK
            out_o[1, li] = a0
            out_o[2, li] = a1
        elif at(buf, kp, e, L_READY):
            kind = q.READY
            size, p = number(buf, kp + 6, e, 18)
            if p < 0 or not at(buf, p, e, L_BYTES_FROM):
                return FALLBACK
            out_n[1, li] = size
            a0, a1 = angle(buf, p + 12, e)
            if a0 < 0:
                return FALLBACK
            out_o[1, li] = a0
            out_o[2, li] = a1
        elif at(buf, kp, e, L_MATCHED) and e - kp >= 12:
            kind = q.POLICY
            if not at(buf, kp, e, L_POLICY):
                return FALLBACK
            r = kp + 48
            if e - r >= L_IN_INBOUND.size and at(buf, e - L_IN_INBOUND.size, e, L_IN_INBOUND):
                tail, word = L_IN_INBOUND.size, 7      # ' in the inbound table'
            elif e - r >= L_IN_OUTBOUND.size and at(buf, e - L_IN_OUTBOUND.size, e, L_IN_OUTBOUND):
                tail, word = L_IN_OUTBOUND.size, 8     # ' in the outbound table'
            else:
                return FALLBACK
            out_o[1, li] = r
            out_o[2, li] = e - tail
            out_o[3, li] = e - 6 - word   # the direction, before ' table'
            out_o[4, li] = e - 6
        elif at(buf, kp, e, L_QUEUED12) and e - kp >= 12:
            kind = q.QUEUED
            if not at(buf, kp, e, L_QUEUED):
                return FALLBACK
        elif at(buf, kp, e, L_RID_BR):
            if find(buf, s, e, L_RESPONSE_CHECK) < 0:
                return 0
            kind = q.RESPONSE
            p, rid, r0, r1 = rids(buf, kp + 4, e)
            if p < 0 or not at(buf, p, e, L_RESPONSE):
                return FALLBACK
            _put_rids(out_o, li, rid, r0, r1)
            a0, a1 = p + 10, e
            while a0 < a1 and buf[a0] == 32:
                a0 += 1
            while a1 > a0 and buf[a1 - 1] == 32:
                a1 -= 1
            if a0 < a1 and (buf[a0] >= 128 or buf[a1 - 1] >= 128):
                return FALLBACK   # SQL's trim() also removes Unicode spaces (NBSP, U+3000, ...)
            u0, u1 = quoted(buf, a0, a1)
            if u0 >= 0:
                a0, a1 = u0, u1
            out_o[1, li] = a0
            out_o[2, li] = a1
        elif at(buf, kp, e, L_AMP12) and e - kp >= 12:
            kind = q.AMPV
            if not at(buf, kp, e, L_AMP):
                return FALLBACK
            a0 = kp + 27
            while a0 < e and (buf[a0] == 32 or buf[a0] == 58):
                a0 += 1
            if a0 >= e:
                return FALLBACK
            a1 = e
            while a1 > a0 and buf[a1 - 1] == 32:
                a1 -= 1
            if a1 - a0 == L_FILE_UNKNOWN.size and at(buf, a0, a1, L_FILE_UNKNOWN):
                a0 += 5                       # 'FILE UNKNOWN' is stored as 'UNKNOWN'
            elif a1 - a0 == L_FILE_UNKNOWN.size and ieq(buf, a0, L_FILE_UNKNOWN):
                return FALLBACK               # another spelling of it: the SQL reader rewrites it
            out_o[1, li] = a0
            out_o[2, li] = a1
        elif at(buf, kp, e, L_GEN12) and e - kp >= 12:
            if find(buf, s, e, L_BOUNCE_OF) >= 0:
                kind = q.BOUNCE_CHILD
                lit = L_BOUNCE
            else:
                kind = q.GENERATED
                lit = L_GEN
            if not at(buf, kp, e, lit):
                return FALLBACK
            other, p = number(buf, kp + lit.size, e, 18)
            if p < 0:
                return FALLBACK
            out_n[1, li] = other         # parent; the line's own MID is the child
        elif (at(buf, kp, e, L_REWRITTEN12) or at(buf, kp, e, L_SPLIT12)) and e - kp >= 12:
            kind = q.REWRITTEN if buf[kp] == 114 else q.SPLIT
            lit = L_REWRITTEN if kind == q.REWRITTEN else L_SPLIT
            if not at(buf, kp, e, lit):
                return FALLBACK
            other, p = number(buf, kp + lit.size, e, 18)
            if p < 0:
                return FALLBACK
            out_n[1, li] = mid           # the line's own MID is the parent
            out_n[0, li] = other
        else:
            return FALLBACK if _names_an_address(buf, s, e) else 0
    elif at(buf, t, e, L_ICID) or at(buf, t, e, L_DCID) or at(buf, t, e, L_NEW_SMTP):
        return 0
    elif at(buf, t, e, L_START):
        kind = q.START
        mid, p = number(buf, t + 10, e, 18)
        if p < 0 or not at(buf, p, e, L_ICID_SP):
            return FALLBACK
        icid, p = number(buf, p + 6, e, 18)
        if p < 0:
            return FALLBACK
        out_n[0, li] = mid
        out_n[1, li] = icid
    elif at(buf, t, e, L_DELIVERY_STA) or at(buf, t, e, L_MESSAGE_DONE):
        if buf[t] == 68:
            if not at(buf, t + 12, e, L_RT_DCID):
                return 0
            kind = q.DSTART
            p = t + L_DSTART.size
        else:
            kind = q.DONE
            p = t + L_DONE.size
        if not (at(buf, t, e, L_DSTART) or at(buf, t, e, L_DONE)):
            return FALLBACK
        dcid, p = number(buf, p, e, 18)
        if p < 0 or p >= e or buf[p] != 32 or not at(buf, p + 1, e, L_MID):
            return FALLBACK
        mid, p = number(buf, p + 5, e, 18)
        if p < 0 or not at(buf, p, e, L_TO_RID):
            return FALLBACK
        p, rid, r0, r1 = rids(buf, p + 8, e)
        if p < 0:
            return FALLBACK
        out_n[0, li] = mid
        out_n[1, li] = dcid
        _put_rids(out_o, li, rid, r0, r1)
        # the status the rest of the line gives (see esa_sql.STATUS_SQL)
        z = e
        if kind == q.DONE:
            z = find(buf, p, e, L_DONE_DETAIL)
            if z < 0:
                z = e
        for i in range(p, z):
            if buf[i] >= 128:
                return FALLBACK      # lower() of other scripts is the SQL reader's business
        quarantine = ifind(buf, p, z, L_QUARANTINE) >= 0
        if kind == q.DSTART:
            out_st[li] = ST_QUARANTINED if quarantine or find(buf, p, e, L_OFFBOX) >= 0 else 0
        else:
            out_st[li] = ST_QUARANTINED if quarantine else ST_DELIVERED
    elif at(buf, t, e, L_MESSAGE_FINI):
        kind = q.FINISHED
        if not at(buf, t, e, L_FINISHED):
            return FALLBACK
        mid, p = number(buf, t + L_FINISHED.size, e, 18)
        if p < 0 or p >= e or buf[p] != 32:
            return FALLBACK
        a0 = p + 1
        a1 = word_end(buf, a0, e)
        if a1 == a0:
            return FALLBACK
        out_n[0, li] = mid
        out_o[1, li] = a0
        out_o[2, li] = a1
    elif at(buf, t, e, L_RESPONSE_REC) or at(buf, t, e, L_FILE_REPUTAT):
        if buf[t] == 82:
            if find(buf, s, e, L_FOR_FILE_REP) < 0:
                return 0
            kind = q.REP_RESPONSE
            if not at(buf, t, e, L_REP_RESP):
                return FALLBACK
            p = t + L_REP_RESP.size
            if at(buf, p, e, L_FROM_WORD):
                j = word_end(buf, p + 6, e)
                if j == p + 6:
                    return FALLBACK
                p = j
        else:
            if find(buf, s, e, L_QUERY_INIT) < 0:
                return 0
            kind = q.REP_INIT
            if not at(buf, t, e, L_REP_INIT):
                return FALLBACK
            p = t + L_REP_INIT.size
        a0 = kv_start(buf, p, e)
        if a0 < 0:
            return FALLBACK
        out_o[3, li] = s      # the whole line, for a reject on its values
        out_o[4, li] = e
        if not _rep_fields(buf, a0, e, kind, out_n, out_o, li):
            out_o[1, li] = a0  # the usual key order was not found: the SQL key/value reader takes it
            out_o[2, li] = e
    elif at(buf, t, e, L_RETROSPECTIV) or at(buf, t, e, L_FILE_ANALYSI):
        if buf[t] == 82:
            if find(buf, s, e, L_VE_VERDICT) < 0:
                return 0
        elif find(buf, s, e, L_ANALYSIS_COMPLETE) < 0:
            return 0
        return FALLBACK      # rare lines: the SQL parser reads them
    elif at(buf, t, e, L_BOUNCED) or at(buf, t, e, L_TZ):
        return FALLBACK
    else:
        return 0
    if ts < 0:
        return FALLBACK
    if kind == q.FROM or kind == q.TO or kind == q.READY or kind == q.AMPV:
        for i in range(out_o[1, li], out_o[2, li]):
            if buf[i] >= 128:
                return FALLBACK      # lower-cased (or compared upper-cased): ASCII only here
    # text fields must be valid UTF-8 (a line with bad bytes is decoded and read by the SQL parser)
    for c in range(1, 13, 2):
        if out_o[c, li] >= 0 and not utf8_ok(buf, out_o[c, li], out_o[c + 1, li]):
            return FALLBACK
    return kind
