"""Findings as CSV and GeoJSON (the JSON export is ``api.findings_json``, byte-stable); incidents as an
ACLED-format CSV. The whole-list forms; ``api.findings_stream`` writes the same bytes batch by batch."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from trucewatch.api.acled_export import ACLED_COLUMNS
from trucewatch.api.findings import CSV_COLUMNS, findings_csv
from trucewatch.api.findings_stream import geojson_feature

__all__ = ["CSV_COLUMNS", "acled_csv", "findings_csv", "findings_geojson"]


def findings_geojson(rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """One Feature per finding at its incident's position (null geometry when the incident is unlocated),
    every finding field in ``properties``."""
    return {"type": "FeatureCollection", "features": [geojson_feature(row) for row in rows]}


def acled_csv(rows: Sequence[dict[str, str]]) -> str:
    """Incidents (``api.acled_export.incidents_acled``) as an ACLED-format CSV, in ACLED's column order."""
    return findings_csv(rows, ACLED_COLUMNS)
