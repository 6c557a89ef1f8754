"""Automatic mode: follow ESA log files/folders and remediate each new retrospective verdict.

Each step ingests what was appended (helper A's incremental ``ingest_paths``,
which keys files by content identity, so the appliance's rotation of
``.current`` files neither loses nor repeats lines) and then handles every
pending verdict change (resuming any interrupted run first). A stop request
(SIGTERM/SIGINT in the CLI) lets the step in flight finish; the engine stops
picking new actions, and anything not done stays journaled for the next run.
"""
from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marlib.errors import InputError, MarlibError
from marlib.progress import Progress, no_progress
from marlib.remediation.engine import EngineOptions
from marlib.remediation.run import RunResult, remediate
from marlib.store import Store

log = logging.getLogger(__name__)

# copies that failed for connectivity / throttling / authentication are tried again by a later
# step once their failure is this old (not every interval while the tenant is down)
RETRY_DELAY_S = 60.0


@dataclass
class WatchStep:
    """What one watch step did."""
    ingest: Any = None
    runs: list[RunResult] = field(default_factory=list)
    error: str | None = None


def _ingest(store: Store, paths: Sequence[Path]) -> Any:
    from marlib.ingest.api import ingest_paths
    summary = ingest_paths(store, [str(p) for p in paths])
    for warning in summary.warnings():   # what `ingest` would print
        log.warning(warning)
    return summary


def signature(paths: Sequence[Path]) -> tuple:
    """(path, size, mtime, settled) of every file under ``paths``: unchanged means nothing to ingest.

    ``settled``: unchanged for the time after which ingest takes a last line without a newline as complete
    (``SETTLED_S``); a file that settles changes the signature, so such a line, put off while the file was
    being written, is read then even if the file never changes again."""
    from marlib.ingest.api import SETTLED_S
    now = time.time()
    out = []
    for raw in paths:
        p = Path(raw)
        files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
        for f in files:
            try:
                st = f.stat()
            except OSError:   # rotated away between listing and stat
                continue
            out.append((str(f), st.st_size, st.st_mtime_ns, now - st.st_mtime > SETTLED_S))
    return tuple(out)


def rotated_since(files: Sequence[Path], since: float) -> list[Path]:
    """The files a watched file was rotated to and written to since ``since``: ESA's ``mail.current`` ->
    ``mail.@20261128T000000.s`` (``.gz`` later), and syslog's ``maillog`` -> ``maillog.1`` or
    ``maillog-20261128``. The lines written just before the rotation are read from there; older rotated
    files are left alone."""
    out: list[Path] = []
    for f in files:
        shapes = [rf"{re.escape(f.name)}(\.\d+|-\d{{8}})(\.gz)?"]
        if f.name.endswith(".current"):
            shapes.append(rf"{re.escape(f.name[:-len('.current')])}\.@\d{{8}}T\d{{6}}\.s(\.gz)?")
        rotated = re.compile("|".join(f"(?:{shape})" for shape in shapes))
        try:
            siblings = [g for g in f.parent.iterdir() if rotated.fullmatch(g.name)]
        except OSError:
            continue
        for g in siblings:
            try:
                if g.is_file() and g.stat().st_mtime >= since - 1:
                    out.append(g)
            except OSError:
                continue
    return sorted(set(out))


def watch_step(store: Store, paths: Sequence[Path], mailboxes: Any, *, progress: Progress = no_progress,
               options: EngineOptions | None = None,
               should_stop: Callable[[], bool] | None = None, ingest: bool = True,
               retry_delay_s: float = RETRY_DELAY_S, rotated: Sequence[Path] = ()) -> WatchStep:
    """Ingest what is new (``ingest``), then remediate every pending verdict change.

    ``rotated``: files watched files were rotated to (:func:`rotated_since`), read first, each on its own
    (one that cannot be read, say a .gz still being written, is a warning and does not hold up the rest).
    Adds a remediation run only when there is something to handle (a new verdict
    change, copies to retry, an interrupted run).
    """
    step = WatchStep()
    if ingest:
        for extra in rotated:
            try:
                _ingest(store, [extra])
            except MarlibError as exc:
                log.warning("left out %s for now: %s", extra, exc)
        try:
            step.ingest = _ingest(store, paths)
        except MarlibError as exc:   # a bad file must not stop the watcher; say so and go on
            log.warning("ingest failed: %s", exc)
            step.error = str(exc)
    # a simulated tenant: the run holds it, takes up the state another process saved and gains new mail
    # (built from the data) first, and saves what it did before another process's run may start
    result = remediate(store, mailboxes, pending=True, progress=progress, options=options,
                       trigger="watch", should_stop=should_stop, retry_delay_s=retry_delay_s)
    step.runs = [*result.resumed, result] if result.changes or result.resumed else []
    return step


def check_paths(paths: Sequence[Path]) -> None:
    """InputError unless every path exists (a file or a folder): checked once, when watching starts.

    A path that disappears later (rotation) is only a warning of that step.
    """
    missing = [str(p) for p in paths if not Path(p).exists()]
    if missing:
        raise InputError(f"no such file or folder: {', '.join(missing)}",
                         advice="give the ESA log files or the folder the appliance writes them to")


def watch(store: Store, paths: Sequence[Path], mailboxes: Any, *, interval_s: float = 5.0,
          stop: threading.Event | None = None, on_step: Callable[[WatchStep], None] | None = None,
          progress: Progress = no_progress, options: EngineOptions | None = None,
          max_steps: int | None = None) -> int:
    """Run watch steps every ``interval_s`` until ``stop`` is set; returns the number of steps.

    InputError at once when a path does not exist.
    """
    check_paths(paths)
    stop = stop or threading.Event()
    steps = 0
    seen: tuple | None = None
    started = time.time()
    files = [Path(p) for p in paths if Path(p).is_file()]
    while not stop.is_set():
        try:
            rotated = rotated_since(files, started)
            now = signature([*rotated, *paths])   # files unchanged since the last ingest: no ingest (no run)
            step = watch_step(store, paths, mailboxes, progress=progress, options=options,
                              should_stop=stop.is_set, ingest=now != seen, rotated=rotated)
            if step.error is None:
                seen = now
        except MarlibError as exc:   # e.g. the store stayed locked: try again next interval
            log.warning("watch step failed: %s", exc)
            step = WatchStep(error=str(exc))
        steps += 1
        if on_step:
            on_step(step)
        if max_steps is not None and steps >= max_steps:
            break
        stop.wait(interval_s)
    return steps
