"""The proxy setting: Entra (MSAL) and Graph traffic through an HTTP CONNECT proxy when, and only
when, the mailbox settings name one; a proxy that is down, wants credentials (407) or refuses the
tunnel gives an explained Check Connection result; the proxy's password never shows.

A real proxy (``proxy_helper.ConnectProxy``, a threaded socket server on 127.0.0.1) tunnels to the
real HTTPS emulator; MSAL is the real client."""
from __future__ import annotations

import json
import logging
import stat
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
import requests

from connection_fixtures import ALICE, CLIENT, TENANT, alice_world, closed_port, settings_for
from marlib.connection import check_connection
from marlib.errors import ConnectivityError, SettingsError
from marlib.graph.auth import TokenProvider
from marlib.settings import (PROXY_PASSWORD_FILE_NAME, load_settings, mask_proxy, save_settings,
                             set_proxy, split_proxy)
from marlib.store import Store
from marlib.tenant.graph import mailboxes_from_settings
from proxy_helper import ConnectProxy, basic_credentials

USER, PASSWORD = "svc-marlib", "s3cr#t/pw@x"   # characters that must be percent-encoded in a URL
QUOTED = "s3cr%23t%2Fpw%40x"


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    with alice_world(tmp_path_factory.mktemp("proxy")) as world:
        yield world


def _emulator_hosts(emu) -> set[str]:
    return {urlsplit(emu.authority).netloc, urlsplit(emu.graph_url).netloc}


def _saved(store: Store, emu, keys, proxy: str | None) -> None:
    save_settings(store, client_id=CLIENT, tenant_id=TENANT, thumbprint=keys.a.thumbprint_b64,
                  key=keys.a.key_path, domains=["contoso.com"], authority=emu.authority,
                  graph_url=emu.graph_url, ca_file=emu.ca_file, proxy=proxy)


# -- through the proxy, and only with the setting --------------------------------------------
def test_check_connection_goes_through_the_proxy(world):
    emu, keys, _ = world
    with ConnectProxy() as proxy:
        res = check_connection(settings_for(emu, keys, proxy=proxy.url), ALICE)
        assert res.ok, res
        # MSAL's discovery and token request and the Graph probe all went through the tunnel
        assert proxy.targets and set(proxy.targets) == _emulator_hosts(emu)
        assert proxy.tunnels >= 1


def test_without_the_setting_no_proxy_is_used_even_with_https_proxy_set(world, monkeypatch):
    emu, keys, _ = world
    with ConnectProxy() as proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)   # trust_env=False: the environment is not the setting
        monkeypatch.setenv("https_proxy", proxy.url)
        res = check_connection(settings_for(emu, keys), ALICE)
        assert res.ok, res
        assert proxy.targets == []


def test_token_and_graph_call_through_an_authenticating_proxy(world, tmp_path):
    emu, keys, _ = world
    store = Store(tmp_path / "m.duckdb")
    with ConnectProxy(credentials=(USER, PASSWORD)) as proxy:
        _saved(store, emu, keys, f"http://{USER}:{QUOTED}@127.0.0.1:{proxy.port}")
        boxes = mailboxes_from_settings(store)
        try:
            assert boxes.tokens is not None and boxes.tokens.token()
            assert len(boxes.locate(ALICE, "<m1@contoso.com>")) == 1
        finally:
            boxes.close()
        assert set(proxy.targets) == _emulator_hosts(emu)
        assert set(proxy.auth_headers) == {f"Basic {basic_credentials(USER, PASSWORD)}"}
        # a TokenProvider built from the settings alone goes through the proxy as well
        before = len(proxy.targets)
        assert TokenProvider.from_settings(load_settings(store)).token()
        assert len(proxy.targets) > before


# -- explained failures ----------------------------------------------------------------------
def test_proxy_asking_for_credentials_is_explained(world):
    emu, keys, _ = world
    with ConnectProxy(credentials=(USER, PASSWORD)) as proxy:
        res = check_connection(settings_for(emu, keys, proxy=proxy.url), ALICE)
        assert (res.ok, res.reason) == (False, "proxy_auth")
        assert res.message.startswith("Connection Unsuccessful: The proxy http://127.0.0.1:")
        assert "407 Proxy Authentication Required" in res.message
        assert "settings proxy" in res.advice and "USER:PASSWORD@" in res.advice
        assert res.detail["proxy_failure"] == "proxy_auth"
        # a wrong password: the same explanation, and the password is not repeated anywhere
        wrong = proxy.url_with(USER, "not-the-pw")
        res = check_connection(settings_for(emu, keys, proxy=wrong), ALICE)
        assert res.reason == "proxy_auth"
        assert "refused the user name and password given" in res.message
        assert "check them" in res.advice and "give them in" not in res.advice
        shown = json.dumps([res.message, res.advice, res.detail], default=str)
        assert "not-the-pw" not in shown and f"{USER}:****@" in shown
        # MSAL does not ask again: a 407 is not retried
        assert len(proxy.targets) == 2


