"""Private keys, self-signed certificates, thumbprints and ``keyCredentials``.

Replaces the seed's PowerShell step (step 7 of the app registration):

* ``new_certificate`` writes an RSA key (mode 0600, optionally encrypted), a
  self-signed certificate whose subject carries the admin's emailAddress, as
  ``.crt`` (PEM) and ``.cer`` (DER), and returns the base64 thumbprint (what
  the Azure portal and the seed call ``$base64Thumbprint``), the hex thumbprint
  (what MSAL wants), a keyId and the ``keyCredentials`` JSON for the manifest.
* ``load_private_key`` / ``load_certificate`` / ``check_*`` validate with
  errors that say what to do (``CertificateError`` with advice).

The thumbprint is the SHA-1 of the certificate's DER bytes (Entra's ``x5t``).
Key material is never logged.
"""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import os
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from marlib.errors import CertificateError

MIN_RSA_BITS = 2048
KEY_FILE_MODE = 0o600
_HEX40 = re.compile(r"^[0-9a-f]{40}$")


# -- thumbprints --------------------------------------------------------------
def thumbprint_hex(cert: x509.Certificate) -> str:
    """SHA-1 of the DER certificate, lower-case hex (MSAL's ``thumbprint``)."""
    return cert.fingerprint(hashes.SHA1()).hex()  # noqa: S303 - Entra's x5t is SHA-1


def thumbprint_b64(cert: x509.Certificate) -> str:
    """SHA-1 of the DER certificate, standard base64 (the portal's customKeyIdentifier)."""
    return base64.b64encode(cert.fingerprint(hashes.SHA1())).decode("ascii")


def normalize_thumbprint(text: str) -> str:
    """Accept a SHA-1 thumbprint as hex (any case, ``:``/spaces allowed) or base64/base64url;
    return lower-case hex. Raises CertificateError when it is neither."""
    raw = (text or "").strip()
    compact = re.sub(r"[\s:]", "", raw).lower()
    if _HEX40.match(compact):
        return compact
    digest = _b64_sha1(raw)
    if digest is None:
        raise CertificateError(
            f"{raw!r} is not a certificate thumbprint",
            advice="give the SHA-1 thumbprint as 40 hex digits or as base64 (28 characters, "
                   "the $base64Thumbprint of the seed); `marlib cert inspect CERT` prints both")
    return digest.hex()


def thumbprint_hex_to_b64(hex_thumbprint: str) -> str:
    """Hex thumbprint -> base64 thumbprint."""
    return base64.b64encode(bytes.fromhex(normalize_thumbprint(hex_thumbprint))).decode("ascii")


def _b64_sha1(text: str) -> bytes | None:
    s = text.strip().replace("-", "+").replace("_", "/")
    s += "=" * (-len(s) % 4)
    try:
        data = base64.b64decode(s, validate=True)
    except (binascii.Error, ValueError):
        return None
    return data if len(data) == 20 else None


# -- keys ----------------------------------------------------------------------
def generate_key(bits: int = MIN_RSA_BITS) -> rsa.RSAPrivateKey:
    """A new RSA private key (at least 2048 bits)."""
    if bits < MIN_RSA_BITS:
        raise CertificateError(f"An RSA key of {bits} bits is too short",
                               advice=f"use at least {MIN_RSA_BITS} bits")
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def key_to_pem(key: rsa.RSAPrivateKey, passphrase: bytes | str | None = None) -> bytes:
    """PKCS#8 PEM, encrypted with the passphrase when one is given."""
    enc: serialization.KeySerializationEncryption = serialization.NoEncryption()
    if passphrase:
        enc = serialization.BestAvailableEncryption(_as_bytes(passphrase))
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, enc)


KEY_DIR_MODE = 0o700


def _make_dirs(path: Path) -> None:
    """Create ``path`` and its missing parents, each new folder 0700 (existing ones are left alone)."""
    missing = []
    while not path.exists():
        missing.append(path)
        if path.parent == path:
            break
        path = path.parent
    for folder in reversed(missing):
        folder.mkdir(mode=KEY_DIR_MODE, exist_ok=True)
        folder.chmod(KEY_DIR_MODE)


