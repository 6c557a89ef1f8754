"""SQL that classifies and parses ESA log lines inside DuckDB (used by :mod:`marlib.ingest.esa`).

The lines of one batch sit in a temporary table ``c(line, bp, k)``: ``bp`` is
where the message text starts (after ``Info:`` / ``Warning:`` / ``Debug:`` /
``Critical:`` and its one to three spaces, 0 when the line has no level), and
``k`` the line kind found with cheap prefix tests (:data:`KIND_EXPR`). The row
order of ``c`` is the line order, so ``rowid`` gives the line number.

Only the rows of one kind are then run through that kind's regular
expression (:data:`KINDS`); a row whose expression does not match, or whose
time stamp cannot be read, becomes a reject. Kind 0 is "another kind of
line" (TLS, SPF, DKIM, DLP, URL reputation, CEF, ...) and is only counted.
"""
from __future__ import annotations

from dataclasses import dataclass

# -- framing ------------------------------------------------------------------
# Position just after "<Level>: " (0 when there is no level marker); ``i`` is strpos(line, ' Info: ').
BP_EXPR = """CASE
  WHEN i > 0 THEN i + 7
  WHEN strpos(line, ' Warning: ') > 0 THEN strpos(line, ' Warning: ') + 10
  WHEN strpos(line, ' Debug: ') > 0 THEN strpos(line, ' Debug: ') + 8
  WHEN strpos(line, ' Critical: ') > 0 THEN strpos(line, ' Critical: ') + 11
  ELSE 0 END"""

# Kind ids. Order of the numbers is not meaningful.
START, FROM, TO, MSGID, SUBJECT, READY, POLICY, ATTACH, AMPV, QUEUED, RESPONSE = range(1, 12)
GENERATED, REWRITTEN, BOUNCE_CHILD, SPLIT = 12, 13, 14, 15
DSTART, DONE, FINISHED, BOUNCED = 16, 17, 18, 19
REP_RESPONSE, REP_INIT, RETRO, ANALYSIS, TZ = 20, 21, 22, 23, 24
UNFRAMED = 99  # looks like a message or verdict line, but has no ESA time stamp / level

# All prefix tests use strings of at most 12 characters: DuckDB keeps those inline (no allocation).
# h: the first 12 characters of the message text; kw: 12 characters after "MID <n> " (MID lines only).
# a MID line of another shape that names a recipient or sender ("to:" / "from:" in any case) is taken as a
# To / From line, so that it is rejected (its regex fails) rather than ignored
_ODD_ADDRESS = f"""CASE WHEN regexp_matches(line, '(?i)(^|\\s)to:') THEN {TO}
                        WHEN regexp_matches(line, '(?i)(^|\\s)from:') THEN {FROM} ELSE 0 END"""
_MID_KW = f"""CASE
      WHEN prefix(kw, 'ICID ') THEN CASE WHEN contains(line, ' To: ') THEN {TO}
                                          WHEN contains(line, ' From: ') THEN {FROM} ELSE {_ODD_ADDRESS} END
      WHEN prefix(kw, 'Subject') THEN {SUBJECT}
      WHEN prefix(kw, 'Message-ID ') THEN {MSGID}
      WHEN prefix(kw, 'ready ') THEN {READY}
      WHEN kw = 'matched all ' THEN {POLICY}
      WHEN kw = 'queued for d' THEN {QUEUED}
      WHEN prefix(kw, 'RID [') THEN CASE WHEN contains(line, '] Response ') THEN {RESPONSE} ELSE 0 END
      WHEN prefix(kw, 'attachment ') THEN {ATTACH}
      WHEN kw = 'AMP file rep' THEN {AMPV}
      WHEN kw = 'was generate' THEN CASE WHEN contains(line, 'for bounce of MID') THEN {BOUNCE_CHILD}
                                         ELSE {GENERATED} END
      WHEN kw = 'rewritten to' THEN {REWRITTEN}
      WHEN kw = 'was split cr' THEN {SPLIT}
      ELSE {_ODD_ADDRESS} END"""

