"""``GraphMailboxes``: the ``Mailboxes`` protocol over Microsoft Graph (or the emulator).

Built from the stored mailbox settings with ``mailboxes_from_settings(store)``
(MSAL token provider + ``GraphClient``). ``kind`` is ``microsoft`` when the
authority is a Microsoft login host, else ``emulator``.
"""
from __future__ import annotations

import logging
import threading
from typing import Any

import requests

from marlib.errors import MailboxError
from marlib.graph import mail
from marlib.graph.auth import TokenProvider, is_microsoft_authority
from marlib.graph.client import GraphClient, RetryPolicy
from marlib.graph.session import DEFAULT_TIMEOUT, make_session
from marlib.models import MessageCopy, Principal, Reason, TenantKind

log = logging.getLogger(__name__)


class GraphMailboxes:
    """Mailboxes reached through Graph; thread safe (the engine calls it from many threads)."""

    def __init__(self, client: GraphClient, *, kind: str = TenantKind.MICROSOFT.value,
                 tokens: TokenProvider | None = None, tenant: str | None = None,
                 tenant_id: str | None = None) -> None:
        self.client = client
        self.kind = kind
        self.tenant = tenant   # MailboxSettings.tenant_key: whose journal rows count as done here
        self.tenant_id = tenant_id   # as the settings give it (a GUID or a domain)
        self._learned = False
        self.tokens = tokens
        self._folders: dict[str, dict[str, str]] = {}
        self._primary: dict[str, str | None] = {}   # address -> its user's primary address (None: no user)
        self._said_no_directory = False
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"GraphMailboxes(kind={self.kind!r}, graph={self.client.base!r})"

    def learn_tenant(self, store: Any) -> None:
        """Before a live run: a tenant given as a domain gets its GUID from the token (claim ``tid``), kept
        in the settings, so the journal knows the tenant by one name however it was typed. A token that
        cannot be had changes nothing (the run's calls fail and say why)."""
        if self._learned or self.tokens is None or not self.tenant or not self.tenant_id:
            return
        from marlib.errors import MarlibError
        try:
            token = self.tokens.token()
        except MarlibError:
            return
        self._learned = True
        tid = token_tenant_id(token)
        if tid is None or tid == self.tenant_id.strip().lower():
            return
        from marlib.settings import remember_tenant_guid
        remember_tenant_guid(store, self.tenant_id, tid)
        self.tenant = f"{tid}@{self.tenant.split('@', 1)[1]}"

    def close(self) -> None:
        self.client.close()

    def reserve_connections(self, concurrency: int) -> None:
        """Room for ``concurrency`` requests at once (the engine's threads) in the session's pool, when
        marlib made the session (``make_session``); a session passed in is left as it is."""
        ensure = getattr(self.client.session, "ensure_pool", None)
        if callable(ensure):
            ensure(concurrency)

    # -- directory ------------------------------------------------------------
    def resolve(self, address: str) -> Principal:
        """User with or without a mailbox, group (transitive members), or none.

        A user comes back under its primary address whichever of its addresses was given (an alias too),
        as group members do, so that a mailbox reached both ways is one mailbox (one copy, one action):
        the directory look-up (``find_user``) names the user, then its mailbox is probed under that
        address. Directory look-ups are kept per address (an outage check asks again only the mailbox)."""
        address = address.strip().lower()
        canonical = self.primary_address(address)
        try:
            mail.probe_mailbox(self.client, canonical or address)
            return Principal(canonical or address, "user", has_mailbox=True)
        except MailboxError as exc:
            if exc.code == "MailboxNotEnabledForRESTAPI":
                return Principal(canonical or address, "user", has_mailbox=False)
            if exc.reason != Reason.NOT_O365_USER.value:
                raise
        group = mail.find_group(self.client, address)
        if group is None:
            return Principal(address, "none")
        members = mail.transitive_member_addresses(self.client, str(group["id"]))
        self._known_primary(members)
        primary = str(group.get("mail") or address).strip().lower()   # a list reached by an alias too
        return Principal(primary, "group", members=tuple(members))

    def _known_primary(self, addresses: list[str]) -> None:
        """Addresses the directory gave as users' primary addresses (group members): not looked up again."""
        with self._lock:
            for a in addresses:
                self._primary.setdefault(a, a)

    def primary_address(self, address: str) -> str | None:
        """The primary address (lower case) of the user that has ``address`` (None: no user has it, or the
        directory may not be read: the address is then probed as given, as before aliases were looked up).
        One directory request per address, kept for this backend's life."""
        address = address.strip().lower()
        with self._lock:
            if address in self._primary:
                return self._primary[address]
        try:
            user = mail.find_user(self.client, address)
        except MailboxError as exc:
            if exc.reason != Reason.ACCESS_DENIED.value:
                raise
            with self._lock:   # once per backend: a run looks up every recipient
                said, self._said_no_directory = self._said_no_directory, True
            (log.debug if said else log.warning)(
                "the directory cannot be read (%s): %s is taken as the mailbox's own address (and so is every "
                "recipient after it); an alias of a mailbox also reached by another address is then acted on "
                "twice: grant the app User.Read.All", exc.message, address)
            user = None
        primary = str(user.get("mail") or user.get("userPrincipalName") or "").strip().lower() if user else ""
        with self._lock:
            self._primary[address] = primary or None
            if primary:
                self._primary.setdefault(primary, primary)
        return primary or None

    # -- messages -------------------------------------------------------------
    def locate(self, mailbox: str, internet_message_id: str) -> list[MessageCopy]:
        found = mail.find_messages(self.client, mailbox, internet_message_id)
        if not found:
            return []
        names = self._folder_names(mailbox)
        return [MessageCopy(str(m["id"]), names.get(str(m.get("parentFolderId")),
                                                    str(m.get("parentFolderId") or "")),
                            str(m.get("internetMessageId") or internet_message_id))
                for m in found]

    def _folder_names(self, mailbox: str) -> dict[str, str]:
        key = mailbox.lower()
        with self._lock:
            cached = self._folders.get(key)
        if cached is None:
            cached = mail.folder_ids(self.client, mailbox)
            with self._lock:
                self._folders[key] = cached
        return cached

    def create_forward(self, mailbox: str, message_id: str, to: str, comment: str) -> str:
        return mail.create_forward(self.client, mailbox, message_id, to, comment)

    def send_draft(self, mailbox: str, draft_id: str) -> None:
        mail.send(self.client, mailbox, draft_id)

    def find_drafts(self, mailbox: str, marker: str) -> list[str]:
        return mail.drafts_with_marker(self.client, mailbox, marker)

    def delete_draft(self, mailbox: str, draft_id: str) -> None:
        try:
            mail.permanent_delete(self.client, mailbox, draft_id)
        except MailboxError as exc:
            if exc.reason != Reason.MESSAGE_NOT_FOUND.value:
                raise

    def permanent_delete(self, mailbox: str, message_id: str) -> None:
        mail.permanent_delete(self.client, mailbox, message_id)

    def soft_delete(self, mailbox: str, message_id: str) -> None:
        mail.delete(self.client, mailbox, message_id)

    def move(self, mailbox: str, message_id: str, destination: str) -> MessageCopy:
        moved = mail.move(self.client, mailbox, message_id, destination)
        names = self._folder_names(mailbox)
        folder_id = str(moved.get("parentFolderId") or "")
        folder = names.get(folder_id) or (destination if destination.lower()
                                          in mail.WELL_KNOWN_FOLDERS else folder_id)
        return MessageCopy(str(moved.get("id") or message_id), folder,
                           str(moved.get("internetMessageId") or ""))


