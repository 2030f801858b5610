"""Place extraction measured on UCDP GED headlines or place descriptions (text the place rules were not tuned on).

Reads the UCDP GED Ukraine file at run time (default ``../shared/data/ucdp_ged_ukraine/ucdp_ged_ukraine.csv``),
keeps the rows of one half (``trucewatch.nlp.split.half_of`` of the row's ``id``) whose ``where_prec`` is 1 (an
exact place) or 2 (within 25 km), reads each row's text as one English article, and prints one JSON object: ``n``,
and as shares of the placed rows ``within_10km``, ``within_25km``, ``over_100km``, ``over_100km_at_a_settlement``
(the answer names a settlement) and ``within_precision`` (the error within the answer's own ``precision_km``);
``with_place`` is a share of ``n``.

The text read (``--field``): ``source_headline`` (the default; several headlines joined by ";", one a line), or
``where_description``, UCDP's own words for the place ("near Blagodatne village, Amvrosievsky region Donetsk
region", "the village of Shyrokyne (Novoazovsky district, Donetsk region)"), which name no event: each is read in
one fixed carrier sentence of shelling on the row's first day, "On 7 May 2018, shelling was reported near …" ("in"
put before a description that opens with no preposition), so that what is measured is the reading of the place
words alone; rows with an empty description are left out.

Usage: ``PYTHONPATH=$PWD/src python scripts/measure_ucdp_places.py [--half tuning] [--file PATH] [--rows]
[--field where_description]`` (``--rows`` adds each placed row more than 100 km off at a settlement, for diagnosis).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from trucewatch.geo.distance import distance_km
from trucewatch.nlp.evaluate import within_precision
from trucewatch.nlp.evaluate_cir import OFF_KM, first_located
from trucewatch.nlp.extract import extract_article
from trucewatch.nlp.pipeline import Article
from trucewatch.nlp.split import HALVES, half_of

FIELDS = ("source_headline", "where_description")
# a description opening with one of these needs no "in" before it in the carrier sentence
_PREPOSITIONS = ("near", "in", "at", "on", "around", "outside", "between", "along", "inside", "by", "from", "to",
                 "close", "north", "south", "east", "west", "within", "off")

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "ucdp_ged_ukraine" / "ucdp_ged_ukraine.csv"


def headline_text(row: dict[str, str]) -> str:
    """A row's headlines, one a line (UCDP joins a row's sources' headlines with ";")."""
    return "\n".join(part.strip() for part in (row.get("source_headline") or "").split(";") if part.strip())


def description_text(row: dict[str, str]) -> str:
    """A row's place description in the carrier sentence (the module's docstring); "" when it has none."""
    where = " ".join((row.get("where_description") or "").split()).rstrip(".")
    if not where:
        return ""
    first = where.split(" ", 1)[0].lower()
    phrase = where if first in _PREPOSITIONS else f"in {where}"
    day = _day(row.get("date_start") or "")
    opening = f"On {day.day} {day:%B %Y}, shelling" if day else "Shelling"
    return f"{opening} was reported {phrase}."


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def measure(path: Path, half: str, with_rows: bool = False, field: str = "source_headline") -> dict[str, Any]:
    if field not in FIELDS:
        raise ValueError(f"field must be one of {', '.join(FIELDS)}, not {field!r}")
    read = headline_text if field == "source_headline" else description_text
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [(r, text) for r in csv.DictReader(handle)
                if half_of(r["id"]) == half and r.get("where_prec") in ("1", "2") and (text := read(r))]
    counts = dict.fromkeys(("with_place", "within_10km", "within_25km", "over_100km",
                            "over_100km_at_a_settlement", "within_precision"), 0)
    far: list[dict[str, Any]] = []
    for row, text in rows:
        reports = extract_article(Article(id=f"ucdp-{row['id']}", text=text, source=f"UCDP {field}",
                                          source_kind="news"))
        found = first_located(reports)  # as the monitor-map evaluation scores
        if found is None or found.location is None:
            continue
        location = found.location
        assert location.lat is not None and location.lon is not None
        distance = distance_km(location.lat, location.lon, float(row["latitude"]), float(row["longitude"]))
        counts["with_place"] += 1
        counts["within_10km"] += distance <= 10
        counts["within_25km"] += distance <= 25
        counts["over_100km"] += distance > OFF_KM
        at_settlement = distance > OFF_KM and bool(location.name)
        counts["over_100km_at_a_settlement"] += at_settlement
        counts["within_precision"] += within_precision(distance, location.precision_km)
        if with_rows and at_settlement:
            far.append({"id": row["id"], "text": text, "place": location.name, "admin1": location.admin1_code,
                        "precision_km": location.precision_km,
                        "basis": (found.provenance or {}).get("location_basis"),
                        "gold": [row["where_coordinates"], row["adm_1"], row["latitude"], row["longitude"]],
                        "distance_km": round(distance, 1)})
    n_placed = counts["with_place"]
    result: dict[str, Any] = {"half": half, **({"field": field} if field != "source_headline" else {}),
                              "n": len(rows),
                              "with_place": round(n_placed / len(rows), 4) if rows else 0.0}
    for key, value in counts.items():
        if key != "with_place":
            result[key] = round(value / n_placed, 4) if n_placed else 0.0
    result["placed"] = n_placed
    if with_rows:
        result["rows"] = far
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--file", type=Path, default=DEFAULT)
    parser.add_argument("--half", choices=HALVES, default="tuning")
    parser.add_argument("--rows", action="store_true")
    parser.add_argument("--field", choices=FIELDS, default="source_headline")
    args = parser.parse_args(argv)
    if not args.file.exists():
        print(f"{args.file}: no such file", file=sys.stderr)
        return 2
    print(json.dumps(measure(args.file, args.half, args.rows, args.field), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
