"""Office 365 mailbox settings (the seed's System Administration > Mailbox Settings).

Stored as one JSON row (key ``mailbox``) in the ``settings`` table: client ID,
tenant ID, thumbprint (normalised to hex), the Office 365 domains, the
authority and Graph URLs, an optional CA bundle, and the *path* and public
fingerprint of the private key. The key itself (and its passphrase, if any) is
copied to ``<data_dir>/keys/`` with mode 0600 and never stored in the
database, logged, exported or shown.
"""
from __future__ import annotations

import json
import logging
import re
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from marlib import certs
from marlib.errors import CertificateError, SettingsError
from marlib.store import Store

log = logging.getLogger(__name__)

SETTINGS_KEY = "mailbox"
DEFAULT_AUTHORITY = "https://login.microsoftonline.com"
DEFAULT_GRAPH_URL = "https://graph.microsoft.com"
KEY_FILE_NAME = "mailbox-key.pem"
PASSPHRASE_FILE_NAME = "mailbox-key.pass"
_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
SET_ADVICE = ("run `python -m marlib settings set --client-id ID --tenant-id ID --thumbprint T "
              "--key KEY.pem` (or fill in the Mailbox Settings page)")
# settings rows shared by the app (marlib.workbench) and the command line (marlib.remediation.backend)
LIVE_ENABLED_KEY = "mailbox_enabled"   # "1" when "Enable Office 365 Mailbox Settings" is on
TENANT_MODE_KEY = "tenant_mode"        # simulated | graph (the app may also write emulator | microsoft)
TENANT_FILE_KEY = "tenant_file"        # the simulated tenant's JSON file
ENABLE_ADVICE = ("enable it with `python -m marlib settings enable` (or the switch \"Enable Office 365 "
                 "Mailbox Settings\" on the Mailbox Settings page)")


@dataclass(frozen=True)
class MailboxSettings:
    """What is needed to reach a tenant; no secret in it."""
    client_id: str
    tenant_id: str
    thumbprint: str                       # SHA-1, lower-case hex
    key_file: Path                        # copy under <data_dir>/keys, mode 0600
    key_fingerprint: str                  # SHA-256 of the public key, hex
    passphrase_file: Path | None = None   # copy under <data_dir>/keys, mode 0600
    domains: tuple[str, ...] = ()
    authority: str = DEFAULT_AUTHORITY
    graph_url: str = DEFAULT_GRAPH_URL
    ca_file: Path | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def thumbprint_b64(self) -> str:
        return certs.thumbprint_hex_to_b64(self.thumbprint)

    @property
    def authority_url(self) -> str:
        """``{authority}/{tenant_id}``, what MSAL is given."""
        return f"{self.authority.rstrip('/')}/{self.tenant_id}"

    def in_domains(self, address: str) -> bool:
        """True when no domains are configured or the address's domain is one of them
        (or a subdomain of one)."""
        if not self.domains:
            return True
        domain = address.rsplit("@", 1)[-1].strip().lower()
        return any(domain == d or domain.endswith("." + d) for d in self.domains)

    def public_dict(self) -> dict[str, Any]:
        """For ``settings show``: the key only as its path and fingerprint."""
        out = {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(self).items()
               if k != "extra"}
        out["domains"] = list(self.domains)
        out["thumbprint_b64"] = self.thumbprint_b64
        out["key_encrypted"] = self.passphrase_file is not None
        return out

    def read_key(self) -> tuple[str, bytes | None]:
        """(PEM text, passphrase or None) for MSAL. Checked: RSA >= 2048, passphrase right."""
        passphrase = certs.read_passphrase_file(self.passphrase_file) if self.passphrase_file else None
        try:
            pem = self.key_file.read_bytes()
        except OSError as exc:
            raise SettingsError(f"The private key file {self.key_file} cannot be read: "
                                f"{exc.strerror}", advice="upload the key again: " + SET_ADVICE) from None
        certs.load_private_key(pem, passphrase)
        return pem.decode("ascii"), passphrase


# -- the seed's "Enable Office 365 Mailbox Settings" switch ------------------------
def live_enabled(store: Store) -> bool:
    """True when live remediation (through Microsoft Graph or the emulator) is allowed.

    The single source of truth for the app's switch and the command line: off unless
    turned on (``settings enable``, ``settings set``, or the Mailbox Settings page)."""
    return store.get_setting(LIVE_ENABLED_KEY) == "1"


