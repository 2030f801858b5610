"""The context that helps choose among same-named settlements, read once from the whole article: the oblast and
raion the text names (or whose official speaks), the area its actors imply, the places with a single reading that
anchor the others, the towns that outweigh their namesakes, and the offsets from other places ("20 km west of
Donetsk"); and the fields that depend on the frame being placed (its day for the front-line prior, whether it is fire
across the line or a deep drone strike). The component that places frames is :mod:`trucewatch.nlp.places`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from trucewatch.geo.admin1 import admin1_code
from trucewatch.geo.distance import distance_km
from trucewatch.geo.gazetteer import MATCHED_BY, GeoMatch, country_code, geocode_candidates
from trucewatch.nlp.pipeline import ArticleState, Frame
from trucewatch.nlp.place_choice import (
    FIRE_REACH_KM,
    PAIR_NAMES,
    UNDECIDED_MARK,
    Context,
    choose,
    close_pair,
    line_of_contact_km,
    outweighing_town,
)
from trucewatch.nlp.place_city_part import city_part
from trucewatch.nlp.place_front import FRONT_EVENTS, front_day
from trucewatch.nlp.place_kinds import called_villages
from trucewatch.nlp.place_known import gives_point
from trucewatch.nlp.place_names import (
    DISTRICT_MAX_KM,
    NAME,
    RAION_AFTER,
    admin1_mentioned,
    admin1_of,
    names_in,
    strip_words,
)
from trucewatch.nlp.place_officials import oblast_official
from trucewatch.nlp.place_raions import in_raion, names_raion, raion_in, seat_readings
from trucewatch.nlp.place_roles import bounds_nothing, name_role, named_elsewhere
from trucewatch.nlp.place_scope import common_word, regions_listed, water_of, within
from trucewatch.nlp.place_shape import offset_anchor
from trucewatch.nlp.place_side import on_the_side
from trucewatch.nlp.place_title_subject import title_relation, title_side

_ADMIN1_MENTION = re.compile(r"\b(?P<name>" + NAME + r"(?:\s+" + NAME + r")?)\s+(?:region|oblast|province|Oblast|"
                             r"Region|krai|Krai|regions|oblasts)\b|\b(?:region|oblast) of (?P<name2>" + NAME + r")")

# Actors and monitors that only operate in Donbas: without an oblast in the text, prefer a Donbas reading.
_DONBAS = ("UA-14", "UA-09")

_AREA_HINTS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"\b(?:DPR|DNR|Donetsk People'?s Republic|Donetsk sector)\b"), ("UA-14",)),
    (re.compile(r"\b(?:LPR|LNR|Luhansk People'?s Republic|Luhansk sector)\b"), ("UA-09",)),
    (re.compile(r"\b(?:NAF|Novorossiya|OSCE|SMM|JFO|ATO|Donbas+|Donbass)\b"), _DONBAS),
    # the peninsula, named as where things are ("near Chornomorske in Crimea", "on Crimea's western coast"), not
    # where they came from ("drones launched from Crimea")
    (re.compile(r"\b(?:in|on|of|across)\s+(?:(?:the\s+)?(?:occupied|annexed|Russian-occupied)\s+)?Crimea\b(?!n)|"
                r"(?<!from\s)\bCrimea['’]s\b"), ("UA-43",)),
)

# The choice among namesakes sees every reading of a name, not the gazetteer's usual first fifty: "Ivanivka" has
# more than a hundred, and the one near another place the text names, or on the line of the day, may be the 120th
# ("Explosions in Ivanivka near Kupiansk" gave an Ivanivka 112 km away while four lie within 30 km).
EVERY_READING = 1_000

_FIRE_WEAPONS = frozenset({"artillery", "mlrs", "fpv", "small_arms"})

@dataclass
class Placing(Context):
    """The choice's context, and whether the frame being placed is a deep drone strike."""

    # the frame is a drone strike that is not an FPV's (deep strikes reach Russia's interior)
    deep: bool = False
    # the oblast is known only from its governor or administration speaking: it scopes namesakes, but is not
    # itself given as the place of an event the text does not place
    admin1_speaks: bool = False
    # the names the text calls a village ("the village of Kalynivka"): no town's or city district's reading
    villages: frozenset[str] = frozenset()
    # the article's text ("Residents of Kherson ... in the Dniprovskyi district": a district of a city it names)
    text: str = ""

def fit_frame(context: Placing, frame: Frame, state: ArticleState) -> None:
    """The context's fields that depend on the frame being placed: its day for the front-line prior, and
    whether it is fire across the line or a deep drone strike."""
    context.front_day, context.front_after_population = front_day(frame, state)
    context.fire = frame.event in FRONT_EVENTS or frame.values.get("weapon") in _FIRE_WEAPONS
    # a drone strike that is not an FPV's
    context.deep = frame.values.get("weapon") == "drone"

