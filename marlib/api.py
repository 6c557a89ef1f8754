"""The library facade: a few lines from a notebook to an answer.

    import marlib
    wb = marlib.open()                                   # data/marlib.duckdb, seeded from the sample
    changes = wb.verdict_changes()                       # retrospective verdicts that turned malicious
    sha = changes.sha256.iloc[0]
    wb.impact(sha); wb.plan(sha); wb.file_timeline(sha)  # who got it, what would happen, when
    result = wb.remediate(sha)                           # simulated (or dry-run); live=True for Graph
    wb.export(wb.failed_recipients(mode="simulated"), "failed.xlsx")

Every query returns a pandas DataFrame (a few return a small dict); actions
return result objects whose ``outcomes`` is a DataFrame. Nothing prints: the
library logs. This module only wires the layers together (ingest, reports,
remediation, what-if, settings, export); each step lives in its own module.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from marlib import export as _export
from marlib import reports
from marlib.connection import CheckResult
from marlib.errors import InputError, SettingsError
from marlib.ingest.api import IngestSummary
from marlib.models import TenantKind
from marlib.progress import Progress
from marlib.remediation.policies import Policy
from marlib.remediation.run import RunResult
from marlib.settings import MailboxSettings
from marlib.store import Store, default_db_path
from marlib.whatif import SimulationResult
from marlib.whatif_scenario import Scenario
from marlib.workbench import Workbench as _AppWorkbench

log = logging.getLogger(__name__)

PathLike = str | os.PathLike[str]
ScenarioLike = Scenario | dict[str, Any] | PathLike
EXPORT_FORMATS = (".csv", ".xlsx", ".parquet", ".json")
TIMELINE_COLUMNS = ["time", "stage", "detail", "mid", "recipient", "status"]


def open(db: PathLike | Store | None = None, *, sample: bool | None = None,
         lock_wait_s: float | None = None) -> Workbench:
    """Open a workbench on a DuckDB database.

    ``db`` is a path, a :class:`Store`, ``":memory:"``, or None for the embedded
    default (``MARLIB_DB``, else ``data/marlib.duckdb`` under the current
    directory). ``sample`` loads the committed sample (``data/sample``: ESA logs,
    simulated tenant, MAR turned on) into an empty database; by default only the
    embedded default database is seeded, and only when the sample is there. The
    database is created when missing.
    """
    if isinstance(db, Store):
        store = db
    else:
        kwargs = {} if lock_wait_s is None else {"lock_wait_s": lock_wait_s}
        store = Store(db if db is not None else default_db_path(), **kwargs)
    wb = Workbench(store)
    seed = sample if sample is not None else (db is None and _sample_available())
    if seed:
        wb.load_sample()
    return wb


def _sample_available() -> bool:
    from marlib.demo import SAMPLE_DIR
    return (SAMPLE_DIR / "esa").is_dir()


def _sha(value: str) -> str:
    from marlib.remediation.run import check_sha256
    return check_sha256(value)


def _hashes(sha256: str | Iterable[str]) -> list[str]:
    return [_sha(sha256)] if isinstance(sha256, str) else [_sha(s) for s in sha256]


def _is_sha(value: Any) -> bool:
    return isinstance(value, str) and len(value.strip()) == 64 and \
        all(c in "0123456789abcdef" for c in value.strip().lower())


class Workbench:
    """An analyst's handle on one marlib database: ingest, investigate, plan, simulate, remediate,
    report and export.

    ``store`` is the DuckDB store; ``app`` is the app's workbench on the same
    store (active simulated tenant, cached reports, background jobs).
    """

    def __init__(self, store: Store) -> None:
        """Wrap ``store``; nothing is read or written until a method is called."""
        self.store = store
        self.app = _AppWorkbench(store)

    def __repr__(self) -> str:
        return f"marlib.Workbench({self.store!r})"

    # -- data in ------------------------------------------------------------------
    def ingest(self, paths: PathLike | Iterable[PathLike], *, fmt: str = "auto",
               progress: Progress | None = None, appliance: str | None = None,
               by_host: bool = False) -> IngestSummary:
        """Ingest ESA logs (mail_logs, amp; files, folders, ``.gz``) or delivery/verdict records
        (CSV, JSON, Parquet). Idempotent and incremental: a file already read adds nothing.
        ``appliance``: the ESA that wrote the logs, when several appliances share the database;
        ``by_host``: each syslog line's host names its appliance (one file from several appliances)."""
        from marlib.ingest.api import ingest_paths
        items = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
        summary = ingest_paths(self.store, [Path(p) for p in items], fmt=fmt, progress=progress,
                               appliance=appliance, by_host=by_host)
        self.app.invalidate()
        return summary

    def load_sample(self, sample_dir: PathLike | None = None) -> bool:
        """Seed an empty database from the committed sample (or ``sample_dir``): ingest its ESA
        logs, make its ``tenant.json`` the simulated tenant and turn MAR on for its policies.
        Returns False (and changes nothing) when the database already holds messages."""
        from marlib.demo import SAMPLE_DIR, ensure_default_db
        seeded = ensure_default_db(self.store, sample_dir=Path(sample_dir) if sample_dir else SAMPLE_DIR)
        self.app.invalidate()
        return seeded

    # -- investigate ----------------------------------------------------------------
    def overview(self) -> dict[str, int]:
        """Counts: messages (received; child MIDs of split, generated, rewritten or bounced ones are not
        counted again), mids, recipients (MID x recipient entries), delivered copies (one per Message-ID and
        recipient), attachments, files, verdict events, retrospective malicious verdicts, ingest rejects."""
        return reports.overview_counts(self.store)

    def verdict_changes(self, *, pending: bool = False) -> pd.DataFrame:
        """Retrospective MALICIOUS verdicts after a clean/unknown/low-risk one, newest first:
        sha256, changed_at, previous_verdict, threat_name, file_names, messages, handled, state
        (pending | retry | handled | running | superseded, as ``marlib changes`` shows it), clean_at.
        ``pending`` keeps what ``remediate --pending`` would handle (pending and retry; a change
        whose verdict turned CLEAN again is superseded, never pending)."""
        return reports.verdict_changes(self.store, pending=pending)

    def impact(self, sha256: str) -> pd.DataFrame:
        """Every copy of a file: one row per (MID, recipient) of the messages that carried
        ``sha256`` and of their child MIDs (split, bcc-generated, rewritten), with the recipient's
        delivery status and time, the incoming policy and the message's sender and subject.

        Works for any hash a message carried, whether or not it turned malicious."""
        from marlib.remediation.impact import find_verdict_changes, impact
        sha = _sha(sha256)
        with self.store.connect() as con:
            changes = find_verdict_changes(con, sha256=[sha])
            if len(changes) == 0:
                changes = _hypothetical_change(con, sha)
            rows = impact(con, changes.tail(1))
            name = f"_impact_{os.urandom(6).hex()}"
            con.register(name, rows)
            try:
                return con.execute(f"""
                    SELECT i.*, r.delivered_at, m.received_at, m.sender, m.subject
                    FROM {name} i
                    LEFT JOIN recipients r ON r.mid = i.mid AND lower(r.address) = i.recipient
                    LEFT JOIN messages m ON m.mid = i.mid
                    QUALIFY row_number() OVER (PARTITION BY i.mid, i.recipient ORDER BY r.rid) = 1
                    ORDER BY m.received_at, i.mid, i.recipient""").df()
            finally:
                con.unregister(name)

    def file_timeline(self, sha256: str, *, mode: str | None = None) -> pd.DataFrame:
        """The life of one file, oldest first: messages received, each recipient's delivery
        (or quarantine, bounce), every verdict (initial, analysis, retrospective) and every
        remediation outcome (``mode``: live, simulated, dry-run, or None for all).

        Columns: time, stage, detail, mid, recipient, status."""
        sha = _sha(sha256)
        imp = self.impact(sha)
        parts = [_received_rows(imp), _delivery_rows(imp), self._verdict_rows(sha),
                 self._remediation_rows(sha, mode)]
        parts = [p for p in parts if len(p)]
        if not parts:
            return pd.DataFrame(columns=TIMELINE_COLUMNS)
        out = pd.concat(parts, ignore_index=True)[TIMELINE_COLUMNS]
        return out.sort_values("time", na_position="last", kind="stable").reset_index(drop=True)

    def _verdict_rows(self, sha: str) -> pd.DataFrame:
        return self.store.query_df("""
            SELECT event_time AS time, 'verdict ' || kind AS stage,
                   verdict || coalesce(' ' || threat_name, '') || coalesce(' (' || filename || ')', '') AS detail,
                   mid, NULL AS recipient, verdict AS status
            FROM verdict_events WHERE lower(sha256) = ? ORDER BY event_time""", [sha])

    def _remediation_rows(self, sha: str, mode: str | None) -> pd.DataFrame:
        ev = reports.remediation_events(self.store, sha256=sha, mode=mode, limit=reports.MAX_ROWS)
        if len(ev) == 0:
            return ev
        detail = (ev["action"].astype(str) + " " + ev["mode"].fillna("").astype(str) + " -> "
                  + ev["mailbox"].fillna(ev["recipient"]).astype(str) + " "
                  + ev["reason"].fillna("").astype(str)).str.strip()
        return pd.DataFrame({"time": ev["time"], "stage": "remediation " + ev["status"].astype(str),
                             "detail": detail, "mid": ev["mid"], "recipient": ev["recipient"],
                             "status": ev["status"]})

    def timeline(self, *, start: dt.datetime | None = None, end: dt.datetime | None = None,
                 bucket: str = "day") -> pd.DataFrame:
        """Counts per ``bucket`` (hour or day) of deliveries, verdict changes and live remediation
        outcomes: columns bucket, stage, count."""
        return reports.timeline(self.store, start=start, end=end, bucket=bucket)

    def search(self, field: str, value: str, *, page: int = 0, page_size: int = reports.PAGE_SIZE,
               ) -> pd.DataFrame:
        """Message tracking: messages whose ``field`` (mid, message_id, sender, recipient,
        subject, sha256) matches ``value``, newest first, one page; ``attrs['total']`` holds the
        number of matches."""
        res = reports.search_messages(self.store, field, value, page=page, page_size=page_size)
        rows = res.rows
        rows.attrs.update(total=res.total, page=res.page, pages=res.pages)
        return rows

    def message(self, mid: int) -> dict[str, Any]:
        """One MID in full: message, children, recipients, attachments, verdicts, remediation and
        a time-ordered ``lifecycle`` (DataFrames under those keys, the message as a dict)."""
        return reports.message_detail(self.store, mid)

    # -- policies and plans -------------------------------------------------------------
    def policies(self) -> pd.DataFrame:
        """Incoming mail policies (seen in the logs or added) with their MAR settings."""
        from marlib.remediation.policies import list_policies
        cols = ["name", "mar_enabled", "action", "forward_to", "source"]
        return pd.DataFrame([p.as_dict() for p in list_policies(self.store)], columns=cols)

    def set_policy(self, name: str, *, mar: bool = True, action: str = "forward-delete",
                   forward_to: str | None = None) -> Policy:
        """Turn Mailbox Auto Remediation on or off for an incoming policy and choose its action:
        forward, delete, forward-delete, move-junk or move-deleted (forwarding needs
        ``forward_to``)."""
        from marlib.remediation.policies import set_policy
        pol = set_policy(self.store, name, mar=mar, action=action, forward_to=forward_to)
        self.app.invalidate()
        return pol

    def plan(self, sha256: str | Iterable[str] | None = None, *, pending: bool = False) -> pd.DataFrame:
        """What remediation would do, without touching a mailbox: one row per copy (Message-ID x
        recipient) with its action, or a skip / failure reason and its explanation.

        ``sha256`` (one hash or several), or ``pending=True`` for every verdict change no run
        has taken yet; no argument plans every verdict change. Empty when none is known."""
        from marlib.remediation.impact import find_verdict_changes
        from marlib.remediation.plan import o365_domains, plan
        from marlib.remediation.backend import journal_mode
        from marlib.remediation.policies import sync_policies_from_logs
        hashes = _hashes(sha256) if sha256 is not None else None
        done_mode = journal_mode(self.store)   # pending / "already remediated": real runs on the active tenant
        with self.store.connect() as con:
            sync_policies_from_logs(con)
            changes = find_verdict_changes(con, sha256=hashes, pending=pending and hashes is None,
                                           mode=done_mode)
            return plan(con, changes, domains=o365_domains(self.store), done_mode=done_mode,
                        done_by_recipient=True)   # no address is resolved: as a dry run

    # -- what-if ----------------------------------------------------------------------
    def simulate(self, target: str | ScenarioLike | None = None, *, sha256: str | list[str] | None = None,
                 seed: int | None = None, save: bool = True) -> SimulationResult:
        """Run the remediation engine against a simulated tenant built from the data.

        ``target`` is a SHA-256 (what if this file turned malicious, or did) or a scenario: a
        :class:`Scenario`, its dict form or a JSON file (see ``marlib.whatif_scenario``); None
        simulates every verdict change under the current policies. ``save`` keeps the outcomes
        for the reports (``mode='whatif'``)."""
        from marlib import whatif
        if _is_sha(target):
            target, sha256 = None, str(target).strip().lower()
        res = whatif.simulate(self.store, target, sha256=sha256, seed=seed, save=save)
        self.app.invalidate()
        return res

    def compare(self, a: ScenarioLike, b: ScenarioLike, *, sha256: str | list[str] | None = None,
                seed: int | None = None) -> pd.DataFrame:
        """Simulate scenarios ``a`` and ``b`` with the same seed and return the copies whose
        action, status or reason differs; ``attrs['a']`` / ``attrs['b']`` hold each side's
        counts, Graph request budget and estimated duration."""
        from marlib import whatif
        return whatif.compare(self.store, a, b, sha256=sha256, seed=seed)

    def replay(self, policies: ScenarioLike | None = None, *, since: dt.datetime | str | None = None,
               until: dt.datetime | str | None = None, seed: int | None = None,
               save: bool = True) -> SimulationResult:
        """Every past verdict change in [since, until) replayed under a policy set: a scenario, a
        ``{"base": ..., "all": {...}, "set": {...}}`` dict, or None for the current policies.
        What was remediated live is ignored: the answer is what would have happened."""
        from marlib import whatif
        res = whatif.replay(self.store, policies, since, until, seed=seed, save=save)
        self.app.invalidate()
        return res

    @staticmethod
    def compare_results(a: SimulationResult, b: SimulationResult) -> pd.DataFrame:
        """The copies whose outcome differs between two simulation (or replay) results."""
        from marlib.whatif import compare_results
        return compare_results(a, b)

    # -- remediation ----------------------------------------------------------------------
    def remediate(self, sha256: str | Iterable[str] | None = None, *, pending: bool = False,
                  live: bool = False, dry_run: bool = False,
                  progress: Progress | None = None) -> RunResult:
        """Remediate the verdict changes of ``sha256`` (or every pending one with ``pending=True``).

        By default nothing real is touched: the run goes to the simulated tenant (the sample's
        ``tenant.json`` or the one chosen in the app), or is a dry run (plan only) when no
        simulated tenant is configured or ``dry_run`` is set. ``live=True`` acts on the mailboxes
        through Microsoft Graph (Microsoft or the emulator, as the saved mailbox settings say);
        the settings must be saved and enabled. The result's ``outcomes`` has one row per copy."""
        from marlib.remediation.run import remediate
        if sha256 is None and not pending:
            raise InputError("nothing to remediate", advice="give a SHA-256 or pending=True")
        hashes = _hashes(sha256) if sha256 is not None else None
        mailboxes = None if dry_run else self._mailboxes(live)
        if mailboxes is not None and live:
            log.info("live remediation requested from the library: %s", hashes or "pending verdict changes")
        try:
            return remediate(self.store, mailboxes, sha256=hashes, pending=pending,
                             dry_run=mailboxes is None, progress=progress or _quiet,
                             trigger="library")
        finally:
            self._release(mailboxes, live)

    def _mailboxes(self, live: bool) -> Any:
        if live:
            if not self.app.live_enabled:
                raise SettingsError("Office 365 mailbox settings are disabled, so no live remediation runs",
                                    advice="save them with wb.save_settings(..., enable=True)")
            from marlib.tenant.graph import mailboxes_from_settings
            return mailboxes_from_settings(self.store)
        if self.app.tenant_file is None:
            return None
        from marlib.tenant.simulated import SimulatedMailboxes
        # with its session: a state another process saves later does not replace what this run changed
        session, model = self.app.simulated_session()
        return SimulatedMailboxes(model, session=session)

    def restore(self, sha256: str, *, live: bool = False) -> RunResult:
        """Undo the moves (to Junk / Deleted Items) made for ``sha256`` once its verdict flipped
        back to clean; deleted copies are reported as not moved. Simulated unless ``live``."""
        from marlib.remediation.run import restore
        mailboxes = self._mailboxes(live)
        if mailboxes is None:
            raise SettingsError("No simulated tenant is configured",
                                advice="load the sample (marlib.open(..., sample=True)) or pass live=True")
        try:
            return restore(self.store, mailboxes, _sha(sha256), trigger="library")
        finally:
            self._release(mailboxes, live)

    def _release(self, mailboxes: Any, live: bool) -> None:
        """Close a Graph backend's HTTP session (the simulated tenant is kept) and drop cached reports."""
        close = getattr(mailboxes, "close", None)
        if live and callable(close):
            close()
        self.app.invalidate()

    # -- reports ------------------------------------------------------------------------
    def report(self, by: str | None = None, *, mode: str | None = "live", start: dt.datetime | None = None,
               end: dt.datetime | None = None, status: str | None = None,
               tenant: str | None = None) -> pd.DataFrame:
        """The Mailbox Auto Remediation report for ``mode`` (live; simulated: real runs on the simulated
        tenant; whatif: what-if simulations; dry-run; None: all), each copy by its latest outcome.

        ``by`` None: one row of totals (succeeded, failed, skipped, planned, total, restored,
        restore_failed, recipients, files); else the report grouped by ``recipient``, ``mailbox``,
        ``sha256``, ``action``, ``reason``, ``status``, ``mode`` or ``tenant`` with those counts per group
        (per group and mode when ``mode`` is None), most failures first. Restores (copies moved back) are
        counted apart, never as remediated. ``tenant``: live runs on the current tenant (default), ``"all"``,
        or a tenant key (``<tenant GUID>@<Graph host>``)."""
        if by is None:
            return pd.DataFrame([reports.mar_summary(self.store, mode=mode, start=start, end=end, tenant=tenant)])
        return reports.mar_by(self.store, by, mode=mode, start=start, end=end, status=status, tenant=tenant)

    def failed_recipients(self, *, mode: str | None = "live", start: dt.datetime | None = None,
                          end: dt.datetime | None = None, tenant: str | None = None) -> pd.DataFrame:
        """Recipients for whom remediation was unsuccessful: one row per copy whose latest outcome
        failed, with its reason and detail, newest first (``mode`` and ``tenant`` as :meth:`report`)."""
        return reports.failed_recipients(self.store, mode=mode, start=start, end=end, tenant=tenant)

    def runs(self, *, mode: str | None = None) -> pd.DataFrame:
        """Remediation runs (live, simulated, dry-run), newest first, with their counts."""
        return reports.remediation_runs(self.store, mode=mode)

    def alerts(self, *, open_only: bool = False) -> pd.DataFrame:
        """Alerts raised by remediation (connectivity to Exchange), newest first."""
        return reports.alerts(self.store, open_only=open_only)

    def query(self, name: str, *args: Any, **kwargs: Any) -> Any:
        """Any report of :mod:`marlib.reports` by name, e.g. ``wb.query("rejects")``."""
        return reports.report_function(name)(self.store, *args, **kwargs)

    # -- export -------------------------------------------------------------------------
    def export(self, df: pd.DataFrame, path: PathLike, *, sheet: str = "report") -> Path:
        """Write ``df`` to ``path`` by its extension: .csv and .xlsx (cells a spreadsheet would
        run as formulas are neutralised), .parquet or .json (records). Returns the path."""
        target = Path(path)
        suffix = target.suffix.lower()
        if suffix not in EXPORT_FORMATS:
            raise InputError(f"Cannot export to {target.name}: unknown format",
                             advice="use a file name ending in " + ", ".join(EXPORT_FORMATS))
        target.parent.mkdir(parents=True, exist_ok=True)
        if suffix == ".csv":
            target.write_bytes(_export.to_csv_bytes(df))
        elif suffix == ".xlsx":
            target.write_bytes(_export.to_xlsx_bytes(df, sheet))
        elif suffix == ".parquet":
            df.to_parquet(target, index=False)
        else:
            df.to_json(target, orient="records", date_format="iso", indent=1)
        return target

    # -- Office 365 connection ------------------------------------------------------------
    def save_settings(self, *, client_id: str, tenant_id: str, thumbprint: str, key: PathLike | bytes,
                      passphrase: str | bytes | None = None, domains: list[str] | str | None = None,
                      authority: str | None = None, graph_url: str | None = None,
                      ca_file: PathLike | None = None, enable: bool = True,
                      proxy: str | None = None, proxy_password: str | None = None,
                      certificate: PathLike | bytes | None = None) -> MailboxSettings:
        """Save the Office 365 mailbox settings (app registration: client ID, tenant ID, certificate
        thumbprint as hex or base64, private key PEM file or bytes). ``authority``/``graph_url``
        default to Microsoft's; point them (and ``ca_file``) at the emulator to test. ``enable``
        allows live remediation (the seed's "Enable Office 365 Mailbox Settings"). ``proxy``
        (``http://[user:password@]host:port``) sends Entra and Graph traffic through an HTTP(S)
        proxy; its password (in the URL, or ``proxy_password`` with ``http://user@host:port``) is kept apart
        from the database and shown as ``****``.

        Checked and stored as by ``settings set`` and the Mailbox Settings page (``SettingsError`` with what
        to do, nothing stored): the IDs' shapes, https URLs, the proxy, the CA file, and the thumbprint and
        key against ``certificate`` (the app registration's .crt/.cer, path or bytes; by default the one
        beside a key file, as ``cert new`` writes them). An option left out (None) keeps its stored value,
        ``""`` gives its default; the domains, URLs and CA file of another tenant are not kept
        (``marlib.settings_update``)."""
        from marlib.settings import certificate_beside
        from marlib.settings_update import update_settings
        key = key if isinstance(key, bytes) else Path(key)
        update = update_settings(self.store, client_id=client_id, tenant_id=tenant_id, thumbprint=thumbprint,
                                 key=key, passphrase=passphrase, domains=domains, authority=authority,
                                 graph_url=graph_url, ca_file=ca_file, proxy=proxy, proxy_password=proxy_password,
                                 certificate=certificate if certificate is not None else certificate_beside(key))
        self.app.set_live_enabled(enable)
        return update.settings

    def settings(self) -> MailboxSettings:
        """The saved mailbox settings (no secret in them); SettingsError when none are saved."""
        from marlib.settings import load_settings
        return load_settings(self.store)

    def check_connection(self, email: str) -> CheckResult:
        """Check Connection: get a token and reach ``email``'s mailbox. Never raises for a
        connection problem: ``ok`` is False and ``message`` / ``advice`` follow the seed's
        troubleshooting table."""
        from marlib.connection import check_connection
        return check_connection(self.store, email)

    @property
    def tenant_file(self) -> Path | None:
        """The simulated tenant's JSON file (emulator format), e.g. the sample's ``tenant.json``."""
        return self.app.tenant_file

    @property
    def tenant(self) -> str:
        """Where ``remediate()`` acts without ``live``: ``simulated`` or ``dry-run``; and with
        ``live=True``: ``emulator`` or ``microsoft`` (from the settings), shown as ``a | b``."""
        offline = TenantKind.SIMULATED.value if self.app.tenant_file is not None else "dry-run"
        try:
            from marlib.tenant.graph import tenant_kind
            online = tenant_kind(self.settings().authority)
        except SettingsError:
            online = "not configured"
        return f"{offline} | live: {online}"


