"""The what-if simulation and a live run against the HTTPS emulator (real MSAL, real Graph client)
loaded with the same tenant give identical outcome records."""
from __future__ import annotations

import pandas as pd

from marlib.emulator.testing import new_certificate, start_emulator
from marlib.remediation.run import remediate
from marlib.settings import save_settings
from marlib.store import Store
from marlib.tenant.graph import mailboxes_from_settings
from marlib.whatif import prepare, simulate
from marlib.whatif_synth import generate

CLIENT_ID = "a1b2c3d4-0000-4000-8000-0000000000f7"
ROLES = ["Mail.ReadWrite", "Mail.Send", "User.Read.All", "GroupMember.Read.All"]
KEY = ["mid", "recipient", "mailbox"]
OUTCOME = ["action", "status", "reason"]

SCENARIO = {
    "name": "live twin",
    "policies": {"base": "none",
                 "all": {"mar": True, "action": "forward-delete", "forward_to": "soc@corp.example"},
                 "set": {"Executives": {"mar": False}}},
    "tenant": {"domains": ["corp.example"], "deleted_share": 0.15, "deleted_items_share": 0.15,
               "moved_share": 0.1, "unlicensed_share": 0.08, "onprem_share": 0.05, "unknown_share": 0.05,
               "group_share": 0.12, "group_size": [2, 3]},
    "seed": 7,
}


def _records(outcomes: pd.DataFrame) -> list[tuple]:
    df = outcomes[KEY + OUTCOME].astype(object)
    df = df.where(df.notna(), None)
    return sorted(tuple(r) for r in df.itertuples(index=False))


def test_simulation_matches_a_live_run_against_the_emulator(tmp_path):
    store = Store(tmp_path / "m.duckdb")
    with store.connect() as con:
        generate(con, messages=1500, changes=3, per_hash=12, users=150, seed=5, outside=0.1)
    prep = prepare(store, SCENARIO)
    sim = simulate(store, SCENARIO, save=False)
    reasons = set(sim.outcomes["reason"])
    # the scenario exercises the seed's failure causes, skips and group expansion
    assert {"ok", "message_not_found", "not_o365_user", "not_in_domain", "policy_mar_off"} <= reasons
    assert (sim.outcomes["mailbox"] != sim.outcomes["recipient"]).any()

    key_pem, cert_pem, thumb = new_certificate()
    tenant = prep.tenant.model.to_dict()
    tenant["apps"] = [{"client_id": CLIENT_ID, "certificate": cert_pem.decode(), "roles": ROLES}]
    with start_emulator(tenant) as emu:
        save_settings(store, client_id=CLIENT_ID, tenant_id=tenant["tenant_id"], thumbprint=thumb,
                      key=key_pem, domains=["corp.example"], authority=emu.authority, graph_url=emu.graph_url,
                      ca_file=emu.ca_file)
        mailboxes = mailboxes_from_settings(store)
        try:
            live = remediate(store, mailboxes, sha256=sorted(set(prep.changes["sha256"])),
                             domains=["corp.example"], policies=prep.policies)
        finally:
            mailboxes.close()
        state = emu.state()
    assert live.mode == "live"
    assert _records(live.outcomes) == _records(sim.outcomes)
    # the emulator's tenant ended as the simulated one predicts: one forward per succeeded copy
    forwards = {(m["mailbox"].lower(), m["forward_of"]) for m in state["messages"]
                if m.get("forward_of") and m["folder"] == "sentitems"}
    done = live.outcomes[live.outcomes["status"] == "succeeded"]
    expected = set(zip(done["mailbox"], done["message_id"], strict=True))
    missing = expected - forwards
    assert not missing, [(m["mailbox"], m["folder"], m.get("forward_of"), m.get("is_draft"))
                         for m in state["messages"] if (m["mailbox"].lower(), m.get("forward_of")) in missing
                         or any(m["mailbox"].lower() == b for b, _ in missing)]
    assert sim.requests > 0 and sim.estimated_seconds > 0
