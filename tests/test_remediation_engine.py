"""The engine against the in-process simulated tenant (D's SimulatedMailboxes): actions, resume, alerts, logs."""
from __future__ import annotations

import random

import pytest
from remediation_fixtures import World, sha

from marlib.errors import InputError
from marlib.remediation.alerts import CONNECTIVITY_MESSAGE, list_alerts
from marlib.remediation.engine import EngineOptions
from marlib.remediation.journal import DuckJournal
from marlib.remediation.marlog import MarLog
from marlib.remediation.policies import set_policy
from marlib.remediation.run import remediate, restore
from marlib.store import Store
from marlib.tenant.simulated import SimulatedMailboxes

H = sha("evil")
ONE = EngineOptions(max_workers=1)


class Killed(BaseException):
    """Stands for kill -9: nothing after it runs in this 'process'."""


class KillingMailboxes:
    """Delegates to a backend and 'dies' at the k-th call, before or after the call reached the tenant."""

    def __init__(self, inner, kill_at: int | None = None, after: bool = False) -> None:
        self.inner, self.kill_at, self.after, self.calls = inner, kill_at, after, 0
        self.kind = inner.kind

    def __getattr__(self, name):
        fn = getattr(self.inner, name)

        def call(*args, **kw):
            self.calls += 1
            if self.calls == self.kill_at and not self.after:
                raise Killed()
            result = fn(*args, **kw)
            if self.calls == self.kill_at and self.after:
                raise Killed()
            return result
        return call


def _world(action: str = "forward-delete") -> World:
    w = World()
    w.users("alice@corp.example", "bob@corp.example", "carol@corp.example", "soc@corp.example")
    w.tenant.add_group("team@corp.example", ["bob@corp.example", "carol@corp.example"])
    w.message(["alice@corp.example", "bob@corp.example"], files={"a.exe": H}, message_id="<one@x>")
    w.tenant.add_message("alice@corp.example", "<one@x>", "deleteditems")   # a second copy, already deleted
    w.message(["team@corp.example"], files={"a.exe": H}, message_id="<two@x>", deliver=False)
    for box in ("bob@corp.example", "carol@corp.example"):
        w.tenant.add_message(box, "<two@x>")
    w.verdict(H, "MALICIOUS")
    return w


def _setup(tmp_path, action="forward-delete", name="m.duckdb"):
    store = Store(tmp_path / name)
    w = _world(action)
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action=action, forward_to="soc@corp.example")
    return store, w


def _check_exactly_once(model, copies: list[tuple[str, str]]) -> None:
    """Every copy purged, exactly one forward of it in the victim's Sent Items, no draft left."""
    for box, imid in copies:
        msgs = [m for m in model.messages(box)]
        originals = [m for m in msgs if m.internet_message_id == imid]
        assert originals and all(m.folder == "recoverableitemspurges" for m in originals), (box, imid)
        sent = [m for m in msgs if m.forward_of == imid and m.folder == "sentitems"]
        assert len(sent) == 1, (box, imid, len(sent))
        assert not [m for m in msgs if m.forward_of == imid and m.folder == "drafts"], (box, imid)


COPIES = [("alice@corp.example", "<one@x>"), ("bob@corp.example", "<one@x>"),
          ("bob@corp.example", "<two@x>"), ("carol@corp.example", "<two@x>")]


def test_forward_delete_handles_every_copy_and_group_members(tmp_path):
    store, w = _setup(tmp_path)
    sim = SimulatedMailboxes(w.tenant)
    result = remediate(store, sim, pending=True, journal=DuckJournal(store, "simulated"))
    assert result.counts["succeeded"] == 4 and result.counts["total"] == 4
    _check_exactly_once(w.tenant, COPIES)
    again = remediate(store, sim, sha256=[H], journal=DuckJournal(store, "simulated"))
    assert set(again.outcomes["reason"]) == {"already_remediated"}
    assert remediate(store, sim, pending=True, journal=DuckJournal(store, "simulated")).changes == 0


def test_kill_at_every_call_then_resume_never_forwards_twice(tmp_path):
    """A seeded sweep over kill points (before/after each mailbox call), resumed by --pending."""
    store, w = _setup(tmp_path, name="probe.duckdb")
    probe = KillingMailboxes(SimulatedMailboxes(w.tenant))
    remediate(store, probe, pending=True, journal=DuckJournal(store, "simulated"), options=ONE)
    total = probe.calls
    rng = random.Random(4)
    points = sorted(rng.sample(range(1, total + 1), min(total, 4)))
    kills = 0
    for k in points:
        for after in (False, True):
            store, w = _setup(tmp_path, name=f"k{k}{after}.duckdb")
            killer = KillingMailboxes(SimulatedMailboxes(w.tenant), kill_at=k, after=after)
            with pytest.raises(Killed):
                remediate(store, killer, pending=True, journal=DuckJournal(store, "simulated"), options=ONE)
            kills += 1
            result = remediate(store, SimulatedMailboxes(w.tenant), pending=True,
                               journal=DuckJournal(store, "simulated"))
            # killed before the plan was journaled (while resolving): the change is simply planned again
            done = result.resumed[0].outcomes if result.resumed else result.outcomes
            assert set(done["status"]) == {"succeeded"}, done[["mailbox", "status", "reason", "detail"]]
            _check_exactly_once(w.tenant, COPIES)
    assert kills >= 8


