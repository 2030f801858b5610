"""Regions named in Russian and Ukrainian posts: the land around a town or an oblast's centre named with "-щина" /
"-чина" ("на Нікопольщині", "Калужчина", "Ленінградщина"); a first-level unit's own name in any case
("Татарстані", "Башкирії"); and oblasts, krais and republics named by their adjective with the unit's noun, listed
before one noun ("у Брянській, Курській та Бєлгородській областях") or alone in a tally ("Белгородська — 71,
Курська — 21") (:func:`unit_places`); looked up through the morphology and the gazetteer's region names."""

from __future__ import annotations

import re
from functools import lru_cache

from trucewatch.geo.admin1 import admin1_code
from trucewatch.nlp.slavic.adjectives import TOWN_POPULATION, russian_spellings, unit_code
from trucewatch.nlp.slavic.morph import parse
from trucewatch.nlp.slavic.roles import elsewhere, from_origin
from trucewatch.nlp.slavic.settlements import settlement

# the land around a town, named by the town's stem and "-щина" ("на Нікопольщині", "на Стрийщині", "по Куп'янщині"):
# the town's region, when a town of TOWN_POPULATION bears that stem (as it is, or with "-ськ": "Куп'ян-" is Kupiansk)
_TOWN_LAND = re.compile(r"^([А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ]{2,})щин\w*$")


# an oblast named by its centre's stem and "-щина" or "-чина" ("на Калужчині", "Нижегородщина", "Липеччина", "по
# Пензенщині", "Івано-Франківщині", "Ленінградщина"): the oblast whose adjective the stem makes ("Калуж-" +
# "-ська" or "-зька", "Липеч-" + "-цька"), before any town the stem may name ("Ленінградщина" is the oblast, not
# St Petersburg, once Leningrad); not "Московщина", the Ukrainian name of Muscovy, read as Moscow as before
_OBLAST_LAND = re.compile(r"^([А-ЯЁІЇЄҐ][\w'’ʼ-]{2,}?)([щч])ин\w*$")


@lru_cache(maxsize=4096)
def oblast_land(word: str, language: str) -> str | None:
    match = _OBLAST_LAND.match(word)
    if match is None:
        return None
    stem, letter = match.groups()
    if letter == "ч" and stem.endswith("ч"):  # "Липеччина", "Вінниччина": the stem's "ц" doubled as "чч"
        stems = [stem[:-1] + "цька"]
    elif stem.endswith("ж"):  # "Калужчина", "Оренбуржчина", "Воронежчина": "Калузька", "Оренбурзька"
        stems = [stem[:-1] + "зька", stem + "ська"]
    else:
        stems = [stem + "ська"]
    for adjective in stems:
        code = unit_code(adjective, "область", language)
        if code is not None and code != "RU-MOS":
            return code
    return None


def town_land(word: str, language: str) -> str | None:
    match = _TOWN_LAND.match(word)
    if match is None:
        return None
    # an oblast's stem names the oblast, not a town that once bore the name ("Ленінградщина": Leningrad oblast, not
    # St Petersburg; "Орловщина": Oryol oblast, not the small Orlov)
    oblast = unit_code(match.group(1) + "ська", "область", language)
    if oblast:
        return oblast
    # the land is its centre's, the largest town the stem may name ("Самарщина": Samara, not the smaller Samar)
    towns = [place for place in (settlement(name, language, "settlement") for name in (
        match.group(1), match.group(1) + "ськ", match.group(1) + "ь", match.group(1) + "а"))
        if place is not None and place.admin1_code and place.population >= TOWN_POPULATION]
    return max(towns, key=lambda place: place.population).admin1_code if towns else None


# an oblast by its short name right after a town, after a comma or in brackets ("порт Приморськ (Ленінградщина)",
# "Новокуйбишевськ, Самарщина"): the oblast the town lies in
_LAND_AFTER = re.compile(r"\s*[,(]\s*([А-ЯЁІЇЄҐ][\w'’ʼ-]{2,}(?:щин|чин)\w*)(?![\w'’ʼ-])")


