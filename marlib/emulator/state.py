"""Everything one emulator process holds: the tenant model, tokens, limits, faults, counters, clock."""
from __future__ import annotations

import copy
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marlib.emulator.entra import Entra
from marlib.emulator.limits import Counters, FaultInjector, MailboxLimiter
from marlib.tenant.model import TenantModel


@dataclass
class EmulatorConfig:
    latency_ms: float = 0.0
    fault_rate: float = 0.0
    fault_kinds: tuple[str, ...] = ("429", "503", "504", "reset")
    seed: int = 0
    concurrency: int = 4
    window_limit: int = 10_000
    window_seconds: float = 600.0
    retry_after: int = 1
    hang_seconds: float = 30.0
    page_size: int = 10


@dataclass
class EmulatorState:
    """The shared state behind the HTTP handlers (thread-safe parts each carry a lock)."""
    initial: dict[str, Any]
    base_dir: Path | None = None
    config: EmulatorConfig = field(default_factory=EmulatorConfig)
    clock_offset: float = 0.0
    stop: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self.model = TenantModel.from_dict(copy.deepcopy(self.initial), self.base_dir)
        self.entra = Entra(lambda: self.model, self.now)
        self.limiter = self._limiter()
        self.faults = FaultInjector(self.config.fault_rate, self.config.seed, self.config.fault_kinds,
                                    self.config.retry_after)
        self.counters = Counters()

    def _limiter(self) -> MailboxLimiter:
        c = self.config
        return MailboxLimiter(c.concurrency, c.window_limit, c.window_seconds, c.retry_after)

    def now(self) -> float:
        """The emulator's wall clock (shifted by the admin clock offset)."""
        return time.time() + self.clock_offset

    def load(self, tenant: dict[str, Any], base_dir: Path | None = None) -> None:
        """Replace the tenant (tokens stay valid while their app exists); counters and limits reset."""
        self.model = TenantModel.from_dict(copy.deepcopy(tenant), base_dir or self.base_dir)
        self.counters.reset()
        self.limiter.reset()

    def reset(self) -> None:
        """Back to the tenant the emulator started with; faults cleared, clock offset zero."""
        self.load(self.initial, self.base_dir)
        self.faults.clear()
        self.clock_offset = 0.0

    def configure(self, values: dict[str, Any]) -> dict[str, Any]:
        """Change latency, fault rate/kinds, limits or clock offset at run time."""
        c = self.config
        for name in ("latency_ms", "fault_rate", "window_seconds", "hang_seconds"):
            if name in values:
                setattr(c, name, float(values[name]))
        for name in ("concurrency", "window_limit", "retry_after", "page_size", "seed"):
            if name in values:
                setattr(c, name, int(values[name]))
        if "fault_kinds" in values:
            c.fault_kinds = tuple(values["fault_kinds"])
        if "clock_offset" in values:
            self.clock_offset = float(values["clock_offset"])
        self.faults.rate, self.faults.kinds, self.faults.retry_after = c.fault_rate, c.fault_kinds, c.retry_after
        if "seed" in values:
            self.faults.reseed(c.seed)
        if {"concurrency", "window_limit", "window_seconds", "retry_after"} & set(values):
            self.limiter = self._limiter()
        return self.describe()

    def describe(self) -> dict[str, Any]:
        c = self.config
        return {"latency_ms": c.latency_ms, "fault_rate": c.fault_rate, "fault_kinds": list(c.fault_kinds),
                "seed": c.seed, "concurrency": c.concurrency, "window_limit": c.window_limit,
                "window_seconds": c.window_seconds, "retry_after": c.retry_after,
                "hang_seconds": c.hang_seconds, "page_size": c.page_size, "clock_offset": self.clock_offset}

    def snapshot(self) -> dict[str, Any]:
        """GET /state: the tenant in the tenant-file format plus counters, faults and config."""
        state = self.model.to_dict()
        state["requests"] = self.counters.snapshot()
        state["faults"] = self.faults.pending()
        state["config"] = self.describe()
        return state
