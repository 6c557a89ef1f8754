"""A journal write interrupted as the process ends (the workbench's exit hook, ``Store.interrupt``, stops the
DuckDB query of a remediation job that is still running): the copy it was for is left as journaled, for the
next run to resume, instead of being failed for good ("error", which `remediate --pending` and watch never
try again) half done: forwarded, and the malicious copy still in the mailbox."""
from __future__ import annotations

import duckdb

from remediation_fixtures import World, sha

from marlib.remediation.journal import DuckJournal
from marlib.remediation.policies import set_policy
from marlib.remediation.run import remediate
from marlib.store import Store
from marlib.tenant.simulated import SimulatedMailboxes

H = sha("interrupted-journal")
SOC = "soc@corp.example"
MID = "<interrupted@x>"
BOX = "user@corp.example"


class InterruptedOnce(DuckJournal):
    """The journal as ``Store.interrupt`` leaves it: the first write of step ``at`` is interrupted in DuckDB."""

    def __init__(self, store: Store, mode: str, at: str) -> None:
        super().__init__(store, mode)
        self.at, self.fired = at, False

    def _commit(self, con, records) -> None:
        if not self.fired and any(r["step"] == self.at for r in records):
            self.fired = True
            raise duckdb.InterruptException("INTERRUPT Error: Interrupted!")
        super()._commit(con, records)


def test_a_journal_write_interrupted_mid_copy_leaves_it_for_the_next_run_which_finishes_it_once(tmp_path):
    store = Store(tmp_path / "m.duckdb")
    w = World()
    w.users(SOC, BOX)
    w.message([BOX], files={"a.exe": H}, message_id=MID)
    w.verdict(H, "MALICIOUS")
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="forward-delete", forward_to=SOC)
    sim = SimulatedMailboxes(w.tenant)

    first = remediate(store, sim, pending=True, journal=InterruptedOnce(store, "simulated", at="delete"))
    assert first.run_id is not None
    row = store.query_df("SELECT step, status, reason FROM remediation_actions").iloc[0]
    assert (row["step"], row["status"]) == ("sent", "planned"), dict(row)   # not failed for good

    again = remediate(store, sim, pending=True, journal=DuckJournal(store, "simulated"))
    assert [r.run_id for r in again.resumed] == [first.run_id]
    assert again.resumed[0].counts["succeeded"] == 1
    forwards = [m for m in w.tenant.messages(BOX) if m.forward_of == MID]
    assert [(m.folder, m.is_draft) for m in forwards] == [("sentitems", False)]   # forwarded once
    assert [m.folder for m in w.tenant.messages(BOX) if m.forward_of is None] == ["recoverableitemspurges"]
