"""Graph mail operations used by remediation (v1.0), on top of ``GraphClient``.

Locate copies with ``$filter=internetMessageId eq '<id>'``: the value is an
OData string literal (every ``'`` doubled) and the whole filter is then
percent-encoded (``<>@+#&%/`` and space), see ``odata_string`` and
``client.encode_query``. Forward (``forward``, or ``createForward`` + ``send``),
``DELETE`` (soft), ``permanentDelete``, ``move``; groups by mail and their
transitive members; drafts holding a marker.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote

from marlib.errors import MailboxError
from marlib.graph.client import BatchRequest, GraphClient
from marlib.models import Reason

log = logging.getLogger(__name__)

LOCATE_SELECT = "id,parentFolderId,internetMessageId"
WELL_KNOWN_FOLDERS = ("inbox", "junkemail", "deleteditems", "drafts", "sentitems", "archive",
                      "recoverableitemsdeletions", "outbox")
PAGE_SIZE = 50


def odata_string(value: str) -> str:
    """An OData string literal: quotes around, every ``'`` doubled."""
    return "'" + value.replace("'", "''") + "'"


def message_filter(internet_message_id: str) -> str:
    return f"internetMessageId eq {odata_string(internet_message_id)}"


def user_path(mailbox: str) -> str:
    """``/users/{upn}`` with the address percent-encoded (``@`` kept)."""
    return "/users/" + quote(mailbox.strip(), safe="@")


def _msg_path(mailbox: str, message_id: str, action: str = "") -> str:
    path = f"{user_path(mailbox)}/messages/{quote(message_id, safe='')}"
    return f"{path}/{action}" if action else path


def _recipients(to: str | Iterable[str]) -> list[dict[str, Any]]:
    addresses = [to] if isinstance(to, str) else list(to)
    return [{"emailAddress": {"address": a}} for a in addresses]


# -- locate -----------------------------------------------------------------------
def find_messages(client: GraphClient, mailbox: str, internet_message_id: str, *,
                  select: str = LOCATE_SELECT, page_size: int = PAGE_SIZE) -> list[dict[str, Any]]:
    """Every message in any folder whose internetMessageId equals the value exactly."""
    params = {"$filter": message_filter(internet_message_id), "$select": select,
              "$top": page_size}
    found = [m for m in client.paged(f"{user_path(mailbox)}/messages", params=params,
                                     mailbox=mailbox)]
    exact = [m for m in found if m.get("internetMessageId", internet_message_id)
             == internet_message_id]
    if len(exact) != len(found):
        log.warning("%d of %d messages returned for the filter do not carry the exact "
                    "internetMessageId; ignored", len(found) - len(exact), len(found))
    return exact


def probe_mailbox(client: GraphClient, mailbox: str) -> None:
    """Reach the mailbox (one cheap list call): raises MailboxError for an invalid user
    (ErrorInvalidUser) or a user without an Exchange Online mailbox."""
    client.get(f"{user_path(mailbox)}/messages", params={"$top": 1, "$select": "id"},
               mailbox=mailbox)


def folder_ids(client: GraphClient, mailbox: str,
               names: Iterable[str] = WELL_KNOWN_FOLDERS) -> dict[str, str]:
    """{folder id: well-known name} for the mailbox, in one ``$batch``."""
    reqs = [BatchRequest(name, "GET", f"{user_path(mailbox)}/mailFolders/{name}?$select=id")
            for name in names]
    out: dict[str, str] = {}
    for name, ans in client.batch(reqs).items():
        if ans.ok and isinstance(ans.body, dict) and ans.body.get("id"):
            out[ans.body["id"]] = name
        elif ans.status in (401, 403) or ans.status >= 500:
            err = ans.error(next(r for r in reqs if r.id == name))
            if err is not None:
                raise err
    return out


# -- forward ----------------------------------------------------------------------
def forward(client: GraphClient, mailbox: str, message_id: str, to: str | Iterable[str],
            comment: str = "") -> None:
    """``forward`` (202, copy in Sent Items). Not retried once it may have reached Graph."""
    client.post(_msg_path(mailbox, message_id, "forward"),
                {"comment": comment, "toRecipients": _recipients(to)}, mailbox=mailbox,
                safe_to_retry=False)


def create_forward(client: GraphClient, mailbox: str, message_id: str, to: str | Iterable[str],
                   comment: str = "") -> str:
    """``createForward`` (201): the draft's id. A retry could leave a second draft, so it is
    only retried when the request certainly did not reach Graph."""
    resp = client.post(_msg_path(mailbox, message_id, "createForward"),
                       {"comment": comment, "toRecipients": _recipients(to)}, mailbox=mailbox,
                       safe_to_retry=False)
    draft = (resp.body or {}).get("id") if isinstance(resp.body, dict) else None
    if not draft:
        raise MailboxError("createForward answered without a draft id", reason=Reason.CONNECTIVITY,
                           advice="try again", status=resp.status, mailbox=mailbox)
    return str(draft)


