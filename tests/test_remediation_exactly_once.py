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