def tenant_kind(authority: str) -> str:
    """``microsoft`` for a Microsoft login host, else ``emulator``."""
    return (TenantKind.MICROSOFT if is_microsoft_authority(authority) else TenantKind.EMULATOR).value


def mailboxes_from_settings(store: Any, *, session: requests.Session | None = None,
                            retry: RetryPolicy | None = None,
                            timeout: float | tuple[float, float] = DEFAULT_TIMEOUT,
                            pool_maxsize: int = 64, token_retries: int = 2,
                            **client_opts: Any) -> GraphMailboxes:
    """The one factory the engine, CLI and app use. ``store`` is a ``Store`` or
    ``MailboxSettings``; raises SettingsError (with advice) when settings are missing and
    CertificateError when the key cannot be used. No network call is made here.
    ``client_opts`` go to ``GraphClient`` (clock, sleep, rng, mailbox_concurrency, ...);
    ``pool_maxsize`` should cover the number of threads the caller runs."""
    from marlib.settings import MailboxSettings, load_settings
    settings = store if isinstance(store, MailboxSettings) else load_settings(store)
    # one session for MSAL and Graph: the settings' CA bundle and proxy apply to both
    session = session or make_session(ca_file=settings.ca_file, timeout=timeout,
                                      pool_maxsize=pool_maxsize, proxies=settings.proxies())
    tokens = TokenProvider.from_settings(settings, session=session, retries=token_retries,
                                         **({"sleep": client_opts["sleep"]}
                                            if "sleep" in client_opts else {}))
    client = GraphClient(settings.graph_url, tokens, session=session, timeout=timeout,
                         retry=retry, **client_opts)
    return GraphMailboxes(client, kind=tenant_kind(settings.authority), tokens=tokens, tenant=settings.tenant_key,
                          tenant_id=settings.tenant_id)


def token_tenant_id(token: str) -> str | None:
    """The ``tid`` claim (tenant GUID) of an Entra access token, read without checking it (it only names
    the tenant to the journal); None for a token that is no JWT (the emulator's)."""
    import base64
    import json
    import uuid
    try:
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        return str(uuid.UUID(str(claims["tid"])))
    except (IndexError, ValueError, KeyError, TypeError, AttributeError):
        return None