def land_after(text: str, end: int, language: str) -> str | None:
    """The oblast named by its short name right after a town ending at ``end``, or None."""
    after = _LAND_AFTER.match(text, end)
    return None if after is None else oblast_land(after.group(1), language) or town_land(after.group(1), language)


@lru_cache(maxsize=8192)
def name_code(name: str, language: str) -> str | None:
    base = parse(name.lower(), language)[0]
    for candidate in (name, base, base.capitalize(), *russian_spellings(base)):
        code = admin1_code(candidate)
        if code:
            return code
    return None


@lru_cache(maxsize=8192)
def unit_noun(word: str, language: str) -> str | None:
    """The first-level unit a noun names by itself ("Татарстані", "Чечню", "Башкирії"), or None; adjectives
    name a unit only with its noun ("Курській області")."""
    if len(word) < 4 or "NOUN" not in parse(word, language)[1]:
        return None
    return name_code(word, language)


# an oblast may also be called by an old or mocking name for a province ("у московській волості", "Курська
# губернія"), and its governor by the region's adjective, in full or in slang ("Воронезький губернатор", "Курський
# губер"), and its operational headquarters the same way ("в ростовському оперштабі", "Курский оперштаб"): the
# adjective still names the oblast
# a post cut mid-word ("… Одинцовского района Московской об"): the unit's first letters at the very end; a krai
# in the instrumental ("над Краснодарським краєм", "над Краснодарским краем") as in any other case, and krais in the
# plural ("над Краснодарским и Ставропольским краями")
_UNIT = re.compile(r"\b(област\w*|обл(?:\.|\b)|кра[йяюе]\b|краю\b|краї\w*|кра[єе]м\b|кра(?:ями|ях|ям|ев)\b|"
                   r"республик\w*|республі[кц]\w*|"
                   r"автономн\w+\s+округ\w*|волост\w*|губерн\w*|губер(?:а|у|ом|ові|і)?\b|оперштаб\w*|"
                   r"об(?:л|ла|лас)?(?=\s*$))",
                   re.IGNORECASE)
# (the instrumental's "-им" / "-ым" too: "Краснодарським краєм", "Краснодарским краем")
_ADJECTIVE = re.compile(r"^[А-ЯЁІЇЄҐа-яёіїєґ'’-]+"
                        r"(?:ой|ей|ая|ую|ий|ый|ого|ому|ом|ої|ій|а|у|ою|ых|их|ей|ім|им|ым|ими|ыми)$", re.IGNORECASE)
_LIST_GLUE = re.compile(r"^(?:,|/|и|і|та|й|а|также|також|\(.*?\)|–|-|—)$", re.IGNORECASE)
_TOKEN = re.compile(r"\([^()]{0,40}\)|[А-ЯЁІЇЄҐа-яёіїєґA-Za-z'’-]+|[,/–—-]")

# (opening a sentence too: "Над Волгоградской и Саратовской ещё 16")
_BARE_ADJECTIVE = re.compile(r"(?:\b(?i:над)\s+(?:территори\w+\s+)?|\bтерритори\w+\s+|\bтериторі\w+\s+)"
                             r"([А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+(?:ой|ей|ого|ої|ій|[сцз]ькою))\b(?!\s+(?:област|обл\.|кра|республик))")

_FEMININE_ADJECTIVE = re.compile(r"(?<![\w'’-])[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:[сцз]ька|[сцз]кая)(?![\w'’-])")
# a count after each name ("🟥Белгородська — 71 🟧 Курська — 21"): a tally by region, its marks between the items
# and a region named by a noun among them ("⬜ Калмикія — 1 ⬜ Калузька — 5") not breaking the list
_COUNTED = r"\s*[—–:-]\s*\d+(?:[^\w\n]{0,12}?[А-ЯЁІЇЄҐ][\w'’-]+\s*[—–:-]\s*\d+)*[^\w\n]{0,12}?"
_BARE_LIST = re.compile(_FEMININE_ADJECTIVE.pattern + r"(?:(?:(?:\s*\([^()]{0,40}\))?\s*(?:,|та|і|й|и)\s*|"
                        + _COUNTED + ")" + _FEMININE_ADJECTIVE.pattern + ")+")
