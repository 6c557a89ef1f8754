"""Report queries over a real DuckDB file: counts, tracking search, message details, the MAR report
(by recipient / SHA-256 / reason, live vs simulated, time filter), failed recipients, caching."""
from __future__ import annotations

import datetime as dt
import time

import pandas as pd
import pytest

from marlib import reports
from marlib.demo import fill_synthetic
from marlib.errors import InputError
from marlib.remediation.marlog import for_store
from marlib.store import Store
from marlib.workbench import Workbench

N = 3000


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Store:
    s = Store(tmp_path_factory.mktemp("reports") / "r.duckdb")
    fill_synthetic(s, N, hashes=300, retrospective=12, days=10)
    with s.connect() as con:
        con.execute("""
            INSERT INTO remediation_actions (action_id, run_id, mode, sha256, filename, mid, message_id,
                recipient, mailbox, action, status, reason, created_at, updated_at)
            SELECT md5(a.mid::VARCHAR || r.rid || m), 'run-' || m, m, a.sha256, a.filename, a.mid,
                   msg.message_id, r.address, r.address, 'delete',
                   CASE WHEN a.mid % 4 = 0 THEN 'failed' ELSE 'succeeded' END,
                   CASE WHEN a.mid % 4 = 0 THEN 'message_not_found' ELSE 'ok' END,
                   TIMESTAMP '2026-10-05' + to_days((a.mid % 5)::INT), TIMESTAMP '2026-10-05' + to_days((a.mid % 5)::INT)
            FROM attachments a JOIN messages msg USING (mid) JOIN recipients r USING (mid),
                 (VALUES ('live'), ('simulated')) v(m)
            WHERE r.status = 'delivered' AND a.mid <= 600""")
    return s


def sql(store: Store, query: str, params=None):
    return store.query_one(query, params)[0]


def test_overview_counts_match_the_tables(store):
    c = reports.overview_counts(store)
    assert c["messages"] == N
    assert c["recipients"] == sql(store, "SELECT count(*) FROM recipients")
    assert c["delivered"] == sql(store, "SELECT count(*) FROM recipients WHERE status = 'delivered'")
    assert c["attachments"] == sql(store, "SELECT count(*) FROM attachments")
    assert c["retrospective_malicious"] == 12


def test_search_by_each_field(store):
    m = store.query_df("SELECT m.*, r.address, a.sha256 FROM messages m JOIN recipients r USING (mid) "
                       "JOIN attachments a USING (mid) WHERE mid = 1201").iloc[0]
    assert list(reports.search_messages(store, "mid", "1201").rows["mid"]) == [1201]
    assert 1201 in set(reports.search_messages(store, "message_id", m["message_id"]).rows["mid"])
    assert 1201 in set(reports.search_messages(store, "sha256", m["sha256"][:10].upper()).rows["mid"])
    by_sender = reports.search_messages(store, "sender", m["sender"].upper(), page_size=1000)
    assert all(s.lower() == m["sender"].lower() or m["sender"].lower() in s.lower() for s in by_sender.rows["sender"])
    by_rcpt = reports.search_messages(store, "recipient", m["address"], page_size=1000)
    assert 1201 in set(by_rcpt.rows["mid"])
    by_subject = reports.search_messages(store, "subject", m["subject"])
    assert m["subject"] in set(by_subject.rows["subject"])


def test_search_pages_and_time_window(store):
    first = reports.search_messages(store, "subject", "invoice", page_size=50)
    assert first.total == N and len(first.rows) == 50 and first.pages == N // 50
    second = reports.search_messages(store, "subject", "invoice", page=1, page_size=50)
    assert set(first.rows["mid"]).isdisjoint(second.rows["mid"])
    capped = reports.search_messages(store, "subject", "invoice", page_size=10**9)
    assert capped.page_size == reports.MAX_ROWS
    start, end = dt.datetime(2026, 10, 2), dt.datetime(2026, 10, 3)
    window = reports.search_messages(store, "subject", "invoice", start=start, end=end, page_size=5000)
    assert window.total == sql(store, "SELECT count(*) FROM messages WHERE received_at >= ? AND received_at < ?",
                               [start, end])
    assert window.rows["received_at"].between(start, end).all()


def test_search_rejects_bad_input(store):
    with pytest.raises(InputError):
        reports.search_messages(store, "mid", "12x")
    with pytest.raises(InputError):
        reports.search_messages(store, "icid", "1")
    with pytest.raises(InputError):
        reports.search_messages(store, "subject", "  ")


def test_hostile_search_text_is_data_not_sql(store):
    assert reports.search_messages(store, "subject", "x'); DROP TABLE messages; --").total == 0
    assert sql(store, "SELECT count(*) FROM messages") == N


def test_message_detail_lifecycle(store):
    d = reports.message_detail(store, 100)  # carries an attachment (mid % 5 < 2) and was remediated
    assert d["message"]["mid"] == 100
    assert len(d["attachments"]) == 1 and len(d["recipients"]) >= 1
    assert set(d["verdicts"]["kind"]) >= {"initial"}
    assert set(d["remediation"]["mode"]) == {"live", "simulated"}
    events = list(d["lifecycle"]["event"])
    assert events[0] == "received" and "finished" in events
    assert any(e.startswith("remediation") for e in events)
    times = d["lifecycle"]["time"].dropna()
    assert times.is_monotonic_increasing
    with pytest.raises(InputError):
        reports.message_detail(store, 10**9)


