"""A running watch (and the app's automatic mode) follows the settings: `settings disable` stops it acting on
mailboxes (it goes on ingesting), `settings set` / `settings tenant` take effect at the next step."""
from __future__ import annotations

import itertools
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from remediation_fixtures import CLIENT_ID, World, live_tenant, mailbox_messages, sha

from marlib.remediation import backend
from marlib.remediation.policies import set_policy
from marlib.remediation.watch import DISABLED_NOTICE, StepBackend, watch
from marlib.settings import save_settings, set_live_enabled
from marlib.store import Store

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parent.parent
H1, H2, H3 = sha("watch-settings-1"), sha("watch-settings-2"), sha("watch-settings-3")
BOXES = ("alice@corp.example", "bob@corp.example", "carol@corp.example")


@pytest.fixture(autouse=True)
def _no_env(monkeypatch):
    monkeypatch.delenv("MARLIB_TENANT_MODE", raising=False)
    monkeypatch.delenv("MARLIB_TENANT_FILE", raising=False)


def _world() -> World:
    """alice, bob and carol each got one file; only H1's verdict is known so far."""
    w = World()
    w.users(*BOXES)
    for box, digest in zip(BOXES, (H1, H2, H3)):
        w.message([box], files={"f.exe": digest}, message_id=f"<{box.split('@')[0]}@x>")
    w.verdict(H1, "MALICIOUS")
    return w


def _verdict(store: Store, digest: str) -> None:
    """A retrospective MALICIOUS verdict arrives (as an ingest would store it)."""
    w = World()
    w.verdict(digest, "MALICIOUS")
    w.save(store)


def _purged(state: dict, box: str) -> bool:
    return [m["folder"] for m in mailbox_messages(state, box)] == ["recoverableitemspurges"]


def _steps(store: Store, tmp_path: Path, tenant: StepBackend, between: list) -> list:
    """watch with ``tenant`` for len(between) + 1 steps; ``between[i]()`` runs after step i."""
    seen: list = []

    def on_step(step) -> None:
        seen.append(step)
        if len(seen) <= len(between):
            between[len(seen) - 1]()

    logs = tmp_path / "esa"
    logs.mkdir(exist_ok=True)
    watch(store, [logs], interval_s=0, on_step=on_step, max_steps=len(between) + 1, backend=tenant)
    return seen


def test_settings_disable_stops_a_running_watch_and_enable_resumes_it(tmp_path):
    store = Store(tmp_path / "m.duckdb")
    w = _world()
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="delete")
    with live_tenant(store, w) as emu, StepBackend(store) as tenant:
        tenant.open()
        steps = _steps(store, tmp_path, tenant, [
            lambda: (set_live_enabled(store, False), _verdict(store, H2)),   # `settings disable`, then H2
            lambda: None,
            lambda: set_live_enabled(store, True)])                           # `settings enable`
        state = emu.state()
    assert [len(s.runs) for s in steps] == [1, 0, 0, 1]
    assert steps[0].notice is None
    assert steps[1].notice == DISABLED_NOTICE and "watching and ingesting" in DISABLED_NOTICE
    assert steps[2].notice is None                                    # said once per change
    assert steps[3].notice.startswith("live remediation is enabled again")
    assert steps[3].runs[0].counts["succeeded"] == 1
    assert _purged(state, "alice@corp.example") and _purged(state, "bob@corp.example")
    # nothing was called on bob's mailbox while disabled: its copy went only at step 4
    runs = store.query_df("SELECT sha256s FROM remediation_runs ORDER BY started_at")
    assert list(runs["sha256s"]) == [H1, H2]


