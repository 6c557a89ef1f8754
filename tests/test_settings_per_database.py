"""Two databases in one folder (e.g. data/esa1.duckdb and data/esa2.duckdb) keep their own key, passphrase
and proxy password: the secret files under keys/ are named after the database. Settings saved before that,
with the folder's shared names (keys/mailbox-key.pem, keys/proxy-password), keep working."""
from __future__ import annotations

import json
import shutil
import stat

import pytest

from marlib import certs
from marlib.errors import SettingsError
from marlib.settings import (KEY_FILE_NAME, PASSPHRASE_FILE_NAME, PROXY_PASSWORD_FILE_NAME, clear_settings,
                             load_settings, save_settings, set_proxy)
from marlib.store import Store

CLIENT = "6583ff8c-9c43-450b-a63d-6934afda87b7"
TENANT = "contoso.onmicrosoft.com"
PROXY = "http://svc@proxy.corp.example:8080"


@pytest.fixture(scope="module")
def two_keys(tmp_path_factory):
    root = tmp_path_factory.mktemp("keys")
    return (certs.new_certificate(root / "ka", "admin@contoso.com", days=30),
            certs.new_certificate(root / "kb", "admin@contoso.com", days=30))


def _save(store, made, *, passphrase=None, key=None, proxy_password=None):
    return save_settings(store, client_id=CLIENT, tenant_id=TENANT, thumbprint=made.thumbprint_hex,
                         key=key or made.key_path, passphrase=passphrase,
                         proxy=PROXY if proxy_password else None, proxy_password=proxy_password)


def _encrypted(made, passphrase: bytes) -> bytes:
    key = certs.load_private_key(made.key_path)
    from cryptography.hazmat.primitives import serialization
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.BestAvailableEncryption(passphrase))


def _fingerprint(made) -> str:
    return certs.key_fingerprint(certs.load_private_key(made.key_path))


def _key_in_use(store) -> str:
    pem, passphrase = load_settings(store).read_key()
    return certs.key_fingerprint(certs.load_private_key(pem.encode(), passphrase))


def _as_before(store) -> None:
    """Make the store's settings look as marlib saved them before per-database names: the secrets under the
    folder's shared names, and the row pointing at them."""
    keys = store.data_dir / "keys"
    row = json.loads(store.get_setting("mailbox"))
    for field, name in (("key_file", KEY_FILE_NAME), ("passphrase_file", PASSPHRASE_FILE_NAME),
                        ("proxy_password_file", PROXY_PASSWORD_FILE_NAME)):
        if row.get(field):
            shutil.move(row[field], keys / name)
            row[field] = str((keys / name).resolve())
    store.set_setting("mailbox", json.dumps(row))


def test_two_databases_in_one_folder_keep_their_own_key_passphrase_and_proxy_password(tmp_path, two_keys):
    ka, kb = two_keys
    a, b = Store(tmp_path / "esa1.duckdb"), Store(tmp_path / "esa2.duckdb")
    _save(a, ka, key=_encrypted(ka, b"pass-a"), passphrase="pass-a", proxy_password="pw-a")
    _save(b, kb, proxy_password="pw-b")
    assert _key_in_use(a) == _fingerprint(ka) and _key_in_use(b) == _fingerprint(kb)
    assert load_settings(a).read_key()[1] == b"pass-a" and load_settings(b).read_key()[1] is None
    assert load_settings(a).proxies()["https"] == "http://svc:pw-a@proxy.corp.example:8080"
    assert load_settings(b).proxies()["https"] == "http://svc:pw-b@proxy.corp.example:8080"
    names = {p.name: stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "keys").iterdir()}
    assert names == {"esa1.mailbox-key.pem": 0o600, "esa1.mailbox-key.pass": 0o600, "esa1.proxy-password": 0o600,
                     "esa2.mailbox-key.pem": 0o600, "esa2.proxy-password": 0o600}
    # `settings proxy --clear` on one leaves the other's password
    set_proxy(b, None)
    assert load_settings(a).proxies()["https"] == "http://svc:pw-a@proxy.corp.example:8080"
    assert not (tmp_path / "keys" / "esa2.proxy-password").exists()


def test_clearing_one_database_leaves_the_other(tmp_path, two_keys):
    ka, kb = two_keys
    a, b = Store(tmp_path / "esa1.duckdb"), Store(tmp_path / "esa2.duckdb")
    _save(a, ka, proxy_password="pw-a")
    _save(b, kb, key=_encrypted(kb, b"pass-b"), passphrase="pass-b", proxy_password="pw-b")
    clear_settings(b)
    assert sorted(p.name for p in (tmp_path / "keys").iterdir()) == ["esa1.mailbox-key.pem", "esa1.proxy-password"]
    assert _key_in_use(a) == _fingerprint(ka)
    assert load_settings(a).proxies()["https"] == "http://svc:pw-a@proxy.corp.example:8080"
    with pytest.raises(SettingsError, match="not configured"):
        load_settings(b)


