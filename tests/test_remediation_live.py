"""End to end against the HTTPS emulator with the real MSAL client and the Graph backend (GraphMailboxes).

Outcomes and reasons, exactly-one forward, hostile Message-IDs, group expansion,
fault injection, and crash-and-resume with SIGKILL of the real CLI process.
"""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from remediation_fixtures import World, live_tenant, mailbox_messages, sha

from marlib.graph.client import RetryPolicy
from marlib.remediation.alerts import list_alerts
from marlib.remediation.engine import EngineOptions
from marlib.remediation.policies import set_policy
from marlib.remediation.run import remediate
from marlib.store import Store
from marlib.tenant.graph import mailboxes_from_settings

pytestmark = pytest.mark.slow
H, H2 = sha("live-evil"), sha("live-evil-2")
ROOT = Path(__file__).resolve().parents[1]
HOSTILE = ["<it's''quoted@x>", "<a+b/c#d&e%20f?g=h@x>", "<spaces and tabs\t@x>", "<ünïcødé€@x>",
           "<paren)(and*star~@x>", "<back\\slash\"dq@x>"]


def _forwards(state: dict, box: str, imid: str) -> list[dict]:
    return [m for m in mailbox_messages(state, box) if m.get("forward_of") == imid]


def _assert_remediated_once(state: dict, box: str, imid: str, *, admin: str = "soc@corp.example") -> None:
    fwd = _forwards(state, box, imid)
    assert [m["folder"] for m in fwd] == ["sentitems"], (box, imid, fwd)
    assert fwd[0]["to"] == [admin]
    left = [m["folder"] for m in mailbox_messages(state, box) if m["internet_message_id"] == imid]
    assert left and set(left) == {"recoverableitemspurges"}, (box, imid, left)


def _outcome_world() -> World:
    w = World()
    w.users("alice@corp.example", "bob@corp.example", "carol@corp.example", "dave@corp.example",
            "soc@corp.example", "locked@corp.example")
    w.users("nobox@corp.example", mailbox=False)
    w.tenant.add_group("team@corp.example", ["bob@corp.example", "carol@corp.example"])
    w.message(["alice@corp.example", "nobox@corp.example", "ghost@corp.example", "x@other.example",
               "locked@corp.example"], files={"a.exe": H}, message_id="<main@x>")
    w.message(["team@corp.example"], files={"a.exe": H}, message_id="<dl@x>", deliver=False)
    for box in ("bob@corp.example", "carol@corp.example"):
        w.tenant.add_message(box, "<dl@x>")
    w.message(["dave@corp.example"], files={"a.exe": H}, message_id="<gone@x>", deliver=False)
    w.message(["dave@corp.example"], files={"b.exe": H2}, message_id="<trash@x>", folder="deleteditems")
    w.message(["dave@corp.example"], files={"b.exe": H2}, message_id="<stuck@x>",
              folder="recoverableitemsdeletions")
    w.message(["dave@corp.example"], files={"a.exe": H}, status="quarantined")
    w.message(["dave@corp.example"], files={"a.exe": H}, policy="OFF")
    w.message(["ext@remote.example"], files={"a.exe": H}, direction="outbound", policy="OUT")
    for i, imid in enumerate(HOSTILE):
        w.message(["bob@corp.example"], files={f"h{i}.exe": H2}, message_id=imid)
    w.message(["alice@corp.example"], files={"a.exe": H, "b.exe": H2}, message_id="<both@x>")
    w.verdict(H, "MALICIOUS")
    w.verdict(H2, "MALICIOUS")
    return w


