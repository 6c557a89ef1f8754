"""The command-line adapter: errors are messages (and JSON with --json), pipes close quietly."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "marlib", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, **kw)


def test_an_error_with_json_still_ends_with_one_json_object(tmp_path):
    proc = _run("--db", str(tmp_path / "m.duckdb"), "ingest", str(tmp_path / "no-such-dir"), "--json")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and proc.stderr.startswith("error: ")
    last = json.loads(proc.stdout.strip().splitlines()[-1])
    assert last["ok"] is False and last["message"] and last["error"]


def test_output_piped_into_a_closed_reader_stops_without_a_traceback(tmp_path):
    db = str(tmp_path / "m.duckdb")
    # `true` exits before Python has started, so the first print meets a closed pipe
    cmd = f"{sys.executable} -m marlib --db {db} sample --out {tmp_path / 's'} --messages 50 | true"
    proc = subprocess.run(["bash", "-c", cmd], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert "Traceback" not in proc.stderr, proc.stderr


def test_a_mistyped_database_path_is_an_error_not_a_new_empty_database(tmp_path):
    missing = tmp_path / "typo" / "marlib.duckdb"
    proc = _run("--db", str(missing), "changes")
    assert proc.returncode == 2 and "There is no database" in proc.stderr
    assert not missing.exists()
