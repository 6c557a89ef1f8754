"""The plan: one row per affected copy (Message-ID x recipient), acted on or skipped with a reason.

``plan()`` is pure: it reads the store (messages, recipients, attachments,
verdict events, policies, the journal for "already remediated") and returns a
DataFrame; it never calls a mailbox. The engine expands groups (Mailboxes.resolve)
and executes the rows whose status is ``planned``. The what-if simulator runs the
same function, so it is vectorised DuckDB SQL end to end.

Order of skip reasons for one copy: MID used by two messages, outbound, not delivered, no policy, MAR off,
then not in the Office 365 domains (a failure, after the seed), then already
remediated. Several hashes or MIDs leading to the same (Message-ID, recipient)
give one row: the acted-on one wins, ``sha256s`` lists every hash.
"""
from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable

import duckdb
import pandas as pd

from marlib.errors import MarlibError
from marlib.remediation.impact import RETRYABLE_REASONS, impact, real_runs_sql
from marlib.store import Store, named_params

log = logging.getLogger(__name__)

PLAN_COLUMNS = ["change_key", "sha256", "sha256s", "filename", "verdict", "threat_name", "mid",
                "message_id", "recipient", "policy", "direction", "action", "forward_to",
                "status", "reason", "detail"]

_PLAN_SQL = """
WITH imp AS (SELECT * FROM {imp}),
pol AS (SELECT name, mar_enabled, action, forward_to FROM {pol}),
dom AS (SELECT lower(d) AS domain FROM (SELECT unnest($domains::VARCHAR[]) AS d)),
done AS (
    SELECT message_id, mailbox FROM (
        SELECT message_id, mailbox, status, action,
               row_number() OVER (PARTITION BY message_id, mailbox ORDER BY updated_at DESC) AS rn
        FROM remediation_actions
        WHERE mode = $done_mode AND status IN ('succeeded', 'planned') AND message_id IS NOT NULL
          AND {real_runs})
    WHERE rn = 1 AND action <> 'restore'
),
-- a recipient whose every mailbox is done (an alias journaled under its user's primary address, a list under
-- its members'): for a plan no backend resolves (a dry run, a preview), where the run resolves and skips them
done_rcpt AS (
    SELECT a.message_id, a.recipient FROM (
        SELECT DISTINCT message_id, recipient, mailbox FROM remediation_actions
        WHERE $done_by_recipient AND mode = $done_mode AND message_id IS NOT NULL AND recipient <> mailbox
          AND {real_runs}) a
    LEFT JOIN done d ON d.message_id = a.message_id AND d.mailbox = a.mailbox
    GROUP BY a.message_id, a.recipient
    HAVING bool_and(d.mailbox IS NOT NULL)
),
-- retry runs (--pending): a copy whose latest outcome for the same change failed for a reason a
-- retry cannot help (not a user, message gone, ...) is not tried again
final AS (
    SELECT message_id, mailbox, change_key FROM remediation_actions
    WHERE $retry_only AND mode = $done_mode AND message_id IS NOT NULL AND action <> 'restore' AND {real_runs}
    QUALIFY row_number() OVER (PARTITION BY message_id, mailbox ORDER BY updated_at DESC) = 1
        AND status = 'failed' AND NOT list_contains($retryable, reason)
),
-- a MID used by two messages, and its split / rewritten / generated children (they took its Message-ID
-- and attachments): recipients and Message-IDs cannot be trusted
-- (down from the few flagged MIDs: three generations, as deep as inheritance goes)
flag0 AS (SELECT mid FROM messages WHERE mid_conflict),
flag1 AS (SELECT mid FROM messages WHERE parent_mid IN (SELECT mid FROM flag0)),
flag2 AS (SELECT mid FROM messages WHERE parent_mid IN (SELECT mid FROM flag1)),
flag3 AS (SELECT mid FROM messages WHERE parent_mid IN (SELECT mid FROM flag2)),
conflicted AS (SELECT DISTINCT mid, true AS mid_conflict FROM (
    SELECT mid FROM flag0 UNION ALL SELECT mid FROM flag1 UNION ALL SELECT mid FROM flag2
    UNION ALL SELECT mid FROM flag3)),
classified AS (
    SELECT imp.*, p.action AS p_action, p.forward_to AS p_forward_to,
        CASE
            WHEN coalesce(mc.mid_conflict, false) THEN 'mid_conflict'
            WHEN imp.direction <> 'inbound' THEN 'outbound'
            WHEN coalesce(imp.rcpt_status, '') <> 'delivered' THEN 'not_delivered'
            WHEN imp.policy IS NULL THEN 'no_policy'
            WHEN NOT coalesce(p.mar_enabled, false) THEN 'policy_mar_off'
            WHEN $check_domains AND NOT EXISTS (
                SELECT 1 FROM dom WHERE split_part(imp.recipient, '@', 2) = dom.domain
                    OR ends_with(split_part(imp.recipient, '@', 2), '.' || dom.domain)) THEN 'not_in_domain'
            WHEN done.mailbox IS NOT NULL OR dr.recipient IS NOT NULL THEN 'already_remediated'
            ELSE 'ok'
        END AS reason
    FROM imp
    LEFT JOIN conflicted mc ON mc.mid = imp.mid
    LEFT JOIN pol p ON p.name = imp.policy
    LEFT JOIN done ON done.message_id = imp.message_id AND done.mailbox = imp.recipient
    LEFT JOIN done_rcpt dr ON dr.message_id = imp.message_id AND dr.recipient = imp.recipient
    WHERE NOT EXISTS (SELECT 1 FROM final f WHERE f.message_id = imp.message_id
                      AND f.mailbox = imp.recipient AND f.change_key = imp.change_key)
),
keyed AS (
    SELECT *, coalesce(message_id, 'mid:' || mid::VARCHAR) AS copy_key,
        CASE reason WHEN 'ok' THEN 0 WHEN 'already_remediated' THEN 1 WHEN 'not_in_domain' THEN 2
                    WHEN 'policy_mar_off' THEN 3 WHEN 'no_policy' THEN 4 WHEN 'not_delivered' THEN 5
                    ELSE 6 END AS reason_rank
    FROM classified
),
hashes AS (
    SELECT copy_key, recipient,
           array_to_string(list_sort(list_distinct(list(sha256))), ',') AS sha256s,
           array_to_string(list_sort(list_distinct(list(filename))), ', ') AS filenames
    FROM keyed GROUP BY copy_key, recipient
),
best AS (
    SELECT * FROM keyed
    QUALIFY row_number() OVER (PARTITION BY copy_key, recipient
                               ORDER BY reason_rank, change_time NULLS LAST, change_key, mid) = 1
)
SELECT b.change_key, b.sha256, h.sha256s, h.filenames AS filename, b.verdict, b.threat_name, b.mid,
       b.message_id, b.recipient, b.policy, b.direction,
       coalesce(b.p_action, 'none') AS action,
       b.p_forward_to AS forward_to,
       CASE b.reason WHEN 'ok' THEN 'planned' WHEN 'not_in_domain' THEN 'failed' ELSE 'skipped' END AS status,
       b.reason,
       CASE WHEN b.message_id IS NULL AND b.reason = 'ok' THEN 'no Message-ID in the logs' END AS detail
FROM best b JOIN hashes h USING (copy_key, recipient)
ORDER BY b.recipient, b.message_id, b.mid
"""


