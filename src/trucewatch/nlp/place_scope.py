"""What bounds where a sentence's event may be beyond its names (read by :mod:`trucewatch.nlp.places`), and the
answers that give a region, or no point, instead of a settlement.

A false place is worse than no place, so evidence that conflicts with a reading is heeded:
- regions named together ("near the border of Kherson & Mykolaiv oblasts", "in the Zaporizhzhia and
  Dnipropetrovsk regions", "Kharkiv oblast and Luhansk oblast") make none of them the place: no region's centre
  is given (the last one named was, up to 250 km from the event), and same-named settlements of the sentence
  are chosen among those regions (:func:`regions_listed`, :func:`several_regions`);
- a foreign country the sentence puts its event in ("Russian tanks seen in Belarus near Zhlobin") is where its
  names are looked up; a reading elsewhere is taken only when a town of TOWN_POPULATION bears the name itself
  (:func:`country_named`, :func:`conflicts_with_country`); so is the country of a region abroad named after a
  place by its centre, a city of ABROAD_CITY_POPULATION ("near Yelsk, Gomel region": Belarus's Yelsk, not Gomel
  itself, 140 km away) (:func:`region_abroad`);
- a town the sentence names that the region it names does not hold ("Kherson region: artillery hit Ochakiv",
  a town of Mykolaiv oblast that few other places' names match) is no reason to give that region's centre: the two
  disagree, and no point is given (:func:`town_elsewhere`); a name the region holds no place of, and which is
  no such town, still gives the region (a village the gazetteer lacks), unless its one namesake within the region's
  circle lies just beyond the region's border ("Filativka, Kherson region" is the Filativka GeoNames puts in Crimea,
  at the isthmus) (:func:`on_the_border`);
- a common English word read as the name of hamlets only (each of fewer than HAMLET_POPULATION people), used as a
  common noun ("damage at the Port of Mykolaiv": after "the", or before "of" and a name), is no place where the
  text names no region (:func:`common_word`), and "the Sea of Azov" is a water, not the town (:func:`water_of`);
- a place of Ukraine or Russia is not the place of a name that a town of a neighbouring country bears as its own
  when it was reached only by a spelling variant, or has a tenth of that town's people ("Baranovichi" is the
  Belarusian city of 170,000 people, not the hamlet Baranovtsy; "Mogilev" not the village Mohyliv): the name is
  left unplaced, since the town abroad may be named in passing ("ahead of the Minsk summit"); a town known by a
  former name keeps it ("Dzerzhinsk" is Toretsk, not the Belarusian town of 30,000) (:func:`outweighed_abroad`);
- a name read only as a region's, with no word saying it is one, gives that region's centre only when the region
  reaches within WAR_REACH_KM of a line of contact (:func:`within_war_reach`).
"""

from __future__ import annotations

import re
from typing import Any

from trucewatch.geo.admin1 import admin1_name
from trucewatch.geo.distance import distance_km, offset_point
from trucewatch.geo.gazetteer import (
    ABROAD_CITY_POPULATION,
    BORDER_COUNTRIES,
    HOME_COUNTRIES,
    MATCHED_BY,
    GeoMatch,
    admin1_match,
    country_code,
    geocode_candidates,
    reverse_admin1,
)
from trucewatch.nlp.pipeline import Frame
from trucewatch.nlp.place_choice import (
    FIRE_REACH_KM,
    HAMLET_POPULATION,
    WAR_REACH_KM,
    line_of_contact_km,
    listed_with,
)
from trucewatch.nlp.place_names import NAME, TOWN_POPULATION, admin1_of, english_words
from trucewatch.nlp.place_roles import ELSEWHERE_ROLES, name_role

_JOIN = r"\s*(?:,\s*and|,|and|&|or|/|-|–)\s*"
# "Kherson & Dnepropetrovsk oblasts", "the Donetsk and Luhansk regions", "the Kharkiv-Luhansk oblast border"
_SHARED_NOUN = re.compile(r"(?P<names>" + NAME + r"(?:" + _JOIN + NAME + r")*)\s+(?:(?i:regions|oblasts|provinces)"
                          r"\b|(?i:region|oblast|province)\s+(?i:border|boundary|line)\b)")
# "Kharkiv oblast and Luhansk oblast", "Sumy region, Chernihiv region"
_EACH_NOUN = re.compile(r"(?P<first>" + NAME + r")\s+(?i:region|oblast|province)" + _JOIN + r"(?:the\s+)?(?P<second>"
                        + NAME + r")\s+(?i:region|oblast|province)\b")
