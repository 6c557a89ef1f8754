"""The public library API (``marlib.__all__``): complete, documented, typed, and working on the sample.

Real things only: DuckDB files under tmp_path, the committed sample, the simulated tenant.
"""
from __future__ import annotations

import inspect
import shutil
import subprocess
import sys
import typing
from pathlib import Path

import pandas as pd
import pytest

import marlib
from marlib.demo import SAMPLE_DIR

REPO = Path(__file__).resolve().parent.parent
HEX64 = set("0123456789abcdef")


# -- completeness ------------------------------------------------------------------------

def _own_doc(obj: object) -> str:
    doc = inspect.getdoc(obj) or ""
    if inspect.isclass(obj) and doc.startswith(f"{obj.__name__}("):   # a dataclass's generated doc
        return ""
    return doc


def _unannotated(fn: object) -> list[str]:
    sig = inspect.signature(fn)
    missing = [p.name for p in sig.parameters.values()
               if p.name not in ("self", "cls") and p.annotation is inspect.Parameter.empty]
    if sig.return_annotation is inspect.Signature.empty and getattr(fn, "__name__", "") != "__init__":
        missing.append("return")
    return missing


def _public_members(cls: type) -> dict[str, object]:
    return {name: member for name, member in vars(cls).items()
            if not name.startswith("_") or name == "__init__"}


def test_every_name_in_all_exists_and_is_documented():
    assert marlib.__all__ and len(set(marlib.__all__)) == len(marlib.__all__)
    assert set(marlib.__all__) == set(marlib._WHERE)          # every public name is loadable lazily
    for name in marlib.__all__:
        obj = getattr(marlib, name)
        assert _own_doc(obj), f"marlib.{name} has no docstring"
    assert set(marlib.__all__) <= set(dir(marlib))
    with pytest.raises(AttributeError):
        marlib.no_such_name  # noqa: B018


def test_public_callables_are_annotated():
    for name in marlib.__all__:
        obj = getattr(marlib, name)
        if inspect.isfunction(obj):
            assert not _unannotated(obj), f"marlib.{name} lacks annotations: {_unannotated(obj)}"
            typing.get_type_hints(obj)
    # the facade's own methods and properties: documented and annotated
    for name, member in _public_members(marlib.Workbench).items():
        fn = member.fget if isinstance(member, property) else getattr(member, "__func__", member)
        if not callable(fn):
            continue
        assert inspect.getdoc(fn), f"Workbench.{name} has no docstring"
        assert not _unannotated(fn), f"Workbench.{name} lacks annotations: {_unannotated(fn)}"
        typing.get_type_hints(fn)                              # the hints resolve to real types


def test_typed_package_and_facade_surface():
    assert (REPO / "marlib" / "py.typed").exists()
    for method in ("ingest", "verdict_changes", "impact", "file_timeline", "plan", "simulate", "compare",
                   "replay", "remediate", "report", "failed_recipients", "export", "save_settings",
                   "check_connection"):
        assert callable(getattr(marlib.Workbench, method)), method
    assert inspect.signature(marlib.Workbench.remediate).parameters["live"].default is False


def test_import_marlib_stays_light():
    code = "import sys, marlib; print(sorted(m for m in ('pandas', 'duckdb', 'msal') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# -- a seeded database shared by the tests (copied per test) ---------------------------------

@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("seeded") / "marlib.duckdb"
    wb = marlib.open(path, sample=True)
    assert wb.overview()["messages"] > 0
    return path


@pytest.fixture
def wb(seeded_db, tmp_path) -> marlib.Workbench:
    db = tmp_path / "marlib.duckdb"
    shutil.copy(seeded_db, db)
    return marlib.open(db)


@pytest.fixture
def sha(wb) -> str:
    changes = wb.verdict_changes()
    return changes.sort_values("messages", ascending=False).sha256.iloc[0]


