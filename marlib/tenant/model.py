"""One in-memory Office 365 tenant: directory, mailboxes, folders, messages, apps.

Shared by ``SimulatedMailboxes`` (in-process what-if) and the HTTPS emulator
(``marlib.emulator``), so both faces behave the same. Thread-safe: every public
method takes one re-entrant lock.

Tenant file (JSON, part of the product; paths relative to the file)::

    {"tenant_id": GUID, "domains": [...],
     "apps": [{"client_id", "certificate": PATH_OR_PEM (or "certificates": [...]), "roles": [...],
               "mailboxes"?: [...] (an application access policy: only these mailboxes)}],
     "users": [{"address", "mailbox": true|false, "aliases": [...], "id"?}],
     "groups": [{"address", "members": [address...], "aliases"?: [...], "id"?}],
     "messages": [{"mailbox", "internet_message_id", "folder", "subject",
                   "attachments": [{"name", "sha256"}],
                   "id"?, "body"?, "forward_of"?, "to"?, "is_draft"?}],
     "empty_folders"?: {mailbox: [custom folder names that hold no message now]},
     "state_id"?: "..."}   # a saved state's own id (below); other readers ignore it

``to_dict()`` writes the same format (certificates inlined as PEM) with every
message in its current folder: a sent forward sits in the sender's
``sentitems`` with ``forward_of`` (the original internet_message_id) and
``to``; a permanently deleted message sits in ``recoverableitemspurges``.

A saved state (``m.write_state(path)``, the simulated tenant's ``<db>.simulated_tenant.json``) is such a
file (compact JSON, with its ``state_id``) plus, beside it, ``<path>.journal``: after the first save, a save
appends one line (compact JSON, ending in a newline) holding only what changed since the last one::

    {"state_id": the file's state_id, "mailboxes": [{"mailbox": address, "messages": [record...],
                                                    "empty_folders": [...]}...],
     "directory"?: {"tenant_id", "domains", "apps", "users", "groups", "origin"}}   # when that changed

``load(path)`` applies the journal's lines in order: each listed mailbox's messages (and empty folders)
replace the file's, a directory replaces the file's. A line naming another state_id (left by a save
that rewrote the file and was stopped before it removed the old journal) is skipped, and so are the
bytes after the last newline (a save stopped mid-append): the state is always the previous one or the
new one. When the journal would outgrow ``COMPACT_SHARE`` of the file (and ``COMPACT_MIN_BYTES``), or ends in a
torn line, the save
rewrites the file (temporary file, fsync, ``os.replace``; new state_id) and removes the journal.

API (raises ``GraphFault(status, code, message)`` exactly where Graph answers an error)::

    m = TenantModel.load(path) | TenantModel.from_dict(d, base_dir=None)
    m.to_dict(); m.dump(path); m.copy()
    m.write_state(path, append=True) -> "appended" | "rewritten"   # a saved state, see above
    m.accepts_tenant(tenant_id_or_domain) -> bool; m.app(client_id) -> App | None
    m.resolve(address) -> models.Principal          # as GraphMailboxes: user (+mailbox flag) | group | none
    m.user(address_alias_or_id) -> User | None; m.group_by_mail(a); m.group(id); m.transitive_members(g)
    m.directory_user(upn_or_id) -> User | None       # /users/{id | userPrincipalName}: no alias
    m.mailbox_user(address) -> User                 # ErrorInvalidUser (also for an alias) / MailboxNotEnabledForRESTAPI
    m.add_message(mailbox, internet_message_id, folder="inbox", subject="", attachments=(), ...) -> Message
    m.add_record(tenant_file_message_dict) -> Message
    m.set_message_source(fn)                        # lazy: fn(address) -> records, on first use of a mailbox
    m.locate(mailbox, internet_message_id) -> [Message]   # every folder except recoverableitemspurges
    m.get(mailbox, id) -> Message                   # id = current id or immutable id; ErrorItemNotFound
    m.folder_messages(mailbox, folder) -> [Message]; m.folder_id(mailbox, name); m.folder_name(mailbox, x)
    m.forward(mailbox, id, to, comment) -> Message  # the copy in sentitems
    m.create_forward(mailbox, id, to, comment) -> Message (draft)  ;  m.send(mailbox, draft_id) -> Message
    m.soft_delete(mailbox, id) -> Message           # -> deleteditems (from deleteditems -> recoverableitemsdeletions)
    m.permanent_delete(mailbox, id) -> Message      # -> recoverableitemspurges
    m.move(mailbox, id, destination) -> Message     # new ``id``; ``immutable_id`` stays
    m.search_drafts(mailbox, marker) -> [Message]   # drafts whose body or subject holds the marker

Deleting (DELETE or permanentDelete) in ``recoverableitemsdeletions`` is refused
with 403 ErrorCannotDeleteObject, as Exchange Online does.
"""
from __future__ import annotations

import copy as _copy
import hashlib
import itertools
import json
import os
import re
import tempfile
import threading
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from marlib.models import Principal

