"""marlib workbench: `streamlit run app.py` (or `python -m marlib app`).

One Workbench per process (pages/_ui.py) over the DuckDB store named by
$MARLIB_DB (default data/marlib.duckdb). When .streamlit/secrets.toml has an
[auth] section, every visitor signs in with st.login (OIDC) first (pages/_ui.py page_setup).
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402


st.set_page_config(page_title="marlib workbench", page_icon=":material/shield:", layout="wide")

# URL paths differ from the file names on purpose: while a process has not run st.navigation yet,
# Streamlit treats pages/ as a v1 pages directory and would run a file whose name matches the URL
# directly. Every page also calls _ui.page_setup() (sign-in, sidebar), so even that path is guarded.
PAGES = {
    "Monitor": [
        st.Page("pages/overview.py", title="Overview", icon=":material/dashboard:", default=True),
        st.Page("pages/mar_report.py", title="Mailbox Auto Remediation", icon=":material/bar_chart:",
                url_path="mar-report"),
        st.Page("pages/tracking.py", title="Message Tracking", icon=":material/search:", url_path="message-tracking"),
        st.Page("pages/logs_alerts.py", title="Logs and Alerts", icon=":material/notifications:",
                url_path="logs"),
    ],
    "Act": [
        st.Page("pages/remediation.py", title="Remediation", icon=":material/healing:", url_path="remediate"),
        st.Page("pages/whatif.py", title="What-if", icon=":material/science:", url_path="what-if"),
    ],
    "Configure": [
        st.Page("pages/data.py", title="Data", icon=":material/upload_file:", url_path="ingest"),
        st.Page("pages/mailbox_settings.py", title="Mailbox Settings", icon=":material/key:",
                url_path="mailbox-settings"),
        st.Page("pages/policies.py", title="Incoming Mail Policies", icon=":material/policy:",
                url_path="mail-policies"),
    ],
}

page = st.navigation(PAGES)
page.run()
