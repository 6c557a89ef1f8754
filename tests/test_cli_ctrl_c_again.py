"""Ctrl-C pressed again (and again) while a command stops: said once, never a traceback, never a hang.

Each command runs in a real process with a hook that holds it at the point where the first Ctrl-C is being acted on
(and says so on stderr), so that the next Ctrl-Cs land there every time, with no sleep."""
from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

from remediation_fixtures import one_file_to_boxes, sha, use_simulated_tenant

ROOT = Path(__file__).resolve().parents[1]

# python HOOK WHERE ARGS...: `python -m marlib ARGS...` held at WHERE until its stdin is closed
HOOK = """
import os, runpy, signal, sys, threading
where = sys.argv.pop(1)

def hold(what):
    os.write(2, f"hook: {what}\\n".encode())
    os.read(0, 1)   # until the test has sent its Ctrl-Cs and closed our stdin

if where == "stop-set":   # watch: the Ctrl-C handler's stop.set() holds the event's lock, as set() does
    def set_held(self, plain_set=threading.Event.set):
        handler = signal.getsignal(signal.SIGINT)
        if sys._getframe(1).f_code is not getattr(handler, "__code__", None):
            return plain_set(self)
        with self._cond:
            hold("in the Ctrl-C handler's stop.set()")
            self._flag = True
            self._cond.notify_all()
    threading.Event.set = set_held
    def signal_told(signum, handler, plain_signal=signal.signal):
        before = plain_signal(signum, handler)
        if signum == signal.SIGINT and getattr(handler, "__name__", "") == "on_signal":
            os.write(2, b"hook: watch takes Ctrl-C\\n")
        return before
    signal.signal = signal_told
elif where == "copies-in-flight":   # remediate: copies held in flight; told when the Ctrl-C stops the pool
    from concurrent.futures import ThreadPoolExecutor
    from marlib.tenant.simulated import SimulatedMailboxes
    forward, shutdown, first = SimulatedMailboxes.create_forward, ThreadPoolExecutor.shutdown, threading.Lock()
    def forward_held(self, *args, **kwargs):
        if first.acquire(blocking=False):
            os.write(2, b"hook: copies in flight\\n")
        os.read(0, 1)
        result = forward(self, *args, **kwargs)
        os.write(2, b"hook: a copy in flight finished its step\\n")
        return result
    def shutdown_told(self, wait=True, *, cancel_futures=False):
        if cancel_futures:
            os.write(2, b"hook: stopping the copies in flight\\n")
        return shutdown(self, wait, cancel_futures=cancel_futures)
    SimulatedMailboxes.create_forward, ThreadPoolExecutor.shutdown = forward_held, shutdown_told
sys.argv[0] = "marlib"
runpy.run_module("marlib", run_name="__main__", alter_sys=True)
"""


def _ctrl_c_again(tmp_path: Path, where: str, first_at: str, again_at: str, *args: str,
                  again: int = signal.SIGINT, first: int = signal.SIGINT,
                  sigint_ignored: bool = False) -> tuple[int, str, str]:
    """Run the command held at ``where``: a Ctrl-C once stderr says ``first_at``, two more once it says
    ``again_at``; stdin is closed (letting the hook go) once a line after those shows the command took them, or
    after a few seconds: a stop signal landing in a write that must not be cut (``ctrl_c_held``: the wait for the
    copies in flight) is held until that write ends, which the hook holds until stdin is closed."""
    script = tmp_path / "hook.py"
    script.write_text(HOOK)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, str(script), where, *args], cwd=ROOT, env=env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            # started in a script's background (`cmd &`): SIGINT ignored
                            preexec_fn=(lambda: signal.signal(signal.SIGINT, signal.SIG_IGN)) if sigint_ignored
                            else None)
    err: list[str] = []
    lines: queue.Queue = queue.Queue()

    def read_stderr() -> None:
        for line in proc.stderr:
            lines.put(line)
        lines.put(None)   # its end
    threading.Thread(target=read_stderr, daemon=True).start()
    try:
        sent_again = None
        while True:
            try:   # no line for 60 s before the signals: a hang; after them, a held signal (see above)
                line = lines.get(timeout=3 if sent_again else 60)
            except queue.Empty:
                assert sent_again, "".join(err)
                break
            if line is None:
                break
            err.append(line)
            if first_at in line:
                proc.send_signal(first)
            elif again_at in line:
                proc.send_signal(again)
                proc.send_signal(again)
                sent_again = True
            elif sent_again and ("stopping" in line or "interrupted" in line):
                break
        proc.stdin.close()
        proc.stdin = None   # closed: communicate has nothing to send
        out = proc.stdout.read()
        proc.wait(timeout=60)   # a hang (the old watch, stopped in its own lock) fails here
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    while (line := lines.get(timeout=10)) is not None:   # the rest of stderr, to its end
        err.append(line)
    return proc.returncode, out, "".join(err)


