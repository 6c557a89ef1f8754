"""`python -m marlib [--db FILE] COMMAND ...`: a thin adapter over the library.

Each module in COMMAND_MODULES owns its subcommands through
``register(subparsers)``; a handler is ``handler(args, store) -> int``.
MarlibError becomes a clear message (and advice) on stderr and exit code 2; a database or simulated tenant
another process held past the bounded wait exits EXIT_BUSY (75) instead, so that a script can retry later.
"""
from __future__ import annotations

import argparse
import errno
import importlib
import json
import logging
import os
import re
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import duckdb

from marlib.cli.common import STILL_STOPPING, quiet_streams, say, say_from_signal_handler, with_db
from marlib.errors import MarlibError, StoreError, StoreLockedError, TenantLockedError
from marlib.store import Store, default_db_path

COMMAND_MODULES = (
    "marlib.cli.ingest_cmd",        # ingest, appliances, rejects
    "marlib.cli.sample_cmd",        # sample
    "marlib.cli.connection_cmd",    # cert, settings, check-connection
    "marlib.cli.remediation_cmd",   # policy, remediate, restore, alerts, watch, runs
    "marlib.cli.whatif_cmd",        # simulate, compare, replay
    "marlib.cli.report_cmd",        # report
    "marlib.cli.app_cmd",           # app, seed
)


# Another process held the database file (or the simulated tenant, the remediation journal) past the bounded
# wait: "try again later", not "your command is wrong" (2). 75 is EX_TEMPFAIL of sysexits.h.
EXIT_BUSY = 75
_BUSY = (StoreLockedError, TenantLockedError)

# Commands that only make sense on a database that already exists (a command, or a command and its action).
NEEDS_DATA = frozenset({"changes", "runs", "alerts", "rejects", "appliances", "remediate", "restore", "simulate",
                        "compare", "replay", "report", "check-connection", ("settings", "show"),
                        ("policy", "list")})
# Commands that never open the database (`sample` writes files only, so it may come first on a new folder).
NO_STORE = frozenset({"sample", "cert"})


class UsageError(Exception):
    """The command line cannot be read (argparse's error), raised instead of exiting so that ``--json`` still
    ends with one JSON object."""

    def __init__(self, parser: argparse.ArgumentParser, message: str) -> None:
        super().__init__(message)
        self.parser, self.message = parser, message


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):   # type: ignore[override]
        raise UsageError(self, message)

    def _print_message(self, message: str, file=None) -> None:   # type: ignore[override]
        """``--help`` into a closed pipe or a full disk: argparse drops the error and exits 0, the help lost; it
        reaches main, which exits as for any other output that could not be written (141, or 2)."""
        if message:
            file = sys.stdout if file is None else file
            if file is not None:
                file.write(message)
                file.flush()


def _missing_command(exc: UsageError) -> bool:
    """Whether argparse refused a command line that names no command (or no action of `settings`, `cert`,
    `policy`): the only required argument of a parser with subcommands is the subcommand."""
    return exc.parser._subparsers is not None and exc.message.startswith("the following arguments are required")


def _usage_error(exc: UsageError, argv: Sequence[str]) -> int:
    """What argparse prints for a command line it cannot read (usage and the error, exit 2), then, when the
    command line asks for ``--json``, the error as the JSON object that output promises last."""
    # `python -m marlib` alone: the commands to choose from, not only "COMMAND"
    say((exc.parser.format_help() if _missing_command(exc) else exc.parser.format_usage()).rstrip("\n"))
    say(f"{exc.parser.prog}: error: {exc.message}")
    advice = f"see `{exc.parser.prog} --help`"
    if re.search(r"unrecognized arguments:.*(^| )--db( |=|$)", exc.message):   # typed after the command
        advice = "give --db before the command: `python -m marlib --db FILE COMMAND ...`"
        say(f"what to do: {advice}")
    if "--json" in argv:
        say(json.dumps({"ok": False, "error": "UsageError", "message": exc.message,
                        "advice": advice, "code": "usage"}), sys.stdout)
    return 2


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m marlib",
        description="Mailbox auto remediation: ingest ESA logs, find delivered copies of files "
                    "later judged malicious, forward/delete them through Microsoft Graph.")
    parser.add_argument("--db", metavar="FILE", default=None,
                        help=f"DuckDB database file (default: $MARLIB_DB, else {default_db_path()})")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _by_ctrl_c(exc: BaseException) -> bool:
    """Ctrl-C seen through a library: DuckDB's Python client raises RuntimeError("Query interrupted") when
    it lands in a query, numba a SystemError with the KeyboardInterrupt as its cause in compiled code."""
    seen: BaseException | None = exc
    for _ in range(10):  # a short chain; never loop on a cyclic one
        if seen is None:
            break
        if isinstance(seen, KeyboardInterrupt | duckdb.InterruptException) or (
                isinstance(seen, RuntimeError) and str(seen) == "Query interrupted"):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


