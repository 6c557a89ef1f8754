"""``SimulatedMailboxes``: the ``Mailboxes`` protocol over an in-process ``TenantModel``.

Used by the what-if simulator: the same engine code runs against it and against
``GraphMailboxes``, with the same outcomes. Every Graph error the model raises
is turned into the error the Graph backend raises for the same answer, through
the same translation (``marlib.graph.errors.translate_error``): same type, reason,
message and advice::

    sim = SimulatedMailboxes(model, seed=0, outage=0.0, throttle=0.0)
    sim.kind == "simulated"
    sim.resolve(addr) / locate / create_forward / send_draft / find_drafts / delete_draft /
        permanent_delete / soft_delete / move          # as marlib.tenant.base.Mailboxes
    sim.primary_address(addr) -> str | None         # the directory look-up alone (one users request per address)
    sim.requests.snapshot() -> {"total", "throttled", "failed", "by_endpoint": {...}, "by_mailbox": {...}}

``outage`` and ``throttle`` are each a share of mailboxes (0..1, chosen by a
hash of ``seed`` and the address, so the same mailboxes every run and in any
call order) or a collection of addresses. Every call for an outage mailbox
raises ``ConnectivityError``; every call for a throttled one raises
``MailboxError(reason=THROTTLED)`` (still throttled when the time budget ran out).

The request counter counts the Graph requests the Graph backend makes for each
call (one per call; ``resolve`` is the directory look-up ``users`` (once per address), the mailbox
probe ``messages``, then for a non-user the ``groups`` lookup and one ``transitiveMembers`` page per 100), for
the "Graph request budget", plus the one-time folder-id map per mailbox
(``FOLDER_MAP_REQUESTS``) the Graph backend makes. ``resolve`` answers exactly like ``GraphMailboxes``:
a user under its primary address (lower case; also when an alias was given), anything else under the
address as given in lower case, group members as the sorted primary addresses of the users among them.
"""
from __future__ import annotations

import hashlib
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Collection

import requests

from marlib.errors import ConnectivityError, MailboxError, MarlibError
from marlib.graph.errors import connectivity_error, translate_error
from marlib.models import MessageCopy, Principal, Reason, TenantKind
from marlib.tenant.model import GraphFault, Message, TenantModel, fault

# GraphMailboxes learns a mailbox's folder ids once: 8 well-known folders in 2 $batch requests of 4
FOLDER_MAP_REQUESTS = {"$batch": 2, "mailFolders": 8}
SIMULATED_HOST = "graph.microsoft.com"


def mailbox_error(exc: GraphFault, mailbox: str) -> MarlibError:
    """The error the Graph backend raises for this Graph answer: the same translation
    (``marlib.graph.errors.translate_error``), so messages, reasons and advice are identical."""
    body = {"error": {"code": exc.code, "message": exc.message}}
    return translate_error(exc.status, body, mailbox=mailbox)


def reason_for(status: int | None, code: str | None) -> Reason | None:
    """The remediation Reason the Graph backend gives a Graph error answer (None: not a per-copy failure)."""
    err = translate_error(status or 0, {"error": {"code": code or "", "message": ""}})
    if isinstance(err, MailboxError):
        return Reason(err.reason)
    return Reason.CONNECTIVITY if isinstance(err, ConnectivityError) else None


def outage_error(mailbox: str) -> ConnectivityError:
    """What the Graph backend raises when the service cannot be reached."""
    url = f"https://{SIMULATED_HOST}/v1.0/users/{mailbox}"
    return connectivity_error(requests.exceptions.ConnectionError("simulated outage"), url)


