"""What-if: what remediation would do, before it touches a mailbox.

The remediation engine itself (``marlib.remediation``: verdict changes, plan,
group expansion, ``execute_plan`` and the engine, the in-memory journal) runs
against a simulated tenant (``SimulatedMailboxes`` over a ``TenantModel``)
built from the ingested data (``marlib.tenant.from_store``) or loaded from a
tenant file. Only the mailboxes and messages the plan touches are built.

A scenario is hashes x policies x tenant behaviour, as a JSON file or dict
(full format in ``marlib.whatif_scenario``)::

    {"name": "forward-delete", "sha256": ["<hex>"] | "window": {"since": ISO, "until": ISO},
     "policies": {"base": "current" | "none", "all": {"mar": true, "action": "delete"},
                  "set": {"POLICY": {"mar": true, "action": "forward-delete", "forward_to": "soc@x"}}},
     "tenant": {"file": "tenant.json"} | {"domains": [...], "deleted_share": 0.05,
                "deleted_items_share": 0.1, "moved_share": 0.05, "unlicensed_share": 0.02,
                "onprem_share": 0.01, "unknown_share": 0, "outside_share": 0, "group_share": 0.01,
                "group_size": [2, 6], "groups": {"list@x": ["a@x"]}, "list_pattern": "^all$",
                "outage_share": 0,
                "throttled_share": 0, "latency_ms": 250},
     "seed": 0}

No hashes and no window: every verdict change. Without named hashes (every change, or a
window), a change a later retrospective CLEAN verdict superseded is left out and listed
under ``superseded``, as ``remediate --pending`` does; a named hash is acted on anyway,
as ``remediate --sha256`` does. A named hash with no retrospective verdict yet is
simulated as if it turned malicious now.

Library API (the CLI, the app and notebooks call these)::

    simulate(store, scenario=None, *, sha256=None, seed=None, progress=None, save=True) -> SimulationResult
    prepare(store, scenario=None, *, sha256=None, seed=None) -> Prepared   # plan + tenant, no run
    preview(store, sha256=None, *, session=None, progress=None, save=True) -> SimulationResult
        # what `remediate` would do now, on a copy of the active simulated tenant (not built from the logs)
    compare(store, a, b, *, sha256=None, seed=None, save=False) -> DataFrame  # copies whose outcome changes
    changed_recipients(frame) -> list[str]
    replay(store, policies=None, since=None, until=None, *, seed=None, save=True) -> SimulationResult
    simulation_runs(store) -> DataFrame; simulation_outcomes(store, run_id) -> DataFrame

``SimulationResult``: ``outcomes`` (DataFrame, the journal's columns: mid,
recipient, mailbox, sha256, action, status, reason, detail, ...), ``counts``,
``requests`` (Graph request budget), ``estimated_seconds`` (see
``marlib.whatif_estimate``), ``by_verdict()``, ``to_json()`` (``remediate
--json``'s shape plus ``requests`` and ``estimated_seconds``), ``timings``.

Results are journaled like live runs with ``mode='simulated'`` (remediation_runs
and remediation_actions) plus the scenario, request budget and estimate in
``whatif_runs``; live reports filter on ``mode = 'live'`` and never see them
(``mode='simulated'`` reports show them). The whatif_runs row is written before the
run's actions: real runs (also those on the simulated tenant, mode 'simulated')
exclude what-if run ids (``remediation.impact.REAL_RUNS_SQL``), so a what-if result
never counts as "already remediated", never makes a change pending, and is never restored.
A simulation writes no mar log lines, raises no connectivity alert and never
marks a verdict change handled. ``simulate`` counts copies already remediated
live as already remediated (what would happen now); ``replay`` ignores the
live journal (what would have happened).
"""
from __future__ import annotations

import json
import logging
import time
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pandas as pd

from marlib.errors import InputError, SettingsError
from marlib.models import TenantKind
from marlib.progress import Progress, no_progress
from marlib.remediation.alerts import AlertBook
from marlib.remediation.engine import EngineOptions
from marlib.remediation.impact import find_verdict_changes
from marlib.remediation.journal import MemoryJournal, RunRecord
from marlib.remediation.marlog import MarLog
from marlib.remediation.plan import o365_domains, plan
from marlib.remediation.policies import list_policies, policy_hint, validate_policy
from marlib.remediation.run import (OUTCOME_KEYS, RunResult, count_outcomes, drop_superseded, execute_plan,
                                   journal_tenant, plan_run)
