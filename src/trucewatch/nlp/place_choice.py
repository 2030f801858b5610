"""The choice among same-named places (:mod:`trucewatch.nlp.places` reads the names and builds the context).

In order: the raion the text names; the area the text's actors imply; the candidate nearest to the article's
other places that have a single reading; for front-line acts (with the places more than UNDECIDED_MAX_KM from a
town bearing the name within the front's reach that only once bore it left out), the one clearly nearest the line
of contact on the event's day (:mod:`trucewatch.geo.hostilities`; on a line that held for years, the one on it over the
gazetteer's first behind it; in the full-scale war not over a Ukrainian city, and contested by a smaller town far
behind the line); then population (a city known by the name over hamlets
bearing it, the place bearing the name over ones that once bore it, the only town); for a strike or damage by a
weapon the text does not name, only then the one clearly nearest the lines of the weeks before. When none of these
decides, the choice says so: the gazetteer's first (or, within a region the text names, the middle of
namesakes far apart), the other candidates listed (ids, km) and the precision widened to cover them (not those far
from every line of contact and every other place of the text, when the choice lies near a line and the act is the
front's: fire across the line, or a front-line act of a known day). Each
choice says why, in words kept in the report's provenance as ``location_basis``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from trucewatch.geo.admin1 import STRIKE_REACH_RU_REGIONS
from trucewatch.geo.distance import distance_km
from trucewatch.geo.former_raions import FORMER_RAION_KM, raion_point
from trucewatch.geo.gazetteer import MATCHED_BY, GeoMatch
from trucewatch.geo.hostilities import (
    DEFAULT_LABEL,
    distance_to_any_hostilities_km,
    distance_to_hostilities_km,
    front_lines_label,
    line_held,
)
from trucewatch.nlp.place_names import CITY_POPULATION, TOWN_POPULATION
from trucewatch.nlp.place_raion_oblast import in_raion_oblast

HAMLET_POPULATION = 1_000
UNDECIDED_LISTED = 8
UNDECIDED_MARK = "the precision covers them"
# Population that leans without deciding: a town of this many times any other namesake's people is the point
# given (the precision still covers the others), even when they lie far apart.
LEAN_RATIO = 2.0
LEAN_POPULATION = TOWN_POPULATION
# ... and a smaller town leans as well when it has this many times any other namesake's people (Kalanchak, 9,000
# people, beside villages of 1,200 and fewer; Kazanka, 7,000, beside hamlets) where the text names no region (within
# one, LEANING_VILLAGE decides), unless the choice was ordered by the line of contact (several namesakes near it: the
# largest of those is no better than a coin toss)
LEAN_SMALL_TOWN_POPULATION = 4_000
LEAN_SMALL_TOWN_RATIO = 5.0
LEANING = "the largest town among them"
# Within a region the text names, namesakes far apart give the middle of them, unless a village this much larger
# than the others leans (its point given, the precision still covering the others).
MIDDLE = "none of them is given, but the middle of them"
LEANING_VILLAGE = "the most populous among them"
# An undecided choice whose candidates lie farther apart than this is given no point unless the text names the
# region that holds them (then the region bounds the error): a coin toss across the country is no place.
UNDECIDED_MAX_KM = 100.0
# The place bearing a name settles the choice over places that once bore it, or bear it in another language, only
# within this distance of them.
BEARER_MAX_KM = 1_000.0
# Anchors farther than this from a candidate do not decide between same-named places.
ANCHOR_MAX_KM = 150.0
# An undecided choice near a line of contact, for an act of the front (:func:`_at_the_front`), is not widened to a
# namesake farther than this from every line of contact (of any period) and than ANCHOR_MAX_KM from every other place
# the text names (the basis lists it): guns and rockets (MLRS reach some 90 km) do not fire there.
ASIDE_KM = 100.0
# Front-line prior: a candidate within FRONT_NEAR_KM of the line (tube artillery's range) wins when it is at
# least FRONT_MARGIN_KM nearer the line than every other candidate; several within FRONT_NEAR_KM and none
# clearly nearer are undecided. Chosen on the tuning half of the ACLED dev rows among 10-40 km and 5-15 km
# (docs/extraction.md).
FRONT_NEAR_KM = 20.0
FRONT_MARGIN_KM = 10.0
# On a line that held for years (:func:`trucewatch.geo.hostilities.line_held`), an undecided choice among namesakes
# near it gives the one nearest it when that lies within HELD_ON_KM of it and the gazetteer's first farther than
# HELD_OFF_KM: a line drawn through the settlements on either side of it still runs within HELD_OFF_KM of a village
# on it (the namesake 8 km from the Minsk line is as much on it as one 0.8 km from it), but not of one 17 km behind.
HELD_ON_KM = 5.0
HELD_OFF_KM = 10.0
# ...and when none lies within FRONT_NEAR_KM, the one nearest the line, if within this, gives the point of an
# undecided choice (chosen on the tuning half: 30 and 40 km gave 0.9393 within 25 km, 60, 80 and 120 km 0.9433).
FRONT_LEAN_KM = 60.0
# Fire across the line (shelling, ground fighting, guns, rockets, small arms, FPV drones) lands within this many
# km of a line of contact of some period (the border with Russia is one): a namesake abroad beyond it is not where
# such fire fell while a namesake lies within it ("Shelling of Dzerzhinsk" names Toretsk by its former name, not
# the city near Nizhny Novgorod that bears it); nor is a Ukrainian town beyond it that only leans among namesakes
# (trucewatch.nlp.place_far), nor does such a town contest a village on the line (:func:`_contested`).
FIRE_REACH_KM = 150.0
# ...unless the first choice is a town that outweighs it (:func:`_town_outweighs`): the town it is.
# From this day on, missiles, drones, aviation and long-range guns reach every town of Ukraine, and English text calls
# such a strike "shelling". A village of the name on the line of the day then no longer displaces a Ukrainian city of
# CITY_POPULATION people that outweighs it (:func:`_town_outweighs`): "Shelling in Pavlohrad" in June 2022 is the city
# of 100,000 people, not the hamlet on the Luhansk front (:func:`_beyond_reach`). Nor does it displace a smaller such
# town beyond FRONT_LEAN_KM, but the town does not win either: the two contest the name (:func:`_contested`), the
# precision covers both, and a text that names no region gets no point when they lie more than UNDECIDED_MAX_KM
# apart ("Shelling in Synelnykove": the town of 30,000 people or the village on the Kharkiv front). Before it (the
# Donbas war of 2014-2022) shelling stayed on the line, and the village on it is the place.
FULL_SCALE_INVASION = date(2022, 2, 24)
# A town farther than this from every line of contact (of any period) neither decides nor leans by population over
# a namesake within it: the long-range drone strikes reported into Russia's Volga and Ural regions lie well inside
# it; a town in Siberia or the Far East named alone, with a namesake in Ukraine, is not the place of a report.
WAR_REACH_KM = 2_000.0
# A strike or damage whose weapon the text does not name (``Context.front_after_population``) is judged against
# the lines of this many days up to its day: ruins are often seen, and reported, after the line moved on.
AFTERMATH_DAYS = 30
# A village the gazetteer lacks, in a text whose other places (each of a single reading) all lie in the oblast the
# text names and within LISTED_RADIUS_KM of their middle: that middle, the precision covering them and
# LISTED_REACH_KM beyond ("near Novoiehorivka, Synkivka and Zahoruykivka": villages of one stretch of front are
# listed together), rather than the oblast's centre.
LISTED_RADIUS_KM = 20.0
LISTED_REACH_KM = 20.0

@dataclass
class Context:
    """What the article says around a name that helps choose among its readings."""

    admin1: str | None = None  # the oblast the article names first
    raion: str | None = None  # a raion the article names
    area: tuple[str, ...] = ()  # oblasts implied by the actors named
    anchors: list[tuple[float, float]] = field(default_factory=list)  # places with a single reading
    front_day: date | None = None  # the day of the event being placed, when it is a front-line act
    # the act may be the front's (a strike or damage by an unnamed weapon): the line decides only after
    # population, and only a candidate clearly nearest it
    front_after_population: bool = False
    refused: set[str] = field(default_factory=set)  # names the text places in a country the gazetteer lacks
    # oblasts named by a name that is also a city's ("in Kharkiv"): no anchor, but where the text is
    regions: list[str] = field(default_factory=list)
    # a name with several readings -> the point of the one reading of another name of its sentence close to one
    # of them ("between Zarichne and Torske")
    partners: dict[str, list[tuple[float, float]]] = field(default_factory=dict)
    # a name whose partner is the one of its readings on the side of another place a title gives -> those words
    # ("west of Kherson"; trucewatch.nlp.place_side)
    sides: dict[str, str] = field(default_factory=dict)
    # the event is fire across the line (shelling, ground fighting, guns, rockets, small arms, FPV drones): it
    # lands near a line of contact, so namesakes far from every line do not widen an undecided choice's precision
    fire: bool = False
    # every oblast the text names as "X oblast" / "X region", in order; those named in no role (not where something
    # went or came from: "evacuated to Dnipropetrovsk region")
    oblasts_named: tuple[str, ...] = ()
    oblasts_plain: tuple[str, ...] = ()
    # the name as the text spells it ("Marivka", not the raion's other Maryivka): among namesakes of the raion the
    # text names, the one bearing it letter for letter leans (round 46)
    spelled: str = ""


def choose(candidates: tuple[GeoMatch, ...], context: Context, *, scoped: bool = False
            ) -> tuple[GeoMatch, str] | None:
    """Pick among same-named places: named raion, then the area the actors imply, then nearest to the
    article's anchors, then (front-line acts) nearest the line of contact, then the gazetteer's order.
    Returns the place and, in words, why it was chosen (kept in the report's provenance). ``scoped``: the
    candidates are those of the region the text names (a coin toss among them gives their middle)."""
    if not candidates:
        return None
    settlements = [m for m in candidates if m.source != "admin1-centre"]
    if not settlements:
        return candidates[0], "an oblast's name: its centre"
    if len(settlements) == 1:
        return settlements[0], "the only settlement of that name where the text places it"
    shared = f"{len(settlements)} settlements share the name"
    if context.raion:
        former = raion_point(context.raion)
        if former is None:
            in_raion = [m for m in settlements if m.raion == context.raion]
            said = "in the raion the text names"
        else:
            # a raion of before the 2020 reform: its settlements lie within FORMER_RAION_KM of its point
            in_raion = [m for m in settlements if distance_km(m.lat, m.lon, *former) <= FORMER_RAION_KM]
            said = f"within {FORMER_RAION_KM:.0f} km of the centre of the former raion the text names"
        if len(in_raion) == 1:
            return in_raion[0], f"{shared}; one lies {said}"
        # none in the raion: its oblast's readings first (trucewatch.nlp.place_raion_oblast)
        settlements = in_raion or in_raion_oblast(settlements, context.raion) or settlements
        if len(in_raion) > 1 and (spelled := spelled_alike(in_raion, context.spelled)) is not None:
            # "Serhiivka (Bilhorod-Dnistrovskyi raion)": the raion's Serhiivka, not its Serhiyivka nearer the seat
            return _undecided([spelled, *(m for m in in_raion if m is not spelled)],
                              f"{shared}; {len(in_raion)} lie {said}, and this one bears the name as the text "
                              "spells it", context, ordered=True)
    if len(settlements) > 1 and context.area:
        in_area = [m for m in settlements if m.admin1_code in context.area]
        if len(in_area) == 1:
            return in_area[0], f"{shared}; one lies in the oblast the actors imply ({', '.join(context.area)})"
        settlements = in_area or settlements
    if len(settlements) > 1 and context.anchors:
        def nearest_anchor(match: GeoMatch) -> float:
            return min(distance_km(match.lat, match.lon, lat, lon) for lat, lon in context.anchors)

        best = min(settlements, key=nearest_anchor)
        km = nearest_anchor(best)
        if km < 1 and (side := context.sides.get(context.spelled)):
            return best, f"{shared}; the nearest of them on the side of the place the title gives ({side})"
        if km <= ANCHOR_MAX_KM:
            return best, f"{shared}; the nearest to another place the article names ({km:.0f} km)"
    city_known = _city_known(settlements)
    if city_known is not None and context.front_day is not None and _city_in_reach(city_known, context.front_day):
        # "Shelling in Nikolayev" in 2022: Mykolaiv, not a hamlet bearing the name near the line (FULL_SCALE_INVASION)
        return city_known, f"{shared}; {_city_known_words(city_known)}"
    if len(settlements) > 1 and context.front_day is not None and not context.front_after_population:
        # a town bearing the name within the front's reach, not a place far off that once bore it (Round 42)
        settlements = _former_names_far_off(settlements, context.front_day)
    if len(settlements) > 1 and context.front_day is not None and not context.front_after_population:
        front, near_line = _nearest_front(settlements, context.front_day)
        source = _lines_source()
        if front is not None:
            match, km = front
            chosen = (match, f"{shared}; a front-line act, and this one lies {km:.0f} km from the line of contact "
                             f"of {context.front_day.isoformat()}{source}, clearly nearer than the others")
            return chosen if scoped else _contested(chosen, settlements[0], [match], context.front_day, context.fire)
        if len(near_line) > 1 and not _town_near_line(settlements[0], near_line, context.front_day):
            # several lie near the line and it does not tell them apart: the gazetteer's first of those
            # (population), with a precision that covers the others near the line
            why = (f"{shared}; a front-line act, and {len(near_line)} of them lie within {FRONT_NEAR_KM:.0f} km of "
                   f"the line of contact of {context.front_day.isoformat()}{source}, none clearly nearer")
            chosen = _on_held_line(near_line, why, context, scoped) or _undecided(near_line, why, context,
                                                                                   by_the_line=True)
            return chosen if scoped else _contested(chosen, settlements[0], near_line, context.front_day,
                                                    context.fire)
    first = settlements[0]
    if city_known is not None:
        # "Nikolaev": Mykolaiv's Russian name, not the hamlet of 630 people in Rostov oblast that bears it
        return city_known, f"{shared}; {_city_known_words(city_known)}"
    if _bearer_settles(first, settlements[1:]) and not _bearer_beyond_front(first, settlements[1:], context):
        return first, f"{shared}; the only one that bears it as its own name (the others once did, or in " \
                      "another language)"
    if _town_holds(first, settlements[1:], context):
        return first, f"{shared}; the only town among them ({first.population:,} people)"
    if context.front_day is not None and context.front_after_population:
        # the damage may have been done weeks before it was seen: the lines of those weeks count too; a name
        # read only by a spelling variant is too weak a reading for this weak evidence to settle
        bearing = [m for m in settlements if m.matched_by != MATCHED_BY[2]]
        front = _nearest_front(bearing, context.front_day, AFTERMATH_DAYS)[0] if len(bearing) > 1 else None
        if front is not None:
            match, km = front
            return match, (f"{shared}; perhaps a front-line act (its weapon is not named), and population does "
                           f"not decide: this one lies {km:.0f} km from the lines of contact of the "
                           f"{AFTERMATH_DAYS} days to {context.front_day.isoformat()}{_lines_source()}, clearly "
                           f"nearer than the others")
        return _undecided(settlements, f"{shared} and nothing in the text decides", context, scoped=scoped)
    if context.front_day is not None:
        # a front-line act the line does not decide: the namesake nearest it leans (its point is given, the
        # precision still covers every namesake), unless the first is a town and it a village
        distances = [distance_to_hostilities_km(m.lat, m.lon, context.front_day) for m in settlements]
        known = sorted((km, i) for i, km in enumerate(distances) if km is not None)
        if (known and known[0][0] <= FRONT_LEAN_KM and known[0][1] != 0
                and not _town_holds(settlements[0], [settlements[known[0][1]]], context)):
            km, index = known[0]
            ordered = [settlements[index], *(m for i, m in enumerate(settlements) if i != index)]
            return _undecided(ordered, f"{shared} and nothing in the text decides: a front-line act, and this "
                                       f"one lies nearest the line of contact of {context.front_day.isoformat()} "
                                       f"({km:.0f} km), though not clearly nearer than the others", context,
                              ordered=True)
    return _undecided(settlements, f"{shared} and nothing in the text decides", context, scoped=scoped)


def spelled_alike(settlements: list[GeoMatch], spelled: str) -> GeoMatch | None:
    """The one of several namesakes whose own name is the text's spelling letter for letter (apostrophes and case
    aside): a coder writes the gazetteer's name of the place meant ("Stepanovka" beside two Stepanivkas); None
    when none or several are so spelt."""
    if not spelled or len(settlements) < 2:
        return None
    key = spelled.replace("'", "").replace("’", "").casefold()
    alike = [m for m in settlements if m.name.replace("'", "").replace("’", "").casefold() == key]
    return alike[0] if len(alike) == 1 else None


def _city_known_words(city: GeoMatch) -> str:
    return f"a city of {city.population:,} people is known by that name, and the places that bear it are hamlets"


def _city_known(settlements: list[GeoMatch]) -> GeoMatch | None:
    """The one city of CITY_POPULATION people known by the name (an alternate: its former or Russian name) when
    every place that bears the name as its own is a hamlet (HAMLET_POPULATION); None otherwise. A city the name reads
    only by a spelling variant is not known by it when places bear the name as their own ("Grakovo" is no Kharkov;
    "Alchevk", which no place bears, is still Alchevsk)."""
    borne = any(m.matched_by == MATCHED_BY[0] for m in settlements)
    cities = [m for m in settlements if m.matched_by != MATCHED_BY[0] and m.population >= CITY_POPULATION
              and not (borne and m.matched_by == MATCHED_BY[2])
              and m.source != "geonames-section"]  # a city's district is no city known by the name
    if len(cities) != 1 or any(m.population >= HAMLET_POPULATION for m in settlements
                               if m.matched_by == MATCHED_BY[0]):
        return None
    return cities[0]


def _on_held_line(near_line: list[GeoMatch], why: str, context: Context, scoped: bool
                  ) -> tuple[GeoMatch, str] | None:
    """An undecided choice among namesakes near a line that held for years (``line_held``): the one nearest the line
    when it lies within HELD_ON_KM of it, the gazetteer's first farther than HELD_OFF_KM, and the name reads it no
    more weakly than the first (:data:`MATCHED_BY`: by its name, an alternate, a spelling) (its point given, the
    precision covering the others, as for any undecided choice); None when the line leans to none, or when, with no
    region named, the precision would grow beyond UNDECIDED_MAX_KM (a point would become none)."""
    day = context.front_day
    if day is None or not line_held(day):
        return None
    distances = [distance_to_hostilities_km(m.lat, m.lon, day) for m in near_line]
    first, (km, index) = distances[0], min((km, i) for i, km in enumerate(distances) if km is not None)
    if first is None or first <= HELD_OFF_KM or km > HELD_ON_KM or (
            MATCHED_BY.index(near_line[index].matched_by) > MATCHED_BY.index(near_line[0].matched_by)):
        return None  # nor a place found only by another name or spelling over one bearing the name as read
    ordered = [near_line[index], *(m for i, m in enumerate(near_line) if i != index)]
    leaned = _undecided(ordered, f"{why}; on a line that held for years, this one lies on it ({km:.0f} km), the "
                                 f"gazetteer's first {first:.0f} km from it", context, ordered=True)
    return leaned if scoped or leaned[0].precision_km <= UNDECIDED_MAX_KM else None


def listed_with(anchors: list[tuple[float, float]], oblast: GeoMatch) -> tuple[float, float, float, int] | None:
    """Where a village the gazetteer lacks most likely lies, from the text's other places (``anchors``): the
    middle of them and the precision covering them (LISTED_REACH_KM beyond the farthest), with how many they
    are; None when there are none, when one lies outside ``oblast`` (its centre and radius) or when they lie
    more than LISTED_RADIUS_KM from their middle."""
    points = list(dict.fromkeys(anchors))
    if not points or any(distance_km(lat, lon, oblast.lat, oblast.lon) > oblast.precision_km for lat, lon in points):
        return None
    lat, lon, radius = _middle(points) if len(points) > 1 else (*points[0], 0.0)
    if radius > LISTED_RADIUS_KM:
        return None
    return lat, lon, radius + LISTED_REACH_KM, len(points)


def _undecided(settlements: list[GeoMatch], why: str, context: Context, *, ordered: bool = False,
               scoped: bool = False, by_the_line: bool = False) -> tuple[GeoMatch, str]:
    """The first candidate, its precision widened to cover the others, which the basis lists (ids, km); the
    basis says whether population leans to it (a town of LEAN_POPULATION, LEAN_RATIO times any rival's
    people; a namesake abroad is no rival when the text names no region of its country, unless it lies in
    Ukraine and the first outside the regions strikes reach: :func:`_theatre_rival`). Within the region
    the text names (``scoped``), namesakes more than UNDECIDED_MAX_KM apart give the middle of them (the
    centre of the smallest circle holding them all) unless a place of HAMLET_POPULATION people, LEAN_RATIO
    times any rival's, leans: a coin toss that far apart is no point to present. ``by_the_line``: the candidates are
    those near the line of contact, none clearly nearer (no smaller town leans among them)."""
    bearer = settlements if ordered else _bearers_first(settlements)
    own = bearer[0] is not settlements[0]
    settlements, first = bearer, bearer[0]
    rivals = [m.population for m in settlements[1:] if m.country == first.country or _theatre_rival(first, m)
              or (context.admin1 or "").startswith(m.country)]
    distances = sorted((distance_km(first.lat, first.lon, m.lat, m.lon), m.id) for m in settlements[1:])
    in_reach = not _out_of_reach(first, settlements[1:])
    outweighs = first.population >= LEAN_RATIO * max(rivals, default=0) and in_reach
    far_apart = scoped and not ordered and distances[-1][0] > UNDECIDED_MAX_KM
    large_town = first.population >= LEAN_POPULATION and outweighs
    small_town = not (ordered or by_the_line or scoped) and first.population >= LEAN_SMALL_TOWN_POPULATION and (
        first.population >= LEAN_SMALL_TOWN_RATIO * max(rivals, default=0) and in_reach)
    if large_town or small_town:
        ratio = LEAN_RATIO if large_town else LEAN_SMALL_TOWN_RATIO
        why += f"{';' if ordered else ':'} {LEANING} ({first.population:,} people, {ratio:g}× any other)"
    elif far_apart and first.population >= HAMLET_POPULATION and outweighs:
        why += f": {LEANING_VILLAGE} ({first.population:,} people, {LEAN_RATIO:g}× any other)"
    elif far_apart:
        lat, lon, radius = _middle([(m.lat, m.lon) for m in settlements])
        middle = replace(first, lat=lat, lon=lon, precision_km=radius + max(m.precision_km for m in settlements))
        around = sorted((distance_km(lat, lon, m.lat, m.lon), m.id) for m in settlements)
        return middle, f"{why}: {MIDDLE} (candidates {_listed(around)}); {UNDECIDED_MARK}"
    elif not ordered:
        why += (": the gazetteer's first bearing the name as its own (the others before it only once bore it, "
                "or in another language)" if own else ": the gazetteer's first (population, own name before "
                                                       "alternates)")
    # a namesake beyond the war's reach is listed but not covered when the choice lies within it: "Pokrovsk"
    # shelled is not widened to Yakutia's town, 5,500 km away
    remote = {m.id for m in settlements[1:] if _out_of_reach(m, [first])}
    # nor one far from every line of contact and from every other place of the text, when the choice lies near a
    # line and the act is one of the front (fire across the line, or a front-line act of a known day): "fighting in
    # the Lyman direction" is not widened to a town of Astrakhan oblast or villages of Odesa's south-west; explosions
    # heard, a strike by an unnamed weapon, a drone or a missile may be anywhere, so every namesake counts
    near_line = line_of_contact_km(first.lat, first.lon) <= ASIDE_KM and _at_the_front(context)
    aside = set() if scoped or not near_line else {
        m.id for m in settlements[1:] if m.id not in remote and _aside(m, context)}
    covered = max((km for km, ident in distances if ident not in remote | aside), default=0.0)
    widened = replace(first, precision_km=max(first.precision_km, covered + first.precision_km))
    mark = UNDECIDED_MARK + (f", but not the {len(remote)} beyond the war's reach ({WAR_REACH_KM:,.0f} km from "
                             f"every line of contact)" if remote else "") + (
        f"{' nor' if remote else ', but not'} the {len(aside)} farther than {ASIDE_KM:.0f} km from every line "
        f"of contact and {ANCHOR_MAX_KM:.0f} km from every other place the text names" if aside else "")
    return widened, f"{why} ({first.id}); other candidates {_listed(distances)}; {mark}"


def _theatre_rival(first: GeoMatch, other: GeoMatch) -> bool:
    """Whether ``other``, a namesake in Ukraine, rivals ``first``, a place in Russia outside the regions strikes
    reach (:data:`trucewatch.geo.admin1.STRIKE_REACH_RU_REGIONS`), though the text names no region of Ukraine:
    population does not lean "Volchansk" to the Urals' town of 10,000 people over Vovchansk, 17,000 people in
    Kharkiv oblast, which Russian spelling names so."""
    return other.country == "UA" and first.country == "RU" and first.admin1_code not in STRIKE_REACH_RU_REGIONS


def _at_the_front(context: Context) -> bool:
    """Whether the act being placed happens at a line of contact: fire across the line, or a front-line act whose
    day the text gives (the line of that day decides before population)."""
    return context.fire or (context.front_day is not None and not context.front_after_population)


def _aside(match: GeoMatch, context: Context) -> bool:
    """Whether ``match`` lies aside from where the text is (asked when the choice lies near a line): more than
    ASIDE_KM from every line of contact (of any period) and ANCHOR_MAX_KM from every other place the text
    names, in no oblast the text names or implies (nor, abroad, in a country one of whose regions it names)."""
    if line_of_contact_km(match.lat, match.lon) <= ASIDE_KM:
        return False
    named = {context.admin1, context.raion, *context.area, *context.regions} - {None}
    if match.admin1_code in named or (match.country != "UA" and (context.admin1 or "").startswith(match.country)):
        return False
    return all(distance_km(match.lat, match.lon, lat, lon) > ANCHOR_MAX_KM for lat, lon in context.anchors)


def _lines_source() -> str:
    """The front lines in use, when not the shipped ones (said in the basis)."""
    label = front_lines_label()
    return "" if label == DEFAULT_LABEL else f" (front lines from {label})"


def _listed(distances: list[tuple[float, str]]) -> str:
    """Candidates as the basis lists them: ids with their distances (km), the first UNDECIDED_LISTED only."""
    listed = ", ".join(f"{ident} ({km:.0f} km)" for km, ident in distances[:UNDECIDED_LISTED])
    return listed + (f" and {len(distances) - UNDECIDED_LISTED} more" if len(distances) > UNDECIDED_LISTED else "")


def _bearer_settles(first: GeoMatch, others: list[GeoMatch]) -> bool:
    """Whether the place bearing the name settles it over the others, which bear it only as a former or another
    language's name; not when a town known by the name outweighs it ("Artemovsk", Bakhmut's name until 2016, is
    not settled by the village of 2,000 people in Krasnoyarsk krai that bears it; a city's district known by
    the name is no such town), nor when they lie farther from it than BEARER_MAX_KM, too far for a rule of
    thumb to choose ("Uglegorsk": Vuhlehirsk, or Sakhalin's town)."""
    if first.matched_by != MATCHED_BY[0] or any(m.matched_by != MATCHED_BY[1] for m in others):
        return False
    return not any((m.source != "geonames-section" and _town_outweighs(m, [first]))
                   or distance_km(first.lat, first.lon, m.lat, m.lon) > BEARER_MAX_KM for m in others)


def _bearer_beyond_front(first: GeoMatch, others: list[GeoMatch], context: Context) -> bool:
    """Whether, for a front-line act (``Context.front_day``, not an act whose weapon the text does not name), the
    place bearing the name lies farther than FRONT_LEAN_KM from the line of contact of the day while another,
    known by the name (a former name, its Russian form), lies within it and FRONT_MARGIN_KM nearer: an own name
    does not carry shelling beyond the front's reach ("shelled near Dolgenkoye" in 2023 is not the hamlet of
    Cherkasy oblast 250 km from the line; Dovhenke, 50 km from it, is not clearly the place either)."""
    day = context.front_day
    if day is None or context.front_after_population:
        return False
    own = distance_to_hostilities_km(first.lat, first.lon, day)
    if own is None or own <= FRONT_LEAN_KM:
        return False
    return any((km := distance_to_hostilities_km(m.lat, m.lon, day)) is not None and km <= FRONT_LEAN_KM
               and own - km >= FRONT_MARGIN_KM for m in others)


def _former_names_far_off(settlements: list[GeoMatch], day: date) -> list[GeoMatch]:
    """``settlements`` without the places read only by a name they once bore or by another spelling that lie more
    than UNDECIDED_MAX_KM from the first, when the first is a town of TOWN_POPULATION people bearing the name as its
    own within the front's reach on ``day`` (not :func:`_beyond_reach`): "Sloviansk" shelled is the city of 105,000
    people 20 km from the line, not Nikopol on the Dnipro front 250 km off, which GeoNames also lists under that name.
    A place near the town that once bore its name may be what an older source means ("Krasnohorivka", Yasnohorivka's
    former name, 28 km from the town): it stays, and the line may leave the two undecided. The converse, a bearer
    beyond the front's reach, is :func:`_bearer_beyond_front`."""
    first = settlements[0]
    if first.matched_by != MATCHED_BY[0] or first.population < TOWN_POPULATION or _beyond_reach(first, day):
        return settlements
    kept = [m for m in settlements[1:] if m.matched_by == MATCHED_BY[0]
            or distance_km(first.lat, first.lon, m.lat, m.lon) <= UNDECIDED_MAX_KM]
    return settlements if _out_of_reach(first, settlements[1:]) else [first, *kept]


def _bearers_first(settlements: list[GeoMatch]) -> list[GeoMatch]:
    """An undecided choice gives the point of a place bearing the name as its own before a village found only
    by another name (a former name, another language's): "Ivanivka" is one of the Ivanivkas, not Bilozerka,
    which once bore the name. A town of TOWN_POPULATION known by the name keeps its place in the order."""
    first = settlements[0]
    if first.matched_by == MATCHED_BY[0] or first.population >= TOWN_POPULATION:
        return settlements
    bearer = next((m for m in settlements if m.matched_by == MATCHED_BY[0]), None)
    return settlements if bearer is None else [bearer, *(m for m in settlements if m is not bearer)]


def _middle(points: list[tuple[float, float]]) -> tuple[float, float, float]:
    """The centre of the smallest circle holding ``points`` (Badoiu-Clarkson iteration on a local plane, exact
    to a few per cent) and its radius in km."""
    lat0 = sum(lat for lat, _ in points) / len(points)
    scale = math.cos(math.radians(lat0))
    plane = [(lon * scale, lat) for lat, lon in points]
    x, y = plane[0]
    for step in range(1, 400):
        fx, fy = max(plane, key=lambda p: (p[0] - x) ** 2 + (p[1] - y) ** 2)
        x, y = x + (fx - x) / (step + 1), y + (fy - y) / (step + 1)
    lat, lon = y, x / scale
    return lat, lon, max(distance_km(lat, lon, a, b) for a, b in points)


def _town_near_line(first: GeoMatch, near_line: list[GeoMatch], day: date) -> bool:
    """Whether the gazetteer's first is a town near the line (within FRONT_LEAN_KM) that the villages on it do
    not displace (:func:`_town_outweighs`): "Kostyantynivka" is the town of 67,000 people 22 km from the line,
    not one of four villages of the name on lines hundreds of km apart; on a day of the full-scale invasion a
    Ukrainian city is near enough (:func:`_beyond_reach`)."""
    if first in near_line or not _town_outweighs(first, near_line):
        return False
    if _city_in_reach(first, day):
        return True
    km = distance_to_hostilities_km(first.lat, first.lon, day)
    return km is not None and km <= FRONT_LEAN_KM


def _town_holds(town: GeoMatch, others: list[GeoMatch], context: Context) -> bool:
    """Whether ``town`` keeps the name against ``others``: it outweighs them (:func:`_town_outweighs`) and is no
    town beyond the front's reach with one of them on the line (:func:`_town_beyond_front`)."""
    return _town_outweighs(town, others) and not _town_beyond_front(town, others, context)


def _town_beyond_front(town: GeoMatch, others: list[GeoMatch], context: Context) -> bool:
    """Whether, for a front-line act (shelling, ground fighting: ``Context.front_day``, not an act whose weapon the
    text does not name), ``town`` lies farther than FRONT_LEAN_KM from the line of contact of the day while one of
    ``others`` lies within FRONT_NEAR_KM of it: guns do not fire that far behind the line, and population does not
    carry the name there ("Novotroitske" shelled in 2021 is the village on the line, not the town 290 km from
    it)."""
    day = context.front_day
    if day is None or context.front_after_population or not _beyond_reach(town, day):
        return False
    return any((km := distance_to_hostilities_km(m.lat, m.lon, day)) is not None and km <= FRONT_NEAR_KM
               for m in others)


def _beyond_reach(town: GeoMatch, day: date) -> bool:
    """Whether ``town`` lies farther than FRONT_LEAN_KM from the line of contact of ``day`` (a day no line is
    drawn for: not beyond). A city of Ukraine on a day of the full-scale invasion never is (FULL_SCALE_INVASION)."""
    if _city_in_reach(town, day):
        return False
    km = distance_to_hostilities_km(town.lat, town.lon, day)
    return km is not None and km > FRONT_LEAN_KM


def _city_in_reach(town: GeoMatch, day: date) -> bool:
    """Whether ``town`` is a Ukrainian city of CITY_POPULATION people on a day of the full-scale invasion: strikes
    reach it wherever it lies (FULL_SCALE_INVASION)."""
    return day >= FULL_SCALE_INVASION and town.country == "UA" and town.population >= CITY_POPULATION


def _contested(chosen: tuple[GeoMatch, str], town: GeoMatch, others: list[GeoMatch], day: date, fire: bool = False
               ) -> tuple[GeoMatch, str]:
    """``chosen`` (a namesake on the line of ``day``, or an undecided choice among such) as it stands, unless
    ``town``, the gazetteer's first, is a Ukrainian town of fewer than CITY_POPULATION people that outweighs
    ``others`` (:func:`_town_outweighs`) and lies beyond FRONT_LEAN_KM of that line on a day of the full-scale
    invasion: then the point stays the line's, its precision widened to cover the town, and the basis says that
    neither is decided (a choice far apart gives no point where the text names no region: FULL_SCALE_INVASION). With
    ``fire`` (``Context.fire``: guns, shelling, ground fighting) the town does not contest when it lies beyond
    FIRE_REACH_KM of the line ("Dolyna: artillery duel (Slavyansk direction)" is the village on the line, not the town
    of Ivano-Frankivsk oblast 980 km off; "Russian forces shelled Synelnykove" stays undecided)."""
    match, why = chosen
    if (day < FULL_SCALE_INVASION or town.country != "UA" or town.population >= CITY_POPULATION
            or match is town or not _town_outweighs(town, others) or not _beyond_reach(town, day)):
        return chosen
    if fire and (km_line := distance_to_hostilities_km(town.lat, town.lon, day)) is not None and (
            km_line > FIRE_REACH_KM):
        return chosen  # fire across the line does not reach so far
    km = distance_km(match.lat, match.lon, town.lat, town.lon)
    widened = replace(match, precision_km=max(match.precision_km, km + match.precision_km))
    return widened, (f"{why}; but a town of {town.population:,} people bears the name {km:.0f} km away ({town.id}), "
                     f"and the strikes of the full-scale war reach it: neither is decided"
                     f"{'' if UNDECIDED_MARK in why else '; ' + UNDECIDED_MARK}")


def _town_outweighs(town: GeoMatch, others: list[GeoMatch]) -> bool:
    """A town of TOWN_POPULATION people or more, ten times any of the others: the only town among them, which
    neither the line nor a village bearing its name displaces; never a town beyond the war's reach over a
    namesake within it (:func:`_out_of_reach`)."""
    return (town.population >= TOWN_POPULATION and town.population >= 10 * max(1, *(m.population for m in others))
            and not _out_of_reach(town, others))


def outweighing_town(readings: list[GeoMatch]) -> GeoMatch | None:
    """The Ukrainian town (of TOWN_POPULATION people) that the name alone gives, decided with nothing else known (the
    only town among its readings, the only one bearing it as its own name, a city known by it): "Lviv" is the city of
    717,000 people, not the two hamlets of the name. Such a town says where a text is as a name of one reading does;
    None when the name alone gives no town, or leaves the choice undecided."""
    settlements = tuple(m for m in readings if m.source not in ("admin1-centre", "geonames-section"))
    chosen = choose(settlements, Context()) if settlements else None
    if chosen is None or UNDECIDED_MARK in chosen[1]:
        return None
    town = chosen[0]
    return town if town.country == "UA" and town.population >= TOWN_POPULATION else None


def _out_of_reach(town: GeoMatch, others: list[GeoMatch]) -> bool:
    """Whether ``town`` lies more than WAR_REACH_KM from every line of contact while one of ``others`` lies
    within it: population alone does not carry a name that far ("Mirny" shelled is no town in Yakutia)."""
    return line_of_contact_km(town.lat, town.lon) > WAR_REACH_KM and any(
        line_of_contact_km(m.lat, m.lon) <= WAR_REACH_KM for m in others)


def line_of_contact_km(lat: float, lon: float) -> float:
    """Kilometres from the point to the nearest line of contact of any period of the lines in use; infinite
    when no period has lines."""
    return _reach_km(lat, lon, front_lines_label())


@lru_cache(maxsize=4096)
def _reach_km(lat: float, lon: float, lines: str) -> float:
    """:func:`line_of_contact_km`, cached; ``lines``, the label of the lines in use, keys the cache."""
    km = distance_to_any_hostilities_km(lat, lon)
    return math.inf if km is None else km


def _nearest_front(
    settlements: list[GeoMatch], day: date, days_before: int = 0
) -> tuple[tuple[GeoMatch, float] | None, list[GeoMatch]]:
    """The candidate clearly nearest the line of contact on ``day`` (or any of the ``days_before`` days
    before it) with its distance, or None when the line does not tell them apart; and the candidates within
    FRONT_NEAR_KM of the line, in their order."""
    distances = [distance_to_hostilities_km(m.lat, m.lon, day, days_before) for m in settlements]
    near_line = [m for m, km in zip(settlements, distances, strict=True) if km is not None and km <= FRONT_NEAR_KM]
    known = sorted((km, i) for i, km in enumerate(distances) if km is not None)
    if not known or known[0][0] > FRONT_NEAR_KM:
        return None, near_line
    km, index = known[0]
    # clearly nearer than every other candidate (those the line does not place count as far)
    if len(known) > 1 and known[1][0] - km < FRONT_MARGIN_KM:
        return None, near_line
    if index == 0:
        return (settlements[0], km), near_line
    # a town named in a report is not displaced by a village of the same name near the front, unless the town
    # lies beyond the front's reach on that day (:func:`_town_beyond_front`)
    if _town_outweighs(settlements[0], [settlements[index]]) and not _beyond_reach(settlements[0], day):
        return None, near_line
    return (settlements[index], km), near_line


# Names of one sentence that each have several readings anchor each other when only one reading of a name lies
# this close to a reading of another ("the bridge between Zarichne and Torske"); at most this many names.
PAIR_MAX_KM = 15.0
PAIR_NAMES = 4


def close_pair(readings: dict[str, list[GeoMatch]]) -> dict[str, list[tuple[float, float]]]:
    """Names of one sentence that each have several readings: a name one of whose readings, and only one, lies
    within PAIR_MAX_KM of a reading of another name, with the points of those other readings."""
    names = list(readings)
    chosen: dict[str, set[str]] = {}
    partners: dict[str, list[tuple[float, float]]] = {}
    for first in range(len(names)):
        for second in range(first + 1, len(names)):
            for a in readings[names[first]]:
                for b in readings[names[second]]:
                    if distance_km(a.lat, a.lon, b.lat, b.lon) <= PAIR_MAX_KM:
                        chosen.setdefault(names[first], set()).add(a.id)
                        chosen.setdefault(names[second], set()).add(b.id)
                        partners.setdefault(names[first], []).append((b.lat, b.lon))
                        partners.setdefault(names[second], []).append((a.lat, a.lon))
    return {name: points for name, points in partners.items() if len(chosen[name]) == 1}
