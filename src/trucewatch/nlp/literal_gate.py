"""Which lexicon patterns can match a text at all, told by the letters every match starts with.

:func:`trucewatch.nlp.event_roles.mentions` runs each of the lexicon's fifty-odd target patterns over every
sentence that reports an event, a tenth of the English extraction. A match of ``\\b(substations?|switchyard)s?\\b``
starts with "sub" or "swi" in any case, so a sentence holding neither cannot match it, and it need not be run.
:func:`could_match` asks that of the text (lowercased when the pattern ignores case), from the literal letters
each branch of the pattern opens with, read from the pattern's parse (``re._parser``, the parser ``re`` compiles
with); a pattern whose opening is no literal ("\\d{2,3}kv", a class) is always run. The answer is never "no" for a
text the pattern matches; it is only "yes" more often than needed.

Where the pattern ignores case, text and letters are compared folded (:func:`fold`): lowercased as ``re``
lowercases one character (the dotted capital I is "i"), then each of the characters ``re`` holds equal beyond
case (the long s and "s", the dotless i and "i", the Greek final sigma and sigma; ``re._casefix``) turned into one
of its class.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

try:  # the parser re compiles with, and its table of characters equal beyond case: read, never changed
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
    from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
    from re._constants import (  # type: ignore[import-not-found]
        ASSERT,
        ASSERT_NOT,
        AT,
        BRANCH,
        LITERAL,
        MAX_REPEAT,
        MIN_REPEAT,
        SUBPATTERN,
    )
except ImportError:  # pragma: no cover - another interpreter: every pattern is always run
    _sre_parse = None
    _EXTRA_CASES = {}

# letters compared: three tell most words of a lexicon apart
PREFIX_LETTERS = 3
# each character re holds equal to others beyond case, to the least of them
_ONE_OF_CLASS = {key: min(chr(key), *map(chr, others)) for key, others in _EXTRA_CASES.items()}


def fold(text: str) -> str:
    """``text`` as :mod:`re` compares it when it ignores case (tests/nlp/test_literal_gate.py checks every code
    point): the dotted capital I lowercased as one "i", every character lowercased, each class of characters equal
    beyond case as one of them."""
    return text.replace("\u0130", "i").lower().translate(_ONE_OF_CLASS)


def _open(sequence: Any, case: bool) -> list[tuple[str, bool]]:
    """The literal openings of ``sequence``: (letters, whether more letters may follow them)."""
    found: list[tuple[str, bool]] = [("", True)]
    for op, value in sequence:
        if not any(more and len(text) < PREFIX_LETTERS for text, more in found):
            break
        if op in (AT, ASSERT, ASSERT_NOT):
            continue  # takes no character
        if op is LITERAL:
            tails = [(fold(chr(value)) if case else chr(value), True)]
        elif op is SUBPATTERN and not value[1] and not value[2]:
            tails = _open(value[3], case)
        elif op is BRANCH:
            tails = [tail for branch in value[1] for tail in _open(branch, case)]
        elif op in (MAX_REPEAT, MIN_REPEAT):
            low, high, inner = value
            # its first time (what follows it comes next only when it is taken at most once), or none
            tails = _open(inner, case) if high == 1 else [(text, False) for text, _more in _open(inner, case)]
            tails += [("", True)] if low == 0 else []
        else:  # a class, an inline flag group, ...: the letters end here
            tails = [("", False)]
        found = list(dict.fromkeys(((text + tail)[:PREFIX_LETTERS], more and tail_more)
                                   if more and len(text) < PREFIX_LETTERS else (text, False)
                                   for text, more in found for tail, tail_more in tails))
    return found


def prefixes(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The letters every match of ``pattern`` opens with (folded when it ignores case), or None when some match may
    open with no literal letter."""
    if _sre_parse is None:
        return None
    try:
        openings = _open(_sre_parse.parse(pattern.pattern, pattern.flags), bool(pattern.flags & re.IGNORECASE))
    except (re.error, TypeError, ValueError, IndexError):
        return None
    return frozenset(text for text, _more in openings) if all(text for text, _more in openings) else None


@dataclass(frozen=True)
class Gate:
    """A pattern with what :func:`could_match` asks of a text before it is run."""

    pattern: re.Pattern[str]
    opening: tuple[str, ...] | None  # :func:`prefixes`
    folded: bool  # the pattern ignores case: the opening is looked for in the folded text


def gate(pattern: re.Pattern[str]) -> Gate:
    found = prefixes(pattern)
    return Gate(pattern, tuple(sorted(found)) if found is not None else None, bool(pattern.flags & re.IGNORECASE))


def could_match(each: Gate, text: str, folded: str) -> bool:
    """False only when the gate's pattern cannot match ``text`` (``folded``: :func:`fold` of it, asked once per
    text)."""
    if each.opening is None:
        return True
    where = folded if each.folded else text
    return any(opening in where for opening in each.opening)
