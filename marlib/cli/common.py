"""Helpers shared by CLI modules: JSON output, a terminal progress bar, files written on request."""
from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from marlib.errors import InputError
from marlib.progress import Progress, no_progress

PROGRESS_EVERY_S = 10.0   # off a terminal: a progress line at most this often (a log, not a redrawn bar)


class Once(argparse.Action):
    """An option that takes one value: given twice with two values, a usage error, where argparse keeps the last
    silently (`restore --sha256 A --sha256 B` restored B alone, while `remediate` takes both)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        given = f"_{self.dest}_given"
        if getattr(namespace, given, False) and getattr(namespace, self.dest) != values:
            raise argparse.ArgumentError(self, f"{'/'.join(self.option_strings)} given twice ("
                                               f"{getattr(namespace, self.dest)} and {values}): it takes one value")
        setattr(namespace, given, True)
        setattr(namespace, self.dest, values)


def say(text: str, stream: TextIO | None = None) -> None:
    """One line of a report the command ends with (an error, a stop: stderr by default; --json's object on
    stdout), written and flushed now. A stream that cannot take it (a closed pipe: `| head -c1`, a full disk:
    `> /dev/full`) loses it quietly: the exit code still says what happened, where a traceback
    ("BrokenPipeError", "OSError: [Errno 28]", or an "Exception ignored" at exit) replaced it and the code."""
    stream = sys.stderr if stream is None else stream
    if stream is None:   # started with it closed (2>&-)
        return
    try:
        print(text, file=stream, flush=True)
    except (OSError, ValueError):   # ValueError: the stream was closed
        to_devnull(stream)


def quiet_streams() -> None:
    """Flush stdout and stderr now; one that cannot be written to any more (a closed pipe, a full disk) is
    pointed at /dev/null, so that nothing more written to it (at exit either) fails or prints a traceback."""
    for stream in (sys.stdout, sys.stderr):
        if stream is None:
            continue
        try:
            stream.flush()
        except (OSError, ValueError):
            to_devnull(stream)


def to_devnull(stream: TextIO) -> None:
    """Point ``stream``'s file descriptor at /dev/null: what it holds and what comes is dropped without error."""
    try:
        fd = stream.fileno()
    except (OSError, ValueError):   # no descriptor (a test's capture), or closed: nothing to redirect
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)


# what a second (third, ...) Ctrl-C or SIGTERM says, once, while a command stops (there is no force-stop: what is in
# flight is what a stop must not cut in two)
STILL_STOPPING = ("still stopping: what is in flight ends its current step first (a copy's request, a file's "
                  "transaction, the run's record); pressing Ctrl-C again does not cut that short")


def say_from_signal_handler(text: str) -> None:
    """A line on stderr from a signal handler: written to the descriptor at once, no lock taken. print() there
    raised "reentrant call inside <_io.BufferedWriter name='<stderr>'>" when the Ctrl-C landed while the main thread
    was writing to stderr (a progress line) or while another handler printed."""
    try:
        os.write(2, f"{text}\n".encode("utf-8", "replace"))
    except OSError:   # stderr closed or full: the stop goes on
        pass


class StopEvent(threading.Event):
    """A stop request a Ctrl-C handler may set. ``threading.Event.set`` takes the event's lock; a handler runs on the
    main thread between two of its bytecodes, so when the main thread held that lock (in ``stop.wait(...)``, or in
    the ``set`` of the Ctrl-C before: Ctrl-C pressed twice quickly) the handler's ``set`` waited for itself forever
    and `watch` hung. A reentrant lock lets the main thread take it again."""

    def __init__(self) -> None:
        super().__init__()
        self._cond = threading.Condition(threading.RLock())   # Event's own condition, over a reentrant lock


def print_json(obj: Any) -> None:
    """One JSON object on one line (the last line of output for --json commands)."""
    print(json.dumps(obj, default=str, sort_keys=False))


def add_json_option(p: argparse.ArgumentParser) -> None:
    """``--json`` for a command that changes a setting: its lines go to stderr, and one JSON object of what
    changed (``changed``: each field's ``old`` and ``new``) is the output's only and last line."""
    p.add_argument("--json", action="store_true", help="print one JSON object: what changed, old and new values "
                   "(the usual lines go to stderr)")


@contextmanager
def lines_to_stderr(args: argparse.Namespace) -> Iterator[None]:
    """With --json, what the command prints for a reader goes to stderr, so that stdout holds the JSON alone."""
    if not getattr(args, "json", False):
        yield
        return
    from contextlib import redirect_stdout
    with redirect_stdout(sys.stderr):
        yield


def print_changes(command: str, before: dict[str, Any], after: dict[str, Any], **extra: Any) -> None:
    """``{"ok": true, "command", "changed": {field: {"old", "new"}}, <after's fields>, ...}``: the fields of
    ``after`` whose value differs from ``before`` (no secret is in either: the callers give what `settings show`
    shows, the proxy password as ``****``)."""
    changed = {k: {"old": before.get(k), "new": v} for k, v in after.items() if before.get(k) != v}
    print_json({"ok": True, "command": command, "changed": changed, **after, **extra})


