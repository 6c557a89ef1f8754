"""Remediation runs: verdict changes -> plan -> group expansion -> journal -> engine -> outcomes.

The functions the CLI, the app, ``watch`` and the what-if simulator call::

    remediate(store, mailboxes, sha256=[...] | pending=True, dry_run=False, journal=None,
              progress=cb, options=EngineOptions(), policies=None, domains=...) -> RunResult
    restore(store, mailboxes, sha256, ...) -> RunResult
    resume_interrupted(store, mailboxes, journal=None, ...) -> list[RunResult]
    execute_plan(plan_df, mailboxes, journal, run, changes, ...) -> RunResult   # what-if

A live run (a Graph backend: Microsoft or the emulator) journals durably in the
store (``DuckJournal``) and first resumes runs killed before they finished.
Simulated runs default to the in-memory journal (bulk-written at the end). A run on the simulated
tenant kept across runs holds it from taking up its saved state to saving its own
(``SimulatedMailboxes.exclusive``), so overlapping runs of two processes take turns.
"""
from __future__ import annotations

import functools
import json
import logging
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import pandas as pd

from marlib.errors import InputError, MarlibError, SettingsError
from marlib.models import Action, Reason, TenantKind
from marlib.progress import Progress, no_progress
from marlib.remediation.alerts import AlertBook
from marlib.remediation.engine import Engine, EngineOptions
from marlib.remediation.outage import Outage, note_run_outage
from marlib.remediation.impact import (find_clean_after, find_verdict_changes, impact, is_microsoft_tenant,
                                      of_tenant_sql, real_runs_sql, superseded_changes, verdict_changes)
from marlib.remediation.journal import (LAST_WRITE_SQL, DuckJournal, Journal, MemoryJournal, RunRecord,
                                       naive_datetime, owner_alive, process_owner, utcnow)
from marlib.remediation.marlog import MarLog, for_store
from marlib.remediation.plan import (PLAN_COLUMNS, done_copies, done_direct_copies, expand, final_failures,
                                     o365_domains, plan)
from marlib.remediation.policies import sync_policies_from_logs
from marlib.remediation.state_lock import StopRequested
from marlib.store import Store, ctrl_c_held, named_params
from marlib.tenant.base import Mailboxes

log = logging.getLogger(__name__)

OUTCOME_KEYS = ["mid", "recipient", "mailbox", "sha256", "action", "status", "reason", "detail"]
_COPY = ["mid", "recipient", "mailbox", "action"]   # one copy's action, in any run
_SETTINGS_DOMAINS = object()


@dataclass
class RunResult:
    """What a run did: one outcome per copy, and counts."""
    run_id: str | None            # None: no run was recorded (see nothing_to_do)
    mode: str
    tenant: str
    outcomes: pd.DataFrame
    changes: int = 0
    resumed: list[RunResult] = field(default_factory=list)
    # --pending: unhandled changes left out because a later retrospective CLEAN superseded them
    superseded: list[dict[str, Any]] = field(default_factory=list)
    # the run stopped early because Graph / Entra / the proxy stopped answering, or answered server errors only
    # (see EngineOptions.outage_after)
    outage: Outage | None = None
    # why no run was recorded (run_id None): nothing pending, nothing to restore, stopped before it started
    nothing_to_do: str | None = None

    @property
    def stopped_by_outage(self) -> Outage | None:
        """The outage that stopped this run or a run it resumed first, else None."""
        return self.outage or next((r.outage for r in self.resumed if r.outage), None)

    @property
    def counts(self) -> dict[str, Any]:
        return count_outcomes(self.outcomes)

    @property
    def total_counts(self) -> dict[str, Any]:
        """What the command did in all: :attr:`counts` and those of the interrupted runs resumed first, each copy
        once. A copy in both (``remediate --sha256`` of a change the resumed run covered) counts with the
        outcome of the last run that acted on it, not also as this run's "already done" skip."""
        if not self.resumed:
            return self.counts
        runs = [r.outcomes for r in self.resumed] + [self.outcomes]
        rows = [o.reindex(columns=OUTCOME_KEYS).assign(_run=i) for i, o in enumerate(runs) if len(o)]
        if not rows:
            return count_outcomes(self.outcomes)
        every = pd.concat(rows, ignore_index=True)
        # the same copy twice within one run (never expected) stays twice: only runs are folded together
        every["_nth"] = every.groupby(_COPY + ["_run"], dropna=False).cumcount()
        every["_acted"] = every["status"] != "skipped"
        last = every.sort_values(["_acted", "_run"], kind="stable").drop_duplicates(_COPY + ["_nth"], keep="last")
        return count_outcomes(last[OUTCOME_KEYS])

    def to_json(self) -> dict[str, Any]:
        """The ``--json`` object: run_id, mode, outcomes, counts (plus tenant, verdict_changes, resumed runs,
        superseded changes, total_counts: this run's and the resumed runs' counts together, and outage: None, or
        why the command stopped early with the notice to show, see :func:`outage_notice`)."""
        cols = OUTCOME_KEYS + ["message_id", "filename", "action_id"]
        df = self.outcomes.reindex(columns=cols).astype(object)
        df = df.where(df.notna(), None)
        outcomes = df.to_dict("records")
        for o in outcomes:
            if o["mid"] is not None:
                o["mid"] = int(o["mid"])
        return {"run_id": self.run_id, "mode": self.mode, "tenant": self.tenant, "outcomes": outcomes,
                "counts": self.counts, "verdict_changes": self.changes,
                "resumed": [{"run_id": r.run_id, "counts": r.counts} for r in self.resumed],
                "superseded": self.superseded, "total_counts": self.total_counts,
                "outage": _outage_json(self),
                **({"nothing_to_do": self.nothing_to_do} if self.nothing_to_do else {})}


def _outage_json(result: RunResult) -> dict[str, Any] | None:
    outage = result.stopped_by_outage
    if outage is None:
        return None
    return {**outage.as_dict(), "left": copies_left(result), "notice": outage_notice(result)}


def copies_left(result: RunResult) -> int:
    """Copies of the run (and of the runs it resumed) not done: left for the next run."""
    return sum(int((r.outcomes["status"] == "planned").sum()) if len(r.outcomes) else 0
               for r in (*result.resumed, result))


