"""The Graph request budget and the duration of a live run, estimated from a simulated one.

The simulated backend counts every Graph request the live backend would make
(``SimulatedMailboxes.requests``); ``PairCounter`` also keeps them per (endpoint,
mailbox), which is what Graph's limits are about (per app and mailbox):

- 4 requests in flight per mailbox: a mailbox with n requests needs at least
  ceil(n / 4) round trips;
- 10,000 requests per 10 minutes per mailbox: past that, the next window;
- 30 messages sent per minute per mailbox (forwards are sent from the victim's
  mailbox): past 30, the next minute;
- one copy's steps are sequential (locate, createForward, send, delete): at
  least that many round trips; requests inside a ``$batch`` share its round trip;
- the engine's worker threads bound the requests in flight over all mailboxes.

The run first resolves every recipient (mailbox probe, group lookup, transitive
members), then acts on the copies; the estimate is the sum of the two phases,
each bound by the slowest mailbox and by the worker pool. ``MeteredMailboxes``
tells the counter which phase a request belongs to.
"""
from __future__ import annotations

import math
import threading
from collections import Counter
from dataclasses import dataclass
from typing import Any

from marlib.tenant.simulated import RequestCounter, SimulatedMailboxes

SEND_ENDPOINTS = frozenset({"send"})
# requests made inside a $batch: they count against the mailbox's limits but share the batch's round trip
BATCHED_ENDPOINTS = frozenset({"mailFolders"})
RESOLVE, ACT = "resolve", "act"


@dataclass(frozen=True)
class GraphLimits:
    """Graph's documented per-mailbox limits and the engine's parallelism."""
    latency_s: float = 0.25          # typical Graph round trip for mail endpoints
    per_mailbox_concurrency: int = 4
    per_mailbox_requests: int = 10_000
    window_s: float = 600.0
    sends_per_minute: int = 30
    workers: int = 128               # EngineOptions.max_workers of a live run


class PairCounter(RequestCounter):
    """``RequestCounter`` that counts per (phase, endpoint, mailbox), cheaply (one dict update a call).

    ``phase`` is a plain attribute: the engine resolves every recipient before it
    acts on any copy, so the two phases never overlap.
    """

    def __init__(self) -> None:
        super().__init__()
        self.phase = ACT
        self._pairs: Counter[tuple[str, str, str]] = Counter()
        self._pair_lock = threading.Lock()

    def add(self, endpoint: str, mailbox: str, n: int = 1, *, throttled: bool = False,
            failed: bool = False) -> None:
        key = (self.phase, endpoint, mailbox)
        with self._pair_lock:
            self._pairs[key] += n
            if throttled:
                self.throttled += n
            if failed:
                self.failed += n

    def pairs(self) -> dict[tuple[str, str, str], int]:
        with self._pair_lock:
            return dict(self._pairs)

    def snapshot(self) -> dict[str, Any]:
        """``RequestCounter.snapshot`` computed from the pairs."""
        by_endpoint: Counter[str] = Counter()
        by_mailbox: Counter[str] = Counter()
        for (_, endpoint, mailbox), n in self.pairs().items():
            by_endpoint[endpoint] += n
            by_mailbox[mailbox.lower()] += n
        return {"total": sum(by_endpoint.values()), "throttled": self.throttled, "failed": self.failed,
                "by_endpoint": dict(by_endpoint), "by_mailbox": dict(by_mailbox)}


class MeteredMailboxes(SimulatedMailboxes):
    """``SimulatedMailboxes`` whose request counter tells the resolve phase from the act phase."""

    def __init__(self, model: Any, **kwargs: Any) -> None:
        super().__init__(model, **kwargs)
        self.requests = self.counter = PairCounter()

    def resolve(self, address: str) -> Any:
        self.counter.phase = RESOLVE
        return super().resolve(address)

    def locate(self, mailbox: str, internet_message_id: str) -> Any:
        self.counter.phase = ACT     # every copy is located first
        return super().locate(mailbox, internet_message_id)


