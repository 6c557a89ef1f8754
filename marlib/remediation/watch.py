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
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marlib.errors import MarlibError
from marlib.progress import Progress, no_progress
from marlib.remediation.engine import EngineOptions
from marlib.remediation.run import RunResult, remediate
from marlib.store import Store

log = logging.getLogger(__name__)


@dataclass
class WatchStep:
    """What one watch step did."""
    ingest: Any = None
    runs: list[RunResult] = field(default_factory=list)
    error: str | None = None


def _ingest(store: Store, paths: Sequence[Path]) -> Any:
    from marlib.ingest.api import ingest_paths  # helper A's incremental ingest
    return ingest_paths(store, [str(p) for p in paths])


def watch_step(store: Store, paths: Sequence[Path], mailboxes: Any, *, progress: Progress = no_progress,
               options: EngineOptions | None = None,
               should_stop: Callable[[], bool] | None = None) -> WatchStep:
    """Ingest what is new, then remediate every pending verdict change."""
    step = WatchStep()
    try:
        step.ingest = _ingest(store, paths)
    except MarlibError as exc:   # a bad file must not stop the watcher; say so and go on
        log.warning("ingest failed: %s", exc)
        step.error = str(exc)
    result = remediate(store, mailboxes, pending=True, progress=progress, options=options,
                       trigger="watch", should_stop=should_stop)
    step.runs = [*result.resumed, result] if result.changes or result.resumed else []
    return step


def watch(store: Store, paths: Sequence[Path], mailboxes: Any, *, interval_s: float = 5.0,
          stop: threading.Event | None = None, on_step: Callable[[WatchStep], None] | None = None,
          progress: Progress = no_progress, options: EngineOptions | None = None,
          max_steps: int | None = None) -> int:
    """Run watch steps every ``interval_s`` until ``stop`` is set; returns the number of steps."""
    stop = stop or threading.Event()
    steps = 0
    while not stop.is_set():
        try:
            step = watch_step(store, paths, mailboxes, progress=progress, options=options,
                              should_stop=stop.is_set)
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
