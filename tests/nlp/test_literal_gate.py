"""The literal gate never keeps a pattern from a text it matches: folding agrees with ``re`` on every code point,
generated patterns are never refused where they match, and the lexicon mentions are the plain scan's."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from trucewatch.nlp import lexicon as lx
from trucewatch.nlp.event_roles import mentions
from trucewatch.nlp.literal_gate import could_match, fold, gate, prefixes

_EVERY_CHARACTER = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF)
_LETTERS = "abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґαβγδεθικμπρσςφω"


def test_folding_agrees_with_re_on_every_code_point() -> None:
    folded = [fold(character) for character in _EVERY_CHARACTER]
    assert all(len(each) == 1 for each in folded)
    for letter in _LETTERS:
        for match in re.finditer(re.escape(letter), _EVERY_CHARACTER, re.IGNORECASE):
            assert folded[match.start()] == fold(letter), (letter, hex(ord(match.group(0))))


def test_a_text_folds_as_its_characters_do() -> None:
    # the final sigma and the dotted capital I are the two places lowercasing a whole text differs
    text = "ΟΔΥΣΣΕΥΣ İSTANBUL ſtrike KELVIN Kherson"
    assert fold(text) == "".join(fold(character) for character in text)


def test_openings_read_from_the_parse() -> None:
    assert prefixes(re.compile(r"\b(substations?|switchyard)s?\b", re.I)) == {"sub", "swi"}
    assert prefixes(re.compile(r"\b((?:auto)?transformers?)\b", re.I)) == {"aut", "tra"}
    assert prefixes(re.compile(r"\b(Su[- ]?\d{2}|Mi-\d+)\b", re.I)) == {"su", "mi-"}
    # a branch that may open with a digit, or a class: the pattern is always run
    assert prefixes(re.compile(r"\b(power lines?|\d{2,3}\s?kv lines?)\b", re.I)) is None
    assert prefixes(re.compile(r"[Ss]ubstation")) is None
    # without IGNORECASE the letters are kept as written
    assert prefixes(re.compile(r"\bNPP\b|nuclear")) == {"NPP", "nuc"}


_PIECE = st.sampled_from(["a", "b", "S", "ſ", "K", "i", "İ", "σ", "Σ", "-", " ", "(?:ab)?", "(?:a|bb)", "b*", "a+",
                          r"\b", "(?<!x)", "[ab]", r"\d", "(?:s|)", "k{1,2}"])


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(_PIECE, min_size=1, max_size=5), texts=st.lists(
    st.text(alphabet="abSsſKkiİıσςΣ- x1", max_size=12), min_size=1, max_size=6), ignore_case=st.booleans())
def test_a_pattern_is_never_refused_where_it_matches(pieces: list[str], texts: list[str], ignore_case: bool) -> None:
    pattern = re.compile("".join(pieces), re.IGNORECASE if ignore_case else 0)
    for text in texts:
        if pattern.search(text):
            assert could_match(gate(pattern), text, fold(text)), (pattern.pattern, text)


def _sentences() -> list[str]:
    here = Path(__file__).parent
    texts = [item["text"] for path in sorted(here.glob("gold_paragraphs*.yaml"))
             for item in yaml.safe_load(path.read_text(encoding="utf-8")) or [] if isinstance(item, dict)]
    return [part for text in texts for part in re.split(r"(?<=[.!?])\s+", text) if part]


def test_lexicon_mentions_are_those_of_every_pattern_run() -> None:
    sentences = _sentences()
    assert len(sentences) > 1000
    for lexicon in (lx.TARGETS, lx.WEAPONS):
        for sentence in sentences:
            plain = [(match.start(), match.end(), value, rank) for rank, (pattern, value) in enumerate(lexicon)
                     for match in pattern.finditer(sentence)]
            assert [(each.start, each.end, each.value, each.rank) for each in mentions(sentence, lexicon)] == plain
