"""The workbench app driven by Streamlit's AppTest: every page renders on the sample, and each page's
main flow works (ingest an upload, edit a policy, simulate and remediate a hash, tracking search,
report and exports, certificate helper and Check Connection, what-if compare, sign-in)."""
from __future__ import annotations

import ast
import base64
import re
import shutil
import time
from pathlib import Path

import numpy as np
import pandas as pd
import plotly.graph_objects
import plotly.io
import pytest
from streamlit.testing.v1 import AppTest

from marlib.demo import SAMPLE_DIR, ensure_default_db
from marlib.remediation.policies import list_policies, set_policy
from marlib.store import Store

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
PAGES = ["overview", "mar-report", "message-tracking", "logs", "remediate", "what-if", "ingest",
         "mailbox-settings", "mail-policies"]
TIMEOUT = 60


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A database seeded from the committed sample, the way `python -m marlib app` does it."""
    db = tmp_path_factory.mktemp("app-template") / "marlib.duckdb"
    store = Store(db)
    assert ensure_default_db(store)
    assert not ensure_default_db(store)  # a second call leaves existing data alone
    return db


@pytest.fixture()
def db(template, tmp_path, monkeypatch) -> Path:
    """A private copy of the seeded database for one test (a new path: a new, cold Workbench)."""
    target = tmp_path / "marlib.duckdb"
    shutil.copy(template, target)
    monkeypatch.setenv("MARLIB_DB", str(target))
    return target


def page(name: str, **query) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    assert not at.exception, at.exception
    if name != "overview" or query:
        at.query_params.update(query)
        at.switch_page(f"pages/{name}.py").run()
    return at


def ok(at: AppTest) -> AppTest:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    return at


@pytest.mark.parametrize("name", PAGES)
def test_every_page_renders_on_the_sample(db, name):
    at = ok(page(name))
    assert at.title and at.title[0].value
    assert "Database:" in at.sidebar.caption[0].value


def test_page_files_are_named_as_their_urls_and_start_with_page_setup():
    """Before a process runs st.navigation, Streamlit finds a URL's page among the pages/ files by name (a
    v1 pages folder): each page's file is its URL path, so a new process's first request to /remediate
    finds pages/remediate.py instead of "Page not found" (tests/test_browser.py opens it in Chromium), and
    each file, run so without app.py, starts with _ui.page_setup(), which runs the app around it."""
    from pages import _ui
    names = [name for pages in _ui.PAGES.values() for name, _title, _icon in pages]
    pages_dir = ROOT / "pages"
    assert sorted(names) == sorted(p.stem for p in pages_dir.glob("*.py") if p.name != "_ui.py")
    assert set(PAGES) == set(names)
    for name in names:
        tree = ast.parse((pages_dir / f"{name}.py").read_text())
        runs = [node for node in tree.body if not isinstance(node, (ast.Import, ast.ImportFrom, ast.FunctionDef,
                                                                  ast.ClassDef))
                and any(isinstance(sub, ast.Call) for sub in ast.walk(node))]   # top-level code that calls
        assert runs and ast.unparse(runs[0]).endswith("_ui.page_setup()"), (name, ast.unparse(runs[0]))


def test_overview_shows_the_sample(db):
    at = ok(page("overview"))
    metrics = {m.label: m.value for m in at.metric}
    assert int(metrics["Messages"].replace(",", "")) > 0
    assert int(metrics["Changes pending"].replace(",", "")) > 0
    assert at.get("plotly_chart")


def figure(at: AppTest, key: str) -> plotly.graph_objects.Figure:
    """A chart's plotly figure (its JSON encodes arrays as typed binary)."""
    charts = [c for c in at.get("plotly_chart") if c.proto.id and key in c.proto.id]
    assert charts, f"no chart {key}"
    return plotly.io.from_json(charts[0].proto.spec)


def values(array) -> list:
    """A trace's values, decoding plotly's typed-array form ({"dtype", "bdata"})."""
    if isinstance(array, dict):
        return np.frombuffer(base64.b64decode(array["bdata"]), dtype=array["dtype"]).tolist()
    return list(array)


def test_overview_timeline_ticks_and_latest_changes_table(db):
    at = ok(page("overview"))
    yaxis = figure(at, "timeline").layout.yaxis
    assert yaxis.type == "log"
    assert list(yaxis.ticktext[:7]) == ["1", "2", "5", "10", "20", "50", "100"]  # not 1 2 5 10 2 5 100
    latest = at.get("table")[0].value  # a static table: no empty data grid while it loads
    assert list(latest.columns) == ["changed, UTC", "SHA-256", "files", "threat", "state", "copies", "delivered"]
    assert latest["SHA-256"].str.contains(r"\]\(/message-tracking\?sha256=[0-9a-f]{64}\)").all()


def test_overview_timeline_opens_on_the_recent_weeks_when_one_event_is_years_old(db):
    """A retrospective verdict on a file from 2016 (public samples) stretched the axis over ten years and every
    bar became a sliver: the chart opens on the last weeks with data, and the range slider reaches the rest."""
    with Store(db).connect() as con:
        con.execute("INSERT INTO verdict_events (event_key, sha256, verdict, kind, event_time) "
                    "VALUES ('old', ?, 'MALICIOUS', 'retrospective', TIMESTAMP '2016-03-01 10:00:00')", ["ab" * 32])
    at = ok(page("overview"))
    xaxis = figure(at, "timeline").layout.xaxis
    start, end = (pd.Timestamp(x) for x in xaxis.range)
    assert pd.Timedelta(days=1) < end - start <= pd.Timedelta(days=61)
    assert start.year == end.year >= 2025 and xaxis.rangeslider.visible
    assert any("earlier day(s) from 2016-03-01" in c.value for c in at.caption)


def test_tracking_says_a_split_child_came_on_no_connection(db):
    """ESA logs ICID 0 for the copies it makes itself (splits...): the page says so rather than "ICID 0"."""
    child, icid = Store(db).query_one("SELECT mid, icid FROM messages WHERE child_kind = 'split' ORDER BY mid LIMIT 1")
    assert icid == 0
    at = ok(page("message-tracking", mid=str(child)))
    shown = " ".join(m.value for m in at.markdown)
    assert "no incoming connection (made on the appliance)" in shown and "ICID 0" not in shown


def test_empty_database_offers_the_sample(tmp_path, monkeypatch):
    monkeypatch.setenv("MARLIB_DB", str(tmp_path / "empty.duckdb"))
    at = ok(page("overview"))
    assert "empty" in at.info[0].value
    at.button(key="load-sample").click().run()
    ok(at)
    assert int({m.label: m.value for m in at.metric}["Messages"].replace(",", "")) > 0


def test_data_page_ingests_an_upload_and_lists_rejects(tmp_path, monkeypatch):
    monkeypatch.setenv("MARLIB_DB", str(tmp_path / "fresh.duckdb"))
    amp = SAMPLE_DIR / "esa" / "amp" / "amp.log"
    at = ok(page("ingest"))
    at.file_uploader(key="upload").set_value([("amp.log", amp.read_bytes(), "text/plain")]).run()
    at.button(key="ingest-upload").click().run()
    wait_jobs(at)
    at.run()
    ok(at)
    metrics = {m.label: m.value for m in at.metric}
    assert int(metrics["verdict events"].replace(",", "")) > 0
    assert Store(tmp_path / "fresh.duckdb").query_one("SELECT count(*) FROM verdict_events")[0] > 0


def test_data_page_ingest_runs_in_the_apps_process_and_every_session_sees_it(tmp_path, monkeypatch):
    """The ingest is a job of the app's process (it goes on when the tab closes; before, it ran in the tab's
    script and stopped with it, its run unrecorded); another session (tab) sees its summary."""
    from pages import _ui
    monkeypatch.setenv("MARLIB_DB", str(tmp_path / "fresh.duckdb"))
    at = ok(page("ingest"))
    at.text_input(key="ingest-path").set_value(str(SAMPLE_DIR / "esa")).run()
    at.button(key="ingest-path-go").click().run()
    wb = _ui.workbench()
    jobs = wb.jobs("ingest")
    assert len(jobs) == 1
    wait_jobs(at)
    assert jobs[0].state == "done", jobs[0].error
    assert jobs[0].total and jobs[0].done == jobs[0].total          # the files' bytes, all read
    other = ok(page("ingest"))                                              # a new session
    metrics = {m.label: m.value for m in other.metric}
    assert int(metrics["messages"].replace(",", "")) > 0
    assert any(c.value.startswith(f"#{jobs[0].id} ") for c in other.caption)
    assert Store(tmp_path / "fresh.duckdb").query_one("SELECT count(*) FROM ingest_runs")[0] == 1


def test_data_page_shows_a_small_ingest_in_kb_not_as_0_0_of_0_0_mb(db):
    """The public sample logs are a few KB: their ingest showed "(0.0 of 0.0 MB)" all along."""
    import threading
    from pages import _ui
    release, reported = threading.Event(), threading.Event()

    def small_ingest(progress) -> dict:
        progress(9_300, 18_618, "amp.log")
        reported.set()
        release.wait(TIMEOUT)
        return {"summary": {}, "warnings": []}
    wb = _ui.workbench()
    wb.start_job("ingest", "/tmp/samples", small_ingest)
    # the page is drawn once the job has said how far it is (a job thread not yet scheduled showed no progress)
    assert reported.wait(TIMEOUT)
    try:
        at = ok(page("ingest"))
        bars = [b.proto.text for b in at.get("progress")]
    finally:
        release.set()
        wait_jobs(at)
    assert bars == ["Ingesting /tmp/samples: amp.log (9.3 of 18.6 KB)"], bars