def test_mar_report_by_recipient_and_sha_matches_the_journal(store):
    live = reports.mar_by(store, "sha256", mode="live")
    expect = store.query_df("SELECT sha256, count(*) FILTER (WHERE status = 'failed') AS failed, count(*) AS total "
                            "FROM remediation_actions WHERE mode = 'live' GROUP BY 1")
    merged = live.merge(expect, on="sha256", suffixes=("", "_sql"))
    assert len(merged) == len(expect) == len(live)
    assert (merged["failed"] == merged["failed_sql"]).all() and (merged["total"] == merged["total_sql"]).all()
    assert live["file_names"].notna().all()
    by_rcpt = reports.mar_by(store, "recipient", mode=None)
    assert by_rcpt["total"].sum() == sql(store, "SELECT count(*) FROM remediation_actions")
    reasons = reports.mar_by(store, "reason", mode="live")
    assert set(reasons["reason"]) == {"ok", "message_not_found"}
    with pytest.raises(InputError):
        reports.mar_by(store, "subject")


def test_mode_and_time_filters(store):
    live = reports.mar_summary(store, mode="live")
    sim = reports.mar_summary(store, mode="simulated")
    both = reports.mar_summary(store, mode=None)
    assert live["succeeded"] == sim["succeeded"] and both["succeeded"] == 2 * live["succeeded"]
    start = dt.datetime(2026, 10, 7)
    later = reports.mar_summary(store, mode="live", start=start)
    assert later["succeeded"] + later["failed"] == sql(
        store, "SELECT count(*) FROM remediation_actions WHERE mode = 'live' AND updated_at >= ?", [start])
    with pytest.raises(InputError):
        reports.mar_summary(store, mode="pretend")


def test_failed_recipients_lists_only_failures(store):
    failed = reports.failed_recipients(store, mode="live")
    assert len(failed) == sql(store, "SELECT count(*) FROM remediation_actions WHERE mode = 'live' "
                                     "AND status = 'failed'")
    assert set(failed["status"]) == {"failed"} and set(failed["reason"]) == {"message_not_found"}


def test_verdict_changes_pending_and_handled(tmp_path):
    s = Store(tmp_path / "v.duckdb")
    fill_synthetic(s, 500, hashes=50, retrospective=5, days=5)
    changes = reports.verdict_changes(s)
    assert len(changes) == 5 and not changes["handled"].any()
    key = changes["event_key"].iloc[0]
    with s.connect() as con:
        con.execute("INSERT INTO remediation_changes (event_key, sha256, run_id, handled_at) VALUES (?, ?, 'r1', now())", [key, changes["sha256"].iloc[0]])
    assert list(reports.verdict_changes(s, pending=True)["event_key"]).count(key) == 0
    assert len(reports.verdict_changes(s, pending=True)) == 4


def test_log_lines_reads_the_mar_log(tmp_path):
    s = Store(tmp_path / "l.duckdb")
    log = for_store(s)
    log.outcome({"status": "failed", "action": "delete", "recipient": "a@corp.example", "sha256": "ab" * 32,
                 "reason": "message_not_found", "mid": 7})
    log.outcome({"status": "succeeded", "action": "delete", "recipient": "b@corp.example", "sha256": "cd" * 32,
                 "reason": "ok", "mid": 8})
    for h in log.mar.handlers:
        h.flush()
    lines = reports.log_lines(s, "mar")
    assert len(lines) == 2 and lines["text"].str.contains("MAR").all()
    assert list(reports.log_lines(s, "mar", contains="A@CORP")["level"]) == ["Warning"]
    with pytest.raises(InputError):
        reports.log_lines(s, "../etc/passwd")


def test_two_databases_in_one_folder_keep_their_own_logs(tmp_path):
    """esa1.duckdb's Logs page must not show esa2.duckdb's runs: each writes logs/<db name>.mar.log."""
    a, b = Store(tmp_path / "esa1.duckdb"), Store(tmp_path / "esa2.duckdb")
    for store, who in ((a, "a"), (b, "b")):
        log = for_store(store)
        log.run_started(f"run-{who}", "live", "contoso", ["ab" * 32], 1)
        log.outcome({"status": "succeeded", "action": "delete", "recipient": f"{who}@corp.example",
                     "sha256": "ab" * 32, "reason": "ok", "mid": 7})
    for store, who, other in ((a, "a", "b"), (b, "b", "a")):
        mar, mail = reports.log_lines(store, "mar"), reports.log_lines(store, "mail_logs")
        assert len(mar) == 1 and f"{who}@corp.example" in mar["text"][0]
        assert len(mail) == 1 and f"run run-{who} " in mail["text"][0]
        assert set(mar["file"]) == {f"esa{'1' if who == 'a' else '2'}.mar.log"}
        assert not reports.log_lines(store, "mar", contains=f"{other}@corp.example").size
    assert sorted(p.name for p in (tmp_path / "logs").iterdir()) == [
        "esa1.mail_logs.log", "esa1.mar.log", "esa2.mail_logs.log", "esa2.mar.log"]


def test_log_lines_still_read_the_shared_log_of_before(tmp_path):
    """An installation from before wrote logs/mar.log: its lines stay on the Logs page, after the new ones."""
    s = Store(tmp_path / "esa1.duckdb")
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "mar.log").write_text("Fri Nov 27 10:00:00 2026 Info: MAR succeeded: old@corp.example\n")
    for_store(s).outcome({"status": "failed", "action": "delete", "recipient": "new@corp.example",
                          "sha256": "ab" * 32, "reason": "connectivity", "mid": 8})
    lines = reports.log_lines(s, "mar")
    assert list(lines["file"]) == ["esa1.mar.log", "mar.log"]
    assert "new@corp.example" in lines["text"][0] and "old@corp.example" in lines["text"][1]
    assert (tmp_path / "logs" / "mar.log").read_text().count("\n") == 1   # nothing new goes to the shared file


