"""The app against the HTTPS emulator (a real server, real MSAL): Mailbox Settings filled in the UI,
Check Connection succeeds, then a live remediation launched by a signed-in user runs in the
workbench's thread and is recorded with who launched it."""
from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from marlib import certs
from marlib.demo import SAMPLE_DIR, ensure_default_db
from marlib.emulator.testing import start_emulator
from marlib.store import Store

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
CLIENT = "6583ff8c-9c43-450b-a63d-6934afda87b7"
ROLES = ["Mail.ReadWrite", "Mail.Send", "User.Read.All", "GroupMember.Read.All"]
AUTH = {"redirect_uri": "http://127.0.0.1:8501/oauth2callback", "cookie_secret": "x" * 32, "client_id": "c",
        "client_secret": "s", "server_metadata_url": "https://login.example/.well-known/openid-configuration"}

pytestmark = pytest.mark.timeout(300)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("app-emu")
    cert = certs.new_certificate(root / "keys", "admin@corp.example", name="app")
    tenant = json.loads((SAMPLE_DIR / "tenant.json").read_text())
    tenant["apps"] = [{"client_id": CLIENT, "certificate": str(cert.crt_path), "roles": ROLES}]
    path = root / "tenant.json"
    path.write_text(json.dumps(tenant), encoding="utf-8")
    template = root / "template.duckdb"
    ensure_default_db(Store(template))
    with start_emulator(path) as emu:
        yield emu, cert, tenant, template


def button(at: AppTest, label: str):
    return next(b for b in at.button if b.label == label)


def test_settings_check_connection_and_live_remediation(world, tmp_path, monkeypatch):
    emu, cert, tenant, template = world
    db = tmp_path / "marlib.duckdb"
    shutil.copy(template, db)
    monkeypatch.setenv("MARLIB_DB", str(db))
    at = AppTest.from_file(APP, default_timeout=120)
    at.secrets["auth"] = AUTH
    at.user = {"is_logged_in": True, "email": "ana@corp.example"}
    at.run()
    at.switch_page("pages/mailbox-settings.py").run()
    at.radio(key="tenant-kind").set_value("emulator")
    button(at, "Use this tenant").click().run()
    at.toggle(key="mailbox-enabled").set_value(True).run()
    at.text_input(key="client-id").set_value(CLIENT)
    at.text_input(key="tenant-id").set_value(tenant["tenant_id"])
    at.text_input(key="thumbprint").set_value(cert.thumbprint_b64)
    at.text_input(key="domains").set_value(",".join(tenant["domains"]))
    at.text_input(key="authority").set_value(emu.authority)
    at.text_input(key="graph-url").set_value(emu.graph_url)
    at.text_input(key="ca-file").set_value(str(emu.ca_file))
    at.file_uploader(key="key-upload").set_value(("app.key", cert.key_path.read_bytes(), "application/x-pem-file"))
    button(at, "Submit").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert any("Saved" in s.value for s in at.success)

    mailbox = next(u["address"] for u in tenant["users"] if u.get("mailbox"))
    at.text_input(key="check-email").set_value(mailbox)
    button(at, "Test Connection").click().run()
    assert not at.error, [e.value for e in at.error] + [i.value for i in at.info]
    assert any("Connection Successful" in s.value for s in at.success)

    store = Store(db)
    sha = store.query_one("""
        SELECT v.sha256 FROM verdict_events v JOIN attachments a USING (sha256)
        WHERE v.kind = 'retrospective' AND v.verdict = 'MALICIOUS'
        GROUP BY 1 ORDER BY count(DISTINCT a.mid) DESC LIMIT 1""")[0]
    at.query_params["sha256"] = sha
    at.switch_page("pages/remediate.py").run()
    assert button(at, "Remediate live").disabled
    at.checkbox(key="confirm-live").check().run()
    button(at, "Remediate live").click().run()
    from pages import _ui
    wb = _ui.workbench()
    deadline = time.monotonic() + 120
    while wb.running() and time.monotonic() < deadline:
        time.sleep(0.2)
    job = wb.jobs("remediate")[0]
    assert job.state == "done", job.error
    assert job.result["mode"] == "live" and job.result["counts"]["succeeded"] > 0
    row = store.query_one("SELECT l.launched_by, r.mode, r.tenant_kind FROM app_launches l "
                          "JOIN remediation_runs r USING (run_id)")
    assert row == ("ana@corp.example", "live", "emulator")
    at.switch_page("pages/logs.py").run()
    assert not at.exception
    runs = at.dataframe[-1].value
    assert "ana@corp.example" in set(runs["launched_by"])