def test_data_page_ingests_as_a_named_appliance_and_tracking_names_it(tmp_path, monkeypatch):
    from tests.ingest_helpers import two_appliance_logs
    monkeypatch.setenv("MARLIB_DB", str(tmp_path / "fresh.duckdb"))
    one, two = two_appliance_logs(tmp_path / "logs")
    at = ok(page("ingest"))
    for path, name in ((one, "esa1"), (two, "esa2")):
        at.text_input(key="ingest-appliance").set_value(name).run()
        at.text_input(key="ingest-path").set_value(str(path)).run()
        at.button(key="ingest-path-go").click().run()
        wait_jobs(at)
        at.run()
        ok(at)
    assert [s.value for s in at.subheader if s.value == "Appliances"]
    listed = [t.value for t in at.dataframe if "mid_base" in t.value.columns][0]
    assert list(listed["name"]) == ["esa1", "esa2"] and list(listed["messages"]) == [1, 2]
    at = ok(page("message-tracking", mid="77"))   # MID 77 on both appliances, and esa2's split child 78
    found = [t.value for t in at.dataframe if "appliance" in t.value.columns][0]
    assert sorted(found["appliance"]) == ["esa1", "esa2", "esa2"]
    assert at.subheader[0].value.startswith("MID 78 on appliance esa2 (stored as 2000000000078)")
    at = ok(page("remediate"))   # every table with stored mids names their appliance
    plan = [t.value for t in at.dataframe if "message_id" in t.value.columns][0]
    assert list(plan.columns[:3]) == ["recipient", "mid", "appliance"]
    assert set(zip(plan["recipient"], plan["appliance"])) == {("intern@corp.example", "esa2"),
                                                              ("split@corp.example", "esa2")}


def test_data_page_warns_of_mids_two_appliances_used(tmp_path, monkeypatch):
    """The CLI's ingest warnings show on the page too: here both logs go in without appliance names."""
    from tests.ingest_helpers import two_appliance_logs
    monkeypatch.setenv("MARLIB_DB", str(tmp_path / "fresh.duckdb"))
    logs = tmp_path / "logs"
    two_appliance_logs(logs)
    at = ok(page("ingest"))
    at.text_input(key="ingest-path").set_value(str(logs)).run()
    at.button(key="ingest-path-go").click().run()
    wait_jobs(at)
    at.run()
    ok(at)
    assert any("1 MID(s) were used by two different messages" in w.value for w in at.warning)


def test_data_page_warns_of_delivered_copies_without_a_recipient_line(tmp_path, monkeypatch):
    """The newer log of a rotation read alone: the page says how many delivered copies have no address yet."""
    from tests.test_ingest_statuses import _rotated_pair
    monkeypatch.setenv("MARLIB_DB", str(tmp_path / "fresh.duckdb"))
    _, newer = _rotated_pair(tmp_path)
    at = ok(page("ingest"))
    at.text_input(key="ingest-path").set_value(str(newer)).run()
    at.button(key="ingest-path-go").click().run()
    wait_jobs(at)
    at.run()
    ok(at)
    assert any("2 delivered copies have no recipient line" in w.value for w in at.warning)


def test_data_page_rejects_a_missing_server_path(db):
    at = ok(page("ingest"))
    at.text_input(key="ingest-path").set_value("/no/such/folder").run()
    at.button(key="ingest-path-go").click().run()
    assert "does not exist" in at.error[0].value


def test_policy_edit_is_validated_and_saved(db):
    at = ok(page("mail-policies"))
    name = list_policies(Store(db))[0].name
    at.selectbox(key="one-policy").set_value(name)
    at.checkbox(key="one-mar").check()
    at.radio(key="one-action").set_value("forward")
    at.text_input(key="one-forward").set_value("not an address")
    [b for b in at.button if b.label == "Submit"][0].click().run()
    assert at.error and "not a valid e-mail address" in at.error[0].value
    at.text_input(key="one-forward").set_value("SOC@Corp.Example")
    [b for b in at.button if b.label == "Submit"][0].click().run()
    ok(at)
    pol = {p.name: p for p in list_policies(Store(db))}[name]
    assert (pol.mar_enabled, pol.action, pol.forward_to) == (True, "forward", "soc@corp.example")


def policy_values(db: Path) -> dict[str, tuple]:
    return {p.name: (p.mar_enabled, p.action, p.forward_to) for p in list_policies(Store(db))}


def form_values(at: AppTest) -> tuple:
    return (at.checkbox(key="one-mar").value, at.radio(key="one-action").value,
            at.text_input(key="one-forward").value)


def test_policy_form_shows_the_picked_policy_and_creates_a_new_one(db):
    set_policy(Store(db), "Engineering", mar=False, action="move-junk")
    before = policy_values(db)
    assert before["DEFAULT"] == (True, "forward-delete", "security-team@example.com")
    at = ok(page("mail-policies"))
    assert at.selectbox(key="one-policy").value == "DEFAULT"
    assert form_values(at) == (True, "forward-delete", "security-team@example.com")
    at.selectbox(key="one-policy").set_value("Engineering").run()
    assert form_values(at) == (False, "move-junk", "")
    at.selectbox(key="one-policy").set_value("DEFAULT").run()
    assert form_values(at) == (True, "forward-delete", "security-team@example.com")

    at.selectbox(key="one-policy").set_value("(new policy)").run()
    assert form_values(at) == (False, "delete", "")
    at.text_input(key="new-policy-name").set_value("Sales")
    at.checkbox(key="one-mar").check()
    at.radio(key="one-action").set_value("move-deleted")
    [b for b in at.button if b.label == "Create policy"][0].click().run()
    ok(at)
    assert policy_values(db) == {**before, "Sales": (True, "move-deleted", None)}, "only Sales is new"
    assert at.selectbox(key="one-policy").value == "Sales"
    assert form_values(at) == (True, "move-deleted", "")
    assert any("Created Sales" in s.value for s in at.success)

    at.selectbox(key="one-policy").set_value("(new policy)").run()
    at.text_input(key="new-policy-name").set_value("DEFAULT")
    at.radio(key="one-action").set_value("delete")
    [b for b in at.button if b.label == "Create policy"][0].click().run()
    assert "already exists" in at.error[0].value
    assert policy_values(db) == {**before, "Sales": (True, "move-deleted", None)}, "DEFAULT untouched"


def test_policy_form_does_not_save_over_a_change_made_elsewhere(db):
    """Another analyst (or the command line) changes the policy while the form shows it: the submit does
    not claim a save of the old form, it says what happened and shows the stored settings."""
    at = ok(page("mail-policies"))
    assert at.selectbox(key="one-policy").value == "DEFAULT"
    at.text_input(key="one-forward").set_value("new-soc@example.com")
    set_policy(Store(db), "DEFAULT", mar=False, action="move-junk")  # meanwhile, elsewhere
    [b for b in at.button if b.label == "Submit"][0].click().run()
    ok(at)
    assert not at.success, [s.value for s in at.success]
    assert "changed elsewhere" in at.warning[0].value and "Move to Junk Email" in at.warning[0].value
    assert policy_values(db)["DEFAULT"] == (False, "move-junk", None)
    assert form_values(at) == (False, "move-junk", "")
    at.text_input(key="one-forward").set_value("new-soc@example.com")  # made again: now it is saved
    at.radio(key="one-action").set_value("forward")
    [b for b in at.button if b.label == "Submit"][0].click().run()
    ok(at)
    assert not at.warning
    assert policy_values(db)["DEFAULT"] == (False, "forward", "new-soc@example.com")


def test_policy_table_saves_only_edited_rows(db):
    before = policy_values(db)
    at = ok(page("mail-policies"))
    at.button(key="policy-save").click().run()
    ok(at)
    assert "Nothing changed" in at.info[0].value
    assert policy_values(db) == before


def edit_policy_table(at: AppTest, edits: dict[int, dict], *, save: bool = False) -> AppTest:
    """Edit cells of the policy table (row index -> {column: value}), optionally press Submit changes, and run.
    AppTest applies no cell edits itself: the editor's edit state is assigned on the session state."""
    at.session_state[at.data_editor[0].key] = {
        "edited_rows": {str(i): cells for i, cells in edits.items()}, "added_rows": [], "deleted_rows": []}
    if save:
        at.button(key="policy-save").click()
    return at.run()


def test_policy_table_does_not_save_over_a_change_made_elsewhere(db):
    """Two analysts edit the policy table: a row changed elsewhere since the page loaded it is not written
    (it would undo the other change, or merge the two cell by cell); the page names it with its stored
    settings, and the other edited rows are saved."""
    set_policy(Store(db), "Engineering", mar=True, action="delete")
    at = ok(page("mail-policies"))
    rows = {name: i for i, name in enumerate(policy_values(db))}   # the table lists policies by name
    edits = {rows["DEFAULT"]: {"action": "delete"}, rows["Engineering"]: {"action": "move-junk"}}
    ok(edit_policy_table(at, edits))
    set_policy(Store(db), "DEFAULT", mar=False, action="forward-delete",   # meanwhile, elsewhere: MAR off
               forward_to="security-team@example.com")
    ok(edit_policy_table(at, edits, save=True))
    values = policy_values(db)
    assert values["DEFAULT"] == (False, "forward-delete", "security-team@example.com"), "the other change kept"
    assert values["Engineering"] == (True, "move-junk", None), "the row nobody else changed is saved"
    warning = " ".join(w.value for w in at.warning)
    assert "DEFAULT was changed elsewhere" in warning and "Mailbox Auto Remediation off" in warning
    assert "Engineering" not in warning
    assert any("Saved 1 policy: Engineering" in s.value for s in at.success)
    table = at.data_editor[0].value.set_index("name")
    assert (bool(table.loc["DEFAULT", "mar_enabled"]), table.loc["DEFAULT", "action"]) == (False, "forward-delete")

    ok(edit_policy_table(at, {rows["DEFAULT"]: {"action": "delete"}}, save=True))  # made again: saved
    assert policy_values(db)["DEFAULT"] == (False, "delete", "security-team@example.com")
    assert not at.warning and any("Saved 1 policy: DEFAULT" in s.value for s in at.success)