def test_workbench_caches_until_the_data_changes(tmp_path):
    s = Store(tmp_path / "w.duckdb")
    fill_synthetic(s, 200, hashes=20, retrospective=2, days=2)
    wb = Workbench(s, version_ttl_s=3600)
    first = wb.report("overview_counts")
    assert wb.report("overview_counts") is first
    with s.connect() as con:
        con.execute("INSERT INTO ingest_runs (run_id, started_at, finished_at, summary) VALUES ('r2', now(), now(), '{}')")
        con.execute("DELETE FROM messages WHERE mid = 1")
    assert wb.report("overview_counts") is first   # within the TTL another process's write is not seen yet
    wb.invalidate()
    again = wb.report("overview_counts")
    assert again is not first and again["messages"] == first["messages"] - 1
    with pytest.raises(InputError):
        wb.report("_actions_source")


def test_workbench_jobs_run_in_a_thread_and_keep_errors(tmp_path):
    wb = Workbench(Store(tmp_path / "j.duckdb"))

    def work(progress):
        for i in range(3):
            progress(i + 1, 3, "step")
        return {"ok": True}

    def broken(progress):
        raise InputError("nothing to remediate", advice="pick a hash")

    ok, bad = wb.start_job("remediate", "ok", work, who="ana@corp.example"), wb.start_job("remediate", "bad", broken)
    deadline = time.monotonic() + 10
    while wb.running() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert ok.state == "done" and ok.result == {"ok": True} and ok.done == 3 and ok.started_by == "ana@corp.example"
    assert bad.state == "failed" and bad.error["advice"] == "pick a hash"
    assert [j.id for j in wb.jobs()] == [bad.id, ok.id]


def test_only_one_ingest_job_runs_at_a_time(tmp_path):
    """The Data page's "one ingest at a time" was a disabled button: two sessions (or a double click) could
    both start one. The check and the start are now one step of the workbench."""
    import threading
    wb = Workbench(Store(tmp_path / "jobs.duckdb"))
    release = threading.Event()
    first = wb.start_only_job("ingest", "/logs/a", lambda progress: release.wait(10), who="ana@corp.example")
    with pytest.raises(InputError, match=rf"ingest #{first.id} \(/logs/a\) by ana@corp.example is still running"):
        wb.start_only_job("ingest", "/logs/b", lambda progress: None)
    other = wb.start_only_job("remediate", "x", lambda progress: None)      # another kind is not held up
    release.set()
    deadline = time.monotonic() + 10
    while wb.running() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert first.state == other.state == "done"
    assert wb.start_only_job("ingest", "/logs/b", lambda progress: None).id > first.id
    assert [j.label for j in wb.jobs("ingest")][-1] == "/logs/a" and len(wb.jobs("ingest")) == 2


@pytest.mark.parametrize("name", ["Store", "InputError", "Verdict", "SearchResult", "dataclass", "Any",
                                  "table_exists", "", "rejects; DROP TABLE messages", "__init__"])
def test_report_names_come_from_an_allow_list(tmp_path, name):
    """Review R2: getattr(reports, name) also reached the module's imports (Store, InputError, dataclass)."""
    import marlib
    wb_app = Workbench(Store(tmp_path / "a.duckdb"))
    wb_lib = marlib.open(tmp_path / "b.duckdb", sample=False)
    with pytest.raises(InputError):
        wb_app.report(name)
    with pytest.raises(InputError):
        wb_lib.query(name)
    assert "rejects" in reports.REPORTS and "Store" not in reports.REPORTS
    assert wb_lib.query("rejects").empty and wb_app.report("overview_counts")["messages"] == 0


def _journal(con, rows) -> None:
    """Journal rows (action_id, run_id, mode, message_id, mailbox, sha, status, reason, day[, action])."""
    for aid, run, mode, msg, box, sha, status, reason, day, *action in rows:
        con.execute("INSERT INTO remediation_actions (action_id, run_id, mode, sha256, mid, message_id, recipient, "
                    "mailbox, action, status, reason, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?, "
                    "?, ?, ?, ?, ?)", [aid, run, mode, sha, msg, box, box, action[0] if action else "delete",
                                       status, reason, dt.datetime(2026, 11, day), dt.datetime(2026, 11, day)])


def _runs(con, runs) -> None:
    """remediation_runs rows (run_id, mode, tenant)."""
    for run, mode, tenant in runs:
        con.execute("INSERT INTO remediation_runs (run_id, mode, tenant) VALUES (?, ?, ?)", [run, mode, tenant])


def test_report_counts_each_copy_once_by_its_latest_outcome(tmp_path):
    """F3: a copy that failed (connectivity) and succeeded on a retry is succeeded, listed once."""
    s = Store(tmp_path / "retry.duckdb")
    a, b = "aa" * 32, "bb" * 32
    with s.connect() as con:
        _journal(con, [("1", "r1", "live", "<m1>", "x@corp", a, "failed", "connectivity", 1),
                       ("2", "r1", "live", "<m1>", "y@corp", a, "failed", "connectivity", 1),
                       ("3", "r1", "live", "<m2>", "x@corp", b, "succeeded", "ok", 1),
                       ("4", "r2", "live", "<m1>", "x@corp", a, "succeeded", "ok", 2),   # the retry fixed it
                       ("5", "r3", "live", "<m1>", "y@corp", a, "failed", "connectivity", 3)])  # still down
    summary = reports.mar_summary(s, mode="live")
    assert (summary["succeeded"], summary["failed"], summary["files"]) == (2, 1, 2)
    failed = reports.failed_recipients(s, mode="live")
    assert list(failed["mailbox"]) == ["y@corp"]
    by_rcpt = reports.mar_by(s, "recipient", mode="live").set_index("recipient")
    assert by_rcpt.loc["x@corp", ["succeeded", "failed", "total"]].tolist() == [2, 0, 2]
    assert by_rcpt.loc["y@corp", ["succeeded", "failed", "total"]].tolist() == [0, 1, 1]
    by_sha = reports.mar_by(s, "sha256", mode="live").set_index("sha256")
    assert by_sha.loc[a, ["succeeded", "failed", "total"]].tolist() == [1, 1, 2]
    assert reports.mar_by(s, "status", mode="live", status="failed")["total"].sum() == 1


