"""compare: only copies whose outcome changes, printed without pandas artefacts."""
from __future__ import annotations

import json

from remediation_fixtures import World, sha

from marlib.cli import main
from marlib.store import Store
from marlib.whatif import compare

H = sha("cmp-evil")
DELETE = {"name": "delete", "seed": 1, "policies": {"all": {"mar": True, "action": "delete"}}}
FWD = {"name": "fwd", "seed": 1,
       "policies": {"all": {"mar": True, "action": "forward-delete", "forward_to": "soc@corp.example"},
                    "set": {"EXEC": {"mar": False}}}}


def _store(tmp_path) -> Store:
    store = Store(tmp_path / "m.duckdb")
    w = World()
    w.users("alice@corp.example", "bob@corp.example", "carol@corp.example", "soc@corp.example")
    w.message(["alice@corp.example"], files={"a.exe": H}, message_id="<acted@x>")
    w.message(["bob@corp.example"], files={"a.exe": H}, message_id="<quar@x>", status="quarantined")
    w.message(["carol@corp.example"], files={"a.exe": H}, message_id="<exec@x>", policy="EXEC")
    w.verdict(H, "MALICIOUS")
    w.save(store)
    return store


def test_compare_lists_outcome_changes_only_unless_all(tmp_path):
    store = _store(tmp_path)
    frame = compare(store, DELETE, FWD, sha256=H)
    got = {r["recipient"]: (r["status_a"], r["status_b"]) for r in frame.to_dict("records")}
    # bob: skipped not_delivered both sides (only the action differs): not listed
    assert got == {"alice@corp.example": ("succeeded", "succeeded"),
                   "carol@corp.example": ("succeeded", "skipped")}
    assert str(frame["mid"].dtype) == "Int64"
    everything = compare(store, DELETE, FWD, sha256=H, all_changes=True)
    assert "bob@corp.example" in set(everything["recipient"])


def test_compare_text_output(tmp_path, capsys):
    store = _store(tmp_path)
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text(json.dumps({**DELETE, "sha256": [H]}))
    b.write_text(json.dumps({**FWD, "sha256": [H], "tenant": {"outside_share": 0}}))
    assert main(["--db", str(store.path), "compare", "--scenario", str(a), "--scenario", str(b)]) == 0
    out = capsys.readouterr().out
    assert "2 recipients, 2 copies change outcome" in out
    assert "cop(ies)" not in out and "NaN" not in out and ".0 " not in out
    assert "bob@" not in out
    assert main(["--db", str(store.path), "compare", "--scenario", str(a), "--scenario", str(b),
                 "--all", "--json"]) == 0
    res = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert {r["recipient"] for r in res["changed"]} == {"alice@corp.example", "bob@corp.example",
                                                        "carol@corp.example"}
    assert all(isinstance(r["mid"], int) for r in res["changed"])
