"""The simulated tenant's saved state: a run's save appends only the mailboxes it changed (a journal beside
the state file), a save stopped at any point leaves the previous state or the new one, and the state loads
back as the tenant was (TenantModel.write_state / load, marlib.remediation.backend.SimulatedSession)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from marlib.remediation import backend
from marlib.store import Store
from marlib.tenant import model as tenant_model
from marlib.tenant.model import TenantModel
from marlib.tenant.simulated import SimulatedMailboxes

BOXES = [f"user{i:02d}@corp.example" for i in range(30)]


def journal_path(state: Path) -> Path:
    """Where the journal of a saved state is (the module docstring of marlib.tenant.model)."""
    return state.with_name(state.name + ".journal")


@pytest.fixture(autouse=True)
def _no_env(monkeypatch):
    monkeypatch.delenv("MARLIB_TENANT_MODE", raising=False)
    monkeypatch.delenv("MARLIB_TENANT_FILE", raising=False)


@pytest.fixture
def store(tmp_path):
    """A simulated tenant of 30 mailboxes of 20 messages each (some in the custom folder Projects)."""
    messages = [{"mailbox": box, "internet_message_id": f"<{i}.{n}@sender.example>",
                 "folder": "Projects" if n == 7 else "inbox", "subject": f"m {i}.{n}",
                 "attachments": [{"name": "a.xlsm", "sha256": f"{i * 100 + n:064x}"}]}
                for i, box in enumerate(BOXES) for n in range(20)]
    tenant = {"tenant_id": "11111111-2222-4333-8444-555555555555", "domains": ["corp.example"], "apps": [],
              "users": [{"address": b} for b in BOXES], "groups": [], "messages": messages}
    (tmp_path / "tenant.json").write_text(json.dumps(tenant))
    store = Store(tmp_path / "m.duckdb")
    backend.set_tenant_mode(store, "simulated", tenant_file=tmp_path / "tenant.json")
    return store


def run(session: backend.SimulatedSession, *steps: tuple) -> None:
    """One run through the session (as every CLI and app run): ``(operation, mailbox, n)`` steps on the n-th
    message of a mailbox, through the Mailboxes backend."""
    mailboxes = SimulatedMailboxes(session.model, session=session)
    with mailboxes.exclusive("a test run"):
        for op, box, n in steps:
            i = BOXES.index(box)
            [copy] = mailboxes.locate(box, f"<{i}.{n}@sender.example>")
            if op == "forward":
                draft = mailboxes.create_forward(box, copy.id, "soc@corp.example", "seen")
                mailboxes.send_draft(box, draft)
            elif op == "draft":
                mailboxes.create_forward(box, copy.id, "soc@corp.example", "left unsent")
            elif op == "move":
                mailboxes.move(box, copy.id, "inbox" if copy.folder == "Projects" else "Projects")
            else:
                getattr(mailboxes, op)(box, copy.id)


def lines(path: Path) -> list[dict]:
    journal = journal_path(path)
    return [json.loads(x) for x in journal.read_bytes().splitlines()] if journal.exists() else []


def test_a_runs_save_appends_only_the_mailboxes_it_changed(store):
    """The state file is written once; a run's save leaves it as it is (same file, same bytes) and appends
    one journal line holding the two mailboxes the run changed, nothing of the 28 others."""
    session = backend.SimulatedSession(store)
    state = backend.state_path(store)
    run(session, ("soft_delete", BOXES[1], 0))
    inode, before = state.stat().st_ino, state.read_bytes()
    assert not lines(state)
    run(session, ("soft_delete", BOXES[3], 2), ("forward", BOXES[5], 4), ("move", BOXES[5], 7))
    assert state.stat().st_ino == inode and state.read_bytes() == before
    assert json.loads(before)["state_id"]
    [line] = lines(state)
    assert [b["mailbox"] for b in line["mailboxes"]] == [BOXES[3], BOXES[5]] and "directory" not in line
    assert {m["mailbox"] for b in line["mailboxes"] for m in b["messages"]} == {BOXES[3], BOXES[5]}
    assert line["mailboxes"][1]["empty_folders"] == ["Projects"]   # its one Projects message moved out
    assert TenantModel.load(state).to_dict() == session.model.to_dict()
    # a run that changed nothing (a copy already gone) writes nothing
    mailboxes = SimulatedMailboxes(session.model, session=session)
    with mailboxes.exclusive("a run finding nothing"):
        assert mailboxes.locate(BOXES[9], "<gone@sender.example>") == []
    assert len(lines(state)) == 1 and state.read_bytes() == before


def test_a_save_stopped_mid_append_leaves_the_previous_state_or_the_new_one(store):
    """A run killed while appending leaves part of its line: every cut of it loads as the state before the
    run, the whole line as the state after it; the next save (another process) rewrites the file rather than
    append after the torn line, and nothing of either is lost."""
    session = backend.SimulatedSession(store)
    state = backend.state_path(store)
    run(session, ("soft_delete", BOXES[0], 0))
    run(session, ("move", BOXES[2], 1))
    previous = TenantModel.load(state).to_dict()
    start = journal_path(state).stat().st_size
    run(session, ("permanent_delete", BOXES[4], 3), ("draft", BOXES[6], 5))
    new = session.model.to_dict()
    assert new != previous
    journal = journal_path(state).read_bytes()
    assert len(lines(state)) == 2 and state.stat().st_size > 0
    cuts = sorted({*range(start, len(journal), max(1, (len(journal) - start) // 25)), len(journal) - 1})
    for cut in cuts:
        journal_path(state).write_bytes(journal[:cut])
        assert TenantModel.load(state).to_dict() == previous, cut
    journal_path(state).write_bytes(journal)
    assert TenantModel.load(state).to_dict() == new
    # killed one byte short of the end: the next process starts from the previous state and saves its run
    journal_path(state).write_bytes(journal[:-1])
    other = backend.SimulatedSession(store)
    assert other.model.to_dict() == previous
    run(other, ("soft_delete", BOXES[8], 0))
    assert not journal_path(state).exists()   # rewritten, the torn line gone with the journal
    assert TenantModel.load(state).to_dict() == other.model.to_dict()
    assert [m.folder for m in TenantModel.load(state).locate(BOXES[2], "<2.1@sender.example>")] == ["Projects"]


def test_a_save_stopped_while_rewriting_the_file_leaves_the_previous_state_or_the_new_one(store, monkeypatch):
    """The journal outgrew its share: the save rewrites the file. Stopped before the new file replaces the
    old one: the previous state (file and journal) is intact. Stopped after, before the old journal is
    removed: the new file, whose state_id the old journal's lines do not name."""
    session = backend.SimulatedSession(store)
    state = backend.state_path(store)
    run(session, ("soft_delete", BOXES[0], 0))
    run(session, ("forward", BOXES[1], 1))
    previous, old_journal = TenantModel.load(state).to_dict(), journal_path(state).read_bytes()
    assert previous == session.model.to_dict() and old_journal
    monkeypatch.setattr(tenant_model, "COMPACT_MIN_BYTES", 0)
    monkeypatch.setattr(tenant_model, "COMPACT_SHARE", 0.0)

    def killed(src, dst):
        raise KeyboardInterrupt("killed before the rename")
    monkeypatch.setattr(tenant_model.os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        run(session, ("soft_delete", BOXES[2], 2))
    assert TenantModel.load(state).to_dict() == previous and journal_path(state).read_bytes() == old_journal
    assert not list(state.parent.glob("*.tmp"))
    monkeypatch.undo()
    # the run's change was not saved: the next save rewrites the file (what is on disk is not known)
    session.dirty = True
    session.save()
    new = session.model.to_dict()
    assert new != previous and not journal_path(state).exists()
    assert json.loads(state.read_bytes())["state_id"] != json.loads(old_journal.splitlines()[0])["state_id"]
    journal_path(state).write_bytes(old_journal)   # as a save stopped before removing it leaves it
    assert TenantModel.load(state).to_dict() == new
    # and the next append goes after those lines, which stay skipped
    run(session, ("soft_delete", BOXES[3], 3))
    assert len(lines(state)) == old_journal.count(b"\n") + 1
    assert TenantModel.load(state).to_dict() == session.model.to_dict()


def test_the_state_loads_back_as_the_tenant_was_through_appends_rewrites_and_two_processes(store, monkeypatch):
    """Every kind of change (moves, deletes, forwards, drafts, a new user, a folder emptied), saved by two
    processes taking turns, with the journal rewritten into the file now and then: the saved state always
    loads back equal to the tenant of the process that saved it, and the other takes it up."""
    monkeypatch.setattr(tenant_model, "COMPACT_MIN_BYTES", 12_000)
    monkeypatch.setattr(tenant_model, "COMPACT_SHARE", 0.0)
    state = backend.state_path(store)
    first, second = backend.SimulatedSession(store), backend.SimulatedSession(store)
    kinds = ["soft_delete", "soft_delete", "permanent_delete", "forward", "draft", "move", "move"]
    seen, emptied = set(), False
    for step in range(24):
        session = (first, second)[step % 2]
        box = BOXES[step % 7]
        steps = [(kinds[step % len(kinds)], box, 10 + step // 7), ("move", BOXES[(step * 5) % 30], 7)]
        if step == 9:   # a user added (the directory changes too)
            session.refresh().add_user("new@corp.example")
            session.model.add_message("new@corp.example", "<new@sender.example>")
        run(session, *steps)
        seen.add("appended" if journal_path(state).exists() else "rewritten")
        assert TenantModel.load(state).to_dict() == session.model.to_dict(), step
        emptied = emptied or bool(session.model.to_dict().get("empty_folders"))
    assert seen == {"appended", "rewritten"} and emptied
    assert first.refresh().to_dict() == second.model.to_dict()
    assert first.model.user("new@corp.example") is not None
    # choosing the tenant again forgets the state and its journal
    backend.set_tenant_mode(store, "simulated", tenant_file=state.parent / "tenant.json")
    assert not state.exists() and not journal_path(state).exists()


def test_saving_a_lazily_loaded_tenant_loads_no_mailbox(tmp_path):
    """A tenant whose mailboxes load on first use: saving (the whole file, then a journal line) asks the
    source for no mailbox; the state holds the mailboxes used."""
    model = TenantModel("11111111-2222-4333-8444-555555555555", ["corp.example"])
    for box in BOXES:
        model.add_user(box)
    asked: list[str] = []

    def source(address: str):
        asked.append(address)
        return [{"internet_message_id": f"<{address}.{n}@x>", "folder": "inbox"} for n in range(3)]
    model.set_message_source(source)
    assert len(model.locate(BOXES[0], f"<{BOXES[0]}.0@x>")) == 1
    path = tmp_path / "state.json"
    assert model.write_state(path) == "rewritten"
    model.soft_delete(BOXES[1], model.locate(BOXES[1], f"<{BOXES[1]}.1@x>")[0].id)
    assert model.write_state(path) == "appended"
    assert asked == BOXES[:2]
    assert TenantModel.load(path).to_dict() == model.to_dict()
    assert {m.mailbox for m in TenantModel.load(path).messages()} == set(BOXES[:2])
    assert os.path.getsize(journal_path(path)) < os.path.getsize(path)


def test_a_damaged_journal_line_is_refused_with_advice_and_other_tenant_files_ignore_a_journal(store, tmp_path):
    """A whole journal line that is not JSON is damage, not a save cut short: the state is refused with the
    way back (remove the journal). A tenant file without a state_id (`marlib sample`'s) takes no journal."""
    from marlib.errors import InputError
    session = backend.SimulatedSession(store)
    state = backend.state_path(store)
    run(session, ("soft_delete", BOXES[0], 0))
    run(session, ("soft_delete", BOXES[1], 0))
    with journal_path(state).open("ab") as fh:
        fh.write(b'{"state_id": "x", "mailb\n')
    with pytest.raises(InputError) as err:
        TenantModel.load(state)
    assert "journal" in err.value.message and f"remove {journal_path(state)}" in str(err.value.advice)
    tenant = tmp_path / "tenant.json"
    journal_path(tenant).write_bytes(journal_path(state).read_bytes())
    assert TenantModel.load(tenant).to_dict() == TenantModel.from_dict(json.loads(tenant.read_text())).to_dict()


def test_a_state_saved_by_an_earlier_version_is_taken_up_then_kept_the_new_way(store):
    """A state written whole as indented JSON with no state_id (marlib before the journal): it loads as it
    is, the first save writes it whole again with a state_id, the next one appends."""
    first = backend.SimulatedSession(store)
    run(first, ("soft_delete", BOXES[0], 0))
    state = backend.state_path(store)
    old = first.model.to_dict()
    state.write_text(json.dumps(old, indent=1))
    journal_path(state).unlink(missing_ok=True)
    session = backend.SimulatedSession(store)
    assert session.model.to_dict() == old
    run(session, ("soft_delete", BOXES[1], 0))
    assert json.loads(state.read_bytes())["state_id"] and not journal_path(state).exists()
    run(session, ("soft_delete", BOXES[2], 0))
    assert [b["mailbox"] for line in lines(state) for b in line["mailboxes"]] == [BOXES[2]]
    assert TenantModel.load(state).to_dict() == session.model.to_dict()


_KILLED_SAVE = """
import hashlib, json, os, sys, time
from marlib.remediation import backend
from marlib.store import Store
from marlib.tenant import model as tenant_model
from marlib.tenant.simulated import SimulatedMailboxes
db, how, box, imid = sys.argv[1:]
if how == "rewrite":
    tenant_model.COMPACT_MIN_BYTES, tenant_model.COMPACT_SHARE = 0, 0.0
session = backend.SimulatedSession(Store(db))
def stopped(fd):   # the save has written its bytes and is about to sync them: the process is killed here
    state = json.dumps(session.model.to_dict(), sort_keys=True).encode()
    print(hashlib.sha256(state).hexdigest(), flush=True)
    time.sleep(600)
os.fsync = stopped
mailboxes = SimulatedMailboxes(session.model, session=session)
with mailboxes.exclusive("a run killed while it saves"):
    [copy] = mailboxes.locate(box, imid)
    mailboxes.soft_delete(box, copy.id)
"""


@pytest.mark.parametrize("how", ["append", "rewrite"])
def test_a_process_killed_while_it_saves_leaves_a_state_that_loads(store, how):
    """A real process killed (SIGKILL) in the middle of its save: appending, its whole line is written and the
    state is the new one; rewriting, the new file is not in place yet and the state is the previous one.
    The next process takes it up and saves after it."""
    import hashlib
    import signal
    import subprocess
    import sys
    session = backend.SimulatedSession(store)
    state = backend.state_path(store)
    run(session, ("soft_delete", BOXES[0], 0))
    run(session, ("soft_delete", BOXES[1], 0))
    previous = TenantModel.load(state).to_dict()
    root = Path(__file__).resolve().parent.parent
    args = [str(store.path), how, BOXES[2], "<2.0@sender.example>"]
    proc = subprocess.Popen([sys.executable, "-c", _KILLED_SAVE, *args], cwd=root,
                            env={**os.environ, "PYTHONPATH": str(root)}, stdout=subprocess.PIPE, text=True)
    try:
        in_save = proc.stdout.readline().strip()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert in_save, "the process did not reach its save"
    loaded = TenantModel.load(state).to_dict()
    if how == "append":
        assert hashlib.sha256(json.dumps(loaded, sort_keys=True).encode()).hexdigest() == in_save
        assert loaded != previous
    else:
        assert loaded == previous and list(state.parent.glob(state.name + ".*.tmp"))   # its half-done file
    other = backend.SimulatedSession(store)
    assert other.model.to_dict() == loaded
    run(other, ("soft_delete", BOXES[3], 0))
    assert TenantModel.load(state).to_dict() == other.model.to_dict()
    assert not list(state.parent.glob("*.tmp"))   # the killed save's file is removed by the next save


def test_a_run_says_while_it_saves_the_simulated_tenant(tmp_path):
    """The save after a run (the whole tenant the first time: seconds on a large one) shows in the run's
    progress where the run's count stopped, so the bar or the app's job does not sit silent at its end."""
    from remediation_fixtures import World, sha

    from marlib.remediation.policies import set_policy
    from marlib.remediation.run import remediate
    hashes = [sha("save-1"), sha("save-2")]
    store = Store(tmp_path / "m.duckdb")
    w = World()
    w.users("alice@corp.example")
    for n, h in enumerate(hashes):
        w.message(["alice@corp.example"], files={f"a{n}.exe": h}, message_id=f"<save{n}@x>")
        w.verdict(h, "MALICIOUS")
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="delete")
    backend.set_tenant_mode(store, "simulated", from_data=True)
    seen: list[tuple] = []
    with backend.open_backend(store) as opened:
        for h in hashes:
            seen.clear()
            result = remediate(store, opened.mailboxes, sha256=[h],
                               progress=lambda done, total, message: seen.append((done, total, message)))
            assert result.counts["succeeded"] == 1
            assert seen[-1][:2] == seen[-2][:2] == (1, 1)   # the save shows where the run's count ended
            assert seen[-1][2] == ("saving the whole simulated tenant" if h == hashes[0]   # then only what
                                   else "saving the simulated tenant")                 # the run changed
