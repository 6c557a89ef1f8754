"""TenantModel: directory, folders, message operations, tenant-file round trip, thread safety."""
from __future__ import annotations

import json
import threading

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from marlib.emulator.testing import demo_tenant, new_certificate
from marlib.tenant.model import GraphFault, TenantModel

IMID = "<m1@mail.example.net>"


@pytest.fixture(scope="module")
def cert_pem() -> bytes:
    return new_certificate()[1]


@pytest.fixture
def model(cert_pem: bytes) -> TenantModel:
    return TenantModel.from_dict(demo_tenant(cert_pem))


def test_resolve_user_alias_group_and_none(model: TenantModel) -> None:
    alice = model.resolve("A.Smith@contoso.com")   # an alias: the user under its primary address
    assert (alice.address, alice.kind, alice.has_mailbox) == ("alice@contoso.com", "user", True)
    assert model.resolve(model.user("alice@contoso.com").id).address == "alice@contoso.com"
    assert model.resolve("carol@contoso.com").has_mailbox is False
    sales = model.resolve("sales@contoso.com")
    assert sales.kind == "group"
    # nested team and a cycle back to sales; users only (the outside contact is not a mailbox)
    assert sales.members == ("bob@contoso.com", "dave@contoso.com")
    assert [getattr(m, "address", m) for m in model.transitive_members(model.group_by_mail("sales@contoso.com"))] \
        == ["bob@contoso.com", "team@contoso.com", "dave@contoso.com", "partner@example.net"]
    assert model.resolve("nobody@contoso.com").kind == "none"


def test_mailbox_user_errors(model: TenantModel) -> None:
    with pytest.raises(GraphFault) as e:
        model.locate("nobody@contoso.com", IMID)
    assert (e.value.status, e.value.code) == (404, "ErrorInvalidUser")
    assert "nobody@contoso.com" in e.value.message
    with pytest.raises(GraphFault) as e:
        model.locate("carol@contoso.com", IMID)
    assert (e.value.status, e.value.code) == (404, "MailboxNotEnabledForRESTAPI")


def test_locate_exact_and_not_through_alias(model: TenantModel) -> None:
    [copy] = model.locate("alice@contoso.com", IMID)
    assert copy.folder == "inbox" and copy.mailbox == "alice@contoso.com"
    assert model.locate(model.user("alice@contoso.com").id, IMID) == [copy]
    # Graph's mail endpoints take /users/{id | userPrincipalName}: an alias names no mailbox there
    with pytest.raises(GraphFault) as e:
        model.locate("a.smith@contoso.com", IMID)
    assert (e.value.status, e.value.code) == (404, "ErrorInvalidUser")
    assert model.locate("alice@contoso.com", IMID.upper()) == []
    assert model.locate("alice@contoso.com", IMID[:-1]) == []


def test_soft_delete_path_and_refusal(model: TenantModel) -> None:
    [msg] = model.locate("alice@contoso.com", IMID)
    assert model.soft_delete("alice@contoso.com", msg.immutable_id).folder == "deleteditems"
    assert model.soft_delete("alice@contoso.com", msg.immutable_id).folder == "recoverableitemsdeletions"
    for op in (model.soft_delete, model.permanent_delete):
        with pytest.raises(GraphFault) as e:
            op("alice@contoso.com", msg.immutable_id)
        assert (e.value.status, e.value.code) == (403, "ErrorCannotDeleteObject")
    assert model.locate("alice@contoso.com", IMID)[0].folder == "recoverableitemsdeletions"


def test_permanent_delete_goes_to_purges_and_is_gone(model: TenantModel) -> None:
    [msg] = model.locate("bob@contoso.com", IMID)
    model.permanent_delete("bob@contoso.com", msg.immutable_id)
    assert model.locate("bob@contoso.com", IMID) == []
    with pytest.raises(GraphFault) as e:
        model.permanent_delete("bob@contoso.com", msg.immutable_id)
    assert e.value.code == "ErrorItemNotFound"
    assert [m.folder for m in model.messages("bob@contoso.com")] == ["recoverableitemspurges"]


def test_move_changes_rest_id_not_immutable_id(model: TenantModel) -> None:
    [msg] = model.locate("alice@contoso.com", IMID)
    old_id, immutable = msg.id, msg.immutable_id
    moved = model.move("alice@contoso.com", old_id, "JunkEmail")
    assert moved.folder == "junkemail" and moved.id != old_id and moved.immutable_id == immutable
    with pytest.raises(GraphFault):
        model.get("alice@contoso.com", old_id)
    assert model.get("alice@contoso.com", immutable) is moved
    folder_id = model.folder_id("alice@contoso.com", "inbox")
    assert model.move("alice@contoso.com", immutable, folder_id).folder == "inbox"
    with pytest.raises(GraphFault):
        model.move("alice@contoso.com", immutable, "no-such-folder")