def private_dir(path: Path | str) -> Path:
    """``path`` as a folder only its owner can enter (0700), made if missing."""
    path = Path(path)
    _make_dirs(path)
    path.chmod(KEY_DIR_MODE)
    return path


def write_secret_file(path: Path, data: bytes) -> Path:
    """Write ``data`` to a new file readable by the owner only (0600), replacing any old one.
    Folders made for it are 0700."""
    path = Path(path)
    _make_dirs(path.parent)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, KEY_FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, KEY_FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def load_private_key(source: Path | str | bytes, passphrase: bytes | str | None = None,
                     ) -> rsa.RSAPrivateKey:
    """Load a PEM private key (file path or bytes) and check it: RSA, >= 2048 bits,
    passphrase present and right when the key is encrypted."""
    data, where = _read_source(source, "private key")
    pw = _as_bytes(passphrase) if passphrase else None
    try:
        key = serialization.load_pem_private_key(data, password=pw)
    except TypeError as exc:
        if pw is None:
            raise CertificateError(
                f"The private key {where} is encrypted and no passphrase was given",
                advice="give the key's passphrase with --passphrase-file FILE") from None
        key = serialization.load_pem_private_key(data, password=None) if "not encrypted" in str(
            exc) else None
        if key is None:
            raise CertificateError(f"The private key {where} cannot be read: {exc}",
                                   advice="give the PEM private key of the certificate") from None
    except ValueError as exc:
        if pw is not None and _is_encrypted_pem(data):
            raise CertificateError(f"Wrong passphrase for the private key {where}",
                                   advice="check the passphrase file (no trailing spaces)") from None
        if _looks_like_certificate(data):
            raise CertificateError(
                f"{where} is a certificate, not a private key: give the private key file "
                "(.key/.pem)",
                advice="give the key written together with the certificate (e.g. marlib.key "
                       "from `marlib cert new`)") from None
        raise CertificateError(
            f"{where} is not a PEM private key ({_short(exc)})",
            advice="give the private key in PEM format (-----BEGIN PRIVATE KEY----- or "
                   "-----BEGIN RSA PRIVATE KEY-----)") from None
    check_key(key, where=where)
    return key  # type: ignore[return-value]


def check_key(key: Any, *, where: str = "") -> None:
    """RSA and at least 2048 bits, else CertificateError."""
    label = f"The private key {where}".rstrip()
    if not isinstance(key, rsa.RSAPrivateKey):
        raise CertificateError(
            f"{label} is not an RSA key ({type(key).__name__.lstrip('_')})",
            advice="Entra certificate credentials need an RSA key; make one with `marlib cert new`")
    if key.key_size < MIN_RSA_BITS:
        raise CertificateError(
            f"{label} has {key.key_size} bits; at least {MIN_RSA_BITS} are required",
            advice="make a new key and certificate with `marlib cert new` and register it")


