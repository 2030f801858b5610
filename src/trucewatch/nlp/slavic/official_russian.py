"""The other side's official passed on in Russian with no quotation marks in a Ukrainian post ("Мінобороны рф: за ночь
над Краснодарским краем и акваторией Азовского моря «уничтожено» 41 БПЛА. Кубань, тримайся 😂"): the words after the
official's name and a colon, to the end of their sentence, when they are Russian; read by
:mod:`trucewatch.nlp.slavic.reader` with the Russian formulae, as a quotation in Russian is."""

from __future__ import annotations

import re

# the ministry or a governor, up to three words after it, and a colon ("Мінобороны рф:", "Губернатор Гладков:")
_OFFICIAL_COLON = re.compile(r"(?<![\w'’])(?:міноборони|мінобороны|минобороны|МО\s+(?:рф|росії)|губернатор\w*)"
                             r"(?![\w'’])(?:\s+[\w'’-]+){0,3}?\s*:\s*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n]")
_LEAST = 40  # characters: a clause, not a word or two


def russian_after_official(text: str) -> str | None:
    """The first sentence in Russian that follows the other side's official and a colon, or None."""
    from trucewatch.nlp.language import detect_language

    for official in _OFFICIAL_COLON.finditer(text):
        end = _SENTENCE_END.search(text, official.end())
        passage = text[official.end():end.start() if end else len(text)]
        if len(passage) >= _LEAST and detect_language(passage).code == "ru":
            return passage
    return None
