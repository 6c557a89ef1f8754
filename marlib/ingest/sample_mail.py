"""Message lifecycles for the sample generator: plan each message, emit its ESA lines.

``MailGenerator`` turns a list of ``Plan``s (top-level messages in arrival
order) into timed lines: ``mail`` (mail_logs) and ``amp`` (amp log). Times are
integer milliseconds since the epoch (UTC); lines of different MIDs interleave
because their lifecycles overlap in time. It records every delivered copy
(for the tenant file) and exact counts (for tests that ingest the sample).
"""
from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field

from marlib.ingest import sample_text as tx
from marlib.ingest.sample_text import ri
from marlib.ingest.sample_world import DOMAINS, LEGACY_DOMAIN, OUTBOUND_POLICY, FileInfo, World, make_file

Line = tuple[int, int, str]     # (time ms, sequence, text after "Info: ")
NO_ATTACHMENT = "SKIPPED (no attachment in message)"


@dataclass
class Attachment:
    file: FileInfo
    disposition: str            # CLEAN | FILE UNKNOWN | LOWRISK | MALICIOUS
    malware: str = "None"


@dataclass
class Plan:
    """One top-level message as it arrives at the gateway."""
    t: int
    sender: str
    recipients: list[str]
    subject: str
    attachments: list[Attachment]
    outbound: bool = False
    spam: bool = False
    campaign: int | None = None      # index into World.campaigns


@dataclass
class Delivery:
    """A copy the gateway handed to a recipient's mail server (not quarantine)."""
    address: str
    message_id: str
    subject: str
    attachments: list[tuple[str, str]]      # (name, sha256)
    t: int
    sender: str = ""


@dataclass
class Unit:
    """One MID on its way to delivery."""
    mid: int
    rcpts: list[tuple[int, str]]            # (RID, address)
    policy: str
    kind: str | None = None                 # split | generated | rewritten | bounce (children)


@dataclass
class Stats:
    counts: Counter = field(default_factory=Counter)
    events: set = field(default_factory=set)            # (sha, kind, verdict, time_s, mid)
    attachment_rows: set = field(default_factory=set)   # (mid, decoded filename)
    impact: Counter = field(default_factory=Counter)    # sha256 -> delivered inbound copies carrying it


