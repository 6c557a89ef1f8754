"""Check Connection end to end: real MSAL over TLS against the HTTPS emulator, every row of
the seed's troubleshooting table, plus network and TLS failures and secrets kept out of logs."""
from __future__ import annotations

import json
import logging
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest

from connection_fixtures import (ALICE, BOB, CLIENT, CLIENT_EXPIRED, CLIENT_NO_ROLES, PASSPHRASE,
                                 TENANT, UNKNOWN, alice_world, closed_port, settings_for)
from marlib.connection import TROUBLESHOOTING, check_connection
from marlib.errors import AuthError
from marlib.graph.auth import TokenProvider
from marlib.settings import load_settings, save_settings
from marlib.store import Store
from marlib.tenant.graph import mailboxes_from_settings

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    with alice_world(tmp_path_factory.mktemp("conn")) as world:
        yield world


def _check(world, email=ALICE, **changes):
    emu, keys, _ = world
    return check_connection(settings_for(emu, keys, **changes), email)


def _row(reason, **values):
    message, advice = TROUBLESHOOTING[reason]
    return message.format(**values), advice.format(**values)


def test_msal_gets_token_over_tls_and_caches_it(world):
    emu, keys, _ = world
    before = emu.state()["requests"]["by_endpoint"].get("token", 0)
    tokens = TokenProvider.from_settings(settings_for(emu, keys))
    first = tokens.token()
    assert first and tokens.token() == first
    assert emu.state()["requests"]["by_endpoint"].get("token", 0) == before + 1
    assert tokens.token(force_refresh=True)
    assert emu.state()["requests"]["by_endpoint"]["token"] == before + 2
    assert "PRIVATE" not in repr(tokens)


def test_ok(world):
    res = _check(world)
    assert (res.ok, res.reason, res.message) == (True, "ok", "Connection Successful")
    assert res.detail["kind"] == "emulator"


def test_encrypted_key_and_domain_tenant(world):
    emu, keys, root = world
    res = _check(world, key_file=keys.enc.key_path, thumbprint=keys.enc.thumbprint_hex,
                 passphrase_file=root / "pass.txt",
                 tenant_id="contoso.onmicrosoft.com")
    assert res.ok, res


def test_address_outside_domains(world):
    res = _check(world, email="someone@fabrikam.com")
    assert (res.ok, res.reason) == (False, "not_in_domain")
    assert (res.message, res.advice) == _row("not_in_domain")
    assert res.message == "The SMTP address has no mailbox associated with it"


def test_unknown_client(world):
    res = _check(world, client_id=UNKNOWN)
    assert res.reason == "unknown_client"
    assert res.message == f"Application with identifier '{UNKNOWN}' was not found in the directory {TENANT}"
    assert res.advice.startswith("You have entered an invalid Client ID. Modify the Client ID")
    assert res.detail["code"] == "AADSTS700016" and res.detail["trace_id"]
    assert res.detail["correlation_id"]


def test_unknown_tenant(world):
    res = _check(world, tenant_id=UNKNOWN)
    assert res.reason == "unknown_tenant"
    assert res.message == f"No service namespace named '{UNKNOWN}' was found in the data store."
    assert res.advice.startswith("You have entered an invalid Tenant ID.")
    assert res.detail["code"] == "AADSTS90002"
    res = _check(world, tenant_id="nosuch.onmicrosoft.com")
    assert res.reason == "unknown_tenant" and "'nosuch.onmicrosoft.com'" in res.message


def test_wrong_thumbprint(world):
    emu, keys, _ = world
    res = _check(world, thumbprint=keys.b.thumbprint_hex)
    assert res.reason == "wrong_thumbprint"
    assert res.message == "Error validating credentials. Credential validation failed"
    assert res.advice.startswith("You have entered an invalid certificate thumbprint.")
    assert res.detail["code"] == "AADSTS700027"


def test_invalid_signature_wrong_key(world):
    emu, keys, _ = world
    res = _check(world, key_file=keys.b.key_path)
    assert res.reason == "invalid_signature"
    assert res.message == ("Error validating credentials. Client assertion contains an invalid "
                           "signature.")
    assert "correct certificate private key" in res.advice and res.detail["code"] == "AADSTS700027"


def test_invalid_signature_expired_certificate(world):
    emu, keys, _ = world
    res = _check(world, client_id=CLIENT_EXPIRED, key_file=keys.c_key, thumbprint=keys.c_thumb)
    assert res.reason == "invalid_signature"
    assert (res.message, res.advice) == _row("invalid_signature")
    assert "expired" in res.detail["message"]


def test_invalid_signature_clock_skew(world):
    emu, keys, _ = world
    emu.clock(3 * 3600)
    try:
        res = _check(world)
    finally:
        emu.clock(0)
    assert res.reason == "invalid_signature" and res.detail["code"] == "AADSTS700024"


