"""The command line as a script or a cron job uses it: a --db that is no marlib database (another file, another
program's DuckDB database, one a newer marlib wrote) is an error that names the file and says what to do, with
--json's error object last, and the file is left as it was."""
from __future__ import annotations

import json
from pathlib import Path

import duckdb

from marlib.cli import main
from marlib.store import Store
from marlib.store.db import migrations


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _error(out: str) -> dict:
    last = json.loads(out.strip().splitlines()[-1])
    assert last["ok"] is False and last["message"] and last["advice"], last
    return last


def test_a_file_that_is_not_a_duckdb_database_is_refused_by_name(tmp_path, capsys):
    """DuckDB opens a JSON or CSV file as a read-only view of it: migrations went nowhere and the first query
    died in a traceback (Catalog Error: Table with name settings does not exist)."""
    for name, text in (("tenant.json", '{"tenant_id": "x"}\n'), ("report.csv", "a,b\n1,2\n"),
                       ("notes.txt", "hello\n")):
        path = tmp_path / name
        path.write_text(text)
        for args in (["changes", "--json"], ["policy", "set", "X", "--mar", "on", "--action", "delete"]):
            code, out, err = _run(capsys, "--db", str(path), *args)
            assert code == 2, (name, args, err)
            assert "Traceback" not in err and f"{path} is not a DuckDB database" in err, err
            if "--json" in args:
                assert str(path) in _error(out)["message"]
        assert path.read_text() == text


def test_another_programs_duckdb_database_is_refused_and_left_alone(tmp_path, capsys):
    """A DuckDB file with tables of its own and no marlib schema was migrated in silence (marlib's 20 tables
    added beside the user's), and reading commands answered "nothing" with exit 0."""
    path = tmp_path / "analytics.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE sales(x INTEGER)")
    con.close()
    for args in (["changes", "--json"], ["policy", "set", "X", "--mar", "on", "--action", "delete"]):
        code, out, err = _run(capsys, "--db", str(path), *args)
        assert code == 2, (args, out, err)
        assert "not a marlib database" in err and "sales" in err, err
    _error(_run(capsys, "--db", str(path), "runs", "--json")[1])
    con = duckdb.connect(str(path), read_only=True)
    assert [r[0] for r in con.execute("SHOW TABLES").fetchall()] == ["sales"]
    con.close()


def test_an_empty_duckdb_database_is_still_made_a_marlib_one(tmp_path, capsys):
    path = tmp_path / "new.duckdb"
    duckdb.connect(str(path)).close()
    assert _run(capsys, "--db", str(path), "policy", "set", "X", "--mar", "on", "--action", "delete")[0] == 0
    assert _run(capsys, "--db", str(path), "changes", "--json")[0] == 0


def test_a_database_from_a_newer_marlib_is_refused(tmp_path, capsys):
    """Its schema has migrations this marlib does not know: it was read and written as if it had not, silently
    (rows a newer marlib relies on missing)."""
    path = tmp_path / "m.duckdb"
    with Store(path).connect() as con:
        con.execute("INSERT INTO schema_migrations(version, name) VALUES (999, 'from_the_future')")
    known = migrations()[-1][0]
    code, out, err = _run(capsys, "--db", str(path), "changes", "--json")
    assert code == 2 and "Traceback" not in err
    assert f"newer marlib (schema version 999; this one knows up to {known})" in err, err
    assert "999" in _error(out)["message"]


def test_a_scenario_forward_without_an_address_names_the_scenario_and_its_key(tmp_path, capsys):
    """`compare --scenario a.json --scenario b.json` where b asks for "forward" without "forward_to" said
    "give --forward-to ADDR on the command line", an option compare does not have, and named neither file."""
    from marlib.remediation.policies import set_policy
    store = Store(tmp_path / "m.duckdb")
    set_policy(store, "INBOUND", mar=True, action="delete")
    scenario = tmp_path / "fwd.json"
    scenario.write_text(json.dumps({"policies": {"all": {"mar": True, "action": "forward"}}}))
    code, out, err = _run(capsys, "--db", str(store.path), "simulate", "--scenario", str(scenario), "--json")
    assert code == 2, err
    error = _error(out)
    assert "fwd" in error["message"] and "INBOUND" in error["message"], error
    assert '"forward_to"' in error["advice"] and "policies.all" in error["advice"], error
    assert "on the command line" not in error["advice"], error