def test_dead_proxy_port_is_explained(world):
    emu, keys, _ = world
    port = closed_port()
    res = check_connection(settings_for(emu, keys, proxy=f"http://{USER}:{QUOTED}@127.0.0.1:{port}"),
                           ALICE)
    assert (res.ok, res.reason) == (False, "proxy_unreachable")
    assert res.message.startswith(f"Connection Unsuccessful: Cannot reach the proxy http://{USER}:****@"
                                  f"127.0.0.1:{port}")
    assert "refused" in res.message
    assert "settings proxy" in res.advice and "Proxy field" in res.advice
    assert PASSWORD not in json.dumps([res.message, res.advice, res.detail], default=str)


def test_proxy_refusing_the_tunnel_is_explained(world):
    emu, keys, _ = world
    with ConnectProxy(refuse=True) as proxy:
        res = check_connection(settings_for(emu, keys, proxy=proxy.url), ALICE)
    assert (res.ok, res.reason) == (False, "proxy_refused")
    assert "did not open the tunnel" in res.message and "403" in res.message
    assert "CONNECT" in res.advice


def test_malformed_proxy_in_settings_is_explained(world):
    """Settings built in code skip save_settings' checks: the check still explains, and masks."""
    emu, keys, _ = world
    res = check_connection(settings_for(emu, keys, proxy="http://bob:hunter2@proxy.corp.example"), ALICE)
    assert (res.ok, res.reason) == (False, "invalid_proxy")
    assert "has no port" in res.message and "hunter2" not in res.message + res.advice


def test_graph_client_raises_connectivity_error_naming_the_proxy(world):
    emu, keys, _ = world
    port = closed_port()
    boxes = mailboxes_from_settings(settings_for(emu, keys, proxy=f"http://127.0.0.1:{port}"),
                                    token_retries=0)
    try:
        with pytest.raises(ConnectivityError) as err:
            boxes.locate(ALICE, "<m1@contoso.com>")
    finally:
        boxes.close()
    assert err.value.details["proxy_failure"] == "proxy_unreachable"
    assert "settings proxy" in (err.value.advice or "")


def test_proxy_password_never_logged(world, caplog):
    emu, keys, _ = world
    caplog.set_level(logging.DEBUG)
    for name in ("msal", "urllib3", "marlib", "requests"):
        caplog.set_level(logging.DEBUG, logger=name)
    with ConnectProxy(credentials=(USER, PASSWORD)) as proxy:
        good = settings_for(emu, keys, proxy=f"http://{USER}:{QUOTED}@127.0.0.1:{proxy.port}")
        assert check_connection(good, ALICE).ok
        bad = settings_for(emu, keys, proxy=proxy.url_with(USER, "wrong-pw-9q"))
        assert check_connection(bad, ALICE).reason == "proxy_auth"
    text = caplog.text + json.dumps([r.args for r in caplog.records], default=str)
    assert len(caplog.records) > 5
    for secret in (PASSWORD, "s3cr%23t", "wrong-pw-9q", basic_credentials(USER, PASSWORD)):
        assert secret not in text


# -- the setting: validation, storage, display -----------------------------------------------
@pytest.mark.parametrize("value, says", [
    ("proxy.corp.example:8080", "has no scheme"),
    ("ftp://proxy.corp.example:21", "not an http:// or https:// URL"),
    ("socks5://proxy.corp.example:1080", "SOCKS"),
    ("http://proxy.corp.example", "has no port"),
    ("http://proxy.corp.example:99999", "no valid port"),
    ("http://proxy.corp.example:8080/path", "path or query"),
    ("http://:8080", "with a host"),
    ("http://u:s3cret@[::1:8080", "not a valid URL"),
])
def test_invalid_proxy_is_refused_with_advice(value, says):
    with pytest.raises(SettingsError) as err:
        split_proxy(value)
    assert says in err.value.message and "http://" in (err.value.advice or "")


def test_invalid_proxy_error_masks_the_password():
    for value in ("bob:hunter2@proxy.corp.example:8080", "http://bob:hunter2@proxy.corp.example",
                  "socks5://bob:hunter2@proxy.corp.example:1080", "http://bob:hun ter2@proxy.corp.example",
                  "http://bob:hunter2@[::1:8080"):
        with pytest.raises(SettingsError) as err:
            split_proxy(value)
        assert "hunter2" not in str(err.value) and "ter2" not in str(err.value) and "bob:****@" in str(err.value)


