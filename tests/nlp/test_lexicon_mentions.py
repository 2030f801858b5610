"""The lexicon's mentions in a sentence: every match of every weapon or target pattern, overlapping ones included."""

from __future__ import annotations

import re

import pytest

from trucewatch.nlp import event_roles
from trucewatch.nlp import lexicon as lx

SENTENCES = [
    "A thermal power plant and two substations near the power station were hit by Shahed drones and KAB bombs.",
    "Russia fired 78 missiles and 106 drones; the hydroelectric dam and a CHP were damaged, as was a gas metering "
    "station.",
    "Drones, drones, drones: first-person-view drones hit the oil refinery's tanks and the oil depot.",
    "Nothing was struck in the night.",
    "",
    "substations" * 3,
]


def _each_pattern(sentence: str, lexicon: list[tuple[re.Pattern[str], str]]) -> list[event_roles.Mention]:
    return [event_roles.Mention(match.start(), match.end(), value, rank)
            for rank, (pattern, value) in enumerate(lexicon) for match in pattern.finditer(sentence)]


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("lexicon", [lx.WEAPONS, lx.TARGETS], ids=["weapons", "targets"])
def test_mentions_are_every_match_of_every_pattern(sentence: str, lexicon: list[tuple[re.Pattern[str], str]]) -> None:
    assert event_roles.mentions(sentence, lexicon) == _each_pattern(sentence, lexicon)


def test_overlapping_patterns_each_keep_their_match() -> None:
    found = event_roles.mentions("a thermal power plant was hit", lx.TARGETS)
    values = {mention.value for mention in found}
    assert {"energy.generation.thermal", "energy.generation"} <= values

