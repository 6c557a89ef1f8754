"""Exactly-once forwards when answers are lost: the request reached the mailbox, its answer did not.

The invariant, checked from the tenant's state: for each succeeded forward action exactly one
forward in the victim's Sent Items and no marlib draft left in Drafts; for each copy whose
forward failed, no forward; every planned copy ends succeeded / failed / skipped.
"""
from __future__ import annotations

import pytest
from remediation_fixtures import World, live_tenant, sha

from marlib.errors import ConnectivityError
from marlib.graph.client import RetryPolicy
from marlib.remediation.engine import EngineOptions
from marlib.remediation.journal import DuckJournal
from marlib.remediation.policies import set_policy
from marlib.remediation.run import remediate
from marlib.store import Store
from marlib.tenant.graph import mailboxes_from_settings
from marlib.tenant.model import TenantModel
from marlib.tenant.simulated import SimulatedMailboxes

H = sha("lost-answers")
BOXES = [f"u{i}@corp.example" for i in range(6)]
IMID = "<lost@x>"


def _world() -> World:
    w = World()
    w.users(*BOXES, "soc@corp.example")
    w.message(BOXES, files={"a.exe": H}, message_id=IMID)
    w.verdict(H, "MALICIOUS")
    return w


def _setup(tmp_path) -> tuple[Store, World]:
    store = Store(tmp_path / "m.duckdb")
    w = _world()
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="forward-delete", forward_to="soc@corp.example")
    return store, w


def invariant_violations(messages: list[dict], outcomes) -> list[tuple]:
    """What breaks exactly-once in a tenant state (tenant-file message records) for a run's outcomes."""
    def of(box: str, imid: str, folder: str | None = None, draft: bool | None = None) -> list[dict]:
        return [m for m in messages if m["mailbox"].lower() == box and m.get("forward_of") == imid
                and (folder is None or m["folder"] == folder)
                and (draft is None or bool(m.get("is_draft")) == draft)]
    bad = []
    for o in outcomes.itertuples():
        if o.action not in ("forward", "forward-delete"):
            continue
        sent = of(o.mailbox, o.message_id, "sentitems", False)
        drafts = of(o.mailbox, o.message_id, draft=True)
        if o.status == "succeeded" and (len(sent) != 1 or drafts):
            bad.append(("succeeded", o.mailbox, len(sent), len(drafts)))
        if o.status == "failed" and (sent or drafts):
            bad.append(("failed", o.mailbox, o.reason, len(sent), len(drafts)))
        if o.status not in ("succeeded", "failed", "skipped"):
            bad.append(("open", o.mailbox, o.status))
    return bad


class LostCreateAnswer:
    """createForward reaches the tenant but its answer is lost (read timeout after the server acted)."""

    def __init__(self, inner, *, drafts_reachable: bool = True) -> None:
        self.inner, self.kind, self.drafts_reachable = inner, inner.kind, drafts_reachable

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def create_forward(self, mailbox, message_id, to, comment):
        self.inner.create_forward(mailbox, message_id, to, comment)
        raise ConnectivityError("No answer from graph.microsoft.com within 60 s (simulated lost answer)")

    def find_drafts(self, mailbox, marker):
        if not self.drafts_reachable:
            raise ConnectivityError("connection reset (simulated)")
        return self.inner.find_drafts(mailbox, marker)


def _records(model: TenantModel) -> list[dict]:
    return model.to_dict()["messages"]


def test_lost_create_forward_answer_sends_the_draft_it_made(tmp_path):
    store, w = _setup(tmp_path)
    result = remediate(store, LostCreateAnswer(SimulatedMailboxes(w.tenant)), pending=True,
                       journal=DuckJournal(store, "simulated"))
    assert set(result.outcomes["status"]) == {"succeeded"}, result.outcomes[["mailbox", "reason", "detail"]]
    assert invariant_violations(_records(w.tenant), result.outcomes) == []


def test_lost_create_forward_answer_and_drafts_unreachable_then_retry_sends_it_once(tmp_path):
    store, w = _setup(tmp_path)
    first = remediate(store, LostCreateAnswer(SimulatedMailboxes(w.tenant), drafts_reachable=False),
                      pending=True, journal=DuckJournal(store, "simulated"))
    assert set(first.outcomes["reason"]) == {"connectivity"} and set(first.outcomes["step"]) == {"forward"}
    # the orphaned drafts carry the action id: the retry continues the action and sends each once
    again = remediate(store, SimulatedMailboxes(w.tenant), sha256=[H], journal=DuckJournal(store, "simulated"))
    assert set(again.outcomes["status"]) == {"succeeded"}
    assert set(again.outcomes["action_id"]) == set(first.outcomes["action_id"])
    assert invariant_violations(_records(w.tenant), again.outcomes) == []