# What a Ctrl-C leaves, by command: the store is consistent either way (every file, remediation step and
# run record is its own transaction), but only some commands have work a re-run resumes.
_AFTER_CTRL_C = {
    "ingest": "run the command again to resume where it stopped (files read whole are kept)",
    "watch": "run the command again to resume where it stopped",
    "remediate": "run the command again to resume where it stopped: copies already done are not done again",
    "restore": "run the command again to resume where it stopped: copies already moved back stay so",
    "sample": "the folder may hold part of the files; run the command again (the same seed writes the same "
              "bytes)",
    "seed": "run the command again: the sample is loaded file by file, and files loaded whole are kept",
}


def _interrupted(args: argparse.Namespace, terminated: bool = False) -> int:
    """A Ctrl-C (exit 130), or a SIGTERM taken as one (``terminated``: exit 143, as a process ended by it)."""
    advice = _AFTER_CTRL_C.get(args.command, "nothing was changed; run the command again")
    by = "SIGTERM" if terminated else "Ctrl-C"
    say(f"interrupted{' (SIGTERM)' if terminated else ''}; {advice}")
    if getattr(args, "json", False):   # --json promises one JSON object as the last line
        say(json.dumps({"ok": False, "error": "Interrupted", "message": f"interrupted ({by})",
                        "advice": advice, "code": "interrupted"}), sys.stdout)
    return 143 if terminated else 130


# commands with SIGTERM handling of their own: watch stops its steps, app hands it to Streamlit
_OWN_SIGTERM = frozenset({"watch", "app"})


@contextmanager
def _sigterm_as_ctrl_c(args: argparse.Namespace, terminated: list[bool], stops: list[int]) -> Iterator[None]:
    """A SIGTERM (`timeout`, systemd, `kill`) stops a one-off command as a Ctrl-C does: copies in flight stop
    before their next step, a write that must not be cut in two finishes first (``ctrl_c_held``), and --json
    still ends with its one object. Python's default for SIGTERM was to die on the spot, the JSON line cut."""
    if (args.command in _OWN_SIGTERM or threading.current_thread() is not threading.main_thread()
            or signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL):
        yield
        return

    def as_ctrl_c(signum, frame) -> None:
        if not stops:   # the first stop decides the exit code: after a Ctrl-C, a SIGTERM only says "still stopping"
            terminated[0] = True
        # through SIGINT's handler as it is now (Python's raises KeyboardInterrupt; ctrl_c_held's holds it); a
        # command started in a script's background (`cmd &`) has SIGINT ignored: SIGTERM still stops it, once
        handler = signal.getsignal(signal.SIGINT)
        if callable(handler):
            handler(signal.SIGTERM, frame)   # a holder of it raises it later, also when SIGINT is ignored
        else:
            _take_stop(stops, signum)
    signal.signal(signal.SIGTERM, as_ctrl_c)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _take_stop(stops: list[int], signum: int) -> None:
    """A stop signal in a handler: the first raises KeyboardInterrupt, the second says once "still stopping"."""
    stops.append(signum)
    if len(stops) == 1:
        raise KeyboardInterrupt
    if len(stops) == 2:
        say_from_signal_handler(STILL_STOPPING)


