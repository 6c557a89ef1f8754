"""Shared by the connection / Graph client tests: certificates, a tenant file and settings
pointing at the HTTPS emulator (``marlib.emulator.testing.start_emulator``)."""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import socket
from dataclasses import dataclass, replace
from pathlib import Path

from cryptography.hazmat.primitives import serialization

from marlib import certs
from marlib.errors import CertificateError
from marlib.settings import MailboxSettings

TENANT = "4679dbfa-d1b9-45ad-87b5-0eb9e6b80123"
CLIENT = "6583ff8c-9c43-450b-a63d-6934afda87b7"          # cert A, mail roles
CLIENT_EXPIRED = "911f001c-650d-4b8e-97ac-e3a88ec20df9"  # cert C, expired
CLIENT_NO_ROLES = "0e226165-c685-41ce-8bfc-df8360ab325d"  # cert A, no roles
UNKNOWN = "00000000-0000-4000-8000-000000000abc"
ALICE, BOB, CAROL = "alice@contoso.com", "bob@contoso.com", "carol@contoso.com"
PASSPHRASE = "correct horse battery staple"


@dataclass(frozen=True)
class Keys:
    a: certs.NewCertificate        # registered for CLIENT (and CLIENT_NO_ROLES)
    b: certs.NewCertificate        # never registered
    c_key: Path                    # key of the expired certificate registered for CLIENT_EXPIRED
    c_thumb: str
    enc: certs.NewCertificate      # cert A's twin with an encrypted key, registered for CLIENT too


def make_keys(root: Path) -> Keys:
    a = certs.new_certificate(root, "admin@contoso.com", name="a")
    b = certs.new_certificate(root, "admin@contoso.com", name="b")
    enc = certs.new_certificate(root, "admin@contoso.com", name="enc", passphrase=PASSPHRASE)
    key = certs.generate_key()
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
    cert = certs.self_signed_certificate(key, "admin@contoso.com", days=2, not_before=old)
    (root / "c.crt").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    c_key = certs.write_secret_file(root / "c.key", certs.key_to_pem(key))
    (root / "pass.txt").write_text(PASSPHRASE + "\n")
    return Keys(a, b, c_key, certs.thumbprint_hex(cert), enc)


def tenant_dict(messages: list[dict] | None = None) -> dict:
    roles = ["Mail.ReadWrite", "Mail.Send", "User.Read.All", "GroupMember.Read.All"]
    return {
        "tenant_id": TENANT, "domains": ["contoso.com", "contoso.onmicrosoft.com"],
        "apps": [{"client_id": CLIENT, "certificates": ["a.crt", "enc.crt"], "roles": roles},
                 {"client_id": CLIENT_EXPIRED, "certificate": "c.crt", "roles": roles},
                 {"client_id": CLIENT_NO_ROLES, "certificate": "a.crt", "roles": []}],
        "users": [{"address": ALICE, "mailbox": True, "aliases": ["alice.smith@contoso.com"]},
                  {"address": BOB, "mailbox": False},
                  {"address": CAROL, "mailbox": True}],
        "groups": [{"address": "team@contoso.com", "members": [ALICE, "inner@contoso.com"]},
                   {"address": "inner@contoso.com", "members": [CAROL]}],
        "messages": messages or [],
    }


def write_tenant(root: Path, messages: list[dict] | None = None) -> Path:
    path = root / "tenant.json"
    path.write_text(json.dumps(tenant_dict(messages)), encoding="utf-8")
    return path


@contextlib.contextmanager
def alice_world(root: Path):
    """The emulator on a tenant where alice has one message ("hello"), and the app's keys: (emu, keys, root)."""
    from marlib.emulator.testing import start_emulator
    keys = make_keys(root)
    msgs = [{"mailbox": ALICE, "internet_message_id": "<m1@contoso.com>", "folder": "inbox", "subject": "hello"}]
    with start_emulator(write_tenant(root, msgs)) as emu:
        yield emu, keys, root


def settings_for(emu, keys: Keys, **changes) -> MailboxSettings:
    """Settings (as ``settings set`` would store them) pointing at the emulator."""
    base = MailboxSettings(
        client_id=CLIENT, tenant_id=TENANT, thumbprint=keys.a.thumbprint_hex,
        key_file=keys.a.key_path, key_fingerprint=certs.key_fingerprint(
            certs.load_private_key(keys.a.key_path)),
        domains=("contoso.com",), authority=emu.authority, graph_url=emu.graph_url,
        ca_file=Path(emu.ca_file))
    if "key_file" in changes and "key_fingerprint" not in changes:   # as `settings set` stores it with the key
        passphrase = changes.get("passphrase_file")
        try:
            changes["key_fingerprint"] = certs.key_fingerprint(certs.load_private_key(
                Path(changes["key_file"]), certs.read_passphrase_file(passphrase) if passphrase else None))
        except CertificateError:   # a wrong passphrase, say: read_key explains it before the fingerprint matters
            pass
    return replace(base, **changes)


def closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port