from marlib.store import Store
from marlib.tenant.from_store import BuiltTenant, build_tenant, chosen, load_tenant, office365_domains
from marlib.whatif_estimate import Estimate, GraphLimits, MeteredMailboxes, chain_length, estimate
from marlib.whatif_scenario import (PolicyRule, Scenario, as_scenario, load_scenario, read_scenario_json,
                                     scenario_in_file)

log = logging.getLogger(__name__)

MODE = "simulated"
# no journal rows carry this mode: replay ignores what was already remediated
_NO_DONE_MODE = "whatif-none"
SIM_WORKERS = 4   # the simulated tenant has no latency: more threads only add contention

__all__ = ["SimulationResult", "Prepared", "prepare", "simulate", "preview", "compare", "compare_results",
           "changed_recipients", "replay", "simulation_runs", "simulation_outcomes", "effective_policies",
           "scenario_changes"]


@dataclass
class SimulationResult:
    """One simulated run: per-copy outcomes (like a live run's), totals, budget and duration."""
    run_id: str
    scenario: Scenario
    outcomes: pd.DataFrame
    estimate: Estimate
    domains: tuple[str, ...] = ()
    verdict_changes: int = 0
    hypothetical: list[str] = field(default_factory=list)   # hashes without a recorded change
    tenant: dict[str, int] = field(default_factory=dict)    # users / groups / messages built
    kind: str = "simulate"                                  # simulate | replay | compare
    timings: dict[str, float] = field(default_factory=dict)  # seconds per phase
    # changes in scope left out because a later retrospective CLEAN superseded them (as --pending)
    superseded: list[dict[str, Any]] = field(default_factory=list)
    # run on a copy of the active simulated tenant (``preview``), not on a what-if tenant built from the logs
    on_active_tenant: bool = False

    @property
    def counts(self) -> dict[str, Any]:
        return count_outcomes(self.outcomes)

    @property
    def requests(self) -> int:
        return self.estimate.requests

    @property
    def estimated_seconds(self) -> float:
        return self.estimate.seconds

    def by_verdict(self) -> pd.DataFrame:
        """Outcomes per SHA-256 (replay: one row per past verdict change): counts by status."""
        if len(self.outcomes) == 0:
            return pd.DataFrame(columns=["sha256", "succeeded", "failed", "skipped", "total"])
        table = pd.crosstab(self.outcomes["sha256"], self.outcomes["status"])
        for col in ("succeeded", "failed", "skipped"):
            if col not in table.columns:
                table[col] = 0
        table["total"] = table[["succeeded", "failed", "skipped"]].sum(axis=1)
        return table[["succeeded", "failed", "skipped", "total"]].reset_index()

    @property
    def nothing_to_do(self) -> str | None:
        """Why no what-if run was recorded (no verdict change to simulate), as ``RunResult.nothing_to_do``."""
        if self.verdict_changes:
            return None
        left = len(self.superseded)
        return "no verdict change to simulate" + (
            f" ({left} superseded by a later CLEAN verdict: name one with --sha256 to simulate it anyway)"
            if left else "")

    def to_json(self) -> dict[str, Any]:
        """Shaped like ``remediate --json`` plus ``requests`` and ``estimated_seconds``: with nothing to simulate
        (no run recorded), ``run_id`` null and ``nothing_to_do``, as there."""
        base = RunResult(None if self.nothing_to_do else self.run_id, MODE, TenantKind.SIMULATED.value,
                         self.outcomes, self.verdict_changes, superseded=self.superseded,
                         nothing_to_do=self.nothing_to_do).to_json()
        base.pop("resumed", None)
        base.update({"scenario": self.scenario.name, "seed": self.scenario.seed,
                     "requests": self.requests, "estimated_seconds": self.estimated_seconds,
                     "budget": self.estimate.as_dict(), "domains": list(self.domains),
                     "hypothetical": self.hypothetical, "tenant_built": self.tenant,
                     "on_active_tenant": self.on_active_tenant})
        return base


