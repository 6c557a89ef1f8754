"""Test-wide settings.

Ingest uses the compiled scanner only for batches of 8 MB or more; the tests' files are small, so they
lower that to 0 (and so do the CLI processes they start, which inherit the environment) to run the
scanner everywhere. The SQL-only path is compared with it in tests/test_ingest_scanner.py.
"""
import os

os.environ.setdefault("MARLIB_SCANNER_MIN_BYTES", "0")
