"""A region the headline names that the body tells of only where no strike is told: "Чувашія і Татарстан 💥 …
прилетіло в Новочебоксарськ … У Татарстані вчора теж гуло, але ще нема підтверджень" reports Chuvashia alone; the
body says what each name of a headline with no word of striking of its own stands for."""

from __future__ import annotations

from trucewatch.nlp.slavic.places import Place, find_places


def told_in_the_body(text: str, language: str, headline: tuple[int, int], carrying: list[tuple[int, int]],
                     places: list[Place]) -> list[Place]:
    """``places`` without those named only in ``headline`` (a sentence that tells no strike of its own) whose region
    the body names again, but in none of the ``carrying`` sentences (those that tell a strike) after the headline;
    all of them when that would leave none."""
    body = [place.code for place in find_places(text[headline[1]:], language)]
    told = {place.code for start, end in carrying if start >= headline[1]
            for place in find_places(text[start:end], language)}
    kept = [place for place in places
            if not (headline[0] <= place.span[0] < headline[1] and place.code in body and place.code not in told)]
    return kept or places
