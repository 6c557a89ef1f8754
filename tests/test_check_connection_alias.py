"""Check Connection given an alias of the test mailbox: resolved in the directory as a run resolves a recipient
(Graph takes /users/{id | userPrincipalName} only), and the answer names the mailbox it reached."""
from __future__ import annotations

import json

import pytest

from connection_fixtures import ALICE, CLIENT, TENANT, alice_world, settings_for
from marlib.cli import main
from marlib.connection import check_connection

ALIAS = "alice.smith@contoso.com"


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    with alice_world(tmp_path_factory.mktemp("conn-alias")) as world:
        yield world


def test_check_connection_resolves_an_alias_and_names_the_mailbox(world):
    emu, keys, _ = world
    res = check_connection(settings_for(emu, keys), ALIAS.upper())
    assert (res.ok, res.reason) == (True, "ok"), res
    assert res.detail["mailbox"] == ALICE
    assert ALICE in res.advice and ALIAS.upper() in res.advice
    plain = check_connection(settings_for(emu, keys), ALICE)
    assert plain.ok and plain.detail["mailbox"] == ALICE and ALIAS not in plain.advice


def test_cli_check_connection_with_an_alias(world, tmp_path, capsys):
    emu, keys, _ = world
    db = str(tmp_path / "m.duckdb")
    assert main(["--db", db, "settings", "set", "--client-id", CLIENT, "--tenant-id", TENANT,
                 "--thumbprint", keys.a.thumbprint_b64, "--key", str(keys.a.key_path), "--domains", "contoso.com",
                 "--authority", emu.authority, "--graph-url", emu.graph_url, "--ca-file", emu.ca_file]) == 0
    capsys.readouterr()
    code = main(["--db", db, "check-connection", ALIAS, "--json"])
    out = capsys.readouterr().out
    assert code == 0, out
    got = json.loads(out.strip().splitlines()[-1])
    assert got["ok"] is True and got["mailbox"] == ALICE, got
    assert main(["--db", db, "check-connection", ALIAS]) == 0
    out = capsys.readouterr().out
    assert ALICE in out and ALIAS in out, out


def test_check_connection_unknown_address_is_still_invalid_user(world):
    emu, keys, _ = world
    res = check_connection(settings_for(emu, keys), "nobody.alias@contoso.com")
    assert res.reason == "invalid_user"
    assert res.message == "The requested user nobody.alias@contoso.com is invalid"
