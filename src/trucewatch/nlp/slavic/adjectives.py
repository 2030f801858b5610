"""Oblasts and towns named by adjectives and spellings: "<adjective> <unit>" in any case ("Брянской области"
-> RU-BRY), the town an adjective before an object names ("Рязанского НПЗ" -> Ryazan), and the Russian
spellings of a Ukrainian adjective or name, as the first-level table and the gazetteer keep Russian ones.
Nothing here raises on user text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trucewatch.geo.admin1 import CRIMEA, admin1_code, admin1_unit, all_admin1_codes
from trucewatch.geo.gazetteer import MATCHED_BY, GeoMatch, admin1_match, geocode, geocode_candidates
from trucewatch.model import Location
from trucewatch.nlp.slavic.lexicon import raw_lexicon
from trucewatch.nlp.slavic.morph import feminine, parse


def russian_spellings(text: str) -> list[str]:
    """A Ukrainian adjective or name in the Russian spellings it may have ("Воронезька" -> "Воронежская",
    "Чуваська" -> "Чувашская", "Іванівська" -> "Ивановская"; ьо is е or ё, "Орьол" -> "Орёл"; и may be ы,
    "Адигея" -> "Адыгея"; stems listed in the lexicon, "Володимирська" -> "Владимирская"; a town's neuter "-ове" is
    "-ово", "Міллерове" -> "Миллерово")."""
    base = text.lower().replace("’", "").replace("'", "").replace("ʼ", "")
    for ukrainian, russian in raw_lexicon()["russian_stems"].items():
        if base.startswith(str(ukrainian)):
            base = str(russian) + base[len(str(ukrainian)):]
    ukrainian_i = [index for index, letter in enumerate(base) if letter == "и"][:3]  # Russian и or ы
    spellings = set()
    for mask in range(1 << len(ukrainian_i)):
        letters = list(base)
        for bit, index in enumerate(ukrainian_i):
            if mask >> bit & 1:
                letters[index] = "ы"
        spellings.add("".join(letters))
    variants: set[str] = set()
    for spelling in spellings:
        for soft_o in ("е", "ё"):
            with_o = spelling.replace("ьо", soft_o)
            variants.update({with_o.replace("і", "и").replace("є", "е").replace("ї", "и"),
                             with_o.replace("і", "е").replace("є", "е").replace("ї", "и")})
    # "Іванівська" -> "Ивановская": a closed syllable's "і" is "о" in Russian before the suffix
    variants.update([re.sub(r"ив(?=ськ|ьк)", "ов", variant) for variant in variants])
    out: list[str] = []
    for variant in variants:
        for ending, replacements in (("зька", ("жская", "гская", "зская")), ("цька", ("цкая", "кская")),
                                     ("ська", ("ская", "шская")), ("зький", ("жский", "гский")), ("цький", ("цкий",)),
                                     ("ський", ("ский",)), ("ька", ("кая",)), ("ький", ("кий",))):
            if variant.endswith(ending):
                out.extend(variant[: -len(ending)] + each for each in replacements)
                break
        else:
            out.append(variant.replace("ь", ""))
            if re.search(r"(?:ов|ев|ин)е$", variant):
                # "Міллерове" -> "Миллерово", "Іванове" -> "Иваново": a town's neuter "-ове", "-еве", "-ине" is "-о"
                out.append(variant.replace("ь", "")[:-1] + "о")
    return out


@lru_cache(maxsize=8192)
def unit_code(adjective: str, unit: str, language: str) -> str | None:
    """The ISO code of "<adjective> <unit>" in any case ("Брянской" + "области" -> RU-BRY)."""
    unit_lemma = parse(unit.lower(), language)[0]
    base = parse(adjective.lower(), language)[0]
    if unit_lemma.startswith("кра"):
        names = [base, f"{base} край"]
    elif unit_lemma.startswith("округ") or "округ" in unit.lower():
        names = [feminine(base, language), base]
    else:
        female = feminine(base, language)
        names = [f"{female} область", female]
    for name in names:
        code = admin1_code(name)
        if code:
            return code
        for spelling in russian_spellings(name.split()[0]):
            code = admin1_code(spelling)
            if code:
                return code
    return None


def town_location(town: GeoMatch) -> Location:
    """The location a settlement the gazetteer chose gives a post."""
    return Location(name=town.name, admin1_code=town.admin1_code, country=town.country, lat=town.lat, lon=town.lon,
                    precision_km=town.precision_km)


# an airfield is named by its town's adjective, in lower case too for a town of ``TOWN_POPULATION`` ("по джанкойському
# аеродрому", "саківський аеродром"), in Russia or in Crimea, held since 2014
_AIRFIELD = re.compile(r"(?:аеродром|аэродром)\w*$", re.IGNORECASE)


def lower_case_town(adjective: str, facility: str, language: str, city: int) -> bool:
    """Whether a lower case adjective before ``facility`` (its words, the adjective first) names a town in Russia or
    in Crimea: a city of ``city`` people, or the town of an airfield."""
    town = adjective_town(adjective, language)
    least = TOWN_POPULATION if _AIRFIELD.search(facility) else city
    return town is not None and (town.country == "RU" or town.admin1_code in CRIMEA) and town.population >= least


def adjective_town(adjective: str, language: str) -> GeoMatch | None:
    """The town an adjective names before an object ("Рязанского НПЗ" -> Ryazan, "Сизранський" -> Syzran,
    "Нововоронежской АЭС" in a Ukrainian post -> Novovoronezh: a Russian spelling is read as Russian). An
    adjective that also names an oblast names a town in it ("Орловская ТЭЦ" is in Oryol, not in Orlov of Kirov
    oblast; the oblast's centre when no such town is found); a former name of a far larger city names that
    city ("Куйбышевский НПЗ": Samara, once Kuybyshev, not today's small Kuybyshev)."""
    town = _adjective_town(adjective, language)
    # (a Russian quotation in a Ukrainian post keeps its Russian forms: "«… повреждена Орловская ТЭЦ»")
    oblast = unit_code(adjective, "область", language) or (
        unit_code(adjective, "область", "ru") if language == "uk" else None)
    if oblast is None or oblast == "RU-MOS" or (town is not None and town.admin1_code == oblast):
        return town
    return admin1_match(oblast)


def _adjective_town(adjective: str, language: str) -> GeoMatch | None:
    town = _adjective_town_of(adjective, language)
    lowered = adjective.lower()
    if town is None and lowered.startswith(_NEW) and len(lowered) > len(_NEW) + 5:
        # "Новолипецький комбінат": a works named "new" after its town, when no town bears the whole name
        return _adjective_town_of(lowered[len(_NEW):], language)
    return town


_NEW = "ново"
# a town, not a village: the people a place needs to be taken for what a bare name, an adjective or a stem names
# when nothing says a settlement follows ("у Карачеві", "Грязинском", "на Нікопольщині", "районе Брянска")
TOWN_POPULATION = 20_000


def _adjective_town_of(adjective: str, language: str) -> GeoMatch | None:
    bases = list(dict.fromkeys(_adjective_lemmas(adjective.lower(), language)))
    for base in bases:
        if base in ("московский", "московський"):
            return geocode("Москва", country="RU")
        stem = next((base[: -len(ending)] for ending in _TOWN_ADJECTIVE_ENDINGS if base.endswith(ending)), None)
        if stem is not None and len(stem) == 2 and (city := _short_stem_city(stem)) is not None:
            return city  # "Орському НПЗ": Orsk, a city whose stem is too short for the guesses below
        if stem is None or len(stem) < 3:
            continue
        found: list[tuple[str, GeoMatch]] = []
        # "Лискинский", "Грязинском", "Туапсинский": an adjective in "-инский" of a town in "-и" or "-е" (Liski,
        # Gryazi, Tuapse), tried first, as a far village may bear the stem itself; only a town of
        # ``TOWN_POPULATION`` people ("Калининский" is Kalininsk's, not a village Калини)
        plural = (stem[:-2] + "и", stem[:-2] + "е") if stem.endswith("ин") and len(stem) > 4 else ()
        # ("морозовський": Morozovsk, the town in "-ськ", before Imeni Morozova by "Морозова")
        for candidate in (*plural, stem, stem + "ск", stem + "ськ", stem + "ь", stem + "а", stem + "к", stem + "и",
                          stem[:-1] + "г" if stem.endswith("з") else stem,
                          stem[:-1] + "ж" if stem.endswith("з") else stem,
                          # "Керченській бухті": Kerch, an adjective with "-ен-" after the town's last letter
                          stem[:-2] if stem.endswith("ен") and len(stem) > 4 else stem,
                          # "Луховицкий авіаційний завод": an adjective in "-цкий" of a town in "-цы" or "-цк"
                          *((stem + "ци", stem + "цы", stem + "цк", stem + "цьк") if base.endswith(("цкий", "цький"))
                            else ()),
                          # "Конаковська ГРЕС", "Кстовський НПЗ": a town in "-о" or "-е" (Konakovo, Kstovo)
                          stem + "о", stem + "е",
                          # a Ukrainian adjective: "енгельський" of a town in "-с" (Engels), "таганрозький" of one in
                          # "-г" (Taganrog), "саківський", "міллерівський" of one in "-и" or "-ово" (Saky, Millerovo)
                          *_ukrainian_stems(stem)):
            for country in ("RU", "UA"):
                match = geocode(candidate.capitalize(), country=country)
                # a town, not a part of a city ("Подольского района" is Podolsk's, not Kyiv's Podil)
                # a spelling variant only for a city, as for a name ("Новоросійського": Novorossiysk)
                least = 100_000 if match is not None and match.matched_by == _VARIANT else (
                    TOWN_POPULATION if candidate in plural else 5_000)
                if match is not None and match.population >= least and match.source != CITY_SECTION:
                    found.append((candidate, match))
        # a town by its name before one by a spelling variant ("енгельський": Engels, not Angarsk by "Енгельськ")
        named = [(candidate, match) for candidate, match in found if match.matched_by != _VARIANT]
        if named or found:
            return _former_name_of_a_city(*(named or found)[0])
    for base in bases:
        # "Афіпському НПЗ", "Ільський НПЗ": a settlement whose name is the adjective itself (Afipsky)
        for country in ("RU", "UA"):
            match = geocode(base.capitalize(), country=country)
            if match is not None and match.matched_by != _VARIANT and match.population >= 5_000 \
                    and match.source != CITY_SECTION:
                return match
    return None


def _ukrainian_stems(stem: str) -> tuple[str, ...]:
    """The town names a Ukrainian adjective's stem may stand for beyond the common ones: "енгель" -> "Енгельс",
    "таганрозь" -> "Таганрог", "саків" -> "Саки", "міллерів" -> "Міллерово"."""
    found = [stem.rstrip("ь") + "с"] if stem.endswith("ль") else []
    if stem.endswith(("зь", "з")):
        found.append(stem.rstrip("ь")[:-1] + "г")
    if stem.endswith("ів") and len(stem) > 4:
        found.extend((stem[:-2] + "и", stem[:-2] + "ово", stem[:-2] + "ове", stem[:-2] + "еве", stem[:-2] + "ево"))
    return tuple(found)


_SHORT_STEM_TOWN = 50_000


def _short_stem_city(stem: str) -> GeoMatch | None:
    """A town of ``_SHORT_STEM_TOWN`` whose name is a stem of two letters and "-ськ" / "-ск" ("Орськ", "Єйськ"), or
    None."""
    for candidate in (stem + "ськ", stem + "ск"):
        match = geocode(candidate.capitalize(), country="RU")
        if match is not None and match.matched_by != _VARIANT and match.population >= _SHORT_STEM_TOWN:
            return match
    return None


def _former_name_of_a_city(name: str, match: GeoMatch) -> GeoMatch:
    """``match``, or a city ten times its size that once bore ``name`` (an alternate name in the gazetteer)."""
    for spelling in dict.fromkeys((name, *russian_spellings(name))):
        for each in geocode_candidates(spelling.capitalize(), country=match.country):
            if each.matched_by == MATCHED_BY[1] and each.population >= 10 * max(match.population, 1):
                return each
    return match


CITY_SECTION = "geonames-section"
_VARIANT = MATCHED_BY[2]  # a name found by a spelling variant
_TOWN_ADJECTIVE_ENDINGS = ("ский", "ський", "ской", "цкий", "цький", "кий")


def _adjective_lemmas(word: str, language: str) -> list[str]:
    """The adjective's dictionary forms: read in the post's language, then (when that reading is no
    adjective) in the other one, as posts quote names in the other language's spelling."""
    lemmas = []
    for each in (language, "ru" if language == "uk" else "uk"):
        base, grammemes = parse(word, each)
        if "ADJF" in grammemes or base.endswith(_TOWN_ADJECTIVE_ENDINGS):
            lemmas.append(base)
    return lemmas


# "Ленобласть", "у Мособласті": an oblast by the clipped opening of its adjective joined to the noun
COMPOUND_OBLAST = re.compile(r"^([А-ЯЁІЇЄҐ][а-яёіїєґ]{2,5})област\w*$")


@lru_cache(maxsize=256)
def compound_oblast(word: str) -> str | None:
    """The one oblast whose Cyrillic adjective opens with the clipped stem of ``word``, or None."""
    match = COMPOUND_OBLAST.match(word)
    if match is None:
        return None
    stem = match.group(1).lower()
    codes = {code for code in all_admin1_codes()
             if (unit := admin1_unit(code)) is not None and "Oblast" in unit.name
             and any(alias.lower().startswith(stem) and alias.lower().endswith(("ская", "ська"))
                     for alias in unit.aliases)}
    return next(iter(codes)) if len(codes) == 1 else None
