"""Russian and Ukrainian morphology: lemmas (pymorphy3 with its OpenCorpora / LanguageTool dictionaries,
which ship inside the wheels, so nothing is downloaded) and numerals written as words.

The analysers load once (about 70 ms together) and are cached; lemmas are cached per word.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import pymorphy3

_WORD = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ'’ʼ-]+")

# Numerals by lemma; compounds ("двадцатью восемью") add up, "тысяча" multiplies.
_NUMBERS: dict[str, int] = {
    "один": 1, "одна": 1, "одно": 1, "два": 2, "две": 2, "дві": 2, "три": 3, "четыре": 4, "чотири": 4,
    "пять": 5, "п'ять": 5, "п’ять": 5, "шесть": 6, "шість": 6, "семь": 7, "сім": 7, "восемь": 8, "вісім": 8,
    "девять": 9, "дев'ять": 9, "дев’ять": 9, "десять": 10, "одиннадцать": 11, "одинадцять": 11,
    "двенадцать": 12, "дванадцять": 12, "тринадцать": 13, "тринадцять": 13, "четырнадцать": 14,
    "чотирнадцять": 14, "пятнадцать": 15, "п'ятнадцять": 15, "п’ятнадцять": 15, "шестнадцать": 16,
    "шістнадцять": 16, "семнадцать": 17, "сімнадцять": 17, "восемнадцать": 18, "вісімнадцять": 18,
    "девятнадцать": 19, "дев'ятнадцять": 19, "дев’ятнадцять": 19, "двадцать": 20, "двадцять": 20,
    "тридцать": 30, "тридцять": 30, "сорок": 40, "пятьдесят": 50, "п'ятдесят": 50, "п’ятдесят": 50,
    "шестьдесят": 60, "шістдесят": 60, "семьдесят": 70, "сімдесят": 70, "восемьдесят": 80,
    "вісімдесят": 80, "девяносто": 90, "дев'яносто": 90, "дев’яносто": 90, "сто": 100, "двести": 200,
    "двісті": 200, "триста": 300, "четыреста": 400, "чотириста": 400, "пятьсот": 500, "п'ятсот": 500,
}
# Case forms pymorphy lemmatises to a noun ("семью" -> "семья") but that count in these texts.
_FORMS: dict[str, int] = {"семью": 7, "сто": 100, "ста": 100, "одним": 1, "одной": 1, "одного": 1,
                          "одну": 1, "двух": 2, "двумя": 2, "двох": 2, "двома": 2,
                          "обоих": 2, "оба": 2, "обе": 2, "обеих": 2, "обидва": 2, "обидві": 2, "обидвох": 2,
                          "обидвома": 2, "обоє": 2}


@lru_cache(maxsize=2)
def analyser(language: str) -> Any:
    """The pymorphy3 analyser for ``ru`` or ``uk``."""
    return pymorphy3.MorphAnalyzer(lang="uk" if language == "uk" else "ru")


# The typographic apostrophes a Ukrainian text may write ("Підмосков’я", "Марʼїно"): the dictionary spells its words
# with the plain one, and reads a word written with another as an unknown word ("підмосков’я" as a gerund)
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})


def _analysed(word: str, language: str) -> tuple[list[Any], str]:
    """The dictionary's readings of ``word``, looked up with the plain apostrophe, and the apostrophe the word
    wrote (its lemmas are given back with that one, as the rest of the text spells them)."""
    plain = word.translate(_APOSTROPHES)
    mark = next((char for char in word if char in "’ʼ"), "'")
    return analyser(language).parse(plain), mark


@lru_cache(maxsize=65536)
def parse(word: str, language: str) -> tuple[str, frozenset[str]]:
    """(lemma, grammemes) of the most likely reading of ``word``."""
    found, mark = _analysed(word, language)
    return str(found[0].normal_form).replace("'", mark), frozenset(str(found[0].tag).replace(" ", ",").split(","))


@lru_cache(maxsize=16384)
def readings(word: str, language: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """(lemma, grammemes) of every reading of ``word``, the most likely first ("атаки": the genitive singular,
    then the plural)."""
    found, mark = _analysed(word, language)
    return tuple((str(each.normal_form).replace("'", mark), frozenset(str(each.tag).replace(" ", ",").split(",")))
                 for each in found)


@lru_cache(maxsize=8192)
def plural_nominatives(word: str, language: str) -> tuple[str, ...]:
    """The nominative plural of each reading of ``word`` as a noun's genitive plural ("Лисок" -> "лиски", "Валуйок"
    -> "валуйки", "Кірішів" -> "кіріші"): a town named in the plural, after "біля", "поблизу", "з-під"."""
    found, mark = _analysed(word.lower(), language)
    out: list[str] = []
    for each in found:
        if {"NOUN", "plur", "gent"} <= set(str(each.tag).replace(" ", ",").split(",")):
            inflected = each.inflect({"plur", "nomn"})
            if inflected is not None:
                out.append(str(inflected.word).replace("'", mark))
    return tuple(dict.fromkeys(out))


def lemma(word: str, language: str) -> str:
    return parse(word, language)[0]


@lru_cache(maxsize=65536)
def number_word(word: str, language: str) -> int | None:
    """The value of one numeral word in any case ("двадцатью" -> 20, "трьох" -> 3), else None."""
    lowered = word.lower().replace("ё", "е")
    if lowered in _FORMS:
        return _FORMS[lowered]
    if lowered in _NUMBERS:
        return _NUMBERS[lowered]
    if not _WORD.fullmatch(lowered):
        return None
    for lang in (language, "uk" if language == "ru" else "ru"):
        base, grammemes = parse(lowered, lang)
        if base in _NUMBERS and ("NUMR" in grammemes or base in ("один", "одна", "два", "три", "чотири")):
            return _NUMBERS[base]
    return None


def feminine(adjective_lemma: str, language: str) -> str:
    """The feminine nominative of an adjective lemma ("брянский" -> "брянская"), as an oblast's name takes."""
    found = analyser(language).parse(adjective_lemma)[0]
    inflected = found.inflect({"femn", "nomn", "sing"} if language == "ru" else {"femn", "nomn"})
    return str(inflected.word) if inflected is not None else adjective_lemma


