"""The ``Mailboxes`` interface the remediation engine talks to.

Backends: ``marlib.tenant.graph.GraphMailboxes`` (msal + requests to Microsoft
Graph or the emulator) and ``marlib.tenant.simulated.SimulatedMailboxes``
(in-process tenant model, for what-if). The engine does not know which one it
has. Every method raises ``marlib.errors.MailboxError`` with a
``marlib.models.Reason`` for a per-copy failure (user invalid, no mailbox,
message gone, folder refuses deletion, access denied, throttled), or
``ConnectivityError`` when the service could not be reached.

Optional (looked up with ``getattr``): ``primary_address(address) -> str | None``, the directory look-up alone
(the primary address of the user one of whose addresses is ``address``; None: no user, or the directory may
not be read), once per address. Runs use it for journal rows written under an alias (``remediation.run``).
"""
from __future__ import annotations

from typing import Protocol, runtime_checkable

from marlib.models import MessageCopy, Principal


@runtime_checkable
class Mailboxes(Protocol):
    kind: str  # models.TenantKind value: simulated | emulator | microsoft

    def resolve(self, address: str) -> Principal:
        """User (with or without an Exchange mailbox) under its primary address whichever of its addresses (an
        alias too) was given, group under its primary address whichever of its addresses was given (transitive
        members, by primary address), or none (the address as given)."""

    def locate(self, mailbox: str, internet_message_id: str) -> list[MessageCopy]:
        """Every copy in any folder whose internetMessageId equals the value (escaped OData filter)."""

    def create_forward(self, mailbox: str, message_id: str, to: str, comment: str) -> str:
        """createForward: returns the draft's id. The draft is not sent."""

    def send_draft(self, mailbox: str, draft_id: str) -> None:
        """send a draft made by create_forward; it lands in the mailbox's Sent Items."""

    def find_drafts(self, mailbox: str, marker: str) -> list[str]:
        """Ids of drafts (Drafts folder) whose body contains ``marker`` (an action id)."""

    def delete_draft(self, mailbox: str, draft_id: str) -> None:
        """Permanently delete an unsent draft; already gone is not an error."""

    def permanent_delete(self, mailbox: str, message_id: str) -> None:
        """permanentDelete (to Recoverable Items purges)."""

    def soft_delete(self, mailbox: str, message_id: str) -> None:
        """DELETE (moves to Deleted Items)."""

    def move(self, mailbox: str, message_id: str, destination: str) -> MessageCopy:
        """Move to a well-known folder name or folder id; returns the copy as it now is."""
