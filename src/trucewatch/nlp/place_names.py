"""Which place names a sentence gives: the reading half of the place component (:mod:`trucewatch.nlp.places`
chooses among their readings).

Names come after prepositions ("in/near/at/over/between X") and verbs of attack or of taking ground ("storming
X", "liberated X", "battles for X") and in the lists that follow them, before an oblast ("X, Donetsk Oblast"),
after ACLED's "coded to", and without a preposition where the words around them say a town is meant: a town's
possessive ("Kherson's market"), a place after a town's or an oblast's possessive ("Kharkiv's Saltivka"), a
town before a facility or a site ("Mariupol police station", "Irpin Bible Seminary"), "X-based", "X residents",
a town closing a title after a comma, a dash or a lowercase word, a title's first name before a comma, a colon
or a dash or before what befell it ("Borodianka bombed"), "X village", a settlement in brackets, "the X
bombing", "center X", a settlement in parentheses after a facility, a city's park or square, a town typed in
lower case. A Title Case headline's prepositions ("In", "Of") are never part of a name. A street's, a water's or
a city part's name is no settlement ("Heroiv Pratsi St", "the Dnipro river", "the bridge over Dnipro"); a site
gives the settlement it is named after, a facility only a town's name; an English word is never a place by a
loose match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from trucewatch.geo.admin1 import admin1_code
from trucewatch.geo.distance import distance_km
from trucewatch.geo.gazetteer import (
    MATCHED_BY,
    GeoMatch,
    country_code,
    geocode_candidates,
    is_place_name,
    raion_code,
)
from trucewatch.nlp.alternation import by_first_letter
from trucewatch.nlp.place_after_date import after_date_comma, opening_clause
from trucewatch.nlp.place_facility_near import named_works_first
from trucewatch.nlp.place_landmarks import (
    DISTRICT_WORD,
    districts_of_cities,
    landmark_elsewhere,
    names_a_stop,
)
from trucewatch.nlp.place_landmarks import FACILITY_WORDS as _FACILITY_WORDS
from trucewatch.nlp.place_landmarks import FEATURE_WORDS as _FEATURE_WORDS
from trucewatch.nlp.place_landmarks import POWER_WORDS as _POWER_WORDS
from trucewatch.nlp.place_landmarks import REGIONAL_WORDS as _REGIONAL_WORDS
from trucewatch.nlp.place_landmarks import SITE_WORDS as _SITE_WORDS
from trucewatch.nlp.place_lines import lines_apart
from trucewatch.nlp.place_origin import fired_from, origins_last
from trucewatch.nlp.place_other_things import (
    DEMONYM,
    names_a_government,
    names_a_side,
    names_a_unit,
    names_a_vessel,
    names_an_agency,
)
from trucewatch.nlp.place_other_things import a_seat as a_seat
from trucewatch.nlp.place_passive import town_passive
from trucewatch.nlp.place_raion_words import village_before_raion_words
from trucewatch.nlp.place_readings import CITY_POPULATION as CITY_POPULATION
from trucewatch.nlp.place_readings import NOT_PLACES as NOT_PLACES
from trucewatch.nlp.place_readings import TOWN_POPULATION as TOWN_POPULATION
from trucewatch.nlp.place_readings import (
    cities_named,
    company_town,
    compound_variant,
    lower_case_town,
    names_equipment,
    only_settlement,
    sole_town_prefix,
    title_words_dropped,
    village_named,
)
from trucewatch.nlp.place_readings import english_words as english_words
from trucewatch.nlp.place_readings import leading_place as leading_place
from trucewatch.nlp.place_title_subject import bracket_anchor, title_subjects, town_after_district
from trucewatch.nlp.timex_holidays import is_holiday_name

# a capitalised word, never a preposition or an article capitalised in a Title Case headline ("Shelling Of
# Residential Area In Mykolaiv"); the capital is asked first, so that the engine tries the words to refuse only
# where one stands (every lowercase word otherwise costs a comparison with each of them: 40 % of reading names)
NAME = (r"(?=[A-ZА-ЯІЇЄҐ])(?!(?:In|Of|Near|At|On|To|The|And|For|By|From|With|Over|Into|Onto|After|Before|Outside|"
        r"Inside|Around|Towards?|Across|Along|Between)\b)[A-ZА-ЯІЇЄҐ][\w'’]+(?:-[A-Za-zА-Яа-яІіЇїЄєҐґ][\w'’]*)*")
# who holds the place, before a title's first name ("Rebel-held Donetsk hit by air strike", "Russian-occupied
# Melitopol: …"): not part of the name
_HELD_BY = r"(?:[A-Za-z]+-(?:held|controlled|occupied|run)\s+)?"
# a part of a place or its state between the preposition and the name ("in central Kyiv", "in occupied Melitopol")
PART_OF = (r"(?:(?:central|downtown|northern|southern|eastern|western|north-?eastern|north-?western|"
            r"south-?eastern|south-?western|occupied|(?:Russian|Ukrainian|UA)[- ](?:occupied|controlled|held)|"
            r"liberated|now|destroyed|damaged|ruined|devastated|besieged|shelled|burning|bombed|neighbou?ring|nearby)\s+"
            # what kind of quarter ("to commercial and residential Marinka", "in industrial Avdiivka")
            r"|(?:residential|commercial|industrial|historic|rural|suburban|urban|private|frontline|front-line)"
            r"(?:\s*,\s*|\s+and\s+|\s+))*")
_PLACE_AFTER = re.compile(
    # a title may start with the preposition or verb ("Shelled Lysychansk", "Near Bayrak")
    r"\b(?P<prep>(?i:" + by_first_letter([
        "in", "near", "at", "on", "over", "above", "around", "outskirts of", "of", "to", "towards?", "targeting",
        # at sea by a port ("a tanker off Novorossiysk"), not a verb's particle ("took off", "fended off")
        r"(?<!took )(?<!take )(?<!taking )(?<!fended )(?<!fought )(?<!held )(?<!warded )(?<!called )(?<!set )"
        r"(?<!from )off",
        "across", "outside", "from", "through", "into", "inside", "within", "throughout", "enters?", "entering",
        "entered", "reach(?:es|ed|ing)?", "leaving", "leaves?", "left", "fleeing", "fled", "flee", "shelled",
        "attacked", "struck", "hit", "between",
        # what weapons were sent or launched at ("drones against Odesa")
        r"(?:(?<=drones )|(?<=rockets )|(?<=missiles )|(?<=shells )|(?<=bombs )|(?<=UAVs )|(?<=strikes )|"
        r"(?<=attacks ))against",
        # a verb of attack or of taking ground whose object is the place ("Russian troops storming Mariupol",
        # "Explosions rock Kherson", "Ukrainian forces liberated Trostianets", "Heavy battles for Popasna")
        "shell(?:s|ing)?", "attack(?:s|ing)?", "strik(?:e|es|ing)", "hits", "hitting", "bomb(?:s|ed|ing)?",
        "pound(?:s|ed|ing)", "rock(?:s|ed|ing)?", "sh(?:ook|akes?|aking)", "storm(?:s|ed|ing)?",
        "pummel(?:s|l?ed|l?ing)",
        "occup(?:y|ies|ied|ying)", "captur(?:e|es|ed|ing)", "recaptur(?:e|es|ed|ing)", "retook",
        "retak(?:e|es|en|ing)", "(?:took|tak(?:e|es|en|ing)) back", "regain(?:s|ed|ing)?", "take", "takes", "took",
        "liberat(?:e|es|ed|ing)", "encircl(?:e|es|ed|ing)", "besieg(?:e|es|ed|ing)",
        "(?:battles?|fight(?:s|ing)?|struggle|siege) for",
        # what a utility serves ("the water main serving Chuhuiv", "a substation supplying Izium"): the town it is
        # in or by
        "serv(?:es|ing)", "suppl(?:ies|ying)", "feed(?:s|ing)", "power(?:s|ing)",
        # what was brought down or held up on its way is near the town it neared ("drones approaching Sumy", r. 50)
        "approach(?:es|ed|ing)",
        "proximity to", "direction of", "vicinity of",
    ], ignore_case=True) + r"))\s+(?:the\s+)?" + PART_OF  # grouped: trucewatch.nlp.alternation
    + r"(?:(?:city|town|village|settlement|community|urban-type settlement|hamlet|(?i:vil|v|s|smt)\.)\s+(?:of\s+)?)?"
    r"(?!(?i:of|in|on|at|near|to|for|from|by|with|the)\b)(?P<name>"
    # an owner's possessive and a place of two words after it ("in Kyiv Oblast's Mala Dymerka"), the owner's word
    # for a region in lower case too ("the Odesa region's Izmail", Round 40)
    r"(?:" + NAME + r"\s+)?" + NAME + r"(?:\s+(?:region|oblast|province))?['’]s\s+" + NAME + r"(?:\s+" + NAME
    + r")?(?![\w'’-])|"
    + NAME + r"(?:\s+" + NAME + r"){0,2})"
    r"(?:\s+(?:community|settlement|village|city|town))?"
    # ", Oblast" after a place names its oblast, unless it is a list ("over Kharkiv, Sumy and Poltava")
    r"(?:\s*,?\s*\(?(?P<admin>" + NAME + r"(?:\s+" + NAME + r")?)(?:\s+(?:region|oblast|province))?\)?"
    r"(?![\w\s]*?\b(?:and|or)\s+[A-Z]))?",
)
CODED_TO = re.compile(r"coded to (?P<name>" + NAME + r"(?:\s+" + NAME + r"){0,2})(?:,\s*(?P<admin>" + NAME
                      + r"))?")
_SECTOR_AFTER = re.compile(r"\s+sector\b", re.IGNORECASE)
RAION_AFTER = re.compile(r"\s+(?i:raion|rayon|district)\b")
# the oblast named right after a raion ("… district of the Kharkiv region", "… raion, Luhansk oblast")
_OBLAST_AFTER_DISTRICT = re.compile(r"\s+(?i:raion|rayon|district)\s*(?:,\s*|(?i:of)\s+(?:(?i:the)\s+)?)(?P<admin>"
                                    + NAME + r")\s+(?i:oblast|region|province)\b")
# "in Kharkiv region", and a list of regions sharing the noun ("the Kharkiv and Sumy oblasts", "Kyiv, Zhytomyr and
# Cherkasy regions")
_REGION_AFTER = re.compile(r"\s+(?i:region|oblast|province|krai|kray|republic)\b|(?:(?:\s*,\s*|\s+(?:and|&)\s+|"
                           r"\s*,\s*and\s+)[A-Z][\w'’-]*)+\s+(?i:regions|oblasts|provinces)\b")
# words a place's people or government own, which make the name theirs, not a place ("Moscow's claim that ...",
# "Kyiv's version of events")
_WORDS_OWNED = re.compile(r"['’]s\s+(?:(?:own|latest|earlier|new|official)\s+)?(?:claims?|statements?|accusations?|"
                          r"allegations?|version|account|assertions?|charges?|denials?|words|narrative|propaganda|reports)\b",
                          re.IGNORECASE)
# the word before "of" that makes the name after it a region's ("the region of Kharkiv", "the Sumy oblast of")
_REGION_OF = re.compile(r"\b(?i:region|oblast|province)\s+$")
# "in the Krasnodar stanitsa of Kanevskaya", "the Kursk border village of X": a region's name before a kind of
# settlement
_KIND_OF_AFTER = re.compile(r"\s+(?:[a-z][\w\-]*\s+)?(?i:village|town|city|settlement|stanitsa|khutor|hamlet)\s+"
                            r"of\s+[A-Z]")
# Lists after a place ("near Vodyane, Hnutove, Krasnohorivka and Marinka"): every item is a place named.
_LIST_ITEM = re.compile(r"\s*(?:,|\band\b|,\s*and\b)\s*(?P<name>" + NAME + r"(?:\s+" + NAME + r")?)")


# A raion is named after a town of at least this many people (a former raion's centre): "the Velykyi Burluk
# district" names a raion, not a street or a city's part
RAION_TOWN_POPULATION = 1_000


def admin1_of(text: str | None) -> str | None:
    return admin1_code(text) if text else None


# the word that makes a name a region's: "Moscow region" and "Moscow Oblast" are the oblast (RU-MOS), where "Moscow"
# alone is the city with a region's status (RU-MOW); every other name means the same region with the word or without
_REGION_WORD = re.compile(r"\s+(?i:region|oblast|province|krai|kray)\b")


def admin1_with_word(name: str | None, sentence: str, end: int) -> str | None:
    """The region ``name`` means, read with the region's word that follows it at ``end`` when there is one."""
    if not name:
        return None
    word = _REGION_WORD.match(sentence, end)
    return (admin1_code(name + word.group(0)) if word else None) or admin1_code(name)


