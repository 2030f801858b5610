"""Who "it said", "he wrote" and "the ministry said" name (:mod:`trucewatch.nlp.speaker_reference`); the cases of
whole paragraphs are in follow_up_cases_batch40.yaml."""

from __future__ import annotations

from datetime import datetime

import pytest

from trucewatch.nlp.extract import extract_article
from trucewatch.nlp.pipeline import Article, ArticleState
from trucewatch.nlp.spacy_support import split_sentences
from trucewatch.nlp.speaker_reference import antecedent, refers_back


def _state(text: str) -> ArticleState:
    return ArticleState(article=Article("case", text), sentences=split_sentences(text))


@pytest.mark.parametrize(("sentence", "words"), [
    ("Drones hit a depot overnight, it said.", "it"),
    ("He said a missile had hit the plant.", "He"),
    ("A substation was hit, she told reporters.", "she"),
    ("The strike killed two, they added.", "they"),
    ("Drones hit a depot overnight, the governor said.", None),  # no pronoun: the sentence names its speaker
    ("It was the third strike this week.", None),  # "it" that says nothing
])
def test_a_pronoun_that_speaks(sentence: str, words: str | None) -> None:
    found = refers_back(sentence, None)
    assert (found[0] if found else None) == words
    if found:
        assert sentence[found[1][0]:found[1][1]] == words


def test_a_body_named_by_its_kind_and_a_name() -> None:
    assert refers_back("x", ("the ministry", (0, 12))) == ("the ministry", (0, 12))
    assert refers_back("x", ("Ukrenergo", (0, 9))) is None


def test_the_nearest_speaker_that_fits() -> None:
    state = _state("Ukraine's General Staff issued a statement. Governor Ivan Fedorov spoke on television. "
                   "Drones hit a depot, it said.")
    assert antecedent(state, 2, "it") == ("Ukraine's General Staff", "UA", 0)  # "it" is no person
    assert antecedent(state, 2, "he")[:2] == ("Governor Ivan Fedorov", "UA")  # type: ignore[index]
    assert antecedent(state, 2, "the staff")[2] == 0  # type: ignore[index]


def test_no_speaker_before() -> None:
    state = _state("A Ukrainian drone hit a depot overnight. Fire crews put out the blaze. It was hit again, it said.")
    assert antecedent(state, 0, "it") is None  # nothing before the first sentence
    assert antecedent(state, 2, "it") is None  # a drone and fire crews say nothing


def test_a_long_list_before_is_not_parsed() -> None:
    listing = "The ministry listed " + ", ".join(f"village {n}" for n in range(120)) + "."
    state = _state(f"{listing} Drones hit a depot, it said.")
    assert antecedent(state, 1, "it") is None
    assert 1 not in state.parses and 0 not in state.parses


def test_the_report_says_which_words_refer_back() -> None:
    text = ("The Russian-installed administration of the occupied part of Kherson region issued a statement. "
            "A Ukrainian drone struck a substation in Nova Kakhovka at about 10:15, it said.")
    report = extract_article(Article("case", text, datetime.fromisoformat("2025-03-19T12:00:00+03:00")))[0]
    assert report.claimant == "RU"
    assert report.provenance["claimant_refers_back"] == {"words": "it", "sentence": 0}
