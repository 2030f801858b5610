"""What one sentence says of another's event, in the wordings of follow_up_cases.yaml: a later speaker who judges or
tells of something else, "in his words", corrections of the time, debris after an interception, short headlines and
places inside a plant's name."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from trucewatch.model import Report
from trucewatch.nlp.extract import extract_article
from trucewatch.nlp.pipeline import Article

# follow_up_cases.yaml and the later files of its shape (follow_up_cases_*.yaml), section names unique across them
SECTIONS: dict[str, list[dict[str, Any]]] = {}
for _path in sorted(Path(__file__).parent.glob("follow_up_cases*.yaml")):
    for _section, _cases in yaml.safe_load(_path.read_text(encoding="utf-8")).items():
        assert _section not in SECTIONS, _section
        SECTIONS[_section] = _cases
CASES = [pytest.param(case, id=f"{section}-{case['id']}") for section, cases in SECTIONS.items() for case in cases]
_PUBLISHED = "2025-03-19T09:00:00+02:00"


def _reports(case: dict[str, Any]) -> list[Report]:
    return extract_article(Article("case", case["text"], datetime.fromisoformat(case.get("published", _PUBLISHED))))


@pytest.mark.parametrize("case", CASES)
def test_follow_up_case(case: dict[str, Any]) -> None:
    reports = _reports(case)
    if "reports" in case:
        assert len(reports) == case["reports"], [report.text for report in reports]
    assert len(reports) >= case.get("report", 1), case["text"]
    report = reports[case.get("report", 1) - 1]
    found = {"claimant": report.claimant, "stance": report.stance, "actor": report.actor, "event": report.event,
             "place": report.location.name if report.location else None,
             "admin1": report.location.admin1_code if report.location else None,
             "target": report.target.category if report.target else None, "weapon": report.weapon,
             "count": report.count, "aggregate": report.aggregate}
    assert {key: found[key] for key in found if key in case} == {key: case[key] for key in found if key in case}
    if "inside" in case:
        assert report.occurred is not None
        assert report.occurred.start <= datetime.fromisoformat(case["inside"]) <= report.occurred.end
    if "outside" in case:
        assert report.occurred is not None
        assert not report.occurred.start <= datetime.fromisoformat(case["outside"]) <= report.occurred.end


def test_every_section_has_cases_that_change_and_cases_that_stay() -> None:
    ids = [case["id"] for cases in SECTIONS.values() for case in cases]
    assert len(ids) == len(set(ids))
    for cases in SECTIONS.values():
        assert any(case["id"].startswith("stays-") for case in cases)
        assert any(not case["id"].startswith("stays-") for case in cases)


def test_debris_joins_the_interception_and_its_spans_point_into_its_text() -> None:
    text = "Air defence shot down a Ukrainian drone over Kstovo overnight. Falling debris damaged a power line."
    report = _reports({"text": text})[0]
    assert report.text == text
    start, end = report.spans["target"]
    assert report.text[start:end] == "power line"
    assert report.provenance["sentence_span"] == [0, len(text)]


def test_a_time_narrowed_by_a_consequence_says_which_sentence_told_it() -> None:
    text = "Russian drones struck a substation in Sumy overnight. A fire broke out at 04:30 and was put out by morning."
    reports = extract_article(Article("case", text, datetime.fromisoformat(_PUBLISHED)))
    told = reports[0].provenance["time_from_consequence"]
    start, end = told["sentence_span"]
    assert told["sentence"] == 1 and text[start:end].startswith("A fire broke out at 04:30")
    # a clock outside the event's interval narrows nothing and is not named
    other = extract_article(Article("case", text.replace("04:30", "15:30"), datetime.fromisoformat(_PUBLISHED)))
    assert "time_from_consequence" not in other[0].provenance
