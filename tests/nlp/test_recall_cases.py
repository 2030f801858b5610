"""Recall on hastily written headlines (recall_cases.yaml): a misspelt event word read by one correction,
equipment named by GRAU index or aircraft model seen or moving, bodies shown at a place; and the inputs of each
kind that must stay silent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from trucewatch.geo.edits import one_edit
from trucewatch.nlp import spelling
from trucewatch.nlp.extract import extract_article
from trucewatch.nlp.pipeline import Article

CASES: dict[str, list[dict[str, Any]]] = yaml.safe_load(
    (Path(__file__).parent / "recall_cases.yaml").read_text(encoding="utf-8"))
ALL = [pytest.param(case, id=f"{group}-{case['id']}") for group, cases in CASES.items() for case in cases]


def _reports(text: str) -> list[Any]:
    return extract_article(Article(id="case", text=text, source="monitor", source_kind="monitor"))


@pytest.mark.parametrize("case", ALL)
def test_recall_case(case: dict[str, Any]) -> None:
    reports = _reports(case["text"])
    if case.get("none"):
        assert reports == [], [(r.event, r.provenance.get("event_kind"), r.provenance.get("spelling"))
                               for r in reports]
        return
    assert len(reports) == 1
    report = reports[0]
    assert report.event == case["event"]
    if "kind" in case:
        assert report.provenance.get("event_kind") == case["kind"]
    assert report.provenance.get("spelling") == case.get("spelling")


def test_corrected_report_quotes_and_points_into_the_text_as_written() -> None:
    text = "Ukraine says: Heavy amage to a school in Izium. Rescuers are working."
    reports = _reports(text)
    assert len(reports) == 1
    report = reports[0]
    assert report.text == "Ukraine says: Heavy amage to a school in Izium."  # never the corrected wording
    sentence_start = report.provenance["sentence_span"][0]
    assert text[sentence_start:].startswith(report.text)
    low, high = report.spans["event"]
    assert report.text[low:high] == "amage"
    assert report.spans["spelling"] == report.spans["event"]
    # spans after the corrected word (one letter shorter than "damage") still point at the words as written
    low, high = report.spans["target"]
    assert report.text[low:high] == "school"
    assert report.location is not None and report.location.name == "Izium"
    assert report.provenance["spelling"] == ["amage → damage"]


def test_longer_correction_keeps_spans_after_it() -> None:
    report = _reports("Bridge destoryed near Chuhuiv")[0]  # a swap: same length
    low, high = report.spans["event"]
    assert report.text[low:high] == "destoryed"
    report = _reports("Two civilians badly injurded in Sumy")[0]  # "injured" is one letter shorter
    low, high = report.spans["location"]
    assert report.text[low:high] == "Sumy"


@pytest.mark.parametrize(("word", "expected"), [
    ("injurded", ("injured",)), ("amage", ("damage",)), ("troups", ("troops",)), ("kiled", ("killed",)),
    ("destoryed", ("destroyed",)),
    # not corrected: English words in any inflection, closed-class words, regional words, short or known words
    ("dropped", ()), ("would", ()), ("shall", ()), ("oblast", ()), ("hti", ()), ("damage", ()), ("queued", ()),
])
def test_corrections(word: str, expected: tuple[str, ...]) -> None:
    assert spelling.corrections(word) == expected


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("amage", "damage", True), ("injurded", "injured", True), ("destoryed", "destroyed", True),
    ("damge", "damage", True), ("damaeg", "damage", True), ("damage", "damage", False), ("dmaaeg", "damage", False),
    ("shell", "shelling", False),
])
def test_one_edit(a: str, b: str, expected: bool) -> None:
    assert one_edit(a, b) is expected
    assert one_edit(b, a) is expected


def test_only_lowercase_words_of_four_letters_are_candidates() -> None:
    assert [word for _, _, word, _ in spelling.candidates("Amage and amage; hti, kiled")] == ["amage", "kiled"]


def test_a_long_page_of_misspelt_sentences_is_corrected_only_up_to_the_bound() -> None:
    from trucewatch.nlp.components import MAX_SPELLING_PARSES

    text = " ".join(f"Heavy amage to school no. {number} in Izium." for number in range(1, 301))
    corrected = [r for r in _reports(text) if r.provenance.get("spelling")]
    assert 1 <= len(corrected) <= MAX_SPELLING_PARSES


def test_a_sentence_of_many_unknown_words_is_not_read_by_spelling() -> None:
    # every word could be a misspelt event word: correcting one of them would be a guess
    assert _reports("amage kiled destoryed troups injurded attaked explosoin woundd mortors") == []


def test_casualties_abbreviated_are_counted() -> None:
    report = _reports("Two KIA, three WIA near Krasnohorivka on Sunday")[0]
    assert report.casualties is not None
    assert (report.casualties.killed, report.casualties.injured) == (2, 3)


def test_a_quake_that_struck_is_no_strike_but_a_drone_that_struck_is() -> None:
    assert _reports("A strong earthquake struck the region overnight, killing two.") == []
    reports = _reports("A Russian drone struck the region overnight, killing two.")
    assert [report.event for report in reports] == ["strike"]