def test_a_simulation_with_nothing_to_simulate_names_no_run(tmp_path, capsys):
    """`simulate` with no verdict change printed a run ID that `runs` never lists (nothing is recorded when there
    is nothing to simulate), where `remediate` says `run_id` null and why in `nothing_to_do`."""
    from marlib.remediation.policies import set_policy
    store = Store(tmp_path / "m.duckdb")
    set_policy(store, "INBOUND", mar=True, action="delete")
    for args in (["simulate"], ["replay"]):
        code, out, err = _run(capsys, "--db", str(store.path), *args, "--json")
        assert code == 0, err
        result = json.loads(out.strip().splitlines()[-1])
        assert result["run_id"] is None and result["nothing_to_do"], result
        code, out, err = _run(capsys, "--db", str(store.path), *args)
        assert code == 0 and "no run recorded" in out.splitlines()[0], out
    code, out, _ = _run(capsys, "--db", str(store.path), "runs", "--json")
    assert json.loads(out.strip().splitlines()[-1]) == []


def test_an_output_file_given_as_a_folder_says_to_name_a_file(tmp_path, capsys):
    """`report --csv /tmp` said "cannot write /tmp: Is a directory" and advised "give a path in a folder you can
    write to", a folder it could write to."""
    from marlib.remediation.policies import set_policy
    store = Store(tmp_path / "m.duckdb")
    set_policy(store, "INBOUND", mar=True, action="delete")
    folder = tmp_path / "out"
    folder.mkdir()
    for args in (["report", "--csv", str(folder)], ["report", "--xlsx", str(folder)],
                 ["rejects", "--csv", str(folder)]):
        code, out, err = _run(capsys, "--db", str(store.path), *args, "--json")
        assert code == 2, (args, err)
        error = _error(out)
        assert f"{folder} is a folder" in error["message"], error
        assert str(folder / "report") in error["advice"] or str(folder / "rejects") in error["advice"], error
    assert list(folder.iterdir()) == []


def test_a_scenario_file_that_cannot_be_used_is_named_with_what_to_do(tmp_path, capsys):
    """Scenario errors had no advice (`"advice": null`) and those about its content ("A scenario must be a JSON
    object", "Scenario tenant.deleted_share must be a number") did not name the file."""
    from marlib.remediation.policies import set_policy
    store = Store(tmp_path / "m.duckdb")
    set_policy(store, "INBOUND", mar=True, action="delete")
    files = {"list.json": "[1]", "bad.json": "{bad", "share.json": '{"tenant": {"deleted_share": "x"}}',
             "keys.json": '{"polices": {}}', "action.json": '{"policies": {"all": {"action": "purge"}}}'}
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    cases = [["simulate", "--scenario", str(tmp_path / name)] for name in files]
    cases += [["replay", "--policies", str(tmp_path / name)] for name in ("list.json", "bad.json")]
    cases += [["simulate", "--scenario", str(tmp_path / "missing.json")],
              ["replay", "--policies", str(tmp_path / "missing.json")],
              ["compare", "--scenario", str(tmp_path / "share.json"), "--scenario", str(tmp_path / "keys.json")]]
    for args in cases:
        code, out, err = _run(capsys, "--db", str(store.path), *args, "--json")
        assert code == 2, (args, err)
        error = _error(out)
        path = next(a for a in reversed(args) if a.endswith(".json") and (a.endswith("share.json") or
                                                                        "compare" not in args))
        assert path in error["message"], (args, error)


def test_app_on_a_port_in_use_says_so_before_starting_streamlit(tmp_path):
    """Streamlit answered "Port N is not available" with exit 1 and no advice, after the sample was loaded."""
    import socket
    import subprocess
    import sys
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    port = taken.getsockname()[1]
    try:
        proc = subprocess.run([sys.executable, "-m", "marlib", "--db", str(tmp_path / "m.duckdb"), "app", "--port",
                               str(port), "--no-seed"], cwd=Path(__file__).resolve().parents[1],
                              capture_output=True, text=True, timeout=120)
    finally:
        taken.close()
    assert proc.returncode == 2, proc.stderr
    assert f"port {port} on 127.0.0.1 is in use" in proc.stderr and "--port" in proc.stderr, proc.stderr


