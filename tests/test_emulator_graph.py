"""Graph mail endpoints of the emulator over HTTPS: users, groups, locate, forward, delete, move, $batch, state."""
from __future__ import annotations

from urllib.parse import quote

import pytest

from marlib.emulator.testing import CLIENT_ID, TENANT_ID, demo_tenant, msal_app, new_certificate, start_emulator

IMID = "<m1@mail.example.net>"
IMMUTABLE = {"Prefer": 'IdType="ImmutableId"'}


@pytest.fixture(scope="module")
def creds() -> tuple[bytes, bytes, str]:
    return new_certificate()


@pytest.fixture(scope="module")
def emu(creds):
    tenant = demo_tenant(creds[1])
    tenant["messages"] += [{"mailbox": "bob@contoso.com", "internet_message_id": f"<bulk{i}@x>",
                            "folder": "inbox", "subject": f"bulk {i}"} for i in range(23)]
    with start_emulator(tenant) as running:
        yield running


@pytest.fixture(scope="module")
def token(emu, creds) -> str:
    app = msal_app(emu, TENANT_ID, CLIENT_ID, creds[0], creds[2])
    return app.acquire_token_for_client(["https://graph.microsoft.com/.default"])["access_token"]


@pytest.fixture
def g(emu, token):
    """call(method, path, **kw) -> Response against {graph_url}/v1.0; the tenant is reset per test."""
    emu.reset()
    s = emu.session()

    def call(method: str, path: str, headers: dict | None = None, **kw):
        h = {"Authorization": f"Bearer {token}", **(headers or {})}
        return s.request(method, f"{emu.graph_url}/v1.0{path}", headers=h, timeout=10, **kw)
    return call


def _locate(g, mailbox: str, imid: str = IMID, headers: dict | None = None) -> list[dict]:
    value = "'" + imid.replace("'", "''") + "'"
    flt = quote(f"internetMessageId eq {value}", safe="")
    r = g("GET", f"/users/{mailbox}/messages?$filter={flt}&$select=id,parentFolderId,internetMessageId",
          headers=headers)
    assert r.status_code == 200, r.text
    return r.json()["value"]


def _folder_name(emu, g, mailbox: str, folder_id: str) -> str:
    for name in ("inbox", "deleteditems", "junkemail", "recoverableitemsdeletions", "sentitems", "drafts"):
        if g("GET", f"/users/{mailbox}/mailFolders/{name}").json()["id"] == folder_id:
            return name
    return folder_id


def test_users_and_mailbox_errors(g) -> None:
    r = g("GET", "/users/Alice@contoso.com")
    assert r.status_code == 200 and r.json()["userPrincipalName"] == "alice@contoso.com"
    assert g("GET", f"/users/{r.json()['id']}").json()["mail"] == "alice@contoso.com"
    # /users/{id | userPrincipalName}: an alias (a secondary proxyAddress) is no key, in the directory ...
    for who in ("a.smith@contoso.com", "ghost@contoso.com"):
        r = g("GET", f"/users/{who}")
        assert r.status_code == 404 and r.json()["error"]["code"] == "Request_ResourceNotFound"
        assert r.json()["error"]["message"].startswith(f"Resource '{who}' does not exist")
    # ... nor for the mail endpoints
    for who in ("a.smith@contoso.com", "ghost@contoso.com"):
        r = g("GET", f"/users/{who}/messages")
        assert r.status_code == 404 and r.json()["error"]["code"] == "ErrorInvalidUser"
        assert r.json()["error"]["message"] == f"The requested user '{who}' is invalid."
    r = g("GET", "/users/carol@contoso.com")   # the directory view: a user without a mailbox is there
    assert r.status_code == 200 and r.json()["mail"] is None
    r = g("GET", "/users/carol@contoso.com/messages")
    assert r.status_code == 404 and r.json()["error"]["code"] == "MailboxNotEnabledForRESTAPI"
    r = g("GET", "/users?$filter=" + quote("proxyAddresses/any(x:x eq 'smtp:A.SMITH@contoso.com')"))
    assert [u["mail"] for u in r.json()["value"]] == ["alice@contoso.com"]


