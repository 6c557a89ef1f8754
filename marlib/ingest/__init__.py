"""Ingest of Cisco ESA logs and of delivery/verdict records (see :mod:`marlib.ingest.api`).

The ESA line scanner is compiled by numba, which caches the machine code beside the modules
(``marlib/ingest/__pycache__``). Where that folder is read-only (a system-wide install), the cache
goes to ``~/.cache/marlib/numba`` instead, so the scanner is not compiled again by every process.
"""
from __future__ import annotations

import os
from pathlib import Path

if "NUMBA_CACHE_DIR" not in os.environ and not os.access(Path(__file__).parent, os.W_OK):
    os.environ["NUMBA_CACHE_DIR"] = str(Path.home() / ".cache" / "marlib" / "numba")