def test_tracking_shows_log_text_literally_and_names_what_the_logs_did_not_give(db):
    """A message read from logs without its `Start MID` / `From:` lines (an excerpt of the public samples): the page
    said "From **None**", "Message-ID `None`", "from None" in the lifecycle and that the appliance made it; and a
    subject rendered as Markdown, so the mail's sender could put a link on the analyst's page."""
    store = Store(db)
    mid = store.query_one("SELECT min(mid) FROM messages WHERE parent_mid IS NULL")[0]
    with store.connect() as con:
        con.execute("UPDATE messages SET sender = NULL, icid = NULL, message_id = NULL, "
                    "subject = '**Urgent** [open](https://evil.example/x)' WHERE mid = ?", [mid])
    at = ok(page("message-tracking", mid=str(mid)))
    shown = " ".join(m.value for m in at.markdown)
    head = [h.value for h in at.subheader if h.value.startswith(f"MID {mid}")]
    assert head == [f"MID {mid}: \\*\\*Urgent\\*\\* \\[open\\]\\(https\\:\\/\\/evil\\.example\\/x\\)"], head
    assert "None" not in shown and "From **an unknown sender**" in shown, shown
    assert "Message-ID not in the logs read" in shown and "incoming connection not in the logs read" in shown
    assert "made on the appliance" not in shown
    other = store.query_one("SELECT min(mid) FROM messages WHERE parent_mid IS NULL AND mid > ?", [mid])[0]
    with store.connect() as con:   # another MID: the workbench caches the first one's detail
        con.execute("UPDATE messages SET message_id = '<a`b@x.example>' WHERE mid = ?", [other])
    shown = " ".join(m.value for m in ok(page("message-tracking", mid=str(other))).markdown)
    assert "Message-ID \\<a\\`b\\@x\\.example\\>," in shown, shown   # a backtick cannot end a code span
    from marlib import reports
    received = reports.message_detail(store, mid)["lifecycle"].query("event == 'received'")["detail"].tolist()
    assert len(received) == 1 and received[0].startswith("from an unknown sender ("), received


def changed_hash(db: Path) -> str:
    row = Store(db).query_one("""
        SELECT sha256 FROM verdict_events WHERE kind = 'retrospective' AND verdict = 'MALICIOUS'
          AND sha256 IN (SELECT sha256 FROM attachments) ORDER BY event_time DESC LIMIT 1""")
    return row[0]


def wait_jobs(at: AppTest) -> None:
    from pages import _ui
    wb = _ui.workbench()
    deadline = time.monotonic() + TIMEOUT
    while wb.running() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not wb.running()


def test_remediation_plan_simulate_and_remediate_the_simulated_tenant(db):
    sha = changed_hash(db)
    at = ok(page("remediate", sha256=sha))
    assert at.selectbox(key="rem-sha").value == sha
    assert at.dataframe, "the plan is shown"
    at.button(key="simulate").click().run()
    ok(at)
    assert any("Simulated on a copy of the simulated tenant:" in s.value for s in at.success)
    assert at.button(key="remediate").disabled  # behind an explicit confirmation
    at.checkbox(key="confirm-live").check().run()
    at.button(key="remediate").click().run()
    assert at.checkbox(key="confirm-live").value is False      # the next run is confirmed anew
    wait_jobs(at)
    at.run()
    ok(at)
    done = [(box, m.value) for box in ("success", "warning") for m in getattr(at, box) if "done, run" in m.value]
    assert len(done) == 1, done
    box, text = done[0]
    failed = int(re.search(r"(\d+) failed", text).group(1))
    assert box == ("warning" if failed else "success"), text  # failed copies are not shown as a plain success
    assert ("MAR Report (Failed recipients)" in text) == bool(failed)
    store = Store(db)
    assert store.query_one("SELECT count(*) FROM app_launches WHERE run_id IS NOT NULL")[0] == 1
    assert store.query_one("SELECT count(*) FROM remediation_actions WHERE mode = 'simulated'")[0] > 0


def test_simulate_on_the_simulated_tenant_predicts_what_remediate_then_does(db):
    """Simulate runs on a copy of the simulated tenant (its lists, licences, messages already gone): its counts and
    each copy's outcome are those Remediate then gets. Before, it ran on a what-if tenant built from the logs: on
    this hash (a list, unlicensed members, messages gone) it predicted 8 successes for a run that made 37."""
    sha = changed_hash(db)
    at = ok(page("remediate", sha256=sha))
    assert any("copy of the simulated tenant" in m.value for m in at.markdown)
    at.button(key="simulate").click().run()
    ok(at)
    said = [s.value for s in at.success if s.value.startswith("Simulated on")]
    assert len(said) == 1 and said[0].startswith("Simulated on a copy of the simulated tenant:"), said
    predicted = re.search(r"(\d+) would succeed, (\d+) fail, (\d+) be skipped", said[0]).groups()
    simulated_run = at.session_state["last-sim"][1].run_id
    at.checkbox(key="confirm-live").check().run()
    at.button(key="remediate").click().run()
    wait_jobs(at)
    at.run()
    ok(at)
    done = [m.value for box in ("success", "warning") for m in getattr(at, box) if "done, run" in m.value]
    assert len(done) == 1, done
    assert re.search(r"(\d+) succeeded, (\d+) failed, (\d+) skipped", done[0]).groups() == predicted
    store = Store(db)
    real_run = store.query_one("SELECT run_id FROM app_launches WHERE run_id IS NOT NULL")[0]
    assert real_run != simulated_run
    assert store.query_one("SELECT count(*) FROM whatif_runs WHERE run_id = ?", [real_run])[0] == 0

    def outcomes(run_id: str) -> list[tuple]:
        return store.query_df("SELECT message_id, mailbox, recipient, action, status, reason FROM remediation_actions "
                              "WHERE run_id = ? ORDER BY ALL", [run_id]).values.tolist()
    assert outcomes(simulated_run) == outcomes(real_run) and len(outcomes(real_run)) == sum(map(int, predicted))


def test_a_simulation_made_before_a_remediate_run_is_shown_as_out_of_date(db):
    """After Remediate, the page no longer shows the earlier Simulate's "N would succeed" as the prediction:
    those copies are done now, and a new simulation would say so (before, the green result stayed under the
    button as if it still held)."""
    sha = changed_hash(db)
    at = ok(page("remediate", sha256=sha))
    at.button(key="simulate").click().run()
    said = [s.value for s in at.success if s.value.startswith("Simulated on")]
    assert len(said) == 1
    at.checkbox(key="confirm-live").check().run()
    at.button(key="remediate").click().run()
    wait_jobs(at)
    at.run()
    ok(at)
    assert not [s.value for s in at.success if s.value.startswith("Simulated on")]
    stale = [i.value for i in at.info if i.value.startswith("Out of date")]
    assert len(stale) == 1 and said[0] in stale[0] and "Simulate again" in stale[0], stale
    at.button(key="simulate").click().run()
    ok(at)
    assert [s.value for s in at.success if s.value.startswith("Simulated on")]
    assert not [i.value for i in at.info if i.value.startswith("Out of date")]


def test_simulate_on_a_graph_tenant_says_it_runs_on_a_tenant_built_from_the_logs(db):
    from marlib.remediation.backend import set_tenant_mode
    set_tenant_mode(Store(db), "graph")
    at = ok(page("remediate", sha256=changed_hash(db)))
    assert any("a Graph tenant has no copy to make" in m.value for m in at.markdown)
    at.button(key="simulate").click().run()
    ok(at)
    assert any(s.value.startswith("Simulated on the what-if tenant built from the logs:") for s in at.success)


def test_mar_report_shows_results_links_and_exports(db):
    sha = changed_hash(db)
    at = ok(page("remediate", sha256=sha))
    at.checkbox(key="confirm-live").check().run()
    at.button(key="remediate").click().run()
    wait_jobs(at)
    at.switch_page("pages/mar-report.py").run()
    at.segmented_control(key="mar-mode").set_value("Simulated").run()
    ok(at)
    total = sum(int(m.value.replace(",", "")) for m in at.metric[:3])
    assert total > 0
    links = at.page_link
    assert links, "each SHA-256 links to Message Tracking"
    skipped = int(at.metric[2].value.replace(",", ""))
    for key in ("by-recipient", "by-sha"):
        traces = figure(at, key).data
        assert all(x > 0 for t in traces for x in values(t.x)), "no empty bar"
        assert {t.name for t in traces} <= {"succeeded", "failed", "skipped", "planned"}
        assert ("skipped" in {t.name for t in traces}) == (skipped > 0)
    labels = [b.label for b in at.get("download_button")]
    assert "Failed recipients CSV" in labels and "Failed recipients XLSX" in labels


