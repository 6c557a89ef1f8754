"""Scenario files, seeded draws, the tenant builder and the duration estimate (no engine run)."""
from __future__ import annotations

import json

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from marlib.errors import InputError
from marlib.tenant.from_store import TenantBuilder, draw
from marlib.whatif_estimate import GraphLimits, estimate, mailbox_seconds
from marlib.whatif_scenario import TenantBehaviour, as_scenario, load_scenario, scenario_from_dict

H = "ab" * 32


def test_scenario_file_round_trip(tmp_path):
    raw = {"name": "n", "sha256": H.upper(), "window": {"since": "2026-11-01T00:00:00Z"},
           "policies": {"base": "none", "all": {"mar": "on", "action": "delete"},
                        "set": {"P": {"action": "forward", "forward_to": "a@b.example"}}},
           "tenant": {"file": "t.json", "deleted_share": 0.2, "group_size": 3,
                      "groups": {"L@X.example": ["A@x.example"]}},
           "seed": 4}
    path = tmp_path / "s.json"
    path.write_text(json.dumps(raw))
    sc = load_scenario(path)
    assert sc.sha256 == (H,) and sc.since.isoformat() == "2026-11-01T00:00:00" and sc.policy_base == "none"
    assert sc.policy_all.mar is True and sc.policy_set["P"].forward_to == "a@b.example"
    assert sc.tenant.file == tmp_path / "t.json" and sc.tenant.group_size == (3, 3)
    assert sc.tenant.groups == {"l@x.example": ("a@x.example",)}
    again = scenario_from_dict(json.loads(json.dumps(sc.as_dict())), base_dir=tmp_path)
    assert again == sc
    assert as_scenario(None).name == "scenario" and as_scenario(str(path)) == sc


@pytest.mark.parametrize("raw", [
    {"sha256": "xyz"}, {"colour": 1}, {"policies": {"base": "some"}},
    {"policies": {"all": {"action": "explode"}}}, {"tenant": {"deleted_share": 1.5}},
    {"tenant": {"nonsense": 1}}, {"window": {"since": "yesterday"}}, {"tenant": {"group_size": [3, 1]}},
])
def test_bad_scenarios_are_input_errors(raw):
    with pytest.raises(InputError):
        scenario_from_dict(raw)


def test_missing_or_broken_file(tmp_path):
    with pytest.raises(InputError):
        load_scenario(tmp_path / "nope.json")
    (tmp_path / "bad.json").write_text("{")
    with pytest.raises(InputError):
        load_scenario(tmp_path / "bad.json")


@given(st.integers(0, 2**31), st.text(max_size=30))
def test_draws_are_uniform_numbers_fixed_by_their_key(seed, key):
    u = draw(seed, "copy", key)
    assert 0.0 <= u < 1.0 and u == draw(seed, "copy", key)


def _copies(n: int) -> pd.DataFrame:
    return pd.DataFrame({"recipient": [f"u{i}@corp.example" for i in range(n)],
                         "message_id": [f"<m{i}@x>" for i in range(n)], "subject": "s",
                         "filename": "f.exe", "sha256": H})


def test_builder_shares_and_stability_across_subsets():
    b = TenantBehaviour(deleted_share=0.2, deleted_items_share=0.2, moved_share=0.2, unlicensed_share=0.1)
    full = TenantBuilder(b, ["corp.example"], seed=1)
    full.add_copies(_copies(2000))
    folders = pd.Series([m["folder"] for m in full.draft.messages.values()]).value_counts(normalize=True)
    kept = len(full.draft.messages) / 2000
    assert 0.6 < kept < 0.8                          # 20 % purged, 10 % unlicensed users hold nothing
    assert abs(folders["deleteditems"] - 0.25) < 0.05 and abs(folders["archive"] - 0.25) < 0.05
    part = TenantBuilder(b, ["corp.example"], seed=1)
    part.add_copies(_copies(2000).iloc[::7])
    for key, msg in part.draft.messages.items():     # a copy's state does not depend on the others
        assert full.draft.messages[key]["folder"] == msg["folder"]


def test_builder_groups_draw_members_from_the_domain_pool():
    pool = [f"p{i}@corp.example" for i in range(50)] + ["x@other.example"]
    b = TenantBehaviour(groups={"all@corp.example": ("p1@corp.example",)}, group_share=1.0, group_size=(3, 3))
    builder = TenantBuilder(b, ["corp.example"], seed=0, pool=pool)
    builder.add_copies(pd.DataFrame({"recipient": ["all@corp.example", "team@corp.example"],
                                     "message_id": ["<a@x>", "<b@x>"], "subject": "", "filename": "",
                                     "sha256": H}))
    groups = builder.draft.groups
    assert groups["all@corp.example"] == ["p1@corp.example"]
    assert len(groups["team@corp.example"]) == 3
    assert all(m.endswith("@corp.example") for m in groups["team@corp.example"])


def test_estimate_follows_graph_limits():
    lim = GraphLimits(latency_s=0.2)
    assert mailbox_seconds(4, 0, 1, lim) == pytest.approx(0.2)
    assert mailbox_seconds(40, 0, 1, lim) == pytest.approx(2.0)           # 4 in flight
    assert mailbox_seconds(10_001, 0, 1, lim) >= 600                         # next 10-minute window
    assert mailbox_seconds(61, 61, 1, lim) >= 120                            # 30 sends a minute
    pairs = {("resolve", "messages", "a@x"): 1, ("act", "messages", "a@x"): 1,
             ("act", "send", "a@x"): 1, ("act", "permanentDelete", "b@x"): 1}
    est = estimate(pairs, chain=4, limits=lim)
    assert est.requests == 4 and est.by_endpoint["messages"] == 2 and est.mailboxes == 2
    assert est.seconds == pytest.approx(0.2 * 3 + 0.2 * 4)


def test_list_like_addresses_are_distribution_lists_unless_disabled():
    copies = pd.DataFrame({"recipient": ["all-staff@corp.example", "sales-team@corp.example",
                                         "alice@corp.example"],
                           "message_id": "<a@x>", "subject": "", "filename": "", "sha256": H})
    pool = [f"p{i}@corp.example" for i in range(10)]
    on = TenantBuilder(TenantBehaviour(), ["corp.example"], pool=lambda: pool)
    on.add_copies(copies)
    assert set(on.draft.groups) == {"all-staff@corp.example", "sales-team@corp.example"}
    off = TenantBuilder(scenario_from_dict({"tenant": {"list_pattern": ""}}).tenant, ["corp.example"],
                        pool=lambda: pool)
    off.add_copies(copies)
    assert not off.draft.groups and len(off.draft.users) == 3
