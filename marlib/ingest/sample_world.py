"""The synthetic organisation behind ``marlib sample``: users, groups, policies, files.

Everything is drawn from one ``random.Random`` so a seed fixes the world. The
world is what both outputs agree on: the ESA logs (who received what, under
which per-recipient policy) and the emulator's tenant file (who has a
mailbox, which groups expand to whom).
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

DOMAINS = ("corp.example", "corp-mail.example")          # the Office 365 (tenant) domains
LEGACY_DOMAIN = "corp-legacy.example"                      # accepted by the gateway, hosted on-premises
TENANT_ID = "0b1e6c7a-5d2f-4e8b-9a31-7c4d2e9f1a60"

FIRST = ("mary", "john", "ana", "li", "omar", "sofia", "raj", "ewa", "tom", "chen", "nora", "ivan",
         "lena", "paul", "aiko", "marc", "zoe", "ben", "lucia", "sam", "noah", "ines", "yuki", "ola",
         "dan", "emma", "hugo", "mia", "leo", "sara", "kofi", "eva", "max", "ida", "ravi", "nina")
LAST = ("smith", "garcia", "kowalski", "nguyen", "okafor", "mueller", "rossi", "tanaka", "silva",
        "dubois", "jensen", "novak", "patel", "cohen", "larsen", "moreau", "kim", "obrien", "haddad",
        "fischer", "costa", "ivanova", "berg", "walsh", "mendes", "sato", "weber", "lopez")
DEPARTMENTS = (("Executives", 0.06), ("Finance", 0.14), ("Engineering", 0.30), ("Sales", 0.25),
               ("HR", 0.08), ("Operations", 0.17))
# department -> per-recipient (incoming) mail policy on the gateway
DEPT_POLICY = {"Executives": "Executives", "Finance": "Finance", "Engineering": "Engineering"}
INBOUND_POLICIES = ("DEFAULT", "Executives", "Finance", "Engineering")
OUTBOUND_POLICY = "DEFAULT"                                # the appliance's default outgoing policy name

EXTERNAL_DOMAINS = ("partner.example", "supplier.example", "bank.example", "lawfirm.example",
                    "newsletter.example", "cloudapp.example", "university.example", "client-a.example",
                    "client-b.example", "gmail.example", "logistics.example", "travel.example")
EVIL_DOMAINS = ("corp-invoices.example", "secure-docs.example", "paymnt-notice.example",
                "dhl-track.example", "m1crosoft-login.example", "hr-benefits.example")

BENIGN_FILES = (  # (name template, mime, size range)
    ("invoice_{n}.pdf", "application/pdf", (40_000, 400_000)),
    ("Q{q} Report {y}.pdf", "application/pdf", (100_000, 2_000_000)),
    ("image001.png", "image/png", (2_000, 60_000)),
    ("image002.jpg", "image/jpeg", (5_000, 90_000)),
    ("minutes-{n}.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
     (20_000, 200_000)),
    ("budget_{y}_v{q}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
     (30_000, 900_000)),
    ("Report,Final Draft: Revenue (Q{q}),Approved.pdf", "application/pdf", (50_000, 500_000)),
    ("meeting.ics", "text/calendar", (1_000, 8_000)),
    ("photo {n}.heic", "image/heic", (400_000, 3_000_000)),
    ("specs-{n}.zip", "application/zip", (100_000, 5_000_000)),
    ("Café menu {n}.pdf", "application/pdf", (30_000, 300_000)),
    ("notes.txt", "text/plain", (200, 9_000)),
)
CAMPAIGN_FILES = (
    ("Invoice_{n}.xlsm", "application/vnd.ms-excel.sheet.macroEnabled.12"),
    ("Payment Advice,Nov {y}: (Final).pdf", "application/pdf"),
    ("Scan_{y}-11-{d}.zip", "application/zip"),
    ("Remittance Advice {n}.html", "text/html"),
    ("Benefits update {y}.docm", "application/vnd.ms-word.document.macroEnabled.12"),
    ("shipment-{n}.iso", "application/x-iso9660-image"),
    ("secure_document_-_{n}_|_File-Nr.:_{n}.pdf", "application/pdf"),
    ("Contract {n}.one", "application/onenote"),
)
BAD_FILES = (("mod-{n}.exe", "application/x-dosexec"), ("update_{n}.js", "application/javascript"))


@dataclass
class User:
    address: str
    dept: str
    mailbox: bool = True
    aliases: list[str] = field(default_factory=list)

    @property
    def policy(self) -> str:
        return DEPT_POLICY.get(self.dept, "DEFAULT")


@dataclass
class FileInfo:
    """An attachment file: the name as the sender gave it, its SHA-256, size and type."""
    name: str
    sha256: str
    size: int
    mime: str


@dataclass
class Campaign:
    """A file clean/unknown at delivery that a retrospective verdict later calls malicious."""
    file: FileInfo
    initial: str              # CLEAN | FILE UNKNOWN | LOWRISK
    sender: str
    subject: str
    messages: int
    flips_clean: bool         # a later retrospective verdict turns it CLEAN again
    analysed: bool            # a File Analysis complete line precedes the retrospective verdict
    spyname: str


@dataclass
class World:
    users: list[User]
    groups: dict[str, list[str]]          # group address -> member addresses (users or groups)
    legacy: list[str]                     # recipients in the on-premises domain (not the tenant's)
    external: list[str]                   # outside addresses (senders, outbound recipients)
    popular: list[FileInfo]               # files attached again and again
    campaigns: list[Campaign]
    bad_files: list[FileInfo]             # malicious already at delivery
    orphan_retro: list[str]               # retrospective verdicts for hashes never seen here
    clean_analysis: list[FileInfo]        # popular files with a clean File Analysis line
    by_address: dict[str, User] = field(default_factory=dict)
    _depts: dict[str, list[User]] = field(default_factory=dict)

    def policy_of(self, address: str) -> str:
        """Per-recipient policy of an address (lower case); groups and others: DEFAULT."""
        user = self.by_address.get(address)
        return user.policy if user else "DEFAULT"

    def by_dept(self, dept: str) -> list[User]:
        """Users of one department (cached)."""
        if not self._depts:
            for user in self.users:
                self._depts.setdefault(user.dept, []).append(user)
        return self._depts.get(dept, [])


def hex64(rng: random.Random) -> str:
    """A SHA-256-looking value."""
    return f"{rng.getrandbits(256):064x}"


def fill(rng: random.Random, template: str) -> str:
    return template.format(n=rng.randint(1000, 99999), q=rng.randint(1, 4), y=2026, d=rng.randint(10, 28))


def make_file(rng: random.Random) -> FileInfo:
    template, mime, (lo, hi) = rng.choice(BENIGN_FILES)
    return FileInfo(fill(rng, template), hex64(rng), rng.randint(lo, hi), mime)


def _users(rng: random.Random, count: int) -> list[User]:
    users, seen = [], set()
    depts = [d for d, _ in DEPARTMENTS]
    weights = [w for _, w in DEPARTMENTS]
    while len(users) < count:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        local = f"{first}.{last}"
        if local in seen:
            local = f"{first}.{last}{rng.randint(2, 99)}"
            if local in seen:
                continue
        seen.add(local)
        dept = rng.choices(depts, weights)[0] if users else "Executives"
        user = User(f"{local}@{DOMAINS[0]}", dept)
        if rng.random() < 0.35:
            user.aliases.append(f"{local}@{DOMAINS[1]}")
        if rng.random() < 0.15:
            user.aliases.append(f"{first[0]}{last}@{DOMAINS[0]}")
        users.append(user)
    for user in rng.sample(users[1:], max(2, round(count * 0.06))):
        user.mailbox = False                          # unlicensed, or a mailbox still on-premises
    # service mailboxes
    users.append(User(f"journal@{DOMAINS[0]}", "Operations"))
    users.append(User(f"finance-archive@{DOMAINS[0]}", "Finance"))
    users.append(User(f"helpdesk@{DOMAINS[1]}", "Operations", aliases=[f"support@{DOMAINS[1]}"]))
    return users


def _groups(rng: random.Random, users: list[User]) -> dict[str, list[str]]:
    people = [u for u in users if "." in u.address.split("@")[0]]
    dept_groups = {
        f"finance@{DOMAINS[0]}": [u.address for u in people if u.dept == "Finance"],
        f"engineering@{DOMAINS[0]}": [u.address for u in people if u.dept == "Engineering"],
        f"executives@{DOMAINS[0]}": [u.address for u in people if u.dept == "Executives"],
        f"sales-team@{DOMAINS[1]}": [u.address for u in people if u.dept == "Sales"],
    }
    rest = [u.address for u in people if u.dept in ("HR", "Operations")]
    groups = dict(dept_groups)
    groups[f"all-staff@{DOMAINS[0]}"] = sorted(dept_groups) + rest        # nested: transitive expansion
    groups[f"project-atlas@{DOMAINS[1]}"] = sorted(rng.sample([u.address for u in people],
                                                              min(9, len(people))))
    return groups


def _campaigns(rng: random.Random, count: int, per_campaign: int) -> list[Campaign]:
    campaigns = []
    flips = max(1, count // 4)
    for i in range(count):
        template, mime = CAMPAIGN_FILES[i % len(CAMPAIGN_FILES)]
        file = FileInfo(fill(rng, template), hex64(rng), rng.randint(20_000, 900_000), mime)
        evil = EVIL_DOMAINS[i % len(EVIL_DOMAINS)]
        sender = f"{rng.choice(('billing', 'no-reply', 'accounts', 'notify', 'hr'))}@{evil}"
        subject = rng.choice((f"Outstanding invoice {rng.randint(1000, 9999)}",
                              "Your payment advice is ready", "Action required: document shared with you",
                              "Updated benefits for 2027",
                              "Shipment notification – delivery attempt failed",
                              "RE: Contract for review"))
        initial = rng.choices(("FILE UNKNOWN", "CLEAN", "LOWRISK"), (0.6, 0.25, 0.15))[0]
        spy = f"W32.{file.sha256[:10].upper()}-100.SBX.TG"
        campaigns.append(Campaign(file, initial, sender, subject,
                                  max(2, int(per_campaign * rng.uniform(0.5, 1.5))),
                                  flips_clean=i < flips, analysed=rng.random() < 0.5, spyname=spy))
    return campaigns


def build_world(rng: random.Random, messages: int) -> World:
    """A tenant sized to the message count (about one user per 15 messages, 40..5000)."""
    users = _users(rng, max(40, min(5000, messages // 15)))
    groups = _groups(rng, users)
    legacy = sorted({f"{rng.choice(FIRST)}.{rng.choice(LAST)}@{LEGACY_DOMAIN}"
                     for _ in range(max(4, len(users) // 12))})
    external = sorted({f"{rng.choice(FIRST)}.{rng.choice(LAST)}@{rng.choice(EXTERNAL_DOMAINS)}"
                       for _ in range(max(30, len(users)))})
    popular = [make_file(rng) for _ in range(max(20, messages // 25))]
    n_campaigns = max(5, min(200, messages // 200))
    campaigns = _campaigns(rng, n_campaigns, max(3, min(40, messages // 200)))
    bad = []
    for _ in range(max(2, n_campaigns // 3)):
        template, mime = rng.choice(BAD_FILES)
        bad.append(FileInfo(fill(rng, template), hex64(rng), rng.randint(50_000, 2_000_000), mime))
    world = World(users, groups, legacy, external, popular, campaigns, bad,
                  orphan_retro=[hex64(rng)], clean_analysis=popular[:2])
    for user in users:
        world.by_address[user.address] = user
        for alias in user.aliases:
            world.by_address[alias] = user
    return world
