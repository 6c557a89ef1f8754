"""`report`: the Mailbox Auto Remediation report of the app's Monitor page, on the command line (for cron),
shown or written as CSV / XLSX (cells that a spreadsheet would run as formulas are neutralised).

Live results are the current tenant's (the mailbox settings') unless ``--tenant`` says otherwise; restores
are their own figure; ``--mode all`` shows each mode's totals and rows apart (a copy counts once per mode)."""
from __future__ import annotations

import argparse
import datetime as dt
import sys

import pandas as pd

from marlib import reports
from marlib.cli.common import check_output_given, marlib_command, output_path, print_json, write_output
from marlib.errors import InputError
from marlib.export import to_csv_bytes, to_xlsx_bytes, with_appliance

KINDS = ("mar", "failed")
MODES = ("live", "simulated", "dry-run", "whatif", "all")


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's subcommands."""
    r = sub.add_parser("report", help="the Mailbox Auto Remediation report: totals and copies by recipient, "
                                      "mailbox, SHA-256, action, reason or status; or the failed recipients")
    r.add_argument("kind", nargs="?", choices=KINDS, default="mar",
                   help="mar (default): totals and one row per group; failed: one row per copy whose latest "
                        "attempt failed (the seed's 'Recipients for whom remediation was unsuccessful')")
    r.add_argument("--by", choices=reports.GROUPS, default=None,
                   help="group of the mar report (default recipient; `report failed` lists copies, ungrouped)")
    r.add_argument("--mode", choices=MODES, default="live",
                   help="live runs (default), runs on the simulated tenant, dry runs, what-if runs, or all")
    r.add_argument("--tenant", metavar="TENANT",
                   help="live runs on this tenant: the current one (default: the mailbox settings'), all, or a "
                        "tenant as `runs` shows it (<tenant GUID>@<Graph host>); runs that recorded no tenant "
                        "count for every tenant")
    r.add_argument("--since", metavar="TIME", help="from this time (ISO 8601, UTC), by the time of the outcome")
    r.add_argument("--until", metavar="TIME", help="until this time (ISO 8601, UTC; a date alone: to the end of "
                                                     "that day)")
    r.add_argument("--csv", metavar="FILE", help="write the rows to a CSV file")
    r.add_argument("--xlsx", metavar="FILE", help="write the rows to an Excel file")
    r.add_argument("--limit", type=int, default=50, help="rows to show (default 50; files get all)")
    r.add_argument("--json", action="store_true", help="one JSON object: totals and rows")
    r.set_defaults(handler=run_report)


def _time(value: str | None, flag: str) -> dt.datetime | None:
    if value is None:
        return None
    if not value.strip():   # `--since "$SINCE"` with the variable unset: not "since the beginning"
        raise InputError(f"{flag} is empty", advice=f"give a time, e.g. {flag} 2026-11-20, or leave {flag} out")
    try:
        t = dt.datetime.fromisoformat(value)
        if flag == "--until" and len(value.strip()) == 10:   # a date alone: the whole day
            t += dt.timedelta(days=1)
    except (ValueError, OverflowError):
        raise InputError(f"{flag} {value!r} is not a time", advice="give ISO 8601, e.g. 2026-11-20 or "
                         "2026-11-20T09:00:00 (UTC), up to 9999-12-30") from None
    return t.astimezone(dt.timezone.utc).replace(tzinfo=None) if t.tzinfo else t


def check_limit(limit: int) -> None:
    """InputError for a negative --limit (0 shows the totals alone)."""
    if limit < 0:
        raise InputError(f"--limit {limit}: give the number of rows to show, 0 or more",
                         advice="--limit 0 shows the totals alone; a --csv file gets every row")


def _check_tenant(store, tenant: str | None) -> None:
    """InputError for a --tenant no live run acted on (a typo, a GUID without its @host): the report would
    count no live copy of it and look like "nothing was remediated there"."""
    if not tenant or tenant.strip().lower() == reports.ALL_TENANTS:
        return
    known = [t.lower() for t in reports.journal_tenants(store)]
    if tenant.strip().lower() in known or tenant.strip().lower() == reports.report_tenant(store):
        return
    raise InputError(f"--tenant {tenant!r}: no live run acted on that tenant",
                     advice="give a tenant as `runs` shows it (<tenant GUID>@<Graph host>"
                            + (f"; here: {', '.join(known)}" if known else "; no live run recorded one yet")
                            + "), or --tenant all")


def _check_by(args: argparse.Namespace) -> None:
    """``--by`` groups the mar report; ``report failed`` lists one row per copy, so a ``--by`` there would be
    ignored and the listing read as grouped: a usage error. Left out, the mar report groups by recipient."""
    if args.kind == "failed" and args.by:
        raise InputError(f"--by {args.by} groups the mar report; `report failed` lists one row per copy, ungrouped",
                         advice=f"leave --by out, or run `report --by {args.by}` for the totals per {args.by}")
    args.by = args.by or "recipient"


