"""The place component: which settlement an event sentence names, placed through the offline gazetteer.

Names come from patterns (after prepositions, "X, Oblast", ACLED's "coded to X"), and from spaCy's
GPE/LOC/FAC entities when no pattern places a sentence. The context that helps choose among same-named
settlements (the oblast and raion the text names, the area its actors imply, the places with a single reading, the
event's day for front-line acts) is read by :mod:`trucewatch.nlp.place_context`; the choice itself is
:mod:`trucewatch.nlp.place_choice`
(the oblast the text names comes first: candidates are looked up inside it). Each choice says why
(``basis``, kept in the report's provenance as ``location_basis``).
A settlement always beats an oblast-only reading of a name ("shelled DPR positions in Horlivka").

A false place is worse than no place: an English word or an acronym matched only by an alternate name or a
spelling variant is no place; such a match far beyond the oblast the text names, or far from every other
place it names, is refused (a place bearing the name there is kept, flagged); a name the gazetteer cannot
place gives its oblast at the oblast's precision, never the oblast's capital. A street's, a river's or a city
part's name is no settlement, a facility gives its town only when it is named after a town, and namesakes far
apart in a text that names no region give no point unless a town far outweighs them (the basis says so). A
town abroad is taken only where the text names its country (a city of 100,000+ across Ukraine's border also
without it). "17 km NE of X" and "in southeastern X" move the point, "the X axis" and "the X area" widen the
precision, and say so (:mod:`trucewatch.nlp.place_shape`). A name in another role
than the event's place ("launched from Belgorod", "the same as in Bucha", a dateline, "officials in Moscow
said") is none; one that says where something went or came from ("heading to X", "fleeing X") yields to any
other place named, its precision widened when something went or set out from it. Which names a sentence gives
is read by :mod:`trucewatch.nlp.place_names` (a compound name whole: :mod:`trucewatch.nlp.place_whole`); evidence
that bounds where the event may be (regions named together, a country the sentence names, a region that does not hold
the town named) by :mod:`trucewatch.nlp.place_scope`; readings too weak for the event's place (far from where the
text is, a spelling far from the day's line, a raion's name read as a village) by :mod:`trucewatch.nlp.place_far`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from trucewatch.geo.admin1 import admin1_code, admin1_name
from trucewatch.geo.city_districts import City, cities_with_district, is_district_of
from trucewatch.geo.distance import distance_km
from trucewatch.geo.gazetteer import (
    BORDER_COUNTRIES,
    HOME_COUNTRIES,
    MATCHED_BY,
    GeoMatch,
    abroad_town,
    admin1_match,
    country_code,
    geocode_candidates,
    is_place_name,
)
from trucewatch.nlp.pipeline import ArticleState, Frame, component
from trucewatch.nlp.place_choice import (
    FIRE_REACH_KM,
    UNDECIDED_MARK,
    choose,
    line_of_contact_km,
)
from trucewatch.nlp.place_context import EVERY_READING, Placing, admin1_named, article_context, fit_frame, within_fire
from trucewatch.nlp.place_far import (
    CAUTION,
    a_model_name,
    a_village_beyond_the_oblast,
    a_village_beyond_the_raion,
    far_from_context,
    raion_word_misread,
    spelt_beyond_the_line,
    spelt_unlike,
)
from trucewatch.nlp.place_front import presence_beyond_the_war
from trucewatch.nlp.place_kinds import village_readings
from trucewatch.nlp.place_known import KNOWN_MARK, known_in_ukraine
from trucewatch.nlp.place_known import gives_point as _gives_point
from trucewatch.nlp.place_landmarks import kind_before
from trucewatch.nlp.place_names import (
    CAPITAL_NEXT,
    CITY_POPULATION,
    CODED_TO,
    DISTRICT_MAX_KM,
    NOT_PLACES,
    RAION_AFTER,
    admin1_of,
    english_words,
    leading_place,
    names_a_speaker,
    names_another_thing,
    names_in,
    settlement_in,
    strip_words,
)
from trucewatch.nlp.place_raion_village import (
    several_before_raion,
    title_raion,
    village_in_sentence,
    village_location,
)
from trucewatch.nlp.place_raions import (
    raion_location,
    raion_named,
)
from trucewatch.nlp.place_readings import may_name_a_place
from trucewatch.nlp.place_roles import (
    ELSEWHERE_ROLES,
    from_home,
    in_speakers_words,
    name_role,
    named_elsewhere,
    region_body_in,
    speaking_region_body,
)
from trucewatch.nlp.place_scope import (
    abroad_beyond_reach,
    beyond_fire_reach,
    common_word,
    conflicts_with_country,
    country_named,
    disagreeing,
    far_abroad,
    nationwide,
    on_the_border,
    outweighed_abroad,
    put_admin1_only,
    region_abroad,
    region_in_a_later_clause,
    regions_listed,
    several_regions,
    town_elsewhere,
    water_of,
    within_war_reach,
)
from trucewatch.nlp.place_shape import ROUTE_KM, where_in_or_around, widened
from trucewatch.nlp.place_sites import FROM_ROLES as _FROM_ROLES
from trucewatch.nlp.place_sites import location_of as _location
from trucewatch.nlp.place_sites import place_site
from trucewatch.nlp.place_whole import joined, read_whole
from trucewatch.nlp.sources import OFFICIALS_IN, mayor_of
from trucewatch.nlp.spacy_support import labelled_entities

# Roles of a name that give the event's place only when the sentence names no other: where people came from or
# live (a place far abroad is none: "soldiers from Pskov killed"); where something went or set out from, a point
# on the way (the precision widened)
_ON_THE_WAY = {"destination": "was going", "origin": "set out from"}
# a route's end beats where it set out from and the front's sector it lies in ("a convoy moving from Belgorod to
# Kharkiv"); not where people lived ("residents of Vovchansk evacuated to Kharkiv after shelling": Vovchansk)
_YIELDS_TO_DESTINATION = ("origin", "axis")


# "at 11:40 Moscow time": a clock's zone, no place
_ZONE_AFTER = re.compile(r"\s+time\b", re.IGNORECASE)


@component("trucewatch.place.v2", reads=("frames.event",), writes=("frames.location",))
def place(state: ArticleState) -> None:
    """Where: place names after prepositions, oblast and raion context, disambiguated by the article's other
    places; spaCy GPE/LOC entities when no pattern finds a place."""
    context = article_context(state)
    state.context_admin1 = context.admin1
    unresolved: list[Frame] = []
    for frame in state.frames:
        fit_frame(context, frame, state)
        if not _place_by_pattern(frame, context):
            unresolved.append(frame)
        elif _unplaced(frame) and _speakers_town(frame, context, state):
            pass  # "Officials in Saratov said ... the city's refinery": the speakers' town, named again as the city
        elif (region := _region_only(frame)) is not None and not (
                _CITY_AGAIN.search(frame.sentence) and _speakers_town(frame, context, state)):
            # "The substation supplying the town of X was put out of action. The head of Y region blamed a strike":
            # a settlement of the region, named in the sentence before or after with no event of its own ("the head
            # of occupied Donetsk region said ... in the city's Kuibyshevsky district": the city it is named after)
            _place_from_neighbour(frame, state, context, region)
    # the model runs only on the sentences where it could find a name to place (it costs more than the rest)
    named = [frame for frame in unresolved if may_name_a_place(frame.sentence)]
    found = labelled_entities([frame.sentence for frame in named], ("GPE", "LOC", "FAC", "ORG")) if named else []
    entities_of = dict(zip(map(id, named), found, strict=True))
    for frame in unresolved:
        fit_frame(context, frame, state)
        if (village := village_in_sentence(frame.sentence, context.admin1)) is not None:
            frame.put("location", *village)  # "Pokrovske, Synelnykove raion: drone strike", where no preposition is
            continue
        if (several := several_before_raion(frame.sentence, context.admin1)) is not None and _try_place(
                frame, several[0], several[1], None, context):
            continue  # "Dmytrivka, Bucha district: …": two of the raion's villages bear the name, the choice weighs
        for name, label, start, end in entities_of.get(id(frame), []):
            # "the Dnipro river" is no town; "Mariupol Drama Theater" (an organisation to the model) is in
            # Mariupol; an organisation that is no facility ("Azov Regiment") names no place
            if not name[:1].isupper():
                continue  # a word in lower case ("в результате", "as a result" in a Russian line) is no name
            settlement, feature = settlement_in(name, frame.sentence, end)
            if settlement is None or (label == "ORG" and not feature):
                continue
            if speaking_region_body(frame.sentence, start) and _town_told_before(frame, state):
                break  # "Bombs kept falling on Kupiansk. A glide bomb hit flats in the town, Kharkiv regional
                # governor X said": the town told before, not the city the speaker's region is named after
            if CAPITAL_NEXT.match(frame.sentence, end) or kind_before(frame.sentence, start) or \
                    _ZONE_AFTER.match(frame.sentence, end) or \
                    names_another_thing(name, frame.sentence, (start, end)) or \
                    names_a_speaker(frame.sentence, end) or \
                    named_elsewhere(frame.sentence, start):
                continue  # "Nova" of "Nova Khakhova"; "restaurant Ukrayina" is the restaurant's name; "Kiev
                # forces" are a side
            if _try_place(frame, settlement, (start, start + len(settlement)), None, context,
                          republic=_republic(settlement, frame.sentence, end),
                          alone=_alone_on_its_line(frame.sentence, (start, end))):
                if _unplaced(frame):
                    _speakers_town(frame, context)  # "Kharkiv mayor X said ... the city's Kyivskyi district"
                break
        else:
            if (unit := title_raion(frame.sentence, context.admin1)) is not None:
                frame.put("location", unit)  # "Nikopol district: artillery hit three communities"
            elif not _place_from_neighbour(frame, state, context) and not _speakers_town(frame, context, state) and \
                    not _district_alone(frame, context) and not _town_told_before(frame, state) and \
                    context.admin1 and not context.admin1_speaks and not nationwide(frame.sentence):
                put_admin1_only(frame, context.admin1)


def _republic(name: str, sentence: str, end: int) -> str | None:
    """The oblast whose separatist entity the name ending at ``end`` names ("Donetsk republic", "Lugansk
    People's Republic"), or None."""
    return admin1_code(name) if _REPUBLIC_AFTER.match(sentence, end) else None


def _of_republic(city: dict[str, Any], code: str) -> dict[str, Any]:
    """"Shelling in Donetsk republic": the entity named after its capital, which is its point; the precision
    its oblast's, since the event may lie anywhere in it."""
    centre = admin1_match(code)
    if centre is None or city.get("precision_km") is None or city["precision_km"] >= centre.precision_km:
        return city
    return {**city, "precision_km": centre.precision_km,
            "basis": f"{city['basis']}; the republic named after the city, not the city: the precision its "
                     f"oblast's ({centre.precision_km:.0f} km)"}


def _region_only(frame: Frame) -> str | None:
    """The region of a frame placed only at its region's centre, else None."""
    location = frame.values.get("location")
    if isinstance(location, dict) and location.get("name") is None and location.get("admin1_code"):
        return str(location["admin1_code"])
    return None


def _place_from_neighbour(frame: Frame, state: ArticleState, context: Placing, region: str | None = None) -> bool:
    """A sentence that names no place takes the settlement named in the sentence right after (or before) it
    when that one reports no event of its own: a split sentence ("Damage to school no." / "11 in Bakhmut") or
    a caption's second line. ``region``: the sentence names only that region, and the settlement must lie in it."""
    with_events = {other.index for other in state.frames}
    for index, where in ((frame.index + 1, "next"), (frame.index - 1, "previous")):
        if index in with_events or not 0 <= index < len(state.sentences):
            continue
        start, end = state.sentences[index]
        neighbour = state.article.text[start:end]
        for name, span, admin_text, near in names_in(neighbour):
            cleaned, glued = strip_words(name)
            if len(cleaned) < 3 or name_role(neighbour, span[0]) in ELSEWHERE_ROLES:
                continue  # "… killed in the war zone. Born in 1995 in Mykhlia": not where it happened
            location = _locate(("near " if near else "") + cleaned,
                               admin1_of(admin_text) or glued or region or context.admin1, context)
            if region is not None and location is not None and location.get("admin1_code") != region:
                continue
            if location is not None and location.get("lat") is not None and location["source"] != "admin1-centre":
                if _too_weak_for_a_neighbour(location, context):
                    continue
                location["basis"] += f"; named in the {where} sentence, which reports no event of its own"
                frame.put("location", location)
                return True
    return False


# "Konotop Mayor Artem Semenikhin said ... in the town": the town of a mayor who speaks, named again by "the town"
_MAYORS_TOWN = mayor_of("city|town", bodies=True)
_CITY_AGAIN = re.compile(r"\b(?:in|of|on|near|across|around|over)\s+the\s+city\b(?!\s+of\b)|\bthe\s+city['’]s\b",
                         re.IGNORECASE)
# "Denis Pushilin, the Russian-installed head of occupied Donetsk": the head of a town (not of a region's body)
_HEAD_OF_TOWN = re.compile(r"\b(?:head|leader|chief)\s+of\s+(?:(?:occupied|Russian-held|Russian-occupied|"
                           r"Ukrainian-held)\s+)?(?P<after>[A-Z][a-z'\-]{3,})\b(?![\s\-]+(?i:region|oblast|"
                           r"regional|administration|city\s+administration|republic|people))")
_TOWN_AGAIN = re.compile(r"\b(?:in|of|on|near|across|around|over|above|outside)\s+the\s+(?:town|city|village)\b"
                         r"(?!\s+of\b)|\bthe\s+(?:town|city|village)['’]s\b", re.IGNORECASE)


# an acronym in the plural ("POWs", "IDPs", "APCs") is a kind of people or things, never a settlement the gazetteer
# lacks
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
# a district named by its English adjective ("in the Saltivskyi district")
_DISTRICT_NAMED = re.compile(r"\b(?P<d>[A-Z][\w'’\-]+)\s+district\b")


def _district_of(sentence: str, town: str) -> bool:
    """Whether the sentence names a district of ``town`` by its English name (:mod:`trucewatch.geo.city_districts`)."""
    return any(is_district_of(found.group("d"), town) for found in _DISTRICT_NAMED.finditer(sentence))


def _district_alone(frame: Frame, context: Placing) -> bool:
    """A sentence that names no settlement but a city's district by its English name, which no other city's district
    bears ("a glide bomb hit a block of flats in the Saltivskyi district"): the event is in that city."""
    for found in _DISTRICT_NAMED.finditer(frame.sentence):
        cities = cities_with_district(found.group("d"))
        if len(cities) != 1:
            continue
        location = _locate(cities[0].name, cities[0].region, context)
        if location is None or location.get("lat") is None or location["source"] == "admin1-centre":
            continue
        location["basis"] += f"; the city whose district the text names ({found.group(0)}), no other city's"
        frame.put("location", location, found.span("d"))
        return True
    return False


def _city_of_district(name: str, context: Placing, sentence: str) -> City | None:
    """The one city the article names that has a district of the English ``name`` ("Kherson" of "Dniprovskyi"); None
    when the sentence itself names it ("the Kirovskyi district of Donetsk": placed by the sentence's own reading)."""
    cities = [city for city in cities_with_district(name)
              if re.search(rf"\b{re.escape(city.name)}\b", context.text)]
    if len(cities) != 1 or re.search(rf"\b{re.escape(cities[0].name)}\b", sentence):
        return None
    return cities[0]


def _unplaced(frame: Frame) -> bool:
    """Whether a frame has no place, or only a name whose readings the text did not decide among (no point), or a
    part of a city the sentence calls the city's that lies far from every city its speaker may be of ("Kharkiv mayor
    X said ... in the city's Shevchenkivskyi district", read as Kyiv's; "the Zaporizhzhia city military administration
    said ... in the Shevchenkivskyi district": :func:`_speakers_town` decides)."""
    location = frame.values.get("location")
    if isinstance(location, dict) and location.get("lat") is not None and location.get("name"):
        return any(str(location["name"]).startswith(part.group(1)) for part in (
            *_CITYS_PART.finditer(frame.sentence), *_DISTRICT_NAMED.finditer(frame.sentence)))
    return location is None or (isinstance(location, dict) and location.get("lat") is None
                                and location.get("name") is None and location.get("admin1_code") is None)


# "in the city's Kyivskyi district": a part of the city named before by name
_CITYS_PART = re.compile(r"\bthe\s+city['’]s\s+(?P<name>[A-Z][\w'’\-]+)")


def _town_told_before(frame: Frame, state: ArticleState) -> bool:
    """A sentence that names no place of its own but "the town" or "the city", and a region whose body speaks ("The
    bombs kept falling on Kupiansk. A glide bomb hit a block of flats in the town at 14:40, Kharkiv regional governor
    X said"), takes the settlement of the nearest event before it in the article, which it names again."""
    earlier = [other for other in state.frames if other.index < frame.index]
    if not _TOWN_AGAIN.search(frame.sentence) or not earlier:
        return False
    location = earlier[-1].values.get("location")
    if not (isinstance(location, dict) and location.get("lat") is not None and location.get("name")) or (
            location.get("source") in ("admin1-centre", None) or UNDECIDED_MARK in str(location.get("basis", ""))):
        return False  # (no settlement of its own, or one the text did not decide)
    told = dict(location)
    told["basis"] = f"{told.get('basis', '')}; the town of the event told before, which the sentence names again"
    frame.put("location", told)
    frame.put("place_told_before", True)  # (extract.told_again: the event before, named again, may be this one)
    return True


def _quote_begun_before(frame: Frame, state: ArticleState | None) -> str:
    """The sentence before the frame's when a quotation it opens runs on into the frame's ('"The guns opened up on
    the city at two. One shell hit our plant," the head of the Kherson regional military administration said'), else
    "" (the words of one quotation are one speaker's)."""
    if state is None or frame.index <= 0 or frame.index > len(state.sentences):
        return ""
    start, end = state.sentences[frame.index - 1]
    before = state.article.text[start:end].strip()
    marks = sum(before.count(mark) for mark in ('"', "“", "”"))
    return before if before.startswith(('"', "“")) and marks % 2 == 1 else ""


def _speakers_town(frame: Frame, context: Placing, state: ArticleState | None = None) -> bool:
    """A sentence that names no place of its event but "the town" or "the city" ("a drone had struck a substation in
    the town"), whose speaker is a town's mayor or its officials ("Konotop Mayor X said", "Officials in Saratov
    said", "the Russian-installed head of occupied Donetsk"): the event's place is their town (also when the
    sentence's own name for a part of it, "the city's Kyivskyi district", has readings elsewhere and none decided);
    "the city" when the sentence names a region's own body ("the head of the Kherson regional military
    administration ... the city's Korabelnyi district", "Voronezh governor X ... over the city", also in the
    sentence before when one quotation runs over both): the city the region is named after."""
    said = frame.spans.get("claimant")
    mayor = (_MAYORS_TOWN.search(frame.sentence, said[0], said[1]) or OFFICIALS_IN.fullmatch(
        frame.sentence, said[0], said[1]) or _HEAD_OF_TOWN.search(frame.sentence, said[0], said[1])
             ) if said else None
    # (the town's name without the possessive the mayor's pattern may keep: "Kharkiv's mayor")
    town = re.sub(r"['’]s$", "", mayor.groupdict().get("before") or mayor.group("after")) if mayor else ""
    if mayor is not None and not _TOWN_AGAIN.search(frame.sentence) and not _district_of(frame.sentence, town):
        mayor = None  # ("Kharkiv's mayor reported that a bomb landed in the Saltivskyi district": a district of his)
    if mayor is not None:
        why = "the town of the mayor or officials who speak, which the sentence names again as the town"
    elif (_CITY_AGAIN.search(frame.sentence) or _CITY_AGAIN.search(_quote_begun_before(frame, state))) and (
            body := region_body_in(frame.sentence)) is not None:
        town = re.sub(r"['’]s$", "", body)  # ("Sevastopol's Russian-installed governor")
        why = ("the city its region is named after, whose own body the sentence names, which the sentence names "
               "again as the city")
    else:
        return False
    location = _locate(town, context.admin1, context)
    if location is None or location.get("lat") is None or location["source"] == "admin1-centre" or (
            mayor is None and admin1_code(town) != location.get("admin1_code")):
        return False  # (a region's body: only the city its region is named after, "Kherson" of Kherson oblast)
    placed = frame.values.get("location")
    # (a region's centre is no part named)
    if isinstance(placed, dict) and placed.get("lat") is not None and placed.get("source") != "admin1-centre" and (
            distance_km(placed["lat"], placed["lon"], location["lat"], location["lon"]) <= DISTRICT_MAX_KM):
        return False  # the part named is the town's own
    location["basis"] += f"; {why}"
    frame.put("location", location)
    return True


def _alone_on_its_line(sentence: str, span: tuple[int, int]) -> bool:
    """Whether the name at ``span`` is the whole of its line, in a sentence of several lines (a headline's tag or a
    caption: the name says nothing of its role, and may be a person's)."""
    if "\n" not in sentence.strip():
        return False
    start = sentence.rfind("\n", 0, span[0]) + 1
    end = sentence.find("\n", span[1])
    line = sentence[start:end if end >= 0 else len(sentence)]
    return line.strip(" \t\r.,;:-–—") == sentence[span[0]:span[1]].strip()


def _too_weak_for_a_neighbour(location: dict[str, Any], context: Placing) -> bool:
    """Whether a place named in a sentence that reports no event is too far from the war to be the place of the
    event beside it: a name in no role may be a person's ("Pugachev", "Aleksandrov" under a headline of losses), so
    it is not taken when only an alternate name or a spelling variant reads it as a place, when it lies abroad beyond
    FIRE_REACH_KM of every line of contact, or when the event is fire across the line and it lies beyond that
    reach. A name the gazetteer knows only without a point (several places share it) is not measured against the
    lines."""
    if "(found as " in location["basis"] or far_abroad(location):
        return True
    return context.fire and location.get("lat") is not None and \
        line_of_contact_km(location["lat"], location["lon"]) > FIRE_REACH_KM  # a name with no point: not measured


# "Donetsk republic", "Lugansk People's Republic": the separatist entity named after the city
_REPUBLIC_AFTER = re.compile(r"(?:['’]s)?\s+(?i:people['’]?s\s+)?(?i:republic)\b")
_STOP_OR_STREET_AFTER = re.compile(r"\s+(?i:metro|subway|underground|tram|bus|railway|train|station|stop|street|st|"
                                   r"str|avenue|ave|prospekt|prospect|highway|road|lane|boulevard|square)\b")
_GOVERNING_BEFORE = re.compile(r"\b(?:in|by|from)\s+$", re.IGNORECASE)  # "killed in|by X shelling", not "the X"
_EVENT_AFTER = re.compile(r"\s+(?:shelling|shellings|strikes?|attacks?|bombings?|bombardments?|offensive|"
                          r"artillery|missiles?|drones?)\b", re.IGNORECASE)


def _place_by_pattern(frame: Frame, context: Placing) -> bool:
    sentence = frame.sentence
    listed, spans = regions_listed(sentence)
    sentence_admin1 = admin1_named(sentence, spans)
    coded = CODED_TO.search(sentence)
    if not coded and place_site(frame, sentence_admin1 or context.admin1):
        return True
    explicit_admin1: str | None = None
    oblast_only: tuple[dict[str, Any], tuple[int, int]] | None = None
    unplaced: list[str] = []  # names the text gives that the gazetteer cannot place there
    modifier: tuple[dict[str, Any], tuple[int, int]] | None = None
    deferred: tuple[dict[str, Any], tuple[int, int]] | None = None  # a place where something came from or went
    deferred_role: str | None = None
    far: tuple[dict[str, Any], tuple[int, int]] | None = None  # a place far from the rest of the text
    doubted: tuple[dict[str, Any], tuple[int, int]] | None = None  # the same near a line, or with no point
    elsewhere = False  # a name the sentence gives in another role (where a shot came from, a comparison)
    disagree: dict[str, Any] | None = None  # a town the region the sentence names does not hold
    border: tuple[dict[str, Any], tuple[int, int]] | None = None  # the one namesake just beyond that region
    raion_only: dict[str, Any] | None = None  # "in Sverdlovsk raion, Luhansk oblast": the raion
    beyond_oblast = False  # a village read far beyond the one oblast the text names: that oblast instead
    sentence_country = None if sentence_admin1 else country_named(sentence)  # "seen in Belarus near Zhlobin"
    named = names_in(sentence)
    for name, span, admin_text, near in named:
        cleaned, glued = strip_words(name)
        if not cleaned or in_speakers_words(span, frame.spans.get("claimant"), frame.values.get("claimant"), named):
            continue
        cleaned, span = joined(sentence, cleaned, span)  # "Slavyansk na Kubani": the whole name, not Slavyansk
        if list(span) == list(frame.spans.get("claimant_text") or ()) and frame.values.get("claimant") not in (
                None, sentence[span[0]:span[1]]):
            continue  # "Gusev noted that the raid ...": a speaker the source lexicon knows, named by the name alone
            # (a governor's surname; "Mykolaiv reports explosions", a speaker it does not know, stays the city)
        role = name_role(sentence, span[0])
        if role in ELSEWHERE_ROLES or from_home(sentence, span[0]):
            elsewhere = True  # "missiles launched from Belgorod", "the same as in Bucha", "a soldier from Lviv":
            continue  # not the event's place
        admin = (admin1_of(admin_text) if admin_text else None) or glued
        country = None if admin or not admin_text else country_code(admin_text)
        explicit_admin1 = explicit_admin1 or admin
        # ACLED's "coded to X" names the point used: the settlement X, whatever region the text names
        coded_to = bool(coded and span == coded.span("name"))
        # (a region named in a later clause of a round-up bounds that clause: "In Kharkiv, …, and in X region …")
        later = not admin and sentence_admin1 is not None and region_in_a_later_clause(sentence, span[1])
        scope = admin if coded_to else admin or (None if later else sentence_admin1 or context.admin1)
        if water_of(sentence, span[0]) or (scope is None and country is None and common_word(sentence, span[0],
                                                                                              cleaned)):
            continue  # "damage at the Port of Mykolaiv": no hamlet named Port; "the Sea of Azov": no town
        if RAION_AFTER.match(sentence, span[1]) and (city := _city_of_district(cleaned, context, sentence)) is not None:
            # "Residents of Kherson ... a bus stop in the Dniprovskyi district": a district of a city the article
            # names, not the raion of that name elsewhere
            location = _locate(city.name, city.region, replace(context, raion=None, anchors=[]))
            if location is not None and location.get("lat") is not None:
                location["basis"] += f"; the city whose district the text names ({cleaned} district)"
                frame.put("location", location, span)
                return True
        if RAION_AFTER.match(sentence, span[1]) and (code := raion_named(cleaned, scope)) and not coded_to:
            # a settlement named wins; "Stinka in Kupianskyi raion": the one place of the name before it in the raion
            raion_only = raion_only or village_location(sentence, span[0], code, scope) or \
                raion_location(code, cleaned, scope)
            continue
        location = _locate(("near " if near else "") + cleaned, scope, context,
                           explicit=bool(admin or sentence_admin1) and not coded_to and not later, literal=coded_to,
                           country=country,
                           hint=None if admin or country else sentence_country or region_abroad(admin_text))
        if country is not None and location is None:
            context.refused.add(cleaned)  # "Orsha, Belarus": not the Orsha the gazetteer knows in Russia
            continue
        if coded_to and (location is None or location["source"] == "admin1-centre"):
            # "coded to Kyiv, Kyiv": the capital is its own unit, so the oblast given may not hold it
            location = _locate(cleaned, None, context, literal=True) or location
        if admin and not coded_to and location is not None and location["source"] == "admin1-centre":
            location = _enclaved(cleaned, admin, context) or location  # "Kyiv, Kyiv Oblast"
        if location is None and " " in cleaned and not read_whole(cleaned) and (
                town := leading_place(cleaned, town=True)) not in (None, cleaned):
            # "Shelled Kharkiv Cadet Corps": a longer name no place bears, led by a town's
            location = _locate(("near " if near else "") + str(town), scope, context,
                               explicit=bool(admin or sentence_admin1), country=country)
        if location is not None and (republic := _republic(cleaned, sentence, span[1])) is not None:
            location = _of_republic(location, republic)
        if location is None:
            # "near Kharkivska metro station", "on Kyivska street": a street or a stop named after an oblast (its
            # adjective) is in some city, not in the oblast
            region = None if _STOP_OR_STREET_AFTER.match(sentence, span[1]) else admin1_code(cleaned)
            if region and (centre := admin1_match(region)) is not None and within_war_reach(centre):
                # "Explosions in Dnipropetrovsk": no settlement is taken by the name (the city's former name is
                # also an English-list word), but it is an oblast's: the oblast, at its precision
                oblast_only = oblast_only or (_location(cleaned, centre, f"no settlement is taken by that name, "
                                                        f"but it is an oblast's: its centre, {centre.precision_km:.0f}"
                                                        " km"), span)
            elif (len(cleaned) >= 3 and cleaned.lower() not in NOT_PLACES and cleaned.lower() not in english_words()
                  and not _PLURAL_ACRONYM.fullmatch(cleaned)):
                unplaced.append(cleaned)
                if not admin and sentence_admin1 and (bearer := town_elsewhere(cleaned, sentence_admin1)):
                    disagree = disagree or disagreeing(cleaned, bearer, sentence_admin1)  # "Kherson region: … Ochakiv"
                elif (region := explicit_admin1 or sentence_admin1) and (
                        edge := on_the_border(("near " if near else "") + cleaned, region)):
                    border = border or (_location(cleaned, edge, f"{cleaned}: not in the gazetteer within "
                                                  f"{admin1_name(region)}, but the only place of the name on its "
                                                  f"border, in {admin1_name(str(edge.admin1_code))}"), span)
            continue
        if location["source"] != "admin1-centre" and _alone_on_its_line(sentence, span) and \
                _too_weak_for_a_neighbour(location, context):
            continue  # "… killed in rebel east: army" over a line "Pugachev": a person's name, not a Russian town
        if a_model_name(sentence, span, location) or raion_word_misread(sentence, span, location) or \
                presence_beyond_the_war(frame, location, context.front_day, context.oblasts_named):
            continue  # "Tyulpan mortar"; "Umanskoye, Zhovtnevyi raion": no village once called Zhovtnevyi; Russian
            # forces seen in January 2022 "near Pribytki": the Belarusian village, not a Zhytomyr hamlet
        if location["source"] != "admin1-centre":
            location = where_in_or_around(sentence, span, location)
        if location["source"] == "admin1-centre" and role in _FROM_ROLES and \
                location.get("country") not in (None, "UA"):
            elsewhere = True  # "Russian troops from Buryatia shelled houses": where they came from, not the place
            continue
        if location["source"] == "admin1-centre":
            # "shelled DPR positions in Horlivka": an oblast reading of a name waits for a settlement
            oblast_only = oblast_only or (location, span)
            continue
        if _EVENT_AFTER.match(sentence, span[1]) and _GOVERNING_BEFORE.search(sentence, 0, span[0]):
            # "killed in Kiev shelling in Donetsk": a name before the event noun may say whose it was; a place
            # named after it is where ("killed in Kharkiv shelling" alone: Kharkiv)
            modifier = modifier or (location, span)
            continue
        if role is not None:
            # "residents fleeing X were shelled near Y", "a convoy heading to X": a place named in the sentence
            # without such a role is the event's; this one only when there is none; of a route ("a convoy moving
            # from Belgorod to Kharkiv") where it went, not where it set out from
            if deferred is None or (role == "destination" and deferred_role in _YIELDS_TO_DESTINATION):
                deferred, deferred_role = (location, span), role
            continue
        if location.get("lat") is None:
            doubted = doubted or (location, span)  # namesakes far apart, no point: a later name placed may be one
            continue
        if CAUTION in location.get("basis", "") and not (
                sentence_admin1 and location.get("admin1_code") == sentence_admin1):
            # (a place in the region its own sentence names is where the sentence says: "the Kavkazskaya pumping
            # station in Krasnodar region", however far from the other places of the text)
            # "shelling in Yekaterinburg village near Izium": a place far from the rest of the text and from every
            # line of contact yields to a later name of the sentence (which may be far from it too, but lies
            # where the war is); near a line, only to a later name placed without that doubt that lies where the
            # war is too ("at the Pivdennyi bus station in Kherson"), and is taken when there is none
            if a_village_beyond_the_oblast(location, context):
                # "Russian forces shelled Vilkhivka. The Kherson region's governor …": no village of the name 334 km
                # beyond the one oblast the text names, but that oblast at its precision (the village of the name
                # there may be missing from the gazetteer, as for a name it lacks there)
                unplaced.append(cleaned)
                beyond_oblast = True
                continue
            if beyond_fire_reach(location):
                far = far or (location, span)
            else:
                doubted = doubted or (location, span)
            continue
        if doubted is not None and beyond_fire_reach(location) and (
                doubted[0].get("lat") is not None or location.get("country") != "UA"):
            location, span = doubted  # "Damage at Omsk cafe, Mariupol": not for a place far from the war
        frame.put("location", location, span)
        return True
    if raion_only is not None:
        # "shelled Gerasimov, Kharkivskyi raion": no village 765 km beyond the raion the sentence names, but the raion
        # (a town stays: "Kyiv, Podilskyi district" names the city's district, not the raion of Odesa oblast)
        doubted, far = (None if found is not None and a_village_beyond_the_raion(found[0]) else found
                        for found in (doubted, far))
    if doubted is not None:
        frame.put("location", doubted[0], doubted[1])
        return True
    if far is not None and not (explicit_admin1 or sentence_admin1):
        frame.put("location", far[0], far[1])
        return True
    if modifier is not None:
        frame.put("location", modifier[0], modifier[1])
        return True
    if deferred is not None and not (deferred_role in _FROM_ROLES and far_abroad(deferred[0])):
        location = deferred[0]
        if deferred_role in _ON_THE_WAY:
            # where something went or came from: the event was on the way, somewhere near it
            location = widened(location, ROUTE_KM, f"where something {_ON_THE_WAY[deferred_role]}, the only place "
                                                  "the sentence names")
        frame.put("location", location, deferred[1])
        return True
    elsewhere = elsewhere or deferred is not None  # "soldiers from Pskov killed": no point, not Pskov
    if raion_only is not None:
        frame.put("location", raion_only)
        return True
    if disagree is not None and not explicit_admin1:
        frame.put("location", disagree)
        return True
    if border is not None:
        frame.put("location", border[0], border[1])
        return True
    if explicit_admin1 or sentence_admin1 or (beyond_oblast and context.admin1):
        put_admin1_only(frame, explicit_admin1 or sentence_admin1 or context.admin1, unplaced, context.anchors)
        return True
    if listed:
        frame.put("location", several_regions(listed))
        return True
    if oblast_only is not None:
        frame.put("location", oblast_only[0], oblast_only[1])
        return True
    # only names in another role: no point (a false place is worse than none), and no entity read instead
    return elsewhere


def _enclaved(name: str, code: str, context: Placing) -> dict[str, Any] | None:
    """"Kyiv, Kyiv Oblast": a city the gazetteer keeps in a unit of its own, inside the circle of the oblast named
    after it, which the text names right after it: the city, the oblast confirming it."""
    centre, found = admin1_match(code), _locate(name, None, context, literal=True)
    if centre is None or found is None or found.get("lat") is None or found["source"] == "admin1-centre" or \
            distance_km(found["lat"], found["lon"], centre.lat, centre.lon) > centre.precision_km:
        return None
    return {**found, "basis": f"{found['basis']}; {centre.name}, which the text names after it, surrounds it"}


def _try_place(frame: Frame, name: str, span: tuple[int, int], scope: str | None, context: Placing,
               republic: str | None = None, alone: bool = False) -> bool:
    """Place the frame at ``name``; ``republic``: the oblast whose separatist entity the name names
    (:func:`_republic`); ``alone``: the name is the whole of its line (:func:`_alone_on_its_line`)."""
    if name in context.refused:
        return False
    location = _locate(name, scope, context)
    if location is None:
        return False
    if alone and location["source"] != "admin1-centre" and location.get("lat") is not None and \
            _too_weak_for_a_neighbour(location, context):
        return False
    if a_model_name(frame.sentence, span, location) or presence_beyond_the_war(frame, location, context.front_day,
                                                                                 context.oblasts_named):
        return False
    frame.put("location", location if republic is None else _of_republic(location, republic), span)
    return True


_ACRONYM = re.compile(r"[A-Z0-9]{2,6}")


def _locate(name: str, scope: str | None, context: Placing, *, explicit: bool = False,
            literal: bool = False, country: str | None = None, hint: str | None = None) -> dict[str, Any] | None:
    """The location dict for a name; ``literal``: the name is the coded point itself (no article oblast);
    ``country``: the text says the place is in that country ("Orsha, Belarus"); ``hint``: the sentence puts its
    event in that foreign country (:func:`~trucewatch.nlp.place_scope.country_named`)."""
    bare = name.removeprefix("near ")
    if bare.lower() in NOT_PLACES or len(bare) < 3:
        return None
    if hint and country is None and not scope and geocode_candidates(name, country=hint):
        country = hint  # "tanks seen in Belarus near Zhlobin": the Belarusian town
    # the places the text ties this name to ("between X and Y", "X near Y") point at its namesake before the others
    context = replace(context, spelled=bare, anchors=context.partners.get(bare) or context.anchors)
    # "the village of Kalynivka": no town of the name
    readings = village_readings if bare in context.villages else geocode_candidates
    left_out = 0
    if country is not None:
        # the country the text names holds the place, or the gazetteer does not know it
        chosen = choose(readings(name, country=country, limit=EVERY_READING), context)
        scoped = False  # a country bounds nothing: "Kvitneve, Ukraine" is still one of 16
    else:
        chosen = choose(readings(name, admin1_code=scope, limit=EVERY_READING), context,
                        scoped=True) if scope else None
        scoped = chosen is not None
    if chosen is None and not explicit and country is None:
        # an explicit oblast that does not hold the name wins over a same-named place elsewhere
        found = readings(name, limit=EVERY_READING)
        chosen, left_out = within_fire(found, choose(found, context), context)
        chosen = known_in_ukraine(bare, found, chosen, deep=context.deep)
        if chosen is not None and _beyond_fire(chosen[0], context):
            return None  # "shelling damaged the home of Pushkin": a person's name, not a town near St Petersburg
        if (chosen is not None and not literal and context.admin1 and chosen[0].admin1_code != context.admin1
                and chosen[0].candidates > 1):
            narrowed = choose(readings(name, admin1_code=context.admin1, limit=EVERY_READING), context,
                           scoped=True)
            chosen, scoped = (narrowed, True) if narrowed else (chosen, False)
        elif chosen is None and context.admin1 and context.admin1 != scope:
            # a name nothing bears may be a misspelt settlement of the oblast the text names ("Shelling of
            # Moschun, Kyiv oblast"): the gazetteer reaches such a place only inside a named oblast
            chosen = choose(readings(name, admin1_code=context.admin1, limit=EVERY_READING), context,
                           scoped=True)
            scoped = chosen is not None
    if chosen is None:
        return None
    match, basis = chosen
    if not literal and spelt_beyond_the_line(match, context):
        return None  # "On 3 July 2020, shelling hit Zhovanka": no hamlet Zhavynka 590 km from that day's line
    if not scoped and not literal and spelt_unlike(bare, match):
        return None  # "Lal Chowk": no town once called Illichivsk, its consonants met by chance
    if not scoped and country is None and conflicts_with_country(match, hint):
        return None  # "seen in Belarus near Rechitsa": no Ukrainian village of the name, nor one by a variant
    if not scoped and country is None and outweighed_abroad(bare, match) and not (
            context.fire and line_of_contact_km(match.lat, match.lon) <= FIRE_REACH_KM):
        return None  # "Baranovichi", "Mogilev": Belarusian cities, not a Ukrainian hamlet or village of the name
    if match.country not in HOME_COUNTRIES and match.source != "admin1-centre" and country is None and (
            match.population < CITY_POPULATION or match.country not in BORDER_COUNTRIES) and not (
            abroad_town(match.country, match.population) and match.matched_by == MATCHED_BY[0]
            and bare.lower() not in english_words()):
        return None  # a town abroad is taken only where the text names its country ("Mazyr, Belarus"); a city
        # of 100,000+ in a country bordering Ukraine also without it ("Tiraspol", "Gomel"), and a Belarusian town
        # of 5,000+ by its own name that nothing here bears ("Narovlya"); never a small town by a word ("Police"
        # is a Polish town of 33,000)
    loose = match.matched_by != MATCHED_BY[0] and match.source != "admin1-centre"
    if loose and (bare.lower() in english_words() or _ACRONYM.fullmatch(bare)) and not is_place_name(bare):
        return None  # "Strike", "Market", "TOS": an English word or an acronym that only an alternate or a
        # variant matches
    if loose and match.country != "UA" and not scoped and not (country and country in BORDER_COUNTRIES) and (
            match.matched_by == MATCHED_BY[2] or match.population < CITY_POPULATION):
        return None  # "Kabanauka" is not Kubinka near Moscow: a foreign place by a variant or an alternate
        # name is taken only inside a region the text names (a city known by the name is: "Rostov"), or inside
        # a neighbour the text names it in ("Naroulia, Belarus": Narovlya)
    # a name the text places in an oblast ("Horizont in Kharkiv") that was found only outside it is judged from there
    placed_in = replace(context, admin1=scope) if scope and not scoped and country is None else context
    if (KNOWN_MARK in basis or left_out) and (own := admin1_code(bare)) in placed_in.regions:
        # "Sverdlovsk" is also a Russian oblast's name: once the choice turned to the war zone, the name itself is
        # no other name of the text saying where the text is
        placed_in = replace(placed_in, regions=[code for code in placed_in.regions if code != own])
    far = "" if literal or match.source == "admin1-centre" else far_from_context(match, placed_in)
    if far and loose:
        return None  # another place's alternate name, far from where the text is: not this place
    if loose:
        # an alternate name or a spelling variant may be another place: say what was found
        basis += f" (found as {match.name}, by {match.matched_by})"
    if far:
        basis += f"{CAUTION}{far}"
    if left_out and not scoped:
        basis += (f"; {left_out} namesake{'s' if left_out > 1 else ''} left out: fire across the line does not reach "
                  f"{FIRE_REACH_KM:.0f} km beyond every line of contact")
    if not scoped and not _gives_point(match, basis):
        return _no_point(bare, match, basis)
    return _location(bare, match, basis)


def _beyond_fire(match: GeoMatch, context: Placing) -> bool:
    """Whether fire across the line cannot have fallen at ``match``: a place abroad beyond FIRE_REACH_KM of every
    line of contact, found where the text names no region (a Russian town by the name is more often a person's:
    "the home of Pushkin")."""
    return context.fire and match.source != "admin1-centre" and abroad_beyond_reach(match.country, match.lat,
                                                                                     match.lon)


def _no_point(name: str, match: GeoMatch, basis: str) -> dict[str, Any]:
    """Same-named places far apart, no region named and nothing deciding: no point at all (a name alone would
    be geocoded again downstream, so only the basis keeps it, with the candidates)."""
    return {"name": None, "admin1_code": None, "country": None, "candidates": match.candidates,
            "source": match.source,
            "basis": (f"{name}: {basis.replace(UNDECIDED_MARK, 'no point is given')}, since they lie up to "
                      f"{match.precision_km:.0f} km apart and the text names no region")}