def test_invalid_user(world):
    res = _check(world, email="nobody@contoso.com")
    assert res.reason == "invalid_user"
    assert res.message == "The requested user nobody@contoso.com is invalid"
    assert res.advice == TROUBLESHOOTING["invalid_user"][1]
    assert res.detail["request_id"]


def test_user_without_mailbox_and_no_permission(world):
    res = _check(world, email=BOB)
    assert res.reason == "no_mailbox"
    assert res.message == "The SMTP address has no mailbox associated with it"
    res = _check(world, client_id=CLIENT_NO_ROLES)
    assert res.reason == "access_denied" and "Mail.ReadWrite" in res.advice


def test_closed_port_is_connection_unsuccessful(world):
    port = closed_port()
    res = _check(world, authority=f"https://127.0.0.1:{port}")
    assert res.reason == "unreachable"
    assert res.message.startswith(f"Connection Unsuccessful: Cannot reach 127.0.0.1:{port}")
    assert "refused" in res.message and "firewall" in res.advice


def test_wrong_ca_is_tls_failure(world, tmp_path):
    res = _check(world, ca_file=None)  # certifi's bundle does not know the emulator's CA
    assert res.reason == "tls_untrusted"
    assert res.message.startswith("Connection Unsuccessful: TLS failure with 127.0.0.1")
    assert "CERTIFICATE_VERIFY_FAILED" in res.message
    assert "--ca-file" in res.advice and "ca.pem" in res.advice and "firewall" not in res.advice


def test_cli_check_connection_to_the_emulator_without_its_ca_names_ca_file(world, tmp_path, capsys):
    """The one fix for an untrusted certificate is the CA bundle setting, not the network advice."""
    from marlib.cli import main
    emu, keys, _ = world
    db = str(tmp_path / "m.duckdb")
    assert main(["--db", db, "settings", "set", "--client-id", CLIENT, "--tenant-id", TENANT,
                 "--thumbprint", keys.a.thumbprint_b64, "--key", str(keys.a.key_path), "--domains", "contoso.com",
                 "--authority", emu.authority, "--graph-url", emu.graph_url]) == 0
    capsys.readouterr()
    assert main(["--db", db, "check-connection", ALICE]) == 1
    out = capsys.readouterr().out
    assert "TLS failure with 127.0.0.1" in out and "CERTIFICATE_VERIFY_FAILED" in out
    assert "what to do: This machine does not trust the server's certificate" in out
    assert "settings set ... --ca-file FILE" in out and "emulator its ca.pem" in out
    assert main(["--db", db, "check-connection", ALICE, "--json"]) == 1
    got = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert (got["ok"], got["reason"]) == (False, "tls_untrusted") and "--ca-file" in got["advice"]


def test_cli_check_connection_advice_names_the_database_it_checked(world, tmp_path, capsys):
    """The troubleshooting advice said `python -m marlib settings set` without the --db checked: pasted, it
    would change the default database's settings, not these."""
    from marlib.cli import main
    emu, keys, _ = world
    db = str(tmp_path / "incident" / "m.duckdb")
    Path(db).parent.mkdir()
    assert main(["--db", db, "settings", "set", "--client-id", "00000000-0000-4000-8000-00000000dead",
                 "--tenant-id", TENANT, "--thumbprint", keys.a.thumbprint_b64, "--key", str(keys.a.key_path),
                 "--domains", "contoso.com", "--authority", emu.authority, "--graph-url", emu.graph_url,
                 "--ca-file", emu.ca_file]) == 0
    capsys.readouterr()
    assert main(["--db", db, "check-connection", ALICE]) == 1
    out = capsys.readouterr().out
    assert "invalid Client ID" in out and f"(or with `python -m marlib --db {db} settings set`)" in out, out
    assert main(["--db", db, "check-connection", ALICE, "--json"]) == 1
    got = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert got["reason"] == "unknown_client" and f"`python -m marlib --db {db} settings set`" in got["advice"]


def test_graph_unreachable_after_token(world):
    res = _check(world, graph_url=f"https://127.0.0.1:{closed_port()}")
    assert res.reason == "unreachable" and "Cannot reach" in res.message


def test_wrong_passphrase_is_explained(world):
    emu, keys, root = world
    (root / "bad.txt").write_text("nope")
    res = _check(world, key_file=keys.enc.key_path, thumbprint=keys.enc.thumbprint_hex,
                 passphrase_file=root / "bad.txt")
    assert res.reason == "invalid_key" and "Wrong passphrase" in res.message