def test_mask_proxy():
    assert mask_proxy("http://bob:hunter2@proxy.corp.example:8080") == "http://bob:****@proxy.corp.example:8080"
    assert mask_proxy("http://proxy.corp.example:8080") == "http://proxy.corp.example:8080"
    assert mask_proxy("http://bob@proxy.corp.example:8080", has_password=True) == \
        "http://bob:****@proxy.corp.example:8080"


def test_stored_without_password_and_kept_by_mask(world, tmp_path):
    emu, keys, _ = world
    store = Store(tmp_path / "m.duckdb")
    _saved(store, emu, keys, f"HTTP://{USER}:hunter2@Proxy.Corp.Example:3128")
    row = store.get_setting("mailbox")
    assert "hunter2" not in row and json.loads(row)["proxy"] == f"http://{USER}@proxy.corp.example:3128"
    secret = tmp_path / "keys" / f"m.{PROXY_PASSWORD_FILE_NAME}"   # named after m.duckdb
    assert secret.read_text() == "hunter2" and stat.S_IMODE(secret.stat().st_mode) == 0o600
    s = load_settings(store)
    assert s.proxy_display == f"http://{USER}:****@proxy.corp.example:3128"
    assert s.public_dict()["proxy"] == s.proxy_display
    assert s.proxies() == {"https": f"http://{USER}:hunter2@proxy.corp.example:3128",
                           "http": f"http://{USER}:hunter2@proxy.corp.example:3128"}
    # what was shown, submitted again (the app's form, `settings set` without --proxy), keeps the password
    _saved(store, emu, keys, s.proxy_display)
    assert load_settings(store).proxies()["https"].endswith(":hunter2@proxy.corp.example:3128")
    # **** for another user or proxy is refused: it stands for no stored password
    with pytest.raises(SettingsError, match="no password is stored"):
        set_proxy(store, "http://other:****@proxy.corp.example:3128")
    assert set_proxy(store, "http://proxy.corp.example:8080").proxies()["https"] == "http://proxy.corp.example:8080"
    assert not secret.exists()
    assert set_proxy(store, None).proxy is None and load_settings(store).proxies() is None


def test_cli_proxy_set_show_clear_and_check(world, tmp_path, capsys):
    emu, keys, _ = world
    from marlib.cli import main

    def cli(*args):
        code = main(["--db", str(tmp_path / "m.duckdb"), *args])
        out, err = capsys.readouterr()
        return SimpleNamespace(code=code, out=out, err=err)

    with ConnectProxy(credentials=(USER, PASSWORD)) as proxy:
        base = ("settings", "set", "--client-id", CLIENT, "--tenant-id", TENANT,
                "--thumbprint", keys.a.thumbprint_b64, "--key", str(keys.a.key_path), "--domains",
                "contoso.com", "--authority", emu.authority, "--graph-url", emu.graph_url,
                "--ca-file", emu.ca_file)
        with_pw = f"http://{USER}:{QUOTED}@127.0.0.1:{proxy.port}"
        r = cli(*base, "--proxy", with_pw)
        assert r.code == 0, r.err
        assert f"proxy:           http://{USER}:****@127.0.0.1:{proxy.port} (given)" in r.out
        assert "s3cr" not in r.out + r.err and "--proxy-password-file" in r.err   # the typed password: a note
        r = cli("settings", "show")
        assert f"proxy:           http://{USER}:****@127.0.0.1:{proxy.port}" in r.out
        assert "s3cr" not in r.out
        r = cli("settings", "show", "--json")
        assert json.loads(r.out.strip().splitlines()[-1])["proxy"] == f"http://{USER}:****@127.0.0.1:{proxy.port}"
        r = cli("check-connection", ALICE)
        assert r.code == 0, r.out + r.err
        assert set(proxy.targets) == _emulator_hosts(emu)
        # `settings set` again without --proxy keeps it, password included
        r = cli(*base)
        assert r.code == 0 and "(kept: --proxy left out; change: `settings proxy URL|--clear`)" in r.out
        assert cli("check-connection", ALICE).code == 0
        # no credentials: the explained 407
        assert cli("settings", "proxy", proxy.url).code == 0
        r = cli("check-connection", ALICE)
        assert r.code == 1 and "407 Proxy Authentication Required" in r.out and "settings proxy" in r.out
        # an invalid value: exit 2, what to do, the password masked
        r = cli("settings", "proxy", f"{USER}:{PASSWORD}@127.0.0.1:{proxy.port}")
        assert r.code == 2 and "has no scheme" in r.err and "what to do:" in r.err and PASSWORD not in r.err
        before = len(proxy.targets)
        r = cli("settings", "proxy", "--clear")
        assert r.code == 0 and "none (direct connection)" in r.out
        assert "(none: direct connection)" in cli("settings", "show").out
        assert cli("check-connection", ALICE).code == 0 and len(proxy.targets) == before
    assert PASSWORD not in Path(tmp_path / "m.duckdb").read_bytes().decode("latin-1")


