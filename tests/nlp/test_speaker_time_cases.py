"""Speakers, sides and times in the wordings of speaker_time_cases.yaml: a title word before a town, a town named
with "'s", a military body named without its country, an interception naming no side, a workshop "assembling
drones", a readout's noun "reports", and spans of named days or of the past week; and (speaker_time_cases_ninth.yaml)
verbs of saying beyond "said", a party taking credit, clock times in words, days counted back, a day's edges,
dates in digits and targets named in new words; and (from speaker_time_cases_twentyfirst.yaml on) the weapon and the
place of a report where a case gives them; (speaker_time_cases_batch21.yaml) posts summed up in the present, wire
datelines, a colon before a quotation, "they" in a side's own quoted words, a round-up's heading, a truce's edge and
"the small hours"."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from trucewatch.nlp.extract import extract_article
from trucewatch.nlp.pipeline import Article

# speaker_time_cases.yaml and the later files of the same sections (speaker_time_cases_*.yaml), ids unique across
CASES: dict[str, list[dict[str, Any]]] = {"report": [], "interval": [], "target": [], "weapon": [], "place": []}
for _path in sorted(Path(__file__).parent.glob("speaker_time_cases*.yaml")):
    for _section, _cases in yaml.safe_load(_path.read_text(encoding="utf-8")).items():
        CASES[_section].extend(_cases)
_PUBLISHED = "2025-04-16T10:00:00+03:00"


def _first(case: dict[str, Any]) -> Any:
    """The case's report: its ``report``-th (1-based, default the first)."""
    published = datetime.fromisoformat(case.get("published", _PUBLISHED))
    reports = extract_article(Article("case", case["text"], published))
    assert len(reports) >= case.get("report", 1), case["text"]
    return reports[case.get("report", 1) - 1]


@pytest.mark.parametrize("case", CASES["report"], ids=lambda case: case["id"])
def test_speaker_and_side(case: dict[str, Any]) -> None:
    report = _first(case)
    if case["claimant"] is None:
        assert report.claimant == case["claimant_text"]
    else:
        assert report.claimant == case["claimant"]
    assert (report.stance, report.actor) == (case["stance"], case["actor"])


@pytest.mark.parametrize("case", CASES["interval"], ids=lambda case: case["id"])
def test_interval(case: dict[str, Any]) -> None:
    report = _first(case)
    assert report.occurred is not None
    assert report.occurred.start <= datetime.fromisoformat(case["inside"]) <= report.occurred.end
    if "outside" in case:
        assert not report.occurred.start <= datetime.fromisoformat(case["outside"]) <= report.occurred.end


def test_case_ids_are_unique() -> None:
    ids = [case["id"] for cases in CASES.values() for case in cases]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("case", CASES["target"], ids=lambda case: case["id"])
def test_target(case: dict[str, Any]) -> None:
    report = _first(case)
    assert (report.target.category if report.target else None) == case["target"]


@pytest.mark.parametrize("case", CASES["weapon"], ids=lambda case: case["id"])
def test_weapon(case: dict[str, Any]) -> None:
    assert _first(case).weapon == case["weapon"]


@pytest.mark.parametrize("case", CASES["place"], ids=lambda case: case["id"])
def test_place(case: dict[str, Any]) -> None:
    report = _first(case)
    assert (report.location.name if report.location else None) == case["place"]
