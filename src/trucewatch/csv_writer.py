"""The one CSV writer: every CSV trucewatch writes (findings from the CLI, the web API and the report, the
ACLED-format export, facility lists) goes through :func:`csv_text`.

* RFC 4180 quoting: a cell holding a comma, a double quote, CR or LF is quoted, quotes doubled, so a carriage
  return inside a field never starts a new row in a reader (Python's csv module leaves a bare CR unquoted
  when the line terminator is LF). Rows end with LF.
* Formula guard: a text cell whose first character after any leading tab, CR, LF or space is ``=``, ``+``,
  ``-`` or ``@`` would run as a formula in a spreadsheet; it is written with a leading ``'``. A cell that is
  a plain number (``-33.5``) is a number, not a formula, and stays as it is.
* Order: the columns as given, the rows as given (callers pass rows in a fixed order); list cells join
  their items with ``;`` and dict cells are JSON with sorted keys, so equal inputs give equal bytes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

_NEEDS_QUOTES = re.compile(r'[",\r\n]')
_FORMULA_START = re.compile(r"^[\t\r\n ]*[=+\-@]")
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def text_of(value: Any) -> str:
    """The text of one cell: empty for None, ``;``-joined lists, JSON (sorted keys) for dicts."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ";".join(text_of(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def guard(text: str) -> str:
    """``text`` made inert for spreadsheets: a leading ``'`` when it would start a formula."""
    if _FORMULA_START.match(text) and not _PLAIN_NUMBER.match(text):
        return "'" + text
    return text


def quote(text: str) -> str:
    """One field per RFC 4180."""
    if _NEEDS_QUOTES.search(text):
        return '"' + text.replace('"', '""') + '"'
    return text


def csv_line(cells: Iterable[Any]) -> str:
    return ",".join(quote(guard(text_of(cell))) for cell in cells) + "\n"


def csv_header(columns: Sequence[str]) -> str:
    return ",".join(quote(column) for column in columns) + "\n"


def csv_rows(rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> str:
    """One line per row, no header (missing keys are empty cells, extra keys ignored): a CSV written in parts
    is ``csv_header`` then ``csv_rows`` of each part, the same bytes as ``csv_text`` of all the rows."""
    return "".join(csv_line(row.get(column) for column in columns) for row in rows)


def csv_text(rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> str:
    """A header of ``columns`` and one line per row (missing keys are empty cells, extra keys ignored)."""
    return csv_header(columns) + csv_rows(rows, columns)