def test_live_outcomes_reasons_groups_and_hostile_ids(tmp_path):
    store = Store(tmp_path / "m.duckdb")
    w = _outcome_world()
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="forward-delete", forward_to="soc@corp.example")
    set_policy(store, "OFF", mar=False, action="delete")
    tenant = w.tenant.to_dict()
    everyone = [u["address"] for u in tenant["users"] if u["address"] != "locked@corp.example"]
    with live_tenant(store, w, app_mailboxes=everyone) as emu:
        mailboxes = mailboxes_from_settings(store)
        assert mailboxes.kind == "emulator"
        result = remediate(store, mailboxes, pending=True)
        out = result.to_json()
        assert out["mode"] == "live"
        got = {(o["mailbox"], o["message_id"]): (o["status"], o["reason"]) for o in out["outcomes"]}
        assert got[("alice@corp.example", "<main@x>")] == ("succeeded", "ok")
        assert got[("nobox@corp.example", "<main@x>")] == ("failed", "not_o365_user")
        assert got[("ghost@corp.example", "<main@x>")] == ("failed", "not_o365_user")
        assert got[("x@other.example", "<main@x>")] == ("failed", "not_in_domain")
        assert got[("locked@corp.example", "<main@x>")] == ("failed", "access_denied")
        assert got[("bob@corp.example", "<dl@x>")] == ("succeeded", "ok")       # group members
        assert got[("carol@corp.example", "<dl@x>")] == ("succeeded", "ok")
        assert got[("dave@corp.example", "<gone@x>")] == ("failed", "message_not_found")
        assert got[("dave@corp.example", "<trash@x>")] == ("succeeded", "ok")   # already in Deleted Items
        assert got[("dave@corp.example", "<stuck@x>")] == ("failed", "delete_not_allowed")
        assert got[("alice@corp.example", "<both@x>")] == ("succeeded", "ok")   # two hashes, one action
        for imid in HOSTILE:
            assert got[("bob@corp.example", imid)] == ("succeeded", "ok"), imid
        skipped = sorted(o["reason"] for o in out["outcomes"] if o["status"] == "skipped")
        assert skipped == ["not_delivered", "outbound", "policy_mar_off"]
        state = emu.state()
        handled = [("alice@corp.example", "<main@x>"), ("bob@corp.example", "<dl@x>"),
                   ("carol@corp.example", "<dl@x>"), ("dave@corp.example", "<trash@x>"),
                   ("alice@corp.example", "<both@x>")] + [("bob@corp.example", i) for i in HOSTILE]
        for box, imid in handled:
            _assert_remediated_once(state, box, imid)
        body = _forwards(state, "alice@corp.example", "<main@x>")[0]["body"]
        assert "a.exe" in body and H in body and "MALICIOUS" in body and "alice@corp.example" in body
        assert not [m for m in state["messages"] if m["folder"] == "drafts"]
        # a re-run of the finished verdicts changes nothing
        again = remediate(store, mailboxes, sha256=[H, H2])
        assert "succeeded" not in set(again.outcomes["status"])
        assert set(again.outcomes.loc[again.outcomes["status"] == "skipped", "reason"]) >= {"already_remediated"}
        state = emu.state()
        for box, imid in handled:
            _assert_remediated_once(state, box, imid)


FAULTS = [
    ({"kind": "429", "retry_after": 1}, "throttled"),
    ({"kind": "429", "retry_after": None}, "throttled"),
    ({"kind": "503", "retry_after": 1}, "connectivity"),
    ({"kind": "504"}, "connectivity"),
    ({"kind": "reset"}, "connectivity"),
    ({"kind": "hang"}, "connectivity"),
]


@pytest.mark.parametrize("fault,reason", FAULTS, ids=[f[0]["kind"] + ("-ra" if f[0].get("retry_after") else "")
                                                      for f in FAULTS])
def test_fault_injection_every_copy_ends_with_the_right_reason(tmp_path, fault, reason):
    store = Store(tmp_path / "m.duckdb")
    w = World()
    boxes = [f"u{i}@corp.example" for i in range(6)]
    w.users(*boxes, "soc@corp.example")
    w.message(boxes, files={"a.exe": H}, message_id="<f@x>")
    w.verdict(H, "MALICIOUS")
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="forward-delete", forward_to="soc@corp.example")
    with live_tenant(store, w, extra_args=("--hang-seconds", "2")) as emu:
        # transient faults on every mailbox (retried by the client) and a lasting one on u0
        emu.faults([{**fault, "after": 0, "count": 3, "path": "/messages"},
                    {**fault, "after": 0, "count": 1000, "path": "u0@corp.example"}])
        retry = RetryPolicy(max_attempts=3, backoff_base=0.05, backoff_cap=0.2, max_retry_after=5)
        mailboxes = mailboxes_from_settings(store, retry=retry, timeout=(2.0, 1.0))
        result = remediate(store, mailboxes, pending=True, options=EngineOptions(item_budget_s=3.0))
        out = result.outcomes.set_index("mailbox")
        assert set(result.outcomes["status"]) <= {"succeeded", "failed"}
        assert out.loc["u0@corp.example", "status"] == "failed"
        assert out.loc["u0@corp.example", "reason"] == reason, out.loc["u0@corp.example", "detail"]
        emu.clear_faults()
        state = emu.state()
        for box in boxes[1:]:
            if out.loc[box, "status"] == "succeeded":
                _assert_remediated_once(state, box, "<f@x>")
            else:   # a transient fault on a non-repeatable forward step may fail it, never duplicate it
                assert out.loc[box, "reason"] == reason
                assert len([m for m in _forwards(state, box, "<f@x>") if m["folder"] == "sentitems"]) <= 1
        if reason == "connectivity":
            alerts = list_alerts(store)
            assert len(alerts) == 1 and alerts.loc[0, "level"] == "info"


