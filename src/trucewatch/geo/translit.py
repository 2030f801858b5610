"""National romanisation of Ukrainian and Russian names, and the text normalisation used for matching.

Ukrainian follows the official system of the Cabinet of Ministers of Ukraine (resolution 55 of
2010-01-27), which is what Ukrainian road signs, passports and most English-language news now use
(Kharkiv, Zaporizhzhia, Khmelnytskyi). Russian follows the BGN/PCGN-style practice that GeoNames and
English-language media use (Belgorod, Bryansk, Oryol), without diacritics. Both drop soft signs and
apostrophes so that a transliterated name compares equal to its usual English spelling.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that are romanised differently at the start of a word (KMU 2010 rules).
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_UK = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "", "ʼ": "",
    # Russian letters that turn up in Ukrainian-context text
    "ё": "yo", "ы": "y", "э": "e", "ъ": "",
}
_RU_INITIAL = {"е": "ye", "ё": "yo"}
_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Ukrainian letters that turn up in Russian-context text
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "'": "", "’": "",
}
_VOWELS_RU = set("аеёиоуыэюяьъ")

_UKRAINIAN_ONLY = set("іїєґ")
_RUSSIAN_ONLY = set("ыэёъ")
_UKRAINIAN_CLUSTER = re.compile(r"[цсзлнт]ь[кц]")


def guess_language(text: str) -> str:
    """'uk' or 'ru' for Cyrillic text by its letters; 'ru' when nothing decides (the common default)."""
    lowered = text.lower()
    if any(ch in _UKRAINIAN_ONLY for ch in lowered):
        return "uk"
    if any(ch in _RUSSIAN_ONLY for ch in lowered):
        return "ru"
    # Soft sign inside a consonant cluster (Донецьк, Хмельницький) is Ukrainian spelling.
    if _UKRAINIAN_CLUSTER.search(lowered):
        return "uk"
    return "ru"


def _match_case(source: str, latin: str) -> str:
    if not latin:
        return latin
    if source.isupper() and len(source) > 1:
        return latin.upper()
    if source.isupper():
        return latin[0].upper() + latin[1:]
    return latin


def transliterate(text: str, language: str | None = None) -> str:
    """Romanise Cyrillic ``text``; ``language`` is 'uk' or 'ru' (guessed from the letters when None).

    >>> transliterate("Запоріжжя")
    'Zaporizhzhia'
    >>> transliterate("Згурівка")
    'Zghurivka'
    >>> transliterate("Белгород")
    'Belgorod'
    """
    lang = language or guess_language(text)
    out: list[str] = []
    at_word_start = True
    previous = ""
    for index, char in enumerate(text):
        lower = char.lower()
        if lang == "uk":
            if lower == "г" and previous == "з":
                latin = "gh"  # зг -> zgh, so that it is not read as "zh"
            elif at_word_start and lower in _UK_INITIAL:
                latin = _UK_INITIAL[lower]
            else:
                latin = _UK.get(lower, char if lower == char else lower)
        else:
            if lower in _RU_INITIAL and (at_word_start or previous in _VOWELS_RU):
                latin = _RU_INITIAL[lower]
            else:
                latin = _RU.get(lower, char if lower == char else lower)
        if char in _UK or char in _RU or lower in _UK or lower in _RU:
            # Title-case a multi-letter result only for a capital followed by lower case (Shch, not SHCH).
            following = text[index + 1 : index + 2]
            if char.isupper() and (following.isupper() or len(text) == 1):
                out.append(latin.upper())
            elif char.isupper():
                out.append(latin[:1].upper() + latin[1:])
            else:
                out.append(latin)
        else:
            out.append(char)
        at_word_start = not char.isalpha() and char not in "'’ʼ"
        previous = lower
    return "".join(out)


_APOSTROPHES = re.compile(r"[’'ʼ`´ʹ′‘]")
_SEPARATORS = re.compile(r"[\s\-–—_.,()/]+")


@lru_cache(maxsize=65536)
def normalise(name: str) -> str:
    """Lower-case, strip accents and apostrophes, turn hyphens and dots into spaces.

    Cyrillic keeps its letters (й and ї survive: only Latin accents are removed), so Cyrillic names are
    compared as Cyrillic; call :func:`transliterate` first to compare them with Latin spellings.
    """
    text = name.strip().lower().replace("ё", "е")
    text = _APOSTROPHES.sub("", text)
    decomposed = unicodedata.normalize("NFD", text)
    kept: list[str] = []
    for char in decomposed:
        if unicodedata.combining(char):
            base = kept[-1] if kept else ""
            # keep the breve/diaeresis that make й and ї distinct letters in Cyrillic
            if base and "\u0400" <= base <= "\u04ff":
                kept.append(char)
            continue
        kept.append(char)
    text = unicodedata.normalize("NFC", "".join(kept))
    return _SEPARATORS.sub(" ", text).strip()


def is_cyrillic(text: str) -> bool:
    return any("\u0400" <= char <= "\u04ff" for char in text)


_DIGRAPHS = (
    ("shch", "S"), ("sch", "S"), ("zh", "Z"), ("kh", "H"), ("ch", "C"), ("sh", "S"), ("ts", "C"),
    ("tz", "C"), ("x", "H"), ("w", "v"), ("g", "G"), ("h", "G"), ("ck", "k"), ("q", "k"),
)
_SKELETON_DROP = re.compile(r"[aeiouyj\s]+")
_REPEATS = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """A consonant skeleton equal for transliteration variants of one Cyrillic name.

    Klischiivka, Klishchiivka and Клищіївка share one; so do Hryhorivka and Grigorovka (г is h in
    Ukrainian, g in Russian romanisation).
    """
    text = normalise(transliterate(name, "uk") if is_cyrillic(name) else name)
    for digraph, letter in _DIGRAPHS:
        text = text.replace(digraph, letter)
    text = _SKELETON_DROP.sub("", text)
    return _REPEATS.sub(r"\1", text)


_CARON_DIGRAPHS = {"č": "ch", "š": "sh", "ž": "zh", "Č": "Ch", "Š": "Sh", "Ž": "Zh"}
_CARON = re.compile("[čšžČŠŽ]")


def match_keys(name: str) -> set[str]:
    """Exact-match keys of a name: normalised, plus both romanisations when it is Cyrillic."""
    keys = {normalise(name)}
    if _CARON.search(name):
        # Belarusian and Czech-style romanisation: "Drahičyn" is also written "Drahichyn"
        keys.add(normalise(_CARON.sub(lambda letter: _CARON_DIGRAPHS[letter.group(0)], name)))
    if is_cyrillic(name):
        keys.add(normalise(transliterate(name, "uk")))
        keys.add(normalise(transliterate(name, "ru")))
    return keys


# The endings other romanisations give a Ukrainian place's name, with the national system's: a name's Russian
# form romanised (the neuter adjective Кримське is Крымское, "Krymskoye"; Полеве is "Polevoe"; the feminine
# Попасна is "Popasnaya"; the masculine Довжанський is "Dolzhanskiy") or a Ukrainian one in another system
# ("Krymskie", "Petrovskyy"). Only at the end of a word, and only on a word this long.
_VARIANT_ENDINGS = (
    (re.compile(r"(?<=[a-z]{2})(?:oye|oie|oje|oe|iye|ie)$"), "e"),
    (re.compile(r"(?<=[a-z]{3})(?:aya|aia|aja)$"), "a"),
    (re.compile(r"(?<=[a-z]{3}sk)(?:iy|yy|ij|yj|y)$"), "yi"),
)
# The adjective endings news copy gives a Russian name (-ский "-sky", -ный "-ny", -ое "-oe"): the national -yi of a
# Ukrainian place, and the -iy, -yy, -oye of the Russian spelling a Russian place bears ("Maysky" is Mayskiy,
# "Yasny" Yasnyy, "Troitskoe" Troitskoye, "Vesely Kut" Veselyi Kut); and an initial Е written E. Tried only as exact
# keys, on words of five letters or more, each alone, when nothing reads the name as typed.
_NEWS_ENDINGS = (
    (re.compile(r"(?<=[a-z]{2}[bcdfghklmnprstvz])y$"), "yi"),
    (re.compile(r"(?<=[a-z]{2}[kgh])y$"), "iy"),
    (re.compile(r"(?<=[a-z]{2}[bdflmnprstvz])y$"), "yy"),
    (re.compile(r"(?<=[a-z]{2})oe$"), "oye"),
    (re.compile(r"^e(?=[^aeiouy])"), "ye"),  # Е at a word's start as E: "Eysk", "Egoryevsk" are Yeysk, Yegoryevsk
)
# The older romanisation of Ukrainian (BGN/PCGN 1965), which English text used before 2010 and still often does,
# writes я, ю, є inside a word ya, yu, ye, ї yi, and й after a vowel y; the national system of 2010 ia, iu, ie, i
# and i ("Lysyanka", "Novoserhiyivka", "Buyalyk", "Zaporizhzhya", "Zahorodnye", "Mykhaylivka", "Zahoruykivka" are
# Lysianka, Novoserhiivka, Buialyk, Zaporizhzhia, Zahorodnie, Mykhailivka, Zahoruikivka; "Novokyyivka" is
# Novokyivka), and the adjective's -ий -yy ("Staryy" is Staryi).
_OLDER_SYSTEM = (
    (re.compile(r"(?<=[aeiou])yi"), "i"),
    (re.compile(r"(?<=[a-z]y)yi"), "i"),  # и then ї ("Novokyyivka" is Novokyivka)
    (re.compile(r"(?<=[a-z])y(?=u|e.|a.)"), "i"),  # not the Russian neuter -oye ("Umanskoye")
    (re.compile(r"(?<=[bcdfghklmnprstvz])ya$"), "ia"),  # not the Russian adjective's -aya ("Luganskaya")
    (re.compile(r"(?<=[bcdfghklmnprstvz])ye$"), "ie"),  # not the Russian neuter -oye
    (re.compile(r"(?<=[aeiou])y(?=[bcdfghklmnprstvz])"), "i"),  # й before a consonant; not a word's last letter
    (re.compile(r"(?<=[a-z]{2})yy$"), "yi"),
)


def older_system_spellings(name: str) -> frozenset[str]:
    """The national spelling of a Latin name written in the older system (:data:`_OLDER_SYSTEM`: "Lysyanka" gives
    "lysianka"), on the words of VARIANT_MIN_LETTERS letters; empty when the rules change nothing, or for a Cyrillic
    name or one shorter than five letters."""
    text = normalise(name)
    if is_cyrillic(text) or len(text.replace(" ", "")) < VARIANT_MIN_LETTERS:
        return frozenset()
    words = []
    for word in text.split(" "):
        if len(word) >= VARIANT_MIN_LETTERS:
            for pattern, national in _OLDER_SYSTEM:
                word = pattern.sub(national, word)
        words.append(word)
    form = " ".join(words)
    return frozenset({form} - {text})


def national_forms(name: str) -> frozenset[str]:
    """The national spellings a Latin name written in another system implies by its adjective ending or by the older
    system's letters, each alone and both together ("Vodyanoe" gives "vodyane", "vodianoe" and "vodiane")."""
    adjectives = adjective_spellings(name)
    return adjectives | older_system_spellings(name) | {
        older for form in adjectives for older in older_system_spellings(form)}


