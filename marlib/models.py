"""Enums and small frozen records shared by every layer (ingest -> reports)."""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Verdict(StrEnum):
    CLEAN = "CLEAN"
    MALICIOUS = "MALICIOUS"
    UNKNOWN = "UNKNOWN"          # "FILE UNKNOWN" is stored as UNKNOWN
    LOWRISK = "LOWRISK"
    UNSCANNABLE = "UNSCANNABLE"


# Each ESA counts MIDs on its own: logs ingested as a named appliance are stored under
# mid = appliance number * APPLIANCE_MID_SPAN + the ESA's MID (migration 110); number 0 is the default.
APPLIANCE_MID_SPAN = 10**12


# A retrospective MALICIOUS verdict triggers remediation when the previous verdict was one of these.
TRIGGER_PREVIOUS = frozenset({Verdict.CLEAN, Verdict.UNKNOWN, Verdict.LOWRISK, Verdict.UNSCANNABLE})


class VerdictKind(StrEnum):
    INITIAL = "initial"              # Response received for file reputation query
    RETROSPECTIVE = "retrospective"  # Retrospective verdict received (no MID)
    ANALYSIS = "analysis"            # File Analysis complete


class Action(StrEnum):
    FORWARD = "forward"
    DELETE = "delete"
    FORWARD_DELETE = "forward-delete"
    MOVE_JUNK = "move-junk"
    MOVE_DELETED = "move-deleted"
    RESTORE = "restore"

    @property
    def forwards(self) -> bool:
        return self in (Action.FORWARD, Action.FORWARD_DELETE)


POLICY_ACTIONS = (Action.FORWARD, Action.DELETE, Action.FORWARD_DELETE, Action.MOVE_JUNK,
                  Action.MOVE_DELETED)


class Status(StrEnum):
    PLANNED = "planned"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    SKIPPED = "skipped"


class Reason(StrEnum):
    """Why a copy was not (or was) acted on. Reports group by these."""
    OK = "ok"
    # the seed's three failure causes
    NOT_O365_USER = "not_o365_user"          # not a user of the tenant, or no Exchange Online mailbox
    NOT_IN_DOMAIN = "not_in_domain"          # recipient outside the configured Office 365 domains
    MESSAGE_NOT_FOUND = "message_not_found"  # no longer in the mailbox (user deleted it)
    CONNECTIVITY = "connectivity"            # network / TLS / timeout / 5xx after retries
    # further failures
    DELETE_NOT_ALLOWED = "delete_not_allowed"  # folder refuses deletion (ErrorCannotDeleteObject)
    ACCESS_DENIED = "access_denied"
    THROTTLED = "throttled"                  # still throttled when the time budget ran out
    AUTH_FAILED = "auth_failed"
    ERROR = "error"                          # any other refusal or an unexpected error (see the detail)
    # skips
    NOT_DELIVERED = "not_delivered"          # quarantined, bounced, never delivered
    OUTBOUND = "outbound"
    POLICY_MAR_OFF = "policy_mar_off"
    NO_POLICY = "no_policy"
    ALREADY_DONE = "already_remediated"
    NOT_MOVED = "not_moved"                  # restore: copy was deleted, not moved
    MID_CONFLICT = "mid_conflict"            # the MID was used by two messages (two appliances): not acted on


REASON_TEXT = {
    Reason.OK: "done",
    Reason.NOT_O365_USER: "The recipient is not a valid Office 365 user",
    Reason.NOT_IN_DOMAIN: "The recipient does not belong to the Office 365 domains configured",
    Reason.MESSAGE_NOT_FOUND: "The message is no longer available in the mailbox",
    Reason.CONNECTIVITY: "Connectivity issue between marlib and Office 365 services",
    Reason.DELETE_NOT_ALLOWED: "The folder holding the message does not allow deletion",
    Reason.ACCESS_DENIED: "Access denied: the application lacks the mail permissions or an access policy blocks it",
    Reason.THROTTLED: "Throttled by Microsoft Graph past the time budget",
    Reason.AUTH_FAILED: "Could not authenticate to Office 365; run Check Connection",
    Reason.ERROR: "Microsoft Graph refused the request or an unexpected error occurred (see the detail)",
    Reason.NOT_DELIVERED: "Not delivered to the mailbox (quarantined or bounced)",
    Reason.OUTBOUND: "Outbound mail is not remediated",
    Reason.POLICY_MAR_OFF: "Mailbox Auto Remediation is off for the policy",
    Reason.NO_POLICY: "No incoming mail policy is known for the message",
    Reason.ALREADY_DONE: "Already remediated",
    Reason.NOT_MOVED: "The copy was deleted, not moved, so it cannot be restored",
    Reason.MID_CONFLICT: "The MID was used by two different messages (logs of two appliances in one database); "
                         "its recipients and Message-ID are mixed up, so nothing is done: check the logs, and "
                         "ingest each appliance's logs with --appliance NAME",
}


class TenantKind(StrEnum):
    SIMULATED = "simulated"
    EMULATOR = "emulator"
    MICROSOFT = "microsoft"


@dataclass(frozen=True)
class MessageCopy:
    """One copy of a message found in a mailbox."""
    id: str                   # Graph message id (immutable id)
    folder: str               # well-known folder name when known (inbox, deleteditems...), else folder id
    internet_message_id: str


@dataclass(frozen=True)
class Principal:
    """What an address is in the tenant."""
    address: str
    kind: str                 # "user" | "group" | "none"
    has_mailbox: bool = False
    members: tuple[str, ...] = ()   # transitive member addresses, for groups
