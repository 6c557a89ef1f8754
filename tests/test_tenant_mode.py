"""Which tenant a run acts on, and the "Enable Office 365 Mailbox Settings" switch, shared by the
command line (settings enable|disable|tenant|set|show, remediate, watch, restore) and the app."""
from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from remediation_fixtures import World, run_cli, sha

from marlib import certs
from marlib.remediation import backend
from marlib.remediation.policies import set_policy
from marlib.settings import live_enabled, save_settings, set_live_enabled
from marlib.store import Store
from marlib.workbench import Workbench

ROOT = Path(__file__).resolve().parent.parent
H = sha("tenant-mode")
CLIENT = "6583ff8c-9c43-450b-a63d-6934afda87b7"
TENANT = "11111111-2222-4333-8444-555555555555"


@pytest.fixture(autouse=True)
def _no_env(monkeypatch):
    monkeypatch.delenv("MARLIB_TENANT_MODE", raising=False)
    monkeypatch.delenv("MARLIB_TENANT_FILE", raising=False)


@pytest.fixture(scope="module")
def cert(tmp_path_factory):
    return certs.new_certificate(tmp_path_factory.mktemp("cert"), "admin@corp.example")


@pytest.fixture
def store(tmp_path):
    """alice@ and the group team@ (bob) got a file now malicious; MAR on (move to junk)."""
    store = Store(tmp_path / "m.duckdb")
    w = World()
    w.users("alice@corp.example", "bob@corp.example")
    w.message(["alice@corp.example", "bob@corp.example"], files={"a.exe": H}, message_id="<tm@x>")
    w.verdict(H, "MALICIOUS")
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="move-junk")
    (tmp_path / "tenant.json").write_text(json.dumps(w.tenant.to_dict()))
    return store




def _save(store, cert, authority="https://127.0.0.1:1") -> None:
    """Settings pointing at a closed port: nothing in these tests may reach a tenant."""
    save_settings(store, client_id=CLIENT, tenant_id=TENANT, thumbprint=cert.thumbprint_b64,
                  key=cert.key_path, domains="corp.example", authority=authority,
                  graph_url=authority)


# -- 1. the switch is one source of truth, honoured by every live CLI run ------------------------
def test_the_app_switch_and_the_library_are_one_setting(store):
    wb = Workbench(store)
    assert not live_enabled(store) and not wb.live_enabled        # off until turned on
    wb.set_live_enabled(True)
    assert live_enabled(store)
    set_live_enabled(store, False)
    assert not wb.live_enabled


def test_live_runs_refuse_while_the_switch_is_off(capsys, store, cert, monkeypatch, tmp_path):
    _save(store, cert)
    set_live_enabled(store, False)
    monkeypatch.setenv("MARLIB_TENANT_MODE", "graph")
    for args in (["remediate", "--pending"], ["remediate", "--sha256", H, "--json"],
                 ["restore", "--sha256", H], ["watch", str(tmp_path), "--interval", "0.1"]):
        code, out, err = run_cli(capsys, store, *args)
        assert code == 2, (args, out, err)
        # the library's advice, with the --db given (the CLI adds it)
        assert "disabled" in err and f"python -m marlib --db {store.path} settings enable" in err, err
        assert "Mailbox Settings page" in err
    assert store.query_one("SELECT count(*) FROM remediation_runs")[0] == 0
    # a dry run and the simulated tenant are not blocked
    code, out, _ = run_cli(capsys, store, "remediate", "--pending", "--dry-run", "--json")
    assert code == 0 and json.loads(out.strip().splitlines()[-1])["counts"]["planned"] == 2
    monkeypatch.setenv("MARLIB_TENANT_MODE", "simulated")
    monkeypatch.setenv("MARLIB_TENANT_FILE", str(tmp_path / "tenant.json"))
    code, out, _ = run_cli(capsys, store, "remediate", "--pending", "--json")
    assert code == 0 and json.loads(out.strip().splitlines()[-1])["counts"]["succeeded"] == 2