def outage_notice(result: RunResult, *, watching: bool = False) -> str | None:
    """What to tell the user when the run stopped because the service stopped answering, or answered server
    errors only (else None). ``watching``: the run of a watch step, which resumes it by itself."""
    outage = result.stopped_by_outage
    if outage is None:
        return None
    runs_ = (*result.resumed, result)
    failed = sum(int(((r.outcomes["status"] == "failed") & (r.outcomes["reason"] == Reason.CONNECTIVITY.value))
                     .sum()) for r in runs_ if len(r.outcomes))
    left = copies_left(result)
    restoring = len(result.outcomes) > 0 and bool((result.outcomes["action"] == Action.RESTORE.value).any())
    verb = "restore" if restoring else "remediation"
    text = (f"{verb} stopped: {outage.answer} for {outage.failures} {outage.what} in a row ({outage.cause}). "
            if outage.answer else
            f"{verb} stopped: {outage.failures} {outage.what} in a row got no answer ({outage.cause}). ")
    if left:
        text += (f"{plural(left, 'copy was', 'copies were')} not done: left for the next run ("
                 + ("`restore` of the hash again, or remediate or the next watch step" if restoring else
                    "remediate, or the next watch step") + "), which does each once")
    elif outage.what != "copies":   # while recipients were looked up: the run was not started
        # a `remediate --sha256` of a change handled already leaves it handled: only "pending" ones wait
        text += ("No copy was started and nothing was recorded: the verdict changes are as they were (pending ones "
                 "stay pending for the next run)")
    else:
        text = text.rstrip(". ")
    if failed:
        text += f"; {plural(failed, 'copy', 'copies')} failed for connectivity: " + (
            "`restore` of the hash again tries them" if restoring else "`remediate --pending` (and watch) tries "
                                                                         "them again")
    what = f"What to do: {outage.advice or 'check the network and the proxy'}"
    if watching:
        return (text + f". {what}. Remediation is paused meanwhile: each watch step first asks whether the service "
                "answers again and resumes the run then.")
    return text + f". {what}; then run again."


def plural(n: int, one: str, many: str) -> str:
    """``1 copy`` / ``2 copies``."""
    return f"{n} {one if n == 1 else many}"


def count_outcomes(outcomes: pd.DataFrame) -> dict[str, Any]:
    """Totals by status and by reason (reports group by reason)."""
    counts: dict[str, Any] = {s: 0 for s in ("succeeded", "failed", "skipped", "planned")}
    if len(outcomes):
        for status, n in outcomes["status"].value_counts().items():
            counts[str(status)] = int(n)
        by_reason = outcomes.groupby(["status", "reason"]).size()
        counts["by_reason"] = {f"{s}:{r}": int(n) for (s, r), n in by_reason.items()}
    else:
        counts["by_reason"] = {}
    counts["total"] = int(len(outcomes))
    return counts


def run_mode(mailboxes: Mailboxes | None, dry_run: bool) -> str:
    """live | dry-run | simulated: the journal's ``mode`` column."""
    if dry_run:
        return "dry-run"
    return "simulated" if getattr(mailboxes, "kind", None) == TenantKind.SIMULATED.value else "live"


def default_journal(store: Store, mode: str) -> Journal:
    """Durable for live runs; in memory (bulk-written at the end) for simulated and dry runs."""
    if mode == "live":
        return DuckJournal(store, mode)
    return MemoryJournal(store, mode, handles_changes=mode != "dry-run")


def _engine(mailboxes: Mailboxes, journal: Journal, store: Store | None, marlog: MarLog | None,
            progress: Progress, options: EngineOptions | None,
            should_stop: Callable[[], bool] | None, alerts: AlertBook | None = None) -> Engine:
    alerts = alerts if alerts is not None else AlertBook(store)
    return Engine(mailboxes, journal, alerts=alerts, marlog=marlog, progress=progress, options=options,
                  should_stop=should_stop)


