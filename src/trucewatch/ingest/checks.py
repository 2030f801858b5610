"""Row checks as SQL: each check is a condition, a message and the field it concerns.

A row's reject reason is the message of the first failing check (so each rejected row gets one clear
reason and the field to look at); ``NULL`` means the row is good.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from trucewatch.geo.distance import LAT_LIMIT, LON_LIMIT


@dataclass(frozen=True)
class Check:
    failing: str  # SQL condition true when the row is bad
    message: str  # SQL string expression explaining why
    field: str


def reason_columns(checks: Sequence[Check], passing: str | None = None) -> str:
    """``_reason`` and ``_field`` select items for a list of checks.

    ``passing``, when given, is a cheaper condition that is true only for rows that pass every check: it is
    tested first, so the checks one by one run only on the rows it does not clear.
    """
    reason = " ".join(f"WHEN {c.failing} THEN {c.message}" for c in checks)
    field = " ".join(f"WHEN {c.failing} THEN '{c.field}'" for c in checks)
    first = f"WHEN {passing} THEN NULL " if passing else ""
    return f"CASE {first}{reason} END AS _reason, CASE {first}{field} END AS _field"


def quoted(value_sql: str, width: int = 40) -> str:
    """SQL for '"value"' cut to ``width`` characters, for messages."""
    return f"'\"' || left({value_sql}, {width}) || '\"'"


def coordinate_checks(
    lat_raw: str, lon_raw: str, lat: str, lon: str, country_label: str, *, lat_field: str = "latitude",
    lon_field: str = "longitude", bbox: str = "",
) -> list[Check]:
    """Numbers, ranges, both-or-neither, and inside the stated country's box (``bbox`` = table alias)."""
    checks = [
        Check(f"{lat_raw} IS NOT NULL AND {lat} IS NULL", f"{quoted(lat_raw)} || ' is not a number'",
              lat_field),
        Check(f"{lon_raw} IS NOT NULL AND {lon} IS NULL", f"{quoted(lon_raw)} || ' is not a number'",
              lon_field),
        Check(f"({lat} IS NULL) <> ({lon} IS NULL)", "'latitude and longitude must be given together'",
              lat_field),
        Check(f"{lat} NOT BETWEEN -{LAT_LIMIT} AND {LAT_LIMIT} OR {lon} NOT BETWEEN -{LON_LIMIT} AND {LON_LIMIT}",
              f"'coordinates (' || {lat} || ', ' || {lon} || ') are out of range'", lat_field),
    ]
    if bbox:
        checks.append(
            Check(
                f"{lat} IS NOT NULL AND {bbox}.south IS NOT NULL AND ({lat} NOT BETWEEN {bbox}.south AND "
                f"{bbox}.north OR {lon} NOT BETWEEN {bbox}.west AND {bbox}.east)",
                f"'coordinates (' || {lat} || ', ' || {lon} || ') lie outside ' || {country_label}",
                lat_field,
            )
        )
    return checks


def compact_json_sql(fields: Sequence[tuple[str, str]]) -> str:
    """SQL for a JSON object of the non-NULL values among ``fields`` (key, SQL expression) — as text.

    Built by concatenation: leaving out empty keys keeps per-row provenance short, which is most of what
    a wide dataset row costs to store.
    """
    parts = ", ".join(f"{_json_key(key)} || ':' || to_json({value})" for key, value in fields)
    return f"('{{' || concat_ws(',', {parts}) || '}}')"


def _json_key(key: str) -> str:
    if not key.replace("_", "").isalnum():
        raise ValueError(f"provenance key {key!r} must be a plain identifier")
    return f"'\"{key}\"'"
