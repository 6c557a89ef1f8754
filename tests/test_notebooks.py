"""The notebooks under notebooks/: committed without outputs, and executed here (nbclient, a real
ipykernel running this venv's Python) against the committed sample, each in its own temporary
working directory so the repository's data/ is never written. A failing cell fails the test.
"""
from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

REPO = Path(__file__).resolve().parent.parent
NOTEBOOKS = REPO / "notebooks"
NAMES = ["01_investigate_a_hash.ipynb", "02_what_if.ipynb", "03_connect_a_tenant.ipynb"]
CELL_TIMEOUT_S = 180


def _kernel_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.pop("MARLIB_DB", None)
    env.pop("MARLIB_TENANT_MODE", None)
    env.pop("MARLIB_TENANT_FILE", None)
    env["MPLBACKEND"] = "agg"
    return env


def execute(nb: nbformat.NotebookNode, cwd: Path) -> nbformat.NotebookNode:
    """Run every cell in a fresh python3 kernel whose working directory is ``cwd``."""
    # jupyter_client starts the python3 kernelspec's "python" as sys.executable: this venv's interpreter
    client = NotebookClient(nb, kernel_name="python3", timeout=CELL_TIMEOUT_S, allow_errors=False,
                            resources={"metadata": {"path": str(cwd)}})
    client.execute(env=_kernel_env())
    return nb


def _outputs_text(nb: nbformat.NotebookNode) -> str:
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            parts.append(out.get("text", ""))
            parts.append(str(out.get("data", {}).get("text/plain", "")))
    return "\n".join(parts)


def _has_plotly_figure(nb: nbformat.NotebookNode) -> int:
    return sum(1 for cell in nb.cells for out in cell.get("outputs", [])
               if "application/vnd.plotly.v1+json" in out.get("data", {}))


@pytest.mark.parametrize("name", NAMES)
def test_committed_without_outputs(name):
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{name}: outputs committed"


def test_kernel_runs_this_venv(tmp_path):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
        "import json, os, sys; print(json.dumps([sys.prefix, os.getcwd()]))")])
    out = execute(nb, tmp_path).cells[0].outputs[0]["text"]
    prefix, cwd = json.loads(out)
    assert prefix == sys.prefix
    assert Path(cwd).resolve() == tmp_path.resolve()


def test_a_failing_cell_fails(tmp_path):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("import marlib\nmarlib.open(':memory:').impact('x')")])
    with pytest.raises(CellExecutionError, match="is not a SHA-256"):
        execute(nb, tmp_path)


def test_01_investigate_a_hash(tmp_path):
    nb = execute(nbformat.read(NOTEBOOKS / NAMES[0], as_version=4), tmp_path)
    assert (tmp_path / "work" / "marlib.duckdb").exists()
    failed = pd.read_csv(tmp_path / "work" / "failed_recipients.csv", encoding="utf-8-sig")
    assert len(failed) > 0 and set(failed["status"]) == {"failed"}
    assert set(failed["mode"]) == {"simulated"}
    assert pd.read_excel(tmp_path / "work" / "failed_recipients.xlsx").shape[0] == len(failed)
    assert _has_plotly_figure(nb) >= 4
    assert f"{len(failed)} failed recipients written" in _outputs_text(nb)


def test_02_what_if(tmp_path):
    nb = execute(nbformat.read(NOTEBOOKS / NAMES[1], as_version=4), tmp_path)
    diff = pd.read_excel(tmp_path / "work" / "what_if_diff.xlsx")
    assert len(diff) > 0
    assert {"status_a", "status_b", "action_a", "action_b"} <= set(diff.columns)
    assert _has_plotly_figure(nb) >= 3
    assert "verdict changes from" in _outputs_text(nb)


def test_03_connect_a_tenant(tmp_path):
    nb = execute(nbformat.read(NOTEBOOKS / NAMES[2], as_version=4), tmp_path)
    text = _outputs_text(nb)
    assert "the emulator (sample tenant)" in text
    assert "Connection Successful" in text
    assert "live on emulator" in text
    key = tmp_path / "work" / "keys" / "marlib.key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert "recoverableitemspurges" in text
