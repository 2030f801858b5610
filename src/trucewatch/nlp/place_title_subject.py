"""A headline's subject: a monitor's title that opens, after its date, with a settlement's name and then what befell
it, the verb's "was" left out ("09/09/2022 Shevchenkove liberated in Kharkiv region", "05/10/2022 Novovoskresenske
and Novohryhorivka retaken along the Dnipro", "Vilkhivka shelled overnight"), a bracket with its hromada or raion
allowed between ("Dniprovske (Kherson hromada) shelled", round 45), or before where it lies from another place
("14/09/2022 Ivanivka near Izium after liberation", "Novopokrovka near Orikhiv under fire", "Kozacha Lopan 5 km
from the border": the map's way of telling a village's namesakes apart; that other place is an anchor, round 56).
A village's own name is read there as
readily as a town's: the headline's form marks it as the place the event befell (round 44). The names then go
through the namesake choice like any other (the oblast the title names, the front line, the other places)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from trucewatch.nlp.place_readings import leading_place, village_named

# the readings looked at for a settlement among a name's readings
_READINGS = 10

# what befalls a place in a headline, as a participle straight after its name
_BEFALLS = (r"(?:shelled|hit|struck|attacked|bombed|bombarded|pounded|targeted|liberated|retaken|recaptured|captured|"
            r"freed|seized|occupied|encircled|surrounded|stormed|destroyed|damaged|devastated|razed|mined|"
            r"under\s+(?:fire|attack|shelling))")

# where the place lies from another, straight after its name: "near Izium", "outside Kherson", "on the outskirts of
# Bakhmut", "north-west of Lyman", "12 km from Sumy" (a capital letter follows: a place, not "near the school")
_LIES_FROM = (r"(?:near|outside|(?:on\s+the\s+)?outskirts\s+of|"
              r"(?:\d+(?:[.,]\d+)?\s*(?:km|kilometres|kilometers)\s+(?:from\s+|(?=[a-z])))?"
              r"(?:(?:north|south)(?:[-\s]?(?:east|west))?|east|west)(?:ern)?\s+of|"
              r"\d+(?:[.,]\d+)?\s*(?:km|kilometres|kilometers)\s+from)\s+(?:the\s+)?(?=[A-Z])")


@cache
def _title_subject() -> re.Pattern[str]:
    from trucewatch.nlp.place_names import NAME  # place_names reads its titles through this module

    return re.compile(
        r"^\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s+(?P<name>" + NAME + r"(?:\s+" + NAME + r")?)"
        r"(?:\s*(?:,|\band\b)\s*(?P<other>" + NAME + r"(?:\s+" + NAME + r")?))?"
        # a bracket giving the place's hromada or raion ("Dniprovske (Kherson hromada) shelled")
        r"(?:\s*\([^()\n]{1,60}\))?(?:"
        r"\s+(?:(?:again|heavily|partly|fully|finally|reportedly)\s+)?" + _BEFALLS + r"\b|"
        # ("Blahodatne, north-west of Kherson:": where it lies, after a comma too)
        r",?\s+(?P<lies>" + _LIES_FROM + r")(?P<from>" + NAME + r"(?:\s+" + NAME + r")?))")


def title_subjects(sentence: str) -> Iterator[tuple[str, tuple[int, int]]]:
    """The settlements a dated title opens with before what befell them, with their spans."""
    match = _title_subject().match(sentence)
    if match is None:
        return
    for group in ("name", "other"):
        # (before where it lies from a town, any of its best readings may be the village: "Peremoha near Baryshivka",
        # a district of Kyiv first)
        if match.group(group) and (town := village_named(match.group(group), first_word=False,
                                                         readings=_READINGS if match.group("lies") else 1)
                                   or (match.group("lies") and _spelt_by_the_place_named(match.group(group),
                                                                                         match.group("from")))
                                   or (match.group("lies") and _word_by_the_place_named(match.group(group),
                                                                                        match.group("from")))):
            yield town, (match.start(group), match.start(group) + len(town))


# the side and distance in a title's "lies" words: "north-west of ", "12 km south of "
_SIDE = re.compile(r"(?:(?P<km>\d+(?:[.,]\d+)?)\s*(?:km|kilometres|kilometers)\s+)?"
                   r"(?P<dir>(?:north|south)(?:[-\s]?(?:east|west))?|east|west)(?:ern)?\s+of\b")


def title_side(sentence: str) -> tuple[float, float | None, str] | None:
    """The bearing (degrees) and the distance, when given, of the side of the other place a title's subject lies on,
    and the words ("Aleksandrovka west of Kherson": 270, None, "west of "; "Kalynivka 12 km north of Mykolaiv": 0,
    12, "12 km north of "), or None when the title says only that it lies near it."""
    from trucewatch.nlp.place_shape import compass_bearing

    match = _title_subject().match(sentence)
    if match is None or not match.group("lies"):
        return None
    side = _SIDE.match(match.group("lies"))
    if side is None or (bearing := compass_bearing(side.group("dir"))) is None:
        return None
    return bearing, float(side.group("km").replace(",", ".")) if side.group("km") else None, match.group("lies")


@cache
def _district_then_town() -> re.Pattern[str]:
    from trucewatch.nlp.place_names import NAME

    # a dated title that opens with a town's part and then the town ("Voroshilovskiy district, Donetsk: shelling")
    return re.compile(r"^\s*(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s+)?(?:" + NAME + r"\s+){1,3}"
                      r"(?i:district|microdistrict|quarter)\s*,\s*(?P<name>" + NAME + r")(?=\s*[,:]|\s[-–—]\s)")


def town_after_district(sentence: str) -> Iterator[tuple[str, tuple[int, int]]]:
    """The town a title names right after a district of it ("Kholodna Hora district, Kharkiv, under fire": Kharkiv),
    a town by its own name only (the district, unknown to any table, is no place of its own)."""
    match = _district_then_town().match(sentence)
    if match is not None and leading_place(match.group("name"), town=True) == match.group("name"):
        yield match.group("name"), match.span("name")


def _spelt_by_the_place_named(name: str, other: str) -> str | None:
    """``name`` when no settlement bears it as its own but one, and only one, of the places it reads by a spelling
    variant lies within PAIR_MAX_KM of a reading of the place the title says it lies by ("Novomikhailovka near
    Marinka": Novomykhailivka by Mariinka, not the 24 others of the name in Russian spelling; the pairing of
    :func:`~trucewatch.nlp.place_choice.close_pair`)."""
    from trucewatch.geo.gazetteer import MATCHED_BY
    from trucewatch.nlp.place_context import paired_points, settlement_readings
    from trucewatch.nlp.place_readings import english_words

    if name.lower() in english_words():
        return None
    found = settlement_readings(name)
    if not found or any(m.matched_by != MATCHED_BY[2] for m in found):
        return None
    return name if paired_points(found, other) else None


def _word_by_the_place_named(name: str, other: str) -> str | None:
    """``name`` when it is a common English word ("Liman", an estuary) that settlements bear as their own name and
    one of them, and only one, lies within PAIR_MAX_KM of a reading of the place the title says it lies by ("Liman
    near Zmiev": the village by Zmiiv); a word alone is no place, a word by the place named is."""
    from trucewatch.geo.admin1 import admin1_code
    from trucewatch.geo.gazetteer import MATCHED_BY
    from trucewatch.nlp.place_context import paired_points, settlement_readings
    from trucewatch.nlp.place_readings import NOT_PLACES, english_words

    if name.lower() not in english_words() or name.lower() in NOT_PLACES or admin1_code(name):
        return None
    found = [m for m in settlement_readings(name) if m.matched_by == MATCHED_BY[0]]
    return name if found and paired_points(found, other) else None


def title_relation(sentence: str) -> tuple[str, str] | None:
    """The title's subject and the place it lies from ("Peremoha near Baryshivka" -> Peremoha, Baryshivka), or the
    front direction or the town near which a bracket after it puts it ("Spornoe (Siversk direction): …" -> Spornoe,
    Siversk; "Mykolaivka (Slavyansk district)", the district's seat): that place points at the subject's namesake more
    closely than the text's other places do."""
    match = _title_subject().match(sentence)
    if match is not None and match.group("lies"):
        return match.group("name"), match.group("from")
    bracket = _title_bracket().match(sentence)
    return (bracket.group("name"), bracket.group("from")) if bracket is not None else None


def bracket_anchor(sentence: str) -> tuple[int, int] | None:
    """The span of the town a bracket after a dated title's village puts it near ("Malinovka (near Gulyaipole): …"):
    where the village lies from, not a second place of the event; None when the title has no such bracket or its head
    is no village's name."""
    bracket = _title_bracket().match(sentence)
    if bracket is None or not _NEAR_WORD.match(sentence, bracket.end("name")) or village_named(
            bracket.group("name"), first_word=False, readings=_READINGS) is None:
        return None
    return bracket.span("from")


_NEAR_WORD = re.compile(r"\s*\(\s*(?:near|outside|by)\s", re.IGNORECASE)


@cache
def _title_bracket() -> re.Pattern[str]:
    from trucewatch.nlp.place_names import NAME

    # a dated title's opening name, then a bracket naming the front direction it lies on or the town it lies near
    # ("Zaytsevo (Gorlovka direction): …", "Malinovka (near Gulyaipole) -"), or the district named after its seat
    # ("Mykolaivka (Slavyansk district)"), the monitors' ways of telling namesakes apart; the name may come later in
    # the title ("Shelled houses in Pobeda (Marinka direction)")
    area = r"(?:direction|axis|sector|district|raion)"
    return re.compile(
        r"^\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s+(?:[^()\n]*?\s)??(?P<name>" + NAME + r"(?:\s+" + NAME + r")?)\s*\(\s*"
        r"(?:(?:near|outside|by)\s+|(?=" + NAME + r"(?:\s+" + NAME + r")?\s+" + area + r"\s*\)))"
        r"(?P<from>" + NAME + r"(?:\s+" + NAME + r")?)(?:\s+" + area + r")?\s*\)")

