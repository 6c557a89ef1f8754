"""Where the mailbox settings keep their secrets: ``<data_dir>/keys/<db name>.<name>``, one set per database.

marlib before kept them under fixed names (``keys/mailbox-key.pem``, ``keys/mailbox-key.pass``,
``keys/proxy-password``), one set per folder: two databases in one folder (``esa1.duckdb``, ``esa2.duckdb``)
then replaced and deleted each other's key and proxy password. Settings saved then still point at those
shared (legacy) files; ``drop_legacy_files`` deletes them once this database no longer uses them, and only
when they are this database's: the shared key file still holds the key whose fingerprint it stored.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from marlib.errors import MarlibError
from marlib.store import Store

log = logging.getLogger(__name__)

KEY_FILE_NAME = "mailbox-key.pem"
PASSPHRASE_FILE_NAME = "mailbox-key.pass"
PROXY_PASSWORD_FILE_NAME = "proxy-password"
SECRET_FILE_NAMES = (KEY_FILE_NAME, PASSPHRASE_FILE_NAME, PROXY_PASSWORD_FILE_NAME)


def secret_file(store: Store, name: str) -> Path:
    """``<data_dir>/keys/<db name>.<name>``: this database's copy of a secret (``KEY_FILE_NAME`` ...)."""
    keys = store.data_dir / "keys"   # StoreError (with advice) for an in-memory store
    return keys / f"{Path(str(store.path)).stem}.{name}"


def legacy_file(store: Store, name: str) -> Path:
    """``<data_dir>/keys/<name>``: where marlib kept a secret before, shared by every database in the folder."""
    return store.data_dir / "keys" / name


def drop_legacy_files(store: Store, before: Any, now: Any, names: tuple[str, ...]) -> None:
    """Delete the folder's shared secret files among ``names`` that the settings ``before`` a save or clear
    used and the settings ``now`` (None after a clear) no longer use: only when the shared key file holds the
    key of ``before`` (its stored fingerprint), so another database's secrets in the folder are never deleted.
    Settings are ``marlib.settings.MailboxSettings``."""
    if before is None or not _holds_own_key(store, before):
        return
    in_use = _files(now) if now is not None else set()
    for name in names:
        path = legacy_file(store, name).resolve()
        if str(path) in _files(before) and str(path) not in in_use:
            path.unlink(missing_ok=True)
            log.info("mailbox settings: removed the folder's shared keys/%s (now keys/%s)",
                     name, secret_file(store, name).name)


def _files(settings: Any) -> set[str]:
    return {str(p) for p in (settings.key_file, settings.passphrase_file, settings.proxy_password_file)
            if p is not None}


def _holds_own_key(store: Store, settings: Any) -> bool:
    """True when the settings' key file is the folder's shared one and still holds their key."""
    if settings.key_file.resolve() != legacy_file(store, KEY_FILE_NAME).resolve():
        return False
    try:
        settings.read_key()   # checks the fingerprint
    except MarlibError:
        return False
    return True
