"""The small part of OData that Graph mail clients send: query strings and ``$filter``.

``parse_query(raw)`` splits a raw query string the way ASP.NET does (``&`` and
``=`` first, then percent-decoding, ``+`` as space), so an unescaped ``&``,
``#`` or ``+`` inside a Message-ID breaks the filter exactly as it breaks on
Graph. ``parse_filter(text)`` returns a predicate over a dict of properties or
raises ``ODataError`` (answered as 400 BadRequest "Invalid filter clause").

Grammar: ``expr := and_expr ('or' and_expr)*``, ``and_expr := unary ('and' unary)*``,
``unary := 'not' unary | '(' expr ')' | call | prop OP literal``; OP in
eq ne gt ge lt le; calls ``contains|startswith|endswith(prop, 'lit')`` and
``prop/any(x: x eq 'lit')``; literals are ``'strings'`` (``''`` is one quote),
true, false, null, numbers.
"""
from __future__ import annotations

import re
from typing import Any, Callable
from urllib.parse import unquote_plus

Predicate = Callable[[dict[str, Any]], bool]


class ODataError(ValueError):
    """A query Graph would refuse with 400 BadRequest."""


def parse_query(raw: str) -> dict[str, str]:
    """Split then decode, first value wins for a repeated name (case-insensitive ``$`` options)."""
    out: dict[str, str] = {}
    for part in raw.split("&") if raw else ():
        name, _, value = part.partition("=")
        name = unquote_plus(name)
        key = name.lower() if name.startswith("$") else name
        out.setdefault(key, unquote_plus(value))
    return out


_TOKEN = re.compile(r"""\s*(?:(?P<str>'(?:[^']|'')*'(?!'))|(?P<punct>[(),:])|(?P<word>[^\s(),:']+)|(?P<bad>'))""")


def _tokens(text: str) -> list[tuple[str, str, int]]:
    out, pos = [], 0
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        m = _TOKEN.match(text, pos)
        if m is None or m.lastgroup == "bad":
            raise _syntax(text, pos)
        kind = m.lastgroup or "word"
        value = m.group(kind)
        out.append((kind, value[1:-1].replace("''", "'") if kind == "str" else value, m.start(kind)))
        pos = m.end()
    return out


def _syntax(text: str, pos: int) -> ODataError:
    return ODataError(f"Invalid filter clause: Syntax error at position {pos} in '{text}'.")


# directory properties compare case-insensitively; internetMessageId and subject exactly
CASE_INSENSITIVE = frozenset({"mail", "userprincipalname", "proxyaddresses", "displayname"})

