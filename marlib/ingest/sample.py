"""Synthetic, realistic Cisco ESA logs and the matching Office 365 tenant (``marlib sample``).

``write_sample(out_dir, messages=..., seed=...)`` writes::

    out_dir/esa/mail_logs/mail.@20261116T000000.s.gz   file shape, one file per day, oldest gzipped
    out_dir/esa/mail_logs/mail.@20261117T000000.s ...
    out_dir/esa/mail_logs/mail.current                 the last day
    out_dir/esa/amp/amp.log                            syslog shape, subscription name "amp"
    out_dir/tenant.json                                the emulator's tenant file (``apps`` is empty)
    out_dir/summary.json                               what was generated, with exact counts

In summary.json, ``campaigns[].delivered_copies`` counts the delivered inbound recipient lines carrying
the campaign's file, one per MID x recipient as the logs show them. ``marlib changes`` and a run's plan
count one copy per Message-ID x recipient (a mailbox is searched once per Message-ID), so a recipient who
got a message and also a generated child of it (same Message-ID, another MID; the archive address in a
large sample) counts twice here and once there.

``write_mail_log(path, lines=2_000_000)`` is the fast path for benchmarks: one
big mail_logs file (reputation lines included), streamed in sorted blocks.

Same seed, same bytes: no wall clock, one ``random.Random(seed)``. The appliance
clock is UTC by default (``Time offset from UTC: 0 seconds``) so that the amp
syslog lines, which carry no zone, agree with mail_logs.
"""
from __future__ import annotations

import gzip
import io
import json
import logging
import random
import time
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from marlib.errors import InputError
from marlib.ingest.sample_mail import Line, MailGenerator
from marlib.ingest.sample_plan import all_plans, verdict_lines
from marlib.ingest.sample_tenant import build_tenant, dump_tenant
from marlib.ingest.sample_world import build_world
from marlib.progress import Progress, no_progress

log = logging.getLogger(__name__)

DEFAULT_START = datetime(2026, 11, 16, tzinfo=timezone.utc)
VERSION_LINE = "Version: 15.5.1-055 SN: 42A3C1E8F7D2B9A6C4E1-5F8D0B3A7C2E"
DAY_MS = 86_400_000
LINES_PER_MESSAGE = 28          # a rough mean, used to size write_mail_log
# Present while a sample is being written (removed once summary.json is): a folder that holds it, or a
# summary.json, is a sample folder whose files a new sample may replace; see _check_out_dir.
WRITING_MARK = ".marlib-sample-writing"


class FileStamp:
    """``Mon Nov 16 09:16:38 2026 Info: `` for sorted times (memo of the last second)."""

    def __init__(self, offset_s: int) -> None:
        self.offset_s = offset_s
        self._sec = -1
        self._prefix = ""

    def __call__(self, t_ms: int) -> str:
        sec = t_ms // 1000
        if sec != self._sec:
            self._sec = sec
            self._prefix = time.asctime(time.gmtime(sec + self.offset_s)) + " Info: "
        return self._prefix


class SyslogStamp(FileStamp):
    """``<166>Nov 16 09:16:38 esa1 amp: Info: `` (local time, no year)."""

    def __init__(self, offset_s: int, name: str = "amp", host: str = "esa1") -> None:
        super().__init__(offset_s)
        self.tail = f" {host} {name}: Info: "

    def __call__(self, t_ms: int) -> str:
        sec = t_ms // 1000
        if sec != self._sec:
            self._sec = sec
            stamp = time.strftime("%b %d %H:%M:%S", time.gmtime(sec + self.offset_s))
            self._prefix = "<166>" + stamp + self.tail
            if self._prefix[9] == "0":     # syslog pads the day with a space: "Aug  3"
                self._prefix = self._prefix[:9] + " " + self._prefix[10:]
        return self._prefix


def _start_ms(start: datetime | None) -> int:
    start = start or DEFAULT_START
    if start.tzinfo is None:
        start = start.replace(tzinfo=timezone.utc)
    return int(start.timestamp()) * 1000


def _check_out_dir(out_dir: Path) -> None:
    """InputError when ``out_dir`` holds files the sample would replace or remove (logs under esa/,
    tenant.json) and is no sample folder: neither an earlier sample's (its summary.json) nor one a sample
    was cut short in (:data:`WRITING_MARK`). Real ESA logs there, say ``--out /var/log`` over
    /var/log/esa/mail_logs, must not be deleted by a regeneration."""
    if (out_dir / "summary.json").is_file() or (out_dir / WRITING_MARK).is_file():
        return
    mail = out_dir / "esa" / "mail_logs"
    held = sorted({*mail.glob("mail.@*.s"), *mail.glob("mail.@*.s.gz"), *mail.glob("mail.current"),
                   *[p for p in (out_dir / "esa" / "amp" / "amp.log", out_dir / "tenant.json") if p.exists()]})
    if held:
        names = ", ".join(str(p.relative_to(out_dir)) for p in held[:3]) + (", ..." if len(held) > 3 else "")
        raise InputError(f"{out_dir} holds files that `sample` did not write and would replace or delete "
                         f"({names})", advice="give --out a new or empty folder, or one an earlier "
                         "`marlib sample` wrote (it has a summary.json)")


