"""Regressions from the new-user test: dry runs, what-if runs, retries, superseded changes, changes list."""
from __future__ import annotations

import os

import pytest
from remediation_fixtures import World, run_cli, sha, use_simulated_tenant

from marlib.errors import ConnectivityError
from marlib.remediation.journal import DuckJournal
from marlib.remediation.policies import set_policy
from marlib.remediation.run import remediate, restore
from marlib.store import Store
from marlib.tenant.simulated import SimulatedMailboxes

H, H2 = sha("fix-evil"), sha("fix-evil-2")


def _setup(tmp_path, action: str = "delete",
           users: tuple[str, ...] = ("alice@corp.example", "bob@corp.example")) -> tuple[Store, World]:
    store = Store(tmp_path / "m.duckdb")
    w = World()
    w.users("soc@corp.example", *users)
    w.message(["alice@corp.example", "bob@corp.example"], files={"a.exe": H}, message_id="<one@x>")
    w.verdict(H, "MALICIOUS")
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action=action, forward_to="soc@corp.example")
    return store, w


def _sim(store, mailboxes):
    return remediate(store, mailboxes, pending=True, journal=DuckJournal(store, "simulated"))


def test_dry_run_plans_never_count_as_done(tmp_path):
    store, w = _setup(tmp_path)
    first = remediate(store, None, pending=True, dry_run=True)
    second = remediate(store, None, pending=True, dry_run=True)
    assert first.counts["planned"] == 2
    assert second.counts["planned"] == 2 and "already_remediated" not in set(second.outcomes["reason"])
    real = _sim(store, SimulatedMailboxes(w.tenant))
    assert real.counts["succeeded"] == 2


def test_whatif_runs_never_block_or_get_restored(tmp_path):
    from marlib.whatif import simulate
    store, w = _setup(tmp_path, action="move-junk")
    sim = simulate(store, {"policies": {"all": {"mar": True, "action": "move-junk"}}}, sha256=H)
    assert sim.counts["succeeded"] == 2
    assert store.query_one("SELECT count(*) FROM whatif_runs")[0] == 1
    real = remediate(store, SimulatedMailboxes(w.tenant), sha256=[H])
    assert real.mode == "simulated" and real.counts["succeeded"] == 2, real.outcomes[["reason", "detail"]]
    w.verdict(H, "CLEAN")
    w.save(store)
    back = restore(store, SimulatedMailboxes(w.tenant), H)
    assert len(back.outcomes) == 2 and set(back.outcomes["restores_action"]) <= set(real.outcomes["action_id"])


class Flaky:
    """The simulated tenant, failing every call for the mailboxes in ``down`` (a connectivity outage)."""

    def __init__(self, inner, down: set[str]) -> None:
        self.inner, self.down, self.kind = inner, down, inner.kind

    def __getattr__(self, name):
        fn = getattr(self.inner, name)

        def call(*args, **kw):
            if args and str(args[0]).lower() in self.down:
                raise ConnectivityError("connection reset (test outage)")
            return fn(*args, **kw)
        return call


def test_pending_retries_connectivity_failures_only(tmp_path):
    store, w = _setup(tmp_path)
    sim = SimulatedMailboxes(w.tenant)
    first = _sim(store, Flaky(sim, {"bob@corp.example"}))
    by = dict(zip(first.outcomes["mailbox"], first.outcomes["reason"], strict=True))
    assert by == {"alice@corp.example": "ok", "bob@corp.example": "connectivity"}
    retry = _sim(store, sim)
    assert retry.changes == 1
    by = dict(zip(retry.outcomes["mailbox"],
                  zip(retry.outcomes["status"], retry.outcomes["reason"], strict=True), strict=True))
    assert by == {"alice@corp.example": ("skipped", "already_remediated"),
                  "bob@corp.example": ("succeeded", "ok")}
    assert _sim(store, sim).changes == 0


