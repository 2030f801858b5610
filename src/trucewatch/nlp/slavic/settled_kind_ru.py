"""A Russian post's kind settled by where its places lie, after :func:`trucewatch.nlp.slavic.kinds.classify`:

- a strike on Russia whose every place lies in Ukraine the other side does not hold is the Russian side's strike,
  told in a Russian war-correspondent's words ("Ночью противник опять кричит про удар по Трипольской ТЭС. Мы видим
  кадры — станция горит.", where "противник" names Ukraine complaining of the strike, not the striker): no strike on
  Russia or the land it holds happens only at places in free Ukraine;
- a post left with no kind whose count of drones downed is followed by people killed or wounded at places in Russia
  ("Москва. Ночью самая массированная атака на столицу: Собянин сообщил, что сбито больше 70 дронов на подлёте.
  Погибли люди в Видном и Домодедово.") is a strike on Russia told with its count
  (:mod:`trucewatch.nlp.slavic.dead_after_count`).

The places named inside what a strike answers ("ответ на атаки по нашим НПЗ", :mod:`trucewatch.nlp.slavic.retaliation`)
do not count. Read by :func:`trucewatch.nlp.slavic.reader.read_post`.
"""

from __future__ import annotations

from trucewatch.nlp.slavic.dead_after_count import dead_after_count
from trucewatch.nlp.slavic.places import find_places
from trucewatch.nlp.slavic.retaliation import outside_retaliation
from trucewatch.nlp.slavic.sides import in_russia_or_crimea, russian_side


def kind_by_places(text: str, language: str, kind: str) -> str:
    """``russian_strike`` for a Russian post's ``strike_on_russia`` whose places all lie in free Ukraine,
    ``strike_on_russia`` for its ``other`` with people hurt after a count downed at places in Russia; ``kind``
    otherwise."""
    if language != "ru" or kind not in ("strike_on_russia", "other"):
        return kind
    places = outside_retaliation(text, find_places(text, language))
    if kind == "other":
        in_russia = any(in_russia_or_crimea(place) for place in places)
        return "strike_on_russia" if in_russia and dead_after_count(text) else kind
    if places and all(place.code.startswith("UA-") and not russian_side(place) for place in places):
        return "russian_strike"
    return kind
