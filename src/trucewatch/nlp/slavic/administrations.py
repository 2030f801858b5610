"""A Ukrainian regional military administration's morning report passed on under its name ("Харківська ОВА: минулої
доби ворог обстріляв 14 населених пунктів області", "Запорізька ОВА: … по 12 населених пунктах області"): the oblast
it governs is the place of what the report tells of "the oblast" (used by :func:`trucewatch.nlp.slavic.places.
find_places`)."""

from __future__ import annotations

import re

from trucewatch.nlp.slavic.adjectives import unit_code

_F = re.IGNORECASE
# the administration named at the post's head, before a colon or a dash
_HEAD = re.compile(r"^\W{0,4}((?-i:[А-ЯІЇЄҐ])[\w'’-]+)\s+"
                   r"(?:ОВА|ОДА|обласн\w+\s+(?:військов|державн)\w+\s+адміністрац\w+)\s*[:—–-]", _F)
# "the oblast" it governs, not another named by its adjective ("населених пунктів області", "громади області")
_THE_OBLAST = re.compile(r"(?<![\w'’])(?:області|обл\.)(?![\w'’])", _F)
_ADJECTIVE_BEFORE = re.compile(r"(?:ськ|цьк|зьк)(?:а|ої|ій|у)\s+$", _F)


def administration_region(text: str, language: str) -> tuple[str, tuple[int, int]] | None:
    """The oblast code and the span of its administration's adjective when the post opens with that
    administration's name and speaks of "the oblast"."""
    if language != "uk":
        return None
    head = _HEAD.match(text)
    if head is None:
        return None
    if not any(not _ADJECTIVE_BEFORE.search(text, max(0, match.start() - 12), match.start())
               for match in _THE_OBLAST.finditer(text, head.end())):
        return None
    code = unit_code(head.group(1), "область", language)
    return (code, head.span(1)) if code and code.startswith("UA-") else None
