"""A definite generic noun ("the plant") naming again a target an earlier sentence named."""

from __future__ import annotations

import pytest

from trucewatch.nlp.target_reference import _references, carried, generic_reference, referred_code
from trucewatch.taxonomy import is_code


def test_every_code_a_noun_may_stand_for_is_a_taxonomy_code() -> None:
    assert _references() and all(is_code(code) for codes in _references().values() for code in codes)


@pytest.mark.parametrize(("words", "noun"), [
    ("debris set fire to the plant", "plant"),
    ("another drone damaged that facility", "facility"),
    ("a fire broke out at the same depot", "depot"),
    ("a drone hit a plant", None),  # indefinite: a thing of its own
    ("a drone hit the chemical plant", None),  # qualified: a thing of its own
    ("the plant", "plant"),
    # the noun that ends the words counts, even after another such noun earlier in the sentence
    ("workers left the site before a second drone hit the depot", "depot"),
    ("the station was shut and later a drone hit the chemical plant", None),
    ("", None),
])
def test_only_a_definite_bare_generic_noun_refers_back(words: str, noun: str | None) -> None:
    assert generic_reference(words) == noun


def test_the_last_earlier_target_the_noun_can_stand_for() -> None:
    earlier = ["energy.oil.refinery", "civilian.education"]
    assert referred_code("plant", earlier) == "energy.oil.refinery"  # a school is no plant
    assert referred_code("station", earlier) is None
    assert referred_code("unknown-noun", earlier) is None
    # only targets of earlier sentences count
    assert carried("the plant", "infrastructure.industrial", lambda: [(2, "energy.oil.refinery")], 2) == \
        "infrastructure.industrial"
    assert carried("the plant", "infrastructure.industrial", lambda: [(1, "energy.oil.refinery")], 2) == \
        "energy.oil.refinery"
