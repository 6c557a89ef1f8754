"""Graph's per-mailbox limits, injected faults and request counters for the emulator.

* ``MailboxLimiter``: per (app, mailbox) at most ``concurrency`` requests in
  flight and ``window_limit`` requests per ``window_seconds``; beyond either the
  request is answered 429 ApplicationThrottled with Retry-After.
* ``FaultInjector``: seeded faults at a rate, or scheduled faults
  ``{"after": N, "kind": "429|500|502|503|504|reset|hang|lost", "count": K|null, "path": SUBSTRING,
  "method": M, "retry_after": S|null, "scope": "graph|token|any"}``: skip N matching
  requests, then fault the next K (``"count": null``: every one until the schedule is cleared, a
  sustained outage or a service answering 5xx to everything). Kind ``temporarily_unavailable`` (scope
  ``token`` only): Entra's JSON error of that name, answered 400, which MSAL hands back without a status.
* ``Counters``: total, throttled (limits and injected 429s), faults, by endpoint,
  by status and by mailbox.
"""
from __future__ import annotations

import random
import threading
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Any, Callable

FAULT_KINDS = ("429", "500", "502", "503", "504", "reset", "hang", "lost")   # lost: done, answer lost
TOKEN_FAULT_KINDS = ("temporarily_unavailable",)   # Entra's own error bodies: the token endpoint only


@dataclass
class Throttle:
    retry_after: int
    message: str = "Application is over its MailboxConcurrency limit."


class MailboxLimiter:
    """Concurrency and sliding-window limits per (app, mailbox)."""

    def __init__(self, concurrency: int = 4, window_limit: int = 10_000, window_seconds: float = 600.0,
                 retry_after: int = 1, clock: Callable[[], float] = time.monotonic) -> None:
        self.concurrency, self.window_limit, self.window_seconds = concurrency, window_limit, window_seconds
        self.retry_after = retry_after
        self._clock = clock
        self._lock = threading.Lock()
        self._inflight: Counter[tuple[str, str]] = Counter()
        self._recent: dict[tuple[str, str], deque[float]] = {}

    def acquire(self, app: str, mailbox: str) -> Throttle | None:
        """Take a slot, or return the Throttle to answer with (no slot taken)."""
        key = (app, mailbox.lower())
        now = self._clock()
        with self._lock:
            recent = self._recent.setdefault(key, deque())
            while recent and recent[0] <= now - self.window_seconds:
                recent.popleft()
            if self.concurrency and self._inflight[key] >= self.concurrency:
                return Throttle(self.retry_after)
            if self.window_limit and len(recent) >= self.window_limit:
                wait = int(recent[0] + self.window_seconds - now) + 1
                return Throttle(wait, "Application is over its MailboxRequests limit.")
            self._inflight[key] += 1
            recent.append(now)
            return None

    def release(self, app: str, mailbox: str) -> None:
        with self._lock:
            self._inflight[(app, mailbox.lower())] -= 1

    def reset(self) -> None:
        with self._lock:
            self._inflight.clear()
            self._recent.clear()


@dataclass
class Fault:
    kind: str
    retry_after: int | None = 1


@dataclass
class _Scheduled:
    kind: str
    after: int = 0
    count: int | None = 1   # None: until the schedule is cleared
    path: str | None = None
    method: str | None = None
    retry_after: int | None = 1
    scope: str = "graph"
    seen: int = 0

    def matches(self, scope: str, method: str, path: str) -> bool:
        if self.scope != "any" and self.scope != scope:
            return False
        if self.method and self.method.upper() != method.upper():
            return False
        return self.path is None or self.path in path


