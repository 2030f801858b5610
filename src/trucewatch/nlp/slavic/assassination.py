"""A person blown up: "біля під'їзду підірвали генерала …", "підірвано полковника в його авто" is an assassination, not
a strike, as a planted bomb is (read by :func:`trucewatch.nlp.slavic.kinds.classify` when every word of striking in
the post is one of exploding). The persons are a word class of ``data/lexicon.yaml`` (``strike_words.persons``).
Nothing here raises on user text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trucewatch.nlp.slavic.lexicon import raw_lexicon


@lru_cache(maxsize=1)
def _blown_up() -> re.Pattern[str]:
    persons = "|".join(str(stem) for stem in raw_lexicon()["strike_words"]["persons"])
    # a verb of blowing up in the past, then (a word or two on) a person by rank or trade in the accusative or
    # instrumental ("підірвали генерала Кирилова", "підірвали російського полковника", "підірвали разом з охоронцем")
    # (also the slang "«хлопнули» генерала Кириллова", quoted or not)
    return re.compile(r"(?<![\w'’ʼ])[«\"“]?(?:підірвали|підірвав|підірвала|підірвано|підірваний|підірваного|"
                      r"хлопнули|хлопнув|хлопнула)[»\"”]?\s+"
                      r"(?:[\w'’ʼ-]+\s+){0,2}?(?:" + persons + r")(?:а|у|ом|ові|и|ів|ами)?(?![\w'’ʼ])",
                      re.IGNORECASE)


def person_blown_up(text: str) -> bool:
    """Whether the post says a person was blown up."""
    return _blown_up().search(text) is not None
