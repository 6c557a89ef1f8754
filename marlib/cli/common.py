"""Helpers shared by CLI modules: JSON output and a terminal progress bar."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from marlib.progress import Progress, no_progress


def print_json(obj: Any) -> None:
    """One JSON object on one line (the last line of output for --json commands)."""
    print(json.dumps(obj, default=str, sort_keys=False))


@contextmanager
def progress_bar(desc: str, *, enabled: bool | None = None, unit: str = "it") -> Iterator[Progress]:
    """A tqdm bar on a terminal (stderr); nothing when not a TTY or disabled."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        yield no_progress
        return
    from tqdm import tqdm
    bar = tqdm(desc=desc, unit=unit, file=sys.stderr, leave=False)
    try:
        def update(done: int, total: int | None, message: str) -> None:
            if total is not None and bar.total != total:
                bar.total = total
            bar.n = done
            if message:
                bar.set_postfix_str(message[:40], refresh=False)
            bar.refresh()
        yield update
    finally:
        bar.close()


def marlib_command(args: Any, rest: str) -> str:
    """``python -m marlib [--db FILE] REST``: a follow-up command the user can paste as is."""
    db = f"--db {args.db} " if getattr(args, "db", None) else ""
    return f"python -m marlib {db}{rest}"
