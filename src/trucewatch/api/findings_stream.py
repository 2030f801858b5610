"""Findings exports written part by part: JSON, CSV and GeoJSON of any number of findings in bounded memory.

Each ``*_chunks`` function takes the findings as batches (``api.iter_findings``) and yields text whose
concatenation is exactly the bytes of the whole-list form: ``findings_json`` (``api.findings_json``),
``findings_csv`` and ``findings_geojson``. Users diff exports, so the two forms never differ.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from json.encoder import encode_basestring
from typing import Any

from trucewatch.api.findings import CSV_COLUMNS, _reasons_cell
from trucewatch.csv_writer import csv_header, csv_rows

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


def json_chunks(batches: Batches) -> Iterator[str]:
    """``findings_json`` of every row of ``batches``, batch by batch."""
    first = True
    for batch in batches:
        if not batch:
            continue
        # "[\n  {...},\n  {...}\n]": the rows' lines, indented as inside the one list
        inner = ",\n".join("  " + _indented(row, "  ") for row in batch)
        yield ("[\n" if first else ",\n") + inner
        first = False
    yield "[]\n" if first else "\n]\n"


def csv_chunks(batches: Batches, columns: Sequence[str] = CSV_COLUMNS) -> Iterator[str]:
    """``findings_csv`` of every row of ``batches``: the header, then each batch's lines."""
    yield csv_header(columns)
    for batch in batches:
        yield csv_rows(({k: _reasons_cell(v) for k, v in row.items()} for row in batch), columns)


def geojson_feature(row: Mapping[str, Any]) -> dict[str, Any]:
    """One finding as a Feature at its incident's position (null geometry when the incident is unlocated),
    every other finding field in ``properties``."""
    geometry = None
    if row.get("lat") is not None and row.get("lon") is not None:
        geometry = {"type": "Point", "coordinates": [row["lon"], row["lat"]]}
    properties = {k: v for k, v in row.items() if k not in ("lat", "lon")}
    return {"type": "Feature", "geometry": geometry, "properties": properties}


def geojson_chunks(batches: Batches) -> Iterator[str]:
    """``json.dumps(findings_geojson(rows), ensure_ascii=False)`` of every row of ``batches`` (no final
    newline), batch by batch."""
    yield '{"type": "FeatureCollection", "features": ['
    first = True
    for batch in batches:
        if not batch:
            continue
        text = ", ".join(json.dumps(geojson_feature(row), ensure_ascii=False) for row in batch)
        yield text if first else ", " + text
        first = False
    yield "]}"

