"""Towns a facility's quoted name gives ("на аеропорт «Брянськ»", "порт «Новороссийск»", "ПС «Белгород»", "ГВС
«Суджа»", "по аеродрому повітряно-космічних сил зс рф «Енгельс-2»"): read by :mod:`trucewatch.nlp.slavic.places`."""

from __future__ import annotations

import re

from trucewatch.model import Location
from trucewatch.nlp.slavic.adjectives import town_location
from trucewatch.nlp.slavic.morph import parse
from trucewatch.nlp.slavic.settlements import capitalised_like, settlement

# "на аеропорт «Брянськ»", "порт «Новороссийск»", "ПС «Белгород»": a port, an airfield or a substation called
# by its town's name, also the later ones of a list ("підстанції «Тихорецк» та «Брянск»"; not a pumping station:
# "НПС «Нікольскоє»" is named after a village, of which Russia has hundreds)
# ... or a gas metering station, called by the town at the border ("ГВС «Суджа»", "пункт учёта газа «Суджа»"): a
# Russian town's name, spelt alike in a Ukrainian post, is read as the Russian text's would be
_GAS_METERING = (r"\b(?:ГВС|ГИС)\b|\bпункт\w*\s+(?:учёта|учета|обліку)\s+газ\w*|"
                 r"\b(?:газовимірювальн|газоизмерительн)\w*\s+(?:станці|станци)\w*")
_GAS_METERING_BEFORE = re.compile(r"(?:" + _GAS_METERING + r")\s*$", re.IGNORECASE)
_QUOTED_AFTER_FACILITY = re.compile(r"(?:\b(?:аеро|аэро)?порт\w*|\b(?:аеродром|аэродром|авіабаз|авиабаз)\w*|"
                                    r"\bПС|\bпідстанці\w*|\bподстанци\w*|" + _GAS_METERING + r")"
                                    r"\s*(?:[«\"“„][^»\"”]{2,40}[»\"”]\s*(?:,|та|і|й|и)\s*)*$", re.IGNORECASE)
# ... and with its owner in the genitive between ("по аеродрому повітряно-космічних сил зс рф «Енгельс-2»",
# "аэродром ВКС России «Морозовск»"): every word between is a genitive or an abbreviation
_FACILITY_THEN_WORDS = re.compile(r"(?:\b(?:аеро|аэро)?порт\w*|\b(?:аеродром|аэродром|авіабаз|авиабаз)\w*)"
                                  r"((?:\s+[\w'’-]+){1,5})\s*$", re.IGNORECASE)
_OWNER_ABBREVIATION = re.compile(r"^(?:[А-ЯЁІЇЄҐ]{2,5}|зс|рф|вкс|мо)$")  # "ВКС", "зс рф"
# a name in quotes ("аеродром «Енгельс-2»": the airfield's number is not part of the town's name)
# (in lower case too right after an airfield, an airport or a port, as the channel mocks Russian names: "аеродромі
# “орєнбурґ-2”")
_QUOTED_NAME = re.compile(r"[«\"“„]([А-ЯЁІЇЄҐа-яёіїєґ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄҐа-яёіїєґ][а-яёіїєґ'’]+)?)"
                          r"(?:-\d+)?[»\"”]")
_RIGHT_AFTER_FACILITY = re.compile(r"(?:аеро|аэро)?(?:порт|дром)\w*\s*$", re.IGNORECASE)


def quoted_facility_towns(text: str, language: str) -> list[tuple[int, str, tuple[int, int], Location]]:
    """(start, region code, span, location) of each town a port, an airfield, a substation or a gas metering station
    is called by, in quotes, after the word for it."""
    found: list[tuple[int, str, tuple[int, int], Location]] = []
    for match in _QUOTED_NAME.finditer(text):
        before = text[max(0, match.start() - 80):match.start()]
        if not _QUOTED_AFTER_FACILITY.search(before) and not _facility_of_owner(before, language):
            continue
        name = match.group(1)
        if name[0].islower():
            if not _RIGHT_AFTER_FACILITY.search(text, max(0, match.start() - 30), match.start()):
                continue
            name = capitalised_like(name.replace("ґ", "г"), name.title())
        grammemes = parse(name, language)[1]
        if "gent" in grammemes and "nomn" not in grammemes:
            continue  # "підстанція «Кірова»": named after someone (of Kirov), a town's name is nominative
        place = settlement(name, language, "quoted")
        if place is None and language == "uk" and _GAS_METERING_BEFORE.search(before):
            place = settlement(name, "ru", "quoted")
        if place is not None and place.admin1_code is not None:
            found.append((match.start(1), place.admin1_code, match.span(1), town_location(place)))
    return found


def _facility_of_owner(before: str, language: str) -> bool:
    """Whether ``before`` ends with an airfield or a port and its owner in the genitive ("аеродрому
    повітряно-космічних сил зс рф"), so that a name in quotes next is the facility's (not "порту пошкоджено судно")."""
    match = _FACILITY_THEN_WORDS.search(before)
    if match is None:
        return False
    return all(_OWNER_ABBREVIATION.match(word) or "gent" in parse(word.lower(), language)[1]
               for word in match.group(1).split())
