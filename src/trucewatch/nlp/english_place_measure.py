"""English spellings of Ukrainian and Russian town names, measured over the gazetteer's own places.

For every Ukrainian settlement of ``TOWN_POPULATION`` people or more, every ``MID_EVERY``-th of ``MID_POPULATION``
or more, every ``VILLAGE_EVERY``-th smaller one (so that villages and their namesakes are covered), and the Russian
towns of ``RU_POPULATION`` people or more in the regions strikes reach (``RU_REGIONS``), the English spellings a
writer would use are made from the place's **Cyrillic** names by this module's own transliteration (never from the
gazetteer's Latin names or alternates):

- ``national``: the Ukrainian name in the national system of 2010 (Kupiansk, Bilhorod-Dnistrovskyi);
- ``uk_older``: the Ukrainian name with ye / yi / yu / ya inside the word and -yy endings, as English text wrote it
  before 2010 (Kupyansk, Khmelnytskyy);
- ``ru_bgn``: the Russian name as English-language agencies romanise it (Nikolayev, Artemovsk, Yenakiyevo,
  Belgorod-Dnestrovskiy, Severodonetsk);
- ``ru_news``: the Russian name as news copy writes it (Nikolaev, Enakievo, Belgorod-Dnestrovsky, Maryinka);
- ``ru_apostrophe``: the Russian name with its soft signs as apostrophes (Mar'inka, Ryl'sk);
- ``ru_alternate``: for towns of ``TOWN_POPULATION`` people, a former (Soviet) name the gazetteer keeps in Cyrillic,
  romanised as ``ru_bgn`` (Artemovsk, Krasnoarmeysk, Dimitrov).

Each distinct spelling is put into short sentences in the manner of monitor-map titles and news (:data:`TEMPLATES`),
with and without the oblast or the raion, read by :func:`trucewatch.nlp.extract.extract_article` and scored by the
first report with a point: ``placed``, ``admin1`` (in the place's region), ``within_10km`` / ``within_25km`` (of the
place's point), ``over_100km``. A miss is classed: no point or only the region's or raion's (the name was not
read) as ``not_found`` when no reading of the spelling reaches the place, ``undecided`` when one does among namesakes
far apart, ``refused`` when one does alone; a point elsewhere as ``namesake`` (the name read as written, another place
bearing it or the middle of several chosen) or ``other`` (another name read). Sentences of the same
shapes with common English words and proper nouns that are no place in the name's slot count ``false_places`` (a
settlement placed). :func:`cases` builds the sentences, :func:`measure` scores them.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from trucewatch.geo.admin1 import STRIKE_REACH_RU_REGIONS, admin1_name
from trucewatch.geo.distance import distance_km
from trucewatch.geo.translit import normalise

TOWN_POPULATION = 10_000
MID_POPULATION = 2_000
MID_EVERY = 4
VILLAGE_EVERY = 40
RU_POPULATION = 10_000
RU_REGIONS = STRIKE_REACH_RU_REGIONS
SYSTEMS = ("national", "uk_older", "ru_bgn", "ru_news", "ru_apostrophe", "ru_alternate")
NEAR_KM, FAR_KM, OFF_KM, NAMESAKE_KM = 10.0, 25.0, 100.0, 5.0
# (form, template, context): {name}, {region} ("Donetsk Oblast"), {short} ("Donetsk"), {raion} ("Pokrovskyi")
TEMPLATES: tuple[tuple[str, str, str], ...] = (
    ("reported", "Shelling reported in {name}", ""),
    ("heard", "Explosions heard near {name}", ""),
    ("aftermath", "Aftermath of a strike on a residential building in {name}, {region}", "region"),
    ("substation", "Drone hits a substation in {name}, {short} region", "region"),
    ("raion", "Russian forces shelled {name}, {raion} raion", "raion"),
)
# shelling does not reach a town deep in Russia (the reader refuses such a reading as a person's name): the
# first form reads there as the strikes that do
RU_REPORTED = "Drone attack reported in {name}"
_CONTEXT = {form: context for form, _template, context in TEMPLATES}
# words in the name's slot that are no place: capitalised English words (a title's) and names of people, weapons,
# firms and bodies
COMMON_WORDS = (
    "Monday", "Tuesday", "Morning", "Night", "Town", "City", "Village", "Market", "School", "Hospital", "Station",
    "Bridge", "Park", "Centre", "Harbour", "Field", "Forest", "River", "Lake", "Hill", "Valley", "Garden", "Victory",
    "Freedom", "Liberty", "Glory", "Peace", "Friendship", "Progress", "Unity", "Hope", "Dawn", "Spring", "Summer",
    "Winter", "Autumn", "Mine", "Factory", "Plant", "Depot", "Base", "Airport", "Downtown", "Suburbs", "Outskirts",
    "Border", "Frontline", "Sector", "Direction", "Highway", "Church", "Cathedral", "Stadium", "Harvest", "Liberation",
)
PROPER_NOUNS = (
    "Zelensky", "Putin", "Shoigu", "Gerasimov", "Kadyrov", "Prigozhin", "Surovikin", "Budanov", "Zaluzhny", "Syrsky",
    "Kuleba", "Medvedev", "Klitschko", "Bayraktar", "Shahed", "Kalibr", "Iskander", "Kinzhal", "Wagner", "Gazprom",
    "Rosatom", "Ukrenergo", "Naftogaz", "Energoatom", "NATO", "HIMARS", "Patriot", "Leopard", "Abrams", "Bradley",
    "Javelin", "Starlink", "Telegram", "Reuters", "Twitter", "Lancet", "Geran", "Tochka", "Smerch", "Uragan",
)

# ---- transliteration of the Cyrillic names (this module's own: the gazetteer's Latin names are not read) ----
_COMMON = {
    "а": "a", "б": "b", "в": "v", "д": "d", "ж": "zh", "з": "z", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch",
}
_UK_NATIONAL = {**_COMMON, "г": "h", "ґ": "g", "е": "e", "є": "ie", "и": "y", "і": "i", "ї": "i", "й": "i", "ь": "",
                "ю": "iu", "я": "ia", "ы": "y", "э": "e", "ё": "io", "ъ": ""}
_UK_NATIONAL_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_UK_OLDER = {**_UK_NATIONAL, "є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_RU = {**_COMMON, "г": "g", "е": "e", "ё": "yo", "и": "i", "й": "y", "ы": "y", "э": "e", "ю": "yu", "я": "ya",
       "ь": "", "ъ": "", "і": "i", "ї": "yi", "є": "ye", "ґ": "g"}
_VOWELS = set("аеёиоуыэюяіїє")


def _words(text: str) -> list[str]:
    return re.split(r"([ -])", text)


def _title(latin: str) -> str:
    """Capitalise each part of a name, except the particles of "Rostov-na-Donu"."""
    return "".join(part if part in (" ", "-", "na", "nad") else part[:1].upper() + part[1:]
                   for part in re.split(r"([ -])", latin))


def national(cyrillic: str) -> str:
    """The Ukrainian name in the national system of 2010 (KMU resolution 55): "Запоріжжя" is Zaporizhzhia."""
    out: list[str] = []
    for word in _words(cyrillic.lower()):
        letters = []
        for index, char in enumerate(word):
            if index == 0 and char in _UK_NATIONAL_INITIAL:
                letters.append(_UK_NATIONAL_INITIAL[char])
            elif char == "г" and index and word[index - 1] == "з":
                letters.append("gh")
            else:
                letters.append(_UK_NATIONAL.get(char, "" if char in "'’ʼ" else char))
        out.append("".join(letters))
    return _title("".join(out))


def uk_older(cyrillic: str) -> str:
    """The Ukrainian name as English wrote it before 2010: ye, yi, yu, ya anywhere, й y ("Kupyansk",
    "Khmelnytskyy")."""
    return _title("".join(_UK_OLDER.get(char, "" if char in "'’ʼ" else char) for char in cyrillic.lower()))


def russian(cyrillic: str, style: str = "bgn") -> str:
    """The Russian name romanised in ``style``: ``bgn`` (ye at a word's start and after a vowel, -iy / -yy endings:
    "Nikolayev", "Yenakiyevo", "Belgorod-Dnestrovskiy"), ``news`` (e always, -y endings, a soft sign before a vowel
    as y: "Nikolaev", "Enakievo", "Belgorod-Dnestrovsky", "Maryinka") or ``apostrophe`` (as ``bgn``, the soft sign an
    apostrophe: "Mar'inka", "Ryl'sk")."""
    out: list[str] = []
    for word in _words(cyrillic.lower()):
        letters = []
        for index, char in enumerate(word):
            previous = word[index - 1] if index else ""
            following = word[index + 1] if index + 1 < len(word) else ""
            if style != "news" and char == "е" and (not previous or previous in _VOWELS or previous in "ьъ"):
                letters.append("ye")
            elif char == "ь" and style == "apostrophe":
                letters.append("'")
            elif char == "ь" and style == "news" and following in ("и", "е", "ё", "ю", "я"):
                letters.append("y" if following in "ие" else "")
            elif char == "й" and style == "news" and previous in "иы" and index == len(word) - 1:
                letters.append("")  # "-ский" is "-sky", "-ный" "-ny"
            elif char == "ы" and style == "news" and following == "й" and index == len(word) - 2:
                letters.append("y")
            elif char == "и" and following == "й" and index == len(word) - 2:
                letters.append("y" if style == "news" else "i")
            else:
                letters.append(_RU.get(char, "" if char in "'’ʼ" else char))
        out.append("".join(letters))
    return _title("".join(out))


def spellings(ukrainian: str | None, russian_name: str | None, former: str | None = None) -> dict[str, str]:
    """The distinct English spellings of a place by system (:data:`SYSTEMS`), the first system of a spelling kept."""
    made: dict[str, str] = {}
    if ukrainian:
        made["national"] = national(ukrainian)
        made["uk_older"] = uk_older(ukrainian)
    if russian_name:
        made["ru_bgn"] = russian(russian_name, "bgn")
        made["ru_news"] = russian(russian_name, "news")
        made["ru_apostrophe"] = russian(russian_name, "apostrophe")
    if former:
        made["ru_alternate"] = russian(former, "bgn")
    distinct: dict[str, str] = {}
    for system, spelling in made.items():
        if spelling not in distinct.values():
            distinct[system] = spelling
    return distinct


# ---- the places and their Cyrillic names ----
_UKRAINIAN_LETTERS = re.compile(r"[іїєґ]|[цсзлнт]ь[кц]|ць\b|ц[яю]|(?<=[бвдзлмнпрстф])ий\b")
# a name with none of those letters is taken for the Ukrainian one only when romanised it is this close to the
# place's own Latin name (GeoNames lists only the Russian spelling of some towns: Кадиевка is no Ukrainian name)
UKRAINIAN_RATIO = 0.85
_RUSSIAN_LETTERS = re.compile(r"[ыэёъ]")
# Belarusian (ў, ы after a hushing consonant, э inside a word) or mixed with Latin letters: neither language's
_NEITHER = re.compile(r"ў|[шжчщ]ы|(?<=[бвгджзклмнпрстфхцчшщ])э|[a-z]|дз")
_CYRILLIC_NAME = re.compile(r"^[а-яёіїєґ]+(?:[ -][а-яёіїєґ]+)*$")
# a Ukrainian ending no Russian name has (a neuter adjective's -е after a consonant, a plural's -и)
_UKRAINIAN_ENDING = re.compile(r"[бвгджзклмнпрстфхцчшщ][еи]$")
_FORMER_SHAPE = re.compile(r"(?:ск|ово|ево|ино|овка|евка|ов|ев)$")


@dataclass(frozen=True)
class Town:
    """A place of the measure: its names in Cyrillic and where it lies."""

    name: str  # the gazetteer's own name (for the report only)
    admin1: str
    lat: float
    lon: float
    population: int
    raion: str | None
    ukrainian: str | None
    russian: str | None
    former: str | None = None


@dataclass(frozen=True)
class Case:
    """One sentence of the measure."""

    town: Town
    system: str
    form: str
    spelling: str
    text: str


def _ratio(one: str, other: str) -> float:
    return difflib.SequenceMatcher(None, one, other).ratio()


def pick_names(own: str, keys: list[str], alternates: list[str], country: str) -> tuple[
        str | None, str | None, str | None]:
    """The Ukrainian, Russian and former (Russian) Cyrillic names of a place from the gazetteer's Cyrillic keys
    (``keys`` its own-name keys, ``alternates`` its alternate-name keys); ``own`` (its Latin name) only chooses
    among several candidates for the Ukrainian one."""
    usable = [key for key in keys if _CYRILLIC_NAME.match(key) and not _NEITHER.search(key)]
    plain = own.lower().replace("'", "").replace("’", "")
    if country == "RU":
        russian_only = [key for key in usable if not _UKRAINIAN_LETTERS.search(key)]
        return None, max(russian_only, key=lambda key: (_ratio(russian(key).lower(), plain), key), default=None), None
    ukrainian_pool = [key for key in usable if not _RUSSIAN_LETTERS.search(key) and (
        _UKRAINIAN_LETTERS.search(key) or _ratio(national(key).lower(), plain) >= UKRAINIAN_RATIO)]
    ukrainian = max(ukrainian_pool, key=lambda key: (_ratio(national(key).lower(), plain), key),
                    default=None)
    russian_pool = [key for key in usable if key != ukrainian and not _UKRAINIAN_LETTERS.search(key)]
    if russian_pool:
        russian_name: str | None = max(russian_pool, key=lambda key: (_ratio(key, ukrainian or key), key))
    elif ukrainian and not _UKRAINIAN_LETTERS.search(ukrainian) and not _UKRAINIAN_ENDING.search(ukrainian):
        russian_name = ukrainian  # spelt alike in both languages ("Бахмут")
    else:
        russian_name = None
    former = None
    if ukrainian:
        from trucewatch.geo.translit import skeleton

        formers = sorted(key for key in alternates if _CYRILLIC_NAME.match(key) and not _NEITHER.search(key)
                         and not _UKRAINIAN_LETTERS.search(key) and _FORMER_SHAPE.search(key)
                         and skeleton(key)[:3] != skeleton(ukrainian)[:3])
        former = formers[0] if formers else None
    return ukrainian, russian_name, former


def towns(every: int = 1) -> list[Town]:
    """The measured places, in a fixed order (country, region, name), every ``every``-th of them."""
    from trucewatch.geo.gazetteer import all_places, cyrillic_name_keys

    keys = cyrillic_name_keys()
    chosen: list[Town] = []
    villages = middles = 0
    for number, place in enumerate(all_places()):
        if place.admin1 is None or number not in keys[0]:
            continue
        if place.country == "UA" and place.source == "geonames-ua":
            if place.population < TOWN_POPULATION:
                if place.population >= MID_POPULATION:
                    middles += 1
                    if middles % MID_EVERY:
                        continue
                else:
                    villages += 1
                    if villages % VILLAGE_EVERY:
                        continue
        elif not (place.country == "RU" and place.population >= RU_POPULATION and place.admin1 in RU_REGIONS):
            continue
        ukrainian, russian_name, former = pick_names(place.name, sorted(keys[0][number]),
                                                     sorted(keys[1].get(number, ())), place.country)
        if place.population < TOWN_POPULATION:
            former = None
        if ukrainian or russian_name:
            chosen.append(Town(place.name, place.admin1, place.lat, place.lon, place.population, place.raion,
                               ukrainian, russian_name, former))
    chosen.sort(key=lambda town: (town.admin1, town.name, town.lat, town.lon))
    return chosen[::every]


def region_words(admin1: str) -> tuple[str, str] | None:
    """The region's name as a sentence writes it ("Donetsk Oblast") and its short form ("Donetsk"), or None for a
    city with the status of a region (Kyiv, Sevastopol)."""
    if admin1 in ("UA-30", "UA-40"):
        return None
    name = admin1_name(admin1)
    if admin1 == "UA-43":
        return "Crimea", "Crimea"
    short = re.sub(r"^Republic of |\s+(?:Oblast|Krai|Republic)$", "", name)
    return name, short


def cases(every: int = 1) -> list[Case]:
    """The measure's sentences: every template for each distinct spelling of each place."""
    from trucewatch.geo.gazetteer import all_raions

    raions = all_raions()
    built: list[Case] = []
    for town in towns(every):
        region = region_words(town.admin1)
        raion = raions.get(town.raion) if town.raion else None
        for system, spelling in spellings(town.ukrainian, town.russian, town.former).items():
            for form, template, context in TEMPLATES:
                template = RU_REPORTED if form == "reported" and town.admin1.startswith("RU") else template
                if (context == "region" and region is None) or (context == "raion" and raion is None):
                    continue
                text = template.format(name=spelling, region=region[0] if region else "",
                                       short=region[1] if region else "", raion=raion.name if raion else "")
                built.append(Case(town, system, form, spelling, text))
    return built