KIND_EXPR = f"""CASE
  WHEN kw IS NOT NULL THEN {_MID_KW}
  WHEN bp = 0 THEN CASE WHEN line IS NULL THEN 0
                        WHEN contains(line, 'MID ') OR contains(line, 'verdict received')
                              OR contains(line, 'file reputation query')
                                  OR contains(line, 'File Analysis complete')
                         THEN {UNFRAMED} ELSE 0 END
  WHEN prefix(h, 'ICID ') OR prefix(h, 'DCID ') OR prefix(h, 'New SMTP ') THEN 0
  WHEN prefix(h, 'Start MID ') THEN {START}
  WHEN h = 'Delivery sta' THEN CASE WHEN prefix(substr(line, bp + 12, 10), 'rt DCID') THEN {DSTART} ELSE 0 END
  WHEN h = 'Message done' THEN {DONE}
  WHEN h = 'Message fini' THEN {FINISHED}
  WHEN prefix(h, 'Bounced: ') THEN {BOUNCED}
  WHEN h = 'Response rec' THEN CASE WHEN contains(line, 'for file reputation query')
      THEN {REP_RESPONSE} ELSE 0 END
  WHEN h = 'File reputat' THEN CASE WHEN contains(line, 'query initiating') THEN {REP_INIT} ELSE 0 END
  WHEN h = 'Retrospectiv' THEN CASE WHEN contains(line, 've verdict received') THEN {RETRO} ELSE 0 END
  WHEN h = 'File Analysi' THEN CASE WHEN contains(line, 'Analysis complete') THEN {ANALYSIS} ELSE 0 END
  WHEN h = 'Time offset ' THEN {TZ}
  ELSE 0 END"""

# SELECT over a source of numbered lines (columns ``ln``, ``line``) producing (ln, line, orig, bp, kp, k);
# line: trimmed for parsing, orig: as written; kp: keyword position in MID lines.
CLASSIFY_SELECT = f"""
SELECT ln, line, orig, bp, kp, {KIND_EXPR} AS k FROM (
  SELECT ln, line, orig, bp, h, kp, CASE WHEN kp > 0 THEN substr(line, kp, 12) END AS kw FROM (
  SELECT ln, line, orig, bp, h, CASE WHEN prefix(h, 'MID ') THEN bp + 4 + strpos(substr(line, bp + 4, 12), ' ')
      ELSE 0 END AS kp
  FROM (SELECT ln, line, orig, bp, CASE WHEN prefix(h0, ' ') THEN substr(line, bp, 12) ELSE h0 END AS h FROM (
    SELECT ln, line, orig, h0,
           CASE WHEN prefix(h0, '  ') THEN b0 + 2 WHEN prefix(h0, ' ') THEN b0 + 1 ELSE b0 END AS bp
    FROM (SELECT ln, line, orig, b0, substr(line, b0, 12) AS h0 FROM (
      SELECT ln, line, orig, {BP_EXPR} AS b0 FROM (
        SELECT ln, line, orig, strpos(line, ' Info: ') AS i FROM (
          -- NULs before a line: an appliance stopped uncleanly mid-line, then logged on; white space after
          -- it is no part of its last value (a quoted Message-ID, subject or name, a policy line's table).
          -- ``orig``: the line as the file has it, for a reject's raw text
          SELECT ln, rtrim(ltrim(line, chr(0)), chr(32) || chr(9)) AS line, line AS orig FROM {{src}}))))))))"""


# Local time of a line: file shape first, else syslog shape with the batch's year ($year_suffix).
TS_FILE = "try_strptime(substr(line, 1, 24), '%a %b %d %H:%M:%S %Y')"
TS_SYSLOG = ("try_strptime(substr(line, CASE WHEN prefix(line, '<') THEN strpos(line, '>') + 1 ELSE 1 END, "
             "15)"
             " || $year_suffix, '%b %d %H:%M:%S %Y')")