_NEXT_WORD = re.compile(r"\s*([А-ЯЁІЇЄҐа-яёіїєґA-Za-z]+)")  # the word after such a list
# one oblast by its bare adjective right after a town, after a comma or in brackets, with no noun after it
# ("Приморськ, Запорізька (окупована)", "Морозовськ і Міллерово (Ростовська)"): the oblast the town lies in
_AFTER_A_TOWN = re.compile(r"(?<![\w'’-])[А-ЯЁІЇЄҐ][\w'’ʼ-]+(?:,\s*|\s*\(\s*)(" + _FEMININE_ADJECTIVE.pattern
                           + r")(?=\s*(?:[),.;!?\n(—–-]|$))")
# a count after a unit's noun and the adjectives that follow it with their counts, the noun left out ("над территорией
# Брянской области – 72, Московской – 20, Курской – 14", "у Брянській області — 12, Курській — 5"): each adjective
# names a unit of the same kind
_DASH_COUNT = r"\s*[—–:-]\s*\d+"
_ELIDED_ADJECTIVE = r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+(?:ой|ей|ої|ій|ом|ім|ым|им|ая|ья|ська|цька|зька)"
_ELIDED_GLUE = r"(?:\s*[,;]\s*(?:(?:и|і|та|й)\s+)?|\s+(?:и|і|та|й)\s+)"
_ELIDED_AFTER_UNIT = re.compile(r"(?<![\w'’])(област\w*|обл\.?|кра[йяюе]\w*)" + _DASH_COUNT
                                + r"((?:" + _ELIDED_GLUE + _ELIDED_ADJECTIVE + _DASH_COUNT + r")+)", re.IGNORECASE)
_ELIDED_ITEM = re.compile(r"(?<![\w'’-])(" + _ELIDED_ADJECTIVE + r")" + _DASH_COUNT)
# ... or a count before a preposition and each adjective, the noun said with the first only ("126 над Курською
# областю, 38 над Брянською, 25 над Бєлгородською", "в Курской области, 5 в Брянской", "і ще 47 над Орловською,
# Воронезькою та Калузькою")
_PREPOSED_ADJECTIVE = r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+(?:ою|ій|ой|ей)"
# (the count may have a dash after it: "над территорией Брянской области, 12 — Курской, 9 — Белгородской")
# (or the rest after the counts: "38 — над Брянщиною, решта — над Бєлгородською, Воронезькою …")
_PREPOSED_ITEM = (r"(?:(?:ще|ещё|еще)\s+)?(?:(?:\d+|решта|інші|остальные|прочие)\s*(?:[—–-]\s*)?)?"
                  r"(?:(?:над|у|в|во)\s+)?(" + _PREPOSED_ADJECTIVE
                  + r")(?![\w'’-])(?=\s*(?:[,.;!?\n»”)]|(?:и|і|та|й)\s|(?:ще|ещё|еще)\s+\d|$))")
_PREPOSED_AFTER_UNIT = re.compile(r"(?<![\w'’])((?i:област\w*))((?:" + _ELIDED_GLUE + _PREPOSED_ITEM + r")+)")
_PREPOSED_ITEM_RE = re.compile(_PREPOSED_ITEM)

# "… уничтожен один БПЛА в Воронежской области, уничтожены два БПЛА в Курской": a snippet cut right after an
# oblast's adjective, in a post that names oblasts with their noun before it
_CUT_UNIT_ADJECTIVE = re.compile(r"(?<![\w'’])(?:[вуВУ]|над)\s+([А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+(?:ой|ей|ої|ій))\s*$")
_OBLAST_NOUN = re.compile(r"(?<![\w'’])(?:област|обл\.)", re.IGNORECASE)