def test_a_later_already_remediated_skip_does_not_hide_the_success(tmp_path):
    """A run again (remediate --sha256 of a finished file, a retry after an outage) writes an
    already_remediated skip for the copies done before: the copy stays succeeded in every report."""
    s = Store(tmp_path / "again.duckdb")
    a, b = "aa" * 32, "bb" * 32
    with s.connect() as con:
        _journal(con, [("1", "r1", "live", "<m1>", "x@corp", a, "succeeded", "ok", 1),
                       ("2", "r1", "live", "<m1>", "y@corp", a, "failed", "connectivity", 1),
                       ("3", "r2", "live", "<m1>", "y@corp", a, "succeeded", "ok", 2),
                       ("4", "r3", "live", "<m1>", "x@corp", a, "skipped", "already_remediated", 3),
                       ("5", "r3", "live", "<m1>", "y@corp", a, "skipped", "already_remediated", 3),
                       # b is in the same message, deleted by a's run: only ever already_remediated
                       ("6", "r4", "live", "<m1>", "x@corp", b, "skipped", "already_remediated", 4)])
    summary = reports.mar_summary(s, mode="live")
    assert (summary["succeeded"], summary["failed"], summary["skipped"]) == (2, 0, 1)
    by_sha = reports.mar_by(s, "sha256", mode="live").set_index("sha256")
    assert by_sha.loc[a, ["succeeded", "skipped", "total"]].tolist() == [2, 0, 2]
    assert by_sha.loc[b, ["succeeded", "skipped", "total"]].tolist() == [0, 1, 1]
    assert reports.failed_recipients(s, mode="live").empty


def test_report_modes_separate_whatif_from_the_simulated_tenant(tmp_path):
    """F3: what-if simulations (runs in whatif_runs) are their own mode, not "simulated"."""
    import marlib
    s = Store(tmp_path / "modes.duckdb")
    a = "aa" * 32
    with s.connect() as con:
        _journal(con, [("1", "real", "simulated", "<m1>", "x@corp", a, "succeeded", "ok", 1),
                       ("2", "wi", "simulated", "<m1>", "x@corp", a, "failed", "connectivity", 2),
                       ("3", "wi", "simulated", "<m2>", "y@corp", a, "failed", "connectivity", 2),
                       ("4", "live", "live", "<m1>", "x@corp", a, "succeeded", "ok", 1)])
        con.execute("INSERT INTO whatif_runs (run_id, kind) VALUES ('wi', 'simulate')")
        for run, mode in (("real", "simulated"), ("wi", "simulated"), ("live", "live")):
            con.execute("INSERT INTO remediation_runs (run_id, mode) VALUES (?, ?)", [run, mode])
    sim = reports.mar_summary(s, mode="simulated")
    whatif = reports.mar_summary(s, mode="whatif")
    assert (sim["succeeded"], sim["failed"]) == (1, 0)
    assert (whatif["succeeded"], whatif["failed"]) == (0, 2)
    assert reports.mar_summary(s, mode=None)["succeeded"] == 2   # live + simulated: each mode's own copies
    assert reports.failed_recipients(s, mode="simulated").empty
    assert set(reports.failed_recipients(s, mode="whatif")["mode"]) == {"whatif"}
    assert list(reports.remediation_runs(s, mode="whatif")["run_id"]) == ["wi"]
    assert list(reports.remediation_runs(s, mode="simulated")["run_id"]) == ["real"]
    assert set(reports.remediation_events(s, sha256=a, mode="simulated")["run_id"]) == {"real"}
    wb = marlib.open(tmp_path / "modes.duckdb", sample=False)
    assert wb.report(mode="whatif")["failed"].iloc[0] == 2
    assert wb.report(mode="what-if")["failed"].iloc[0] == 2
    assert len(wb.failed_recipients(mode="whatif")) == 2


def test_verdict_changes_superseded_by_a_later_clean_are_not_pending(tmp_path):
    """F3: the app's pending changes are the command line's `changes --pending` (run.change_list)."""
    from marlib.remediation.run import change_list
    s = Store(tmp_path / "sup.duckdb")
    fill_synthetic(s, 500, hashes=50, retrospective=5, days=5)
    first = reports.verdict_changes(s)
    sha, when = first["sha256"].iloc[0], first["changed_at"].iloc[0]
    with s.connect() as con:
        con.execute("INSERT INTO verdict_events (event_key, sha256, verdict, kind, event_time) "
                    "VALUES ('clean-again', ?, 'CLEAN', 'retrospective', ?)", [sha, when + dt.timedelta(hours=1)])
    changes = reports.verdict_changes(s).set_index("sha256")
    assert changes.loc[sha, "state"] == "superseded" and pd.notna(changes.loc[sha, "clean_at"])
    pending = reports.verdict_changes(s, pending=True)
    assert sha not in set(pending["sha256"]) and len(pending) == 4
    cli = change_list(s, mode="live", pending=True)
    assert sorted(pending["event_key"]) == sorted(cli["event_key"])