def test_ctrl_c_again_while_watch_stops_says_it_once_and_does_not_hang(tmp_path, monkeypatch):
    """A second Ctrl-C landing while the first one's handler set the stop (Ctrl-C pressed twice quickly) set it
    again from inside that handler, waiting for the event's lock its own thread held: watch hung for good."""
    store, w = one_file_to_boxes(tmp_path, sha("again"), "<again@x>", "soc@corp.example", ["a@corp.example"])
    use_simulated_tenant(w, tmp_path, monkeypatch)
    logs = tmp_path / "logs"
    logs.mkdir()
    code, out, err = _ctrl_c_again(tmp_path, "stop-set", "hook: watch takes Ctrl-C", "hook: in the Ctrl-C handler",
                                   "--db", str(store.path), "watch", str(logs), "--interval", "0.2")
    assert code == 0, err
    assert "watch stopped after" in out, out
    assert err.count("stopping: each copy in flight") == 1 and err.count("still stopping:") == 1, err
    assert "Traceback" not in err and "Exception ignored" not in err, err


def test_ctrl_c_again_while_remediate_stops_waits_for_the_copies_in_flight_and_says_it_once(tmp_path, monkeypatch):
    """A second Ctrl-C while `remediate` stopped its copies in flight cut that wait short (the copies finished behind
    the "interrupted" answer, or a KeyboardInterrupt landed in a finalizer: "Exception ignored in" tracebacks). It
    now says once that it is still stopping, the copies in flight end their step, then the command answers."""
    store, w = one_file_to_boxes(tmp_path, sha("again"), "<again@x>", "soc@corp.example",
                                 [f"u{i}@corp.example" for i in range(6)])
    use_simulated_tenant(w, tmp_path, monkeypatch)
    code, out, err = _ctrl_c_again(tmp_path, "copies-in-flight", "hook: copies in flight",
                                   "hook: stopping the copies in flight", "--db", str(store.path), "remediate",
                                   "--pending")
    assert code == 130, err
    assert err.count("still stopping:") == 1, err
    assert "Traceback" not in err and "Exception ignored" not in err, err
    # the answer comes once the copies in flight ended their step, not before
    assert err.rindex("hook: a copy in flight finished its step") < err.index("interrupted;"), err


def test_sigterm_after_a_ctrl_c_says_still_stopping_and_keeps_the_ctrl_c_exit_code(tmp_path, monkeypatch):
    """A SIGTERM (`timeout`, systemd) landing while a Ctrl-C stopped `remediate` made it exit 143 "(SIGTERM)", as
    if the SIGTERM had stopped it: the first stop decides, and the next ones say once that it is still stopping."""
    store, w = one_file_to_boxes(tmp_path, sha("again"), "<again@x>", "soc@corp.example",
                                 [f"u{i}@corp.example" for i in range(6)])
    use_simulated_tenant(w, tmp_path, monkeypatch)
    code, out, err = _ctrl_c_again(tmp_path, "copies-in-flight", "hook: copies in flight",
                                   "hook: stopping the copies in flight", "--db", str(store.path), "remediate",
                                   "--pending", again=signal.SIGTERM)
    assert code == 130 and "(SIGTERM)" not in err, err
    assert err.count("still stopping:") == 1, err
    assert "Traceback" not in err and "Exception ignored" not in err, err


def test_sigterm_again_while_a_background_command_stops_says_still_stopping(tmp_path, monkeypatch):
    """A command started in a script's background (`cmd &`, SIGINT ignored) took every SIGTERM as a new Ctrl-C: the
    second one cut short the wait for the copies in flight."""
    store, w = one_file_to_boxes(tmp_path, sha("again"), "<again@x>", "soc@corp.example",
                                 [f"u{i}@corp.example" for i in range(6)])
    use_simulated_tenant(w, tmp_path, monkeypatch)
    code, out, err = _ctrl_c_again(tmp_path, "copies-in-flight", "hook: copies in flight",
                                   "hook: stopping the copies in flight", "--db", str(store.path), "remediate",
                                   "--pending", first=signal.SIGTERM, again=signal.SIGTERM, sigint_ignored=True)
    assert code == 143, err
    assert err.count("still stopping:") == 1, err
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert err.rindex("hook: a copy in flight finished its step") < err.index("interrupted"), err