def admin1_mentioned(mention: re.Match[str]) -> str | None:
    """The region of a mention "X region" / "X Oblast" / "the region of X" (groups ``name`` and ``name2``), the
    word read with the name (:func:`admin1_with_word`)."""
    if mention.group("name"):
        return admin1_with_word(without_country(mention.group("name")), mention.string, mention.end("name"))
    return admin1_of(mention.group("name2"))


def without_country(name: str) -> str:
    """A name without the country that owns it ("Russia's Voronezh" in "Russia's Voronezh region": Voronezh)."""
    owner, _, rest = name.partition(" ")
    return rest if rest and owner.endswith(("'s", "’s")) and country_code(owner[:-2]) else name


def strip_words(name: str) -> tuple[str, str | None]:
    """The place name without leading non-place words, and an oblast glued to it ("Stepove Donetsk")."""
    words = name.split()
    while words and words[0].lower().strip("'’s") in NOT_PLACES:
        owner = words[0][:-2]
        if words[0].endswith(("'s", "’s")) and len(words) > 1 and not country_code(owner):
            return "", None  # "LNR's Osa": what a party owns (a weapon, a unit), not a place ("Ukraine's
            # Mariupol" is one)
        words = words[1:]
    if words and country_code(" ".join(words)) and len(" ".join(words)) > 2:
        return "", None  # "Ukrayina", "Belarus": a country's name is no settlement's
    if len(words) > 2 and words[-1].lower() in ("oblast", "region", "province"):
        words = words[:-1]  # "Kakhovka Kherson Oblast"
    glued = admin1_code(words[-1], "UA") if len(words) > 1 else None
    if glued and not admin1_code(" ".join(words)) and not is_place_name(" ".join(words)):
        return " ".join(words[:-1]), glued
    return " ".join(words), None


