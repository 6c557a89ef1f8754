"""`ingest PATH... [--format esa|records] [--appliance NAME] [--by-host] [--json]`, `appliances [--json]` and
`rejects [--json] [--csv FILE]`."""
from __future__ import annotations

import argparse
import sys

from marlib.cli.common import Once, check_output_given, marlib_command, print_json, progress_bar, with_db, write_output


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's subcommands."""
    p = sub.add_parser("ingest", help="load Cisco ESA logs (mail_logs, amp; plain, rotated, .gz, folders) "
                                      "or delivery/verdict records (CSV, JSON lines, Parquet)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (folders are read recursively)")
    p.add_argument("--format", dest="fmt", choices=("auto", "esa", "records"), default="auto",
                   help="auto (by file extension, default), esa, or records")
    p.add_argument("--year", type=int, default=None, action=Once,
                   help="year at the start of a syslog-shaped file (default: the file's time; new lines of a "
                   "file already read continue from its last line's year)")
    p.add_argument("--tz-offset", type=int, default=None, metavar="SECONDS", action=Once,
                   help="UTC offset of log times when the file has no 'Time offset from UTC' line (default: "
                   "0, or for new lines of a syslog file read before, the offset it was last read with; a new "
                   "offset applies from the lines read now, e.g. after a daylight-saving change)")
    p.add_argument("--appliance", metavar="NAME", default=None, action=Once,
                   help="the ESA that wrote these logs (its host name). Each appliance counts MIDs on its own: "
                   "name each one when the logs of several appliances go into one database. A file keeps "
                   "the appliance it was first read as")
    p.add_argument("--by-host", action="store_true",
                   help="one syslog file that several appliances write to: each line's host (the word after the "
                   "time stamp) names its appliance; lines without a host are read as --appliance (or the "
                   "default). Remembered per file, like --appliance")
    p.add_argument("--json", action="store_true", help="print the summary as one JSON object (last line)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(handler=run_ingest)

    a = sub.add_parser("appliances", help="the appliances whose logs are in the database (ingest --appliance), "
                                          "with the base added to their MIDs")
    a.add_argument("--json", action="store_true", help="one JSON object per appliance, then a summary line")
    a.set_defaults(handler=run_appliances)

    r = sub.add_parser("rejects",
                       help="lines that looked like message or verdict lines but could not be parsed")
    r.add_argument("--json", action="store_true", help="one JSON object per reject, then a summary line")
    r.add_argument("--csv", metavar="FILE", help="write all rejects to a CSV file")
    r.add_argument("--limit", type=int, default=50, help="rows to show (default 50; CSV gets all)")
    r.set_defaults(handler=run_rejects)


def run_ingest(args: argparse.Namespace, store) -> int:
    from marlib.ingest.api import ingest_paths
    with progress_bar("ingest", enabled=False if args.no_progress else None, unit="B") as progress:
        summary = ingest_paths(store, args.paths, fmt=args.fmt, progress=progress, year=args.year,
                               tz_offset_s=args.tz_offset, appliance=args.appliance, by_host=args.by_host)
    for warning in summary.warnings():   # on stderr, also with --json
        print(f"warning: {with_db(args, warning)}", file=sys.stderr)   # a command it names acts on this --db
    d = summary.to_dict()
    if args.json:
        d.pop("paths", None)
        print_json(d)
        return 0
    others = [f"{n} {what}" for n, what in ((summary.unchanged_files, "unchanged"), (summary.empty_files, "empty"),
                                            (summary.waiting_files, "with a last line waiting for its newline"))
              if n]
    unchanged = f" ({', '.join(others)})" if others else ""
    print(f"{summary.files} file(s) read{unchanged}, {summary.lines} new line(s) in {summary.seconds:.1f} s: "
          f"{summary.parsed} parsed, {summary.ignored} ignored, {summary.rejects} rejected")
    print(f"added {summary.messages} message(s), {summary.recipients} recipient(s), "
          f"{summary.attachments} attachment(s), {summary.verdict_events} verdict event(s)")
    if summary.rejects:
        print(f"see the rejected lines with: {marlib_command(args, 'rejects')}")
    return 0


def run_appliances(args: argparse.Namespace, store) -> int:
    from marlib.reports import appliances, by_host_files
    df, by_host = appliances(store), by_host_files(store)
    if args.json:
        for row in df.astype(object).where(df.notna(), None).to_dict(orient="records"):
            print_json(row)
        print_json({"appliances": len(df), **by_host})
        return 0
    for row in df.itertuples(index=False):
        name = row.name if isinstance(row.name, str) else "(default: MIDs as logged)"
        where = f"; new files at {row.paths}" if isinstance(row.paths, str) else ""
        print(f"{row.number:>3}  {name}: {row.messages} message(s), {row.files} log file(s), "
              f"stored MID = {row.mid_base} + logged MID{where}")
    if by_host["by_host_files"] or by_host["by_host_paths"]:
        print(f"read by syslog host (--by-host): {len(by_host['by_host_files'])} log file(s)"
              + (f"; new files at {', '.join(by_host['by_host_paths'])}" if by_host["by_host_paths"] else ""))
    return 0


def run_rejects(args: argparse.Namespace, store) -> int:
    import pandas as pd
    from marlib.cli.report_cmd import check_limit
    from marlib.export import to_csv_bytes
    check_limit(args.limit)
    sql = ("SELECT path, line_no, reason, raw, ingested_at, superseded_at FROM ingest_rejects "
           "ORDER BY ingested_at, path, line_no")
    df = store.query_df(sql)
    check_output_given("--csv", args.csv)
    if args.csv:   # as every CSV the tool writes: a BOM for Excel, formula-like cells neutralised
        write_output(args.csv, to_csv_bytes(df), "rejects.csv")
    if args.json:
        for row in df.head(args.limit).to_dict(orient="records"):
            print_json({k: None if k == "superseded_at" and pd.isna(v) else v for k, v in row.items()})
        print_json({"rejects": len(df), "shown": min(len(df), args.limit), "csv": args.csv})
        return 0
    for row in df.head(args.limit).itertuples(index=False):
        # a reject of a records file's earlier content (the file overwritten since: migration 170)
        earlier = "" if pd.isna(row.superseded_at) else \
            f" (earlier content of the file, replaced {row.superseded_at:%Y-%m-%d %H:%M} UTC)"
        print(f"{row.path}:{row.line_no}: {row.reason}{earlier}\n    {row.raw}")
    print(f"{len(df)} reject(s)" + (f", written to {args.csv}" if args.csv else ""), file=sys.stdout)
    return 0
