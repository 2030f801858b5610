"""Findings exports written part by part: JSON, CSV and GeoJSON of any number of findings in bounded memory.

Each ``*_chunks`` function takes the findings as batches (``api.iter_findings``) and yields text whose
concatenation is exactly the bytes of the whole-list form: ``findings_json`` (``api.findings_json``),
``findings_csv`` and ``findings_geojson``. Users diff exports, so the two forms never differ.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from json.encoder import encode_basestring
from typing import Any

from trucewatch.api.findings import CSV_COLUMNS, _reasons_cell
from trucewatch.csv_writer import csv_header, guard, quote, text_of

Batches = Iterable[Sequence[Mapping[str, Any]]]


def findings_json(rows: Sequence[Mapping[str, Any]]) -> str:
    """The canonical JSON of findings: stable key order, so identical inputs give identical bytes."""
    return json.dumps(rows, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def _indented(value: Any, indent: str) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)`` at the nesting of ``indent``, byte for byte, with the
    C string encoder: Python's own indenting encoder runs in Python and was most of an export's time."""
    if isinstance(value, str):
        return encode_basestring(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = indent + "  "
        return "{\n" + ",\n".join(f"{inner}{_key(k)}: {_indented(v, inner)}" for k, v in value.items()) + \
            f"\n{indent}}}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        inner = indent + "  "
        return "[\n" + ",\n".join(inner + _indented(v, inner) for v in value) + f"\n{indent}]"
    return json.dumps(value)  # numbers, true/false/null: as json writes them


def _key(key: Any) -> str:
    return encode_basestring(key) if isinstance(key, str) else json.dumps({key: 0})[1:-4]


class _Memo(dict[Any, str]):
    """Texts already written, by what they were written from: findings share their reasons (a few sentences
    per condition and clause reading), so each distinct one is rendered once. Emptied when it holds
    ``MEMO_SIZE`` texts, so memory stays bounded whatever the store holds."""

    def keep(self, key: Any, text: str) -> str:
        if len(self) >= MEMO_SIZE:
            self.clear()
        self[key] = text
        return text


MEMO_SIZE = 20_000


class _Held(dict[Any, tuple[Any, str]]):
    """Texts of the very objects they were written from (kept alive here, so that an ``id`` is never another
    object's): ``api.iter_findings`` gives the findings that share reasons one list, rendered once."""

    def hold(self, key: Any, value: Any, text: str) -> None:
        if len(self) >= MEMO_SIZE:
            self.clear()
        self[key] = (value, text)


def _finite(value: float) -> str:
    return float.__repr__(value) if math.isfinite(value) else json.dumps(value)


# Values json writes alone (no nesting), by exact type: a subclass (bool is an int) takes ``_indented``.
_SCALAR_JSON: dict[type, Callable[[Any], str]] = {
    str: encode_basestring, type(None): lambda _: "null", float: _finite, int: int.__repr__}


class _JsonRows:
    """``_indented`` of the rows of a findings list (each a dict at the nesting of one list item), the same
    bytes faster: scalars by their type's C encoder, a flat dict (a reason) rendered once per distinct
    content and nesting (``_Memo``), the key lines once per key."""

    def __init__(self) -> None:
        self.dicts = _Memo()
        self.lists = _Held()
        self.keys: dict[tuple[Any, str], str] = {}

    def row(self, row: Mapping[str, Any], indent: str = "  ") -> str:
        if type(row) is not dict or not row:
            return _indented(row, indent)
        inner = indent + "  "
        keys = self.keys
        lines = []
        for k, v in row.items():
            line = keys.get((k, inner)) if type(k) is str else None
            if line is None:
                line = f"{inner}{_key(k)}: "
                if type(k) is str:
                    keys[(k, inner)] = line
            lines.append(line + self.value(v, inner))
        return "{\n" + ",\n".join(lines) + f"\n{indent}}}"

    def value(self, value: Any, indent: str) -> str:
        encode = _SCALAR_JSON.get(type(value))
        if encode is not None:
            return encode(value)
        kind = type(value)
        if kind is list or kind is tuple:
            if not value:
                return "[]"
            shared = type(value[0]) is dict  # reasons: one list shared by the findings that give them
            if shared:
                held = self.lists.get((id(value), indent))
                if held is not None and held[0] is value:
                    return held[1]
            inner = indent + "  "
            text = "[\n" + ",\n".join(inner + self.value(v, inner) for v in value) + f"\n{indent}]"
            if shared:
                self.lists.hold((id(value), indent), value, text)
            return text
        if kind is dict and value:
            if not _plain(value):
                return self.row(value, indent)
            key = (indent, tuple(value.items()))
            known = self.dicts.get(key)
            return known if known is not None else self.dicts.keep(key, self.row(value, indent))
        return _indented(value, indent)


def _plain(value: dict[Any, Any]) -> bool:
    """Text keys and text (or null) values only: equal contents then give equal texts (1, 1.0 and True are
    equal as keys of a dict but written differently), so its text can be kept under its items."""
    return all(type(k) is str and (type(v) is str or v is None) for k, v in value.items())


def json_chunks(batches: Batches) -> Iterator[str]:
    """``findings_json`` of every row of ``batches``, batch by batch."""
    first = True
    rows = _JsonRows()
    for batch in batches:
        if not batch:
            continue
        # "[\n  {...},\n  {...}\n]": the rows' lines, indented as inside the one list
        inner = ",\n".join("  " + rows.row(row) for row in batch)
        yield ("[\n" if first else ",\n") + inner
        first = False
    yield "[]\n" if first else "\n]\n"


class _CsvCells:
    """``csv_line`` of findings rows (``_reasons_cell`` applied to every value), the same bytes faster: a
    text cell guarded and quoted once per distinct text and a reasons cell once per distinct reasons
    (``_Memo``); other values as ``csv_line`` writes them."""

    def __init__(self) -> None:
        self.texts = _Memo()
        self.reasons = _Memo()
        self.lists = _Held()

    def cell(self, value: Any) -> str:
        kind = type(value)
        if kind is str:
            text = self.texts.get(value)
            return text if text is not None else self.texts.keep(value, quote(guard(value)))
        if value is None:
            return ""
        if kind is list and value and type(value[0]) is dict:
            held = self.lists.get(id(value))
            if held is not None and held[0] is value:
                return held[1]
            text = self._reasons(value)
            self.lists.hold(id(value), value, text)
            return text
        return _cell(value)

    def _reasons(self, value: list[Any]) -> str:
        if all(type(v) is dict and _plain(v) for v in value):
            key = tuple(tuple(v.items()) for v in value)
            text = self.reasons.get(key)
            return text if text is not None else self.reasons.keep(key, _cell(value))
        return _cell(value)

    def line(self, row: Mapping[str, Any], columns: Sequence[str]) -> str:
        return ",".join([self.cell(row.get(column)) for column in columns]) + "\n"


def _cell(value: Any) -> str:
    return quote(guard(text_of(_reasons_cell(value))))


def csv_chunks(batches: Batches, columns: Sequence[str] = CSV_COLUMNS) -> Iterator[str]:
    """``findings_csv`` of every row of ``batches``: the header, then each batch's lines."""
    yield csv_header(columns)
    cells = _CsvCells()
    for batch in batches:
        yield "".join([cells.line(row, columns) for row in batch])


def geojson_feature(row: Mapping[str, Any]) -> dict[str, Any]:
    """One finding as a Feature at its incident's position (null geometry when the incident is unlocated),
    every other finding field in ``properties``."""
    geometry = None
    if row.get("lat") is not None and row.get("lon") is not None:
        geometry = {"type": "Point", "coordinates": [row["lon"], row["lat"]]}
    properties = {k: v for k, v in row.items() if k not in ("lat", "lon")}
    return {"type": "Feature", "geometry": geometry, "properties": properties}


class _CompactRows:
    """``json.dumps(geojson_feature(row), ensure_ascii=False)`` of findings rows, the same bytes faster:
    scalars by their type's C encoder, a list of dicts (reasons) rendered once per list (``_Held``), anything
    else by json itself."""

    def __init__(self) -> None:
        self.lists = _Held()
        self.keys: dict[str, str] = {}

    def feature(self, row: Mapping[str, Any]) -> str:
        if type(row) is not dict or not all(type(k) is str for k in row):
            return json.dumps(geojson_feature(row), ensure_ascii=False)
        lat, lon = row.get("lat"), row.get("lon")
        geometry = "null" if lat is None or lon is None else \
            f'{{"type": "Point", "coordinates": [{self.value(lon)}, {self.value(lat)}]}}'
        keys = self.keys
        properties = []
        for k, v in row.items():
            if k == "lat" or k == "lon":
                continue
            line = keys.get(k)
            if line is None:
                line = keys[k] = encode_basestring(k) + ": "
            properties.append(line + self.value(v))
        return f'{{"type": "Feature", "geometry": {geometry}, "properties": {{{", ".join(properties)}}}}}'

    def value(self, value: Any) -> str:
        encode = _SCALAR_JSON.get(type(value))
        if encode is not None:
            return encode(value)
        if type(value) is list and value and type(value[0]) is dict:
            held = self.lists.get(id(value))
            if held is not None and held[0] is value:
                return held[1]
            text = json.dumps(value, ensure_ascii=False)
            self.lists.hold(id(value), value, text)
            return text
        return json.dumps(value, ensure_ascii=False)


def geojson_chunks(batches: Batches) -> Iterator[str]:
    """``json.dumps(findings_geojson(rows), ensure_ascii=False)`` of every row of ``batches`` (no final
    newline), batch by batch."""
    yield '{"type": "FeatureCollection", "features": ['
    first = True
    features = _CompactRows()
    for batch in batches:
        if not batch:
            continue
        text = ", ".join([features.feature(row) for row in batch])
        yield text if first else ", " + text
        first = False
    yield "]}"
