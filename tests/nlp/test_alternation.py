"""An alternation grouped by first letter matches exactly what the plain alternation matches, spans included."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from trucewatch.nlp.alternation import by_first_letter
from trucewatch.nlp.components import _parse_wanted

# letters few enough that branches share first letters and prefixes; a barrier branch opens with a group or a class
_WORD = st.text(alphabet="abAB", min_size=1, max_size=4)
_BRANCH = st.one_of(
    _WORD,
    _WORD.map(lambda word: word + r"\w*"),
    _WORD.map(lambda word: word + "s?"),
    _WORD.map(lambda word: f"(?:{word}|b{word})a"),
    _WORD.map(lambda word: f"[ab]{word}"),
    st.just(r"\d+"),
)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    return [(match.start(), match.end(), match.group(1)) for match in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(branches=st.lists(_BRANCH, min_size=1, max_size=12),
       texts=st.lists(st.text(alphabet="abAB 1s", max_size=30), min_size=1, max_size=5),
       ignore_case=st.booleans())
def test_the_same_matches_as_the_plain_alternation(branches: list[str], texts: list[str], ignore_case: bool) -> None:
    flags = re.IGNORECASE if ignore_case else 0
    plain = re.compile(r"\b(" + "|".join(dict.fromkeys(branches)) + r")", flags)
    grouped = re.compile(r"\b(" + by_first_letter(branches, ignore_case=ignore_case) + r")", flags)
    for text in texts:
        assert _spans(grouped, text) == _spans(plain, text)


def test_words_of_one_letter_share_a_group_and_a_barrier_keeps_its_place() -> None:
    assert by_first_letter(["damage", "dead", "burn", "dust"], ignore_case=False) == "d(?:amage|ead|ust)|burn"
    assert by_first_letter(["Dead", "damage"], ignore_case=True) == "d(?:ead|amage)"
    assert by_first_letter(["Dead", "damage"], ignore_case=False) == "Dead|damage"
    # "(?:no|not) so" between them: the "d" words after it are a group of their own
    assert by_first_letter(["dead", "(?:no|not) so", "damage", "dust"], ignore_case=False) == (
        "dead|(?:no|not) so|d(?:amage|ust)")
    # under IGNORECASE "B…" and "b…" keep their order in one group: "bb" still matches before "B\\w*" would
    grouped = re.compile(r"\b(" + by_first_letter(["Ba", "bb", r"B\w*"], ignore_case=True) + r")", re.IGNORECASE)
    assert _spans(grouped, "bbb") == [(0, 2, "bb")]
    # a quantifier on the first letter, or a word of one letter, is no group's
    assert by_first_letter(["s?he", "a", "ab"], ignore_case=False) == "s?he|a|ab"


def test_a_sentence_of_cue_words_is_still_parsed_and_one_without_is_not() -> None:
    # the cue words grouped by letter (components._CUES) still find a cue in any case and inflection
    assert _parse_wanted("Two BODIES were found near the school.", reported_before=False)
    assert _parse_wanted("The bridge was demolished overnight.", reported_before=False)
    assert _parse_wanted("A T-72 stood in the yard.", reported_before=False)
    assert not _parse_wanted("Officials met again on Tuesday to discuss the schedule.", reported_before=False)
