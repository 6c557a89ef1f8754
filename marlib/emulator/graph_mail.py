"""Graph v1.0 resources the emulator serves: users, groups, mail folders, messages.

Each handler takes the parsed request and the caller's token and returns a
``Response``; model errors (``GraphFault``) become Graph's error bodies in
``graph_api``. Routes (segments after ``/v1.0``, percent-decoded)::

    GET  users?$filter=...                 GET users/{u}          GET users/{u}/mailboxSettings
    GET  users/{u}/messages[?$filter&$select&$top&$search]      GET users/{u}/messages/{id}
    DELETE users/{u}/messages/{id}         POST users/{u}/messages/{id}/(forward|createForward|send|
                                                                          permanentDelete|move)
    GET  users/{u}/mailFolders             GET users/{u}/mailFolders/{f}[/messages[/{id}...]]
    GET  groups?$filter=...                GET groups/{id}        GET groups/{id}/(transitiveMembers|members)

``{u}`` is ``{id | userPrincipalName}``, as Graph documents it (the UPN is the
user's primary address here). A secondary address (an alias: ``smtp:`` in
``proxyAddresses``) names no user there: ``users/{alias}`` answers 404
Request_ResourceNotFound like any address that is no user, and the mail
endpoints ``users/{alias}/...`` 404 ErrorInvalidUser. A client finds an alias's
user with ``users?$filter=proxyAddresses/any(x:x eq 'smtp:ADDRESS')`` (its
``mail``: the primary address). ``users/{u}`` is the directory view: a user
without an Exchange Online mailbox is there (``mail`` null); its mail endpoints
answer 404 MailboxNotEnabledForRESTAPI. A list is found by any of its addresses
(its mail or an alias) with ``groups?$filter=proxyAddresses/any(x:x eq 'smtp:ADDRESS')``.
"""
from __future__ import annotations

import base64
import hashlib
import re
from typing import Any, Callable
from urllib.parse import unquote

from marlib.emulator.entra import Token
from marlib.emulator.odata import ODataError, equality_value, parse_filter, parse_query
from marlib.emulator.wire import Request, Response, graph_error
from marlib.tenant.model import (WELL_KNOWN_FOLDERS, GraphFault, Group, Message, TenantModel, User,
                                 PURGES_FOLDER)

READ_ROLES = ("Mail.Read", "Mail.ReadWrite", "Mail.ReadBasic.All", "Mail.ReadBasic")
WRITE_ROLES = ("Mail.ReadWrite",)
SEND_ROLES = ("Mail.Send",)
DEFAULT_RECEIVED = "2026-01-01T00:00:00Z"


class Denied(Exception):
    """403 ErrorAccessDenied."""