def set_live_enabled(store: Store, on: bool) -> None:
    """Turn the "Enable Office 365 Mailbox Settings" switch on or off."""
    store.set_setting(LIVE_ENABLED_KEY, "1" if on else "0")
    log.info("live remediation %s", "enabled" if on else "disabled")


def require_live_enabled(store: Store, what: str = "live remediation") -> None:
    """SettingsError (with how to enable it) unless live remediation is enabled."""
    if not live_enabled(store):
        raise SettingsError(
            f"Office 365 mailbox settings are disabled, so {what} cannot act on mailboxes",
            advice=ENABLE_ADVICE + "; or act on the simulated tenant instead: "
                   "`python -m marlib settings tenant simulated`")


# -- validation ----------------------------------------------------------------
def validate_client_id(value: str) -> str:
    try:
        return str(uuid.UUID(value.strip()))
    except (ValueError, AttributeError):
        raise SettingsError(f"Client ID {value!r} is not a GUID",
                            advice="copy the Application (client) ID from the app's Overview "
                                   "page, e.g. 6583ff8c-9c43-450b-a63d-6934afda87b7") from None


def validate_tenant_id(value: str) -> str:
    text = (value or "").strip().lower()
    try:
        return str(uuid.UUID(text))
    except ValueError:
        pass
    if _DOMAIN.match(text):
        return text
    raise SettingsError(f"Tenant ID {value!r} is neither a GUID nor a domain",
                        advice="copy the Directory (tenant) ID from the app's Overview page, or "
                               "give a verified domain such as contoso.onmicrosoft.com")


def validate_domains(values: list[str] | tuple[str, ...] | str | None) -> tuple[str, ...]:
    if values is None:
        return ()
    items = values.split(",") if isinstance(values, str) else list(values)
    out = []
    for item in items:
        d = item.strip().lower().lstrip("@")
        if not d:
            continue
        if not _DOMAIN.match(d):
            raise SettingsError(f"{item!r} is not a mail domain",
                                advice="give the Office 365 domains as d1,d2 (e.g. contoso.com)")
        out.append(d)
    return tuple(dict.fromkeys(out))


def validate_url(value: str, what: str) -> str:
    parts = urlsplit((value or "").strip())
    if parts.scheme != "https" or not parts.netloc:
        raise SettingsError(f"The {what} {value!r} is not an https URL",
                            advice=f"give the {what} as https://host[:port] (MSAL and Graph need TLS)")
    return f"https://{parts.netloc}{parts.path.rstrip('/')}"


# -- store ---------------------------------------------------------------------
def save_settings(store: Store, *, client_id: str, tenant_id: str, thumbprint: str,
                  key: Path | str | bytes, passphrase: bytes | str | None = None,
                  domains: list[str] | tuple[str, ...] | str | None = None,
                  authority: str | None = None, graph_url: str | None = None,
                  ca_file: Path | str | None = None,
                  certificate: Path | str | bytes | None = None) -> MailboxSettings:
    """Validate and store the settings; copy the key (and passphrase) to <data_dir>/keys (0600).

    ``key`` is a PEM file path or the PEM bytes (an upload). With ``certificate`` (the app
    registration's .crt/.cer, path or bytes) the thumbprint must be that certificate's and the
    key must match it.
    """
    client_id = validate_client_id(client_id)
    tenant_id = validate_tenant_id(tenant_id)
    try:
        thumb = certs.normalize_thumbprint(thumbprint)
    except CertificateError as exc:
        raise SettingsError(exc.message, advice=exc.advice) from None
    key_obj = certs.load_private_key(key if isinstance(key, bytes) else Path(key), passphrase)
    if certificate is not None:
        check_certificate(thumb, key_obj, certificate)
    ca = _check_ca_file(ca_file)
    keys_dir = certs.private_dir(store.data_dir / "keys")
    pem = key if isinstance(key, bytes) else Path(key).read_bytes()
    key_file = certs.write_secret_file(keys_dir / KEY_FILE_NAME, pem)
    pass_file = None
    if passphrase and certs._is_encrypted_pem(pem):
        pw = passphrase.encode() if isinstance(passphrase, str) else passphrase
        pass_file = certs.write_secret_file(keys_dir / PASSPHRASE_FILE_NAME, pw)
    else:
        (keys_dir / PASSPHRASE_FILE_NAME).unlink(missing_ok=True)
    settings = MailboxSettings(
        client_id=client_id, tenant_id=tenant_id, thumbprint=thumb, key_file=key_file.resolve(),
        key_fingerprint=certs.key_fingerprint(key_obj),
        passphrase_file=pass_file.resolve() if pass_file else None,
        domains=validate_domains(domains),
        authority=validate_url(authority or DEFAULT_AUTHORITY, "authority URL"),
        graph_url=validate_url(graph_url or DEFAULT_GRAPH_URL, "Graph URL"), ca_file=ca)
    store.set_setting(SETTINGS_KEY, json.dumps(_to_row(settings)))
    log.info("mailbox settings saved: client %s tenant %s thumbprint %s key fingerprint %s",
             client_id, tenant_id, thumb, settings.key_fingerprint[:16])
    return settings