# -- the password given apart from the URL (file, environment) ----------------------------------
@pytest.fixture()
def cli(tmp_path, capsys, monkeypatch):
    """`python -m marlib --db m.duckdb ...` in-process; every output is kept to look for the password."""
    from marlib.cli import main
    monkeypatch.delenv("MARLIB_PROXY_PASSWORD", raising=False)
    outputs: list[str] = []

    def run(*args):
        code = main(["--db", str(tmp_path / "m.duckdb"), *args])
        out, err = capsys.readouterr()
        outputs.extend((out, err))
        return SimpleNamespace(code=code, out=out, err=err)
    run.outputs = outputs
    return run


def _settings_set(emu, keys, *more):
    return ("settings", "set", "--client-id", CLIENT, "--tenant-id", TENANT, "--thumbprint", keys.a.thumbprint_b64,
            "--key", str(keys.a.key_path), "--domains", "contoso.com", "--authority", emu.authority,
            "--graph-url", emu.graph_url, "--ca-file", emu.ca_file, *more)


def test_proxy_password_from_a_file_or_the_environment_through_an_authenticating_proxy(
        world, tmp_path, cli, monkeypatch):
    emu, keys, _ = world
    pw_file = tmp_path / "proxy.pw"
    pw_file.write_text(PASSWORD + "\n")                     # as `echo pw > file` writes it
    wrong = tmp_path / "wrong.pw"
    wrong.write_text("not-the-pw-5k\n")
    with ConnectProxy(credentials=(USER, PASSWORD)) as proxy:
        url = f"http://{USER}@127.0.0.1:{proxy.port}"
        r = cli(*_settings_set(emu, keys, "--proxy", url, "--proxy-password-file", str(pw_file)))
        assert r.code == 0, r.err
        assert f"proxy:           http://{USER}:****@127.0.0.1:{proxy.port} (given)" in r.out
        assert "note:" not in r.err                           # nothing typed into the URL
        secret = tmp_path / "keys" / f"m.{PROXY_PASSWORD_FILE_NAME}"   # named after m.duckdb
        assert secret.read_text() == PASSWORD and stat.S_IMODE(secret.stat().st_mode) == 0o600
        r = cli("check-connection", ALICE)
        assert r.code == 0, r.out + r.err
        assert set(proxy.auth_headers) == {f"Basic {basic_credentials(USER, PASSWORD)}"}
        assert f"http://{USER}:****@127.0.0.1:{proxy.port}" in cli("settings", "show").out
        # `settings proxy` takes it too: a wrong one is the explained 407
        assert cli("settings", "proxy", url, "--proxy-password-file", str(wrong)).code == 0
        r = cli("check-connection", ALICE)
        assert r.code == 1 and "refused the user name and password given" in r.out
        # from $MARLIB_PROXY_PASSWORD, for a URL that names the user and no password
        monkeypatch.setenv("MARLIB_PROXY_PASSWORD", PASSWORD)
        assert cli("settings", "proxy", url).code == 0
        assert cli("check-connection", ALICE).code == 0
        assert secret.read_text() == PASSWORD
        # a `settings set` that leaves the proxy out keeps it (the environment does not change a kept proxy)
        monkeypatch.setenv("MARLIB_PROXY_PASSWORD", "not-the-pw-5k")
        r = cli(*_settings_set(emu, keys))
        assert r.code == 0 and "(kept: --proxy left out" in r.out
        assert cli("check-connection", ALICE).code == 0
        # a URL without a user takes no password from the environment
        assert cli("settings", "proxy", proxy.url).code == 0
        assert not secret.exists() and load_settings(Store(tmp_path / "m.duckdb")).proxy_password_file is None
    everything = "\n".join(cli.outputs) + Path(tmp_path / "m.duckdb").read_bytes().decode("latin-1")
    for leak in (PASSWORD, QUOTED, "s3cr", basic_credentials(USER, PASSWORD), "not-the-pw-5k"):
        assert leak not in everything


