"""The remediation journal: every intended step is written before its network call, its outcome after.

Two implementations of one interface:

``DuckJournal`` (live runs) writes to the store's DuckDB file. Each ``step()``
returns only once the record is committed, so a ``kill -9`` at any moment
leaves the journal describing what may have happened. Writes from the engine's
many threads are group-committed by one writer thread (one transaction per
batch, through DataFrames). The writer holds its connection at most ``hold_s``,
then leaves a ``yield_s`` gap, and lets go as soon as it is idle, because DuckDB
lets only one process open the file: the app and ``marlib watch`` get their turn.

``MemoryJournal`` (simulated / what-if runs) keeps everything in memory and
bulk-writes the actions at the end (or never, without a store); for a real run on
the simulated tenant it also marks the run's verdict changes handled (what-if runs never do).
"""
from __future__ import annotations

import json
import logging
import os
import socket
import threading
import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

import pandas as pd

from marlib.errors import StoreError
from marlib.store import Store, ctrl_c_held, rollback

log = logging.getLogger(__name__)

ACTION_COLUMNS = ["action_id", "run_id", "mode", "change_key", "sha256", "sha256s", "filename", "verdict",
                  "threat_name", "mid", "message_id", "recipient", "mailbox", "policy", "action",
                  "forward_to", "status", "reason", "detail", "step", "draft_id", "copies", "moved",
                  "restores_action", "created_at", "updated_at"]
STEP_FIELDS = ("status", "reason", "detail", "draft_id", "copies", "moved")
TERMINAL = ("succeeded", "failed", "skipped")


def utcnow() -> datetime:
    """Naive UTC (the store keeps UTC in TIMESTAMP columns)."""
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass
class RunRecord:
    """A remediation run."""
    run_id: str
    mode: str                     # live | dry-run | simulated
    tenant_kind: str
    trigger: str                  # who started it: sha256 | pending | restore (command line), watch (`marlib
                                  # watch`), app (the app's buttons), app-auto (its automatic mode), library
    sha256s: list[str] = field(default_factory=list)
    started_at: datetime = field(default_factory=utcnow)
    owner: str | None = None      # host:pid:start of the process running it (see owner_alive)
    tenant: str | None = None     # live runs: MailboxSettings.tenant_key of the tenant acted on (migration 140)
    last_write: datetime | None = None   # its latest journal write (its start, or an action's): see owner_alive


class Journal(Protocol):
    """What the engine needs from a journal."""
    mode: str

    def begin(self, run: RunRecord, changes: pd.DataFrame, actions: pd.DataFrame) -> None:
        """Record the run, claim its verdict changes (for its tenant: migration 150) and insert all its
        actions, atomically."""

    def step(self, action_id: str, step: str, **fields: Any) -> None:
        """Record a step (and status/reason/detail/draft_id/copies/moved); durable on return."""

    def end(self, run_id: str, counts: dict[str, int]) -> None:
        """Mark the run finished and its verdict changes handled."""

    def claim(self, run_id: str) -> None:
        """This process takes over an interrupted run (to resume it): others see it as running."""

    def release(self, run_id: str) -> None:
        """A run this process stopped before its end (``settings disable``, a stop request) and no longer
        executes: shown as interrupted, and resumed by the next run of its mode (in any process)."""

    def actions(self, run_id: str) -> pd.DataFrame:
        """The run's actions in their current state."""

    def interrupted_runs(self) -> list[RunRecord]:
        """Runs of this mode that started and never finished (killed)."""


def _process_start(pid: int) -> str:
    """The process's start time in clock ticks (Linux /proc), so a reused pid is not mistaken."""
    try:
        stat = open(f"/proc/{pid}/stat", encoding="ascii").read()
        return stat.rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return ""


def process_owner() -> str:
    """``host:pid:start`` of this process."""
    pid = os.getpid()
    return f"{socket.gethostname()}:{pid}:{_process_start(pid)}"


