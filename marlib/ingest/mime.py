"""MIME decoding of attachment names and subjects as ESA logs them (``=20``, ``=?utf-8?B?...?=``)."""
from __future__ import annotations

import re
from email.header import decode_header, make_header

_HEX = re.compile(rb"=([0-9A-Fa-f]{2})")
_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=")


def decode_name(value: str) -> str:
    """Decode RFC 2047 encoded words, then ``=XX`` hex escapes (as UTF-8); never raises."""
    out = value
    if _ENCODED_WORD.search(out):
        try:
            out = str(make_header(decode_header(out)))
        except Exception:  # malformed encoded word: keep the text as logged
            out = value
    if "=" in out and re.search(r"=[0-9A-Fa-f]{2}", out):
        raw = _HEX.sub(lambda m: bytes([int(m.group(1), 16)]), out.encode("utf-8", "surrogatepass"))
        out = raw.decode("utf-8", "replace")
    return out


def decode_names(values: list[str]) -> list[str]:
    """:func:`decode_name` over a list."""
    return [decode_name(v) for v in values]
