"""Run the emulator from tests, benchmarks and notebooks.

    from marlib.emulator.testing import start_emulator, new_certificate, msal_app

    key_pem, cert_pem, thumb_hex = new_certificate()
    tenant = {"tenant_id": TID, "domains": ["contoso.com"],
              "apps": [{"client_id": CID, "certificate": cert_pem.decode(), "roles": ["Mail.ReadWrite", "Mail.Send"]}],
              "users": [...], "groups": [...], "messages": [...]}
    with start_emulator(tenant, latency_ms=0) as emu:          # a real HTTPS server in a subprocess
        app = msal_app(emu, TID, CID, key_pem, thumb_hex)      # real MSAL over TLS
        token = app.acquire_token_for_client(["https://graph.microsoft.com/.default"])["access_token"]
        s = emu.session()                                      # requests, trust_env=False, verify=emu.ca_file
        s.get(f"{emu.graph_url}/v1.0/users/a@contoso.com/messages", headers={"Authorization": f"Bearer {token}"})
        emu.state()                                            # tenant as it now is + request counters
        emu.faults([{"after": 2, "kind": "503", "count": 1}])

``start_emulator(tenant_path_or_dict, *, port=0, latency_ms=0, fault_rate=0, fault_kinds=None, seed=0,
state_dir=None, extra_args=(), startup_timeout=30)``; a dict is written to a temporary tenant file.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import requests


@dataclass
class RunningEmulator:
    """A started emulator process and its URLs."""
    authority: str
    graph_url: str
    ca_file: str
    admin_url: str
    tenant_id: str
    process: subprocess.Popen = field(repr=False)
    log_file: Path = field(repr=False)

    def session(self) -> requests.Session:
        """A requests session that trusts the emulator's CA and ignores *_CA_BUNDLE/proxy variables."""
        s = requests.Session()
        s.trust_env = False
        s.verify = self.ca_file
        return s

    def _admin(self, method: str, action: str, payload: Any = None) -> Any:
        with self.session() as s:
            r = s.request(method, f"{self.admin_url}/{action}", json=payload, timeout=30)
        r.raise_for_status()
        return r.json()

    def state(self) -> dict[str, Any]:
        """The tenant as it now is (tenant-file format) with "requests" counters."""
        return self._admin("GET", "state")

    def faults(self, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return self._admin("POST", "faults", entries)["faults"]

    def clear_faults(self) -> None:
        self._admin("DELETE", "faults")

    def configure(self, **values: Any) -> dict[str, Any]:
        return self._admin("POST", "config", values)

    def clock(self, offset_seconds: float) -> None:
        self._admin("POST", "clock", {"offset_seconds": offset_seconds})

    def load(self, tenant: dict[str, Any]) -> None:
        self._admin("POST", "load", tenant)

    def reset(self) -> None:
        self._admin("POST", "reset")

    def log(self) -> str:
        """What the emulator wrote to stderr so far."""
        return self.log_file.read_text(encoding="utf-8", errors="replace") if self.log_file.exists() else ""


def _read_first_line(proc: subprocess.Popen, timeout: float) -> str:
    box: list[str] = []
    reader = threading.Thread(target=lambda: box.append(proc.stdout.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    return box[0] if box else ""


@contextlib.contextmanager
def start_emulator(tenant: str | Path | dict[str, Any], *, port: int = 0, latency_ms: float = 0,
                   fault_rate: float = 0, fault_kinds: str | None = None, seed: int = 0,
                   state_dir: str | Path | None = None, extra_args: tuple[str, ...] = (),
                   startup_timeout: float = 30) -> Iterator[RunningEmulator]:
    """Start ``python -m marlib.emulator`` as a subprocess; terminate it on exit."""
    with tempfile.TemporaryDirectory(prefix="marlib-emu-") as tmp:
        if isinstance(tenant, dict):
            tenant_path = Path(tmp) / "tenant.json"
            tenant_path.write_text(json.dumps(tenant), encoding="utf-8")
        else:
            tenant_path = Path(tenant)
        log_file = Path(tmp) / "emulator.log"
        cmd = [sys.executable, "-m", "marlib.emulator", "--tenant", str(tenant_path), "--port", str(port),
               "--latency-ms", str(latency_ms), "--fault-rate", str(fault_rate), "--seed", str(seed),
               "--state-dir", str(state_dir or Path(tmp) / "state"), *extra_args]
        if fault_kinds:
            cmd += ["--fault-kinds", fault_kinds]
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(__file__).resolve().parents[2]),
                                                          env.get("PYTHONPATH")]))
        with open(log_file, "wb") as err:
            proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, env=env, text=True)
        try:
            line = _read_first_line(proc, startup_timeout)
            if not line:
                raise RuntimeError(f"emulator did not start: {log_file.read_text(errors='replace')}")
            info = json.loads(line)
            yield RunningEmulator(info["authority"], info["graph_url"], info["ca_file"], info["admin_url"],
                                  info.get("tenant_id", ""), proc, log_file)
        finally:
            _stop(proc)


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
    if proc.stdout:
        proc.stdout.close()


