"""Shared fixtures for the remediation tests: a store with ESA rows inserted directly, and a tenant."""
from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from typing import Any
from datetime import datetime, timedelta

import pandas as pd

from marlib.store import Store
from marlib.tenant.model import TenantModel

T0 = datetime(2026, 11, 1, 9, 0, 0)
DOMAIN = "corp.example"


def sha(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


class World:
    """Builds messages/recipients/attachments/verdict_events rows and the matching tenant."""

    def __init__(self) -> None:
        self.messages: list[dict] = []
        self.recipients: list[dict] = []
        self.attachments: list[dict] = []
        self.verdicts: list[dict] = []
        self.tenant = TenantModel("11111111-2222-4333-8444-555555555555", [DOMAIN])
        self._mid = 100

    def message(self, recipients: list[str], *, files: dict[str, str] | None = None, policy: str | None = "INBOUND",
                direction: str = "inbound", status: str = "delivered", message_id: str | None = None,
                parent_mid: int | None = None, child_kind: str | None = None, deliver: bool = True,
                folder: str = "inbox", initial: str = "UNKNOWN") -> int:
        """One MID; with ``deliver`` each delivered recipient that is a tenant user gets the copy."""
        self._mid += 1
        mid = self._mid
        message_id = message_id or f"<m{mid}@sender.example>"
        self.messages.append(dict(mid=mid, parent_mid=parent_mid, child_kind=child_kind, message_id=message_id,
                                  sender="bad@sender.example", subject=f"subject {mid}", policy=policy,
                                  direction=direction, received_at=T0 + timedelta(minutes=mid)))
        for rid, address in enumerate(recipients):
            self.recipients.append(dict(mid=mid, rid=rid, address=address.lower(), status=status))
            user = self.tenant.user(address)
            if deliver and status == "delivered" and user is not None and user.mailbox:
                self.tenant.add_message(address, message_id, folder, f"subject {mid}")
        for filename, digest in (files or {}).items():
            self.attachments.append(dict(mid=mid, filename=filename, sha256=digest))
            if parent_mid is None:
                self.verdict(digest, initial, "initial", mid=mid, filename=filename,
                             at=T0 + timedelta(minutes=mid))
        return mid

    def verdict(self, digest: str, verdict: str, kind: str = "retrospective", *, mid: int | None = None,
                filename: str | None = None, at: datetime | None = None) -> str:
        self._events = getattr(self, "_events", 0) + 1
        at = at or T0 + timedelta(days=1, minutes=self._events)
        key = hashlib.md5(f"{digest}|{kind}|{verdict}|{at}|{mid}".encode()).hexdigest()
        self.verdicts.append(dict(event_key=key, sha256=digest, verdict=verdict, kind=kind, event_time=at,
                                  mid=mid, filename=filename, threat_name="W32.Test" if verdict == "MALICIOUS"
                                  else None))
        return key

    def users(self, *addresses: str, mailbox: bool = True) -> None:
        for a in addresses:
            self.tenant.add_user(a, mailbox=mailbox)

    def save(self, store: Store) -> None:
        tables = {"messages": self.messages, "recipients": self.recipients, "attachments": self.attachments,
                  "verdict_events": self.verdicts}
        with store.connect() as con:
            for table, rows in tables.items():
                if not rows:
                    continue
                df = pd.DataFrame(rows)
                con.register("_df", df)
                cols = ", ".join(df.columns)
                con.execute(f"INSERT INTO {table}({cols}) SELECT {cols} FROM _df")
                con.unregister("_df")
        self.messages, self.recipients, self.attachments, self.verdicts = [], [], [], []


CLIENT_ID = "a1b2c3d4-0000-4000-8000-000000000001"


@contextlib.contextmanager
def live_tenant(store: Store, world: World, *, latency_ms: float = 0, domains: list[str] | None = None,
                extra_args: tuple[str, ...] = (), app_mailboxes: list[str] | None = None) -> Iterator[Any]:
    """Start the HTTPS emulator on the world's tenant and store mailbox settings pointing at it."""
    from marlib.emulator.testing import new_certificate, start_emulator
    from marlib.settings import save_settings
    key_pem, cert_pem, thumb = new_certificate()
    tenant = world.tenant.to_dict()
    tenant["apps"] = [{"client_id": CLIENT_ID, "certificate": cert_pem.decode(),
                       "roles": ["Mail.ReadWrite", "Mail.Send", "User.Read.All", "GroupMember.Read.All"],
                       **({"mailboxes": app_mailboxes} if app_mailboxes is not None else {})}]
    with start_emulator(tenant, latency_ms=latency_ms, extra_args=extra_args) as emu:
        save_settings(store, client_id=CLIENT_ID, tenant_id=world.tenant.tenant_id, thumbprint=thumb,
                      key=key_pem, domains=domains if domains is not None else [DOMAIN],
                      authority=emu.authority, graph_url=emu.graph_url, ca_file=emu.ca_file)
        from marlib.settings import set_live_enabled
        set_live_enabled(store, True)   # "Enable Office 365 Mailbox Settings", which CLI runs honour
        yield emu


def one_file_to_boxes(tmp_path, sha256: str, message_id: str, soc: str, boxes) -> tuple[Store, World]:
    """A store where one message with a file now MALICIOUS (``sha256``) reached ``boxes``, its policy set to
    forward to ``soc`` and delete: the stop tests' world."""
    from marlib.remediation.policies import set_policy
    store = Store(tmp_path / "m.duckdb")
    w = World()
    w.users(soc, *boxes)
    w.message(list(boxes), files={"a.exe": sha256}, message_id=message_id)
    w.verdict(sha256, "MALICIOUS")
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="forward-delete", forward_to=soc)
    return store, w


def mailbox_messages(state: dict, mailbox: str, folder: str | None = None) -> list[dict]:
    """Messages of one mailbox in the emulator's state (optionally one folder)."""
    return [m for m in state["messages"] if m["mailbox"].lower() == mailbox.lower()
            and (folder is None or m["folder"] == folder)]


def use_simulated_tenant(world: World, tmp_path, monkeypatch) -> None:
    """Write the world's tenant to a file and make it the CLI's simulated tenant (MARLIB_TENANT_*)."""
    tenant_file = tmp_path / "tenant.json"
    world.tenant.dump(tenant_file)
    monkeypatch.setenv("MARLIB_TENANT_MODE", "simulated")
    monkeypatch.setenv("MARLIB_TENANT_FILE", str(tenant_file))


def run_cli(capsys, store: Store, *args: str) -> tuple[int, str, str]:
    """``python -m marlib --db STORE ARGS`` in process: (exit code, stdout, stderr)."""
    from marlib.cli import main
    code = main(["--db", str(store.path), *args])
    out, err = capsys.readouterr()
    return code, out, err
