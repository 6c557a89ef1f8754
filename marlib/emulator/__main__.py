"""``python -m marlib.emulator --tenant TENANT.json [--port N] [--latency-ms N] [--fault-rate F] [--seed S]``

Prints one JSON line first: {"authority", "graph_url", "ca_file", "admin_url", "tenant_id"}; then serves
until SIGTERM or SIGINT.
"""
from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import time
from pathlib import Path

from marlib.emulator.limits import FAULT_KINDS
from marlib.emulator.server import Emulator
from marlib.emulator.state import EmulatorConfig


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m marlib.emulator",
                                description="HTTPS emulator of Entra ID's token endpoint and Graph mail.")
    p.add_argument("--tenant", required=True, type=Path, help="tenant file (JSON)")
    p.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (0: a free one)")
    p.add_argument("--state-dir", type=Path, help="where the CA lives (default: TENANT.emulator/ beside it)")
    p.add_argument("--latency-ms", type=float, default=0.0, help="added to every Graph request")
    p.add_argument("--fault-rate", type=float, default=0.0, help="share of Graph requests given a fault")
    p.add_argument("--fault-kinds", default="429,503,504,reset",
                   help=f"comma list of rate faults among {','.join(FAULT_KINDS)}")
    p.add_argument("--seed", type=int, default=0, help="seed of the fault draws")
    p.add_argument("--concurrency", type=int, default=4, help="concurrent requests per mailbox (0: no limit)")
    p.add_argument("--window-limit", type=int, default=10_000, help="requests per mailbox per window")
    p.add_argument("--window-seconds", type=float, default=600.0)
    p.add_argument("--retry-after", type=int, default=1, help="Retry-After seconds of 429/503 answers")
    p.add_argument("--hang-seconds", type=float, default=30.0, help="how long a 'hang' fault holds")
    p.add_argument("--page-size", type=int, default=10, help="default $top of message lists")
    p.add_argument("--log-level", default="WARNING")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(), stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    kinds = tuple(k.strip() for k in args.fault_kinds.split(",") if k.strip())
    bad = [k for k in kinds if k not in FAULT_KINDS]
    if bad:
        print(f"unknown fault kinds: {', '.join(bad)}", file=sys.stderr)
        return 2
    config = EmulatorConfig(latency_ms=args.latency_ms, fault_rate=args.fault_rate, fault_kinds=kinds,
                            seed=args.seed, concurrency=args.concurrency, window_limit=args.window_limit,
                            window_seconds=args.window_seconds, retry_after=args.retry_after,
                            hang_seconds=args.hang_seconds, page_size=args.page_size)
    try:
        kwargs = {"port": args.port, "config": config}
        if args.state_dir:
            kwargs["state_dir"] = args.state_dir
        emulator = Emulator.from_file(args.tenant, **kwargs)
    except (KeyError, TypeError, AttributeError) as exc:
        # a JSON that is no tenant file (a scenario, a list) fails deep in the model: say which file and why
        print(f"cannot start the emulator: {args.tenant} is not a tenant file ({type(exc).__name__}: {exc})",
              file=sys.stderr)
        print("what to do: give a tenant JSON as `python -m marlib sample` writes it (DIR/tenant.json; keys "
              "tenant_id, domains, users, groups, messages)", file=sys.stderr)
        return 2
    except (OSError, ValueError) as exc:
        print(f"cannot start the emulator: {exc}", file=sys.stderr)
        return 2
    # a flag, not a threading.Event: Event.set takes the event's lock, which the main thread may hold (in
    # Event.wait, or in the set of a signal a moment before) when the handler runs on it, and two quick Ctrl-Cs
    # could hang the emulator for good (as they hung `marlib watch`)
    signals: list[int] = []
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda signum, _frame: signals.append(signum))
    emulator.start()
    print(json.dumps(emulator.info()), flush=True)
    while not signals:
        time.sleep(0.2)
    emulator.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