def _requests_done(emu, endpoint: str | None = None) -> int:
    counts = emu.state()["requests"]
    return counts["total"] if endpoint is None else counts["by_endpoint"].get(endpoint, 0)


def _wait_for_requests(emu, proc: subprocess.Popen, n: int, *, endpoint: str | None = None,
                       timeout: float = 120) -> bool:
    """Wait until the emulator has answered n more requests (of one endpoint) (True) or the process has ended
    (False)."""
    target = _requests_done(emu, endpoint) + n
    deadline = time.monotonic() + timeout
    while proc.poll() is None and time.monotonic() < deadline:
        if _requests_done(emu, endpoint) >= target:
            return True
        time.sleep(0.005)
    return False


def _kill(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.communicate()


def _cli(db: Path, *args: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), MARLIB_TENANT_MODE="graph")
    return subprocess.Popen([sys.executable, "-m", "marlib", "--db", str(db), *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_sigkill_at_random_moments_then_resume_no_duplicate_no_loss(tmp_path):
    store = Store(tmp_path / "m.duckdb")
    w = World()
    boxes = [f"v{i}@corp.example" for i in range(12)]
    w.users(*boxes, "soc@corp.example")
    copies = []
    for j in range(6):
        imid = f"<kill{j}@x>"
        w.message(boxes, files={"a.exe": H}, message_id=imid)
        copies += [(b, imid) for b in boxes]
    w.verdict(H, "MALICIOUS")
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="forward-delete", forward_to="soc@corp.example")
    rng = random.Random(20261128)
    kills = 0
    with live_tenant(store, w, latency_ms=50) as emu:
        # first run: slowed down once it forwards (it has journaled its actions), so that another
        # process surely reads the store while the run is going (short connections)
        proc = _cli(store.path, "remediate", "--pending", "--json", "--workers", "2")
        assert _wait_for_requests(emu, proc, 1, endpoint="createForward"), proc.communicate()
        emu.configure(latency_ms=1500)
        reader = _cli(store.path, "runs")
        out, err = reader.communicate(timeout=60)
        assert reader.returncode == 0, err
        assert "running" in out and proc.poll() is None, out
        emu.configure(latency_ms=50)
        _kill(proc)
        kills += 1
        # then kills at moments counted in the work the emulator saw, not in wall-clock time (a slow start
        # on a busy machine must not turn kills into finished runs): during startup, or after n requests
        for attempt in range(40):
            if kills >= 22:
                break
            proc = _cli(store.path, "remediate", "--pending", "--json", "--workers", "2")
            n = rng.randint(0, 8)
            if n == 0:
                try:
                    proc.wait(timeout=rng.uniform(0.05, 1.0))
                except subprocess.TimeoutExpired:
                    pass
            if (n == 0 or _wait_for_requests(emu, proc, n)) and proc.poll() is None:
                _kill(proc)
                kills += 1
                continue
            out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, (out[-2000:], err[-2000:])
        proc = _cli(store.path, "remediate", "--pending", "--json")
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        last = json.loads(out.strip().splitlines()[-1])
        assert last["mode"] == "live"
        state = emu.state()
    for box, imid in copies:
        _assert_remediated_once(state, box, imid)
    assert not [m for m in state["messages"] if m["folder"] == "drafts"]
    with store.connect() as con:
        open_runs = con.execute("SELECT count(*) FROM remediation_runs WHERE status = 'running'").fetchone()[0]
        statuses = {r[0] for r in con.execute("SELECT DISTINCT status FROM remediation_actions").fetchall()}
    assert open_runs == 0 and statuses == {"succeeded"}
    assert kills >= 20
