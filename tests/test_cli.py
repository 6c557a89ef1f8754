"""The command-line adapter: errors are messages (and JSON with --json), pipes close quietly."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "marlib", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, **kw)


def test_an_error_with_json_still_ends_with_one_json_object(tmp_path):
    proc = _run("--db", str(tmp_path / "m.duckdb"), "ingest", str(tmp_path / "no-such-dir"), "--json")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and proc.stderr.startswith("error: ")
    last = json.loads(proc.stdout.strip().splitlines()[-1])
    assert last["ok"] is False and last["message"] and last["error"]


def test_output_piped_into_a_closed_reader_stops_without_a_traceback(tmp_path):
    db = str(tmp_path / "m.duckdb")
    # `true` exits before Python has started, so the first print meets a closed pipe
    cmd = f"{sys.executable} -m marlib --db {db} sample --out {tmp_path / 's'} --messages 50 | true"
    proc = subprocess.run(["bash", "-c", cmd], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert "Traceback" not in proc.stderr, proc.stderr


def test_a_mistyped_database_path_is_an_error_not_a_new_empty_database(tmp_path):
    missing = tmp_path / "typo" / "marlib.duckdb"
    proc = _run("--db", str(missing), "changes")
    assert proc.returncode == 2 and "There is no database" in proc.stderr
    assert not missing.exists()


def test_a_mistyped_database_path_is_refused_by_every_command_that_reads_or_writes_it(tmp_path, capsys):
    """Reading commands refuse a path without a database; commands that create one on first use refuse a
    folder that does not exist, instead of making folders and a database no later command looks at."""
    from marlib.cli import main
    typo = tmp_path / "typo" / "marlib.duckdb"
    for args in (["settings", "show"], ["policy", "list"], ["check-connection", "ana@corp.example"]):
        assert main(["--db", str(typo), *args]) == 2, args
        assert "There is no database" in capsys.readouterr().err
    for args in (["policy", "set", "X", "--mar", "on", "--action", "delete"], ["settings", "tenant", "simulated"],
                 ["settings", "set", "--client-id", "c", "--tenant-id", "t", "--thumbprint", "x", "--key", "k"],
                 ["ingest", str(tmp_path)]):
        assert main(["--db", str(typo), *args]) == 2, args
        err = capsys.readouterr().err
        assert f"its folder {typo.parent} does not exist" in err and f"mkdir -p {typo.parent}" in err
    assert not typo.parent.exists()
    fresh = tmp_path / "new.duckdb"   # its folder exists: the first use creates the database
    assert main(["--db", str(fresh), "policy", "set", "X", "--mar", "on", "--action", "delete"]) == 0
    assert fresh.exists() and main(["--db", str(fresh), "settings", "show"]) == 0
    assert main(["--db", str(fresh), "policy", "list"]) == 0 and "X" in capsys.readouterr().out


def test_the_readme_walk_through_starts_on_a_folder_that_does_not_exist_yet(tmp_path, capsys):
    """README: `--db /tmp/demo/marlib.duckdb sample --out /tmp/demo/sample` comes first and makes the folder."""
    from marlib.cli import main
    demo = tmp_path / "demo"
    db = str(demo / "marlib.duckdb")
    assert main(["--db", db, "sample", "--out", str(demo / "sample"), "--messages", "40", "--json"]) == 0
    assert main(["--db", db, "ingest", str(demo / "sample" / "esa"), "--json"]) == 0
    assert main(["--db", db, "settings", "tenant", "simulated", "--tenant-file",
                 str(demo / "sample" / "tenant.json")]) == 0
    assert main(["--db", db, "policy", "list"]) == 0 and main(["--db", db, "settings", "show"]) == 0


def test_a_file_asked_for_in_a_folder_that_does_not_exist_says_so(tmp_path, capsys):
    """report --csv/--xlsx, rejects --csv and simulate --export-tenant name the missing folder and the fix
    (the OS says "No such file or directory", or "Not a directory" when a part of the path is a file)."""
    from marlib.cli import main
    db = str(tmp_path / "m.duckdb")
    assert main(["--db", db, "sample", "--out", str(tmp_path / "s"), "--messages", "40", "--json"]) == 0
    assert main(["--db", db, "ingest", str(tmp_path / "s" / "esa"), "--json"]) == 0
    (tmp_path / "afile").write_text("")
    capsys.readouterr()
    for folder in (tmp_path / "no" / "dir", tmp_path / "afile" / "dir"):
        for args in (["report", "--xlsx", str(folder / "r.xlsx")], ["report", "--csv", str(folder / "r.csv")],
                     ["rejects", "--csv", str(folder / "r.csv")],
                     ["simulate", "--no-save", "--export-tenant", str(folder / "t.json")]):
            assert main(["--db", db, *args, "--json"]) == 2, args
            out, err = capsys.readouterr()
            assert f"the folder {folder} does not exist" in err and f"mkdir -p {folder}" in err, err
            assert json.loads(out.strip().splitlines()[-1])["ok"] is False
    assert f"({tmp_path / 'afile'} is a file)" in err
    assert main(["--db", db, "report", "--csv", str(tmp_path / "r.csv"), "--xlsx", str(tmp_path / "r.xlsx")]) == 0
    assert (tmp_path / "r.csv").stat().st_size and (tmp_path / "r.xlsx").stat().st_size
    keys = str(tmp_path / "afile" / "keys")
    assert main(["--db", db, "cert", "new", "--out", keys, "--email", "a@corp.example"]) == 2
    assert f"({tmp_path / 'afile'} is a file)" in capsys.readouterr().err


def test_cert_new_twice_in_one_folder_keeps_the_first_key(tmp_path, capsys):
    """Running `cert new` again must not replace the key of a certificate already registered with the app."""
    from marlib.cli import main
    keys = tmp_path / "my keys"
    assert main(["cert", "new", "--out", str(keys), "--email", "a@corp.example"]) == 0
    first = {f.name: f.read_bytes() for f in keys.iterdir()}
    capsys.readouterr()
    assert main(["cert", "new", "--out", str(keys), "--email", "a@corp.example", "--json"]) == 2
    out, err = capsys.readouterr()
    assert json.loads(out.strip().splitlines()[-1])["ok"] is False and "already exist" in err, err
    assert {f.name: f.read_bytes() for f in keys.iterdir()} == first
    assert main(["cert", "new", "--out", str(keys), "--name", "second", "--email", "a@corp.example"]) == 0
    assert (keys / "second.key").is_file() and (keys / "marlib.key").read_bytes() == first["marlib.key"]


def test_the_default_database_is_created_with_its_folder_in_a_new_working_directory(tmp_path, monkeypatch):
    """No --db and no MARLIB_DB: the default data/marlib.duckdb is made on first use, data/ with it."""
    from marlib.cli import main
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MARLIB_DB", raising=False)
    assert main(["policy", "set", "X", "--mar", "on", "--action", "delete"]) == 0
    assert (tmp_path / "data" / "marlib.duckdb").exists()


def test_ctrl_c_advice_promises_a_resume_only_where_a_rerun_resumes(capsys):
    import argparse

    from marlib.cli import _interrupted
    said = {}
    for command in ("ingest", "remediate", "simulate", "replay", "report", "sample"):
        assert _interrupted(argparse.Namespace(command=command)) == 130
        said[command] = capsys.readouterr().err
    assert all("resume where it stopped" in said[c] for c in ("ingest", "remediate"))
    assert all("nothing was changed" in said[c] and "resume" not in said[c] for c in ("simulate", "replay", "report"))
    assert "same seed writes the same bytes" in said["sample"]


def test_commands_printed_to_run_next_name_the_database_given_with_db(tmp_path, capsys, monkeypatch):
    """A hint pasted as printed must act on the same database: with --db, every follow-up command the CLI
    prints carries it (else `settings enable` would switch on data/marlib.duckdb, not this one)."""
    from marlib.cli import main
    monkeypatch.delenv("MARLIB_DB", raising=False)
    db = str(tmp_path / "m.duckdb")
    same = f"python -m marlib --db {db} "
    assert main(["--db", db, "policy", "set", "X", "--mar", "on", "--action", "delete"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "settings", "disable"]) == 0
    assert f"`{same}settings enable`" in capsys.readouterr().out
    assert main(["--db", db, "settings", "show"]) == 0
    out = capsys.readouterr().out
    assert f"no ({same}settings enable)" in out and f"({same}settings set ...)" in out
    assert main(["--db", db, "settings", "tenant", "graph"]) == 0
    assert f"`{same}settings enable`" in capsys.readouterr().out
    assert main(["--db", db, "settings", "enable"]) == 0
    assert main(["--db", db, "settings", "tenant", "simulated"]) == 0
    assert main(["--db", db, "settings", "enable"]) == 0
    assert f"`{same}settings tenant graph`" in capsys.readouterr().out
    assert main(["--db", db, "report"]) == 0
    assert f"`{same}runs`" in capsys.readouterr().out
    assert main(["--db", db, "policy", "set", "Zzz", "--mar", "on"]) == 2
    assert f"`{same}policy list`" in capsys.readouterr().err
    bad = tmp_path / "bad.log"
    bad.write_text("Mon Nov 17 10:00:00 2026 Info: Start MID abc ICID 5\n")
    assert main(["--db", db, "ingest", str(bad)]) == 0
    assert f"see the rejected lines with: {same}rejects" in capsys.readouterr().out


def test_a_row_limit_of_zero_shows_the_totals_and_a_negative_one_is_an_error(tmp_path, capsys):
    """report --limit 0 printed pandas' "Empty DataFrame / Columns: [...] / Index: []"; --limit -1 the same
    with "76 more row(s)" for 75 rows, and rejects --json --limit -1 claimed "shown": -1."""
    from marlib.cli import main
    from marlib.store import Store
    db = tmp_path / "m.duckdb"
    Store(db).query_df("SELECT 1")   # migrated, empty
    with Store(db).connect() as con:
        for n in range(3):
            con.execute("INSERT INTO remediation_runs (run_id, mode, tenant_kind, trigger, status, counts, "
                        "started_at) VALUES (?, 'dry-run', 'none', 'sha256', 'finished', '{}', now())", [f"r{n}"])
            con.execute("INSERT INTO remediation_actions (action_id, run_id, mode, sha256, mid, message_id, "
                        "recipient, mailbox, action, status, reason, created_at, updated_at) VALUES "
                        "(?, ?, 'dry-run', ?, 1, '<m@x>', ?, ?, 'delete', 'planned', 'ok', now(), now())",
                        [f"a{n}", f"r{n}", "a" * 64, f"u{n}@corp.example", f"u{n}@corp.example"])
    assert main(["--db", str(db), "report", "--mode", "dry-run", "--limit", "0"]) == 0
    out = capsys.readouterr().out
    assert "Empty DataFrame" not in out and "3 planned" in out and "... 3 more row(s)" in out
    for args in (["report", "--limit", "-1", "--json"], ["rejects", "--limit", "-1", "--json"]):
        assert main(["--db", str(db), *args]) == 2, args
        out, err = capsys.readouterr()
        assert "--limit -1" in err and json.loads(out.strip().splitlines()[-1])["ok"] is False


def test_the_readme_names_every_json_command_whose_last_line_is_a_list(tmp_path, capsys):
    """README promised "one JSON object" from every --json command; changes, runs, alerts and policy list end
    with a list. The README names them, and their errors are still the object with "ok": false."""
    import re
    from marlib.cli import main
    db = str(tmp_path / "m.duckdb")
    assert main(["--db", db, "policy", "set", "X", "--mar", "on", "--action", "delete"]) == 0
    capsys.readouterr()
    lists = set()
    for args in (["changes"], ["runs"], ["alerts"], ["policy", "list"], ["report"], ["rejects"], ["settings", "show"],
                 ["appliances"]):
        assert main(["--db", db, *args, "--json"]) == 0, args
        if isinstance(json.loads(capsys.readouterr().out.strip().splitlines()[-1]), list):
            lists.add(" ".join(args))
    readme = (ROOT / "README.md").read_text()
    said = re.search(r"`--json` commands end with one line of JSON: an object \(a list for ([^)]*)\)", readme)
    assert said and set(re.findall(r"`([^`]+)`", said.group(1).replace("\n", " "))) == lists
    missing = str(tmp_path / "none.duckdb")
    for args in (["changes"], ["runs"], ["alerts"], ["policy", "list"]):
        assert main(["--db", missing, *args, "--json"]) == 2
        assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])["ok"] is False


def test_watch_refuses_an_interval_that_would_spin(tmp_path, capsys):
    """watch --interval -1 (or 0) printed "every -1 s" and re-read the logs and the database in a busy loop."""
    from marlib.cli import main
    logs = tmp_path / "logs"
    logs.mkdir()
    for interval in ("-1", "0", "nan"):
        assert main(["--db", str(tmp_path / "m.duckdb"), "watch", str(logs), "--interval", interval]) == 2
        out, err = capsys.readouterr()
        assert f"--interval {interval}" in err and "every" not in out, (out, err)


def test_a_time_range_that_ends_before_it_starts_and_zero_workers_are_errors(tmp_path, capsys):
    """report --since after --until printed an empty report ("0 succeeded"); remediate --workers 0 ran with the
    default and --workers -3 was passed on to the engine."""
    from marlib.cli import main
    db = str(tmp_path / "m.duckdb")
    assert main(["--db", db, "policy", "set", "X", "--mar", "on", "--action", "delete"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "report", "--since", "2026-12-01", "--until", "2026-11-01", "--json"]) == 2
    out, err = capsys.readouterr()
    assert "is not before --until" in err and json.loads(out.strip().splitlines()[-1])["ok"] is False
    assert main(["--db", db, "report", "--since", "2026-11-01", "--until", "2026-11-01"]) == 0   # that whole day
    for workers in ("0", "-3"):
        assert main(["--db", db, "remediate", "--pending", "--dry-run", "--workers", workers]) == 2
        assert f"--workers {workers}" in capsys.readouterr().err


def test_the_readme_walk_through_failed_report_hint_reports_the_walks_runs(tmp_path, capsys):
    """The walk-through acts on the simulated tenant; its hint `report failed --csv F` reported live runs (the
    default mode), so it wrote an empty file. The hint as the README gives it reports the walk's own runs."""
    import re
    import shlex
    from marlib.cli import main
    readme = (ROOT / "README.md").read_text()
    hint = re.search(r"# the MAR report; `(report failed[^`]*)`", readme).group(1)
    db = str(tmp_path / "marlib.duckdb")
    assert main(["--db", db, "sample", "--out", str(tmp_path / "sample"), "--messages", "40", "--json"]) == 0
    assert main(["--db", db, "ingest", str(tmp_path / "sample" / "esa"), "--json"]) == 0
    assert main(["--db", db, "settings", "tenant", "simulated", "--tenant-file",
                 str(tmp_path / "sample" / "tenant.json")]) == 0
    capsys.readouterr()
    args = [str(tmp_path / "f.csv") if a == "F" else a for a in shlex.split(hint)]
    assert main(["--db", db, *args, "--json"]) == 0
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])["mode"] == "simulated"


