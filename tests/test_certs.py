"""Certificates, thumbprints, key checks and the cert/settings CLI (no network)."""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import stat
from types import SimpleNamespace

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from hypothesis import given, settings as hsettings, strategies as st

from marlib import certs
from marlib.errors import CertificateError, SettingsError
from marlib.settings import (clear_settings, load_settings, save_settings, validate_client_id,
                             validate_tenant_id)
from marlib.store import Store

CLIENT = "6583ff8c-9c43-450b-a63d-6934afda87b7"
TENANT = "4679dbfa-d1b9-45ad-87b5-0eb9e6b80123"


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    out = tmp_path_factory.mktemp("cert")
    return certs.new_certificate(out, "admin@contoso.com", days=30)


def test_new_certificate_files_and_values(made):
    assert stat.S_IMODE(made.key_path.stat().st_mode) == 0o600
    cert = certs.load_certificate(made.crt_path)
    der = made.cer_path.read_bytes()
    assert cert == certs.load_certificate(made.cer_path)
    assert der == cert.public_bytes(serialization.Encoding.DER)
    sha1 = hashlib.sha1(der).digest()
    assert made.thumbprint_hex == sha1.hex()
    assert made.thumbprint_b64 == base64.b64encode(sha1).decode()
    assert certs.certificate_email(cert) == "admin@contoso.com"
    kc = made.key_credentials
    assert kc == {"customKeyIdentifier": made.thumbprint_b64, "keyId": made.key_id,
                  "type": "AsymmetricX509Cert", "usage": "Verify",
                  "value": base64.b64encode(der).decode()}
    key = certs.load_private_key(made.key_path)
    assert key.key_size >= 2048 and certs.key_matches_certificate(key, cert)
    info = certs.inspect_certificate(cert)
    assert info["validity"] == "valid" and info["key_size"] == 2048
    assert info["thumbprint_hex"] == made.thumbprint_hex


def test_thumbprint_forms_normalise(made):
    hexd = made.thumbprint_hex
    b64 = made.thumbprint_b64
    colons = ":".join(hexd[i:i + 2] for i in range(0, 40, 2)).upper()
    urlsafe = b64.replace("+", "-").replace("/", "_").rstrip("=")
    for form in (hexd, hexd.upper(), colons, b64, urlsafe, f"  {b64} "):
        assert certs.normalize_thumbprint(form) == hexd
    assert certs.thumbprint_hex_to_b64(hexd) == b64
    for bad in ("", "abc", "zz" * 20, base64.b64encode(b"x" * 19).decode(), hexd[:-1]):
        with pytest.raises(CertificateError) as err:
            certs.normalize_thumbprint(bad)
        assert "thumbprint" in err.value.advice


@given(st.binary(min_size=20, max_size=20))
@hsettings(max_examples=200)
def test_thumbprint_roundtrip_any_digest(digest):
    b64 = base64.b64encode(digest).decode()
    assert certs.normalize_thumbprint(b64) == digest.hex()
    assert certs.normalize_thumbprint(digest.hex().upper()) == digest.hex()
    assert certs.thumbprint_hex_to_b64(digest.hex()) == b64


def test_passphrase_key(tmp_path):
    made = certs.new_certificate(tmp_path, "admin@contoso.com", passphrase="s3cret")
    assert b"ENCRYPTED" in made.key_path.read_bytes()
    assert certs.load_private_key(made.key_path, "s3cret").key_size == 2048
    with pytest.raises(CertificateError, match="no passphrase was given") as err:
        certs.load_private_key(made.key_path)
    assert "--passphrase-file" in err.value.advice
    with pytest.raises(CertificateError, match="Wrong passphrase"):
        certs.load_private_key(made.key_path, "wrong")


def test_key_checks(tmp_path):
    small = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    with pytest.raises(CertificateError, match="1024 bits; at least 2048"):
        certs.load_private_key(certs.key_to_pem(small))
    eck = ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption())
    with pytest.raises(CertificateError, match="not an RSA key"):
        certs.load_private_key(eck)
    with pytest.raises(CertificateError, match="not a PEM private key"):
        certs.load_private_key(b"-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----\n")
    with pytest.raises(CertificateError, match="too short"):
        certs.generate_key(1024)
    with pytest.raises(CertificateError, match="Cannot read"):
        certs.load_private_key(tmp_path / "missing.pem")