def test_proxy_password_file_problems_are_explained(world, tmp_path, cli):
    emu, keys, _ = world
    assert cli(*_settings_set(emu, keys, "--proxy", "http://proxy.corp.example:3128")).code == 0
    url = f"http://{USER}@proxy.corp.example:8080"
    empty, blank, two, binary, good = (tmp_path / n for n in ("empty", "blank", "two", "binary", "good"))
    empty.write_bytes(b"")
    blank.write_bytes(b"\n")
    two.write_text("first-line-7z\nsecond-line-7z\n")
    binary.write_bytes(b"\xff\xfe\x00pw")
    good.write_text(PASSWORD)
    for args, says in [
        (("settings", "proxy", url, "--proxy-password-file", str(tmp_path / "missing")),
         f"Cannot read the proxy password file {tmp_path / 'missing'}: No such file or directory"),
        (("settings", "proxy", url, "--proxy-password-file", str(tmp_path)), "Cannot read the proxy password file"),
        (("settings", "proxy", url, "--proxy-password-file", str(empty)), f"The proxy password file {empty} is empty"),
        (("settings", "proxy", url, "--proxy-password-file", str(blank)), f"The proxy password file {blank} is empty"),
        (("settings", "proxy", url, "--proxy-password-file", str(two)), "holds more than one line"),
        (("settings", "proxy", url, "--proxy-password-file", str(binary)), "is not UTF-8 text"),
        (("settings", "proxy", f"http://{USER}:typed-pw-3q@proxy.corp.example:8080", "--proxy-password-file",
          str(good)), f"given twice: in the URL http://{USER}:****@proxy.corp.example:8080"),
        (("settings", "proxy", "http://proxy.corp.example:8080", "--proxy-password-file", str(good)),
         "names no user"),
        (("settings", "proxy", "--clear", "--proxy-password-file", str(good)), "given with --clear"),
        (_settings_set(emu, keys, "--proxy-password-file", str(good)), "--proxy-password-file is given without "
                                                                        "--proxy"),
    ]:
        r = cli(*args)
        assert r.code == 2 and says in r.err and "what to do:" in r.err, (args, r.err)
        assert load_settings(Store(tmp_path / "m.duckdb")).proxy == "http://proxy.corp.example:3128"
    r = cli("settings", "proxy", "http://proxy.corp.example:8080", "--proxy-password-file", str(good))
    assert "http://USER@proxy.corp.example:8080" in r.err
    everything = "\n".join(cli.outputs)
    for leak in (PASSWORD, "first-line-7z", "second-line-7z", "typed-pw-3q"):
        assert leak not in everything


def test_a_bad_proxy_url_with_the_password_in_the_environment_is_the_usual_error(world, tmp_path, cli, monkeypatch):
    emu, keys, _ = world
    assert cli(*_settings_set(emu, keys, "--proxy", "http://proxy.corp.example:3128")).code == 0
    monkeypatch.setenv("MARLIB_PROXY_PASSWORD", PASSWORD)
    for url in (f"http://{USER}@proxy.corp.example:abc", f"http://{USER}@[::1:3128"):
        r = cli("settings", "proxy", url)
        assert r.code == 2 and "what to do:" in r.err and "Traceback" not in r.err, (url, r.err)
    assert load_settings(Store(tmp_path / "m.duckdb")).proxy == "http://proxy.corp.example:3128"


@pytest.mark.parametrize("exc, start", [
    (requests.exceptions.ConnectionError("('Connection aborted.', ConnectionResetError(104, "
                                         "'Connection reset by peer'))"), "Cannot reach graph.example:443 through"),
    (requests.exceptions.ReadTimeout("read timed out"), "No answer from graph.example:443 through"),
])
def test_a_connection_the_proxy_opened_and_dropped_names_the_proxy(exc, start):
    """A tunnel the proxy opened and then lost (the proxy stopping mid-run) fails as a plain connection error,
    not a ProxyError: its cause named only Graph's host, and an analyst looked at Graph instead of the proxy."""
    from marlib.graph.errors import connectivity_error
    err = connectivity_error(exc, "https://graph.example:443/v1.0/users", 30,
                             proxy="http://bob:hunter2@proxy.corp:3128")
    assert err.message.startswith(start) and "the proxy http://bob:****@proxy.corp:3128" in err.message
    assert "hunter2" not in err.message + (err.advice or "") + repr(err.details)
    assert "settings proxy" in (err.advice or "")
    direct = connectivity_error(exc, "https://graph.example:443/v1.0/users", 30)
    assert "proxy" not in direct.message
