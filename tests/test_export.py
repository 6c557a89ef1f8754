"""Exports: CSV and XLSX of report tables, formula cells neutralised (OWASP CSV injection)."""
from __future__ import annotations

import csv
import io

import openpyxl
import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from marlib.export import FORMULA_START, neutralise, safe_frame, to_csv_bytes, to_xlsx_bytes

HOSTILE = ["=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "plain", "a=b"]


def frame() -> pd.DataFrame:
    return pd.DataFrame({
        "recipient": HOSTILE,
        "count": [1, -2, 3, 4, 5, 6, 7, 8],
        "when": pd.to_datetime(["2026-11-16 09:00"] * 8),
        "=cmd": ["x"] * 8,
    })


def test_neutralise_prefixes_only_formula_text():
    assert neutralise("=1+1") == "'=1+1"
    assert neutralise("@x") == "'@x"
    assert neutralise("\tx") == "'\tx"
    assert neutralise("a=b") == "a=b"
    assert neutralise(-5) == -5
    assert neutralise(None) is None


def test_csv_cells_and_headers_are_neutralised():
    text = to_csv_bytes(frame()).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["recipient", "count", "when", "'=cmd"]
    cells = [r[0] for r in rows[1:]]
    assert cells[:6] == ["'" + h for h in HOSTILE[:6]]
    assert cells[6:] == ["plain", "a=b"]
    assert [r[1] for r in rows[1:3]] == ["1", "-2"]  # numbers are data, left alone


def test_xlsx_has_no_formula_and_keeps_values():
    wb = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(frame(), sheet="failed/recipients")))
    ws = wb.active
    assert ws.title == "failed_recipients"
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values[0] == ["recipient", "count", "when", "'=cmd"]
    for row in ws.iter_rows(min_row=2):
        assert row[0].data_type != "f"
        assert not str(row[0].value).startswith(FORMULA_START)
    assert values[2][1] == -2
    assert values[1][0] == "'" + HOSTILE[0]


def test_xlsx_drops_control_characters_and_timezones():
    df = pd.DataFrame({"raw": ["bad\x00line\x07"], "t": pd.to_datetime(["2026-11-16T09:00Z"])})
    ws = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(df))).active
    assert ws["A2"].value == "badline"
    assert str(ws["B2"].value).startswith("2026-11-16 09:00")


@given(st.lists(st.text(max_size=30), min_size=1, max_size=20))
def test_no_exported_text_cell_starts_like_a_formula(values):
    out = safe_frame(pd.DataFrame({"v": values}))
    for v in out["v"]:
        assert not v.startswith(FORMULA_START)
        assert v in values or (v.startswith("'") and v[1:] in values)
    text = to_csv_bytes(pd.DataFrame({"v": values})).decode("utf-8-sig")
    assert text.startswith("v")


def test_xlsx_control_character_before_a_formula_is_not_a_formula():
    """Review R2: control characters were stripped after neutralising, so "\\x01=..." (a MIME-decoded
    subject, a header) reached the sheet as "=..." and openpyxl wrote it as a formula."""
    df = pd.DataFrame({"subject": ["\x01=HYPERLINK(\"http://evil\",\"x\")", "\x00\x07+1+1"],
                       "\x02=cmd": ["a", "b"]})
    ws = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(df))).active
    for row in ws.iter_rows():
        for cell in row:
            assert cell.data_type != "f", cell.value
            assert not str(cell.value).startswith(FORMULA_START), cell.value
    assert ws["A2"].value == "'=HYPERLINK(\"http://evil\",\"x\")" and ws["B1"].value == "'=cmd"