def test_tracking_search_from_a_hash_link(db):
    sha = changed_hash(db)
    at = ok(page("message-tracking", sha256=sha))
    assert at.selectbox(key="trk-field").value == "sha256"
    assert "message(s)" in at.caption[0].value
    mid = at.selectbox(key="trk-mid").value
    assert at.subheader and f"MID {mid}" in at.subheader[0].value
    at.selectbox(key="trk-field").set_value("mid")
    at.text_input(key="trk-value").set_value(str(mid))
    [b for b in at.button if b.label == "Search"][0].click().run()
    ok(at)
    assert at.selectbox(key="trk-mid").value == mid


def test_certificate_helper_settings_and_check_connection(db):
    at = ok(page("mailbox-settings"))
    key_upload = [u for u in at.get("file_uploader") if u.proto.id.endswith("key-upload")][0]
    assert key_upload.proto.max_upload_size_mb == 1  # a key file, not "1GB per file"
    at.text_input(key="cert-email").set_value("admin@contoso.example")
    [b for b in at.button if b.label == "Generate key and certificate"][0].click().run()
    ok(at)
    code = at.code[0].value
    assert '"keyCredentials"' in code and "AsymmetricX509Cert" in code and "PRIVATE KEY" not in code
    at.text_input(key="client-id").set_value("6583ff8c-9c43-450b-a63d-6934afda87b7")
    at.text_input(key="tenant-id").set_value("abcd1234-bcdd-469d-8545-a0662708cbc3")
    at.text_input(key="domains").set_value("contoso.example")
    [b for b in at.button if b.label == "Submit"][0].click().run()
    ok(at)
    assert any("Saved" in s.value for s in at.success)
    at.text_input(key="check-email").set_value("someone@elsewhere.example")
    [b for b in at.button if b.label == "Test Connection"][0].click().run()
    assert "The SMTP address has no mailbox associated with it" in at.error[0].value
    assert at.info and "Enter a valid email address" in at.info[-1].value


def test_whatif_runs_and_compares_two_scenarios(db):
    at = ok(page("what-if"))
    at.button(key="wi-run-A").click().run()
    ok(at)
    assert {m.label for m in at.metric} >= {"Would succeed", "Graph requests", "Estimated duration"}
    at.button(key="wi-compare").click().run()
    ok(at)
    assert any("change outcome" in c.value for c in at.caption)


def test_whatif_leaves_out_a_superseded_change_and_says_so(db):
    """A window covers what a real pending run would act on: a change a later CLEAN verdict superseded
    is left out and named."""
    import datetime as dt
    sha = changed_hash(db)
    with Store(db).connect() as con:
        con.execute("INSERT INTO verdict_events (event_key, sha256, verdict, kind, event_time) "
                    "SELECT 'clean-again', sha256, 'CLEAN', 'retrospective', max(event_time) + INTERVAL 1 HOUR "
                    "FROM verdict_events WHERE sha256 = ? GROUP BY sha256", [sha])
    at = ok(page("what-if"))
    at.radio(key="wi-A-scope").set_value("Every verdict change in a window").run()
    at.date_input(key="wi-A-window").set_value((dt.date(2000, 1, 1), dt.date(2100, 1, 1))).run()
    at.button(key="wi-run-A").click().run()
    ok(at)
    assert any("superseded" in i.value and sha[:16] in i.value for i in at.info)
    assert sha not in set(at.session_state["wi-result-A"].outcomes["sha256"])


def test_sign_in_is_required_when_auth_is_configured(db):
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.secrets["auth"] = {"redirect_uri": "http://127.0.0.1:8501/oauth2callback", "cookie_secret": "x" * 32,
                          "client_id": "c", "client_secret": "s",
                          "server_metadata_url": "https://login.example/.well-known/openid-configuration"}
    at.user = {"is_logged_in": False}
    at.run()
    assert not at.metric and not at.exception   # nothing shows before sign-in
    from pages import _ui
    if _ui.available("authlib"):
        assert [b.label for b in at.button] == ["Sign in"]
    else:  # fail closed with the fix
        assert "Authlib" in at.error[0].value
    at.user = {"is_logged_in": True, "email": "ana@corp.example"}
    at.run()
    ok(at)
    assert at.metric
    assert any("ana@corp.example" in c.value for c in at.sidebar.caption)


def test_automatic_mode_turns_on_and_off(db, tmp_path):
    logs = tmp_path / "esa"
    shutil.copytree(SAMPLE_DIR / "esa", logs)
    at = ok(page("remediate"))
    at.text_area(key="watch-paths").set_value(str(logs))
    at.number_input(key="watch-interval").set_value(1)
    [b for b in at.button if b.label == "Turn automatic mode on"][0].click().run()
    ok(at)
    from pages import _ui
    wb = _ui.workbench()
    job = wb.jobs("watch")[0]
    try:
        check_watch(at, wb, job, db)
    finally:  # never leave the thread running past the test (DuckDB dislikes dying mid-query)
        wb.stop_watch()
        end = time.monotonic() + 4 * TIMEOUT
        while job.state == "running" and time.monotonic() < end:
            time.sleep(0.1)


def check_watch(at: AppTest, wb, job, db: Path) -> None:
    deadline = time.monotonic() + 4 * TIMEOUT
    while wb.watch_state().get("steps", 0) < 1 and job.state == "running" and time.monotonic() < deadline:
        time.sleep(0.1)
    assert job.state == "running", job.error
    assert wb.watch_state()["steps"] >= 1, wb.watch_state()
    at.run()
    assert any("Automatic mode is **on**" in s.value for s in at.success), [s.value for s in at.success]
    at.button(key="watch-stop").click().run()
    while job.state == "running" and time.monotonic() < deadline:
        time.sleep(0.1)
    assert job.state == "done", job.error
    assert wb.watch_state()["state"] == "off"
    # the app's automatic mode says so (not `marlib watch`): the page counts no `marlib watch` run
    triggers = set(Store(db).query_df("SELECT trigger FROM remediation_runs")["trigger"])
    assert "app-auto" in triggers and "watch" not in triggers
    at.run()
    assert not any("`marlib watch` runs" in c.value for c in at.caption)


def test_automatic_mode_refuses_a_missing_folder(db, tmp_path):
    at = ok(page("remediate"))
    at.text_area(key="watch-paths").set_value("/no/such/esa")
    [b for b in at.button if b.label == "Turn automatic mode on"][0].click().run()
    assert "no such file or folder" in at.error[0].value
    # still said on the next redraw (a run ending, the polling of another panel): it was gone before it was read
    at.run()
    assert "no such file or folder" in at.error[0].value
    # a next try that works takes it away
    (tmp_path / "esa").mkdir()
    at.text_area(key="watch-paths").set_value(str(tmp_path / "esa"))
    [b for b in at.button if b.label == "Turn automatic mode on"][0].click().run()
    from pages import _ui
    wb = _ui.workbench()
    try:
        assert not at.error, [e.value for e in at.error]
        assert any("Automatic mode is **on**" in s.value for s in at.success)
    finally:
        at.button(key="watch-stop").click().run()
        job, end = wb.jobs("watch")[0], time.monotonic() + 4 * TIMEOUT
        while job.state == "running" and time.monotonic() < end:
            time.sleep(0.1)


def _state_dump(at: AppTest) -> str:
    """Every value held in the session's state (widget values included), as text."""
    state = at._session_state._state  # SafeSessionState -> SessionState
    values = [repr(w) for w in state.get_widget_states()]
    for key in list(state._keys()):
        try:
            values.append(repr(state[key]))
        except KeyError:
            continue
        value = state[key]
        if hasattr(value, "getvalue"):
            values.append(value.getvalue().decode("latin-1"))
    return "\n".join(values)


def test_uploaded_key_and_passphrase_do_not_stay_in_session_state(db, tmp_path):
    """Review R2: the passphrase field and the key upload kept the secrets in st.session_state."""
    from marlib import certs
    secret = "R2 passphrase 4f7c"
    new = certs.new_certificate(tmp_path / "k", "admin@contoso.example", passphrase=secret)
    pem = new.key_path.read_bytes()
    at = ok(page("mailbox-settings"))
    at.text_input(key="client-id").set_value("6583ff8c-9c43-450b-a63d-6934afda87b7")
    at.text_input(key="tenant-id").set_value("abcd1234-bcdd-469d-8545-a0662708cbc3")
    at.text_input(key="thumbprint").set_value(new.thumbprint_b64)
    at.file_uploader(key="key-upload").set_value(("app.key", pem, "application/x-pem-file"))
    at.text_input(key="passphrase").set_value(secret)
    next(b for b in at.button if b.label == "Submit").click().run()
    ok(at)
    assert any("Saved" in s.value for s in at.success)
    dump = _state_dump(at)
    assert secret not in dump and "ENCRYPTED PRIVATE KEY" not in dump
    body = pem.decode().splitlines()[1]
    assert body not in dump
    # the form is still there for the next change, empty of secrets
    assert [t.value for t in at.text_input if t.label.startswith("Key passphrase")] == [""]
    # a refused key: the error is shown after the rerun, and the wrong passphrase is not kept either
    at.file_uploader(key="key-upload-1").set_value(("app.key", pem, "application/x-pem-file"))
    at.text_input(key="passphrase-1").set_value("wrong " + secret)
    next(b for b in at.button if b.label == "Submit").click().run()
    assert not at.exception and "Wrong passphrase" in at.error[0].value
    assert secret not in _state_dump(at)


