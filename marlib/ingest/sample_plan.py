"""What arrives when: top-level message plans and the later AMP verdict lines.

Everyday inbound mail in business hours, outbound mail, malware caught at
delivery, and campaigns: bursts of messages carrying one file that is
clean/unknown at delivery and judged MALICIOUS by a retrospective verdict
hours later (a few of them turn CLEAN again afterwards).
"""
from __future__ import annotations

import random

from marlib.ingest import sample_text as tx
from marlib.ingest.sample_mail import Attachment, MailGenerator, Plan, fresh_attachments
from marlib.ingest.sample_world import EVIL_DOMAINS, World

HOUR_WEIGHTS = (1, 1, 1, 1, 1, 2, 4, 8, 12, 14, 14, 12, 10, 12, 14, 13, 11, 8, 5, 4, 3, 2, 2, 1)
SUBJECTS = ("Quarterly report", "Meeting notes", "Re: project timeline", "FW: contract draft",
            "Invoice {n}", "Your order {n} has shipped", "Lunch on Friday?", "Weekly newsletter #{n}",
            "Re: O'Brien account review", "Budget 2027 – first numbers", "Café menu for next week",
            "Re: [support #{n}] FW: issue with the VPN client after the latest update (urgent)",
            "Updated slides for the board meeting on Thursday and the notes from last week's call",
            'The "new" travel policy', "Reminder: timesheets due", "Re: Re: Re: hiring plan",
            "Candidate CV {n}", "Scan from copier {n}", "Welcome to the team!", "Price list {n}")
ONE_HOUR = 3_600_000


def _subject(rng: random.Random) -> str:
    return rng.choice(SUBJECTS).format(n=rng.randint(100, 99999))


def _business_time(rng: random.Random, start_ms: int, days: int) -> int:
    day = rng.randrange(days)
    hour = rng.choices(range(24), HOUR_WEIGHTS)[0]
    return start_ms + day * 86_400_000 + hour * ONE_HOUR + rng.randrange(ONE_HOUR)


def _pick_users(rng: random.Random, world: World, k: int, prefer: tuple[str, ...] = ()) -> list[str]:
    pool = world.users
    if prefer and rng.random() < 0.6:
        pool = [u for dept in prefer for u in world.by_dept(dept)]
    if k > 1 and rng.random() < 0.8:    # colleagues of one department: one policy, no split
        pool = world.by_dept(rng.choice(pool).dept)
    picked = rng.sample(pool, min(k, len(pool)))
    out = []
    for user in picked:
        address = rng.choice(user.aliases) if user.aliases and rng.random() < 0.25 else user.address
        if rng.random() < 0.03:     # the sender typed it with capitals
            local, domain = address.split("@")
            address = f"{local.title()}@{domain.title()}"
        out.append(address)
    return out


def _inbound_recipients(rng: random.Random, world: World) -> list[str]:
    roll = rng.random()
    if roll < 0.02:
        groups = [g for g in world.groups if not g.startswith("all-staff")]
        rcpts = [rng.choice(groups)]
    elif roll < 0.022:
        rcpts = [next(g for g in world.groups if g.startswith("all-staff"))]
    else:
        k = 1 if roll < 0.67 else rng.randint(2, 4) if roll < 0.92 else rng.randint(5, 9)
        rcpts = _pick_users(rng, world, k)
    if rng.random() < 0.05:
        rcpts.append(rng.choice(world.legacy))
    return rcpts


def everyday_plans(rng: random.Random, world: World, count: int, start_ms: int, days: int) -> list[Plan]:
    plans = []
    for _ in range(count):
        t = _business_time(rng, start_ms, days)
        if plans and rng.random() < 0.25:      # busy moments: lifecycles overlap and lines interleave
            t = plans[-1].t + int(rng.random() * 4000)
        if rng.random() < 0.15:
            sender = rng.choice([u for u in world.users[:60] if u.mailbox]).address
            rcpts = rng.sample(world.external, rng.choices((1, 2, 3), (0.7, 0.2, 0.1))[0])
            plans.append(Plan(t, sender, rcpts, _subject(rng), fresh_attachments(rng, world), outbound=True))
            continue
        plans.append(Plan(t, rng.choice(world.external), _inbound_recipients(rng, world), _subject(rng),
                          fresh_attachments(rng, world), spam=rng.random() < 0.03))
    return plans


def malware_plans(rng: random.Random, world: World, count: int, start_ms: int, days: int) -> list[Plan]:
    """Files already MALICIOUS at delivery: dropped or quarantined, never delivered."""
    plans = []
    for _ in range(count):
        bad = rng.choice(world.bad_files)
        sender = f"{rng.choice(('admin', 'it', 'scanner'))}@{rng.choice(EVIL_DOMAINS)}"
        att = Attachment(bad, "MALICIOUS", f"W32.{bad.sha256[:10].upper()}-100.SBX.TG")
        rcpts = _pick_users(rng, world, rng.randint(1, 2))
        t = _business_time(rng, start_ms, days)
        plans.append(Plan(t, sender, rcpts, "Your document is ready", [att]))
    return plans


