import os
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


def _say(text: str, stream) -> None:
    """marlib.cli.common.say, which may not be loaded yet: a closed pipe or a full disk loses the line quietly."""
    try:
        print(text, file=stream, flush=True)
    except (OSError, ValueError, AttributeError):   # AttributeError: started with the stream closed (None)
        pass


def _quiet_streams() -> None:
    """What is left in stdout/stderr, written now; a stream that cannot take it is pointed at /dev/null, so that
    Python's own flush at exit prints no "Exception ignored ... BrokenPipeError" traceback."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, stream.fileno())
                os.close(devnull)
            except (OSError, ValueError):
                pass
        except AttributeError:   # None: started with it closed
            pass


code: int | None = None
try:
    from marlib.cli import main
    code = main()
except KeyboardInterrupt:
    if code is None:   # Ctrl-C while the modules load or the command line is read: nothing was started
        _say("interrupted; nothing was changed: run the command again", sys.stderr)
        if "--json" in sys.argv[1:]:   # --json promises one JSON object as the last line
            _say('{"ok": false, "error": "Interrupted", "message": "interrupted (Ctrl-C)", "advice": '
                 '"nothing was changed: run the command again", "code": "interrupted"}', sys.stdout)
        code = 130
finally:
    _finished()
    _quiet_streams()

sys.exit(code)
