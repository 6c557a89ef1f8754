import signal
import sys


def _finished() -> None:
    """The command has ended and printed its answer: a Ctrl-C from now on (while Python shuts down, which takes
    a noticeable moment after a DuckDB/pandas command) must not turn its exit status into "killed by SIGINT"
    (130 in the shell) when its output says it succeeded. Ignored for the rest of the process's life: Python
    puts back the default action (the kill) for its last steps, but leaves an ignored signal ignored."""
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except KeyboardInterrupt:   # one on its way as the command ended: it is dropped; ignore the next ones
        signal.signal(signal.SIGINT, signal.SIG_IGN)


code: int | None = None
try:
    from marlib.cli import main
    code = main()
except KeyboardInterrupt:
    if code is None:   # Ctrl-C while the modules load or the command line is read: nothing was started
        print("interrupted; nothing was changed: run the command again", file=sys.stderr)
        if "--json" in sys.argv[1:]:   # --json promises one JSON object as the last line
            print('{"ok": false, "error": "Interrupted", "message": "interrupted (Ctrl-C)", "advice": '
                  '"nothing was changed: run the command again", "code": "interrupted"}', flush=True)
        code = 130
finally:
    _finished()

sys.exit(code)
