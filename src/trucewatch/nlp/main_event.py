"""Which of the event words a sentence holds tells its event, when words of several kinds are found: the kind first
in the order of priority, unless its word lies in a clause of what the act answered ("Russian artillery had opened
fire on Ukrainian positions, in response to what it called an attempted Ukrainian assault": the fire is told, the
assault is its reason). Read by the events component (:mod:`trucewatch.nlp.components`)."""

from __future__ import annotations

import re

# what an act answered, told after it ("opened fire ... in response to what it called an attempted assault", "in
# retaliation for", "to repel an attack"; "describing the strikes as retaliation for Ukrainian shelling")
IN_ANSWER_TO = re.compile(r"\b(?:in\s+(?:response|reply|answer|retaliation)\s+(?:to|for)|(?:retaliation|revenge|"
                          r"reprisals?)\s+for|as\s+(?:an?\s+)?(?:response|reply|answer)\s+to|to\s+(?:repel|repulse|"
                          r"thwart|stop)|after\s+what\s+it\s+called)\b", re.IGNORECASE)


def main_kind(sentence: str, found: dict[str, re.Match[str]], priority: tuple[str, ...]) -> str:
    """The kind of the sentence's event among ``found`` (kind -> its first word): the first of ``priority``, unless
    its word lies after words of what the act answered and another kind's word comes before them."""
    kind = next(each for each in priority if each in found)
    answered = IN_ANSWER_TO.search(sentence, 0, found[kind].start())
    if answered is None:
        return kind
    return next((each for each in priority if each in found and found[each].end() <= answered.start()), kind)