@lru_cache(maxsize=4096)
def names_in(sentence: str) -> tuple[tuple[str, tuple[int, int], str | None, bool], ...]:
    """(name, span, oblast text, said "near") for every place-like name after a preposition or in a list."""
    # "near #Alchevsk"; "near Robotyne\nFootage published …": no name across a headline's end (the same length)
    sentence = lines_apart(sentence.replace("#", " "))
    found: list[tuple[str, tuple[int, int], str | None, bool]] = []
    weak: list[tuple[str, tuple[int, int], str | None, bool]] = []  # a town a facility is named after
    coded = CODED_TO.search(sentence)
    if coded:
        found.append((coded.group("name"), coded.span("name"), coded.group("admin"), False))
    anchor = bracket_anchor(sentence)
    for match in _PLACE_AFTER.finditer(sentence):
        if _SECTOR_AFTER.match(sentence, match.end("name")):
            continue  # "in the Luhansk sector near Krymske": a monitors' area, not a place
        if anchor is not None and anchor[0] <= match.start("name") < anchor[1]:
            continue  # "Malinovka (near Gulyaipole): …": where the title's village lies from, the village the place
        if match.group("prep").lower() in ("over", "above", "across") and _CROSSING_BEFORE.search(
                sentence, 0, match.start("prep")):
            continue  # "the bridge over Dnipro at Nova Kakhovka": what a bridge spans is a water
        if match.group("prep").lower() in ("of", "across") and _BANK_BEFORE.search(sentence, 0, match.start("prep")):
            continue  # "dug in on the left bank of the Dnipro": a river's bank, not the city
        if (match.group("prep").lower() in _WATER_PREPOSITIONS and _THE_BETWEEN.fullmatch(
                sentence, match.end("prep"), match.start("name")) and _NAME_CLOSES.match(sentence, match.end("name"))
                and match.group("name").split()[-1].lower() not in _THING_WORDS):
            continue  # "pontoon crossing on the Donets", "strongpoint shelled across the Inhulets": a river
        if match.group("prep").lower() == "off" and _COAST_AFTER.match(sentence, match.end("name")):
            continue  # "ships grouped off the Crimean coast": at sea along a coast, no settlement
        if _REGION_AFTER.match(sentence, match.end("name")) and admin1_code(without_country(match.group("name"))):
            continue  # "in Kharkiv region", "in Ukraine's Sumy region" is the oblast (context), never the city
        if _KIND_OF_AFTER.match(sentence, match.end("name")) and admin1_code(without_country(match.group("name"))):
            continue  # "in the Krasnodar stanitsa of Kanevskaya": the region's, the settlement after "of" is named
        if _WORDS_OWNED.match(sentence, match.end("name") - (2 if _POSSESSIVE_END.search(match.group("name")) else 0)):
            continue  # "rejected on Saturday Moscow's claim that ...": whose words, not where
        if (match.group("prep").lower() == "of" and _REGION_OF.search(sentence, 0, match.start("prep"))
                and admin1_code(match.group("name"))):
            continue  # "the western region of Ivano-Frankivsk" is the oblast too
        near = match.group("prep").lower() in ("near", "outskirts of", "around", "outside", "proximity to",
                                               "vicinity of", "approaching", "approached", "approaches")
        settlement, feature = settlement_in(match.group("name"), sentence, match.end("name"))
        if settlement is None and RAION_AFTER.match(sentence, match.end("name")) and (
                village := village_before_raion_words(match.group("name"))):
            found.append((village, (match.start("name"), match.start("name") + len(village)), None, near))
            continue  # "the village of Grabske Amvrosiyevsky district": Grabske, of the raion after it
        # "near Dovzhansk, Sverdlovsk raion": a raion's name after the place, never an oblast's (Russia's)
        admin = match.group("admin")
        admin = None if admin and RAION_AFTER.match(sentence, match.end("admin")) else admin
        if admin and (word := _REGION_WORD.match(sentence, match.end("admin"))) and admin1_code(
                admin + word.group(0)) not in (None, admin1_code(admin)):
            admin += word.group(0)  # "Kolomna, Moscow region": the oblast, not the city
        start = match.start("name")
        owned = _OWNER_SPLIT.match(match.group("name"))
        if owned and not feature:
            # "in Kherson's Chornobaivka", "Kyiv Oblast's Bucha": the place after the possessive, in its owner
            settlement = owned.group("place")
            start = match.start("name") + owned.start("place")
            if admin is None and admin1_code(owned.group("owner")):
                admin = owned.group("owner")
            if leading_place(owned.group("owner"), town=True) == owned.group("owner") and not geocode_candidates(
                    settlement, admin1_code=admin1_code(owned.group("owner")), limit=1):
                # "Vinnytsia's Ukraina concert hall": what a town owns, when no place of its oblast bears the name
                settlement, start, admin = owned.group("owner"), match.start("name"), None
        elif settlement and not feature and (plain := title_words_dropped(settlement)) != settlement:
            # "bombs Russian Equipment Sulyhivka": a Title Case headline's words before the name
            start = match.end("name") - len(plain) if match.group("name").endswith(plain) else start
            settlement = plain
        if settlement and not feature and _POSSESSIVE_END.search(settlement):
            # "on Zbirne's only school": the place that owns what follows, without the possessive
            settlement = _POSSESSIVE_END.sub("", settlement)
            found.append((settlement, (match.start("name"), match.end("name") - 2), admin, near))
        elif settlement and not feature:
            found.append((settlement, match.span("name"), admin, near))
        elif settlement and _feature(match.group("name"), sentence, match.end("name")) == "site":
            # "in Chaplynka airfield, Kherson": the site's settlement, in the oblast named after it
            after = _AFTER_FEATURE.match(sentence, match.end("name"))
            if admin is None and after and admin1_code(after.group("name")):
                admin = after.group("name")
            found.append((settlement, (start, start + len(settlement)), admin, near))
            continue
        elif settlement:
            weak.append((settlement, (start, start + len(settlement)), None, near))
        if feature and admin and not _REGION_AFTER.match(sentence, match.end("admin")) and (
                _SET_APART.search(sentence, match.end("name"), match.start("admin"))):
            # "on Heroiv Pratsi St, Kharkiv": the city after a street or a facility is the place
            found.append((admin, match.span("admin"), None, near))
        elif feature and (after := _AFTER_FEATURE.match(sentence, match.end("name"))):
            found.append((after.group("name"), after.span("name"), None, near))
        # "near Zahoruykivka, Kharkiv": the oblast that places the name is no second place of the list
        position = match.end("admin") if match.group("admin") and admin1_code(match.group("admin")) else \
            match.end("name")
        while item := _LIST_ITEM.match(sentence, position):
            # "Glotovo, Kursk region": the oblast that places the name, not a second place
            if not (_REGION_AFTER.match(sentence, item.end("name")) and admin1_code(item.group("name"))):
                settlement, _feature_name = settlement_in(item.group("name"), sentence, item.end("name"))
                if settlement:
                    found.append((settlement, (item.start("name"), item.start("name") + len(settlement)), None, near))
            position = item.end()
    # a town's name before a facility or a site, without a preposition ("Mariupol police station damaged",
    # "Kramatorsk train station", "Mariupol's skyline"); and a title's first name before a comma
    # ("Horenka, drone footage of damaged apartments")
    for match in _LOWER_AFTER.finditer(sentence):
        # "in melitopol", "in nova kakhovka": a town's name typed in lower case (never an English word: "in
        # bar" is no Bar)
        name = match.group("name")
        # the English word lists hold some cities' names ("donetsk"): those count only as a city's own name
        town = lower_case_town(name)
        if town:
            weak.append((town, (match.start("name"), match.start("name") + len(town)), None, False))
    for match in _CITY_BEFORE_PART.finditer(sentence):
        city = leading_place(match.group("name"), town=True, city=True)
        if city and not _within(found, match.start("name")):
            weak.append((city, (match.start("name"), match.start("name") + len(city)), None, False))
    for match in (*_NAME_THEN_OBLAST.finditer(sentence), *_NAME_THEN_OBLAST_NAMED.finditer(sentence),
                  *_NAME_OBLAST_NO_COMMA.finditer(sentence), *_NAME_THEN_OBLAST_BRACKETED.finditer(sentence),
                  *_NAME_THEN_OBLAST_BARE.finditer(sentence)):
        # "Destroyed Government Office Lyman, Donetsk Oblast", "Damaged houses Hostomel, Oblast Kyiv": a name
        # before its oblast, the oblast scoping it; a city named like its own oblast is the city ("Dnipro,
        # Dnipropetrovsk oblast"); after the word "oblast" the name is the oblast's even when misspelt
        oblast, own = admin1_code(match.group("admin")), admin1_code(match.group("name"))
        name = match.group("name")
        if _within(found, match.start("name")) or (own is not None and oblast is not None and own != oblast) or (
                oblast is None and match.re is not _NAME_THEN_OBLAST_NAMED):
            continue
        if own is not None and sentence[:match.start("name")].rstrip().endswith(",") and not after_date_comma(
                sentence[:match.start("name")]):
            continue  # "Kyiv District, Donetsk, Donetsk Oblast": the city places the district before it
        if match.re in (_NAME_OBLAST_NO_COMMA, _NAME_THEN_OBLAST_BARE) and (
                name.lower() in english_words() or not geocode_candidates(name, admin1_code=oblast, limit=1)):
            continue  # "Destroyed Kharkiv oblast" has no place before the oblast
        start = _word_before_joined(sentence, match.start("name"), name, oblast)
        found.append((sentence[start:match.end("name")], (start, match.end("name")), match.group("admin") if oblast
                      else None, False))
    for match in _ROAD_BETWEEN.finditer(sentence):
        # "on the Bakhmut-Soledar road": the first town, the road read from it (trucewatch.nlp.place_shape)
        if not _within(found, match.start("name")) and not village_named(match.group(0).rsplit(None, 1)[0]) and all(
                village_named(match.group(group), first_word=False) or leading_place(match.group(group), town=True)
                for group in ("name", "other")):
            found.append((match.group("name"), match.span("name"), None, False))
            found.append((match.group("other"), match.span("other"), None, False))  # the other end: an anchor
    for match in _LABELLED.finditer(sentence):
        if not _within(found, match.start("name")) and (town := village_named(match.group("name"))):
            found.append((town, (match.start("name"), match.start("name") + len(town)), None, False))
    for match in _OBLAST_THEN_NAME.finditer(sentence):
        own, oblast = admin1_code(match.group("name")), admin1_code(match.group("admin"))
        if oblast and (not own or (own == oblast and not _REGION_WORD.match(sentence, match.end("name")))):
            # "Kharkiv oblast, Balakliia: …"; "Donetsk Oblast: Donetsk shelled": the city named like its oblast
            found.append((match.group("name"), match.span("name"), match.group("admin"), False))
    for town, span in town_after_district(sentence):  # "Kholodna Hora district, Kharkiv, under fire"
        found.extend([] if _within(found, span[0]) else [(town, span, None, False)])
    for match in _IN_OBLAST_THEN_NAME.finditer(sentence):
        # "Shelling in Kherson Oblast: Vysokopillya", "in Kherson oblast village Vysokopillya": the place the
        # oblast is followed by, when the oblast holds a place of the name (no English word: "… Oblast: Explosions")
        name, oblast = match.group("name"), admin1_code(match.group("admin"))
        if oblast and not admin1_code(name) and name.lower() not in english_words() and not _within(
                found, match.start("name")) and geocode_candidates(name, admin1_code=oblast, limit=1):
            found.append((name, match.span("name"), match.group("admin"), False))
    for match in _NAME_THEN_KIND.finditer(sentence):
        name, _glued = strip_words(match.group("name"))
        if name and name.lower() not in english_words() and not admin1_code(name) and not _within(
                found, match.start("name")) and geocode_candidates(name, limit=1):
            start = match.end("name") - len(name)
            found.append((name, (start, match.end("name")), None, False))
    for match in _IN_BRACKETS.finditer(sentence):
        if admin1_code(match.group("name")) and any(
                admin == match.group("name") and not sentence[span[1]:match.start()].strip()
                for _name, span, admin, _near in found):
            continue  # "in Buhaivka (Kharkiv)": the oblast that places the name, as after a comma; not its city
        town = leading_place(match.group("name"), town=True) or only_settlement(match.group("name"))
        if town is not None and town == match.group("name") and not _within(found, match.start("name")) and (
                not _feature(match.group("name"), sentence, match.end("name"))):
            weak.append((town, match.span("name"), None, False))
    for match in _IN_PARENTHESES.finditer(sentence):
        # "Zaporizhzhia Nuclear Power Plant (Enerhodar)": the settlement given for a site or a facility
        if _feature(match.group("owner"), sentence, match.end("owner")) and not _REGION_AFTER.match(
                sentence, match.end("name")):
            found.append((match.group("name"), match.span("name"), None, False))
    event: list[tuple[str, tuple[int, int], str | None, bool]] = []
    marked: list[tuple[str, tuple[int, int], str | None, bool]] = []  # villages read by :func:`_marked_as_place`
    for match in (*_TOWN_BEFORE_FACILITY.finditer(sentence), *_TITLE_PLACE.finditer(sentence),
                  *_TOWN_BASED.finditer(sentence), *_TITLE_STATE.finditer(sentence),
                  *_TWO_WORDS_OWN.finditer(sentence), *_TOWN_OWNS.finditer(sentence), *_TOWN_LAST.finditer(sentence),
                  *_TOWN_EVENT.finditer(sentence), *_CENTRE_OF.finditer(sentence), *_TOWN_PASSIVE.finditer(sentence),
                  *_DAMAGED_THEN_NAME.finditer(sentence)):
        if match.re is _TOWN_LAST and (any(not sentence[span[1]:match.start()].strip() for _, span, _, _ in found)
                                       or _OBLAST_WORD_BEFORE.search(sentence, 0, match.start("name"))):
            continue  # "in Solokhi, Belgorod": the name after the place names its region, not a second place
        if (match.re is _TOWN_BEFORE_FACILITY and _SURNAME_OWNS.match(sentence, match.end("name"))) or (
                _PERSON_TITLE.search(sentence, 0, match.start("name"))) or _TITLED_AFTER.match(
                sentence, match.end("name")):
            continue  # "Vladimir Putin's residence", "President Vladimir Putin's", "Vladimir Leontyev, the head of
            # ...": a person's names, not a town
        if _WORDS_OWNED.match(sentence, match.end("name") - (2 if _POSSESSIVE_END.search(match.group("name")) else 0)):
            continue  # "calling Kyiv's reports a provocation": whose words, not where
        if match.re is _TOWN_PASSIVE and match.group("opening") and not opening_clause(
                sentence[:match.start("name")]):
            continue  # "On 7 July 2024, Kyiv was shelled": only a leading date or source sets the subject apart
        if _REGION_AFTER.match(sentence, match.end("name")) or _feature(
                match.group("name"), sentence, match.end("name")) in ("feature", "regional") or (
                _REGION_WORD_END.search(match.group("name")) and admin1_code(match.group("name"))):
            continue  # "Donetsk Oblast School", "Zaporizhzhia Nuclear Power Station", "Kherson Oblast: explosions"
        town = leading_place(match.group("name"), town=True) or (
            (sole_town_prefix(match.group("name")) or (
                # a site is named after the settlement it is at, whatever its size ("Timkivka railway station")
                village_named(match.group("name"), first_word=False)
                if _feature(match.group("name"), sentence, match.end("name")) == "site" else None))
            if match.re is _TOWN_BEFORE_FACILITY
            else only_settlement(match.group("name")) if match.re in (_TITLE_PLACE, _TITLE_STATE, _TOWN_BASED)
            else village_named(match.group("name")) if match.re is _DAMAGED_THEN_NAME else None)
        at = match.start("name")
        if town is None and match.re is _TOWN_BEFORE_FACILITY and (
                town := company_town(head := match.group(0).rsplit(None, 1)[0])):
            at = match.start() + len(head) - len(town)  # "the Gazprom Neftekhim Salavat refinery": the company's town
        if town is None and _marked_as_place(match):
            # a village's own name is read where the words mark it as a place, and only when the text names no
            # other: beside another place it is as often a scope or a word that a village shares
            # (or a hyphened compound in another spelling: "Belgorod-Dnestrovsky: roof torn off a warehouse")
            town = village_named(match.group("name"), first_word=False) or compound_variant(match.group("name"))
            if town and not _within(marked, match.start("name")):
                marked.append((town, (match.start("name"), match.start("name") + len(town)), None, False))
            continue
        if town and not _within((*found, *weak, *event), at):
            # "after the Kharkiv bombing, residents of Lozova fled": the event's own town comes first
            (event if match.re is _TOWN_EVENT else weak).append((town, (at, at + len(town)), None, False))
    for town, span in title_subjects(sentence):
        if not _within((*found, *weak, *event), span[0]):
            event.append((town, span, None, False))  # "09/09/2022 Shevchenkove liberated in Kharkiv region"
    if not any(not names_another_thing(name, sentence, span) and not DEMONYM.fullmatch(name)
               and not fired_from(sentence, span[0]) for name, span, _, _ in (*event, *found, *weak)):
        # (a side's or a people's word is no other place: "Vodiane: strikes on Russian positions"; nor where fire came
        # from: "Hirske: houses burning after shelling from the direction of Popasna")
        weak = [*marked, *(entry for entry in weak if fired_from(sentence, entry[1][0]))]
    # "the Kirishi refinery near St Petersburg"; "armour captured near Kupiansk was hit in Balakliia"
    read = origins_last(named_works_first([*event, *found, *weak], sentence), sentence)
    # "near the Moscow bridge in Kyiv": Kyiv, not Moscow; "Dnipro: … in the Shevchenkivskyi district": Dnipro
    elsewhere = landmark_elsewhere(read, sentence) | districts_of_cities(read, sentence)
    entries = (_city_district(entry, sentence) for index, entry in enumerate(read) if index not in elsewhere)
    return tuple(entry for entry in entries
                 if entry is not None and not names_another_thing(entry[0], sentence, entry[1])
                 and not is_holiday_name(entry[0])  # "on Orthodox Christmas Eve"
                 # "Medvedev threatens strikes": a village named like a person, speaking; a town may stand for its
                 # authorities ("Mykolaiv reports explosions")
                 and not (names_a_speaker(sentence, entry[1][1]) and leading_place(entry[0], town=True) is None))


