"""`policy`, `remediate`, `restore`, `alerts`, `watch`, `runs`: thin adapters over marlib.remediation."""
from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

from marlib.cli.common import (STILL_STOPPING, Once, StopEvent, add_json_option, lines_to_stderr, marlib_command,
                               print_changes, print_json, progress_bar, say_from_signal_handler, with_db)
from marlib.errors import InputError
from marlib.models import APPLIANCE_MID_SPAN, POLICY_ACTIONS, Action
from marlib.remediation import alerts as alerts_mod
from marlib.reports import appliance_names, remediation_runs
from marlib.remediation import policies as pol
from marlib.remediation.backend import open_backend
from marlib.remediation.engine import EngineOptions
from marlib.remediation.run import RunResult, check_sha256, outage_notice, remediate, restore, runs
from marlib.remediation.run import plural as _plural
from marlib.remediation.watch import StepBackend, WatchStep, check_paths, watch


TENANT_HELP = """tenant (shown on the first line of output; `settings show` tells which is active):
  graph (default; `settings tenant graph`, or MARLIB_TENANT_MODE=graph): the Office 365 mailbox
      settings (`settings set ...`): Microsoft Graph, or the emulator when the authority is not
      Microsoft's. Live runs need `settings enable` (the app's "Enable Office 365 Mailbox Settings").
  simulated (`settings tenant simulated [--tenant-file FILE]`, or MARLIB_TENANT_MODE=simulated): the
      in-process simulated tenant, no Office 365 needed. Its state is kept in
      <data dir>/<db name>.simulated_tenant.json (a run's changes appended to the .journal beside
      it, which every command applies); the first run loads the tenant file (MARLIB_TENANT_FILE or
      --tenant-file; the seeded default database uses data/sample/tenant.json), else builds a
      tenant from the ingested data.
"""