def test_the_workbench_refuses_a_live_run_too(store, cert):
    _save(store, cert)
    wb = Workbench(store)
    wb.set_tenant("emulator")
    from marlib.errors import SettingsError
    with pytest.raises(SettingsError, match="disabled"):
        wb.start_remediation(pending=True)


def test_graph_without_settings_mentions_the_simulated_tenant(capsys, store, monkeypatch):
    monkeypatch.setenv("MARLIB_TENANT_MODE", "graph")
    code, _, err = run_cli(capsys, store, "remediate", "--pending")
    assert code == 2 and "not configured" in err
    assert "settings set" in err and f"python -m marlib --db {store.path} settings tenant simulated" in err


# -- 2. choosing the tenant from the command line ---------------------------------------------------
def test_settings_set_switches_to_graph_and_enables_then_undo(capsys, store, cert, tmp_path):
    wb = Workbench(store)
    wb.set_tenant("simulated", tmp_path / "tenant.json")          # as the seeded default database
    code, out, err = run_cli(capsys, store, "settings", "set", "--client-id", CLIENT, "--tenant-id", TENANT,
                          "--thumbprint", cert.thumbprint_hex, "--key", str(cert.key_path),
                          "--authority", "https://127.0.0.1:9")
    assert code == 0, err
    assert "active tenant: graph (the emulator" in out and "live remediation enabled" in out
    assert "settings disable" in out and "settings tenant simulated" in out
    assert "were: tenant simulated, live remediation disabled" in out
    assert "thumbprint is" in out and "key matches" in out      # marlib.crt found next to marlib.key
    assert backend.tenant_mode(store) == "graph" and live_enabled(store)
    assert wb.tenant_kind.value == "emulator"                     # from the authority
    code, out, _ = run_cli(capsys, store, "settings", "show", "--json")
    shown = json.loads(out.strip().splitlines()[-1])
    assert shown["tenant_mode"] == "graph" and shown["live_enabled"] is True
    assert shown["tenant_file"] == str((tmp_path / "tenant.json").resolve())
    assert shown["tenant_kind"] == "emulator" and shown["configured"] is True
    code, out, _ = run_cli(capsys, store, "settings", "show")
    assert "tenant mode:     graph" in out and "live enabled:    yes" in out
    assert code == 0 and run_cli(capsys, store, "settings", "disable")[0] == 0
    assert not live_enabled(store) and not wb.live_enabled
    code, out, _ = run_cli(capsys, store, "settings", "tenant", "simulated")
    assert code == 0 and f"tenant file {(tmp_path / 'tenant.json').resolve()}" in out
    assert wb.tenant_kind.value == "simulated" and backend.tenant_mode(store) == "simulated"
    assert run_cli(capsys, store, "settings", "enable")[0] == 0 and wb.live_enabled


def test_repeated_domains_add_up(capsys, store, cert):
    """`--domains a --domains b,C` keeps a, b and c (lower case, once each), not only the last."""
    code, _, err = run_cli(capsys, store, "settings", "set", "--client-id", CLIENT, "--tenant-id", TENANT,
                           "--thumbprint", cert.thumbprint_hex, "--key", str(cert.key_path),
                           "--domains", "corp.example", "--domains", "Corp-Mail.example,corp.example",
                           "--domains", "sub.corp.example")
    assert code == 0, err
    code, out, _ = run_cli(capsys, store, "settings", "show", "--json")
    assert json.loads(out.strip().splitlines()[-1])["domains"] == ["corp.example", "corp-mail.example",
                                                                   "sub.corp.example"]


