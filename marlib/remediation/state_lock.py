"""One run at a time on the simulated tenant's saved state, across processes and threads.

The simulated tenant's state (``<db name>.simulated_tenant.json``) is read before a run and written
after it. Two processes whose runs overlap (``marlib watch`` remediating while an analyst runs
``marlib remediate`` from another terminal, or the app) would each read the same state and the last one
to save would win, losing what the other moved or deleted although its journal says done. So a run
holds an advisory lock from taking up the state to saving it:

* ``fcntl.flock`` on ``<state>.lock`` beside the state, for other processes. The kernel releases it
  when its holder exits, also when killed; the file is never the source of truth and stays in place
  (it names its last holder, for the message of whoever waits).
* a process-wide ``threading.RLock`` per lock file, for the threads of one process (the app's jobs and
  automatic mode): ``flock`` is per open file description, so two threads opening the file would each
  think they hold it, and a run that re-enters (``remediate`` resuming an interrupted run first) must
  not wait on itself.

The wait is bounded (``MARLIB_TENANT_LOCK_WAIT`` seconds, default :data:`DEFAULT_WAIT_S`), then
:class:`~marlib.errors.TenantLockedError` names who holds it; whoever waits is told once.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from marlib.errors import SettingsError, StoreError, TenantLockedError

try:
    import fcntl
except ImportError:   # Windows (not a target): only the threads of one process are kept apart
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

WAIT_ENV = "MARLIB_TENANT_LOCK_WAIT"
DEFAULT_WAIT_S = 300.0   # a long run on a big tenant takes minutes; past that, something is stuck
LOCK_SUFFIX = ".lock"


def wait_limit(value: float | None = None) -> float:
    """Seconds to wait for the lock: ``value``, else ``MARLIB_TENANT_LOCK_WAIT``, else the default."""
    if value is not None:
        return max(0.0, float(value))
    raw = (os.environ.get(WAIT_ENV) or "").strip()
    if not raw:
        return DEFAULT_WAIT_S
    try:
        seconds = float(raw)
    except ValueError:
        seconds = -1.0
    if not seconds >= 0:   # also NaN
        raise SettingsError(f"{WAIT_ENV}={raw!r} is not a number of seconds",
                            advice=f"set {WAIT_ENV} to the seconds to wait for another run on the simulated "
                                   f"tenant (default {DEFAULT_WAIT_S:.0f}), or unset it")
    return seconds


class StopRequested(Exception):
    """A stop was requested while waiting (for the lock, or for the answer of the check after an outage): the
    caller takes nothing and goes no further."""


POLL_S = 0.2   # how often a waiter looks at its stop request


class StateLock:
    """The lock of one state file in this process (one object per file: :func:`state_lock`)."""

    def __init__(self, path: Path, subject: str = "the simulated tenant") -> None:
        self.path = path
        self.subject = subject   # what the lock guards, as messages name it
        self._threads = threading.RLock()
        self._depth = 0       # holds by the owning thread (re-entered runs)
        self._fd: int | None = None

    @contextmanager
    def hold(self, what: str, *, wait_s: float, on_wait: Callable[[str], None] | None = None,
             should_stop: Callable[[], bool] | None = None) -> Iterator[None]:
        """Hold the lock for one run (``what`` names it to whoever waits); re-entrant in one thread. A stop
        requested while waiting (``should_stop``, looked at every POLL_S) raises StopRequested."""
        deadline = time.monotonic() + wait_s
        told = self._take_threads(deadline, wait_s, on_wait, should_stop)
        try:
            if self._depth == 0:
                self._fd = self._take_file(what, deadline, wait_s, None if told else on_wait, should_stop)
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
                if self._depth == 0:
                    self._let_go()
        finally:
            self._threads.release()

    def _take_threads(self, deadline: float, wait_s: float, on_wait: Callable[[str], None] | None,
                      should_stop: Callable[[], bool] | None = None) -> bool:
        """The process-wide part; True when the one waiting line was given."""
        if self._threads.acquire(blocking=False):
            return False
        _tell(f"waiting for {self.subject}: another run in this process is using it (up to {wait_s:.0f} s)",
              on_wait)
        while not self._threads.acquire(timeout=max(0.0, min(POLL_S, deadline - time.monotonic()))):
            if should_stop is not None and should_stop():
                raise StopRequested()
            if time.monotonic() >= deadline:
                raise self._busy("another run in this process (the app's job or automatic mode)", wait_s)
        return True

    def _take_file(self, what: str, deadline: float, wait_s: float,
                   on_wait: Callable[[str], None] | None,
                   should_stop: Callable[[], bool] | None = None) -> int | None:
        if fcntl is None:
            return None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:   # a folder this user cannot write to: no run may start unguarded
            raise StoreError(f"Cannot open the lock file {self.path} that keeps {self.subject} to one run at a "
                             f"time: {exc.strerror or exc}",
                             advice=f"run marlib as a user who can write {self.path.parent} (the database's folder), "
                                    "or make it writable for this one, then run the command again") from None
        try:
            self._flock(fd, deadline, wait_s, on_wait, should_stop)
            _write_holder(fd, what)
        except BaseException:
            os.close(fd)
            raise
        return fd

    def _flock(self, fd: int, deadline: float, wait_s: float, on_wait: Callable[[str], None] | None,
               should_stop: Callable[[], bool] | None = None) -> None:
        delay, told = 0.05, False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                pass
            if should_stop is not None and should_stop():
                raise StopRequested()
            if time.monotonic() >= deadline:
                raise self._busy(self.holder(), wait_s)
            if not told:
                _tell(f"waiting for {self.subject}: {self.holder()} is using it "
                      f"(up to {wait_s:.0f} s)", on_wait)
                told = True
            time.sleep(min(delay * (0.5 + random.random()), max(0.0, deadline - time.monotonic())))
            delay = min(delay * 2, 0.5)

    def _let_go(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)   # closing the last descriptor of the open file releases the flock

    def holder(self) -> str:
        """Who holds (or last held) the lock, as its holder wrote it: for messages only."""
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            text = ""
        return f"another marlib process ({text})" if text else "another marlib process"

    def _busy(self, holder: str, wait_s: float) -> TenantLockedError:
        return TenantLockedError(
            f"{self.subject[0].upper()}{self.subject[1:]} is busy: {holder} held it for the {wait_s:.0f} s this "
            "run waits",
            advice="wait for that run to finish and try again, or stop it (`marlib watch` with Ctrl-C, the app's "
                   f"automatic mode); raise {WAIT_ENV} (seconds) to wait longer. A process that died holds "
                   f"nothing: the lock file {self.path} can stay", lock_file=str(self.path))


def _tell(message: str, on_wait: Callable[[str], None] | None) -> None:
    log.info(message)
    if on_wait is not None:
        on_wait(message)


def _write_holder(fd: int, what: str) -> None:
    """Name this holder in the lock file (what the next one to wait is told); best effort."""
    since = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}, {what}, since {since}\n".encode(), 0)
    except OSError:
        pass


_LOCKS: dict[str, StateLock] = {}
_LOCKS_GUARD = threading.Lock()


def state_lock(state: Path, subject: str = "the simulated tenant") -> StateLock:
    """The one :class:`StateLock` of this process for the state file ``state`` (``subject``: what it guards,
    for messages)."""
    path = Path(os.path.realpath(state.with_name(state.name + LOCK_SUFFIX)))
    with _LOCKS_GUARD:
        return _LOCKS.setdefault(str(path), StateLock(path, subject))