def _alone_on_the_tenant(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn(first, mailboxes, ...)`` holding ``mailboxes`` for the run when they are a tenant kept across runs
    and processes (the simulated tenant's ``exclusive``): another run, in this process or another one, waits
    for this one to save, and the run's ``progress`` says so while it does. A Graph tenant needs nothing:
    Microsoft (or the emulator) keeps the mailboxes."""
    @functools.wraps(fn)
    def alone(first: Any, mailboxes: Any, *args: Any, **kwargs: Any) -> Any:
        exclusive = getattr(mailboxes, "exclusive", None)
        if kwargs.get("dry_run") or not callable(exclusive):
            return fn(first, mailboxes, *args, **kwargs)
        trigger = kwargs.get("trigger")
        progress = kwargs.get("progress") or no_progress
        last = [0, None]   # where the run's progress stopped: the save's message is shown there

        def tracked(done: int, total: int | None, message: str) -> None:
            last[:] = [done, total]
            progress(done, total, message)

        def saving(message: str) -> None:
            progress(last[0], last[1], message)

        kwargs["progress"] = tracked
        with exclusive(f"{fn.__name__} ({trigger})" if trigger else fn.__name__, on_save=saving):
            return fn(first, mailboxes, *args, **kwargs)
    return alone


# -- remediate ------------------------------------------------------------------
def remediate(store: Store, mailboxes: Mailboxes | None, *, dry_run: bool = False, **kwargs: Any) -> RunResult:
    """Remediate the verdict changes for ``sha256`` (or every pending one): see :func:`_remediate`.

    A run that stops for an outage leaves it in the store (:func:`~marlib.remediation.outage.remember_outage`),
    so the next `watch` (or the app's automatic mode) asks first whether the service is back instead of
    resuming the run and failing up to ``outage_after`` copies again (an outage met while the recipients were
    looked up, which starts no run, too); a run that went through without one forgets it."""
    result = _remediate(store, mailboxes, dry_run=dry_run, **kwargs)
    outage = result.stopped_by_outage
    if not dry_run and mailboxes is not None and (outage is not None or result.run_id is not None
                                                  or result.resumed):
        note_run_outage(store, outage)
    return result


@_alone_on_the_tenant
def _remediate(store: Store, mailboxes: Mailboxes | None, *, sha256: Iterable[str] | None = None,
              pending: bool = False, dry_run: bool = False, journal: Journal | None = None,
              progress: Progress = no_progress, options: EngineOptions | None = None,
              policies: pd.DataFrame | None = None, domains: Any = _SETTINGS_DOMAINS,
              trigger: str | None = None, should_stop: Callable[[], bool] | None = None,
              done_mode: str | None = None, retry_delay_s: float = 0.0) -> RunResult:
    """Remediate the verdict changes for ``sha256`` (or every pending one): plan, expand, execute.

    ``dry_run`` plans only and calls nothing. ``domains`` defaults to the mailbox
    settings' Office 365 domains (None: no domain check). ``done_mode``: the journal
    mode whose real runs decide "already remediated" and "pending" (default: the mode
    a real run on ``mailboxes`` has; ``live`` for a dry run without mailboxes).

    ``pending``: changes never handled, plus handled ones with copies whose latest
    outcome failed for a retryable reason (only those copies are tried again); a
    change superseded by a later retrospective CLEAN verdict is left out and listed
    in ``RunResult.superseded``. An explicit ``sha256`` acts even when a later CLEAN
    verdict exists (the administrator asked for it).
    """
    if sha256 is None and not pending:
        raise InputError("nothing to remediate", advice="give --sha256 HEX or --pending")
    hashes = [check_sha256(s) for s in sha256] if sha256 is not None else None
    mode = run_mode(mailboxes, dry_run)
    done_mode = done_mode or run_mode(mailboxes, False)
    if mode == "live":
        _learn_tenant(store, mailboxes)
    on = journal_tenant(store, mailboxes, done_mode)
    if mailboxes is None and not dry_run:
        raise InputError("no mailbox backend for a live run", advice="configure the mailbox settings")
    journal = journal or default_journal(store, mode)
    marlog = for_store(store)
    resumed = [] if dry_run else resume_interrupted(store, mailboxes, journal, marlog=marlog,
                                                   progress=progress, options=options,
                                                   should_stop=should_stop)
    if any(r.outage for r in resumed):   # the service stopped answering: nothing new is planned
        return RunResult(None, mode, getattr(mailboxes, "kind", "none"), pd.DataFrame(columns=PLAN_COLUMNS), 0,
                         resumed, nothing_to_do="no new run started: the service stopped answering while an "
                                                "interrupted run was finished")
    claim = ExitStack()   # the journal, let go once the run's actions are journaled (execute_plan's claimed)
    try:
        claim.enter_context(claiming(store, mode, f"remediate ({trigger or ('sha256' if hashes else 'pending')})",
                                     should_stop))
    except StopRequested:   # stopped while another run held the journal: this one takes nothing
        return RunResult(None, mode, getattr(mailboxes, "kind", "none"), pd.DataFrame(columns=PLAN_COLUMNS), 0,
                         resumed, nothing_to_do="no run started: stopped while another run held the remediation "
                                                "journal")
    with claim:
        pending = pending and hashes is None
        retry_before = (utcnow() - timedelta(seconds=retry_delay_s)) if retry_delay_s > 0 else None
        changes, superseded, plan_df = plan_run(store, hashes, done_mode=done_mode, tenant=on, domains=domains,
                                                policies=policies, retry_before=retry_before,
                                                done_by_recipient=dry_run)
        tenant = getattr(mailboxes, "kind", "none")
        run = RunRecord(uuid.uuid4().hex, mode, tenant, trigger or ("sha256" if hashes else "pending"),
                        sorted(set(changes["sha256"])) if len(changes) else [],
                        tenant=on if mode == "live" else None)
        if len(changes) == 0:   # no run is recorded: none is named
            return RunResult(None, mode, tenant, pd.DataFrame(columns=PLAN_COLUMNS), 0, resumed, superseded,
                             nothing_to_do=_nothing_pending(superseded) + _in_flight(store, mode, run.tenant))
        if dry_run:
            actions = plan_df.assign(mailbox=plan_df["recipient"])
            actions = _with_ids(actions)
            journal.begin(run, changes.iloc[0:0], actions)
            journal.end(run.run_id, count_outcomes(actions))
            return RunResult(run.run_id, mode, tenant, journal.actions(run.run_id), len(changes), resumed,
                             superseded)
        result = execute_plan(plan_df, mailboxes, journal, run, changes, store=store, marlog=marlog,
                              progress=progress, options=options, should_stop=should_stop,
                              retry_only=pending, claimed=claim.close)
    result.resumed = resumed
    result.superseded = superseded
    return result


def plan_run(store: Store, hashes: list[str] | None, *, done_mode: str, tenant: str | None = None,
             domains: Any = _SETTINGS_DOMAINS, policies: pd.DataFrame | None = None,
             retry_before: Any = None, done_by_recipient: bool = False,
             ) -> tuple[pd.DataFrame, list[dict[str, Any]], pd.DataFrame]:
    """What a run for ``hashes`` (None: every pending change, ``--pending``) would act on: its verdict changes,
    the pending ones left out as superseded, and its plan. Shared by :func:`remediate` and the what-if preview
    on a copy of the simulated tenant (``marlib.whatif.preview``), so both act on one plan.
    ``done_by_recipient``: a dry run, which resolves no address (see :func:`marlib.remediation.plan.plan`)."""
    pending = hashes is None
    with store.connect() as con:
        sync_policies_from_logs(con)
        changes = find_verdict_changes(con, sha256=hashes, pending=pending, mode=done_mode,
                                       retry_before=retry_before, tenant=tenant)
        superseded = superseded_list(con, done_mode, tenant) if pending else []
        if hashes is not None and len(changes) == 0:
            raise InputError(f"no retrospective MALICIOUS verdict that changed a clean/unknown/low-risk "
                             f"verdict is known for {', '.join(hashes)}",
                             advice="ingest the amp / mail logs holding the retrospective verdict first")
        doms = o365_domains(store) if domains is _SETTINGS_DOMAINS else domains
        plan_df = plan(con, changes, domains=doms, policies=policies, done_mode=done_mode,
                       retry_only=pending, tenant=tenant, done_by_recipient=done_by_recipient)
    return changes, superseded, plan_df


def _nothing_pending(superseded: list[dict[str, Any]]) -> str:
    # a text that stands alone: in --json, the app or a log nothing is "listed above"
    later = (f" ({len(superseded)} superseded by a later CLEAN verdict, which `python -m marlib changes` lists: "
             "--sha256 acts on one anyway)" if superseded else "")
    return f"nothing pending: no retrospective verdict change waits for remediation on this tenant{later}"


def _in_flight(store: Store, mode: str, tenant: str | None) -> str:
    """What a "nothing pending" adds when a run of ``mode`` on ``tenant`` is in flight (``watch``, the app, another
    ``remediate``): the changes it journaled are no longer pending, though their copies are not all done yet."""
    df = store.query_df("SELECT run_id, status, owner, trigger, started_at, tenant FROM remediation_runs "
                        "WHERE mode = ? AND status NOT IN ('finished', 'stopped') ORDER BY started_at DESC",
                        [mode])
    if df.empty:
        return ""
    df = with_state(store, df)
    same_tenant = [tenant is None or not isinstance(t, str) or t == tenant for t in df["tenant"]]
    busy = df[(df["state"] == "running").to_numpy() & same_tenant]
    if busy.empty:
        return ""
    run = busy.iloc[0]
    progress = run["progress"] if isinstance(run["progress"], dict) else {}
    left = (f" ({progress.get('planned', 0)} of {progress.get('total', 0)} copies left)"
            if progress.get("total") else "")
    return (f"; a {run['trigger']} run started {run['started_at']:%Y-%m-%d %H:%M:%S} UTC is remediating now{left}: "
            "`python -m marlib runs` shows it")


_CLAIM_LOCKS: dict[int, threading.RLock] = {}   # in-memory stores: their threads only
_CLAIM_GUARD = threading.Lock()


@contextmanager
def claiming(store: Store, mode: str, what: str, should_stop: Callable[[], bool] | None = None) -> Iterator[None]:
    """Live runs decide what they take (plan, expand, journal; or resume an interrupted run) one at a time,
    across processes and threads: two watchers of one folder, the app's automatic mode and a CLI run, would
    otherwise both plan the same new change before either journaled it, and act on every copy twice. Held
    until the run's actions are journaled (the next one then sees them as done or taken), not while they
    execute. Other modes need nothing: the simulated tenant is held for a whole run, dry runs act on
    nothing. A stop requested while waiting (``should_stop``) raises StopRequested: the run takes nothing."""
    if mode != "live":
        yield
        return
    if store.memory:
        with _CLAIM_GUARD:
            lock = _CLAIM_LOCKS.setdefault(id(store), threading.RLock())
        with lock:
            yield
        return
    from marlib.remediation.state_lock import state_lock, wait_limit
    journal_lock = state_lock(Path(str(store.path) + ".remediation"), "the remediation journal")
    with journal_lock.hold(what, wait_s=wait_limit(), on_wait=store.on_wait, should_stop=should_stop):
        yield


_ADOPTED: set[tuple[str, str]] = set()   # (database, tenant) whose runs from before migration 140 were taken


def _learn_tenant(store: Store, mailboxes: Any) -> None:
    """A Graph tenant given as a domain learns its GUID before the journal is asked what was done there;
    runs from before tenants were recorded (migration 140) on Microsoft are this tenant's."""
    learn = getattr(mailboxes, "learn_tenant", None)
    if callable(learn):
        learn(store)
    tenant = getattr(mailboxes, "tenant", None)
    if isinstance(tenant, str) and getattr(mailboxes, "kind", None) == TenantKind.MICROSOFT.value:
        done = (str(store.path), tenant)
        if done in _ADOPTED:   # once per process (watch asks every step): no write each time
            return
        with store.connect() as con:
            con.execute("UPDATE remediation_runs SET tenant = ? WHERE tenant IS NULL AND mode = 'live' "
                        "AND tenant_kind = ?", [tenant, TenantKind.MICROSOFT.value])
        _ADOPTED.add(done)


def journal_tenant(store: Store, mailboxes: Any, mode: str) -> str | None:
    """The tenant whose journal rows count as done for a run in journal ``mode`` (migration 140): a Graph
    backend's (``tenant``); for a live plan without one (a dry run), the stored mailbox settings' tenant;
    else None (every run counts: the simulated tenant, or no settings)."""
    if mode != "live":
        return None
    tenant = getattr(mailboxes, "tenant", None)
    if isinstance(tenant, str) or mailboxes is not None:
        return tenant if isinstance(tenant, str) else None
    try:
        from marlib.settings import load_settings
        return load_settings(store).tenant_key
    except SettingsError:   # no mailbox settings: no tenant to tell apart (a busy store raises on)
        return None


def superseded_list(con: Any, mode: str, tenant: str | None = None) -> list[dict[str, Any]]:
    """Unhandled changes a later retrospective CLEAN verdict superseded (left out of --pending)."""
    df = superseded_changes(con, mode=mode, tenant=tenant)
    if len(df):
        log.info("%d pending verdict change(s) superseded by a later CLEAN verdict: not acted on", len(df))
    return [{"event_key": r.event_key, "sha256": r.sha256, "event_time": str(r.event_time),
             "clean_at": str(r.clean_at)} for r in df.itertuples()]


def drop_superseded(con: Any, changes: pd.DataFrame, mode: str,
                    tenant: str | None = None) -> tuple[pd.DataFrame, list[dict[str, Any]]]:
    """``changes`` without those ``--pending`` leaves out as superseded, and those left out (as
    ``RunResult.superseded``): the what-if simulator's scope, so it acts on what a real run would."""
    if len(changes) == 0:
        return changes, []
    scope = set(changes["event_key"])
    superseded = [s for s in superseded_list(con, mode, tenant) if s["event_key"] in scope]
    gone = {s["event_key"] for s in superseded}
    return changes[~changes["event_key"].isin(gone)].reset_index(drop=True), superseded


@_alone_on_the_tenant
def execute_plan(plan_df: pd.DataFrame, mailboxes: Mailboxes, journal: Journal, run: RunRecord,
                 changes: pd.DataFrame, *, store: Store | None = None, marlog: MarLog | None = None,
                 progress: Progress = no_progress, options: EngineOptions | None = None,
                 should_stop: Callable[[], bool] | None = None, retry_only: bool = False,
                 claimed: Callable[[], None] | None = None, alerts: AlertBook | None = None) -> RunResult:
    """Expand groups, journal every action (one transaction), execute, return the outcomes.

    ``retry_only`` (``--pending``): group members whose copy already failed for this change for
    a reason a retry cannot help are left out (see plan.final_failures). ``claimed``: called once the
    actions are journaled (remediate lets go of :func:`claiming` there). ``alerts``: the connectivity alert's
    book (default: the store's; a what-if preview that reads ``store``'s journal passes ``AlertBook(None)``).

    Stopped (``should_stop``) before every recipient was resolved: the run is not started (nothing is
    journaled, its verdict changes stay pending) and the result has no outcomes and ``changes`` 0."""
    engine = _engine(mailboxes, journal, store, marlog, progress, options, should_stop, alerts)
    planned = sorted(set(plan_df.loc[plan_df["status"] == "planned", "recipient"]))
    principals = engine.resolve_all(planned)
    if len(principals) < len(planned) or engine.outage is not None:
        log.info("run %s stopped while resolving recipients: not started; its %d verdict change(s) stay pending",
                 run.run_id, len(changes))
        return RunResult(None, run.mode, run.tenant_kind, pd.DataFrame(columns=PLAN_COLUMNS), 0,
                         outage=engine.outage, nothing_to_do="no run started: stopped while the recipients were "
                                                             "looked up; nothing was recorded: the verdict "
                                                             "changes are as they were (pending ones stay pending)")
    actions = expand(plan_df, principals)
    actions = _skip_done_members(actions, store, run.mode, retry_only, run.tenant)
    actions = _skip_done_under_an_alias(actions, store, mailboxes, run.mode, run.tenant)
    actions = _with_ids(actions)
    actions = _adopt_failed(actions, store, run.mode, run.tenant)
    with _active(run.run_id):
        journal.begin(run, changes, actions)
        if claimed is not None:
            claimed()
        engine.marlog.run_started(run.run_id, run.mode, run.tenant_kind, run.sha256s,
                                  int((actions["status"] == "planned").sum()))
        for row in actions[actions["status"] != "planned"].to_dict("records"):
            engine.marlog.outcome(row)
        try:
            engine.execute(journal.actions(run.run_id))
        except BaseException:
            _keep_after_interrupt(journal, run.run_id)
            raise
        # still marked executing here: another thread's resume must not take it before it is ended or let go
        outcomes = _record(journal, run.run_id)
    return RunResult(run.run_id, run.mode, run.tenant_kind, outcomes, len(changes), outage=engine.outage)


def _keep_after_interrupt(journal: Journal, run_id: str) -> None:
    """Ctrl-C (or an error) ended the run: a journal kept in memory (the simulated tenant's) writes what was
    done now, as a stopped run, or the next run would act on those copies again (a second forward). A
    durable journal already holds it all: the run shows as interrupted once this process is gone; its writer
    closes its connection now (a moment: every step was committed before the engine returned), not in a
    thread still running as Python exits."""
    if not getattr(journal, "resumable", False):
        _release(journal, run_id)
    elif callable(flush := getattr(journal, "flush", None)):
        with ctrl_c_held():
            flush()


def _record(journal: Journal, run_id: str) -> pd.DataFrame:
    """The outcomes of a run whose copies were executed, the run ended or let go (:func:`_end_or_release`) in
    one piece: a Ctrl-C meanwhile is held until then. A simulated tenant saves the work done whatever happens,
    so its run (kept in memory until now) must be written, or the next run finds those copies gone and
    reports them failed."""
    with ctrl_c_held():
        outcomes = journal.actions(run_id)
        _end_or_release(journal, run_id, outcomes)
    return outcomes


def _end_or_release(journal: Journal, run_id: str, outcomes: pd.DataFrame) -> None:
    """End a run whose copies all have an outcome; else (stopped, an outage, a broken journal) let it go: the
    next run of its mode resumes it, by whichever process runs next (this one lives on)."""
    if outcomes["status"].isin(["succeeded", "failed", "skipped"]).all():
        journal.end(run_id, count_outcomes(outcomes))
    else:
        _release(journal, run_id)


_ACTIVE_RUNS: set[str] = set()
_ACTIVE_LOCK = threading.Lock()


@contextmanager
def _active(run_id: str) -> Iterator[None]:
    """Mark a run as executing in this process (another thread's resume must leave it alone)."""
    with _ACTIVE_LOCK:
        _ACTIVE_RUNS.add(run_id)
    try:
        yield
    finally:
        with _ACTIVE_LOCK:
            _ACTIVE_RUNS.discard(run_id)


def _is_active(run_id: str) -> bool:
    with _ACTIVE_LOCK:
        return run_id in _ACTIVE_RUNS


def _with_ids(actions: pd.DataFrame) -> pd.DataFrame:
    out = actions.copy()
    out["action_id"] = [uuid.uuid4().hex for _ in range(len(out))]
    return out


def _skip_done_members(actions: pd.DataFrame, store: Store | None, mode: str,
                       retry_only: bool = False, tenant: str | None = None) -> pd.DataFrame:
    """Group members whose copy an earlier run already remediated are skipped too; in a retry
    (``retry_only``) members whose copy failed for good are left out."""
    members = actions[(actions["status"] == "planned") & (actions["mailbox"] != actions["recipient"])]
    if store is None or len(members) == 0:
        return actions
    with store.connect() as con:
        done = done_copies(con, members[["message_id", "mailbox"]], mode, tenant)
        final = final_failures(con, members, mode, tenant) if retry_only else set()
    if final:
        gone = pd.Series([(m, b) in final for m, b in zip(actions["message_id"], actions["mailbox"],
                                                          strict=True)], index=actions.index)
        actions = actions[~(gone & (actions["mailbox"] != actions["recipient"]))]
    if not done:
        return actions
    hit = [(m, b) in done for m, b in zip(actions["message_id"], actions["mailbox"], strict=True)]
    hit = pd.Series(hit, index=actions.index) & (actions["status"] == "planned")
    actions = actions.copy()
    actions.loc[hit, "status"] = "skipped"
    actions.loc[hit, "reason"] = Reason.ALREADY_DONE.value
    return actions


def _skip_done_under_an_alias(actions: pd.DataFrame, store: Store | None, mailboxes: Mailboxes, mode: str,
                              tenant: str | None = None) -> pd.DataFrame:
    """Copies an earlier run remediated under another address of the same mailbox are skipped as done.

    Runs before recipients were resolved to their mailbox's primary address (and runs while the directory
    could not be read) journaled a copy delivered to an alias under the alias, as the logs give it; the
    "already remediated" checks compare mailboxes as text, so a retry reaching that mailbox by its primary
    address or through a list acted on it again (a second forward). Such rows are the directly delivered
    ones (mailbox = recipient) of the same messages under another mailbox than planned: their addresses are
    looked up in the directory (``primary_address``, one request per distinct address, kept by the backend);
    a fresh run's messages have none. Rows are read, never rewritten: the journal says what was called."""
    lookup = getattr(mailboxes, "primary_address", None)
    planned = actions[actions["status"] == "planned"]
    if store is None or len(planned) == 0 or not callable(lookup):
        return actions
    with store.connect() as con:
        rows = done_direct_copies(con, planned[["message_id", "mailbox"]], mode, tenant)
    primary: dict[str, str | None] = {}
    for address in sorted({box for _, box in rows}):
        try:
            primary[address] = lookup(address)
        except MarlibError as exc:   # not known: the copy is acted on as planned (its own checks still apply)
            log.warning("could not look up %s, an address an earlier run acted on: %s", address, exc.message)
            primary[address] = None
    done_as = {(mid, primary[box]): box for mid, box in sorted(rows) if primary.get(box) not in (None, box)}
    under = pd.Series([done_as.get((m, b)) for m, b in zip(actions["message_id"], actions["mailbox"], strict=True)],
                      index=actions.index, dtype=object)
    hit = under.notna() & (actions["status"] == "planned")
    if not hit.any():
        return actions
    actions = actions.copy()
    actions.loc[hit, "status"] = "skipped"
    actions.loc[hit, "reason"] = Reason.ALREADY_DONE.value
    actions.loc[hit, "detail"] = "already remediated under " + under[hit] + ", an address of this mailbox"
    return actions


# steps after which a forward may have been made: a retry must continue that action, not start anew
_SIDE_EFFECT_STEPS = ("forward", "draft", "sent", "delete", "move")


def _adopt_failed(actions: pd.DataFrame, store: Store | None, mode: str,
                  tenant: str | None = None) -> pd.DataFrame:
    """A copy whose earlier action failed after a forward may have been made (e.g. the answer to
    ``send`` was lost) is retried by continuing that action: same id (the draft's marker), same
    journaled step, so the forward is never made twice."""
    planned = actions[actions["status"] == "planned"]
    if store is None or len(planned) == 0:
        return actions
    with store.connect() as con:
        con.register("_want", planned[["message_id", "mailbox", "action"]])
        real_runs, real_params = real_runs_sql(tenant, "a.run_id")
        prior = con.execute(f"""
            SELECT a.message_id, a.mailbox, a.action_id, a.step, a.draft_id, a.copies
            FROM remediation_actions a JOIN _want w
              ON a.message_id = w.message_id AND a.mailbox = w.mailbox AND a.action = w.action
            WHERE a.mode = $mode AND a.status = 'failed' AND {real_runs} AND list_contains($steps, a.step)
            QUALIFY row_number() OVER (PARTITION BY a.message_id, a.mailbox ORDER BY a.updated_at DESC) = 1
            """, named_params({"mode": mode, "steps": list(_SIDE_EFFECT_STEPS)}, real_params)).df()
        con.unregister("_want")
    if len(prior) == 0:
        return actions
    actions = actions.copy()
    for col in ("step", "draft_id", "copies"):
        if col not in actions.columns:
            actions[col] = None
    merged = actions.merge(prior, on=["message_id", "mailbox"], how="left", suffixes=("", "_prior"))
    hit = merged["action_id_prior"].notna() & (merged["status"] == "planned")
    for col in ("action_id", "step", "draft_id", "copies"):
        merged[col] = merged[col].astype(object)
        merged.loc[hit, col] = merged.loc[hit, f"{col}_prior"]
    merged.loc[hit, "detail"] = "retry of a failed action, continued from its journal"
    return merged.drop(columns=[c for c in merged.columns if c.endswith("_prior")])


def _release(journal: Journal, run_id: str) -> None:
    try:
        journal.release(run_id)
    except MarlibError as exc:   # the journal cannot be written: the run shows as running until we exit
        log.warning("run %s stopped; could not mark it so: %s", run_id, exc)


def check_sha256(value: str) -> str:
    """``value`` as a SHA-256 (64 hex digits, lower case), else an InputError saying so."""
    text = (value or "").strip().lower()
    if len(text) != 64 or any(c not in "0123456789abcdef" for c in text):
        raise InputError(f"'{value}' is not a SHA-256", advice="give the 64 hex digits of the file's SHA-256")
    return text


# -- resume -----------------------------------------------------------------------
@_alone_on_the_tenant
def resume_interrupted(store: Store, mailboxes: Mailboxes, journal: Journal | None = None, *,
                       marlog: MarLog | None = None, progress: Progress = no_progress,
                       options: EngineOptions | None = None,
                       should_stop: Callable[[], bool] | None = None) -> list[RunResult]:
    """Finish every run of this journal's mode that was killed: no duplicate forward, no lost action."""
    journal = journal or default_journal(store, run_mode(mailboxes, False))
    if journal.mode == "live":
        _learn_tenant(store, mailboxes)
    on = journal_tenant(store, mailboxes, journal.mode)
    marlog = marlog or for_store(store)   # before any run is taken: a log that cannot be written takes none
    results: list[RunResult] = []
    with ExitStack() as executing:
        taken = _take_interrupted(store, journal, on, executing, should_stop)
        for n, run in enumerate(taken):
            if should_stop is not None and should_stop():   # the rest stay interrupted for the next run
                _release_all(journal, taken[n:])
                break
            log.info("resuming interrupted remediation run %s (was %s)", run.run_id, run.owner)
            engine = _engine(mailboxes, journal, store, marlog, progress, options,
                             should_stop)
            try:
                engine.execute(journal.actions(run.run_id))
            except BaseException:   # Ctrl-C, a store error: the taken runs not done are let go
                _release_all(journal, taken[n:])
                raise
            outcomes = journal.actions(run.run_id)
            _end_or_release(journal, run.run_id, outcomes)
            results.append(RunResult(run.run_id, run.mode, run.tenant_kind, outcomes, outage=engine.outage))
            if engine.outage is not None:   # the service stopped answering: the rest stay interrupted
                _release_all(journal, taken[n + 1:])
                break
    return results


def _take_interrupted(store: Store, journal: Journal, on: str | None, executing: ExitStack,
                      should_stop: Callable[[], bool] | None) -> list[RunRecord]:
    """The interrupted runs this process resumes: one process takes each (its owner, under the journal lock),
    one thread of it (a taken run counts as executing here at once, in ``executing``)."""
    taken: list[RunRecord] = []
    try:
        with claiming(store, journal.mode, "resuming interrupted runs", should_stop):
            for run in journal.interrupted_runs():
                if _is_active(run.run_id) or (run.owner != process_owner()
                                              and owner_alive(run.owner, run.last_write)):
                    log.info("run %s is still being executed by %s; not resumed", run.run_id, run.owner)
                    continue
                if on is not None and not _resumable_on(run, on):
                    # its journal (drafts, located copies) belongs to that tenant: never continued on this one
                    log.warning("interrupted run %s acted on tenant %s, not on this one (%s): not resumed here; "
                                "point the mailbox settings at that tenant again to finish it",
                                run.run_id, run.tenant or "Microsoft (before tenants were recorded)", on)
                    continue
                journal.claim(run.run_id)
                executing.enter_context(_active(run.run_id))
                taken.append(run)
    except StopRequested:   # stopped while another run held the journal: nothing taken
        return []
    return taken


def _resumable_on(run: RunRecord, on: str) -> bool:
    """An interrupted run is finished on its own tenant only; one on Microsoft from before tenants were recorded
    (no tenant, migration 140) on a Microsoft tenant only, as its copies count as done there only
    (:func:`marlib.remediation.impact.of_tenant_sql`)."""
    if run.tenant is not None:
        return run.tenant == on
    if run.mode == "live" and run.tenant_kind == TenantKind.MICROSOFT.value:
        return is_microsoft_tenant(on)
    return True


def _release_all(journal: Journal, runs_left: list[RunRecord]) -> None:
    for run in runs_left:
        _release(journal, run.run_id)


# -- restore ------------------------------------------------------------------------
@_alone_on_the_tenant
def restore(store: Store, mailboxes: Mailboxes, sha256: str, *, journal: Journal | None = None,
            progress: Progress = no_progress, options: EngineOptions | None = None,
            require_clean: bool = True, trigger: str = "restore") -> RunResult:
    """Move copies that were moved (not deleted) for ``sha256`` back where they were.

    Needs a retrospective CLEAN verdict later than the malicious one (unless
    ``require_clean`` is False). Deleted copies are reported as not_moved. No moved copy to move back
    on this tenant: no run is recorded, ``run_id`` is None and ``nothing_to_do`` says why.
    """
    sha = check_sha256(sha256)
    mode = run_mode(mailboxes, False)
    if mode == "live":
        _learn_tenant(store, mailboxes)
    on = journal_tenant(store, mailboxes, mode)
    journal = journal or default_journal(store, mode)
    # an interrupted run (a restore cut short by Ctrl-C or an outage, say) is finished first, as remediate does:
    # its copies are then moved back, not taken for "moved back already"
    resumed = resume_interrupted(store, mailboxes, journal, progress=progress, options=options)
    if any(r.outage for r in resumed):
        return RunResult(None, mode, getattr(mailboxes, "kind", "none"), pd.DataFrame(columns=PLAN_COLUMNS), 0,
                         resumed, nothing_to_do="no restore started: the service stopped answering while an "
                                                "interrupted run was finished")
    with store.connect() as con:
        if require_clean and len(find_clean_after(con, sha)) == 0:
            raise InputError(f"no retrospective CLEAN verdict after the malicious one is known for {sha}",
                             advice="restore undoes a remediation once the verdict flips back to clean")
        # every copy remediated for the hash (on any tenant: to say where, when none is on this one)
        on_tenant, tenant_params = of_tenant_sql("a.run_id", on)
        real_runs, real_params = real_runs_sql(None, "a.run_id")
        remediated = con.execute(f"""
            SELECT a.*, {on_tenant} AS on_tenant, ru.tenant AS run_tenant,
                   EXISTS (SELECT 1 FROM remediation_actions r WHERE r.action = 'restore'
                           AND r.restores_action = a.action_id AND r.status IN ('succeeded', 'planned')) AS restored
            FROM remediation_actions a LEFT JOIN remediation_runs ru ON ru.run_id = a.run_id
            WHERE a.mode = $mode AND a.status = 'succeeded' AND a.action <> 'restore' AND {real_runs}
              AND list_contains(string_split(coalesce(a.sha256s, a.sha256), ','), $sha256)
            ORDER BY a.mailbox, a.message_id""",
            named_params({"mode": mode, "sha256": sha}, tenant_params, real_params)).df()
    rows = _restore_rows(remediated[remediated["on_tenant"] & ~remediated["restored"]])
    rows = _under_primary_addresses(rows, mailboxes)
    run = RunRecord(uuid.uuid4().hex, mode, getattr(mailboxes, "kind", "none"), trigger, [sha], tenant=on)
    if not (rows["status"] == "planned").any():   # nothing to move back: no run, say why
        return RunResult(None, mode, run.tenant_kind, rows, resumed=resumed,
                         nothing_to_do=_nothing_to_restore(sha, remediated, on))
    engine = _engine(mailboxes, journal, store, for_store(store), progress, options, None)
    with _active(run.run_id):
        journal.begin(run, pd.DataFrame({"event_key": [], "sha256": []}), rows)
        engine.marlog.run_started(run.run_id, mode, run.tenant_kind, [sha],
                                  int((rows["status"] == "planned").sum()))
        try:
            engine.execute(journal.actions(run.run_id))
        except BaseException:
            _keep_after_interrupt(journal, run.run_id)
            raise
        outcomes = _record(journal, run.run_id)   # an outage leaves the rest to the next run
    return RunResult(run.run_id, mode, run.tenant_kind, outcomes, resumed=resumed, outage=engine.outage)


def _restore_rows(acts: pd.DataFrame) -> pd.DataFrame:
    keep = ["change_key", "sha256", "sha256s", "filename", "verdict", "threat_name", "mid", "message_id",
            "recipient", "mailbox", "policy", "forward_to"]
    rows = acts[keep].copy()
    moved = acts["action"].isin([Action.MOVE_JUNK.value, Action.MOVE_DELETED.value])
    rows["action"] = Action.RESTORE.value
    rows["restores_action"] = acts["action_id"]
    rows["copies"] = acts["moved"].where(moved, None)
    rows["status"] = ["planned" if m else "skipped" for m in moved]
    rows["reason"] = [None if m else Reason.NOT_MOVED.value for m in moved]
    rows["detail"] = [None if m else f"the copy was handled by '{a}', not moved" for m, a in
                      zip(moved, acts["action"], strict=True)]
    return _with_ids(rows.reset_index(drop=True))


def _under_primary_addresses(rows: pd.DataFrame, mailboxes: Mailboxes) -> pd.DataFrame:
    """Copies to move back that a run journaled under the address a copy was delivered to (mailbox = recipient:
    before recipients were resolved to their mailbox's primary address, or with the directory unreadable), an
    alias maybe, are acted on under their user's primary address: Graph's /users/{id | userPrincipalName}
    takes no alias (404 ErrorInvalidUser). One directory look-up per distinct address."""
    lookup = getattr(mailboxes, "primary_address", None)
    direct = (rows["status"] == "planned") & (rows["mailbox"].str.lower() == rows["recipient"].str.lower())
    if not callable(lookup) or not direct.any():
        return rows
    primary: dict[str, str | None] = {}
    for address in sorted(set(rows.loc[direct, "mailbox"])):
        try:
            primary[address] = lookup(address)
        except MarlibError as exc:   # not known: moved back under the address as journaled (fails as it would)
            log.warning("could not look up %s before moving its copy back: %s", address, exc.message)
            primary[address] = None
    rows = rows.copy()
    rows.loc[direct, "mailbox"] = [primary.get(a) or a for a in rows.loc[direct, "mailbox"]]
    return rows


def _nothing_to_restore(sha: str, remediated: pd.DataFrame, tenant: str | None) -> str:
    """Why no copy of ``sha`` can be moved back on ``tenant`` (``remediated``: restore's query)."""
    here = remediated[remediated["on_tenant"]]
    moved = here["action"].isin([Action.MOVE_JUNK.value, Action.MOVE_DELETED.value])
    where = f"on this tenant ({tenant})" if tenant else "on this tenant"
    parts = []
    kept, back = int((~moved).sum()), int((moved & here["restored"]).sum())
    if kept:
        parts.append(f"{plural(kept, 'copy', 'copies')} remediated {where} {'was' if kept == 1 else 'were'} deleted "
                     "or forwarded, not moved (only copies moved to Junk or Deleted Items can be moved back)")
    if back:
        parts.append(f"{plural(back, 'moved copy was', 'moved copies were')} moved back already")
    if not parts:
        parts.append(f"no copy of it was remediated {where}")
        others = sorted({str(t) for t in remediated.loc[~remediated["on_tenant"], "run_tenant"].dropna()})
        if others:
            parts.append(f"its copies were remediated on {', '.join(others)}: point the mailbox settings at "
                         "that tenant to restore them there")
    return f"nothing to restore for {sha}: " + "; ".join(parts)


CHANGE_LIST_COLUMNS = ["sha256", "filenames", "event_time", "previous_verdict", "verdict", "threat_name",
                       "copies", "delivered", "mid_recipients", "state", "retryable", "handled_at", "handled_by",
                       "clean_at", "event_key"]


def change_list(store: Store, *, mode: str = "live", pending: bool = False) -> pd.DataFrame:
    """Retrospective verdict changes with file names, affected copies and state.

    ``copies``: one per Message-ID x recipient (the MID when the logs give no Message-ID), as the rows
    ``remediate --sha256 HASH --dry-run`` lists for the change: a message the appliance split or rewrote
    into several MIDs is one copy in the mailbox. ``delivered``: those of inbound mail delivered to the
    recipient (in a mailbox: a run acts on them where the policy has Mailbox Auto Remediation on; a live run
    turns a group's copy into one per member mailbox). ``mid_recipients``: the log's MID x recipient entries
    (what ``copies`` counted before: each part of a split message apart, undelivered ones too).

    ``state`` for real runs of journal ``mode``: pending | retry | handled | running |
    superseded (see ``impact.verdict_changes``). ``pending`` keeps what ``remediate
    --pending`` would handle (pending and retry).
    """
    with store.connect() as con:
        df = verdict_changes(con, mode=mode, tenant=journal_tenant(store, None, mode))
        if pending:
            df = df[df["state"].isin(["pending", "retry"])]
        imp = impact(con, df) if len(df) else pd.DataFrame(columns=["change_key", "mid", "message_id", "recipient",
                                                                      "rcpt_status", "direction", "filename"])
    counts = ("copies", "delivered", "mid_recipients")
    if len(imp):
        stats = copies_by_change(imp).join(imp.groupby("change_key").agg(
            filenames=("filename", lambda s: ", ".join(sorted({n for v in s.dropna()
                                                               for n in str(v).split(", ")})))))
        df = df.merge(stats, left_on="event_key", right_index=True, how="left")
    else:
        df = df.assign(**{c: 0 for c in counts}, filenames=None)
    for c in counts:
        df[c] = df[c].fillna(0).astype("int64")
    return df.reindex(columns=CHANGE_LIST_COLUMNS).reset_index(drop=True)


def copies_by_change(imp: pd.DataFrame) -> pd.DataFrame:
    """Per change_key of ``impact`` rows: copies (the plan's unit, Message-ID x recipient), those delivered
    inbound, and MID x recipient entries."""
    # the plan's copy: the Message-ID, else the MID (plan.py's copy_key)
    message = imp["message_id"].where(imp["message_id"].notna(), "mid:" + imp["mid"].astype(str))
    per = imp.assign(copy=message + "|" + imp["recipient"].astype(str),
                     entry=imp["mid"].astype(str) + "|" + imp["recipient"].astype(str),
                     delivered_copy=lambda d: d["copy"].where((d["rcpt_status"] == "delivered")
                                                                & (d["direction"] == "inbound")))
    return per.groupby("change_key").agg(copies=("copy", "nunique"), delivered=("delivered_copy", "nunique"),
                                         mid_recipients=("entry", "nunique"))


def runs(store: Store, limit: int = 50) -> pd.DataFrame:
    """Recent remediation runs with their counts (None until a run finishes).

    ``state``: finished; running (its process is alive); interrupted (killed or stopped: the next run of its
    mode resumes it); stopped (a run on the simulated tenant stopped before its end: its journal was in memory,
    so nothing resumes it; ``counts`` has its finished copies, and as ``planned`` the copies it did not start,
    which the next run plans again). ``progress``: for a run not finished, its copies by status so far from
    the journal (``planned`` ones are not done yet); None for a finished or stopped run. ``tenant``: the
    tenant a live run acted on (``<tenant GUID>@<Graph host>``, migration 140; None for other runs and live
    runs from before)."""
    df = store.query_df("SELECT run_id, mode, tenant_kind, tenant, trigger, sha256s, started_at, finished_at, "
                        "status, counts, owner FROM remediation_runs ORDER BY started_at DESC LIMIT ?", [limit])
    df["counts"] = [json.loads(c) if isinstance(c, str) else None for c in df["counts"]]
    return with_state(store, df).drop(columns="owner")


def with_state(store: Store, df: pd.DataFrame) -> pd.DataFrame:
    """``df`` (remediation_runs rows with run_id, status, owner) with ``state`` and ``progress`` (see
    :func:`runs`)."""
    ended = ("finished", "stopped")
    open_runs = [r for r, status in zip(df["run_id"], df["status"]) if status not in ended]
    progress = _progress(store, open_runs)
    written = _last_writes(store, open_runs)
    return df.assign(
        state=[(status if status in ended else "running" if owner_alive(owner, written.get(run_id))
                else "interrupted")
               for run_id, status, owner in zip(df["run_id"], df["status"], df["owner"])],
        progress=[progress.get(r) if status not in ended else None for r, status in zip(df["run_id"], df["status"])])


def _last_writes(store: Store, run_ids: list[str]) -> dict[str, Any]:
    """{run_id: its latest journal write} (see ``journal.owner_alive``), for unfinished runs."""
    if not run_ids:
        return {}
    rows = store.query_df(f"SELECT run_id, {LAST_WRITE_SQL} AS last_write FROM remediation_runs r "
                          "WHERE run_id IN (SELECT unnest(?))", [run_ids])
    return {r.run_id: naive_datetime(r.last_write) for r in rows.itertuples()}


def _progress(store: Store, run_ids: list[str]) -> dict[str, dict[str, int]]:
    """{run_id: {succeeded, failed, skipped, planned, total}} from the journal, for unfinished runs."""
    if not run_ids:
        return {}
    rows = store.query_df("SELECT run_id, status, count(*) AS n FROM remediation_actions "
                          "WHERE run_id IN (SELECT unnest(?)) GROUP BY ALL", [run_ids])
    out: dict[str, dict[str, int]] = {r: {s: 0 for s in ("succeeded", "failed", "skipped", "planned")}
                                      for r in run_ids}
    for r in rows.itertuples():
        out[r.run_id][str(r.status)] = out[r.run_id].get(str(r.status), 0) + int(r.n)
    for counts in out.values():
        counts["total"] = sum(counts.values())
    return out
