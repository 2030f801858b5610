"""Long alternations of words, grouped by their first letter so that the regular-expression engine tries only the
words that can start where it stands.

Python's ``re`` tries the branches of an alternation one after the other at every place a match may start: an
alternation of five hundred cue words costs five hundred failed comparisons at each word of a sentence. Grouped by
first letter ("d(?:amag\\w*|ead|…)|b(?:urn\\w*|…)"), it costs one comparison per group and then only the words of
that letter.

The grouping matches exactly what the alternation did, spans included: branches of different first letters cannot
both match at one place, the branches of one letter keep their order, and a branch that opens with anything but a
plain letter ("(?:not so|untrue),", "\\d+") stays where it was, the letters' groups before it kept apart from those
after it.
"""

from __future__ import annotations

from collections.abc import Iterable

_QUANTIFIERS = frozenset("?*+{")


def _groupable(branch: str) -> bool:
    """A branch whose first character is a plain ASCII letter that no quantifier follows ("damag\\w*", not
    "s?he", not "(?:a|b)c")."""
    return len(branch) > 1 and branch[0].isascii() and branch[0].isalpha() and branch[1] not in _QUANTIFIERS


def _run(branches: list[str], ignore_case: bool) -> list[str]:
    groups: dict[str, list[str]] = {}
    for branch in branches:
        groups.setdefault(branch[0].lower() if ignore_case else branch[0], []).append(branch[1:])
    return [f"{letter}(?:{'|'.join(tails)})" if len(tails) > 1 else letter + tails[0]
            for letter, tails in groups.items()]


def by_first_letter(branches: Iterable[str], *, ignore_case: bool) -> str:
    """One alternation (no surrounding group) of ``branches``, regular-expression branches that each hold no ``|``
    outside their own groups, grouped by first letter as the module says. ``ignore_case``: the pattern is compiled
    with ``re.IGNORECASE``, so "D…" and "d…" share a group."""
    out: list[str] = []
    run: list[str] = []
    for branch in dict.fromkeys(branches):
        if _groupable(branch):
            run.append(branch)
            continue
        out += _run(run, ignore_case)
        run = []
        out.append(branch)
    return "|".join([*out, *_run(run, ignore_case)])

