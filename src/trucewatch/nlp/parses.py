"""The spaCy parse of a frame's sentence, made on first use and kept in the article's state, so that the components
that ask the parse (claims, actor, weapon, target, and the speaker an earlier sentence names) parse each sentence at
most once."""

from __future__ import annotations

from trucewatch.nlp import syntax
from trucewatch.nlp.pipeline import ArticleState, Frame


def doc_of(state: ArticleState, frame: Frame) -> object:
    """The parse of a frame's sentence (parsed on first use, then kept)."""
    if frame.index not in state.parses:
        state.parses[frame.index] = syntax.parse([frame.sentence])[0]
    return state.parses[frame.index]


def doc_of_sentence(state: ArticleState, number: int) -> object:
    """The parse of the article's sentence ``number``, which may hold no frame (parsed on first use, then kept)."""
    if number not in state.parses:
        start, end = state.sentences[number]
        state.parses[number] = syntax.parse([state.article.text[start:end]])[0]
    return state.parses[number]


def parse_all(state: ArticleState, frames: list[Frame]) -> None:
    """Parse, in one batch, the sentences of ``frames`` not parsed yet (kept for :func:`doc_of`)."""
    wanted = list({frame.index: frame.sentence for frame in frames if frame.index not in state.parses}.items())
    for (index, _), doc in zip(wanted, syntax.parse([sentence for _, sentence in wanted]), strict=True):
        state.parses[index] = doc
