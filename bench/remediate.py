"""Benchmark: the remediation engine against the HTTPS emulator (50 ms latency, Graph's limits).

Plans >= 2,000 affected copies over >= 500 mailboxes and runs the engine (durable
journal, thread pool, <= 4 in flight per mailbox); in the same run a naive
baseline (one locate and one delete at a time, same Graph client, no
parallelism) on a separate sample of >= 100 copies. The emulator enforces
MailboxConcurrency 4 and 10,000 requests / 10 min per mailbox, so every 429 it
answers is caused by the client (no fault is injected).

Last line: ``remediate: <copies/s> copies/s, <speedup>x sequential, <n> self-caused 429s``.
Usage: python bench/remediate.py [--mailboxes 520] [--per-mailbox 4] [--baseline 100] [--workers 256]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from remediation_fixtures import World, live_tenant, sha  # noqa: E402

from marlib.remediation.engine import EngineOptions  # noqa: E402
from marlib.remediation.policies import set_policy  # noqa: E402
from marlib.remediation.run import remediate  # noqa: E402
from marlib.store import Store  # noqa: E402
from marlib.tenant.graph import mailboxes_from_settings  # noqa: E402

H = sha("bench-malicious")


def build(store: Store, mailboxes: int, per_mailbox: int, baseline: int) -> tuple[World, list[tuple[str, str]]]:
    """Engine copies: ``per_mailbox`` messages in each of ``mailboxes`` mailboxes (a message goes to
    up to 25 recipients). Baseline copies: separate mailboxes and Message-IDs, not in the logs."""
    w = World()
    boxes = [f"user{i:04d}@corp.example" for i in range(mailboxes)]
    w.users(*boxes, "soc@corp.example")
    group = 25
    for round_ in range(per_mailbox):
        for start in range(0, mailboxes, group):
            w.message(boxes[start:start + group], files={"invoice.xlsm": H},
                      message_id=f"<bench-{round_}-{start}@sender.example>")
    w.verdict(H, "MALICIOUS")
    w.save(store)
    base_boxes = [f"base{i:03d}@corp.example" for i in range(max(1, baseline // 2))]
    w.users(*base_boxes)
    sample = []
    for i in range(baseline):
        box, imid = base_boxes[i % len(base_boxes)], f"<baseline-{i}@sender.example>"
        w.tenant.add_message(box, imid)
        sample.append((box, imid))
    return w, sample


def naive(mailboxes, sample: list[tuple[str, str]]) -> float:
    """One locate and one delete at a time; returns copies per second."""
    t0 = time.perf_counter()
    for box, imid in sample:
        for copy in mailboxes.locate(box, imid):
            mailboxes.permanent_delete(box, copy.id)
    return len(sample) / (time.perf_counter() - t0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mailboxes", type=int, default=520)
    ap.add_argument("--per-mailbox", type=int, default=4)
    ap.add_argument("--baseline", type=int, default=100)
    ap.add_argument("--workers", type=int, default=256)
    ap.add_argument("--latency-ms", type=float, default=50.0)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="marlib-bench-") as tmp:
        store = Store(Path(tmp) / "bench.duckdb")
        world, sample = build(store, args.mailboxes, args.per_mailbox, args.baseline)
        set_policy(store, "INBOUND", mar=True, action="delete")
        with live_tenant(store, world, latency_ms=args.latency_ms) as emu:
            mailboxes = mailboxes_from_settings(store)
            seq_rate = naive(mailboxes, sample)
            print(f"baseline: {len(sample)} copies one at a time: {seq_rate:.1f} copies/s")
            before = emu.state()["requests"]
            t0 = time.perf_counter()
            result = remediate(store, mailboxes, pending=True, options=EngineOptions(max_workers=args.workers))
            seconds = time.perf_counter() - t0
            after = emu.state()["requests"]
            mailboxes.close()
        counts = result.counts
        copies = counts["total"]
        boxes = result.outcomes["mailbox"].nunique()
        rate = counts["succeeded"] / seconds
        requests = after["total"] - before["total"]
        throttled = after["throttled"] - before["throttled"]
        print(f"engine: {copies} copies planned over {boxes} mailboxes, {counts['succeeded']} succeeded, "
              f"{counts['failed']} failed in {seconds:.1f} s; {requests} requests, {throttled} answered 429 "
              f"({100.0 * throttled / max(1, requests):.2f}%)")
        print(f"remediate: {rate:.1f} copies/s, {rate / seq_rate:.1f}x sequential, {throttled} self-caused 429s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