def test_proxy_field_is_saved_masked_and_its_password_kept(db, tmp_path):
    """The Mailbox Settings form's proxy: stored, shown as ****, re-submitted as shown it keeps the
    password, and a typed password does not stay in the session state."""
    from marlib import certs
    from marlib.settings import load_settings
    new = certs.new_certificate(tmp_path / "k", "admin@contoso.example")
    secret = "Pr0xy-pw-77"
    at = ok(page("mailbox-settings"))
    at.text_input(key="client-id").set_value("6583ff8c-9c43-450b-a63d-6934afda87b7")
    at.text_input(key="tenant-id").set_value("abcd1234-bcdd-469d-8545-a0662708cbc3")
    at.text_input(key="thumbprint").set_value(new.thumbprint_b64)
    at.file_uploader(key="key-upload").set_value(("app.key", new.key_path.read_bytes(), "application/x-pem-file"))
    at.text_input(key="proxy").set_value(f"http://svc:{secret}@proxy.corp.example:8080")
    next(b for b in at.button if b.label == "Submit").click().run()
    ok(at)
    assert any("Saved" in s.value for s in at.success)
    store = Store(db)
    assert load_settings(store).proxy_display == "http://svc:****@proxy.corp.example:8080"
    assert secret not in _state_dump(at) and secret not in store.get_setting("mailbox")
    assert at.text_input(key="proxy-1").value == "http://svc:****@proxy.corp.example:8080"
    next(b for b in at.button if b.label == "Submit").click().run()    # as shown: the password stays
    ok(at)
    assert load_settings(store).proxies()["https"] == f"http://svc:{secret}@proxy.corp.example:8080"
    at.text_input(key="proxy-2").set_value("proxy.corp.example:8080")
    next(b for b in at.button if b.label == "Submit").click().run()
    assert not at.exception and "has no scheme" in at.error[0].value
    at.text_input(key="proxy-3").set_value("")
    next(b for b in at.button if b.label == "Submit").click().run()
    ok(at)
    assert load_settings(store).proxy is None


def test_mailbox_form_follows_the_settings_set_rule(db, tmp_path):
    """The form fields left as shown are options left out, as for `settings set`: kept for the same tenant;
    for another tenant the emulator's URLs, CA and domains go back to Microsoft's defaults (said, and shown
    in the form), the proxy kept."""
    from marlib import certs
    from marlib.settings import load_settings, save_settings
    new = certs.new_certificate(tmp_path / "k", "admin@contoso.example")
    store = Store(db)
    emulator = "https://127.0.0.1:8443"
    save_settings(store, client_id="6583ff8c-9c43-450b-a63d-6934afda87b7", tenant_id="contoso.onmicrosoft.com",
                  thumbprint=new.thumbprint_b64, key=new.key_path, domains="contoso.example", authority=emulator,
                  graph_url=emulator, ca_file=new.crt_path, proxy="http://proxy.corp.example:3128")
    at = ok(page("mailbox-settings"))
    assert at.text_input(key="authority").value == emulator
    at.text_input(key="client-id").set_value("a1b2c3d4-0000-4000-8000-000000000001")   # same tenant
    next(b for b in at.button if b.label == "Submit").click().run()
    ok(at)
    saved = load_settings(store)
    assert (saved.client_id, saved.authority, saved.graph_url, saved.domains) == (
        "a1b2c3d4-0000-4000-8000-000000000001", emulator, emulator, ("contoso.example",))
    assert not any("went back" in s.value for s in at.success)
    at.text_input(key="tenant-id").set_value("fabrikam.onmicrosoft.com")             # another tenant
    next(b for b in at.button if b.label == "Submit").click().run()
    ok(at)
    saved = load_settings(store)
    assert (saved.authority, saved.graph_url, saved.ca_file, saved.domains, saved.proxy) == (
        "https://login.microsoftonline.com", "https://graph.microsoft.com", None, (),
        "http://proxy.corp.example:3128")
    flash = next(s.value for s in at.success if "Saved" in s.value)
    assert "tenant contoso.onmicrosoft.com -> fabrikam.onmicrosoft.com" in flash
    assert f"Authority URL → https://login.microsoftonline.com (was {emulator})" in flash
    assert "Extra CA bundle → (none)" in flash and "Office 365 domains → (any) (was contoso.example)" in flash
    # the form shows what is stored now, not the old tenant's values
    assert (at.text_input(key="authority").value, at.text_input(key="graph-url").value,
            at.text_input(key="ca-file").value, at.text_input(key="domains").value) == (
        "https://login.microsoftonline.com", "https://graph.microsoft.com", "", "")
    # a value typed in is given: the next Submit stores it
    at.text_input(key="authority").set_value(emulator)
    at.text_input(key="graph-url").set_value(emulator)
    next(b for b in at.button if b.label == "Submit").click().run()
    ok(at)
    assert (load_settings(store).authority, load_settings(store).graph_url) == (emulator, emulator)


def test_uploads_with_the_same_name_are_all_kept_under_the_data_dir(tmp_path, monkeypatch):
    """Review R2: two uploads whose names clean to the same name overwrote each other; hostile
    names stay inside <data_dir>/uploads."""
    monkeypatch.setenv("MARLIB_DB", str(tmp_path / "fresh.duckdb"))
    amp = (SAMPLE_DIR / "esa" / "amp" / "amp.log").read_bytes().splitlines(keepends=True)
    half = len(amp) // 2
    at = ok(page("ingest"))
    at.file_uploader(key="upload").set_value([("../../amp.log", b"".join(amp[:half]), "text/plain"),
                                              ("..\\..\\amp.log", b"".join(amp[half:]), "text/plain")]).run()
    at.button(key="ingest-upload").click().run()
    wait_jobs(at)
    at.run()
    ok(at)
    saved = sorted(p for p in (tmp_path / "uploads").rglob("*") if p.is_file())
    assert len(saved) == 2 and all(".." not in p.relative_to(tmp_path).parts for p in saved)
    assert b"".join(p.read_bytes() for p in saved) != b"" and {p.stat().st_size for p in saved} == {
        len(b"".join(amp[:half])), len(b"".join(amp[half:]))}


def test_policy_flash_names_the_forward_address_only_for_forward_actions(db):
    """F3: "Move to Junk Email to security-team@example.com" named an address that is not used."""
    at = ok(page("mail-policies"))
    assert form_values(at) == (True, "forward-delete", "security-team@example.com")
    at.radio(key="one-action").set_value("move-junk")
    [b for b in at.button if b.label == "Submit"][0].click().run()
    ok(at)
    flash = [s.value for s in at.success if "Saved DEFAULT" in s.value]
    assert flash and "Move to Junk Email" in flash[0] and "security-team@example.com" not in flash[0]
    at.radio(key="one-action").set_value("forward")
    at.text_input(key="one-forward").set_value("soc@example.com")
    [b for b in at.button if b.label == "Submit"][0].click().run()
    ok(at)
    assert any(s.value.endswith("Forward to an email address to soc@example.com") for s in at.success)


def test_superseded_changes_are_not_pending_in_the_app(db):
    """F3: a change whose verdict turned CLEAN again is superseded (as `marlib changes` says), not pending."""
    from marlib.remediation.backend import journal_mode
    from marlib.remediation.run import change_list
    store = Store(db)
    sha = changed_hash(db)
    with store.connect() as con:
        con.execute("INSERT INTO verdict_events (event_key, sha256, verdict, kind, event_time) "
                    "SELECT 'clean-again', sha256, 'CLEAN', 'retrospective', max(event_time) + INTERVAL 1 HOUR "
                    "FROM verdict_events WHERE sha256 = ? GROUP BY sha256", [sha])
    cli = change_list(store, mode=journal_mode(store))
    expected = int(cli["state"].isin(["pending", "retry"]).sum())
    assert expected > 0 and (cli[cli["sha256"] == sha]["state"] == "superseded").any()

    at = ok(page("overview"))
    assert int({m.label: m.value for m in at.metric}["Changes pending"].replace(",", "")) == expected
    at = ok(page("remediate", sha256=sha))
    assert any(b.label == f"Remediate all {expected:,} pending changes…" for b in at.button)
    assert sha not in set(at.dataframe[0].value["sha256"]), "the pending list leaves it out"
    assert any("superseded" in e.label for e in at.expander)
    assert any("turned CLEAN again" in w.value for w in at.warning), "its plan warns"


def test_the_remediation_page_shows_what_is_pending_on_the_current_tenant(db):
    """Verdict changes handled on one tenant, then on another: back on the first, the page shows none pending
    there (migration 150); on a third tenant, where nothing was done, every one is pending."""
    import pandas as pd

    from marlib.emulator.testing import new_certificate
    from marlib.remediation.backend import set_tenant_mode
    from marlib.remediation.journal import DuckJournal, RunRecord, utcnow
    from marlib.settings import save_settings
    store = Store(db)
    set_tenant_mode(store, "graph")
    key_pem, _, thumb = new_certificate()

    def point_at(tenant_id: str) -> str:
        return save_settings(store, client_id="a1b2c3d4-0000-4000-8000-000000000001", thumbprint=thumb,
                             key=key_pem, tenant_id=tenant_id).tenant_key
    changes = store.query_df("SELECT event_key, sha256 FROM verdict_events "
                             "WHERE kind = 'retrospective' AND verdict = 'MALICIOUS'")
    for n, tenant_id in enumerate(("11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222")):
        journal = DuckJournal(store, "live")
        journal.begin(RunRecord(f"on-{n}", "live", "microsoft", "pending", [], utcnow(), tenant=point_at(tenant_id)),
                      changes, pd.DataFrame())
        journal.end(f"on-{n}", {"total": 0})
    point_at("11111111-1111-4111-8111-111111111111")
    at = ok(page("remediate"))
    assert any("No pending verdict change" in s.value for s in at.success)
    point_at("33333333-3333-4333-8333-333333333333")
    from pages import _ui
    _ui.workbench().invalidate()   # settings saved by another process: seen at the next data version
    at = ok(page("remediate"))
    from marlib import reports
    pending = len(reports.verdict_changes(store, pending=True))   # every change but the superseded ones
    assert pending == (reports.verdict_changes(store)["state"] != "superseded").sum() > 0
    labels = [b.label for b in at.button]
    assert f"Remediate all {pending:,} pending changes…" in labels, labels