@dataclass(frozen=True)
class Estimate:
    """Request budget and estimated duration of the live run."""
    requests: int
    by_endpoint: dict[str, int]
    by_phase: dict[str, dict[str, int]]
    mailboxes: int
    busiest_mailbox: str | None
    busiest_requests: int
    resolve_seconds: float
    act_seconds: float

    @property
    def seconds(self) -> float:
        return round(self.resolve_seconds + self.act_seconds, 3)

    def as_dict(self) -> dict[str, Any]:
        return {"requests": self.requests, "by_endpoint": self.by_endpoint, "by_phase": self.by_phase,
                "mailboxes": self.mailboxes,
                "busiest_mailbox": self.busiest_mailbox, "busiest_requests": self.busiest_requests,
                "resolve_seconds": round(self.resolve_seconds, 3), "act_seconds": round(self.act_seconds, 3),
                "estimated_seconds": self.seconds}


def mailbox_seconds(requests: int, sends: int, chain: int, limits: GraphLimits, *,
                    round_trips: int | None = None) -> float:
    """Time one mailbox needs for ``requests`` (``sends`` of them sends) under Graph's limits.

    ``round_trips``: HTTP calls when fewer than ``requests`` (batched requests share one).
    """
    trips = requests if round_trips is None else round_trips
    if requests <= 0 and trips <= 0:
        return 0.0
    lat = limits.latency_s
    rounds = math.ceil(trips / limits.per_mailbox_concurrency) * lat
    windows = (max(requests, 1) - 1) // limits.per_mailbox_requests * limits.window_s
    minutes = (max(sends, 1) - 1) // limits.sends_per_minute * 60.0
    return max(rounds, windows + lat, minutes + lat, chain * lat)


@dataclass
class _Phase:
    limited: Counter[str]      # requests counted against each mailbox's limits
    trips: Counter[str]        # HTTP round trips per mailbox
    sends: Counter[str]

    def seconds(self, chain: int, limits: GraphLimits) -> float:
        if not self.trips and not self.limited:
            return 0.0
        boxes = set(self.trips) | set(self.limited)
        slowest = max(mailbox_seconds(self.limited.get(m, 0), self.sends.get(m, 0), chain, limits,
                                      round_trips=self.trips.get(m, 0)) for m in boxes)
        pool = math.ceil(sum(self.trips.values()) / max(limits.workers, 1)) * limits.latency_s
        return max(slowest, pool)


def estimate(pairs: dict[tuple[str, str, str], int], *, chain: int = 4,
             limits: GraphLimits | None = None) -> Estimate:
    """The estimate from per-(phase, endpoint, mailbox) request counts of a simulated run.

    ``chain``: the longest sequence of dependent requests for one copy (4 for
    forward-delete: locate, createForward, send, permanentDelete).
    """
    limits = limits or GraphLimits()
    phases = {RESOLVE: _Phase(Counter(), Counter(), Counter()), ACT: _Phase(Counter(), Counter(), Counter())}
    by_endpoint: Counter[str] = Counter()
    by_phase: dict[str, Counter[str]] = {RESOLVE: Counter(), ACT: Counter()}
    for (phase, endpoint, mailbox), n in pairs.items():
        by_endpoint[endpoint] += n
        by_phase.setdefault(phase, Counter())[endpoint] += n
        ph = phases[RESOLVE if phase == RESOLVE else ACT]
        if endpoint != "$batch":
            ph.limited[mailbox] += n
        if endpoint not in BATCHED_ENDPOINTS:
            ph.trips[mailbox] += n
        if endpoint in SEND_ENDPOINTS:
            ph.sends[mailbox] += n
    act = phases[ACT].limited
    busiest = act.most_common(1)[0] if act else (None, 0)
    return Estimate(requests=sum(by_endpoint.values()), by_endpoint=dict(sorted(by_endpoint.items())),
                    by_phase={k: dict(sorted(v.items())) for k, v in by_phase.items()},
                    mailboxes=len(act), busiest_mailbox=busiest[0], busiest_requests=int(busiest[1]),
                    resolve_seconds=phases[RESOLVE].seconds(3, limits),
                    act_seconds=phases[ACT].seconds(chain, limits))


def chain_length(actions: set[str]) -> int:
    """Longest dependent request sequence for one copy under these actions."""
    longest = 2  # locate + delete / move
    if actions & {"forward-delete"}:
        longest = 4
    elif actions & {"forward"}:
        longest = 3
    return longest
