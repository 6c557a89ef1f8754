"""Helpers shared by CLI modules: JSON output, a terminal progress bar, files written on request."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from marlib.errors import InputError
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


def output_path(path: str | Path) -> Path:
    """``path`` for a file a command writes (--csv, --xlsx, ...), its folder checked: a folder that does not
    exist is named as such (the OS says "No such file or directory", or "Not a directory" when a part of
    the path is a file), with the fix."""
    target = Path(path).expanduser()
    folder = target.parent
    if folder.is_dir():
        return target
    raise InputError(f"cannot write {target}: the folder {folder} does not exist{file_in_the_way(folder)}",
                     advice=f"create the folder first (mkdir -p {folder}), or give a path in an existing folder")


def file_in_the_way(folder: Path) -> str:
    """`` (X is a file)`` when the nearest existing part of ``folder``'s path is a file, else ``""``."""
    nearest = next((p for p in (folder, *folder.parents) if p.exists()), None)
    return f" ({nearest} is a file)" if nearest is not None and not nearest.is_dir() else ""


def write_output(path: str | Path, data: bytes) -> Path:
    """Write a file a command was asked for; its folder must exist (see ``output_path``)."""
    target = output_path(path)
    try:
        target.write_bytes(data)
    except OSError as exc:
        raise InputError(f"cannot write {target}: {exc.strerror or exc}",
                         advice="give a path in a folder you can write to") from None
    return target