def names_another_thing(name: str, sentence: str, span: tuple[int, int]) -> bool:
    """Whether the name at ``span`` names a news agency, a side, a military unit, a ship, a metro station, a
    government, a river whose bank is named, or a weapon, a vehicle, a unit or a public figure a village is named
    like, rather than a place
    (:func:`names_an_agency`, :func:`names_a_side`, :func:`names_a_unit`, :func:`names_a_vessel`,
    :func:`names_a_stop`, :func:`names_a_government`, :func:`names_equipment`)."""
    return (names_an_agency(name, sentence, span) or names_a_side(sentence, span) or names_a_unit(sentence, span)
            or names_a_vessel(sentence, span)
            or names_a_stop(name, sentence, span[1])
            or names_a_government(name, sentence, span) or names_equipment(name, sentence, span)
            or _BANK_OF.search(sentence, 0, span[0]) is not None)


def _within(entries: Iterable[tuple[str, tuple[int, int], str | None, bool]], position: int) -> bool:
    """Whether ``position`` lies inside a name already read (a name found again by another pattern)."""
    return any(start <= position < end for _name, (start, end), _admin, _near in entries)


# "the Shevchenkivskyi district of Kyiv", "Kyivskyi district, Donetsk": a city's district, named before its city
_DISTRICT_OF = re.compile(DISTRICT_WORD + r"\s*"
                          r"(?:,\s*|(?i:of|in)\s+(?:(?i:the)\s+)?(?:(?i:city)\s+(?:(?i:of)\s+)?)?)"
                          r"(?P<city>" + NAME + r")")
