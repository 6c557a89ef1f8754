"""The workbench: one per process, shared by every browser session of the app.

It holds the store, knows which tenant is active (simulated, emulator or
Microsoft), caches report queries until the data changes, and owns the
background jobs (remediation runs) so a run started in one browser tab keeps
going when the tab closes, and every session sees its progress.

    wb = Workbench(Store("data/marlib.duckdb"))
    wb.report("overview_counts")                 # cached until the data version changes
    job = wb.start_job("remediate", "sha 1f2e...", lambda progress: engine_call(progress), who="ana@corp")
    wb.jobs()                                    # running and finished jobs, newest first

No Streamlit in here: the app keeps one Workbench in ``st.cache_resource``.
"""
from __future__ import annotations

import atexit
import datetime as dt
import itertools
import logging
import threading
import time
import uuid
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marlib import reports
from marlib import settings as mailbox_settings
from marlib.errors import InputError, MarlibError, SettingsError
from marlib.models import TenantKind
from marlib.progress import Progress
from marlib.remediation import backend
# settings rows shared with the command line: tenant_mode (simulated | graph | emulator | microsoft),
# tenant_file (the simulated tenant's JSON file), mailbox_enabled ("1": "Enable Office 365 Mailbox Settings")
from marlib.settings import LIVE_ENABLED_KEY, TENANT_FILE_KEY, TENANT_MODE_KEY  # noqa: F401 (re-exported)
from marlib.store import Store

log = logging.getLogger(__name__)

CACHE_SIZE = 256
EXIT_WAIT_S = 5.0   # as the process ends: how long running jobs get to stop in all
EXIT_GRACE_S = 2.0  # ... of which asked to stop (a remediation stops before a copy's next step) before their
#                     queries are interrupted (an ingest's file then rolls back; a copy's journal write fails and
#                     the next run resumes the copy)


@dataclass
class Job:
    """A background job (a remediation run, an ingest...) and its live progress."""
    id: int
    kind: str
    label: str
    started_by: str | None
    started_at: dt.datetime
    state: str = "running"            # running | done | failed
    done: int = 0
    total: int | None = None
    message: str = ""
    result: Any = None
    error: dict[str, Any] | None = None
    finished_at: dt.datetime | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def fraction(self) -> float:
        if self.state != "running":
            return 1.0
        return min(1.0, self.done / self.total) if self.total else 0.0

    def progress(self, done: int, total: int | None, message: str) -> None:
        """The Progress callback handed to the library."""
        with self._lock:
            self.done, self.total, self.message = done, total, message or self.message


def _graph_kind(store: Store) -> TenantKind:
    from marlib.tenant.graph import is_microsoft_authority
    try:
        authority = mailbox_settings.load_settings(store).authority
    except SettingsError:
        return TenantKind.MICROSOFT
    return TenantKind.MICROSOFT if is_microsoft_authority(authority) else TenantKind.EMULATOR


