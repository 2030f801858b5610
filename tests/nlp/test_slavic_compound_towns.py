"""A town "X-на-Y" named short later in the same post ("Слов'янськ-на-Кубані … дим від Слов'янська") is that town,
not a namesake of the short form elsewhere (trucewatch.nlp.slavic.places.short_of_compound)."""

from __future__ import annotations

from trucewatch.nlp.slavic.places import short_of_compound

_POST = ("Оперштаб краю писав про атаку на Слов'янськ-на-Кубані, горить установка НПЗ. "
         "Дим від Слов'янська бачили навіть у Кримську.")


def _span(text: str, word: str, start: int = 0) -> tuple[int, int]:
    at = text.index(word, start)
    return at, at + len(word)


def test_the_short_form_after_the_compound_is_the_compound() -> None:
    short = _span(_POST, "Слов'янська", _POST.index("Дим"))
    assert short_of_compound(_POST, short)


def test_the_compound_itself_is_no_short_form() -> None:
    assert not short_of_compound(_POST, _span(_POST, "Слов'янськ"))  # its own first part, before the hyphen


def test_a_town_named_alone_stays_itself() -> None:
    text = "Вночі шахеди атакували Слов'янськ на Донеччині, пошкоджено підстанцію."
    assert not short_of_compound(text, _span(text, "Слов'янськ"))


def test_a_short_form_in_another_case() -> None:
    text = "Дрони атакували Ростов-на-Дону. Над Ростовом працювала ППО."
    assert short_of_compound(text, _span(text, "Ростовом"))
