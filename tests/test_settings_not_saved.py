"""`settings set` whose settings row cannot be written (the database's folder refusing the write, a full disk,
the database held by another process past the wait, a Ctrl-C): the key file it had already replaced is put
back, so the stored settings (the old thumbprint) still pair with their key. It used to keep the new key beside
the old thumbprint: every sign-in then failed, for a running watch too (it opens its tenant again when the key
file changes)."""
from __future__ import annotations

import pytest

from marlib import certs
from marlib.errors import StoreError
from marlib.settings import load_settings, save_settings
from marlib.store import Store

CLIENT = "6583ff8c-9c43-450b-a63d-6934afda87b7"
TENANT = "contoso.onmicrosoft.com"


def test_a_key_is_put_back_when_the_settings_cannot_be_saved(tmp_path):
    old = certs.new_certificate(tmp_path / "old", "admin@contoso.com")
    new = certs.new_certificate(tmp_path / "new", "admin@contoso.com")
    store = Store(tmp_path / "m.duckdb")
    save_settings(store, client_id=CLIENT, tenant_id=TENANT, thumbprint=old.thumbprint_hex, key=old.key_path)
    kept = load_settings(store).key_file.read_bytes()
    # the database reads, and refuses the write (DuckDB cannot create the .wal beside it)
    (tmp_path / "m.duckdb.wal").symlink_to(tmp_path / "gone" / "m.duckdb.wal")
    with pytest.raises(StoreError):
        save_settings(store, client_id=CLIENT, tenant_id=TENANT, thumbprint=new.thumbprint_hex, key=new.key_path)
    (tmp_path / "m.duckdb.wal").unlink()
    settings = load_settings(store)
    assert settings.thumbprint == old.thumbprint_hex and settings.key_file.read_bytes() == kept


def test_a_proxy_password_is_put_back_when_the_proxy_cannot_be_saved(tmp_path):
    from marlib.settings import set_proxy
    cert = certs.new_certificate(tmp_path / "c", "admin@contoso.com")
    store = Store(tmp_path / "m.duckdb")
    save_settings(store, client_id=CLIENT, tenant_id=TENANT, thumbprint=cert.thumbprint_hex, key=cert.key_path,
                  proxy="http://svc@proxy.corp.example:3128", proxy_password="old secret")
    (tmp_path / "m.duckdb.wal").symlink_to(tmp_path / "gone" / "m.duckdb.wal")
    with pytest.raises(StoreError):
        set_proxy(store, "http://svc@proxy.corp.example:3128", "new secret")
    (tmp_path / "m.duckdb.wal").unlink()
    assert load_settings(store).proxy_password_file.read_text() == "old secret"