def false_cases() -> list[tuple[str, str]]:
    """(word, sentence) for each word in :data:`COMMON_WORDS` and :data:`PROPER_NOUNS` in every template, a
    region given as for Kharkiv (UA-63), a raion as Kharkivskyi."""
    built = []
    for word in (*COMMON_WORDS, *PROPER_NOUNS):
        for _form, template, _context in TEMPLATES:
            built.append((word, template.format(name=word, region="Kharkiv Oblast", short="Kharkiv",
                                                raion="Kharkivskyi")))
    return built


# ---- scoring ----
def _read(text: str, number: int) -> Any:
    from trucewatch.nlp.evaluate_cir import first_located
    from trucewatch.nlp.extract import extract_article
    from trucewatch.nlp.pipeline import Article

    found = first_located(extract_article(Article(id=f"english-{number}", text=text, source="measure",
                                                  source_kind="monitor")))
    return found.location if found is not None else None


def _bearers(town: Town) -> list[tuple[float, float]]:
    """The points of every place whose own name is one of the town's Cyrillic names (its namesakes)."""
    from trucewatch.geo.gazetteer import all_places, own_name_bearers

    places = all_places()
    numbers = {number for name in (town.ukrainian, town.russian) if name for number in own_name_bearers(name)}
    return [(places[number].lat, places[number].lon) for number in sorted(numbers)]