def _loading(progress: Progress) -> Progress:
    """``progress`` for the load of the simulated tenant, each step named as part of it."""
    def loading(done: int, total: int | None, message: str) -> None:
        progress(done, total, f"loading the simulated tenant… {message}".rstrip())
    return loading


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Workbench:
    """Store + active tenant + cached reports + background jobs, for one process."""

    def __init__(self, store: Store, *, version_ttl_s: float = 1.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.store = store
        self.version_ttl_s = version_ttl_s
        self._clock = clock
        self._lock = threading.RLock()
        self._cache: OrderedDict[tuple, tuple[tuple, Any]] = OrderedDict()
        self._version: tuple | None = None
        self._version_at = -1e9
        self._jobs: dict[int, Job] = {}
        self._job_ids = itertools.count(1)
        self._tenant: Any = None   # the simulated tenant: marlib.remediation.backend.SimulatedSession
        self._tenant_choice = 0    # counts set_tenant calls: a load that began before one is not kept
        self._tenant_loading = threading.Lock()   # one load of the simulated tenant at a time
        self._watch: tuple[Job, threading.Event, dict[str, Any]] | None = None
        self._threads: dict[int, threading.Thread] = {}   # the running jobs' threads
        self._ending = threading.Event()   # the process is ending: jobs are being stopped
        _WORKBENCHES.add(self)

    def __repr__(self) -> str:
        return f"Workbench({self.store!r})"

    # -- data version and cache ---------------------------------------------
    def version(self) -> tuple:
        """The data version, re-read at most every ``version_ttl_s`` seconds."""
        with self._lock:
            now = self._clock()
            if self._version is None or now - self._version_at >= self.version_ttl_s:
                self._version = reports.data_version(self.store)
                self._version_at = now
            return self._version

    def invalidate(self) -> None:
        """Forget the data version so the next read sees a change made in this process."""
        with self._lock:
            self._version = None

    def cached(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """``fn(self.store, *args, **kwargs)``, cached until the data version changes."""
        key = (fn.__module__, fn.__qualname__, args, tuple(sorted(kwargs.items())))
        version = self.version()
        with self._lock:
            hit = self._cache.get(key)
            if hit is not None and hit[0] == version:
                self._cache.move_to_end(key)
                return hit[1]
        value = fn(self.store, *args, **kwargs)
        with self._lock:
            self._cache[key] = (version, value)
            self._cache.move_to_end(key)
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return value

    def report(self, name: str, *args: Any, **kwargs: Any) -> Any:
        """A cached call of ``marlib.reports.<name>(store, ...)``."""
        return self.cached(reports.report_function(name), *args, **kwargs)

    # -- tenant ------------------------------------------------------------
    @property
    def tenant_kind(self) -> TenantKind:
        """The active tenant: simulated, emulator or microsoft, as the command line and the reports see it
        (:func:`marlib.remediation.backend.stored_tenant_mode`: MARLIB_TENANT_MODE, else the stored choice,
        else graph). ``graph`` (what the command line's ``settings tenant graph`` / ``settings set`` write)
        is the emulator or Microsoft as the mailbox settings' authority says (Microsoft when none are
        saved)."""
        raw = backend.stored_tenant_mode(self.store)
        if raw == "graph":
            return _graph_kind(self.store)
        try:
            return TenantKind(raw)
        except ValueError:   # e.g. MARLIB_TENANT_MODE=live: the command line's error, not a guess
            backend.normalize_mode(raw)   # raises SettingsError naming the value and the way out
            raise

    @property
    def tenant_file(self) -> Path | None:
        raw = self.store.get_setting(TENANT_FILE_KEY)
        return Path(raw) if raw else None

    def set_tenant(self, kind: TenantKind | str, tenant_file: str | Path | None = None) -> None:
        """Choose the active tenant; ``tenant_file`` is the simulated tenant's JSON file."""
        try:
            kind = TenantKind(kind)
        except ValueError:
            raise InputError(f"Unknown tenant {kind!r}", advice="use simulated, emulator or microsoft") from None
        backend.set_tenant_mode(self.store, kind.value, tenant_file=tenant_file)
        with self._lock:
            dropped, self._tenant = self._tenant, None
            self._tenant_choice += 1
        if dropped is not None:   # its objects were left out of the garbage collector's full collections
            backend.release_from_gc()
        self.invalidate()

    @property
    def live_enabled(self) -> bool:
        """The seed's "Enable Office 365 Mailbox Settings": live remediation is allowed
        (``marlib.settings.live_enabled``, which the command line honours too)."""
        return mailbox_settings.live_enabled(self.store)

    def set_live_enabled(self, enabled: bool) -> None:
        mailbox_settings.set_live_enabled(self.store, enabled)
        self.invalidate()

    def tenant_model(self) -> Any:
        """The simulated tenant, shared with the command line: its state lives in
        ``<data_dir>/<db name>.simulated_tenant.json`` (marlib.remediation.backend), loaded once per
        process, taken up again when a CLI run saved it since, and saved after each run, so a copy deleted
        here stays deleted for the CLI."""
        return self.simulated_session()[1]

    def simulated_session(self, progress: Progress | None = None) -> tuple[Any, Any]:
        """(session, tenant) of the simulated tenant, from one look at the workbench's state; loaded on first
        use (``progress``: how the load goes; a large tenant takes half a minute)."""
        with self._lock:
            session = self._tenant
        if session is None:
            return self._load_simulated(progress)
        # the state a CLI run saved since, and (built from the data) mail ingested or judged malicious since,
        # as for the CLI; outside the workbench's lock, which every page takes
        return session, session.refresh()

    def _load_simulated(self, progress: Progress | None) -> tuple[Any, Any]:
        """Load the simulated tenant, outside the workbench's lock: every page takes it (the job list, the
        cached reports), and the progress of a run loading the tenant is drawn meanwhile."""
        with self._tenant_loading:   # a second caller waits for the first one's load, then takes it
            with self._lock:
                session, choice = self._tenant, self._tenant_choice
            if session is not None:
                return session, session.refresh()
            self.require_simulated_source()
            session = backend.SimulatedSession(self.store, progress=progress)
            with self._lock:
                if choice == self._tenant_choice:   # not when the tenant was chosen again meanwhile
                    self._tenant = session
            return session, session.model

    def require_simulated_source(self) -> None:
        """InputError unless a simulated tenant is loaded or can be: a tenant file, a saved state, or
        ingested data to build it from."""
        with self._lock:
            if self._tenant is not None:
                return
        if self.tenant_file is None and not self._simulated_source_exists():
            raise InputError("No simulated tenant is configured",
                             advice="load data/sample/tenant.json on the Overview page, ingest "
                                    "mail logs, or run `python -m marlib seed`")

    def _simulated_source_exists(self) -> bool:
        """A saved state, or ingested data to build the simulated tenant from."""
        state = backend.state_path(self.store)
        if state is not None and state.exists():
            return True
        return self.store.exists() and self.store.query_one("SELECT count(*) FROM messages")[0] > 0

    def save_tenant_state(self) -> None:
        """Write the simulated tenant's state where the command line reads it."""
        with self._lock:
            session = self._tenant
        if session is not None:
            session.save()

    def mailboxes(self, progress: Progress | None = None) -> Any:
        """The Mailboxes backend of the active tenant: the simulated tenant in process (``progress``: how its
        first load goes), or Graph (the emulator or Microsoft, as the mailbox settings' authority says)."""
        if self.tenant_kind is TenantKind.SIMULATED:
            from marlib.tenant.simulated import SimulatedMailboxes
            session, model = self.simulated_session(progress)
            # automatic mode: each step takes up CLI runs, gains new mail (built from the data), saves its own
            return SimulatedMailboxes(model, session=session)
        from marlib.tenant.graph import mailboxes_from_settings
        return mailboxes_from_settings(self.store)

    # -- remediation launched from the app ------------------------------------
    def simulate(self, sha256: list[str], *, progress: Progress | None = None) -> Any:
        """The Remediation page's Simulate (``marlib.whatif.SimulationResult``): on the simulated tenant, the run
        Remediate would make, on a copy of that tenant (``whatif.preview``: nothing of it changes); on a Graph
        tenant, which has no copy to make, a what-if tenant built from the logs (``whatif.simulate``)."""
        from marlib import whatif
        if self.tenant_kind is TenantKind.SIMULATED:
            session, _ = self.simulated_session(_loading(progress) if progress else None)
            result = whatif.preview(self.store, sha256, session=session, progress=progress)
        else:
            result = whatif.simulate(self.store, sha256=sha256, progress=progress)
        self.invalidate()
        return result

    def start_remediation(self, sha256: list[str] | None = None, *, pending: bool = False,
                          who: str | None = None) -> Job:
        """Remediate ``sha256`` (or every pending verdict change) against the active tenant, in a
        background job; records who launched it in ``app_launches``.

        Graph tenants (emulator, Microsoft) need the mailbox settings enabled. The simulated tenant, when not
        loaded yet, is loaded in the job, its progress shown as the run's (half a minute for a large one, which
        the page that started it spent showing nothing).
        """
        if self.tenant_kind is TenantKind.SIMULATED:
            self.require_simulated_source()   # now, for the page to show; the tenant itself in the job
            mailboxes, kind = None, TenantKind.SIMULATED.value
        else:
            mailboxes = self.mailboxes()
            kind = getattr(mailboxes, "kind", self.tenant_kind.value)
        if kind != TenantKind.SIMULATED.value and not self.live_enabled:
            raise SettingsError("Office 365 mailbox settings are disabled, so no live remediation runs",
                                advice="enable them on the Mailbox Settings page (and Check Connection)")
        label = ("pending verdict changes" if pending else
                 ", ".join(h[:12] + "…" for h in (sha256 or [])))
        launch_id = uuid.uuid4().hex
        with self.store.connect() as con:
            con.execute("INSERT INTO app_launches(launch_id, label, tenant_kind, launched_by, launched_at) "
                        "VALUES (?, ?, ?, ?, ?)", [launch_id, label, kind, who, _utcnow()])

        def run(progress: Progress) -> dict[str, Any]:
            from marlib.remediation.run import outage_notice, remediate
            nonlocal mailboxes
            outcome = "failed"
            run_id = None
            try:
                if mailboxes is None:
                    mailboxes = self.mailboxes(progress=_loading(progress))
                progress(0, None, "planning the run: verdict changes, recipients…")
                # as the process ends (end_jobs) each copy stops before its next step, journaled for the next run;
                # on the simulated tenant the run's progress ends with its save ("saving the whole simulated
                # tenant" the first time, which takes seconds on a large one)
                result = remediate(self.store, mailboxes, sha256=sha256, pending=pending, progress=progress,
                                   trigger="app", should_stop=self._ending.is_set)
                run_id, outcome = result.run_id, "done"
                return {"run_id": result.run_id, "mode": result.mode, "tenant": result.tenant,
                        "counts": result.counts, "outage": outage_notice(result),
                        "nothing_to_do": result.nothing_to_do}   # run_id None: why no run was recorded
            finally:
                with self.store.connect() as con:
                    con.execute("UPDATE app_launches SET run_id = ?, finished_at = ?, outcome = ? "
                                "WHERE launch_id = ?", [run_id, _utcnow(), outcome, launch_id])
                close = getattr(mailboxes, "close", None)
                if callable(close):
                    close()
                if kind == TenantKind.SIMULATED.value:
                    self.save_tenant_state()   # what was done outside the run (its own is saved at its end)

        return self.start_job("remediate", label, run, who=who)

    # -- automatic mode (marlib watch, in the app's process) --------------------
    def start_watch(self, paths: list[str | Path], *, interval_s: float = 5.0, who: str | None = None) -> Job:
        """Follow ``paths`` (incremental ingest) and remediate each new verdict change on the active
        tenant until :meth:`stop_watch`; one automatic mode per process."""
        self._refuse_a_second_watch()   # before the tenant is opened; asked again below, as it starts
        targets = [Path(p).expanduser() for p in paths if str(p).strip()]
        missing = [str(p) for p in targets if not p.exists()]
        if not targets or missing:
            raise InputError(f"Cannot follow {', '.join(missing) or 'nothing'}: no such file or folder",
                             advice="give the ESA log folders on this server, one per line")
        # the tenant is looked at again before every step (marlib.remediation.watch.StepBackend): turning
        # "Enable Office 365 Mailbox Settings" off stops remediation, new settings or tenant take effect
        from marlib.remediation.watch import StepBackend
        tenant = StepBackend(self.store, opener=self._backend_for_watch,
                             mode=lambda: "simulated" if self.tenant_kind is TenantKind.SIMULATED else "graph")
        # an error now, for the page to show, when it cannot act (settings missing, live remediation off, no
        # simulated tenant); a simulated tenant not loaded yet loads in the job, with its progress (half a
        # minute for a large one, which the page that started it spent showing nothing)
        load_in_job = self.tenant_kind is TenantKind.SIMULATED and self._tenant is None
        if load_in_job:
            self.require_simulated_source()
        else:
            tenant.open()
        stop = threading.Event()
        state: dict[str, Any] = {"paths": [str(p) for p in targets], "steps": 0, "last_step_at": None,
                                 "changes_handled": 0, "last_error": None, "notice": None,
                                 "interval_s": interval_s}

        def on_step(step: Any) -> None:
            state["last_step_at"] = _utcnow()
            state["changes_handled"] += sum(getattr(r, "changes", 0) for r in step.runs)
            # an outage that stopped the step's run says so, and so does every step skipped while it lasts
            state["last_error"] = step.error or step.outage or step.waiting
            state["notice"] = step.notice or state["notice"]
            self.invalidate()
            # counted last: whoever sees the step counted (a page, a caller waiting for it) sees what it did
            state["steps"] += 1

        def run(progress: Progress) -> dict[str, Any]:
            from marlib.remediation.watch import APP_AUTO_TRIGGER, watch
            if load_in_job:
                self.simulated_session(_loading(progress))
                tenant.open()
            with tenant:   # its runs say they are the app's automatic mode, not `marlib watch`
                steps = watch(self.store, targets, interval_s=interval_s, stop=stop, on_step=on_step,
                              progress=progress, backend=tenant, trigger=APP_AUTO_TRIGGER)
            return {"steps": steps}

        # registered as it starts, in one step with the check: watch_state() and stop_watch() from other threads
        # (the exit's end_jobs, another session) wait for it instead of finding it off meanwhile (a stop then was
        # lost, and a second session could start a second automatic mode)
        with self._lock:
            try:
                self._refuse_a_second_watch()
            except InputError:
                tenant.close()
                raise
            job = self.start_job("watch", ", ".join(state["paths"]), run, who=who)
            self._watch = (job, stop, state)
        return job

    @contextmanager
    def _backend_for_watch(self) -> Iterator[backend.Backend]:
        """The active tenant's backend for automatic mode (:meth:`mailboxes`), closed when it is left."""
        mailboxes = self.mailboxes()
        kind = getattr(mailboxes, "kind", self.tenant_kind.value)
        try:
            yield backend.Backend(mailboxes, "simulated" if kind == TenantKind.SIMULATED.value else "graph",
                                  f"{kind} tenant")
        finally:
            close = getattr(mailboxes, "close", None)
            if callable(close):
                close()

    def stop_watch(self) -> None:
        """Ask automatic mode to stop: the run in flight stops before its next step on each copy (nothing is lost: the
        journal resumes it)."""
        with self._lock:
            if self._watch is not None:
                self._watch[1].set()

    def _refuse_a_second_watch(self) -> None:
        if self.watch_state()["state"] == "on":
            raise InputError("Automatic mode is already on", advice="stop it first to change its folders")

    def watch_state(self) -> dict[str, Any]:
        """``state`` on / stopping / off, the folders, steps, last step time, changes handled, errors."""
        with self._lock:
            if self._watch is None:
                return {"state": "off"}
            job, stop, state = self._watch
        running = job.state == "running"
        label = "on" if running and not stop.is_set() else ("stopping" if running else "off")
        # what the job is doing now (its progress: the simulated tenant loading before the first step, an ingest)
        return {"state": label, "started_by": job.started_by, "started_at": job.started_at, **state,
                "activity": job.message if running else None, "error": (job.error or {}).get("message"),
                "advice": (job.error or {}).get("advice")}

    # -- background jobs ---------------------------------------------------
    def start_job(self, kind: str, label: str, fn: Callable[[Progress], Any], *,
                  who: str | None = None) -> Job:
        """Run ``fn(progress)`` in a thread owned by the workbench (not by a browser session)."""
        job = Job(next(self._job_ids), kind, label, who, _utcnow())
        with self._lock:
            self._jobs[job.id] = job
        thread = threading.Thread(target=self._run_job, args=(job, fn), name=f"marlib-job-{job.id}",
                                  daemon=True)
        with self._lock:
            self._threads[job.id] = thread
        thread.start()
        log.info("job %d (%s: %s) started by %s", job.id, kind, label, who or "unknown")
        return job

    def start_only_job(self, kind: str, label: str, fn: Callable[[Progress], Any], *,
                       who: str | None = None) -> Job:
        """:meth:`start_job`, unless a job of ``kind`` is running already (another session, a second click):
        then InputError naming it. The check and the start are one step, so two callers never both start."""
        with self._lock:
            running = self.running(kind)
            if running:
                job = running[0]
                who_ = f" by {job.started_by}" if job.started_by else ""
                raise InputError(f"{kind} #{job.id} ({job.label}){who_} is still running; nothing was started",
                                 advice="wait for it to finish (its progress is on the page), then start again")
            return self.start_job(kind, label, fn, who=who)

    def _run_job(self, job: Job, fn: Callable[[Progress], Any]) -> None:
        state = "running"   # set on the job last (below): whoever sees it ended sees what it changed
        try:
            job.result, state = fn(job.progress), "done"
        except MarlibError as exc:
            job.error, state = exc.as_dict(), "failed"
            log.warning("job %d failed: %s", job.id, exc)
        except Exception as exc:  # a bug must not kill the thread silently
            job.error, state = {"error": type(exc).__name__, "message": str(exc), "advice": None}, "failed"
            if self._ending.is_set():   # interrupted by end_jobs: the next run resumes what it left
                log.info("job %d stopped as the process ends: %s", job.id, exc)
            else:
                log.exception("job %d crashed", job.id)
        finally:
            # the data version is forgotten before the job says it ended: a page redrawn as it sees the job end
            # (or a caller waiting for it) read the version cached before the job's writes, for up to the TTL
            job.finished_at = _utcnow()
            self.invalidate()
            job.state = state
            with self._lock:   # after the state: end_jobs, once no thread is left, finds no job running
                self._threads.pop(job.id, None)

    def end_jobs(self, *, wait_s: float = EXIT_WAIT_S, grace_s: float = EXIT_GRACE_S) -> list[Job]:
        """Stop the running jobs as the process ends (called at exit): automatic mode and remediation runs are
        asked to stop (each copy stops before its next step, journaled for the next run) and get ``grace_s`` to
        do so; then the store's queries in flight are interrupted, again until every job's thread has ended or
        ``wait_s`` (in all) has passed. A job's thread is a daemon: left inside DuckDB while Python exits, it
        aborts the process ("terminate called after throwing an instance of '' / FATAL: exception not
        rethrown") instead of its query rolling back. Returns the jobs still running after the wait."""
        self._ending.set()
        self.stop_watch()
        deadline = time.monotonic() + wait_s
        polite = min(deadline, time.monotonic() + grace_s)
        while True:
            with self._lock:
                threads = list(self._threads.values())
            now = time.monotonic()
            if not threads or now >= deadline:
                break
            if now >= polite:
                self.store.interrupt()
            threads[0].join(0.05)   # then interrupt again: a job between two queries starts another one
        return self.running()

    def jobs(self, kind: str | None = None) -> list[Job]:
        """Jobs of this process, newest first."""
        with self._lock:
            out = [j for j in self._jobs.values() if kind is None or j.kind == kind]
        return sorted(out, key=lambda j: j.id, reverse=True)

    def job(self, job_id: int) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def running(self, kind: str | None = None) -> list[Job]:
        return [j for j in self.jobs(kind) if j.state == "running"]


_WORKBENCHES: weakref.WeakSet[Workbench] = weakref.WeakSet()


@atexit.register
def _end_jobs_at_exit() -> None:
    deadline = time.monotonic() + EXIT_WAIT_S   # one wait for all of them
    for wb in list(_WORKBENCHES):
        wb.end_jobs(wait_s=max(0.0, deadline - time.monotonic()))
