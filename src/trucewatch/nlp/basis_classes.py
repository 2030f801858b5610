"""Classes of ``location_basis``: why a place was chosen, reduced to a few kinds (one reading of the name; a
choice among namesakes by the region the text names, by another place it names, by the line of contact, by
population, or undecided; a region alone; a name missing from the gazetteer), so that an eval can count its
misses by cause without listing rows (``misses_by_basis``). The patterns are data:
``data/place_basis_classes.yaml``. Beside the class, a miss is counted as ``namesake_near_truth`` when another
reading of its name lies within the eval's radius of the true point: the wrong one of several places was given,
not the right place at a coarse point (a point inside a large city 10-20 km from its centre) nor a name that
reads no place near the truth."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from importlib import resources

from trucewatch import safe_yaml
from trucewatch.geo.distance import distance_km
from trucewatch.geo.gazetteer import geocode_candidates
from trucewatch.model import Location, Report

NO_PLACE = "no_place"
OTHER = "other"
UNSTATED = "unstated"
ALTERNATE = "by_alternate_name"
NAMESAKE_NEAR_TRUTH = "namesake_near_truth"
# Every reading of a name is asked for, not the gazetteer's usual first fifty: "Ivanivka" has more than a hundred.
ALL_READINGS = 1_000


@cache
def _classes() -> tuple[tuple[tuple[str, re.Pattern[str]], ...], re.Pattern[str]]:
    text = resources.files("trucewatch").joinpath("data/place_basis_classes.yaml").read_text("utf-8")
    data = safe_yaml.load(text, "trucewatch/data/place_basis_classes.yaml")
    classes = tuple((str(item["name"]), re.compile(str(item["pattern"]), re.IGNORECASE))
                    for item in data["classes"])
    return classes, re.compile(str(data["alternate_name"]), re.IGNORECASE)


def basis_class(basis: str) -> str:
    """The class of one ``location_basis``: the first class whose pattern matches it, else ``other``."""
    classes, _ = _classes()
    return next((name for name, pattern in classes if pattern.search(basis)), OTHER)


def count_basis(counter: Counter[str], report: Report | None, truth: tuple[float, float] | None = None,
                within_km: float | None = None) -> None:
    """Add one miss to ``counter`` by the basis of the report it was scored by: ``no_place`` without a placed
    report, ``unstated`` for a place without a basis, else its class; ``by_alternate_name`` beside it where the
    name was found by an alternate name or a spelling variant; and, given the row's ``truth`` point and the eval's
    radius, ``namesake_near_truth`` beside it where another reading of the name lies within that radius
    (:func:`namesake_near`)."""
    if report is None or report.location is None or report.location.lat is None:
        counter[NO_PLACE] += 1
        return
    basis = str((report.provenance or {}).get("location_basis") or "")
    if not basis:
        counter[UNSTATED] += 1
        return
    counter[basis_class(basis)] += 1
    _, alternate = _classes()
    if alternate.search(basis):
        counter[ALTERNATE] += 1
    if truth is not None and within_km is not None and namesake_near(report.location, truth, within_km):
        counter[NAMESAKE_NEAR_TRUTH] += 1


def namesake_near(location: Location, truth: tuple[float, float], within_km: float) -> bool:
    """Whether a place the gazetteer reads the location's name as (any namesake, any reading, in any region)
    lies within ``within_km`` of ``truth`` while the location's own point does not: the choice among namesakes
    gave the wrong one. False for a location without a name or a point, and for one within the radius."""
    if not location.name or location.lat is None or location.lon is None:
        return False
    if distance_km(location.lat, location.lon, *truth) <= within_km:
        return False
    return any(distance_km(match.lat, match.lon, *truth) <= within_km
               for match in geocode_candidates(location.name, limit=ALL_READINGS) if match.source != "admin1-centre")
