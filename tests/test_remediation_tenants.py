"""Live runs record the tenant they acted on (migration 140): what was done on one tenant (the emulator,
a test tenant) does not count as done on another, and an interrupted run is finished only on its own."""
from __future__ import annotations

import json

import pytest
from remediation_fixtures import World, live_tenant, mailbox_messages, run_cli, sha

from marlib.remediation.journal import RunRecord, utcnow
from marlib.remediation.policies import set_policy
from marlib.remediation.run import remediate, resume_interrupted
from marlib.store import Store
from marlib.tenant.graph import mailboxes_from_settings

pytestmark = pytest.mark.slow
H = sha("two-tenants")


def _world() -> World:
    w = World()
    w.users("alice@corp.example", "bob@corp.example")
    w.message(["alice@corp.example", "bob@corp.example"], files={"a.exe": H}, message_id="<two@x>")
    w.verdict(H, "MALICIOUS")
    return w


def test_copies_done_on_one_tenant_are_remediated_on_another(tmp_path, capsys):
    store = Store(tmp_path / "m.duckdb")
    w = _world()
    tenant = w.tenant.to_dict()
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="delete")
    with live_tenant(store, w) as first:
        done = remediate(store, mailboxes_from_settings(store), pending=True).outcomes
        assert sorted(done["status"]) == ["succeeded", "succeeded"]
        assert not mailbox_messages(first.state(), "alice@corp.example", "inbox")
    # the same mailboxes in another tenant (say the real one after trying the emulator)
    w.tenant.tenant_id = "99999999-2222-4333-8444-555555555555"
    with live_tenant(store, w) as second:
        code, out, _ = run_cli(capsys, store, "changes", "--pending", "--json")
        assert code == 0 and H in out   # pending again for this tenant
        from marlib.whatif import simulate   # and the what-if of this tenant plans them
        what_if = simulate(store, save=False).outcomes
        assert "already_remediated" not in set(what_if["reason"]) and (what_if["status"] == "succeeded").sum() == 2
        again = remediate(store, mailboxes_from_settings(store), pending=True).outcomes
        assert sorted(again["status"]) == ["succeeded", "succeeded"], again[["mailbox", "status", "reason"]]
        assert not mailbox_messages(second.state(), "bob@corp.example", "inbox")
        # and done there now: a third run finds nothing, --sha256 says already remediated
        assert len(remediate(store, mailboxes_from_settings(store), pending=True).outcomes) == 0
        skipped = remediate(store, mailboxes_from_settings(store), sha256=[H]).outcomes
        assert set(skipped["reason"]) == {"already_remediated"}
    runs = store.query_df("SELECT tenant FROM remediation_runs WHERE mode = 'live' ORDER BY started_at")
    assert runs["tenant"].nunique() == 2 and all("@127.0.0.1:" in t for t in runs["tenant"])
    assert tenant["tenant_id"] in runs["tenant"].iloc[0]
    # the report covers the current tenant; with every tenant, the same mailboxes on two tenants are four copies
    from marlib import reports
    assert reports.mar_summary(store, mode="live")["succeeded"] == 2
    assert reports.mar_summary(store, mode="live", tenant="all")["succeeded"] == 4


def test_back_to_the_first_tenant_a_change_handled_there_is_not_pending_again(tmp_path, capsys):
    """The emulator, another tenant, the emulator again: the change the first tenant handled stays handled
    there (migration 150), so `remediate --pending` finds nothing and records no run."""
    store = Store(tmp_path / "m.duckdb")
    w = _world()
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="delete")
    with live_tenant(store, w):
        from marlib.settings import load_settings, save_settings
        first = load_settings(store)
        key_pem = first.key_file.read_bytes()
        assert run_cli(capsys, store, "remediate", "--pending")[0] == 0
        w.tenant.tenant_id = "99999999-2222-4333-8444-555555555555"
        with live_tenant(store, w):
            code, out, _ = run_cli(capsys, store, "remediate", "--pending", "--json")
            assert code == 0 and json.loads(out.strip().splitlines()[-1])["verdict_changes"] == 1
            save_settings(store, client_id=first.client_id, tenant_id=first.tenant_id, thumbprint=first.thumbprint,
                          key=key_pem, domains=list(first.domains), authority=first.authority,
                          graph_url=first.graph_url, ca_file=first.ca_file)
            code, out, _ = run_cli(capsys, store, "changes")
            assert code == 0 and out.splitlines()[-1] == "1 handled", out
            before = store.query_one("SELECT count(*) FROM remediation_runs")[0]
            code, out, _ = run_cli(capsys, store, "remediate", "--pending", "--json")
            assert code == 0 and json.loads(out.strip().splitlines()[-1])["verdict_changes"] == 0
            assert store.query_one("SELECT count(*) FROM remediation_runs")[0] == before == 2


