"""Check that two versions of the ingest code store the same rows (for speed-ups of the ingest).

Each input is ingested twice into fresh databases, once with the code in ``--old`` (a checkout, e.g. a
``git worktree add /tmp/old main``) and once with the code of this checkout, each in a child process; then
every row of messages, recipients, attachments, verdict_events, ingest_rejects and recipient_facts is
compared (EXCEPT ALL both ways, and the row counts; ingest_rejects without run_id and ingested_at, which
differ from run to run). Inputs: the bench file (``--log``, or one generated with ``--lines``), the same
file as a ``.gz``, and again in 8 MB batches (several batches per file: the updates of stored keys), and the
samples in the ``--samples`` folders (default ``data/sample/esa`` and ``../shared/samples/esa``), each read by
the compiled scanner and by the SQL parser alone.
Prints one line per case and exits 1 on any difference.
"""
from __future__ import annotations

import argparse
import gzip
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
TABLES = ("messages", "recipients", "attachments", "verdict_events", "ingest_rejects", "recipient_facts")
_INGEST = """
import sys
from pathlib import Path
sys.path.insert(0, {code!r})
from marlib.ingest.api import ingest_paths
from marlib.store import Store
s = ingest_paths(Store({db!r}), [Path(p) for p in {paths!r}])
print(s.lines, s.messages, s.recipients, s.attachments, s.verdict_events, s.rejects)
"""


def ingest(code: Path, db: Path, paths: list[Path], env: dict[str, str]) -> str:
    for p in (db, Path(str(db) + ".wal")):
        p.unlink(missing_ok=True)
    script = _INGEST.format(code=str(code), db=str(db), paths=[str(p) for p in paths])
    out = subprocess.run([sys.executable, "-c", script], cwd=code, env={**os.environ, **env}, check=True,
                         capture_output=True, text=True)
    return out.stdout.strip()


def differences(old_db: Path, new_db: Path) -> dict[str, tuple[int, int, int, int]]:
    """table -> (old rows, new rows, rows only in old, rows only in new), for the tables that differ."""
    con = duckdb.connect()
    con.execute(f"ATTACH '{old_db}' AS o (READ_ONLY)")
    con.execute(f"ATTACH '{new_db}' AS n (READ_ONLY)")
    out = {}
    for t in TABLES:
        cols = "* EXCLUDE (run_id, ingested_at)" if t == "ingest_rejects" else "*"
        old, new = f"SELECT {cols} FROM o.{t}", f"SELECT {cols} FROM n.{t}"
        counts = [con.execute(f"SELECT count(*) FROM ({q})").fetchone()[0] for q in (
            old, new, f"{old} EXCEPT ALL {new}", f"{new} EXCEPT ALL {old}")]
        if counts[0] != counts[1] or counts[2] or counts[3]:
            out[t] = tuple(counts)
    con.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", required=True, type=Path, help="checkout with the code to compare against")
    parser.add_argument("--log", type=Path, help="the bench file (default: generate one with --lines)")
    parser.add_argument("--lines", type=int, default=300_000)
    parser.add_argument("--samples", type=Path, nargs="*",
                        default=[ROOT / "data" / "sample" / "esa", ROOT.parent / "shared" / "samples" / "esa"])
    parser.add_argument("--work", type=Path, help="folder for the databases (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        log_path = args.log
        if log_path is None:
            sys.path.insert(0, str(ROOT))
            from marlib.ingest.sample import write_mail_log
            log_path = work / "mail.current"
            write_mail_log(log_path, lines=args.lines, seed=7)
        gz = work / "mail.gz"
        with open(log_path, "rb") as src, gzip.open(gz, "wb", compresslevel=1) as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
        cases = [("bench file", [log_path], {}), ("bench file as .gz", [gz], {}),
                 ("bench file in 8 MB batches", [log_path], {"MARLIB_INGEST_CHUNK_BYTES": str(8 << 20)})]
        for folder in (p for p in args.samples if p.is_dir()):
            cases += [(f"{folder}, SQL parser", [folder], {}),
                      (f"{folder}, scanner", [folder], {"MARLIB_SCANNER_MIN_BYTES": "1"})]
        failed = False
        for name, paths, env in cases:
            old_db, new_db = work / "old.duckdb", work / "new.duckdb"
            counts = ingest(args.old.resolve(), old_db, paths, env), ingest(ROOT, new_db, paths, env)
            diff = differences(old_db, new_db)
            same = not diff and counts[0] == counts[1]
            failed |= not same
            print(f"{name}: {'same' if same else 'DIFFERENT'} (summary old {counts[0]}, new {counts[1]})"
                  + "".join(f"; {t}: old {a} rows, new {b}, only old {c}, only new {d}"
                            for t, (a, b, c, d) in diff.items()), flush=True)
        raise SystemExit(1 if failed else 0)


if __name__ == "__main__":
    main()