@pytest.mark.slow
def test_live_lost_answers_on_every_forward_step_keep_exactly_once(tmp_path):
    """The emulator carries out createForward / send / permanentDelete and then resets the
    connection: the answer is lost. Before the fix a lost createForward answer failed the copy
    as a connectivity problem and left the draft in the user's Drafts."""
    store, w = _setup(tmp_path)
    with live_tenant(store, w) as emu:
        emu.faults([{"kind": "lost", "path": "/createForward", "count": 3},
                    {"kind": "lost", "path": "/send", "after": 1, "count": 2},
                    {"kind": "lost", "path": "/permanentDelete", "after": 2, "count": 2}])
        retry = RetryPolicy(max_attempts=3, backoff_base=0.05, backoff_cap=0.2, max_retry_after=5)
        mailboxes = mailboxes_from_settings(store, retry=retry)
        try:
            result = remediate(store, mailboxes, pending=True)
        finally:
            mailboxes.close()
        state = emu.state()
    assert state["faults"] == []                        # every lost answer happened
    out = result.outcomes
    assert set(out["status"]) == {"succeeded"}, out[["mailbox", "step", "reason", "detail"]]
    assert invariant_violations(state["messages"], out) == []
    left = [m["folder"] for m in state["messages"] if m["internet_message_id"] == IMID]
    assert set(left) == {"recoverableitemspurges"}


def test_a_reloaded_tenant_never_gives_a_new_draft_an_existing_message_id(tmp_path):
    """The simulated tenant is saved between runs (simulated_tenant.json) and loaded again: ids
    made after the reload must not take a loaded message's id, else the second run's delete purged
    the first run's forward (found by that id) and left the malicious copy in place."""
    h2 = sha("lost-answers-2")
    store = Store(tmp_path / "m.duckdb")
    w = World()
    w.users("alice@corp.example", "soc@corp.example")
    for i in range(4):
        w.message(["alice@corp.example"], files={"a.exe": H}, message_id=f"<first{i}@x>")
    w.verdict(H, "MALICIOUS")
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="forward-delete", forward_to="soc@corp.example")
    first = remediate(store, SimulatedMailboxes(w.tenant), sha256=[H])
    for i in range(12):   # mail that arrived after the first run: ids above the reloaded count
        w.message(["alice@corp.example"], files={"b.exe": h2}, message_id=f"<second{i}@x>")
    w.verdict(h2, "MALICIOUS")
    w.save(store)
    reloaded = TenantModel.from_dict(w.tenant.to_dict())
    second = remediate(store, SimulatedMailboxes(reloaded), sha256=[h2], options=EngineOptions(max_workers=1))
    assert set(first.outcomes["status"]) == set(second.outcomes["status"]) == {"succeeded"}
    records = _records(reloaded)
    assert invariant_violations(records, first.outcomes) == []
    assert invariant_violations(records, second.outcomes) == []
    originals = [m["folder"] for m in records if m["internet_message_id"].startswith(("<first", "<second"))]
    assert set(originals) == {"recoverableitemspurges"} and len(originals) == 16


@pytest.mark.slow
def test_item_budget_holds_inside_the_graph_clients_retries(tmp_path):
    """A mailbox answering 429 with a Retry-After longer than the item's budget fails as throttled
    without the client waiting out its own retries first (before: 6 attempts of 3 s each)."""
    store = Store(tmp_path / "m.duckdb")
    w = World()
    w.users("u0@corp.example", "u1@corp.example")
    w.message(["u0@corp.example", "u1@corp.example"], files={"a.exe": H}, message_id=IMID)
    w.verdict(H, "MALICIOUS")
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="delete")
    with live_tenant(store, w) as emu:
        emu.faults([{"kind": "429", "retry_after": 3, "after": 0, "count": 1000,
                     "path": "u0@corp.example/messages?$filter"}])
        mailboxes = mailboxes_from_settings(store)   # default retry policy: up to 6 attempts
        try:
            result = remediate(store, mailboxes, pending=True, options=EngineOptions(item_budget_s=1.5))
        finally:
            mailboxes.close()
        pending = emu.state()["faults"]
    out = result.outcomes.set_index("mailbox")
    assert out.loc["u0@corp.example", "reason"] == "throttled", out.loc["u0@corp.example", "detail"]
    assert out.loc["u1@corp.example", "status"] == "succeeded"
    assert 1000 - pending[0]["count"] <= 1          # the locate was not sent again


@pytest.mark.slow
def test_inner_504_of_the_folder_map_batch_is_retried(tmp_path):
    """A 504 inside the $batch that maps a mailbox's folders (GETs, repeatable) is sent again
    instead of failing the copy's locate as a connectivity problem."""
    store = Store(tmp_path / "m.duckdb")
    w = World()
    w.users("u0@corp.example")
    w.message(["u0@corp.example"], files={"a.exe": H}, message_id=IMID)
    w.verdict(H, "MALICIOUS")
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="delete")
    with live_tenant(store, w) as emu:
        emu.faults([{"kind": "504", "path": "/mailFolders/", "count": 3}])
        retry = RetryPolicy(max_attempts=4, backoff_base=0.05, backoff_cap=0.2)
        mailboxes = mailboxes_from_settings(store, retry=retry)
        try:
            result = remediate(store, mailboxes, pending=True)
        finally:
            mailboxes.close()
        assert emu.state()["faults"] == []
    assert result.outcomes.loc[0, "status"] == "succeeded", result.outcomes.loc[0, "detail"]
