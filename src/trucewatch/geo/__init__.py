"""Offline geography: first-level administrative units, a gazetteer and reverse geocoding.

Public functions: :func:`admin1_code`, :func:`admin1_name`, :func:`admin1_country` (``geo.admin1``),
:func:`geocode`, :func:`geocode_candidates`, :func:`is_place_name` (Latin or Cyrillic names),
:func:`reverse_admin1`, :func:`resolve_location` (``geo.gazetteer``) and
:func:`transliterate` (``geo.translit``).
"""

from __future__ import annotations

from trucewatch.geo.admin1 import admin1_code, admin1_country, admin1_name, all_admin1_codes
from trucewatch.geo.gazetteer import (
    GeoMatch,
    geocode,
    geocode_candidates,
    is_place_name,
    resolve_location,
    reverse_admin1,
)
from trucewatch.geo.translit import transliterate

__all__ = [
    "GeoMatch",
    "admin1_code",
    "admin1_country",
    "admin1_name",
    "all_admin1_codes",
    "geocode",
    "geocode_candidates",
    "is_place_name",
    "resolve_location",
    "reverse_admin1",
    "transliterate",
]