def test_the_librarys_advice_names_the_database_given_with_db_quoted_for_the_shell(tmp_path, capsys):
    """An error's advice comes from the library, which does not know the command line: the CLI adds the --db
    given to each command it names (quoted, for a path with a space), in the text and in the JSON."""
    from marlib.cli import main
    db = tmp_path / "my data" / "m.duckdb"
    db.parent.mkdir()
    assert main(["--db", str(db), "changes", "--json"]) == 2
    captured = capsys.readouterr()
    same = f"python -m marlib --db '{db}' "
    assert f"`{same}ingest LOGS`" in captured.err and f"`{same}seed`" in captured.err
    assert f"`{same}seed`" in json.loads(captured.out.strip().splitlines()[-1])["advice"]


def test_a_command_line_argparse_cannot_read_still_ends_with_one_json_object_with_json(tmp_path, capsys):
    from marlib.cli import main
    assert main(["--db", str(tmp_path / "m.duckdb"), "appliances", "--json", "--bogus"]) == 2
    captured = capsys.readouterr()
    assert "usage: python -m marlib " in captured.err and "unrecognized arguments: --bogus" in captured.err
    last = json.loads(captured.out.strip().splitlines()[-1])
    assert (last["ok"], last["error"], last["code"]) == (False, "UsageError", "usage")
    assert main(["--db", str(tmp_path / "m.duckdb"), "appliances", "--bogus"]) == 2   # no --json: no JSON
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("db_option", [["--db", "DB"], ["--db=DB"]])
def test_db_given_after_the_command_says_to_give_it_before(tmp_path, capsys, db_option):
    """`python -m marlib changes --db F`: argparse only says 'unrecognized arguments'; the advice says where
    --db goes."""
    from marlib.cli import main
    db = str(tmp_path / "m.duckdb")
    assert main(["changes", "--json", *[a.replace("DB", db) for a in db_option]]) == 2
    captured = capsys.readouterr()
    assert "what to do: give --db before the command" in captured.err, captured.err
    assert "--db FILE COMMAND" in json.loads(captured.out.strip().splitlines()[-1])["advice"]


