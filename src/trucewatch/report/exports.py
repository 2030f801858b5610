"""Findings as CSV and GeoJSON (the JSON export is ``api.findings_json``, byte-stable); incidents as an
ACLED-format CSV."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from trucewatch.api.acled_export import ACLED_COLUMNS
from trucewatch.csv_writer import csv_text

CSV_COLUMNS = ("agreement", "clause", "reading", "incident", "reports", "actor", "verdict", "evidence_grade",
               "occurred_start", "occurred_end", "target_category", "location", "admin1_code", "country",
               "lat", "lon", "reasons")


def _reasons(value: Any) -> Any:
    if isinstance(value, list | tuple) and value and all(isinstance(v, dict) for v in value):
        # reasons: "time: fail — detail"
        return " | ".join(f"{v.get('condition')}: {v.get('status')}"
                          + (f" — {v['detail']}" if v.get("detail") else "") for v in value)
    return value


def findings_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str] = CSV_COLUMNS) -> str:
    """Rows as CSV through the one writer (``trucewatch.csv_writer``: RFC 4180 quoting, formula guard)."""
    return csv_text(({k: _reasons(v) for k, v in row.items()} for row in rows), columns)


def findings_geojson(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """One Feature per finding at its incident's position (null geometry when the incident is unlocated),
    every finding field in ``properties``."""
    features = []
    for row in rows:
        geometry = None
        if row.get("lat") is not None and row.get("lon") is not None:
            geometry = {"type": "Point", "coordinates": [row["lon"], row["lat"]]}
        properties = {k: v for k, v in row.items() if k not in ("lat", "lon")}
        features.append({"type": "Feature", "geometry": geometry, "properties": properties})
    return {"type": "FeatureCollection", "features": features}


def acled_csv(rows: Sequence[dict[str, str]]) -> str:
    """Incidents (``api.acled_export.incidents_acled``) as an ACLED-format CSV, in ACLED's column order."""
    return findings_csv(rows, ACLED_COLUMNS)