def test_graph_is_microsoft_for_the_app_without_an_emulator_authority(capsys, store, cert):
    assert run_cli(capsys, store, "settings", "tenant", "graph")[0] == 0
    wb = Workbench(store)
    assert wb.tenant_kind.value == "microsoft"                     # no settings: Microsoft's default
    save_settings(store, client_id=CLIENT, tenant_id=TENANT, thumbprint=cert.thumbprint_b64,
                  key=cert.key_path)
    assert wb.tenant_kind.value == "microsoft"
    wb.set_tenant("emulator")                                     # the app's own values stay readable
    assert backend.tenant_mode(store) == "graph" and wb.tenant_kind.value == "emulator"


def test_choosing_a_tenant_file_forgets_the_simulated_state(capsys, store, tmp_path):
    code, out, _ = run_cli(capsys, store, "settings", "tenant", "simulated", "--tenant-file",
                        str(tmp_path / "tenant.json"))
    assert code == 0 and "active tenant: simulated (tenant file" in out
    assert run_cli(capsys, store, "remediate", "--pending")[0] == 0
    state = backend.state_path(store)
    assert state.exists()
    code, out, _ = run_cli(capsys, store, "settings", "show")
    assert "simulated from:  state" in out
    run_cli(capsys, store, "settings", "tenant", "simulated", "--tenant-file", str(tmp_path / "tenant.json"))
    assert not state.exists()
    code, out, _ = run_cli(capsys, store, "settings", "tenant", "simulated", "--from-data")
    assert code == 0 and "active tenant: simulated (built from the ingested data)" in out
    assert store.get_setting("tenant_file") is None
    code, _, err = run_cli(capsys, store, "settings", "tenant", "simulated", "--tenant-file",
                        str(tmp_path / "missing.json"))
    assert code == 2 and "does not exist" in err


# -- 3. no tenant file: the tenant is built from the ingested data ----------------------------------
def test_without_a_tenant_file_the_ingested_data_is_the_tenant(capsys, store, monkeypatch):
    monkeypatch.chdir(ROOT)               # where data/sample/tenant.json is: it must not be used
    assert (ROOT / "data" / "sample" / "tenant.json").exists()
    code, out, _ = run_cli(capsys, store, "settings", "tenant", "simulated")
    assert code == 0 and "(built from the ingested data)" in out
    code, out, err = run_cli(capsys, store, "remediate", "--pending", "--json")
    assert code == 0 and "built from the ingested data" in err
    res = json.loads(out.strip().splitlines()[-1])
    assert {(o["mailbox"], o["status"]) for o in res["outcomes"]} == {
        ("alice@corp.example", "succeeded"), ("bob@corp.example", "succeeded")}
    # the app builds the same tenant instead of asking for a file
    assert Workbench(Store(store.path)).tenant_model() is not None


def test_a_tenant_built_from_the_data_gains_the_mail_ingested_and_judged_since(capsys, store):
    """The saved state of a tenant built from the data is not frozen at its first run: a copy that arrives
    or turns malicious later is in the mailboxes (not message_not_found), and copies remediated before
    stay where the run put them."""
    assert run_cli(capsys, store, "settings", "tenant", "simulated")[0] == 0
    assert run_cli(capsys, store, "remediate", "--pending")[0] == 0
    state = backend.state_path(store)
    assert state.exists()
    h2, h3 = sha("tenant-mode-2"), sha("tenant-mode-3")
    w = World()
    w._mid = 300   # after the fixture's MIDs
    w.message(["alice@corp.example", "carol@corp.example"], files={"b.exe": h2}, message_id="<tm2@x>")
    w.verdict(h2, "MALICIOUS")
    w.message(["bob@corp.example"], files={"c.exe": h3}, message_id="<tm3@x>")   # not malicious yet
    w.save(store)
    code, out, err = run_cli(capsys, store, "remediate", "--pending", "--json")
    assert code == 0 and "added from mail ingested or judged malicious since" in err
    res = json.loads(out.strip().splitlines()[-1])
    assert {(o["mailbox"], o["status"]) for o in res["outcomes"]} == {
        ("alice@corp.example", "succeeded"), ("carol@corp.example", "succeeded")}
    from marlib.tenant.model import TenantModel
    model = TenantModel.load(state)
    # the first run's copies were moved to Junk once and not put back in the Inbox
    assert [m.folder for m in model.locate("alice@corp.example", "<tm@x>")] == ["junkemail"]
    assert [m.folder for m in model.locate("alice@corp.example", "<tm2@x>")] == ["junkemail"]
    # the app's tenant (kept in the process) gains them the same way, when the data changed
    wb = Workbench(Store(store.path))
    first = wb.tenant_model()
    assert not first.locate("bob@corp.example", "<tm3@x>")
    w.verdict(h3, "MALICIOUS")
    w.save(store)
    assert wb.tenant_model() is first
    assert [m.folder for m in first.locate("bob@corp.example", "<tm3@x>")] == ["inbox"]
    assert [m.folder for m in first.locate("bob@corp.example", "<tm@x>")] == ["junkemail"]