def test_restore_on_another_tenant_says_where_the_copies_were_moved(tmp_path, capsys):
    """Copies moved on one tenant: a restore while the settings name another finds nothing to move back there,
    says on which tenant they were moved and records no run; back on that tenant it moves them back."""
    from marlib.settings import load_settings, save_settings
    store = Store(tmp_path / "m.duckdb")
    w = _world()
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="move-junk")
    with live_tenant(store, w) as emu:
        assert run_cli(capsys, store, "remediate", "--pending")[0] == 0
        w.verdict(H, "CLEAN")
        w.save(store)
        first = load_settings(store)
        key_pem = first.key_file.read_bytes()

        def point_at(tenant_id: str) -> str:
            return save_settings(store, client_id=first.client_id, tenant_id=tenant_id, thumbprint=first.thumbprint,
                                 key=key_pem, domains=list(first.domains), authority=first.authority,
                                 graph_url=first.graph_url, ca_file=first.ca_file).tenant_key
        other = point_at("99999999-2222-4333-8444-555555555555")
        runs = store.query_one("SELECT count(*) FROM remediation_runs")[0]
        code, out, err = run_cli(capsys, store, "restore", "--sha256", H)
        assert code == 0, err
        assert (f"nothing to restore for {H}: no copy of it was remediated on this tenant ({other}); its copies "
                f"were remediated on {first.tenant_key}: point the mailbox settings at that tenant") in out
        assert store.query_one("SELECT count(*) FROM remediation_runs")[0] == runs
        point_at(first.tenant_id)
        code, out, _ = run_cli(capsys, store, "restore", "--sha256", H, "--json")
        assert code == 0 and json.loads(out.strip().splitlines()[-1])["counts"]["succeeded"] == 2
        assert len(mailbox_messages(emu.state(), "alice@corp.example", "inbox")) == 1


def test_an_interrupted_run_is_resumed_only_on_its_own_tenant(tmp_path):
    store = Store(tmp_path / "m.duckdb")
    w = _world()
    w.save(store)
    with live_tenant(store, w):
        boxes = mailboxes_from_settings(store)
        from marlib.remediation.journal import DuckJournal
        journal = DuckJournal(store, "live")
        run = RunRecord("elsewhere", "live", "emulator", "pending", [H], utcnow(), owner="gone-host:1:1",
                        tenant="00000000-0000-4000-8000-000000000000@graph.other.example")
        import pandas as pd
        journal.begin(run, pd.DataFrame({"event_key": [], "sha256": []}), pd.DataFrame(
            [{"action_id": "a1", "sha256": H, "message_id": "<two@x>", "recipient": "alice@corp.example",
              "mailbox": "alice@corp.example", "action": "delete", "status": "planned"}]))
        assert resume_interrupted(store, boxes) == []
        assert store.query_one("SELECT status FROM remediation_runs WHERE run_id = 'elsewhere'") == ("running",)
        assert store.query_one("SELECT status FROM remediation_actions WHERE action_id = 'a1'") == ("planned",)


def test_settings_set_for_another_tenant_says_earlier_runs_do_not_count(tmp_path, capsys):
    from marlib.remediation.journal import DuckJournal
    import pandas as pd
    store = Store(tmp_path / "m.duckdb")
    _world().save(store)
    DuckJournal(store, "live").begin(RunRecord("before", "live", "emulator", "pending", [H], utcnow(),
                                               tenant="00000000-0000-4000-8000-000000000000@127.0.0.1:1"),
                                     pd.DataFrame({"event_key": [], "sha256": []}), pd.DataFrame())
    with live_tenant(store, World()) as emu:
        key = tmp_path / "k.pem"
        from marlib.settings import load_settings
        settings = load_settings(store)
        key.write_bytes(settings.key_file.read_bytes())
        code, out, _ = run_cli(capsys, store, "settings", "set", "--client-id", settings.client_id,
                               "--tenant-id", settings.tenant_id, "--thumbprint", settings.thumbprint,
                               "--key", str(key), "--authority", emu.authority, "--graph-url", emu.graph_url,
                               "--ca-file", str(settings.ca_file))
    assert code == 0
    assert "note: 1 earlier live run(s) acted on another tenant (00000000-0000-4000-8000-000000000000@" in out


