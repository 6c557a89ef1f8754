"""A simulated tenant built from the ingested data, with seeded, tunable behaviour.

Every recipient in the Office 365 domains gets a mailbox holding what was
delivered to it (only the copies asked for: the what-if builds just the
mailboxes and messages a plan touches). The domains come from the scenario,
else the mailbox settings, else the recipient domains of inbound mail (the
embedded demo has no settings). Behaviour (``TenantBehaviour`` in
``marlib.whatif_scenario``), each drawn per item from a hash of (seed, kind,
item), so the same item is in the same state in every scenario with that seed:

- per copy (mailbox, Message-ID): already purged by the user (absent), moved to
  Deleted Items, moved to another folder (Archive), or still in the Inbox;
- per address in the domains: a distribution list when its local part looks
  like one (``list_pattern``: all@, all-staff@, sales-team@, dl-x@ ...), no user at all, a user without an Exchange Online
  licence, a user whose mailbox is on premises (both: no mailbox for Graph),
  a distribution list (members drawn from the domain's recipients), or a user
  with a mailbox;
- per recipient domain: left out of the Office 365 domains (``outside_share``);
- per mailbox (``chosen``, applied by ``SimulatedMailboxes``): unreachable or throttled.

``build_tenant(...)`` returns a ``TenantModel`` (``to_dict()`` gives the
emulator's tenant file, so a live run against the emulator sees the same tenant).
"""
from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import duckdb
import pandas as pd

from marlib.tenant.model import TenantModel

log = logging.getLogger(__name__)

ARCHIVE_FOLDER = "archive"


def draw(seed: int, kind: str, key: str) -> float:
    """A uniform number in [0, 1) fixed by (seed, kind, key)."""
    digest = hashlib.blake2b(f"{seed}|{kind}|{key}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


def chosen(addresses: Iterable[str], seed: int, kind: str, share: float) -> frozenset[str]:
    """The addresses drawn for a per-mailbox behaviour (outage, throttling) at this share."""
    if share <= 0:
        return frozenset()
    return frozenset(a for a in addresses if draw(seed, kind, a.lower()) < share)


def domain_of(address: str) -> str:
    return address.rsplit("@", 1)[-1].strip().lower()


def in_domains(address: str, domains: Iterable[str]) -> bool:
    """The address's domain is one of ``domains`` or a subdomain of one (as the settings check)."""
    dom = domain_of(address)
    return any(dom == d or dom.endswith("." + d) for d in domains)


# --------------------------------------------------------------------------- domains
def inbound_domains(con: duckdb.DuckDBPyConnection) -> tuple[str, ...]:
    """Recipient domains of inbound mail, most used first."""
    rows = con.execute("""
        SELECT lower(split_part(r.address, '@', -1)) AS d, count(*) AS n
        FROM recipients r JOIN messages m USING (mid)
        WHERE coalesce(m.direction, 'inbound') = 'inbound' AND r.address LIKE '%@%'
        GROUP BY d ORDER BY n DESC, d""").fetchall()
    return tuple(r[0] for r in rows)


def configured_domains(store) -> tuple[str, ...]:
    """The mailbox settings' Office 365 domains, or () when no settings are stored."""
    try:
        from marlib.settings import load_settings
        return tuple(load_settings(store).domains)
    except Exception as exc:  # SettingsError when unset; any import problem means "no settings"
        log.debug("no mailbox settings for the simulated tenant's domains: %s", exc)
        return ()


def office365_domains(store, con: duckdb.DuckDBPyConnection, explicit: Iterable[str] = (), *,
                      seed: int = 0, outside_share: float = 0.0) -> tuple[str, ...] | None:
    """Explicit domains, else the settings', minus a seeded share (``outside_share``).

    None when neither names any: every recipient domain of inbound mail is then
    the tenant's, so no inbound recipient fails the domain check and the plan
    need not check (``plan(domains=None)``); ``domains_of`` lists the ones a
    tenant uses. With ``outside_share`` the inbound domains are listed first.
    """
    domains = tuple(explicit) or configured_domains(store)
    if not domains and outside_share <= 0:
        return None
    domains = domains or inbound_domains(con)
    if outside_share > 0:
        domains = tuple(d for d in domains if draw(seed, "outside", d) >= outside_share)
    return domains


def domains_of(addresses: Iterable[str]) -> tuple[str, ...]:
    """The distinct domains of these addresses, sorted."""
    return tuple(sorted({domain_of(a) for a in addresses if "@" in a}))


# --------------------------------------------------------------------------- affected copies
def affected_copies(con: duckdb.DuckDBPyConnection, hashes: Iterable[str]) -> pd.DataFrame:
    """Delivered (recipient, Message-ID) pairs of MIDs carrying the files, child MIDs included.

    Carriers as in ``remediation.impact``: attachments and file-reputation lines with a MID.

    Columns: mid, message_id, subject, recipient, direction, sha256, filename.
    """
    frame = pd.DataFrame({"sha256": sorted({h.lower() for h in hashes})})
    con.register("_whatif_hashes", frame)
    try:
        return con.execute("""
            WITH RECURSIVE hit AS (
                SELECT a.mid, lower(a.sha256) AS sha256, a.filename FROM attachments a
                JOIN _whatif_hashes h ON lower(a.sha256) = h.sha256
              UNION
                SELECT v.mid, lower(v.sha256), v.filename FROM verdict_events v
                JOIN _whatif_hashes h ON lower(v.sha256) = h.sha256
                WHERE v.mid IS NOT NULL AND v.kind <> 'retrospective'
              UNION
                SELECT c.mid, hit.sha256, hit.filename FROM messages c JOIN hit ON c.parent_mid = hit.mid
            )
            SELECT m.mid, m.message_id, m.subject, r.address AS recipient,
                   coalesce(m.direction, 'inbound') AS direction, hit.sha256, hit.filename
            FROM hit JOIN messages m ON m.mid = hit.mid
            JOIN recipients r ON r.mid = hit.mid
            WHERE r.status = 'delivered' AND m.message_id IS NOT NULL
            ORDER BY m.mid, r.address""").df()
    finally:
        con.unregister("_whatif_hashes")


def recipient_pool(con: duckdb.DuckDBPyConnection, domains: Iterable[str]) -> list[str]:
    """Distinct delivered recipient addresses in the domains, sorted (group members are drawn here)."""
    rows = con.execute("SELECT DISTINCT address FROM recipients WHERE status = 'delivered' "
                       "ORDER BY address").fetchall()
    doms = tuple(domains)
    return [r[0] for r in rows if in_domains(r[0], doms)]


# --------------------------------------------------------------------------- building
@dataclass
class _Draft:
    """The tenant being built: users, groups, messages (tenant-file records)."""
    users: dict[str, dict] = field(default_factory=dict)
    groups: dict[str, list[str]] = field(default_factory=dict)
    messages: dict[tuple[str, str], dict] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)   # address -> mailbox|unlicensed|onprem|none|group


