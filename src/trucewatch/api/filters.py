"""The one filter type of every read: the CLI's ``findings``, the web API and the report narrow findings and
incidents through :class:`Filters`, validated once by :func:`make_filters` and turned into SQL once
(``finding_where``, ``incident_where``), so a filter means the same wherever it is given.

- ``party``: the acting party id, ``unknown`` for an incident whose acting party is not known (the same
  spelling the scorecard and the facets use);
- ``since``: incidents that occurred on or after it (their interval ends at or after it);
- ``until``: a date means through that whole day, a date-time means before it (stored exclusive);
- ``verdicts``: a finding's own verdict (findings), or an incident's headline verdict (incident views).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from trucewatch.api.values import instant
from trucewatch.errors import UserError
from trucewatch.geo.distance import valid_latitude, valid_longitude
from trucewatch.model import UNKNOWN_PARTY, VERDICTS


@dataclass(frozen=True)
class Filters:
    """What the reader narrowed the view to. ``until`` is exclusive; ``bbox`` is west, south, east, north."""

    agreement: str | None = None
    reading: str | None = None
    clause: str | None = None
    party: str | None = None
    verdicts: tuple[str, ...] = ()
    since: datetime | None = None
    until: datetime | None = None
    bbox: tuple[float, float, float, float] | None = None
    incident: str | None = None
    # with an agreement: also the incidents outside its clauses' windows and geography (``api.reach``)
    everything: bool = False


def parse_bbox(value: str | Sequence[float] | None) -> tuple[float, float, float, float] | None:
    """``"west,south,east,north"`` in degrees (or a sequence of four numbers) → a checked tuple."""
    if value is None or value == "":
        return None
    parts: Sequence[Any] = value.split(",") if isinstance(value, str) else value
    try:
        west, south, east, north = (float(p) for p in parts)
    except (TypeError, ValueError) as exc:
        raise UserError(f"bbox: '{value}' is not four numbers west,south,east,north",
                        hint="for example bbox=22,44,41,53") from exc
    if not all(math.isfinite(v) for v in (west, south, east, north)):
        raise UserError(f"bbox: '{value}' has a value that is not a finite number")
    if (not (valid_latitude(south) and valid_latitude(north) and valid_longitude(west) and valid_longitude(east))
            or south > north or west > east):
        raise UserError(f"bbox: '{value}' is not west,south,east,north with south <= north and west <= east "
                        "within ±180/±90 degrees")
    return west, south, east, north


def make_filters(
    *,
    agreement: str | None = None,
    reading: str | None = None,
    clause: str | None = None,
    party: str | None = None,
    verdict: str | Sequence[str] | None = None,
    since: date | datetime | str | None = None,
    until: date | datetime | str | None = None,
    bbox: str | Sequence[float] | None = None,
    incident: str | None = None,
    everything: bool = False,
) -> Filters:
    """Validate user-given filter values (errors name the field) into ``Filters``. ``verdict`` may be one
    verdict, a comma-separated list or a sequence."""
    verdicts = tuple(v for v in verdict.split(",") if v) if isinstance(verdict, str) else tuple(verdict or ())
    for v in verdicts:
        if v not in VERDICTS:
            raise UserError(f"verdict: unknown verdict '{v}'", hint=f"one of: {', '.join(VERDICTS)}")
    start, end = instant(since, "since", end=False), instant(until, "until", end=True)
    if start and end and end <= start:
        raise UserError(f"until ({until}) is before since ({since})")
    return Filters(agreement=agreement or None, reading=reading or None, clause=clause or None,
                   party=party or None, verdicts=verdicts, since=start, until=end, bbox=parse_bbox(bbox),
                   incident=incident or None, everything=everything)


def finding_where(filters: Filters, alias: str = "f") -> tuple[list[str], list[Any]]:
    """SQL conditions (and their parameters) on the clause reading of a finding: agreement, reading, clause."""
    where, params = [], []
    for column, value in (("agreement_id", filters.agreement), ("reading_id", filters.reading),
                          ("clause_id", filters.clause)):
        if value:
            where.append(f"{alias}.{column} = ?")
            params.append(value)
    return where, params


def incident_where(filters: Filters, alias: str = "i") -> tuple[list[str], list[Any]]:
    """SQL conditions (and their parameters) on an incident: party, time, bounding box, incident id."""
    where: list[str] = []
    params: list[Any] = []
    if filters.party:
        where.append(f"coalesce({alias}.actor, '{UNKNOWN_PARTY}') = ?")
        params.append(filters.party)
    if filters.since:
        where.append(f"{alias}.occurred_end >= ?")
        params.append(filters.since)
    if filters.until:
        where.append(f"{alias}.occurred_start < ?")
        params.append(filters.until)
    if filters.bbox:
        west, south, east, north = filters.bbox
        where.append(f"{alias}.lat BETWEEN ? AND ? AND {alias}.lon BETWEEN ? AND ?")
        params.extend([south, north, west, east])
    if filters.incident:
        where.append(f"{alias}.id = ?")
        params.append(filters.incident)
    return where, params


def findings_where(filters: Filters) -> tuple[list[str], list[Any]]:
    """Every condition of ``filters`` over the findings relation ``f`` with ``i`` (``api.findings``),
    a finding's own verdict included."""
    where, params = finding_where(filters)
    i_where, i_params = incident_where(filters)
    where += i_where
    params += i_params
    if filters.verdicts:
        where.append(f"f.verdict IN ({', '.join('?' for _ in filters.verdicts)})")
        params.extend(filters.verdicts)
    return where, params