WELL_KNOWN_FOLDERS: dict[str, str] = {
    "inbox": "Inbox", "junkemail": "Junk Email", "deleteditems": "Deleted Items", "drafts": "Drafts",
    "sentitems": "Sent Items", "archive": "Archive", "recoverableitemsdeletions": "Deletions",
    "recoverableitemspurges": "Purges",
}
_OWN_ID = re.compile(r"^[A-Za-z]+([0-9a-f]{12})(\d{12})AAA=$")   # ids this model makes
UNDELETABLE_FOLDER = "recoverableitemsdeletions"
PURGES_FOLDER = "recoverableitemspurges"
JOURNAL_SUFFIX = ".journal"   # a saved state's journal: <state file>.journal
COMPACT_SHARE = 0.5           # a journal larger than this share of its state file (and than COMPACT_MIN_BYTES):
COMPACT_MIN_BYTES = 1 << 20   # the next save rewrites the file and removes the journal
LOAD_PROGRESS_EVERY = 20_000   # messages added between two progress reports of a load
_DIRECTORY_KEYS = ("tenant_id", "domains", "apps", "users", "groups", "origin")


def journal_path(path: str | Path) -> Path:
    """The journal beside a saved state (see the module docstring)."""
    path = Path(path)
    return path.with_name(path.name + JOURNAL_SUFFIX)


def _compact(data: Any) -> bytes:
    return json.dumps(data, separators=(",", ":")).encode("utf-8")

# Graph's error texts (samples/graph/graph_error_bodies.jsonl)
_MESSAGES = {
    "ErrorInvalidUser": "The requested user '{0}' is invalid.",
    "MailboxNotEnabledForRESTAPI": "The mailbox is either inactive, soft-deleted, or is hosted on-premise.",
    "ErrorItemNotFound": "The specified object was not found in the store., "
                         "The process failed to get the correct properties.",
    "ErrorCannotDeleteObject": "Object cannot be deleted.",
    "ErrorInvalidRecipients": "At least one recipient is not valid.",
    "ErrorInvalidIdMalformed": "Id is malformed.",
    "ApplicationThrottled": "Application is over its MailboxConcurrency limit.",
}


class GraphFault(Exception):
    """A Graph error answer: HTTP status, Graph error code, Graph message."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status, self.code, self.message = status, code, message


def fault(status: int, code: str, *args: str) -> GraphFault:
    """A GraphFault with Graph's own message for ``code``."""
    return GraphFault(status, code, _MESSAGES.get(code, code).format(*args))


@dataclass
class User:
    address: str
    mailbox: bool = True
    aliases: list[str] = field(default_factory=list)
    id: str = ""
    display_name: str = ""


@dataclass
class Group:
    address: str
    members: list[str] = field(default_factory=list)
    id: str = ""
    display_name: str = ""
    aliases: list[str] = field(default_factory=list)   # secondary SMTP addresses (smtp: in proxyAddresses)


@dataclass
class App:
    client_id: str
    certificates: list[str] = field(default_factory=list)   # PEM text
    roles: list[str] = field(default_factory=list)
    display_name: str = ""
    mailboxes: list[str] | None = None   # application access policy: only these mailboxes (None = all)

    def may_access(self, mailbox: str) -> bool:
        return self.mailboxes is None or mailbox.lower() in {m.lower() for m in self.mailboxes}


@dataclass(slots=True)
class Message:
    mailbox: str
    internet_message_id: str
    folder: str
    id: str                      # current (REST) id: changes on move
    immutable_id: str            # stable id (Prefer: IdType="ImmutableId")
    subject: str = ""
    attachments: list[dict] = field(default_factory=list)
    body: str = ""
    forward_of: str | None = None
    to: list[str] = field(default_factory=list)
    is_draft: bool = False
    received: str | None = None
    sender: str | None = None

    def as_record(self) -> dict[str, Any]:
        """This message in the tenant-file format."""
        rec: dict[str, Any] = {"mailbox": self.mailbox, "internet_message_id": self.internet_message_id,
                               "folder": self.folder, "subject": self.subject,
                               "attachments": [dict(a) for a in self.attachments], "id": self.immutable_id}
        for key in ("body", "forward_of", "received", "sender"):
            if getattr(self, key):
                rec[key] = getattr(self, key)
        if self.to:
            rec["to"] = list(self.to)
        if self.is_draft:
            rec["is_draft"] = True
        return rec


