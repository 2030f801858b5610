"""Whether two Latin spellings may name one place: the tests the gazetteer puts to a name matched only by its
consonants (another romanisation, a Russian form of a Ukrainian name) before it takes the match."""

from __future__ import annotations

import re

from trucewatch.geo.translit import is_cyrillic, normalise, transliterate


def ends_alike(query: str, own_name: str) -> bool:
    """Whether a name and a place's own name end in the same letter (in Latin letters; y and i, e and o alike):
    the postal file's villages bear only their Russian spelling, which a Ukrainian one ("Колотилівка") reaches by
    its consonants alone, but the same consonants ending otherwise are another word ("Ленинский" is no
    Yelanskaya)."""
    def last(name: str) -> str:
        return latin(name)[-1:].replace("y", "i").replace("e", "o")  # Плехово is Плехове in Ukrainian

    return last(query) == last(own_name)


def latin(name: str) -> str:
    """A name normalised in Latin letters (a Cyrillic one in the national Ukrainian system)."""
    return normalise(transliterate(name, "uk") if is_cyrillic(name) else name)


def spelt_alike(query: str, name: str) -> bool:
    """Whether a Latin name may be another romanisation of a place's name that has its consonants: both begin
    with a vowel or both with a consonant, and both end alike (:func:`ending_class`). The consonants alone would make
    "Maiorska" the Amursk of the Far East and "Krymskie" (Krymske, a village) the town of Krymsk."""
    query, name = normalise(query), latin(name)
    return (query[:1] in _VOWEL_LETTERS) == (name[:1] in _VOWEL_LETTERS) and ending_class(query) == ending_class(name)


_VOWEL_LETTERS = frozenset("aeiouyj")
# the first vowel's class, for names of three consonants: Russian е is often Ukrainian о (Полевое, Польове), и і
_FIRST_VOWEL = re.compile(r"^(?:[^aeiouy]|y(?=[aeiou]))*([aeiou]|y(?![aeiou]))")  # y before a vowel: a consonant
_VOWEL_CLASS = {"o": "e", "y": "i"}


def short_alike(query: str, name: str) -> bool:
    """Whether a Latin name of three consonants may be another spelling of a place's name with the same three: spelt
    alike (:func:`spelt_alike`), and the same up to the first vowel, whose class (e and o, i and y alike) is the
    same ("Polevoe" is Polove, "Zinovo" Zinove; "Balka" is no Bilka, "Kopane" no Kupene)."""
    if not spelt_alike(query, name):
        return False
    heads = []
    for text in (normalise(query), latin(name)):
        head = _FIRST_VOWEL.match(text)
        if head is None:
            return False
        heads.append((head.group(0)[:-1], _VOWEL_CLASS.get(head.group(1), head.group(1))))
    return heads[0] == heads[1]


# an adjective's ending, of any gender and romanisation: Ukrainian and Russian, and the English-language
# writers between them, give one place's name as -ske, -skyi, -skoye, -skaya ("Trudovskaya" is Trudivske)
_ADJECTIVE_ENDING = re.compile(r"(?:s|ts|c)k[aeiouyj]+$")
_ENDING_CLASS = {"y": "i", "j": "i", "o": "e", "g": "h"}  # Плехово is Плехове; г is h, or g in Russian


def ending_class(name: str) -> str:
    """The class of a Latin name's ending: an adjective's (any gender), else its last letter (y and i, e and o,
    g and h taken as one). "Krymsk" (a town) and "Krymske" (a village) differ; "Krymskie" and "Krymske" do not."""
    if _ADJECTIVE_ENDING.search(name):
        return "adjective"
    last = name[-1:]
    return _ENDING_CLASS.get(last, last)