def _quiet(done: int, total: int | None, message: str) -> None:
    """Progress callback that reports nothing."""


def _hypothetical_change(con: Any, sha: str) -> pd.DataFrame:
    """A change row for a hash with no recorded verdict change, so impact() can follow it."""
    rows = con.execute("SELECT verdict, threat_name, event_time FROM verdict_events WHERE lower(sha256) = ? "
                       "ORDER BY event_time DESC NULLS LAST LIMIT 1", [sha]).fetchall()
    verdict, threat, when = rows[0] if rows else ("UNKNOWN", None, None)
    return pd.DataFrame({"event_key": [f"impact:{sha}"], "sha256": [sha], "verdict": [verdict],
                         "event_time": [when], "threat_name": [threat], "previous_verdict": [None]})


def _received_rows(imp: pd.DataFrame) -> pd.DataFrame:
    msgs = imp.drop_duplicates("mid")
    detail = ("from " + msgs["sender"].fillna("?").astype(str) + ": " + msgs["subject"].fillna("").astype(str)
              + " [" + msgs["policy"].fillna("no policy").astype(str) + "]")
    return pd.DataFrame({"time": msgs["received_at"], "stage": "received", "detail": detail,
                         "mid": msgs["mid"], "recipient": None, "status": None})


def _delivery_rows(imp: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({"time": imp["delivered_at"].fillna(imp["received_at"]),
                         "stage": imp["rcpt_status"].fillna("unknown").astype(str),
                         "detail": imp["filename"], "mid": imp["mid"], "recipient": imp["recipient"],
                         "status": imp["rcpt_status"]})