def test_settings_disable_stops_the_run_in_flight_and_enable_resumes_it(tmp_path):
    """Disabled while a step's run is under way (here: as it starts executing): no further copy is acted
    on, the run stays journaled as unfinished, and the first step after `settings enable` finishes it."""
    store = Store(tmp_path / "m.duckdb")
    w = _world()
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="delete")
    ticks = itertools.count(0, 10)   # every look at the switch is a fresh one

    def disable_once(done, total, message) -> None:
        if not calls:
            set_live_enabled(store, False)
        calls.append(message)

    calls: list = []
    logs = tmp_path / "esa"
    logs.mkdir()
    with live_tenant(store, w) as emu, StepBackend(store, clock=lambda: next(ticks)) as tenant:
        tenant.open()
        watch(store, [logs], interval_s=0, max_steps=1, backend=tenant, progress=disable_once)
        stopped = emu.state()
        status = store.query_one("SELECT status FROM remediation_runs")[0]
        set_live_enabled(store, True)
        steps: list = []
        watch(store, [logs], interval_s=0, max_steps=1, backend=tenant, on_step=steps.append)
        resumed = emu.state()
    assert calls and not _purged(stopped, "alice@corp.example") and status == "running"
    assert sum(r.counts["succeeded"] for r in steps[0].runs) == 1 and _purged(resumed, "alice@corp.example")
    assert store.query_one("SELECT count(*) FROM remediation_runs WHERE status = 'finished'")[0] == 1


def test_a_running_watch_takes_up_new_mailbox_settings_and_tenant(tmp_path):
    """The emulator moved to another port (`settings set` with the new URLs), then `settings tenant
    simulated`: each takes effect at the next step, without restarting watch."""
    from marlib.emulator.testing import new_certificate, start_emulator
    store = Store(tmp_path / "m.duckdb")
    w = _world()
    tenant_file = tmp_path / "tenant.json"
    w.tenant.dump(tenant_file)
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="delete")
    key_pem, cert_pem, thumb = new_certificate()
    registered = {**w.tenant.to_dict(), "apps": [{"client_id": CLIENT_ID, "certificate": cert_pem.decode(),
                                                  "roles": ["Mail.ReadWrite", "Mail.Send"]}]}

    def point_at(emu) -> None:   # `settings set ... --authority URL --graph-url URL --ca-file F`
        save_settings(store, client_id=CLIENT_ID, tenant_id=w.tenant.tenant_id, thumbprint=thumb, key=key_pem,
                      domains=["corp.example"], authority=emu.authority, graph_url=emu.graph_url,
                      ca_file=emu.ca_file)
        set_live_enabled(store, True)

    with start_emulator(registered) as first, start_emulator(registered) as second:
        point_at(first)
        with StepBackend(store) as tenant:
            tenant.open()
            steps = _steps(store, tmp_path, tenant, [
                lambda: (point_at(second), _verdict(store, H2)),
                lambda: (backend.set_tenant_mode(store, "simulated", tenant_file=tenant_file), _verdict(store, H3))])
        first_state, second_state = first.state(), second.state()
    assert [r.mode for s in steps for r in s.runs] == ["live", "live", "simulated"]
    assert steps[1].notice.startswith("tenant settings changed: now acting on emulator")
    assert second.graph_url in steps[1].notice
    assert steps[2].notice.startswith("tenant settings changed: now acting on simulated tenant")
    assert _purged(first_state, "alice@corp.example")
    assert not _purged(first_state, "bob@corp.example") and _purged(second_state, "bob@corp.example")
    assert not _purged(first_state, "carol@corp.example") and not _purged(second_state, "carol@corp.example")
    # the simulated tenant keeps a journal of its own: all three copies, there
    assert steps[2].runs[0].counts["succeeded"] == 3


