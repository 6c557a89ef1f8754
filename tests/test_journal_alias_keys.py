"""Journal rows keyed by an alias (written before recipients were resolved to their mailbox's primary address,
or while the directory could not be read) count as done for that mailbox: a retry does not act on it again.

The old code's journal, reproduced with it (git 2300707~1) for a message to kofi's alias and to kofi (forward to
the SOC) while kofi's primary address failed for a retryable reason: a row (alias, alias) succeeded (forwarded)
and a row (kofi, kofi) failed ``connectivity``. ``remediate --pending`` then forwarded kofi's copy a second time.
The rows are written here in that shape directly.
"""
from __future__ import annotations

import pytest
from remediation_fixtures import DOMAIN, World, sha

from marlib.remediation.journal import DuckJournal
from marlib.remediation.policies import set_policy
from marlib.remediation.run import remediate
from marlib.store import Store
from marlib.tenant.model import TenantModel
from marlib.tenant.simulated import SimulatedMailboxes

H = sha("old-alias-rows")
KOFI, ALIAS, ANN, SOC = f"kofi@{DOMAIN}", "kofi@corp-mail.example", f"ann@{DOMAIN}", f"soc@{DOMAIN}"
TEAM = f"team@{DOMAIN}"


def _world(recipients: list[str]) -> World:
    w = World()
    w.tenant = TenantModel(w.tenant.tenant_id, [DOMAIN, "corp-mail.example"])
    w.tenant.add_user(KOFI, aliases=[ALIAS])
    w.tenant.add_user(ANN)
    w.tenant.add_user(SOC)
    w.tenant.add_group(TEAM, [KOFI, ANN])
    w.message(recipients, files={"a.pdf": H}, message_id="<old@x>", deliver=False)
    for box in (KOFI, ANN):
        w.tenant.add_message(box, "<old@x>")
    w.verdict(H, "MALICIOUS")
    return w


def _forwards(model: TenantModel, box: str) -> int:
    return sum(1 for m in model.messages(box) if m.forward_of == "<old@x>" and not m.is_draft)


def _as_the_old_code_left_it(store: Store, route: str) -> None:
    """Rewrite the first run's one action for kofi into the old code's two: the alias's (succeeded, forwarded)
    and the one through ``route`` (kofi itself or the list), failed for a retryable reason."""
    with store.connect() as con:
        con.execute("UPDATE remediation_actions SET recipient = ?, mailbox = ? WHERE mailbox = ?", [ALIAS, ALIAS, KOFI])
        con.execute("""INSERT INTO remediation_actions SELECT * REPLACE (
                           'old-' || action_id AS action_id, ? AS recipient, ? AS mailbox, 'failed' AS status,
                           'connectivity' AS reason, 'Connection Unsuccessful' AS detail, NULL AS draft_id)
                       FROM remediation_actions WHERE mailbox = ?""", [route, KOFI, ALIAS])


@pytest.mark.parametrize("route", [KOFI, TEAM], ids=["primary", "list"])
def test_a_retry_does_not_act_again_on_a_copy_done_under_an_alias(tmp_path, route):
    w = _world([ALIAS, route])
    store = Store(tmp_path / "m.duckdb")
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="forward", forward_to=SOC)
    first = remediate(store, SimulatedMailboxes(w.tenant), pending=True, journal=DuckJournal(store, "simulated"))
    assert first.counts["succeeded"] == (2 if route == TEAM else 1)
    assert _forwards(w.tenant, KOFI) == 1
    _as_the_old_code_left_it(store, route)

    sim = SimulatedMailboxes(w.tenant)
    retry = remediate(store, sim, pending=True, journal=DuckJournal(store, "simulated"))
    assert _forwards(w.tenant, KOFI) == 1, retry.outcomes[["recipient", "mailbox", "status", "reason"]]
    assert retry.counts["succeeded"] == 0 and retry.counts["failed"] == 0, retry.outcomes
    kofi = retry.outcomes[retry.outcomes["mailbox"] == KOFI]
    assert list(kofi["reason"]) == ["already_remediated"]
    # the old key is looked up once (one directory request per distinct address), never per copy
    assert sim.requests.snapshot()["by_endpoint"].get("users", 0) <= 2


def test_restore_moves_back_a_copy_moved_under_an_alias(tmp_path):
    """restore acted on the journal's mailbox as written: an alias, which Graph's /users/{id | userPrincipalName}
    (and the emulator, and the simulated tenant) answer 404 ErrorInvalidUser: the copy stayed in Junk
    (failed not_o365_user). It is now looked up to its mailbox's primary address first."""
    from marlib.remediation.run import restore
    w = _world([ALIAS])
    store = Store(tmp_path / "m.duckdb")
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="move-junk")
    sim = SimulatedMailboxes(w.tenant)
    moved = remediate(store, sim, pending=True, journal=DuckJournal(store, "simulated"))
    assert moved.counts["succeeded"] == 1
    with store.connect() as con:   # the old code's row: the copy delivered to the alias, journaled under it
        con.execute("UPDATE remediation_actions SET mailbox = ? WHERE mailbox = ?", [ALIAS, KOFI])
    w.verdict(H, "CLEAN")
    w.save(store)
    back = restore(store, SimulatedMailboxes(w.tenant), H, journal=DuckJournal(store, "simulated"))
    assert list(zip(back.outcomes["mailbox"], back.outcomes["status"])) == [(KOFI, "succeeded")], back.outcomes
    assert [m.folder for m in w.tenant.messages(KOFI) if m.internet_message_id == "<old@x>"] == ["inbox"]