class _QuietMarLog(MarLog):
    """A simulation writes no appliance log lines: they would read as real remediation."""

    def __init__(self) -> None:
        super().__init__(None)

    def run_started(self, *args: Any, **kwargs: Any) -> None:
        pass

    def outcome(self, row: dict[str, Any]) -> None:
        pass

    def not_found(self, recipient: str) -> None:
        pass


# --------------------------------------------------------------------------- inputs
def effective_policies(store: Store, scenario: Scenario) -> pd.DataFrame:
    """The scenario's policy configuration: the current policies (or none) edited by the scenario."""
    rows: dict[str, dict[str, Any]] = {}
    for pol in list_policies(store):   # also registers policies seen in the logs
        rows[pol.name] = {"name": pol.name, "mar_enabled": pol.mar_enabled, "action": pol.action,
                          "forward_to": pol.forward_to, "source": pol.source}
        if scenario.policy_base == "none":
            rows[pol.name].update(mar_enabled=False)
    for name in list(rows):
        if scenario.policy_all:
            _apply(rows[name], scenario.policy_all)
    _check_policy_names(scenario, rows)
    for name, rule in scenario.policy_set.items():
        _apply(rows[name], rule)
    for row in rows.values():   # the same checks as `policy set`
        row["forward_to"] = _checked_policy(scenario, row).forward_to
    columns = ["name", "mar_enabled", "action", "forward_to", "source"]
    return pd.DataFrame(list(rows.values()), columns=columns)


def _checked_policy(scenario: Scenario, row: dict[str, Any]):
    """``validate_policy`` on a policy as the scenario left it; its error names the scenario and the key to fix
    in it (`policy set`'s advice names --forward-to, which a what-if command does not have)."""
    try:
        return validate_policy(row["name"], row["mar_enabled"], row["action"], row["forward_to"])
    except InputError as exc:
        key = f"policies.set[{row['name']!r}]" if row["name"] in scenario.policy_set else "policies.all"
        advice = exc.advice
        if not row["forward_to"]:
            advice = (f'add "forward_to": "soc@corp.example" (the administrator\'s address) to the scenario\'s {key}, '
                      f"or give policy {row['name']} a forward-to address (`python -m marlib policy set "
                      f"{row['name']} ... --forward-to ADDR`)")
        raise InputError(f"Scenario '{scenario.name}', policy {row['name']!r}: {exc.message}",
                         advice=advice) from None


def _check_policy_names(scenario: Scenario, known: dict[str, Any]) -> None:
    """``policies.set`` edits known policies only: every inbound policy in the logs is known (listing
    them registers it), so a name that is not known matches no mail and would change nothing (a typo)."""
    unknown = [name for name in scenario.policy_set if name not in known]
    if not unknown:
        return
    hints = [(f"{name!r}: " if len(unknown) > 1 else "") + hint
             for name in unknown if (hint := policy_hint(name, known))]
    listed = ", ".join(repr(k) for k in sorted(known)[:30]) + (", ..." if len(known) > 30 else "")
    raise InputError(
        f"Scenario policies.set names {'a policy' if len(unknown) == 1 else 'policies'} this database does "
        f"not know: {', '.join(repr(n) for n in unknown)}; it would match no mail and change nothing",
        advice=" ".join(hints + [f"Known policies: {listed}." if known else
                                 "No policy is known yet: ingest the mail logs, or `policy set NAME ...`."]))


def _apply(row: dict[str, Any], rule: PolicyRule) -> None:
    if rule.mar is not None:
        row["mar_enabled"] = rule.mar
    if rule.action is not None:
        row["action"] = rule.action
    if rule.forward_to is not None:
        row["forward_to"] = rule.forward_to