def test_lifecycle_shows_no_nan_for_a_verdict_without_threat_name(tmp_path):
    from remediation_fixtures import World, sha
    s = Store(tmp_path / "nan.duckdb")
    w = World()
    mid = w.message(["a@corp.example"], files={"a.pdf": sha("nan")})   # its initial verdict names no threat
    w.verdict(sha("nan"), "MALICIOUS", mid=mid)   # the later one does: one column, text and missing
    w.save(s)
    lines = reports.message_detail(s, mid)["lifecycle"]
    verdict = lines[lines["event"] == "verdict initial"]["detail"].tolist()
    assert len(verdict) == 1 and "nan" not in verdict[0].split() and verdict[0].startswith("UNKNOWN ")
def test_a_restore_is_reported_apart_never_as_a_remediated_copy(tmp_path):
    """Copies moved to Junk, then moved back after a CLEAN verdict: the report says 2 remediated and
    1 restored (1 restore failed), not 3 succeeded; the failed list and every table agree."""
    s = Store(tmp_path / "restore.duckdb")
    a = "aa" * 32
    with s.connect() as con:
        _journal(con, [("1", "r1", "live", "<m1>", "x@corp", a, "succeeded", "ok", 1, "move-junk"),
                       ("2", "r1", "live", "<m2>", "y@corp", a, "succeeded", "ok", 1, "move-junk"),
                       ("3", "r1", "live", "<m3>", "z@corp", a, "failed", "connectivity", 1, "move-junk"),
                       ("4", "r2", "live", "<m1>", "x@corp", a, "succeeded", "ok", 2, "restore"),
                       ("5", "r2", "live", "<m2>", "y@corp", a, "failed", "connectivity", 2, "restore"),
                       ("6", "r2", "live", "<m3>", "z@corp", a, "skipped", "not_moved", 2, "restore"),
                       # remediated again after a new MALICIOUS verdict: still one copy
                       ("7", "r3", "live", "<m1>", "x@corp", a, "succeeded", "ok", 3, "move-junk")])
        _runs(con, [("r1", "live", None), ("r2", "live", None), ("r3", "live", None)])
    summary = reports.mar_summary(s, mode="live")
    assert {k: summary[k] for k in ("succeeded", "failed", "skipped", "planned", "total", "restored",
                                    "restore_failed")} == {
        "succeeded": 2, "failed": 1, "skipped": 0, "planned": 0, "total": 3, "restored": 1, "restore_failed": 1}
    by_sha = reports.mar_by(s, "sha256", mode="live").set_index("sha256")
    assert by_sha.loc[a, ["succeeded", "failed", "total", "restored", "restore_failed"]].tolist() == [2, 1, 3, 1, 1]
    by_action = reports.mar_by(s, "action", mode="live").set_index("action")
    assert by_action.loc["move-junk", ["succeeded", "total", "restored"]].tolist() == [2, 3, 0]
    assert by_action.loc["restore", ["succeeded", "failed", "total", "restored"]].tolist() == [0, 0, 0, 1]
    by_status = reports.mar_by(s, "status", mode="live").set_index("status")
    assert by_status["total"].to_dict() == {"succeeded": 2, "failed": 1, "restored": 0, "restore_failed": 0}
    assert by_status.loc["restored", "restored"] == 1
    assert list(reports.failed_recipients(s, mode="live")["mailbox"]) == ["z@corp"]
    tl = reports.timeline(s)
    assert tl[tl["stage"] == "remediated"]["count"].sum() == 3   # attempts, restores not among them


def _settings_for(store: Store, tenant_guid: str) -> str:
    from marlib.emulator.testing import new_certificate
    from marlib.settings import save_settings
    key_pem, _, thumb = new_certificate()
    saved = save_settings(store, client_id="a1b2c3d4-0000-4000-8000-000000000001", tenant_id=tenant_guid,
                          thumbprint=thumb, key=key_pem)
    return saved.tenant_key


def test_the_live_report_covers_the_current_tenant_unless_asked_for_all(tmp_path):
    """The same copies remediated on two tenants: the report shows the current tenant's (and runs from
    before tenants were recorded), names it, and adds the other one only with tenant="all"."""
    s = Store(tmp_path / "tenants.duckdb")
    a = "aa" * 32
    t1 = _settings_for(s, "11111111-1111-4111-8111-111111111111")
    t2 = "22222222-2222-4222-8222-222222222222@graph.microsoft.com"
    assert t1 == "11111111-1111-4111-8111-111111111111@graph.microsoft.com"
    with s.connect() as con:
        _journal(con, [("1", "r1", "live", "<m1>", "x@corp", a, "succeeded", "ok", 1),
                       ("2", "r1", "live", "<m2>", "y@corp", a, "failed", "connectivity", 1),
                       ("3", "r2", "live", "<m1>", "x@corp", a, "succeeded", "ok", 2),
                       ("4", "r2", "live", "<m2>", "y@corp", a, "succeeded", "ok", 2),
                       ("5", "r0", "live", "<m3>", "w@corp", a, "succeeded", "ok", 1)])   # tenant not recorded
        _runs(con, [("r1", "live", t1), ("r2", "live", t2), ("r0", "live", None)])
    assert reports.report_tenant(s) == t1 and reports.report_tenant(s, "all") is None
    assert reports.journal_tenants(s) == [t1, t2]
    current = reports.mar_summary(s)
    assert (current["succeeded"], current["failed"]) == (2, 1)
    every = reports.mar_summary(s, tenant="all")
    assert (every["succeeded"], every["failed"]) == (4, 1)
    other = reports.mar_summary(s, tenant=t2.upper())
    assert (other["succeeded"], other["failed"]) == (3, 0)
    assert reports.mar_by(s, "sha256").set_index("sha256").loc[a, "succeeded"] == 2
    by_tenant = reports.mar_by(s, "tenant", tenant="all")
    assert dict(zip(by_tenant["tenant"].fillna("-"), by_tenant["succeeded"])) == {t1: 1, t2: 2, "-": 1}
    failed = reports.failed_recipients(s)
    assert list(failed["tenant"]) == [t1]
    assert reports.failed_recipients(s, tenant=t2).empty
    with s.connect() as con:   # no mailbox settings: no tenant to tell apart, every tenant counts
        con.execute("DELETE FROM settings")
    assert reports.report_tenant(s) is None and reports.mar_summary(s)["succeeded"] == 4


