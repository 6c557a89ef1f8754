"""What-if benchmark: 1 million messages, 200 verdict changes, one scenario.

Rows are generated straight into the core tables with DuckDB SQL
(``marlib.whatif_synth``), then one scenario (forward-delete under every
inbound policy, a tenant where users already deleted or moved some copies, a
few unlicensed users and distribution lists) is simulated end to end: plan,
simulated tenant, the remediation engine, bulk write of the simulated journal.
Only the simulation is timed. Last line: ``whatif: <seconds> s for <copies> copies``.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from marlib.store import Store  # noqa: E402
from marlib.whatif import simulate  # noqa: E402
from marlib.whatif_synth import generate  # noqa: E402

SCENARIO = {
    "name": "bench: forward-delete everywhere",
    "policies": {"base": "current",
                 "all": {"mar": True, "action": "forward-delete", "forward_to": "soc@corp.example"}},
    "tenant": {"deleted_share": 0.05, "deleted_items_share": 0.10, "moved_share": 0.05,
               "unlicensed_share": 0.02, "onprem_share": 0.01, "group_share": 0.01,
               "outage_share": 0.002, "throttled_share": 0.002},
    "seed": 1,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--changes", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.duckdb")
        t0 = time.perf_counter()
        with store.connect() as con:
            rows = generate(con, messages=args.messages, changes=args.changes)
        print(f"generated {rows} in {time.perf_counter() - t0:.1f} s", flush=True)
        t1 = time.perf_counter()
        result = simulate(store, SCENARIO)
        seconds = time.perf_counter() - t1
        counts = result.counts
        print(f"verdict changes {result.verdict_changes}; outcomes {counts['total']} "
              f"(succeeded {counts['succeeded']}, failed {counts['failed']}, skipped {counts['skipped']}); "
              f"Graph requests {result.requests}; estimated live duration {result.estimated_seconds:.0f} s; "
              f"phases {result.timings}")
        print(f"whatif: {seconds:.2f} s for {counts['total']} copies")


if __name__ == "__main__":
    main()
