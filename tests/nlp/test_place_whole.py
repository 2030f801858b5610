"""A compound place name read whole (:mod:`trucewatch.nlp.place_whole`)."""

from __future__ import annotations

from trucewatch.nlp.place_whole import joined, read_whole


def test_a_name_before_na_and_a_capitalised_word_is_joined() -> None:
    sentence = "A drone struck Kalach na Donu overnight"
    start = sentence.index("Kalach")
    assert joined(sentence, "Kalach", (start, start + 6)) == ("Kalach na Donu", (start, start + 14))


def test_hyphens_join_too() -> None:
    sentence = "Fire in Rostov-na-Donu"
    start = sentence.index("Rostov")
    assert joined(sentence, "Rostov", (start, start + 6))[0] == "Rostov-na-Donu"


def test_a_lower_case_word_after_na_or_another_word_is_no_part_of_the_name() -> None:
    sentence = "Shelling of Sloviansk na donu and Kramatorsk on Monday"
    start = sentence.index("Sloviansk")
    assert joined(sentence, "Sloviansk", (start, start + 9)) == ("Sloviansk", (start, start + 9))
    end = sentence.index("Kramatorsk") + len("Kramatorsk")
    assert joined(sentence, "Kramatorsk", (end - 10, end)) == ("Kramatorsk", (end - 10, end))


def test_a_span_that_does_not_hold_the_name_is_left_alone() -> None:
    assert joined("in Kalach na Donu", "Kalach", (0, 2)) == ("Kalach", (0, 2))
    assert joined("", "", (0, 0)) == ("", (0, 0))


def test_read_whole_knows_names_the_gazetteer_reads() -> None:
    assert read_whole("Slavyansk na Kubani")
    assert not read_whole("Kharkiv Cadet Corps")
    assert not read_whole("")