class FaultInjector:
    """Faults on a seeded rate and on a schedule; thread-safe."""

    def __init__(self, rate: float = 0.0, seed: int = 0, kinds: tuple[str, ...] = ("429", "503", "504", "reset"),
                 retry_after: int = 1) -> None:
        self.rate, self.kinds, self.retry_after = rate, tuple(kinds), retry_after
        self._random = random.Random(seed)
        self._lock = threading.Lock()
        self._schedule: list[_Scheduled] = []

    def reseed(self, seed: int) -> None:
        """Restart the rate faults' random sequence."""
        with self._lock:
            self._random.seed(seed)

    def add(self, entries: list[dict[str, Any]]) -> None:
        """Append scheduled faults (validated)."""
        parsed = [_parse_entry(e, self.retry_after) for e in entries]
        with self._lock:
            self._schedule.extend(parsed)

    def clear(self) -> None:
        with self._lock:
            self._schedule.clear()

    def pending(self) -> list[dict[str, Any]]:
        with self._lock:
            return [{"kind": s.kind, "after": max(0, s.after - s.seen), "count": s.count, "path": s.path,
                     "method": s.method, "retry_after": s.retry_after, "scope": s.scope}
                    for s in self._schedule]

    def draw(self, scope: str, method: str, path: str, *, kinds: tuple[str, ...] | None = None) -> Fault | None:
        """The fault for this request, if any (schedule first, then the rate)."""
        with self._lock:
            for entry in self._schedule:
                if kinds is not None and entry.kind not in kinds or not entry.matches(scope, method, path):
                    continue
                entry.seen += 1
                if entry.seen > entry.after:
                    if entry.count is not None:
                        entry.count -= 1
                        if entry.count <= 0:
                            self._schedule.remove(entry)
                    return Fault(entry.kind, entry.retry_after)
            if scope == "graph" and self.rate > 0 and self._random.random() < self.rate:
                choices = [k for k in self.kinds if kinds is None or k in kinds]
                if choices:
                    return Fault(self._random.choice(choices), self.retry_after)
        return None


def _parse_entry(entry: dict[str, Any], default_retry: int) -> _Scheduled:
    kind = str(entry.get("kind", ""))
    if kind not in FAULT_KINDS + TOKEN_FAULT_KINDS:
        raise ValueError(f"fault kind must be one of {', '.join(FAULT_KINDS + TOKEN_FAULT_KINDS)}, not {kind!r}")
    scope = entry.get("scope", "graph")
    if scope not in ("graph", "token", "any"):
        raise ValueError("fault scope must be graph, token or any")
    if kind in TOKEN_FAULT_KINDS and scope != "token":
        raise ValueError(f"fault kind {kind} is an answer of Entra's token endpoint: give \"scope\": \"token\"")
    retry = entry.get("retry_after", default_retry)
    count = entry.get("count", 1)
    return _Scheduled(kind, int(entry.get("after", 0)), None if count is None else int(count), entry.get("path"),
                      entry.get("method"), None if retry is None else int(retry), scope)


@dataclass
class Counters:
    """Request counters reported by the admin state endpoint."""
    total: int = 0
    throttled: int = 0
    faults: int = 0
    by_endpoint: Counter = field(default_factory=Counter)
    by_status: Counter = field(default_factory=Counter)
    by_mailbox: Counter = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, endpoint: str, status: int, mailbox: str | None = None, *, throttled: bool = False,
            fault: bool = False) -> None:
        with self.lock:
            self.total += 1
            self.throttled += 1 if throttled else 0
            self.faults += 1 if fault else 0
            self.by_endpoint[endpoint] += 1
            self.by_status[str(status)] += 1
            if mailbox:
                self.by_mailbox[mailbox.lower()] += 1

    def snapshot(self) -> dict[str, Any]:
        with self.lock:
            return {"total": self.total, "throttled": self.throttled, "faults": self.faults,
                    "by_endpoint": dict(self.by_endpoint), "by_status": dict(self.by_status),
                    "by_mailbox": dict(self.by_mailbox)}

    def reset(self) -> None:
        with self.lock:
            self.total = self.throttled = self.faults = 0
            self.by_endpoint.clear()
            self.by_status.clear()
            self.by_mailbox.clear()