class MailGenerator:
    """Emit the lines of planned messages; see module docstring."""

    def __init__(self, rng: random.Random, world: World, *, copy_rep_share: float = 0.3,
                 record: bool = True, first_mid: int = 1_000_000, first_icid: int = 400_000) -> None:
        self.rng = rng
        self.world = world
        self.copy_rep_share = copy_rep_share
        self.record = record
        self.mail: list[Line] = []
        self.amp: list[Line] = []
        self.deliveries: list[Delivery] = []
        self.stats = Stats()
        self._seq = 0
        self._mid = first_mid + ri(rng, 0, 50_000)
        self._icid = first_icid + ri(rng, 0, 50_000)
        self._dcid = 200_000 + ri(rng, 0, 50_000)
        self._seen_sha: set[str] = set()
        self.last_seen: dict[str, int] = {}      # sha256 -> last reputation response time (ms)

    # ---- primitives -------------------------------------------------------------------------
    def add_line(self, sink: list[Line], t: int, text: str) -> None:
        self._seq += 1
        sink.append((t, self._seq, text))

    def _next(self, attr: str) -> int:
        value = getattr(self, attr) + 1
        setattr(self, attr, value)
        return value

    def add_event(self, sha: str, kind: str, verdict: str, t_s: float, mid: int | None) -> None:
        self.stats.events.add((sha, kind, verdict, t_s, mid))

    # ---- a message ------------------------------------------------------------------------
    def emit(self, plan: Plan) -> None:
        """All lines of one top-level message and its children."""
        rng, c = self.rng, self.stats.counts
        t = plan.t
        icid, mid = self._next("_icid"), self._next("_mid")
        message_id = self._message_id(plan)
        self._connection(t, icid, plan)
        t += ri(rng, 20, 400)
        self.add_line(self.mail, t, f"Start MID {mid} ICID {icid}")
        self.add_line(self.mail, t, f"MID {mid} ICID {icid} From: <{plan.sender}>")
        for rid, rcpt in enumerate(plan.recipients):
            self.add_line(self.mail, t, f"MID {mid} ICID {icid} RID {rid} To: <{rcpt}>")
        t += ri(rng, 50, 900)
        self.add_line(self.mail, t, tx.message_id_line(mid, message_id))
        self.add_line(self.mail, t, tx.subject_line(mid, plan.subject, rng))
        size = 3_000 + sum(a.file.size * 4 // 3 for a in plan.attachments) + ri(rng, 0, 40_000)
        self.add_line(self.mail, t, f"MID {mid} ready {size} bytes from <{plan.sender}>")
        self.add_line(self.mail, t + ri(rng, 5, 200), f"ICID {icid} close")
        c["messages"] += 1
        c["mids"] += 1
        c["recipients"] += len(plan.recipients)
        c["outbound_messages" if plan.outbound else "inbound_messages"] += 1
        for text in tx.mail_noise(rng, mid, plan.sender):
            self.add_line(self.mail, t + ri(rng, 0, 300), text)
        t += ri(rng, 100, 1500)
        for unit in self._split(t, mid, plan):
            self._process(t + ri(rng, 0, 400), unit, plan, message_id)

    def _connection(self, t: int, icid: int, plan: Plan) -> None:
        rng = self.rng
        ip = f"198.51.{ri(rng, 0, 255)}.{ri(rng, 1, 254)}"
        if plan.outbound:
            self.add_line(self.mail, t, f"New SMTP ICID {icid} interface OutgoingMail (192.0.2.11) address "
                                        f"10.20.{ri(rng, 0, 9)}.{ri(rng, 2, 250)} reverse dns host "
                                        f"exch{ri(rng, 1, 4)}.{DOMAINS[0]} verified yes")
            self.add_line(self.mail, t, f"ICID {icid} RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled")
            return
        host = plan.sender.rsplit("@", 1)[-1]
        self.add_line(self.mail, t, f"New SMTP ICID {icid} interface IncomingMail (192.0.2.10) address {ip} "
                                    f"reverse dns host mail.{host} verified yes")
        self.add_line(self.mail, t, f"ICID {icid} ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS "
                                    f"{rng.uniform(-0.9, 6.5):.1f}")
        self.add_line(self.mail, t, f"ICID {icid} TLS success protocol TLSv1.2 "
                                    f"cipher {rng.choice(tx.CIPHERS)}")

    def _message_id(self, plan: Plan) -> str:
        rng = self.rng
        domain = plan.sender.rsplit("@", 1)[-1] or "bounce.example"
        roll = rng.random()
        if roll < 0.05:   # a quote in the left part: the appliance double-quotes the whole value
            return f"<o'{rng.choice(('brien', 'neill', 'hara'))}.{rng.getrandbits(48):x}@{domain}>"
        if roll < 0.25:   # Gmail-like, with + = / _ and -
            raw = "".join(rng.choices("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+=_-/",
                                      k=42))
            return f"<CA{raw}@mail.{domain}>"
        if roll < 0.30:
            return f"<{rng.getrandbits(64):x}%{ri(rng, 1, 99)}#&{rng.getrandbits(20):x}@{domain}>"
        return f"<{rng.getrandbits(80):020x}.{ri(rng, 1000, 99999)}@{domain}>"

    # ---- per-recipient policies --------------------------------------------------------------
    def _split(self, t: int, mid: int, plan: Plan) -> list[Unit]:
        """Group recipients by policy; every group after the first becomes a split child."""
        if plan.outbound:
            return [Unit(mid, list(enumerate(plan.recipients)), OUTBOUND_POLICY)]
        groups: dict[str, list[tuple[int, str]]] = {}
        for rid, rcpt in enumerate(plan.recipients):
            groups.setdefault(self.world.policy_of(rcpt.lower()), []).append((rid, rcpt))
        policies = list(groups)
        units = [Unit(mid, groups[policies[0]], policies[0])]
        for policy in policies[1:]:
            child = self._next("_mid")
            self.add_line(self.mail, t, f"MID {mid} was split creating MID {child} due to a per-recipient "
                                        f"policy {policy} in the inbound table")
            self.add_line(self.mail, t, f"MID {child} ICID 0 From: <{plan.sender}>")
            rcpts = []
            for new_rid, (_, rcpt) in enumerate(groups[policy]):
                self.add_line(self.mail, t, f"MID {child} ICID 0 RID {new_rid} To: <{rcpt}>")
                rcpts.append((new_rid, rcpt))
            units.append(Unit(child, rcpts, policy, "split"))
            self._count_child("split", len(rcpts))
        return units

    def _count_child(self, kind: str, rcpts: int) -> None:
        c = self.stats.counts
        c["mids"] += 1
        c[f"{kind}_children"] += 1
        c["recipients"] += rcpts

    def _process(self, t: int, unit: Unit, plan: Plan, message_id: str) -> None:
        """Policy line, scanning, then the MID's fate: delivery, quarantine, drop or rewrite."""
        rng, mid = self.rng, unit.mid
        table = "outbound" if plan.outbound else "inbound"
        self.add_line(self.mail, t, f"MID {mid} matched all recipients for per-recipient policy "
                                    f"{unit.policy} in the {table} table")
        verdict = self._scan(t + ri(rng, 10, 300), unit, plan)
        t += ri(rng, 400, 2500)
        spam = plan.spam or (unit.policy == "Executives" and plan.campaign is not None and rng.random() < 0.3)
        if verdict == "MALICIOUS":
            self.stats.counts["malicious_at_delivery_mids"] += 1
        if verdict == "MALICIOUS" and not spam and self.stats.counts["malicious_at_delivery_mids"] % 2:
            self.add_line(self.mail, t, f"Message aborted MID {mid} Dropped by amp")
            self.add_line(self.mail, t, f"Message finished MID {mid} done")
            self.stats.counts["dropped_mids"] += 1
            return
        if spam or verdict == "MALICIOUS":
            self._quarantine(t, unit)
            return
        if not plan.outbound and unit.kind is None and rng.random() < 0.02:
            self._rewrite(t, unit, plan, message_id)
            return
        self.add_line(self.mail, t, f"MID {mid} queued for delivery")
        self._deliver(t + ri(rng, 200, 4000), unit, plan, message_id)
        if unit.policy == "Finance" and not plan.outbound and rng.random() < 0.25:
            self._bcc(t + ri(rng, 50, 500), unit, plan, message_id)

    def _scan(self, t: int, unit: Unit, plan: Plan) -> str:
        """Attachment lines, reputation queries (amp log, some copied to mail_logs), the AMP verdict."""
        rng, mid = self.rng, unit.mid
        if not plan.attachments:
            self.add_line(self.mail, t, f"MID {mid} AMP file reputation verdict : {NO_ATTACHMENT}")
            return "SKIPPED"
        parent = unit.kind is None
        if not parent and rng.random() < 0.5:   # split child without its own scan lines: inherits
            return self._amp_verdict(t, mid, plan)
        copy = rng.random() < self.copy_rep_share
        for att in plan.attachments:
            name = att.file.name
            if parent:
                self.add_line(self.mail, t, tx.attachment_line(mid, name, " " in name and rng.random() < 0.6))
            self.stats.attachment_rows.add((mid, name))
            self._reputation(t, mid, att, copy)
            t += ri(rng, 5, 120)
        return self._amp_verdict(t, mid, plan)

    def _amp_verdict(self, t: int, mid: int, plan: Plan) -> str:
        disps = {a.disposition for a in plan.attachments}
        verdict = ("MALICIOUS" if "MALICIOUS" in disps else "UNKNOWN" if "FILE UNKNOWN" in disps
                   else "LOWRISK" if "LOWRISK" in disps else "CLEAN")
        self.add_line(self.mail, t, f"MID {mid} AMP file reputation verdict : {verdict}")
        return verdict

    def _reputation(self, t: int, mid: int, att: Attachment, copy: bool) -> None:
        rng, f = self.rng, att.file
        plain = "," not in f.name or rng.random() < 0.5
        source = "Cache" if f.sha256 in self._seen_sha else "Cloud"
        self._seen_sha.add(f.sha256)
        score = ri(rng, 60, 100) if att.disposition == "MALICIOUS" else rng.choice((0, 0, 0, 5))
        variant = rng.randrange(4) if plain else 2
        lines = [tx.query_line(f.name, mid, f.size, f.mime, plain),
                 tx.response_line(variant, source, f.name, mid, att.disposition, f.sha256, att.malware,
                                  score)]
        t_resp = t + ri(rng, 30, 700)
        self.last_seen[f.sha256] = max(t_resp, self.last_seen.get(f.sha256, 0))
        self.add_line(self.amp, t, lines[0])
        self.add_line(self.amp, t_resp, lines[1])
        if copy:
            self.add_line(self.mail, t, lines[0])
            self.add_line(self.mail, t_resp, lines[1])
        verdict = "UNKNOWN" if att.disposition == "FILE UNKNOWN" else att.disposition
        self.add_event(f.sha256, "initial", verdict, t_resp // 1000, mid)
        if att.disposition == "FILE UNKNOWN" and source == "Cloud" and rng.random() < 0.5:
            self.add_line(self.amp, t_resp + 40, tx.uploaded_line(f.sha256, f.name))
        elif att.disposition == "CLEAN" and rng.random() < 0.05:
            self.add_line(self.amp, t_resp + 40, tx.not_uploaded_line(mid, f.sha256, f.mime))

    # ---- fates ---------------------------------------------------------------------------------
    def _quarantine(self, t: int, unit: Unit) -> None:
        dcid, mid, r = self._next("_dcid"), unit.mid, tx.rids([rid for rid, _ in unit.rcpts])
        self.add_line(self.mail, t, f"New SMTP DCID {dcid} interface 192.0.2.20 address 192.0.2.50 port 6025")
        self.add_line(self.mail, t, f"Delivery start DCID {dcid} MID {mid} to RID {r} "
                                    f"to offbox IronPort Spam Quarantine")
        t += ri(self.rng, 20, 300)
        self.add_line(self.mail, t, f"Message done DCID {dcid} MID {mid} to RID {r} (external quarantine)")
        self.add_line(self.mail, t, f"Message finished MID {mid} done")
        self.add_line(self.mail, t + 5, f"DCID {dcid} close")
        self.stats.counts["quarantined"] += len(unit.rcpts)
        self.stats.counts["quarantined_mids"] += 1

    def _rewrite(self, t: int, unit: Unit, plan: Plan, message_id: str) -> None:
        child = self._next("_mid")
        self.add_line(self.mail, t, f"MID {unit.mid} rewritten to MID {child} "
                                    f"by url-rewrite filter 'Rewrite_URLs'")
        self.add_line(self.mail, t, f"Message finished MID {unit.mid} done")
        self._child_head(t, child, unit.rcpts, plan.sender, message_id, unit.policy, "inbound")
        self._count_child("rewritten", len(unit.rcpts))
        self.add_line(self.mail, t, f"MID {child} queued for delivery")
        self._deliver(t + ri(self.rng, 200, 3000), Unit(child, unit.rcpts, unit.policy, "rewritten"),
                      plan, message_id)

    def _bcc(self, t: int, unit: Unit, plan: Plan, message_id: str) -> None:
        child = self._next("_mid")
        rcpts = [(0, f"finance-archive@{DOMAINS[0]}")]
        self.add_line(self.mail, t, f"MID {child} was generated based on MID {unit.mid} "
                                    f"by bcc filter 'Finance_Archive'")
        self._child_head(t, child, rcpts, plan.sender, message_id, unit.policy, "inbound")
        self._count_child("generated", 1)
        self.add_line(self.mail, t, f"MID {child} queued for delivery")
        self._deliver(t + ri(self.rng, 200, 3000), Unit(child, rcpts, unit.policy, "generated"),
                      plan, message_id)

    def _child_head(self, t: int, child: int, rcpts: list[tuple[int, str]], sender: str,
                    message_id: str | None, policy: str, table: str) -> None:
        self.add_line(self.mail, t, f"MID {child} ICID 0 From: <{sender}>")
        for rid, rcpt in rcpts:
            self.add_line(self.mail, t, f"MID {child} ICID 0 RID {rid} To: <{rcpt}>")
        if message_id:
            self.add_line(self.mail, t, tx.message_id_line(child, message_id))
        self.add_line(self.mail, t, f"MID {child} matched all recipients for per-recipient policy {policy} "
                                    f"in the {table} table")

    def _deliver(self, t: int, unit: Unit, plan: Plan, message_id: str | None) -> None:
        """One delivery connection per destination; a few recipients bounce."""
        rng, mid = self.rng, unit.mid
        by_dest: dict[str, list[tuple[int, str]]] = {}
        for rid, rcpt in unit.rcpts:
            by_dest.setdefault(_destination(rcpt), []).append((rid, rcpt))
        bounced: list[tuple[int, str]] = []
        for dest, rcpts in by_dest.items():
            dcid = self._next("_dcid")
            internal = dest == "exo"
            self.add_line(self.mail, t, f"New SMTP DCID {dcid} interface 192.0.2.20 address "
                                        f"{_dest_ip(dest, rng)} port 25")
            self.add_line(self.mail, t, f"DCID {dcid} TLS success protocol TLSv1.2 "
                                        f"cipher {rng.choice(tx.CIPHERS)}")
            r = tx.rids([rid for rid, _ in rcpts])
            self.add_line(self.mail, t, f"Delivery start DCID {dcid} MID {mid} to RID {r}")
            t += ri(rng, 100, 2500)
            ok = []
            for rid, rcpt in rcpts:
                if unit.kind != "bounce" and not plan.outbound and rng.random() < 0.012:
                    self.add_line(self.mail, t, f"Bounced: DCID {dcid} MID {mid} From: <{plan.sender}> "
                                                f"To: <{rcpt}> RID {rid} - {_bounce_reason(rcpt)}")
                    bounced.append((rid, rcpt))
                else:
                    ok.append((rid, rcpt))
            if ok:
                r = tx.rids([rid for rid, _ in ok])
                extra = (f" [('from', '{plan.sender}'), ('to', '{ok[0][1]}')]" if rng.random() < 0.05 else "")
                self.add_line(self.mail, t, f"Message done DCID {dcid} MID {mid} to RID {r}{extra}")
                self.add_line(self.mail, t, f"MID {mid} RID {r} Response '{tx.response_text(rng, internal)}'")
                self._delivered(t, ok, plan, message_id)
            self.add_line(self.mail, t + ri(rng, 5, 60), f"DCID {dcid} close")
        self.add_line(self.mail, t + ri(rng, 1, 30), f"Message finished MID {mid} done")
        if bounced:
            self._bounce(t + ri(rng, 300, 2000), mid, plan)
        self.stats.counts["bounced"] += len(bounced)

    def _delivered(self, t: int, rcpts: list[tuple[int, str]], plan: Plan, message_id: str | None) -> None:
        c = self.stats.counts
        c["delivered"] += len(rcpts)
        if not plan.outbound and message_id is not None:
            c["delivered_inbound"] += len(rcpts)
            for att in plan.attachments:
                self.stats.impact[att.file.sha256] += len(rcpts)
        if not self.record or plan.outbound or message_id is None:
            return
        atts = [(a.file.name, a.file.sha256) for a in plan.attachments]
        for _, rcpt in rcpts:
            self.deliveries.append(Delivery(rcpt.lower(), message_id, plan.subject, atts, t, plan.sender))

    def _bounce(self, t: int, parent: int, plan: Plan) -> None:
        child = self._next("_mid")
        self.add_line(self.mail, t, f"Start MID {child} ICID 0")
        self.add_line(self.mail, t, f"MID {child} was generated for bounce of MID {parent}")
        self._child_head(t, child, [(0, plan.sender)], "", None, OUTBOUND_POLICY, "outbound")
        self.add_line(self.mail, t, f"MID {child} ready {ri(self.rng, 2000, 9000)} bytes from <>")
        self.add_line(self.mail, t, f"MID {child} AMP file reputation verdict : {NO_ATTACHMENT}")
        self.add_line(self.mail, t, f"MID {child} queued for delivery")
        self._count_child("bounce", 1)
        bounce_plan = Plan(t, "", [plan.sender], "Delivery Status Notification (Failure)", [], outbound=True)
        unit = Unit(child, [(0, plan.sender)], OUTBOUND_POLICY, "bounce")
        self._deliver(t + ri(self.rng, 200, 3000), unit, bounce_plan, None)


def _bounce_reason(rcpt: str) -> str:
    if _destination(rcpt) == "exo":
        return f"5.2.2 - Mailbox full ('552', ['5.2.2 <{rcpt}>: Mailbox full; quota exceeded'])"
    return (f"5.1.0 - Unknown address error ('550', ['5.1.1 <{rcpt}>: Recipient address rejected: "
            f"User unknown in local recipient table'])")


def _destination(address: str) -> str:
    domain = address.rsplit("@", 1)[-1].lower()
    if domain in DOMAINS:
        return "exo"
    if domain == LEGACY_DOMAIN:
        return "legacy"
    return domain


def _dest_ip(dest: str, rng: random.Random) -> str:
    if dest == "exo":
        return f"52.101.{ri(rng, 0, 255)}.{ri(rng, 1, 254)}"
    if dest == "legacy":
        return "10.30.0.25"
    return f"203.0.113.{ri(rng, 1, 254)}"


def fresh_attachments(rng: random.Random, world: World) -> list[Attachment]:
    """0..3 attachments of everyday mail, popular files reused, others new."""
    if rng.random() >= 0.45:
        return []
    out = []
    for _ in range(rng.choices((1, 2, 3), (0.7, 0.22, 0.08))[0]):
        if rng.random() < 0.6:   # a popular file keeps one disposition
            index = rng.randrange(len(world.popular))
            file, disp = world.popular[index], ("CLEAN" if index % 3 else "FILE UNKNOWN")
        else:
            file = make_file(rng)
            disp = rng.choices(("CLEAN", "FILE UNKNOWN", "LOWRISK"), (0.75, 0.2, 0.05))[0]
        if any(a.file.name == file.name for a in out):
            continue
        out.append(Attachment(file, disp))
    return out