_COMPARE = {
    "eq": lambda a, b: a == b, "ne": lambda a, b: a != b,
    "gt": lambda a, b: a is not None and a > b, "ge": lambda a, b: a is not None and a >= b,
    "lt": lambda a, b: a is not None and a < b, "le": lambda a, b: a is not None and a <= b,
}
_CALLS = {
    "contains": lambda a, b: isinstance(a, str) and b.lower() in a.lower(),
    "startswith": lambda a, b: isinstance(a, str) and a.lower().startswith(b.lower()),
    "endswith": lambda a, b: isinstance(a, str) and a.lower().endswith(b.lower()),
}


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = _tokens(text)
        self.i = 0

    def peek(self) -> tuple[str, str, int] | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self, kind: str | None = None, value: str | None = None) -> tuple[str, str, int]:
        tok = self.peek()
        if tok is None or (kind and tok[0] != kind) or (value and tok[1].lower() != value):
            raise _syntax(self.text, tok[2] if tok else len(self.text))
        self.i += 1
        return tok

    def at(self, value: str) -> bool:
        tok = self.peek()
        return tok is not None and tok[0] in ("word", "punct") and tok[1].lower() == value

    def parse(self) -> Predicate:
        pred = self.expr()
        if self.peek() is not None:
            raise _syntax(self.text, self.peek()[2])
        return pred

    def expr(self) -> Predicate:
        parts = [self.and_expr()]
        while self.at("or"):
            self.take()
            parts.append(self.and_expr())
        return parts[0] if len(parts) == 1 else (lambda row: any(p(row) for p in parts))

    def and_expr(self) -> Predicate:
        parts = [self.unary()]
        while self.at("and"):
            self.take()
            parts.append(self.unary())
        return parts[0] if len(parts) == 1 else (lambda row: all(p(row) for p in parts))

    def unary(self) -> Predicate:
        if self.at("not"):
            self.take()
            inner = self.unary()
            return lambda row: not inner(row)
        if self.at("("):
            self.take()
            inner = self.expr()
            self.take("punct", ")")
            return inner
        word = self.take("word")[1]
        if word.lower() in _CALLS:
            return self.call(_CALLS[word.lower()])
        if "/any" in word.lower():
            return self.any_(word[: word.lower().index("/any")])
        op = self.take("word")[1].lower()
        if op not in _COMPARE:
            raise _syntax(self.text, self.toks[self.i - 1][2])
        value, compare, prop = self.literal(), _COMPARE[op], word
        if prop.lower() in CASE_INSENSITIVE:
            return lambda row: _fold(compare, _get(row, prop), value)
        return lambda row: compare(_get(row, prop), value)

    def call(self, fn: Callable[[Any, Any], bool]) -> Predicate:
        self.take("punct", "(")
        prop = self.take("word")[1]
        self.take("punct", ",")
        value = self.literal()
        self.take("punct", ")")
        return lambda row: fn(_get(row, prop), value)

    def any_(self, prop: str) -> Predicate:
        self.take("punct", "(")
        var = self.take("word")[1]
        self.take("punct", ":")
        if self.take("word")[1] != var:
            raise _syntax(self.text, self.toks[self.i - 1][2])
        op = self.take("word")[1].lower()
        if op not in _COMPARE:
            raise _syntax(self.text, self.toks[self.i - 1][2])
        value, compare = self.literal(), _COMPARE[op]
        self.take("punct", ")")
        return lambda row: any(_fold(compare, v, value) for v in (_get(row, prop) or ()))

    def literal(self) -> Any:
        kind, value, pos = self.take()
        if kind == "str":
            return value
        low = value.lower()
        if low in ("true", "false"):
            return low == "true"
        if low == "null":
            return None
        try:
            return float(value) if "." in value else int(value)
        except ValueError:
            raise _syntax(self.text, pos) from None


def _fold(compare: Callable[[Any, Any], bool], a: Any, b: Any) -> bool:
    """Directory strings (addresses) compare case-insensitively."""
    if isinstance(a, str) and isinstance(b, str):
        return compare(a.lower(), b.lower())
    return compare(a, b)


def _get(row: dict[str, Any], prop: str) -> Any:
    value: Any = row
    for part in prop.split("/"):
        if not isinstance(value, dict):
            return None
        value = value.get(part, value.get(_ci_key(value, part)))
    return value


def _ci_key(row: dict[str, Any], name: str) -> str:
    low = name.lower()
    return next((k for k in row if k.lower() == low), name)


def parse_filter(text: str) -> Predicate:
    """A predicate for a ``$filter`` expression, or ODataError."""
    if not text.strip():
        raise ODataError("Invalid filter clause: The query specified in the URI is not valid.")
    return _Parser(text).parse()


def equality_value(text: str, prop: str) -> str | None:
    """The literal when the whole filter is ``prop eq 'literal'`` (an index lookup), else None."""
    try:
        toks = _tokens(text)
    except ODataError:
        return None
    if len(toks) == 3 and toks[0][0] == "word" and toks[0][1].lower() == prop.lower() \
            and toks[1][1].lower() == "eq" and toks[2][0] == "str":
        return toks[2][1]
    return None


def quote_literal(value: str) -> str:
    """The OData string literal for ``value`` (each ``'`` doubled), unencoded."""
    return "'" + value.replace("'", "''") + "'"
