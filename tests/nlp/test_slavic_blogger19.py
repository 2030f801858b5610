"""The helpers added after reading half 0 of blogger19 (docs/posts-rounds.md, "blogger19, a chatty
Ukrainian-language channel"), on inputs a user would give."""

from __future__ import annotations

from trucewatch.nlp.slavic.described import described_only
from trucewatch.nlp.slavic.money import without_money_days


def test_a_sum_raised_over_days_is_blanked_and_strikes_over_days_are_not() -> None:
    assert "за 2 дні" not in without_money_days("Збір закрито! 185 тисяч за 2 дні, дякую")
    assert "за три дні" not in without_money_days("зібрали 300к грн за три дні")
    for text in ("За 2 дні збито 120 дронів", "уразили 5 НПЗ за 2 дні", "понад 300 дронів за 2 дні"):
        assert without_money_days(text) == text


def test_an_object_in_a_relative_clause_of_place_is_set_aside_only_beside_another() -> None:
    sentence = "Там, де нафтопровід «Дружба» качає нафту, вночі уразили нафтоперекачувальну станцію."
    pipeline, station = sentence.index("нафтопровід"), sentence.index("нафтоперекачувальну")
    assert described_only(sentence, [pipeline, station]) == {pipeline}
    assert described_only("Там, де нафтопровід «Дружба» качає нафту, вибухи.", [17]) == set()
    struck = "Там, де нафтопровід уразили дрони, горить нафтоперекачувальна станція."
    assert described_only(struck, [struck.index("нафтопровід"), struck.index("нафтоперекачувальна")]) == set()