# A run of another host (or of this machine under another name: a container made anew, a pod restarted, a renamed
# or restored VM) cannot be asked whether its process runs; it counts as running while it writes to the journal.
# A live run writes at each step of each copy, and one copy's step waits at most its time budget (EngineOptions.
# item_budget_s, 300 s): quiet for this long, the run is taken for interrupted and the next run resumes it, instead
# of waiting forever for a process that is gone.
OTHER_HOST_QUIET_S = 30 * 60


def owner_alive(owner: str | None, last_write: datetime | None = None) -> bool:
    """True when ``owner`` names a process of this host that still runs, or a process of another host whose run
    wrote to the journal in the last :data:`OTHER_HOST_QUIET_S` (``last_write``, naive UTC; not known: assume it
    runs). No owner (a run let go; NULL, which a pandas column of strings gives as NaN) is no process."""
    if not isinstance(owner, str) or not owner:
        return False
    host, _, rest = owner.partition(":")
    pid_text, _, start = rest.partition(":")
    if host != socket.gethostname():
        return (not isinstance(last_write, datetime) or pd.isna(last_write)
                or utcnow() - last_write < timedelta(seconds=OTHER_HOST_QUIET_S))
    try:
        pid = int(pid_text)
        os.kill(pid, 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    return not start or _process_start(pid) == start


# a run's latest journal write, over remediation_runs aliased ``r``: its start, or its latest action's
LAST_WRITE_SQL = ("greatest(r.started_at, coalesce((SELECT max(a.updated_at) FROM remediation_actions a "
                  "WHERE a.run_id = r.run_id), r.started_at))")


def naive_datetime(value: Any) -> datetime | None:
    """A timestamp of a pandas row (NaT for NULL) as a datetime, or None."""
    return None if value is None or pd.isna(value) else pd.Timestamp(value).to_pydatetime()


def _jsonify(fields: dict[str, Any]) -> dict[str, Any]:
    out = dict(fields)
    for key in ("copies", "moved"):
        if key in out and not isinstance(out[key], (str, type(None))):
            out[key] = json.dumps(out[key])
    return out


def _actions_frame(actions: pd.DataFrame, run: RunRecord, now: datetime) -> pd.DataFrame:
    df = actions.copy()
    df["run_id"] = run.run_id
    df["mode"] = run.mode
    df["created_at"] = now
    df["updated_at"] = now
    for col in ACTION_COLUMNS:
        if col not in df.columns:
            df[col] = None
    df["step"] = df["step"].fillna("planned")
    return df[ACTION_COLUMNS].astype({"mid": "Int64"})


class DuckJournal:
    """Durable journal in the store (group commit, short connections)."""
    resumable = True   # a run stopped between the steps of a copy is resumed from its last journaled step

    def __init__(self, store: Store, mode: str = "live", *, hold_s: float = 2.0, idle_s: float = 0.05,
                 yield_s: float = 0.1) -> None:
        self.store = store
        self.mode = mode
        self.hold_s = hold_s
        self.idle_s = idle_s
        self.yield_s = yield_s
        self._cv = threading.Condition()
        self._queue: list[tuple[dict[str, Any], threading.Event, list]] = []
        self._writer: threading.Thread | None = None
        self._flushing = 0   # callers of flush() waiting: the writer does not stay idle for them
        self._closed = False

    # -- run level (direct, one transaction each) ----------------------------
    def begin(self, run: RunRecord, changes: pd.DataFrame, actions: pd.DataFrame) -> None:
        now = utcnow()
        df = _actions_frame(actions, run, now)
        ch = pd.DataFrame({"event_key": list(changes.get("event_key", [])),
                           "sha256": list(changes.get("sha256", []))})
        with self.store.connect() as con:
            con.execute("BEGIN TRANSACTION")
            try:
                con.execute("INSERT INTO remediation_runs(run_id, mode, tenant_kind, trigger, sha256s, "
                            "started_at, status, owner, tenant) VALUES (?, ?, ?, ?, ?, ?, 'running', ?, ?)",
                            [run.run_id, run.mode, run.tenant_kind, run.trigger, ",".join(run.sha256s),
                             run.started_at, run.owner or process_owner(), run.tenant])
                con.register("_ch", ch)
                con.execute("INSERT OR REPLACE INTO remediation_changes(event_key, mode, tenant, sha256, "
                            "run_id, handled_at) SELECT event_key, ?, ?, sha256, ?, NULL FROM _ch",
                            [run.mode, run.tenant or "", run.run_id])
                con.register("_acts", df)
                # a retried action keeps its id (the forward marker): replace its row
                con.execute("DELETE FROM remediation_actions "
                            "WHERE action_id IN (SELECT action_id FROM _acts)")
                con.execute("INSERT INTO remediation_actions SELECT * FROM _acts")
                con.execute("INSERT INTO remediation_steps SELECT action_id, step, status, reason, detail, "
                            "updated_at FROM _acts")
                con.execute("COMMIT")
            except Exception:
                rollback(con)
                raise

    def end(self, run_id: str, counts: dict[str, int]) -> None:
        self.flush()
        with self.store.connect() as con:
            con.execute("UPDATE remediation_runs SET finished_at = ?, status = 'finished', counts = ? "
                        "WHERE run_id = ?", [utcnow(), json.dumps(counts), run_id])
            con.execute("UPDATE remediation_changes SET handled_at = ? WHERE run_id = ?", [utcnow(), run_id])

    def claim(self, run_id: str) -> None:
        with self.store.connect() as con:
            con.execute("UPDATE remediation_runs SET owner = ? WHERE run_id = ?", [process_owner(), run_id])

    def release(self, run_id: str) -> None:
        self.flush()
        with self.store.connect() as con:
            con.execute("UPDATE remediation_runs SET owner = NULL WHERE run_id = ? AND status = 'running'",
                        [run_id])

    def actions(self, run_id: str) -> pd.DataFrame:
        self.flush()
        return self.store.query_df("SELECT * FROM remediation_actions WHERE run_id = ? "
                                   "ORDER BY mailbox, message_id, action_id", [run_id])

    def interrupted_runs(self) -> list[RunRecord]:
        rows = self.store.query_df(f"SELECT run_id, mode, tenant_kind, trigger, sha256s, started_at, owner, "
                                   f"tenant, {LAST_WRITE_SQL} AS last_write FROM remediation_runs r "
                                   f"WHERE status = 'running' AND mode = ? ORDER BY started_at", [self.mode])
        def text(value: Any) -> str | None:   # NULL comes back as NaN beside strings in a pandas column
            return value if isinstance(value, str) else None

        return [RunRecord(r.run_id, r.mode, r.tenant_kind, r.trigger,
                          [s for s in (text(r.sha256s) or "").split(",") if s], r.started_at, text(r.owner),
                          text(r.tenant), naive_datetime(r.last_write))
                for r in rows.itertuples()]

    # -- step level (group commit) ------------------------------------------
    def step(self, action_id: str, step: str, **fields: Any) -> None:
        rec = {"action_id": action_id, "step": step, "step_at": utcnow(), **_jsonify(fields)}
        done, err = threading.Event(), []
        with self._cv:
            if self._closed:
                raise StoreError("the journal is closed")
            self._queue.append((rec, done, err))
            self._ensure_writer()
            self._cv.notify()
        done.wait()
        if err:
            raise err[0]

    def flush(self) -> None:
        """Wait until every queued step is committed and the writer has closed its connection: an idle writer
        lets go at once instead of after ``idle_s``. (A daemon thread still holding a DuckDB connection
        when Python exits, after a Ctrl-C, makes DuckDB's client print dozens of "nanobind: leaked" lines.)"""
        with self._cv:
            self._flushing += 1
            self._cv.notify_all()
            try:
                while self._queue or self._writer is not None:
                    self._cv.wait(0.05)
            finally:
                self._flushing -= 1

    def close(self) -> None:
        self.flush()
        with self._cv:
            self._closed = True
            self._cv.notify_all()
        if self._writer is not None:
            self._writer.join(timeout=5)

    def _ensure_writer(self) -> None:
        if self._writer is None or not self._writer.is_alive():
            self._writer = threading.Thread(target=self._write_loop, name="marlib-journal", daemon=True)
            self._writer.start()

    def _write_loop(self) -> None:
        """Commit batches while there is work, then exit (a new writer starts with the next step).

        The connection stays open across batches for at most ``hold_s`` and is closed as
        soon as no step arrives for ``idle_s`` (at once when flushed), so other processes get the file;
        the writer is known to be gone only once its connection is closed.
        """
        stack, con, opened = ExitStack(), None, 0.0
        try:
            while True:
                with self._cv:
                    if not self._queue and con is not None and not self._flushing:
                        self._cv.wait(self.idle_s)
                    if not self._queue and con is None:
                        self._writer = None
                        self._cv.notify_all()
                        return
                    batch, self._queue = self._queue, []
                if not batch:   # idle: let go of the file, then see whether a step came meanwhile
                    stack.close()
                    stack, con = ExitStack(), None
                    continue
                if con is None:
                    try:
                        con, opened = stack.enter_context(self.store.connect()), time.monotonic()
                    except Exception as exc:
                        self._fail(batch, exc)
                        continue
                self._write_batch(con, batch)
                if time.monotonic() - opened > self.hold_s:
                    stack.close()
                    stack, con = ExitStack(), None
                    time.sleep(self.yield_s)   # a gap in which another process can take the file
        finally:
            stack.close()

    @staticmethod
    def _fail(batch: list, exc: Exception) -> None:
        log.error("journal write failed: %s", exc)
        # a StoreError for the engine, whatever DuckDB raised (say its query interrupted as the process ends):
        # the copy is left as journaled for the next run to resume, not failed for good half done
        if not isinstance(exc, StoreError):
            cause = exc
            exc = StoreError(f"the remediation journal could not be written: {cause}",
                             advice="the next run resumes the copy from its last journaled step")
            exc.__cause__ = cause
        for _, done, err in batch:
            err.append(exc)
            done.set()

    def _write_batch(self, con: Any, batch: list[tuple[dict[str, Any], threading.Event, list]]) -> None:
        try:
            self._commit(con, [rec for rec, _, _ in batch])
        except Exception as exc:  # every waiter learns it; the engine fails loudly, never silently
            self._fail(batch, exc)
            return
        for _, done, _ in batch:
            done.set()

    def _commit(self, con: Any, records: list[dict[str, Any]]) -> None:
        df = pd.DataFrame(records)
        for col in STEP_FIELDS:
            if col not in df.columns:
                df[col] = None
        df = df[["action_id", "step", "step_at", *STEP_FIELDS]].astype(object)
        last = df.groupby("action_id", sort=False).last().reset_index()
        last["step"] = df.groupby("action_id", sort=False)["step"].last().values
        con.register("_steps", df)
        con.register("_last", last)
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute("INSERT INTO remediation_steps "
                        "SELECT action_id, step, status, reason, detail, step_at FROM _steps")
            con.execute("""
                UPDATE remediation_actions a SET step = d.step, updated_at = d.step_at,
                    status = coalesce(d.status, a.status), reason = coalesce(d.reason, a.reason),
                    detail = coalesce(d.detail, a.detail), draft_id = coalesce(d.draft_id, a.draft_id),
                    copies = coalesce(d.copies, a.copies), moved = coalesce(d.moved, a.moved)
                FROM _last d WHERE a.action_id = d.action_id""")
            con.execute("COMMIT")
        except Exception:
            rollback(con)
            raise
        finally:
            con.unregister("_steps")
            con.unregister("_last")


class MemoryJournal:
    """In-memory journal for simulated runs: no I/O per step, one bulk write at the end."""
    resumable = False   # nothing of an unfinished run is kept: copies once started are finished (engine)

    def __init__(self, store: Store | None = None, mode: str = "simulated", *,
                 handles_changes: bool = False) -> None:
        """``handles_changes``: a real run (on the simulated tenant) marks its verdict changes
        handled at the end, like a live run; what-if runs never do."""
        self.store = store
        self.mode = mode
        self.handles_changes = handles_changes
        self._lock = threading.Lock()
        self._rows: dict[str, dict[str, Any]] = {}
        self._runs: dict[str, RunRecord] = {}
        self._changes: dict[str, pd.DataFrame] = {}

    def begin(self, run: RunRecord, changes: pd.DataFrame, actions: pd.DataFrame) -> None:
        df = _actions_frame(actions, run, utcnow())
        with self._lock:
            self._runs[run.run_id] = run
            self._changes[run.run_id] = changes
            for rec in df.to_dict("records"):
                self._rows[rec["action_id"]] = rec

    def step(self, action_id: str, step: str, **fields: Any) -> None:
        with self._lock:
            row = self._rows[action_id]
            row["step"] = step
            row["updated_at"] = utcnow()
            for key, value in _jsonify(fields).items():
                if value is not None:
                    row[key] = value

    def end(self, run_id: str, counts: dict[str, int], *, stopped: bool = False) -> None:
        if self.store is None:
            return
        run = self._runs[run_id]
        df = self.actions(run_id)
        changes = None if stopped else self._changes.get(run_id)
        if stopped:   # what was done is kept (done copies stay done); copies not started are planned again
            df = df[df["status"].isin(TERMINAL)]
        # the tenant's state is saved with the work done whatever happens: a Ctrl-C must not leave it done and
        # not recorded (the next run would count those copies as failed, message not found)
        with ctrl_c_held(), self.store.connect() as con:
            con.execute("BEGIN TRANSACTION")
            try:
                con.register("_acts", df[ACTION_COLUMNS])
                # a retried action keeps its id (see run._adopt_failed): replace its row
                con.execute("DELETE FROM remediation_actions "
                            "WHERE action_id IN (SELECT action_id FROM _acts)")
                con.execute("INSERT INTO remediation_actions SELECT * FROM _acts")
                con.execute("INSERT INTO remediation_runs(run_id, mode, tenant_kind, trigger, sha256s, "
                            "started_at, finished_at, status, counts, tenant) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            [run.run_id, run.mode, run.tenant_kind, run.trigger, ",".join(run.sha256s),
                             run.started_at, utcnow(), "stopped" if stopped else "finished", json.dumps(counts),
                             run.tenant])
                if self.handles_changes and changes is not None and len(changes):
                    con.register("_ch", pd.DataFrame({"event_key": list(changes["event_key"]),
                                                      "sha256": list(changes["sha256"])}))
                    con.execute("INSERT OR REPLACE INTO remediation_changes(event_key, mode, tenant, "
                                "sha256, run_id, handled_at) SELECT event_key, ?, ?, sha256, ?, ? FROM _ch",
                                [run.mode, run.tenant or "", run.run_id, utcnow()])
                con.execute("COMMIT")
            except Exception:
                rollback(con)
                raise

    def claim(self, run_id: str) -> None:
        pass   # its runs are this process's alone

    def release(self, run_id: str) -> None:
        """A stopped run (copies are finished once started, see ``resumable``): recorded as ``stopped``, with
        its finished copies; nothing of it is resumed (its journal was in memory), but its verdict changes
        stay unhandled, so the next run plans the copies not started (``planned`` in its counts) again."""
        actions = self.actions(run_id)
        finished = actions["status"].isin(TERMINAL)
        counts = {s: int((actions["status"] == s).sum()) for s in TERMINAL}
        self.end(run_id, {**counts, "planned": int((~finished).sum()), "total": len(actions)}, stopped=True)

    def actions(self, run_id: str) -> pd.DataFrame:
        with self._lock:
            rows = [r for r in self._rows.values() if r["run_id"] == run_id]
        df = pd.DataFrame(rows, columns=ACTION_COLUMNS)
        df = df.sort_values(["mailbox", "message_id", "action_id"], na_position="last")
        return df.reset_index(drop=True)

    def interrupted_runs(self) -> list[RunRecord]:
        return []