def _jwt(claims: dict) -> str:
    import base64
    import json

    def part(d):
        return base64.urlsafe_b64encode(json.dumps(d).encode()).decode().rstrip("=")
    return f"{part({'alg': 'none'})}.{part(claims)}.sig"


class _Tokens:
    def __init__(self, tid):
        self.tid = tid

    def token(self):
        return _jwt({"tid": self.tid, "aud": "https://graph.microsoft.com"})


def test_one_tenant_given_by_domain_and_by_guid_is_one_tenant(tmp_path):
    """A domain's GUID comes from the token before a live run: runs recorded under it count whether the
    settings give the tenant as contoso.onmicrosoft.com or as its GUID."""
    from marlib.emulator.testing import new_certificate
    from marlib.remediation.run import _learn_tenant, journal_tenant
    from marlib.settings import load_settings, save_settings
    from marlib.tenant.graph import GraphMailboxes, token_tenant_id
    guid = "7d3c1e52-0a4b-4c6d-9e8f-112233445566"
    assert token_tenant_id(_tokens_token := _Tokens(guid).token()) == guid and _tokens_token
    assert token_tenant_id("emu.opaque-token") is None
    store = Store(tmp_path / "m.duckdb")
    key_pem, _, thumb = new_certificate()
    save_settings(store, client_id="a1b2c3d4-0000-4000-8000-000000000001", tenant_id="Contoso.onmicrosoft.com",
                  thumbprint=thumb, key=key_pem, graph_url="https://graph.microsoft.com:443")
    typed = load_settings(store)
    assert typed.tenant_key == "contoso.onmicrosoft.com@graph.microsoft.com"
    boxes = GraphMailboxes(object(), tokens=_Tokens(guid), tenant=typed.tenant_key, tenant_id=typed.tenant_id)
    _learn_tenant(store, boxes)
    assert boxes.tenant == f"{guid}@graph.microsoft.com" == load_settings(store).tenant_key
    assert journal_tenant(store, None, "live") == boxes.tenant          # a dry run's plan, from the settings
    again = save_settings(store, client_id="a1b2c3d4-0000-4000-8000-000000000001", tenant_id=guid,
                          thumbprint=thumb, key=key_pem)
    assert again.tenant_key == boxes.tenant


def test_the_emulator_names_its_tenant_in_its_tokens_as_entra_does(tmp_path):
    """The emulator's tokens were opaque ("emu.<random>"): on it a tenant given as a domain was never matched to
    its GUID, so the domain and the GUID were two tenants (copies acted on again) and runs were named
    corp.example@host, not <GUID>@host as on Microsoft. Its tokens now carry the ``tid`` claim."""
    from remediation_fixtures import DOMAIN

    from marlib.remediation.run import runs
    from marlib.settings import load_settings, save_settings
    store = Store(tmp_path / "m.duckdb")
    w = _world()
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="delete")
    with live_tenant(store, w) as emu:
        guid = w.tenant.tenant_id
        typed = load_settings(store)
        save_settings(store, client_id=typed.client_id, tenant_id=DOMAIN, thumbprint=typed.thumbprint,
                      key=typed.key_file.read_bytes(), domains=list(typed.domains), authority=emu.authority,
                      graph_url=emu.graph_url, ca_file=emu.ca_file)
        host = load_settings(store).tenant_key.split("@", 1)[1]
        assert load_settings(store).tenant_key == f"{DOMAIN}@{host}"
        mailboxes = mailboxes_from_settings(store)
        try:
            first = remediate(store, mailboxes, pending=True)
        finally:
            mailboxes.close()
        assert first.counts["succeeded"] == first.counts["total"] > 0
        assert load_settings(store).tenant_key == f"{guid}@{host}"   # learnt from the token, as on Microsoft
        assert runs(store)["tenant"].tolist() == [f"{guid}@{host}"]


