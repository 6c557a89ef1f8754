"""Text of the ESA log lines the sample generator writes (after ``Info: ``).

Shapes follow ``../shared/reference/esa-logs.md`` and the real lines in
``../shared/samples/esa/``: every key spelling of the AMP reputation
response, the three Subject shapes, quoted Message-IDs, MIME-encoded
attachment names.
"""
from __future__ import annotations

import random

CIPHERS = ("ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-RSA-AES128-GCM-SHA256", "TLS_AES_256_GCM_SHA384")
EXO_RESPONSES = (
    "2.6.0 [InternalId={n}, Hostname=AM0PR01MB{h}.eurprd01.prod.outlook.com] Queued mail for delivery",
    "2.0.0 Ok: queued as {q}",
)
QUEUE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"


def ri(rng: random.Random, low: int, high: int) -> int:
    """``rng.randint(low, high)`` at a tenth of the cost (hot path of the big-file generator)."""
    return low + int(rng.random() * (high - low + 1))


def queue_id(rng: random.Random) -> str:
    return "".join(rng.choices(QUEUE_CHARS, k=16))


def response_text(rng: random.Random, internal: bool) -> str:
    if internal and rng.random() < 0.7:
        return EXO_RESPONSES[0].format(n=ri(rng, 10**11, 10**12), h=ri(rng, 1000, 9999))
    return EXO_RESPONSES[1].format(q=queue_id(rng))


def message_id_line(mid: int, message_id: str) -> str:
    """Double quotes when the value holds a single quote, as the appliance does."""
    quote = '"' if "'" in message_id else "'"
    return f"MID {mid} Message-ID {quote}{message_id}{quote}"


def subject_line(mid: int, subject: str, rng: random.Random) -> str:
    """One of the three shapes: '...', "..." (holds a '), bare with a literal \\r\\n fold."""
    if "'" in subject:
        return f'MID {mid} Subject "{subject}"'
    if len(subject) > 48 and " " in subject[30:] and rng.random() < 0.6:
        cut = subject.index(" ", 30)
        return f"MID {mid} Subject {subject[:cut]}\\r\\n{subject[cut:]}"
    return f"MID {mid} Subject '{subject}'"


def mime_encode(name: str) -> str:
    """Quoted-printable style the appliance logs: space and non-ASCII bytes as =XX."""
    out = []
    for ch in name:
        if ch == " " or ord(ch) > 126:
            out.extend(f"={b:02X}" for b in ch.encode("utf-8"))
        else:
            out.append(ch)
    return "".join(out)


def attachment_line(mid: int, name: str, encoded: bool) -> str:
    return f"MID {mid} attachment '{mime_encode(name) if encoded else name}'"


def rids(values: list[int]) -> str:
    return "[" + ", ".join(str(v) for v in values) + "]"


def query_line(name: str, mid: int, size: int, mime: str, quoted: bool) -> str:
    shown = f"'{name}'" if quoted else name
    return (f"File reputation query initiating. File Name = {shown}, MID = {mid}, "
            f"File Size = {size} bytes, File Type = {mime}")


def response_line(variant: int, source: str, name: str, mid: int, disposition: str, sha: str,
                  malware: str, score: int) -> str:
    """Response received ... in one of four spellings seen in real logs."""
    head = f"Response received for file reputation query from {source}. "
    if variant == 0:
        return (f"{head}File Name = '{name}', MID = {mid}, Disposition = {disposition}, Malware = {malware}, "
                f"Analysis Score = {score}, sha256 = {sha}, upload_action = Recommended to send the file "
                f"for analysis, verdict_source = AMP")
    if variant == 1:
        return (f"{head}FileName = '{name}', MID = {mid}, Disposition = {disposition}, Malware = {malware},"
                f"Reputation Score = {score}, sha256 ={sha}, upload_action = 2")
    if variant == 2:
        return (f"{head}File Name = {name}, MID = {mid}, Disposition = {disposition}, Malware = {malware}, "
                f"Analysis Score = {score}, sha256 = {sha}, upload_action = Recommended to send the file "
                f"for analysis, verdict_source = CLAMAV")
    return (f"{head}File Name = '{name}', MID = {mid}, Disposition = {disposition}, Malware = {malware}, "
            f"Reputation Score = {score}, sha256 = {sha}, upload_action = 0, verdict_source = AMP, "
            f"Suspected Malware Categories = None")


def retro_line(sha: str, epoch: float, verdict: str, spyname: str) -> str:
    return (f"Retrospective verdict received. SHA256: {sha}, Timestamp: {epoch:.1f}, Verdict: {verdict}, "
            f"Reputation Score: 0, Spyname: {spyname}")


def analysis_line(sha: str, submitted: int, updated: int, disposition: int, score: int, spyname: str,
                  run_id: int) -> str:
    return (f"File Analysis complete. SHA256: {sha}, Submit Timestamp: {submitted}, "
            f"Update Timestamp: {updated}, "
            f"Disposition: {disposition} Score: {score}, run_id: {run_id} Details: Analysis is completed for "
            f"the File SHA256[{sha}] Spyname:[{spyname}]")


def uploaded_line(sha: str, name: str) -> str:
    return f"File uploaded for analysis. SHA256: {sha}, file name: {name}"


def not_uploaded_line(mid: int, sha: str, mime: str) -> str:
    return (f"File not uploaded for analysis. MID = {mid} File SHA256[{sha}] file mime[{mime}] "
            f"Reason: No active/dynamic contents exists")


def mail_noise(rng: random.Random, mid: int, sender: str) -> list[str]:
    """Per-message lines of kinds ingest must count as ignored (SPF, DKIM, DMARC, engines, URLs)."""
    domain = sender.rsplit("@", 1)[-1] or "mailer.example"
    lines = [f"MID {mid} SPF: mailfrom identity {sender or 'postmaster'} Pass (v=spf1)"]
    roll = rng.random()
    if roll < 0.7:
        selector = f"s{ri(rng, 1, 9)}"
        lines.append(f"MID {mid} DKIM: pass signature verified (d={domain} s={selector} i=@{domain})")
        lines.append(f"MID {mid} DMARC: Verification passed")
    lines.append(f"MID {mid} using engine: CASE spam negative")
    if roll < 0.3:
        lines.append(f"MID {mid} interim AV verdict using Sophos CLEAN")
        lines.append(f"MID {mid} antivirus negative")
    if roll > 0.8:
        lines.append(f"MID {mid} URL https://www.{domain}/t/{rng.getrandbits(40):x} has reputation "
                     f"{rng.choice(('0.0', '4.5', '7.9'))} matched Condition: URL Reputation Rule")
    if roll > 0.9:
        lines.append(f"MID {mid} Outbreak Filters: verdict negative")
    return lines