def test_move_then_restore_after_clean_verdict(tmp_path):
    store = Store(tmp_path / "m.duckdb")
    w = World()
    w.users("alice@corp.example", "bob@corp.example")
    w.message(["alice@corp.example"], files={"a.exe": H}, message_id="<mv@x>")
    w.message(["bob@corp.example"], files={"a.exe": H}, message_id="<arch@x>", folder="archive")
    w.verdict(H, "MALICIOUS")
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="move-junk")
    sim = SimulatedMailboxes(w.tenant)
    result = remediate(store, sim, pending=True)
    assert set(result.outcomes["status"]) == {"succeeded"}
    folders = {m.mailbox: m.folder for m in w.tenant.messages() if m.internet_message_id in ("<mv@x>", "<arch@x>")}
    assert folders == {"alice@corp.example": "junkemail", "bob@corp.example": "junkemail"}
    with pytest.raises(InputError, match="CLEAN"):
        restore(store, sim, H)
    w.verdict(H, "CLEAN")
    w.save(store)
    back = restore(store, sim, H)
    assert set(back.outcomes["action"]) == {"restore"} and set(back.outcomes["status"]) == {"succeeded"}
    folders = {m.mailbox: m.folder for m in w.tenant.messages() if m.internet_message_id in ("<mv@x>", "<arch@x>")}
    assert folders == {"alice@corp.example": "inbox", "bob@corp.example": "archive"}
    assert len(restore(store, sim, H).outcomes) == 0     # journaled: not restored twice


def test_restore_reports_deleted_copies_as_not_moved(tmp_path):
    store, w = _setup(tmp_path, action="delete")
    sim = SimulatedMailboxes(w.tenant)
    remediate(store, sim, pending=True)
    w.verdict(H, "CLEAN")
    w.save(store)
    back = restore(store, sim, H)
    assert set(back.outcomes["reason"]) == {"not_moved"} and set(back.outcomes["status"]) == {"skipped"}


def test_deleted_items_handled_and_undeletable_folder_fails(tmp_path):
    store = Store(tmp_path / "m.duckdb")
    w = World()
    w.users("alice@corp.example", "bob@corp.example")
    w.message(["alice@corp.example"], files={"a.exe": H}, message_id="<d@x>", folder="deleteditems")
    w.message(["bob@corp.example"], files={"a.exe": H}, message_id="<r@x>", folder="recoverableitemsdeletions")
    w.verdict(H, "MALICIOUS")
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="delete")
    out = remediate(store, SimulatedMailboxes(w.tenant), pending=True).outcomes.set_index("mailbox")
    assert out.loc["alice@corp.example", "status"] == "succeeded"
    assert out.loc["bob@corp.example", "reason"] == "delete_not_allowed"


def test_move_deleted_and_message_gone(tmp_path):
    store = Store(tmp_path / "m.duckdb")
    w = World()
    w.users("alice@corp.example", "bob@corp.example")
    w.message(["alice@corp.example"], files={"a.exe": H}, message_id="<a@x>")
    w.message(["bob@corp.example"], files={"a.exe": H}, message_id="<b@x>", deliver=False)
    w.verdict(H, "MALICIOUS")
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="move-deleted")
    out = remediate(store, SimulatedMailboxes(w.tenant), pending=True).outcomes.set_index("mailbox")
    assert out.loc["alice@corp.example", "status"] == "succeeded"
    assert [m.folder for m in w.tenant.messages("alice@corp.example")] == ["deleteditems"]
    assert out.loc["bob@corp.example", "reason"] == "message_not_found"
    mar = (tmp_path / "logs" / "m.mar.log").read_text()   # named after m.duckdb
    assert "not found in the recipient's (bob@corp.example) mailbox" in mar
    assert "reason message_not_found" in mar and H in mar
    assert "Mailbox Auto Remediation started" in (tmp_path / "logs" / "m.mail_logs.log").read_text()


def test_connectivity_alert_raised_once_and_cleared_on_recovery(tmp_path):
    store, w = _setup(tmp_path, action="delete")
    down = SimulatedMailboxes(w.tenant, outage=["alice@corp.example", "bob@corp.example"])
    out = remediate(store, down, pending=True).outcomes.set_index("mailbox")
    assert out.loc["alice@corp.example", "reason"] == "connectivity"
    alerts = list_alerts(store)
    assert len(alerts) == 1 and alerts.loc[0, "message"] == CONNECTIVITY_MESSAGE
    assert alerts.loc[0, "level"] == "info" and alerts["cleared_at"].isna().all()
    remediate(store, SimulatedMailboxes(w.tenant), sha256=[H])
    alerts = list_alerts(store)
    assert len(alerts) == 1 and alerts["cleared_at"].notna().all()