_REGION_LEVEL = re.compile(r"\b(?:raion|district|oblast|region)$", re.IGNORECASE)


def _unread(case: Case) -> str:
    """Why a name gave no settlement: ``not_found`` (no reading of the spelling reaches the place: a spelling the
    gazetteer does not match), ``undecided`` (it does, among namesakes far apart) or ``refused`` (it does, alone)."""
    from trucewatch.geo.gazetteer import geocode_candidates

    readings = geocode_candidates(case.spelling, limit=1000)
    if not any(distance_km(match.lat, match.lon, case.town.lat, case.town.lon) <= NEAR_KM for match in readings):
        return "not_found"
    return "undecided" if len({(round(m.lat), round(m.lon)) for m in readings}) > 1 else "refused"


def score(case: Case, location: Any) -> dict[str, Any]:
    """How one sentence was read: placed, admin1, within 10 / 25 km, over 100 km, and the miss's class."""
    if location is None or location.lat is None or location.lon is None:
        return {"placed": False, "miss": _unread(case)}
    distance = distance_km(location.lat, location.lon, case.town.lat, case.town.lon)
    result = {"placed": True, "admin1": location.admin1_code == case.town.admin1, "within_10km": distance <= NEAR_KM,
              "within_25km": distance <= FAR_KM, "over_100km": distance > OFF_KM, "km": round(distance, 1)}
    if distance > NEAR_KM:
        if location.name is None or _REGION_LEVEL.search(location.name):
            result["miss"] = _unread(case)
        elif normalise(location.name) == normalise(case.spelling) or any(
                distance_km(location.lat, location.lon, *point) <= NAMESAKE_KM for point in _bearers(case.town)):
            result["miss"] = "namesake"
        else:
            result["miss"] = "other"
    return result


