"""The engine: executes a plan through the ``Mailboxes`` interface, exactly once, resumably.

Per action (one Message-ID in one mailbox) the journaled steps are::

    planned -> locate -> located(copies) -> forward -> draft(draft_id) -> sent
            -> delete | move -> done (succeeded/failed)

Every step is journaled before its network call and its result after it, so
a run killed at any moment resumes from the journal (``resume_action``):

* ``forward`` journaled, no draft id: a draft made by ``createForward`` may exist
  in Drafts; it carries the action id (the marker) in its comment, so
  ``find_drafts(marker)`` finds it and it is sent instead of a new one.
* ``draft`` journaled: if the draft is still in Drafts it was not sent (send it);
  if it is gone, ``send`` went through. A forward is therefore never sent twice.
* an answer lost in flight (timeout, reset, 5xx) is settled the same way: after
  ``createForward`` a draft carrying the marker is the one it made (sent now, not
  orphaned); after ``send`` a draft no longer in Drafts was sent.
* ``delete``/``move`` journaled: redo them; ``permanentDelete`` answering 404 means done.

A stop request (``should_stop``: ``settings disable`` in ``watch`` or the app, a stop of the
automatic mode) is looked at before each step's intent is journaled and before every request,
including while a request waits for its mailbox, and inside the Graph client's retries of a request
(``marlib.graph.client.stop_on``: its backoff and Retry-After waits end at once, no further attempt is sent;
a Ctrl-C of the caller stops the copies in flight the same way): a copy stops there as a kill would leave it
(its last step journaled, not terminal, no outcome), and the next run resumes it. A request
already sent is not cut short: the journal has its intent, and the resume settles a lost answer as it does
after a kill (a draft carrying the marker, a delete answering 404).

An outage stops a run the same way (the copies in flight too, inside the client's retries): once
``EngineOptions.outage_after`` copies (or recipient look-ups) in a row got no answer from the service
(connection refused or reset, DNS, timeout, TLS, the proxy: ``marlib.graph.errors.is_unreachable``) or a server
error (Graph or Entra answering 500, 502, 503, 504 after the client's own retries: ``is_server_error``), with no
other answer from it in between (a success, or a per-copy answer such as 404 or 403, or a server error about one
mailbox: 507, over its quota; 429 throttling is waited out, not counted), ``Engine.outage`` says so and no new
copy is started: each copy left would only fail after its own retries. Server errors count as an outage only
once they came from two mailboxes or more: one mailbox answering 503 for all its copies (being moved, say) is
that mailbox's trouble. A copy counts by its outcome, not by its requests: copies whose search is answered and
whose delete gets 503 every time (one endpoint down) make a streak too. The copies of that streak before the
last one are failed (``connectivity``: retried by ``remediate --pending`` and ``watch``); a copy that fails so
from then on is left as journaled, like a stopped one, for the next run to resume.

Throughput: a thread pool over all actions, at most ``per_mailbox`` requests in
flight per mailbox (Graph's MailboxConcurrency is 4), a per-mailbox pause when
the service answers throttled with Retry-After, and a per-item time budget
after which the item fails as throttled (the Graph client's own retries keep to it
through ``marlib.graph.client.deadline``).
"""
from __future__ import annotations

import json
import logging
import queue
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pandas as pd

from marlib.errors import AuthError, ConnectivityError, MailboxError, MarlibError, StoreError
from marlib.graph.client import CallStopped, stop_on
from marlib.graph.client import deadline as call_deadline
from marlib.graph.errors import SERVER_ERROR, outage_kind
from marlib.models import Action, MessageCopy, Reason
from marlib.progress import Progress, no_progress
from marlib.remediation.alerts import AlertBook
from marlib.remediation.journal import Journal
from marlib.remediation.marlog import MarLog
from marlib.remediation.outage import CHECK_MAILBOXES, Outage
from marlib.tenant.base import Mailboxes

log = logging.getLogger(__name__)

