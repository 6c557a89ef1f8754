"""A mailbox reached through an alias and through a list is one mailbox: one copy, one action, counted once.

The tester's reproduction: a message delivered to ``team@corp.example`` (a list with kofi@corp.example) and to
``kofi@corp-mail.example`` (an alias of kofi@corp.example) was acted on twice in kofi's mailbox (``2 succeeded,
1 failed``: the second action found the copy gone). Every backend resolves a recipient to its mailbox's primary
address, so the plan keeps one action per (Message-ID, mailbox).
"""
from __future__ import annotations

import json

import pytest
from remediation_fixtures import DOMAIN, World, live_tenant, mailbox_messages, run_cli, sha, use_simulated_tenant

from marlib.remediation.journal import DuckJournal
from marlib.remediation.policies import set_policy
from marlib.remediation.run import remediate
from marlib.store import Store
from marlib.tenant.graph import mailboxes_from_settings
from marlib.tenant.model import TenantModel
from marlib.tenant.simulated import SimulatedMailboxes

H = sha("alias-evil")
KOFI, KOFI_ALIAS, ANN = f"kofi@{DOMAIN}", "kofi@corp-mail.example", f"ann@{DOMAIN}"
DOMAINS = [DOMAIN, "corp-mail.example"]


def _world(recipients: list[str], message_id: str = "<m1@x>") -> World:
    """kofi (alias kofi@corp-mail.example) and ann, both in team@; one message to ``recipients``, with a copy in
    the mailbox of each user it reached (directly, by alias or through the list)."""
    w = World()
    w.tenant = TenantModel(w.tenant.tenant_id, DOMAINS)
    w.tenant.add_user(KOFI, aliases=[KOFI_ALIAS])
    w.tenant.add_user(ANN)
    w.tenant.add_group(f"team@{DOMAIN}", [KOFI, ANN])
    w.message(recipients, files={"a.pdf": H}, message_id=message_id, deliver=False)
    boxes = {KOFI} if KOFI_ALIAS in recipients else set()
    boxes |= {KOFI, ANN} if f"team@{DOMAIN}" in recipients else set()
    for box in sorted(boxes):
        w.tenant.add_message(box, message_id)
    w.verdict(H, "MALICIOUS")
    return w


def _store(tmp_path, w: World) -> Store:
    store = Store(tmp_path / "m.duckdb")
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="delete")
    return store


def _by_mailbox(outcomes) -> dict[str, tuple[str, str]]:
    rows = outcomes[outcomes["status"] != "skipped"]
    assert rows["mailbox"].is_unique, rows[["recipient", "mailbox", "status", "reason"]]
    return {r.mailbox: (r.status, r.reason) for r in rows.itertuples()}