def test_group_by_mail_and_transitive_members(g) -> None:
    r = g("GET", "/groups?$filter=" + quote("mail eq 'Sales@contoso.com'", safe=""))
    [group] = r.json()["value"]
    r = g("GET", f"/groups/{group['id']}/transitiveMembers")
    members = [(m["@odata.type"], m["mail"]) for m in r.json()["value"]]
    assert members == [("#microsoft.graph.user", "bob@contoso.com"), ("#microsoft.graph.group", "team@contoso.com"),
                       ("#microsoft.graph.user", "dave@contoso.com"),
                       ("#microsoft.graph.orgContact", "partner@example.net")]
    assert g("GET", "/groups?$filter=" + quote("mail eq 'none@contoso.com'")).json()["value"] == []


def test_locate_with_paging_and_select(g) -> None:
    r = g("GET", "/users/bob@contoso.com/messages?$select=id,subject")
    body = r.json()
    assert len(body["value"]) == 10 and set(body["value"][0]) == {"@odata.etag", "id", "subject"}
    seen = [m["subject"] for m in body["value"]]
    while "@odata.nextLink" in body:
        body = g("GET", body["@odata.nextLink"].split("/v1.0", 1)[1]).json()
        seen += [m["subject"] for m in body["value"]]
    assert len(seen) == 24 and len(set(seen)) == 24
    [copy] = _locate(g, "bob@contoso.com", "<bulk7@x>")
    assert set(copy) == {"@odata.etag", "id", "parentFolderId", "internetMessageId"}


def test_createforward_send_permanent_delete(emu, g) -> None:
    [copy] = _locate(g, "alice@contoso.com", headers=IMMUTABLE)
    body = {"comment": "marlib action 17", "toRecipients": [{"emailAddress": {"address": "admin@contoso.com"}}]}
    r = g("POST", f"/users/alice@contoso.com/messages/{copy['id']}/createForward", json=body, headers=IMMUTABLE)
    assert r.status_code == 201 and r.json()["isDraft"] is True
    draft = r.json()["id"]
    found = g("GET", "/users/alice@contoso.com/mailFolders/drafts/messages?$search=%22marlib%20action%2017%22"
                     "&$select=id", headers=IMMUTABLE).json()["value"]
    assert [d["id"] for d in found] == [draft]
    assert g("POST", f"/users/alice@contoso.com/messages/{draft}/send", headers=IMMUTABLE).status_code == 202
    assert g("POST", f"/users/alice@contoso.com/messages/{copy['id']}/permanentDelete",
             headers=IMMUTABLE).status_code == 204
    r = g("POST", f"/users/alice@contoso.com/messages/{copy['id']}/permanentDelete", headers=IMMUTABLE)
    assert r.status_code == 404 and r.json()["error"]["code"] == "ErrorItemNotFound"
    assert _locate(g, "alice@contoso.com") == []
    alice = [m for m in emu.state()["messages"] if m["mailbox"] == "alice@contoso.com"]
    by_folder = {m["folder"]: m for m in alice}
    assert set(by_folder) == {"recoverableitemspurges", "sentitems"}
    assert by_folder["sentitems"]["forward_of"] == IMID and by_folder["sentitems"]["to"] == ["admin@contoso.com"]


def test_forward_is_202_and_in_sent_items(emu, g) -> None:
    [copy] = _locate(g, "alice@contoso.com")
    body = {"comment": "why", "toRecipients": [{"emailAddress": {"address": "admin@contoso.com"}}]}
    r = g("POST", f"/users/alice@contoso.com/messages/{copy['id']}/forward", json=body)
    assert r.status_code == 202 and r.content == b""
    sent = [m for m in emu.state()["messages"] if m["folder"] == "sentitems"]
    assert [(m["mailbox"], m["forward_of"]) for m in sent] == [("alice@contoso.com", IMID)]