def test_check_connection_learns_the_guid_of_a_tenant_given_as_a_domain(tmp_path, monkeypatch):
    """A Check Connection's token names the domain's GUID as a run's does: `settings set` with the GUID then
    is the same tenant (the emulator's or the national cloud's URLs kept), not a tenant change."""
    import marlib.connection as connection
    from marlib.emulator.testing import new_certificate
    from marlib.settings import load_settings, save_settings
    from marlib.settings_update import update_settings
    from marlib.tenant.graph import GraphMailboxes
    guid = "7d3c1e52-0a4b-4c6d-9e8f-112233445566"
    store = Store(tmp_path / "m.duckdb")
    key_pem, _, thumb = new_certificate()
    save_settings(store, client_id="a1b2c3d4-0000-4000-8000-000000000001", tenant_id="contoso.onmicrosoft.com",
                  thumbprint=thumb, key=key_pem, domains=["contoso.com"])
    typed = load_settings(store)

    class _Client:
        def get(self, path, params=None, **kw):   # the directory look-up of the address: no user has it
            return {"value": []}

        def close(self):
            pass
    monkeypatch.setattr(connection, "mailboxes_from_settings", lambda settings, **kw: GraphMailboxes(
        _Client(), tokens=_Tokens(guid), tenant=settings.tenant_key, tenant_id=settings.tenant_id))
    monkeypatch.setattr(connection, "probe_mailbox", lambda client, email: None)
    assert connection.check_connection(store, "alice@contoso.com").ok
    assert load_settings(store).tenant_key == f"{guid}@graph.microsoft.com" != typed.tenant_key
    again = update_settings(store, client_id="a1b2c3d4-0000-4000-8000-000000000001", tenant_id=guid,
                            thumbprint=thumb, key=key_pem)
    assert again.tenant_change is None and again.settings.domains == ("contoso.com",)   # kept, not reset


def test_runs_from_before_tenants_were_recorded(tmp_path):
    """Migration 140: old live runs on the emulator count for no tenant now; old runs on Microsoft are the
    tenant's of the next live run on Microsoft (one tenant per database before)."""
    from marlib.remediation.run import _learn_tenant
    from marlib.tenant.graph import GraphMailboxes
    store = Store(tmp_path / "m.duckdb")
    with store.connect() as con:
        for run, kind in (("old-emu", "emulator"), ("old-ms", "microsoft")):
            con.execute("INSERT INTO remediation_runs (run_id, mode, tenant_kind, trigger, status) "
                        "VALUES (?, 'live', ?, 'pending', 'finished')", [run, kind])
    from marlib.store.db import migrations   # the backfill of migration 140, applied to these rows
    sql = next(text for version, _, text in migrations() if version == 140)
    with store.connect() as con:
        con.execute(sql.split("ALTER TABLE remediation_runs ADD COLUMN tenant VARCHAR;")[1])
    assert store.query_one("SELECT tenant FROM remediation_runs WHERE run_id = 'old-emu'")[0].startswith("emulator (")
    boxes = GraphMailboxes(object(), tenant="t@graph.microsoft.com", tenant_id="t")
    _learn_tenant(store, boxes)
    assert store.query_one("SELECT tenant FROM remediation_runs WHERE run_id = 'old-ms'") == ("t@graph.microsoft.com",)


def test_runs_on_microsoft_from_before_tenants_were_recorded_do_not_count_on_the_emulator(tmp_path, capsys):
    """An old live run on Microsoft (no tenant recorded, not yet taken by a live run there) acted in Microsoft's
    cloud: pointed at the emulator, its copies and its verdict change are not done there."""
    store = Store(tmp_path / "m.duckdb")
    w = _world()
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="delete")
    with live_tenant(store, w):
        assert sorted(remediate(store, mailboxes_from_settings(store), pending=True).outcomes["status"]) == [
            "succeeded", "succeeded"]
    with store.connect() as con:   # as a live run on Microsoft from before migration 140 is stored
        con.execute("UPDATE remediation_runs SET tenant = NULL, tenant_kind = 'microsoft' WHERE mode = 'live'")
        con.execute("UPDATE remediation_changes SET tenant = '' WHERE mode = 'live'")
    w.tenant.tenant_id = "99999999-2222-4333-8444-555555555555"
    with live_tenant(store, w):
        code, out, _ = run_cli(capsys, store, "changes", "--pending", "--json")
        assert code == 0 and H in out
        again = remediate(store, mailboxes_from_settings(store), pending=True).outcomes
        assert sorted(again["status"]) == ["succeeded", "succeeded"], again[["mailbox", "status", "reason"]]
    from marlib.remediation.impact import of_tenant_sql
    with store.connect() as con:   # on a Microsoft tenant the old run still counts (until one there takes it)
        def old_runs(tenant: str) -> int:
            condition, params = of_tenant_sql("r.run_id", tenant)
            return con.execute(f"SELECT count(*) FROM remediation_runs r WHERE tenant IS NULL AND {condition}",
                               params).fetchone()[0]
        assert old_runs("t@graph.microsoft.com") == 1
        assert old_runs("t@127.0.0.1:8443") == 0
