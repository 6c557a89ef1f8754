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

from pages import _ui  # noqa: E402

# The page config, the pages, their sections and URLs (= their file names under pages/) are in pages/_ui.py
# (app_setup): every page's _ui.page_setup() applies them too when Streamlit runs the page without app.py.
_ui.run_app()