# ... or listed after one said by its adjective alone over or on the territory ("уничтожены 103 беспилотника — над
# Брянской, Курской, Белгородской, Московской", "18 — над Брянской, 15 — Курской"): the same kind of unit
_BARE_CONTINUED = re.compile(_ELIDED_GLUE + _PREPOSED_ITEM)
# ... or an adjective after "в" / "над" closing its clause, in a text that names an oblast by its noun before it ("в
# Белгородской области ПВО сбила 6 беспилотников, в Курской — 4")
_ELIDED_AFTER_PREPOSITION = re.compile(r"(?<![\w'’])(?:[вуВУ]|во|над)\s+(" + _PREPOSED_ADJECTIVE + r"|[А-ЯЁІЇЄҐ]"
                                       r"[а-яёіїєґ'’-]+(?:ої|ей))(?=\s*(?:[,.;!?\n)]|[—–:]|\s-\s|$))")

# ... not said not to be the place ("Приморськ, Ленінградська область — не Приморськ у Запорізькій", "а не в Курській")
_NEGATED = re.compile(r"(?<![\w'’])не(?:\s+[А-ЯЁІЇЄҐ][\w'’-]+)?\s+$", re.IGNORECASE)

# how far back the adjectives of one unit's noun are read: the air force lists a dozen oblasts before "областях"
_UNIT_LIST_REACH = 400


