"""The embedded default: a newcomer's first start shows real charts.

``ensure_default_db(store)`` fills an empty database from the committed sample
(``data/sample``): ingest the ESA logs, make the sample's tenant the active
simulated tenant, and turn Mailbox Auto Remediation on for the sample's
policies. ``fill_synthetic(store, n)`` writes a large synthetic data set
straight into the core tables with DuckDB SQL (for benchmarks and tests of
scale; the realistic generator is ``marlib.ingest.sample``).
"""
from __future__ import annotations

import logging
import threading
from pathlib import Path

from marlib.errors import MarlibError
from marlib.progress import Progress, no_progress
from marlib.store import Store

log = logging.getLogger(__name__)

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "data" / "sample"
DEMO_FORWARD_TO = "security-team@example.com"


SEED_SETTING = "sample_seed"   # started | done | abandoned: an interrupted seeding is finished by the next one
# one seeding at a time in a process: two app sessions clicking "Load the sample" together seeded the same
# database at once, and one died on a duplicate `sample_seed` key; the second now waits, then finds it done
_SEEDING = threading.Lock()


def is_empty(store: Store) -> bool:
    """True when the database holds no message yet (or does not exist)."""
    if not store.exists():
        return True
    return store.query_one("SELECT count(*) FROM messages")[0] == 0


def ensure_default_db(store: Store, *, sample_dir: Path = SAMPLE_DIR,
                      progress: Progress = no_progress) -> bool:
    """Seed an empty ``store`` from the sample; returns True when it seeded, False when data was there.

    Steps: ingest ``sample_dir/esa``; set the simulated tenant from
    ``sample_dir/tenant.json``; turn MAR on (forward and delete to the demo
    security address) for every inbound policy the sample's logs name.

    A seeding that was interrupted (Ctrl-C, a killed app) is finished by the next call, though the store
    then holds messages: ``settings.sample_seed`` says ``started`` until the last step is done.
    """
    with _SEEDING:
        return _seed(store, sample_dir, progress)


def _seed(store: Store, sample_dir: Path, progress: Progress) -> bool:
    if not is_empty(store) and store.get_setting(SEED_SETTING) != "started":
        return False
    esa = sample_dir / "esa"
    if not esa.exists():
        raise MarlibError(f"The committed sample {esa} is missing",
                          advice="run `python -m marlib sample --out data/sample` or restore data/sample")
    if not is_empty(store) and not _only_the_sample(store, esa):
        # real logs were loaded since the seeding stopped: finishing it would mix the sample in and turn
        # Mailbox Auto Remediation on for their policies
        log.warning("%s: a seeding from the sample stopped before its end, and other logs were loaded since; "
                    "it is not finished", store)
        store.set_setting(SEED_SETTING, "abandoned")
        return False
    from marlib.ingest.api import ingest_paths
    store.set_setting(SEED_SETTING, "started")
    summary = ingest_paths(store, [esa], progress=progress)   # resumes where an interrupted seeding stopped
    log.info("seeded %s from the sample: %s", store, summary)
    _use_sample_tenant(store, sample_dir / "tenant.json")
    _enable_sample_policies(store)
    store.set_setting(SEED_SETTING, "done")
    return True


def _only_the_sample(store: Store, esa: Path) -> bool:
    """True when every file the store has read is one of the sample's (an interrupted seeding's database)."""
    folder = esa.resolve()
    with store.connect() as con:
        paths = [p for (p,) in con.execute("SELECT path FROM ingest_files").fetchall()]
    return all(Path(p).resolve().is_relative_to(folder) for p in paths)


def _use_sample_tenant(store: Store, tenant_file: Path) -> None:
    from marlib.workbench import Workbench
    if tenant_file.exists():
        Workbench(store).set_tenant("simulated", tenant_file)
    else:
        log.warning("no sample tenant at %s; the simulated tenant stays unset", tenant_file)


def _enable_sample_policies(store: Store) -> None:
    from marlib.remediation.policies import list_policies, set_policy
    for pol in list_policies(store):
        if not pol.mar_enabled and pol.source == "logs":   # the sample's, not one added by hand
            set_policy(store, pol.name, mar=True, action="forward-delete",
                       forward_to=pol.forward_to or DEMO_FORWARD_TO)


# -- large synthetic data, straight into the core tables ----------------------

_POLICIES = ["DEFAULT", "Executives", "Engineering", "Finance", "Sales"]