def test_a_dry_run_report_shows_its_planned_copies_and_all_modes_are_kept_apart(tmp_path):
    """The columns add up to total (planned copies are a column of their own), and with every mode the
    rows are per mode, so a copy planned by a dry run and then remediated is not one copy counted twice
    in one row."""
    s = Store(tmp_path / "plans.duckdb")
    a = "aa" * 32
    with s.connect() as con:
        _journal(con, [("1", "d1", "dry-run", "<m1>", "x@corp", a, "planned", None, 1),
                       ("2", "d1", "dry-run", "<m2>", "y@corp", a, "planned", None, 1),
                       ("3", "d1", "dry-run", "<m3>", "z@corp", a, "failed", "not_o365_user", 1),
                       ("4", "l1", "live", "<m1>", "x@corp", a, "succeeded", "ok", 2),
                       ("5", "l1", "live", "<m3>", "z@corp", a, "failed", "not_o365_user", 2)])
        _runs(con, [("d1", "dry-run", None), ("l1", "live", None)])
    dry = reports.mar_summary(s, mode="dry-run")
    assert (dry["planned"], dry["failed"], dry["total"]) == (2, 1, 3)
    rows = reports.mar_by(s, "recipient", mode="dry-run")
    assert (rows[["succeeded", "failed", "skipped", "planned"]].sum(axis=1) == rows["total"]).all()
    assert rows.set_index("recipient").loc["x@corp", "planned"] == 1
    modes = reports.mar_modes(s).set_index("mode")
    assert list(modes.index) == ["live", "dry-run"]
    assert modes.loc["live", ["succeeded", "failed", "planned"]].tolist() == [1, 1, 0]
    assert modes.loc["dry-run", ["succeeded", "failed", "planned"]].tolist() == [0, 1, 2]
    every = reports.mar_by(s, "recipient", mode=None)
    z = every[every["recipient"] == "z@corp"].set_index("mode")
    assert z["failed"].to_dict() == {"live": 1, "dry-run": 1}   # one row per mode, not "2 failed"
    assert list(reports.mar_by(s, "mode", mode=None).columns[:2]) == ["mode", "succeeded"]


def test_the_remediation_pages_plan_is_the_dry_run_of_the_active_tenant(tmp_path, monkeypatch):
    """The plan of one hash (Remediation page) counts as already remediated what real runs did on the active
    tenant only, as `remediate --sha256 HEX --dry-run` does: copies done on the simulated tenant are done
    there (before, the page still planned them), copies done on another live tenant are still to do here
    (before, the page skipped them as already_remediated)."""
    from marlib.remediation.policies import set_policy
    from marlib.settings import TENANT_MODE_KEY
    monkeypatch.delenv("MARLIB_TENANT_MODE", raising=False)
    s = Store(tmp_path / "plan.duckdb")
    fill_synthetic(s, 400, hashes=40, retrospective=6, days=5)
    sha = reports.verdict_changes(s).sort_values("messages", ascending=False)["sha256"].iloc[0]
    set_policy(s, "DEFAULT", mar=True, action="delete")
    s.set_setting(TENANT_MODE_KEY, "simulated")
    first = reports.plan_for_hash(s, sha)
    todo = first[first["status"] == "planned"]
    assert len(todo) > 0
    rows = [(f"s{i}", "r-sim", "simulated", m, box, sha, "succeeded", "ok", 1)
            for i, (m, box) in enumerate(zip(todo["message_id"], todo["recipient"]))]
    with s.connect() as con:
        _journal(con, rows)
        _runs(con, [("r-sim", "simulated", None)])
    after = reports.plan_for_hash(s, sha)
    assert (after["status"] == "planned").sum() == 0
    assert (after["reason"] == "already_remediated").sum() == len(todo)

    here = _settings_for(s, "11111111-1111-4111-8111-111111111111")
    s.set_setting(TENANT_MODE_KEY, "graph")
    other = "22222222-2222-4222-8222-222222222222@graph.microsoft.com"
    with s.connect() as con:   # the same copies done live, on another tenant
        _journal(con, [(f"o{i}", "r-other", "live", *row[3:]) for i, row in enumerate(rows)])
        _runs(con, [("r-other", "live", other)])
    live = reports.plan_for_hash(s, sha)
    assert (live["status"] == "planned").sum() == len(todo)   # neither the simulated nor the other tenant's
    with s.connect() as con:   # and done on this one
        _journal(con, [(f"h{i}", "r-here", "live", *row[3:]) for i, row in enumerate(rows)])
        _runs(con, [("r-here", "live", here)])
    assert (reports.plan_for_hash(s, sha)["reason"] == "already_remediated").sum() == len(todo)


