"""`settings set` with one rule for the options left out: they keep their stored value, except the ones
that describe the tenant (domains, authority, Graph URL, CA file) when the tenant changes (another tenant
ID, or an authority of the other kind); '' asks for the default; the proxy is always kept. The command
says, option by option, what was given, kept or reset, in the words of `settings show`."""
from __future__ import annotations

import json

import pytest

from marlib import certs
from marlib.settings import load_settings, remember_tenant_guid
from marlib.store import Store

CLIENT = "6583ff8c-9c43-450b-a63d-6934afda87b7"
TENANT = "contoso.onmicrosoft.com"
EMULATOR = "https://127.0.0.1:8443"


@pytest.fixture()
def cert(tmp_path):
    return certs.new_certificate(tmp_path / "c", "admin@contoso.com")


@pytest.fixture()
def cli(tmp_path, capsys):
    from marlib.cli import main

    def run(*args):
        code = main(["--db", str(tmp_path / "m.duckdb"), *args])
        out, err = capsys.readouterr()
        assert code == 0, err
        return out
    return run


def _set(cert, *more, tenant=TENANT):
    return ("settings", "set", "--client-id", CLIENT, "--tenant-id", tenant, "--thumbprint", cert.thumbprint_b64,
            "--key", str(cert.key_path), *more)


def _emulator(cert):
    """The emulator's options, as its first output line gives them (its CA: any PEM certificate here)."""
    return ("--authority", EMULATOR, "--graph-url", EMULATOR + "/v1.0", "--ca-file", str(cert.crt_path),
            "--domains", "contoso.com", "--proxy", "http://proxy.corp.example:3128")


def _shown(cli) -> dict:
    return json.loads(cli("settings", "show", "--json").strip().splitlines()[-1])


def test_options_left_out_keep_their_stored_values(cli, cert):
    """A new key for the same tenant: the emulator's URLs, CA, domains and proxy stay (they were reset to
    Microsoft's defaults while the proxy was kept: two rules in one command)."""
    cli(*_set(cert, *_emulator(cert)))
    new = certs.new_certificate(cert.key_path.parent.parent / "new", "admin@contoso.com")
    out = cli(*_set(new))
    shown = _shown(cli)
    assert (shown["authority"], shown["graph_url"], shown["ca_file"], shown["domains"], shown["proxy"]) == (
        EMULATOR, EMULATOR + "/v1.0", str(cert.crt_path.resolve()), ["contoso.com"], "http://proxy.corp.example:3128")
    assert shown["thumbprint_b64"] == new.thumbprint_b64 and shown["tenant_kind"] == "emulator"
    # each option: its value as `settings show` prints it, and that it was kept
    show = cli("settings", "show")
    for line in (f"authority:       {EMULATOR}", f"graph_url:       {EMULATOR}/v1.0",
                 f"ca_file:         {cert.crt_path.resolve()}", "domains:         contoso.com",
                 "proxy:           http://proxy.corp.example:3128"):
        assert line in show
    for name, flag in (("authority", "--authority"), ("graph_url", "--graph-url"), ("ca_file", "--ca-file"),
                       ("domains", "--domains"), ("proxy", "--proxy")):
        assert f"{name + ':':<17}" in out and f"(kept: {flag} left out" in out
    assert "reset" not in out and "tenant changed" not in out
    assert "active tenant: graph (the emulator" in out


def test_another_tenant_does_not_keep_the_old_tenants_urls(cli, cert):
    """From the emulator to a real tenant without --authority: Microsoft's URLs, no emulator CA, any domain;
    the output names each reset and its old value. The proxy (this machine's way out) is kept."""
    cli(*_set(cert, *_emulator(cert)))
    out = cli(*_set(cert, tenant="fabrikam.onmicrosoft.com"))
    shown = _shown(cli)
    assert (shown["authority"], shown["graph_url"], shown["ca_file"], shown["domains"], shown["proxy"]) == (
        "https://login.microsoftonline.com", "https://graph.microsoft.com", None, [], "http://proxy.corp.example:3128")
    assert shown["tenant_kind"] == "microsoft"
    assert "the tenant changed (tenant contoso.onmicrosoft.com -> fabrikam.onmicrosoft.com)" in out
    assert (f"authority:       https://login.microsoftonline.com (reset to the default: --authority left out, "
            f"was {EMULATOR})") in out
    assert f"graph_url:       https://graph.microsoft.com (reset to the default: --graph-url left out, was {EMULATOR}" \
        in out
    assert f"ca_file:         (none) (reset to the default: --ca-file left out, was {cert.crt_path.resolve()})" in out
    assert "domains:         (any) (reset to the default: --domains left out, was contoso.com)" in out
    assert "proxy:           http://proxy.corp.example:3128 (kept: --proxy left out" in out
    assert "give it again (--domains ..., --authority ..., --graph-url ..., --ca-file ...)" in out
    assert "active tenant: graph (Microsoft, https://login.microsoftonline.com)" in out
    assert "ca_file:         (none)" in cli("settings", "show")


