"""A town reached only by a spelling variant (the consonant skeleton) must look like the word, letter for letter in
Latin: common words and surnames are no big towns (trucewatch.nlp.slavic.settlements.SPELLING_VARIANT_LIKENESS)."""

from __future__ import annotations

import pytest

from trucewatch.nlp.slavic.settlements import settlement


@pytest.mark.parametrize("word", ["Кремній", "Графіки", "Романенко", "Арктик", "Вірогід", "Очеретиного"])
def test_a_word_unlike_the_town_its_skeleton_reaches_is_no_place(word: str) -> None:
    # silicon (Kolomna), schedules (Horlivka), a surname (Ramenki), the Arctic (Irkutsk), "likely" (Vologda), a
    # village's genitive (Tsaritsyno): each shares only consonants with the town
    assert settlement(word, "uk", "heading") is None


@pytest.mark.parametrize(("word", "town"), [
    ("Новоросійськ", "Novorossiysk"), ("Воронежі", "Voronezh"), ("Брянская", "Bryansk"), ("Чєбоксари", "Cheboksary"),
    ("Ніжнєкамск", "Nizhnekamsk"), ("Балаков", "Balakovo"),
])
def test_a_town_spelt_another_way_is_still_read(word: str, town: str) -> None:
    match = settlement(word, "uk", "heading")
    assert match is not None and match.name == town