def plan(con: duckdb.DuckDBPyConnection, changes: pd.DataFrame, *,
         domains: Iterable[str] | None = None, policies: pd.DataFrame | None = None,
         done_mode: str = "live", retry_only: bool = False, tenant: str | None = None,
         done_by_recipient: bool = False) -> pd.DataFrame:
    """The remediation plan for ``changes`` (see impact.find_verdict_changes), one row per copy.

    ``domains``: the Office 365 domains (None: no domain check). ``policies``: a
    DataFrame (name, mar_enabled, action, forward_to) overriding the policies table
    (what-if). ``done_mode``: copies already remediated by real runs of this journal
    mode (``live`` or ``simulated``; never ``dry-run``, whose plans are not actions, and
    never what-if runs) are skipped as already_remediated; ``tenant``: only runs on that tenant (or on none
    recorded) count (see impact.real_runs_sql). ``retry_only`` (``--pending``):
    a copy whose latest outcome for the same change failed for a reason outside
    ``RETRYABLE_REASONS`` is left out (it was tried and a retry cannot help). ``done_by_recipient`` (a plan
    no backend resolves: a dry run, a preview): a recipient is also already remediated when every mailbox a
    run reached through it (an alias's user, a list's members) is, as the run then finds after resolving.
    """
    if done_mode == "dry-run":
        raise ValueError("done_mode is the journal mode of real runs (live or simulated), not dry-run")
    imp = impact(con, changes)
    if len(imp) == 0:
        return pd.DataFrame(columns=PLAN_COLUMNS)
    suffix = uuid.uuid4().hex
    names = {"imp": f"_imp_{suffix}", "pol": "policies"}
    con.register(names["imp"], imp)
    if policies is not None:
        names["pol"] = f"_pol_{suffix}"
        con.register(names["pol"], policies)
    try:
        dom = sorted({d.strip().lower().lstrip("@") for d in domains or () if d and d.strip()})
        check = domains is not None
        real_runs, real_params = real_runs_sql(tenant)
        params = named_params({"domains": dom, "done_mode": done_mode, "retry_only": retry_only,
                               "retryable": list(RETRYABLE_REASONS), "check_domains": check,
                               "done_by_recipient": done_by_recipient}, real_params)
        df = con.execute(_PLAN_SQL.format(real_runs=real_runs, **names), params).df()
    finally:
        con.unregister(names["imp"])
        if policies is not None:
            con.unregister(names["pol"])
    return _explain(df[PLAN_COLUMNS])