def test_a_tenant_built_from_the_data_keeps_its_lists_members_as_more_recipients_arrive(capsys, store):
    """A distribution list's members were drawn from the recipients known when the tenant was built: mail
    to the list that arrives later reaches those members, not others drawn from a larger pool."""
    from marlib.tenant.model import TenantModel
    h5, h6 = sha("tenant-mode-5"), sha("tenant-mode-6")
    w = World()
    w._mid = 500
    w.message(["all-staff@corp.example"], files={"l.exe": h5}, message_id="<list1@x>")
    w.verdict(h5, "MALICIOUS")
    w.save(store)
    assert run_cli(capsys, store, "settings", "tenant", "simulated")[0] == 0
    assert run_cli(capsys, store, "remediate", "--pending")[0] == 0
    members = TenantModel.load(backend.state_path(store)).group_by_mail("all-staff@corp.example").members
    assert members and set(members) <= {"alice@corp.example", "bob@corp.example"}
    for i in range(40):   # many more recipients: a list drawn again would take others
        w.message([f"user{i}@corp.example"])
    w.message(["all-staff@corp.example"], files={"m.exe": h6}, message_id="<list2@x>")
    w.verdict(h6, "MALICIOUS")
    w.save(store)
    code, out, _ = run_cli(capsys, store, "remediate", "--pending", "--json")
    assert code == 0
    res = json.loads(out.strip().splitlines()[-1])
    assert {(o["mailbox"], o["status"]) for o in res["outcomes"]} == {(m, "succeeded") for m in members}
    model = TenantModel.load(backend.state_path(store))
    assert model.group_by_mail("all-staff@corp.example").members == members
    assert {m.mailbox for m in model.messages() if m.internet_message_id == "<list2@x>"} == set(members)


def test_topping_up_builds_only_new_copies_and_only_tenants_built_from_the_data(store, tmp_path, monkeypatch):
    from marlib.tenant import from_store
    built: list[int] = []
    real = from_store.build_tenant

    def counting(*args, copies=None, **kw):
        built.append(len(copies))
        return real(*args, copies=copies, **kw)
    monkeypatch.setattr(from_store, "build_tenant", counting)
    backend.set_tenant_mode(store, "simulated", from_data=True)
    model, _, top_up = backend.simulated_tenant(store)
    assert built == [2] and model.origin == "data"
    assert top_up() == 0 and built == [2]          # nothing ingested since: not even the copies are read
    w = World()
    w._mid = 600
    w.message(["carol@corp.example"], files={"n.exe": sha("tenant-mode-7")}, message_id="<tm7@x>")
    w.verdict(sha("tenant-mode-7"), "MALICIOUS")
    w.save(store)
    assert top_up() == 1 and built == [2, 1]       # the new copy alone
    backend.save_simulated_state(store, model)
    assert backend.simulated_tenant(store)[0].origin == "data" and built == [2, 1, 3]   # loaded: all considered
    # a state first made from a tenant file (here for one command) is never filled from the data
    monkeypatch.setenv("MARLIB_TENANT_FILE", str(tmp_path / "tenant.json"))
    backend.forget_simulated_state(store)
    from_file, _, top_up = backend.simulated_tenant(store)
    backend.save_simulated_state(store, from_file)
    monkeypatch.delenv("MARLIB_TENANT_FILE")
    loaded, description, _ = backend.simulated_tenant(store)
    assert loaded.origin is None and "added" not in description and built == [2, 1, 3]
    assert "<tm7@x>" not in {m.internet_message_id for m in loaded.messages()}