def check_certificate(thumbprint: str, key: Any, certificate: Path | str | bytes) -> None:
    """SettingsError unless ``thumbprint`` (hex) is the certificate's and ``key`` matches it."""
    cert = certs.load_certificate(certificate if isinstance(certificate, bytes) else Path(certificate))
    where = "the certificate" if isinstance(certificate, bytes) else str(certificate)
    if certs.thumbprint_hex(cert) != thumbprint:
        raise SettingsError(
            f"The thumbprint {thumbprint} is not the thumbprint of {where} "
            f"(which is {certs.thumbprint_b64(cert)}, hex {certs.thumbprint_hex(cert)})",
            advice="give the thumbprint of the certificate registered in the app registration "
                   "(`python -m marlib cert inspect CERT` prints it)")
    if not certs.key_matches_certificate(key, cert):
        raise SettingsError(f"The private key does not match {where}",
                            advice="give the key file that was created together with this certificate")


def load_settings(store: Store) -> MailboxSettings:
    """The stored settings; SettingsError with advice when they are missing or broken."""
    raw = store.get_setting(SETTINGS_KEY)
    if not raw:
        raise SettingsError("Office 365 mailbox settings are not configured", advice=SET_ADVICE)
    try:
        row = json.loads(raw)
        return MailboxSettings(
            client_id=row["client_id"], tenant_id=row["tenant_id"], thumbprint=row["thumbprint"],
            key_file=Path(row["key_file"]), key_fingerprint=row["key_fingerprint"],
            passphrase_file=Path(row["passphrase_file"]) if row.get("passphrase_file") else None,
            domains=tuple(row.get("domains") or ()),
            authority=row.get("authority") or DEFAULT_AUTHORITY,
            graph_url=row.get("graph_url") or DEFAULT_GRAPH_URL,
            ca_file=Path(row["ca_file"]) if row.get("ca_file") else None)
    except (ValueError, KeyError, TypeError) as exc:
        raise SettingsError(f"The stored mailbox settings are unreadable ({exc})",
                            advice="set them again: " + SET_ADVICE) from None


def clear_settings(store: Store) -> None:
    """Forget the settings and delete the key copies."""
    store.set_setting(SETTINGS_KEY, None)
    if not store.memory:
        for name in (KEY_FILE_NAME, PASSPHRASE_FILE_NAME):
            (store.data_dir / "keys" / name).unlink(missing_ok=True)


def _to_row(s: MailboxSettings) -> dict[str, Any]:
    return {"client_id": s.client_id, "tenant_id": s.tenant_id, "thumbprint": s.thumbprint,
            "key_file": str(s.key_file), "key_fingerprint": s.key_fingerprint,
            "passphrase_file": str(s.passphrase_file) if s.passphrase_file else None,
            "domains": list(s.domains), "authority": s.authority, "graph_url": s.graph_url,
            "ca_file": str(s.ca_file) if s.ca_file else None}


def _check_ca_file(ca_file: Path | str | None) -> Path | None:
    if not ca_file:
        return None
    path = Path(ca_file).expanduser().resolve()
    try:
        text = path.read_text(encoding="ascii", errors="replace")
    except OSError as exc:
        raise SettingsError(f"Cannot read the CA file {path}: {exc.strerror}",
                            advice="give a PEM bundle of the CA certificates to trust") from None
    if "-----BEGIN CERTIFICATE-----" not in text:
        raise SettingsError(f"{path} holds no PEM certificate",
                            advice="give a PEM bundle of the CA certificates to trust")
    return path