def access_denied(request: Request) -> Response:
    return graph_error(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.", request)


def bad_request(request: Request, message: str, code: str = "BadRequest") -> Response:
    return graph_error(400, code, message, request)


def _need(token: Token, roles: tuple[str, ...]) -> None:
    if not set(token.roles) & set(roles):
        raise Denied()


# ---------------------------------------------------------------------- JSON shapes
def _etag(msg: Message) -> str:
    return 'W/"' + base64.b64encode(hashlib.sha1(f"{msg.id}|{msg.folder}".encode()).digest()).decode() + '"'


def _address(a: str) -> dict[str, Any]:
    return {"emailAddress": {"name": a.split("@")[0], "address": a}}


def message_json(model: TenantModel, msg: Message, immutable: bool) -> dict[str, Any]:
    received = msg.received or DEFAULT_RECEIVED
    sender = _address(msg.sender) if msg.sender else None
    return {
        "@odata.etag": _etag(msg), "id": msg.immutable_id if immutable else msg.id,
        "createdDateTime": received, "lastModifiedDateTime": received, "receivedDateTime": received,
        "sentDateTime": received, "hasAttachments": bool(msg.attachments),
        "internetMessageId": msg.internet_message_id, "subject": msg.subject,
        "bodyPreview": msg.body[:255], "importance": "normal",
        "parentFolderId": model.folder_id(msg.mailbox, msg.folder), "conversationId": "",
        "isDeliveryReceiptRequested": False, "isReadReceiptRequested": False, "isRead": False,
        "isDraft": msg.is_draft, "body": {"contentType": "text", "content": msg.body},
        "sender": sender, "from": sender, "toRecipients": [_address(a) for a in msg.to],
        "ccRecipients": [], "bccRecipients": [], "replyTo": [],
    }


def user_json(user: User) -> dict[str, Any]:
    return {"id": user.id, "displayName": user.display_name, "userPrincipalName": user.address,
            "mail": user.address if user.mailbox else None,
            "proxyAddresses": [f"SMTP:{user.address}"] + [f"smtp:{a}" for a in user.aliases]}


def group_json(group: Group) -> dict[str, Any]:
    return {"id": group.id, "displayName": group.display_name, "mail": group.address, "mailEnabled": True,
            "securityEnabled": False, "groupTypes": [],
            "proxyAddresses": [f"SMTP:{group.address}"] + [f"smtp:{a}" for a in group.aliases]}


def member_json(member: User | Group | str) -> dict[str, Any]:
    if isinstance(member, User):
        return {"@odata.type": "#microsoft.graph.user", **user_json(member)}
    if isinstance(member, Group):
        return {"@odata.type": "#microsoft.graph.group", **group_json(member)}
    return {"@odata.type": "#microsoft.graph.orgContact", "id": _contact_id(member), "mail": member,
            "displayName": member.split("@")[0], "proxyAddresses": [f"SMTP:{member}"]}


def _contact_id(address: str) -> str:
    h = hashlib.sha256(address.lower().encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def folder_json(model: TenantModel, mailbox: str, name: str) -> dict[str, Any]:
    count = len(model.folder_messages(mailbox, name))
    return {"id": model.folder_id(mailbox, name), "displayName": WELL_KNOWN_FOLDERS.get(name, name),
            "parentFolderId": model.folder_id(mailbox, "msgfolderroot"), "childFolderCount": 0,
            "unreadItemCount": count, "totalItemCount": count, "isHidden": False}


# ---------------------------------------------------------------------- listing
def _select(row: dict[str, Any], select: str | None) -> dict[str, Any]:
    if not select:
        return row
    wanted = {s.strip().lower() for s in select.split(",") if s.strip()}
    return {k: v for k, v in row.items() if k.lower() in wanted or k in ("id", "@odata.etag", "@odata.type")}


def _page(request: Request, rows: list[dict[str, Any]], default_top: int, max_top: int,
          context: str) -> Response:
    """Apply $filter, $top, $skiptoken/$skip and $select; @odata.nextLink for more."""
    query = parse_query(request.query_string)
    if "$filter" in query:
        predicate = parse_filter(query["$filter"])
        rows = [r for r in rows if predicate(r)]
    top = _int_option(query, "$top", default_top)
    if not 1 <= top <= max_top:
        raise ODataError(f"Invalid page size specified: '{top}'. Must be between 1 and {max_top} inclusive.")
    start = _skip(query)
    chunk = rows[start:start + top]
    body: dict[str, Any] = {"@odata.context": context,
                            "value": [_select(r, query.get("$select")) for r in chunk]}
    if start + top < len(rows):
        body["@odata.nextLink"] = _next_link(request, start + top)
    return Response(200, body)


def _int_option(query: dict[str, str], name: str, default: int) -> int:
    try:
        return int(query.get(name, default))
    except ValueError:
        raise ODataError(f"Invalid value '{query[name]}' for query option {name}.") from None


def _skip(query: dict[str, str]) -> int:
    if "$skiptoken" in query:
        try:
            return int(base64.urlsafe_b64decode(query["$skiptoken"].encode()).decode())
        except ValueError:
            raise ODataError("The $skiptoken is invalid.") from None
    return _int_option(query, "$skip", 0)


def _next_link(request: Request, offset: int) -> str:
    kept = [p for p in request.query_string.split("&")
            if p and unquote(p.partition("=")[0]).lower() not in ("$skiptoken", "$skip")]
    token = base64.urlsafe_b64encode(str(offset).encode()).decode()
    return f"{request.base_url}{request.path}?" + "&".join(kept + [f"$skiptoken={token}"])


# ---------------------------------------------------------------------- handlers
class MailResources:
    """Route a Graph v1.0 request (segments after /v1.0) to its handler."""

    def __init__(self, model_getter: Callable[[], TenantModel], page_size: Callable[[], int]) -> None:
        self._model = model_getter
        self._page_size = page_size

    @property
    def model(self) -> TenantModel:
        return self._model()

    def route(self, request: Request, segs: list[str], token: Token) -> Response:
        head = segs[0].lower() if segs else ""
        if head == "users":
            if len(segs) == 1:
                return self._only(request, "GET") or self.list_users(request)
            return self.user_routes(request, segs[1], segs[2:], token)
        if head == "groups":
            return self._only(request, "GET") or self.group_routes(request, segs[1:])
        return bad_request(request, f"Resource not found for the segment '{segs[0] if segs else ''}'.")

    def _only(self, request: Request, method: str) -> Response | None:
        if request.method != method:
            return graph_error(405, "Request_BadRequest",
                               "Specified HTTP method is not allowed for the request target.", request)
        return None

    # users ---------------------------------------------------------------
    def list_users(self, request: Request) -> Response:
        wanted = _proxy_address_wanted(parse_query(request.query_string).get("$filter", ""))
        if wanted is not None:   # the alias look-up: use the index, $filter still applied after
            user = self.model.user(wanted)
            users = [user] if user is not None else []
        else:
            users = list(self.model.users.values())
        rows = [user_json(u) for u in users]
        return _page(request, rows, 100, 999, f"{request.base_url}/v1.0/$metadata#users")

    def user_routes(self, request: Request, who: str, rest: list[str], token: Token) -> Response:
        app = self.model.app(token.client_id)
        if not rest:
            return self._only(request, "GET") or self.get_user(request, who)
        user = self.model.mailbox_user(who)
        if app is None or not app.may_access(user.address):
            raise Denied()
        kind = rest[0].lower()
        if kind == "mailboxsettings":
            return self._only(request, "GET") or Response(200, {"timeZone": "UTC", "language": {
                "locale": "en-US"}, "userPurpose": "user"})
        if kind == "messages":
            return self.message_routes(request, user, None, rest[1:], token)
        if kind == "mailfolders":
            return self.folder_routes(request, user, rest[1:], token)
        return bad_request(request, f"Resource not found for the segment '{rest[0]}'.")

    def get_user(self, request: Request, who: str) -> Response:
        """``GET users/{id | userPrincipalName}``: the directory's user, or Entra's 404 (an alias too)."""
        user = self.model.directory_user(who)
        if user is None:
            return graph_error(404, "Request_ResourceNotFound",
                               f"Resource '{who}' does not exist or one of its queried reference-property "
                               "objects are not present.", request)
        return Response(200, user_json(user))

    # folders -------------------------------------------------------------
    def folder_routes(self, request: Request, user: User, rest: list[str], token: Token) -> Response:
        _need(token, READ_ROLES + WRITE_ROLES)
        if not rest:
            rows = [folder_json(self.model, user.address, f) for f in self.model.folders(user.address)
                    if not f.startswith("recoverableitems")]
            return self._only(request, "GET") or _page(
                request, rows, 10, 999, f"{request.base_url}/v1.0/$metadata#users('{user.address}')/mailFolders")
        name = self.model.folder_name(user.address, rest[0])
        if name is None:
            raise GraphFault(404, "ErrorItemNotFound", "The specified object was not found in the store.")
        if len(rest) == 1:
            return self._only(request, "GET") or Response(200, folder_json(self.model, user.address, name))
        if rest[1].lower() != "messages":
            return bad_request(request, f"Resource not found for the segment '{rest[1]}'.")
        return self.message_routes(request, user, name, rest[2:], token)

    # messages ------------------------------------------------------------
    def message_routes(self, request: Request, user: User, folder: str | None, rest: list[str],
                       token: Token) -> Response:
        if not rest:
            _need(token, READ_ROLES + WRITE_ROLES)
            return self._only(request, "GET") or self.list_messages(request, user, folder)
        msg_id = rest[0]
        if len(rest) == 1:
            if request.method == "DELETE":
                _need(token, WRITE_ROLES)
                self.model.soft_delete(user.address, msg_id)
                return Response(204)
            refused = self._only(request, "GET")
            if refused is not None:
                return refused
            _need(token, READ_ROLES + WRITE_ROLES)
            msg = self.model.get(user.address, msg_id)
            return Response(200, message_json(self.model, msg, request.immutable_ids))
        return self._only(request, "POST") or self.message_action(request, user, msg_id, rest[1], token)

    def list_messages(self, request: Request, user: User, folder: str | None) -> Response:
        query = parse_query(request.query_string)
        wanted = equality_value(query.get("$filter", ""), "internetMessageId")
        if folder is not None:
            messages = self.model.folder_messages(user.address, folder)
        elif wanted is not None:   # the locate query: use the index, $filter still applied after
            messages = self.model.locate(user.address, wanted)
        else:
            messages = [m for m in self.model.messages(user.address) if m.folder != PURGES_FOLDER]
        if "$search" in query:
            messages = _search(messages, query["$search"])
        rows = [message_json(self.model, m, request.immutable_ids) for m in messages]
        suffix = f"/mailFolders('{folder}')/messages" if folder else "/messages"
        return _page(request, rows, self._page_size(), 1000,
                     f"{request.base_url}/v1.0/$metadata#users('{user.address}'){suffix}")

    def message_action(self, request: Request, user: User, msg_id: str, action: str, token: Token) -> Response:
        action = action.lower()
        body = _json_body(request)
        if action == "forward":
            _need(token, SEND_ROLES)
            self.model.forward(user.address, msg_id, _to(body), _comment(body))
            return Response(202)
        if action == "createforward":
            _need(token, WRITE_ROLES)
            draft = self.model.create_forward(user.address, msg_id, _to(body, required=False), _comment(body))
            return Response(201, message_json(self.model, draft, request.immutable_ids))
        if action == "send":
            _need(token, SEND_ROLES)
            self.model.send(user.address, msg_id)
            return Response(202)
        if action == "permanentdelete":
            _need(token, WRITE_ROLES)
            self.model.permanent_delete(user.address, msg_id)
            return Response(204)
        if action == "move":
            _need(token, WRITE_ROLES)
            destination = body.get("destinationId") if isinstance(body, dict) else None
            if not destination:
                raise GraphFault(400, "ErrorInvalidIdMalformed", "Id is malformed.")
            msg = self.model.move(user.address, msg_id, destination)
            return Response(201, message_json(self.model, msg, request.immutable_ids))
        return bad_request(request, f"Resource not found for the segment '{action}'.")

    # groups --------------------------------------------------------------
    def group_routes(self, request: Request, rest: list[str]) -> Response:
        if not rest:
            wanted = _proxy_address_wanted(parse_query(request.query_string).get("$filter", ""))
            if wanted is not None:   # a list by one of its addresses: the index, $filter still applied after
                group = self.model.group_by_mail(wanted)
                groups = [group] if group is not None else []
            else:
                groups = list(self.model.groups.values())
            rows = [group_json(g) for g in groups]
            return _page(request, rows, 100, 999, f"{request.base_url}/v1.0/$metadata#groups")
        group = self.model.group(rest[0])
        if group is None:
            return graph_error(404, "Request_ResourceNotFound",
                               f"Resource '{rest[0]}' does not exist or one of its queried reference-property "
                               "objects are not present.", request)
        if len(rest) == 1:
            return Response(200, group_json(group))
        kind = rest[1].lower()
        if kind == "transitivemembers":
            members = self.model.transitive_members(group)
        elif kind == "members":
            members = [self.model.group_by_mail(a) or self.model.user(a) or a for a in group.members]
        else:
            return bad_request(request, f"Resource not found for the segment '{rest[1]}'.")
        rows = [member_json(m) for m in members]
        return _page(request, rows, 100, 999, f"{request.base_url}/v1.0/$metadata#directoryObjects")


_PROXY_FILTER = re.compile(r"^\s*proxyAddresses/any\(\s*(\w+)\s*:\s*\1\s+eq\s+'smtp:((?:[^']|'')*)'\s*\)\s*$",
                           re.IGNORECASE)


def _proxy_address_wanted(text: str) -> str | None:
    """The address of a ``proxyAddresses/any(x:x eq 'smtp:ADDRESS')`` filter (an index look-up), else None."""
    match = _PROXY_FILTER.match(text)
    return match.group(2).replace("''", "'") if match else None


def _search(messages: list[Message], raw: str) -> list[Message]:
    """$search="text" | "body:text" | "subject:text" (case-insensitive)."""
    text = raw.strip().strip('"')
    field, _, value = text.partition(":") if text.lower().startswith(("body:", "subject:")) else ("", "", text)
    value = value.lower()

    def hit(m: Message) -> bool:
        if field.lower() == "body":
            return value in m.body.lower()
        if field.lower() == "subject":
            return value in m.subject.lower()
        return value in m.body.lower() or value in m.subject.lower()
    return [m for m in messages if hit(m)]


def _json_body(request: Request) -> Any:
    try:
        return request.json() or {}
    except ValueError:
        raise GraphFault(400, "BadRequest", "Unable to read JSON request payload. Please ensure "
                                            "Content-Type header is set and payload is of valid JSON format.")


def _to(body: Any, required: bool = True) -> list[str]:
    recipients = body.get("toRecipients") if isinstance(body, dict) else None
    message = body.get("message") if isinstance(body, dict) else None
    if recipients is None and isinstance(message, dict):
        recipients = message.get("toRecipients")
    out = [r.get("emailAddress", {}).get("address", "") for r in recipients or () if isinstance(r, dict)]
    if required and not out:
        raise GraphFault(400, "ErrorInvalidRecipients", "At least one recipient is not valid.")
    return out


def _comment(body: Any) -> str:
    return str(body.get("comment", "")) if isinstance(body, dict) else ""