def test_key_mismatch_and_validity(made):
    cert = certs.load_certificate(made.crt_path)
    other = certs.generate_key()
    assert not certs.key_matches_certificate(other, cert)
    with pytest.raises(CertificateError, match="does not match"):
        certs.check_key_matches(other, cert)
    later = cert.not_valid_after_utc + dt.timedelta(days=1)
    with pytest.raises(CertificateError, match="expired") as err:
        certs.check_validity(cert, later)
    assert "cert new" in err.value.advice
    with pytest.raises(CertificateError, match="not yet valid"):
        certs.check_validity(cert, cert.not_valid_before_utc - dt.timedelta(days=1))
    certs.check_validity(cert)


def test_ids_validation():
    assert validate_client_id(CLIENT.upper()) == CLIENT
    with pytest.raises(SettingsError, match="not a GUID"):
        validate_client_id("my-app")
    assert validate_tenant_id("Contoso.onmicrosoft.com") == "contoso.onmicrosoft.com"
    assert validate_tenant_id(TENANT) == TENANT
    for bad in ("", "not a tenant", "x@y.com", "contoso"):
        with pytest.raises(SettingsError):
            validate_tenant_id(bad)


def test_settings_store_without_secret(tmp_path, made):
    store = Store(tmp_path / "db" / "m.duckdb")
    with pytest.raises(SettingsError) as err:
        load_settings(store)
    assert "settings set" in err.value.advice
    saved = save_settings(store, client_id=CLIENT, tenant_id=TENANT,
                          thumbprint=made.thumbprint_b64, key=made.key_path,
                          domains="Contoso.com, fabrikam.com", ca_file=None)
    assert saved.thumbprint == made.thumbprint_hex
    assert saved.key_file.parent == (tmp_path / "db" / "keys").resolve()
    assert stat.S_IMODE(saved.key_file.stat().st_mode) == 0o600
    loaded = load_settings(store)
    assert loaded == saved and loaded.domains == ("contoso.com", "fabrikam.com")
    assert loaded.in_domains("a@contoso.com") and loaded.in_domains("a@eu.fabrikam.com")
    assert not loaded.in_domains("a@example.org")
    body = made.key_path.read_text().splitlines()[1]
    raw = json.dumps(store.query_df("SELECT * FROM settings").astype(str).values.tolist())
    assert body not in raw and "PRIVATE KEY" not in raw
    pem, pw = loaded.read_key()
    assert pem == made.key_path.read_text() and pw is None
    clear_settings(store)
    assert not saved.key_file.exists()


def test_settings_rejects_bad_values(tmp_path, made):
    store = Store(tmp_path / "m.duckdb")
    ok = dict(client_id=CLIENT, tenant_id=TENANT, thumbprint=made.thumbprint_hex,
              key=made.key_path)
    with pytest.raises(SettingsError, match="thumbprint"):
        save_settings(store, **{**ok, "thumbprint": "abc"})
    with pytest.raises(SettingsError, match="https URL"):
        save_settings(store, **ok, authority="http://127.0.0.1:1")
    with pytest.raises(SettingsError, match="not a mail domain"):
        save_settings(store, **ok, domains="contoso")
    with pytest.raises(SettingsError, match="no PEM certificate"):
        save_settings(store, **ok, ca_file=made.key_path)
    with pytest.raises(CertificateError, match="not an RSA"):
        eck = ec.generate_private_key(ec.SECP256R1()).private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption())
        save_settings(store, **{**ok, "key": eck})
    assert store.get_setting("mailbox") is None


def _run(capsys, cwd, *args):
    """``python -m marlib --db DB ARGS`` in process (cwd-relative paths made absolute)."""
    from marlib.cli import main
    fixed = [str(cwd / a) if a.startswith(("c/", "o/")) or a in ("c", "pw") else a for a in args]
    code = main(["--db", str(cwd / "db" / "m.duckdb"), *fixed])
    out, err = capsys.readouterr()
    return SimpleNamespace(returncode=code, stdout=out, stderr=err)


