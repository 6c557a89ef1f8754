"""Runs on the simulated tenant take turns across processes and threads (marlib.remediation.state_lock).

Two processes whose runs overlap (``marlib watch`` remediating while an analyst runs ``marlib remediate``)
used to each take up the saved state, run, and save: the last one's state won and the first one's moves
were lost from it, although its journal said done. Here process A is a real process paused in the middle
of its run (its progress callback waits for a file the test writes), and B is ``python -m marlib
remediate`` started meanwhile.
"""
from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from remediation_fixtures import World, run_cli, sha

from marlib.errors import TenantLockedError
from marlib.remediation import backend
from marlib.remediation.policies import set_policy
from marlib.remediation.run import remediate
from marlib.remediation.state_lock import WAIT_ENV, state_lock
from marlib.store import Store
from marlib.tenant.model import TenantModel

ROOT = Path(__file__).resolve().parent.parent
H1, H2 = sha("lock-alice"), sha("lock-bob")
GUARD_S = 120   # only so that a broken build fails instead of hanging; never what a test asserts

# Process A: remediate H1 on the simulated tenant, pausing at the run's first progress report (the tenant is
# taken up by then) until the test writes the file `go`.
_PAUSED_RUN = """
import sys, time
from pathlib import Path
from marlib.remediation.backend import open_backend
from marlib.remediation.run import remediate
from marlib.store import Store
db, sha256, started, go = sys.argv[1], sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])
def pause(done, total, message):
    if not started.exists():
        started.touch()
        deadline = time.monotonic() + %d
        while not go.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
store = Store(db)
with open_backend(store) as opened:
    remediate(store, opened.mailboxes, sha256=[sha256], progress=pause, trigger="library")
""" % GUARD_S


@pytest.fixture(autouse=True)
def _no_env(monkeypatch):
    for name in ("MARLIB_TENANT_MODE", "MARLIB_TENANT_FILE", WAIT_ENV):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def store(tmp_path):
    """alice@ got a file now malicious (H1), bob@ another (H2); MAR on (move to junk); the simulated tenant."""
    store = Store(tmp_path / "m.duckdb")
    w = World()
    w.users("alice@corp.example", "bob@corp.example")
    w.message(["alice@corp.example"], files={"a.exe": H1}, message_id="<a@x>")
    w.message(["bob@corp.example"], files={"b.exe": H2}, message_id="<b@x>")
    w.verdict(H1, "MALICIOUS")
    w.verdict(H2, "MALICIOUS")
    w.save(store)
    set_policy(store, "INBOUND", mar=True, action="move-junk")
    (tmp_path / "tenant.json").write_text(json.dumps(w.tenant.to_dict()))
    backend.set_tenant_mode(store, "simulated", tenant_file=tmp_path / "tenant.json")
    return store


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), **extra}