def scenario_changes(con, scenario: Scenario, *, mode: str = "live", as_now: bool = True,
                     tenant: str | None = None) -> tuple[pd.DataFrame, list[str], list[dict[str, Any]]]:
    """The verdict changes a scenario covers, the hashes it names without a recorded change, and
    the changes left out as superseded.

    Without named hashes (every change, or a window) the selection is ``remediate --pending``'s:
    a change not handled by a real run of journal ``mode`` that a later retrospective CLEAN
    verdict superseded is left out (``remediation.run.drop_superseded``). A named hash is acted
    on anyway, like ``remediate --sha256``. ``as_now`` False (replay: what would have happened as each
    verdict came, when the CLEAN one was still to come) keeps the superseded ones too. A named hash with
    no retrospective MALICIOUS verdict
    yet is simulated as if one arrived now ("what if this file turns malicious"), provided some
    message carried it.
    """
    hashes = list(scenario.sha256) or None
    changes = find_verdict_changes(con, sha256=hashes)
    if scenario.since is not None:
        changes = changes[changes["event_time"] >= pd.Timestamp(scenario.since)]
    if scenario.until is not None:
        changes = changes[changes["event_time"] < pd.Timestamp(scenario.until)]
    superseded: list[dict[str, Any]] = []
    if hashes is None and as_now:
        changes, superseded = drop_superseded(con, changes, mode, tenant)
    missing = sorted(set(hashes or ()) - set(changes["sha256"].str.lower()))
    if missing:
        carried = {r[0] for r in con.execute(
            "SELECT lower(sha256) FROM attachments WHERE list_contains(?, lower(sha256)) UNION "
            "SELECT lower(sha256) FROM verdict_events "
            "WHERE mid IS NOT NULL AND list_contains(?, lower(sha256))",
            [missing, missing]).fetchall()}
        unknown = [h for h in missing if h not in carried]
        if unknown:
            raise InputError(f"no message in the store carried {', '.join(unknown)}",
                             advice="check the SHA-256, or ingest the logs that name it first")
        changes = pd.concat([changes, _hypothetical(missing)], ignore_index=True)
    return changes.reset_index(drop=True), missing, superseded


def _hypothetical(hashes: list[str]) -> pd.DataFrame:
    now = pd.Timestamp(datetime.now(timezone.utc).replace(tzinfo=None))
    return pd.DataFrame({"event_key": [f"whatif:{h}" for h in hashes], "sha256": hashes,
                         "verdict": "MALICIOUS", "event_time": now, "threat_name": None,
                         "previous_verdict": "UNKNOWN"})


# --------------------------------------------------------------------------- simulate
@dataclass
class Prepared:
    """Everything a simulation needs before the engine runs: what ``simulate`` would act on."""
    scenario: Scenario
    changes: pd.DataFrame
    hypothetical: list[str]
    policies: pd.DataFrame
    domains: tuple[str, ...] | None      # None: no domain configured (no domain check)
    plan: pd.DataFrame
    tenant: BuiltTenant
    superseded: list[dict[str, Any]] = field(default_factory=list)   # left out, as remediate --pending
    # ``preview``: the tenant is a copy of the active simulated tenant, so what its real runs did counts as done
    # (the store's journal is read, as a real run reads it) and a --pending preview retries only
    on_active_tenant: bool = False
    retry_only: bool = False


def prepare(store: Store, scenario: Scenario | dict | str | None = None, *,
            sha256: list[str] | str | None = None, seed: int | None = None,
            skip_done: bool = True, clock: _Clock | None = None) -> Prepared:
    """Verdict changes, policies, domains, E's plan and the simulated tenant for a scenario.

    ``prepare(...).tenant.model.to_dict()`` is the tenant file that loads the same
    tenant into the emulator (``simulate --export-tenant``).
    """
    sc = as_scenario(scenario)
    if sha256:
        sc = sc.with_hashes([sha256] if isinstance(sha256, str) else list(sha256))
    if seed is not None:
        sc = replace(sc, seed=int(seed))
    clock = clock or _Clock()
    policies = effective_policies(store, sc)
    clock.mark("policies")
    loaded = load_tenant(sc.tenant.file, sc.tenant.domains) if sc.tenant.file else None
    done_mode = "live" if skip_done else _NO_DONE_MODE
    tenant = journal_tenant(store, None, done_mode)   # what the current live tenant has had done
    with store.connect() as con:
        # replay (skip_done False) replays history: every change, as each verdict came
        changes, hypothetical, superseded = scenario_changes(con, sc, mode=done_mode, as_now=skip_done,
                                                             tenant=tenant)
        clock.mark("changes")
        domains = (loaded.domains or None) if loaded else office365_domains(
            store, con, sc.tenant.domains, seed=sc.seed, outside_share=sc.tenant.outside_share)
        plan_df = _plan(con, changes, domains, policies, done_mode, tenant)
        planned = plan_df[plan_df["status"] == "planned"]
        clock.mark("plan")
        tenant = loaded or build_tenant(store, sc.tenant, copies=_copies_for_tenant(con, planned),
                                        seed=sc.seed, con=con, domains=domains)
        clock.mark("tenant")
    return Prepared(sc, changes, hypothetical, policies, domains, plan_df, tenant, superseded)