# a city's district lies within this distance of its city's point (also for "Donetsk - Petrovskyi", places)
DISTRICT_MAX_KM = 25.0


def _city_district(entry: tuple[str, tuple[int, int], str | None, bool],
                   sentence: str) -> tuple[str, tuple[int, int], str | None, bool] | None:
    """A city district named before its city is the district of that city (its oblast given, so its namesakes
    in other cities drop out: "Shevchenkivskyi district of Kyiv" is Kyiv's, not Kharkiv's), or, when no
    district of that name lies in the city, no place (the city, read on its own, is)."""
    name, span, admin, near = entry
    after = _DISTRICT_OF.match(sentence, span[1])
    if admin is not None and after is None:
        # "Podil, Kyiv": the text after the name is a city whose name is also its oblast's (bare "Kyiv" is the
        # oblast), and a district of that city bears the name
        sections = sections_in(name, cities_named(admin))
        oblast = admin1_code(admin)
        if len({section.admin1_code for section in sections}) == 1 and sections[0].admin1_code != oblast and not (
                oblast and geocode_candidates(name, admin1_code=oblast, limit=1)):
            # (a village of the name in the oblast keeps the oblast's reading: "Lukianivka, Kyiv")
            return name, span, sections[0].admin1_code, near
        return entry
    if after is None or admin is not None or raion_code(name):
        return entry
    oblast = admin1_code(after.group("city"))
    if oblast and (_REGION_AFTER.match(sentence, after.end("city")) or raion_code(name, oblast)):
        return entry  # "Sverdlovsk raion, Luhansk oblast": a raion of the oblast, no city's district
    cities = cities_named(after.group("city"))
    if not cities:
        return entry
    sections = sections_in(name, cities)
    if not sections or len({section.admin1_code for section in sections}) != 1:
        return None
    return name, span, sections[0].admin1_code, near


def sections_in(name: str, cities: list[GeoMatch]) -> list[GeoMatch]:
    """The city districts (GeoNames sections) bearing ``name`` that lie in one of ``cities``."""
    return [section for section in geocode_candidates(name, limit=50) if section.source == "geonames-section"
            and any(distance_km(section.lat, section.lon, each.lat, each.lon) <= DISTRICT_MAX_KM for each in cities)]


