"""The app's remediation job as its progress shows it (marlib.workbench, without the browser)."""
from __future__ import annotations

import time

import pytest

from marlib.errors import InputError
from marlib.store import Store
from marlib.workbench import Workbench


class _NoTenant:
    """Stands for the automatic mode's StepBackend: no settings, no tenant (the tests replace watch itself)."""
    def __init__(self, *args, **kw) -> None:
        pass

    def open(self) -> None:
        pass

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        pass


def test_a_simulated_run_says_it_is_saving_the_tenant_after_its_last_copy(tmp_path, monkeypatch):
    """After the last copy a run on the simulated tenant writes the tenant's state, minutes on a large tenant
    (a 370 MB state on a busy machine): the job said the last mailbox under a full bar all that time, as if it
    hung; it now says it is saving, while it saves (the message once came only after the save)."""
    from marlib.remediation import backend

    store, tenant_file, h = _simulated_world(tmp_path, "saving")
    wb = Workbench(store)
    wb.set_tenant("simulated", tenant_file)
    seen: list[tuple] = []
    write = backend._write_state

    def watched_write(*args, **kwargs):
        seen.extend((j.message, j.done, j.total) for j in wb.jobs("remediate"))
        return write(*args, **kwargs)
    monkeypatch.setattr(backend, "_write_state", watched_write)
    job = wb.start_remediation([h])
    deadline = time.monotonic() + 60
    while wb.running() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert job.state == "done" and job.result["counts"]["succeeded"] == 2, (job.error, job.result)
    assert len(seen) == 1 and seen[0][0] == "saving the whole simulated tenant", seen
    assert seen[0][1] == seen[0][2] == 2, seen   # the copies' count stays as it was: all done


def test_a_job_says_it_has_ended_only_once_the_workbench_shows_what_it_changed(tmp_path, monkeypatch):
    """The job said "done" before it made the workbench forget the data version: a page redrawn as it saw the
    job end (or a caller waiting for it) read the version cached before the job's writes, so an ingest's page
    showed the old counts until the next click (10 of 200 jobs, a thread polling wb.running())."""
    store = Store(tmp_path / "m.duckdb")
    wb = Workbench(store, version_ttl_s=3600)
    before = wb.version()
    states: list[list[str]] = []
    forget = wb.invalidate
    monkeypatch.setattr(wb, "invalidate", lambda: (states.append([j.state for j in wb.jobs()]), forget()))

    def writes(progress) -> None:
        with store.connect() as con:
            con.execute("INSERT INTO ingest_runs (run_id, started_at, finished_at, summary) "
                        "VALUES ('r1', now(), now(), '{}')")
    job = wb.start_job("ingest", "/logs", writes)
    deadline = time.monotonic() + 60
    while wb.running() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert job.state == "done" and job.finished_at is not None, job.error
    assert states == [["running"]]   # forgotten while the job still said it was running
    assert wb.version() != before


def test_automatic_mode_counts_a_step_only_once_what_it_did_shows(tmp_path, monkeypatch):
    """Automatic mode counted a step before it took down the step's time, error and notice (and before the data
    version was forgotten): a page, or a caller waiting for the count to go up, could read the step before's.
    Here the step's fields are looked at by the workbench while another thread could read watch_state()."""
    import threading
    from types import SimpleNamespace

    import marlib.remediation.watch as watch_module

    store = Store(tmp_path / "m.duckdb")
    logs = tmp_path / "esa"
    logs.mkdir()
    wb = Workbench(store)
    seen: list[dict] = []
    started = threading.Event()

    class Step(SimpleNamespace):
        @property
        def notice(self):   # read by the workbench as it takes the step down: what a reader sees meanwhile
            seen.append(wb.watch_state())
            return "a notice"

    def one_step_watch(store_, targets, *, stop, on_step, **kw) -> int:
        assert started.wait(60)
        on_step(Step(runs=[], error="the step's error", outage=None, waiting=None))
        stop.wait(60)
        return 1

    monkeypatch.setattr(watch_module, "watch", one_step_watch)
    monkeypatch.setattr(watch_module, "StepBackend", _NoTenant)
    job = wb.start_watch([logs], interval_s=0.05)
    started.set()
    deadline = time.monotonic() + 60
    while wb.watch_state()["steps"] < 1 and time.monotonic() < deadline:
        time.sleep(0.02)
    state = wb.watch_state()
    wb.stop_watch()
    while job.state == "running" and time.monotonic() < deadline:
        time.sleep(0.02)
    assert job.state == "done", job.error
    assert [s["steps"] for s in seen] == [0]   # not counted while it is being taken down
    assert state["steps"] == 1 and state["last_error"] == "the step's error" and state["notice"] == "a notice"
    assert state["last_step_at"] is not None


