"""A list reached by an alias of the group (``smtp:`` in the group's proxyAddresses) is the list: its members'
mailboxes are acted on, as when it is reached by its primary address (it failed as not_o365_user).

Graph finds a group by any of its SMTP addresses with ``groups?$filter=proxyAddresses/any(x:x eq 'smtp:ADDR')``
(group.proxyAddresses supports ``eq`` by default: no ``ConsistencyLevel: eventual`` nor ``$count``, which only
``ne``/``not``/``endsWith``/counting need); the emulator and the simulated tenant answer the same.
"""
from __future__ import annotations

import pytest
from remediation_fixtures import DOMAIN, World, live_tenant, mailbox_messages, sha

from marlib.remediation.journal import DuckJournal
from marlib.remediation.policies import set_policy
from marlib.remediation.run import remediate
from marlib.store import Store
from marlib.tenant.graph import mailboxes_from_settings
from marlib.tenant.model import TenantModel
from marlib.tenant.simulated import SimulatedMailboxes

H = sha("group-alias-evil")
KOFI, ANN = f"kofi@{DOMAIN}", f"ann@{DOMAIN}"
TEAM, TEAM_ALIAS = f"team@{DOMAIN}", "team@corp-mail.example"
DOMAINS = [DOMAIN, "corp-mail.example"]


def _world(recipients: list[str]) -> World:
    w = World()
    w.tenant = TenantModel(w.tenant.tenant_id, DOMAINS)
    w.tenant.add_user(KOFI)
    w.tenant.add_user(ANN)
    w.tenant.add_group(TEAM, [KOFI, ANN], aliases=[TEAM_ALIAS])
    w.message(recipients, files={"a.pdf": H}, message_id="<g1@x>", deliver=False)
    for box in (KOFI, ANN):
        w.tenant.add_message(box, "<g1@x>")
    w.verdict(H, "MALICIOUS")
    return w


def _store(tmp_path, w: World) -> Store:
    store = Store(tmp_path / "m.duckdb")
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="delete")
    return store


def _acted(outcomes) -> dict[str, tuple[str, str]]:
    rows = outcomes[outcomes["status"] != "skipped"]
    assert rows["mailbox"].is_unique, rows[["recipient", "mailbox", "status", "reason"]]
    return {r.mailbox: (r.status, r.reason) for r in rows.itertuples()}


WANT = {ANN: ("succeeded", "ok"), KOFI: ("succeeded", "ok")}


def test_the_model_resolves_a_group_by_its_alias_under_its_primary_address():
    w = _world([TEAM_ALIAS])
    p = w.tenant.resolve(TEAM_ALIAS.upper())
    assert (p.address, p.kind, p.members) == (TEAM, "group", (ANN, KOFI))
    again = TenantModel.from_dict(w.tenant.to_dict())   # the tenant file keeps the group's aliases
    assert again.resolve(TEAM_ALIAS).members == (ANN, KOFI)


@pytest.mark.parametrize("recipients", [[TEAM_ALIAS], [TEAM_ALIAS, TEAM, KOFI]], ids=["alias", "alias+list+member"])
def test_group_alias_recipient_acts_on_the_members_simulated(tmp_path, recipients):
    w = _world(recipients)
    store = _store(tmp_path, w)
    result = remediate(store, SimulatedMailboxes(w.tenant), pending=True, journal=DuckJournal(store, "simulated"))
    assert _acted(result.outcomes) == WANT


@pytest.mark.parametrize("recipients", [[TEAM_ALIAS], [TEAM_ALIAS, TEAM, KOFI]], ids=["alias", "alias+list+member"])
def test_group_alias_recipient_acts_on_the_members_on_the_emulator(tmp_path, recipients):
    w = _world(recipients)
    store = _store(tmp_path, w)
    with live_tenant(store, w, domains=DOMAINS) as emu:
        result = remediate(store, mailboxes_from_settings(store), pending=True)
        assert _acted(result.outcomes) == WANT
        state = emu.state()
        for box in (KOFI, ANN):
            assert [m["folder"] for m in mailbox_messages(state, box) if m["internet_message_id"] == "<g1@x>"] \
                == ["recoverableitemspurges"]
        assert [g.get("aliases") for g in state["groups"] if g["address"] == TEAM] == [[TEAM_ALIAS]]