def within_fire(found: tuple[GeoMatch, ...], chosen: tuple[GeoMatch, str] | None, context: Placing
                 ) -> tuple[tuple[GeoMatch, str] | None, int]:
    """The choice among ``found`` again without the namesakes abroad that fire across the line cannot reach,
    when the frame is fire and the choice gave the point of one of them; and how many were left out. A choice
    that gives no point stays so (leaving namesakes out must not let a far village lean instead)."""
    if chosen is None or not context.fire or not gives_point(*chosen):
        return chosen, 0
    # a place the choice decided on is left out only abroad; one that merely leans (a larger town among namesakes,
    # "Shelling from Belgorod region hit Zolochiv": not the Lviv-oblast town) wherever it lies; never one in the
    # raion the text names ("shelled Borove, Lvivskyi raion": not the Borove of Kharkiv oblast)
    undecided = UNDECIDED_MARK in chosen[1]

    def reachable(match: GeoMatch) -> bool:
        return (match.source == "admin1-centre" or (match.country == "UA" and not undecided)
                or line_of_contact_km(match.lat, match.lon) <= FIRE_REACH_KM or in_raion(match, context.raion))

    within = tuple(m for m in found if reachable(m))
    if reachable(chosen[0]) or not any(m.source != "admin1-centre" for m in within):
        return chosen, 0
    return choose(within, context), len(found) - len(within)

def article_context(state: ArticleState) -> Placing:
    text = state.article.text
    context = Placing(admin1=state.context_admin1, villages=called_villages(text), text=text)
    if context.admin1 is None:
        for start, end in state.sentences[:6]:
            listed, spans = regions_listed(text[start:end])
            context.area = tuple(dict.fromkeys((*context.area, *listed)))
            context.admin1 = admin1_named(text[start:end], spans)
            if context.admin1:
                break
    if context.admin1 is None:
        for start, end in state.sentences[:6]:
            official = oblast_official(text[start:end])  # "Luhansk governor: shelling of Bilohorivka"
            code = admin1_of(official) if official else None
            if code:
                context.admin1, context.admin1_speaks = code, True
                break
    context.raion = raion_in(text, context.admin1)
    mentions = [(code, name_role(text[start:end], mention.start())) for start, end in state.sentences
                for mention in _ADMIN1_MENTION.finditer(text[start:end]) if (code := admin1_mentioned(mention))]
    context.oblasts_named = tuple(dict.fromkeys(code for code, _role in mentions))
    context.oblasts_plain = tuple(dict.fromkeys(code for code, role in mentions if role is None))
    for pattern, codes in _AREA_HINTS:
        if pattern.search(text):
            context.area = tuple(dict.fromkeys((*context.area, *codes)))
    offsets: dict[str, list[tuple[float, float]]] = {}  # where an offset from another place puts a name
    for start, end in state.sentences[:20]:
        sentence = text[start:end]
        several: dict[str, list[GeoMatch]] = {}  # names of this sentence with more than one reading
        towns: dict[str, GeoMatch] = {}  # names of this sentence whose readings one town outweighs
        sections: dict[str, list[GeoMatch]] = {}  # the readings of each name that are a city's district
        for name, span, admin_text, _near in names_in(sentence):
            cleaned, glued = strip_words(name)
            if len(cleaned) < 3 or named_elsewhere(sentence, span[0]) or water_of(sentence, span[0]) or \
                    common_word(sentence, span[0], cleaned):
                continue
            if (offset := offset_anchor(sentence, cleaned, span[1])) is not None:
                offsets.setdefault(cleaned, []).append(offset)  # "Novoselivka, 20 km west of Donetsk"
            scope = admin1_of(admin_text) or glued
            # "Orsha, Belarus" anchors at the Belarusian town, never at a namesake elsewhere
            country = None if scope or not admin_text else country_code(admin_text)
            found = [m for m in geocode_candidates(cleaned, admin1_code=None if country else scope or context.admin1,
                                                   country=country, limit=EVERY_READING)
                     if m.source != "admin1-centre"]
            sections[cleaned] = [m for m in found if m.source == "geonames-section"]
            region = admin1_code(cleaned)
            if region:
                # a name that is also an oblast's ("near Oleksandrivka, Sumy") may mean the oblast: no anchor, but
                # the text is there
                if region not in context.regions:
                    context.regions.append(region)
            elif (len(found) == 1 and found[0].candidates == 1 and found[0].source != "katottg"
                    and found[0].matched_by != MATCHED_BY[2]
                    and not (RAION_AFTER.match(sentence, span[1]) and found[0].matched_by != MATCHED_BY[0])
                    and not city_part(sentence, span[0], span[1], cleaned, context.admin1)):
                # a name found only by a spelling variant may be none ("Horizont" is no Hrozyntsi), nor a raion's
                # name by another place's alternate ("Zhovtnevyi raion" is no Verhunskyi): no anchor
                context.anchors.append((found[0].lat, found[0].lon))
            elif len(found) > 1 and not names_raion(sentence, span[1]) and (town := outweighing_town(found)) and \
                    len(several) < PAIR_NAMES:
                towns[cleaned] = town
            elif len(found) > 1 and len(several) < PAIR_NAMES:
                several[cleaned] = seat_readings(found) if names_raion(sentence, span[1]) else found
            if region and not names_raion(sentence, span[1]) and (town := outweighing_town(found)):
                towns[cleaned] = town  # "Lviv" is an oblast's name too, and the city of it
            if cleaned in towns and name_role(sentence, span[0]) is not None:
                towns.pop(cleaned)  # "POWs from Mariupol killed in Olenivka": where they came from, no anchor
        context.partners.update(close_pair(several))
        if (related := title_relation(sentence)) is not None and (points := _related_points(*related)):
            # "Peremoha near Baryshivka, Brovary district": said where it lies; "Aleksandrovka west of Kherson": on
            # that side of it (place_side)
            side = title_side(sentence)
            if side is not None and (beside := on_the_side(settlement_readings(related[0]), points, side[:2])):
                points, context.sides[related[0]] = beside, f"{side[2]}{related[1]}"
            context.partners[related[0]] = points
        for other in several:
            # "Damaged houses in Krasne near Lviv": a town the name alone gives (population decides it) anchors the
            # other names of its sentence that have several readings, as a place of one reading anchors the text
            # (not a name the text puts at an offset from it: "20 km south of Kramatorsk" is the offset's point)
            points = [(town.lat, town.lon) for name, town in towns.items() if name != other and other not in offsets]
            if points:
                context.partners[other] = [*context.partners.get(other, []), *points]
        for name in towns:
            # "Mariupol: shelling of Cheremushky": the district of the town named with it, not Odesa's of 120,000
            # people that population gives (each name a town the name alone gives)
            near = [(town.lat, town.lon) for other, town in towns.items() if other != name and any(
                distance_km(m.lat, m.lon, town.lat, town.lon) <= DISTRICT_MAX_KM for m in sections[name])]
            if near:
                context.partners[name] = [*context.partners.get(name, []), *near]
    for name, points in offsets.items():
        context.partners[name] = [*context.partners.get(name, []), *points]
    return context

