"""Whether a sentence names a place of its own, or only a day, a month, an outlet, or the place (or a district of
the city) an earlier sentence names. Read by :mod:`trucewatch.nlp.follow_ups` (whether a follow-up sentence keeps
the place of the one before) and :mod:`trucewatch.nlp.place_gives_way`."""

from __future__ import annotations

import re

from trucewatch.geo.city_districts import is_district_of
from trucewatch.geo.gazetteer import GeoMatch
from trucewatch.nlp.place_landmarks import DISTRICT_AFTER
from trucewatch.nlp.place_names import names_in, sections_in
from trucewatch.nlp.place_readings import cities_named

# "on Telegram", "on Saturday", "in March": a day, a month or an outlet after a preposition, no place
_DAY_OR_OUTLET = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
                            r"August|September|October|November|December|Telegram|Facebook|Twitter|X|Instagram|"
                            r"YouTube|Viber|WhatsApp|TikTok|VKontakte|VK")


def day_or_outlet(name: str) -> bool:
    """Whether a capitalised name is a day, a month or an outlet ("on Thursday", "in March", "on Telegram")."""
    return _DAY_OR_OUTLET.fullmatch(name) is not None


# "Kharkiv's mayor", "Odesa's regional military administration": a place's official or body after its name
_OFFICIAL_OF = re.compile(r"['’]s\s+(?:[\w\-]+\s+){0,2}?(?:mayor|governor|head|chief|administration|council|officials|"
                          r"authorities|spokes(?:man|woman|person))\b", re.IGNORECASE)

def names_own_place(sentence: str, earlier: str) -> bool:
    """Whether ``sentence`` names a place of its own: a name that is no day, month or outlet ("on Telegram", "on
    Saturday"), not one ``earlier`` names whose official speaks ("Kharkiv's mayor"), nor a district ("in
    the Kyivskyi district") of a city ``earlier`` names ("... hit Kharkiv. It landed beside a block in the Kyivskyi
    district": no place of its own)."""
    before = {name for name, *_ in names_in(earlier)}
    cities: list[GeoMatch] | None = None
    for name, span, _admin, _near in names_in(sentence):
        if (name in before and _OFFICIAL_OF.match(sentence, span[1])) or _DAY_OR_OUTLET.fullmatch(name):
            continue  # ("Kharkiv's mayor wrote" after "... hit Kharkiv": the place before, whose official speaks)
        if DISTRICT_AFTER.match(sentence, span[1]):
            if cities is None:
                cities = [city for each in before for city in cities_named(each)]
            if cities and (sections_in(name, cities) or any(is_district_of(name, each.name) for each in cities)):
                continue
        return True
    return False
