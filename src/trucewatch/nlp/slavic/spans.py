"""The sentence around a place in a post, as the readers bound it: from after the last ".", "!", "?" or line break
before it to the next one after it (abbreviations are not looked at: the finer split is ``kinds.sentences``)."""

from __future__ import annotations

_MARKS = ".!?\n"


def sentence_around(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """(start, end) of the sentence holding ``text[start:end]`` (``end`` defaults to ``start``): the end is the
    next mark's offset, or the text's end."""
    after = start if end is None else end
    begin = max(text.rfind(mark, 0, start) for mark in _MARKS) + 1
    finish = min((found for found in (text.find(mark, after) for mark in _MARKS) if found >= 0), default=len(text))
    return begin, finish


def without_quote(text: str, quoted: str) -> str:
    """``text`` with the first occurrence of ``quoted`` blanked out (spaces of its length, so that offsets keep), or
    ``text`` when it does not hold it: the post's own words around a quotation it passes on."""
    start = text.find(quoted)
    return text[:start] + " " * len(quoted) + text[start + len(quoted):] if start >= 0 else text