def test_watch_on_a_tenant_built_from_the_data_acts_on_the_mail_it_ingests_meanwhile(store):
    """watch opens its tenant once: what comes in while it runs must join it before each step's run."""
    from marlib.remediation.watch import watch_step
    backend.set_tenant_mode(store, "simulated", from_data=True)
    h4 = sha("tenant-mode-4")
    with backend.open_backend(store) as opened:
        first = watch_step(store, [], opened.mailboxes, ingest=False)
        assert {(o.mailbox, o.status) for o in first.runs[-1].outcomes.itertuples()} == {
            ("alice@corp.example", "succeeded"), ("bob@corp.example", "succeeded")}
        w = World()
        w._mid = 400
        w.message(["alice@corp.example"], files={"d.exe": h4}, message_id="<tm4@x>")
        w.verdict(h4, "MALICIOUS")
        w.save(store)   # as the step's own ingest would
        second = watch_step(store, [], opened.mailboxes, ingest=False)
    assert [(o.mailbox, o.status) for o in second.runs[-1].outcomes.itertuples()] == [
        ("alice@corp.example", "succeeded")]


def test_a_long_running_watch_never_saves_a_stale_tenant_over_a_newer_state(store):
    """watch keeps its tenant open for hours: a CLI run meanwhile saves the state; watch's next step takes it
    up, and watch stopping does not put the copies that run moved back where they were."""
    from marlib.remediation.run import remediate
    from marlib.remediation.watch import watch_step
    from marlib.tenant.model import TenantModel
    backend.set_tenant_mode(store, "simulated", from_data=True)
    h8 = sha("tenant-mode-8")
    with backend.open_backend(store) as watching:
        assert watch_step(store, [], watching.mailboxes, ingest=False).runs   # moves alice's and bob's copy
        w = World()
        w._mid = 700
        w.message(["alice@corp.example"], files={"x.exe": h8}, message_id="<tm8@x>")
        w.verdict(h8, "MALICIOUS")
        w.save(store)
        with backend.open_backend(store) as cli:   # `remediate --pending` in another process, meanwhile
            assert remediate(store, cli.mailboxes, pending=True).counts["succeeded"] == 1
        assert not watch_step(store, [], watching.mailboxes, ingest=False).runs   # nothing left to do
    state = TenantModel.load(backend.state_path(store))
    assert [m.folder for m in state.locate("alice@corp.example", "<tm8@x>")] == ["junkemail"]
    assert [m.folder for m in state.locate("bob@corp.example", "<tm@x>")] == ["junkemail"]
    # the watch's tenant took up the state before its step: it sees the copy where the CLI moved it
    assert [m.folder for m in watching.mailboxes.model.locate("alice@corp.example", "<tm8@x>")] == ["junkemail"]