# -- per-kind parsing -----------------------------------------------------------
N = r"(\d{1,18})"            # a MID / ICID / DCID that fits BIGINT
RIDS = r"\[(\d{1,9}(?:, ?\d{1,9})*)\]"


@dataclass(frozen=True)
class Kind:
    """One line kind: its regular expression over the message text and what its groups hold.

    The groups come out as g1..g4 (unused ones empty); g1 is always required, so a
    row parsed when ``s.g1 <> ''`` and its time stamp could be read.
    """
    id: int
    name: str
    regex: str
    groups: tuple[str, ...]

    def padded(self) -> str:
        """The regex with empty groups appended up to four, quoted for a SQL literal."""
        return (self.regex + "()" * (4 - len(self.groups))).replace("'", "''")


KINDS: tuple[Kind, ...] = (
    Kind(START, "Start MID", rf"^Start MID {N} ICID {N}", ("mid", "icid")),
    Kind(FROM, "From", rf"^MID {N} ICID {N} From: <([^>]*)>", ("mid", "icid", "addr")),
    Kind(TO, "To", rf"^MID {N} ICID {N} RID (\d{{1,9}}) To: <([^>]+)>", ("mid", "icid", "rid", "addr")),
    Kind(MSGID, "Message-ID", rf"^MID {N} Message-ID ['\"](.*)['\"]\s*$", ("mid", "val")),
    Kind(SUBJECT, "Subject", rf"^MID {N} Subject ?(.*)$", ("mid", "val")),
    Kind(READY, "ready", rf"^MID {N} ready (\d{{1,18}}) bytes from <([^>]*)>", ("mid", "size", "addr")),
    Kind(POLICY, "policy", rf"^MID {N} matched all recipients for per-recipient policy (.+) in the "
                           r"(inbound|outbound) table", ("mid", "policy", "dir")),
    Kind(ATTACH, "attachment", rf"^MID {N} attachment ['\"](.*)['\"]\s*$", ("mid", "val")),
    Kind(AMPV, "AMP verdict", rf"^MID {N} AMP file reputation verdict ?: ?(.+)$", ("mid", "val")),
    Kind(QUEUED, "queued", rf"^MID {N} queued for delivery", ("mid",)),
    Kind(RESPONSE, "RID Response", rf"^MID {N} RID {RIDS} Response (.*)$", ("mid", "rids", "val")),
    Kind(GENERATED, "generated", rf"^MID {N} was generated based on MID {N}", ("a", "b")),
    Kind(REWRITTEN, "rewritten", rf"^MID {N} rewritten to MID {N}", ("a", "b")),
    Kind(BOUNCE_CHILD, "bounce MID", rf"^MID {N} was generated for bounce of MID {N}", ("a", "b")),
    Kind(SPLIT, "split", rf"^MID {N} was split creating MID {N}", ("a", "b")),
    Kind(DSTART, "Delivery start", rf"^Delivery start DCID {N} MID {N} to RID {RIDS}(.*)$",
         ("dcid", "mid", "rids", "rest")),
    Kind(DONE, "Message done", rf"^Message done DCID {N} MID {N} to RID {RIDS}(.*)$",
         ("dcid", "mid", "rids", "rest")),
    Kind(FINISHED, "Message finished", rf"^Message finished MID {N} (\w+)", ("mid", "how")),
    Kind(BOUNCED, "Bounced", rf"^Bounced: (?:DCID \d{{1,18}} )?MID {N} From: ?<[^>]*> To: ?<([^>]*)> "
                             r"RID (\d{1,9})", ("mid", "addr", "rid")),
    Kind(REP_RESPONSE, "reputation response",
         r"^Response received for file reputation query(?: from \w+)?\.? (.*)$",
         ("kv",)),
    Kind(REP_INIT, "reputation query", r"^File reputation query initiating\.? (.*)$", ("kv",)),
    Kind(RETRO, "retrospective verdict", r"^Retrospective verdict received\.? (.*)$", ("kv",)),
    Kind(ANALYSIS, "file analysis", r"^File Analysis complete\.? (.*)$", ("kv",)),
    Kind(TZ, "time offset", r"^Time offset from UTC: (-?\d{1,6}) seconds", ("off",)),
)
KIND_BY_ID = {k.id: k for k in KINDS}

