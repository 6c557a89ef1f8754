"""`simulate`, `compare`, `replay`: what remediation would do, against a simulated tenant.

Thin over ``marlib.whatif``; the scenario file format is documented in
``marlib.whatif_scenario``. Every output says SIMULATED: nothing here touches a mailbox.
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any

import pandas as pd

from marlib.cli.common import Once, check_output_given, output_path, print_json, progress_bar, write_output
from marlib.store import Store

SCENARIO_HELP = ("scenario JSON file: hashes or a time window, policies (current or edited), tenant "
                 "behaviour (deleted/moved copies, unlicensed users, lists, outages, throttling), seed; "
                 "format in marlib/whatif_scenario.py")


def register(sub: argparse._SubParsersAction) -> None:
    """Add simulate, compare and replay."""
    p = sub.add_parser("simulate", help="what-if: run remediation against a simulated tenant",
                       description="Run the remediation engine for a hash (or a scenario) against a "
                                   "simulated tenant built from the ingested data. Nothing touches a "
                                   "mailbox.")
    p.add_argument("--sha256", action="append", metavar="HEX",
                   help="file hash (repeatable; acted on even when a later CLEAN verdict superseded it, as "
                        "`remediate --sha256`); default: the scenario's hashes, else every verdict change "
                        "(in the scenario's window) except those a later CLEAN verdict superseded, as "
                        "`remediate --pending` leaves them out")
    p.add_argument("--scenario", metavar="FILE", help=SCENARIO_HELP, action=Once)
    p.add_argument("--export-tenant", metavar="FILE",
                   help="also write the simulated tenant as a tenant file (load it into the emulator "
                        "with `python -m marlib.emulator --tenant FILE`)")
    p.add_argument("--on-active-tenant", action="store_true",
                   help="run what `remediate` would (--sha256 HEX: `remediate --sha256`; none: `remediate "
                        "--pending`) on a copy of the active simulated tenant as it is now (its lists, licences, "
                        "messages already gone, earlier runs): same plan and policies, so the counts are what "
                        "`remediate` then gets; the tenant, the journal and the runs are left alone. Not with "
                        "--scenario, --seed or --export-tenant; a Graph tenant has no copy to make")
    _common(p)
    p.set_defaults(handler=_simulate)

    c = sub.add_parser("compare", help="what-if: which recipients change outcome between two scenarios",
                       description="Simulate two scenarios with the same seed and list exactly the "
                                   "copies (recipients) whose outcome changes.")
    c.add_argument("--scenario", action="append", required=True, metavar="FILE",
                   help="give twice: scenario A then scenario B. " + SCENARIO_HELP)
    c.add_argument("--sha256", action="append", metavar="HEX", help="override both scenarios' hashes")
    c.add_argument("--seed", type=int, default=None, help="seed for both (default: each scenario's)")
    c.add_argument("--json", action="store_true", help="end with one JSON object")
    c.add_argument("--save", action="store_true", help="also store both simulated runs")
    c.add_argument("--all", action="store_true",
                   help="also list copies whose only difference is the action while nothing happens to "
                        "them on either side (e.g. skipped not_delivered both times)")
    c.set_defaults(handler=_compare)

    r = sub.add_parser("replay", help="what-if: every past verdict change under a policy set",
                       description="For every past retrospective verdict change (optionally in "
                                   "[--since, --until)), what would have happened under the policies.")
    r.add_argument("--since", metavar="TIME", help="ISO time (UTC), e.g. 2026-11-01T00:00:00")
    r.add_argument("--until", metavar="TIME", help="ISO time (UTC), exclusive; a date alone: to the end of that day")
    r.add_argument("--policies", metavar="FILE", action=Once,
                   help="JSON: a scenario file, or its 'policies' object ({base, all, set}); "
                        "default: the current policies")
    _common(r)
    r.set_defaults(handler=_replay)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--seed", type=int, default=None,
                   help="seed of the tenant behaviour (default: the scenario's)")
    p.add_argument("--json", action="store_true", help="end with one JSON object (like remediate --json)")
    p.add_argument("--no-save", action="store_true", help="do not store the simulated outcomes")


# --------------------------------------------------------------------------- handlers
def _simulate(args: argparse.Namespace, store: Store) -> int:
    from marlib.whatif import prepare, simulate
    if args.on_active_tenant:
        return _preview(args, store)
    check_output_given("--export-tenant", args.export_tenant)
    if args.export_tenant:
        output_path(args.export_tenant, "tenant.json")   # a missing folder is said before the simulation is built
        prep = prepare(store, args.scenario, sha256=args.sha256, seed=args.seed)
        write_output(args.export_tenant, json.dumps(prep.tenant.model.to_dict(), indent=1).encode("utf-8"),
                     "tenant.json")
        print(f"simulated tenant written to {args.export_tenant}", file=sys.stderr)
    with progress_bar("simulating", enabled=None if not args.json else False) as progress:
        result = simulate(store, args.scenario, sha256=args.sha256, seed=args.seed, progress=progress,
                          save=not args.no_save)
    if args.json:
        print_json(result.to_json())
    else:
        _print_result(result)
    return 0


def _preview(args: argparse.Namespace, store: Store) -> int:
    """``simulate --on-active-tenant``: what ``remediate`` would do, on a copy of the simulated tenant."""
    from marlib.errors import InputError
    from marlib.whatif import preview
    given = [flag for flag, value in (("--scenario", args.scenario), ("--seed", args.seed),
                                      ("--export-tenant", args.export_tenant)) if value is not None]
    if given:
        raise InputError(f"--on-active-tenant runs what `remediate` would, with the current policies on a copy "
                         f"of the active tenant: {', '.join(given)} does not apply",
                         advice="drop " + " and ".join(given) + ", or drop --on-active-tenant to simulate a "
                                "scenario on a what-if tenant built from the logs")
    with progress_bar("simulating", enabled=None if not args.json else False) as progress:
        result = preview(store, args.sha256, progress=progress, save=not args.no_save)
    if args.json:
        print_json(result.to_json())
    else:
        _print_result(result)
    return 0


def _replay(args: argparse.Namespace, store: Store) -> int:
    from marlib.whatif import replay
    with progress_bar("replaying", enabled=None if not args.json else False) as progress:
        result = replay(store, args.policies, since=args.since, until=args.until, seed=args.seed,
                        progress=progress, save=not args.no_save)
    if args.json:
        out = result.to_json()
        out["by_verdict"] = _records(result.by_verdict())
        print_json(out)
    else:
        _print_result(result)
        table = result.by_verdict()
        if len(table):
            print("\nper verdict change (SHA-256):")
            print(table.to_string(index=False))
    return 0


def _compare(args: argparse.Namespace, store: Store) -> int:
    from marlib.errors import InputError
    from marlib.whatif import changed_recipients, compare
    if len(args.scenario) != 2:
        raise InputError("compare needs exactly two scenarios",
                         advice="give --scenario A.json --scenario B.json")
    frame = compare(store, args.scenario[0], args.scenario[1], sha256=args.sha256, seed=args.seed,
                    save=args.save, all_changes=args.all)
    recipients = changed_recipients(frame)
    if args.json:
        print_json({"mode": "simulated", "a": frame.attrs["a"], "b": frame.attrs["b"],
                    "recipients": recipients, "changed": _records(frame)})
        return 0
    a, b = frame.attrs["a"], frame.attrs["b"]
    print(f"SIMULATED comparison: A = {a['name']}, B = {b['name']}")
    for side, s in (("A", a), ("B", b)):
        c = s["counts"]
        print(f"  {side}: {c['total']} copies, succeeded {c['succeeded']}, failed {c['failed']}, "
              f"skipped {c['skipped']}; {s['requests']} Graph requests, ~{s['estimated_seconds']:.0f} s")
    n = len(frame)
    verb = ("copy differs" if n == 1 else "copies differ") if args.all else \
        ("copy changes outcome" if n == 1 else "copies change outcome")
    print(f"{_plural(len(recipients), 'recipient')}, {n} {verb}"
          + (" (--all: also copies whose only difference is the action)" if args.all else ""))
    if n:
        cols = ["recipient", "mailbox", "mid", "action_a", "status_a", "reason_a", "action_b", "status_b",
                "reason_b"]
        print(_dashes(frame[cols]).to_string(index=False))
    return 0


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _dashes(frame: pd.DataFrame) -> pd.DataFrame:
    """Text for the terminal: integers as integers, '-' for a side a copy is missing from."""
    df = frame.astype(object)
    if "mid" in df.columns:
        df["mid"] = [None if pd.isna(v) else int(v) for v in frame["mid"]]
    return df.where(df.notna(), "-")


# --------------------------------------------------------------------------- output
def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    df = frame.astype(object)
    return df.where(df.notna(), None).to_dict("records")


def _print_result(result) -> None:
    counts = result.counts
    sc = result.scenario
    on = ("on a copy of the active simulated tenant (what `remediate` would do now)" if result.on_active_tenant
          else f"(scenario {sc.name!r}, seed {sc.seed})")
    if result.nothing_to_do:   # nothing was recorded: no run ID to name (as `remediate` with nothing pending)
        print(f"SIMULATED {on}: {result.nothing_to_do}; no run recorded")
    else:
        print(f"SIMULATED run {result.run_id} {on}: {result.verdict_changes} verdict change(s), "
              f"{counts['total']} copies")
    for left in result.superseded:
        print(f"  not acted on (as `remediate --pending`): the verdict change of {left['sha256']} "
              f"({left['event_time']}) was superseded by a retrospective CLEAN verdict at {left['clean_at']} "
              "(name it with --sha256 to simulate it anyway)")
    if result.hypothetical:
        print("  as if turning malicious now (no retrospective verdict yet): "
              + ", ".join(result.hypothetical))
    print(f"  succeeded {counts['succeeded']}, failed {counts['failed']}, skipped {counts['skipped']}")
    for key, n in sorted(counts.get("by_reason", {}).items()):
        print(f"    {key:<40} {n}")
    est = result.estimate
    if est.requests:
        print(f"  Graph requests a live run would make: {est.requests} "
              f"({', '.join(f'{k} {v}' for k, v in est.by_endpoint.items())})")
        print(f"  estimated live duration under Graph's limits: {est.seconds:.0f} s "
              f"(busiest mailbox {est.busiest_mailbox}: {est.busiest_requests} requests)")
    else:   # nothing to call: no mailbox to name as the busiest
        print("  Graph requests a live run would make: 0")
    failed = result.outcomes[result.outcomes["status"] == "failed"] if len(result.outcomes) else None
    if failed is not None and len(failed):
        print("  failures (first 20):")
        print(failed[["recipient", "mailbox", "action", "reason", "detail"]].head(20).to_string(index=False))