def key_fingerprint(key: rsa.RSAPrivateKey) -> str:
    """SHA-256 of the public key (SubjectPublicKeyInfo DER), hex: safe to show, never the key."""
    spki = key.public_key().public_bytes(serialization.Encoding.DER,
                                         serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(spki).hexdigest()


def _is_encrypted_pem(data: bytes) -> bool:
    return b"ENCRYPTED" in data[:200] or b"Proc-Type: 4,ENCRYPTED" in data


# -- certificates --------------------------------------------------------------
def load_certificate(source: Path | str | bytes) -> x509.Certificate:
    """A certificate from a PEM (.crt/.pem) or DER (.cer) file or bytes."""
    data, where = _read_source(source, "certificate")
    advice = "give the .crt (PEM) or .cer (DER) file made by `marlib cert new`"
    if _looks_like_private_key(data):
        raise CertificateError(f"{where} is a private key, not a certificate: give the .crt/.cer",
                               advice=advice)
    try:
        if b"-----BEGIN CERTIFICATE-----" in data:
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError:
        raise CertificateError(f"{where} is not an X.509 certificate (neither PEM nor DER)",
                               advice=advice) from None


def _looks_like_private_key(data: bytes) -> bool:
    """A PEM private key (any kind, encrypted or not) or a DER PKCS#8/PKCS#1 one."""
    if b"PRIVATE KEY-----" in data:
        return True
    if data[:1] != b"\x30":
        return False
    try:
        serialization.load_der_private_key(data, password=None)
        return True
    except TypeError:      # an encrypted DER key
        return True
    except (ValueError, UnsupportedAlgorithm):
        return False


def _looks_like_certificate(data: bytes) -> bool:
    """A PEM or DER X.509 certificate."""
    if b"-----BEGIN CERTIFICATE-----" in data:
        return True
    try:
        x509.load_der_x509_certificate(data)
        return True
    except ValueError:
        return False


def check_validity(cert: x509.Certificate, now: dt.datetime | None = None) -> None:
    """CertificateError when the certificate is expired or not yet valid."""
    now = now or dt.datetime.now(dt.UTC)
    if now < cert.not_valid_before_utc:
        raise CertificateError(
            f"The certificate is not yet valid (valid from {cert.not_valid_before_utc:%Y-%m-%d %H:%M} "
            "UTC)", advice="check this machine's clock and time zone, or make a new certificate")
    if now > cert.not_valid_after_utc:
        raise CertificateError(
            f"The certificate expired on {cert.not_valid_after_utc:%Y-%m-%d %H:%M} UTC",
            advice="make a new certificate with `marlib cert new`, register it in the app's "
                   "keyCredentials and update the settings with the new thumbprint and key")


def key_matches_certificate(key: rsa.RSAPrivateKey, cert: x509.Certificate) -> bool:
    """True when the certificate's public key is the key's public key."""
    fmt = (serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return key.public_key().public_bytes(*fmt) == cert.public_key().public_bytes(*fmt)


def check_key_matches(key: rsa.RSAPrivateKey, cert: x509.Certificate) -> None:
    if not key_matches_certificate(key, cert):
        raise CertificateError(
            "The private key does not match the certificate",
            advice="give the key file that was created together with this certificate")


def certificate_email(cert: x509.Certificate) -> str | None:
    attrs = cert.subject.get_attributes_for_oid(NameOID.EMAIL_ADDRESS)
    return str(attrs[0].value) if attrs else None


def inspect_certificate(cert: x509.Certificate, now: dt.datetime | None = None) -> dict[str, Any]:
    """Subject, emailAddress, validity, key size and both thumbprints (JSON-ready)."""
    now = now or dt.datetime.now(dt.UTC)
    pub = cert.public_key()
    state = ("not yet valid" if now < cert.not_valid_before_utc
             else "expired" if now > cert.not_valid_after_utc else "valid")
    return {
        "subject": cert.subject.rfc4514_string(),
        "email": certificate_email(cert),
        "not_before": cert.not_valid_before_utc.isoformat(),
        "not_after": cert.not_valid_after_utc.isoformat(),
        "validity": state,
        "key_type": "RSA" if isinstance(pub, rsa.RSAPublicKey) else type(pub).__name__.lstrip("_"),
        "key_size": getattr(pub, "key_size", None),
        "thumbprint_b64": thumbprint_b64(cert),
        "thumbprint_hex": thumbprint_hex(cert),
        "serial": format(cert.serial_number, "x"),
    }


def key_credentials(cert: x509.Certificate, key_id: str | None = None) -> dict[str, str]:
    """One entry of the app manifest's ``keyCredentials`` (seed step 7c)."""
    return {
        "customKeyIdentifier": thumbprint_b64(cert),
        "keyId": key_id or str(uuid.uuid4()),
        "type": "AsymmetricX509Cert",
        "usage": "Verify",
        "value": base64.b64encode(cert.public_bytes(serialization.Encoding.DER)).decode("ascii"),
    }


def self_signed_certificate(key: rsa.RSAPrivateKey, email: str, *, days: int = 730,
                            common_name: str | None = None,
                            not_before: dt.datetime | None = None) -> x509.Certificate:
    """A self-signed certificate for ``key`` with emailAddress=``email`` in the subject."""
    if days < 1:
        raise CertificateError(f"--days must be at least 1 (got {days})", advice="use e.g. --days 730")
    start = (not_before or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    name = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, common_name or f"marlib {email}"),
        x509.NameAttribute(NameOID.EMAIL_ADDRESS, email),
    ])
    builder = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(start - dt.timedelta(minutes=5))
               .not_valid_after(start + dt.timedelta(days=days))
               .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
               .add_extension(x509.KeyUsage(digital_signature=True, key_encipherment=True,
                                            content_commitment=False, data_encipherment=False,
                                            key_agreement=False, key_cert_sign=False,
                                            crl_sign=False, encipher_only=False,
                                            decipher_only=False), critical=True)
               .add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False))
    return builder.sign(key, hashes.SHA256())