@contextmanager
def progress_bar(desc: str, *, enabled: bool | None = None, unit: str = "it", lines: str | None = None,
                 bar: bool = True, every_s: float | None = None,
                 clock: Callable[[], float] = time.monotonic) -> Iterator[Progress]:
    """A tqdm bar on a terminal (stderr). Off a terminal (cron, CI, systemd), or with ``bar`` False, a plain
    line ``DESC: DONE of TOTAL LINES done (P%); MESSAGE`` on stderr at most every ``every_s`` seconds (by
    ``clock``; default $MARLIB_PROGRESS_EVERY_S, else 10), when ``lines`` names what is counted (e.g.
    "copies"); else nothing. ``enabled`` False: nothing."""
    tty = sys.stderr.isatty()
    if enabled is None:
        enabled = tty or lines is not None
    if not enabled:
        yield no_progress
        return
    if lines is not None and not (tty and bar):
        yield ProgressLines(desc, lines, every_s=progress_every_s() if every_s is None else every_s, clock=clock)
        return
    from tqdm import tqdm
    bar_ = tqdm(desc=desc, unit=unit, file=sys.stderr, leave=False)
    try:
        def update(done: int, total: int | None, message: str) -> None:
            if total is not None and bar_.total != total:
                bar_.total = total
            bar_.n = done
            if message:
                bar_.set_postfix_str(message[:40], refresh=False)
            bar_.refresh()
        yield update
    finally:
        bar_.close()


def progress_every_s() -> float:
    """Seconds between two plain progress lines: $MARLIB_PROGRESS_EVERY_S (a number >= 0), else 10."""
    try:
        value = float(os.environ.get("MARLIB_PROGRESS_EVERY_S", PROGRESS_EVERY_S))
    except ValueError:
        return PROGRESS_EVERY_S
    return value if value >= 0 else PROGRESS_EVERY_S


class ProgressLines:
    """Progress as plain lines for a log (no terminal to redraw a bar on): the first ``every_s`` after a run
    starts (a short run prints none), then at most one every ``every_s``, and one at its end (done == total)
    when an earlier one was printed. A new total, or a count going back, is another run."""

    def __init__(self, desc: str, noun: str, *, every_s: float = PROGRESS_EVERY_S,
                 clock: Callable[[], float] = time.monotonic, stream: TextIO | None = None) -> None:
        self.desc, self.noun, self.every_s, self.clock = desc, noun, every_s, clock
        self.stream = stream
        self.last = clock()
        self.printed = False
        self.total: int | None = None
        self.done = 0

    def __call__(self, done: int, total: int | None, message: str) -> None:
        now = self.clock()
        if (total, done < self.done) != (self.total, False):   # another run (a watch step's): its own clock
            self.last, self.printed = now, False
        self.total, self.done = total, done
        at_end = total is not None and done >= total
        if now - self.last < self.every_s and not (at_end and self.printed):
            return
        of = f" of {total}" if total is not None else ""
        pct = f" ({100 * done // total}%)" if total else ""
        print(f"{self.desc}: {done}{of} {self.noun} done{pct}" + (f"; {message}" if message else ""),
              file=self.stream or sys.stderr, flush=True)
        self.last = now
        self.printed = not at_end   # the end line closes it; the next run (a watch step) starts anew


def marlib_command(args: Any, rest: str) -> str:
    """``python -m marlib [--db FILE] REST``: a follow-up command the user can paste as is."""
    db = f"--db {shlex.quote(str(args.db))} " if getattr(args, "db", None) else ""
    return f"python -m marlib {db}{rest}"


_COMMAND = re.compile(r"python -m marlib (?!--db )")


def with_db(args: Any, text: str | None) -> str | None:
    """``text`` (a message or advice of the library, which does not know the command line) with the ``--db``
    given added to each ``python -m marlib ...`` command it names, so pasting one acts on the same database."""
    if not text or not getattr(args, "db", None):
        return text
    prefix = marlib_command(args, "")
    return _COMMAND.sub(lambda _: prefix, text)


def check_output_given(flag: str, path: str | None) -> None:
    """``--csv "$OUT"`` with the variable unset gives ``""``: an error, not a run that writes no file and succeeds."""
    if path is not None and not str(path).strip():
        raise InputError(f"{flag} is empty", advice=f"give the file to write, or leave {flag} out")


def output_path(path: str | Path, example: str = "FILE") -> Path:
    """``path`` for a file a command writes (--csv, --xlsx, ...), its folder checked: a folder that does not
    exist is named as such (the OS says "No such file or directory", or "Not a directory" when a part of
    the path is a file), with the fix; an existing folder given as the file (the OS says "Is a directory")
    is told to name a file in it (``example``, e.g. ``report.csv``)."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise InputError(f"cannot write {target}: {target} is a folder, not a file",
                         advice=f"give the file to write, e.g. {target / example}")
    folder = target.parent
    if folder.is_dir():
        return target
    raise InputError(f"cannot write {target}: the folder {folder} does not exist{file_in_the_way(folder)}",
                     advice=f"create the folder first (mkdir -p {folder}), or give a path in an existing folder")


def file_in_the_way(folder: Path) -> str:
    """`` (X is a file)`` when the nearest existing part of ``folder``'s path is a file, else ``""``."""
    nearest = next((p for p in (folder, *folder.parents) if p.exists()), None)
    return f" ({nearest} is a file)" if nearest is not None and not nearest.is_dir() else ""


def write_output(path: str | Path, data: bytes, example: str = "FILE") -> Path:
    """Write a file a command was asked for; its folder must exist (see ``output_path``)."""
    target = output_path(path, example)
    try:
        target.write_bytes(data)
    except OSError as exc:
        raise InputError(f"cannot write {target}: {exc.strerror or exc}",
                         advice="give a path in a folder you can write to") from None
    return target