def _guid(*parts: str) -> str:
    h = hashlib.sha256("|".join(parts).encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def _read_certificate(value: str, base_dir: Path | None) -> str:
    """PEM text from inline PEM or a PEM/DER file path (relative to the tenant file)."""
    if "-----BEGIN" in value:
        return value
    path = Path(value)
    if base_dir is not None and not path.is_absolute():
        path = base_dir / path
    raw = path.read_bytes()
    if b"-----BEGIN" in raw:
        return raw.decode("ascii")
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding
    return x509.load_der_x509_certificate(raw).public_bytes(Encoding.PEM).decode("ascii")


class TenantModel:
    """The tenant. See the module docstring for the API."""

    def __init__(self, tenant_id: str, domains: Iterable[str] = ()) -> None:
        self.tenant_id = tenant_id
        self.domains = [d.lower() for d in domains]
        self.lock = threading.RLock()
        self.apps: dict[str, App] = {}
        self.users: dict[str, User] = {}           # primary address (lower) -> User
        self.groups: dict[str, Group] = {}         # address (lower) -> Group
        self._by_alias: dict[str, User] = {}       # address, alias and id (lower) -> User
        self._groups_by_id: dict[str, Group] = {}
        self._groups_by_address: dict[str, Group] = {}   # address and aliases (lower) -> Group
        self._messages: dict[str, list[Message]] = {}   # mailbox -> messages, insertion order
        self._by_id: dict[str, dict[str, Message]] = {}  # mailbox -> id/immutable id -> Message
        self._by_imid: dict[str, dict[str, list[Message]]] = {}
        # custom folders once used, by mailbox (lower): a folder stays when its last message leaves it, as in
        # Exchange (a restore moves a copy back into it)
        self._custom_folders: dict[str, set[str]] = {}
        self._counter = itertools.count(1)
        self._floor = 0                             # highest number of a loaded id (see _reserve)
        self._source: Callable[[str], Iterable[dict[str, Any]]] | None = None
        self._id_prefix = hashlib.sha256(tenant_id.encode()).hexdigest()[:12]
        # what the tenant was made from, kept in its file: "data" for one built from the ingested data
        # (marlib.remediation.backend.TopUp keeps only those in step with the data)
        self.origin: str | None = None
        # what the saved state this model mirrors is (write_state): its state_id (None: none, the next save
        # rewrites the file), the mailboxes changed since (keys of _messages) and its directory's digest
        self._synced_with: str | None = None
        self._changed: set[str] = set()
        self._directory_digest: str | None = None

    # ------------------------------------------------------------------ load / dump
    @classmethod
    def load(cls, path: str | Path, *, progress: Callable[[int, int | None, str], None] | None = None,
             ) -> "TenantModel":
        """Read a tenant file; InputError (with what to do) for one that is missing or not a tenant file.
        ``progress(done, total, message)``: told when the file is read and as its messages are added (a large
        tenant takes a while: 800,000 messages, half a minute)."""
        from marlib.errors import InputError
        path = Path(path)
        advice = ("give a tenant JSON as `python -m marlib sample` writes it (DIR/tenant.json; keys tenant_id, "
                  "domains, users, groups, messages), or build the tenant from the ingested data instead")
        journal = journal_path(path)
        # the journal opened first: a save rewriting the file meanwhile then leaves this one's lines for the
        # old file (skipped, another state_id) and the new file, never the old file without its lines
        try:
            held = open(journal, "rb")
        except OSError:
            held = None
        if progress is not None:
            progress(0, None, f"reading {path.name}")
        try:
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except FileNotFoundError:
                raise InputError(f"tenant file {path} does not exist", advice=advice) from None
            except (OSError, UnicodeDecodeError, ValueError) as exc:
                raise InputError(f"{path} cannot be read as a tenant file ({exc})", advice=advice) from None
            if not isinstance(data, dict) or "tenant_id" not in data:
                raise InputError(f"{path} is not a tenant file: it has no tenant_id", advice=advice)
            state_id = data.get("state_id")
            try:
                if held is not None and state_id:   # a tenant file of another kind has no journal
                    _apply_journal(data, held.read(), state_id)
            except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
                raise InputError(f"{journal} cannot be read as the journal of {path} ({exc})",
                                 advice=f"remove {journal} to go back to the state {path} holds") from None
        finally:
            if held is not None:
                held.close()
        try:
            model = cls.from_dict(data, base_dir=path.parent, progress=progress)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise InputError(f"{path} is not a usable tenant file ({type(exc).__name__}: {exc})",
                             advice=advice) from None
        if state_id:
            model._synced(str(state_id))
        return model

    @classmethod
    def from_dict(cls, data: dict[str, Any], base_dir: str | Path | None = None, *,
                  progress: Callable[[int, int | None, str], None] | None = None) -> "TenantModel":
        """Build from the tenant-file dict; certificate paths are relative to ``base_dir``. ``progress``: the
        messages added so far, every ``LOAD_PROGRESS_EVERY``."""
        base = Path(base_dir) if base_dir is not None else None
        model = cls(str(data["tenant_id"]), data.get("domains", ()))
        model.origin = data.get("origin")
        for app in data.get("apps", ()):
            certs = list(app.get("certificates") or ([app["certificate"]] if app.get("certificate") else []))
            model.add_app(app["client_id"], [_read_certificate(c, base) for c in certs],
                          app.get("roles", ()), app.get("display_name", ""), app.get("mailboxes"))
        for user in data.get("users", ()):
            model.add_user(user["address"], mailbox=user.get("mailbox", True),
                           aliases=user.get("aliases", ()), id=user.get("id"),
                           display_name=user.get("display_name", ""))
        for group in data.get("groups", ()):
            model.add_group(group["address"], group.get("members", ()), id=group.get("id"),
                            display_name=group.get("display_name", ""), aliases=group.get("aliases", ()))
        messages = data.get("messages", ())
        for n, msg in enumerate(messages, 1):
            model.add_record(msg)
            if progress is not None and n % LOAD_PROGRESS_EVERY == 0:
                progress(n, len(messages), "adding the messages")
        if progress is not None:
            progress(len(messages), len(messages), "adding the messages")
        for box, names in (data.get("empty_folders") or {}).items():
            for name in names:
                model._note_folder(box.lower(), name)
        return model

    def add_record(self, msg: dict[str, Any]) -> Message:
        """Add one message given in the tenant-file format."""
        return self.add_message(msg["mailbox"], msg["internet_message_id"], msg.get("folder", "inbox"),
                                msg.get("subject", ""), msg.get("attachments", ()), id=msg.get("id"),
                                body=msg.get("body", ""), forward_of=msg.get("forward_of"),
                                to=msg.get("to", ()), is_draft=msg.get("is_draft", False),
                                received=msg.get("received"), sender=msg.get("sender"))

    def set_message_source(self, source: Callable[[str], Iterable[dict[str, Any]]] | None) -> None:
        """Load each mailbox's messages lazily: ``source(address)`` yields its messages (tenant-file
        records) the first time that mailbox is used. For big what-if tenants: only the mailboxes an
        operation touches are ever built. ``to_dict()`` lists only loaded mailboxes' messages."""
        with self.lock:
            self._source = source
            self._loaded: set[str] = set()

    def _ensure_loaded(self, user: "User") -> None:
        if self._source is None:
            return
        key = user.address.lower()
        with self.lock:
            if key in self._loaded:
                return
            self._loaded.add(key)
            for rec in self._source(user.address):
                self.add_record({**rec, "mailbox": user.address})

    def to_dict(self) -> dict[str, Any]:
        """The tenant as it now is, in the tenant-file format."""
        with self.lock:
            directory = self._directory()
            messages = [m.as_record() for msgs in self._messages.values() for m in msgs]
            empty = {box: names for box in self._custom_folders if (names := self._empty_folders(box))}
            return {"tenant_id": self.tenant_id, "domains": directory["domains"], "apps": directory["apps"],
                    "users": directory["users"], "groups": directory["groups"], "messages": messages,
                    **({"empty_folders": empty} if empty else {}),
                    **({"origin": self.origin} if self.origin else {})}

    def _directory(self) -> dict[str, Any]:
        """Everything of ``to_dict()`` but the messages and empty folders (``origin`` None when unset)."""
        apps = [{"client_id": a.client_id, "certificate": a.certificates[0] if a.certificates else None,
                 "certificates": list(a.certificates), "roles": list(a.roles),
                 **({"display_name": a.display_name} if a.display_name else {}),
                 **({"mailboxes": list(a.mailboxes)} if a.mailboxes is not None else {})}
                for a in self.apps.values()]
        users = [{"address": u.address, "mailbox": u.mailbox, "aliases": list(u.aliases), "id": u.id}
                 for u in self.users.values()]
        groups = [{"address": g.address, "members": list(g.members), "id": g.id,
                   **({"aliases": list(g.aliases)} if g.aliases else {})} for g in self.groups.values()]
        return {"tenant_id": self.tenant_id, "domains": list(self.domains), "apps": apps, "users": users,
                "groups": groups, "origin": self.origin or None}

    def _empty_folders(self, box: str) -> list[str]:
        """The custom folders of a mailbox (key of ``_messages``) that hold no message now."""
        held = {m.folder for m in self._messages.get(box, ())}
        return sorted(f for f in self._custom_folders.get(box, ()) if f not in held)

    def _mark(self, box: str) -> None:
        """A mailbox (key of ``_messages``) changed: the next journal line of the saved state lists it."""
        self._changed.add(box)

    def _synced(self, state_id: str | None) -> None:
        """This model now is the saved state ``state_id`` (loaded from it or written to it)."""
        with self.lock:
            self._synced_with = state_id
            self._changed = set()
            self._directory_digest = hashlib.sha256(_compact(self._directory())).hexdigest()

    def dump(self, path: str | Path) -> None:
        """Write ``to_dict()`` as a tenant file (compact JSON)."""
        Path(path).write_bytes(_compact(self.to_dict()))

    def write_state(self, path: str | Path, *, append: bool = True) -> str:
        """Save the tenant as the state file ``path`` (format and crash safety: the module docstring).

        ``append``: the caller knows ``path`` (and its journal) are as this model last loaded or wrote them
        (nobody saved since). Then only what changed since (its mailboxes, the directory when it changed) is
        appended to the journal, unless the journal is too large or has a torn last line: the file is then
        rewritten, as it always is without ``append``. Returns "appended", "rewritten" or "unchanged"
        (``append`` and nothing changed: nothing written)."""
        path = Path(path)
        journal = journal_path(path)
        with self.lock:
            state_id, line, data = self._synced_with, None, None
            if append and state_id is not None:
                line, digest = self._journal_line(state_id)
                if line is None:
                    return "unchanged"
                if not self._journal_fits(path, journal, len(line)):
                    line = None
            if line is None:
                data = {"state_id": uuid.uuid4().hex, **self.to_dict()}
                digest = hashlib.sha256(_compact(self._directory())).hexdigest()
            # changes made from now on are the next save's; until this one is done, none may append
            self._changed, self._synced_with = set(), None
        if data is not None:
            _replace(path, _compact(data))
            # the old journal names the old state_id: load skips it when a crash leaves it here
            journal.unlink(missing_ok=True)
            state_id = data["state_id"]
        else:
            with open(journal, "ab") as fh:
                fh.write(line)
                fh.flush()
                os.fsync(fh.fileno())
        with self.lock:
            self._synced_with, self._directory_digest = state_id, digest
        return "appended" if data is None else "rewritten"

    def _journal_line(self, state_id: str) -> tuple[bytes | None, str]:
        """One journal line (None when nothing changed): the changed mailboxes, and the directory when it
        changed; and the directory's digest."""
        directory = self._directory()
        digest = hashlib.sha256(_compact(directory)).hexdigest()
        boxes = [{"mailbox": box, "messages": [m.as_record() for m in self._messages.get(box, ())],
                  "empty_folders": self._empty_folders(box)}
                 for box in self._messages if box in self._changed]
        if not boxes and digest == self._directory_digest:
            return None, digest
        entry: dict[str, Any] = {"state_id": state_id, "mailboxes": boxes}
        if digest != self._directory_digest:
            entry["directory"] = directory
        return _compact(entry) + b"\n", digest

    @staticmethod
    def _journal_fits(path: Path, journal: Path, more: int) -> bool:
        """The journal can take ``more`` bytes: it ends with a whole line and stays within COMPACT_SHARE."""
        try:
            size = path.stat().st_size
        except OSError:
            return False
        try:
            with open(journal, "rb") as fh:
                fh.seek(0, os.SEEK_END)
                length = fh.tell()
                if length:
                    fh.seek(-1, os.SEEK_END)
                    if fh.read(1) != b"\n":
                        return False
        except FileNotFoundError:
            length = 0
        return length + more <= max(COMPACT_SHARE * size, COMPACT_MIN_BYTES)

    def copy(self) -> "TenantModel":
        """An independent deep copy (same ids)."""
        with self.lock:
            return TenantModel.from_dict(_copy.deepcopy(self.to_dict()))

    # ------------------------------------------------------------------ directory
    def add_app(self, client_id: str, certificates: Iterable[str] = (), roles: Iterable[str] = (),
                display_name: str = "", mailboxes: Iterable[str] | None = None) -> App:
        with self.lock:
            app = App(client_id.lower(), list(certificates), list(roles), display_name,
                      None if mailboxes is None else list(mailboxes))
            self.apps[app.client_id] = app
            return app

    def add_user(self, address: str, *, mailbox: bool = True, aliases: Iterable[str] = (),
                 id: str | None = None, display_name: str = "") -> User:
        with self.lock:
            user = User(address, bool(mailbox), list(aliases), id or _guid(self.tenant_id, "user", address.lower()),
                        display_name or address.split("@")[0])
            self.users[address.lower()] = user
            for key in (address, user.id, *user.aliases):
                self._by_alias[key.lower()] = user
            return user

    def add_group(self, address: str, members: Iterable[str] = (), *, id: str | None = None,
                  display_name: str = "", aliases: Iterable[str] = ()) -> Group:
        with self.lock:
            group = Group(address, list(members), id or _guid(self.tenant_id, "group", address.lower()),
                          display_name or address.split("@")[0], list(aliases))
            self.groups[address.lower()] = group
            self._groups_by_id[group.id.lower()] = group
            for key in (address, *group.aliases):
                self._groups_by_address[key.lower()] = group
            return group

    def app(self, client_id: str) -> App | None:
        return self.apps.get(client_id.lower())

    def accepts_tenant(self, tenant: str) -> bool:
        """True for the tenant id or one of its verified domains (case-insensitive)."""
        tenant = tenant.lower()
        return tenant == self.tenant_id.lower() or tenant in self.domains

    def user(self, key: str) -> User | None:
        """The user with this primary address, alias or object id."""
        return self._by_alias.get(key.lower())

    def directory_user(self, key: str) -> User | None:
        """The user ``/users/{key}`` names: Graph takes ``{id | userPrincipalName}`` only (the UPN is the
        primary address here), so a secondary address (an alias, ``smtp:`` in proxyAddresses) names no one;
        it is found through ``/users?$filter=proxyAddresses/any(...)`` instead."""
        user = self._by_alias.get(key.strip().lower())
        if user is None or key.strip().lower() not in (user.address.lower(), user.id.lower()):
            return None
        return user

    def group_by_mail(self, address: str) -> Group | None:
        """The group one of whose SMTP addresses (its mail or an alias) is ``address``: what Graph's
        ``groups?$filter=proxyAddresses/any(x:x eq 'smtp:ADDRESS')`` finds."""
        return self._groups_by_address.get(address.strip().lower())

    def group(self, group_id: str) -> Group | None:
        return self._groups_by_id.get(group_id.lower())

    def transitive_members(self, group: Group) -> list[User | Group | str]:
        """Users, nested groups and (as plain addresses) outside contacts, each once, depth first."""
        with self.lock:
            seen: set[str] = {group.address.lower()}
            out: list[User | Group | str] = []
            stack = list(reversed(group.members))
            while stack:
                address = stack.pop()
                if address.lower() in seen:
                    continue
                seen.add(address.lower())
                nested = self.group_by_mail(address)
                if nested is not None:
                    out.append(nested)
                    stack.extend(reversed(nested.members))
                else:
                    out.append(self.user(address) or address)
            return out

    def resolve(self, address: str) -> Principal:
        """What ``GraphMailboxes.resolve`` answers: a user (found by primary address, alias or id) under its
        primary address (lower case), with its mailbox flag; a group (found by its mail or an alias) under its
        primary address, with the sorted primary addresses of its transitive *user* members; else none (the
        address as given, lower case)."""
        key = address.strip().lower()
        with self.lock:
            user = self.user(key)
            if user is not None:   # an alias resolves to its user's primary address: one key per mailbox
                return Principal(user.address.lower(), "user", user.mailbox)
            group = self.group_by_mail(key)
            if group is None:
                return Principal(key, "none")
            members = sorted({m.address.lower() for m in self.transitive_members(group) if isinstance(m, User)})
            return Principal(group.address.lower(), "group", False, tuple(members))

    def mailbox_user(self, address: str) -> User:
        """The user whose Exchange mailbox ``address`` (primary address or id, as Graph's ``/users/{id |
        userPrincipalName}``; an alias is refused like an unknown address) names, or Graph's 404."""
        user = self.directory_user(address)
        if user is None:
            raise fault(404, "ErrorInvalidUser", address)
        if not user.mailbox:
            raise fault(404, "MailboxNotEnabledForRESTAPI")
        self._ensure_loaded(user)
        return user

    # ------------------------------------------------------------------ folders
    def folder_id(self, mailbox: str, name: str) -> str:
        """The opaque folder id of a folder name in this mailbox (stable)."""
        digest = hashlib.sha256(f"{mailbox.lower()}|{name.lower()}".encode()).hexdigest()[:32]
        return f"AQMkA{digest}AAAA="

    def folder_name(self, mailbox: str, key: str) -> str | None:
        """Folder name for a well-known name, a custom folder's name or a folder id."""
        with self.lock:
            if key.lower() in WELL_KNOWN_FOLDERS:
                return key.lower()
            for name in self.folders(mailbox):
                if key == self.folder_id(mailbox, name) or key == name:
                    return name
            return None

    def folders(self, mailbox: str) -> list[str]:
        """Well-known folders then the custom folders (those that held a message, empty ones too)."""
        user = self.mailbox_user(mailbox)
        with self.lock:
            custom = self._custom_folders.get(user.address.lower(), set())
            return list(WELL_KNOWN_FOLDERS) + sorted(custom - set(WELL_KNOWN_FOLDERS))

    def _note_folder(self, mailbox_key: str, folder: str) -> None:
        if folder not in WELL_KNOWN_FOLDERS:
            self._custom_folders.setdefault(mailbox_key, set()).add(folder)

    def folder_messages(self, mailbox: str, folder: str) -> list[Message]:
        user = self.mailbox_user(mailbox)
        with self.lock:
            name = self.folder_name(user.address, folder)
            if name is None:
                raise fault(404, "ErrorItemNotFound")
            return [m for m in self._messages.get(user.address.lower(), ()) if m.folder == name]

    # ------------------------------------------------------------------ messages
    def _tick(self) -> int:
        """The next number for a new id: above every number an id given at load time carries."""
        with self.lock:
            n = next(self._counter)
            if n <= self._floor:
                self._counter = itertools.count(self._floor + 1)
                n = next(self._counter)
            return n

    def _reserve(self, given_id: str) -> None:
        """An id loaded from a tenant file (e.g. one saved after a run) that this model's counter
        could make again: new ids must not collide with it (a draft taking a message's id)."""
        match = _OWN_ID.match(given_id)
        if match and match.group(1) == self._id_prefix:
            self._floor = max(self._floor, int(match.group(2)))

    def _new_id(self, kind: str) -> str:
        return f"{kind}{self._id_prefix}{self._tick():012d}AAA="

    def add_message(self, mailbox: str, internet_message_id: str, folder: str = "inbox", subject: str = "",
                    attachments: Iterable[dict] = (), *, id: str | None = None, body: str = "",
                    forward_of: str | None = None, to: Iterable[str] = (), is_draft: bool = False,
                    received: str | None = None, sender: str | None = None) -> Message:
        """Put a message in a mailbox (the mailbox need not be a known user, for loading)."""
        user = self._by_alias.get(mailbox.lower())
        address = user.address if user else mailbox
        key = address.lower()
        lower = folder.lower()
        name = lower if lower in WELL_KNOWN_FOLDERS else folder
        with self.lock:
            n = self._tick()
            if id:
                self._reserve(id)
            msg = Message(address, internet_message_id, name, f"AAMkA{self._id_prefix}{n:012d}AAA=",
                          id or f"AAkALg{self._id_prefix}{n:012d}AAA=", subject,
                          [dict(a) for a in attachments] if attachments else [], body, forward_of,
                          list(to) if to else [], is_draft, received, sender)
            msgs = self._messages.get(key)
            if msgs is None:
                msgs = self._messages[key] = []
                self._by_id[key] = {}
                self._by_imid[key] = {}
            msgs.append(msg)
            self._mark(key)
            self._note_folder(key, name)
            ids = self._by_id[key]
            ids[msg.id] = ids[msg.immutable_id] = msg
            same = self._by_imid[key].get(internet_message_id)
            if same is None:
                self._by_imid[key][internet_message_id] = [msg]
            else:
                same.append(msg)
            return msg

    def locate(self, mailbox: str, internet_message_id: str) -> list[Message]:
        """Every copy with this internetMessageId in any folder but the purges (exact match)."""
        user = self.mailbox_user(mailbox)
        with self.lock:
            found = self._by_imid.get(user.address.lower(), {}).get(internet_message_id, ())
            return [m for m in found if m.folder != PURGES_FOLDER]

    def get(self, mailbox: str, message_id: str) -> Message:
        """The live message with this current or immutable id, or 404 ErrorItemNotFound."""
        user = self.mailbox_user(mailbox)
        with self.lock:
            msg = self._by_id.get(user.address.lower(), {}).get(message_id)
            if msg is None or msg.folder == PURGES_FOLDER or message_id not in (msg.id, msg.immutable_id):
                raise fault(404, "ErrorItemNotFound")
            return msg

    def _relocate(self, msg: Message, folder: str, *, new_id: bool = True) -> Message:
        """Move in place; a move gives the item a new REST id (the old one 404s)."""
        ids = self._by_id[msg.mailbox.lower()]
        if new_id:
            ids.pop(msg.id, None)
            msg.id = self._new_id("AAMkA")
            ids[msg.id] = msg
        msg.folder = folder
        self._mark(msg.mailbox.lower())
        self._note_folder(msg.mailbox.lower(), folder)
        return msg

    def _reply_copy(self, original: Message, to: list[str], comment: str, *, draft: bool) -> Message:
        domain = original.mailbox.split("@")[-1]
        imid = f"<FW.{self._id_prefix}.{self._tick()}@{domain}>"
        return self.add_message(original.mailbox, imid, "drafts" if draft else "sentitems",
                                f"FW: {original.subject}", original.attachments, body=comment,
                                forward_of=original.internet_message_id, to=to, is_draft=draft,
                                sender=original.mailbox)

    def forward(self, mailbox: str, message_id: str, to: Iterable[str], comment: str = "") -> Message:
        """forward: the sent copy lands in the mailbox's Sent Items."""
        with self.lock:
            recipients = _recipients(to)
            return self._reply_copy(self.get(mailbox, message_id), recipients, comment, draft=False)

    def create_forward(self, mailbox: str, message_id: str, to: Iterable[str], comment: str = "") -> Message:
        """createForward: a draft in Drafts holding the comment; nothing is sent."""
        with self.lock:
            return self._reply_copy(self.get(mailbox, message_id), list(to), comment, draft=True)

    def send(self, mailbox: str, draft_id: str) -> Message:
        """send a draft: it leaves Drafts for Sent Items (new REST id; the immutable id then names the
        Sent Items copy). Sending a non-draft, or a draft again, is 404 ErrorItemNotFound as on Graph."""
        with self.lock:
            msg = self.get(mailbox, draft_id)
            if not msg.is_draft:
                raise fault(404, "ErrorItemNotFound")
            _recipients(msg.to)
            msg.is_draft = False
            return self._relocate(msg, "sentitems")

    def soft_delete(self, mailbox: str, message_id: str) -> Message:
        """DELETE: to Deleted Items; from Deleted Items to Recoverable Items Deletions."""
        with self.lock:
            msg = self.get(mailbox, message_id)
            if msg.folder == UNDELETABLE_FOLDER:
                raise fault(403, "ErrorCannotDeleteObject")
            dest = UNDELETABLE_FOLDER if msg.folder == "deleteditems" else "deleteditems"
            return self._relocate(msg, dest)

    def permanent_delete(self, mailbox: str, message_id: str) -> Message:
        """permanentDelete: to the Purges folder (no longer found by locate or get)."""
        with self.lock:
            msg = self.get(mailbox, message_id)
            if msg.folder == UNDELETABLE_FOLDER:
                raise fault(403, "ErrorCannotDeleteObject")
            return self._relocate(msg, PURGES_FOLDER)

    def move(self, mailbox: str, message_id: str, destination: str) -> Message:
        """move to a well-known name, folder id or existing custom folder; a new REST id."""
        with self.lock:
            msg = self.get(mailbox, message_id)
            name = self.folder_name(msg.mailbox, destination)
            if name is None or name == PURGES_FOLDER:
                raise fault(404, "ErrorItemNotFound")
            return self._relocate(msg, name)

    def search_drafts(self, mailbox: str, marker: str) -> list[Message]:
        """Drafts (Drafts folder) whose body or subject contains ``marker``."""
        with self.lock:
            return [m for m in self.folder_messages(mailbox, "drafts")
                    if m.is_draft and (marker in m.body or marker in m.subject)]

    def take_over(self, other: "TenantModel") -> None:
        """Become ``other`` (its contents; this object and its lock stay, for whoever holds them)."""
        with self.lock, other.lock:
            self.__dict__.update({k: v for k, v in other.__dict__.items() if k != "lock"})

    def add_unknown(self, other: "TenantModel") -> int:
        """Add what ``other`` holds and this tenant never did: users, groups, and messages with no copy of
        their internetMessageId in that mailbox in any folder (moved, deleted and purged ones count as
        held, so a copy remediated here never comes back). The messages get ids of this tenant (``other``'s
        could be taken here). Returns the number of messages added."""
        added = 0
        with self.lock, other.lock:
            for user in other.users.values():
                if user.address.lower() not in self._by_alias:
                    self.add_user(user.address, mailbox=user.mailbox, aliases=user.aliases, id=user.id,
                                  display_name=user.display_name)
            for group in other.groups.values():
                if group.address.lower() not in self.groups:
                    self.add_group(group.address, group.members, id=group.id, display_name=group.display_name,
                                   aliases=group.aliases)
            for msg in other.messages():
                user = self._by_alias.get(msg.mailbox.lower())
                key = (user.address if user else msg.mailbox).lower()
                if self._by_imid.get(key, {}).get(msg.internet_message_id):
                    continue
                record = msg.as_record()
                del record["id"]
                self.add_record(record)
                added += 1
        return added

    def messages(self, mailbox: str | None = None) -> list[Message]:
        """All messages (of one mailbox), purged ones included."""
        with self.lock:
            if mailbox is not None:
                return list(self._messages.get(mailbox.lower(), ()))
            return [m for msgs in self._messages.values() for m in msgs]


def _recipients(to: Iterable[str]) -> list[str]:
    recipients = [a for a in to if a]
    if not recipients or any("@" not in a for a in recipients):
        raise fault(400, "ErrorInvalidRecipients")
    return recipients


def _replace(path: Path, data: bytes) -> None:
    """Write ``path`` atomically: a temporary file of this writer's own beside it, synced, then renamed over
    it (a crash leaves the old file or the new one, never half of one)."""
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _apply_journal(data: dict[str, Any], lines: bytes, state_id: str) -> None:
    """Apply a saved state's journal lines to its tenant-file dict (see the module docstring)."""
    whole = lines[:lines.rfind(b"\n") + 1]   # the bytes after the last newline: a save stopped mid-append
    boxes: dict[str, dict[str, Any]] = {}
    directory = None
    for raw in whole.splitlines():
        if not raw.strip():
            continue
        entry = json.loads(raw)
        if entry["state_id"] != state_id:
            continue
        for box in entry["mailboxes"]:
            boxes[box["mailbox"]] = box   # a later line's copy of a mailbox replaces an earlier one's
        if "directory" in entry:
            directory = entry["directory"]
    if directory is not None:
        data.update({k: directory.get(k) for k in _DIRECTORY_KEYS})
    if not boxes:
        return
    messages: list[dict[str, Any]] = []
    done: set[str] = set()
    for rec in data.get("messages", ()):
        key = rec["mailbox"].lower()
        if key not in boxes:
            messages.append(rec)
        elif key not in done:   # the mailbox's messages where they were in the file
            done.add(key)
            messages.extend(boxes[key]["messages"])
    for key, box in boxes.items():
        if key not in done:
            messages.extend(box["messages"])
    data["messages"] = messages
    empty = dict(data.get("empty_folders") or {})
    for key, box in boxes.items():
        empty.pop(key, None)
        if box.get("empty_folders"):
            empty[key] = box["empty_folders"]
    data["empty_folders"] = empty