def test_delete_soft_and_refused_in_deletions(emu, g) -> None:
    [copy] = _locate(g, "bob@contoso.com", headers=IMMUTABLE)
    assert _folder_name(emu, g, "bob@contoso.com", copy["parentFolderId"]) == "deleteditems"
    assert g("DELETE", f"/users/bob@contoso.com/messages/{copy['id']}", headers=IMMUTABLE).status_code == 204
    [copy] = _locate(g, "bob@contoso.com", headers=IMMUTABLE)
    assert _folder_name(emu, g, "bob@contoso.com", copy["parentFolderId"]) == "recoverableitemsdeletions"
    r = g("DELETE", f"/users/bob@contoso.com/messages/{copy['id']}", headers=IMMUTABLE)
    assert r.status_code == 403 and r.json()["error"] == {**r.json()["error"], "code": "ErrorCannotDeleteObject",
                                                          "message": "Object cannot be deleted."}


def test_move_new_id_unless_immutable(g) -> None:
    [copy] = _locate(g, "alice@contoso.com")
    r = g("POST", f"/users/alice@contoso.com/messages/{copy['id']}/move", json={"destinationId": "junkemail"})
    assert r.status_code == 201 and r.json()["id"] != copy["id"]
    assert g("GET", f"/users/alice@contoso.com/messages/{copy['id']}").status_code == 404
    moved = r.json()["id"]
    [immutable] = _locate(g, "alice@contoso.com", headers=IMMUTABLE)
    r = g("POST", f"/users/alice@contoso.com/messages/{immutable['id']}/move", json={"destinationId": "inbox"},
          headers=IMMUTABLE)
    assert r.status_code == 201 and r.json()["id"] == immutable["id"]
    assert g("GET", f"/users/alice@contoso.com/messages/{moved}").status_code == 404
    assert g("GET", f"/users/alice@contoso.com/messages/{immutable['id']}").status_code == 200


def test_mail_folders(g) -> None:
    names = [f["displayName"] for f in g("GET", "/users/alice@contoso.com/mailFolders?$top=50").json()["value"]]
    assert {"Inbox", "Deleted Items", "Junk Email", "Sent Items", "Drafts", "Archive"} <= set(names)
    r = g("GET", "/users/alice@contoso.com/mailFolders/nope")
    assert r.status_code == 404


def test_batch_depends_on_and_limits(emu, g) -> None:
    [copy] = _locate(g, "alice@contoso.com", headers=IMMUTABLE)
    requests_ = [
        {"id": "1", "method": "POST", "url": f"/users/dave@contoso.com/messages/{copy['id']}/permanentDelete"},
        {"id": "2", "dependsOn": ["1"], "method": "GET", "url": "/users/alice@contoso.com/messages"},
        {"id": "3", "method": "POST", "url": f"/users/alice@contoso.com/messages/{copy['id']}/move",
         "headers": {"Content-Type": "application/json", **IMMUTABLE}, "body": {"destinationId": "archive"}},
    ]
    r = g("POST", "/$batch", json={"requests": requests_})
    assert r.status_code == 200
    by_id = {x["id"]: x for x in r.json()["responses"]}
    assert by_id["1"]["status"] == 404 and by_id["1"]["body"]["error"]["code"] == "ErrorItemNotFound"
    assert by_id["2"]["status"] == 424
    assert by_id["3"]["status"] == 201 and by_id["3"]["body"]["id"] == copy["id"]
    too_many = [{"id": str(i), "method": "GET", "url": "/users/alice@contoso.com"} for i in range(21)]
    assert g("POST", "/$batch", json={"requests": too_many}).status_code == 400
    dup = [{"id": "1", "method": "GET", "url": "/users/alice@contoso.com"}] * 2
    assert g("POST", "/$batch", json={"requests": dup}).status_code == 400
    counts = emu.state()["requests"]["by_endpoint"]
    assert counts["$batch"] == 3 and counts["move"] == 1


def test_unknown_segment_and_method(g) -> None:
    r = g("GET", "/users/alice@contoso.com/calendars")
    assert r.status_code == 400 and r.json()["error"]["code"] == "BadRequest"
    r = g("PUT", "/users/alice@contoso.com/messages")
    assert r.status_code == 405