class TenantBuilder:
    """Turns affected copies into a tenant, drawing each item's behaviour once."""

    def __init__(self, behaviour, domains: Iterable[str], *, seed: int = 0,
                 pool: list[str] | Callable[[], list[str]] | None = None) -> None:
        """``pool``: the addresses list members are drawn from, or a function loading it when needed."""
        self.b = behaviour
        self.domains = tuple(domains)
        self.seed = seed
        self._pool_source = pool
        self._pool_by_domain: dict[str, list[str]] | None = None
        self.draft = _Draft()
        self._domain_ok: dict[str, bool] = {}
        pattern = getattr(behaviour, "list_pattern", "")
        self._list_name = re.compile(pattern, re.IGNORECASE) if pattern else None

    @property
    def pool(self) -> list[str]:
        if callable(self._pool_source):
            self._pool_source = self._pool_source()
        return self._pool_source or []

    def _pool_for(self, domain: str) -> list[str]:
        if self._pool_by_domain is None:
            self._pool_by_domain = {}
            for address in self.pool:
                self._pool_by_domain.setdefault(domain_of(address), []).append(address)
        return self._pool_by_domain.get(domain) or self.pool

    def in_domains(self, address: str) -> bool:
        """``in_domains`` with the answer cached per domain."""
        dom = domain_of(address)
        ok = self._domain_ok.get(dom)
        if ok is None:
            ok = self._domain_ok[dom] = in_domains(address, self.domains)
        return ok

    # -- per address ---------------------------------------------------------
    def address_kind(self, address: str) -> str:
        """What an in-domain address is: group | none | unlicensed | onprem | mailbox."""
        address = address.lower()
        known = self.draft.kinds.get(address)
        if known is not None:
            return known
        b = self.b
        if address in b.groups or self._looks_like_list(address) or \
                (b.group_share and draw(self.seed, "group", address) < b.group_share):
            kind = "group"
        else:
            u = draw(self.seed, "user", address)
            cuts = (("none", b.unknown_share), ("unlicensed", b.unlicensed_share), ("onprem", b.onprem_share))
            kind, acc = "mailbox", 0.0
            for name, share in cuts:
                acc += share
                if u < acc:
                    kind = name
                    break
        self.draft.kinds[address] = kind
        if kind in ("mailbox", "unlicensed", "onprem"):
            self.draft.users[address] = {"address": address, "mailbox": kind == "mailbox"}
        elif kind == "group":
            self.draft.groups[address] = self.members(address)
        return kind

    def _looks_like_list(self, address: str) -> bool:
        return bool(self._list_name and self._list_name.match(address.split("@", 1)[0]))

    def members(self, group: str) -> list[str]:
        """Explicit members, else k distinct members drawn from the domain's recipients."""
        if group in self.b.groups:
            return list(self.b.groups[group])
        pool = self._pool_for(domain_of(group))
        if not pool:
            return []
        lo, hi = self.b.group_size
        k = min(len(pool), lo + int(draw(self.seed, "group_size", group) * (hi - lo + 1)))
        chosen: list[str] = []
        j = 0
        while len(chosen) < k and j < 4 * k + 8:
            cand = pool[int(draw(self.seed, f"member{j}", group) * len(pool))]
            if cand not in chosen and cand != group:
                chosen.append(cand)
            j += 1
        return chosen

    # -- per copy ------------------------------------------------------------
    def copy_folder(self, mailbox: str, message_id: str) -> str | None:
        """Where the user left the copy: None when purged, else a folder name."""
        b = self.b
        u = draw(self.seed, "copy", f"{mailbox.lower()}|{message_id}")
        for folder, share in ((None, b.deleted_share), ("deleteditems", b.deleted_items_share),
                              (ARCHIVE_FOLDER, b.moved_share)):
            if u < share:
                return folder
            u -= share
        return "inbox"

    def deliver(self, address: str, message_id: str, subject: str, attachments: list[dict],
                depth: int = 0) -> None:
        """Put the copy where the recipient (or each member of a list) keeps it."""
        address = address.lower()
        if not self.in_domains(address):
            return
        kind = self.address_kind(address)
        if kind == "group":
            if depth < 5:
                for member in self.draft.groups.get(address, ()):
                    self.deliver(member, message_id, subject, attachments, depth + 1)
            return
        if kind != "mailbox":
            return
        key = (address, message_id)
        if key in self.draft.messages:
            return
        folder = self.copy_folder(address, message_id)
        if folder is not None:
            self.draft.messages[key] = {"mailbox": address, "internet_message_id": message_id,
                                        "folder": folder, "subject": subject or "",
                                        "attachments": attachments}

    def add_copies(self, copies: pd.DataFrame) -> None:
        """Deliver every row of ``affected_copies`` (attachments grouped per Message-ID)."""
        if copies.empty:
            return
        files: dict[str, list[dict]] = {}
        for mid_, name, sha in copies[["message_id", "filename", "sha256"]].drop_duplicates().itertuples(
                index=False):
            files.setdefault(mid_, []).append({"name": name or "", "sha256": sha})
        pairs = copies[["recipient", "message_id", "subject"]].drop_duplicates(["recipient", "message_id"])
        for recipient, message_id, subject in pairs.itertuples(index=False):
            self.deliver(recipient, message_id, subject, files.get(message_id, []))

    def tenant_dict(self, tenant_id: str | None = None) -> dict:
        """The tenant-file dict (issue 3 format); no apps (a live test adds its own)."""
        tid = tenant_id or _tenant_id(self.seed, self.domains)
        return {"tenant_id": tid, "domains": list(self.domains), "apps": [],
                "users": list(self.draft.users.values()),
                "groups": [{"address": g, "members": m} for g, m in self.draft.groups.items()],
                "messages": list(self.draft.messages.values())}