def test_create_forward_send_and_draft_search(model: TenantModel) -> None:
    [msg] = model.locate("alice@contoso.com", IMID)
    draft = model.create_forward("alice@contoso.com", msg.immutable_id, ["admin@contoso.com"], "action 42 marker")
    assert draft.folder == "drafts" and draft.is_draft
    assert model.search_drafts("alice@contoso.com", "action 42") == [draft]
    assert model.search_drafts("alice@contoso.com", "action 43") == []
    sent = model.send("alice@contoso.com", draft.immutable_id)
    assert sent.folder == "sentitems" and not sent.is_draft
    assert (sent.forward_of, sent.to) == (IMID, ["admin@contoso.com"])
    assert model.search_drafts("alice@contoso.com", "action 42") == []
    with pytest.raises(GraphFault):
        model.send("alice@contoso.com", sent.immutable_id)   # no longer a draft
    # the original is untouched and locate never returns the forward
    assert model.locate("alice@contoso.com", IMID) == [msg]


def test_forward_lands_in_sent_items(model: TenantModel) -> None:
    [msg] = model.locate("alice@contoso.com", IMID)
    sent = model.forward("alice@contoso.com", msg.id, ["admin@contoso.com"], "why")
    rec = sent.as_record()
    assert rec["folder"] == "sentitems" and rec["forward_of"] == IMID and rec["to"] == ["admin@contoso.com"]
    with pytest.raises(GraphFault) as e:
        model.forward("alice@contoso.com", msg.id, [], "")
    assert e.value.code == "ErrorInvalidRecipients"


def test_round_trip_with_certificate_files(tmp_path, cert_pem: bytes) -> None:
    cert = x509.load_pem_x509_certificate(cert_pem)
    (tmp_path / "app.cer").write_bytes(cert.public_bytes(Encoding.DER))
    (tmp_path / "app.crt").write_bytes(cert_pem)
    data = demo_tenant(cert_pem)
    data["apps"][0]["certificate"] = "app.cer"
    data["apps"].append({"client_id": "B" * 8, "certificate": "app.crt", "roles": [], "mailboxes": ["bob@contoso.com"]})
    path = tmp_path / "tenant.json"
    path.write_text(json.dumps(data))
    model = TenantModel.load(path)
    assert model.app(data["apps"][0]["client_id"]).certificates == [cert_pem.decode()]
    assert model.app("b" * 8).may_access("BOB@contoso.com") and not model.app("b" * 8).may_access("alice@contoso.com")
    [msg] = model.locate("alice@contoso.com", IMID)
    model.move("alice@contoso.com", msg.id, "archive")
    model.dump(tmp_path / "state.json")
    again = TenantModel.load(tmp_path / "state.json")
    assert again.to_dict() == model.to_dict()
    assert again.locate("alice@contoso.com", IMID)[0].folder == "archive"
    assert again.get("alice@contoso.com", msg.immutable_id).subject == "Invoice"


def test_accepts_tenant_by_id_or_domain(model: TenantModel) -> None:
    assert model.accepts_tenant(model.tenant_id.upper())
    assert model.accepts_tenant("CONTOSO.com")
    assert not model.accepts_tenant("fabrikam.com")


def test_concurrent_deletes_only_one_wins(model: TenantModel) -> None:
    [msg] = model.locate("alice@contoso.com", IMID)
    outcomes: list[str] = []
    barrier = threading.Barrier(8)

    def attempt() -> None:
        barrier.wait()
        try:
            model.permanent_delete("alice@contoso.com", msg.immutable_id)
            outcomes.append("ok")
        except GraphFault as exc:
            outcomes.append(exc.code)
    threads = [threading.Thread(target=attempt) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["ErrorItemNotFound"] * 7 + ["ok"]


def test_lazy_message_source_builds_only_touched_mailboxes(cert_pem: bytes) -> None:
    model = TenantModel.from_dict(demo_tenant(cert_pem, messages=[]))
    asked: list[str] = []

    def source(address: str):
        asked.append(address)
        return [{"internet_message_id": IMID, "folder": "inbox", "subject": f"for {address}"}]
    model.set_message_source(source)
    assert model.to_dict()["messages"] == []
    [msg] = model.locate("Alice@contoso.com", IMID)
    assert msg.subject == "for alice@contoso.com" and msg.mailbox == "alice@contoso.com"
    assert len(model.locate("alice@contoso.com", IMID)) == 1
    assert asked == ["alice@contoso.com"]
    assert [m["mailbox"] for m in model.to_dict()["messages"]] == ["alice@contoso.com"]


def test_a_custom_folder_stays_when_its_last_message_leaves(model: TenantModel) -> None:
    """As in Exchange: a copy moved to Junk from a custom folder can be moved back there (a restore), also after
    the tenant was saved and loaded again; it was a 404 once the folder had no message left."""
    box = "alice@contoso.com"
    msg = model.add_message(box, "<projects@x>", "Projects")
    model.move(box, msg.immutable_id, "junkemail")
    assert "Projects" in model.folders(box)
    again = TenantModel.from_dict(json.loads(json.dumps(model.to_dict())))
    assert "Projects" in again.folders(box)
    assert model.move(box, msg.immutable_id, "Projects").folder == "Projects"
    [loaded] = again.locate(box, "<projects@x>")
    assert again.move(box, loaded.immutable_id, again.folder_id(box, "Projects")).folder == "Projects"