@contextmanager
def _ctrl_c_once(args: argparse.Namespace, stops: list[int]) -> Iterator[None]:
    """The first Ctrl-C (or SIGTERM, taken as one) stops the command, raising KeyboardInterrupt as Python's own
    handler does; the next ones, while it stops (copies in flight ending their step, the run's record written), say
    once that it is still stopping. A second KeyboardInterrupt landed in that cleanup: it cut the wait for the
    copies in flight short, or, in a finalizer (urllib3 closing its connections), printed "Exception ignored in"
    tracebacks."""
    if (args.command in _OWN_SIGTERM or threading.current_thread() is not threading.main_thread()
            or signal.getsignal(signal.SIGINT) is not signal.default_int_handler):   # ignored (`cmd &`), or a caller's
        yield
        return
    signal.signal(signal.SIGINT, lambda signum, _frame: _take_stop(stops, signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def _action(args: argparse.Namespace) -> tuple[str, str | None]:
    return args.command, getattr(args, f"{args.command.replace('-', '_')}_command", None)


def _check_database_path(args: argparse.Namespace, store: Store) -> None:
    """A mistyped --db must not quietly create an empty database (and report "nothing", or store settings
    where no later command looks): a reading command refuses a path without a database, and a command that
    creates one on first use refuses a folder that does not exist rather than creating folders."""
    if args.db is not None and not str(args.db).strip():   # `--db "$UNSET_VARIABLE"`
        raise MarlibError("--db is empty", advice="give the database file, or leave --db out for "
                          "$MARLIB_DB, else data/marlib.duckdb")
    if args.command in NO_STORE or store.exists():
        return
    if args.command in NEEDS_DATA or _action(args) in NEEDS_DATA:
        raise MarlibError(f"There is no database at {store.path}",
                          advice="check --db / MARLIB_DB, or create it with `python -m marlib ingest "
                                 "LOGS` or `python -m marlib seed`")
    folder = store.path.parent
    if args.db is None and not os.environ.get("MARLIB_DB") and not folder.exists():
        return   # the default database (data/marlib.duckdb): its folder is made, as on first use before
    if folder.exists() and not folder.is_dir():
        raise MarlibError(f"Cannot create the database {store.path}: {folder} is a file, not a folder",
                          advice="check --db / MARLIB_DB")
    if not folder.exists():
        raise MarlibError(f"There is no database at {store.path}, and its folder {folder} does not exist",
                          advice=f"check --db / MARLIB_DB for a typo; for a new database, create the folder "
                                 f"first (mkdir -p {folder})")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        return _usage_error(exc, argv)
    except OSError as exc:   # --help into a closed pipe or a full disk
        return _output_failed(exc)
    level = logging.WARNING - 10 * min(args.verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    store = Store(args.db, on_wait=lambda msg: print(msg, file=sys.stderr))
    terminated = [False]
    stops: list[int] = []   # the stop signals taken (Ctrl-C, SIGTERM): the first stops the command
    with _ctrl_c_once(args, stops), _sigterm_as_ctrl_c(args, terminated, stops):
        return _run(args, store, terminated)


def _run(args: argparse.Namespace, store: Store, terminated: list[bool]) -> int:
    try:
        _check_database_path(args, store)
        try:
            code = int(args.handler(args, store) or 0)
            if sys.stdout is not None:   # None: started with stdout closed (>&-)
                sys.stdout.flush()   # output to a full disk fails here, not in Python's shutdown (an "ignored" error)
            return code
        except duckdb.OutOfMemoryException as exc:
            raise StoreError(f"DuckDB ran out of memory ({str(exc).splitlines()[0]}); nothing of the unfinished "
                             "work was stored", advice="raise MARLIB_MEMORY_LIMIT (or unset it: 80% of RAM), "
                             "or give DuckDB room to spill beside the database") from exc
    except MarlibError as exc:
        # the library's commands in its message and advice act on the database given here
        exc.message, exc.advice = with_db(args, exc.message), with_db(args, exc.advice)
        say(f"error: {exc.message}")
        if exc.advice:
            say(f"what to do: {exc.advice}")
        if getattr(args, "json", False):   # --json promises one JSON object as the last line
            say(json.dumps({"ok": False, **exc.as_dict()}, default=str), sys.stdout)
        return EXIT_BUSY if isinstance(exc, _BUSY) else 2
    except (KeyboardInterrupt, duckdb.InterruptException):
        return _interrupted(args, terminated[0])
    except (RuntimeError, SystemError) as exc:
        if not _by_ctrl_c(exc):
            raise
        return _interrupted(args, terminated[0])
    except OSError as exc:
        return _output_failed(exc)


def _output_failed(exc: OSError) -> int:
    """An OSError out of a command (or --help): its output piped into `head` and the like, closed: stop quietly,
    as Unix tools do (141, as killed by SIGPIPE); a write that failed for want of room: said, exit 2."""
    if isinstance(exc, BrokenPipeError):
        quiet_streams()
        return 141
    if exc.errno not in _WRITE_FAILED:
        raise exc
    return _write_failed(exc)


# a write that failed for want of room or a device, not a bug: the output to a full disk (`>> log`), say
_WRITE_FAILED = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})


def _write_failed(exc: OSError) -> int:
    """The command's output (or a file it wrote) could not be written: said on stderr, exit 2, instead of a
    traceback; what the command stored before stays stored."""
    quiet_streams()   # the stream that failed: nothing more to write there, at exit too
    say(f"error: cannot write the command's output: {exc.strerror or exc}")
    say("what to do: free space on the disk the output (or the database) is written to, then run the command "
        "again; what it stored before this (ingested files, remediation steps) is kept, and `runs` / `report` "
        "show it")
    return 2