def test_the_remediation_page_never_picks_a_superseded_change_by_default(db):
    """With nothing pending, the "One file" picker, one checkbox away from "Remediate live", starts on a
    change that is not superseded (its verdict turned CLEAN again), however widespread that one is."""
    from marlib.remediation.backend import journal_mode
    from marlib.remediation.run import change_list
    store = Store(db)
    changes = change_list(store, mode=journal_mode(store))
    keep = changes.sort_values("copies", kind="stable")["sha256"].iloc[0]   # the least widespread stays
    with store.connect() as con:
        con.execute("INSERT INTO verdict_events (event_key, sha256, verdict, kind, event_time) "
                    "SELECT 'clean-' || sha256, sha256, 'CLEAN', 'retrospective', max(event_time) + INTERVAL 1 HOUR "
                    "FROM verdict_events WHERE kind = 'retrospective' AND verdict = 'MALICIOUS' AND sha256 <> ? "
                    "GROUP BY sha256", [keep])
        con.execute("INSERT OR REPLACE INTO remediation_changes (event_key, mode, sha256, run_id, handled_at) "
                    "SELECT event_key, ?, sha256, 'done-before', now() FROM verdict_events "
                    "WHERE sha256 = ? AND kind = 'retrospective' AND verdict = 'MALICIOUS'",
                    [journal_mode(store), keep])
    states = change_list(store, mode=journal_mode(store)).set_index("sha256")["state"]
    assert not states.isin(["pending", "retry"]).any() and (states == "superseded").sum() >= 1
    at = ok(page("remediate"))
    assert at.selectbox(key="rem-sha").value == keep


def test_mar_report_shows_whatif_apart_from_the_simulated_tenant(db):
    """F3: what-if simulations are their own report mode, not the simulated tenant's results."""
    sha = changed_hash(db)
    at = ok(page("remediate", sha256=sha))
    at.button(key="simulate").click().run()
    ok(at)
    store = Store(db)
    assert store.query_one("SELECT count(*) FROM whatif_runs")[0] > 0
    real = store.query_one("SELECT count(*) FROM remediation_actions WHERE mode = 'simulated' "
                           "AND run_id NOT IN (SELECT run_id FROM whatif_runs)")[0]
    at.switch_page("pages/mar-report.py").run()
    at.segmented_control(key="mar-mode").set_value("What-if").run()
    ok(at)
    assert sum(int(m.value.replace(",", "")) for m in at.metric[:3]) > 0
    at.segmented_control(key="mar-mode").set_value("Simulated").run()
    ok(at)
    assert (sum(int(m.value.replace(",", "")) for m in at.metric[:3]) > 0) == (real > 0)


def test_mar_report_and_overview_keep_restores_apart_and_tell_tenants_apart(db):
    """Live copies moved on two tenants and moved back on one: the report and the Overview show the current
    tenant's copies remediated (not the restores, not the other tenant's) and name it; a selector, shown as
    live runs acted on two tenants, adds the other; a dry run's report shows its planned copies."""
    from marlib.emulator.testing import new_certificate
    from marlib.settings import save_settings
    store = Store(db)
    key_pem, _, thumb = new_certificate()
    t1 = save_settings(store, client_id="a1b2c3d4-0000-4000-8000-000000000001", thumbprint=thumb, key=key_pem,
                       tenant_id="11111111-1111-4111-8111-111111111111").tenant_key
    t2 = "22222222-2222-4222-8222-222222222222@graph.microsoft.com"
    sha = "ab" * 32
    rows = [("m1", "move-junk", "succeeded"), ("m2", "move-junk", "succeeded"), ("r1", "restore", "succeeded"),
            ("r1", "restore", "succeeded"), ("m3", "move-junk", "succeeded"), ("m3", "move-junk", "succeeded"),
            ("d1", "delete", "planned")]
    with store.connect() as con:
        for run, tenant in (("m1", t1), ("m2", t1), ("r1", t1), ("m3", t2), ("d1", None)):
            con.execute("INSERT INTO remediation_runs (run_id, mode, tenant, status, started_at) "
                        "VALUES (?, ?, ?, 'finished', now())", [run, "dry-run" if run == "d1" else "live", tenant])
        for i, (run, action, status) in enumerate(rows):
            box = ("alice", "bob")[i % 2] + "@corp.example"
            con.execute("INSERT INTO remediation_actions (action_id, run_id, mode, sha256, mid, message_id, "
                        "recipient, mailbox, action, status, reason, created_at, updated_at) VALUES "
                        "(?, ?, ?, ?, 1, '<m@x>', ?, ?, ?, ?, 'ok', now(), now())",
                        [str(i), run, "dry-run" if run == "d1" else "live", sha, box, box, action, status])
    at = ok(page("overview"))
    tiles = {m.label: m.value for m in at.metric}
    assert tiles["Copies remediated"] == "2", tiles
    assert any(f"tenant {t1}" in c.value and "Copies restored: 2" in c.value for c in at.caption)
    at.switch_page("pages/mar-report.py").run()
    ok(at)
    tiles = {m.label: m.value for m in at.metric}
    assert (tiles["Copies remediated"], tiles["Copies restored"]) == ("2", "2"), tiles
    at.selectbox(key="mar-tenant").set_value("all").run()
    ok(at)
    assert {m.label: m.value for m in at.metric}["Copies remediated"] == "4"
    at.segmented_control(key="mar-mode").set_value("Dry run (plans)").run()
    ok(at)
    assert {m.label: m.value for m in at.metric}["Copies planned"] == "1"


def test_choosing_a_tenant_while_marlib_tenant_mode_is_set_says_the_environment_wins(db, monkeypatch):
    """The app takes MARLIB_TENANT_MODE as the command line does: a choice on the page is saved but does not
    take effect while it is set, and the page says so (before, it said "Active tenant: Simulated" while the
    runs went on acting on Microsoft)."""
    from pages import _ui
    monkeypatch.setenv("MARLIB_TENANT_MODE", "graph")
    at = ok(page("mailbox-settings"))
    assert at.radio(key="tenant-kind").value == "microsoft"
    at.radio(key="tenant-kind").set_value("simulated")
    next(b for b in at.button if b.label == "Use this tenant").click().run()
    ok(at)
    assert _ui.workbench().tenant_kind.value == "microsoft"
    assert not [s.value for s in at.success if s.value.startswith("Active tenant")]
    assert any("MARLIB_TENANT_MODE=graph" in w.value and "stays Microsoft" in w.value for w in at.warning), \
        [w.value for w in at.warning]


def test_mailbox_settings_says_marlib_tenant_mode_wins_as_soon_as_the_page_opens(db, monkeypatch):
    """An analyst opening the page with MARLIB_TENANT_MODE set learns it before picking a tenant (before, only
    after a "Use this tenant" click; a reload then showed the radio on the environment's tenant with no word
    of why the one saved was not selected)."""
    monkeypatch.setenv("MARLIB_TENANT_MODE", "simulated")
    at = ok(page("mailbox-settings"))
    said = [w.value for w in at.warning if "MARLIB_TENANT_MODE=simulated" in w.value]
    assert len(said) == 1 and "Simulated tenant (in-process) whatever is chosen here" in said[0], said
    monkeypatch.delenv("MARLIB_TENANT_MODE")
    at = ok(page("mailbox-settings"))
    assert not [w.value for w in at.warning if "MARLIB_TENANT_MODE" in w.value]


def test_a_stale_tab_does_not_undo_enable_office_365_mailbox_settings(db):
    """Another tab (or `settings disable` on the command line) turned live remediation off while this tab showed
    Mailbox Settings with the switch on: this tab's next run (any click on the page, here "Use this tenant")
    wrote its stale switch back and turned live remediation on again, silently. The switch now follows what is
    stored and writes only when it is flipped here."""
    from marlib import settings as mailbox_settings
    store = Store(db)
    mailbox_settings.set_live_enabled(store, True)
    at = ok(page("mailbox-settings"))
    assert at.toggle(key="mailbox-enabled").value is True
    mailbox_settings.set_live_enabled(store, False)          # elsewhere: `settings disable`, another tab
    next(b for b in at.button if b.label == "Use this tenant").click().run()
    ok(at)
    assert mailbox_settings.live_enabled(store) is False
    assert at.toggle(key="mailbox-enabled").value is False   # shows what is stored
    at.toggle(key="mailbox-enabled").set_value(True).run()   # flipped here: saved
    assert mailbox_settings.live_enabled(store) is True
    mailbox_settings.set_live_enabled(store, False)
    at.run()
    assert mailbox_settings.live_enabled(store) is False and at.toggle(key="mailbox-enabled").value is False


def test_a_second_remediate_all_with_nothing_left_says_why_no_run_was_recorded(db):
    """Two tabs confirmed "Remediate all N pending changes" together: the first run took every change, the second
    found nothing pending and the page said "done, run not recorded (simulated): 0 succeeded, 0 failed, 0
    skipped", with no word of why. It now says what the command line says: nothing pending, no run recorded."""
    first, second = ok(page("remediate")), ok(page("remediate"))
    for at in (first, second):
        next(b for b in at.button if b.label.startswith("Remediate all")).click().run()
    first.button(key="pending-go").click().run()
    wait_jobs(first)
    second.button(key="pending-go").click().run()
    wait_jobs(second)
    second.run()
    ok(second)
    said = [m.value for box in ("success", "warning", "info") for m in getattr(second, box) if m.value.startswith("#")]
    assert len(said) == 2, said
    assert any("done, run" in s and "succeeded" in s for s in said), said
    nothing = [s for s in said if "no run recorded" in s]
    assert len(nothing) == 1 and "nothing pending" in nothing[0] and "0 succeeded" not in nothing[0], said