def new_certificate(*, days: float = 365, not_before: dt.datetime | None = None, key_size: int = 2048,
                    common_name: str = "marlib test app") -> tuple[bytes, bytes, str]:
    """(private key PEM, self-signed certificate PEM, SHA-1 thumbprint hex) for an app registration."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    start = not_before or dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=1)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(start)
            .not_valid_after(start + dt.timedelta(days=days)).sign(key, hashes.SHA256()))
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    cert_pem = cert.public_bytes(serialization.Encoding.PEM)
    thumb = hashlib.sha1(cert.public_bytes(serialization.Encoding.DER)).hexdigest().upper()
    return key_pem, cert_pem, thumb


TENANT_ID = "8f2a3c1e-5b7d-4e9f-a1c3-2d4e6f8a0b1c"
CLIENT_ID = "3c9e1a7b-2d4f-4a6c-8e0b-1f3a5c7e9d2b"


def demo_tenant(cert_pem: bytes | str, *, tenant_id: str = TENANT_ID, client_id: str = CLIENT_ID,
                roles: tuple[str, ...] = ("Mail.ReadWrite", "Mail.Send"), domain: str = "contoso.com",
                messages: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """A small tenant dict: alice (alias), bob, carol (no mailbox), group sales (bob, nested team, an outsider)."""
    pem = cert_pem.decode("ascii") if isinstance(cert_pem, bytes) else cert_pem
    d = domain
    return {
        "tenant_id": tenant_id, "domains": [d],
        "apps": [{"client_id": client_id, "certificate": pem, "roles": list(roles)}],
        "users": [{"address": f"alice@{d}", "mailbox": True, "aliases": [f"a.smith@{d}"]},
                  {"address": f"bob@{d}", "mailbox": True, "aliases": []},
                  {"address": f"dave@{d}", "mailbox": True, "aliases": []},
                  {"address": f"carol@{d}", "mailbox": False, "aliases": []},
                  {"address": f"admin@{d}", "mailbox": True, "aliases": []}],
        "groups": [{"address": f"sales@{d}", "members": [f"bob@{d}", f"team@{d}", "partner@example.net"]},
                   {"address": f"team@{d}", "members": [f"dave@{d}", f"sales@{d}"]}],
        "messages": messages if messages is not None else [
            {"mailbox": f"alice@{d}", "internet_message_id": "<m1@mail.example.net>", "folder": "inbox",
             "subject": "Invoice", "attachments": [{"name": "invoice.xlsm", "sha256": "ab" * 32}]},
            {"mailbox": f"bob@{d}", "internet_message_id": "<m1@mail.example.net>", "folder": "deleteditems",
             "subject": "Invoice", "attachments": [{"name": "invoice.xlsm", "sha256": "ab" * 32}]},
            {"mailbox": f"dave@{d}", "internet_message_id": "<m1@mail.example.net>",
             "folder": "recoverableitemsdeletions", "subject": "Invoice",
             "attachments": [{"name": "invoice.xlsm", "sha256": "ab" * 32}]}],
    }


def msal_app(emu: RunningEmulator, tenant: str, client_id: str, key_pem: bytes, thumbprint_hex: str | None = None,
             *, cert_pem: bytes | None = None, session: requests.Session | None = None) -> Any:
    """A real msal.ConfidentialClientApplication pointed at the emulator.

    With ``thumbprint_hex`` MSAL signs RS256 with ``x5t``; with ``cert_pem`` it signs PS256 with ``x5t#S256``.
    """
    import msal

    credential: dict[str, Any] = {"private_key": key_pem.decode("ascii")}
    if cert_pem is not None:
        credential["public_certificate"] = cert_pem.decode("ascii")
    if thumbprint_hex is not None:
        credential["thumbprint"] = thumbprint_hex
    return msal.ConfidentialClientApplication(
        client_id, client_credential=credential, authority=f"{emu.authority}/{tenant}",
        instance_discovery=False, http_client=session or emu.session(), token_cache=msal.TokenCache())