def fill_synthetic(store: Store, messages: int = 1_000_000, *, hashes: int = 20_000,
                   retrospective: int = 200, days: int = 30, seed: int = 7) -> dict[str, int]:
    """Write ``messages`` synthetic messages (1-3 recipients, ~40 % with an attachment drawn from
    ``hashes`` files, ``retrospective`` of which later turn malicious) with INSERT ... SELECT.

    Deterministic for a given seed. Returns the row counts written.
    """
    with store.connect() as con:
        con.execute("SET enable_progress_bar = false")
        con.execute("SELECT setseed(?)", [1.0 / (1 + seed)])
        base = "TIMESTAMP '2026-10-01 00:00:00'"   # a constant; the sizes given are bound
        span = int(days) * 86400
        con.execute(f"""
            INSERT INTO messages (mid, parent_mid, child_kind, icid, message_id, sender, subject, received_at,
                                  size_bytes, policy, direction, amp_verdict, finished_at, source)
            SELECT i, NULL, NULL, 100000 + i, '<' || i || '.' || md5(i::VARCHAR)[:10] || '@mail.example.net>',
                   'sender' || (i * 7919 % 5000) || '@partner' || (i % 40) || '.example.org',
                   'Invoice ' || (i % 9973) || ' for order ' || md5((i * 31)::VARCHAR)[:6],
                   {base} + to_seconds((i * $span // $messages)::BIGINT),
                   2000 + (i * 37 % 200000), $policies[1 + (i % 5)::INT],
                   CASE WHEN i % 20 = 0 THEN 'outbound' ELSE 'inbound' END,
                   CASE WHEN i % 5 < 2 THEN 'FILE UNKNOWN' ELSE NULL END,
                   {base} + to_seconds((i * $span // $messages + 3)::BIGINT), 'esa'
            FROM range(1, $messages + 1) t(i)""", {"policies": _POLICIES, "messages": int(messages), "span": span})
        con.execute("""
            INSERT INTO recipients (mid, rid, address, status, delivered_at, dcid, response)
            SELECT m.mid, r.rid, 'user' || ((m.mid * 13 + r.rid * 101) % 20000) || '@corp.example.com',
                   CASE WHEN m.mid % 17 = 0 THEN 'quarantined' WHEN m.mid % 53 = 0 THEN 'bounced'
                        ELSE 'delivered' END,
                   CASE WHEN m.mid % 17 = 0 OR m.mid % 53 = 0 THEN NULL ELSE m.received_at + INTERVAL 2 SECOND END,
                   m.mid * 4 + r.rid, CASE WHEN m.mid % 17 = 0 THEN NULL ELSE '250 ok' END
            FROM messages m, range(0, 3) r(rid)
            WHERE r.rid <= m.mid % 3""")
        con.execute("""
            INSERT INTO attachments (mid, filename, sha256, size_bytes, file_type)
            SELECT mid, 'document_' || (mid * 7 % ?) || CASE WHEN mid % 3 = 0 THEN '.docm' ELSE '.pdf' END,
                   sha256('file' || (mid * 7 % ?)), 10000 + mid % 90000,
                   CASE WHEN mid % 3 = 0 THEN 'application/vnd.ms-word' ELSE 'application/pdf' END
            FROM messages WHERE mid % 5 < 2""", [hashes, hashes])
        con.execute("""
            INSERT INTO verdict_events (event_key, sha256, verdict, kind, event_time, mid, filename, score,
                                        threat_name, source_path, line_no)
            SELECT md5(a.sha256 || '|initial|' || a.mid), a.sha256, 'UNKNOWN', 'initial', m.received_at, a.mid,
                   a.filename, 0, NULL, 'synthetic', a.mid
            FROM attachments a JOIN messages m USING (mid)""")
        con.execute(f"""
            INSERT INTO verdict_events (event_key, sha256, verdict, kind, event_time, mid, filename, score,
                                        threat_name, source_path, line_no)
            SELECT md5(sha256('file' || f) || '|retro'), sha256('file' || f), 'MALICIOUS', 'retrospective',
                   {base} + to_seconds((86400 * 2 + f * ($span - 86400 * 3) // $retro)::BIGINT), NULL,
                   NULL, 95, 'W32.Synthetic.' || f, 'synthetic', NULL
            FROM range(0, $retro) t(f)""", {"span": span, "retro": int(retrospective)})
        con.execute("INSERT INTO ingest_runs (run_id, started_at, finished_at, summary) "
                    "VALUES ('synthetic-' || ?, now(), now(), ?)",
                    [messages, '{"synthetic": true}'])
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("messages", "recipients", "attachments", "verdict_events")}
    return counts