def test_automatic_mode_is_on_for_every_thread_from_its_first_moment(tmp_path, monkeypatch):
    """The watch job's thread ran before the workbench had registered it: meanwhile watch_state() said "off" and
    stop_watch() did nothing (a stop from the exit's end_jobs or another session was lost, and another session
    could start a second automatic mode). Here the job's thread asks as soon as it runs, while the workbench is
    held up just after starting it."""
    import threading

    import marlib.remediation.watch as watch_module

    store = Store(tmp_path / "m.duckdb")
    logs = tmp_path / "esa"
    logs.mkdir()
    wb = Workbench(store)
    asked: list[str] = []
    seen = threading.Event()

    def watch_asking(store_, targets, *, stop, **kw) -> int:
        asked.append(wb.watch_state()["state"])
        seen.set()
        stop.wait(60)
        return 0

    start_job = wb.start_job

    def held_up(*args, **kw):
        job = start_job(*args, **kw)
        seen.wait(1)   # the job's thread asks meanwhile (registered first, it waits for the registration)
        return job

    monkeypatch.setattr(watch_module, "watch", watch_asking)
    monkeypatch.setattr(watch_module, "StepBackend", _NoTenant)
    monkeypatch.setattr(wb, "start_job", held_up)
    job = wb.start_watch([logs], interval_s=0.05)
    with pytest.raises(InputError, match="already on"):
        wb.start_watch([logs], interval_s=0.05)
    assert seen.wait(60)
    wb.stop_watch()
    deadline = time.monotonic() + 60
    while job.state == "running" and time.monotonic() < deadline:
        time.sleep(0.02)
    assert job.state == "done", job.error
    assert asked == ["on"]


def _one_file_world(tmp_path, name: str):
    """A store with one malicious file (named after ``name``) in two mailboxes and MAR on (delete):
    (store, world, sha256)."""
    from remediation_fixtures import World, sha

    from marlib.remediation.policies import set_policy

    h = sha(name)
    store = Store(tmp_path / "m.duckdb")
    boxes = ["ann@corp.example", "bob@corp.example"]
    w = World()
    w.users(*boxes)
    w.message(boxes, files={"a.exe": h})
    w.verdict(h, "MALICIOUS")
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="delete")
    return store, w, h


def _simulated_world(tmp_path, name: str):
    """:func:`_one_file_world` with its tenant written to a file (not chosen yet): (store, tenant file, sha256)."""
    store, w, h = _one_file_world(tmp_path, name)
    tenant_file = tmp_path / "tenant.json"
    w.tenant.dump(tenant_file)
    return store, tenant_file, h