def test_non_retryable_failures_are_not_pending(tmp_path):
    store, w = _setup(tmp_path, users=("alice@corp.example",))   # bob: not an Office 365 user
    first = _sim(store, SimulatedMailboxes(w.tenant))
    assert set(first.outcomes["status"]) == {"succeeded", "failed"}
    assert _sim(store, SimulatedMailboxes(w.tenant)).changes == 0


def test_pending_change_superseded_by_clean_is_not_acted_on(tmp_path):
    store, w = _setup(tmp_path)
    w.verdict(H, "CLEAN")
    w.save(store)
    result = _sim(store, SimulatedMailboxes(w.tenant))
    assert result.changes == 0 and len(result.outcomes) == 0
    assert [s["sha256"] for s in result.superseded] == [H]


# -- the command line on the simulated tenant (the embedded demo's) ----------------------------
@pytest.fixture
def cli_store(tmp_path, monkeypatch):
    store, w = _setup(tmp_path)
    w.message(["alice@corp.example"], files={"b.exe": H2}, message_id="<two@x>")
    w.verdict(H2, "MALICIOUS")
    w.verdict(H2, "CLEAN")          # malicious, then clean again before anyone acted
    w.save(store)
    use_simulated_tenant(w, tmp_path, monkeypatch)
    return store




def _last_json(out: str):
    import json
    return json.loads(out.strip().splitlines()[-1])


def test_cli_pending_on_the_simulated_tenant(capsys, cli_store):
    for _ in range(2):
        code, out, _ = run_cli(capsys, cli_store, "remediate", "--pending", "--dry-run", "--json")
        assert code == 0 and _last_json(out)["counts"]["planned"] == 2
    code, out, _ = run_cli(capsys, cli_store, "simulate", "--sha256", H, "--json")
    assert code == 0 and _last_json(out)["counts"]["succeeded"] == 2
    code, out, _ = run_cli(capsys, cli_store, "remediate", "--pending")
    assert code == 0 and "2 succeeded" in out and "1 verdict change" in out
    assert f"not acted on: the verdict change of {H2}" in out
    code, out, _ = run_cli(capsys, cli_store, "remediate", "--pending", "--json")
    assert code == 0 and _last_json(out)["verdict_changes"] == 0   # handled: nothing pending
    assert [s["sha256"] for s in _last_json(out)["superseded"]] == [H2]


def test_cli_changes_lists_hashes_and_states(capsys, cli_store):
    code, out, _ = run_cli(capsys, cli_store, "changes")
    assert code == 0 and H in out and H2 in out and "superseded" in out and "a.exe" in out
    assert "2 copies" in out and "1 copy" in out
    code, out, _ = run_cli(capsys, cli_store, "changes", "--pending", "--json")
    rows = _last_json(out)
    assert [(r["sha256"], r["state"], r["copies"], r["filenames"]) for r in rows] == [(H, "pending", 2, "a.exe")]
    assert rows[0]["previous_verdict"] == "UNKNOWN" and rows[0]["event_time"]
    run_cli(capsys, cli_store, "remediate", "--pending")
    code, out, _ = run_cli(capsys, cli_store, "changes", "--json")
    assert {r["sha256"]: r["state"] for r in _last_json(out)} == {H: "handled", H2: "superseded"}
    code, out, _ = run_cli(capsys, cli_store, "changes", "--pending")
    assert code == 0 and "no pending verdict change" in out


def test_cli_watch_missing_path_fails_at_start(capsys, cli_store, tmp_path):
    code, out, err = run_cli(capsys, cli_store, "watch", str(tmp_path / "nope"), "--interval", "0.1")
    assert code == 2 and "nope" in err and "watching" not in out
    assert cli_store.query_one("SELECT count(*) FROM remediation_runs")[0] == 0