_NEXT_WORD = re.compile(r"[\s.]+([A-Za-z]+)")
# a fuel-burning power plant right after the name ("Shatura power plant", "Burshtyn power station")
_TOWN_POWER_PLANT = re.compile(r"\s+(?i:power\s+(?:plant|station)|tpp|chp|gres)\b")
# the place named after a street or a site ("on Lomizova street, Mariupol")
_AFTER_FEATURE = re.compile(r"[\s.]+[A-Za-z]+\.?\s*,\s*(?P<name>" + NAME + r")")


_TOWN_BEFORE_FACILITY = re.compile(
    r"\b(?P<name>" + NAME + r")(?:'s?|’s?)?\s+(?:[\w-]+\s+){0,3}?(?i:" + "|".join(sorted(
        (_FACILITY_WORDS | _SITE_WORDS | (_REGIONAL_WORDS - _POWER_WORDS))
        - {"int", "national", "regional", "state", "city", "local", "tv"})) + r")\b")
# a person's title after the name ("Vladimir Leontyev, the Russian-installed head of ...")
_TITLED_AFTER = re.compile(r",\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}?(?:head|governor|mayor|"
                           r"spokes(?:man|woman|person)|commander|chief|minister|leader|official|director|adviser|"
                           r"secretary|ombudsman|deputy)\b")
# a capitalised word with the possessive right after a name: the name is a first name ("Vladimir Putin's")
_SURNAME_OWNS = re.compile(r"\s+[A-Z][\w\-]+['’]s\b")
# a person's title right before a name ("President Vladimir Putin", "Governor Vladimir Saldo")
_PERSON_TITLE = re.compile(r"\b(?:President|Prime\s+Minister|Minister|Governor|Mayor|General|Patriarch|Mr|Mrs|Ms|Dr|"
                           r"Senator|Chancellor|Colonel|Commander|Spokes(?:man|woman))\.?\s+$")
_LOWER_AFTER = re.compile(r"\b(?i:in|near|of|at|on|outside|around|towards?)\s+"
                          r"(?:(?:the|a)\s+(?:destroyed|damaged|ruined|besieged|occupied)\s+)?"
                          r"(?P<name>[a-z][a-z'’-]{3,}(?:\s+[a-z][a-z'’-]{2,})?)\b")
# a city's park, square or stadium is in the city ("Kharkiv Forest Park"); a river or a highway named after a
# city is not
_CITY_BEFORE_PART = re.compile(r"\b(?P<name>" + NAME + r")\s+(?:(?i:forest|central|botanical|city)\s+)?"
                               r"(?i:park|garden|square|stadium|embankment)\b")
_NAME_THEN_OBLAST = re.compile(r"\b(?P<name>" + NAME + r")(?:\s+[a-z][\w-]*){0,2}\s*,\s*(?P<admin>" + NAME
                               + r")(?:\s+(?i:oblast|region|province)\b|(?<=Crimea)\b)")  # or "Novofedorovka, Crimea"
# the same with the word before the oblast's name ("Hostomel, Oblast Kyiv"), or with no comma ("Destroyed bridge Irpin
# Kyiv oblast")
_NAME_THEN_OBLAST_NAMED = re.compile(r"\b(?P<name>" + NAME + r")\s*,\s*(?i:oblast|region|province)\s+(?P<admin>" + NAME
                                     + r")")
_NAME_OBLAST_NO_COMMA = re.compile(r"\b(?P<name>" + NAME + r")\s+(?P<admin>" + NAME
                                   + r")\s+(?i:oblast|region|province)\b")
# the same with the oblast in brackets ("Lypivske (Sumy Oblast): damaged houses")
_NAME_THEN_OBLAST_BRACKETED = re.compile(r"\b(?P<name>" + NAME + r")\s*[(\[]\s*(?P<admin>" + NAME
                                         + r")\s+(?i:oblast|region|province)\s*[)\]]")
# an event coder's oblast alone in brackets after its town ("Toretsk (Donetsk) was struck"): the town, in that oblast
# (round 50), when the oblast holds a place of the name; not the oblast's city named like it
_NAME_THEN_OBLAST_BARE = re.compile(r"\b(?P<name>" + NAME + r")\s*[(\[]\s*(?P<admin>" + NAME + r")\s*[)\]]")
# a road named by the two towns it joins ("the Bakhmut-Soledar road", "Kyiv–Zhytomyr highway")
_ROAD_BETWEEN = re.compile(r"\b(?P<name>[A-Z][\w'’]+)\s*[-–—/]\s*(?P<other>[A-Z][\w'’]+)\s+(?i:road|highway|motorway|"
                           r"route)\b")
# a place given under a label ("Location: Mala Rohan", "Place: Lypivske")
_LABELLED = re.compile(r"\b(?i:location|place|geolocation|geolocated to|settlement)\s*:\s*(?P<name>" + NAME
                       + r"(?:\s+" + NAME + r")?)")
_CAPITALISED_BEFORE = re.compile(r"(?:^|(?<=\s))(?P<word>[A-Z][\w'’]+)\s+$")


def _word_before_joined(sentence: str, start: int, name: str, oblast: str | None) -> int:
    """Where a name read before its oblast starts: one word earlier when that word and the name together are a
    settlement's own name in the oblast ("Lozova Pavlivka, Luhansk oblast", where "Pavlivka" alone is another
    village), else at ``start``."""
    before = _CAPITALISED_BEFORE.search(sentence, max(0, start - 40), start)
    if before is None or oblast is None or before.group("word").lower() in NOT_PLACES:
        return start
    joined = f"{before.group('word')} {name}"
    own = [match for match in geocode_candidates(joined, admin1_code=oblast, limit=3)
           if match.matched_by == MATCHED_BY[0]]
    return before.start("word") if own else start


# the name after such a word is an oblast's, never a town closing the title ("Dnipro, Oblast Dnipropetrovsk")
_OBLAST_WORD_BEFORE = re.compile(r"\b(?i:oblast|region|province|raion|rayon|district)\s+$")
# a town's own: "Mariupol's skyline"; not a side's ("Kyiv's forces"; "LNR's Osa": NOT_PLACES)
_TOWN_OWNS = re.compile(r"\b(?P<name>" + NAME + r")['’]s\s+(?!(?i:forces|troops|army|armed|military|government|"
                        r"authorities|officials|leadership|regime|side|allies|drones?|missiles?|air|navy|defen[cs]e|"
                        r"units?|soldiers|fighters|artillery|war|offensive|counter-?offensive|claims?|statement)\b)"
                        r"[\w-]")
# a town closing a title or a sentence after a comma, a colon, a dash, a bar or a slash, or right after a lowercase
# word: "Damaged school no. 29, Kharkiv", "Aftermath: Trostianets", "Destroyed bridge — Irpin", "Destroyed school
# Kharkiv", "east Ukraine's Donetsk", a line of its own; not after "the" ("a bridge over the Desna": a river, a
# region, an island), nor after a capitalised word on its line ("Stanytsia Luhanska" is one name); a note in brackets
# may follow it ("…, Irpin (00:21 - 00:48)", "…, Zbirne (video)")
_TOWN_LAST = re.compile(r"(?:[,:]\s*|\s+[-–—|/]\s*|(?<![\w'’-])(?!(?i:the)\s)[a-z][a-z'’-]*\s+|(?<=['’]s)\s+|"
                        r"(?<=[a-z])[ \t]*\n\s*)(?P<name>" + NAME + r")(?:[ \t]*\([^()\n]{1,40}\))?\s*[.!]?\s*$")