def test_auth_error_keeps_aadsts_ids(world):
    emu, keys, _ = world
    tokens = TokenProvider.from_settings(settings_for(emu, keys, client_id=UNKNOWN))
    with pytest.raises(AuthError) as err:
        tokens.token()
    e = err.value
    assert e.code == "AADSTS700016" and e.details["aadsts"] == 700016
    assert e.details["trace_id"] and e.details["correlation_id"]
    assert e.details["error"] == "unauthorized_client"


def test_secrets_never_in_logs(world, caplog):
    emu, keys, _ = world
    caplog.set_level(logging.DEBUG)
    for name in ("msal", "urllib3", "marlib", "requests"):
        caplog.set_level(logging.DEBUG, logger=name)
    settings = settings_for(emu, keys)
    assert check_connection(settings, ALICE).ok
    assert _check(world, key_file=keys.b.key_path).reason == "invalid_signature"
    boxes = mailboxes_from_settings(settings)
    assert len(boxes.locate(ALICE, "<m1@contoso.com>")) == 1
    token = boxes.tokens.token()
    text = caplog.text + json.dumps([r.args for r in caplog.records], default=str)
    assert len(caplog.records) > 5 and "127.0.0.1" in text
    assert token not in text
    for key_file in (keys.a.key_path, keys.b.key_path):
        body = key_file.read_text().splitlines()[1:-1]
        assert all(line not in text for line in body)
    assert "client_assertion=eyJ" not in text and "PRIVATE KEY" not in text


def test_cli_settings_and_check_connection(world, tmp_path, capsys):
    emu, keys, root = world

    def _cli(tmp, *args):
        if args[0] == "check-connection" and "--json" in args:  # once through `python -m marlib`
            return subprocess.run([sys.executable, "-m", "marlib", "--db", str(tmp / "m.duckdb"),
                                   *args], capture_output=True, text=True, timeout=120, cwd=tmp,
                                  env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
        from marlib.cli import main
        code = main(["--db", str(tmp / "m.duckdb"), *args])
        out, err = capsys.readouterr()
        return SimpleNamespace(returncode=code, stdout=out, stderr=err)

    r = _cli(tmp_path, "settings", "set", "--client-id", CLIENT, "--tenant-id", TENANT,
             "--thumbprint", keys.enc.thumbprint_b64, "--key", str(keys.enc.key_path),
             "--passphrase-file", str(root / "pass.txt"), "--domains", "contoso.com",
             "--authority", emu.authority, "--graph-url", emu.graph_url, "--ca-file", emu.ca_file)
    assert r.returncode == 0, r.stderr
    assert PASSPHRASE not in json.dumps(Store(tmp_path / "m.duckdb").get_setting("mailbox"))
    r = _cli(tmp_path, "check-connection", ALICE, "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout.strip().splitlines()[-1])["ok"] is True
    r = _cli(tmp_path, "check-connection", "nobody@contoso.com")
    assert r.returncode == 1
    assert "Connection Unsuccessful\nThe requested user nobody@contoso.com is invalid" in r.stdout
    r = _cli(tmp_path, "settings", "show")
    assert r.returncode == 0 and "emulator" in r.stdout and "BEGIN" not in r.stdout


def test_factory_and_store_settings(world, tmp_path):
    emu, keys, _ = world
    store = Store(tmp_path / "m.duckdb")
    from marlib.errors import SettingsError
    with pytest.raises(SettingsError):
        mailboxes_from_settings(store)
    saved = save_settings(store, client_id=CLIENT, tenant_id=TENANT,
                          thumbprint=keys.a.thumbprint_b64, key=keys.a.key_path.read_bytes(),
                          domains=["contoso.com"], authority=emu.authority,
                          graph_url=emu.graph_url, ca_file=emu.ca_file)
    boxes = mailboxes_from_settings(store)
    assert boxes.kind == "emulator" and saved == load_settings(store)
    assert boxes.resolve(ALICE).has_mailbox
    res = check_connection(store, ALICE)
    assert res.ok
    res = check_connection(replace(saved, domains=()), "x@fabrikam.com")
    assert res.reason == "invalid_user"  # no domains configured: Graph decides


@pytest.mark.parametrize("kind", ["503", "429", "reset"])
def test_token_endpoint_busy_is_connection_unsuccessful(world, kind):
    emu, keys, _ = world
    emu.faults([{"kind": kind, "scope": "token", "retry_after": 1}])
    try:
        res = _check(world)
    finally:
        emu.clear_faults()
    assert res.reason == "unreachable" and res.message.startswith("Connection Unsuccessful: ")


def test_token_provider_retries_a_busy_entra(world):
    emu, keys, _ = world
    waits = []
    tokens = TokenProvider.from_settings(settings_for(emu, keys), sleep=waits.append)
    emu.faults([{"kind": "503", "scope": "token", "count": 1},
                {"kind": "429", "scope": "token", "count": 1}])
    try:
        assert tokens.token()
    finally:
        emu.clear_faults()
    assert waits == [0.5, 1.0]
