"""Words one edit apart: a letter added or dropped, one letter for another, or two neighbours swapped.

Found through the forms with one letter dropped (symmetric deletion): two words one such edit apart share a
form, so a word's neighbours among many are a few dictionary lookups, then :func:`one_edit` on each. Used for
misspelt town names (:mod:`trucewatch.geo.gazetteer`, where only a vowel may stand for another) and misspelt
event words (:mod:`trucewatch.nlp.spelling`, any letter). Without such an index, :func:`one_edit_forms` lists a
word's neighbours to look up one by one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from typing import TypeVar

T = TypeVar("T", bound=Hashable)


def dropped(word: str) -> set[str]:
    """``word`` and every form of it with one letter dropped."""
    return {word, *(word[:at] + word[at + 1:] for at in range(len(word)))}


def one_edit(first: str, second: str, *, replaceable: frozenset[str] | None = None) -> bool:
    """Whether two words differ by one letter added or dropped, one letter for another (only letters of
    ``replaceable`` for each other, when given), or two neighbours swapped."""
    if first == second or abs(len(first) - len(second)) > 1:
        return False
    if len(first) == len(second):
        differ = [at for at, (a, b) in enumerate(zip(first, second, strict=True)) if a != b]
        if len(differ) == 1:
            return replaceable is None or (first[differ[0]] in replaceable and second[differ[0]] in replaceable)
        return len(differ) == 2 and differ[1] == differ[0] + 1 and (
            first[differ[0]] == second[differ[1]] and first[differ[1]] == second[differ[0]])
    shorter, longer = sorted((first, second), key=len)
    at = next((at for at, (a, b) in enumerate(zip(shorter, longer, strict=False)) if a != b), len(shorter))
    return shorter[at:] == longer[at + 1:]


def one_edit_forms(word: str, *, alphabet: str, replaceable: frozenset[str]) -> set[str]:
    """Every word one edit from ``word`` as :func:`one_edit` counts them, letters added taken from
    ``alphabet``: for looking a word's neighbours up in a dictionary that has no index by dropped forms."""
    forms = {word[:at] + word[at + 1:] for at in range(len(word))}
    forms.update(word[:at] + letter + word[at:] for at in range(len(word) + 1) for letter in alphabet)
    forms.update(word[:at] + other + word[at + 1:] for at in range(len(word)) if word[at] in replaceable
                 for other in replaceable)
    forms.update(word[:at] + word[at + 1] + word[at] + word[at + 2:] for at in range(len(word) - 1))
    forms.discard(word)
    return forms


def by_dropped_forms(entries: Iterable[tuple[str, T]]) -> dict[str, list[tuple[str, T]]]:
    """Each (word, value) under every form of the word with one letter dropped, and under the word itself."""
    index: dict[str, list[tuple[str, T]]] = defaultdict(list)
    for word, value in entries:
        for form in dropped(word):
            index[form].append((word, value))
    return dict(index)


def one_edit_from(index: dict[str, list[tuple[str, T]]], word: str, *,
                  replaceable: frozenset[str] | None = None) -> set[tuple[str, T]]:
    """The (word, value) entries of an index by :func:`by_dropped_forms` one edit from ``word``."""
    return {(other, value) for form in dropped(word) for other, value in index.get(form, ())
            if one_edit(word, other, replaceable=replaceable)}