def run_report(args: argparse.Namespace, store) -> int:
    _check_by(args)
    for flag, path, example in (("--csv", args.csv, "report.csv"), ("--xlsx", args.xlsx, "report.xlsx")):
        check_output_given(flag, path)   # an empty one, a missing folder: said before any work or file
        if path:
            output_path(path, example)
    mode = None if args.mode == "all" else args.mode
    start, end = _time(args.since, "--since"), _time(args.until, "--until")
    if start and end and start >= end:   # an empty report that would read as "nothing was remediated"
        raise InputError(f"--since {args.since} is not before --until {args.until}",
                         advice="swap them, or give --until a later time (a date alone runs to the end of that day)")
    _check_tenant(store, args.tenant)
    check_limit(args.limit)
    flt = {"mode": mode, "start": start, "end": end, "tenant": args.tenant}
    totals = reports.mar_summary(store, **flt)
    by_mode = reports.mar_modes(store, **flt) if mode is None else None
    if args.kind == "failed":
        rows = reports.failed_recipients(store, **flt)
    else:
        rows = reports.mar_by(store, args.by, limit=reports.MAX_ROWS, **flt)
    rows = with_appliance(rows, reports.appliance_names(store), esa_mid=True)
    if len(rows) >= reports.MAX_ROWS:
        print(f"warning: the report stops at {reports.MAX_ROWS:,} rows; narrow it with --since / --until",
              file=sys.stderr)
    written = [_write(rows, path, fmt) for fmt, path in (("csv", args.csv), ("xlsx", args.xlsx)) if path]
    tenant = reports.report_tenant(store, args.tenant) if args.mode in ("live", "all") else None
    if args.json:
        records = rows.astype(object).where(rows.notna(), None).to_dict(orient="records")
        out = {"report": args.kind, "by": args.by if args.kind == "mar" else None, "mode": args.mode,
               "tenant": tenant or ("all" if args.mode in ("live", "all") else None), "totals": totals,
               "rows": records, "files": written}
        if by_mode is not None:
            out["by_mode"] = {r.pop("mode"): r for r in by_mode.to_dict(orient="records")}
        print_json(out)
        return 0
    _print_header(args, totals, by_mode, tenant)
    if rows.empty:
        print("no copies in this report" + ("" if args.mode == "all" else
                                             f" (see `{marlib_command(args, 'runs')}`, or try --mode all)"))
    else:
        keep = (("planned",) if args.mode == "dry-run" else ()) + (("tenant",) if args.by == "tenant" else ())
        shown = _without_empty_columns(rows, keep=keep)
        if args.limit:   # none: the totals alone (pandas would print "Empty DataFrame")
            with pd.option_context("display.width", 200):
                print(_cut_long_text(shown.head(args.limit)).to_string(index=False))
        if len(rows) > args.limit:
            print(f"... {len(rows) - args.limit} more row(s): --limit N, or --csv / --xlsx FILE for all")
    for path in written:
        print(f"wrote {path}", file=sys.stderr)
    return 0


def _print_header(args: argparse.Namespace, totals: dict, by_mode: pd.DataFrame | None, tenant: str | None) -> None:
    """The totals line (one per mode with --mode all, as a copy counts once in each mode it is in)."""
    where = args.mode if args.mode != "all" else "all modes, each apart"
    if args.mode in ("live", "all"):
        every = (args.tenant or "").strip().lower() == reports.ALL_TENANTS
        where += ", " + (f"tenant {tenant}" if tenant else "all tenants" if every
                         else "every tenant: no mailbox settings")
    if by_mode is None:
        print(f"Mailbox Auto Remediation ({where}): {_totals_text(totals, args.mode == 'dry-run')}")
        return
    print(f"Mailbox Auto Remediation ({where}):")
    for row in by_mode.to_dict(orient="records"):
        print(f"  {row['mode']}: {_totals_text(row, row['mode'] == 'dry-run')}")


def _totals_text(t: dict, plans: bool) -> str:
    """``12 succeeded, 2 failed, 8 skipped[, 5 planned][; 12 restored, 0 restore failed]; ...``"""
    text = f"{t['succeeded']} succeeded, {t['failed']} failed, {t['skipped']} skipped"
    if plans or t["planned"]:
        text += f", {t['planned']} planned"
    if t["restored"] or t["restore_failed"]:
        text += f"; {t['restored']} restored, {t['restore_failed']} restore failed (moved back: not remediated)"
    return text + f"; {t['recipients']} recipient(s), {t['files']} file(s)"


# free text cut on screen (files get it whole); hashes, addresses and ids are never cut: they are copied
_CUT_COLUMNS = ("file_names", "filename", "detail")


def _cut_long_text(rows: pd.DataFrame, width: int = 60) -> pd.DataFrame:
    """``rows`` with the free text of ``_CUT_COLUMNS`` cut to ``width`` characters (a lure's 300-character file
    name printed whole on each line; to_string reads no display.max_colwidth)."""
    cut = {c: rows[c].map(lambda v: v[:width - 1] + "…" if isinstance(v, str) and len(v) > width else v)
           for c in _CUT_COLUMNS if c in rows.columns}
    return rows.assign(**cut)


def _without_empty_columns(rows: pd.DataFrame, keep: tuple[str, ...] = ()) -> pd.DataFrame:
    """The table as printed: the planned and restore columns only where some row has one, the tenant only
    where some row acted on one (simulated and dry runs act on none: a column of None); files get all."""
    empty = [c for c in ("planned", *reports.RESTORE_OUTCOMES)
             if c in rows.columns and c not in keep and not rows[c].any()]
    if "tenant" in rows.columns and "tenant" not in keep and rows["tenant"].isna().all():
        empty.append("tenant")
    rows = rows.drop(columns=empty)
    if "tenant" in rows.columns:   # --mode all: live rows have one, the others none ("-", not None or NaN)
        rows = rows.assign(tenant=rows["tenant"].astype(object).where(rows["tenant"].notna(), "-"))
    return rows


def _write(rows: pd.DataFrame, path: str, fmt: str) -> str:
    data = to_csv_bytes(rows) if fmt == "csv" else to_xlsx_bytes(rows, "MAR report")
    return str(write_output(path, data, f"report.{fmt}"))
