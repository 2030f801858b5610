"""Spelling tolerance for event words: in a sentence that reports no event, a lowercase word that is no English
word ("injurded", "amage") and lies one edit (a letter inserted, deleted, replaced, or two neighbours swapped) from
an event word may be read as that word. The events component tries each such correction and keeps one only when
exactly one makes the sentence an event; the report still quotes the original text, and says what was read
(`provenance.spelling`).

The event words are the word classes the parse reads (:mod:`trucewatch.nlp.syntax`) and the lemmas the trigger
lexicon names, in their inflections; English words are the lemma lists of the installed spaCy model
(:func:`trucewatch.nlp.place_names.english_words`), an inflected form counting as English when its stem is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trucewatch.geo.edits import by_dropped_forms, one_edit_from
from trucewatch.nlp import syntax, syntax_words
from trucewatch.nlp.place_names import english_words

MIN_LETTERS = 4  # shorter words have too many neighbours to correct safely
# lemmas the trigger lexicon (trucewatch.nlp.lexicon.EVENT_TRIGGERS) names, and nouns that make the parse read a
# sentence, that the parse's word classes (syntax_words.HARM_VERBS, PRESENCE_NOUNS, ...) do not already hold
TRIGGER_VERBS = frozenset({
    "bombard", "violate", "kidnap", "abduct", "deport", "confiscate", "loot", "torture", "execute", "protest",
    "demonstrate", "rally", "picket", "clash", "defuse",
})
TRIGGER_NOUNS = frozenset({
    "mortar", "violation", "abduction", "deportation", "protest", "demonstration", "offensive", "firefight",
    "injury", "wound", "corpse", "body", "explosive", "drone", "grenade", "mine",
})
# transliterated words of the region that are no English word, some one edit from an event word
# ("oblast" ~ "blast"): never corrected
REGIONAL_WORDS = frozenset({"oblast", "oblasts", "raion", "raions", "rayon", "rayons", "hromada", "hromadas", "krai",
                            "okrug", "oblasti", "selo", "misto", "vulytsia", "ulitsa", "prospekt"})
_WORD = re.compile(rf"(?<![\w\-'’])[a-z]{{{MIN_LETTERS},}}(?![\w\-'’])")
# irregular forms of the event verbs (the lemma lists hold them, but not which verb they inflect)
_IRREGULAR = {
    "strike": ("struck", "stricken"), "hit": ("hit",), "shoot": ("shot",), "fall": ("fell", "fallen"),
    "blow": ("blew", "blown"), "burn": ("burnt",), "set": ("set",), "catch": ("caught",), "die": ("died", "dying"),
    "lie": ("lay", "lain", "lying"), "find": ("found",), "see": ("saw", "seen"), "leave": ("left",),
    "take": ("took", "taken"), "drive": ("drove", "driven"), "fly": ("flew", "flown", "flies"),
    "ride": ("rode", "ridden"), "hide": ("hid", "hidden"), "dig": ("dug",), "build": ("built",),
    "lay": ("laid",), "hold": ("held",), "send": ("sent",), "bring": ("brought",), "sell": ("sold",),
    "buy": ("bought",), "throw": ("threw", "thrown"), "run": ("ran",), "mass": ("massed",),
    "slay": ("slew", "slain"), "overrun": ("overran",), "sink": ("sank", "sunk"), "mow": ("mown",),
}
_SUFFIXES = (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
             ("er", ""), ("ers", ""), ("est", ""), ("ly", ""))
_VOWELS = "aeiou"


def _plural(noun: str) -> str:
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in _VOWELS:
        return noun[:-1] + "ies"
    return noun + "es" if noun.endswith(("s", "sh", "ch", "x", "z")) else noun + "s"


def inflections(verb: str) -> set[str]:
    """The verb's third person, past and -ing forms, regular and irregular."""
    forms = {verb, _plural(verb), *_IRREGULAR.get(verb, ())}
    consonant_y = verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS
    short_cvc = (3 <= len(verb) <= 4 and verb[-1] not in _VOWELS + "wxy" and verb[-2] in _VOWELS
                 and verb[-3] not in _VOWELS)
    if verb.endswith("e"):
        forms.update({verb + "d", verb + "ing" if verb.endswith(("ee", "ye", "oe")) else verb[:-1] + "ing"})
    elif consonant_y:
        forms.update({verb[:-1] + "ied", verb + "ing"})
    elif short_cvc:
        forms.update({verb + verb[-1] + "ed", verb + verb[-1] + "ing"})
    else:
        forms.update({verb + "ed", verb + "ing"})
    return forms


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """Every event word in its inflections (verbs in every form, nouns in both numbers, participles as they
    are), lower case, letters only, of ``MIN_LETTERS`` or more."""
    verbs = syntax_words.HARM_VERBS | syntax.PRESENCE_VERBS | TRIGGER_VERBS
    nouns = (syntax_words.HARM_NOUNS | syntax.PRESENCE_NOUNS | syntax.MUNITION_NOUNS | syntax.MUNITION_PARTS
             | syntax_words.GRAVE_NOUNS | TRIGGER_NOUNS)
    words: set[str] = set(syntax_words.HARM_ADJECTIVES)
    for verb in verbs:
        words.update(inflections(verb))
    for noun in nouns:
        words.update({noun, _plural(noun)})
    return frozenset(word for word in words if word.isalpha() and len(word) >= MIN_LETTERS)


@lru_cache(maxsize=1)
def _index() -> dict[str, list[tuple[str, str]]]:
    """The event words by their forms with one letter dropped (:func:`trucewatch.geo.edits.by_dropped_forms`)."""
    return by_dropped_forms((word, word) for word in sorted(vocabulary()))


@lru_cache(maxsize=1)
def _closed_class() -> frozenset[str]:
    """Modals, pronouns, determiners and prepositions ("would", "whom"), which the lemma lists leave out."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | {"shall", "ought"}


def is_english(word: str) -> bool:
    """The word, or its stem less a regular ending ("troops" -> "troop", "dropped" -> "drop"), is an English
    lemma the spaCy model lists, or a closed-class word (its stop words)."""
    known = english_words()
    if word in known or word in _closed_class():
        return True
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)] + replacement
            if (suffix == "s" and stem.endswith("y") and stem[-2:-1] not in _VOWELS) or (
                    suffix in ("ed", "ing") and not replacement and stem.endswith("e") and not stem.endswith("ee")):
                continue  # "bodys", "strikeing": no regular English form ("says", "plays" are)
            if stem in known or (suffix in ("ed", "ing") and stem[-1:] == stem[-2:-1] != stem[-3:-2]
                                 and stem[:-1] in known):
                return True  # "dropped" -> "drop"
    return False


@lru_cache(maxsize=65536)
def corrections(word: str) -> tuple[str, ...]:
    """The event words one edit from ``word`` (none when it is an event word, an English word, a regional
    word or shorter than ``MIN_LETTERS``)."""
    if len(word) < MIN_LETTERS or word in vocabulary() or word in REGIONAL_WORDS or is_english(word):
        return ()
    return tuple(sorted(each for each, _word in one_edit_from(_index(), word)))


def candidates(sentence: str) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """(start, end, word, corrections) for each lowercase word of the sentence that may be a misspelt event word."""
    found: list[tuple[int, int, str, tuple[str, ...]]] = []
    for match in _WORD.finditer(sentence):
        fixes = corrections(match.group(0))
        if fixes:
            found.append((match.start(), match.end(), match.group(0), fixes))
    return found
