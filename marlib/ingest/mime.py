"""MIME decoding of attachment names and subjects as ESA logs them (``=20``, ``=?utf-8?B?...?=``)."""
from __future__ import annotations

import re
from email.header import decode_header

from marlib.ingest.files import NOT_UTF8

_HEX = re.compile(rb"=([0-9A-Fa-f]{2})")
_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=")
_BETWEEN_WORDS = re.compile(r"(=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)\s+(?==\?)")


def _decode_word(match: re.Match[str]) -> str:
    try:
        parts = decode_header(match.group(0))
        return "".join(b.decode(cs or "ascii", "replace") if isinstance(b, bytes) else b for b, cs in parts)
    except (LookupError, ValueError):  # unknown charset or bad base64: keep the text as logged
        return match.group(0)


def decode_name(value: str) -> str:
    """Decode RFC 2047 encoded words (whitespace between two dropped), then ``=XX`` escapes as UTF-8 (bytes that
    are not UTF-8 as Windows-1252, :data:`marlib.ingest.files.NOT_UTF8`: ``r=E9sum=E9.pdf`` is résumé.pdf)."""
    out = value
    if "=?" in out:
        out = _ENCODED_WORD.sub(_decode_word, _BETWEEN_WORDS.sub(r"\1", out))
    if re.search(r"=[0-9A-Fa-f]{2}", out):
        raw = _HEX.sub(lambda m: bytes([int(m.group(1), 16)]), out.encode("utf-8", "surrogatepass"))
        out = raw.decode("utf-8", NOT_UTF8)
    return out


def decode_names(values: list[str]) -> list[str]:
    """:func:`decode_name` over a list."""
    return [decode_name(v) for v in values]