def _explain(df: pd.DataFrame) -> pd.DataFrame:
    """Give every skipped or failed row the seed's wording of its reason as detail."""
    from marlib.models import REASON_TEXT, Reason
    text = {r.value: t for r, t in REASON_TEXT.items() if r is not Reason.OK}
    missing = df["detail"].isna() & (df["status"] != "planned")
    df.loc[missing, "detail"] = df.loc[missing, "reason"].map(text)
    return df


def inbound_domains(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Recipient domains of inbound mail: the fallback when no Office 365 domain is configured."""
    rows = con.execute("""
        SELECT DISTINCT split_part(lower(r.address), '@', 2) FROM recipients r
        JOIN messages m ON m.mid = r.mid
        WHERE coalesce(m.direction, 'inbound') = 'inbound' AND r.address LIKE '%@%'""").fetchall()
    return sorted(r[0] for r in rows if r[0])


def o365_domains(store: Store) -> list[str] | None:
    """The Office 365 domains of the mailbox settings, else None (no domain check).

    With no domain configured the recipient domains of inbound mail count as the
    tenant's, which for inbound copies means every copy passes the check.
    """
    try:
        from marlib.settings import load_settings
        domains = list(load_settings(store).domains)
    except ImportError:
        return None
    except MarlibError as exc:  # settings missing or unreadable: no configured domains
        log.debug("no Office 365 domains configured: %s", exc)
        return None
    return domains or None


def done_copies(con: duckdb.DuckDBPyConnection, pairs: pd.DataFrame, mode: str,
                tenant: str | None = None) -> set[tuple[str, str]]:
    """(message_id, mailbox) pairs of ``pairs`` already remediated by a succeeded or running action."""
    if len(pairs) == 0:
        return set()
    name = f"_pairs_{uuid.uuid4().hex}"
    con.register(name, pairs[["message_id", "mailbox"]])
    real_runs, real_params = real_runs_sql(tenant)
    try:
        rows = con.execute(f"""
            SELECT p.message_id, p.mailbox FROM {name} p
            JOIN (SELECT message_id, mailbox, action FROM remediation_actions
                  WHERE mode = $mode AND status IN ('succeeded', 'planned') AND {real_runs}
                  QUALIFY row_number() OVER (PARTITION BY message_id, mailbox
                                             ORDER BY updated_at DESC) = 1) a
              ON a.message_id = p.message_id AND a.mailbox = p.mailbox
            WHERE a.action <> 'restore'""", named_params({"mode": mode}, real_params)).fetchall()
    finally:
        con.unregister(name)
    return {(r[0], r[1]) for r in rows}


def done_direct_copies(con: duckdb.DuckDBPyConnection, planned: pd.DataFrame, mode: str,
                       tenant: str | None = None) -> set[tuple[str, str]]:
    """(message_id, mailbox) of copies already remediated (as :func:`done_copies`) that were delivered to that
    address directly (mailbox = recipient: the address as the logs give it, an alias maybe), for the messages of
    ``planned`` (message_id, mailbox) under another mailbox than planned for that message."""
    if len(planned) == 0:
        return set()
    name = f"_planned_{uuid.uuid4().hex}"
    con.register(name, planned[["message_id", "mailbox"]])
    real_runs, real_params = real_runs_sql(tenant)
    try:
        rows = con.execute(f"""
            SELECT message_id, mailbox FROM (
                SELECT message_id, mailbox, recipient, action FROM remediation_actions
                WHERE mode = $mode AND status IN ('succeeded', 'planned') AND {real_runs}
                  AND message_id IN (SELECT message_id FROM {name})
                QUALIFY row_number() OVER (PARTITION BY message_id, mailbox ORDER BY updated_at DESC) = 1) a
            WHERE a.action <> 'restore' AND lower(a.mailbox) = lower(a.recipient)
              AND NOT EXISTS (SELECT 1 FROM {name} p WHERE p.message_id = a.message_id AND p.mailbox = a.mailbox)
            """, named_params({"mode": mode}, real_params)).fetchall()
    finally:
        con.unregister(name)
    return {(r[0], str(r[1]).lower()) for r in rows}


def final_failures(con: duckdb.DuckDBPyConnection, rows: pd.DataFrame, mode: str,
                   tenant: str | None = None) -> set[tuple[str, str]]:
    """(message_id, mailbox) of ``rows`` whose latest real outcome, for the same change_key,
    failed for a reason outside RETRYABLE_REASONS: a ``--pending`` retry leaves them alone."""
    if len(rows) == 0:
        return set()
    name = f"_rows_{uuid.uuid4().hex}"
    con.register(name, rows[["message_id", "mailbox", "change_key"]])
    real_runs, real_params = real_runs_sql(tenant)
    try:
        found = con.execute(f"""
            SELECT r.message_id, r.mailbox FROM {name} r
            JOIN (SELECT message_id, mailbox, change_key, status, reason FROM remediation_actions
                  WHERE mode = $mode AND action <> 'restore' AND {real_runs}
                  QUALIFY row_number() OVER (PARTITION BY message_id, mailbox
                                             ORDER BY updated_at DESC) = 1) a
              ON a.message_id = r.message_id AND a.mailbox = r.mailbox AND a.change_key = r.change_key
            WHERE a.status = 'failed' AND NOT list_contains($retryable, a.reason)""",
                            named_params({"mode": mode, "retryable": list(RETRYABLE_REASONS)}, real_params)
                            ).fetchall()
    finally:
        con.unregister(name)
    return {(r[0], r[1]) for r in found}


def expand(plan_df: pd.DataFrame, principals: dict[str, object]) -> pd.DataFrame:
    """Turn per-recipient plan rows into per-mailbox actions (pure, vectorised).

    ``principals`` maps each planned recipient to a models.Principal or to the
    MailboxError/ConnectivityError its resolve raised. Users with a mailbox act
    on their own mailbox; groups and distribution lists become one action per
    transitive member; an address that is neither (or a user without an
    Exchange Online mailbox) fails as not_o365_user. One action per
    (Message-ID, mailbox): the acted-on row wins when a member also got a copy
    directly.
    """
    df = plan_df.copy()
    df["mailbox"] = df["recipient"]
    planned = df["status"] == "planned"
    if not planned.any() or not principals:
        return _dedupe(df)
    mapping = pd.DataFrame(_mailbox_rows(principals),
                           columns=["recipient", "mailbox", "m_status", "m_reason", "m_detail"])
    acted = df[planned].drop(columns="mailbox").merge(mapping, on="recipient", how="left")
    acted["mailbox"] = acted["mailbox"].fillna(acted["recipient"])
    override = acted["m_status"].notna()
    for col in ("status", "reason", "detail"):
        acted.loc[override, col] = acted.loc[override, f"m_{col}"]
    member = ~override & acted["m_detail"].notna()
    acted.loc[member, "detail"] = acted.loc[member, "m_detail"]
    acted = acted.drop(columns=["m_status", "m_reason", "m_detail"])
    return _dedupe(pd.concat([acted, df[~planned]], ignore_index=True))


def _mailbox_rows(principals: dict[str, object]) -> list[tuple]:
    from marlib.errors import AuthError, ConnectivityError, MailboxError, MarlibError
    from marlib.models import Principal, Reason
    rows: list[tuple] = []
    for address, p in principals.items():
        if isinstance(p, MailboxError):
            rows.append((address, address, "failed", str(p.reason), p.message))
        elif isinstance(p, ConnectivityError):
            rows.append((address, address, "failed", Reason.CONNECTIVITY.value, p.message))
        elif isinstance(p, AuthError):
            rows.append((address, address, "failed", Reason.AUTH_FAILED.value, p.message))
        elif isinstance(p, MarlibError):
            rows.append((address, address, "failed", Reason.ERROR.value, p.message))
        elif not isinstance(p, Principal) or p.kind == "none":
            rows.append((address, address, "failed", Reason.NOT_O365_USER.value,
                         f"{address} is neither a user nor a group of the tenant"))
        elif p.kind == "group":
            members = [m.lower() for m in p.members]
            if not members:
                rows.append((address, address, "failed", Reason.NOT_O365_USER.value,
                             f"the group {address} has no members"))
            rows.extend((address, m, None, None, f"member of the group {address}") for m in members)
        elif not p.has_mailbox:
            rows.append((address, address, "failed", Reason.NOT_O365_USER.value,
                         f"{address} has no Exchange Online mailbox"))
        else:
            rows.append((address, (p.address or address).lower(), None, None, None))
    return rows


def _dedupe(df: pd.DataFrame) -> pd.DataFrame:
    """One row per (Message-ID, mailbox), the planned one first."""
    rank = df["status"].map({"planned": 0, "failed": 1, "skipped": 2}).fillna(3)
    key = df["message_id"].where(df["message_id"].notna(), "mid:" + df["mid"].astype(str))
    out = df.assign(_rank=rank, _key=key).sort_values(["_rank", "mailbox"], kind="stable")
    out = out.drop_duplicates(["_key", "mailbox"]).drop(columns=["_rank", "_key"])
    return out.sort_values(["mailbox", "message_id"], kind="stable").reset_index(drop=True)