def unit_places(text: str, language: str) -> list[tuple[str, tuple[int, int]]]:
    found: list[tuple[str, tuple[int, int]]] = []
    cut = _CUT_UNIT_ADJECTIVE.search(text)
    if cut and _OBLAST_NOUN.search(text, 0, cut.start()):
        code = unit_code(cut.group(1), "области" if language == "ru" else "області", language)
        if code:
            found.append((code, cut.span(1)))
    # "два уничтожены – над территорией Брянской и три – над территорией Курской области": the unit is
    # named once, after the last of them
    def oblast(adjective: str) -> str | None:
        # (a Ukrainian post passes the ministry's words on in Russian: either spelling; and a Ukrainian post read in
        # Russian for its quote keeps its own Ukrainian words, "над Воронезькою 7")
        return unit_code(adjective, "области" if language == "ru" else "області", language) or (
            unit_code(adjective, "области", "ru") if language == "uk" else unit_code(adjective, "області", "uk"))

    for match in _BARE_ADJECTIVE.finditer(text):
        code = oblast(match.group(1))
        if code:
            found.append((code, match.span(1)))
            at = match.end()
            while (item := _BARE_CONTINUED.match(text, at)) is not None and (next_code := oblast(item.group(1))):
                found.append((next_code, item.span(1)))
                at = item.end()
    for match in _ELIDED_AFTER_PREPOSITION.finditer(text):
        code = oblast(match.group(1))
        if code and _OBLAST_NOUN.search(text, 0, match.start()) and not elsewhere(text, match.start(1)) and not (
                _NEGATED.search(text, max(0, match.start() - 40), match.start())):
            found.append((code, match.span(1)))
    # "Брянська, Калузька, Московська, Тульська" / "Брянська та Калузька вже приймають": oblasts listed without
    # their noun, when each adjective names one and no noun of another kind follows ("Курська та Брянська ТЕЦ")
    for listed in _BARE_LIST.finditer(text):
        after = _NEXT_WORD.match(text, listed.end())
        if after and ({"NOUN", "ADJF"} & parse(after.group(1).lower(), language)[1] or after.group(1).isupper()):
            continue
        names = list(_FEMININE_ADJECTIVE.finditer(text, listed.start(), listed.end()))
        codes = [unit_code(name.group(0), "область", language) for name in names]
        if all(codes) and not elsewhere(text, listed.start()):
            found.extend((str(code), name.span()) for code, name in zip(codes, names, strict=True))
    for named in _AFTER_A_TOWN.finditer(text):
        code = unit_code(named.group(1), "область", language)
        if code and not elsewhere(text, named.start(1)):
            found.append((code, named.span(1)))
    for listed in _ELIDED_AFTER_UNIT.finditer(text):
        for item in _ELIDED_ITEM.finditer(text, listed.start(2), listed.end(2)):
            code = unit_code(item.group(1), listed.group(1), language) or unit_code(
                item.group(1), "области" if language == "ru" else "області", language)  # "краем – 5, Ростовской – 3"
            if code:
                found.append((code, item.span(1)))
    for listed in _PREPOSED_AFTER_UNIT.finditer(text):
        for item in _PREPOSED_ITEM_RE.finditer(text, listed.start(2), listed.end(2)):
            # (a Ukrainian post lists them after the ministry's words in Russian: either spelling)
            code = unit_code(item.group(1), listed.group(1), language) or unit_code(
                item.group(1), "области", "ru") or unit_code(item.group(1), "області", "uk")
            if code:
                found.append((code, item.span(1)))
    for unit in _UNIT.finditer(text):
        word = unit.group(1).lower()
        if word.startswith(("республик", "республік", "республіц")):
            after = re.match(r"\s+([А-ЯЁІЇЄҐ][\w-]+)", text[unit.end():])
            if after:
                name = after.group(1)
                code = name_code(name, language)
                if code:
                    found.append((code, (unit.start(), unit.end() + after.end())))
                    continue
        # walk back over "Белгородской, Курской и Воронежской (2 БПЛА)" to the adjectives of this unit
        before = text[max(0, unit.start() - _UNIT_LIST_REACH): unit.start()]
        tokens = list(_TOKEN.finditer(before))
        offset = unit.start() - len(before)
        adjectives: list[tuple[str, tuple[int, int]]] = []
        glued = True  # the adjectives of one unit are joined by commas or "та": "Гора" in "у селі Іванівська
        # Гора Бєлгородської області" is the village's name, not an adjective of the oblast
        for index in range(len(tokens) - 1, -1, -1):
            value = tokens[index].group(0)
            token = tokens[index]
            if _LIST_GLUE.match(value) or (value.lower() in ("в", "у") and index > 0
                                           and _LIST_GLUE.match(tokens[index - 1].group(0))):
                # "і в Тверській, і в Самарській областях": the preposition repeated after the glue
                glued = True
                continue
            if _ADJECTIVE.match(value) and (glued or ("ADJF" in parse(value.lower(), language)[1] and (
                    not adjectives or value[-2:].lower() == adjectives[-1][0][-2:].lower()))):
                # "у брянській області": informal posts do not capitalise it; "Донецкой Народной Республики" (one
                # case: "у Пролетарську Ростовської області" names a town, then its oblast)
                adjectives.append((value, (offset + token.start(), offset + token.end())))
                glued = False
                continue
            break
        if adjectives and elsewhere(text, adjectives[-1][1][0]):
            continue  # "з Воронезької і Волгоградської областей", "пролетіли всю Запорізьку та Донецьку області"
        for adjective, span in reversed(adjectives):
            code = unit_code(adjective, unit.group(1), language)
            if code and len(adjectives) > 1 and from_origin(text, span[0]):
                continue  # "(районы пуска – Харьковская область)": the glue walked over took in the area's noun
            if code:
                # the adjective nearest the noun (the first walked back over) spans up to it; an earlier one of the
                # list only itself, so that a town listed among them keeps its own word ("вибухи в районі
                # Луганська/Бердянська/Ростовської області": Berdiansk is no oblast's adjective, the town is read)
                found.append((code, (span[0], unit.end() if span == adjectives[0][1] else span[1])))
    return found