def test_alias_and_list_member_is_one_mailbox_on_the_simulated_tenant_cli(tmp_path, monkeypatch, capsys):
    """The tester's reproduction through the CLI: 2 mailboxes, both cleaned; the report counts kofi once."""
    w = _world([f"team@{DOMAIN}", KOFI_ALIAS])
    store = _store(tmp_path, w)
    use_simulated_tenant(w, tmp_path, monkeypatch)
    code, out, err = run_cli(capsys, store, "remediate", "--pending", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["counts"]["succeeded"] == 2 and result["counts"]["failed"] == 0, result["outcomes"]
    acted = sorted(o["mailbox"] for o in result["outcomes"] if o["status"] != "skipped")
    assert acted == [ANN, KOFI]
    kofi = next(o for o in result["outcomes"] if o["mailbox"] == KOFI)
    assert kofi["recipient"] in (KOFI_ALIAS, f"team@{DOMAIN}")
    code, out, err = run_cli(capsys, store, "report", "--mode", "simulated", "--by", "mailbox", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert (report["totals"]["succeeded"], report["totals"]["failed"], report["totals"]["total"]) == (2, 0, 2)
    assert [(r["mailbox"], r["succeeded"], r["total"]) for r in report["rows"]] == [(ANN, 1, 1), (KOFI, 1, 1)]


@pytest.mark.parametrize("recipients", [[f"team@{DOMAIN}", KOFI_ALIAS], [KOFI_ALIAS]], ids=["list+alias", "alias"])
def test_alias_recipient_acts_on_the_primary_mailbox_simulated(tmp_path, recipients):
    w = _world(recipients)
    store = _store(tmp_path, w)
    result = remediate(store, SimulatedMailboxes(w.tenant), pending=True, journal=DuckJournal(store, "simulated"))
    want = {KOFI: ("succeeded", "ok")} | ({ANN: ("succeeded", "ok")} if len(recipients) == 2 else {})
    assert _by_mailbox(result.outcomes) == want
    assert [m.folder for m in w.tenant.messages(KOFI) if m.internet_message_id == "<m1@x>"] \
        == ["recoverableitemspurges"]


@pytest.mark.parametrize("recipients", [[f"team@{DOMAIN}", KOFI_ALIAS], [KOFI_ALIAS]], ids=["list+alias", "alias"])
def test_alias_recipient_acts_on_the_primary_mailbox_on_the_emulator(tmp_path, recipients):
    """Graph takes /users/{id | userPrincipalName} only: marlib finds the alias's user in the directory and acts
    on its primary address, once (not not_o365_user, not twice)."""
    w = _world(recipients)
    store = _store(tmp_path, w)
    with live_tenant(store, w, domains=DOMAINS) as emu:
        mailboxes = mailboxes_from_settings(store)
        result = remediate(store, mailboxes, pending=True)
        want = {KOFI: ("succeeded", "ok")} | ({ANN: ("succeeded", "ok")} if len(recipients) == 2 else {})
        assert _by_mailbox(result.outcomes) == want
        assert result.counts["failed"] == 0
        state = emu.state()
        assert [m["folder"] for m in mailbox_messages(state, KOFI) if m["internet_message_id"] == "<m1@x>"] \
            == ["recoverableitemspurges"]


def test_a_directory_the_app_may_not_read_takes_each_address_as_given_and_says_so_once(monkeypatch, caplog):
    """With the mail permissions alone (the seed's list) the directory answers 403: every recipient is then taken
    as the mailbox's own address, as before aliases were looked up, with one warning naming the permission, not
    one per recipient of the run."""
    import logging

    from marlib.errors import MailboxError
    from marlib.graph import mail
    from marlib.models import Reason
    from marlib.tenant.graph import GraphMailboxes

    def denied(client, address):
        raise MailboxError("Insufficient privileges to complete the operation.", reason=Reason.ACCESS_DENIED.value)
    monkeypatch.setattr(mail, "find_user", denied)
    monkeypatch.setattr(mail, "probe_mailbox", lambda client, address: None)
    graph = GraphMailboxes(client=None)
    with caplog.at_level(logging.DEBUG, logger="marlib.tenant.graph"):
        got = [graph.resolve(a) for a in ("Kofi@corp-mail.example", "ann@corp.example")]
    assert [(p.address, p.kind, p.has_mailbox) for p in got] == [
        ("kofi@corp-mail.example", "user", True), ("ann@corp.example", "user", True)]
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "User.Read.All" in warnings[0].getMessage()


@pytest.mark.parametrize("recipients", [[KOFI_ALIAS], [f"team@{DOMAIN}"], [f"team@{DOMAIN}", KOFI_ALIAS]],
                         ids=["alias", "list", "list+alias"])
def test_dry_run_after_a_run_counts_alias_and_list_copies_as_already_remediated(tmp_path, recipients):
    """A dry run resolves no address: it planned again the copies a run had acted on through an alias (or a
    list), journaled under the primary address, though the next run skips them all (already_remediated)."""
    w = _world(recipients)
    store = _store(tmp_path, w)
    remediate(store, SimulatedMailboxes(w.tenant), pending=True, journal=DuckJournal(store, "simulated"))
    dry = remediate(store, None, sha256=[H], dry_run=True, done_mode="simulated")
    assert dry.counts["planned"] == 0, dry.outcomes[["recipient", "mailbox", "status", "reason"]]
    assert set(dry.outcomes["reason"]) == {"already_remediated"}
    again = remediate(store, SimulatedMailboxes(w.tenant), sha256=[H], journal=DuckJournal(store, "simulated"))
    assert again.counts["succeeded"] == again.counts["failed"] == 0


def test_dry_run_plans_a_list_copy_while_one_member_failed(tmp_path):
    """A list copy is done only when every mailbox it reached is: a member whose copy failed keeps it planned."""
    w = _world([f"team@{DOMAIN}"])
    w.tenant.add_user("bo@" + DOMAIN)
    w.tenant.add_group(f"team@{DOMAIN}", [KOFI, ANN, "bo@" + DOMAIN])   # bo has no copy: message_not_found
    store = _store(tmp_path, w)
    first = remediate(store, SimulatedMailboxes(w.tenant), pending=True, journal=DuckJournal(store, "simulated"))
    assert first.counts["failed"] == 1, first.outcomes[["mailbox", "status", "reason"]]
    dry = remediate(store, None, sha256=[H], dry_run=True, done_mode="simulated")
    assert dry.counts["planned"] == 1
