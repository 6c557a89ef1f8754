"""`python -m marlib seed` and the command line `python -m marlib app` execs."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from marlib.cli.app_cmd import ROOT, streamlit_command
from marlib.store import Store


def test_seed_fills_an_empty_database_once(tmp_path):
    db = tmp_path / "m.duckdb"
    cmd = [sys.executable, "-m", "marlib", "--db", str(db), "seed", "--json"]
    first = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout.splitlines()[-1]) == {"seeded": True, "db": str(db)}
    again = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert json.loads(again.stdout.splitlines()[-1])["seeded"] is False
    store = Store(db)
    assert store.query_one("SELECT count(*) FROM messages")[0] > 0
    assert store.get_setting("tenant_mode") == "simulated"
    assert store.query_one("SELECT bool_and(mar_enabled) FROM policies")[0] is True


def _seed_cut_short(store: Store, monkeypatch, loaded) -> int:
    """`seed` hit by Ctrl-C once the sample files ``loaded(files)`` were read; the number of sample files."""
    from marlib import demo
    from marlib.ingest import api as ingest_api
    real = ingest_api._ingest_targets
    files = []

    def interrupted(store_, targets, *args, **kwargs):
        files.append(len(targets))
        real(store_, loaded(targets), *args, **kwargs)
        raise KeyboardInterrupt

    monkeypatch.setattr(ingest_api, "_ingest_targets", interrupted)
    try:
        demo.ensure_default_db(store)
    except KeyboardInterrupt:
        pass
    monkeypatch.undo()
    return files[0]


def test_an_interrupted_seed_is_finished_by_the_next_one(tmp_path, monkeypatch):
    """Ctrl-C after the first log files were loaded left messages in the store: the next `seed` (or app start)
    said 'already has data' and the database stayed without its simulated tenant and policies."""
    from marlib import demo
    store = Store(tmp_path / "m.duckdb")
    files = _seed_cut_short(store, monkeypatch, loaded=lambda targets: targets[:-1])
    assert files > 1, "the sample has several files; all but one were loaded"
    assert not demo.is_empty(store) and store.get_setting("tenant_mode") != "simulated"
    assert demo.ensure_default_db(store) is True          # finished, not 'already has data'
    assert store.get_setting("tenant_mode") == "simulated"
    assert store.query_one("SELECT bool_and(mar_enabled) FROM policies")[0] is True
    assert demo.ensure_default_db(store) is False
    complete = Store(tmp_path / "whole.duckdb")
    demo.ensure_default_db(complete)
    count = "SELECT count(*), count(DISTINCT mid) FROM messages"
    assert store.query_one(count) == complete.query_one(count)


def test_an_interrupted_seed_is_not_finished_once_other_logs_were_loaded(tmp_path, monkeypatch):
    """Real logs loaded into the database after the seeding stopped: finishing it would mix the sample in, make
    the simulated tenant active and turn MAR on (forward-delete to the demo address) for the real policies."""
    from marlib import demo
    from marlib.ingest import api as ingest_api
    from marlib.remediation.policies import list_policies, set_policy
    from tests.ingest_helpers import header, message, write_lines
    store = Store(tmp_path / "m.duckdb")
    _seed_cut_short(store, monkeypatch, loaded=lambda targets: [])
    assert store.get_setting(demo.SEED_SETTING) == "started"
    real = tmp_path / "real" / "mail.current"
    real.parent.mkdir()
    write_lines(real, header(1_763_000_000) + message(1000, 1_763_000_005, ["u@corp.example"]))
    ingest_api.ingest_paths(store, [real])
    set_policy(store, "BOARD", mar=False, action="move-junk")
    before = [(p.name, p.mar_enabled, p.action) for p in list_policies(store)]
    assert demo.ensure_default_db(store) is False
    assert [(p.name, p.mar_enabled, p.action) for p in list_policies(store)] == before
    assert store.get_setting("tenant_mode") != "simulated"
    assert store.query_one("SELECT count(*) FROM messages")[0] == 1


def test_app_serves_app_py_with_the_repository_config():
    cmd = streamlit_command(8765)
    assert cmd[1:4] == ["-m", "streamlit", "run"] and Path(cmd[4]) == ROOT / "app.py"
    assert cmd[-2:] == ["--server.port", "8765"]
    config = (ROOT / ".streamlit" / "config.toml").read_text()
    assert 'address = "127.0.0.1"' in config and "enableXsrfProtection = true" in config


def test_app_refuses_a_bad_port(tmp_path):
    out = subprocess.run([sys.executable, "-m", "marlib", "--db", str(tmp_path / "m.duckdb"), "app",
                          "--port", "70000", "--no-seed"], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 2 and "out of range" in out.stderr


def test_two_sessions_loading_the_sample_at_once_seed_it_once(tmp_path):
    """Two browser tabs clicked the Overview's "Load the sample" on an empty database together: both seeded the
    one Store of the app's process at once, and one of them died on `Duplicate key "key: sample_seed"` (a
    traceback in the tab). The second now waits for the first and finds the sample loaded."""
    import threading

    from marlib import demo
    store = Store(tmp_path / "m.duckdb")
    assert demo.is_empty(store) and store.query_one("SELECT count(*) FROM settings")[0] >= 0   # the app's pages
    start = threading.Barrier(2)                                                             # opened it first
    results: list = []

    def load() -> None:
        start.wait()
        try:
            results.append(demo.ensure_default_db(store))
        except Exception as exc:   # noqa: BLE001 (what the tab showed)
            results.append(exc)

    threads = [threading.Thread(target=load) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert sorted(results, key=repr) == [False, True], results
    once = Store(tmp_path / "once.duckdb")
    demo.ensure_default_db(once)
    count = "SELECT count(*), count(DISTINCT mid) FROM messages"
    assert store.query_one(count) == once.query_one(count)
    assert store.get_setting(demo.SEED_SETTING) == "done"


def test_the_app_does_not_collect_garbage_after_every_script_run():
    """Streamlit ran gc.collect(2) after every script run, the Remediation page's progress fragment's each second:
    with a large simulated tenant in the process, each took about a second holding the GIL, and a run in the app
    took minutes where the library took half a minute. Streamlit, reading the repository's config as `app` runs it
    (from the repository), has that collection off."""
    probe = ("from streamlit import config; config.get_config_options(force_reparse=True); "
             "print(config.get_option('runner.postScriptGC'))")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "False"