OUTAGE_HELP = f"""
outage: when Graph, Entra or the proxy stops answering (connection refused or reset, DNS, timeout, TLS),
  or answers only server errors (500, 502, 503, 504 after retries; not 429 throttling), for
  {EngineOptions().outage_after} copies in a row, the run starts no further copy and ends with exit code 3
  and a notice on stderr; the copies not done stay in the journal and the next run does each once.
off a terminal (cron, CI, systemd) a plain progress line goes to stderr about every 10 s.
"""
EXIT_OUTAGE = 3   # the run stopped early: the service stopped answering or answered 5xx (see OUTAGE_HELP)


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's subcommands."""
    p = sub.add_parser("policy", help="incoming mail policies: Mailbox Auto Remediation on/off and action")
    psub = p.add_subparsers(dest="policy_command", metavar="{set,list}", required=True)
    ps = psub.add_parser("set", help="create or change a policy's remediation settings")
    ps.add_argument("name", help="policy name as in the mail logs (e.g. DEFAULT)")
    ps.add_argument("--mar", choices=["on", "off"],
                    help="Mailbox Auto Remediation (default: as the policy has it; a new policy needs it)")
    ps.add_argument("--action", choices=[a.value for a in POLICY_ACTIONS],
                    help="default: as the policy has it; a new policy needs it")
    ps.add_argument("--forward-to", metavar="ADDR",
                    help="administrator address (forward actions; default: as the policy has it)")
    add_json_option(ps)
    ps.set_defaults(handler=_policy_set)
    pl = psub.add_parser("list", help="policies known from the logs and added by hand")
    pl.add_argument("--json", action="store_true", help="one JSON list")
    pl.set_defaults(handler=_policy_list)

    r = sub.add_parser("remediate", help="forward/delete every delivered copy of files turned malicious",
                       epilog=TENANT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    g = r.add_mutually_exclusive_group(required=True)
    g.add_argument("--sha256", metavar="HEX", action="append", help="a file's SHA-256 (repeatable)")
    g.add_argument("--pending", action="store_true",
                   help="every verdict change not yet handled, and copies whose last attempt failed for "
                        "connectivity/throttling/authentication; changes a later retrospective CLEAN "
                        "verdict superseded are left out (`changes` lists them)")
    r.add_argument("--dry-run", action="store_true", help="show the plan; change no mailbox")
    r.add_argument("--json", action="store_true", help="end with one JSON object")
    r.add_argument("--workers", type=int, default=None, help="parallel requests over all mailboxes")
    r.set_defaults(handler=_remediate)
    r.epilog = (r.epilog or "") + OUTAGE_HELP

    s = sub.add_parser("restore", help="after a retrospective CLEAN verdict: move the copies a remediation moved "
                                          "to Junk or Deleted Items back to their folder",
                       epilog=TENANT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    s.add_argument("--sha256", metavar="HEX", required=True, action=Once,
                   help="the file's SHA-256 (one; run restore once per file)")
    s.add_argument("--json", action="store_true", help="end with one JSON object (like remediate --json)")
    s.set_defaults(handler=_restore)

    a = sub.add_parser("alerts", help="connectivity alerts, newest first")
    a.add_argument("--json", action="store_true", help="one JSON list")
    a.set_defaults(handler=_alerts)

    w = sub.add_parser("watch", help="follow ESA logs and remediate new retrospective verdicts",
                       epilog=TENANT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    w.add_argument("paths", nargs="+", metavar="PATH")   # made Paths once checked: Path("") is the current folder
    w.add_argument("--interval", type=float, default=5.0, metavar="S", help="seconds between steps")
    w.set_defaults(handler=_watch)

    c = sub.add_parser("changes", help="retrospective verdict changes (the SHA-256s remediate acts on)",
                       description="Every retrospective MALICIOUS verdict that changed a clean/unknown/"
                                   "low-risk verdict: SHA-256, file names, time, previous verdict, affected "
                                   "copies (one per Message-ID and recipient, the rows `remediate --sha256 "
                                   "HEX --dry-run` lists), how many of them were delivered to a mailbox, "
                                   "and its state for the current tenant: pending (not handled "
                                   "yet), retry (handled; copies failed for connectivity, throttling or "
                                   "authentication and `remediate --pending` tries them again), handled, "
                                   "running, superseded (a later retrospective CLEAN verdict: "
                                   "`remediate --pending` leaves it alone; `--sha256` still acts).")
    c.add_argument("--pending", action="store_true", help="only what `remediate --pending` would handle")
    c.add_argument("--json", action="store_true", help="one JSON list")
    c.set_defaults(handler=_changes)

    u = sub.add_parser("runs", help="recent remediation runs")
    u.add_argument("--json", action="store_true", help="one JSON list")
    u.set_defaults(handler=_runs)


def _policy_set(args, store) -> int:
    known = {p.name: p for p in pol.list_policies(store)}
    old = known.get(args.name)
    if old is None and (args.mar is None or args.action is None):
        raise InputError(f"policy {args.name!r} is new: give both --mar and --action",
                         advice=pol.policy_hint(args.name, known) or f"see `{marlib_command(args, 'policy list')}`")
    if old is not None and args.mar == "on" and not old.mar_enabled and args.action is None:
        # the action a policy has while MAR is off is a placeholder nobody chose (delete, for one learned
        # from the logs): turning MAR on takes a chosen one
        raise InputError(f"policy {args.name!r}: turning Mailbox Auto Remediation on needs --action",
                         advice="give --action (forward, delete, forward-delete, move-junk or move-deleted)")
    mar = old.mar_enabled if args.mar is None else args.mar == "on"
    action = old.action if args.action is None else args.action
    forward_to = args.forward_to if args.forward_to is not None else (old.forward_to if old else None)
    p = pol.set_policy(store, args.name, mar=mar, action=action, forward_to=forward_to)
    forwards = p.action in (Action.FORWARD.value, Action.FORWARD_DELETE.value)
    with lines_to_stderr(args):
        print(f"policy {p.name}: MAR {'on' if p.mar_enabled else 'off'}, action {p.action}"
              + (f", forward to {p.forward_to}" if p.forward_to and forwards else "")
              + (f" (forward address {p.forward_to} kept for a forwarding action)" if p.forward_to and not forwards
                 else ""))
    if old is None and p.source != "logs":
        hint = pol.policy_hint(args.name, known)
        print(f"note: no mail in the logs uses policy {p.name!r} yet; it was added by hand"
              + (f" ({hint})" if hint else ""), file=sys.stderr)
    if args.json:   # a new policy: every field changed from null
        print_changes("policy set", old.as_dict() if old else {}, p.as_dict(), new_policy=old is None)
    return 0


def _policy_list(args, store) -> int:
    items = pol.list_policies(store)
    if args.json:
        print_json([p.as_dict() for p in items])
        return 0
    if not items:
        print("no policies known yet (ingest logs, or `policy set NAME ...`)")
    for p in items:
        print(f"{p.name:30} MAR {'on ' if p.mar_enabled else 'off'}  {p.action:15} "
              f"{p.forward_to or '-':30} ({p.source})")
    return 0


def _print_result(result: RunResult, as_json: bool, backend: str, store, args) -> None:
    names = appliance_names(store)
    nothing_to_do = with_db(args, result.nothing_to_do)   # a command it names acts on this --db
    if as_json:
        payload = result.to_json()
        if nothing_to_do:
            payload["nothing_to_do"] = nothing_to_do
        if payload.get("outage"):
            outage = payload["outage"]
            outage["advice"], outage["notice"] = with_db(args, outage["advice"]), with_db(args, outage["notice"])
        for o in payload["outcomes"]:   # the MID as the appliance logged it, and which appliance
            known = o["mid"] is not None
            o["esa_mid"] = o["mid"] % APPLIANCE_MID_SPAN if known else None
            o["appliance"] = names.get(o["mid"] // APPLIANCE_MID_SPAN) if known else None
        print_json(payload)
        return
    for r in result.resumed:
        print(f"resumed interrupted run {r.run_id}: {_summary(r.counts)}")
    for s in result.superseded:
        print(f"not acted on: the verdict change of {s['sha256']} ({s['event_time']}) was superseded by a "
              f"retrospective CLEAN verdict at {s['clean_at']} (use --sha256 to act anyway)")
    if nothing_to_do:   # no run was recorded: none is shown
        print(f"{nothing_to_do}; no run recorded")
    else:
        print(f"run {result.run_id} ({result.mode}, {result.changes} verdict change(s))")
    df = result.outcomes.astype(object)
    for o in df.where(df.notna(), None).to_dict("records"):
        print(f"  {o['status']:9} {o['reason'] or '':20} {o['action']:14} {o['mailbox']:32} "
              f"MID {_mid_text(o['mid'], names)} {o.get('filename') or ''}"
              + (f"  ({o['detail']})" if o.get("detail") else ""))
    if result.nothing_to_do:   # what resumed runs did is still this command's work
        if result.resumed:
            print(f"total: {_summary(result.total_counts)} [tenant: {backend}]")
        return
    if result.resumed:   # the resumed runs did the work a crash left: the last line counts it too
        print(f"this run: {_summary(result.counts)}")
        print(f"total: {_summary(result.total_counts)} [tenant: {backend}]")
    else:
        print(f"{_summary(result.counts)} [tenant: {backend}]")


def _mid_text(mid, names: dict[int, str]) -> str:
    """A stored mid as the appliance logged it, with the appliance's name when it has one."""
    if mid is None:
        return "-"
    name = names.get(int(mid) // APPLIANCE_MID_SPAN)
    return f"{int(mid) % APPLIANCE_MID_SPAN} on {name}" if name else str(int(mid))


def _summary(counts: dict) -> str:
    return ", ".join(f"{counts.get(k, 0)} {k}" for k in ("succeeded", "failed", "skipped", "planned"))


def _remediate(args, store) -> int:
    if args.workers is not None and args.workers < 1:   # 0 was taken as the default, a negative number passed on
        raise InputError(f"--workers {args.workers}: give the number of parallel requests, 1 or more",
                         advice="leave --workers out for the default")
    options = EngineOptions(max_workers=args.workers) if args.workers else None
    if args.sha256 is not None:   # before the tenant is opened (a simulated one loads) and named
        args.sha256 = [check_sha256(s) for s in args.sha256]
    if args.dry_run:
        print("tenant: none (dry run: no mailbox is called)", file=sys.stderr if args.json else sys.stdout)
        result = remediate(store, None, sha256=args.sha256, pending=args.pending, dry_run=True,
                           done_mode=_journal_mode(store))
        _print_result(result, args.json, "none (dry run)", store, args)
        return 0
    with open_backend(store) as backend:
        print(f"tenant: {backend.description}", file=sys.stderr if args.json else sys.stdout)
        with progress_bar("remediate", unit="copy", lines="copies") as progress:
            result = remediate(store, backend.mailboxes, sha256=args.sha256, pending=args.pending,
                               progress=progress, options=options)
    # the result once the tenant is closed (its state kept): a Ctrl-C meanwhile is an interruption, and one
    # after the result is printed changes nothing (a --json reader's last line is the result)
    _print_result(result, args.json, backend.description, store, args)
    return _outage_exit(result, args)


def _restore(args, store) -> int:
    check_sha256(args.sha256)   # before the tenant is opened (a simulated one loads) and named
    with open_backend(store) as backend:
        print(f"tenant: {backend.description}", file=sys.stderr if args.json else sys.stdout)
        with progress_bar("restore", unit="copy", lines="copies") as progress:
            result = restore(store, backend.mailboxes, args.sha256, progress=progress)
    _print_result(result, args.json, backend.description, store, args)   # once the tenant is closed, as remediate
    return _outage_exit(result, args)


def _outage_exit(result: RunResult, args) -> int:
    """0; EXIT_OUTAGE with the notice on stderr when the run stopped because the service stopped answering."""
    notice = with_db(args, outage_notice(result))   # `settings proxy URL` it may name acts on this --db
    if notice is None:
        return 0
    print(f"warning: {notice}", file=sys.stderr, flush=True)
    return EXIT_OUTAGE


def _journal_mode(store) -> str:
    from marlib.remediation.backend import journal_mode
    return journal_mode(store)


def _changes(args, store) -> int:
    from marlib.remediation.run import change_list
    df = change_list(store, mode=_journal_mode(store), pending=args.pending)
    if args.json:
        out = df.astype(object).where(df.notna(), None)
        records = out.to_dict("records")
        for r in records:
            for key in ("event_time", "handled_at", "clean_at"):
                r[key] = None if r[key] is None else str(r[key])
        print_json(records)
        return 0
    if len(df) == 0:
        print("no pending verdict change" if args.pending else
              "no retrospective verdict change known (ingest the amp / mail logs first)")
        return 0
    rows = df.astype(object).where(df.notna(), None).to_dict("records")
    states = []
    for r in rows:
        state = r["state"] + (f" ({r['retryable']} to retry)" if r["state"] == "retry" else "")
        if r["state"] == "superseded":
            state += f" (CLEAN at {str(r['clean_at'])[:19]})"
        states.append(state)
    width = max([10] + [len(s) for s in states])
    print(f"{'SHA-256':64}  {'time (UTC)':19}  {'previous -> verdict':>23}  {'copies':>10}  {'delivered':>9}  "
          f"{'state':{width}}  files")
    for r, state in zip(rows, states):
        print(f"{r['sha256']}  {str(r['event_time'] or '-'):19.19}  {r['previous_verdict']:>10} -> "
              f"{r['verdict']:9}  {_plural(r['copies'], 'copy', 'copies'):>10}  {r['delivered']:>9}  "
              f"{state:{width}}  {r['filenames'] or '-'}")
    print(f"copies: one per Message-ID and recipient, as `{marlib_command(args, 'remediate --sha256 HEX --dry-run')}` "
          "lists them; delivered: those in a mailbox, which a run acts on where the policy has Mailbox Auto "
          "Remediation on (a group's copy: one per member mailbox)")
    counts = df["state"].value_counts()
    print(", ".join(f"{int(n)} {s}" for s, n in counts.items()))
    return 0


def _alerts(args, store) -> int:
    df = alerts_mod.list_alerts(store)
    if args.json:
        df = df.astype(object).where(df.notna(), None)
        print_json(df.to_dict("records"))
        return 0
    if len(df) == 0:
        print("no alerts")
    for a in df.to_dict("records"):
        state = "open" if a["cleared_at"] is None or str(a["cleared_at"]) in ("NaT", "None") \
            else f"cleared {a['cleared_at']}"
        # the advice stored with the alert names commands without --db: with_db adds the one given here
        detail = f" - {with_db(args, a['detail'])}" if a["detail"] else ""
        print(f"{a['raised_at']} {a['level']:5} {a['message']} [{state}]{detail}")
    return 0


def _runs(args, store) -> int:
    from marlib.remediation.run import journal_tenant
    df = runs(store)
    current = journal_tenant(store, None, "live")
    if args.json:
        df = df.astype(object).where(df.notna(), None)
        rows = df.to_dict("records")
        for r in rows:   # a list, as in `remediate --json`'s changes (the table keeps them comma-joined)
            r["sha256s"] = [h for h in (r["sha256s"] or "").split(",") if h]
        print_json(rows)
        return 0
    if len(df) == 0:
        print("no remediation runs yet")
    # what-if runs (simulate, compare, replay) are journaled as simulated; shown as the report names them
    # (`report --mode whatif`), so `report --mode simulated` is not looked at for them in vain
    whatif = set(remediation_runs(store, mode="whatif", limit=len(df))["run_id"]) if len(df) else set()
    for r in df.astype(object).where(df.notna(), None).to_dict("records"):
        mode = "whatif" if r["run_id"] in whatif else r["mode"]
        print(f"{r['started_at']} {r['run_id']} {mode:9} {r['trigger'] or '':8} {r['state']:11} "
              f"{_run_counts(r, current)}{_run_tenant(r)}")
    return 0


def _run_tenant(run: dict) -> str:
    """`` [tenant: <GUID>@<Graph host>]`` for a live run (one from before tenants were recorded says so)."""
    if run["mode"] != "live":
        return ""
    return f" [tenant: {run['tenant'] or 'not recorded'}]"


def _run_counts(run: dict, current: str | None = None) -> str:
    """A finished run's counts; a running or interrupted one's progress so far (the journal's); ``current``:
    the live tenant the settings name (an interrupted live run of another one waits for that one)."""
    if run["state"] == "finished":
        return _summary(run["counts"]) if isinstance(run["counts"], dict) else ""
    if run["state"] == "stopped":   # the simulated tenant's: its journal was in memory, nothing resumes it
        counts = run["counts"] if isinstance(run["counts"], dict) else {}
        left = counts.get("planned", 0)
        return (_summary(counts) + f"; stopped before its end: {_plural(left, 'copy', 'copies')} not started, "
                f"which the next {run['mode']} run plans again")
    progress = run["progress"] if isinstance(run["progress"], dict) else {}
    done = progress.get("total", 0) - progress.get("planned", 0)
    text = f"{done} of {progress.get('total', 0)} copies done so far"
    if done:
        text += f" ({_summary(progress)})"
    if run["state"] == "interrupted" and run["mode"] == "live" and run.get("tenant") and current \
            and run["tenant"] != current:
        text += (f"; it acted on tenant {run['tenant']}, not on the one the settings name now: a live run resumes "
                 "it once the mailbox settings point at that tenant again")
    elif run["state"] == "interrupted":
        text += f"; the next {run['mode']} run (remediate or a watch step) resumes it"
    return text


def _watch(args, store) -> int:
    check_paths(args.paths)   # before any signal handler or backend: a typo fails at once (exit 2)
    args.paths = [Path(p) for p in args.paths]
    if not args.interval > 0:   # 0, a negative number or nan: a busy loop over the logs and the database
        raise InputError(f"--interval {args.interval:g}: give the seconds between two steps, more than 0",
                         advice="e.g. --interval 10 (the default is 5)")
    stop = StopEvent()
    asked: list[int] = []

    def on_signal(signum, frame) -> None:
        asked.append(signum)
        if len(asked) == 1:
            say_from_signal_handler("stopping: each copy in flight stops before its next step (the next run resumes "
                                    "it)...")
            stop.set()
        elif len(asked) == 2:   # said once: Ctrl-C pressed again (and again) while the stop is on its way
            say_from_signal_handler(STILL_STOPPING)

    # for the watch only: a caller in the same process (a notebook, a test) gets its own handlers back after it
    before = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        return _watch_steps(args, store, stop)
    finally:
        for sig, handler in before.items():
            signal.signal(sig, handler)


def _failed_reasons(args, result: RunResult) -> str:
    """``; failed: not_o365_user 2, ... (`report failed` lists them)`` for a watch step's run with failed copies:
    watch prints no line per copy, so why they failed and where to see them."""
    failed = {key.split(":", 1)[1]: n for key, n in result.counts.get("by_reason", {}).items()
              if key.startswith("failed:") and n}
    if not failed:
        return ""
    report = marlib_command(args, "report failed" + ("" if result.mode == "live" else f" --mode {result.mode}"))
    reasons = ", ".join(f"{reason} {n}" for reason, n in sorted(failed.items()))
    return f"; failed: {reasons} (`{report}` lists them)"


def _watch_steps(args, store, stop: threading.Event) -> int:
    def on_step(step: WatchStep) -> None:
        if step.notice:
            print(with_db(args, step.notice), flush=True)
        for r in step.runs:
            left = int(r.counts.get("planned", 0) or 0)
            stopped = (f"; stopped before {left} cop{'y' if left == 1 else 'ies'}: the next run (watch, or "
                       f"`{marlib_command(args, 'remediate --pending')}`) resumes {'it' if left == 1 else 'them'}"
                       if left and stop.is_set() and r.mode == "live" else "")
            print(f"run {r.run_id} ({r.mode}): {_summary(r.counts)}{_failed_reasons(args, r)}{stopped}", flush=True)
        if step.outage:
            print(f"warning: {with_db(args, step.outage)}", file=sys.stderr, flush=True)
        if step.error:
            print(f"warning: {with_db(args, step.error)}", file=sys.stderr, flush=True)

    # the tenant is looked at again before every step: `settings disable` stops remediation (watch goes on
    # ingesting), `settings set` / `settings tenant` take effect without a restart
    with StepBackend(store) as tenant:
        backend = tenant.open()
        print(f"tenant: {backend.description}; watching {', '.join(map(str, args.paths))} "
              f"every {args.interval:g} s", flush=True)
        # off a terminal (systemd, a pipe) a long run's progress is a plain line on stderr about every 10 s
        with progress_bar("remediate", unit="copy", lines="copies", bar=False) as progress:
            steps = watch(store, args.paths, interval_s=args.interval, stop=stop, on_step=on_step,
                          backend=tenant, progress=progress)
    print(f"watch stopped after {steps} step(s)", flush=True)
    return 0