def _tenant_id(seed: int, domains: Iterable[str]) -> str:
    h = hashlib.sha256(f"whatif|{seed}|{','.join(domains)}".encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


@dataclass
class BuiltTenant:
    """A simulated tenant and how it was made."""
    model: TenantModel
    domains: tuple[str, ...]
    kinds: dict[str, str]            # address -> mailbox|unlicensed|onprem|none|group (built ones)
    source: str                      # "store" | tenant file path

    def tenant_dict(self) -> dict:
        return self.model.to_dict()


def build_tenant(store, behaviour, *, hashes: Iterable[str] = (), copies: pd.DataFrame | None = None,
                 seed: int = 0, con: duckdb.DuckDBPyConnection | None = None,
                 domains: Iterable[str] | None = None) -> BuiltTenant:
    """The tenant for these hashes (or these affected copies), or the scenario's tenant file.

    ``domains``: the Office 365 domains already chosen (default: ``office365_domains``).
    """
    if getattr(behaviour, "file", None):
        return load_tenant(behaviour.file, behaviour.domains)
    if con is None:
        with store.connect() as own:
            return build_tenant(store, behaviour, hashes=hashes, copies=copies, seed=seed, con=own,
                                domains=domains)
    if domains is None:
        domains = office365_domains(store, con, behaviour.domains, seed=seed,
                                    outside_share=getattr(behaviour, "outside_share", 0.0))
    if copies is None:
        copies = affected_copies(con, hashes)
    if domains is None:   # no domain configured: the recipients' own domains are the tenant's
        domains = domains_of(copies["recipient"])
    domains = tuple(domains)
    builder = TenantBuilder(behaviour, domains, seed=seed, pool=lambda: recipient_pool(con, domains))
    builder.add_copies(copies)
    model = TenantModel.from_dict(builder.tenant_dict())
    log.info("simulated tenant: %d users, %d groups, %d messages over %d domains",
             len(builder.draft.users), len(builder.draft.groups), len(builder.draft.messages), len(domains))
    return BuiltTenant(model, domains, dict(builder.draft.kinds), "store")


def load_tenant(path, domains: Iterable[str] = ()) -> BuiltTenant:
    """A tenant file (the emulator's format) as the simulated tenant."""
    model = TenantModel.load(path)
    doms = tuple(domains) or tuple(model.domains)
    kinds = {u.address.lower(): "mailbox" if u.mailbox else "unlicensed" for u in model.users.values()}
    kinds.update({g: "group" for g in model.groups})
    return BuiltTenant(model, doms, kinds, str(path))
