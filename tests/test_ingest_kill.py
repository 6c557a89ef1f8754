"""A SIGKILLed ingest leaves the store as before a file or with it complete; resuming equals a clean run."""
from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from marlib.ingest.api import ingest_paths
from marlib.store import Store
from tests.ingest_helpers import dump, header, message, rows, write_lines

ROOT = Path(__file__).resolve().parents[1]
T0 = 1_763_000_000
CHUNK = "65536"


def _big_log(path: Path, messages: int) -> list[str]:
    lines = header(T0)
    for i in range(messages):
        lines += message(1000 + i, T0 + 7 * i, [f"u{i % 50}@corp.example", "all@corp.example"],
                         sha=f"{i % 97:064x}" if i % 3 == 0 else None)
    write_lines(path, lines)
    return lines


def _start(db: Path, log: Path) -> subprocess.Popen:
    """An ingest in another process that prints the bytes it has read after each batch."""
    code = ("import sys; from marlib.store import Store; from marlib.ingest.api import ingest_paths; "
            "ingest_paths(Store(sys.argv[1]), [sys.argv[2]], "
            "progress=lambda done, total, name: print(done, flush=True))")
    env = {**os.environ, "MARLIB_INGEST_CHUNK_BYTES": CHUNK, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", code, str(db), str(log)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, text=True)


def _kill_after_the_first_batch(proc: subprocess.Popen) -> None:
    """SIGKILL as soon as the ingest says it has read its first batch: the file's transaction is open, with
    most of the file still to read (the kill lands in that work, not at a moment guessed in seconds)."""
    for line in proc.stdout:
        if int(line.split()[0]) > 0:   # bytes read so far (of the decompressed text for a .gz)
            proc.send_signal(signal.SIGKILL)
            break
    proc.stdout.close()
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the ingest ended before it could be killed mid-file"


@pytest.mark.slow
@pytest.mark.parametrize("gz", [True, False], ids=["gz", "plain"])
def test_kill_mid_file_then_resume(tmp_path, monkeypatch, gz):
    monkeypatch.setenv("MARLIB_INGEST_CHUNK_BYTES", CHUNK)
    plain = tmp_path / "mail.log"
    lines = _big_log(plain, 400)   # read in 8 batches of 64 KB (killed after the first)
    log = plain
    if gz:
        log = tmp_path / "mail.s.gz"
        log.write_bytes(gzip.compress(plain.read_bytes()))
    db = tmp_path / "killed.duckdb"
    _kill_after_the_first_batch(_start(db, log))
    killed = Store(db)
    state = rows(killed, "SELECT lines_done FROM ingest_files")
    done = state[0][0] if state else 0
    print(f"killed after {done} of {len(lines)} lines")
    # before-or-complete: the store holds exactly what a clean ingest of the first `done` lines gives
    prefix = Store(tmp_path / "prefix.duckdb")
    if done:
        part = tmp_path / "part" / log.name
        part.parent.mkdir()
        text = "\n".join(lines[:done]) + "\n"
        part.write_bytes(gzip.compress(text.encode()) if gz else text.encode())
        ingest_paths(prefix, [part])
    got = dump(killed)
    want = dump(prefix)
    assert {t: len(v) for t, v in got.items()} == {t: len(v) for t, v in want.items()}
    assert got == want
    assert done == 0  # killed mid-file: one transaction per file, however many batches it is read in
    # resuming gives the same store as one clean ingest
    ingest_paths(killed, [log])
    clean = Store(tmp_path / "clean.duckdb")
    ingest_paths(clean, [log])
    assert dump(killed) == dump(clean)
    assert rows(killed, "SELECT lines_done FROM ingest_files") == [[len(lines)]]


@pytest.mark.slow
def test_ctrl_c_during_an_ingest_says_interrupted_and_rolls_the_file_back(tmp_path):
    log = tmp_path / "mail.log"
    lines = _big_log(log, 4000)
    db = tmp_path / "db.duckdb"
    env = {**os.environ, "MARLIB_INGEST_CHUNK_BYTES": "16384", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "marlib", "--db", str(db), "ingest", str(log), "--json"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not db.exists() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    time.sleep(1.0)  # inside the file's transaction (it is read in about 250 batches)
    assert proc.poll() is None, "the ingest ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, (out, err)
    assert "interrupted; run the command again" in err and "Traceback" not in err
    assert json.loads(out.strip().splitlines()[-1])["ok"] is False   # --json ends with one JSON object
    store = Store(db)
    assert rows(store, "SELECT count(*) FROM messages") == [[0]]
    assert rows(store, "SELECT count(*) FROM ingest_files") == [[0]]
    ingest_paths(store, [log])  # the next run reads the file whole
    assert rows(store, "SELECT lines_done FROM ingest_files") == [[len(lines)]]


_SCAN_UNDER_CTRL_C = """
import os, signal, sys, threading, time
import numpy as np
from marlib.ingest import esa_scan
text = open(sys.argv[1], "rb").read()
buf = np.frombuffer(text * max(1, 60_000_000 // len(text)), dtype=np.uint8)
esa_scan.warm_up()
want = int(esa_scan.scan(buf, True, 2026)[0].size)
t0 = time.perf_counter(); esa_scan.scan(buf, True, 2026); took = time.perf_counter() - t0
interrupted = 0
for i in range(1, 13):   # Ctrl-C at points spread over one scan
    try:
        threading.Timer(took * i / 10, os.kill, (os.getpid(), signal.SIGINT)).start()
        got = int(esa_scan.scan(buf, True, 2026)[0].size)
        assert got == want, (got, want)
        time.sleep(took + 0.2)   # a Ctrl-C held during the scan is raised when it returns
    except KeyboardInterrupt:
        interrupted += 1
print("scans survived; interrupted", interrupted)
"""


@pytest.mark.slow
def test_ctrl_c_during_the_compiled_scan_is_raised_after_it_not_a_crash():
    """A KeyboardInterrupt raised inside numba's parallel code could crash the process (SIGSEGV)."""
    sample = ROOT / "data" / "sample" / "esa" / "mail_logs" / "mail.current"
    done = subprocess.run([sys.executable, "-c", _SCAN_UNDER_CTRL_C, str(sample)], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr[-2000:]
    assert "scans survived; interrupted 12" in done.stdout
