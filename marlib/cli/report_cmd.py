"""`report`: the Mailbox Auto Remediation report of the app's Monitor page, on the command line (for cron),
shown or written as CSV / XLSX (cells that a spreadsheet would run as formulas are neutralised)."""
from __future__ import annotations

import argparse
import datetime as dt
import sys

import pandas as pd

from marlib import reports
from marlib.cli.common import output_path, print_json, write_output
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
    r.add_argument("--by", choices=reports.GROUPS, default="recipient", help="group of the mar report")
    r.add_argument("--mode", choices=MODES, default="live",
                   help="live runs (default), runs on the simulated tenant, dry runs, what-if runs, or all")
    r.add_argument("--since", metavar="TIME", help="from this time (ISO 8601, UTC), by the time of the outcome")
    r.add_argument("--until", metavar="TIME", help="until this time (ISO 8601, UTC; a date alone: to the end of "
                                                     "that day)")
    r.add_argument("--csv", metavar="FILE", help="write the rows to a CSV file")
    r.add_argument("--xlsx", metavar="FILE", help="write the rows to an Excel file")
    r.add_argument("--limit", type=int, default=50, help="rows to show (default 50; files get all)")
    r.add_argument("--json", action="store_true", help="one JSON object: totals and rows")
    r.set_defaults(handler=run_report)


def _time(value: str | None, flag: str) -> dt.datetime | None:
    if not value:
        return None
    try:
        t = dt.datetime.fromisoformat(value)
    except ValueError:
        raise InputError(f"{flag} {value!r} is not a time", advice="give ISO 8601, e.g. 2026-11-20 or "
                         "2026-11-20T09:00:00 (UTC)") from None
    if flag == "--until" and len(value.strip()) == 10:   # a date alone: the whole day
        t += dt.timedelta(days=1)
    return t.astimezone(dt.timezone.utc).replace(tzinfo=None) if t.tzinfo else t


def run_report(args: argparse.Namespace, store) -> int:
    for path in (args.csv, args.xlsx):   # a missing folder is said before any work, and before any file
        if path:
            output_path(path)
    mode = None if args.mode == "all" else args.mode
    start, end = _time(args.since, "--since"), _time(args.until, "--until")
    totals = reports.mar_summary(store, mode=mode, start=start, end=end)
    if args.kind == "failed":
        rows = reports.failed_recipients(store, mode=mode, start=start, end=end)
    else:
        rows = reports.mar_by(store, args.by, mode=mode, start=start, end=end, limit=reports.MAX_ROWS)
    rows = with_appliance(rows, reports.appliance_names(store), esa_mid=True)
    if len(rows) >= reports.MAX_ROWS:
        print(f"warning: the report stops at {reports.MAX_ROWS:,} rows; narrow it with --since / --until",
              file=sys.stderr)
    written = [_write(rows, path, fmt) for fmt, path in (("csv", args.csv), ("xlsx", args.xlsx)) if path]
    if args.json:
        records = rows.astype(object).where(rows.notna(), None).to_dict(orient="records")
        print_json({"report": args.kind, "by": args.by if args.kind == "mar" else None, "mode": args.mode,
                    "totals": totals, "rows": records, "files": written})
        return 0
    print(f"Mailbox Auto Remediation ({args.mode}): {totals['succeeded']} succeeded, {totals['failed']} failed, "
          f"{totals['skipped']} skipped; {totals['recipients']} recipient(s), {totals['files']} file(s)")
    if rows.empty:
        print("no copies in this report" + ("" if args.mode == "all" else
                                             " (see `python -m marlib runs`, or try --mode all)"))
    else:
        with pd.option_context("display.max_colwidth", 60, "display.width", 200):
            print(rows.head(max(args.limit, 0)).to_string(index=False))
        if len(rows) > args.limit:
            print(f"... {len(rows) - args.limit} more row(s): --limit N, or --csv / --xlsx FILE for all")
    for path in written:
        print(f"wrote {path}", file=sys.stderr)
    return 0


def _write(rows: pd.DataFrame, path: str, fmt: str) -> str:
    data = to_csv_bytes(rows) if fmt == "csv" else to_xlsx_bytes(rows, "MAR report")
    return str(write_output(path, data))