# Keys of the reputation / verdict lines. A value ends only at a comma followed by one of these and = or :
KV_KEYS = ("File ?Name", "MID", "Disposition", "Malware", "Analysis Score", "Reputation Score", "sha256",
           "upload_action", "verdict_source", "Suspected Malware Categories", "File Size", "File Type",
           "Timestamp", "Verdict", "Spyname", "Submit Timestamp", "Update Timestamp", "run_id")
_KEY_ALT = "|".join(KV_KEYS)
# Replace "<start or comma> key =|: " by \x1f key \x1e so each value can be cut out with [^\x1f]*.
KV_NORMALISE = ("regexp_replace(kv, '(?:^|,)\\s*((?i:" + _KEY_ALT + "))\\s*[=:]\\s*', "
                "'\x1f\\1\x1e', 'g')")


def kv_get(col: str, key_regex: str) -> str:
    """SQL for the value of one key (a case-insensitive regex) in a normalised key/value text."""
    return (f"nullif(trim(regexp_extract({col}, '\x1f(?i:{key_regex})\x1e([^\x1f]*)', 1)), '')")


def unquote(expr: str) -> str:
    """SQL stripping one pair of surrounding single or double quotes."""
    return (f"CASE WHEN length({expr}) >= 2 AND ((prefix({expr}, '''') AND suffix({expr}, '''')) "
            f"OR (prefix({expr}, '\"') AND suffix({expr}, '\"'))) "
            f"THEN substr({expr}, 2, length({expr}) - 2) ELSE {expr} END")


# Verdict words -> models.Verdict values; anything else is a reject.
VERDICT_SQL = """CASE upper(trim({v}))
  WHEN 'FILE UNKNOWN' THEN 'UNKNOWN' WHEN 'UNKNOWN' THEN 'UNKNOWN' WHEN 'CLEAN' THEN 'CLEAN'
  WHEN 'MALICIOUS' THEN 'MALICIOUS' WHEN 'LOWRISK' THEN 'LOWRISK' WHEN 'LOW RISK' THEN 'LOWRISK'
  WHEN 'UNSCANNABLE' THEN 'UNSCANNABLE' WHEN 'FILE UNSCANNABLE' THEN 'UNSCANNABLE' ELSE NULL END"""


# Kinds whose fields are cut out with string functions instead of a regex (they are the most frequent ones):
# the text after "MID <n> <keyword>" starts at kp + offset.
_SLICED = {MSGID: 11, SUBJECT: 8, AMPV: 27, POLICY: 48, ATTACH: 11, QUEUED: 0}
_POLICY_PREFIX = "matched all recipients for per-recipient policy "


def _quoted(v: str) -> str:
    return (f"CASE WHEN length({v}) >= 2 AND ((prefix({v}, '''') AND suffix({v}, '''')) "
            f"OR (prefix({v}, '\"') AND suffix({v}, '\"'))) THEN substr({v}, 2, length({v}) - 2) END")