def _shares(counts: Counter[str], total: int) -> dict[str, float]:
    return {key: round(counts[key] / total, 4) if total else 0.0
            for key in ("placed", "admin1", "within_10km", "within_25km", "over_100km")}


def measure(built: list[Case], *, misses: bool = False, false_sentences: list[tuple[str, str]] | None = None,
            ) -> dict[str, Any]:
    """Shares of ``built`` placed, in the region, within 10 / 25 km, over 100 km, overall, by spelling system and by
    sentence form; the misses by class; and the false places among ``false_sentences`` (:func:`false_cases` when
    None)."""
    counts: dict[str, Counter[str]] = {}
    classes: Counter[str] = Counter()
    missed: list[dict[str, Any]] = []
    for number, case in enumerate(built):
        location = _read(case.text, number)
        scored = score(case, location)
        context = f"with_{_CONTEXT[case.form]}" if _CONTEXT[case.form] else "name_alone"
        for scope in ("all", f"system:{case.system}", f"form:{case.form}", f"context:{context}"):
            tally = counts.setdefault(scope, Counter())
            tally["n"] += 1
            tally.update(key for key, value in scored.items() if value is True)
        if "miss" in scored:
            classes[f"{context}:{scored['miss']}"] += 1
            if misses:
                missed.append({"text": case.text, "system": case.system, "town": case.town.name,
                               "admin1": case.town.admin1, "miss": scored["miss"], "km": scored.get("km"),
                               "read": [location.name, location.admin1_code] if location is not None else None})
    result: dict[str, Any] = {"towns": len({case.town for case in built}), "sentences": len(built),
                              **_shares(counts.get("all", Counter()), len(built))}
    for prefix in ("context", "system", "form"):
        result[f"by_{prefix}"] = {scope.split(":", 1)[1]: {"n": tally["n"], **_shares(tally, tally["n"])}
                                  for scope, tally in sorted(counts.items()) if scope.startswith(prefix + ":")}
    result["misses_by_class"] = dict(sorted(classes.items()))
    false_found = []
    sentences = false_cases() if false_sentences is None else false_sentences
    for number, (_word, text) in enumerate(sentences):
        location = _read(text, len(built) + number)
        if location is not None and location.name is not None and not _REGION_LEVEL.search(location.name):
            false_found.append([text, location.name, location.admin1_code])
    result["false_sentences"] = len(sentences)
    result["false_places"] = len(false_found)
    result["false_found"] = false_found
    if misses:
        result["misses"] = missed
    return result
