"""SimulatedMailboxes and GraphMailboxes over the HTTPS emulator answer the same script identically.

The what-if promise: the same engine gives the same outcomes against both, so every
Mailboxes call here must give the same value or the same error (type, reason, code,
status), and both tenants must end in the same state.
"""
from __future__ import annotations

from typing import Any, Callable

import pytest

from marlib.emulator.testing import CLIENT_ID, TENANT_ID, demo_tenant, msal_app, new_certificate, start_emulator
from marlib.errors import ConnectivityError, MailboxError
from marlib.graph.client import GraphClient
from marlib.tenant.graph import GraphMailboxes
from marlib.tenant.model import TenantModel
from marlib.tenant.simulated import SimulatedMailboxes

IMID = "<m1@mail.example.net>"
HOSTILE = "<o'brien+50%&co#1@mail.example.net>"


def _tenant(cert: bytes) -> dict:
    tenant = demo_tenant(cert)
    tenant["messages"] += [{"mailbox": "alice@contoso.com", "internet_message_id": HOSTILE, "folder": "junkemail",
                            "subject": "hostile"},
                           {"mailbox": "alice@contoso.com", "internet_message_id": HOSTILE, "folder": "archive",
                            "subject": "hostile again"}]
    return tenant


class Recorder:
    """Runs a call and records its value or its error, with message ids replaced by stable names."""

    def __init__(self) -> None:
        self.ids: dict[str, str] = {}
        self.log: list[Any] = []

    def name(self, real_id: str) -> str:
        return self.ids.setdefault(real_id, f"id{len(self.ids)}")

    def real(self, name: str) -> str:
        return next((k for k, v in self.ids.items() if v == name), name)

    def __call__(self, label: str, fn: Callable[..., Any], *args: Any) -> Any:
        try:
            value = fn(*args)
        except MailboxError as exc:
            self.log.append((label, "MailboxError", exc.reason, exc.code, exc.status, exc.message, exc.advice))
            return None
        except ConnectivityError as exc:
            self.log.append((label, "ConnectivityError", str(exc)))
            return None
        self.log.append((label, self._norm(value)))
        return value

    def _norm(self, value: Any) -> Any:
        if isinstance(value, list):
            return [self._norm(v) for v in value]
        if isinstance(value, str) and value.startswith(("AAkALg", "AAMkA")):
            return self.name(value)
        if hasattr(value, "id") and hasattr(value, "folder"):
            return (self.name(value.id), value.folder, value.internet_message_id)
        return value


def _script(mb: Any, rec: Recorder) -> None:
    for address in ("Alice@contoso.com", "a.smith@contoso.com", "carol@contoso.com", "sales@contoso.com",
                    "team@contoso.com", "nobody@contoso.com", "partner@example.net"):
        rec(f"resolve {address}", mb.resolve, address)
    for mailbox in ("alice@contoso.com", "bob@contoso.com", "dave@contoso.com", "carol@contoso.com",
                    "nobody@contoso.com"):
        rec(f"locate {mailbox}", mb.locate, mailbox, IMID)
    [alice] = mb.locate("alice@contoso.com", IMID)
    draft = rec("createForward", mb.create_forward, "alice@contoso.com", alice.id, "admin@contoso.com",
                "marlib action 5: invoice.xlsm")
    rec("find drafts", mb.find_drafts, "alice@contoso.com", "marlib action 5")
    rec("send", mb.send_draft, "alice@contoso.com", draft)
    rec("find drafts after send", mb.find_drafts, "alice@contoso.com", "marlib action 5")
    rec("send again", mb.send_draft, "alice@contoso.com", draft)
    orphan = rec("orphan draft", mb.create_forward, "alice@contoso.com", alice.id, "admin@contoso.com", "act 6")
    rec("delete orphan", mb.delete_draft, "alice@contoso.com", orphan)
    rec("delete orphan again", mb.delete_draft, "alice@contoso.com", orphan)
    rec("permanentDelete", mb.permanent_delete, "alice@contoso.com", alice.id)
    rec("permanentDelete again", mb.permanent_delete, "alice@contoso.com", alice.id)
    rec("locate after delete", mb.locate, "alice@contoso.com", IMID)
    [bob] = mb.locate("bob@contoso.com", IMID)
    rec("soft delete from deleted items", mb.soft_delete, "bob@contoso.com", bob.id)
    rec("locate bob", mb.locate, "bob@contoso.com", IMID)
    rec("delete in deletions", mb.permanent_delete, "bob@contoso.com", bob.id)
    rec("soft delete in deletions", mb.soft_delete, "bob@contoso.com", bob.id)
    hostile = rec("locate hostile", mb.locate, "alice@contoso.com", HOSTILE)
    for copy in hostile or ():
        rec("move to inbox", mb.move, "alice@contoso.com", copy.id, "inbox")
    rec("locate hostile after move", mb.locate, "alice@contoso.com", HOSTILE)
    rec("move gone", mb.move, "alice@contoso.com", alice.id, "junkemail")


def _final(messages: list[dict]) -> list[tuple]:
    return sorted((m["mailbox"], m["internet_message_id"] if not m.get("forward_of") else "forward",
                   m["folder"], m.get("forward_of"), tuple(m.get("to", ()))) for m in messages)


@pytest.fixture(scope="module")
def creds():
    return new_certificate()


def test_simulated_and_emulated_graph_agree(creds) -> None:
    key, cert, thumb = creds
    tenant = _tenant(cert)
    sim_rec = Recorder()
    sim = SimulatedMailboxes(TenantModel.from_dict(tenant))
    _script(sim, sim_rec)
    with start_emulator(tenant) as emu:
        app = msal_app(emu, TENANT_ID, CLIENT_ID, key, thumb)
        token = app.acquire_token_for_client(["https://graph.microsoft.com/.default"])["access_token"]
        client = GraphClient(emu.graph_url, lambda: token, session=emu.session())
        graph = GraphMailboxes(client, kind="emulator")
        graph_rec = Recorder()
        _script(graph, graph_rec)
        state = emu.state()
    for sim_entry, graph_entry in zip(sim_rec.log, graph_rec.log):
        assert sim_entry == graph_entry
    assert len(sim_rec.log) == len(graph_rec.log)
    assert _final(sim.model.to_dict()["messages"]) == _final(state["messages"])
    assert state["requests"]["throttled"] == 0
    live = {k: v for k, v in state["requests"]["by_endpoint"].items() if k not in ("token", "openid-configuration")}
    assert sim.requests.snapshot()["by_endpoint"] == live     # the what-if request budget is exact