_SPLIT = re.compile(r"\s*(?:,\s*and|,|\band\b|&|\bor\b|/|-|–)\s*")
# "in Belarus", "inside Russia", "within the Russian Federation": the country the sentence puts its event in ("from
# Belarus", "to Russia", "Russia's war" and "Russia-occupied" say no such thing)
_IN_COUNTRY = re.compile(r"\b(?i:in|inside|within|across|throughout|through)\s+(?:the\s+)?(?P<country>Belarus|Russia|"
                         r"Russian\s+Federation|RF|Moldova|Poland|Romania|Hungary|Slovakia)\b(?![-'’])")

# a common noun's use: after "the", or before "of" and a name ("the Port of Mykolaiv", "Port of Odesa")
_THE_BEFORE = re.compile(r"\b(?i:the)\s+$")
_OF_NAME_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-ZА-ЯІЇЄҐ]")
_WATER_BEFORE = re.compile(r"\b(?i:sea|gulf|bay|strait)\s+of\s+(?:the\s+)?$")

# A town named where the text names a region that does not hold it disagrees with the region when few places bear
# its name (at most this many) and it has ten times the people of any of them; a place of Ukraine or Russia with a
# tenth of the people of a town abroad bearing its name yields to that town.
FEW_NAMESAKES = 3
TOWN_OUTWEIGHS = 10


def regions_listed(sentence: str) -> tuple[tuple[str, ...], list[tuple[int, int]]]:
    """The regions a sentence names together (two or more distinct oblasts), and the spans that name them."""
    codes: list[str] = []
    spans: list[tuple[int, int]] = []
    for match in _SHARED_NOUN.finditer(sentence):
        names = [name for name in _SPLIT.split(match.group("names")) if name]
        found = [admin1_of(name) for name in names]
        # "the Kharkiv oblast border" alone, or a list led by a word that is no region's: not regions listed
        if len(names) > 1 and all(found) and len(set(found)) > 1:
            codes.extend(code for code in found if code)
            spans.append(match.span())
    for match in _EACH_NOUN.finditer(sentence):
        pair = (admin1_of(match.group("first")), admin1_of(match.group("second")))
        if all(pair) and pair[0] != pair[1]:
            codes.extend(code for code in pair if code)
            spans.append(match.span())
    return tuple(dict.fromkeys(codes)), spans


def within(spans: list[tuple[int, int]], position: int) -> bool:
    return any(start <= position < end for start, end in spans)


def several_regions(codes: tuple[str, ...]) -> dict[str, Any]:
    """No point: the sentence names several regions together, and none of them alone is its place."""
    names = ", ".join(centre.name if (centre := admin1_match(code)) else code for code in codes)
    return {"name": None, "admin1_code": None, "country": None,
            "basis": f"{len(codes)} regions are named together ({names}): none of them alone is the place, so no "
                     "region's centre is given"}


def country_named(sentence: str) -> str | None:
    """The foreign country the sentence puts its event in ("in Belarus"), or None; not one named as where fire
    came from or people set out ("shelling from positions in Russia hit Velyka Pysarivka")."""
    for match in _IN_COUNTRY.finditer(sentence):
        role = name_role(sentence, match.start("country"))
        code = country_code(" ".join(match.group("country").split()))
        if code not in (None, "UA") and role not in (*ELSEWHERE_ROLES, "origin"):
            return code
    return None


_REGION_WORDS = re.compile(r"\s+(?i:region|oblast|province|voblast)\s*$")


def region_abroad(admin_text: str | None) -> str | None:
    """The country of a region abroad that the text names after a place by its centre, a city of
    ABROAD_CITY_POPULATION people or more of one country bordering Ukraine ("Yelsk, Gomel region", "Kalinkavichy,
    Homel": Belarus); None for any other text (a region of Ukraine or Russia is read before this is asked)."""
    if not admin_text:
        return None
    name = _REGION_WORDS.sub("", admin_text).strip()
    countries = {m.country for country in BORDER_COUNTRIES for m in geocode_candidates(name, country=country)
                 if m.matched_by != MATCHED_BY[2] and m.population >= ABROAD_CITY_POPULATION}
    return countries.pop() if len(countries) == 1 else None


def conflicts_with_country(match: GeoMatch, country: str | None) -> bool:
    """Whether ``match`` lies outside the foreign country the sentence names while being too weak a reading to
    outweigh it: a village, or a place found only by an alternate name or a spelling variant."""
    return (country is not None and match.source != "admin1-centre" and match.country != country
            and (match.population < TOWN_POPULATION or match.matched_by != MATCHED_BY[0]))


def water_of(sentence: str, start: int) -> bool:
    """Whether the name at ``start`` names a water ("the Sea of Azov", "the Gulf of Finland"), not a town."""
    return _WATER_BEFORE.search(sentence, max(0, start - 12), start) is not None


