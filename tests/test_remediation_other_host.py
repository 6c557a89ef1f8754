"""A run killed on a machine whose name has changed since (a container made anew, a pod restarted, a VM restored
or renamed): its process cannot be asked, so it counted as running forever, was never resumed, and its copies
stayed in the mailboxes while `remediate --pending` said nothing was pending. It now counts as running only while
it writes to the journal."""
from __future__ import annotations

from datetime import timedelta

import pytest
from test_remediation_engine import COPIES, ONE, Killed, KillingMailboxes, _check_exactly_once, _setup

from marlib.remediation.journal import OTHER_HOST_QUIET_S, DuckJournal, utcnow
from marlib.remediation.run import remediate, runs
from marlib.tenant.simulated import SimulatedMailboxes


def _killed_on(store, w, host: str, quiet_s: float) -> None:
    """A run killed after some copies, recorded by a process of ``host`` whose last journal write was ``quiet_s``
    ago."""
    with pytest.raises(Killed):
        remediate(store, KillingMailboxes(SimulatedMailboxes(w.tenant), kill_at=9), pending=True,
                  journal=DuckJournal(store, "simulated"), options=ONE)
    then = utcnow() - timedelta(seconds=quiet_s)
    with store.connect() as con:
        con.execute("UPDATE remediation_runs SET owner = ?, started_at = ? WHERE status = 'running'",
                    [f"{host}:4242:123456", then - timedelta(seconds=60)])
        con.execute("UPDATE remediation_actions SET updated_at = ?, created_at = ?", [then, then])


def test_a_run_of_a_machine_gone_quiet_is_interrupted_and_resumed(tmp_path):
    store, w = _setup(tmp_path)
    _killed_on(store, w, "old-pod-7f9c", OTHER_HOST_QUIET_S + 60)
    assert list(runs(store)["state"]) == ["interrupted"]
    done = remediate(store, SimulatedMailboxes(w.tenant), pending=True, journal=DuckJournal(store, "simulated"))
    assert len(done.resumed) == 1 and set(done.resumed[0].outcomes["status"]) == {"succeeded"}
    assert list(runs(store)["state"]) == ["finished"]
    _check_exactly_once(w.tenant, COPIES)


def test_a_run_another_machine_writes_to_is_left_to_it(tmp_path):
    store, w = _setup(tmp_path)
    _killed_on(store, w, "other-host", 60)
    assert list(runs(store)["state"]) == ["running"]
    busy = remediate(store, SimulatedMailboxes(w.tenant), pending=True, journal=DuckJournal(store, "simulated"))
    assert busy.resumed == []
