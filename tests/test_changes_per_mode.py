"""A verdict change handled on the simulated tenant (or by a dry run) is still pending for the real
tenant: switching from the demo to Graph must not leave real mailboxes untouched."""
from __future__ import annotations

from remediation_fixtures import World, sha

from marlib.remediation.impact import verdict_changes
from marlib.remediation.journal import DuckJournal
from marlib.remediation.policies import set_policy
from marlib.remediation.run import remediate
from marlib.store import Store
from marlib.tenant.simulated import SimulatedMailboxes

H = sha("per-mode")


def _states(store: Store, mode: str) -> list[str]:
    with store.connect() as con:
        return list(verdict_changes(con, mode=mode)["state"])


def test_handled_on_the_simulated_tenant_is_still_pending_for_live(tmp_path):
    store = Store(tmp_path / "m.duckdb")
    w = World()
    w.users("soc@corp.example", "alice@corp.example")
    w.message(["alice@corp.example"], files={"a.exe": H}, message_id="<pm@x>")
    w.verdict(H, "MALICIOUS")
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="delete")

    remediate(store, None, pending=True, dry_run=True)
    assert _states(store, "live") == ["pending"]            # a dry run handles nothing

    sim = remediate(store, SimulatedMailboxes(w.tenant.copy()), pending=True,
                    journal=DuckJournal(store, "simulated"))
    assert sim.counts["succeeded"] == 1
    assert _states(store, "simulated") == ["handled"]
    assert _states(store, "live") == ["pending"]            # the real tenant has not been touched

    # what `remediate --pending` plans for the real tenant (done_mode live): the copy, not a skip
    plan = remediate(store, None, pending=True, dry_run=True)
    assert plan.counts["planned"] == 1 and "already_remediated" not in set(plan.outcomes["reason"])
