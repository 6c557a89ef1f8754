"""The emulator's tenant file for a generated sample (format: issue 3, "The emulator").

Each delivered inbound copy lands in the recipient's mailbox: a group address
expands transitively to its members, an alias to its user; unlicensed users
(``mailbox: false``), on-premises and outside addresses hold nothing. A
seeded share of copies was already handled by the user: moved to Deleted
Items, Archive, Junk or a folder of their own, or deleted (absent), so
what-if runs meet "message not found". ``apps`` is empty: tests and demos
register their own certificate. Messages also carry the optional ``received``
(Graph's receivedDateTime, the delivery time) and ``sender``.
"""
from __future__ import annotations

import json
import random
import time
from collections import Counter
from pathlib import Path
from typing import Any

from marlib.ingest.sample_mail import Delivery
from marlib.ingest.sample_world import DOMAINS, TENANT_ID, World

FOLDERS = (("inbox", 0.86), ("deleteditems", 0.04), ("archive", 0.02), ("Projects", 0.02),
           ("junkemail", 0.01), (None, 0.05))      # None: the user deleted it for good


def _graph_time(t_ms: int) -> str:
    """Graph's receivedDateTime shape: 2026-11-16T09:16:38Z."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t_ms // 1000))


def mailboxes_for(world: World, address: str, _depth: int = 0) -> list[str]:
    """Primary addresses of the mailboxes a delivered address reaches (sorted, unique)."""
    if address in world.groups and _depth < 5:
        out: set[str] = set()
        for member in world.groups[address]:
            out.update(mailboxes_for(world, member, _depth + 1))
        return sorted(out)
    user = world.by_address.get(address)
    return [user.address] if user is not None and user.mailbox else []


def build_tenant(rng: random.Random, world: World, deliveries: list[Delivery]) -> tuple[dict, Counter]:
    """The tenant document and counts (messages, moved, deleted_by_user)."""
    counts: Counter = Counter()
    messages: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    names, weights = zip(*FOLDERS)
    for d in deliveries:
        for mailbox in mailboxes_for(world, d.address):
            if (mailbox, d.message_id) in seen:     # Exchange keeps one copy per Message-ID
                continue
            seen.add((mailbox, d.message_id))
            folder = rng.choices(names, weights)[0]
            counts["copies"] += 1
            if folder is None:
                counts["deleted_by_user"] += 1
                continue
            counts["moved" if folder != "inbox" else "in_inbox"] += 1
            messages.append({"mailbox": mailbox, "internet_message_id": d.message_id, "folder": folder,
                             "subject": d.subject,
                             "attachments": [{"name": n, "sha256": s} for n, s in d.attachments],
                             "received": _graph_time(d.t), "sender": d.sender})
    counts["messages"] = len(messages)
    tenant = {
        "tenant_id": TENANT_ID,
        "domains": list(DOMAINS),
        "apps": [],
        "users": [{"address": u.address, "mailbox": u.mailbox, "aliases": list(u.aliases)}
                  for u in world.users],
        "groups": [{"address": g, "members": list(m)} for g, m in world.groups.items()],
        "messages": messages,
    }
    return tenant, counts


def dump_tenant(tenant: dict, path: Path) -> None:
    """Readable and compact: one user, group or message per line; stable bytes."""
    parts = ["{"]
    keys = list(tenant)
    for i, key in enumerate(keys):
        value = tenant[key]
        comma = "," if i < len(keys) - 1 else ""
        if isinstance(value, list) and value and isinstance(value[0], dict):
            items = ",\n".join("  " + json.dumps(v, ensure_ascii=False) for v in value)
            parts.append(f"{json.dumps(key)}: [\n{items}\n]{comma}")
        else:
            parts.append(f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{comma}")
    parts.append("}")
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")