def test_a_folder_or_an_empty_string_given_as_the_database_says_what_it_is(tmp_path, capsys):
    from marlib.cli import main
    assert main(["--db", str(tmp_path), "changes"]) == 2
    err = capsys.readouterr().err
    assert f"Cannot open database {tmp_path}: it is a folder, not a database file" in err
    assert f"give the database file's path, e.g. {tmp_path / 'marlib.duckdb'}" in err and "backup" not in err
    assert main(["--db", "", "changes"]) == 2
    assert "error: --db is empty" in capsys.readouterr().err


def test_ctrl_c_while_the_modules_load_still_ends_with_one_json_object_with_json(tmp_path):
    """Ctrl-C before the command line is even read (here: as `marlib.cli` is imported) stops with 130; with
    --json the last line is the interrupted object, as for a Ctrl-C later on."""
    script = ("import runpy, sys, types\n"
              "stub = types.ModuleType('marlib.cli')\n"
              "def __getattr__(name):\n"
              "    raise KeyboardInterrupt\n"
              "stub.__getattr__ = __getattr__\n"
              "sys.modules['marlib.cli'] = stub\n"
              f"sys.argv = ['marlib', '--db', {str(tmp_path / 'm.duckdb')!r}, 'changes', '--json']\n"
              "runpy.run_module('marlib', run_name='__main__')\n")
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 130, proc.stderr
    assert proc.stderr.startswith("interrupted; nothing was changed")
    assert json.loads(proc.stdout.strip().splitlines()[-1])["code"] == "interrupted"


