"""`marlib watch` stopped and started again later (a reboot, a restart after days): what the appliance wrote
meanwhile is read, and nothing twice."""
from __future__ import annotations

import os
from pathlib import Path

from marlib.remediation.watch import watch
from marlib.store import Store
from marlib.tenant.model import TenantModel
from marlib.tenant.simulated import SimulatedMailboxes
from tests.ingest_helpers import file_line, header, write_lines

T0 = 1_763_000_000


def _mids(store: Store) -> list[int]:
    return [m for (m,) in store.query_df("SELECT mid FROM messages ORDER BY mid").itertuples(index=False)]


def test_a_file_rotated_while_no_watch_ran_is_read_to_its_end_at_the_next_start(tmp_path):
    """watch FILE, stopped; the appliance appends to mail.current, rotates it and starts a new one; days later watch
    starts again: the lines appended before the rotation are read from the rotated file (older than this watch, so
    not one "written to since watch started"), and a rotated file this database never read stays unread."""
    store = Store(tmp_path / "m.duckdb")
    tenant = SimulatedMailboxes(TenantModel("00000000-0000-0000-0000-000000000001"))
    logs = tmp_path / "esa"
    logs.mkdir()
    history = write_lines(logs / "mail.@20250101T000000.s", header(T0 - 86400) + [
        file_line(T0 - 86400, "Start MID 700 ICID 7")])   # from before marlib: never read
    os.utime(history, (T0, T0))
    current = write_lines(logs / "mail.current", header(T0) + [file_line(T0, "Start MID 801 ICID 8")])
    assert watch(store, [current], tenant, interval_s=0, max_steps=1) == 1
    assert _mids(store) == [801]
    # watch is down: the appliance appends, rotates (two days ago), starts a new file
    write_lines(current, [file_line(T0 + 1, "Start MID 802 ICID 8")], mode="a")
    rotated = current.rename(logs / "mail.@20261128T000000.s")
    write_lines(current, header(T0 + 2) + [file_line(T0 + 2, "Start MID 803 ICID 9")])
    days_ago = os.path.getmtime(current) - 2 * 86400
    os.utime(rotated, (days_ago, days_ago))
    assert watch(store, [current], tenant, interval_s=0, max_steps=2) == 2
    assert _mids(store) == [801, 802, 803]


def test_watching_a_relative_path_finds_its_rotated_file_too(tmp_path, monkeypatch):
    store = Store(tmp_path / "m.duckdb")
    tenant = SimulatedMailboxes(TenantModel("00000000-0000-0000-0000-000000000001"))
    (tmp_path / "esa").mkdir()
    monkeypatch.chdir(tmp_path)
    current = write_lines(Path("esa") / "mail.current", header(T0) + [file_line(T0, "Start MID 801 ICID 8")])
    watch(store, [current], tenant, interval_s=0, max_steps=1)
    write_lines(current, [file_line(T0 + 1, "Start MID 802 ICID 8")], mode="a")
    rotated = current.rename(Path("esa") / "mail.@20261128T000000.s")
    write_lines(current, header(T0 + 2) + [file_line(T0 + 2, "Start MID 803 ICID 9")])
    os.utime(rotated, (T0, T0))
    watch(store, [current], tenant, interval_s=0, max_steps=1)
    assert _mids(store) == [801, 802, 803]


def test_a_stop_asked_during_a_steps_ingest_reads_no_further_file_and_starts_no_run(tmp_path):
    """Ctrl-C or SIGTERM while a step reads a backlog of logs (a first start on a year of them): the step used to
    read every file to its end and then start a remediation run before the watch stopped."""
    import threading

    from marlib.remediation.watch import watch_step
    store = Store(tmp_path / "m.duckdb")
    tenant = SimulatedMailboxes(TenantModel("00000000-0000-0000-0000-000000000001"))
    logs = tmp_path / "esa"
    logs.mkdir()
    for n in (1, 2):
        write_lines(logs / f"mail.@2026112{n}T000000.s", header(T0 + n) + [file_line(T0 + n, f"Start MID {n} ICID 1")])
    stop = threading.Event()
    stop.set()
    step = watch_step(store, [logs], tenant, should_stop=stop.is_set, stop=stop)
    assert step.runs == [] and step.error is None
    assert store.query_one("SELECT count(*) FROM messages")[0] == 0
    assert store.query_one("SELECT count(*) FROM remediation_runs")[0] == 0
    step = watch_step(store, [logs], tenant)   # the next start reads them
    assert _mids(store) == [1, 2]