def test_the_app_keeps_a_runs_changes_when_another_process_saves_meanwhile(store):
    """A remediation job moved alice's copy; a CLI command then saves the state and another page is drawn: the
    job's move is neither thrown away nor lost from the saved state (the job's run saved it when it ended,
    and the CLI command started from that)."""
    from marlib.remediation.run import remediate
    from marlib.tenant.model import TenantModel
    backend.set_tenant_mode(store, "simulated", from_data=True)
    wb = Workbench(store)
    job = wb.mailboxes()
    assert remediate(store, job, pending=True, trigger="app").counts["succeeded"] == 2
    other, _, _ = backend.simulated_tenant(store)   # another process
    backend.save_simulated_state(store, other)
    assert [m.folder for m in wb.tenant_model().locate("alice@corp.example", "<tm@x>")] == ["junkemail"]
    wb.save_tenant_state()
    saved = TenantModel.load(backend.state_path(store))
    assert [m.folder for m in saved.locate("alice@corp.example", "<tm@x>")] == ["junkemail"]
    # with nothing of its own unsaved, the app takes up what another process saves
    other = TenantModel.load(backend.state_path(store))
    [copy] = other.locate("bob@corp.example", "<tm@x>")
    other.soft_delete("bob@corp.example", copy.id)
    backend.save_simulated_state(store, other)
    assert [m.folder for m in wb.tenant_model().locate("bob@corp.example", "<tm@x>")] == ["deleteditems"]


def test_a_library_run_on_the_simulated_tenant_saves_what_it_did_for_the_other_processes(store, tmp_path):
    """The library's run saves the state when it ends, as the CLI's, watch's and the app's do: the next run of
    another process (which waits for this one: tests/test_tenant_lock.py) starts from it."""
    from marlib.api import Workbench as Library
    from marlib.tenant.model import TenantModel
    backend.set_tenant_mode(store, "simulated", tenant_file=tmp_path / "tenant.json")   # the fixture's
    wb = Library(store)
    assert wb.remediate(H).counts["succeeded"] == 2
    saved = TenantModel.load(backend.state_path(store))
    assert [m.folder for m in saved.locate("alice@corp.example", "<tm@x>")] == ["junkemail"]
    assert [m.folder for m in wb.app.tenant_model().locate("alice@corp.example", "<tm@x>")] == ["junkemail"]


def test_choosing_the_tenant_again_while_automatic_mode_runs_is_not_undone(store, tmp_path):
    from marlib.remediation.watch import watch_step
    backend.set_tenant_mode(store, "simulated", from_data=True)
    wb = Workbench(store)
    watching = wb.mailboxes()
    assert watch_step(store, [], watching, ingest=False).runs
    zed = World()
    zed.users("zed@corp.example")
    (tmp_path / "t2.json").write_text(json.dumps(zed.tenant.to_dict()))
    wb.set_tenant("simulated", tmp_path / "t2.json")
    assert not backend.state_path(store).exists()
    w = World()
    w._mid = 800
    w.message(["alice@corp.example"], files={"b.exe": sha("tenant-mode-9")}, message_id="<tm9@x>")
    w.verdict(sha("tenant-mode-9"), "MALICIOUS")
    w.save(store)
    watch_step(store, [], watching, ingest=False)
    assert sorted(wb.tenant_model().users) == ["zed@corp.example"]
    assert sorted(watching.model.users) == ["zed@corp.example"]


def test_a_file_that_is_not_a_tenant_file_is_refused_with_advice(capsys, store, tmp_path):
    (tmp_path / "summary.json").write_text('{"messages": 3}')
    (tmp_path / "broken.json").write_text("{not json")
    for name, why in (("summary.json", "is not a tenant file: it has no tenant_id"),
                      ("broken.json", "cannot be read as a tenant file")):
        code, _, err = run_cli(capsys, store, "settings", "tenant", "simulated", "--tenant-file",
                               str(tmp_path / name))
        assert code == 2 and why in err and f"marlib --db {store.path} sample" in err and "Traceback" not in err
    # a scenario naming a tenant file that is not there: one JSON object with the error, no traceback
    scenario = tmp_path / "s.json"
    scenario.write_text(json.dumps({"sha256": [H], "tenant": {"file": "missing.json"}}))
    code, out, err = run_cli(capsys, store, "simulate", "--scenario", str(scenario), "--json")
    assert code == 2 and "Traceback" not in err
    assert json.loads(out.strip().splitlines()[-1])["ok"] is False and "does not exist" in out