def simulate(store: Store, scenario: Scenario | dict | str | None = None, *,
             sha256: list[str] | str | None = None, seed: int | None = None,
             progress: Progress | None = None, save: bool = True,
             limits: GraphLimits | None = None, kind: str = "simulate",
             skip_done: bool = True) -> SimulationResult:
    """Run the remediation engine for a scenario against a simulated tenant.

    ``sha256`` (one or more hashes) overrides the scenario's hashes; ``seed``
    overrides its seed. ``save`` journals the outcomes with ``mode='simulated'``.
    ``skip_done``: copies already remediated live count as already remediated.
    """
    progress = progress or no_progress
    progress(0, None, "planning")
    clock = _Clock()
    prep = prepare(store, scenario, sha256=sha256, seed=seed, skip_done=skip_done, clock=clock)
    res = _execute(store, prep, progress, save, limits, kind, clock)
    log.info("simulation %s (%s): %d outcomes; seconds %s", res.run_id, prep.scenario.name,
             len(res.outcomes), res.timings)
    return res


PREVIEW_SCENARIO = "active simulated tenant (copy)"


def preview(store: Store, sha256: list[str] | str | None = None, *, session: Any = None,
            progress: Progress | None = None, save: bool = True) -> SimulationResult:
    """What ``remediate --sha256`` (no hash: ``remediate --pending``) on the active simulated tenant would do
    now, run on a copy of that tenant: its users, lists, licences, the messages still there or already gone.

    The same verdict changes, policies and plan as the real run (``remediation.run.plan_run``), copies its
    earlier runs remediated counted as done; the copy is thrown away, the tenant's saved state, the
    remediation journal and the real runs are left alone (the result is a what-if run, ``save``). ``session``:
    the process's ``SimulatedSession`` (the app's), else the saved state. A Graph tenant (Microsoft or the
    emulator) has no copy to make: SettingsError (``simulate`` builds a what-if tenant from the logs)."""
    from marlib.remediation.backend import simulated_tenant_copy, tenant_mode
    if tenant_mode(store) != "simulated":
        raise SettingsError("The active tenant is a Graph tenant (Office 365 or the emulator): there is no copy "
                            "of it to simulate on",
                            advice="simulate on a what-if tenant built from the logs instead (without "
                                   "--on-active-tenant), or choose the simulated tenant: `python -m marlib "
                                   "settings tenant simulated`")
    progress = progress or no_progress
    progress(0, None, "planning")
    clock = _Clock()
    sc = replace(Scenario(), name=PREVIEW_SCENARIO).with_hashes([sha256] if isinstance(sha256, str) else
                                                                 list(sha256 or ()))
    hashes = list(sc.sha256) or None
    with simulated_tenant_copy(store, session) as model:   # planned as a run would, holding the tenant
        clock.mark("tenant")
        changes, superseded, plan_df = plan_run(store, hashes, done_mode=MODE)   # MODE: the tenant's real runs
        clock.mark("plan")
    domains = o365_domains(store)   # the real run's: the mailbox settings' domains, else no domain check
    tenant = BuiltTenant(model, tuple(domains or ()), {}, PREVIEW_SCENARIO)
    prep = Prepared(sc, changes, [], pd.DataFrame(), tenant.domains or None, plan_df, tenant, superseded,
                    on_active_tenant=True, retry_only=hashes is None)
    res = _execute(store, prep, progress, save, None, "simulate", clock)
    log.info("preview %s on a copy of the simulated tenant: %d outcomes", res.run_id, len(res.outcomes))
    return res