def common_word(sentence: str, start: int, name: str) -> bool:
    """Whether ``name`` at ``start`` is a common English word used as a noun ("the Port of Mykolaiv") that only
    hamlets bear (each of fewer than HAMLET_POPULATION people)."""
    as_noun = (_THE_BEFORE.search(sentence, max(0, start - 8), start)
               or _OF_NAME_AFTER.match(sentence, start + len(name)))
    if name.lower() not in english_words() or not as_noun:
        return False
    return all(m.population < HAMLET_POPULATION for m in geocode_candidates(name) if m.source != "admin1-centre")


def outweighed_abroad(name: str, match: GeoMatch) -> bool:
    """Whether ``match``, a place of Ukraine or Russia read for ``name``, yields to a town of a neighbouring
    country (TOWN_POPULATION people or more) bearing the name as its own: when ``match`` was reached only by a
    spelling variant, or has less than a TOWN_OUTWEIGHS-th of that town's people."""
    if match.country not in HOME_COUNTRIES or match.source == "admin1-centre":
        return False
    towns = [m for country in BORDER_COUNTRIES for m in geocode_candidates(name, country=country)
             if m.matched_by == MATCHED_BY[0] and m.population >= TOWN_POPULATION]
    town = max(towns, key=lambda m: m.population, default=None)
    return town is not None and (match.matched_by == MATCHED_BY[2]
                                 or match.population * TOWN_OUTWEIGHS <= town.population)


def within_war_reach(region: GeoMatch) -> bool:
    """Whether some part of a region (its centre's circle) lies within WAR_REACH_KM of a line of contact: a name
    read only as a region's far beyond it ("Primorsky" alone is no report from Russia's Far East, 7,000 km away,
    but a settlement's name the reader did not take) gives no region's centre."""
    return line_of_contact_km(region.lat, region.lon) - region.precision_km <= WAR_REACH_KM


def town_elsewhere(name: str, code: str) -> GeoMatch | None:
    """The town ``name`` means, when it lies outside the circle of the region ``code`` the text names (which holds
    no place of the name): one of TOWN_POPULATION people bearing the name itself, TOWN_OUTWEIGHS times any other
    of at most FEW_NAMESAKES places that bear the name; None otherwise."""
    found = [m for m in geocode_candidates(name) if m.source != "admin1-centre"]
    if not found or len(found) > FEW_NAMESAKES:
        return None
    town = max(found, key=lambda m: m.population)
    if town.matched_by != MATCHED_BY[0] or town.population < TOWN_POPULATION or any(
            m is not town and m.population * TOWN_OUTWEIGHS > town.population for m in found):
        return None
    centre = admin1_match(code)
    if centre is None or distance_km(town.lat, town.lon, centre.lat, centre.lon) <= centre.precision_km:
        return None
    return town


# A place of a neighbouring region lies on the border of the region the text names when a point this far from it
# lies nearer a place of that region than of any other (the nearest-place reading of reverse geocoding).
BORDER_KM = 15.0
_BORDER_BEARINGS = 8


def on_the_border(name: str, code: str) -> GeoMatch | None:
    """The one place bearing ``name`` that lies outside the region ``code`` the text names (which holds no place of
    the name) but on its border: within the region's circle, with some point BORDER_KM from it in that region by its
    nearest place ("near Filativka, located in the Kherson region": the gazetteer's Filativka lies in Crimea, at the
    isthmus). None when no namesake or more than one lies so, or the region is no first-level unit the gazetteer
    knows. A village the gazetteer lacks whose name a village beyond the border bears is the cost: a namesake on
    the border, within the circle, where a name has few bearers, is the likelier reading."""
    centre = admin1_match(code)
    if centre is None:
        return None
    near = [m for m in geocode_candidates(name, limit=500) if m.source != "admin1-centre"
            and m.admin1_code not in (code, None) and m.country == centre.country
            and distance_km(m.lat, m.lon, centre.lat, centre.lon) <= centre.precision_km]
    if len(near) != 1:
        return None
    match = near[0]
    for bearing in range(_BORDER_BEARINGS):
        lat, lon = offset_point(match.lat, match.lon, BORDER_KM, 360.0 * bearing / _BORDER_BEARINGS)
        if (found := reverse_admin1(lat, lon)) is not None and found[1] == code:
            return match
    return None


