"""The choice among same-named villages measured on notes built from UCDP GED rows (text no place rule was fitted on).

Reads the UCDP GED Ukraine file at run time (default ``../shared/data/ucdp_ged_ukraine/ucdp_ged_ukraine.csv``) and
keeps the rows of one half (``trucewatch.nlp.split.half_of`` of the row's ``id``) whose ``where_prec`` is 1 (an
exact place) or 2 (within 25 km) and whose ``where_coordinates`` names a settlement ("Pisky village", "Avdiivka
town"): one row per settlement name, oblast, raion and month. For each it writes a short note in the manner of a
daily report, with the settlement's name and only the admin context the row gives, in three forms:

- ``name``: "On 3 May 2017, shelling hit Pisky." (the day lets the front-line prior speak);
- ``oblast``: "On 3 May 2017, shelling hit Pisky, Donetsk." (ACLED's manner);
- ``raion``: "On 3 May 2017, shelling hit Pisky, Yasynuvata raion, Donetsk oblast." (the raion UCDP gives, that
  of before the 2020 reform).

Each note is read by :func:`trucewatch.nlp.extract.extract_article`, and the first report with a point is scored
against the row's point. Prints one JSON object: per form ``placed`` (a share of ``n``), and as shares of the
placed notes ``within_10km``, ``within_25km``, ``over_100km`` and ``within_precision`` (the error within the
answer's own ``precision_km``); ``ceiling_10km`` is the share of notes some reading of whose name lies within 10 km
of the row's point (:func:`trucewatch.nlp.evaluate.nearest_reading_km`).

Usage: ``PYTHONPATH=$PWD/src python scripts/measure_ucdp_namesakes.py [--half tuning] [--file PATH] [--rows FORM]``
(``--rows FORM`` adds each note of that form placed more than 10 km off, for diagnosis). Without the file it names
the file and exits with 2, as ``measure_ucdp_places.py`` does (the data is not part of the repository).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

from trucewatch.geo.distance import distance_km
from trucewatch.nlp.evaluate import nearest_reading_km, within_precision
from trucewatch.nlp.evaluate_cir import OFF_KM, first_located
from trucewatch.nlp.extract import extract_article
from trucewatch.nlp.pipeline import Article
from trucewatch.nlp.split import HALVES, half_of

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "ucdp_ged_ukraine" / "ucdp_ged_ukraine.csv"
FORMS = ("name", "oblast", "raion")
_SETTLEMENT = re.compile(r"^(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) (?:village|town|city)$")
_OBLAST = re.compile(r"^(?P<name>\w+) oblast$")
_RAION = re.compile(r"^(?P<name>[\w'’ -]+?) raion$")


def settlement(row: dict[str, str]) -> str | None:
    """The settlement a row's ``where_coordinates`` names ("Pisky village" is Pisky), or None (a road, an airport,
    a checkpoint, a district of a city)."""
    found = _SETTLEMENT.match((row.get("where_coordinates") or "").strip())
    return found.group("name") if found else None


def notes(row: dict[str, str]) -> dict[str, str] | None:
    """The note of each form for a row, or None when the row names no settlement, oblast or day."""
    name = settlement(row)
    oblast = _OBLAST.match((row.get("adm_1") or "").strip())
    try:
        day = date.fromisoformat((row.get("date_start") or "")[:10])
    except ValueError:
        return None
    if name is None or oblast is None:
        return None
    opening = f"On {day.day} {day:%B %Y}, shelling hit {name}"
    raion = _RAION.match((row.get("adm_2") or "").strip())
    where = f"{raion.group('name')} raion, " if raion else ""
    return {"name": f"{opening}.", "oblast": f"{opening}, {oblast.group('name')}.",
            "raion": f"{opening}, {where}{oblast.group('name')} oblast."}


def rows_of(path: Path, half: str) -> list[dict[str, str]]:
    """The rows measured: of ``half``, an exact or near place that is a settlement, one per name, oblast, raion
    and month."""
    seen: set[tuple[str, ...]] = set()
    kept = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if half_of(row["id"]) != half or row.get("where_prec") not in ("1", "2") or notes(row) is None:
                continue
            key = (settlement(row) or "", row.get("adm_1", ""), row.get("adm_2", ""), row.get("date_start", "")[:7])
            if key not in seen:
                seen.add(key)
                kept.append(row)
    return kept


def measure(path: Path, half: str, rows_form: str | None = None) -> dict[str, Any]:
    rows = rows_of(path, half)
    counts = {form: dict.fromkeys(("placed", "within_10km", "within_25km", "over_100km", "within_precision"), 0)
              for form in FORMS}
    ceiling = 0
    far: list[dict[str, Any]] = []
    for row in rows:
        truth = float(row["latitude"]), float(row["longitude"])
        nearest = nearest_reading_km(settlement(row) or "", *truth)
        ceiling += nearest is not None and nearest <= 10
        for form, text in (notes(row) or {}).items():
            found = first_located(extract_article(Article(id=f"ucdp-{row['id']}-{form}", text=text,
                                                          source="UCDP GED", source_kind="dataset")))
            if found is None or found.location is None:
                continue
            location = found.location
            assert location.lat is not None and location.lon is not None
            distance = distance_km(location.lat, location.lon, *truth)
            each = counts[form]
            each["placed"] += 1
            each["within_10km"] += distance <= 10
            each["within_25km"] += distance <= 25
            each["over_100km"] += distance > OFF_KM
            each["within_precision"] += within_precision(distance, location.precision_km)
            if form == rows_form and distance > 10:
                far.append({"id": row["id"], "text": text, "place": location.name, "distance_km": round(distance, 1),
                            "precision_km": round(location.precision_km or 0, 1),
                            "basis": (found.provenance or {}).get("location_basis"),
                            "truth": [row["where_coordinates"], row["adm_2"], *truth]})
    n = len(rows)
    result: dict[str, Any] = {"half": half, "n": n, "ceiling_10km": round(ceiling / n, 4) if n else 0.0}
    for form, each in counts.items():
        placed = each["placed"]
        result[form] = {"placed": round(placed / n, 4) if n else 0.0, **{
            key: round(value / placed, 4) if placed else 0.0 for key, value in each.items() if key != "placed"}}
    if rows_form is not None:
        result["rows"] = far
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--file", type=Path, default=DEFAULT)
    parser.add_argument("--half", choices=HALVES, default="tuning")
    parser.add_argument("--rows", choices=FORMS, default=None)
    args = parser.parse_args(argv)
    if not args.file.exists():
        print(f"{args.file}: no such file", file=sys.stderr)
        return 2
    print(json.dumps(measure(args.file, args.half, args.rows), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