MOVE_DESTINATIONS = {Action.MOVE_JUNK.value: "junkemail", Action.MOVE_DELETED.value: "deleteditems"}
DELETES = (Action.DELETE.value, Action.FORWARD_DELETE.value)
_STEP_ORDER = {"planned": 0, "locate": 1, "located": 2, "forward": 3, "draft": 4, "sent": 5,
               "delete": 6, "move": 6, "restore": 6, "done": 9}


@dataclass
class EngineOptions:
    """Tuning knobs; the defaults follow Graph's documented limits."""
    max_workers: int = 128          # threads over all mailboxes
    per_mailbox: int = 4            # Graph: 4 concurrent requests per app and mailbox
    item_budget_s: float = 300.0    # after this an item still throttled fails as throttled
    max_backoff_s: float = 60.0
    # copies (or recipient look-ups) in a row that get no answer from Graph / Entra / the proxy, or a server
    # error (5xx after retries), after which the run takes no new copy. Not one flaky copy (each failure comes
    # after the client's own retries), and well under the copies in flight at once (max_workers), which all
    # fail together when the service goes.
    # None: never stop (what-if runs: their outages are shares of mailboxes, and every copy's outcome counts)
    outage_after: int | None = 10


class _BudgetExceeded(Exception):
    pass


class _Stopped(Exception):
    """A stop request reached a copy between its steps: it is left as journaled, to be resumed."""


# while a request waits for its mailbox (Retry-After, a free slot), how often the stop request is looked at
STOP_POLL_S = 1.0
# while copies are in flight, how often ``should_stop`` is looked at for them (their threads may be in a wait of the
# Graph client's retries, which ends at once when the run's stop event is set)
STOP_WATCH_S = 0.1


class _MailboxGate:
    """At most N requests in flight for one mailbox, and a shared 'not before' after Retry-After."""

    def __init__(self, limit: int) -> None:
        self.sem = threading.BoundedSemaphore(limit)
        self.not_before = 0.0
        self.lock = threading.Lock()

    def pause(self, seconds: float) -> None:
        with self.lock:
            self.not_before = max(self.not_before, time.monotonic() + seconds)


def forward_marker(action_id: str) -> str:
    """The text that ties a forward draft to its journaled action (searched on resume)."""
    return f"marlib-action:{action_id}"


def forward_comment(row: dict[str, Any]) -> str:
    """Why the administrator receives this forward (seed: forward to an address)."""
    threat = f" ({row['threat_name']})" if row.get("threat_name") else ""
    return (f"marlib Mailbox Auto Remediation: the attachment {row.get('filename') or '(unnamed)'} "
            f"(SHA-256 {row.get('sha256')}) received a retrospective verdict "
            f"{row.get('verdict') or 'MALICIOUS'}{threat}. Original recipient: {row.get('recipient')} "
            f"(mailbox {row.get('mailbox')}); Message-ID {row.get('message_id')}; policy "
            f"{row.get('policy')}; action {row.get('action')}. [{forward_marker(row['action_id'])}]")


def _copies(value: Any) -> list[dict[str, str]]:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return []
    return json.loads(value) if isinstance(value, str) else list(value)


def _as_copy(c: MessageCopy) -> dict[str, str]:
    return {"id": c.id, "folder": c.folder}


