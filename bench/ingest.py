"""Ingest benchmark: a >= 2 million line ESA mail_logs file into a fresh database.

The file comes from the sample generator (``marlib.ingest.sample.write_mail_log``,
run in a child process so its memory does not count). The same run times
DuckDB's plain line scan of the file (``read_csv`` with one VARCHAR column,
every value touched; best of three) and reports ingest time / scan time. The compiled
scanner is loaded (or, the very first time, compiled) before the clock starts, and that
time is printed on its own line.
Two floors are printed before it, each against the same raw scan: the compiled scanner alone
(splitting and reading the lines, no grouping) and storing the finished rows alone (the ingested
messages, recipients, attachments and verdict events inserted into a fresh database, then committed).
Peak RSS is this process's (ingest + scan). Last line:
``ingest: <lines/s> lines/s, <ratio>x raw scan, peak RSS <MB> MB``
(required: ratio <= 6, peak RSS < 1.5 GB).
"""
from __future__ import annotations

import argparse
import multiprocessing
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import duckdb  # noqa: E402

from marlib.ingest import esa_scan  # noqa: E402
from marlib.ingest.api import ingest_paths  # noqa: E402
from marlib.store import Store  # noqa: E402

RAW_SCAN = ("SELECT count(line), max(length(line)) FROM read_csv(?, columns={'line': 'VARCHAR'}, "
            "header=false, quote='', escape='', delim='\x1e\x1f', auto_detect=false, new_line='\\n')")


def _generate(path: str, lines: int, seed: int) -> None:
    from marlib.ingest.sample import write_mail_log
    info = write_mail_log(Path(path), lines=lines, seed=seed)
    print(f"generated {info['lines']} lines, {info['messages']} messages, {info['bytes'] / 1e6:.0f} MB",
          flush=True)


def raw_scan_seconds(path: Path, repeat: int = 3) -> float:
    con = duckdb.connect()
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        con.execute(RAW_SCAN, [str(path)]).fetchall()
        best = min(best, time.perf_counter() - t0)
    con.close()
    return best


def scanner_seconds(path: Path, repeat: int = 3) -> float:
    """The compiled scanner alone over the whole file (best of ``repeat``)."""
    import numpy as np
    buf = np.fromfile(path, dtype=np.uint8)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        esa_scan.scan(buf, True, 2026)
        best = min(best, time.perf_counter() - t0)
    return best


def store_seconds(ingested: Path, work: Path) -> float:
    """Inserting the rows ingest stored in its four tables into a fresh database, and committing."""
    tables = ("messages", "recipients", "attachments", "verdict_events")
    with Store(ingested).connect() as con:
        rows = {t: con.sql(f"SELECT * FROM {t}").to_arrow_table() for t in tables}
    target = work / "floor.duckdb"
    for p in (target, Path(str(target) + ".wal")):
        p.unlink(missing_ok=True)
    with Store(target).connect() as con:  # migrated before the clock starts
        t0 = time.perf_counter()
        con.execute("BEGIN TRANSACTION")
        for name, marlib_floor_rows in rows.items():
            con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM marlib_floor_rows")
        con.execute("COMMIT")
        return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=2_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep the files")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(args.keep or tmp)
        work.mkdir(parents=True, exist_ok=True)
        log_path = work / "mail.current"
        db_path = work / "bench.duckdb"
        for p in (db_path, Path(str(db_path) + ".wal")):
            p.unlink(missing_ok=True)
        child = multiprocessing.get_context("spawn").Process(target=_generate,
                                                             args=(str(log_path), args.lines, args.seed))
        child.start()
        child.join()
        if child.exitcode != 0:
            raise SystemExit(f"sample generator failed (exit {child.exitcode})")
        raw_scan_seconds(log_path, repeat=1)  # warm the page cache like the ingest will find it
        t0 = time.perf_counter()
        esa_scan.warm_up()  # numba compiles the scanner once per install (cached), then only loads it
        print(f"scanner ready in {time.perf_counter() - t0:.2f} s (compiled once, then loaded from numba's cache)",
              flush=True)
        t0 = time.perf_counter()
        summary = ingest_paths(Store(db_path), [log_path])
        ingest_s = time.perf_counter() - t0
        scan_s = raw_scan_seconds(log_path)
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # before the floors' own memory
        scanner_s, store_s = scanner_seconds(log_path), store_seconds(db_path, work)
        print(f"lines {summary.lines}, messages {summary.messages}, recipients {summary.recipients}, "
              f"attachments {summary.attachments}, verdict events {summary.verdict_events}, "
              f"rejects {summary.rejects}; ingest {ingest_s:.2f} s, raw scan {scan_s:.3f} s")
        print(f"floors: compiled scanner alone {scanner_s:.2f} s ({scanner_s / scan_s:.1f}x raw scan), "
              f"storing the finished rows alone {store_s:.2f} s ({store_s / scan_s:.1f}x)")
        print(f"ingest: {summary.lines / ingest_s:,.0f} lines/s, {ingest_s / scan_s:.1f}x raw scan, "
              f"peak RSS {rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