def test_a_single_valued_option_given_twice_is_refused_not_half_obeyed(tmp_path, capsys):
    """`restore --sha256 A --sha256 B` restored B alone (argparse keeps the last), where `remediate` takes both:
    a script looping over hashes believed A restored too. Same for one scenario or policies file given twice."""
    from marlib.remediation.policies import set_policy
    store = Store(tmp_path / "m.duckdb")
    set_policy(store, "INBOUND", mar=True, action="delete")
    a, b = "a" * 64, "b" * 64
    for args in (["restore", "--sha256", a, "--sha256", b], ["restore", f"--sha256={a}", "--sha256", b],
                 ["simulate", "--scenario", "x.json", "--scenario", "y.json"],
                 ["replay", "--policies", "x.json", "--policies", "y.json"]):
        code, out, err = _run(capsys, "--db", str(store.path), *args, "--json")
        assert code == 2, (args, err)
        assert f"{args[1].split('=')[0]} given twice" in err, err
        assert _error(out)["code"] == "usage"
    code, _, err = _run(capsys, "--db", str(store.path), "restore", "--sha256", a, "--sha256", a, "--json")
    assert "given twice" not in err   # the same value twice is one value


def test_ingest_options_that_stick_to_a_file_are_refused_twice(tmp_path, capsys):
    """--appliance, --year and --tz-offset are remembered per file for good; given twice, the last won in silence."""
    logs = tmp_path / "esa"
    logs.mkdir()
    for args in (["--appliance", "esa1", "--appliance", "esa2"], ["--year", "2025", "--year=2026"],
                 ["--tz-offset", "3600", "--tz-offset", "0"]):
        code, out, err = _run(capsys, "--db", str(tmp_path / "m.duckdb"), "ingest", str(logs), *args, "--json")
        assert code == 2 and f"{args[0].split('=')[0]} given twice" in err, (args, err)
        assert _error(out)["code"] == "usage"
    assert not (tmp_path / "m.duckdb").exists()


def test_a_folder_or_binary_file_given_as_a_json_input_is_an_error_not_a_traceback(tmp_path, capsys):
    """A scenario or policies file that is a folder (IsADirectoryError) or not UTF-8 (UnicodeDecodeError) died in
    a traceback; a folder given as --tenant-file was said not to exist."""
    from marlib.remediation.policies import set_policy
    store = Store(tmp_path / "m.duckdb")
    set_policy(store, "INBOUND", mar=True, action="delete")
    folder = tmp_path / "scenarios"
    folder.mkdir()
    binary = tmp_path / "latin1.json"
    binary.write_bytes(b'{"name": "caf\xe9"}')
    for args in (["simulate", "--scenario", str(folder)], ["replay", "--policies", str(folder)],
                 ["simulate", "--scenario", str(binary)], ["replay", "--policies", str(binary)]):
        code, out, err = _run(capsys, "--db", str(store.path), *args, "--json")
        assert code == 2 and args[-1] in _error(out)["message"], (args, err)
    code, out, err = _run(capsys, "--db", str(store.path), "settings", "tenant", "simulated", "--tenant-file",
                          str(folder))
    assert code == 2 and f"{folder} is a folder" in err and "does not exist" not in err, err


