"""GraphClient / mail / GraphMailboxes against the HTTPS emulator: hostile Message-IDs,
fault injection (429 with and without Retry-After, 503, 504, reset, hang), the
per-mailbox limit, $batch, and every Mailboxes operation."""
from __future__ import annotations

import re
import threading

import pytest

from connection_fixtures import ALICE, BOB, CAROL, make_keys, settings_for, write_tenant
from marlib.emulator.testing import start_emulator
from marlib.errors import ConnectivityError, MailboxError
from marlib.graph import mail
from marlib.graph.client import BatchRequest, RetryPolicy
from marlib.tenant.base import Mailboxes
from marlib.tenant.graph import mailboxes_from_settings

HOSTILE = [
    "<o'brien@example.com>",
    "<''@example.com>",
    "<x' or internetMessageId ne 'y@example.com>",
    "<100%25@example.com>",
    "<50%@example.com>",
    "<50%41@example.com>",
    "<a+b@example.com>",
    "<a b@example.com>",
    "<frag#ment@example.com>",
    "<a&$top=1@example.com>",
    "<a/b/../c@example.com>",
    "<ünïcødé-日本語-✉@example.com>",
    "<q?x=1;y=2@example.com>",
    "<back\\slash\"dq@example.com>",
    "<" + "a" * 984 + "@example.com>",  # 998 characters, the RFC 5322 line limit
]
DECOYS = ["<o'brien@example.co>", "<o''brien@example.com>", "<100%@example.com>", "<50A@example.com>",
          "<a b@example.com >", "<frag", "<a", "<" + "a" * 983 + "@example.com>", "<50>"]


def breaks_naive(imid: str) -> bool:
    """Characters that change meaning in an unescaped query: quote, +, #, &, a valid %XX."""
    return bool(set("'+#&") & set(imid)) or re.search(r"%[0-9A-Fa-f]{2}", imid) is not None


def _messages():
    out = []
    for i, imid in enumerate(HOSTILE + DECOYS):
        out.append({"mailbox": ALICE, "internet_message_id": imid, "folder": "inbox",
                    "subject": f"m{i}"})
    out.append({"mailbox": ALICE, "internet_message_id": HOSTILE[0], "folder": "deleteditems",
                "subject": "second copy"})
    for i in range(12):  # more than one page (the emulator pages by 10)
        out.append({"mailbox": CAROL, "internet_message_id": "<many@example.com>",
                    "folder": "inbox", "subject": f"copy {i}"})
    out.append({"mailbox": CAROL, "internet_message_id": "<ops@example.com>", "folder": "inbox",
                "subject": "ops", "attachments": [{"name": "a.pdf", "sha256": "00" * 32}]})
    out.append({"mailbox": CAROL, "internet_message_id": "<stuck@example.com>",
                "folder": "recoverableitemsdeletions", "subject": "stuck"})
    return out


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("graph")
    keys = make_keys(root)
    assert len(HOSTILE[-1]) == 998
    with start_emulator(write_tenant(root, _messages())) as emu:
        yield emu, keys


class NoWait:
    def __init__(self):
        self.now, self.sleeps = 0.0, []

    def clock(self):
        return self.now

    def sleep(self, s):
        self.sleeps.append(s)
        self.now += s


def _boxes(world, **kw):
    emu, keys = world
    return mailboxes_from_settings(settings_for(emu, keys), **kw)


def test_hostile_message_ids_round_trip(world):
    boxes = _boxes(world)
    assert isinstance(boxes, Mailboxes)
    for imid in HOSTILE:
        copies = boxes.locate(ALICE, imid)
        assert {c.internet_message_id for c in copies} == {imid}, imid
        assert len(copies) == (2 if imid == HOSTILE[0] else 1)
    folders = sorted(c.folder for c in boxes.locate(ALICE, HOSTILE[0]))
    assert folders == ["deleteditems", "inbox"]
    assert boxes.locate(ALICE, "<absent@example.com>") == []
    assert len(boxes.locate(CAROL, "<many@example.com>")) == 12  # paged


def test_naive_unescaped_filter_fails(world):
    emu, _ = world
    boxes = _boxes(world)
    token = boxes.tokens.token()
    session = emu.session()
    failures = 0
    for imid in HOSTILE:
        url = (f"{emu.graph_url}/v1.0/users/{ALICE}/messages?$filter=internetMessageId eq "
               f"'{imid}'&$select=id,internetMessageId")
        r = session.get(url, headers={"Authorization": f"Bearer {token}"}, timeout=30)
        found = ({m["internetMessageId"] for m in r.json().get("value", [])}
                 if r.status_code == 200 else None)
        wrong = found != {imid}
        if breaks_naive(imid):
            assert wrong, f"naive filter unexpectedly worked for {imid!r}"
        failures += wrong
    assert failures >= 8


def test_retries_against_fault_injection(world):
    emu, _ = world
    t = NoWait()
    boxes = _boxes(world, clock=t.clock, sleep=t.sleep, timeout=(5, 1.0),
                   retry=RetryPolicy(max_attempts=7))
    boxes.locate(ALICE, HOSTILE[1])  # token and folder ids first
    emu.configure(hang_seconds=3)
    path = f"/users/{ALICE}/messages"
    emu.faults([{"kind": "429", "path": path, "retry_after": 2},
                {"kind": "429", "path": path, "retry_after": None},
                {"kind": "503", "path": path, "retry_after": 1},
                {"kind": "504", "path": path},
                {"kind": "reset", "path": path},
                {"kind": "hang", "path": path}])
    before = emu.state()["requests"]
    copies = boxes.locate(ALICE, HOSTILE[2])
    assert [c.internet_message_id for c in copies] == [HOSTILE[2]]
    after = emu.state()["requests"]
    assert after["faults"] - before["faults"] == 6
    assert t.sleeps[0] == pytest.approx(2.0) and t.sleeps[2] == pytest.approx(1.0)
    assert len(t.sleeps) == 6 and boxes.client.stats["retries"] >= 6
    emu.clear_faults()