def test_an_authority_of_the_other_kind_is_another_tenant(cli, cert):
    """Same tenant ID, but --authority moves it from the emulator to Microsoft: the emulator's Graph URL
    and CA left out do not follow; what is given is used."""
    cli(*_set(cert, *_emulator(cert)))
    out = cli(*_set(cert, "--authority", "https://login.microsoftonline.com", "--domains", "contoso.com"))
    shown = _shown(cli)
    assert (shown["authority"], shown["graph_url"], shown["ca_file"], shown["domains"]) == (
        "https://login.microsoftonline.com", "https://graph.microsoft.com", None, ["contoso.com"])
    assert "the tenant changed (the emulator -> Microsoft)" in out
    assert "authority:       https://login.microsoftonline.com (given)" in out
    assert "domains:         contoso.com (given)" in out
    # another emulator address is the same kind: what is left out is kept
    out = cli(*_set(cert, *_emulator(cert)))
    out = cli(*_set(cert, "--authority", "https://127.0.0.1:9443"))
    assert "tenant changed" not in out and _shown(cli)["graph_url"] == EMULATOR + "/v1.0"


def test_an_empty_value_asks_for_the_default(cli, cert):
    cli(*_set(cert, *_emulator(cert)))
    out = cli(*_set(cert, "--ca-file", "", "--domains", "", "--proxy", ""))
    shown = _shown(cli)
    assert (shown["ca_file"], shown["domains"], shown["proxy"], shown["authority"]) == (None, [], None, EMULATOR)
    assert "ca_file:         (none) (given)" in out and "domains:         (any) (given)" in out
    assert "proxy:           (none: direct connection) (given)" in out
    cli(*_set(cert, "--authority", "", "--graph-url", ""))
    shown = _shown(cli)
    assert (shown["authority"], shown["graph_url"]) == ("https://login.microsoftonline.com",
                                                        "https://graph.microsoft.com")


def test_first_settings_take_the_defaults(cli, cert):
    out = cli(*_set(cert))
    assert "authority:       https://login.microsoftonline.com (default: --authority left out)" in out
    assert "proxy:           (none: direct connection) (default: --proxy left out)" in out


def test_one_tenant_by_domain_and_by_guid_is_the_same_tenant(tmp_path, cert):
    """The GUID a token told for a tenant given as a domain names the same tenant: nothing is reset."""
    from marlib.settings_update import update_settings
    store = Store(tmp_path / "m.duckdb")
    guid = "11111111-1111-4111-8111-111111111111"
    common = dict(client_id=CLIENT, thumbprint=cert.thumbprint_b64, key=cert.key_path)
    update_settings(store, tenant_id=TENANT, authority=EMULATOR, graph_url=EMULATOR, domains="contoso.com",
                    **common)
    remember_tenant_guid(store, TENANT, guid)
    update = update_settings(store, tenant_id=guid, **common)
    assert update.tenant_change is None and update.reset() == []
    assert set(update.kept()) == {"domains", "authority", "graph_url", "ca_file", "proxy"}
    assert load_settings(store).authority == EMULATOR
    back = update_settings(store, tenant_id=TENANT.upper(), **common)
    assert back.tenant_change is None and load_settings(store).graph_url == EMULATOR
    other = update_settings(store, tenant_id="22222222-2222-4222-8222-222222222222", **common)
    assert other.tenant_change == f"tenant {TENANT} -> 22222222-2222-4222-8222-222222222222"
    assert other.reset() == ["domains", "authority", "graph_url"] and other.was["authority"] == EMULATOR


