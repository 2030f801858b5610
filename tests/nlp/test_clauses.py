"""Two events joined in one sentence are read as two, things struck listed after a colon as one each
(clause_cases.yaml), and every other sentence stays whole."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from trucewatch.nlp.clauses import event_clauses, list_items

_ALL: dict[str, list[dict[str, Any]]] = yaml.safe_load(
    (Path(__file__).parent / "clause_cases.yaml").read_text(encoding="utf-8"))
CASES, LISTS = _ALL["clauses"], _ALL["lists"]


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_clauses(case: dict[str, Any]) -> None:
    text = case["text"]
    assert [text[start:end] for start, end in event_clauses(text, 0, len(text))] == case["parts"]


def test_the_clauses_cover_the_sentence_without_gaps_of_words() -> None:
    text = "  " + CASES[0]["text"] + "  "
    parts = event_clauses(text, 2, len(text) - 2)
    assert parts[0][0] == 2 and parts[-1][1] == len(text) - 2
    assert "".join(text[start:end] for start, end in parts).replace(" ", "") == text.strip().replace(" ", "")


@pytest.mark.parametrize("case", LISTS, ids=[case["id"] for case in LISTS])
def test_lists(case: dict[str, Any]) -> None:
    text = case["text"]
    found = list_items(text, 0, len(text))
    if case["head"] is None:
        assert found is None
        return
    assert found is not None
    head, items = found
    assert text[head[0]:head[1]] == case["head"]
    assert [text[start:end] for start, end in items] == case["items"]


def test_each_thing_listed_is_a_report_that_says_which_sentence_listed_it() -> None:
    from datetime import datetime

    from trucewatch.nlp.extract import extract_article
    from trucewatch.nlp.pipeline import Article

    text = ("Ukraine's General Staff said its drones struck three targets in Russia overnight: the Afipsky refinery in "
            "Krasnodar region, an ammunition depot near Kotluban, and the Unecha pumping station in Bryansk region.")
    reports = extract_article(Article("listed", text, datetime.fromisoformat("2026-02-15T12:00:00+02:00")))
    targets = [report.target.category if report.target else None for report in reports]
    assert len(targets) == 3 and (targets[0], targets[2]) == ("energy.oil.refinery", "energy.oil.pumping_station")
    assert {(report.claimant, report.stance, report.actor, report.weapon) for report in reports} == {
        ("UA", "acknowledges", "UA", "drone")}
    for report in reports:
        low, high = report.provenance["listed_in"]["sentence_span"]
        assert text[low:high].startswith("Ukraine's General Staff said") and text[low:high].rstrip().endswith(":")
        assert "claimant" not in report.spans  # the speaker is in the listing sentence, not in the item's words