@dataclass(frozen=True)
class NewCertificate:
    """What ``new_certificate`` wrote and what to paste into the app registration."""
    key_path: Path
    crt_path: Path
    cer_path: Path
    thumbprint_b64: str
    thumbprint_hex: str
    key_id: str
    not_after: str
    key_credentials: dict[str, str] = field(repr=False)

    def as_dict(self) -> dict[str, Any]:
        return {"key": str(self.key_path), "crt": str(self.crt_path), "cer": str(self.cer_path),
                "thumbprint_b64": self.thumbprint_b64, "thumbprint_hex": self.thumbprint_hex,
                "key_id": self.key_id, "not_after": self.not_after,
                "keyCredentials": [self.key_credentials]}


_EMAIL = re.compile(r"^[^@\s]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


def new_certificate(out_dir: Path | str, email: str, *, days: int = 730,
                    passphrase: bytes | str | None = None, bits: int = MIN_RSA_BITS,
                    name: str = "marlib", not_before: dt.datetime | None = None) -> NewCertificate:
    """Write ``NAME.key`` (0600), ``NAME.crt`` (PEM) and ``NAME.cer`` (DER) under ``out_dir``."""
    if not _EMAIL.match(email or ""):
        raise CertificateError(f"{email!r} is not an email address",
                               advice="give the administrator's address, e.g. admin@contoso.com")
    out = Path(out_dir)
    _make_dirs(out)   # folders made here are 0700; a folder the user chose is left as it is
    key = generate_key(bits)
    cert = self_signed_certificate(key, email, days=days, not_before=not_before)
    key_path = write_secret_file(out / f"{name}.key", key_to_pem(key, passphrase))
    crt_path, cer_path = out / f"{name}.crt", out / f"{name}.cer"
    crt_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    cer_path.write_bytes(cert.public_bytes(serialization.Encoding.DER))
    creds = key_credentials(cert)
    return NewCertificate(key_path, crt_path, cer_path, creds["customKeyIdentifier"],
                          thumbprint_hex(cert), creds["keyId"],
                          cert.not_valid_after_utc.isoformat(), creds)


# -- helpers -------------------------------------------------------------------
def read_passphrase_file(path: Path | str) -> bytes:
    """The passphrase in a file, without the trailing newline."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise CertificateError(f"Cannot read the passphrase file {path}: {exc.strerror}",
                               advice="check the path given to --passphrase-file") from None
    return data.rstrip(b"\r\n")


def _read_source(source: Path | str | bytes, what: str) -> tuple[bytes, str]:
    if isinstance(source, bytes):
        return source, f"(uploaded {what})"
    path = Path(source)
    try:
        return path.read_bytes(), str(path)
    except OSError as exc:
        raise CertificateError(f"Cannot read the {what} file {path}: {exc.strerror}",
                               advice="check the path") from None


def _as_bytes(value: bytes | str) -> bytes:
    return value.encode("utf-8") if isinstance(value, str) else value


def _short(exc: Exception) -> str:
    text = str(exc).split("\n")[0]
    return text[:120]