def test_ingest_runs_list_each_runs_counts_as_columns(tmp_path):
    """The Data page's "Ingest runs" table shows what each run added in columns, not only as raw JSON."""
    from marlib.demo import SAMPLE_DIR
    from marlib.ingest.api import ingest_paths
    s = Store(tmp_path / "runs.duckdb")
    first = ingest_paths(s, [SAMPLE_DIR / "esa"])
    again = ingest_paths(s, [SAMPLE_DIR / "esa"])
    runs = reports.ingest_runs(s)
    assert list(runs.columns) == ["run_id", "started_at", "finished_at", *reports.INGEST_COUNTS, "summary"]
    got = {r.run_id: [getattr(r, k) for k in reports.INGEST_COUNTS] for r in runs.itertuples()}
    assert got == {x.run_id: [x.to_dict()[k] for k in reports.INGEST_COUNTS] for x in (first, again)}
    assert got[first.run_id][2] > 0 and got[again.run_id][2] == 0      # messages: the second added none


def test_tracking_search_takes_percent_and_underscore_literally(tmp_path):
    """The text searches used LIKE with the analyst's text as the pattern: `_` matched any character and `%` any
    text, so recipient `j_doe@` also found `jxdoe@` and subject `100%` every subject holding `100`; a SHA-256
    of `%` matched every attachment."""
    s = Store(tmp_path / "t.duckdb")
    with s.connect() as con:
        con.execute("INSERT INTO messages (mid, subject, sender, message_id) VALUES "
                    "(1, 'Discount 100% off', 'j_doe@x.example', '<a_b@x>'), (2, 'Discount 1000 off', "
                    "'jxdoe@x.example', '<axb@x>')")
        con.execute("INSERT INTO recipients (mid, rid, address, status) VALUES (1, 0, 'j_doe@corp.example', "
                    "'delivered'), (2, 0, 'jxdoe@corp.example', 'delivered')")
        con.execute("INSERT INTO attachments (mid, filename, sha256) VALUES (1, 'a', 'ab%d'), (2, 'b', 'abcd')")

    def found(field: str, value: str) -> list[int]:
        return sorted(reports.search_messages(s, field, value).rows["mid"])
    assert found("subject", "100%") == [1]
    assert found("subject", "100") == [1, 2]
    assert found("recipient", "j_doe@") == [1]
    assert found("sender", "J_DOE") == [1]
    assert found("message_id", "a_b") == [1]
    assert found("sha256", "ab%") == [1]
    assert found("sha256", "AB") == [1, 2]
    assert found("subject", "\\") == []


def test_the_report_by_mailbox_lists_every_mailbox_of_a_large_list(tmp_path):
    """A message to a list of 1,200 members is 1,200 copies: the report by mailbox (the library's and the
    app page's table and downloads, which call mar_by without a limit) lists all of them, so its rows add up
    to the totals, as `report --by mailbox --csv` does; it stopped at 1,000 rows and undercounted."""
    import marlib
    s = Store(tmp_path / "big.duckdb")
    with s.connect() as con:
        con.execute("INSERT INTO remediation_actions (action_id, run_id, mode, sha256, mid, message_id, recipient, "
                    "mailbox, action, status, reason, created_at, updated_at) "
                    "SELECT 'a' || i, 'r1', 'live', repeat('ab', 32), 1, '<m1>', 'all-staff@corp', "
                    "'u' || i || '@corp', 'delete', 'succeeded', 'ok', TIMESTAMP '2026-11-20', "
                    "TIMESTAMP '2026-11-20' FROM range(1200) t(i)")
    assert reports.mar_summary(s, mode="live")["total"] == 1200
    by_mailbox = reports.mar_by(s, "mailbox", mode="live")
    assert len(by_mailbox) == 1200 and by_mailbox["total"].sum() == 1200
    assert marlib.open(s.path, sample=False).report("mailbox")["succeeded"].sum() == 1200


def test_a_messages_lifecycle_says_which_remediation_was_real(tmp_path):
    """The live run failed (the message was gone) while a what-if had it succeed and a dry run planned it: the
    lifecycle (Message Tracking) said "remediation succeeded" for the what-if with no word of its mode, so the
    message read as remediated; a restore read as a remediation too."""
    s = Store(tmp_path / "life.duckdb")
    a = "aa" * 32
    with s.connect() as con:
        con.execute("INSERT INTO messages (mid, message_id, received_at) VALUES (1, '<m1>', TIMESTAMP '2026-11-01')")
        _journal(con, [("1", "live", "live", "<m1>", "x@corp", a, "failed", "message_not_found", 2),
                       ("2", "wi", "simulated", "<m1>", "x@corp", a, "succeeded", "ok", 3),
                       ("3", "dry", "dry-run", "<m1>", "x@corp", a, "planned", "ok", 4),
                       ("4", "live2", "live", "<m1>", "y@corp", a, "succeeded", "ok", 5, "restore")])
        con.execute("INSERT INTO whatif_runs (run_id, kind) VALUES ('wi', 'simulate')")
    events = list(reports.message_detail(s, 1)["lifecycle"]["event"])
    assert events[1:] == ["remediation failed", "what-if: remediation succeeded", "dry run: remediation planned",
                          "restore succeeded"]


