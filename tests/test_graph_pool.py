"""The Graph session keeps a connection for every engine thread: more threads than the pool held made
urllib3 throw connections away, each with "Connection pool is full, discarding connection" (about 60 such
warnings in one watch step that expanded a distribution list)."""
from __future__ import annotations

import logging

import pytest
from remediation_fixtures import World, live_tenant, mailbox_messages, sha

from marlib.graph.session import make_session
from marlib.remediation.engine import EngineOptions
from marlib.remediation.policies import set_policy
from marlib.remediation.run import remediate
from marlib.store import Store
from marlib.tenant.graph import mailboxes_from_settings

H = sha("pool")
USERS = [f"user{i:02d}@corp.example" for i in range(12)]


@pytest.mark.slow
def test_a_run_with_more_workers_than_the_pool_discards_no_connection(tmp_path, caplog):
    store = Store(tmp_path / "m.duckdb")
    w = World()
    w.users(*USERS)
    w.tenant.add_group("all-staff@corp.example", USERS)   # expanded by the engine's threads, as in the report
    w.message(["all-staff@corp.example"], files={"a.exe": H}, message_id="<pool@x>", deliver=False)
    for user in USERS:
        w.tenant.add_message(user, "<pool@x>")
    w.verdict(H, "MALICIOUS")
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="delete")
    caplog.set_level(logging.WARNING, logger="urllib3.connectionpool")
    with live_tenant(store, w, latency_ms=100) as emu:   # slow answers: the threads' requests overlap
        mailboxes = mailboxes_from_settings(store, pool_maxsize=2)
        try:
            result = remediate(store, mailboxes, pending=True, options=EngineOptions(max_workers=len(USERS)))
        finally:
            mailboxes.close()
        state = emu.state()
    assert result.counts["succeeded"] == len(USERS)
    assert all([m["folder"] for m in mailbox_messages(state, u)] == ["recoverableitemspurges"] for u in USERS)
    full = [r.getMessage() for r in caplog.records if "Connection pool is full" in r.getMessage()]
    assert full == []


def test_the_pool_grows_to_the_concurrency_and_never_shrinks():
    s = make_session(pool_maxsize=4)
    try:
        adapter = s.get_adapter("https://graph.microsoft.com")
        s.ensure_pool(2)
        assert s.get_adapter("https://graph.microsoft.com") is adapter and s.pool_maxsize == 4
        s.ensure_pool(16)
        grown = s.get_adapter("https://graph.microsoft.com")
        assert grown is not adapter and s.pool_maxsize == 16
        assert grown is s.get_adapter("http://127.0.0.1") and grown.max_retries.total == 0
    finally:
        s.close()
