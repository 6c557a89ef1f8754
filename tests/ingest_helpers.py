"""Builders of ESA log text for the ingest tests."""
from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path

from marlib.store import Store

TABLE_SQL = {
    "messages": "SELECT * EXCLUDE (source) FROM messages ORDER BY mid",
    "recipients": "SELECT * FROM recipients ORDER BY mid, rid",
    "attachments": "SELECT * FROM attachments ORDER BY mid, filename",
    "verdict_events": "SELECT * EXCLUDE (source_path) FROM verdict_events ORDER BY event_key",
}


def stamp(epoch: int) -> str:
    """File-shape time stamp ``Wed Nov 19 09:16:38 2014`` (asctime pads the day with a space)."""
    return time.asctime(time.gmtime(epoch))


def file_line(epoch: int, body: str, level: str = "Info") -> str:
    return f"{stamp(epoch)} {level}: {body}"


def header(epoch: int, offset_s: int = 0) -> list[str]:
    return [file_line(epoch, "Begin Logfile"), file_line(epoch, "Version: 15.5.1-055 SN: X"),
            file_line(epoch, f"Time offset from UTC: {offset_s} seconds")]


def message(mid: int, epoch: int, rcpts: Iterable[str], *, sha: str | None = None, fname: str = "a.pdf",
            policy: str = "DEFAULT", direction: str = "inbound", quarantine: bool = False) -> list[str]:
    rcpts = list(rcpts)
    rids = ", ".join(str(i) for i in range(len(rcpts)))
    body = [f"Start MID {mid} ICID {mid + 1000}",
            f"MID {mid} ICID {mid + 1000} From: <sender@remote.example>"]
    body += [f"MID {mid} ICID {mid + 1000} RID {i} To: <{r}>" for i, r in enumerate(rcpts)]
    body += [f"MID {mid} Message-ID '<m{mid}@remote.example>'", f"MID {mid} Subject 'Report {mid}'",
             f"MID {mid} ready 1234 bytes from <sender@remote.example>",
             f"MID {mid} matched all recipients for per-recipient policy {policy} in the {direction} table"]
    if sha:
        body += [f"MID {mid} attachment '{fname}'",
                 "Response received for file reputation query from Cloud. "
                 f"File Name = '{fname}', MID = {mid}, "
                 f"Disposition = FILE UNKNOWN, Malware = None, Analysis Score = 0, sha256 = {sha}, "
                 "upload_action = Recommended to send the file for analysis, verdict_source = AMP",
                 f"MID {mid} AMP file reputation verdict : UNKNOWN"]
    body.append(f"MID {mid} queued for delivery")
    if quarantine:
        body += [f"Delivery start DCID {mid} MID {mid} to RID [{rids}] to offbox IronPort Spam Quarantine",
                 f"Message done DCID {mid} MID {mid} to RID [{rids}] (external quarantine)"]
    else:
        body += [f"Delivery start DCID {mid} MID {mid} to RID [{rids}]",
                 f"Message done DCID {mid} MID {mid} to RID [{rids}]",
                 f"MID {mid} RID [{rids}] Response '2.0.0 Ok: queued as X{mid}'"]
    body.append(f"Message finished MID {mid} done")
    return [file_line(epoch + i // 4, b) for i, b in enumerate(body)]


def write_lines(path: Path, lines: Iterable[str], *, mode: str = "w") -> Path:
    with open(path, mode, encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(line + "\n")
    return path


def dump(store: Store) -> dict[str, list]:
    """The core tables as plain rows, for comparing two stores."""
    with store.connect() as con:
        return {t: con.execute(sql).fetchall() for t, sql in TABLE_SQL.items()}


def rows(store: Store, sql: str, params: list | None = None) -> list[list]:
    """Query result as lists (None for NULL, datetime for timestamps)."""
    with store.connect() as con:
        return [list(r) for r in con.execute(sql, params or []).fetchall()]


SHA = "4d" * 32   # the file two_appliance_logs makes malicious


def mid77_lines(host, stamp, icid, rcpt, msgid, extra=()):
    """One appliance's lines for its MID 77 (syslog shape)."""
    return [f"<166>Nov 20 {stamp} {host} mail_logs: Info: {body}" for body in (
        f"Start MID 77 ICID {icid}", f"MID 77 ICID {icid} RID 0 To: <{rcpt}>", f"MID 77 Message-ID '{msgid}'",
        "MID 77 matched all recipients for per-recipient policy DEFAULT in the inbound table", *extra,
        f"Message done DCID {icid} MID 77 to RID [0]")]


def two_appliance_logs(folder):
    """esa1's MID 77 is a clean mail to the CEO; esa2's MID 77 carries a file later judged malicious, and a
    split child, MID 78, whose reputation line comes from the amp log."""
    folder.mkdir(parents=True, exist_ok=True)
    one = write_lines(folder / "esa1.log", mid77_lines("esa1", "10:00:00", 5, "ceo@corp.example", "<clean@partner>"))
    two = write_lines(folder / "esa2.log", mid77_lines("esa2", "11:00:00", 9, "intern@corp.example", "<evil@evil>", [
        "MID 77 attachment 'bad.exe'", "MID 77 was split creating MID 78",
        "MID 78 ICID 9 RID 0 To: <split@corp.example>", "Message done DCID 9 MID 78 to RID [0]"]) + [
        f"<166>Nov 20 11:00:01 esa2 amp: Info: Response received for file reputation query from Cloud. File Name = "
        f"'bad.exe', MID = 77, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = {SHA}",
        f"<166>Nov 21 11:00:02 esa2 amp: Info: Retrospective verdict received. SHA256: {SHA}, Timestamp: "
        "1795000000.5, Verdict: MALICIOUS, Reputation Score: 0, Spyname: W32.X."])
    return one, two