class Engine:
    """Executes journaled actions against one Mailboxes backend."""

    def __init__(self, mailboxes: Mailboxes, journal: Journal, *, alerts: AlertBook | None = None,
                 marlog: MarLog | None = None, progress: Progress = no_progress,
                 options: EngineOptions | None = None,
                 should_stop: Callable[[], bool] | None = None) -> None:
        self.mailboxes = mailboxes
        self.journal = journal
        self.alerts = alerts or AlertBook(None)
        self.marlog = marlog or MarLog(None)
        self.progress = progress
        self.options = options or EngineOptions()
        self.should_stop = should_stop or (lambda: False)
        # set once a stop was requested (``should_stop``, a Ctrl-C of the caller): ends the waits of the copies in
        # flight, the Graph client's between attempts included (stop_on)
        self._stop = threading.Event()
        # a journal that does not say it resumes a copy from its last step is taken not to (a second forward)
        self._stop_mid_copy = bool(getattr(journal, "resumable", False))
        self._gates: dict[str, _MailboxGate] = {}
        self._gates_lock = threading.Lock()
        self._progress_lock = threading.Lock()
        self._done = 0
        self._failed = 0
        self._last_mailbox = ""
        self.outage: Outage | None = None   # set once the service stopped answering (see outage_after)
        self._streak = 0                    # copies / look-ups in a row without an answer
        self._streak_boxes: list[str] = []  # their mailboxes (distinct, the latest last; a few)
        self._streak_lock = threading.Lock()

    # -- public --------------------------------------------------------------
    def execute(self, actions: pd.DataFrame) -> None:
        """Run every non-terminal action (fresh or resumed), many mailboxes in parallel."""
        todo = actions[~actions["status"].isin(["succeeded", "failed", "skipped"])]
        total = len(actions)
        self._done = total - len(todo)
        # copies that failed before (at planning: not a user, not in the domains; or earlier in a resumed run)
        # count as failed from the start, as they do in the run's end line
        self._failed = int((actions["status"] == "failed").sum())
        self.progress(self._done, total, "remediating")
        if len(todo) == 0:
            return
        # interleave mailboxes so the first tasks spread over many mailboxes
        order = todo.assign(_rank=todo.groupby("mailbox").cumcount()).sort_values(["_rank", "mailbox"])
        order = order.drop(columns="_rank").astype(object)
        rows = order.where(order.notna(), None).to_dict("records")
        workers = max(1, min(self.options.max_workers, len(rows)))
        self._reserve(workers)
        pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="marlib-remediate")
        try:
            # completions arrive on a queue: O(1) each, where wait() over thousands of pending
            # futures re-installs a waiter on every one of them at each call
            finished: queue.SimpleQueue = queue.SimpleQueue()
            # what was reported, taken before any copy starts: copies finished while the rest are submitted
            # are reported below too (taken after, a run whose copies all ended by then never showed them)
            reported, left = self._done, len(rows)
            with self._watching_stop():
                for r in rows:
                    pool.submit(self._run_guarded, r).add_done_callback(finished.put)
                while left:
                    try:
                        finished.get(timeout=0.1).result()
                        left -= 1
                    except queue.Empty:
                        pass
                    if self._done != reported:   # progress from the caller's thread (UI contexts need it)
                        reported = self._done
                        self.progress(reported, total, f"{self._failed} failed; {self._last_mailbox}")
        except BaseException:   # interrupted (Ctrl-C): start nothing new, copies in flight stop before their next
            self._stop.set()    # step or request (a journal that does not resume a copy: they finish); what ran
            pool.shutdown(wait=True, cancel_futures=True)   # is journaled
            raise
        pool.shutdown(wait=True)

    def resolve_all(self, addresses: list[str]) -> dict[str, Any]:
        """Mailboxes.resolve for each address in parallel: Principal, or the exception raised.

        Once a stop is requested (``should_stop``) no further address is resolved: those are left out."""
        out: dict[str, Any] = {}
        if not addresses:
            return out

        def one(address: str) -> tuple[str, Any]:
            if self._stopping():
                return address, _Stopped()
            try:
                with call_deadline(time.monotonic() + self.options.item_budget_s), stop_on(self._stop):
                    principal = self.mailboxes.resolve(address)
                self._answered()
                self.alerts.connectivity_ok()
                return address, principal
            except CallStopped:   # stopped in the client's retries: left out, as one not resolved yet
                return address, _Stopped()
            except ConnectivityError as exc:
                self.alerts.connectivity_failed(str(exc))
                if self._outage_after(exc, "recipient look-ups", address):   # left out: the run is not started
                    return address, _Stopped()
                return address, exc
            except StoreError:
                raise
            except MarlibError as exc:   # MailboxError, AuthError, GraphError: that address fails
                self._answered()
                return address, exc

        workers = max(1, min(self.options.max_workers, len(addresses)))
        self._reserve(workers)
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="marlib-resolve") as pool, \
                self._watching_stop():
            for address, result in pool.map(one, addresses):
                if not isinstance(result, _Stopped):
                    out[address] = result
        return out

    @contextmanager
    def _watching_stop(self) -> Iterator[None]:
        """While the block runs, look at ``should_stop`` every STOP_WATCH_S and set the run's stop event once it
        says stop: copies waiting inside the Graph client's retries (every worker, say, while Graph answers 503)
        would otherwise look at it only when their request's retries end. A BaseException in the block (Ctrl-C)
        sets it too, before the caller waits for the threads."""
        done = threading.Event()

        def watch() -> None:
            while not done.wait(STOP_WATCH_S) and not self._stop.is_set():
                try:
                    if self.should_stop():
                        self._stop.set()
                except Exception:   # noqa: BLE001 - the workers ask it too, and fail or stop there
                    log.debug("stop request could not be read", exc_info=True)

        watcher = threading.Thread(target=watch, name="marlib-stop-watch", daemon=True)
        watcher.start()
        try:
            yield
        except BaseException:
            self._stop.set()
            raise
        finally:
            done.set()
            watcher.join()

    def _reserve(self, workers: int) -> None:
        """Tell a backend keeping HTTP connections how many requests may be in flight at once (Graph: its
        connection pool grows to match, so no connection is made and thrown away per request)."""
        reserve = getattr(self.mailboxes, "reserve_connections", None)
        if callable(reserve):
            reserve(workers)

    # -- one action ------------------------------------------------------------
    def _run_guarded(self, row: dict[str, Any]) -> None:
        if self._stopping():
            return
        try:
            final = self._run(row)
        except (_Stopped, CallStopped):   # left as journaled: not an outcome, not done
            return
        except StoreError as exc:  # the journal cannot be written: leave the action to resume later
            log.error("action %s stopped: %s", row.get("action_id"), exc)
            final = None
        except Exception as exc:  # a bug must not abort the batch, nor leave the run open forever
            log.exception("action %s failed unexpectedly", row.get("action_id"))
            try:
                final = self._finish(_Ctx(row, 0.0), "failed", Reason.ERROR.value,
                                     f"{type(exc).__name__}: {exc}")
            except Exception as err:  # the journal cannot record it either: resumed later
                log.error("action %s stopped: %s", row.get("action_id"), err)
                final = None
        if final is not None:
            self.marlog.outcome({**row, **final})
        with self._progress_lock:
            self._done += 1
            self._failed += final is not None and final["status"] == "failed"
            self._last_mailbox = str(row.get("mailbox"))

    def _run(self, row: dict[str, Any]) -> dict[str, Any] | None:
        deadline = time.monotonic() + self.options.item_budget_s
        ctx = _Ctx(row, deadline)
        # the Graph client's own retries keep to the budget too, and end at a stop when the journal resumes the copy
        try:
            with call_deadline(deadline), stop_on(self._stop if self._stop_mid_copy else None):
                if row["action"] == Action.RESTORE.value:
                    detail = self._restore(ctx)
                else:
                    detail = self._remediate(ctx)
            self._answered()
            return self._finish(ctx, "succeeded", Reason.OK.value, detail)
        except MailboxError as exc:
            self._answered()
            if exc.reason == Reason.MESSAGE_NOT_FOUND.value and _STEP_ORDER.get(ctx.step, 0) <= 2:
                self.marlog.not_found(row.get("mailbox") or row.get("recipient"))
            return self._finish(ctx, "failed", str(exc.reason), exc.message)
        except ConnectivityError as exc:
            if self._outage_after(exc, mailbox=row.get("mailbox")) and self._stop_mid_copy:   # the next run resumes it
                raise _Stopped() from None
            return self._finish(ctx, "failed", Reason.CONNECTIVITY.value, exc.message)
        except _BudgetExceeded as exc:
            self._answered()
            return self._finish(ctx, "failed", Reason.THROTTLED.value, str(exc))
        except AuthError as exc:
            return self._finish(ctx, "failed", Reason.AUTH_FAILED.value, exc.message)
        except StoreError:
            raise
        except MarlibError as exc:   # e.g. a GraphError Graph gave no mailbox reason for
            self._answered()
            return self._finish(ctx, "failed", Reason.ERROR.value, exc.message)

    def _finish(self, ctx: _Ctx, status: str, reason: str, detail: str | None) -> dict[str, Any]:
        # a failure keeps the step it stopped at: a retry continues from there (see run._adopt_failed)
        step = "done" if status == "succeeded" else ctx.step
        self.journal.step(ctx.row["action_id"], step, status=status, reason=reason, detail=detail)
        return {"status": status, "reason": reason, "detail": detail}

    def _remediate(self, ctx: _Ctx) -> str | None:
        action = ctx.row["action"]
        copies = self._locate(ctx)
        if action in (Action.FORWARD.value, Action.FORWARD_DELETE.value) and ctx.before("sent"):
            self._forward(ctx, copies)
        if action in DELETES:
            return self._delete(ctx, copies)
        if action in MOVE_DESTINATIONS:
            return self._move(ctx, copies, MOVE_DESTINATIONS[action])
        return f"forwarded to {ctx.row.get('forward_to')}"

    def _locate(self, ctx: _Ctx) -> list[dict[str, str]]:
        row = ctx.row
        if not ctx.before("located"):
            copies = _copies(row.get("copies"))
            if copies:
                return copies
            raise MailboxError(f"Message {row['message_id']} is no longer in the mailbox {row['mailbox']}",
                               reason=Reason.MESSAGE_NOT_FOUND.value)
        if not row.get("message_id"):
            raise MailboxError("no Message-ID is known for this message, so it cannot be located",
                               reason=Reason.MESSAGE_NOT_FOUND.value)
        self._intend(ctx, "locate")
        found = self._call(ctx, self.mailboxes.locate, row["mailbox"], row["message_id"])
        copies = [_as_copy(c) for c in found]
        ctx.journal(self.journal, "located", copies=copies)
        if not copies:
            raise MailboxError(f"Message {row['message_id']} is no longer in the mailbox {row['mailbox']}",
                               reason=Reason.MESSAGE_NOT_FOUND.value)
        return copies

    def _forward(self, ctx: _Ctx, copies: list[dict[str, str]]) -> None:
        row, mbx = ctx.row, ctx.row["mailbox"]
        marker = forward_marker(row["action_id"])
        draft = None
        if ctx.step in ("forward", "draft"):
            # resumed: any draft carrying our marker was made and never sent
            drafts = self._call(ctx, self.mailboxes.find_drafts, mbx, marker)
            if not drafts and ctx.step == "draft":
                ctx.journal(self.journal, "sent", detail="sent before the interruption")
                return
            if drafts:
                draft = row.get("draft_id") if row.get("draft_id") in drafts else drafts[0]
                for extra in drafts:
                    if extra != draft:
                        self._call(ctx, self.mailboxes.delete_draft, mbx, extra)
        else:
            self._intend(ctx, "forward")
        if draft is None:
            draft = self._create_forward(ctx, mbx, copies, marker)
        resumed = ctx.step in ("forward", "draft")
        if ctx.step != "draft" or row.get("draft_id") != draft:
            ctx.journal(self.journal, "draft", draft_id=draft)
        self._send(ctx, mbx, draft, marker)
        ctx.journal(self.journal, "sent")
        if resumed:
            self._drop_late_drafts(ctx, mbx, marker)

    def _drop_late_drafts(self, ctx: _Ctx, mbx: str, marker: str) -> None:
        """A resumed forward is sent: a draft of ours still in Drafts is one whose createForward reached the
        service only after the resume looked (held up in a proxy or in the service while its answer was lost).
        Never sent, it is deleted, so the user's Drafts hold no ready-to-send forward of the malicious message.
        The forward is made: a failure here only leaves the draft, said in the log."""
        try:
            for late in self._call(ctx, self.mailboxes.find_drafts, mbx, marker):
                self._call(ctx, self.mailboxes.delete_draft, mbx, late)
                log.info("deleted a forward draft in %s that arrived after the resume looked: %s", mbx, late)
        except (ConnectivityError, MailboxError) as exc:
            log.warning("a resumed forward in %s was sent, but its Drafts could not be checked for a late "
                        "draft: %s", mbx, exc.message)

    def _create_forward(self, ctx: _Ctx, mbx: str, copies: list[dict[str, str]], marker: str) -> str:
        """createForward; when its answer is lost (timeout, reset, 5xx) the draft may have been made
        all the same: Drafts decides (the marker finds it), so that draft is sent now instead of
        being left orphaned in the user's Drafts while the action fails."""
        row = ctx.row
        try:
            return self._call(ctx, self.mailboxes.create_forward, mbx, _pick_forward_source(copies),
                              row["forward_to"], forward_comment(row))
        except (ConnectivityError, MailboxError) as exc:
            if not _answer_lost(exc):
                raise
            try:
                drafts = self._call(ctx, self.mailboxes.find_drafts, mbx, marker)
            except (ConnectivityError, MailboxError):
                raise exc from None
            if not drafts:
                raise
            for extra in drafts[1:]:
                self._call(ctx, self.mailboxes.delete_draft, mbx, extra)
            log.info("createForward in %s: no answer, but its draft %s is in Drafts: kept", mbx, drafts[0])
            return drafts[0]

    def _send(self, ctx: _Ctx, mbx: str, draft: str, marker: str) -> None:
        """send; when the answer is lost (timeout, reset) or the draft is already gone, Drafts decides:
        a draft no longer there was sent. A draft still there stays for the retry to send."""
        try:
            self._call(ctx, self.mailboxes.send_draft, mbx, draft)
        except (ConnectivityError, MailboxError) as exc:
            if not _answer_lost(exc) and exc.reason != Reason.MESSAGE_NOT_FOUND.value:
                raise
            try:
                still = self._call(ctx, self.mailboxes.find_drafts, mbx, marker)
            except (ConnectivityError, MailboxError):
                raise exc from None
            if still:
                raise
            log.info("send of draft %s in %s: no answer, but the draft left Drafts: sent", draft, mbx)

    def _delete(self, ctx: _Ctx, copies: list[dict[str, str]]) -> str | None:
        self._intend(ctx, "delete")
        gone, refused = 0, []
        for copy in copies:
            try:
                self._call(ctx, self.mailboxes.permanent_delete, ctx.row["mailbox"], copy["id"])
            except MailboxError as exc:
                if exc.reason == Reason.MESSAGE_NOT_FOUND.value:
                    gone += 1     # 404 on a journaled delete: already done
                    continue
                refused.append((copy, exc))
        if refused:
            copy, exc = refused[0]
            raise MailboxError(f"{exc.message} (folder {copy.get('folder')}; "
                               f"{len(copies) - len(refused)} of {len(copies)} copies deleted)",
                               reason=exc.reason)
        deleted = f"{len(copies)} cop{'y' if len(copies) == 1 else 'ies'} permanently deleted"
        forwarded = ctx.row["action"] == Action.FORWARD_DELETE.value
        fwd = f"forwarded to {ctx.row.get('forward_to')}; " if forwarded else ""
        return fwd + deleted + (f" ({gone} already gone)" if gone else "")

    def _move(self, ctx: _Ctx, copies: list[dict[str, str]], destination: str) -> str:
        self._intend(ctx, "move")
        moved = []
        for copy in copies:
            if copy.get("folder") == destination:
                moved.append({"id": copy["id"], "from": destination})
                continue
            new = self._call(ctx, self.mailboxes.move, ctx.row["mailbox"], copy["id"], destination)
            moved.append({"id": new.id, "from": copy.get("folder")})
        ctx.journal(self.journal, "move", moved=moved)
        return f"{len(moved)} cop{'y' if len(moved) == 1 else 'ies'} moved to {destination}"

    def _restore(self, ctx: _Ctx) -> str:
        moved = _copies(ctx.row.get("copies"))
        self._intend(ctx, "restore")
        back = 0
        for copy in moved:
            if not copy.get("from"):
                continue
            self._call(ctx, self.mailboxes.move, ctx.row["mailbox"], copy["id"], copy["from"])
            back += 1
        return f"{back} cop{'y' if back == 1 else 'ies'} moved back"

    # -- stop requests -----------------------------------------------------
    def _stopping(self) -> bool:
        """A stop was requested, or the service stopped answering (:attr:`outage`)."""
        if self._stop.is_set() or self.outage is not None:
            return True
        if self.should_stop():
            self._stop.set()
            return True
        return False

    def _answered(self) -> None:
        """The service answered a copy (it succeeded, or failed for an answer of its own: 404, 403, 429...) or a
        look-up: the streak of copies that got no answer or a server error ends. A copy whose first requests were
        answered and whose next got a server error counts toward the streak (one endpoint failing)."""
        if self._streak:
            with self._streak_lock:
                self._streak = 0
                self._streak_boxes.clear()

    def _outage_after(self, exc: ConnectivityError, what: str = "copies", mailbox: str | None = None) -> bool:
        """Count a copy (or look-up) that failed with ``exc``; True when it got no answer or a server error
        (:func:`~marlib.graph.errors.outage_kind`) and the run stops for an outage: declared by this failure
        (the ``outage_after``-th in a row) or an earlier one."""
        limit = self.options.outage_after
        kind = outage_kind(exc)
        if kind is None:   # the service answered, about this copy (a mailbox over its quota, ...)
            self._answered()
        if not limit or kind is None:
            return False
        with self._streak_lock:
            self._streak += 1
            if mailbox:
                if mailbox in self._streak_boxes:
                    self._streak_boxes.remove(mailbox)
                self._streak_boxes = [*self._streak_boxes, mailbox][-CHECK_MAILBOXES:]
            # server errors of one mailbox only (one being moved, say) are that mailbox's trouble, not an outage:
            # a streak of them stops the run once they came from two mailboxes or more
            one_box = kind == SERVER_ERROR and len(self._streak_boxes) < 2
            if self.outage is None and self._streak >= limit and not one_box:
                self.outage = Outage.of(exc, self._streak, what, mailbox, tuple(reversed(self._streak_boxes)))
                # info: the caller tells the user (the CLI's `warning: remediation stopped: ...`, watch, the app),
                # with what to do; a WARNING here printed the same outage a second time on the CLI's stderr
                log.info("%d %s in a row got %s (%s): no new copy is started", self._streak, what,
                            self.outage.answer or "no answer", exc.message)
                # and the copies in flight stop as at a stop request: each waiting inside the client's retries
                # would only fail after them (minutes of Retry-After), to be resumed by the next run all the same
                self._stop.set()
        return self.outage is not None

    def _stop_point(self) -> None:
        """Raise _Stopped when a stop was requested: the copy goes no further than its journal says. Only
        with a journal the next run resumes from (``resumable``): an in-memory one (the simulated tenant's)
        would forget how far the copy got, and the next run would start it again and forward it twice, so
        there a copy once started is finished (a stop then takes effect between copies)."""
        if self._stop_mid_copy and self._stopping():
            raise _Stopped()

    def _intend(self, ctx: _Ctx, step: str) -> None:
        """Journal the intent of ``step`` unless a stop was requested (then the step before it stays)."""
        self._stop_point()
        ctx.journal(self.journal, step)

    # -- one network call --------------------------------------------------
    def _gate(self, mailbox: str) -> _MailboxGate:
        gate = self._gates.get(mailbox)
        if gate is None:
            with self._gates_lock:
                gate = self._gates.setdefault(mailbox, _MailboxGate(self.options.per_mailbox))
        return gate

    def _call(self, ctx: _Ctx, fn: Callable[..., Any], mailbox: str, *args: Any) -> Any:
        gate, attempt = self._gate(mailbox), 0
        while True:
            self._take_slot(gate, ctx.deadline)
            try:
                result = fn(mailbox, *args)
            except CallStopped:   # in the client's retries: no further attempt was sent; the journal has the intent
                raise _Stopped() from None
            except ConnectivityError as exc:
                self.alerts.connectivity_failed(f"{mailbox}: {exc.message}")
                raise
            except MailboxError as exc:
                if exc.reason == Reason.CONNECTIVITY.value:
                    self.alerts.connectivity_failed(f"{mailbox}: {exc.message}")
                    raise
                if exc.reason != Reason.THROTTLED.value:
                    self.alerts.connectivity_ok()
                    raise
                attempt += 1
                wait = _retry_after(exc, self.options.max_backoff_s)
                if wait is None or time.monotonic() + wait > ctx.deadline:
                    raise _BudgetExceeded(f"still throttled after {attempt} attempts: {exc.message}") \
                        from exc
                gate.pause(wait)
                continue
            finally:
                gate.sem.release()
            # the streak of copies without an answer ends with a copy's outcome (_run), not a request's: copies
            # whose look-up works and whose delete gets 503 every time are a (partial) outage too
            self.alerts.connectivity_ok()
            return result


    def _take_slot(self, gate: _MailboxGate, deadline: float) -> None:
        """Wait for the mailbox (its Retry-After pause, then a free request slot) and hold a slot; the stop
        request is looked at about every STOP_POLL_S while waiting and once more just before the request."""
        _wait_gate(gate, deadline, self._stop_point, self._stop if self._stop_mid_copy else None)
        while not gate.sem.acquire(timeout=max(0.0, min(STOP_POLL_S, deadline - time.monotonic()))):
            if time.monotonic() >= deadline:
                raise _BudgetExceeded("the time budget for this copy ran out waiting for a free "
                                      "request slot of the mailbox")
            self._stop_point()
        try:
            self._stop_point()
        except _Stopped:
            gate.sem.release()
            raise


