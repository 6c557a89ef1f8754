"""The file lines of a CSV or JSON lines records file: where each row starts, and a rejected row's original
text (``ingest_rejects.raw``), read again for those rows only so that a large import pays for its rejects,
not for keeping every row's text."""
from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# the same reading everywhere, so that a row's line number and its text agree: UTF-8 (a byte that is not
# becomes U+FFFD), no newline translation; a line ends at \n, \r\n or \r, as Python's universal newlines do
CSV_ENCODING = "utf-8"
JSON_ENCODING = "utf-8-sig"   # a byte order mark (Windows PowerShell's "UTF8") is not part of the first row


def physical_lines(path: Path, encoding: str) -> Iterator[tuple[int, str]]:
    """(line number from 1, the line with its line break) of a text file."""
    with path.open("r", encoding=encoding, errors="replace", newline="") as f:
        yield from enumerate(f, 1)


@dataclass(frozen=True)
class CsvQuoting:
    """How the line breaks inside a CSV's quoted fields are told from those that end a record.

    Without ``delimiter``: by the number of ``quote`` characters on a line, an odd number opening or closing a
    quoted field (fast; wrong when a quote stands inside an unquoted field, ``5" floppy``). With it: field by
    field, as DuckDB reads a CSV: a quote opens a quoted field only where a field starts (the line's start or
    after the delimiter); inside one, a doubled quote is a quote and a single one closes it; a quote elsewhere is
    a character of its field."""
    quote: str = '"'
    delimiter: str | None = None

    def inside_after(self, line: str, inside: bool) -> bool:
        """Whether a record is inside a quoted field after ``line`` (with its line break), ``inside`` before it."""
        if self.quote not in line:
            return inside
        if self.delimiter is None:
            return inside != bool(line.count(self.quote) % 2)
        closed, still_open = _field_patterns(self.quote, self.delimiter)
        return not (still_open if inside else closed).fullmatch(line.rstrip("\r\n"))


@lru_cache(maxsize=None)
def _field_patterns(quote: str, delimiter: str) -> tuple[re.Pattern, re.Pattern]:
    """(a line whose quoted fields are all closed, given none is open before it; the same, given one is open
    before it). A line that does not match leaves a quoted field open."""
    q, d = re.escape(quote), re.escape(delimiter)
    # the rest of an open quoted field up to its closing quote, then what DuckDB keeps of the field after it
    rest = f"[^{q}]*(?:{q}{q}[^{q}]*)*{q}(?!{q})[^{d}]*"
    field = f"(?:{q}{rest}|[^{q}{d}][^{d}]*)?"
    return re.compile(f"{field}(?:{d}{field})*", re.DOTALL), re.compile(f"{rest}(?:{d}{field})*", re.DOTALL)


class CsvRecords:
    """Where each record of a CSV file starts, the header first: its file line (``lines``) and DuckDB's line
    (``ducks``: DuckDB's reject lines count a record over several lines once, and blank lines), in two
    arrays rather than a tuple a row, which would cost a large file ~100 bytes a row; and the length of the
    longest record in characters. A record starts on a line that is not blank and not inside a quoted field
    (:class:`CsvQuoting`)."""

    def __init__(self, path: Path, quoting: CsvQuoting = CsvQuoting()) -> None:
        self.quoting = quoting
        self.lines, self.ducks = array("q"), array("q")
        quoted, inside, size, self.longest = False, 0, 0, 0
        for number, line in physical_lines(path, CSV_ENCODING):
            if quoted:
                inside += 1
                size += len(line)
            elif line.strip():
                self.lines.append(number)
                self.ducks.append(number - inside)
                size = len(line)
            quoted = quoting.inside_after(line, quoted)
            if size > self.longest:
                self.longest = size

    def line_of(self, duck: int) -> int:
        """The file line of the record DuckDB numbers ``duck`` (``duck`` itself if none starts there)."""
        i = bisect_left(self.ducks, duck)
        return self.lines[i] if i < len(self.ducks) and self.ducks[i] == duck else duck


def original_rows(path: Path, starts: Iterable[int], *, encoding: str,
                  quoting: CsvQuoting | None = None) -> dict[int, str]:
    """The text of the rows starting on the lines ``starts``, as written in the file (without the last line
    break). ``quoting``: a CSV's; a row goes on over the line breaks inside a quoted field, to the line that
    closes it. Without, a row is one line. One pass, up to the last row asked for."""
    wanted = set(starts)
    last = max(wanted, default=0)
    out: dict[int, str] = {}
    first, parts, open_quote = 0, [], False
    for number, line in physical_lines(path, encoding):
        if not first:
            if number > last:
                break
            if number not in wanted:
                continue
            first, parts, open_quote = number, [], False
        parts.append(line)
        if quoting is not None:
            open_quote = quoting.inside_after(line, open_quote)
        if not open_quote:
            out[first], first = _without_line_break("".join(parts)), 0
    if first:   # a quoted field still open at the end of the file: the row is the rest of the file
        out[first] = _without_line_break("".join(parts))
    return out


def _without_line_break(text: str) -> str:
    for end in ("\r\n", "\n", "\r"):
        if text.endswith(end):
            return text[:-len(end)]
    return text
