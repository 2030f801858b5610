"""Air-defence tallies a Ukrainian regional channel passes on in forms :mod:`trucewatch.nlp.slavic.kinds` does not
read at the post's head: the Air Force's "ЗБИТО" in capitals after a short headline of the night ("Масований удар по
енергосистемі 17 листопада. ЗБИТО/ПОДАВЛЕНО: 104 ракети з 120") or set off by an emoji from the sentence that tells
the attack ("ЗБИТО 📌 У ніч на 2 лютого противник атакував 24 ударними БпЛА …"), and the Russian ministry's or a
Russian governor's count of drones downed over its regions, quoted or retold, with no hit admitted ("Мінборони рф
звітує за ніч: 149 дронів над Брянською … Влучань не визнають", "губернатор каже, що «три беспилотника уничтожены
над Азовским районом», уражень нібито немає")."""

from __future__ import annotations

import re

_F = re.IGNORECASE

# a headline sentence of the night, then the Air Force's capitals opening the next one
_HEADLINE_FIRST = re.compile(r"^\W*[^.!?\n]{1,80}[.!]\s+(?=ЗБИТО(?![\w'’]))")
# "ЗБИТО" in capitals opening the post, an emoji or a mark between it and the sentence telling the attack
_AIR_FORCE_OPENING = re.compile(r"^[^\w\n]*ЗБИТО(?:\s*/\s*[А-ЯІЇЄҐ]+)?\s*[^\w\s«\"]+\s+[А-ЯІЇЄҐ]")
# the other side's ministry or a governor reporting, or quoted after a colon ...
_REPORTER = (r"(?<![\w'’])(?:(?:мін(?:о)?борони|МО)\s+(?:рф|росії)|минобороны|губернатор\w*)(?![\w'’])"
             r"[^.!?\n]{0,60}?(?:(?<![\w'’])(?:звіту|відзвіту|рапорту|повідомля|заявля|заяви|каж|пише|пишуть)\w*|:)")
# ... a count of drones, in Ukrainian or in its own Russian quoted ("149 дронів", "«за ночь уничтожены 121
# беспилотник»", "«три беспилотника уничтожены»") ...
_DRONES = (r"(?:\d+|[а-яіїєё'’]+)\s+(?:[\w'’]+\s+)?(?:безпілотник|беспилотник|дрон|БПЛА|БпЛА|шахед)\w*")
# ... downed, or over places ("над Брянською, Курською … областями", "над Азовским районом")
_DOWNED = r"(?:уничтож|сбит|перехвач|збит|знищ|перехопл|подавл)\w*"
_REPORTED = re.compile(rf"{_REPORTER}[^.!?\n]{{0,40}}?(?:{_DOWNED}[^.!?\n]{{0,30}}?{_DRONES}|{_DRONES}"
                       rf"[»\"”]?\s*(?:[—–-]\s*)?(?:{_DOWNED}\s+)?(?:над|в\s+небе|у\s+небі)(?![\w'’]))", _F)
# ... with no hit admitted ("Влучань не визнають", "Про влучання — жодного слова", "уражень нібито немає", "Про
# влучання мовчать", "жертв і руйнувань, за його словами, немає")
_NO_HIT = re.compile(r"(?<![\w'’])(?:влучан|влучань|уражен|уражень|попадан|пошкоджен|руйнуван|жертв)\w*[^.!?\n]{0,25}?"
                     r"(?:немає|нема|не\s+визна\w*|не\s+визнано|жодного\s+слова|не\s+було|нет|не\s+повідомля\w*|"
                     r"мовч\w*)"
                     r"(?![\w'’])", _F)


def headed_tally(text: str, tally_headline: re.Pattern[str]) -> bool:
    """Whether the Air Force's tally in capitals (``tally_headline``, read at its own head) follows a short
    headline sentence, or opens the post set off by an emoji from the sentence telling the attack."""
    head = _HEADLINE_FIRST.match(text)
    return (head is not None and tally_headline.search(text[head.end():]) is not None) or (
        _AIR_FORCE_OPENING.match(text) is not None)


def reported_downing(text: str) -> bool:
    """Whether the post passes on the Russian ministry's or a governor's count of drones downed over its land and
    says no hit was admitted."""
    return _REPORTED.search(text) is not None and _NO_HIT.search(text) is not None


# the other side's officials quoted in their own words: a quote opened after a governor or the ministry in the
# sentence, or one in Russian ("губернатор Курської області пише, що «противник атакував беспилотниками
# Курчатовский район»"): "the enemy" in it is Ukraine
_OFFICIAL = re.compile(r"(?<![\w'’])(?:губернатор\w*|(?:мін(?:о)?борони|МО)\s+(?:рф|росії)|минобороны)(?![\w'’])", _F)
_RUSSIAN_WORDS = re.compile(r"[ыэъё]|(?<![\w'’])(?:беспилот|противовоздуш|уничтож|сбит)\w*", _F)
_QUOTE = re.compile(r"«[^«»\n]{1,300}»")


def in_officials_quote(text: str, position: int) -> bool:
    """Whether ``position`` stands in a quote of the other side's officials, where "the enemy" is Ukraine."""
    for quote in _QUOTE.finditer(text):
        if quote.start() < position < quote.end():
            begin = max([0, *[each.end() for each in re.finditer(r"[.!?\n]", text[:quote.start()])]])
            return _OFFICIAL.search(text, begin, quote.start()) is not None or _RUSSIAN_WORDS.search(
                text, quote.start(), quote.end()) is not None
    return False


# the ministry's count over its regions retold with the verb of downing left out ("Мінборони рф звітує за ніч: 149
# дронів над Брянською, Курською … областями"): a count downed
_ELIDED = re.compile(rf"{_REPORTER}[^.!?\n]{{0,40}}?{_DRONES}\s+над(?![\w'’])", _F)


def elided_downing(sentence: str) -> bool:
    """Whether a sentence retells the other side's count of drones over its regions with no verb of downing."""
    return _ELIDED.search(sentence) is not None


# a quote of four words or more in Russian ("Гладков: «ВСУ обстреляли Шебекино, ранены двое мирных жителей»"): a
# Russian official's own words passed on untranslated
_RUSSIAN_QUOTE = re.compile(r"«(?=[^«»\n]*(?:[ыэъё]|(?<![\w'’])(?:беспилот|обстрел|поврежд|пострадав|атакован|уничтож|"
                            r"сбит|возгоран|пожар)\w*))(?:[^«»\n\s]+\s+){3,}[^«»\n]*»", _F)


def russian_quote(text: str) -> bool:
    """Whether a Ukrainian post passes on an official's words in Russian, in a quote of four words or more: the
    quote may tell the strike the post's Ukrainian words do not."""
    return _RUSSIAN_QUOTE.search(text) is not None