def test_application_access_policy(emu, creds, token) -> None:
    tenant = demo_tenant(creds[1])
    tenant["apps"][0]["mailboxes"] = ["bob@contoso.com"]
    emu.load(tenant)
    s = emu.session()
    h = {"Authorization": f"Bearer {token}"}
    assert s.get(f"{emu.graph_url}/v1.0/users/bob@contoso.com/messages", headers=h, timeout=10).status_code == 200
    r = s.get(f"{emu.graph_url}/v1.0/users/alice@contoso.com/messages", headers=h, timeout=10)
    assert r.status_code == 403 and r.json()["error"]["code"] == "ErrorAccessDenied"
    emu.reset()


def test_first_line_urls(emu) -> None:
    from pathlib import Path
    assert emu.authority == emu.graph_url and emu.authority.startswith("https://127.0.0.1:")
    assert emu.admin_url == emu.authority + "/_admin" and Path(emu.ca_file).is_file()
    assert emu.tenant_id == TENANT_ID


@pytest.mark.parametrize("sent", ["headers only", "half the body"])
def test_a_request_cut_off_before_its_body_is_complete_is_not_executed(emu, g, token, sent) -> None:
    """A client (or a proxy between) that goes away mid-request: Graph never acts on a request whose body did
    not all arrive. The emulator did, with an empty body: createForward made a draft without the comment that
    marks it, so nothing could ever find it again (an unsent forward left in the user's Drafts)."""
    import socket
    import ssl
    from urllib.parse import urlsplit

    [copy] = _locate(g, "alice@contoso.com", headers=IMMUTABLE)
    body = ('{"comment": "marlib action 99", "toRecipients": '
            '[{"emailAddress": {"address": "admin@contoso.com"}}]}').encode()
    url = urlsplit(emu.graph_url)
    head = (f"POST /v1.0/users/alice@contoso.com/messages/{quote(copy['id'], safe='')}/createForward HTTP/1.1\r\n"
            f"Host: {url.netloc}\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\n"
            f'Prefer: IdType="ImmutableId"\r\nContent-Length: {len(body)}\r\n\r\n').encode()
    context = ssl.create_default_context(cafile=emu.ca_file)
    with socket.create_connection((url.hostname, url.port), timeout=10) as raw:
        tls = context.wrap_socket(raw, server_hostname=url.hostname)
        tls.sendall(head + (body[: len(body) // 2] if sent == "half the body" else b""))
        tls.shutdown(socket.SHUT_WR)              # the connection ends here (FIN), as when a proxy dies
        while tls.recv(4096):                     # until the emulator is done with the connection (TLS records
            pass                                  # unread: session tickets, and an answer if it gave one)

    drafts = g("GET", "/users/alice@contoso.com/mailFolders/drafts/messages?$select=id,body").json()["value"]
    assert drafts == []
    # a whole request on a new connection works as ever
    r = g("POST", f"/users/alice@contoso.com/messages/{copy['id']}/createForward", data=body,
          headers={**IMMUTABLE, "Content-Type": "application/json"})
    assert r.status_code == 201 and "marlib action 99" in r.json()["body"]["content"]


@pytest.mark.parametrize("content", ['[{"tenant_id": "x"}]', '{"name": "a what-if scenario", "seed": 0}'])
def test_the_command_refuses_a_json_that_is_no_tenant_file_with_what_to_do(tmp_path, capsys, content) -> None:
    """`python -m marlib.emulator --tenant F` with a JSON list or a scenario file: a message naming the file
    and what to give instead, not a traceback or a bare "'tenant_id'"."""
    from marlib.emulator.__main__ import main
    path = tmp_path / "not a tenant.json"
    path.write_text(content)
    assert main(["--tenant", str(path), "--port", "0", "--state-dir", str(tmp_path / "state")]) == 2
    err = capsys.readouterr().err
    assert f"{path} is not a tenant file" in err and "what to do: " in err and "Traceback" not in err, err
