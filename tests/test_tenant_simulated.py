"""SimulatedMailboxes: the Mailboxes protocol, Graph-equivalent failures, seeded outages, request budget."""
from __future__ import annotations

import pytest

from marlib.emulator.testing import demo_tenant, new_certificate
from marlib.errors import ConnectivityError, MailboxError
from marlib.models import Reason
from marlib.tenant.base import Mailboxes
from marlib.tenant.model import TenantModel
from marlib.tenant.simulated import SimulatedMailboxes, reason_for

IMID = "<m1@mail.example.net>"


@pytest.fixture(scope="module")
def tenant() -> dict:
    return demo_tenant(new_certificate()[1])


@pytest.fixture
def sim(tenant: dict) -> SimulatedMailboxes:
    return SimulatedMailboxes(TenantModel.from_dict(tenant))


def _reason(fn, *args) -> tuple[str, str, int]:
    with pytest.raises(MailboxError) as e:
        fn(*args)
    return e.value.reason, e.value.code, e.value.status


def test_is_a_mailboxes_backend(sim: SimulatedMailboxes) -> None:
    assert isinstance(sim, Mailboxes) and sim.kind == "simulated"


def test_forward_delete_flow(sim: SimulatedMailboxes) -> None:
    [copy] = sim.locate("alice@contoso.com", IMID)
    assert copy.folder == "inbox" and copy.internet_message_id == IMID
    draft = sim.create_forward("alice@contoso.com", copy.id, "admin@contoso.com", "marlib action 7")
    assert sim.find_drafts("alice@contoso.com", "marlib action 7") == [draft]
    sim.send_draft("alice@contoso.com", draft)
    assert sim.find_drafts("alice@contoso.com", "marlib action 7") == []
    sim.permanent_delete("alice@contoso.com", copy.id)
    assert sim.locate("alice@contoso.com", IMID) == []
    assert _reason(sim.permanent_delete, "alice@contoso.com", copy.id) == \
        (Reason.MESSAGE_NOT_FOUND, "ErrorItemNotFound", 404)
    sent = [m for m in sim.model.messages("alice@contoso.com") if m.folder == "sentitems"]
    assert [(m.forward_of, m.to) for m in sent] == [(IMID, ["admin@contoso.com"])]


def test_orphan_draft_is_found_and_removed(sim: SimulatedMailboxes) -> None:
    [copy] = sim.locate("alice@contoso.com", IMID)
    draft = sim.create_forward("alice@contoso.com", copy.id, "admin@contoso.com", "action-id 99")
    [found] = sim.find_drafts("alice@contoso.com", "action-id 99")
    sim.delete_draft("alice@contoso.com", found)
    sim.delete_draft("alice@contoso.com", found)   # already gone: not an error
    assert sim.find_drafts("alice@contoso.com", "action-id 99") == [] and found == draft


def test_failures_carry_graph_reasons(sim: SimulatedMailboxes) -> None:
    assert _reason(sim.locate, "nobody@contoso.com", IMID) == (Reason.NOT_O365_USER, "ErrorInvalidUser", 404)
    assert _reason(sim.locate, "carol@contoso.com", IMID) == \
        (Reason.NOT_O365_USER, "MailboxNotEnabledForRESTAPI", 404)
    [copy] = sim.locate("dave@contoso.com", IMID)
    assert copy.folder == "recoverableitemsdeletions"
    assert _reason(sim.permanent_delete, "dave@contoso.com", copy.id) == \
        (Reason.DELETE_NOT_ALLOWED, "ErrorCannotDeleteObject", 403)


def test_move_and_soft_delete(sim: SimulatedMailboxes) -> None:
    [copy] = sim.locate("alice@contoso.com", IMID)
    moved = sim.move("alice@contoso.com", copy.id, "junkemail")
    assert moved.folder == "junkemail" and moved.id == copy.id   # immutable ids
    sim.soft_delete("alice@contoso.com", moved.id)
    assert sim.locate("alice@contoso.com", IMID)[0].folder == "deleteditems"
    back = sim.move("alice@contoso.com", moved.id, "inbox")
    assert back.folder == "inbox"