def admin1_named(sentence: str, listed: list[tuple[int, int]]) -> str | None:
    """The first region ``sentence`` names as "X region" / "X Oblast" / "the region of X", leaving out one named as
    where something came from ("a drone launched from Kursk region") and those of the regions listed together at
    ``listed`` (:func:`~trucewatch.nlp.place_scope.regions_listed`: "Kherson and Mykolaiv oblasts", neither alone)."""
    for mention in _ADMIN1_MENTION.finditer(sentence):
        if bounds_nothing(sentence, mention.start()) or within(listed, mention.start()):
            continue
        code = admin1_mentioned(mention)
        if code:
            return code
    return None


def _related_points(name: str, other: str) -> list[tuple[float, float]]:
    """The point of the place a title says its subject lies by (:func:`_one_point`); failing one, the points of that
    place's readings of which one reading of the subject, and only one, lies within PAIR_MAX_KM ("Novomykhailivka
    (Marinka direction)": Mariinka of Donetsk oblast, beside which one Novomykhailivka lies, not the three other
    Marinkas; :func:`~trucewatch.nlp.place_choice.close_pair`). Empty when neither decides."""
    point = _one_point(other)
    if point is not None:
        return [point]
    return paired_points(settlement_readings(name), other) if name != other else []


def settlement_readings(name: str) -> list[GeoMatch]:
    """Every reading of ``name`` that is a settlement (not an oblast's centre standing for the oblast)."""
    return [m for m in geocode_candidates(name, limit=EVERY_READING) if m.source != "admin1-centre"]


def paired_points(readings: list[GeoMatch], other: str) -> list[tuple[float, float]]:
    """The points of ``other``'s readings when one of ``readings``, and only one, lies within PAIR_MAX_KM of them
    (:func:`~trucewatch.nlp.place_choice.close_pair`); empty when none or several do."""
    return close_pair({"subject": readings, "place": settlement_readings(other)}).get("subject", [])


def _one_point(name: str) -> tuple[float, float] | None:
    """The point of the one settlement a name gives (one reading, or a town that outweighs the others)."""
    found = settlement_readings(name)
    town = found[0] if len(found) == 1 else outweighing_town(found) if found else None
    return (town.lat, town.lon) if town is not None else None
