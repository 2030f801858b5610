"""Hand-written, paraphrased sentences with gold annotations (gold_sentences.yaml), one test per case."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from trucewatch.geo.distance import distance_km
from trucewatch.nlp.extract import extract_article
from trucewatch.nlp.pipeline import Article

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "gold_sentences.yaml").read_text(encoding="utf-8")
)


def _check(report: Any, expected: dict[str, Any]) -> list[str]:
    problems: list[str] = []

    def compare(name: str, actual: Any) -> None:
        if name in expected and actual != expected[name]:
            problems.append(f"{name}: expected {expected[name]!r}, got {actual!r}")

    compare("event", report.event)
    compare("claimant", report.claimant)
    compare("actor", report.actor)
    compare("stance", report.stance)
    compare("weapon", report.weapon)
    compare("count", report.count)
    compare("aggregate", report.aggregate)
    compare("outcome", report.outcome)
    compare("target", report.target.category if report.target else None)
    compare("killed", report.casualties.killed if report.casualties else None)
    compare("injured", report.casualties.injured if report.casualties else None)
    location = report.location
    compare("admin1", location.admin1_code if location else None)
    compare("country", location.country if location else None)
    compare("place", location.name if location else None)
    if "near" in expected:
        # [lat, lon, km]: the point chosen must lie within km of this one (same-named villages)
        lat, lon, km = expected["near"]
        if location is None or location.lat is None or location.lon is None:
            problems.append("near: no coordinates")
        elif distance_km(location.lat, location.lon, lat, lon) > km:
            problems.append(f"near: {distance_km(location.lat, location.lon, lat, lon):.0f} km from {lat}, {lon}")
    if "min_precision_km" in expected:
        precision = location.precision_km if location else None
        if precision is None or precision < expected["min_precision_km"]:
            problems.append(f"precision_km: expected >= {expected['min_precision_km']}, got {precision}")
    if "occurred" in expected:
        got = [report.occurred.start.isoformat(), report.occurred.end.isoformat()] if report.occurred else None
        compare("occurred", got)
    if "tz" in expected:
        compare("tz", report.occurred.tz if report.occurred else None)
    return problems


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_gold_sentence(case: dict[str, Any]) -> None:
    anchors = {name: datetime.fromisoformat(value) for name, value in case.get("anchors", {}).items()}
    article = Article(id=case["id"], text=case["text"],
                      published_at=datetime.fromisoformat(case["published_at"]), source="test")
    reports = extract_article(article, anchors=anchors)
    expected_reports = case["expect"]
    if expected_reports and expected_reports[0].get("none"):
        assert reports == [], f"expected no report, got {[r.event for r in reports]}"
        return
    assert len(reports) >= len(expected_reports)
    problems = [p for report, expected in zip(reports, expected_reports, strict=False)
                for p in _check(report, expected)]
    assert not problems, "; ".join(problems)


def test_every_report_keeps_the_spans_of_its_fields() -> None:
    text = "A Russian drone hit a substation near Kupiansk, Kharkiv region, injuring two workers."
    report = extract_article(Article("s", text, datetime.fromisoformat("2025-03-20T10:00:00+02:00")))[0]
    assert report.text is not None
    for field, (start, end) in report.spans.items():
        assert 0 <= start < end <= len(report.text), field
    assert report.text[slice(*report.spans["target"])] == "substation"
    assert report.text[slice(*report.spans["location"])] == "Kupiansk"
    assert report.text[slice(*report.spans["actor"])] == "Russian"


def test_at_least_thirty_gold_cases() -> None:
    assert len(CASES) >= 30
