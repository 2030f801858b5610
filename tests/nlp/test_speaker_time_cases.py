"""Speakers, sides and times in the wordings of speaker_time_cases.yaml: a title word before a town, a town named
with "'s", a military body named without its country, an interception naming no side, a workshop "assembling
drones", a readout's noun "reports", and spans of named days or of the past week."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from trucewatch.nlp.extract import extract_article
from trucewatch.nlp.pipeline import Article

CASES: dict[str, list[dict[str, Any]]] = yaml.safe_load(
    (Path(__file__).parent / "speaker_time_cases.yaml").read_text(encoding="utf-8"))
_PUBLISHED = "2025-04-16T10:00:00+03:00"


def _first(case: dict[str, Any]) -> Any:
    published = datetime.fromisoformat(case.get("published", _PUBLISHED))
    reports = extract_article(Article("case", case["text"], published))
    assert reports, case["text"]
    return reports[0]


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
