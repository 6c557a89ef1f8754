"""The emulator's own certificate authority and its server certificate (127.0.0.1, localhost).

The CA lives in a state directory (``ca.pem``, ``ca.key`` mode 0600) and is
reused when present, so a client configured with ``--ca-file`` keeps working
across restarts. The server certificate is made fresh at every start.
"""
from __future__ import annotations

import datetime as dt
import fcntl
import ipaddress
import os
import ssl
import tempfile
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

CA_NAME = "marlib emulator CA"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _write_private(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".")
    try:
        os.fchmod(fd, 0o600)
        os.write(fd, data)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def _new_ca() -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, CA_NAME)])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(_now() - dt.timedelta(days=1)).not_valid_after(_now() + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                         content_commitment=False, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False,
                                         encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    return key, cert


def load_or_create_ca(state_dir: Path) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate, Path]:
    """The CA key, certificate and the path of ``ca.pem`` in ``state_dir``."""
    state_dir.mkdir(parents=True, exist_ok=True)
    with open(state_dir / "ca.lock", "w") as lock:   # two emulators starting at once share one CA
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _load_or_create_locked(state_dir)


def _load_or_create_locked(state_dir: Path) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate, Path]:
    cert_path, key_path = state_dir / "ca.pem", state_dir / "ca.key"
    if cert_path.exists() and key_path.exists():
        try:
            key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
            cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
            if isinstance(key, ec.EllipticCurvePrivateKey) and cert.not_valid_after_utc > _now():
                return key, cert, cert_path
        except ValueError:
            pass
    key, cert = _new_ca()
    _write_private(key_path, key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
    tmp = cert_path.with_name(f"ca.pem.{os.getpid()}")
    tmp.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    os.replace(tmp, cert_path)
    return key, cert, cert_path


def server_context(state_dir: Path) -> tuple[ssl.SSLContext, Path]:
    """A server-side SSLContext with a fresh certificate for 127.0.0.1/localhost signed by the CA."""
    ca_key, ca_cert, ca_path = load_or_create_ca(state_dir)
    key = ec.generate_private_key(ec.SECP256R1())
    san = x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                       x509.IPAddress(ipaddress.ip_address("127.0.0.1"))])
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
            .issuer_name(ca_cert.subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(_now() - dt.timedelta(hours=1)).not_valid_after(_now() + dt.timedelta(days=30))
            .add_extension(san, critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                           critical=False)
            .sign(ca_key, hashes.SHA256()))
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    with tempfile.TemporaryDirectory(prefix="marlib-emu-tls-") as tmp:
        cert_file, key_file = Path(tmp) / "server.pem", Path(tmp) / "server.key"
        cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        _write_private(key_file, key.private_bytes(serialization.Encoding.PEM,
                                                   serialization.PrivateFormat.PKCS8,
                                                   serialization.NoEncryption()))
        ctx.load_cert_chain(cert_file, key_file)
    return ctx, ca_path