def test_a_remediate_all_confirmation_goes_when_another_tab_took_every_change(db):
    """A tab left on "Remediate all N pending verdict changes?" while another tab's run took them all offered
    "Remediate all 0 pending verdict changes" at its next redraw."""
    first, second = ok(page("remediate")), ok(page("remediate"))
    for at in (first, second):
        next(b for b in at.button if b.label.startswith("Remediate all")).click().run()
    first.button(key="pending-go").click().run()
    wait_jobs(first)
    ok(second.run())
    assert not [w.value for w in second.warning if "Remediate all" in w.value]
    assert not [b for b in second.button if b.key == "pending-go"]
    assert any("No pending verdict change" in m.value for m in second.success)


def test_tracking_shows_the_message_of_the_row_picked_in_the_results(db):
    """Picking a row of the search results (its checkbox) left "Message details for MID" on the first message: the
    selectbox had a key, so its index= (the picked row) counted on the first run only. A pick now shows that
    message; the selectbox still picks another, and a new search starts on its first message."""
    at = ok(page("message-tracking", sender="a"))
    mids = list(at.dataframe[0].value["mid"])
    assert len(mids) > 3 and at.selectbox(key="trk-mid").value == mids[0]
    at.session_state["trk-table"] = {"selection": {"rows": [3], "columns": [], "cells": []}}   # a click on row 4
    ok(at.run())
    assert at.selectbox(key="trk-mid").value == mids[3]
    assert at.subheader[0].value.startswith(f"MID {mids[3]}")
    at.selectbox(key="trk-mid").set_value(mids[1]).run()          # the selectbox, the row still picked
    assert at.selectbox(key="trk-mid").value == mids[1] and at.subheader[0].value.startswith(f"MID {mids[1]}")
    at.selectbox(key="trk-field").set_value("mid")
    at.text_input(key="trk-value").set_value(str(mids[2]))
    ok(at.button[0].click().run())
    assert at.selectbox(key="trk-mid").value == mids[2]


def test_whatif_window_with_only_its_first_day_picked_does_not_crash(db):
    """In the browser a date range is picked in two clicks, and the page reruns after the first: st.date_input then
    returns a 1-tuple, and `since, until = ...` raised "not enough values to unpack" over the whole page. The
    window is open-ended until its last day is picked, and runs so."""
    import datetime as dt
    at = ok(page("what-if"))
    at.radio(key="wi-A-scope").set_value("Every verdict change in a window").run()
    at.date_input(key="wi-A-window").set_value((dt.date(2020, 1, 1),)).run()
    ok(at)
    at.button(key="wi-run-A").click().run()
    ok(at)
    assert {m.label for m in at.metric} >= {"Would succeed", "Graph requests"}


def test_the_active_tenant_form_follows_a_change_made_elsewhere(db):
    """The command line (or another tab) made Microsoft the active tenant while this tab showed Mailbox Settings on
    the simulated tenant: the sidebar said Microsoft, the form still had Simulated picked, and "Use this tenant"
    (to change the tenant file, say) switched back to the simulated tenant unasked. The form now shows the stored
    tenant; a choice made and submitted here still wins."""
    from marlib.remediation.backend import set_tenant_mode
    from pages import _ui
    at = ok(page("mailbox-settings"))
    assert at.radio(key="tenant-kind").value == "simulated"
    tenant_file = at.text_input(key="tenant-file").value
    assert tenant_file
    set_tenant_mode(Store(db), "graph")                      # elsewhere: `settings tenant graph`
    _ui.workbench().invalidate()
    at.run()
    assert at.radio(key="tenant-kind").value == "microsoft"
    next(b for b in at.button if b.label == "Use this tenant").click().run()
    ok(at)
    assert _ui.workbench().tenant_kind.value == "microsoft"
    at.radio(key="tenant-kind").set_value("simulated")
    at.text_input(key="tenant-file").set_value(tenant_file)
    next(b for b in at.button if b.label == "Use this tenant").click().run()
    ok(at)
    assert _ui.workbench().tenant_kind.value == "simulated" and at.radio(key="tenant-kind").value == "simulated"


def test_overview_latest_changes_say_which_are_still_pending(db):
    """The sample's most widespread recent change turned CLEAN again (superseded): the Overview listed it among the
    latest verdict changes with its 13 copies, like the pending ones, and nothing said it needs no action."""
    from marlib import reports
    changes = reports.verdict_changes(Store(db)).head(10)
    assert (changes["state"] == "superseded").any() and (changes["state"] == "pending").any()
    latest = ok(page("overview")).get("table")[0].value
    assert list(latest["state"]) == [reports_state.replace("_", "\\_") for reports_state in changes["state"]]


def test_a_link_to_the_remediation_page_with_an_upper_case_hash_opens_that_hash(db):
    """A SHA-256 pasted from a SIEM or a ticket is often in upper case: ?sha256=ABC... matched no change and the
    page silently showed the first file's plan, next to its Remediate button; a hash that is no verdict
    change here now says so instead of showing another file as if it were the one asked for."""
    from marlib.remediation.backend import journal_mode
    from marlib.remediation.run import change_list
    store = Store(db)
    default = ok(page("remediate")).selectbox(key="rem-sha").value
    other = next(h for h in change_list(store, mode=journal_mode(store))["sha256"] if h != default)
    at = ok(page("remediate", sha256=f" {other.upper()} "))
    assert at.selectbox(key="rem-sha").value == other
    unknown = "0" * 64
    at = ok(page("remediate", sha256=unknown))
    assert any(unknown in w.value and "no retrospective verdict change" in w.value for w in at.warning)


def test_mar_report_says_where_each_modes_results_come_from_and_links_a_file_once(db):
    """With the simulated tenant active, the Live report said "Run one on the Remediation page (Simulate, or
    Remediate on the active tenant)": Simulate gives what-if results and Remediate simulated ones, never live;
    and the dry-run report sent to the same page, which records no plan. Each empty mode now names what fills
    it. In "All", a file in two modes had two identical Message Tracking links."""
    sha = changed_hash(db)
    at = ok(page("remediate", sha256=sha))
    at.button(key="simulate").click().run()
    at.checkbox(key="confirm-live").check().run()
    at.button(key="remediate").click().run()
    wait_jobs(at)
    at.switch_page("pages/mar-report.py").run()
    ok(at)
    live = " ".join(i.value for i in at.info)
    assert "No live remediation result" in live
    assert "Simulate" not in live and "emulator or Microsoft 365 as the active tenant" in live
    at.segmented_control(key="mar-mode").set_value("Dry run (plans)").run()
    assert "remediate --dry-run" in " ".join(i.value for i in ok(at).info)
    at.segmented_control(key="mar-mode").set_value("All").run()
    ok(at)
    targets = [link.proto.page + str(link.proto.query_string) for link in at.page_link]
    assert any(sha in t for t in targets)
    assert len(targets) == len(set(targets)), targets


def test_a_settings_save_says_the_tenant_and_the_switch_it_left_as_they_were(db):
    """A mail admin saved the settings on the sample ("Saved. Thumbprint ..."), then remediated: the run went to
    the simulated tenant, the page having said nothing of the active tenant or of the switch (`settings set`
    changes both). The saved message now names what is still to do, and stops once it is done."""
    at = ok(page("mailbox-settings"))
    at.text_input(key="cert-email").set_value("admin@contoso.example")
    [b for b in at.button if b.label == "Generate key and certificate"][0].click().run()
    at.text_input(key="client-id").set_value("6583ff8c-9c43-450b-a63d-6934afda87b7")
    at.text_input(key="tenant-id").set_value("abcd1234-bcdd-469d-8545-a0662708cbc3")
    [b for b in at.button if b.label == "Submit"][0].click().run()
    saved = [s.value for s in ok(at).success if s.value.startswith("Saved")][0]
    assert "still the simulated tenant" in saved and "Enable Office 365 Mailbox Settings" in saved
    at.radio(key="tenant-kind").set_value("microsoft")
    [b for b in at.button if b.label == "Use this tenant"][0].click().run()
    at.toggle(key="mailbox-enabled").set_value(True).run()
    [b for b in at.button if b.label == "Submit"][0].click().run()
    saved = [s.value for s in ok(at).success if s.value.startswith("Saved")][0]
    assert "Not changed by this save" not in saved


def test_a_refused_remediate_all_keeps_the_rest_of_the_page(db):
    """On a Graph tenant with no mailbox settings (or "Enable Office 365 Mailbox Settings" off), "Yes, remediate"
    showed why no run starts, and the page ended there: the file's plan, Simulate and Remediate were gone until
    another click."""
    from marlib.remediation.backend import set_tenant_mode
    set_tenant_mode(Store(db), "graph")
    at = ok(page("remediate"))
    next(b for b in at.button if b.label.startswith("Remediate all")).click().run()
    at.button(key="pending-go").click().run()
    assert not at.exception
    assert any("Office 365 mailbox settings are" in e.value for e in at.error)   # not configured here
    assert any(s.value == "One file" for s in at.subheader)
    assert at.selectbox(key="rem-sha").value and at.button(key="simulate")
    # still said at the next redraw (a run of another tab ending, automatic mode's polling): it was gone then,
    # before it could be read
    at.run()
    assert not at.exception
    assert any("Office 365 mailbox settings are" in e.value for e in at.error)
    # a new try starts without it
    next(b for b in at.button if b.label.startswith("Remediate all")).click().run()
    assert not any("Office 365 mailbox settings are" in e.value for e in at.error)