def _start_paused_run(store: Store, tmp_path: Path) -> tuple[subprocess.Popen, Path]:
    """Process A, once it holds the tenant mid-run; returns it and the file that lets it go on."""
    started, go = tmp_path / "a-started", tmp_path / "a-go"
    proc = subprocess.Popen([sys.executable, "-c", _PAUSED_RUN, str(store.path), H1, str(started), str(go)],
                            cwd=ROOT, env=_env(), stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + GUARD_S
    while not started.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert started.exists(), proc.stderr.read() if proc.poll() is not None else "process A never started its run"
    return proc, go


def _cli(store: Store, *args: str, **env: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "marlib", "--db", str(store.path), *args], cwd=ROOT,
                            env=_env(**env), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _folders(store: Store) -> dict[str, list[str]]:
    """Where the saved state has alice's and bob's copy."""
    saved = TenantModel.load(backend.state_path(store))
    return {who: [m.folder for m in saved.locate(f"{who}@corp.example", f"<{who[0]}@x>")]
            for who in ("alice", "bob")}


def _lock_file(store: Store) -> Path:
    return Path(f"{backend.state_path(store)}.lock")


def _free(lock_file: Path) -> bool:
    """Whether another process could take the lock now (this test's own open file, not marlib's)."""
    fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    finally:
        os.close(fd)


def test_a_run_started_during_another_processs_run_waits_and_keeps_both_runs_changes(store, tmp_path):
    a, go = _start_paused_run(store, tmp_path)
    b = _cli(store, "remediate", "--sha256", H2, **{WAIT_ENV: str(GUARD_S)})
    told = []
    for line in b.stderr:   # B says it waits (or, without the lock, runs through and ends)
        told.append(line)
        if "waiting for the simulated tenant" in line:
            break
    go.touch()
    a_err = a.communicate(timeout=GUARD_S)[1]
    b_out, b_err = b.communicate(timeout=GUARD_S)
    assert a.returncode == 0, a_err
    assert b.returncode == 0, "".join(told) + b_err
    # the state B saved holds A's move too: B took up A's state after A saved it
    assert _folders(store) == {"alice": ["junkemail"], "bob": ["junkemail"]}
    waiting = [line for line in told if "waiting for the simulated tenant" in line]
    assert len(waiting) == 1 and f"pid {a.pid}" in waiting[0] and "remediate (library)" in waiting[0]
    assert "succeeded" in b_out


def test_a_run_that_cannot_get_the_tenant_within_the_wait_says_who_holds_it(store, tmp_path):
    a, go = _start_paused_run(store, tmp_path)
    try:
        b = _cli(store, "remediate", "--sha256", H2, **{WAIT_ENV: "0.2"})
        out, err = b.communicate(timeout=GUARD_S)
    finally:
        go.touch()
        a.communicate(timeout=GUARD_S)
    assert b.returncode == 75 and "Traceback" not in err
    assert "error: The simulated tenant is busy" in err and f"pid {a.pid}" in err
    assert "what to do:" in err and WAIT_ENV in err
    assert a.returncode == 0
    assert _folders(store) == {"alice": ["junkemail"], "bob": ["inbox"]}   # B did nothing


def test_a_killed_process_leaves_the_tenant_free(store, tmp_path):
    a, _ = _start_paused_run(store, tmp_path)
    assert not _free(_lock_file(store))   # A holds it mid-run
    a.kill()
    a.communicate(timeout=GUARD_S)
    assert _free(_lock_file(store))   # the kernel let go with the process
    b = _cli(store, "remediate", "--sha256", H2, **{WAIT_ENV: str(GUARD_S)})
    out, err = b.communicate(timeout=GUARD_S)
    assert b.returncode == 0 and "waiting" not in err, err
    # A never saved (nor journaled: a simulated run's journal is written when it ends): its copy is untouched
    assert _folders(store) == {"alice": ["inbox"], "bob": ["junkemail"]}
    assert _lock_file(store).exists()   # left in place, harmless


def test_two_threads_of_one_process_take_turns_without_deadlock(store):
    """The app runs jobs and automatic mode in threads: the second run waits for the first to save (flock
    alone would not keep them apart: it is per open file), and a run never waits on itself."""
    started, go, waiting = threading.Event(), threading.Event(), threading.Event()
    store.on_wait = lambda message: waiting.set()
    errors: list[BaseException] = []

    def pause(done, total, message):
        started.set()
        go.wait(GUARD_S)

    def run(sha256, progress):
        try:
            with backend.open_backend(store) as opened:
                remediate(store, opened.mailboxes, sha256=[sha256], progress=progress)
        except BaseException as exc:   # reported by the test, not lost in the thread
            errors.append(exc)

    first = threading.Thread(target=run, args=(H1, pause))
    first.start()
    assert started.wait(GUARD_S)
    second = threading.Thread(target=run, args=(H2, lambda *a: None))
    second.start()
    deadline = time.monotonic() + GUARD_S
    while not waiting.is_set() and second.is_alive() and time.monotonic() < deadline:
        time.sleep(0.02)
    go.set()
    first.join(GUARD_S)
    second.join(GUARD_S)
    assert not first.is_alive() and not second.is_alive() and not errors
    assert _folders(store) == {"alice": ["junkemail"], "bob": ["junkemail"]}
    assert waiting.is_set()


def test_a_thread_held_past_the_wait_is_a_clear_error(tmp_path):
    lock = state_lock(tmp_path / "t.simulated_tenant.json")
    holding, done = threading.Event(), threading.Event()

    def hold():
        with lock.hold("remediate (app)", wait_s=0):
            holding.set()
            done.wait(GUARD_S)

    holder = threading.Thread(target=hold)
    holder.start()
    assert holding.wait(GUARD_S)
    try:
        with pytest.raises(TenantLockedError) as caught:
            with lock.hold("remediate (watch)", wait_s=0):
                pass
    finally:
        done.set()
        holder.join(GUARD_S)
    assert "another run in this process" in caught.value.message and WAIT_ENV in caught.value.advice
    with lock.hold("remediate", wait_s=0), lock.hold("resume", wait_s=0):   # re-entered by its own thread
        assert not _free(lock.path)
    assert _free(lock.path)


def test_a_wait_that_is_not_a_number_says_so(capsys, store, monkeypatch):
    monkeypatch.setenv(WAIT_ENV, "five minutes")
    code, _, err = run_cli(capsys, store, "remediate", "--sha256", H1)
    assert code == 2 and f"{WAIT_ENV}='five minutes' is not a number of seconds" in err and "Traceback" not in err


def test_without_fcntl_the_lock_still_keeps_threads_apart(tmp_path):
    """Windows is no target, but importing marlib there must not fail: the threads' lock alone is held."""
    code = ("import sys; sys.modules['fcntl'] = None\n"
            "from pathlib import Path\n"
            "from marlib.remediation import state_lock as m\n"
            "assert m.fcntl is None\n"
            "with m.state_lock(Path(sys.argv[1])).hold('remediate', wait_s=0):\n"
            "    with m.state_lock(Path(sys.argv[1])).hold('resume', wait_s=0):\n"
            "        print('held')\n")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "t.simulated_tenant.json")], cwd=ROOT,
                          env=_env(), capture_output=True, text=True, timeout=GUARD_S)
    assert done.returncode == 0 and done.stdout.strip() == "held", done.stderr


def test_choosing_the_tenant_again_waits_for_a_run_in_flight(capsys, store, tmp_path, monkeypatch):
    """Else the run's save, after the state was forgotten, would bring the old tenant back."""
    assert run_cli(capsys, store, "remediate", "--sha256", H1)[0] == 0
    monkeypatch.setenv(WAIT_ENV, "0")
    a, go = _start_paused_run(store, tmp_path)
    try:
        code, _, err = run_cli(capsys, store, "settings", "tenant", "simulated", "--from-data")
    finally:
        go.touch()
        a.communicate(timeout=GUARD_S)
    assert code == 75 and "The simulated tenant is busy" in err and f"pid {a.pid}" in err
    assert backend.state_path(store).exists() and backend.tenant_file(store) == tmp_path / "tenant.json"
    assert run_cli(capsys, store, "settings", "tenant", "simulated", "--from-data")[0] == 0   # once it is done
    assert not backend.state_path(store).exists()