def test_a_damaged_saved_state_says_how_to_start_the_tenant_again(capsys, store):
    assert run_cli(capsys, store, "settings", "tenant", "simulated")[0] == 0
    assert run_cli(capsys, store, "remediate", "--pending")[0] == 0
    state = backend.state_path(store)
    state.write_text(state.read_text()[:100])   # cut short (a full disk)
    code, _, err = run_cli(capsys, store, "remediate", "--pending")
    assert code == 2 and "saved state" in err and "settings tenant simulated" in err and "Traceback" not in err


def test_two_processes_saving_the_tenant_at_once_do_not_collide(store, monkeypatch):
    from marlib.tenant import model as tenant_model
    backend.set_tenant_mode(store, "simulated", from_data=True)
    model = backend.simulated_model(store)[0]
    seen: list[str] = []
    real = tenant_model.tempfile.mkstemp

    def own_file(*args, **kwargs):   # the temporary file each save writes the state to
        fd, path = real(*args, **kwargs)
        seen.append(path)
        return fd, path
    monkeypatch.setattr(tenant_model.tempfile, "mkstemp", own_file)
    import threading
    threads = [threading.Thread(target=backend.save_simulated_state, args=(store, model)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(seen)) == 4 and backend.state_path(store).exists()
    assert not list(backend.state_path(store).parent.glob("*.tmp"))


def test_the_seeded_default_database_uses_the_sample_tenant_and_refuses_live(capsys, tmp_path, monkeypatch):
    from marlib.demo import SAMPLE_DIR, ensure_default_db
    store = Store(tmp_path / "seed.duckdb")
    assert ensure_default_db(store)
    assert backend.tenant_file(store) == (SAMPLE_DIR / "tenant.json").resolve()
    assert backend.tenant_mode(store) == "simulated" and not live_enabled(store)
    monkeypatch.setenv("MARLIB_TENANT_MODE", "graph")
    code, _, err = run_cli(capsys, store, "remediate", "--pending")
    assert code == 2 and "settings tenant simulated" in err


# -- 5. clear messages -------------------------------------------------------------------------------
def test_key_and_certificate_mixed_up(capsys, store, cert):
    code, _, err = run_cli(capsys, store, "cert", "inspect", str(cert.key_path))
    assert code == 2 and f"{cert.key_path} is a private key, not a certificate: give the .crt/.cer" in err
    assert "ParseError" not in err and "asn1" not in err
    for wrong in (cert.crt_path, cert.cer_path):
        code, _, err = run_cli(capsys, store, "settings", "set", "--client-id", CLIENT, "--tenant-id", TENANT,
                            "--thumbprint", cert.thumbprint_b64, "--key", str(wrong))
        assert code == 2 and f"{wrong} is a certificate, not a private key" in err, err
        assert "ParseError" not in err and "Unable to load PEM" not in err
    code, _, err = run_cli(capsys, store, "cert", "inspect", str(cert.crt_path), "--key", str(cert.cer_path))
    assert code == 2 and "is a certificate, not a private key" in err


def test_settings_set_checks_the_thumbprint_and_key_against_the_certificate(capsys, store, cert, tmp_path):
    other = certs.new_certificate(tmp_path / "other", "admin@corp.example")
    args = ["settings", "set", "--client-id", CLIENT, "--tenant-id", TENANT]
    # the key's own marlib.crt sits next to it: a foreign thumbprint is refused
    code, _, err = run_cli(capsys, store, *args, "--thumbprint", other.thumbprint_b64,
                        "--key", str(cert.key_path))
    assert code == 2 and "is not the thumbprint of" in err and cert.thumbprint_b64 in err
    # --cert given: the key must be its key
    code, _, err = run_cli(capsys, store, *args, "--thumbprint", other.thumbprint_b64,
                        "--key", str(cert.key_path), "--cert", str(other.cer_path))
    assert code == 2 and "private key does not match" in err
    assert store.get_setting("mailbox") is None and not live_enabled(store)
    lone = tmp_path / "lone.pem"                                  # no certificate nearby: not checked
    lone.write_bytes(cert.key_path.read_bytes())
    code, out, err = run_cli(capsys, store, *args, "--thumbprint", other.thumbprint_b64, "--key", str(lone))
    assert code == 0 and "key matches" not in out, err


def test_check_connection_says_unsuccessful_once(capsys, store, cert):
    with socket.socket() as s:                                    # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    _save(store, cert, authority=f"https://127.0.0.1:{port}")
    code, out, _ = run_cli(capsys, store, "check-connection", "alice@corp.example")
    assert code == 1 and out.count("Connection Unsuccessful") == 1, out


def test_check_connection_names_the_emulator(store, tmp_path):
    from marlib.connection import check_connection
    from marlib.emulator.testing import demo_tenant, new_certificate, start_emulator
    key_pem, cert_pem, thumb = new_certificate()
    tenant = demo_tenant(cert_pem)
    with start_emulator(tenant) as emu:
        address = tenant["users"][0]["address"]
        save_settings(store, client_id=tenant["apps"][0]["client_id"], tenant_id=tenant["tenant_id"],
                      thumbprint=thumb, key=key_pem, authority=emu.authority, graph_url=emu.graph_url,
                      ca_file=emu.ca_file)
        res = check_connection(store, address)
    assert res.ok, res
    assert "through the Graph emulator at" in res.advice and "Microsoft Graph" not in res.advice


def test_the_app_and_the_command_line_see_one_active_tenant(capsys, store, monkeypatch):
    """A database made by `ingest` alone has no tenant chosen: the app, `settings show` and what the reports
    judge "already remediated" against all take the mailbox settings' tenant (before, the app alone took the
    simulated tenant, so its runs stayed pending in its own lists); MARLIB_TENANT_MODE moves all of them."""
    wb = Workbench(store)
    code, out, _ = run_cli(capsys, store, "settings", "show", "--json")
    shown = json.loads(out.strip().splitlines()[-1])
    assert code == 0 and shown["tenant_mode"] == "graph"
    assert wb.tenant_kind.value == "microsoft" and backend.journal_mode(store) == "live"
    monkeypatch.setenv("MARLIB_TENANT_MODE", "simulated")
    assert wb.tenant_kind.value == "simulated" and backend.journal_mode(store) == "simulated"
    code, out, _ = run_cli(capsys, store, "settings", "show", "--json")
    assert json.loads(out.strip().splitlines()[-1])["tenant_mode"] == "simulated"


def test_watch_run_in_process_gives_the_callers_signal_handlers_back(capsys, store, cert, monkeypatch, tmp_path):
    """`watch` takes Ctrl-C and SIGTERM for itself while it runs; called in-process (a notebook, a test), it
    left its handlers installed after returning, so the caller's Ctrl-C only set a stopped watch's flag."""
    import signal
    _save(store, cert)
    set_live_enabled(store, False)
    monkeypatch.setenv("MARLIB_TENANT_MODE", "graph")

    def mine(signum, frame):
        return None

    before = {sig: signal.signal(sig, mine) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        code, _, err = run_cli(capsys, store, "watch", str(tmp_path), "--interval", "0.1")
        assert code == 2 and "disabled" in err          # refused after taking the signals
        assert signal.getsignal(signal.SIGINT) is mine and signal.getsignal(signal.SIGTERM) is mine
    finally:
        for sig, handler in before.items():
            signal.signal(sig, handler)


def test_an_unknown_marlib_tenant_mode_is_an_error_in_the_app_too(store, monkeypatch):
    """MARLIB_TENANT_MODE=live: the command line refuses it; the app showed the simulated tenant (a guess)
    while its reports failed on the same value."""
    from marlib.errors import SettingsError
    monkeypatch.setenv("MARLIB_TENANT_MODE", "live")
    with pytest.raises(SettingsError, match="unknown tenant mode 'live'") as caught:
        Workbench(store).tenant_kind
    assert "MARLIB_TENANT_MODE" in caught.value.advice
