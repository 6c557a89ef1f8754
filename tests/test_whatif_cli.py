"""`python -m marlib simulate | compare | replay` as a user runs them (a real subprocess and DuckDB file)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from marlib.store import Store
from marlib.whatif_synth import generate

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("whatif_cli") / "m.duckdb"
    with Store(path).connect() as con:
        generate(con, messages=1500, changes=3, per_hash=10, users=200, seed=9)
    return path


def _run(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "marlib", "--db", str(db), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def _scenario(tmp_path: Path, name: str, **raw) -> str:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps({"name": name, "seed": 1, **raw}))
    return str(path)


def test_simulate_json_is_shaped_like_remediate(db, tmp_path):
    sha = Store(db).query_one("SELECT sha256 FROM verdict_events WHERE kind = 'retrospective' LIMIT 1")[0]
    scen = _scenario(tmp_path, "del", policies={"all": {"mar": True, "action": "delete"}},
                     tenant={"deleted_share": 0.3})
    tenant_file = tmp_path / "tenant.json"
    done = _run(db, "simulate", "--sha256", sha, "--scenario", scen, "--json",
                "--export-tenant", str(tenant_file))
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["mode"] == "simulated" and out["run_id"]
    assert {o["sha256"] for o in out["outcomes"]} == {sha}
    assert out["counts"]["total"] == len(out["outcomes"]) and out["requests"] > 0
    assert out["estimated_seconds"] > 0
    assert json.loads(tenant_file.read_text())["messages"]
    human = _run(db, "simulate", "--sha256", sha, "--scenario", scen, "--no-save")
    assert human.returncode == 0 and "SIMULATED" in human.stdout and "Graph requests" in human.stdout


def test_compare_and_replay(db, tmp_path):
    a = _scenario(tmp_path, "a", policies={"all": {"mar": True, "action": "delete"}})
    b = _scenario(tmp_path, "b", policies={"all": {"mar": True, "action": "delete"},
                                          "set": {"Inbound Default": {"mar": False}}})
    done = _run(db, "compare", "--scenario", a, "--scenario", b, "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["recipients"] and {r["reason_b"] for r in out["changed"]} == {"policy_mar_off"}
    pol = tmp_path / "pol.json"
    pol.write_text(json.dumps({"all": {"mar": True, "action": "move-deleted"}}))
    done = _run(db, "replay", "--policies", str(pol), "--json", "--no-save")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["verdict_changes"] == 3 and len(out["by_verdict"]) == 3


def test_bad_input_is_a_message_not_a_traceback(db, tmp_path):
    done = _run(db, "simulate", "--sha256", "nothex")
    assert done.returncode == 2 and "error:" in done.stderr and "Traceback" not in done.stderr
    bad = tmp_path / "bad.json"
    bad.write_text('{"tenant": {"deleted_share": 3}}')
    done = _run(db, "simulate", "--scenario", str(bad))
    assert done.returncode == 2 and "deleted_share" in done.stderr
    # a mistyped policy name in policies.set matches no mail: an error naming the nearest known policy
    typo = _scenario(tmp_path, "typo", policies={"set": {"Executive": {"mar": False}}})
    done = _run(db, "simulate", "--scenario", typo, "--no-save", "--json")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["ok"] is False and "'Executive'" in out["message"]
    assert "did you mean 'Executives'?" in out["advice"] and "'Inbound Default'" in out["advice"]


def test_simulate_with_nothing_to_do_names_no_busiest_mailbox(tmp_path, capsys):
    """A what-if over no copy (a fresh database) makes no Graph request: no mailbox is the busiest ('None')."""
    from marlib.cli import main
    db = str(tmp_path / "m.duckdb")
    assert main(["--db", db, "settings", "tenant", "simulated"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "simulate", "--no-save"]) == 0
    out = capsys.readouterr().out
    assert "Graph requests a live run would make: 0" in out and "None" not in out, out