def test_cli_cert_and_settings(tmp_path, capsys):
    def _cli(*args, cwd):
        return _run(capsys, cwd, *args)

    (tmp_path / "pw").write_text("pass phrase\n")
    r = _cli("cert", "new", "--out", "c", "--email", "admin@contoso.com", "--days", "10",
             "--passphrase-file", "pw", "--json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout.strip().splitlines()[-1])
    assert out["keyCredentials"][0]["customKeyIdentifier"] == out["thumbprint_b64"]
    r = _cli("cert", "inspect", "c/marlib.cer", "--key", "c/marlib.key", "--passphrase-file", "pw",
             "--json", cwd=tmp_path)
    info = json.loads(r.stdout.strip().splitlines()[-1])
    assert r.returncode == 0 and info["key_matches"] is True and info["email"] == "admin@contoso.com"
    r = _cli("cert", "inspect", "c/marlib.cer", "--key", "c/marlib.key", cwd=tmp_path)
    assert r.returncode == 2 and "no passphrase was given" in r.stderr
    other = certs.new_certificate(tmp_path / "o", "x@contoso.com")
    r = _cli("cert", "inspect", "c/marlib.crt", "--key", str(other.key_path), cwd=tmp_path)
    assert r.returncode == 2 and "does not match the certificate" in r.stderr
    (tmp_path / "db").mkdir()   # a new database is made in an existing folder only
    r = _cli("settings", "set", "--client-id", CLIENT, "--tenant-id", "contoso.onmicrosoft.com",
             "--thumbprint", out["thumbprint_hex"].upper(), "--key", "c/marlib.key",
             "--passphrase-file", "pw", "--domains", "contoso.com", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    r = _cli("settings", "show", "--json", cwd=tmp_path)
    shown = json.loads(r.stdout.strip().splitlines()[-1])
    assert shown["thumbprint"] == out["thumbprint_hex"]
    assert shown["thumbprint_b64"] == out["thumbprint_b64"]
    assert shown["key_encrypted"] is True and shown["tenant_kind"] == "microsoft"
    key_body = (tmp_path / "c" / "marlib.key").read_text().splitlines()[2]
    assert key_body not in r.stdout and "pass phrase" not in r.stdout
    r = _cli("check-connection", "bob@fabrikam.com", "--json", cwd=tmp_path)
    res = json.loads(r.stdout.strip().splitlines()[-1])
    assert r.returncode == 1
    assert res == {"ok": False, "reason": "not_in_domain",
                   "message": "The SMTP address has no mailbox associated with it",
                   "advice": "You have entered an email address that is not part of the "
                             "associated mail domain. Enter a valid email address and check the "
                             "connection again.",
                   "error": "ConnectionUnsuccessful", "code": "not_in_domain"}


def test_cli_inspect_expired_certificate(tmp_path, capsys):
    key = certs.generate_key()
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=400)
    cert = certs.self_signed_certificate(key, "admin@contoso.com", days=30, not_before=old)
    (tmp_path / "old.cer").write_bytes(cert.public_bytes(serialization.Encoding.DER))
    r = _run(capsys, tmp_path, "cert", "inspect", str(tmp_path / "old.cer"), "--json")
    assert r.returncode == 2 and "expired" in r.stderr and "cert new" in r.stderr
    info = json.loads(r.stdout.strip().splitlines()[-1])
    assert info["validity"] == "expired" and info["thumbprint_hex"] == certs.thumbprint_hex(cert)


def test_key_folders_made_for_a_key_are_private(tmp_path):
    """Review R2: new_certificate made its folders (e.g. the app's <data_dir>/keys/generated-...) 0755."""
    made = certs.new_certificate(tmp_path / "data" / "keys" / "generated-1", "admin@contoso.com")
    for folder in (tmp_path / "data", tmp_path / "data" / "keys", made.key_path.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE(made.key_path.stat().st_mode) == 0o600
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    certs.new_certificate(shared, "admin@contoso.com")   # a folder the user chose is left as it was
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755
    keys = tmp_path / "old-keys"
    keys.mkdir(mode=0o755)
    assert certs.private_dir(keys) == keys and stat.S_IMODE(keys.stat().st_mode) == 0o700