# a village's name of two words owning a facility ("Mala Rohan's school"), never a region's ("Kharkiv Oblast's")
_TWO_WORDS_OWN = re.compile(r"\b(?P<name>" + NAME + r"\s+(?!(?i:oblast|region|province|raion|rayon|district|krai)\b)"
                            + NAME + r")(?=['’]s\s)")
# the punctuation that sets a title's closing name apart ("Damaged houses, Zbirne"; "Shelling - Novoselivka Persha"),
# where a village's own name is as plainly a place as a town's
_CLOSING_MARK = re.compile(r"(?:[,:|/]|\s[-–—])\s*$")
# a facility or a site a place's possessive owns ("Zbirne's hospital", "Zbirne's only school")
_OWNED_FACILITY = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}?(?i:" + "|".join(sorted(
    _FACILITY_WORDS | _SITE_WORDS | {"houses", "homes", "streets", "outskirts", "centre", "center", "residents"}))
    + r")\b")


def _marked_as_place(match: re.Match[str]) -> bool:
    """Whether the words around a title's closing name or a possessive mark it as a place, so that a village's own
    name is taken as readily as a town's: the name closes the title after a comma, a colon, a bar, a slash or a dash
    ("Damaged houses, Zbirne"), heads it before a colon ("Zbirne: shelling"), owns a facility, a site or a
    place's parts ("Zbirne's hospital") or is what was shelled ("Zbirne was shelled by Russian forces")."""
    if match.re is _TOWN_LAST:
        return _CLOSING_MARK.search(match.string, 0, match.start("name")) is not None
    if match.re is _TITLE_PLACE:
        # a title's head before a colon, where a map names the place of what follows ("Borova: aerial bomb falls
        # near the hospital"), as plainly a place as a closing name
        return _HEAD_COLON.match(match.string, match.end("name")) is not None
    if match.re in (_TOWN_OWNS, _TWO_WORDS_OWN):
        return _OWNED_FACILITY.match(match.string, match.end("name")) is not None
    # the subject of a passive strike verb ("On 9 November 2022, Baranivka was shelled by Russian forces")
    return match.re is _TOWN_PASSIVE
# a town as the modifier of an event: "after the Kharkiv bombing", "the army's Horlivka shelling"
_TOWN_EVENT = re.compile(r"(?:\bthe|\w['’]s)\s+(?P<name>" + NAME + r")\s+(?:bombings?|shelling|strikes?|attacks?|"
                         r"explosions?|blasts?|missile strikes?|airstrikes?|air strikes?|clashes|fighting|battles?)\b")
# a town as the subject of a passive strike verb: "Zaporizhzhia was hit by guided bombs", "Kherson came under fire"
_TOWN_PASSIVE = town_passive(NAME)  # also with the oblast or raion between (trucewatch.nlp.place_passive)
# "center Kharkiv", "the centre of Kherson"
_CENTRE_OF = re.compile(r"\b(?i:cent(?:er|re)|downtown)\s+(?:of\s+)?(?P<name>" + NAME + r")")
# "…Power Plant (Enerhodar)": the settlement in parentheses after a site's or a facility's name
_IN_PARENTHESES = re.compile(r"(?P<owner>" + NAME + r"(?:\s+" + NAME + r"){0,4})\s*\((?P<name>" + NAME
                             + r"(?:\s+" + NAME + r")?)\)")
# what a bank, a shore or a mouth belongs to ("the left bank of the Dnipro") is a water, not a settlement: the words
# before "of", and before the name
_BANK = r"\b(?i:banks?|shores?|estuary|mouth)\s+"
_BANK_BEFORE = re.compile(_BANK + r"$")
_BANK_OF = re.compile(_BANK + r"of\s+(?:the\s+)?$")
# at sea along a coast ("off the Crimean coast"), no settlement
_COAST_AFTER = re.compile(r"\s+(?i:coast|coastline|shore|peninsula)\b")
# a name after "the" that closes its clause, after a preposition of lying by or across ("on the Donets", "across the
# Inhulets", "near the Oskil."), is a river's: a settlement takes no article
_WATER_PREPOSITIONS = frozenset({"on", "over", "across", "near", "around"})
_THE_BETWEEN = re.compile(r"\s+(?i:the)\s+")
_NAME_CLOSES = re.compile(r"\s*(?:[.,;:!?)]|$)")
# ... not a thing's name ("Damage on the Kerch Bridge")
_THING_WORDS = _FEATURE_WORDS | _FACILITY_WORDS | _SITE_WORDS | _POWER_WORDS
# what a bridge spans ("the bridge over Dnipro") is a water, not a settlement
_CROSSING_BEFORE = re.compile(r"\b(?i:bridges?|dams?|crossings?|ferry|pontoons?)\s+$")
# a title's first name before a comma, a colon or a dash, or alone ("Horenka, drone footage", "Kharkiv: damaged
# school", "Sumy - destroyed school", "Izium."); the opening name (one or two words), after a date (and a video's time:
# "17/10/2022 0:14 Kyiv: …") and who holds it
_TITLE_NAME = (r"^\s*(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s+(?:\d{1,2}:\d{2}(?:\s*[-–]\s*\d{1,2}:\d{2})?\s+)?)?" + _HELD_BY
               + r"(?P<name>" + NAME + r"(?:\s+" + NAME + r")?)")
# (a monitors' note in brackets may stand between the name and its colon: "Spornoe (Siversk direction): two tanks
# destroyed", "Nikolaevka (Slavyansk district): school hit")
_BRACKETED = r"(?:\s*\([^()\n]{1,60}\))?"
_TITLE_PLACE = re.compile(_TITLE_NAME + _BRACKETED + r"\s*(?:[,:]|\s[-–—]\s|[.!]?\s*$)")
_HEAD_COLON = re.compile(_BRACKETED + ":")
# a name the text calls a settlement, without a preposition ("Makariv village after liberation", "Mala Rohan
# village shelled")
_NAME_THEN_KIND = re.compile(r"\b(?P<name>" + NAME + r"(?:\s+" + NAME + r")?)\s+(?i:village|town|city|settlement|"
                             r"hamlet)\b(?!\s+(?i:council|hall|administration|centre|center|hospital|of))")
# the comma or bracket that sets a place apart from a street's or a facility's name before it ("on Heroiv Pratsi St,
# Kharkiv"; not "Zaporizhzhia Nuclear Power Plant", whose last word is the facility's own)
_SET_APART = re.compile(r"[,(]")
_POSSESSIVE_END = re.compile(r"(?<=\w)['’]s$")
# "Kherson's Chornobaivka", "Kyiv Oblast's Bucha": a place and what it belongs to
_OWNER_SPLIT = re.compile(r"(?P<owner>.+?)['’]s\s+(?P<place>" + NAME + r"(?:\s+" + NAME + r")?)$")
# a town named by what is based there or by its people ("the Kherson-based TV tower", "Izium residents killed")
_TOWN_BASED = re.compile(r"\b(?P<name>" + NAME + r")(?:-based\b|\s+(?i:residents|citizens|inhabitants|locals|"
                         r"civilians)\b)")
