"""Automatic mode: follow ESA log files/folders and remediate each new retrospective verdict.

Each step ingests what was appended (helper A's incremental ``ingest_paths``,
which keys files by content identity, so the appliance's rotation of
``.current`` files neither loses nor repeats lines) and then handles every
pending verdict change (resuming any interrupted run first). A stop request
(SIGTERM/SIGINT in the CLI) ends the step in flight early: the engine stops each
copy before its next step (a request already sent completes), and anything not
done stays journaled for the next run to resume.

A watch runs for days, so it does not keep the tenant it started with: before each
step :class:`StepBackend` looks at the settings a run depends on (the tenant mode,
the "Enable Office 365 Mailbox Settings" switch, the mailbox settings and the key,
CA and proxy password files they name). Live remediation turned off (``settings
disable``): the step ingests and does not remediate; the run in flight stops each
copy before its next step (the rest stays journaled and is resumed once enabled
again). Anything else changed (``settings set``, ``settings tenant``): the backend
is opened again from the new settings first.

After a step whose run stopped for an outage (Graph, Entra or the proxy gave no answer, or only server
errors: ``EngineOptions.outage_after``), the next step first asks whether the service is back with one
request per mailbox asked, not retried (:func:`~marlib.remediation.outage.service_still_down`: a probe that fails
is "still down", and a stop of the watch ends the check at once, the outage kept); while it is not, the step
ingests and touches no copy (said once per change, not at every step), instead of failing ~10 more copies each
time before the run stops again. Once it answers, the step resumes the interrupted run. The outage is kept in the
store (:func:`~marlib.remediation.outage.remember_outage`) until then, so a watch started again (a new process,
the app restarted) does the same one-request check at its first step.

A partial outage answers that check (the look-up works) while the run's other requests still fail (every
delete gets 503, say): the step resumes and its run stops again after ``outage_after`` more failed copies. So
after each such relapse the checks are spaced out, the steps in between touching no copy: the next check
comes 1 step later, then 3, 7, ... up to :data:`MAX_SPACED_STEPS` (about five minutes at 5 s), and a run that
goes through without an outage ends the spacing.
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marlib.errors import InputError, MarlibError
from marlib.ingest.files import check_not_empty
from marlib.progress import Progress, no_progress
from marlib.remediation.engine import EngineOptions
from marlib.remediation.outage import (Outage, remember_outage, remembered_outage, service_still_down,
                                       still_down_notice)
from marlib.remediation.run import RunResult, outage_notice, remediate
from marlib.remediation.state_lock import StopRequested
from marlib.store import Store

log = logging.getLogger(__name__)

# copies that failed for connectivity / throttling / authentication are tried again by a later
# step once their failure is this old (not every interval while the tenant is down)
RETRY_DELAY_S = 60.0
# how often a run in flight looks at the "Enable Office 365 Mailbox Settings" switch (one small query)
SWITCH_CHECK_S = 1.0
# after a partial outage answered the check and then failed the resumed run again, the steps whose check is
# skipped: 1, 3, 7, ... at most this many (63 steps of 5 s: about five minutes between two checks)
MAX_SPACED_STEPS = 63

# remediation_runs.trigger of the runs automatic mode starts: `marlib watch`'s, and the app's own automatic mode's
# (an analyst tells them apart in `runs` and on the Logs and Alerts page)
WATCH_TRIGGER = "watch"
APP_AUTO_TRIGGER = "app-auto"

DISABLED_NOTICE = ("live remediation is disabled (settings disable): watching and ingesting, not remediating; "
                   "`settings enable` resumes")


@dataclass
class WatchStep:
    """What one watch step did."""
    ingest: Any = None
    runs: list[RunResult] = field(default_factory=list)
    error: str | None = None
    notice: str | None = None   # the tenant this step acts on changed (or is off): said once per change
    outage: str | None = None   # the step's run stopped early (Graph / Entra / the proxy stopped answering, or
    #                             answered server errors only), or the service is still down: said once per change
    down: Outage | None = None  # the outage the service is in after this step: the next step checks it first
    waiting: str | None = None  # this step touched no copy: the service is still down (at every such step)
    relapsed: bool = False      # the service answered the check, then the resumed run stopped for it again


# the settings rows a run's backend is made from (marlib.settings, marlib.remediation.backend)
_BACKEND_KEYS = ("mailbox", "mailbox_enabled", "tenant_mode", "tenant_file")
_FILE_FIELDS = ("key_file", "passphrase_file", "ca_file", "proxy_password_file")


def backend_fingerprint(store: Store) -> tuple:
    """What a run's backend is made from, as it now is: the settings rows above, the environment's
    MARLIB_TENANT_MODE / MARLIB_TENANT_FILE, and the identity of the files the mailbox settings name (a key
    copied again over the old one, a new proxy password). Equal fingerprints: the same backend."""
    rows = dict(store.query_df("SELECT key, value FROM settings WHERE key IN (?, ?, ?, ?)",
                               list(_BACKEND_KEYS)).itertuples(index=False))
    try:
        named = json.loads(rows.get("mailbox") or "{}")
    except ValueError:   # unreadable settings: opening them says why
        named = {}
    files = tuple(_file_identity(named.get(k)) if isinstance(named, dict) else None for k in _FILE_FIELDS)
    env = (os.environ.get("MARLIB_TENANT_MODE"), os.environ.get("MARLIB_TENANT_FILE"))
    return tuple(rows.get(k) for k in _BACKEND_KEYS), env, files


def _file_identity(path: Any) -> tuple | None:
    try:
        st = os.stat(path) if path else None
    except OSError:
        return None
    return None if st is None else (st.st_ino, st.st_mtime_ns, st.st_size)


class StepBackend:
    """The tenant of a long-running loop (``watch``, the app's automatic mode), looked at before each step.

    ``opener()`` gives a context manager yielding a :class:`~marlib.remediation.backend.Backend` (default
    :func:`~marlib.remediation.backend.open_backend`); ``mode()`` the active tenant mode, graph or simulated
    (default :func:`~marlib.remediation.backend.tenant_mode`). :meth:`open` opens it for the first step and
    raises as a one-off command would (settings missing, live remediation disabled). :meth:`current`, before
    every later step, gives the backend to act on: the same one while :func:`backend_fingerprint` is
    unchanged; opened again from the new settings when it changed; None (ingest only) while live remediation
    is disabled on a Graph tenant, or while the new settings cannot be used. What changed is in ``notice``
    once per change (and logged)."""

    def __init__(self, store: Store, *,
                 opener: Callable[[], AbstractContextManager[Any]] | None = None,
                 mode: Callable[[], str] | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        from marlib.remediation import backend as backends
        self.store = store
        self._opener = opener or (lambda: backends.open_backend(store))
        self._mode = mode or (lambda: backends.tenant_mode(store))
        self._clock = clock
        self._stack: contextlib.ExitStack | None = None
        self.backend: Any = None
        self.notice: str | None = None
        self._seen: tuple | None = None   # the fingerprint the backend (or its absence) was made for
        self._said: str | None = None
        self._switch: tuple[float, bool] | None = None   # (when, live remediation off) for revoked()
        self._switch_lock = threading.Lock()

    def __enter__(self) -> StepBackend:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def open(self) -> Any:
        """The backend of the first step; SettingsError (with advice) when it cannot act."""
        self._seen = backend_fingerprint(self.store)
        if self._disabled():
            from marlib.settings import require_live_enabled
            require_live_enabled(self.store, "automatic mode (watch)")
        self._enter()
        return self.backend

    def current(self) -> Any:
        """The backend this step acts on, or None: ingest only (see the class)."""
        self.notice = None
        now = backend_fingerprint(self.store)
        if now == self._seen and self.backend is not None:
            return self.backend
        changed, self._seen = now != self._seen, now
        self.close()
        try:
            if self._disabled():
                return self._say(DISABLED_NOTICE)
            self._enter()
        except MarlibError as exc:   # e.g. settings half set: keep watching, try again next step
            return self._say(f"the tenant cannot be used now ({exc}): watching and ingesting, not remediating")
        if changed or self._said is not None:
            again = self._said == DISABLED_NOTICE
            self._tell(f"live remediation is enabled again: remediating on {self.backend.description}" if again
                       else f"tenant settings changed: now acting on {self.backend.description}")
        return self.backend

    def revoked(self) -> bool:
        """True once live remediation was turned off (a run in flight stops each copy before its next
        step); the switch is read at most every ``SWITCH_CHECK_S`` seconds, by one thread at a time (the
        engine's threads ask before each request; those asking meanwhile get the answer being read)."""
        with self._switch_lock:
            now = self._clock()
            if self._switch is None or now - self._switch[0] >= SWITCH_CHECK_S:
                try:
                    self._switch = (now, self._disabled())
                except MarlibError:   # the store is busy: the last answer, and ask again next time
                    return self._switch is not None and self._switch[1]
            return self._switch[1]

    def close(self) -> None:
        stack, self._stack, self.backend = self._stack, None, None
        if stack is not None:
            stack.close()

    def _disabled(self) -> bool:
        from marlib.remediation.backend import normalize_mode
        from marlib.settings import live_enabled
        return normalize_mode(self._mode()) == "graph" and not live_enabled(self.store)

    def _enter(self) -> None:
        stack = contextlib.ExitStack()
        try:
            self.backend = stack.enter_context(self._opener())
        except BaseException:
            stack.close()
            raise
        self._stack = stack

    def _say(self, text: str) -> None:
        """Why this step does not remediate, when it is new."""
        if text != self._said:
            self._tell(text)
            self._said = text

    def _tell(self, text: str) -> None:
        self.notice, self._said = text, None
        log.info("watch: %s", text)


def _ingest(store: Store, paths: Sequence[Path], said: dict[str, Any] | None = None,
            stop: threading.Event | None = None) -> Any:
    """Ingest ``paths`` and log the warnings `ingest` would print; ``said``: what this watch said before (the
    number of delivered copies waiting for their To line, said again only when it changes). ``stop`` set (Ctrl-C,
    SIGTERM): StopRequested before the next file or batch, the file being read left as before it (each file is one
    transaction), as a Ctrl-C leaves `ingest`; a first step reading a backlog of logs could hold a stop for
    minutes (and systemd then kills the watch)."""
    from marlib.ingest.api import ingest_paths

    def stopped(*_: Any) -> None:
        if stop is not None and stop.is_set():
            raise StopRequested()
    summary = ingest_paths(store, [str(p) for p in paths], progress=stopped)
    waiting = summary.deliveries_without_recipient
    for warning in summary.warnings(waiting=said is None or said.get("waiting") != waiting):
        log.warning(warning)
    if said is not None:
        said["waiting"] = waiting
    return summary


def signature(paths: Sequence[Path]) -> tuple:
    """(path, size, mtime, settled) of every file under ``paths``: unchanged means nothing to ingest.

    ``settled``: unchanged for the time after which ingest takes a last line without a newline as complete
    (``SETTLED_S``); a file that settles changes the signature, so such a line, put off while the file was
    being written, is read then even if the file never changes again."""
    from marlib.ingest.api import SETTLED_S
    now = time.time()
    out = []
    for raw in paths:
        p = Path(raw)
        files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
        for f in files:
            try:
                st = f.stat()
            except OSError:   # rotated away between listing and stat
                continue
            out.append((str(f), st.st_size, st.st_mtime_ns, now - st.st_mtime > SETTLED_S))
    return tuple(out)


def rotated_since(files: Sequence[Path], since: float) -> list[Path]:
    """The files a watched file was rotated to and written to since ``since``: ESA's ``mail.current`` ->
    ``mail.@20261128T000000.s`` (``.gz`` later), and syslog's ``maillog`` -> ``maillog.1`` or
    ``maillog-20261128``. The lines written just before the rotation are read from there; older rotated
    files are left alone."""
    out: list[Path] = []
    for f in files:
        shapes = [rf"{re.escape(f.name)}(\.\d+|-\d{{8}})(\.gz)?"]
        if f.name.endswith(".current"):
            shapes.append(rf"{re.escape(f.name[:-len('.current')])}\.@\d{{8}}T\d{{6}}\.s(\.gz)?")
        rotated = re.compile("|".join(f"(?:{shape})" for shape in shapes))
        try:
            siblings = [g for g in f.parent.iterdir() if rotated.fullmatch(g.name)]
        except OSError:
            continue
        for g in siblings:
            try:
                if g.is_file() and g.stat().st_mtime >= since - 1:
                    out.append(g)
            except OSError:
                continue
    return sorted(set(out))


def watch_step(store: Store, paths: Sequence[Path], mailboxes: Any, *, progress: Progress = no_progress,
               options: EngineOptions | None = None,
               should_stop: Callable[[], bool] | None = None, ingest: bool = True,
               retry_delay_s: float = RETRY_DELAY_S, rotated: Sequence[Path] = (),
               trigger: str = WATCH_TRIGGER, said: dict[str, Any] | None = None,
               down: Outage | None = None, check: bool = True,
               stop: threading.Event | None = None) -> WatchStep:
    """Ingest what is new (``ingest``), then remediate every pending verdict change.

    ``down``: the outage that stopped the last step's run (its ``WatchStep.down``): the service is asked first
    whether it answers again (one request per mailbox asked, not retried); if not, the step touches no copy
    (``waiting``; ``outage`` only when that changed, kept in ``said``). ``check`` False (the checks are spaced out
    after a relapse, see the module docstring): the service is not asked and the step touches no copy. ``stop``
    (the event behind ``should_stop``): once set, the check ends at once, its request left unanswered; the step
    then touches no copy and the outage stays as it was (kept in the store: the next start checks again).

    ``rotated``: files watched files were rotated to (:func:`rotated_since`), read first, each on its own
    (one that cannot be read, say a .gz still being written, is a warning and does not hold up the rest).
    ``said``: kept from step to step by :func:`watch`, so that a warning about the state of the store (not
    news of this step) is not logged at every step.
    Adds a remediation run only when there is something to handle (a new verdict
    change, copies to retry, an interrupted run), recorded with ``trigger``. ``mailboxes`` None: ingest only
    (live remediation is off).
    """
    step = WatchStep(down=down)
    try:
        if ingest:
            _ingest_step(store, paths, rotated, said, stop, step)
    except StopRequested:   # the file being read is read again, from where it was before, at the next start
        log.info("watch: stopped while ingesting; the rest is read at the next start")
        return step
    if mailboxes is None or (stop is not None and stop.is_set()):   # no run is started once a stop is asked
        return step
    if down is not None:
        if not check:
            step.down, step.waiting = down, spaced_notice(down)
            return step
        if (should_stop is not None and should_stop()) or _still_down(step, mailboxes, down, said, stop):
            _remember(store, down, step.down)
            return step
        remember_outage(store, None)   # it answers again (the run below keeps a new outage if there is one)
    # a simulated tenant: the run holds it, takes up the state another process saved and gains new mail
    # (built from the data) first, and saves what it did before another process's run may start
    result = remediate(store, mailboxes, pending=True, progress=progress, options=options,
                       trigger=trigger, should_stop=should_stop, retry_delay_s=retry_delay_s)
    step.runs = [*result.resumed, *([result] if result.run_id is not None else [])]   # recorded runs only
    step.outage = outage_notice(result, watching=True)
    step.down = result.stopped_by_outage   # kept in the store by remediate() for a watch started again
    step.relapsed = down is not None and step.down is not None
    if step.down is not None and said is not None:   # that notice says the steps are paused: not said again
        said["down"] = _down_key(step.down)
    return step


def _ingest_step(store: Store, paths: Sequence[Path], rotated: Sequence[Path], said: dict[str, Any] | None,
                 stop: threading.Event | None, step: WatchStep) -> None:
    """A step's ingest: the rotated files first, each on its own, then ``paths``; errors go to ``step``."""
    for extra in rotated:
        try:
            _ingest(store, [extra], said, stop)
        except MarlibError as exc:
            log.warning("left out %s for now: %s", extra, exc)
    try:
        step.ingest = _ingest(store, paths, said, stop)
    except MarlibError as exc:   # a bad file must not stop the watcher; say so and go on
        log.warning("ingest failed: %s", exc)
        step.error = str(exc)


def spaced_notice(outage: Outage) -> str:
    """What a step whose check is skipped says: the service answered a check but failed the run again."""
    return (f"remediation paused: the service answered the last check, yet the resumed run stopped again "
            f"({outage.cause}), a partial outage; this watch step touched no copy and the checks are spaced "
            f"out until a run goes through. What to do: {outage.advice or 'check the network and the proxy'}.")


def spaced_steps(relapses: int) -> int:
    """The steps whose check is skipped after the ``relapses``-th relapse in a row: 1, 3, 7, ..."""
    return min(MAX_SPACED_STEPS, 2 ** min(relapses, 16) - 1)


def _down_key(outage: Outage) -> tuple:
    """What a change of the outage is told by (its kind and answer, not the message of each failed request)."""
    return outage.kind, outage.status, outage.service, outage.code, outage.host


def _remember(store: Store, before: Outage | None, now: Outage | None) -> None:
    """Keep the outage the service is in for a watch started again (written when it changed)."""
    if now != before:
        remember_outage(store, now)


def _still_down(step: WatchStep, mailboxes: Any, down: Outage, said: dict[str, Any] | None,
                stop: threading.Event | None = None) -> bool:
    """Ask whether the service that stopped the last run answers again; True (the step is skipped, ``step``
    says why) while it does not, or when a stop (``stop``) ended the check before it knew (the outage stays as
    it was, nothing is said). Its warning is said when it changed (``said``), and so is its end."""
    said = {} if said is None else said
    try:
        now = service_still_down(mailboxes, down, stop)
    except StopRequested:
        log.info("watch: stopped during the check whether the service is back: it is asked again at the next start")
        return True
    if now is None:
        step.down, step.notice = None, "the service answers again: resuming the run the outage stopped"
        said.pop("down", None)
        log.info("watch: %s", step.notice)
        return False
    step.down, step.waiting = now, still_down_notice(now)
    if said.get("down") != _down_key(now):
        said["down"], step.outage = _down_key(now), step.waiting
    return True


def rotated_unfinished(store: Store, files: Sequence[Path]) -> list[Path]:
    """The rotated copies of the watched ``files`` that this database read part of: the file was read as
    ``mail.current`` and rotated away while no watch ran (a restart after days, a reboot), its last lines written
    after that read. :func:`rotated_since` (since this watch started) misses them, as the rotation is older; the
    first step reads them (ingest reads only the bytes not read yet). Rotated files read since under their rotated
    name, and those this database never read (the history from before marlib), are left alone."""
    siblings = rotated_since(files, 0.0)
    if not siblings:
        return []
    from marlib.ingest import files as ingest_files
    with store.connect() as con:
        known = con.execute("SELECT file_key, path FROM ingest_files WHERE kind = 'esa'").fetchall()
    read_as = dict(known)
    watched = {str(f.resolve()) for f in files}   # as ingest_files keeps paths: absolute, links resolved
    out = []
    for g in siblings:
        try:
            head = ingest_files.read_head(g)
        except MarlibError:   # a .gz still being written: the step that reads it says so
            continue
        key = ingest_files.match_known_key(head, known, g)
        if key is not None and read_as.get(key) in watched:   # last read under the watched name: not since
            out.append(g)
    return out


def check_paths(paths: Sequence[Path]) -> None:
    """InputError unless every path exists (a file or a folder): checked once, when watching starts.

    A path that disappears later (rotation) is only a warning of that step.
    """
    for p in paths:
        check_not_empty(p)
    missing = [str(p) for p in paths if not Path(p).exists()]
    if missing:
        raise InputError(f"no such file or folder: {', '.join(missing)}",
                         advice="give the ESA log files or the folder the appliance writes them to")


def watch(store: Store, paths: Sequence[Path], mailboxes: Any = None, *, interval_s: float = 5.0,
          stop: threading.Event | None = None, on_step: Callable[[WatchStep], None] | None = None,
          progress: Progress = no_progress, options: EngineOptions | None = None,
          max_steps: int | None = None, backend: StepBackend | None = None,
          trigger: str = WATCH_TRIGGER) -> int:
    """Run watch steps every ``interval_s`` until ``stop`` is set; returns the number of steps.

    ``backend`` (a :class:`StepBackend`, opened): the tenant of each step, looked at again before it, so
    ``settings disable`` / ``set`` / ``tenant`` take effect at the next step; else ``mailboxes``, the same
    throughout. ``trigger``: who runs it, recorded with each remediation run (``WATCH_TRIGGER`` for `marlib watch`,
    ``APP_AUTO_TRIGGER`` for the app's automatic mode). InputError at once when a path does not exist.
    """
    check_paths(paths)
    if (backend is None) == (mailboxes is None):
        raise TypeError("give either mailboxes or backend")
    stop = stop or threading.Event()
    should_stop = stop.is_set if backend is None else (lambda: stop.is_set() or backend.revoked())
    steps = 0
    seen: tuple | None = None
    said: dict[str, Any] = {}
    relapses, skip = 0, 0   # relapses in a row of a partial outage; steps left whose check is skipped
    # the last step's run stopped for it (that of a watch before this one, kept in the store): the next step asks
    # first whether it is over
    down: Outage | None = remembered_outage(store)
    if down is not None:
        log.info("watch: the last run stopped for an outage (%s): asking first whether the service is back",
                 down.cause)
    started = time.time()
    files = [Path(p) for p in paths if Path(p).is_file()]
    behind: list[Path] | None = None   # rotated while no watch ran, with lines not read: the first step reads them
    while not stop.is_set():
        notice = None
        try:
            if backend is not None:
                mailboxes = getattr(backend.current(), "mailboxes", None)
                notice = backend.notice
            if behind is None:
                behind = rotated_unfinished(store, files)
            rotated = sorted({*behind, *rotated_since(files, started)})
            now = signature([*rotated, *paths])   # files unchanged since the last ingest: no ingest (no run)
            step = watch_step(store, paths, mailboxes, progress=progress, options=options,
                              should_stop=should_stop, ingest=now != seen, rotated=rotated, trigger=trigger,
                              said=said, down=down, check=skip == 0, stop=stop)
            if step.error is None:
                seen, behind = now, []
        except MarlibError as exc:   # e.g. the store stayed locked: try again next interval
            log.warning("watch step failed: %s", exc)
            step = WatchStep(error=str(exc), down=down)
        if step.waiting is not None and skip:
            skip -= 1
        if step.relapsed:
            relapses += 1
            skip = spaced_steps(relapses)
            spaced = (f" The service had answered this step's check: a partial outage, so the next check comes "
                      f"in {skip} step(s) (about {skip * interval_s:.0f} s).")
            step.outage = f"{step.outage}{spaced}" if step.outage else spaced.strip()
            log.info("watch: partial outage, relapse %d: the next %d step(s) skip the check", relapses, skip)
        elif step.runs and step.down is None:
            relapses = 0
        down = step.down
        step.notice = "; ".join(n for n in (notice, step.notice) if n) or None
        steps += 1
        if on_step:
            on_step(step)
        if max_steps is not None and steps >= max_steps:
            break
        stop.wait(interval_s)
    return steps
