"""CSV and XLSX exports of report tables, safe to open in a spreadsheet.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return is a formula to Excel and LibreOffice (CSV injection, OWASP). Every
such text cell, and every such column name, is prefixed with a single quote
so it is shown as text. Numbers are left alone (a negative number is data).
Tables with stored MIDs gain the appliance's name (:func:`with_appliance`) in the app and on the CLI alike.
"""
from __future__ import annotations

import io
import re

import pandas as pd

from marlib.models import APPLIANCE_MID_SPAN

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Characters openpyxl refuses in a cell (XML 1.0 control characters).
_ILLEGAL_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
XLSX_MAX_ROWS = 1_048_575


def neutralise(value: object) -> object:
    """``value`` with a leading ``'`` when it is text a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def safe_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` whose text cells and column names are neutralised."""
    out = df.copy()
    out.columns = [str(neutralise(str(c))) for c in out.columns]
    for col in out.columns:
        series = out[col]
        if series.dtype == object or pd.api.types.is_string_dtype(series):
            out[col] = series.map(neutralise, na_action="ignore")
    return out


def to_csv_bytes(df: pd.DataFrame) -> bytes:
    """UTF-8 CSV (with a BOM, so Excel detects the encoding) of a neutralised copy of ``df``."""
    # RFC 4180 line ends, so a CR or LF inside a cell is quoted too
    return safe_frame(df).to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def to_xlsx_bytes(df: pd.DataFrame, sheet: str = "report") -> bytes:
    """An .xlsx workbook (openpyxl) with ``df`` neutralised on one sheet.

    Time zones are dropped (Excel has none; our times are UTC) and XML control
    characters are removed. Rows past Excel's limit are cut off.
    """
    # control characters go first: "\x01=..." must not become "=..." after neutralising
    out = df.head(XLSX_MAX_ROWS).copy()
    out.columns = [_ILLEGAL_XLSX.sub("", str(c)) for c in out.columns]
    for col in out.columns:
        series = out[col]
        if isinstance(series.dtype, pd.DatetimeTZDtype):
            out[col] = series.dt.tz_convert("UTC").dt.tz_localize(None)
        elif series.dtype == object or pd.api.types.is_string_dtype(series):
            out[col] = series.map(lambda v: _ILLEGAL_XLSX.sub("", v) if isinstance(v, str) else v,
                                  na_action="ignore")
    out = safe_frame(out)
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as writer:
        out.to_excel(writer, sheet_name=_sheet_name(sheet), index=False)
    return buf.getvalue()


def _sheet_name(name: str) -> str:
    cleaned = re.sub(r"[\[\]:*?/\\]", "_", name).strip("'") or "report"
    return cleaned[:31]


def with_appliance(df: pd.DataFrame, names: dict[int, str], *, esa_mid: bool = False) -> pd.DataFrame:
    """``df`` with an ``appliance`` column after its ``mid`` column (and before it, with ``esa_mid``, the MID
    as the appliance logged it), once ``names`` (:func:`marlib.reports.appliance_names`) holds any: a stored mid is the
    appliance's base + the MID it logged, so the number says which appliance it is."""
    if "mid" not in df.columns or "appliance" in df.columns or df.empty or not names:
        return df
    mids = pd.to_numeric(df["mid"], errors="coerce")
    out = df.copy()
    at = list(df.columns).index("mid") + 1
    if esa_mid:
        out.insert(at, "esa_mid", mids % APPLIANCE_MID_SPAN)
        at += 1
    out.insert(at, "appliance", (mids // APPLIANCE_MID_SPAN).map(names))
    return out