def test_watch_steps_with_nothing_new_add_no_run(tmp_path):
    from marlib.remediation.watch import watch
    store, w = _setup(tmp_path)
    logs = tmp_path / "esa"   # not <data dir>/logs, where marlib writes its own logs
    logs.mkdir()
    (logs / "mail.current").write_text("")
    sim = SimulatedMailboxes(w.tenant)
    seen = []
    assert watch(store, [logs], sim, interval_s=0, on_step=seen.append, max_steps=3) == 3
    assert [len(s.runs) for s in seen] == [1, 0, 0]
    assert store.query_one("SELECT count(*) FROM remediation_runs")[0] == 1
    assert store.query_one("SELECT count(*) FROM ingest_runs")[0] == 1


def test_watch_reads_a_last_line_without_newline_once_the_file_settles(tmp_path, monkeypatch):
    """The line is put off while the file is being written; the file never changes again, yet watch reads
    it once it has settled (a verdict written without a newline is not left unread)."""
    from marlib.ingest import api
    from marlib.remediation.watch import watch
    from tests.ingest_helpers import file_line, header
    # the file settles once the first step is over, whenever that is (it settled 1.5 s after it was written, and
    # a first step slower than that on a loaded machine read the line at once)
    monkeypatch.setattr(api, "SETTLED_S", 3600)
    store, w = _setup(tmp_path)
    logs = tmp_path / "esa"
    logs.mkdir()
    t0 = 1_763_000_000
    (logs / "mail.current").write_text("\n".join(header(t0) + [file_line(t0, "Start MID 900 ICID 9")]))
    seen = []

    def settles_after_the_first(step) -> None:
        seen.append(step)
        monkeypatch.setattr(api, "SETTLED_S", 0)
    watch(store, [logs], SimulatedMailboxes(w.tenant), interval_s=0.4, on_step=settles_after_the_first, max_steps=8)
    assert store.query_one("SELECT count(*) FROM messages WHERE mid = 900")[0] == 1
    assert seen[0].ingest.lines == 3   # the header; the last line waited


def test_watching_a_file_reads_the_lines_written_just_before_its_rotation(tmp_path):
    """watch FILE: the appliance appends, renames the file and starts a new one between two steps; the
    lines appended last are read from the renamed file (an older rotated file is left alone)."""
    from marlib.remediation.watch import watch
    from tests.ingest_helpers import file_line, header, write_lines
    store, w = _setup(tmp_path)
    logs = tmp_path / "esa"
    logs.mkdir()
    t0 = 1_763_000_000
    old = write_lines(logs / "mail.@20250101T000000.s", header(t0) + [file_line(t0, "Start MID 800 ICID 8")])
    os.utime(old, (t0, t0))
    current = write_lines(logs / "mail.current", header(t0) + [file_line(t0, "Start MID 901 ICID 9")])

    def rotate(step):
        if step is seen[0]:
            write_lines(current, [file_line(t0 + 1, "Start MID 902 ICID 9")], mode="a")
            current.rename(logs / "mail.@20261128T000000.s")
            write_lines(current, header(t0 + 2) + [file_line(t0 + 2, "Start MID 903 ICID 9")])
    seen: list = []
    watch(store, [current], SimulatedMailboxes(w.tenant), interval_s=0,
          on_step=lambda step: (seen.append(step), rotate(step)), max_steps=3)
    mids = [m for (m,) in store.query_df("SELECT mid FROM messages WHERE mid >= 800 ORDER BY mid").itertuples(
        index=False)]
    assert mids == [901, 902, 903]


