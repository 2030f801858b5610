"""How far a point lies from where ground fighting happened on a given day (``data/hostilities.yaml``).

A coarse prior for choosing among same-named settlements when the text gives nothing else: shelling, ground
assaults and FPV strikes happen within artillery range of the line of contact. The lines are polylines
through settlements; distances are to the nearest segment, on a local flat projection (good to a few km at
these distances).
"""

from __future__ import annotations

import hashlib
import itertools
import math
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from trucewatch import safe_yaml
from trucewatch.errors import InputError, Where
from trucewatch.geo.distance import KM_PER_DEGREE, valid_point


@dataclass(frozen=True)
class Period:
    name: str
    start: date
    end: date | None  # inclusive; None: still current
    lines: tuple[tuple[tuple[float, float], ...], ...]  # (lat, lon) points, in order

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


_DEFAULT_NAME = "data/hostilities.yaml"
DEFAULT_LABEL = "default"
# A file given with ``using_front_lines`` replaces the shipped lines until the block ends.
_active: tuple[tuple[Period, ...], str] | None = None


def periods() -> tuple[Period, ...]:
    """The periods in use: a file given to :func:`using_front_lines`, else the shipped ones."""
    return _active[0] if _active else _default_periods()


def front_lines_label() -> str:
    """``default``, or the file in use with the start of its SHA-256 (for provenance)."""
    return _active[1] if _active else DEFAULT_LABEL


@contextmanager
def using_front_lines(path: Path | None) -> Iterator[None]:
    """Use the lines of ``path`` (validated first; InputError names the file, line and field) inside the
    block; ``None`` keeps the ones in use."""
    global _active
    if path is None:
        yield
        return
    raw = _read(path)
    loaded = _parse(raw.decode("utf-8", errors="replace"), str(path))
    previous = _active
    _active = (loaded, f"{path.name} (sha256 {hashlib.sha256(raw).hexdigest()[:12]})")
    try:
        yield
    finally:
        _active = previous


FrontLines = tuple[tuple[Period, ...], str]


def front_lines_in_use() -> FrontLines | None:
    """The lines a :func:`using_front_lines` block put in use (with their label), or None for the shipped ones:
    what a worker process is given so that it reads with the same lines (:func:`using_loaded_front_lines`)."""
    return _active


@contextmanager
def using_loaded_front_lines(lines: FrontLines | None) -> Iterator[None]:
    """Use ``lines`` (from :func:`front_lines_in_use`, perhaps of another process) inside the block; ``None``
    keeps the ones in use."""
    global _active
    if lines is None:
        yield
        return
    previous = _active
    _active = lines
    try:
        yield
    finally:
        _active = previous


@lru_cache(maxsize=1)
def _default_periods() -> tuple[Period, ...]:
    text = resources.files("trucewatch.geo").joinpath(_DEFAULT_NAME).read_text(encoding="utf-8")
    return _parse(text, f"trucewatch/geo/{_DEFAULT_NAME}")


def _read(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read front-line file: {exc.strerror or exc}", Where(str(path))) from exc


def _parse(text: str, name: str) -> tuple[Period, ...]:
    """Periods from YAML text; InputError (file, line, field) for anything malformed."""
    root = safe_yaml.compose(text, name)

    def fail(node: yaml.Node | None, message: str, field: str | None = None) -> InputError:
        return InputError(message, Where(name, node.start_mark.line + 1 if node else None, field))

    def mapping(node: yaml.Node | None, what: str) -> dict[str, yaml.Node]:
        if not isinstance(node, yaml.MappingNode):
            raise fail(node, f"{what} must be a mapping")
        return {str(k.value): v for k, v in node.value}

    top = mapping(root, "the file")
    periods_node = top.get("periods")
    if not isinstance(periods_node, yaml.SequenceNode) or not periods_node.value:
        raise fail(periods_node or root, "'periods' must be a non-empty list", "periods")
    found: list[Period] = []
    for number, node in enumerate(periods_node.value, start=1):
        entry = mapping(node, f"period {number}")
        unknown = sorted(set(entry) - {"name", "from", "until", "lines"})
        if unknown:
            raise fail(node, f"unknown key(s) {', '.join(unknown)} (allowed: name, from, until, lines)", unknown[0])
        start = _day(entry.get("from"), fail, "from", required=True)
        end = _day(entry.get("until"), fail, "until", required=False)
        if start is None or (end is not None and end < start):
            raise fail(entry.get("until"), "'until' is before 'from'", "until")
        lines_node = entry.get("lines")
        if not isinstance(lines_node, yaml.SequenceNode) or not lines_node.value:
            raise fail(lines_node or node, "'lines' must be a non-empty list of lines", "lines")
        lines = tuple(_line(line, fail) for line in lines_node.value)
        period_name = entry["name"].value if isinstance(entry.get("name"), yaml.ScalarNode) else f"period {number}"
        period = Period(str(period_name), start, end, lines)
        if found and (found[-1].end is None or found[-1].end >= period.start):
            raise fail(entry.get("from"), "periods must be in order and must not overlap", "from")
        found.append(period)
    return tuple(found)


def _day(node: yaml.Node | None, fail: Any, field: str, *, required: bool) -> date | None:
    if node is None or (isinstance(node, yaml.ScalarNode) and node.value in ("", "null", "~")):
        if required:
            raise fail(node, f"'{field}' is required (a date, YYYY-MM-DD)", field)
        return None
    try:
        return date.fromisoformat(str(node.value))
    except (TypeError, ValueError) as exc:
        raise fail(node, f"'{field}' is not a date (YYYY-MM-DD): {node.value!r}", field) from exc


def _line(node: yaml.Node, fail: Any) -> tuple[tuple[float, float], ...]:
    if not isinstance(node, yaml.SequenceNode) or len(node.value) < 2:
        raise fail(node, "a line needs at least two points", "lines")
    points: list[tuple[float, float]] = []
    for point in node.value:
        if not isinstance(point, yaml.SequenceNode) or len(point.value) != 3:
            raise fail(point, "a point is [name, latitude, longitude]", "lines")
        try:
            lat, lon = float(point.value[1].value), float(point.value[2].value)
        except (TypeError, ValueError) as exc:
            raise fail(point, "latitude and longitude must be numbers", "lines") from exc
        if not valid_point(lat, lon):
            raise fail(point, f"coordinates ({lat}, {lon}) are out of range", "lines")
        points.append((lat, lon))
    return tuple(points)


def _segment_km(lat: float, lon: float, a: tuple[float, float], b: tuple[float, float]) -> float:
    return _projection(lat, lon, a, b)[0]


def _projection(lat: float, lon: float, a: tuple[float, float],
                b: tuple[float, float]) -> tuple[float, float | None, float]:
    """The point's distance in km to the segment from ``a`` to ``b`` ((lat, lon) each), where its foot falls along
    the line through them (0 at ``a``, 1 at ``b``; None for a segment of no length), and the cross product whose sign
    says on which side of the segment the point lies (positive: its left)."""
    scale = math.cos(math.radians(lat)) * KM_PER_DEGREE
    px, py = lon * scale, lat * KM_PER_DEGREE
    ax, ay, bx, by = a[1] * scale, a[0] * KM_PER_DEGREE, b[1] * scale, b[0] * KM_PER_DEGREE
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    along = None if length2 == 0 else ((px - ax) * dx + (py - ay) * dy) / length2
    t = 0.0 if along is None else max(0.0, min(1.0, along))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy)), along, dx * (py - ay) - dy * (px - ax)