def test_overview_counts_a_split_message_once_and_each_copy_once(tmp_path):
    """One message the appliance split in two (MIDs 1 and 2) plus a generated copy of it (MID 3, the archive
    address, which also got MID 1): the Overview said 3 messages and 4 delivered copies; it is 1 message (3
    MIDs) and 3 copies, one per Message-ID and recipient as `changes` and the plan count them."""
    s = Store(tmp_path / "o.duckdb")
    with s.connect() as con:
        con.execute("INSERT INTO messages (mid, parent_mid, child_kind, message_id) VALUES "
                    "(1, NULL, NULL, '<m@x>'), (2, 1, 'split', '<m@x>'), (3, 1, 'generated', '<m@x>')")
        con.execute("INSERT INTO recipients (mid, rid, address, status) VALUES (1, 0, 'a@corp', 'delivered'), "
                    "(1, 1, 'archive@corp', 'delivered'), (2, 0, 'b@corp', 'delivered'), "
                    "(3, 0, 'archive@corp', 'delivered')")
    c = reports.overview_counts(s)
    assert (c["messages"], c["mids"], c["delivered"], c["recipients"]) == (1, 3, 3, 4)


def test_the_timeline_counts_delivered_copies_as_the_overview_does(tmp_path):
    """The Overview's chart counted MID x recipient entries as delivered copies while its tile counts one per
    Message-ID and recipient: a recipient of a message and of its generated copy was two bars' worth."""
    s = Store(tmp_path / "t.duckdb")
    with s.connect() as con:
        con.execute("INSERT INTO messages (mid, parent_mid, child_kind, message_id) VALUES "
                    "(1, NULL, NULL, '<m@x>'), (3, 1, 'generated', '<m@x>')")
        con.execute("INSERT INTO recipients (mid, rid, address, status, delivered_at) VALUES "
                    "(1, 0, 'a@corp', 'delivered', TIMESTAMP '2026-11-20 10:00'), "
                    "(1, 1, 'archive@corp', 'delivered', TIMESTAMP '2026-11-20 10:00'), "
                    "(3, 0, 'archive@corp', 'delivered', TIMESTAMP '2026-11-20 10:01')")
    tl = reports.timeline(s, bucket="day")
    assert tl.loc[tl["stage"] == "delivered", "count"].sum() == reports.overview_counts(s)["delivered"] == 2


def test_a_copy_carrying_two_malicious_files_counts_for_each_file_in_one_run_as_in_two(tmp_path):
    """A message with two files that both turned malicious is one action (one journal row, sha256 the first
    file, sha256s both): the report counted one copy of one file, so the second file (handled, per
    `changes`) had no row in the report by SHA-256; had two runs handled them, each file had its copy. The
    report's copy is Message-ID x mailbox x SHA-256: each file of the action counts, as in two runs."""
    s = Store(tmp_path / "two.duckdb")
    a, b = "aa" * 32, "bb" * 32
    with s.connect() as con:
        _journal(con, [("1", "r1", "live", "<m1>", "x@corp", a, "succeeded", "ok", 1)])
        con.execute("UPDATE remediation_actions SET sha256s = ?", [f"{a},{b}"])
    summary = reports.mar_summary(s, mode="live")
    assert (summary["succeeded"], summary["total"], summary["files"], summary["recipients"]) == (2, 2, 2, 1)
    by_sha = reports.mar_by(s, "sha256", mode="live").set_index("sha256")
    assert by_sha.loc[b, "succeeded"] == by_sha.loc[a, "succeeded"] == 1
    assert list(reports.remediation_events(s, sha256=b)["status"]) == ["succeeded"]   # Message Tracking


def test_the_report_on_the_command_line_cuts_a_very_long_file_name(tmp_path, capsys):
    """`report --by sha256` is meant to cut cells at 60 characters (display.max_colwidth), but to_string does
    not read that option: a 300-character file name (a phishing lure's) printed whole on every line."""
    from marlib.cli import main as cli_main
    s = Store(tmp_path / "long.duckdb")
    a = "aa" * 32
    with s.connect() as con:
        _journal(con, [("1", "r1", "live", "<m1>", "x@corp", a, "succeeded", "ok", 1)])
        con.execute("INSERT INTO attachments (mid, filename, sha256) VALUES (1, ?, ?)", ["Ü" * 300 + ".pdf", a])
    assert cli_main(["--db", str(s.path), "report", "--by", "sha256", "--tenant", "all"]) == 0
    rows = capsys.readouterr().out.splitlines()[1:]
    assert rows and all(len(line) < 200 for line in rows), rows
    assert a in rows[1]     # the hash itself is never cut: it is what one copies


def test_a_messages_lifecycle_names_the_mailbox_of_a_list_member(tmp_path):
    """A copy sent to a list is remediated in each member's mailbox: the lifecycle said "delete
    finance@corp.example ok" once per member, the same line over and over, never whose mailbox it was."""
    s = Store(tmp_path / "list.duckdb")
    a = "aa" * 32
    with s.connect() as con:
        con.execute("INSERT INTO messages (mid, message_id, received_at) VALUES (1, '<m1>', TIMESTAMP '2026-11-01')")
        for aid, box in (("1", "ann@corp"), ("2", "bob@corp")):
            con.execute("INSERT INTO remediation_actions (action_id, run_id, mode, sha256, mid, message_id, "
                        "recipient, mailbox, action, status, reason, created_at, updated_at) VALUES (?, 'r', "
                        "'live', ?, 1, '<m1>', 'finance@corp', ?, 'delete', 'succeeded', 'ok', ?, ?)",
                        [aid, a, box, dt.datetime(2026, 11, 2), dt.datetime(2026, 11, 2)])
        _journal(con, [("3", "r", "live", "<m1>", "cy@corp", a, "failed", "message_not_found", 2)])
    lines = reports.message_detail(s, 1)["lifecycle"]
    details = sorted(lines[lines["event"].str.startswith("remediation")]["detail"])
    assert details == ["delete cy@corp message_not_found", "delete finance@corp -> ann@corp ok",
                       "delete finance@corp -> bob@corp ok"]