def test_the_cli_watch_stops_remediating_on_settings_disable(tmp_path):
    """The tester's repro: `watch` running, `settings disable` from another process, then a retrospective
    verdict appended to the amp log: watch ingests it, says once that it does not remediate, and no
    mailbox is touched."""
    store = Store(tmp_path / "data" / "m.duckdb")
    w = _world()
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="delete")
    amp = tmp_path / "esa" / "amp.log"
    amp.parent.mkdir()
    amp.write_text("")
    env = {k: v for k, v in os.environ.items() if not k.startswith("MARLIB_TENANT")}
    env["PYTHONPATH"] = str(ROOT)
    with live_tenant(store, w) as emu:
        proc = subprocess.Popen([sys.executable, "-u", "-m", "marlib", "--db", str(store.path), "watch",
                                 str(amp.parent), "--interval", "0.2"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        try:
            out = _wait_for(proc, "succeeded")                              # H1 on alice's mailbox
            cli = subprocess.run([sys.executable, "-m", "marlib", "--db", str(store.path), "settings", "disable"],
                                 cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
            assert cli.returncode == 0, cli.stderr
            # H2 comes once a step has seen the switch off (as in the app's test below: a step in flight as
            # it turned off may still act until the switch is read again)
            out += _wait_for(proc, "live remediation is disabled")
            _append_verdict(amp, H2, "MALICIOUS")
            _wait_ingested(store, H2)
            _append_verdict(amp, sha("later"), "CLEAN")   # ingested by a later step: H2's step is over
            _wait_ingested(store, sha("later"))
            proc.terminate()
            rest, err = proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
        state = emu.state()
    out += rest
    assert proc.returncode == 0, err
    assert out.count("live remediation is disabled (settings disable)") == 1, out
    assert "`settings enable` resumes" in out
    assert _purged(state, "alice@corp.example") and not _purged(state, "bob@corp.example")
    assert store.query_one("SELECT count(*) FROM remediation_actions WHERE sha256 = ?", [H2])[0] == 0


def _append_verdict(amp: Path, digest: str, verdict: str) -> None:
    with amp.open("a") as f:
        f.write(f"<166>Nov 23 02:20:00 esa1 amp: Info: Retrospective verdict received. SHA256: {digest}, "
                f"Timestamp: 1795400400.0, Verdict: {verdict}, Reputation Score: 0, Spyname: W32.Test.\n")


def _wait_ingested(store: Store, digest: str, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if store.query_one("SELECT count(*) FROM verdict_events WHERE sha256 = ?", [digest])[0]:
            return
        time.sleep(0.2)
    raise AssertionError(f"watch did not ingest the verdict for {digest}")


def _wait_for(proc: subprocess.Popen, pattern: str) -> str:
    seen = []
    for line in proc.stdout:
        seen.append(line)
        if pattern in line:
            return "".join(seen)
    raise AssertionError(f"{pattern!r} not seen in: {''.join(seen)}")


def test_the_apps_automatic_mode_stops_remediating_when_the_switch_is_turned_off(tmp_path):
    from marlib.workbench import Workbench
    store = Store(tmp_path / "m.duckdb")
    w = _world()
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="delete")
    logs = tmp_path / "esa"
    logs.mkdir()
    with live_tenant(store, w) as emu:
        wb = Workbench(store)
        wb.set_tenant("emulator")
        job = wb.start_watch([logs], interval_s=0.1)
        try:
            _wait_steps(wb, job, 1)
            wb.set_live_enabled(False)          # the Mailbox Settings page's switch
            # H2 comes once a step has seen the switch off: a step already past its look at the tenant when
            # the switch turned off would run, and its copies stop only once the switch is read again (at
            # most every SWITCH_CHECK_S), so H2 arriving meanwhile was remediated on some schedulings
            _wait_notice(wb, job, DISABLED_NOTICE)
            _verdict(store, H2)
            _wait_steps(wb, job, wb.watch_state()["steps"] + 3)
            state = wb.watch_state()
        finally:
            wb.stop_watch()
            _wait_stopped(job)
        tenant = emu.state()
    assert state["notice"] == DISABLED_NOTICE and state["state"] == "on"
    assert _purged(tenant, "alice@corp.example") and not _purged(tenant, "bob@corp.example")
    assert job.state == "done", job.error


def _wait_steps(wb, job, n: int, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while wb.watch_state().get("steps", 0) < n:
        assert job.state == "running" and time.monotonic() < deadline, (job.error, wb.watch_state())
        time.sleep(0.05)


def _wait_notice(wb, job, notice: str, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while wb.watch_state().get("notice") != notice:
        assert job.state == "running" and time.monotonic() < deadline, (job.error, wb.watch_state())
        time.sleep(0.05)


def _wait_stopped(job, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while job.state == "running" and time.monotonic() < deadline:
        time.sleep(0.05)