def distance_to_hostilities_km(lat: float, lon: float, day: date, days_before: int = 0) -> float | None:
    """Kilometres from (lat, lon) to the nearest line of the periods covering ``day`` or any of the
    ``days_before`` days before it; None outside them."""
    first = day - timedelta(days=days_before)
    return _nearest_km(lat, lon, (period for period in periods()
                                  if period.start <= day and (period.end is None or first <= period.end)))


# A line that stayed in place this long (its period ended this many days after it began) was drawn through the
# villages on it, and the fire of those years fell on them: the Minsk line of 2015-2022. The lines of 2022 on moved
# within each period and are drawn coarse.
HELD_DAYS = 730


def line_held(day: date) -> bool:
    """Whether the line of contact of ``day`` held in place for HELD_DAYS or more (a period still current has not
    shown it yet)."""
    return any(period.covers(day) and period.end is not None and (period.end - period.start).days >= HELD_DAYS
               for period in periods())


def distance_to_any_hostilities_km(lat: float, lon: float) -> float | None:
    """Kilometres from (lat, lon) to the nearest line of any period; None when no period has lines."""
    return _nearest_km(lat, lon, periods())


def _nearest_km(lat: float, lon: float, chosen: Iterable[Period]) -> float | None:
    best: float | None = None
    for period in chosen:
        for line in period.lines:
            for a, b in itertools.pairwise(line):
                km = _segment_km(lat, lon, a, b)
                best = km if best is None else min(best, km)
    return best


# The lines run north to south with the side Russia holds on their left (east of the Donbas lines, south of the
# Zaporizhzhia line, the left bank of the Dnipro; Russia itself beyond the border line). A point this far from every
# line of a period lies clearly on one side of it; nearer, the coarse lines do not tell.
SIDE_MARGIN_KM = 15.0


def held_by_ukraine_throughout(lat: float, lon: float, since: date) -> bool:
    """Whether (lat, lon) lay SIDE_MARGIN_KM or more on the Ukrainian side of the line of contact in every period
    from ``since`` on (False when no such period has lines)."""
    chosen = [period for period in periods() if period.end is None or period.end >= since]
    return bool(chosen) and all(_side(lat, lon, period) == "UA" for period in chosen)


def _side(lat: float, lon: float, period: Period) -> str | None:
    """``RU`` or ``UA``: the side of the period's nearest line (lying left of it or right) where it is
    SIDE_MARGIN_KM or more away; None nearer, beyond a line's end, or when the period has no lines."""
    best: tuple[float, float] | None = None  # (distance, cross product of the nearest segment)
    for line in period.lines:
        last = len(line) - 2
        for index, (a, b) in enumerate(itertools.pairwise(line)):
            km, along, cross = _projection(lat, lon, a, b)
            if along is None or (along < 0 and index == 0) or (along > 1 and index == last):
                continue  # a segment of no length, or beyond the line's end: neither side
            if best is None or km < best[0]:
                best = (km, cross)
    if best is None or best[0] < SIDE_MARGIN_KM:
        return None
    return "RU" if best[1] > 0 else "UA"