def test_open_without_path_is_the_embedded_default_seeded_from_the_sample(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MARLIB_DB", raising=False)
    snippet = (REPO / "docs" / "library.md").read_text(encoding="utf-8").split("```python\n")[1].split("```")[0]
    assert len(snippet.strip().splitlines()) == 5
    scope: dict = {}
    exec(compile(snippet, "docs/library.md", "exec"), scope)  # noqa: S102 - the README's five lines as written
    exported = pd.read_excel(tmp_path / "out.xlsx")             # one row per mailbox (groups expanded)
    assert len(exported) and set(exported["recipient"]) <= set(scope["wb"].impact(scope["sha"])["recipient"])
    wb = marlib.open()
    assert wb.store.path == Path("data") / "marlib.duckdb"
    assert (tmp_path / "data" / "marlib.duckdb").exists()
    counts = wb.overview()
    assert counts["messages"] > 0 and counts["retrospective_malicious"] > 0
    assert wb.tenant_file == (SAMPLE_DIR / "tenant.json").resolve()
    assert wb.load_sample() is False                       # already holds data: nothing changes
    assert marlib.open().overview() == counts


def test_open_a_path_does_not_seed_and_ingest_is_incremental(tmp_path):
    wb = marlib.open(tmp_path / "empty.duckdb")
    assert wb.overview()["messages"] == 0
    assert isinstance(wb.verdict_changes(), pd.DataFrame) and wb.verdict_changes().empty
    summary = wb.ingest(SAMPLE_DIR / "esa")
    assert isinstance(summary, marlib.IngestSummary) and summary.messages > 0
    again = wb.ingest([SAMPLE_DIR / "esa"])
    assert again.messages == 0 and again.verdict_events == 0
    # no simulated tenant configured: remediation without live=True is a dry run
    sha = wb.verdict_changes().sort_values("messages", ascending=False).sha256.iloc[0]
    result = wb.remediate(sha)
    assert result.mode == "dry-run"
    assert wb.tenant.startswith("dry-run")


def test_investigate_a_hash(wb, sha):
    changes = wb.verdict_changes()
    assert {"sha256", "changed_at", "previous_verdict", "messages", "handled"} <= set(changes.columns)
    impact = wb.impact(sha)
    assert len(impact) and set(impact["sha256"]) == {sha}
    assert {"mid", "recipient", "rcpt_status", "policy", "delivered_at", "sender", "subject"} \
        <= set(impact.columns)
    plan = wb.plan(sha)
    assert set(plan["status"]) <= {"planned", "skipped", "failed"}
    assert set(plan["recipient"]) <= set(impact["recipient"])
    assert (plan["status"] == "planned").any()
    timeline = wb.file_timeline(sha)
    assert list(timeline.columns) == ["time", "stage", "detail", "mid", "recipient", "status"]
    assert {"received", "verdict retrospective"} <= set(timeline["stage"])
    assert timeline["time"].dropna().is_monotonic_increasing


def test_impact_follows_any_hash_and_rejects_bad_input(wb):
    carried = wb.store.query_df(
        "SELECT sha256 FROM attachments a WHERE NOT EXISTS (SELECT 1 FROM verdict_events v "
        "WHERE v.sha256 = a.sha256 AND v.kind = 'retrospective') LIMIT 1").sha256.iloc[0]
    assert len(wb.impact(carried)) > 0
    assert wb.impact("ab" * 32).empty
    with pytest.raises(marlib.InputError):
        wb.impact("not-a-hash")
    assert wb.plan("ab" * 32).empty


def test_remediate_is_simulated_unless_live(wb, sha):
    result = wb.remediate(sha)
    assert isinstance(result, marlib.RunResult)
    assert result.mode == "simulated" and result.tenant == "simulated"
    assert set(result.outcomes["status"]) <= {"succeeded", "failed", "skipped"}
    live = wb.report(mode="live")
    assert live.iloc[0]["succeeded"] == 0 and live.iloc[0]["failed"] == 0
    simulated = wb.report(mode="simulated")
    assert simulated.iloc[0][["succeeded", "failed", "skipped"]].sum() == len(result.outcomes)
    by_reason = wb.report("reason", mode="simulated")
    assert {"reason", "succeeded", "failed", "skipped", "total"} <= set(by_reason.columns)
    failed = wb.failed_recipients(mode="simulated")
    assert len(failed) == (result.outcomes["status"] == "failed").sum()
    assert wb.runs(mode="simulated")["run_id"].iloc[0] == result.run_id
    assert "remediation succeeded" in set(wb.file_timeline(sha, mode="simulated")["stage"])
    assert wb.remediate(sha, dry_run=True).mode == "dry-run"
    with pytest.raises(marlib.SettingsError):
        wb.remediate(sha, live=True)                       # no mailbox settings saved
    with pytest.raises(marlib.InputError):
        wb.remediate()


def test_simulate_compare_and_replay(wb, sha):
    res = wb.simulate(sha, seed=3)
    assert isinstance(res, marlib.SimulationResult) and res.counts["total"] > 0
    a = {"name": "current", "policies": {"base": "current"}}
    b = {"name": "delete", "policies": {"base": "current", "all": {"mar": True, "action": "delete"}}}
    diff = wb.compare(a, b, sha256=sha, seed=3)
    assert isinstance(diff, pd.DataFrame) and {"a", "b"} <= set(diff.attrs)
    ra, rb = wb.replay(a, seed=3), wb.replay(b, seed=3)
    # replay replays history: also the changes a later CLEAN superseded (MAR acted before it came);
    # simulate acts as remediate --pending would now and leaves those out
    changes = wb.verdict_changes()
    assert ra.verdict_changes == len(changes) and ra.superseded == []
    now = wb.simulate(seed=3)
    assert now.verdict_changes == int(changes["clean_at"].isna().sum()) < len(changes)
    assert now.verdict_changes + len(now.superseded) == len(changes)
    changed = wb.compare_results(ra, rb)
    assert len(changed) and set(changed["action_b"].dropna()) <= {"delete"}


def test_policies_and_queries(wb):
    pols = wb.policies()
    assert list(pols.columns) == ["name", "mar_enabled", "action", "forward_to", "source"]
    name = pols["name"].iloc[0]
    wb.set_policy(name, mar=False, action="delete")
    assert not wb.policies().set_index("name").loc[name, "mar_enabled"]
    assert isinstance(wb.query("rejects"), pd.DataFrame)
    with pytest.raises(marlib.InputError):
        wb.query("_cap")
    found = wb.search("subject", "a")
    assert found.attrs["total"] >= len(found)
    detail = wb.message(int(found["mid"].iloc[0]))
    assert {"message", "recipients", "lifecycle"} <= set(detail)
    assert set(wb.timeline()["stage"]) >= {"delivered"}


def test_export_formats_and_formula_neutralising(wb, tmp_path):
    df = pd.DataFrame({"recipient": ["=HYPERLINK(\"http://x\")", "a@corp.example"], "n": [-1, 2]})
    csv = wb.export(df, tmp_path / "out" / "r.csv")
    text = csv.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and ",-1" in text
    assert pd.read_excel(wb.export(df, tmp_path / "r.xlsx"))["recipient"][0].startswith("'=")
    assert pd.read_parquet(wb.export(df, tmp_path / "r.parquet")).equals(df)
    assert len(pd.read_json(wb.export(df, tmp_path / "r.json"))) == 2
    with pytest.raises(marlib.InputError):
        wb.export(df, tmp_path / "r.txt")


def test_settings_are_reported_missing_and_certificates_are_made(wb, tmp_path):
    with pytest.raises(marlib.SettingsError):
        wb.settings()
    cert = marlib.new_certificate(tmp_path / "keys", "admin@corp.example")
    assert isinstance(cert, marlib.NewCertificate) and len(cert.thumbprint_hex) == 40
    assert (cert.key_path.stat().st_mode & 0o777) == 0o600
    check = wb.check_connection("admin@corp.example")
    assert not check.ok and check.reason == "settings_missing"
    assert wb.tenant == "simulated | live: not configured"


def test_moves_are_restored_when_the_verdict_flips_back_to_clean(wb):
    flipped = set(wb.store.query_df("SELECT sha256 FROM verdict_events WHERE kind = 'retrospective' "
                                    "AND verdict = 'CLEAN'")["sha256"])
    sha = next(s for s in wb.verdict_changes()["sha256"] if s in flipped)
    for name in wb.policies()["name"]:
        wb.set_policy(name, mar=True, action="move-junk")
    moved = wb.remediate(sha)
    assert (moved.outcomes["status"] == "succeeded").any()
    restored = wb.restore(sha)
    assert set(restored.outcomes["action"]) == {"restore"}
    assert (restored.outcomes["status"] == "succeeded").sum() == (moved.outcomes["status"] == "succeeded").sum()
