"""Saving the policy table: each edited row is compared with the policy as the table showed it; a policy
changed elsewhere since (another analyst, the command line) is not written over, the other edits are saved."""
from __future__ import annotations

from marlib.remediation.policies import changed_since, list_policies, save_policy_table, set_policy
from marlib.store import Store


def rows(policies, **edits) -> list[dict]:
    """The table's rows as the page hands them over: each policy's row, with the edited cells replaced."""
    return [{**p.as_dict(), **edits.get(p.name, {})} for p in policies]


def values(store: Store) -> dict[str, tuple]:
    return {p.name: p.settings for p in list_policies(store)}


def test_a_row_changed_elsewhere_is_not_written_and_the_others_are_saved(tmp_path):
    store = Store(tmp_path / "marlib.duckdb")
    set_policy(store, "DEFAULT", mar=True, action="forward-delete", forward_to="soc@example.com")
    set_policy(store, "Engineering", mar=True, action="delete")
    loaded = list_policies(store)
    set_policy(store, "DEFAULT", mar=False, action="forward-delete", forward_to="soc@example.com")  # analyst B

    result = save_policy_table(store, loaded, rows(loaded, DEFAULT={"action": "delete"},
                                                   Engineering={"action": "move-junk"}))
    assert [p.name for p in result.saved] == ["Engineering"]
    assert [(p.name, p.settings) for p in result.changed_elsewhere] == [
        ("DEFAULT", (False, "forward-delete", "soc@example.com"))], "the stored settings, to show"
    assert values(store) == {"DEFAULT": (False, "forward-delete", "soc@example.com"),
                             "Engineering": (True, "move-junk", None)}


def test_only_edited_rows_are_written_and_a_change_elsewhere_to_an_unedited_row_stays(tmp_path):
    store = Store(tmp_path / "marlib.duckdb")
    set_policy(store, "DEFAULT", mar=True, action="delete")
    set_policy(store, "Engineering", mar=True, action="delete")
    loaded = list_policies(store)
    set_policy(store, "DEFAULT", mar=False, action="delete")
    result = save_policy_table(store, loaded, rows(loaded, Engineering={"forward_to": float("nan")}))
    assert (result.saved, result.changed_elsewhere, result.errors) == ([], [], []), "an empty cell is no edit"
    result = save_policy_table(store, loaded, rows(loaded, Engineering={"mar_enabled": False}))
    assert [p.name for p in result.saved] == ["Engineering"] and not result.changed_elsewhere
    assert values(store) == {"DEFAULT": (False, "delete", None), "Engineering": (False, "delete", None)}


def test_an_invalid_row_is_refused_and_the_others_are_saved(tmp_path):
    store = Store(tmp_path / "marlib.duckdb")
    set_policy(store, "DEFAULT", mar=True, action="delete")
    set_policy(store, "Engineering", mar=True, action="delete")
    loaded = list_policies(store)
    result = save_policy_table(store, loaded, rows(loaded, DEFAULT={"action": "forward", "forward_to": " "},
                                                   Engineering={"action": "move-deleted"}))
    assert [name for name, _ in result.errors] == ["DEFAULT"] and "forward-to" in result.errors[0][1].message
    assert values(store) == {"DEFAULT": (True, "delete", None), "Engineering": (True, "move-deleted", None)}


def test_changed_since_compares_the_settings_only(tmp_path):
    store = Store(tmp_path / "marlib.duckdb")
    pol = set_policy(store, "DEFAULT", mar=True, action="delete")
    assert not changed_since(pol, list_policies(store)[0])
    assert changed_since(pol, set_policy(store, "DEFAULT", mar=True, action="delete", forward_to="a@b.example"))
    assert changed_since(None, pol) and not changed_since(None, None)
