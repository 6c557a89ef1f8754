"""Ingest of Cisco ESA logs and of delivery/verdict records (see :mod:`marlib.ingest.api`).

The ESA line scanner is compiled by numba, which caches the machine code (in
``marlib/ingest/__pycache__/numba-<hash>``; where that folder is read-only, as in a system-wide
install, in ``~/.cache/marlib/numba-<hash>``), so the scanner is not compiled again by every process.
numba checks a cached function against its own source file only, while the scanner's code spans several
modules (and takes the kind ids of ``esa_sql`` as constants): the hash of those modules names the folder,
so a changed module (an upgrade) never runs with machine code compiled from the old one.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

_HERE = Path(__file__).parent
_SCANNER_SOURCES = ("esa_scan.py", "esa_lines.py", "esa_bytes.py", "esa_sql.py")


def _scanner_cache_dir() -> Path:
    digest = hashlib.sha256()
    for name in _SCANNER_SOURCES:
        digest.update((_HERE / name).read_bytes())
    name = f"numba-{digest.hexdigest()[:16]}"
    if os.environ.get("NUMBA_CACHE_DIR"):
        base = Path(os.environ["NUMBA_CACHE_DIR"])
        if base.name == name:   # set by this module in a parent process
            return base
    elif os.access(_HERE, os.W_OK):
        base = _HERE / "__pycache__"
    else:
        base = Path.home() / ".cache" / "marlib"
    return base / name


def _use_scanner_cache() -> None:
    """Point numba's cache at :func:`_scanner_cache_dir` before the scanner's modules are compiled."""
    try:
        path = str(_scanner_cache_dir())
    except OSError:   # installed without the .py files: numba's own cache folder
        return
    os.environ["NUMBA_CACHE_DIR"] = path
    import sys
    config = getattr(sys.modules.get("numba.core.config"), "CACHE_DIR", None)
    if config is not None:   # numba was imported already: it read the variable then
        sys.modules["numba.core.config"].CACHE_DIR = path


_use_scanner_cache()
