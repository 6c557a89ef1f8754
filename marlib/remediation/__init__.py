"""Mailbox Auto Remediation: policies, impact, plan, engine (execute/resume), journal, logs, alerts, watch.

Library use::

    from marlib.remediation import remediate, plan, find_verdict_changes
    result = remediate(store, mailboxes, pending=True)      # RunResult: run_id, mode, outcomes, counts
    with store.connect() as con:                             # what-if: the same pure planning code
        df = plan(con, find_verdict_changes(con, pending=True), domains=[...])
"""
from __future__ import annotations

from marlib.remediation.engine import Engine, EngineOptions
from marlib.remediation.impact import find_verdict_changes, impact
from marlib.remediation.journal import DuckJournal, Journal, MemoryJournal, RunRecord
from marlib.remediation.plan import expand, plan
from marlib.remediation.policies import Policy, list_policies, set_policy
from marlib.remediation.run import RunResult, execute_plan, remediate, restore, resume_interrupted

__all__ = ["DuckJournal", "Engine", "EngineOptions", "Journal", "MemoryJournal", "Policy", "RunRecord",
           "RunResult", "execute_plan", "expand", "find_verdict_changes", "impact", "list_policies", "plan",
           "remediate", "restore", "resume_interrupted", "set_policy"]