def test_settings_saved_with_the_shared_names_keep_working_and_move_on_the_next_save(tmp_path, two_keys):
    ka, kb = two_keys
    a = Store(tmp_path / "esa1.duckdb")
    _save(a, ka, key=_encrypted(ka, b"pass-a"), passphrase="pass-a", proxy_password="pw-a")
    _as_before(a)
    keys = tmp_path / "keys"
    assert {p.name for p in keys.iterdir()} == {KEY_FILE_NAME, PASSPHRASE_FILE_NAME, PROXY_PASSWORD_FILE_NAME}
    assert _key_in_use(a) == _fingerprint(ka)
    assert load_settings(a).proxies()["https"] == "http://svc:pw-a@proxy.corp.example:8080"
    # a second database in the folder, new style, neither reads nor deletes the first one's shared files
    b = Store(tmp_path / "esa2.duckdb")
    _save(b, kb, proxy_password="pw-b")
    set_proxy(b, None)
    clear_settings(b)
    assert _key_in_use(a) == _fingerprint(ka)
    assert load_settings(a).proxies()["https"] == "http://svc:pw-a@proxy.corp.example:8080"
    # the proxy changed with its password kept (****): the password moves to this database's name
    set_proxy(a, "http://svc:****@proxy.corp.example:8080")
    assert load_settings(a).proxies()["https"] == "http://svc:pw-a@proxy.corp.example:8080"
    assert {p.name for p in keys.iterdir()} == {KEY_FILE_NAME, PASSPHRASE_FILE_NAME, "esa1.proxy-password"}
    # the next save moves the key too, and the shared files are gone
    _save(a, ka, key=load_settings(a).key_file, passphrase="pass-a", proxy_password="pw-a")
    assert sorted(p.name for p in keys.iterdir()) == ["esa1.mailbox-key.pass", "esa1.mailbox-key.pem",
                                                      "esa1.proxy-password"]
    assert _key_in_use(a) == _fingerprint(ka)


def test_clearing_deletes_the_shared_files_only_when_they_hold_this_databases_key(tmp_path, two_keys):
    ka, kb = two_keys
    keys = tmp_path / "keys"
    a = Store(tmp_path / "esa1.duckdb")
    _save(a, ka, proxy_password="pw-a")
    _as_before(a)
    # another database's settings from before wrote its key over the shared file: a's are no longer there
    c = Store(tmp_path / "esa3.duckdb")
    _save(c, kb, proxy_password="pw-c")
    _as_before(c)
    clear_settings(a)
    assert {p.name for p in keys.iterdir()} == {KEY_FILE_NAME, PROXY_PASSWORD_FILE_NAME}
    assert _key_in_use(c) == _fingerprint(kb)
    # this database's own shared files go with it
    clear_settings(c)
    assert list(keys.iterdir()) == []


def test_a_key_file_replaced_behind_the_settings_back_is_refused_with_advice(tmp_path, two_keys):
    ka, kb = two_keys
    a = Store(tmp_path / "esa1.duckdb")
    saved = _save(a, ka)
    saved.key_file.write_bytes(kb.key_path.read_bytes())   # as the shared file was by another database's save
    with pytest.raises(SettingsError) as err:
        load_settings(a).read_key()
    assert f"The private key file {saved.key_file} was replaced" in err.value.message
    assert "another database in the same folder" in err.value.message
    assert _fingerprint(ka)[:16] in err.value.message and _fingerprint(kb)[:16] in err.value.message
    assert "settings set" in err.value.advice and "--key" in err.value.advice
    # set again with the right key, it is used
    _save(a, ka)
    assert _key_in_use(a) == _fingerprint(ka)


def test_check_connection_names_the_replaced_key_file(tmp_path, two_keys, capsys):
    """The command line says it before any request: no misleading "invalid certificate thumbprint"."""
    from marlib.cli import main
    ka, kb = two_keys
    db = tmp_path / "esa1.duckdb"
    saved = _save(Store(db), ka)
    saved.key_file.write_bytes(kb.key_path.read_bytes())
    code = main(["--db", str(db), "check-connection", "alice@contoso.com"])
    out = capsys.readouterr().out
    assert code != 0
    assert f"The private key file {saved.key_file} was replaced" in out
    assert "invalid certificate thumbprint" not in out.lower()
    assert f"--db {db} settings set" in out   # the advice names the database to set again