# a title that opens with a place and says what befell it ("Borodianka bombed", "Irpin after the occupation",
# "Klishchiivka retaken")
_TITLE_STATE = re.compile(_TITLE_NAME + r"\s+(?:[a-z][a-z-]+\s+){0,3}?(?i:after|under|during|following|"
                          r"before|today|now|again|falls|fell|[a-z]+ed|(?:re)?taken|overrun|struck|ablaze|"
                          + "|".join(sorted(
                              ("airstrikes?", "strikes?", "attacks?", "shelling", "bombing", "explosions?", "blasts?",
                               "massacre", "graves?", "fires?", "raids?", "siege", "kills", "hits"))) + r")\b")
# a title that says what was damaged and then where, without a preposition ("Destroyed school Chernihiv after
# shelling", "Burnt cars Bucha, image 2", "Damage to school Kharkiv"): a participle or a noun of damage, a short
# lower-case noun phrase, then the name, then the title's end, punctuation, a bracket or a lower-case word
_DAMAGED_THEN_NAME = re.compile(
    r"^\s*(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s+)?(?:(?i:image|video|photo|part)\s*[\d,&/ -]*:\s*)?"
    r"(?:[A-Z][a-z]+ed|Burnt|Burnt-out|Burned-out|Hit|Struck|Broken|Torn|Blown-out|"
    r"(?:Damage|Destruction|Aftermath)\s+(?:to|of))\s+(?:[a-z][\w-]*\s+){1,3}?"
    r"(?P<name>" + NAME + r"(?:\s+" + NAME + r")?)(?=\s*$|\s*[,.;:!(\[]|\s+[a-z0-9]|\s+[-–—])")
# a title that opens with the oblast and then the place ("Kharkiv oblast, Balakliia: destroyed houses")
_OBLAST_THEN_NAME = re.compile(r"^\s*(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s+)?(?P<admin>" + NAME + r")\s+"
                               r"(?i:oblast|region|province)\s*[,:]\s*(?P<name>" + NAME + r"(?:\s+" + NAME + r")?)")
# the same after a preposition, the place after a colon or the word for a settlement ("Shelling in Kherson Oblast:
# Vysokopillya", "in Kherson oblast village Vysokopillya")
_IN_OBLAST_THEN_NAME = re.compile(r"\b(?i:in|of|across|throughout)\s+(?:(?i:the)\s+)?(?P<admin>" + NAME + r")\s+"
                                  r"(?i:oblast|region|province)(?:\s*:\s*|\s+(?i:village|town|city|settlement)\s+"
                                  r"(?:(?i:of)\s+)?)(?P<name>" + NAME + r"(?:\s+" + NAME + r")?)")
# a name that ends with the word for an oblast ("Kherson Oblast")
_REGION_WORD_END = re.compile(r"\s(?i:oblast|region|province|krai|kray)$")
# a settlement in brackets after what happened there ("Destroyed church (Izium)", "Damaged school [Sumy]")
_IN_BRACKETS = re.compile(r"[(\[](?P<name>" + NAME + r"(?:\s+" + NAME + r")?)[)\]]")


CAPITAL_NEXT = re.compile(r"[ -][A-ZА-ЯІЇЄҐ]")


# "city" after a name with no other word of a landmark after it: the kind of the place named ("Lutuhyne city, Luhansk
# region", "Zhdanivka city.")
_CITY_ALONE = re.compile(r"\s+(?i:city)\b(?!\s+(?:[A-Za-z]+\s+)?(?i:" + "|".join(sorted(_FACILITY_WORDS | _SITE_WORDS
                                                                                      | _REGIONAL_WORDS)) + r")\b)")


# a power line's voltage or kind right after a name: the name is the line's ("the Dniprovska 750 kV line", "the
# Ferosplavna-1 power line"), not a settlement's
_LINE_AFTER = re.compile(r"(?:[-–]\d{1,2})?\s+(?:\d{2,4}\s?-?(?i:kv)\s+(?:(?i:power|transmission|high-voltage)\s+)?"
                         r"|(?i:power|transmission|high-voltage)\s+)(?i:lines?)\b")


def _feature(name: str, sentence: str, end: int) -> str | None:
    """What the words after the name's first (and the word after the name) say the name belongs to:
    "feature" (a street, a water, a city part, a power line), "regional", "site", "facility", or None (a
    settlement)."""
    if _LINE_AFTER.match(sentence, end):
        return "feature"
    following = _NEXT_WORD.match(sentence, end)
    words = [word.lower().strip(".") for word in name.split()[1:]]
    if following and not _CITY_ALONE.match(sentence, end):
        # ("Zhdanivka city, Donetsk region": "city" alone after a name is the name's kind, a settlement's, not the
        # first word of a city council or a city hospital)
        words.append(following.group(1).lower())
    for kind, vocabulary in (("feature", _FEATURE_WORDS), ("regional", _REGIONAL_WORDS), ("site", _SITE_WORDS),
                             ("facility", _FACILITY_WORDS)):
        if any(word in vocabulary for word in words):
            if kind == "feature" and words[-1] in ("district", "raion"):
                # "in Bakhmut district" is the raion, "in Obolon District" a city district the gazetteer has
                found = geocode_candidates(name, limit=1)
                oblast = _OBLAST_AFTER_DISTRICT.match(sentence, end)
                own = bool(found) and found[0].matched_by == MATCHED_BY[0] and found[0].source != "admin1-centre"
                if raion_code(name, admin1_code(oblast.group("admin")) if oblast else None) or (own and (
                        found[0].source == "geonames-section" or found[0].population >= RAION_TOWN_POPULATION)):
                    return None  # a town's name before "district" may name the raion called after it
            if kind == "regional" and (not any(word in _POWER_WORDS for word in words) or (
                    _TOWN_POWER_PLANT.match(sentence, end) and admin1_code(name) is None)):
                # "Lysychansk Oil Refinery", "Severodonetsk Azot Plant": an industrial works stands in or by the
                # town it is named after; a power station is named after its region or a city it feeds, unless the
                # name is no region's and the plant no nuclear or hydroelectric one ("the Shatura power plant")
                return "facility"
            return kind
    return None


def settlement_in(name: str, sentence: str, end: int) -> tuple[str | None, bool]:
    """The settlement a name found in text stands for, and whether the name is a street's, a water's, a
    site's or a facility's (then the place named right after it, "on Heroiv Pratsi St, Kharkiv", is one)."""
    kind = _feature(name, sentence, end)
    if kind is None:
        return name, False
    if kind == "facility":
        return leading_place(name, town=True) or sole_town_prefix(name), True
    if kind == "site":
        return leading_place(name, town=False), True
    return None, True


# A town's name as the one who speaks ("Moscow said", "Kyiv reported") names a government, not a place.
_SPEAKS_AFTER = re.compile(r"\s+(?i:said|says|reported|reports|claimed|claims|announced|stated|denied|denies|"
                           r"accused|accuses|confirmed|insisted|warned|warns|responded|threatens|threatened|vows|"
                           r"vowed|promises|promised|orders|ordered|urges|urged|demands|demanded|visits|visited|comments|commented|"
                           r"tells|told|writes|wrote|admits|admitted|notes|noted|explains|explained)\b")


def names_a_speaker(sentence: str, end: int) -> bool:
    """Whether the name ending at ``end`` is the subject of a verb of saying, or owns what is said ("Moscow's
    claim")."""
    return _SPEAKS_AFTER.match(sentence, end) is not None or _WORDS_OWNED.match(sentence, end) is not None
