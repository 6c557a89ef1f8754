"""Benchmark: every page of the workbench rendered by AppTest over 1 million messages.

Loads 1,000,000 synthetic messages (2 M recipients, 400 k attachments, 200
retrospective verdict changes) straight into the core tables with DuckDB SQL
(``marlib.demo.fill_synthetic``), adds 100,000 live remediation outcomes to the
journal, then renders each page once (cold: nothing cached) with Streamlit's
AppTest, Message Tracking with a SHA-256 search and a message's details open.

Last line: ``app: slowest page <name> <seconds> s`` (required: under 2 s).
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from marlib.demo import fill_synthetic  # noqa: E402
from marlib.store import Store  # noqa: E402

PAGES = ["overview", "mar-report", "message-tracking", "logs", "remediate", "what-if", "ingest",
         "mailbox-settings", "mail-policies"]
MESSAGES = int(os.environ.get("BENCH_MESSAGES", "1000000"))


def add_live_outcomes(store: Store, n: int = 100_000) -> None:
    """``n`` live journal rows (succeeded / failed with the seed's reasons) for the report pages."""
    with store.connect() as con:
        con.execute("SET enable_progress_bar = false")
        con.execute("INSERT INTO remediation_runs (run_id, mode, tenant_kind, trigger, started_at, finished_at, "
                    "status, counts) VALUES ('bench-run', 'live', 'emulator', 'pending', TIMESTAMP '2026-10-05', "
                    "TIMESTAMP '2026-10-05 01:00', 'finished', '{}')")
        con.execute("""
            INSERT INTO remediation_actions (action_id, run_id, mode, sha256, filename, mid, message_id,
                recipient, mailbox, policy, action, status, reason, created_at, updated_at)
            SELECT md5(a.mid::VARCHAR || r.rid), 'bench-run', 'live', a.sha256, a.filename, a.mid, m.message_id,
                   r.address, r.address, m.policy, 'forward-delete',
                   CASE WHEN hash(a.mid) % 10 = 0 THEN 'failed' ELSE 'succeeded' END,
                   CASE hash(a.mid) % 30 WHEN 0 THEN 'message_not_found' WHEN 10 THEN 'not_o365_user'
                        WHEN 20 THEN 'connectivity' ELSE 'ok' END,
                   m.received_at + INTERVAL 3 DAY, m.received_at + INTERVAL 3 DAY
            FROM attachments a JOIN messages m USING (mid) JOIN recipients r USING (mid)
            WHERE r.status = 'delivered' LIMIT ?""", [n])
        con.execute("UPDATE remediation_actions SET reason = 'message_not_found' "
                    "WHERE status = 'failed' AND reason = 'ok'")


def render_all(db: Path, *, quiet: bool = False) -> dict[str, float]:
    """Render every page once in a new session over ``db`` (a new Workbench: nothing cached)."""
    os.environ["MARLIB_DB"] = str(db)
    from streamlit.testing.v1 import AppTest
    sha = Store(db).query_one("SELECT sha256 FROM remediation_actions LIMIT 1")[0]
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    times: dict[str, float] = {}
    for name in PAGES:
        if name == "message-tracking":
            at.query_params["sha256"] = sha
        t0 = time.perf_counter()
        if not times:
            at.run()  # the default page (Overview), with the process's first Workbench
        else:
            at.switch_page(f"pages/{name}.py").run()
        times[name] = time.perf_counter() - t0
        if at.exception:
            raise SystemExit(f"page {name} raised: {at.exception[0].value}")
        if not quiet:
            print(f"{name:18s} {times[name]:.2f} s", flush=True)
    return times


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="marlib-bench-app-") as tmp:
        # Warm the interpreter (imports of streamlit, plotly, pandas paths) on a small database, so
        # the timed renders measure the pages and their queries, not Python's first imports.
        warm = Store(Path(tmp) / "warm.duckdb")
        fill_synthetic(warm, 2_000, hashes=200, retrospective=10)
        add_live_outcomes(warm, 1_000)
        render_all(Path(tmp) / "warm.duckdb", quiet=True)
        db = Path(tmp) / "bench.duckdb"
        store = Store(db)
        t0 = time.perf_counter()
        counts = fill_synthetic(store, MESSAGES)
        add_live_outcomes(store)
        print(f"loaded {counts} in {time.perf_counter() - t0:.1f} s", flush=True)
        times = render_all(db)
    name, seconds = max(times.items(), key=lambda kv: kv[1])
    print(f"app: slowest page {name} {seconds:.2f} s")


if __name__ == "__main__":
    main()