def disagreeing(name: str, town: GeoMatch, code: str) -> dict[str, Any]:
    """No point: the region the text names and the town it names disagree (:func:`town_elsewhere`)."""
    centre = admin1_match(code)
    beyond = distance_km(town.lat, town.lon, centre.lat, centre.lon) - centre.precision_km if centre else 0.0
    where = f" of {admin1_name(town.admin1_code)}" if town.admin1_code else ""
    return {"name": None, "admin1_code": None, "country": None,
            "basis": f"{name}: the town{where} ({town.population:,} people) lies {beyond:.0f} km beyond "
                     f"{admin1_name(code)}, which the sentence names, and that region holds no place of the name: "
                     "the two disagree, so no point is given"}


def put_admin1_only(frame: Frame, code: str | None, unplaced: list[str] | None = None,
                    anchors: list[tuple[float, float]] | None = None) -> None:
    """Only the oblast is known: its centre, with its radius as the precision (never a city's point).
    ``unplaced``: the names the text gives that the gazetteer could not place there (said in the basis); with
    the text's other places (``anchors``) close together in the oblast, their middle instead
    (:func:`~trucewatch.nlp.place_choice.listed_with`)."""
    centre = admin1_match(code) if code else None
    if centre is None:
        frame.put("location", {"admin1_code": code, "name": None})
        return
    named = ", ".join(dict.fromkeys(unplaced or ()))
    near = listed_with(anchors or [], centre) if named else None
    if near is not None:
        lat, lon, precision, count = near
        frame.put("location", {"name": None, "admin1_code": code, "country": centre.country, "lat": lat, "lon": lon,
                               "precision_km": precision, "source": "listed-places",
                               "basis": f"{named}: not in the gazetteer within {centre.name}; "
                                        + (f"the middle of the {count} other places the text names there, the "
                                           "precision covering them" if count > 1 else
                                           f"the other place the text names there, the precision {precision:.0f} "
                                           "km round it")})
        return
    basis = (f"{named}: not in the gazetteer within {centre.name}; only the region is placed (its centre, "
             f"{centre.precision_km:.0f} km)" if named else
             f"only the region is named: its centre, {centre.precision_km:.0f} km")
    frame.put("location", {"name": None, "admin1_code": code, "country": centre.country, "lat": centre.lat,
                           "lon": centre.lon, "precision_km": centre.precision_km, "source": centre.source,
                           "basis": basis})


def far_abroad(location: dict[str, Any]) -> bool:
    """Whether a location lies abroad and more than FIRE_REACH_KM from every line of contact: where soldiers came
    from ("Russian soldiers from Pskov killed"), never where the war's event was."""
    return location.get("lat") is not None and abroad_beyond_reach(location.get("country"), location["lat"],
                                                                   location["lon"])


def abroad_beyond_reach(country: str | None, lat: float, lon: float) -> bool:
    """Whether a point of a country other than Ukraine lies more than FIRE_REACH_KM from every line of contact."""
    return country not in (None, "UA") and line_of_contact_km(lat, lon) > FIRE_REACH_KM


def beyond_fire_reach(location: dict[str, Any]) -> bool:
    """Whether a location with a point lies more than FIRE_REACH_KM from every line of contact (anywhere)."""
    return location.get("lat") is not None and line_of_contact_km(location["lat"], location["lon"]) > FIRE_REACH_KM


# a clause of its own after a comma or a semicolon ("In Kharkiv, the mayor said …, and in Khmelnytskyi region the
# administration reported …"): a round-up's places, each in its clause
_CLAUSE_BREAK = re.compile(r",\s*(?:and|while|but|whereas)\s+|;\s+", re.IGNORECASE)
_REGION_NAMED = re.compile(r"\b[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?\s+(?i:region|oblast|province|krai)\b")


def region_in_a_later_clause(sentence: str, end: int) -> bool:
    """Whether the sentence names its first region only after the name ending at ``end`` and a clause break after
    it ("In Kharkiv, … left the city without power, and in Khmelnytskyi region …"): that region bounds its own
    clause's places, not this name's."""
    region = _REGION_NAMED.search(sentence)
    return region is not None and region.start() >= end and _CLAUSE_BREAK.search(
        sentence, end, region.start()) is not None


# an attack told of the whole country: "on Ukraine's power system", "across Ukraine", "nationwide", "across the
# country" (a round-up's opening before its places)
_NATIONWIDE = re.compile(r"\b(?:(?:Ukraine|Russia)['’]s\s+(?:(?:whole|entire|national)\s+)?(?:power|energy|electricity|"
                         r"gas)\s+(?:system|grid|network|infrastructure)|(?i:across|throughout|all\s+over)\s+"
                         r"(?:Ukraine|Russia|the\s+country)\b|(?i:nationwide)\b)")


def nationwide(sentence: str) -> bool:
    """Whether the sentence tells of an attack on the whole country, which no one region the text names holds."""
    return _NATIONWIDE.search(sentence) is not None