def test_a_proxy_password_needs_the_proxy_given_with_it(tmp_path, cert):
    from marlib.errors import SettingsError
    from marlib.settings_update import update_settings
    store = Store(tmp_path / "m.duckdb")
    common = dict(client_id=CLIENT, tenant_id=TENANT, thumbprint=cert.thumbprint_b64, key=cert.key_path)
    update_settings(store, proxy="http://svc@proxy.corp.example:3128", proxy_password="pw-1", **common)
    assert load_settings(store).proxies()["https"] == "http://svc:pw-1@proxy.corp.example:3128"
    with pytest.raises(SettingsError, match="without the proxy it belongs to"):
        update_settings(store, proxy_password="pw-2", **common)
    assert load_settings(store).proxies()["https"] == "http://svc:pw-1@proxy.corp.example:3128"


def test_a_kept_value_that_went_bad_names_itself_and_the_way_out(tmp_path, cli, cert, capsys):
    """A CA file deleted since it was stored: the error says it is the stored one, kept because --ca-file was
    left out, and how to drop it (it read as if the file had just been given)."""
    import shutil

    from marlib.cli import main
    ca = tmp_path / "inspection-ca.pem"
    shutil.copy(cert.crt_path, ca)
    cli(*_set(cert, "--ca-file", str(ca)))
    ca.unlink()
    assert main(["--db", str(tmp_path / "m.duckdb"), *_set(cert)]) == 2
    err = capsys.readouterr().err
    assert "the stored --ca-file, kept because --ca-file was left out" in err and "--ca-file ''" in err, err
    cli(*_set(cert, "--ca-file", ""))
    assert _shown(cli)["ca_file"] in (None, "")


def test_the_library_checks_and_stores_the_settings_as_settings_set_does(tmp_path, cert, capsys):
    """Workbench.save_settings (notebooks) goes through the same checks and the same rule as `settings set` and
    the app: it stored a key that is not the registered certificate's (any thumbprint was taken), and reset the
    options left out to their defaults (the emulator's URLs were lost on a new key)."""
    import marlib
    from marlib.cli import main
    from marlib.errors import SettingsError
    wb = marlib.open(tmp_path / "m.duckdb", sample=False)
    other = certs.new_certificate(tmp_path / "other", "admin@contoso.com")
    good = {"client_id": CLIENT, "tenant_id": TENANT, "thumbprint": cert.thumbprint_b64, "key": cert.key_path}
    flags = {"--client-id": CLIENT, "--tenant-id": TENANT, "--thumbprint": cert.thumbprint_b64,
             "--key": str(cert.key_path)}
    refused = {  # what is wrong: (the library's arguments, the same given to `settings set`)
        "tenant id": ({"tenant_id": "not a tenant!"}, {"--tenant-id": "not a tenant!"}),
        "authority": ({"authority": "http://login.example"}, {"--authority": "http://login.example"}),
        "Graph URL": ({"graph_url": "graph.microsoft.com"}, {"--graph-url": "graph.microsoft.com"}),
        "proxy": ({"proxy": "proxy.corp.example:3128"}, {"--proxy": "proxy.corp.example:3128"}),
        # a key beside another certificate than the thumbprint's
        "thumbprint": ({"key": other.key_path}, {"--key": str(other.key_path)}),
        # the certificate given, and a key that is not its
        "key": ({"key": other.key_path, "certificate": cert.crt_path},
                {"--key": str(other.key_path), "--cert": str(cert.crt_path)}),
    }
    for what, (library, command) in refused.items():
        with pytest.raises(SettingsError) as caught:
            wb.save_settings(**{**good, **library})
        args = [part for flag, value in {**flags, **command}.items() for part in (flag, value)]
        assert main(["--db", str(tmp_path / "cli.duckdb"), "settings", "set", *args]) == 2
        assert f"error: {caught.value.message}\n" in capsys.readouterr().err, what
        with pytest.raises(SettingsError, match="not configured"):
            load_settings(wb.store)   # nothing stored
    wb.save_settings(**good, authority=EMULATOR, graph_url=EMULATOR + "/v1.0", ca_file=cert.crt_path,
                     domains=["contoso.com"])
    new = certs.new_certificate(tmp_path / "new", "admin@contoso.com")
    saved = wb.save_settings(**{**good, "thumbprint": new.thumbprint_hex, "key": new.key_path})
    assert (saved.thumbprint, saved.authority, saved.graph_url, saved.domains) == (
        new.thumbprint_hex, EMULATOR, EMULATOR + "/v1.0", ("contoso.com",))
    assert wb.save_settings(**good, authority="").authority == "https://login.microsoftonline.com"
