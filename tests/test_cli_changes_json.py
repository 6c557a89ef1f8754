"""The commands that change a setting (`policy set`, `settings enable|disable|tenant|proxy`) take --json as the
reading commands do: one JSON object, the output's last line, saying what changed (each field's old and new
value), the usual lines on stderr; no secret in it."""
from __future__ import annotations

import json

from marlib.cli import main
from marlib.store import Store


def _json(capsys, *args: str) -> tuple[dict, str]:
    assert main(list(args)) == 0
    out, err = capsys.readouterr()
    lines = out.strip().splitlines()
    assert len(lines) == 1, out   # the JSON alone on stdout: the text went to stderr
    return json.loads(lines[0]), err


def test_policy_set_json_says_what_changed(tmp_path, capsys):
    db = ["--db", str(tmp_path / "m.duckdb")]
    new, err = _json(capsys, *db, "policy", "set", "Executives", "--mar", "on", "--action", "delete", "--json")
    assert new["ok"] is True and new["command"] == "policy set" and new["new_policy"] is True
    assert new["changed"]["mar_enabled"] == {"old": None, "new": True}
    assert new["changed"]["action"] == {"old": None, "new": "delete"}
    assert "policy Executives: MAR on, action delete" in err
    changed, _ = _json(capsys, *db, "policy", "set", "Executives", "--action", "forward-delete", "--forward-to",
                       "soc@corp.example", "--json")
    assert changed["changed"] == {"action": {"old": "delete", "new": "forward-delete"},
                                  "forward_to": {"old": None, "new": "soc@corp.example"}}
    assert changed["new_policy"] is False and changed["mar_enabled"] is True
    same, _ = _json(capsys, *db, "policy", "set", "Executives", "--mar", "on", "--json")
    assert same["changed"] == {}


def test_settings_switches_json_say_old_and_new(tmp_path, capsys):
    db = ["--db", str(tmp_path / "m.duckdb")]
    on, err = _json(capsys, *db, "settings", "enable", "--json")
    assert on["changed"] == {"live_enabled": {"old": False, "new": True}} and on["live_enabled"] is True
    assert "live remediation enabled" in err
    off, _ = _json(capsys, *db, "settings", "disable", "--json")
    assert off["changed"] == {"live_enabled": {"old": True, "new": False}}
    tenant, _ = _json(capsys, *db, "settings", "tenant", "simulated", "--from-data", "--json")
    assert tenant["changed"]["tenant_mode"] == {"old": "graph", "new": "simulated"}
    assert tenant["tenant_mode"] == "simulated"


def test_settings_proxy_json_shows_the_password_masked(tmp_path, capsys, monkeypatch):
    from marlib import certs
    from marlib.settings import save_settings
    made = certs.new_certificate(tmp_path / "k", "admin@contoso.example")
    store = Store(tmp_path / "m.duckdb")
    save_settings(store, client_id="6583ff8c-9c43-450b-a63d-6934afda87b7", tenant_id="contoso.onmicrosoft.com",
                  thumbprint=made.thumbprint_b64, key=made.key_path, domains="contoso.example")
    monkeypatch.setenv("MARLIB_PROXY_PASSWORD", "s3cret-Pa55")
    db = ["--db", str(store.path)]
    proxy, _ = _json(capsys, *db, "settings", "proxy", "http://alice@proxy.corp.example:3128", "--json")
    assert proxy["changed"] == {"proxy": {"old": None, "new": "http://alice:****@proxy.corp.example:3128"}}
    cleared, _ = _json(capsys, *db, "settings", "proxy", "--clear", "--json")
    assert cleared["changed"]["proxy"]["new"] is None
    assert "s3cret" not in json.dumps([proxy, cleared])


def test_settings_set_json_says_what_changed_without_a_secret(tmp_path, capsys, monkeypatch):
    from marlib import certs
    made = certs.new_certificate(tmp_path / "k", "admin@contoso.example")
    db = ["--db", str(tmp_path / "m.duckdb")]
    base = ["settings", "set", "--client-id", "6583ff8c-9c43-450b-a63d-6934afda87b7", "--tenant-id",
            "contoso.onmicrosoft.com", "--thumbprint", made.thumbprint_b64, "--key", str(made.key_path)]
    first, err = _json(capsys, *db, *base, "--domains", "contoso.example", "--json")
    assert first["command"] == "settings set" and "saved mailbox settings" in err
    assert first["changed"]["client_id"] == {"old": None, "new": "6583ff8c-9c43-450b-a63d-6934afda87b7"}
    assert first["changed"]["live_enabled"] == {"old": False, "new": True}
    assert first["fates"]["domains"] == "given"
    monkeypatch.setenv("MARLIB_PROXY_PASSWORD", "s3cret-Pa55")
    second, _ = _json(capsys, *db, *base, "--proxy", "http://alice@proxy.corp.example:3128", "--json")
    assert second["changed"]["proxy"] == {"old": None, "new": "http://alice:****@proxy.corp.example:3128"}
    assert set(second["changed"]) == {"proxy", "proxy_password_file"}   # where the password is kept (0600)
    assert second["fates"]["domains"] == "kept"
    key_text = made.key_path.read_text()
    for secret in ("s3cret", key_text.splitlines()[1]):
        assert secret not in json.dumps([first, second])