class _Clock:
    """Seconds spent per phase (``SimulationResult.timings``)."""

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.phases: dict[str, float] = {}

    def mark(self, phase: str) -> None:
        now = time.perf_counter()
        self.phases[phase] = round(now - self.last, 3)
        self.last = now


def _plan(con, changes: pd.DataFrame, domains: tuple[str, ...] | None, policies: pd.DataFrame | None,
          done_mode: str, tenant: str | None = None) -> pd.DataFrame:
    """E's plan; ``domains`` None: no domain configured, every inbound recipient domain counts; ``tenant``:
    the live tenant whose runs count as done (remediation.run.journal_tenant)."""
    if len(changes) == 0:
        return plan(con, changes)
    return plan(con, changes, domains=None if domains is None else list(domains), policies=policies,
                done_mode=done_mode, tenant=tenant)


def _copies_for_tenant(con, planned: pd.DataFrame) -> pd.DataFrame:
    """Planned (recipient, Message-ID) pairs with their subject, as the tenant builder wants them."""
    cols = ["recipient", "message_id", "subject", "filename", "sha256"]
    if len(planned) == 0:
        return pd.DataFrame(columns=cols)
    frame = planned[["mid", "recipient", "message_id", "filename", "sha256"]]
    con.register("_whatif_planned", frame)
    try:
        return con.execute("SELECT p.recipient, p.message_id, coalesce(m.subject, '') AS subject, "
                           "p.filename, p.sha256 FROM _whatif_planned p "
                           "LEFT JOIN messages m ON m.mid = p.mid").df()
    finally:
        con.unregister("_whatif_planned")


def _execute(store: Store, prep: Prepared, progress: Progress, save: bool, limits: GraphLimits | None,
             kind: str, clock: _Clock) -> SimulationResult:
    sc, changes, plan_df, tenant = prep.scenario, prep.changes, prep.plan, prep.tenant
    # the seeded shares become explicit address sets once: a set lookup per call, not a hash
    addresses = _addresses(plan_df, tenant)
    mailboxes = MeteredMailboxes(
        tenant.model, seed=sc.seed,
        outage=chosen(addresses, sc.seed, "outage", sc.tenant.outage_share),
        throttle=chosen(addresses, sc.seed, "throttle", sc.tenant.throttled_share))
    counter = mailboxes.counter
    journal = MemoryJournal(store if save else None, MODE)
    run = RunRecord(uuid.uuid4().hex, MODE, TenantKind.SIMULATED.value, kind,
                    sorted(set(changes["sha256"])) if len(changes) else [])
    saving = save and len(changes) > 0
    if saving:   # recorded as a what-if run before its actions exist: they never count as done
        _claim_whatif_run(store, run.run_id, kind, sc)
    if len(changes):
        try:
            # store=None: a what-if tenant reads no journal; a copy of the active tenant reads it as its real
            # runs do (copies done earlier). Neither raises alerts nor writes the mar log.
            result = execute_plan(plan_df, mailboxes, journal, run, changes,
                                  store=store if prep.on_active_tenant else None, alerts=AlertBook(None),
                                  marlog=_QuietMarLog(), progress=progress, retry_only=prep.retry_only,
                                  # every copy's outcome counts here: its outages are shares of mailboxes
                                  options=EngineOptions(max_workers=SIM_WORKERS, outage_after=None))
        except BaseException:
            if saving:
                _drop_whatif_run(store, run.run_id)
            raise
        outcomes = result.outcomes
    else:
        outcomes = pd.DataFrame(columns=OUTCOME_KEYS + ["message_id"])
    clock.mark("engine")
    actions = set(outcomes["action"].dropna()) if len(outcomes) else set()
    est = estimate(counter.pairs(), chain=chain_length(actions),
                   limits=limits or GraphLimits(latency_s=sc.tenant.latency_ms / 1000.0))
    built = {"users": len(tenant.model.users), "groups": len(tenant.model.groups),
             "messages": len(tenant.model.messages())}
    res = SimulationResult(run.run_id, sc, outcomes, est, tenant.domains, len(changes), prep.hypothetical,
                           built, kind, clock.phases, prep.superseded, prep.on_active_tenant)
    if saving:
        _save_meta(store, res)
        clock.mark("save")
    progress(len(outcomes), len(outcomes), "simulated")
    return res