# х written h, as Romanian, Polish-English and careless spellings do ("Harkiv", "Hrystoforivka"): tried at a
# word's start, where the national system's h (for г) is as common, so only when nothing else reads the name
_INITIAL_KH = re.compile(r"^h(?=[aeiouyrlv])")
VARIANT_MIN_LETTERS = 5
# The scholarly (ISO 9-like) romanisation of Ukrainian: х is ch, ч č, ц c, й and the iotated vowels j ("Mychajlivka",
# "Ščerbivci", "Jaryšiv"). Recognised by a caron, a j, or a c that begins no ch or cz; then ch is х.
_SCHOLARLY_MARK = re.compile(r"[čšžj]|c(?![hz])")
_SCHOLARLY = (
    ("ch", "kh"), ("c", "ts"), ("č", "ch"), ("š", "sh"), ("ž", "zh"),
)
_SCHOLARLY_J = ((re.compile(r"\bj(?=[aeiu])"), "y"), (re.compile(r"\bj"), "y"), (re.compile(r"ji"), "i"),
                (re.compile(r"j(?=[aeu])"), "i"), (re.compile(r"j"), "i"))


def adjective_spellings(name: str) -> frozenset[str]:
    """The national spellings of a Latin name written with another system's adjective ending ("Troitskoye",
    "Popasnaya", "Dolzhanskiy" give "troitske", "popasna", "dolzhanskyi"): each ending rule of
    :data:`_VARIANT_ENDINGS` alone, on the words of VARIANT_MIN_LETTERS letters; the name itself is not among
    them. Empty for a Cyrillic name or one shorter than five letters."""
    text = normalise(name)
    if is_cyrillic(text) or len(text.replace(" ", "")) < VARIANT_MIN_LETTERS:
        return frozenset()
    forms = {" ".join(pattern.sub(national, word) if len(word) >= VARIANT_MIN_LETTERS else word
                      for word in text.split(" ")) for pattern, national in _VARIANT_ENDINGS}
    forms.discard(text)
    return frozenset(forms)