def test_an_errors_json_keeps_its_kind_when_the_service_answered_an_error_field(tmp_path, capsys, monkeypatch):
    """Entra answers {"error": "invalid_client", ...}: the AuthError built from it carries that field, which used
    to replace the JSON object's "error" (the kind every other error names); it is kept as service_error."""
    from marlib.cli import main
    from marlib.errors import AuthError
    from marlib.graph.auth import error_from_result
    exc = error_from_result({"error": "invalid_client", "error_description": "AADSTS7000215: bad secret",
                             "error_codes": [7000215]}, authority="https://login.microsoftonline.com/t")
    assert isinstance(exc, AuthError)
    got = exc.as_dict()
    assert got["error"] == "AuthError" and got["service_error"] == "invalid_client" and got["message"]

    def refuses(args, store):
        raise exc
    import marlib.cli.report_cmd as report_cmd
    from marlib.store import Store
    monkeypatch.setattr(report_cmd, "run_report", refuses)   # registered as the handler by main's parser
    db = tmp_path / "m.duckdb"
    with Store(db).connect():
        pass
    assert main(["--db", str(db), "report", "--json"]) == 2
    last = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert (last["ok"], last["error"], last["service_error"]) == (False, "AuthError", "invalid_client")


@pytest.mark.parametrize("sigint", ["default", "ignored"])
def test_sigterm_stops_a_one_off_command_as_ctrl_c_does_and_still_ends_with_its_json(tmp_path, sigint):
    """`timeout 60 python -m marlib remediate --pending --json` (or systemd, or `kill`): SIGTERM killed the command
    on the spot, with no message and the JSON line cut or missing. It now stops it as a Ctrl-C does (exit 143).
    The command is caught waiting for another process that holds the database, so it is surely mid-way. A command
    started in the background of a script (`cmd &`) has SIGINT ignored, which Python keeps: SIGTERM must stop it
    all the same."""
    import signal
    import textwrap

    from marlib.store import Store
    db = tmp_path / "m.duckdb"
    Store(db).query_one("SELECT 1")
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import duckdb, sys
        con = duckdb.connect({str(db)!r})
        print("locked", flush=True)
        sys.stdin.readline()
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        ignore = (lambda: signal.signal(signal.SIGINT, signal.SIG_IGN)) if sigint == "ignored" else None
        cmd = subprocess.Popen([sys.executable, "-m", "marlib", "--db", str(db), "changes", "--json"], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=ignore)
        assert "another marlib process" in cmd.stderr.readline()   # it waits for the database now
        cmd.send_signal(signal.SIGTERM)
        out, err = cmd.communicate(timeout=60)
    finally:
        holder.stdin.close()
        holder.wait()
    assert cmd.returncode == 143, err
    assert "interrupted (SIGTERM); nothing was changed" in err and "Traceback" not in err
    last = json.loads(out.strip().splitlines()[-1])
    assert (last["code"], last["message"]) == ("interrupted", "interrupted (SIGTERM)")


@pytest.mark.parametrize("argv,names", [([], ["ingest", "remediate", "check-connection", "app"]),
                                        (["settings"], ["set", "show", "tenant"]),
                                        (["policy"], ["set", "list"])], ids=["no-command", "settings", "policy"])
def test_a_command_line_without_its_command_lists_the_commands(capsys, argv, names):
    """`python -m marlib` alone, a newcomer's first try, said only "the following arguments are required:
    COMMAND": it now lists the commands (the --help text), still exit 2."""
    from marlib.cli import main
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "required" in err
    listed = {line.split()[0] for line in err.splitlines() if line.startswith("    ") and line.strip()}
    assert set(names) <= listed, err