def test_throttled_mailbox_fails_as_throttled(tmp_path):
    store, w = _setup(tmp_path, action="delete")
    out = remediate(store, SimulatedMailboxes(w.tenant, throttle=["carol@corp.example"]), pending=True,
                    options=EngineOptions(item_budget_s=1.0)).outcomes.set_index("mailbox")
    assert out.loc["carol@corp.example", "reason"] == "throttled"
    assert out.loc["alice@corp.example", "status"] == "succeeded"


def test_mar_log_rotates_by_size(tmp_path):
    log = MarLog(tmp_path / "logs", max_bytes=2000, backup_count=2)
    for i in range(60):
        log.outcome({"status": "succeeded", "action": "delete", "recipient": f"u{i}@corp.example",
                     "filename": "a.exe", "sha256": H, "reason": "ok", "action_id": str(i)})
    for handler in log.mar.handlers:
        handler.flush()
    names = sorted(p.name for p in (tmp_path / "logs").iterdir() if p.name.startswith("mar."))
    assert names == ["mar.log", "mar.log.1", "mar.log.2"]


class LostAnswers:
    """send goes through but its answer is lost; optionally find_drafts is unreachable too."""

    def __init__(self, inner, drafts_reachable: bool) -> None:
        self.inner, self.kind, self.drafts_reachable = inner, inner.kind, drafts_reachable

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def send_draft(self, mailbox, draft_id):
        from marlib.errors import ConnectivityError
        self.inner.send_draft(mailbox, draft_id)
        raise ConnectivityError("read timed out (simulated lost answer)")

    def find_drafts(self, mailbox, marker):
        from marlib.errors import ConnectivityError
        if not self.drafts_reachable:
            raise ConnectivityError("connection reset (simulated)")
        return self.inner.find_drafts(mailbox, marker)


@pytest.mark.parametrize("drafts_reachable", [True, False])
def test_lost_send_answer_never_forwards_twice(tmp_path, drafts_reachable):
    store, w = _setup(tmp_path)
    flaky = LostAnswers(SimulatedMailboxes(w.tenant), drafts_reachable)
    first = remediate(store, flaky, pending=True, journal=DuckJournal(store, "simulated"))
    if drafts_reachable:   # the draft left Drafts, so it was sent: the action goes on
        assert set(first.outcomes["status"]) == {"succeeded"}
    else:
        assert set(first.outcomes["reason"]) == {"connectivity"}
        again = remediate(store, SimulatedMailboxes(w.tenant), sha256=[H], journal=DuckJournal(store, "simulated"))
        assert set(again.outcomes["status"]) == {"succeeded"}
        assert set(again.outcomes["action_id"]) == set(first.outcomes["action_id"])   # continued, not new
    _check_exactly_once(w.tenant, COPIES)


def test_a_run_still_executing_in_another_process_is_not_resumed(tmp_path):
    import socket
    import subprocess

    from marlib.remediation.journal import _process_start
    store, w = _setup(tmp_path)
    with pytest.raises(Killed):
        remediate(store, KillingMailboxes(SimulatedMailboxes(w.tenant), kill_at=9), pending=True,
                  journal=DuckJournal(store, "simulated"), options=ONE)
    other = subprocess.Popen(["sleep", "60"])
    try:
        owner = f"{socket.gethostname()}:{other.pid}:{_process_start(other.pid)}"
        with store.connect() as con:
            con.execute("UPDATE remediation_runs SET owner = ?", [owner])
        busy = remediate(store, SimulatedMailboxes(w.tenant), pending=True, journal=DuckJournal(store, "simulated"))
        assert busy.resumed == [] and busy.changes == 0      # its changes are claimed, its run left alone
    finally:
        other.kill()
        other.wait()
    done = remediate(store, SimulatedMailboxes(w.tenant), pending=True, journal=DuckJournal(store, "simulated"))
    assert len(done.resumed) == 1 and set(done.resumed[0].outcomes["status"]) == {"succeeded"}
    _check_exactly_once(w.tenant, COPIES)


def test_progress_reaches_every_copy_when_all_of_them_end_while_they_are_handed_out(tmp_path, monkeypatch):
    """Copies that end while the rest are still handed to the workers (a small, fast run on a loaded machine)
    are reported: the app's job showed 0 of 2 done under its "saving the tenant" message after both ended."""
    import concurrent.futures

    import marlib.remediation.engine as engine

    class AtOnce(concurrent.futures.ThreadPoolExecutor):
        def submit(self, fn, *args, **kwargs):   # the worker runs it before submit returns
            future = concurrent.futures.Future()
            future.set_result(fn(*args, **kwargs))
            return future

    monkeypatch.setattr(engine, "ThreadPoolExecutor", AtOnce)
    store, w = _setup(tmp_path)
    seen: list[tuple] = []
    result = remediate(store, SimulatedMailboxes(w.tenant), pending=True,
                       progress=lambda done, total, _msg: seen.append((done, total)))
    assert result.counts["succeeded"] == 4
    assert seen[0] == (0, 4) and seen[-1] == (4, 4), seen
