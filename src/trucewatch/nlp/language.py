"""Which language a document or post is written in, offline: English, Russian, Ukrainian, or something else.

Letters decide first: a text is read in the script most of its letters are in. Among Cyrillic texts the
letters only one language uses settle most cases (Ukrainian і ї є ґ against Russian ы э ъ ё); short or
ambiguous texts are settled by frequent function words ("що", "та", "від" against "что", "это", "от"), and what
these leave even by the words only one language's dictionary knows ("ураження" against "поражения").
Other Cyrillic languages (Belarusian ў, Serbian ђ ј љ њ ћ џ, Kazakh ә ғ қ ң ө ұ ү һ) and other scripts
are named so that a skipped post says why. Latin-script text is English unless the function words of
another common European language outnumber the English ones. Nothing here raises on user text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

SUPPORTED: tuple[str, ...] = ("en", "ru", "uk")

_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*", re.UNICODE)
_URL = re.compile(r"https?://\S+|t\.me/\S+|@\w+")

_UK_LETTERS = frozenset("іїєґ")
_RU_LETTERS = frozenset("ыэъё")
_OTHER_CYRILLIC = {"be": frozenset("ў"), "sr": frozenset("ђјљњћџ"), "kk": frozenset("әғқңөұүһ")}
_UK_WORDS = frozenset({
    "що", "та", "від", "це", "які", "який", "яка", "як", "для", "при", "після", "під", "час", "вже", "його",
    "її", "було", "були", "буде", "також", "або", "тому", "цей", "ця", "ці", "щоб", "де", "коли", "й", "чи",
    "ще", "усі", "всі", "нас", "наші", "наших", "ворог", "шо", "попередньо", "горить", "знову",
})
# "-ський", "-цький": the soft sign Ukrainian adjectives and town names keep ("Краснодарський", "Курськ") and
# Russian ones do not ("Краснодарский", "Курск")
_UK_SOFT = re.compile(r"[сц]ьк", re.IGNORECASE)
_RU_WORDS = frozenset({
    "что", "это", "от", "как", "для", "при", "после", "под", "уже", "его", "ее", "было", "были", "будет",
    "также", "или", "этот", "эта", "эти", "чтобы", "где", "когда", "ещё", "еще", "все", "нас", "наши", "наших",
    "который", "которые", "был",
})
_EN_WORDS = frozenset({
    "the", "of", "and", "to", "in", "on", "at", "by", "for", "with", "from", "was", "were", "is", "are", "has",
    "have", "had", "that", "this", "which", "it", "its", "as", "an", "a", "be", "been", "not", "or", "but",
    "after", "over", "during", "their", "they", "he", "she",
})
_LATIN_WORDS = {
    "de": frozenset({"der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "ein", "eine", "auf", "über",
                     "hat", "wurde", "sich", "auch", "nach", "bei"}),
    "fr": frozenset({"le", "la", "les", "des", "est", "une", "dans", "pour", "pas", "qui", "sur", "avec", "du",
                     "au", "été", "sont", "ont"}),
    "es": frozenset({"el", "los", "las", "del", "que", "una", "por", "para", "con", "está", "fue", "han", "según",
                     "como", "pero"}),
    "it": frozenset({"il", "gli", "della", "che", "una", "per", "con", "sono", "è", "nel", "del", "stato"}),
    "pl": frozenset({"się", "nie", "jest", "że", "na", "w", "z", "do", "przez", "został", "oraz", "jak"}),
    "pt": frozenset({"os", "as", "uma", "não", "para", "com", "foi", "são", "pelo", "pela", "também"}),
    "nl": frozenset({"de", "het", "een", "van", "en", "niet", "zijn", "werd", "met", "voor", "ook", "naar"}),
}
_SCRIPTS = (("ar", "ARABIC"), ("he", "HEBREW"), ("el", "GREEK"), ("ka", "GEORGIAN"), ("hy", "ARMENIAN"),
            ("zh", "CJK"), ("ja", "HIRAGANA"), ("ja", "KATAKANA"), ("ko", "HANGUL"), ("hi", "DEVANAGARI"),
            ("th", "THAI"))


@dataclass(frozen=True)
class Language:
    """The language found (``code``: ISO 639-1, ``und`` when there is no text to tell by) and why."""

    code: str
    supported: bool
    reason: str
    # False when nothing told Russian from Ukrainian and the code is the default: the posts' reader then also
    # tries the other language (:func:`trucewatch.nlp.posts.read_russian_ukrainian`)
    settled: bool = True


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    if name.startswith("CYRILLIC"):
        return "cyrillic"
    if name.startswith("LATIN"):
        return "latin"
    for code, prefix in _SCRIPTS:
        if name.startswith(prefix):
            return code
    return "other"


def detect_language(text: str) -> Language:
    """The language of ``text``; ``supported`` is True for English, Russian and Ukrainian."""
    if not isinstance(text, str) or not text.strip():
        return Language("und", False, "empty post (no text)")
    body = _URL.sub(" ", text)
    letters = [char for char in body if char.isalpha()]
    if not letters:
        return Language("und", False, "no words (only emoji, digits or symbols)")
    counts: dict[str, int] = {}
    for char in letters:
        script = _script(char)
        counts[script] = counts.get(script, 0) + 1
    script = max(counts, key=lambda key: counts[key])
    if script == "cyrillic":
        return _cyrillic(body)
    if script == "latin":
        return _latin(body)
    if script == "other":
        return Language("und", False, "language not recognised (letters of an unknown script)")
    return Language(script, False, f"language {script} not supported")


def _cyrillic(text: str) -> Language:
    lowered = text.lower()
    for code, marks in _OTHER_CYRILLIC.items():
        if sum(lowered.count(mark) for mark in marks) >= 2:
            return Language(code, False, f"language {code} not supported")
    uk_score, ru_score = _scores(text)
    # a short opening sentence in one language alone is the post's own voice, what follows may quote the other
    # ("Єлець …, уражено завод «Энергия». АО «Энергия» (город Елец) — крупнейший …"): it counts twice
    opening, opened = _OPENING.match(text.strip()), False
    if opening and len(opening.group(0)) <= _OPENING_LENGTH:
        uk_first, ru_first = _scores(_QUOTED.sub(" ", opening.group(0)))  # a name in quotes may be in either
        if min(uk_first, ru_first) == 0 and max(uk_first, ru_first) >= _DECISIVE:
            uk_score, ru_score = uk_score + uk_first, ru_score + ru_first
            opened = True
            if min(uk_score, ru_score) > 0 and (uk_first > ru_first) != (uk_score > ru_score):
                # ... and it decides when a longer quote in the other language follows ("⚡️ Дрони сил оборони
                # уразили установку … на заводі «Метафракс» в м. Губаха … Метанол (метиловый спирт) используется …")
                code, name = ("uk", "Ukrainian") if uk_first > ru_first else ("ru", "Russian")
                return Language(code, True, f"{name} opening sentence over a quote in the other language "
                                            f"({max(uk_first, ru_first)} in the opening)")
    if uk_score == ru_score:
        # letters and function words leave it open ("Геолокували ураження РЛС у Криму."): the words only one
        # language's dictionary knows decide
        uk_known, ru_known = dictionary_words(text)
        if uk_known != ru_known:
            return _by_dictionary(uk_known, ru_known)
    elif min(uk_score, ru_score) > 0 and not opened:
        # marks of both: a Russian statement full of Ukrainian place names ("… в районах Іллінівки, Білої Гори")
        # counts Ukrainian letters; the words only one dictionary knows outweigh them when they clearly disagree
        # (not when an opening in one language alone has spoken: the rest may quote the other)
        uk_known, ru_known = dictionary_words(text)
        if max(uk_known, ru_known) >= _OUTWEIGH_WORDS and max(uk_known, ru_known) >= _OUTWEIGH_RATIO * min(
                uk_known, ru_known) and (uk_known > ru_known) != (uk_score > ru_score):
            return _by_dictionary(uk_known, ru_known, f" outweigh the letters ({max(uk_score, ru_score)} against "
                                                      f"{min(uk_score, ru_score)})")
    if uk_score == ru_score == 0:
        # nothing either language alone has (a name, a number of drones): Russian spelling is the default
        # for the channels this reads, and the two extractors share their Cyrillic matching
        return Language("ru", True, "Cyrillic without Ukrainian letters", settled=False)
    if uk_score > ru_score:
        return Language("uk", True, f"Ukrainian letters and words ({uk_score} against {ru_score})")
    return Language("ru", True, f"Russian letters and words ({ru_score} against {uk_score})",
                    settled=ru_score > uk_score)


def _by_dictionary(uk_known: int, ru_known: int, why: str = "") -> Language:
    """The language whose dictionary knows more of the words only one of them knows (they differ)."""
    code, name = ("uk", "Ukrainian") if uk_known > ru_known else ("ru", "Russian")
    return Language(code, True, f"{name} dictionary words ({max(uk_known, ru_known)} against "
                                f"{min(uk_known, ru_known)}){why}")


# the opening sentence: up to a full stop (not one of an abbreviation of a place's kind: "в м. Губаха", "н.п.",
# "обл.") or a line break
_OPENING = re.compile(r".+?(?:(?<![\s.]м)(?<![\s.]с)(?<![\s.]п)(?<!обл)(?<!смт)(?<!вул)(?<!р-н)(?<!\sр)[.!?](?:\s|$)|"
                      r"\n|$)", re.DOTALL)
_OPENING_LENGTH = 200
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")
_DECISIVE = 3
# the dictionaries overrule mixed letters when one knows at least this many of the words only one of them knows,
# and this many times as many as the other
_OUTWEIGH_WORDS = 5
_OUTWEIGH_RATIO = 3


def _scores(text: str) -> tuple[int, int]:
    """The Ukrainian and the Russian score of ``text``: letters and words only one of them uses."""
    lowered = text.lower()
    uk_score = sum(lowered.count(letter) for letter in _UK_LETTERS)
    ru_score = sum(lowered.count(letter) for letter in _RU_LETTERS)
    words = [word.lower() for word in _WORD.findall(text)]
    uk_score += 2 * sum(word in _UK_WORDS for word in words) + sum(bool(_UK_SOFT.search(word)) for word in words)
    ru_score += 2 * sum(word in _RU_WORDS for word in words)
    # "и" alone is a Russian word and a letter Ukrainian words rarely start a sentence with
    ru_score += sum(word == "и" for word in words)
    return uk_score, ru_score


_CYRILLIC_WORD = re.compile(r"[а-яёіїєґ]+(?:['’ʼ-][а-яёіїєґ]+)*", re.IGNORECASE)
_DICTIONARY_WORDS = 40
_SENTENCE_END = ".!?…:;\n"
_LOOK_BACK = 24  # characters before a capitalised word searched for the end of a sentence (past emoji, quotes)


def dictionary_words(text: str) -> tuple[int, int]:
    """How many of the first words of ``text`` only the Ukrainian, and only the Russian, dictionary of pymorphy3
    knows ("ураження", "дуже" against "поражения", "около"). A word both or neither knows counts for neither,
    and so does a word the dictionaries would tell apart by their coverage rather than by language: a name
    (a capital inside a sentence: the Ukrainian dictionary knows more Ukrainian villages, the Russian one more
    Russian surnames), an abbreviation ("РЛС", "БпЛА", "шт.", "мск.") and a word of one or two letters."""
    uk_known = ru_known = 0
    for word in _plain_words(text, _DICTIONARY_WORDS):
        in_uk, in_ru = _known(word, "uk"), _known(word, "ru")
        uk_known += in_uk and not in_ru
        ru_known += in_ru and not in_uk
    return uk_known, ru_known


def _plain_words(text: str, limit: int) -> list[str]:
    """The first ``limit`` lower-cased words of ``text`` that are neither names nor abbreviations."""
    words: list[str] = []
    for match in _CYRILLIC_WORD.finditer(text):
        if len(words) >= limit:
            break
        word = match.group(0)
        if len(word) < 3 or sum(char.isupper() for char in word) > 1:
            continue
        if len(word) <= 3 and text[match.end():match.end() + 1] == ".":
            continue
        before = text[max(0, match.start() - _LOOK_BACK):match.start()].rstrip()
        while before and not before[-1].isalnum() and before[-1] not in _SENTENCE_END:
            before = before[:-1].rstrip()
        if word[0].isupper() and before and before[-1] not in _SENTENCE_END:
            continue
        lowered = word.lower().replace("’", "'").replace("ʼ", "'")
        if word[0].isupper() and _russian_name(lowered):
            continue  # a name opening a sentence ("Моздок, аеродром."): the same in both languages
        words.append(lowered)
    return words


_NAME_TAGS = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad"})


@lru_cache(maxsize=4096)
def _russian_name(word: str) -> bool:
    """Whether the Russian dictionary knows ``word`` only as a name of a place, person or organisation (the
    Ukrainian one marks no names, so a town both spell alike would count as Russian alone)."""
    from trucewatch.nlp.slavic.morph import analyser

    known = [parse for parse in analyser("ru").parse(word) if parse.is_known]
    return bool(known) and all(_NAME_TAGS & set(parse.tag.grammemes) for parse in known)


@lru_cache(maxsize=16384)
def _known(word: str, language: str) -> bool:
    """Whether pymorphy3's ``language`` dictionary has ``word`` as a form of its own (not a prediction, and for
    Ukrainian not one of the distorted spellings the dictionary lists: "около", "нажаль")."""
    from trucewatch.nlp.slavic.morph import analyser  # loaded on the first undecided text (about 70 ms)

    return any(parse.is_known and "Dist" not in parse.tag for parse in analyser(language).parse(word))


def _latin(text: str) -> Language:
    words = [word.lower() for word in _WORD.findall(text)]
    if not words:
        return Language("und", False, "no words (only emoji, digits or symbols)")
    english = sum(word in _EN_WORDS for word in words)
    scores = {code: sum(word in vocabulary for word in words) for code, vocabulary in _LATIN_WORDS.items()}
    other = max(scores, key=lambda code: scores[code])
    if scores[other] > english and scores[other] >= 2:
        return Language(other, False, f"language {other} not supported")
    # Latin script with no other language's function words: English ("Russian drones hit Odesa overnight.")
    return Language("en", True, f"Latin script, English function words {english} of {len(words)}")