def _check(messages: int, days: int) -> None:
    if messages < 1:
        raise InputError(f"messages must be at least 1, not {messages}",
                         advice="pass --messages N with N >= 1")
    if days < 1:
        raise InputError(f"days must be at least 1, not {days}", advice="pass --days D with D >= 1")


def _header(stamp: FileStamp, t_ms: int, offset_s: int) -> str:
    p = stamp(t_ms)
    return f"{p}Begin Logfile\n{p}{VERSION_LINE}\n{p}Time offset from UTC: {offset_s} seconds\n"


def _render(lines: Iterable[Line], stamp: FileStamp) -> str:
    return "".join([f"{stamp(t)}{text}\n" for t, _, text in lines])


def _rotation_name(t_ms: int, offset_s: int) -> str:
    return "mail.@" + time.strftime("%Y%m%dT%H%M%S", time.gmtime(t_ms // 1000 + offset_s)) + ".s"


def _write_bytes(path: Path, text: str, gz: bool) -> Path:
    data = text.encode("utf-8")
    if gz:
        path = path.with_name(path.name + ".gz")
        buf = io.BytesIO()
        with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as zf:
            zf.write(data)
        data = buf.getvalue()
    path.write_bytes(data)
    return path


def write_rotated_mail_logs(folder: Path, lines: list[Line], *, start_ms: int, days: int, offset_s: int,
                            gzip_oldest: bool = True) -> list[Path]:
    """One file per day from ``start_ms`` (rotated ``.s`` files, the last is ``mail.current``).

    Earlier generated files in ``folder`` (``mail.@*.s[.gz]``, ``mail.current``) are removed first, so a
    regenerated sample with fewer days leaves no stale day behind.
    """
    folder.mkdir(parents=True, exist_ok=True)
    for old in [*folder.glob("mail.@*.s"), *folder.glob("mail.@*.s.gz"), *folder.glob("mail.current")]:
        old.unlink()
    stamp = FileStamp(offset_s)
    paths, i = [], 0
    for day in range(days):
        begin, end = start_ms + day * DAY_MS, start_ms + (day + 1) * DAY_MS
        last = day == days - 1
        j = len(lines) if last else _first_at_or_after(lines, end, i)
        text = _header(stamp, begin, offset_s) + _render(lines[i:j], stamp)
        if last:
            paths.append(_write_bytes(folder / "mail.current", text, False))
        else:
            text += f"{stamp(end)}End Logfile\n"
            name = _rotation_name(begin, offset_s)
            paths.append(_write_bytes(folder / name, text, gzip_oldest and day == 0))
        i = j
    return paths


def _first_at_or_after(lines: list[Line], t_ms: int, lo: int) -> int:
    hi = len(lines)
    while lo < hi:
        mid = (lo + hi) // 2
        if lines[mid][0] < t_ms:
            lo = mid + 1
        else:
            hi = mid
    return lo


def write_amp_log(path: Path, lines: list[Line], *, offset_s: int) -> Path:
    """Syslog shape; every seventh line has the extra spaces some builds log after ``Info:``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    stamp = SyslogStamp(offset_s)
    text = "".join([f"{stamp(t)}{'  ' if seq % 7 == 0 else ''}{body}\n" for t, seq, body in lines])
    path.write_text(text, encoding="utf-8")
    return path


def write_sample(out_dir: Path, *, messages: int = 2000, seed: int = 7, days: int = 7,
                 start: datetime | None = None, utc_offset_s: int = 0, gzip_oldest: bool = True,
                 progress: Progress | None = None) -> dict[str, Any]:
    """Write the sample data set (see module docstring); returns the summary (also in summary.json)."""
    _check(messages, days)
    progress = progress or no_progress
    out_dir = Path(out_dir)
    _check_out_dir(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / WRITING_MARK).write_text("marlib sample is writing this folder\n", encoding="utf-8")
    rng = random.Random(seed)
    start_ms = _start_ms(start)
    world = build_world(rng, messages)
    plans = all_plans(rng, world, messages, start_ms, days)
    gen = MailGenerator(rng, world)
    for n, plan in enumerate(plans, 1):
        gen.emit(plan)
        if n % 500 == 0:
            progress(n, len(plans), "messages")
    malicious = verdict_lines(gen, gen.last_seen)
    gen.mail.sort()
    gen.amp.sort()
    progress(len(plans), len(plans), "writing")
    mail_paths = write_rotated_mail_logs(out_dir / "esa" / "mail_logs", gen.mail, start_ms=start_ms,
                                         days=days, offset_s=utc_offset_s, gzip_oldest=gzip_oldest)
    amp_path = write_amp_log(out_dir / "esa" / "amp" / "amp.log", gen.amp, offset_s=utc_offset_s)
    tenant, tenant_counts = build_tenant(rng, world, gen.deliveries)
    dump_tenant(tenant, out_dir / "tenant.json")
    summary = _summary(out_dir, seed=seed, messages=messages, days=days, start_ms=start_ms,
                       offset_s=utc_offset_s, gen=gen, malicious=malicious,
                       paths=[*mail_paths, amp_path, out_dir / "tenant.json"], tenant=tenant,
                       tenant_counts=tenant_counts)
    (out_dir / "summary.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    (out_dir / WRITING_MARK).unlink(missing_ok=True)
    log.info("sample written to %s: %d messages, %d mail_logs lines", out_dir, messages, len(gen.mail))
    return {**summary, "out_dir": str(out_dir)}


def _summary(out_dir: Path, *, seed: int, messages: int, days: int, start_ms: int, offset_s: int,
             gen: MailGenerator, malicious: list[str], paths: list[Path], tenant: dict,
             tenant_counts: Any) -> dict[str, Any]:
    world, c = gen.world, gen.stats.counts
    events = gen.stats.events
    counts = {k: c[k] for k in (
        "messages", "inbound_messages", "outbound_messages", "mids", "recipients", "delivered",
        "delivered_inbound", "quarantined", "quarantined_mids", "bounced", "dropped_mids",
        "split_children", "generated_children", "rewritten_children", "bounce_children", "retro_lines")}
    counts["attachments"] = len(gen.stats.attachment_rows)
    counts["verdict_events"] = len(events)
    counts["initial_verdict_events"] = sum(1 for e in events if e[1] == "initial")
    counts["retrospective_verdict_events"] = sum(1 for e in events if e[1] == "retrospective")
    counts["analysis_verdict_events"] = sum(1 for e in events if e[1] == "analysis")
    flips = [camp.file.sha256 for camp in world.campaigns
             if camp.flips_clean and camp.file.sha256 in malicious]
    return {
        "seed": seed, "messages": messages, "days": days, "utc_offset_s": offset_s,
        "start": datetime.fromtimestamp(start_ms // 1000, timezone.utc).isoformat(),
        "paths": [p.relative_to(out_dir).as_posix() for p in paths],
        "lines": {"mail_logs": len(gen.mail), "amp": len(gen.amp)},
        "counts": counts,
        "hashes": {
            "retro_malicious": malicious + list(world.orphan_retro),
            "clean_flip": flips,
            "orphan_retro": list(world.orphan_retro),
            "malicious_at_delivery": sorted({f.sha256 for f in world.bad_files} & set(gen.last_seen)),
        },
        "campaigns": [{"sha256": camp.file.sha256, "file": camp.file.name, "initial": camp.initial,
                       "sender": camp.sender, "delivered_copies": gen.stats.impact[camp.file.sha256]}
                      for camp in world.campaigns if camp.file.sha256 in malicious],
        "tenant": {"domains": tenant["domains"], "users": len(tenant["users"]),
                   "unlicensed": sum(1 for u in tenant["users"] if not u["mailbox"]),
                   "groups": len(tenant["groups"]), "messages": tenant_counts["messages"],
                   "moved": tenant_counts["moved"], "deleted_by_user": tenant_counts["deleted_by_user"],
                   "legacy_domain_recipients": len(world.legacy)},
    }


def write_mail_log(path: Path, *, lines: int | None = None, messages: int | None = None, seed: int = 7,
                   days: int = 7, start: datetime | None = None, utc_offset_s: int = 0,
                   progress: Progress | None = None) -> dict[str, Any]:
    """One big file-shape mail_logs file with at least ``lines`` lines (or ``messages`` messages).

    For benchmarks: generated and written in sorted blocks, memory stays bounded by a block.
    Returns ``{"path", "lines", "messages", "bytes"}``.
    """
    if lines is None and messages is None:
        lines = 2_000_000
    target_messages = messages if messages is not None else int(lines / LINES_PER_MESSAGE * 1.1) + 10
    _check(target_messages, days)
    progress = progress or no_progress
    rng = random.Random(seed)
    start_ms = _start_ms(start)
    world = build_world(rng, min(target_messages, 60_000))
    plans = all_plans(rng, world, target_messages, start_ms, days)
    gen = MailGenerator(rng, world, copy_rep_share=1.0, record=False)
    stamp = FileStamp(utc_offset_s)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    written = emitted = 0
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(_header(stamp, start_ms, utc_offset_s))
        written = 3
        for emitted, plan in enumerate(plans, 1):
            gen.emit(plan)
            if len(gen.mail) >= 50_000:
                written += _flush(fh, gen, stamp, plan.t)
                progress(written, lines, "lines")
                if lines is not None and messages is None and written >= lines:
                    break
        written += _flush(fh, gen, stamp, None)
    return {"path": str(path), "lines": written, "messages": emitted, "bytes": path.stat().st_size}


def _flush(fh: io.TextIOBase, gen: MailGenerator, stamp: FileStamp, before_ms: int | None) -> int:
    """Write buffered lines older than ``before_ms`` (all when None); keep the rest buffered."""
    gen.mail.sort()
    cut = len(gen.mail) if before_ms is None else _first_at_or_after(gen.mail, before_ms, 0)
    fh.write(_render(gen.mail[:cut], stamp))
    del gen.mail[:cut]
    gen.amp.clear()
    return cut