def campaign_plans(rng: random.Random, world: World, start_ms: int, days: int, budget: int) -> list[Plan]:
    """Bursts of messages per campaign, within an hour; campaigns 0 and 1 also hit distribution lists."""
    plans: list[Plan] = []
    for index, camp in enumerate(world.campaigns):
        n = min(camp.messages, max(0, budget - len(plans)))
        t0 = _business_time(rng, start_ms, max(1, days - 1))
        for i in range(n):
            rcpts = _pick_users(rng, world, rng.choices((1, 2, 3, 5), (0.5, 0.25, 0.15, 0.1))[0],
                                prefer=("Finance", "Executives"))
            if i == 0 and index < 2:
                rcpts.append("all-staff@corp.example" if index == 0 else "finance@corp.example")
                unlicensed = [u.address for u in world.users if not u.mailbox]
                if unlicensed:
                    rcpts.append(unlicensed[0])
            if rng.random() < 0.2:
                rcpts.append(rng.choice(world.legacy))
            atts = [Attachment(camp.file, camp.initial)]
            if rng.random() < 0.3:
                atts.append(Attachment(world.popular[1], "CLEAN"))
            plans.append(Plan(t0 + rng.randrange(ONE_HOUR), camp.sender, rcpts, camp.subject, atts,
                              spam=rng.random() < 0.12, campaign=index))
    return plans


def all_plans(rng: random.Random, world: World, messages: int, start_ms: int, days: int) -> list[Plan]:
    """Exactly ``messages`` top-level plans, sorted by arrival time."""
    n_malware = max(2, messages // 300) if messages >= 20 else 0
    campaign = campaign_plans(rng, world, start_ms, days, max(0, min(messages // 4, messages - n_malware)))
    malware = malware_plans(rng, world, n_malware, start_ms, days)
    rest = everyday_plans(rng, world, messages - len(campaign) - len(malware), start_ms, days)
    plans = campaign + malware + rest
    plans.sort(key=lambda p: p.t)
    return plans


def verdict_lines(gen: MailGenerator, last_seen: dict[str, int]) -> list[str]:
    """Retrospective / File Analysis lines into ``gen.amp``; returns the hashes judged MALICIOUS later.

    ``last_seen`` maps SHA-256 to the last time (ms) a message carried it.
    """
    rng, world = gen.rng, gen.world
    malicious = []
    for index, camp in enumerate(world.campaigns):
        sha = camp.file.sha256
        if sha not in last_seen:
            continue
        t = last_seen[sha] + rng.randint(ONE_HOUR, 30 * ONE_HOUR)
        if camp.analysed:
            submitted = t // 1000 - rng.randint(600, 3000)
            text = tx.analysis_line(sha, submitted, t // 1000 - 60, 3, rng.randint(95, 100), camp.spyname,
                                    rng.randint(10**8, 10**9))
            gen.add_line(gen.amp, t - 60_000, text)
            gen.add_event(sha, "analysis", "MALICIOUS", (t - 60_000) // 1000, None)
        epoch = (t - rng.randint(100, 900)) / 1000
        _retro(gen, t, sha, epoch, "MALICIOUS", camp.spyname[:-2])
        if index == 0:   # the appliance logged this one twice (seen in real amp logs)
            _retro(gen, t, sha, epoch, "MALICIOUS", camp.spyname[:-2])
        malicious.append(sha)
        if camp.flips_clean:
            t2 = t + rng.randint(6 * ONE_HOUR, 48 * ONE_HOUR)
            _retro(gen, t2, sha, (t2 - 500) / 1000, "CLEAN", "None")
    _extra_verdicts(gen, last_seen)
    return malicious


def _retro(gen: MailGenerator, t: int, sha: str, epoch: float, verdict: str, spyname: str) -> None:
    gen.add_line(gen.amp, t, tx.retro_line(sha, epoch, verdict, spyname))
    gen.add_event(sha, "retrospective", verdict, epoch, None)
    gen.stats.counts["retro_lines"] += 1


def _extra_verdicts(gen: MailGenerator, last_seen: dict[str, int]) -> None:
    """A retrospective verdict for a file never seen here; clean File Analysis results."""
    rng, world = gen.rng, gen.world
    t_end = max(last_seen.values(), default=0)
    for sha in world.orphan_retro:
        t = t_end + rng.randint(ONE_HOUR, 5 * ONE_HOUR)
        _retro(gen, t, sha, (t - 300) / 1000, "MALICIOUS", "W32.Generic.SBX.")
    for file in world.clean_analysis:
        if file.sha256 in last_seen:
            t = last_seen[file.sha256] + rng.randint(600_000, ONE_HOUR)
            gen.add_line(gen.amp, t, tx.analysis_line(file.sha256, t // 1000 - 900, t // 1000, 1, 5, "",
                                                      rng.randint(10**8, 10**9)))
            gen.add_event(file.sha256, "analysis", "CLEAN", t // 1000, None)