# Ukrainian masculine nouns whose last "і" is "о" in the other cases, with "г" / "к" / "х" turning to "з" / "ц" /
# "с" before the locative's "і" ("Ріг": "Рогу", "Розі"; "Бік": "Боці"): the case form's ending and the nominative's.
_ALTERNATIONS = (("озі", "іг"), ("огу", "іг"), ("ога", "іг"), ("огом", "іг"), ("оці", "ік"), ("оку", "ік"),
                 ("ока", "ік"), ("осі", "іх"), ("оху", "іх"))


def _alternated(noun: str) -> str | None:
    """The nominative of a Ukrainian masculine noun with the "і" / "о" alternation ("Розі" -> "ріг"), or None."""
    lowered = noun.lower()
    for ending, nominative in _ALTERNATIONS:
        if lowered.endswith(ending) and len(lowered) > len(ending):
            return lowered[: -len(ending)] + nominative
    return None


@lru_cache(maxsize=8192)
def nominative_phrases(adjective: str, noun: str, language: str) -> tuple[str, ...]:
    """The nominatives an inflected adjective + noun name may have ("Старому Осколі" -> "Старий Оскол",
    "Нижнем Новгороде" -> "Нижний Новгород", "Великих Луках" -> "Великі Луки"): the noun's readings, each
    with the adjective made to agree in number and gender."""
    morph = analyser(language)
    found: dict[str, None] = {}
    for noun_reading in [each for each in morph.parse(noun.lower()) if "NOUN" in each.tag][:3]:
        plural = "plur" in noun_reading.tag
        as_plural = noun_reading.inflect({"nomn", "plur"}) if plural else None
        noun_word = as_plural.word if as_plural is not None else noun_reading.normal_form
        wanted = {"nomn", "plur"} if plural else {"nomn", *([noun_reading.tag.gender] if noun_reading.tag.gender
                                                         else [])}
        if language == "ru" and not plural:
            wanted.add("sing")
        for adjective_reading in [each for each in morph.parse(adjective.lower()) if "ADJF" in each.tag][:3]:
            agreed = adjective_reading.inflect(wanted)
            if agreed is not None:
                found[f"{str(agreed.word).capitalize()} {str(noun_word).capitalize()}"] = None
    alternated = _alternated(noun) if language == "uk" else None
    if alternated is not None:  # the dictionary reads such a form as another noun ("Розі": "роза")
        for adjective_reading in [each for each in morph.parse(adjective.lower()) if "ADJF" in each.tag][:3]:
            agreed = adjective_reading.inflect({"nomn", "masc"})
            if agreed is not None:
                found[f"{str(agreed.word).capitalize()} {alternated.capitalize()}"] = None
    return tuple(found)


