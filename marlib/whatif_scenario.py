"""What-if scenarios: which hashes, under which policies, against which tenant.

A scenario is a JSON file (or the same dict in Python). Every key is optional::

    {
      "name": "delete only",                 # label shown in reports and comparisons
      "sha256": ["<hex>", "<hex>"],          # one hex string or a list ...
      "window": {"since": "2026-11-01T00:00:00", "until": "2026-11-08T00:00:00"},
                                             # ... or/and every verdict change (retrospective
                                             # MALICIOUS after clean/unknown/low risk) in [since, until)
                                             # (neither key: every verdict change in the store; an
                                             # "until" date alone, "2026-11-07": to the end of that day);
                                             # without "sha256", a change a later retrospective CLEAN
                                             # superseded is left out (as remediate --pending), and
                                             # listed under "superseded"; a named hash counts anyway
      "policies": {
        "base": "current",                   # "current": the store's policies; "none": all MAR off
        "all": {"mar": true, "action": "delete"},          # applied to every known policy
        "set": {"Inbound Default": {"mar": true, "action": "forward-delete",
                                    "forward_to": "soc@example.com"}}   # per policy, wins over "all";
                                             # a policy the database knows (from the logs or `policy
                                             # set`): another name matches no mail and is an error
      },
      "tenant": {
        "file": "tenant.json",               # load the tenant (emulator format) instead of building it;
                                             # a relative path is relative to the scenario file
        "domains": ["example.com"],          # Office 365 domains (default: mailbox settings, else the
                                             # recipient domains of inbound mail)
        "deleted_share": 0.05,               # share of copies the user already purged (message not found)
        "deleted_items_share": 0.10,         # share of copies the user moved to Deleted Items
        "moved_share": 0.10,                 # share of copies moved to another folder ("Archive")
        "unlicensed_share": 0.02,            # share of users without an Exchange Online licence
        "onprem_share": 0.01,                # share of users whose mailbox is on premises
        "unknown_share": 0.0,                # share of in-domain addresses that are no user at all
        "outside_share": 0.0,                # share of recipient domains left out of the Office 365
                                             # domains (their recipients: not in the domain)
        "group_share": 0.0,                  # share of recipient addresses that are distribution lists
        "group_size": [2, 6],                # members per distribution list (min, max)
        "groups": {"all@example.com": ["a@example.com", "b@example.com"]},   # explicit lists
        "list_pattern": "^(all|all-.*)$",    # local parts that are distribution lists (regex; default:
                                             # all, everyone, staff, all-*, *-team, *-list, dl-*, ...;
                                             # "" for none); members drawn as for group_share
        "outage_share": 0.0,                 # share of mailboxes unreachable (connectivity failure)
        "throttled_share": 0.0,              # share of mailboxes throttled past the time budget
        "latency_ms": 250                    # typical Graph latency for the duration estimate
      },
      "seed": 0                              # draws are seeded per copy/user: same seed, same tenant
    }

Draws are made per item (mailbox, copy) from a hash of (seed, what, item), so a
copy that appears in two scenarios with the same seed and the same shares is in
the same state in both: a comparison shows what the policy changed, not noise.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from marlib.errors import InputError
from marlib.models import POLICY_ACTIONS, Action

_SHARES = ("deleted_share", "deleted_items_share", "moved_share", "unlicensed_share",
           "onprem_share", "unknown_share", "outside_share", "group_share", "outage_share", "throttled_share")
_TENANT_KEYS = set(_SHARES) | {"file", "domains", "group_size", "groups", "latency_ms", "list_pattern"}
# local parts that name distribution lists in most tenants (all-staff@, sales-team@, dl-finance@, ...)
DEFAULT_LIST_PATTERN = (r"^(all|everyone|staff|all[-_.].*|.*[-_.]all|.*[-_.](team|staff|list|group|dl)"
                        r"|(dl|list|group|team)[-_.].*)$")
_TOP_KEYS = {"name", "sha256", "window", "policies", "tenant", "seed", "description"}


@dataclass(frozen=True)
class PolicyRule:
    """What a scenario says about one incoming mail policy (None: keep the base value)."""
    mar: bool | None = None
    action: str | None = None
    forward_to: str | None = None


@dataclass(frozen=True)
class TenantBehaviour:
    """Tunable, seeded behaviour of the simulated tenant (see the module docstring)."""
    file: Path | None = None
    domains: tuple[str, ...] = ()
    deleted_share: float = 0.0
    deleted_items_share: float = 0.0
    moved_share: float = 0.0
    unlicensed_share: float = 0.0
    onprem_share: float = 0.0
    unknown_share: float = 0.0
    outside_share: float = 0.0
    group_share: float = 0.0
    group_size: tuple[int, int] = (2, 6)
    groups: dict[str, tuple[str, ...]] = field(default_factory=dict)
    list_pattern: str = DEFAULT_LIST_PATTERN
    outage_share: float = 0.0
    throttled_share: float = 0.0
    latency_ms: float = 250.0


@dataclass(frozen=True)
class Scenario:
    """Hashes x policy configuration x tenant behaviour."""
    name: str = "scenario"
    sha256: tuple[str, ...] = ()
    since: datetime | None = None
    until: datetime | None = None
    policy_base: str = "current"
    policy_all: PolicyRule | None = None
    policy_set: dict[str, PolicyRule] = field(default_factory=dict)
    tenant: TenantBehaviour = field(default_factory=TenantBehaviour)
    seed: int = 0

    def __post_init__(self) -> None:
        # an empty window would answer "0 verdict changes, 0 copies": read as "nothing would have happened"
        if self.since is not None and self.until is not None and self.since >= self.until:
            raise InputError(f"The window's since ({_iso(self.since)}) is not before its until "
                             f"({_iso(self.until)})", advice="swap them, or give a later until (a date alone "
                                                             "runs to the end of that day)")

    @property
    def all_changes(self) -> bool:
        """No hashes given: every verdict change (in the window, if any)."""
        return not self.sha256

    def with_hashes(self, hashes: list[str] | tuple[str, ...]) -> Scenario:
        return replace(self, sha256=tuple(_hex(h) for h in hashes))

    def as_dict(self) -> dict[str, Any]:
        """The scenario back in its JSON form (for reports and the runs table)."""
        out: dict[str, Any] = {"name": self.name, "seed": self.seed}
        if self.sha256:
            out["sha256"] = list(self.sha256)
        if self.since or self.until:
            out["window"] = {"since": _iso(self.since), "until": _iso(self.until)}
        pol: dict[str, Any] = {"base": self.policy_base}
        if self.policy_all:
            pol["all"] = _rule_dict(self.policy_all)
        if self.policy_set:
            pol["set"] = {k: _rule_dict(v) for k, v in self.policy_set.items()}
        out["policies"] = pol
        t = self.tenant
        ten: dict[str, Any] = {k: getattr(t, k) for k in _SHARES if getattr(t, k)}
        if t.file:
            ten["file"] = str(t.file)
        if t.domains:
            ten["domains"] = list(t.domains)
        if t.groups:
            ten["groups"] = {k: list(v) for k, v in t.groups.items()}
        ten["group_size"] = list(t.group_size)
        ten["list_pattern"] = t.list_pattern
        ten["latency_ms"] = t.latency_ms
        out["tenant"] = ten
        return out


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _rule_dict(rule: PolicyRule) -> dict[str, Any]:
    return {k: v for k, v in (("mar", rule.mar), ("action", rule.action),
                              ("forward_to", rule.forward_to)) if v is not None}


def _hex(value: Any) -> str:
    text = str(value).strip().lower()
    if len(text) != 64 or any(c not in "0123456789abcdef" for c in text):
        raise InputError(f"Not a SHA-256: {value!r}", advice="give 64 hexadecimal characters")
    return text


def _time(value: Any, what: str) -> datetime | None:
    if value in (None, ""):
        return None
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError as exc:
        raise InputError(f"Scenario {what} is not a date/time: {value!r}",
                         advice="use ISO 8601, e.g. 2026-11-01T00:00:00 (UTC)") from exc
    if parsed.tzinfo is not None:  # the store keeps naive UTC
        parsed = parsed.astimezone(timezone.utc).replace(tzinfo=None)
    if what.endswith("until") and len(str(value).strip()) == 10:   # a date alone: to the end of that day,
        try:                                                         # as `report --until DATE` counts it
            parsed += timedelta(days=1)
        except OverflowError:
            raise InputError(f"Scenario {what} {value!r} is past the last day a time can have",
                             advice="give a date up to 9999-12-30") from None
    return parsed


def _share(raw: dict[str, Any], key: str) -> float:
    value = raw.get(key, 0.0)
    try:
        share = float(value)
    except (TypeError, ValueError) as exc:
        raise InputError(f"Scenario tenant.{key} must be a number: {value!r}") from exc
    if not 0.0 <= share <= 1.0:
        raise InputError(f"Scenario tenant.{key} must be between 0 and 1, not {share}")
    return share


def _rule(raw: Any, where: str) -> PolicyRule:
    if not isinstance(raw, dict):
        raise InputError(f"Scenario {where} must be an object like "
                         '{"mar": true, "action": "delete"}')
    unknown = set(raw) - {"mar", "action", "forward_to"}
    if unknown:
        raise InputError(f"Scenario {where} has unknown keys: {sorted(unknown)}")
    action = raw.get("action")
    if action is not None and action not in {a.value for a in POLICY_ACTIONS}:
        raise InputError(f"Scenario {where}.action {action!r} is not an action",
                         advice="use one of " + ", ".join(a.value for a in POLICY_ACTIONS))
    forward_to = raw.get("forward_to")
    if action and Action(action).forwards and forward_to is not None and "@" not in forward_to:
        raise InputError(f"Scenario {where}.forward_to {forward_to!r} is not an address")
    mar = raw.get("mar")
    if isinstance(mar, str):
        mar = mar.lower() in ("on", "true", "yes", "1")
    return PolicyRule(mar=None if mar is None else bool(mar), action=action, forward_to=forward_to)


def _tenant(raw: Any, base_dir: Path | None) -> TenantBehaviour:
    if raw is None:
        return TenantBehaviour()
    if not isinstance(raw, dict):
        raise InputError("Scenario 'tenant' must be an object")
    unknown = set(raw) - _TENANT_KEYS
    if unknown:
        raise InputError(f"Scenario tenant has unknown keys: {sorted(unknown)}",
                         advice="see `python -m marlib simulate --help` for the scenario format")
    file = raw.get("file")
    path = None
    if file:
        path = Path(file)
        if not path.is_absolute() and base_dir is not None:
            path = base_dir / path
    size = raw.get("group_size", (2, 6))
    if isinstance(size, int):
        size = (size, size)
    lo, hi = int(size[0]), int(size[1])
    if lo < 1 or hi < lo:
        raise InputError(f"Scenario tenant.group_size must be 1 <= min <= max, not {list(size)}")
    groups = {str(k).lower(): tuple(str(m).lower() for m in v)
              for k, v in (raw.get("groups") or {}).items()}
    pattern = str(raw.get("list_pattern", DEFAULT_LIST_PATTERN) or "")
    try:
        re.compile(pattern)
    except re.error as exc:
        raise InputError(f"Scenario tenant.list_pattern is not a regular expression: {exc}") from exc
    return TenantBehaviour(
        file=path, domains=tuple(d.lower() for d in raw.get("domains") or ()),
        group_size=(lo, hi), groups=groups, list_pattern=pattern, latency_ms=float(raw.get("latency_ms", 250.0)),
        **{k: _share(raw, k) for k in _SHARES})


def scenario_from_dict(raw: dict[str, Any], *, base_dir: Path | None = None) -> Scenario:
    """Validate a scenario dict (the JSON format in the module docstring)."""
    if not isinstance(raw, dict):
        raise InputError("A scenario must be a JSON object")
    unknown = set(raw) - _TOP_KEYS
    if unknown:
        raise InputError(f"Scenario has unknown keys: {sorted(unknown)}",
                         advice="known keys: " + ", ".join(sorted(_TOP_KEYS)))
    hashes = raw.get("sha256") or ()
    if isinstance(hashes, str):
        hashes = [hashes]
    window = raw.get("window") or {}
    policies = raw.get("policies") or {}
    base = policies.get("base", "current")
    if base not in ("current", "none"):
        raise InputError(f"Scenario policies.base must be 'current' or 'none', not {base!r}")
    rules = {str(k): _rule(v, f"policies.set[{k!r}]") for k, v in (policies.get("set") or {}).items()}
    return Scenario(
        name=str(raw.get("name") or "scenario"), sha256=tuple(_hex(h) for h in hashes),
        since=_time(window.get("since"), "window.since"), until=_time(window.get("until"), "window.until"),
        policy_base=base, policy_all=_rule(policies["all"], "policies.all") if policies.get("all") else None,
        policy_set=rules, tenant=_tenant(raw.get("tenant"), base_dir), seed=int(raw.get("seed", 0)))


SCENARIO_FORMAT = ("the format, every key optional: the README's 'What-if files', or the docstring of "
                   "marlib/whatif_scenario.py")


def read_scenario_json(path: Path, what: str = "Scenario file") -> Any:
    """The JSON in ``path``; a file that is missing, unreadable or not JSON is an InputError naming it."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"{what} {path} does not exist", advice="check the path") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"Cannot read the {what.lower()} {path}: {getattr(exc, 'strerror', None) or exc}",
                         advice="give a JSON file you can read") from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"{what} {path} is not JSON: {exc}", advice=f"fix the file; {SCENARIO_FORMAT}") from exc


def scenario_in_file(raw: Any, path: Path) -> Scenario:
    """``scenario_from_dict`` for a file's JSON: an error names the file, and says where the format is."""
    try:
        return scenario_from_dict(raw, base_dir=path.parent)
    except InputError as exc:
        raise InputError(f"Scenario file {path}: {exc.message}",
                         advice=exc.advice or f"fix the file; {SCENARIO_FORMAT}") from None


def load_scenario(path: str | Path) -> Scenario:
    """Read a scenario JSON file; a missing or malformed file is an InputError."""
    path = Path(path)
    scenario = scenario_in_file(read_scenario_json(path), path)
    if scenario.name == "scenario":
        scenario = replace(scenario, name=path.stem)
    return scenario


def as_scenario(value: Scenario | dict[str, Any] | str | Path | None) -> Scenario:
    """Accept a Scenario, a dict, a path to a JSON file, or None (the default scenario)."""
    if value is None:
        return Scenario()
    if isinstance(value, Scenario):
        return value
    if isinstance(value, dict):
        return scenario_from_dict(value)
    return load_scenario(value)
