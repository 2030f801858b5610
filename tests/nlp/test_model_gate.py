"""The entity model runs only on sentences where it could find a name to place (places.place): what the gate lets
through, and that a sentence it keeps from the model is still placed by the text's other evidence."""

from __future__ import annotations

from unittest import mock

import pytest

import trucewatch.nlp.places as places
from trucewatch.nlp.extract import extract_article
from trucewatch.nlp.place_readings import may_name_a_place
from trucewatch.nlp.reader import Article


@pytest.mark.parametrize("sentence", [
    "Analysts said the pattern of the attacks suggested an effort to wear down air defences.",
    "Repair crews said they had the fire under control by the morning.",
    "explosions were heard before the power went out.",
    "",
    "  ...  ",
])
def test_a_sentence_with_no_name_to_place_is_kept_from_the_model(sentence: str) -> None:
    assert not may_name_a_place(sentence)


@pytest.mark.parametrize("sentence", [
    "Residents said a drone hit a house in the village overnight, Sumy officials said.",  # a capital later
    "Kharkiv was hit by three missiles overnight.",  # the first word is a city
    "«Odesa port was hit again», the navy said.",  # after an opening quote
    "Kherson-based volunteers said the shelling went on all night.",  # a place at the start of a compound
    "a drone hit pro-Russian positions overnight.",  # a capital inside a word
    "Ночью беспилотник атаковал подстанцию.",  # Cyrillic: a capital, the first word no place
])
def test_a_sentence_that_may_name_a_place_goes_to_the_model(sentence: str) -> None:
    expected = sentence != "Ночью беспилотник атаковал подстанцию."
    assert may_name_a_place(sentence) is expected


def test_a_sentence_kept_from_the_model_still_takes_the_oblast_the_text_names() -> None:
    text = ("Officials of the Sumy region said the strikes went on for hours. "
            "Residents described hearing several loud explosions before the power went out across the area.")
    with mock.patch.object(places, "labelled_entities", wraps=places.labelled_entities) as model:
        reports = extract_article(Article(id="gate", text=text, source="test", source_kind="news"))
    asked = [sentence for call in model.call_args_list for sentence in call.args[0]]
    assert not any(sentence.startswith("Residents described") for sentence in asked)
    explosions = [report for report in reports if "explosions" in (report.provenance.get("sentence") or "")]
    located = [report.location for report in reports if report.location]
    assert located and all(location.admin1_code == "UA-59" for location in located), (explosions, located)