@lru_cache(maxsize=8192)
def adjective_nominatives(word: str, language: str) -> tuple[str, ...]:
    """The nominatives, in the form's own gender or number, of each adjective reading of ``word`` ("Лозовій" ->
    "лозова", "Рубіжному" -> "рубіжне", "Динской" -> "динская"): the names of towns that are adjectives, which
    the lemma (the masculine) does not give."""
    found: dict[str, None] = {}
    for reading in analyser(language).parse(word.lower()):
        if "ADJF" not in reading.tag:
            continue
        if "plur" in reading.tag:
            wanted = {"nomn", "plur"}
        elif reading.tag.gender:
            wanted = {"nomn", str(reading.tag.gender), *(["sing"] if language == "ru" else [])}
        else:
            continue
        agreed = reading.inflect(wanted)
        if agreed is not None:
            found[str(agreed.word)] = None
    return tuple(found)


def agreeing_name(adjective: str, noun: str, language: str) -> bool:
    """Whether two capitalised words are an adjective agreeing with the noun after it, one name."""
    first, second = parse(adjective, language)[1], parse(noun, language)[1]
    agreement = {"nomn", "gent", "datv", "accs", "ablt", "loct"} & first & second
    return "ADJF" in first and "NOUN" in second and bool(agreement) and not (
        {"masc", "femn", "neut"} & first and {"masc", "femn", "neut"} & second
        and not {"masc", "femn", "neut"} & first & second)


_NEXT_LOWER = re.compile(r" ([а-яёіїєґ'’]{3,})")
# "в" / "у" / "на" right before a name that is also a noun in the locative ("в Орлі", "у Казані")
_LOCATIVE_BEFORE = re.compile(r"(?<![\w'’])(?:в|у|во|на)\s+$", re.IGNORECASE)


def describes_next(word: str, text: str, end: int, language: str, before: str = "") -> bool:
    """Whether ``word`` is an adjective agreeing with the lower case noun right after it ("біля Чорного ставка"): it
    describes that noun and names no town. After "в" / "у" / "на" (``before``), a word that is also a noun in the
    locative must agree in the locative: the preposition governs it ("в Орлі прильоти" names Oryol, not the eagles'
    hits; "в Чорному морі" still describes the sea)."""
    after = _NEXT_LOWER.match(text, end)
    if after is None:
        return False
    cases = {"nomn", "gent", "datv", "accs", "ablt", "loct"}
    if _LOCATIVE_BEFORE.search(before) and any(
            {"NOUN", "loct"} <= tags for _, tags in readings(word.lower(), language)):
        cases = {"loct"}
    genders = {"masc", "femn", "neut", "plur"}
    # (not a participle: "У Казані влучання" is no "cooked" hits)
    adjectives = [tags for _, tags in readings(word.lower(), language)
                  if "ADJF" in tags and not {"pssv", "actv"} & tags]
    nouns = [tags for _, tags in readings(after.group(1), language) if "NOUN" in tags]
    # any reading of each will do ("Чорного": "чорне" first; "ставка": "ставка" first, "став" later)
    return any(adjective & noun & cases and adjective & noun & genders for adjective in adjectives for noun in nouns)