def test_a_refused_remediate_of_one_file_says_why_until_the_next_try(db):
    """"Remediate live" on a Graph tenant with no mailbox settings: the refusal ended the page (no automatic mode
    below it) and was gone at the next redraw. It is said under the button until the next try."""
    from marlib.remediation.backend import set_tenant_mode
    set_tenant_mode(Store(db), "graph")
    at = ok(page("remediate", sha256=changed_hash(db)))
    at.checkbox(key="confirm-live").check().run()
    at.button(key="remediate").click().run()
    assert not at.exception
    refused = [e.value for e in at.error if "Office 365 mailbox settings are" in e.value]
    assert len(refused) == 1, [e.value for e in at.error]
    assert any(s.value == "Automatic mode" for s in at.subheader)   # the rest of the page
    at.run()
    assert not at.exception
    assert [e.value for e in at.error if "Office 365 mailbox settings are" in e.value] == refused


def test_automatic_mode_says_the_simulated_tenant_is_loading_before_its_first_step(db, tmp_path):
    """Turned on while the simulated tenant was not loaded yet, automatic mode loads it in its job, and the job's
    progress said so, but the page showed only "0 step(s) ... last step pending" (half a minute for a large
    tenant). The tenant file is a pipe here: its load waits until the test writes the tenant into it."""
    import os
    import threading
    from pages import _ui
    tenant = tmp_path / "tenant.json"
    shutil.copy(SAMPLE_DIR / "tenant.json", tenant)
    logs = tmp_path / "esa"
    logs.mkdir()
    at = ok(page("remediate"))
    wb = _ui.workbench()
    wb.set_tenant("simulated", tenant)
    tenant.unlink()
    os.mkfifo(tenant)
    at.text_area(key="watch-paths").set_value(str(logs))
    [b for b in at.button if b.label == "Turn automatic mode on"][0].click().run()
    job = wb.jobs("watch")[0]
    try:
        deadline = time.monotonic() + TIMEOUT
        while "loading the simulated tenant" not in job.message and time.monotonic() < deadline:
            time.sleep(0.05)
        at.run()
        assert any("loading the simulated tenant" in c.value for c in ok(at).caption), [c.value for c in at.caption]
    finally:
        wb.stop_watch()
        if job.state == "running":   # the job reads the pipe: let its load end (more than a pipe's buffer)
            writer = threading.Thread(target=tenant.write_bytes, args=((SAMPLE_DIR / "tenant.json").read_bytes(),),
                                      daemon=True)
            writer.start()
            writer.join(TIMEOUT)
        end = time.monotonic() + 4 * TIMEOUT
        while job.state == "running" and time.monotonic() < end:
            time.sleep(0.1)


def test_the_whatif_page_never_picks_a_superseded_change_by_default(db):
    """On the sample, both scenarios started on its most widespread change, one whose verdict turned CLEAN again:
    a what-if of a file now considered clean, which a real pending run leaves out (the Remediation page no longer
    picks it). It is still offered, last."""
    from marlib.remediation.backend import journal_mode
    from marlib.remediation.run import change_list
    store = Store(db)
    changes = change_list(store, mode=journal_mode(store))
    superseded = set(changes.loc[changes["state"] == "superseded", "sha256"])
    assert superseded, "the sample has a superseded change"
    at = ok(page("what-if"))
    for side in ("A", "B"):
        picked = at.multiselect(key=f"wi-{side}-sha")
        assert picked.value and not set(picked.value) & superseded, picked.value
        assert {h[:16] + "…" for h in superseded} <= set(picked.options)   # still offered (shown cut)


def test_a_run_that_has_not_said_anything_yet_reads_as_starting(db):
    """A run's line read "#1 pending verdict changes, started 15:07:10 UTC:" and nothing more until its first
    progress (for a second or so while the simulated tenant's file is read)."""
    import threading
    from pages import _ui
    at = ok(page("remediate"))
    wb = _ui.workbench()
    release = threading.Event()
    job = wb.start_job("remediate", "pending verdict changes", lambda progress: release.wait(TIMEOUT))
    try:
        at.run()
        texts = [p.proto.text for p in ok(at).get("progress")]
        assert any(t.startswith(f"#{job.id} pending verdict changes") for t in texts), texts
        assert not any(t.rstrip().endswith(":") for t in texts), texts
    finally:
        release.set()
        wait_jobs(at)


@pytest.mark.parametrize(("name", "kind", "what"), [("remediate", "remediate", "remediation run(s)"),
                                                    ("ingest", "ingest", "ingest(s)")])
def test_a_job_that_ends_while_the_page_is_drawn_is_not_shown_running_for_good(db, monkeypatch, name, kind, what):
    """A job that ended just after the sidebar had drawn it as running (a short run right after its click, on a
    loaded machine): the progress fragment, drawn next, never saw it running, so it neither polled nor redrew the
    page when it ended, and the sidebar said "1 remediation run(s) running" (the Data page's buttons stayed
    disabled) until the next click. Seen in tests/test_browser.py, waiting minutes for the sidebar. Here the job
    ends as soon as the sidebar has looked."""
    import threading
    from pages import _ui
    at = ok(page(name))
    wb = _ui.workbench()
    release = threading.Event()
    result = ({"summary": {}, "warnings": []} if kind == "ingest"          # what the pages read of a finished job
              else {"run_id": "r1", "mode": "simulated", "counts": {}})
    job = wb.start_job(kind, "/logs" if kind == "ingest" else "x", lambda progress: release.wait(TIMEOUT) and result)
    looked = wb.running

    def ends_once_looked_at(of=None):
        seen = looked(of)
        if of == kind and not release.is_set():   # the sidebar's look: the job ends right after it
            release.set()
            deadline = time.monotonic() + TIMEOUT
            while job.state == "running" and time.monotonic() < deadline:
                time.sleep(0.01)
        return seen
    monkeypatch.setattr(wb, "running", ends_once_looked_at)
    try:
        ok(at.run())
    finally:
        release.set()
        wait_jobs(at)
    assert job.state == "done", job.error
    assert not [c.value for c in at.sidebar.caption if what in c.value]


def test_a_refusal_and_a_confirmation_belong_to_the_file_they_were_given_for(db):
    """The refusal of "Remediate live" for one file was still drawn under the next file picked; the confirmation
    box kept its tick for the next file (its label now naming that file); and a click that came with another
    file picked (before the page was drawn for it) acted on the file of the page drawn before."""
    from marlib.remediation.backend import set_tenant_mode
    set_tenant_mode(Store(db), "graph")
    at = ok(page("remediate", sha256=changed_hash(db)))
    first, second = at.selectbox(key="rem-sha").options[:2]
    at.selectbox(key="rem-sha").set_value(first).run()
    at.checkbox(key="confirm-live").check().run()
    at.button(key="remediate").click().run()
    assert any("Office 365 mailbox settings are" in e.value for e in at.error)
    at.selectbox(key="rem-sha").set_value(second).run()
    assert not at.exception
    assert not any("Office 365 mailbox settings are" in e.value for e in at.error)   # not this file's
    assert at.checkbox(key="confirm-live").value is False and at.button(key="remediate").disabled


def test_a_remediate_click_that_comes_with_another_file_picked_acts_on_neither(db):
    at = ok(page("remediate", sha256=changed_hash(db)))
    first, second = at.selectbox(key="rem-sha").options[:2]
    at.selectbox(key="rem-sha").set_value(second).run()
    at.checkbox(key="confirm-live").check().run()
    # confirmed for the second file; the first picked, and Remediate clicked before the page was drawn for it
    at.selectbox(key="rem-sha").set_value(first)
    at.button(key="remediate").click().run()
    assert not at.exception
    from pages import _ui
    assert not _ui.workbench().jobs("remediate")   # no run for either file
    assert at.checkbox(key="confirm-live").value is False   # the file shown is confirmed anew
    assert at.selectbox(key="rem-sha").value == first


def test_automatic_mode_that_stopped_on_an_error_says_it(db, tmp_path):
    """Automatic mode whose job failed (here: the simulated tenant it loads is no tenant file) went back to "Off"
    and the form, without a word of why it stopped."""
    from pages import _ui
    tenant = tmp_path / "tenant.json"
    shutil.copy(SAMPLE_DIR / "tenant.json", tenant)
    logs = tmp_path / "esa"
    logs.mkdir()
    at = ok(page("remediate"))
    wb = _ui.workbench()
    wb.set_tenant("simulated", tenant)
    tenant.write_text("{ not a tenant")
    at.text_area(key="watch-paths").set_value(str(logs))
    [b for b in at.button if b.label == "Turn automatic mode on"][0].click().run()
    job = wb.jobs("watch")[0]
    end = time.monotonic() + 4 * TIMEOUT
    while job.state == "running" and time.monotonic() < end:
        time.sleep(0.1)
    assert job.state == "failed", job
    at.run()
    assert not at.exception
    assert any(b.label == "Turn automatic mode on" for b in at.button)
    assert any(w.value.startswith("Automatic mode stopped on an error:") for w in at.warning), \
        [w.value for w in at.warning]
    assert any(i.value.startswith("What to do: give a tenant JSON") for i in at.info), [i.value for i in at.info]