def _addresses(plan_df: pd.DataFrame, tenant: BuiltTenant) -> set[str]:
    """Every address the engine may call: planned recipients, the tenant's users and list members."""
    out = set(plan_df.loc[plan_df["status"] == "planned", "recipient"].str.lower())
    out.update(tenant.model.users)
    for group in tenant.model.groups.values():
        out.update(m.lower() for m in group.members)
    return out


def _claim_whatif_run(store: Store, run_id: str, kind: str, sc: Scenario) -> None:
    """The whatif_runs row, written first: the run's journal rows are what-if from the start."""
    with store.connect() as con:
        con.execute("INSERT INTO whatif_runs(run_id, kind, scenario_name, scenario, seed, created_at) "
                    "VALUES (?, ?, ?, ?, ?, now())",
                    [run_id, kind, sc.name, json.dumps(sc.as_dict(), default=str), sc.seed])


def _drop_whatif_run(store: Store, run_id: str) -> None:
    with store.connect() as con:
        con.execute("DELETE FROM whatif_runs WHERE run_id = ?", [run_id])


def _save_meta(store: Store, res: SimulationResult) -> None:
    with store.connect() as con:
        con.execute("UPDATE whatif_runs SET requests = ?, estimated_seconds = ?, budget = ? WHERE run_id = ?",
                    [res.requests, res.estimated_seconds, json.dumps(res.estimate.as_dict()), res.run_id])


# --------------------------------------------------------------------------- compare
COMPARE_FIELDS = ("action", "status", "reason")


def _keyed(outcomes: pd.DataFrame) -> pd.DataFrame:
    df = outcomes.reindex(columns=["mid", "message_id", "recipient", "mailbox", "sha256", "action",
                                   "status", "reason", "detail"]).copy()
    df["mailbox"] = df["mailbox"].fillna(df["recipient"])
    df["message_id"] = df["message_id"].fillna("mid:" + df["mid"].astype(str))
    return df.drop_duplicates(["message_id", "recipient", "mailbox"])


def compare_results(a: SimulationResult, b: SimulationResult, *, all_changes: bool = False) -> pd.DataFrame:
    """Copies whose outcome differs between two results, or that exist in only one.

    The outcome differs when the status or the reason differs, or when both sides
    succeeded with different actions (delete versus forward-delete). A different
    action on a copy nothing happens to on either side (e.g. skipped not_delivered
    both times) is listed only with ``all_changes``.
    """
    ka, kb = _keyed(a.outcomes), _keyed(b.outcomes)
    merged = ka.merge(kb, on=["message_id", "recipient", "mailbox"], how="outer", suffixes=("_a", "_b"),
                      indicator=True)
    differs = merged["_merge"] != "both"
    for col in ("status", "reason"):
        differs |= merged[f"{col}_a"].fillna("") != merged[f"{col}_b"].fillna("")
    other_action = merged["action_a"].fillna("") != merged["action_b"].fillna("")
    acted = (merged["status_a"] == "succeeded") & (merged["status_b"] == "succeeded")
    differs |= other_action & (acted | all_changes)
    out = merged[differs].copy()
    out["mid"] = out["mid_a"].combine_first(out["mid_b"]).astype("Int64")
    out["sha256"] = out["sha256_a"].combine_first(out["sha256_b"])
    out["change"] = out["_merge"].map({"left_only": "only in A", "right_only": "only in B",
                                       "both": "changed"}).astype(str)
    cols = ["recipient", "mailbox", "message_id", "mid", "sha256",
            *(f"{c}_a" for c in (*COMPARE_FIELDS, "detail")),
            *(f"{c}_b" for c in (*COMPARE_FIELDS, "detail")),
            "change"]
    out = out[cols].sort_values(["recipient", "mailbox", "message_id"]).reset_index(drop=True)
    out.attrs["a"] = _summary(a)
    out.attrs["b"] = _summary(b)
    return out


def _summary(r: SimulationResult) -> dict[str, Any]:
    return {"name": r.scenario.name, "run_id": r.run_id, "counts": r.counts, "requests": r.requests,
            "estimated_seconds": r.estimated_seconds, "superseded": r.superseded}