# The Russian form of a Ukrainian place's name, romanised, differs from the national form in more than the vowels
# and г (which the consonant skeleton absorbs): regular correspondences of the two languages, each a rewrite of
# the Russian spelling towards the Ukrainian one. Counted on GeoNames' Ukraine extract (the places listing both a
# Russian and a Ukrainian Cyrillic name): names from Nikolai, Nikita, Nikifor are Mykola-, Mykyta-, Mykyfor-
# (Nikolayevka: Mykolaivka); Konstantin is Kostiantyn; ол and ел before a consonant are ов (Volchansk: Vovchansk,
# Dolgoye: Dovhe, Zheltoye: Zhovte); an initial о or а takes a consonant (Olshanka: Vilshanka, Okhrimovka:
# Vokhrymivka is rarer than Orekhovo: Horikhove, Annovka: Hannivka); гск and жск are зьк (Bugskoye: Buzke,
# Zaporozhskoye: Zaporizke); Bolshaya is Velyka.
_RUSSIAN_CORRESPONDENCES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"nik(?=o?l|it|if)"), "myk"),
    (re.compile(r"konstant"), "kostiant"),
    (re.compile(r"(?<=[vdmph])[oe]l(?=[bcdfgkmpstvz])"), "ov"),
    (re.compile(r"(?:g|zh)sk"), "zk"),
    (re.compile(r"^bolsh"), "velyk"),
)
# ...and the consonant an initial vowel takes: a letter more, so only where the caller bounds the search (an
# oblast): anywhere, "Orion-E UAV" would be Uhryniv
_RUSSIAN_INITIAL: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(?=ol)"), "v"),
    (re.compile(r"^(?=or|an)"), "h"),
)


