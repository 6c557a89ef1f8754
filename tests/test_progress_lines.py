"""Progress off a terminal (cron, CI, `watch` under systemd): plain lines on stderr at most every N seconds,
instead of nothing until the end. The clock is injected: the tests count lines, never wait."""
from __future__ import annotations

import io

from remediation_fixtures import World, run_cli, sha, use_simulated_tenant

from marlib.cli.common import ProgressLines
from marlib.store import Store


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_line_at_most_every_interval_and_one_at_the_end_of_a_run_that_printed():
    clock, out = Clock(), io.StringIO()
    lines = ProgressLines("remediate", "copies", every_s=10, clock=clock, stream=out)
    for t, done in [(0, 0), (3, 10), (9, 20), (11, 30), (15, 40), (21, 50), (22, 60), (25, 100)]:
        clock.now = t
        lines(done, 100, f"{done // 10} failed; user@corp.example")
    assert out.getvalue().splitlines() == [
        "remediate: 30 of 100 copies done (30%); 3 failed; user@corp.example",
        "remediate: 50 of 100 copies done (50%); 5 failed; user@corp.example",
        "remediate: 100 of 100 copies done (100%); 10 failed; user@corp.example"]


def test_a_short_run_prints_nothing_and_each_run_of_a_watch_starts_its_own_clock():
    clock, out = Clock(), io.StringIO()
    lines = ProgressLines("remediate", "copies", every_s=10, clock=clock, stream=out)
    clock.now = 100                      # a watch idle for a while, then a run of 2 copies in 1 s
    lines(0, 2, "remediating")
    clock.now = 101
    lines(2, 2, "0 failed; a@corp.example")
    clock.now = 200                      # the next step's run: 12 s long
    lines(0, 5, "remediating")
    clock.now = 212
    lines(3, 5, "1 failed; b@corp.example")
    clock.now = 213
    lines(5, 5, "1 failed; c@corp.example")
    assert out.getvalue().splitlines() == ["remediate: 3 of 5 copies done (60%); 1 failed; b@corp.example",
                                           "remediate: 5 of 5 copies done (100%); 1 failed; c@corp.example"]


def _remediate_off_a_terminal(tmp_path, monkeypatch, capsys, users: list[str], recipients: list[str]):
    """`remediate --pending` (one worker, simulated tenant) of one malicious mail to ``recipients``, with a
    progress line at every step (MARLIB_PROGRESS_EVERY_S=0; capsys' stderr is no terminal, as under cron):
    (stdout, the progress lines)."""
    h = sha("progress-" + ",".join(recipients))
    store = Store(tmp_path / "m.duckdb")
    w = World()
    w.users(*users)
    w.message(recipients, files={"a.exe": h}, message_id="<progress@x>")
    w.verdict(h, "MALICIOUS")
    w.save(store)
    use_simulated_tenant(w, tmp_path, monkeypatch)
    monkeypatch.setenv("MARLIB_PROGRESS_EVERY_S", "0")
    assert run_cli(capsys, store, "policy", "set", "INBOUND", "--mar", "on", "--action", "delete")[0] == 0
    code, out, err = run_cli(capsys, store, "remediate", "--pending", "--workers", "1")
    assert code == 0, err
    return out, [line for line in err.splitlines() if line.startswith("remediate: ")]


def test_cli_remediate_off_a_terminal_prints_progress_lines_on_stderr(tmp_path, monkeypatch, capsys):
    boxes = [f"user{i}@corp.example" for i in range(4)]
    out, progress = _remediate_off_a_terminal(tmp_path, monkeypatch, capsys, boxes, boxes)
    assert progress[-2].startswith("remediate: 4 of 4 copies done (100%); 0 failed; "), progress
    # then the simulated tenant is saved (seconds on a large one), said where the count ended
    assert progress[-1] == "remediate: 4 of 4 copies done (100%); saving the whole simulated tenant", progress
    assert "4 succeeded" in out and "remediate: " not in out


def test_progress_counts_the_copies_that_failed_before_they_reached_the_mailboxes(tmp_path, monkeypatch, capsys):
    """A recipient that is no user of the tenant fails when the run is planned: the progress line said
    '0 failed' while the run's end line said 1."""
    boxes = [f"user{i}@corp.example" for i in range(3)]
    out, progress = _remediate_off_a_terminal(tmp_path, monkeypatch, capsys, boxes, [*boxes, "ghost@corp.example"])
    assert "3 succeeded, 1 failed" in out, out
    assert progress[-2].startswith("remediate: 4 of 4 copies done (100%); 1 failed; "), progress