def _sliced_struct(kind: int) -> str:
    """struct(g1..g4) for a sliced kind from columns midt (the MID text), mid_ok and rest."""
    g1, g2, g3 = "midt", "''", "''"
    if kind in (MSGID, ATTACH):
        g1, g2 = f"CASE WHEN {_quoted('rest')} IS NOT NULL THEN midt END", f"{_quoted('rest')}"
    elif kind == SUBJECT:
        g2 = "rest"
    elif kind == AMPV:
        g2 = "ltrim(rest, ' :')"
        g1 = f"CASE WHEN substr(line, kp, 27) = 'AMP file reputation verdict' AND {g2} <> '' THEN midt END"
    elif kind == POLICY:
        d = "CASE WHEN suffix(rest, ' in the inbound table') THEN 'inbound' " \
            "WHEN suffix(rest, ' in the outbound table') THEN 'outbound' END"
        g1 = f"CASE WHEN substr(line, kp, 48) = '{_POLICY_PREFIX}' AND ({d}) IS NOT NULL THEN midt END"
        g2 = f"substr(rest, 1, length(rest) - length(' in the ' || ({d}) || ' table'))"
        g3 = d
    elif kind == QUEUED:
        g1 = "CASE WHEN substr(line, kp, 19) = 'queued for delivery' THEN midt END"
    return (f"struct_pack(g1 := CASE WHEN mid_ok THEN coalesce({g1}, '') ELSE '' END, "
            f"g2 := coalesce({g2}, ''), "
            f"g3 := coalesce({g3}, ''), g4 := '')")


# The host of a syslog-shaped line, as :func:`marlib.ingest.esa_scan.syslog_hosts` reads it: after the
# optional '<pri>', past the time (up to the space after its first ':'), the first of two words before the
# first ': '.
_AFTER_PRI = "substr(line, CASE WHEN prefix(line, '<') THEN strpos(line, '>') + 1 ELSE 1 END)"
_FROM_TIME = f"substr({_AFTER_PRI}, strpos({_AFTER_PRI}, ':'))"
# the words between the time and the first ': ' (a relay may put more than one space after the time)
_HEAD = (f"CASE WHEN strpos({_AFTER_PRI}, ':') > 0 AND strpos({_FROM_TIME}, ' ') > 0 "
         f"THEN ltrim(split_part(substr({_FROM_TIME}, strpos({_FROM_TIME}, ' ') + 1), ': ', 1)) END")
HOST_SQL = f"CASE WHEN sys THEN nullif(nullif(split_part({_HEAD}, ' ', 1), {_HEAD}), '') END"


def extract_select(src: str, *, hosts: bool = False) -> str:
    """One pass over numbered lines (``ln``, ``line``): kind, local time, regex groups, and the raw text
    (and with ``hosts`` the syslog host, :data:`HOST_SQL`).

    ``raw`` is kept where a reject may need it (and for the verdict lines, whose values are checked later): the
    line as the file has it, not as trimmed for parsing.
    """
    cases = " ".join(
        f"WHEN {kd.id} THEN {_sliced_struct(kd.id)}" if kd.id in _SLICED else
        f"WHEN {kd.id} THEN regexp_extract(substr(line, bp), '{kd.padded()}', ['g1', 'g2', 'g3', 'g4'])"
        for kd in KINDS)
    offsets = " ".join(f"WHEN {k} THEN {off}" for k, off in _SLICED.items())
    return f"""
SELECT ln, k::UTINYINT AS k, ts, sys, s,
       CASE WHEN k >= {REP_RESPONSE} OR (k > 0 AND (s.g1 = '' OR ts IS NULL)) THEN orig END AS raw
       {f", {HOST_SQL} AS host" if hosts else ""}
FROM (SELECT ln, line, orig, k, coalesce(tsf, tss) AS ts, tsf IS NULL AND tss IS NOT NULL AS sys, s FROM (
  SELECT ln, line, orig, k, tsf, CASE WHEN k > 0 AND tsf IS NULL THEN {TS_SYSLOG} END AS tss,
         CASE k {cases} END AS s
  FROM (SELECT ln, line, orig, bp, kp, k, tsf, midt,
               kp - bp - 5 BETWEEN 1 AND 18 AND TRY_CAST(midt AS UBIGINT) IS NOT NULL AS mid_ok,
               CASE k {offsets} END AS off, CASE WHEN off > 0 THEN substr(line, kp + off) END AS rest
        FROM (SELECT ln, line, orig, bp, kp, k, CASE WHEN k > 0 THEN {TS_FILE} END AS tsf,
                     CASE WHEN kp > 0 THEN substr(line, bp + 4, kp - bp - 5) END AS midt
              FROM ({CLASSIFY_SELECT.format(src=src)})))))"""