def russian_form_spellings(name: str, *, initial: bool = False) -> frozenset[str]:
    """Spellings of a Latin name written in its Russian form with the Ukrainian correspondences of
    :data:`_RUSSIAN_CORRESPONDENCES` applied to each word, each rule alone and all together ("Nikolayevka" gives
    "mykolayevka", "Dolgoye" "dovgoye", "Olshanka" "volshanka"): not national spellings, but their consonants are
    the Ukrainian name's (the gazetteer compares them by :func:`skeleton`); ``initial``: also the consonant an
    initial vowel takes (:data:`_RUSSIAN_INITIAL`). Empty for a Cyrillic name, one shorter than five letters, or one
    no rule changes."""
    text = normalise(name)
    if is_cyrillic(text) or len(text.replace(" ", "")) < VARIANT_MIN_LETTERS:
        return frozenset()

    def rewrite(rules: tuple[tuple[re.Pattern[str], str], ...]) -> str:
        words = []
        for word in text.split(" "):
            for pattern, ukrainian in rules:
                word = pattern.sub(ukrainian, word)
            words.append(word)
        return " ".join(words)

    rules = (*_RUSSIAN_CORRESPONDENCES, *(_RUSSIAN_INITIAL if initial else ()))
    forms = {rewrite((rule,)) for rule in rules} | {rewrite(rules)}
    return frozenset(forms - {text})