def compare(store: Store, a: Scenario | dict | str, b: Scenario | dict | str, *,
            sha256: list[str] | str | None = None, seed: int | None = None,
            save: bool = False, all_changes: bool = False) -> pd.DataFrame:
    """Simulate two scenarios (same seed) and return the copies whose outcome changes.

    ``frame.attrs['a'|'b']`` hold each side's counts, request budget and estimate;
    ``all_changes``: see ``compare_results``.
    """
    ra = simulate(store, a, sha256=sha256, seed=seed, save=save, kind="compare")
    rb = simulate(store, b, sha256=sha256, seed=seed, save=save, kind="compare")
    return compare_results(ra, rb, all_changes=all_changes)


def changed_recipients(frame: pd.DataFrame) -> list[str]:
    """The recipients (addresses from the logs) listed by ``compare``."""
    return sorted(set(frame["recipient"])) if len(frame) else []


# --------------------------------------------------------------------------- replay
def replay(store: Store, policies: Scenario | dict | str | pd.DataFrame | None = None,
           since: datetime | str | None = None, until: datetime | str | None = None, *,
           seed: int | None = None, progress: Progress | None = None, save: bool = True) -> SimulationResult:
    """Every past retrospective verdict change (in [since, until)) under a policy set.

    ``policies``: a scenario (its policies and tenant behaviour are used, its
    hashes ignored), a dict in the scenario's ``policies`` form, or None (the
    current policies). What was already remediated live is ignored: the answer
    is what would have happened, as each verdict came: a change a later retrospective
    CLEAN verdict superseded is replayed too (MAR acted on it before the CLEAN came).
    """
    sc = _replay_scenario(policies)
    sc = replace(sc, sha256=(), since=_when(since, "since") or sc.since, until=_when(until, "until") or sc.until,
                 name=sc.name if sc.name != "scenario" else "replay")
    return simulate(store, sc, seed=seed, progress=progress, save=save, kind="replay", skip_done=False)


def _replay_scenario(policies: Any) -> Scenario:
    """A scenario, or a bare policies object ({base, all, set}) given as a dict or JSON file."""
    if isinstance(policies, (str, Path)):
        path = Path(policies)
        raw = read_scenario_json(path, "Policies file")
        if _bare_policies(raw):
            return replace(scenario_in_file({"policies": raw}, path), name=path.stem)
        return load_scenario(path)
    if isinstance(policies, pd.DataFrame):
        raise InputError("replay takes policies in the scenario form, not a DataFrame",
                         advice='give {"base": "current", "all": {...}, "set": {...}}')
    if _bare_policies(policies):
        return as_scenario({"policies": policies})
    return as_scenario(policies)


def _bare_policies(raw: Any) -> bool:
    return isinstance(raw, dict) and bool(raw) and set(raw) <= {"base", "all", "set"}


def _when(value: datetime | str | None, what: str) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    from marlib.whatif_scenario import _time
    return _time(value, what)


# --------------------------------------------------------------------------- stored results
def simulation_runs(store: Store, limit: int = 50) -> pd.DataFrame:
    """Recent simulated runs: scenario, counts (succeeded, failed, skipped, then the whole JSON), request budget,
    estimated duration."""
    return store.query_df("""
        SELECT w.run_id, w.kind, w.scenario_name, w.seed, r.started_at,
               TRY_CAST(r.counts->>'succeeded' AS BIGINT) AS succeeded,
               TRY_CAST(r.counts->>'failed' AS BIGINT) AS failed,
               TRY_CAST(r.counts->>'skipped' AS BIGINT) AS skipped, w.requests, w.estimated_seconds, r.counts,
               w.scenario
        FROM whatif_runs w LEFT JOIN remediation_runs r USING (run_id)
        ORDER BY w.created_at DESC LIMIT ?""", [limit])


def simulation_outcomes(store: Store, run_id: str) -> pd.DataFrame:
    """The per-copy outcomes of one simulated run."""
    return store.query_df("SELECT * FROM remediation_actions WHERE mode = ? AND run_id = ? "
                          "ORDER BY recipient, mailbox, message_id", [MODE, run_id])