def test_resolve_group_counts_requests(sim: SimulatedMailboxes) -> None:
    group = sim.resolve("sales@contoso.com")
    assert group.kind == "group" and "dave@contoso.com" in group.members
    assert sim.resolve("bob@contoso.com").kind == "user"
    assert sim.resolve("x@elsewhere.org").kind == "none"
    snap = sim.requests.snapshot()
    # a directory look-up of the address's user (an alias's user: GraphMailboxes.resolve), once per address; bob
    # needs none: sales' members came from the directory under their primary addresses
    assert snap["by_endpoint"] == {"users": 2, "messages": 3, "groups": 2, "transitiveMembers": 1}
    assert snap["total"] == 8
    sim.resolve("x@elsewhere.org")   # asked again (say an outage check): its user is not looked up again
    assert sim.requests.snapshot()["by_endpoint"]["users"] == 2


def test_outage_and_throttle_lists(tenant: dict) -> None:
    sim = SimulatedMailboxes(TenantModel.from_dict(tenant), outage=["bob@contoso.com"],
                             throttle=["alice@contoso.com"])
    with pytest.raises(ConnectivityError):
        sim.locate("bob@contoso.com", IMID)
    assert _reason(sim.locate, "alice@contoso.com", IMID) == (Reason.THROTTLED, "ApplicationThrottled", 429)
    assert sim.locate("dave@contoso.com", IMID)
    snap = sim.requests.snapshot()
    assert (snap["total"], snap["throttled"], snap["failed"]) == (3 + 10, 1, 1)   # + dave's folder map


def test_seeded_shares_are_reproducible(tenant: dict) -> None:
    addresses = [f"user{i}@contoso.com" for i in range(400)]

    def hit(seed: int) -> set[str]:
        sim = SimulatedMailboxes(TenantModel.from_dict(tenant), seed=seed, outage=0.25)
        return {a for a in addresses if a in sim.outage}
    first, again, other = hit(1), hit(1), hit(2)
    assert first == again and first != other
    assert 60 < len(first) < 140


def test_reason_table() -> None:
    assert reason_for(403, "ErrorAccessDenied") == Reason.ACCESS_DENIED
    assert reason_for(429, None) == Reason.THROTTLED
    assert reason_for(503, "ServiceUnavailable") == Reason.CONNECTIVITY


def test_add_unknown_adds_only_what_was_never_held() -> None:
    """A saved tenant topped up from a rebuilt one: new users and copies join with ids of their own; a copy
    held before, even purged, is not put back."""
    saved = TenantModel("t1", ["corp.example"])
    saved.add_user("alice@corp.example")
    gone = saved.add_message("alice@corp.example", "<old@x>")
    saved.permanent_delete("alice@corp.example", gone.id)
    kept = saved.add_message("alice@corp.example", "<kept@x>")
    rebuilt = TenantModel("t1", ["corp.example"])
    rebuilt.add_user("alice@corp.example")
    rebuilt.add_user("carol@corp.example")
    rebuilt.add_group("team@corp.example", ["carol@corp.example"])
    for imid in ("<old@x>", "<kept@x>", "<new@x>"):
        rebuilt.add_message("alice@corp.example", imid)
    rebuilt.add_message("carol@corp.example", "<new@x>")
    assert saved.add_unknown(rebuilt) == 2
    assert saved.locate("alice@corp.example", "<old@x>") == []
    assert saved.locate("alice@corp.example", "<kept@x>") == [kept]
    new = saved.locate("alice@corp.example", "<new@x>") + saved.locate("carol@corp.example", "<new@x>")
    assert len(new) == 2 and len({m.id for m in saved.messages()}) == len(saved.messages()) == 4
    assert saved.group_by_mail("team@corp.example").members == ["carol@corp.example"]
    assert saved.add_unknown(rebuilt) == 0
