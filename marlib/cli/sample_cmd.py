"""`python -m marlib sample --out DIR [--messages N] [--seed S] [--days D] [--json]`."""
from __future__ import annotations

import argparse
import shlex
from pathlib import Path

from marlib.cli.common import marlib_command, print_json, progress_bar


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``sample`` subcommand."""
    p = sub.add_parser("sample", help="write a synthetic ESA log + tenant data set",
                       description="Write realistic synthetic Cisco ESA mail_logs and amp logs over several "
                                   "days, and the matching tenant file for the emulator. The same seed "
                                   "gives the same bytes. Ingest DIR/esa; start the emulator with "
                                   "DIR/tenant.json (its apps list is empty: register your own).")
    p.add_argument("--out", required=True, type=Path, metavar="DIR", help="output folder (created)")
    p.add_argument("--messages", type=int, default=2000, metavar="N",
                   help="top-level messages (default 2000)")
    p.add_argument("--seed", type=int, default=7, metavar="S", help="random seed (default 7)")
    p.add_argument("--days", type=int, default=7, metavar="D", help="days of logs (default 7)")
    p.add_argument("--utc-offset", type=int, default=0, metavar="SECONDS",
                   help="appliance clock offset from UTC written in the log headers (default 0)")
    p.add_argument("--no-gzip", action="store_true", help="do not gzip the oldest mail_logs file")
    p.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, store: object) -> int:
    """Generate the sample; the store is not touched."""
    from marlib.errors import InputError
    from marlib.ingest.sample import write_sample

    if args.out.exists() and not args.out.is_dir():
        raise InputError(f"{args.out} is a file, not a folder", advice="give --out a new or existing folder")
    try:
        args.out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the folder {args.out}: {exc.strerror}",
                         advice="give --out a folder you can write to") from exc
    with progress_bar("sample", unit="msg") as progress:
        summary = write_sample(args.out, messages=args.messages, seed=args.seed, days=args.days,
                               utc_offset_s=args.utc_offset, gzip_oldest=not args.no_gzip, progress=progress)
    if args.json:
        print_json(summary)
        return 0
    c, h, t = summary["counts"], summary["hashes"], summary["tenant"]
    print(f"wrote {args.out}: {len(summary['paths'])} files (logs and tenant.json) and summary.json; "
          f"{summary['lines']['mail_logs']} mail_logs events (each mail_logs file adds 3 header lines), "
          f"{summary['lines']['amp']} amp lines")
    print(f"messages {c['messages']} ({c['inbound_messages']} inbound, {c['outbound_messages']} outbound), "
          f"MIDs {c['mids']} (split {c['split_children']}, generated {c['generated_children']}, "
          f"rewritten {c['rewritten_children']}, bounce {c['bounce_children']})")
    print(f"recipients {c['recipients']}: delivered {c['delivered']}, quarantined {c['quarantined']}, "
          f"bounced {c['bounced']}; dropped messages {c['dropped_mids']}")
    print(f"hashes later MALICIOUS {len(h['retro_malicious'])} (of which turned CLEAN again "
          f"{len(h['clean_flip'])}), MALICIOUS at delivery {len(h['malicious_at_delivery'])}")
    print(f"tenant: {t['users']} users ({t['unlicensed']} without mailbox), {t['groups']} groups, "
          f"{t['messages']} messages ({t['moved']} moved, {t['deleted_by_user']} deleted by the user)")
    # the amp log is syslog (no zone) in the appliance's local time: the mail_logs headers say the offset, it
    # does not, so the ingest is told (else each verdict is stored hours off its message)
    offset = f"--tz-offset {args.utc_offset} " if args.utc_offset else ""
    print("next: " + marlib_command(args, f"ingest {offset}{shlex.quote(str(args.out / 'esa'))}"))
    return 0