@pytest.mark.parametrize("kind", ["remediate", "watch"])
def test_a_run_loads_the_simulated_tenant_in_its_job_and_shows_it(tmp_path, kind):
    """start_remediation (and start_watch, the automatic mode) loaded the simulated tenant in the page's run before
    the job existed (half a minute on a large tenant, the page showing nothing), holding the workbench's lock,
    which every page's redraw takes. The job now loads it, saying so, while the job list stays readable. The
    tenant file is a pipe here: its load waits until the test writes the tenant into it."""
    import json
    import os
    import threading

    store, tenant_file, h = _simulated_world(tmp_path, "loading")
    wb = Workbench(store)
    wb.set_tenant("simulated", tenant_file)
    content = tenant_file.read_bytes()
    tenant_file.unlink()
    os.mkfifo(tenant_file)
    logs = tmp_path / "esa"
    logs.mkdir()
    start = (lambda: wb.start_remediation([h])) if kind == "remediate" else (lambda: wb.start_watch([logs]))
    started: list = []
    starter = threading.Thread(target=lambda: started.append(start()), daemon=True)
    starter.start()
    starter.join(30)   # only a guard: the old code waited here for the pipe forever
    try:
        assert started, f"start of {kind} waited for the tenant's load"
        job = started[0]
        deadline = time.monotonic() + 30
        while "loading the simulated tenant" not in job.message and time.monotonic() < deadline:
            time.sleep(0.01)
        assert job.state == "running" and job.message.startswith("loading the simulated tenant…"), job.message
        # the page's polling meanwhile: the job list and the running jobs, under the workbench's lock
        assert wb.running(kind) == [job] and wb.jobs(kind) == [job]
    finally:
        try:   # the load goes on (and the old code's start_remediation); no reader (the job failed): nothing to do
            pipe = os.open(tenant_file, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:
            pipe = None
        if pipe is not None:
            os.write(pipe, content)   # a few KB: the pipe's buffer holds them
            os.close(pipe)
        starter.join(30)
    deadline = time.monotonic() + 60
    if kind == "watch":   # its first step remediates the pending change
        while wb.watch_state().get("steps", 0) < 1 and job.state == "running" and time.monotonic() < deadline:
            time.sleep(0.05)
        wb.stop_watch()
    while wb.running() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert job.state == "done", job.error
    if kind == "remediate":
        assert job.result["counts"]["succeeded"] == 2, job.result
    else:
        assert job.result["steps"] >= 1 and store.query_one(
            "SELECT count(*) FROM remediation_actions WHERE status = 'succeeded'")[0] == 2
    assert json.loads(content)["tenant_id"] == wb.tenant_model().tenant_id


def test_a_run_on_a_simulated_tenant_that_is_not_there_fails_on_the_page(tmp_path):
    """The check that a simulated tenant can be loaded stays on the page (the load itself is the job's)."""
    store = Store(tmp_path / "m.duckdb")
    wb = Workbench(store)
    wb.set_tenant("simulated")
    with pytest.raises(InputError, match="No simulated tenant is configured"):
        wb.start_remediation(pending=True)
    assert wb.jobs() == []


@pytest.fixture
def unfrozen():
    """The garbage collector as it was: gc.freeze is the process's."""
    import gc
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_the_loaded_simulated_tenant_is_left_out_of_full_collections_until_let_go(tmp_path, unfrozen):
    """A large simulated tenant is millions of long-lived objects: every full collection walked them (about a
    second each, holding the GIL), and Streamlit collects after every script run, the progress fragment's each
    second, so an app's run crawled. Once loaded the tenant is frozen (gc.freeze); choosing the tenant again
    lets it go."""
    import gc

    store, tenant_file, _ = _simulated_world(tmp_path, "frozen")
    wb = Workbench(store)
    wb.set_tenant("simulated", tenant_file)
    assert gc.get_freeze_count() == 0
    model = wb.tenant_model()
    assert gc.get_freeze_count() >= len(model.messages()) > 0
    wb.set_tenant("simulated", tenant_file)
    assert gc.get_freeze_count() == 0


def test_garbage_of_before_the_tenant_loaded_is_not_frozen_with_it(tmp_path, unfrozen):
    """Freezing keeps every object alive at that moment from full collections, garbage in a cycle included: it is
    collected before the load, not kept for as long as the tenant."""
    import gc
    import weakref

    class Node:
        pass

    store, tenant_file, _ = _simulated_world(tmp_path, "garbage")
    wb = Workbench(store)
    wb.set_tenant("simulated", tenant_file)
    gc.disable()   # the cycle stays garbage not collected until the load
    try:
        a, b = Node(), Node()
        a.other, b.other = b, a
        gone = weakref.ref(a)
        del a, b
        wb.tenant_model()
        gc.collect()
        assert gone() is None
    finally:
        gc.enable()


def test_simulate_shows_the_load_of_the_simulated_tenant_in_its_progress(tmp_path):
    """The Remediation page's Simulate on a simulated tenant not loaded yet: the load (half a minute on a large
    tenant) showed nothing under the page's progress bar; it is now named there before the preview's own steps."""
    store, tenant_file, h = _simulated_world(tmp_path, "simulate-load")
    wb = Workbench(store)
    wb.set_tenant("simulated", tenant_file)
    seen: list[str] = []
    result = wb.simulate([h], progress=lambda done, total, message: seen.append(message))
    assert result is not None
    loading = [m for m in seen if m.startswith("loading the simulated tenant…")]
    assert loading and seen.index(loading[-1]) < len(seen) - 1, seen   # then the preview's steps
