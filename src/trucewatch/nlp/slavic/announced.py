"""A review the channel announces for later ("Завтра повертаємося з розбором усього, що горіло на Брянщині та Курщині
за тиждень", "Ввечері буде огляд ночі", "Підсумок тижня буде завтра"): what it will post, no event told, when every
word of striking in the post stands in such a sentence. Read by :func:`trucewatch.nlp.slavic.wording.explains`."""

from __future__ import annotations

import re

from trucewatch.nlp.slavic.spans import sentence_around

_F = re.IGNORECASE
_LATER = r"(?:завтра|згодом|незабаром|пізніше|позже|скоро|наступного\s+тижня|на\s+вихідних)"
_TO_COME = r"(?:буде|будет|будуть|будут|чекайте|ждите)"
_REVIEW = (r"(?:розбор\w*|розбір|огляд\w*|підсум\w*|аналіз\w*|аналітик\w*|дайджест\w*|разбор\w*|обзор\w*|итог\w*|"
           r"анализ\w*)")
# "Завтра … з розбором", "буде огляд", "Підсумок … буде"
_ANNOUNCED = re.compile(rf"(?<![\w'’])(?:{_LATER}|{_TO_COME})\s+(?:[\w'’ʼ-]+\s+){{0,3}}?{_REVIEW}(?![\w'’])|"
                        rf"(?<![\w'’]){_REVIEW}\s+(?:[\w'’ʼ-]+\s+){{0,3}}?(?:{_TO_COME}|{_LATER})(?![\w'’])", _F)


def review_announced(text: str, language: str = "uk") -> bool:
    """Whether the post announces a review to come and every word of striking in it stands in a sentence that does."""
    from trucewatch.nlp.slavic.wording import strike_words  # wording reads this module

    announcing = [(_after_emoji(text, sentence_around(text, match.start())[0], match.start()),
                   sentence_around(text, match.start())[1]) for match in _ANNOUNCED.finditer(text)]
    if not announcing:
        return False
    found = strike_words(text, language)
    return bool(found) and all(any(start <= word < end for start, end in announcing) for word, _ in found)


_EMOJI = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]")


def _after_emoji(text: str, begin: int, position: int) -> int:
    """Where the sentence holding ``position`` opens once an emoji ends what comes before, as a full stop does ("…
    горить 🔥 Детальний розбір буде завтра")."""
    return max([begin, *[each.end() for each in _EMOJI.finditer(text, begin, position)]])