def _in(*kinds: int) -> str:
    return "(" + ", ".join(str(int(k)) for k in kinds) + ")"


# Typed fields of a parsed line (the columns :mod:`marlib.ingest.esa_scan` fills for the lines it reads):
# mid: the MID the line is about (the child for child lines); n2: ICID, DCID, size, parent MID or UTC offset;
# rid: one recipient id, -2 for a list (kept in b); a, b: text fields, a as stored: addresses lower-cased,
# subject and response without their quotes, 'FILE UNKNOWN' as 'UNKNOWN'.
# st: the recipient status a delivery line gives (1 delivered, 2 quarantined, 3 bounced; 0 none).
STATUS_SQL = f"""CASE WHEN k = {BOUNCED} THEN 3
  WHEN k = {DSTART} THEN CASE WHEN contains(lower(s.g4), 'quarantine') OR contains(s.g4, 'offbox')
                         THEN 2 ELSE 0 END
  WHEN k = {DONE} THEN CASE WHEN contains(lower(split_part(s.g4, ' [(', 1)), 'quarantine') THEN 2 ELSE 1 END
  ELSE 0 END::UTINYINT"""
_RIDS_TEXT = f"""CASE WHEN k IN {_in(TO, BOUNCED, DSTART, DONE)} THEN s.g3
                      WHEN k = {RESPONSE} THEN s.g2 END"""
TYPED_FIELDS = f"""
  TRY_CAST(CASE WHEN k IN {_in(DSTART, DONE, REWRITTEN, SPLIT)} THEN s.g2
                WHEN k IN {_in(REP_RESPONSE, REP_INIT, RETRO, ANALYSIS, TZ)} THEN NULL
                ELSE s.g1 END AS BIGINT) AS mid,
  TRY_CAST(CASE WHEN k IN {_in(START, FROM, TO, READY, GENERATED, BOUNCE_CHILD)} THEN s.g2
                WHEN k IN {_in(DSTART, DONE, REWRITTEN, SPLIT, TZ)} THEN s.g1 END AS BIGINT) AS n2,
  CASE WHEN {_RIDS_TEXT} IS NULL THEN -1 ELSE coalesce(TRY_CAST({_RIDS_TEXT} AS INTEGER), -2) END AS rid,
  CASE WHEN k = {FROM} OR k = {READY} THEN lower(s.g3) WHEN k = {TO} THEN lower(s.g4)
       WHEN k = {BOUNCED} THEN lower(s.g2)
       WHEN k = {SUBJECT} THEN replace({unquote('s.g2')}, '\\r\\n', '')
       WHEN k = {RESPONSE} THEN {unquote('trim(s.g3)')}
       WHEN k = {AMPV} THEN CASE WHEN upper(trim(s.g2)) = 'FILE UNKNOWN' THEN 'UNKNOWN' ELSE trim(s.g2) END
       WHEN k IN {_in(DSTART, DONE)} THEN s.g4
       WHEN k IN {_in(MSGID, POLICY, ATTACH, FINISHED)} THEN s.g2
       WHEN k IN {_in(REP_RESPONSE, REP_INIT, RETRO, ANALYSIS)} THEN s.g1 END AS a,
  CASE WHEN k = {POLICY} THEN s.g3 WHEN k IN {_in(REP_RESPONSE, REP_INIT, RETRO, ANALYSIS)} THEN raw
       WHEN TRY_CAST({_RIDS_TEXT} AS INTEGER) IS NULL THEN {_RIDS_TEXT} END AS b"""