class RequestCounter:
    """Thread-safe counts of Graph requests: total, throttled, failed, by endpoint and mailbox."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.total = self.throttled = self.failed = 0
        self.by_endpoint: Counter[str] = Counter()
        self.by_mailbox: Counter[str] = Counter()

    def add(self, endpoint: str, mailbox: str, n: int = 1, *, throttled: bool = False,
            failed: bool = False) -> None:
        with self._lock:
            self.total += n
            self.throttled += n if throttled else 0
            self.failed += n if failed else 0
            self.by_endpoint[endpoint] += n
            self.by_mailbox[mailbox.lower()] += n

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return {"total": self.total, "throttled": self.throttled, "failed": self.failed,
                    "by_endpoint": dict(self.by_endpoint), "by_mailbox": dict(self.by_mailbox)}


def _chosen(seed: int, kind: str, address: str, share: float) -> bool:
    digest = hashlib.sha256(f"{seed}|{kind}|{address.lower()}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < share


class _Selection:
    """A seeded share of addresses, or an explicit set of them."""

    def __init__(self, value: float | Collection[str] | None, seed: int, kind: str) -> None:
        self.share = float(value) if isinstance(value, (int, float)) else 0.0
        self.addresses = {a.lower() for a in value} if value and not isinstance(value, (int, float)) else set()
        self.seed, self.kind = seed, kind

    def __contains__(self, address: str) -> bool:
        if address.lower() in self.addresses:
            return True
        return self.share > 0 and _chosen(self.seed, self.kind, address, self.share)


class SimulatedMailboxes:
    """The Mailboxes protocol over a TenantModel, failing exactly as Graph would."""

    kind = TenantKind.SIMULATED.value

    def __init__(self, model: TenantModel, *, seed: int = 0,
                 outage: float | Collection[str] | None = None,
                 throttle: float | Collection[str] | None = None, session: Any = None) -> None:
        self.model = model
        self.seed = seed
        self.outage = _Selection(outage, seed, "outage")
        self.throttle = _Selection(throttle, seed, "throttle")
        self.requests = RequestCounter()
        self._mapped: set[str] = set()
        self._looked_up: set[str] = set()   # addresses whose user GraphMailboxes looked up (it keeps the answer)
        self._lock = threading.Lock()
        # the tenant kept across runs and its saved state (marlib.remediation.backend.SimulatedSession)
        self.session = session

    def refresh(self) -> None:
        """Before a run on a tenant kept across runs (watch, the app's automatic mode): the state another
        process saved since is taken up, and a tenant built from the data gains the mail ingested or judged
        malicious since."""
        if self.session is not None:
            self.model = self.session.refresh()

    def persist(self) -> None:
        """After a run: keep the tenant's state (when a request was made since it was last kept)."""
        if self.session is not None:
            self.session.save()

    @contextmanager
    def exclusive(self, what: str, *, on_save: Callable[[str], None] | None = None) -> Iterator[None]:
        """One run (``what``) on a tenant kept across runs and processes, alone: the state another process's
        run saved is taken up first, and this one's is saved before another run may start
        (``SimulatedSession.exclusive``; ``on_save`` is told before that save). Nothing to hold for a what-if's
        own tenant (no session)."""
        if self.session is None:
            yield
            return
        with self.session.exclusive(what, on_save=on_save) as model:
            self.model = model
            yield

    # ------------------------------------------------------------------ plumbing
    def _enter(self, endpoint: str, mailbox: str) -> None:
        """Count one request and apply the mailbox's simulated outage or throttling."""
        if self.session is not None:
            self.session.dirty = True
        if mailbox in self.outage:
            self.requests.add(endpoint, mailbox, failed=True)
            raise outage_error(mailbox)
        if mailbox in self.throttle:
            self.requests.add(endpoint, mailbox, throttled=True)
            raise mailbox_error(fault(429, "ApplicationThrottled"), mailbox)
        self.requests.add(endpoint, mailbox)

    def _call(self, endpoint: str, mailbox: str, fn: Any, *args: Any) -> Any:
        self._enter(endpoint, mailbox)
        try:
            return fn(*args)
        except GraphFault as exc:
            raise mailbox_error(exc, mailbox) from None

    def _copy(self, msg: Message) -> MessageCopy:
        return MessageCopy(msg.immutable_id, msg.folder, msg.internet_message_id)

    # ------------------------------------------------------------------ Mailboxes
    def resolve(self, address: str) -> Principal:
        """As GraphMailboxes: the directory look-up of the address's user (one users request, once per
        address), a user under its primary address (an alias too); probe the mailbox (one messages
        request); if no user, the group by mail (one request) and its transitive members (one request per
        100)."""
        address = self._look_up(address)
        principal = self.model.resolve(address)
        # as GraphMailboxes keeps it: a user's primary address and a group's members need no look-up later
        known = [principal.address] if principal.kind == "user" else list(principal.members)
        with self._lock:
            self._looked_up.update(known)
        self._enter("messages", principal.address if principal.kind == "user" else address)
        if principal.kind == "user":
            return principal
        self.requests.add("groups", address)
        if principal.kind == "group":
            group = self.model.group_by_mail(address)
            pages = max(1, -(-len(self.model.transitive_members(group)) // 100)) if group else 1
            self.requests.add("transitiveMembers", address, pages)
        return principal

    def primary_address(self, address: str) -> str | None:
        """As GraphMailboxes: the primary address of the user one of whose addresses is ``address`` (None: no
        user has it); the directory look-up counts one users request, once per address."""
        address = self._look_up(address)
        user = self.model.user(address)
        if user is None:
            return None
        with self._lock:
            self._looked_up.add(user.address.lower())
        return user.address.lower()

    def _look_up(self, address: str) -> str:
        """``address`` as looked up in the directory: one users request counted, the first time only."""
        address = address.strip().lower()
        with self._lock:
            looked_up = address in self._looked_up
            self._looked_up.add(address)
        if not looked_up:
            self.requests.add("users", address)
        return address

    def _folder_map(self, mailbox: str) -> None:
        """GraphMailboxes maps folder ids to names once per mailbox (first copy found or moved)."""
        key = mailbox.lower()
        with self._lock:
            if key in self._mapped:
                return
            self._mapped.add(key)
        for endpoint, n in FOLDER_MAP_REQUESTS.items():
            self.requests.add(endpoint, mailbox, n)

    def locate(self, mailbox: str, internet_message_id: str) -> list[MessageCopy]:
        found = self._call("messages", mailbox, self.model.locate, mailbox, internet_message_id)
        if found:
            self._folder_map(mailbox)
        return [self._copy(m) for m in found]

    def create_forward(self, mailbox: str, message_id: str, to: str, comment: str) -> str:
        draft = self._call("createForward", mailbox, self.model.create_forward, mailbox, message_id,
                           [to], comment)
        return draft.immutable_id

    def send_draft(self, mailbox: str, draft_id: str) -> None:
        self._call("send", mailbox, self.model.send, mailbox, draft_id)

    def find_drafts(self, mailbox: str, marker: str) -> list[str]:
        drafts = self._call("messages", mailbox, self.model.search_drafts, mailbox, marker)
        return [d.immutable_id for d in drafts]

    def delete_draft(self, mailbox: str, draft_id: str) -> None:
        try:
            self._call("permanentDelete", mailbox, self.model.permanent_delete, mailbox, draft_id)
        except MailboxError as exc:
            if exc.reason != Reason.MESSAGE_NOT_FOUND.value:
                raise

    def permanent_delete(self, mailbox: str, message_id: str) -> None:
        self._call("permanentDelete", mailbox, self.model.permanent_delete, mailbox, message_id)

    def soft_delete(self, mailbox: str, message_id: str) -> None:
        self._call("delete", mailbox, self.model.soft_delete, mailbox, message_id)

    def move(self, mailbox: str, message_id: str, destination: str) -> MessageCopy:
        moved = self._call("move", mailbox, self.model.move, mailbox, message_id, destination)
        self._folder_map(mailbox)
        return self._copy(moved)