def test_bounded_retries_and_unsafe_forward(world):
    emu, _ = world
    t = NoWait()
    boxes = _boxes(world, clock=t.clock, sleep=t.sleep, retry=RetryPolicy(max_attempts=3))
    [copy] = boxes.locate(CAROL, "<ops@example.com>")
    emu.faults([{"kind": "503", "path": f"/users/{ALICE}/messages", "count": 5}])
    with pytest.raises(ConnectivityError) as err:
        boxes.locate(ALICE, HOSTILE[3])
    assert err.value.details["status"] == 503 and len(t.sleeps) == 2
    emu.clear_faults()
    emu.faults([{"kind": "504", "path": "createForward"}])
    with pytest.raises(ConnectivityError):
        boxes.create_forward(CAROL, copy.id, "admin@contoso.com", "why")
    drafts = [m for m in emu.state()["messages"] if m["mailbox"] == CAROL
              and m["folder"] == "drafts"]
    assert drafts == []  # not repeated blindly


def test_mailbox_concurrency_limit_keeps_emulator_quiet(world):
    emu, _ = world
    boxes = _boxes(world)
    boxes.locate(CAROL, "<ops@example.com>")
    emu.configure(latency_ms=80)
    try:
        before = emu.state()["requests"]["throttled"]
        errors = []

        batch = [BatchRequest(str(i), "GET", f"/users/{CAROL}/messages?$top=1&$select=id")
                 for i in range(6)]

        def one(i):
            try:
                if i % 3 == 0:  # a $batch holds one slot per inner request
                    assert all(r.ok for r in boxes.client.batch(batch).values())
                else:
                    boxes.locate(CAROL, "<ops@example.com>")
            except Exception as exc:  # noqa: BLE001
                errors.append(exc)

        threads = [threading.Thread(target=one, args=(i,)) for i in range(12)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        assert errors == []
        assert emu.state()["requests"]["throttled"] == before
    finally:
        emu.configure(latency_ms=0)


def test_batch_against_emulator(world):
    boxes = _boxes(world)
    client = boxes.client
    reqs = [BatchRequest(str(i), "GET", f"/users/{ALICE}/mailFolders/{name}?$select=id")
            for i, name in enumerate(mail.WELL_KNOWN_FOLDERS[:6])]
    reqs.append(BatchRequest("bad", "GET", "/users/nobody@contoso.com/messages?$top=1"))
    res = client.batch(reqs)
    assert all(res[str(i)].status == 200 and res[str(i)].body["id"] for i in range(6))
    err = res["bad"].error(reqs[-1])
    assert isinstance(err, MailboxError) and err.code == "ErrorInvalidUser"


def test_resolve(world):
    boxes = _boxes(world)
    assert boxes.resolve(ALICE).has_mailbox and boxes.resolve(ALICE).kind == "user"
    bob = boxes.resolve(BOB)
    assert (bob.kind, bob.has_mailbox) == ("user", False)
    team = boxes.resolve("team@contoso.com")
    assert team.kind == "group" and set(team.members) == {ALICE, CAROL}
    assert boxes.resolve("ghost@contoso.com").kind == "none"


def test_mailbox_operations(world):
    emu, _ = world
    boxes = _boxes(world)
    [copy] = boxes.locate(CAROL, "<ops@example.com>")
    marker = "marlib-action-7f3a"
    draft = boxes.create_forward(CAROL, copy.id, "admin@contoso.com", f"malicious a.pdf {marker}")
    assert boxes.find_drafts(CAROL, marker) == [draft]
    boxes.send_draft(CAROL, draft)
    assert boxes.find_drafts(CAROL, marker) == []
    sent = [m for m in emu.state()["messages"] if m.get("forward_of") == "<ops@example.com>"]
    assert len(sent) == 1 and sent[0]["folder"] == "sentitems"
    orphan = boxes.create_forward(CAROL, copy.id, "admin@contoso.com", f"again {marker}")
    boxes.delete_draft(CAROL, orphan)
    boxes.delete_draft(CAROL, orphan)  # already gone is not an error
    moved = boxes.move(CAROL, copy.id, "junkemail")
    assert moved.folder == "junkemail" and moved.id == copy.id  # immutable ids survive a move
    boxes.soft_delete(CAROL, copy.id)
    assert [c.folder for c in boxes.locate(CAROL, "<ops@example.com>")] == ["deleteditems"]
    boxes.permanent_delete(CAROL, copy.id)
    assert boxes.locate(CAROL, "<ops@example.com>") == []
    with pytest.raises(MailboxError) as err:
        boxes.permanent_delete(CAROL, copy.id)
    assert err.value.reason == "message_not_found"
    [stuck] = boxes.locate(CAROL, "<stuck@example.com>")
    assert stuck.folder == "recoverableitemsdeletions"
    with pytest.raises(MailboxError) as err:
        boxes.permanent_delete(CAROL, stuck.id)
    assert err.value.reason == "delete_not_allowed"
    with pytest.raises(MailboxError) as err:
        boxes.locate("nobody@contoso.com", "<x@y>")
    assert err.value.reason == "not_o365_user"