def _national_from_scholarly(name: str) -> str | None:
    """A name in the scholarly system in the national one ("Mychajlivka" is Mykhailivka), or None when the name
    shows no mark of that system."""
    text = name.strip().lower()
    if not _SCHOLARLY_MARK.search(text):
        return None
    for letters, national in _SCHOLARLY:
        text = text.replace(letters, national)
    for pattern, national in _SCHOLARLY_J:
        text = pattern.sub(national, text)
    return normalise(text)


# Belarusian ў (a "w" after a vowel) romanised "ŭ", and written "u" when the breve is lost ("Naroulia", "Mahiliou",
# "Krychau"), where Russian and English spellings have "v" (Narovlya, Mogilev, Krichev)
_SHORT_U = re.compile(r"(?<=[aeiouy])u(?=[^aeiouy\s]|$)")


def belarusian_short_u(name: str) -> str | None:
    """A Latin name with a vowel's "u" before a consonant or at its end read as Belarusian ў, written "v"
    ("Naroulia" -> "narovlia"), or None when it has none."""
    text = normalise(name).replace("ŭ", "u")
    if is_cyrillic(text):
        return None
    rewritten = " ".join(_SHORT_U.sub("v", word) for word in text.split(" "))
    return rewritten if rewritten != text else None


@lru_cache(maxsize=16384)
def variant_spellings(name: str) -> frozenset[str]:
    """Normalised spellings of a Latin ``name`` under the national Ukrainian system that other romanisations
    imply: Russian-style adjective endings and h for х ("Umanskoye" and "Krymskie" give "umanske" and
    "krymske"; "Hrystoforivka" "khrystoforivka"). Each rule alone and all together; the name itself is not
    among them. Empty for a Cyrillic name or one shorter than five letters."""
    text = normalise(name)
    if is_cyrillic(text) or len(text.replace(" ", "")) < VARIANT_MIN_LETTERS:
        return frozenset()
    forms: set[str] = set()
    scholarly = _national_from_scholarly(name)
    if scholarly:
        forms.add(scholarly)
    words = (scholarly or text).split(" ")

    def rewrite(word: str, rules: tuple[tuple[re.Pattern[str], str], ...]) -> str:
        for pattern, replacement in rules:
            word = pattern.sub(replacement, word)
        return word

    every = (*_VARIANT_ENDINGS, (_INITIAL_KH, "kh"))
    for rules in (*((rule,) for rule in every), every, *((rule,) for rule in _NEWS_ENDINGS)):
        forms.add(" ".join(rewrite(word, rules) if len(word) >= VARIANT_MIN_LETTERS else word for word in words))
    forms |= {older for form in (*forms, " ".join(words)) for older in older_system_spellings(form)}
    forms.discard(text)
    return frozenset(forms)