def send(client: GraphClient, mailbox: str, draft_id: str) -> None:
    """``send`` a draft (202). Safe to repeat: a sent draft is gone, a second send 404s."""
    client.post(_msg_path(mailbox, draft_id, "send"), None, mailbox=mailbox, safe_to_retry=True)


# -- delete / move ------------------------------------------------------------------
def delete(client: GraphClient, mailbox: str, message_id: str) -> None:
    """``DELETE``: to Deleted Items (204)."""
    client.delete(_msg_path(mailbox, message_id), mailbox=mailbox)


def permanent_delete(client: GraphClient, mailbox: str, message_id: str) -> None:
    """``permanentDelete`` (204): to Recoverable Items Purges. A repeat 404s (done)."""
    client.post(_msg_path(mailbox, message_id, "permanentDelete"), None, mailbox=mailbox,
                safe_to_retry=True)


def move(client: GraphClient, mailbox: str, message_id: str, destination: str) -> dict[str, Any]:
    """``move`` (201) to a well-known folder name or a folder id; the moved message."""
    resp = client.post(_msg_path(mailbox, message_id, "move"), {"destinationId": destination},
                       mailbox=mailbox, safe_to_retry=True)
    return resp.body if isinstance(resp.body, dict) else {}


# -- directory --------------------------------------------------------------------
def find_user(client: GraphClient, address: str) -> dict[str, Any] | None:
    """The user one of whose SMTP addresses (primary or alias) is ``address``, else None.

    ``/users/{x}`` takes only ``{id | userPrincipalName}``: an alias (``smtp:`` in proxyAddresses) is no
    key there, and mail endpoints are documented for the same two keys only. ``proxyAddresses`` supports
    ``$filter`` with ``any`` and ``eq`` as a default query (no ``ConsistencyLevel`` header); directory
    strings compare case-insensitively, so ``smtp:`` also matches the primary ``SMTP:`` entry. The user's
    ``mail`` is its primary SMTP address."""
    literal = odata_string(f"smtp:{address}")
    body = client.get("/users", params={"$filter": f"proxyAddresses/any(x:x eq {literal})",
                                        "$select": "id,mail,userPrincipalName"})
    items = (body or {}).get("value", [])
    return items[0] if items else None


def find_group(client: GraphClient, address: str) -> dict[str, Any] | None:
    """The group one of whose SMTP addresses (its mail or an alias) is ``address``, else None.

    As for users: a group's ``proxyAddresses`` hold ``SMTP:`` its mail and ``smtp:`` its aliases, and support
    ``$filter`` with ``any`` and ``eq`` as a default query (no ``ConsistencyLevel: eventual`` nor ``$count``,
    which ``ne``, ``not``, ``endsWith`` and counting need); compared case-insensitively. ``mail eq`` found a
    list reached by an alias nowhere (its members were then not_o365_user)."""
    literal = odata_string(f"smtp:{address}")
    body = client.get("/groups", params={"$filter": f"proxyAddresses/any(x:x eq {literal})",
                                         "$select": "id,mail,displayName"})
    items = (body or {}).get("value", [])
    return items[0] if items else None


def transitive_member_addresses(client: GraphClient, group_id: str) -> list[str]:
    """Mail addresses of the users among a group's transitive members."""
    out: list[str] = []
    for item in client.paged(f"/groups/{quote(group_id, safe='')}/transitiveMembers",
                             params={"$select": "id,mail,userPrincipalName"}):
        kind = item.get("@odata.type", "#microsoft.graph.user")
        if kind.endswith(".user"):
            addr = item.get("mail") or item.get("userPrincipalName")
            if addr:
                out.append(str(addr).lower())
    return sorted(set(out))


# -- drafts -----------------------------------------------------------------------
def drafts_with_marker(client: GraphClient, mailbox: str, marker: str) -> list[str]:
    """Ids of messages in Drafts whose body (or subject) contains ``marker``."""
    ids = []
    params = {"$select": "id,subject,body,bodyPreview,isDraft", "$top": PAGE_SIZE}
    for item in client.paged(f"{user_path(mailbox)}/mailFolders/drafts/messages", params=params,
                             mailbox=mailbox):
        body = item.get("body")
        text = " ".join(str(x) for x in (
            item.get("subject"), item.get("bodyPreview"),
            body.get("content") if isinstance(body, dict) else body) if x)
        if marker in text and item.get("isDraft", True):
            ids.append(str(item["id"]))
    return ids