def test_a_watched_files_rotated_names(tmp_path):
    """ESA's .current -> .@<time>.s(.gz), syslog's name.1(.gz) and name-YYYYMMDD(.gz); nothing else."""
    from marlib.remediation.watch import rotated_since
    for name in ("mail.current", "mail.@20261128T000000.s", "mail.@20261128T000000.s.gz",
                 "mail.@20261128T000000.s.bak", "mail.current.bak", "mail.log", "mail.log.1", "mail.log.2.gz",
                 "mail.1", "maillog", "maillog-20261128", "maillog-20261128.gz", "maillog.1", "maillog.old"):
        (tmp_path / name).write_text("x")
    got = {w: [p.name for p in rotated_since([tmp_path / w], 0)] for w in ("mail.current", "mail.log", "maillog")}
    assert got == {"mail.current": ["mail.@20261128T000000.s", "mail.@20261128T000000.s.gz"],
                   "mail.log": ["mail.log.1", "mail.log.2.gz"],
                   "maillog": ["maillog-20261128", "maillog-20261128.gz", "maillog.1"]}
    os.utime(tmp_path / "maillog.1", (1, 1))   # rotated before watch started: left alone
    assert [p.name for p in rotated_since([tmp_path / "maillog"], 1_000_000)] == [
        "maillog-20261128", "maillog-20261128.gz"]


def test_watch_retries_failed_copies_once_their_failure_is_old_enough(tmp_path):
    from marlib.remediation.watch import watch_step
    store, w = _setup(tmp_path)
    sim = SimulatedMailboxes(w.tenant)
    watch_step(store, [], Flaky(sim, {"bob@corp.example"}), ingest=False)
    assert len(watch_step(store, [], sim, ingest=False, retry_delay_s=3600).runs) == 0
    step = watch_step(store, [], sim, ingest=False, retry_delay_s=0)
    assert [r.counts["succeeded"] for r in step.runs] == [1]


def test_retry_of_a_group_retries_only_members_that_may_succeed(tmp_path):
    store = Store(tmp_path / "m.duckdb")
    w = World()
    w.users("bob@corp.example", "carol@corp.example")
    w.tenant.add_group("team@corp.example", ["bob@corp.example", "carol@corp.example"])
    w.message(["team@corp.example"], files={"a.exe": H}, message_id="<team@x>", deliver=False)
    w.tenant.add_message("bob@corp.example", "<team@x>")        # carol's copy is gone already
    w.verdict(H, "MALICIOUS")
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="delete")
    sim = SimulatedMailboxes(w.tenant)
    first = _sim(store, Flaky(sim, {"bob@corp.example"}))
    assert dict(zip(first.outcomes["mailbox"], first.outcomes["reason"], strict=True)) == {
        "bob@corp.example": "connectivity", "carol@corp.example": "message_not_found"}
    retry = _sim(store, sim)
    assert dict(zip(retry.outcomes["mailbox"], retry.outcomes["reason"], strict=True)) == {
        "bob@corp.example": "ok"}


def test_watch_logs_ingest_warnings(tmp_path, caplog):
    """A MID two appliances used, found by watch's ingest, is logged as `ingest` would print it."""
    import logging

    from marlib.remediation.watch import watch_step
    from tests.ingest_helpers import two_appliance_logs
    store = Store(tmp_path / "m.duckdb")
    logs = tmp_path / "esa"
    two_appliance_logs(logs)
    with caplog.at_level(logging.WARNING):
        watch_step(store, [logs], SimulatedMailboxes(World().tenant))
    assert "1 MID(s) were used by two different messages" in caplog.text


def test_a_run_stopped_before_its_end_shows_as_interrupted_and_is_resumed_by_the_next_run(tmp_path):
    """settings disable (or a stop request) stops a run in watch or the app, whose process lives on: the run
    must not show as running for good, nor be skipped by other processes as "still being executed"."""
    from marlib.remediation.run import runs
    import threading
    store, w = _setup(tmp_path)
    sim = SimulatedMailboxes(w.tenant)
    stop = threading.Event()   # asked for as the run starts executing (progress says so first)
    stopped = remediate(store, sim, pending=True, journal=DuckJournal(store, "simulated"),
                        progress=lambda *_: stop.set(), should_stop=stop.is_set)
    listed = runs(store)
    row = listed[listed["run_id"] == stopped.run_id].iloc[0]
    assert row["state"] == "interrupted" and row["progress"]["planned"] == 2
    again = _sim(store, sim)
    assert [r.counts["succeeded"] for r in again.resumed] == [2]