def _wait_gate(gate: _MailboxGate, deadline: float, stop_point: Callable[[], None],
               stop: threading.Event | None) -> None:
    """Wait out the mailbox's Retry-After pause; ``stop`` (the run's stop, when a stopped copy is resumed later)
    ends the wait at once and ``stop_point`` raises."""
    while True:
        now = time.monotonic()
        if now >= deadline:
            raise _BudgetExceeded("the time budget for this copy ran out while the mailbox was throttled")
        if gate.not_before <= now:
            return
        (stop.wait if stop is not None else time.sleep)(min(gate.not_before, deadline, now + STOP_POLL_S) - now)
        stop_point()


def _answer_lost(exc: MarlibError) -> bool:
    """A failure after which the request may have reached the mailbox all the same."""
    return isinstance(exc, ConnectivityError) or (isinstance(exc, MailboxError)
                                                  and exc.reason == Reason.CONNECTIVITY.value)


def _retry_after(exc: MailboxError, cap: float) -> float | None:
    """The service's Retry-After (capped); None when it gave none: the client already backed off."""
    value = exc.details.get("retry_after")
    try:
        return None if value is None else min(max(float(value), 0.0), cap)
    except (TypeError, ValueError):
        return None


def _pick_forward_source(copies: list[dict[str, str]]) -> str:
    """Forward the copy the user sees: one outside Deleted Items / Recoverable Items when there is one."""
    for copy in copies:
        if copy.get("folder") not in ("deleteditems", "recoverableitemsdeletions"):
            return copy["id"]
    return copies[0]["id"]


class _Ctx:
    """One action being executed: its row, last journaled step and deadline."""

    def __init__(self, row: dict[str, Any], deadline: float) -> None:
        self.row = row
        self.step = row.get("step") or "planned"
        self.deadline = deadline

    def before(self, step: str) -> bool:
        """True while the action has not reached ``step``."""
        return _STEP_ORDER.get(self.step, 0) < _STEP_ORDER[step]

    def journal(self, journal: Journal, step: str, **fields: Any) -> None:
        journal.step(self.row["action_id"], step, **fields)
        self.step = step
        for key, value in fields.items():
            self.row[key] = value