def test_an_empty_log_path_is_refused_not_read_as_the_current_folder(tmp_path, capsys, monkeypatch):
    """`ingest "$LOGS"` / `watch "$LOGS"` with the variable unset read the current folder, recursively (from the
    repository: its committed sample, ingested and, by watch, remediated)."""
    from marlib.ingest.api import ingest_paths
    from marlib.errors import InputError
    cwd = tmp_path / "cwd"
    (cwd / "esa").mkdir(parents=True)
    (cwd / "esa" / "mail.current").write_text("Sat Nov 20 10:00:00 2026 Info: MID 1 ICID 2 From: <a@b.c>\n")
    monkeypatch.chdir(cwd)
    db = str(tmp_path / "m.duckdb")
    for args in (["ingest", ""], ["ingest", str(cwd / "esa"), " "]):
        code, out, err = _run(capsys, "--db", db, *args, "--json")
        assert code == 2, (args, out, err)
        assert "empty" in err and "Traceback" not in err, err
    import os
    import subprocess
    import sys
    root = Path(__file__).resolve().parents[1]   # a watch of the current folder would not end: a subprocess
    proc = subprocess.run([sys.executable, "-m", "marlib", "--db", db, "watch", "", "--interval", "1"], cwd=cwd,
                          env={**os.environ, "PYTHONPATH": str(root)}, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "empty" in proc.stderr, proc.stderr
    assert not (tmp_path / "m.duckdb").exists() or Store(db).query_one("SELECT count(*) FROM messages")[0] == 0
    try:
        ingest_paths(Store(tmp_path / "lib.duckdb"), [""])
    except InputError as exc:
        assert "empty" in exc.message
    else:
        raise AssertionError("the library read the current folder for an empty path")


def test_report_times_at_the_end_of_the_calendar_or_empty_are_errors(tmp_path, capsys):
    """`report --until 9999-12-31` (a date alone: to the end of that day) died in an OverflowError traceback, and
    `report --since "$SINCE"` with the variable unset reported over all time, as if no --since was given."""
    from marlib.remediation.policies import set_policy
    store = Store(tmp_path / "m.duckdb")
    set_policy(store, "INBOUND", mar=True, action="delete")
    for args in (["report", "--until", "9999-12-31"], ["replay", "--until", "9999-12-31", "--no-save"],
                 ["report", "--since", ""], ["report", "--until", " "]):
        code, out, err = _run(capsys, "--db", str(store.path), *args, "--json")
        assert code == 2, (args, err)
        assert args[2] in _error(out)["message"] or "empty" in _error(out)["message"], (args, out)


def test_an_empty_output_file_is_an_error_not_no_file(tmp_path, capsys):
    """`report --csv "$OUT"` with the variable unset wrote no file and exited 0, as if --csv had not been given."""
    from marlib.remediation.policies import set_policy
    store = Store(tmp_path / "m.duckdb")
    set_policy(store, "INBOUND", mar=True, action="delete")
    for args in (["report", "--csv", ""], ["report", "--xlsx", " "], ["rejects", "--csv", ""],
                 ["simulate", "--export-tenant", "", "--no-save"]):
        code, out, err = _run(capsys, "--db", str(store.path), *args, "--json")
        assert code == 2, (args, err)
        assert f"{args[1]} is empty" in _error(out)["message"], (args, out)


def test_output_to_a_full_disk_is_an_error_not_a_traceback(tmp_path):
    """`marlib ... >> /var/log/marlib.json` on a full disk died in an OSError traceback (exit 1), not saying that
    the command's work was done and only its answer was lost."""
    import subprocess
    import sys
    from marlib.remediation.policies import set_policy
    store = Store(tmp_path / "m.duckdb")
    set_policy(store, "INBOUND", mar=True, action="delete")
    root = Path(__file__).resolve().parents[1]
    for args in (["policy", "list", "--json"], ["settings", "show"]):
        with open("/dev/full", "w") as full:
            proc = subprocess.run([sys.executable, "-m", "marlib", "--db", str(store.path), *args], cwd=root,
                                  stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
        assert proc.returncode == 2, proc.stderr
        assert "Traceback" not in proc.stderr and "No space left on device" in proc.stderr, proc.stderr
        assert "what to do:" in proc.stderr


def test_a_busy_database_has_its_own_exit_code_not_a_usage_errors(tmp_path, capsys, monkeypatch):
    """Another process held the database past the bounded wait: the command exited 2, as a mistyped one does, so
    a script could not tell "try again later" from "your command is wrong". It exits 75 (EX_TEMPFAIL), with the
    same message and advice, and --json's error object last."""
    import subprocess
    import sys
    import textwrap
    store = Store(tmp_path / "m.duckdb")
    store.query_one("SELECT 1")
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import duckdb, sys
        con = duckdb.connect({str(store.path)!r})
        print("locked", flush=True)
        sys.stdin.readline()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    monkeypatch.setenv("MARLIB_DB_LOCK_WAIT", "0.2")
    try:
        assert holder.stdout.readline().strip() == "locked"
        code, out, err = _run(capsys, "--db", str(store.path), "policy", "list", "--json")
        code_text, _, err_text = _run(capsys, "--db", str(store.path), "settings", "show")
    finally:
        holder.stdin.close()
        holder.wait()
    assert code == 75 and code_text == 75, err
    assert f"error: Database {store.path} is busy: another marlib process held it for 0.2 s" in err
    assert "what to do: wait for the other command to finish" in err and "Traceback" not in err_text
    assert _error(out)["error"] == "StoreLockedError"
    # a mistyped command stays a usage error, and the database, free again, answers
    assert _run(capsys, "--db", str(store.path), "policy", "lisst")[0] == 2
    assert _run(capsys, "--db", str(store.path), "policy", "list", "--json")[0] == 0


def test_a_database_lock_wait_that_is_no_number_is_an_error(tmp_path, capsys, monkeypatch):
    store = Store(tmp_path / "m.duckdb")
    store.query_one("SELECT 1")
    monkeypatch.setenv("MARLIB_DB_LOCK_WAIT", "soon")
    code, out, err = _run(capsys, "--db", str(store.path), "policy", "list", "--json")
    assert code == 2 and "MARLIB_DB_LOCK_WAIT='soon' is not a number of seconds" in err
    assert _error(out)["error"] == "StoreError"


def _run_into(tmp_path, args: list[str], stdout: str, stderr: str) -> tuple[int, str]:
    """The CLI in a process whose stdout/stderr is ``closed`` (a pipe whose reader is gone: `| head -c1`),
    ``full`` (/dev/full) or ``pipe`` (read here): its exit code and what it wrote to stderr when read."""
    import os
    import subprocess
    import sys

    def stream(kind: str):
        if kind == "closed":
            read_end, write_end = os.pipe()
            os.close(read_end)
            return write_end
        return os.open("/dev/full", os.O_WRONLY) if kind == "full" else subprocess.PIPE
    out, err = stream(stdout), stream(stderr)
    try:
        proc = subprocess.run([sys.executable, "-m", "marlib", *args], stdout=out, stderr=err,
                              cwd=Path(__file__).resolve().parents[1], timeout=120)
    finally:
        for fd in (out, err):
            if isinstance(fd, int) and fd >= 0:
                os.close(fd)
    return proc.returncode, (proc.stderr or b"").decode()


def test_an_error_into_a_closed_pipe_or_a_full_disk_ends_quietly_with_its_exit_code(tmp_path):
    """An error's message or --json object written to a closed pipe (`marlib ... --json | head -c1`) or a full disk
    ended in a traceback (BrokenPipeError, OSError: [Errno 28]) and exit 1, hiding the error and its code; --help
    into either was lost with exit 0. Each ends quietly now, with the code of what happened."""
    missing = ["--db", str(tmp_path / "none.duckdb"), "changes"]
    cases = [   # (arguments, stdout, stderr, exit code)
        ([*missing, "--json"], "closed", "pipe", 2),     # the error's JSON object into a closed pipe
        ([*missing, "--json"], "full", "pipe", 2),       # ... into a full disk
        (missing, "pipe", "closed", 2),                  # the error's message into a closed pipe
        ([*missing, "--bogus", "--json"], "closed", "pipe", 2),   # a usage error
        (["--help"], "closed", "pipe", 141),             # as a command's output into a closed pipe
        (["--help"], "full", "pipe", 2),                 # as a command's output to a full disk
    ]
    for args, stdout, stderr, expected in cases:
        code, err = _run_into(tmp_path, args, stdout, stderr)
        assert code == expected, (args, stdout, stderr, err)
        assert "Traceback" not in err and "Exception ignored" not in err, (args, stdout, stderr, err)
        if stderr == "pipe" and expected == 2:
            assert "error: " in err and ("what to do:" in err or "--bogus" in err), err   # the error is told


def test_check_connection_of_what_is_no_address_is_a_usage_error(tmp_path, capsys):
    """`check-connection notanaddress` answered "Connection Unsuccessful ... not part of the associated mail
    domain" (exit 1), as for a real address outside the tenant's domains: a typo read as a tenant problem."""
    db = str(tmp_path / "m.duckdb")
    duckdb.connect(db).close()   # an empty database: made a marlib one
    code, out, err = _run(capsys, "--db", db, "check-connection", "notanaddress")
    assert code == 2 and "'notanaddress' is not an e-mail address" in err and "mail domain" not in out + err
    code, out, _ = _run(capsys, "--db", db, "check-connection", "bob@outside.example")   # still the table's row
    assert code == 1 and "Connection Unsuccessful" in out


def test_a_tenant_mode_typo_in_the_environment_is_named_as_such(tmp_path, capsys, monkeypatch):
    """MARLIB_TENANT_MODE=simulatd said only "unknown tenant mode 'simulatd'", which reads as the database's
    setting: the user looked there."""
    db = str(tmp_path / "m.duckdb")
    duckdb.connect(db).close()   # an empty database: made a marlib one
    monkeypatch.setenv("MARLIB_TENANT_MODE", "simulatd")
    code, _, err = _run(capsys, "--db", db, "settings", "show")
    assert code == 2 and "from the environment variable MARLIB_TENANT_MODE" in err and "unset it" in err


def test_a_bad_sha256_is_refused_before_the_tenant_is_opened(tmp_path, capsys):
    """`remediate --sha256 zz` and `restore --sha256 abc` opened the tenant first (a simulated one loads: half a
    minute for a large one) and printed `tenant: ...` before saying the hash was no SHA-256."""
    db = str(tmp_path / "m.duckdb")
    duckdb.connect(db).close()
    for command in (["remediate", "--sha256", "zz"], ["restore", "--sha256", "abc"]):
        code, out, err = _run(capsys, "--db", db, *command)
        assert code == 2 and "is not a SHA-256" in err, (command, out, err)
        assert "tenant:" not in out + err, (command, out, err)
