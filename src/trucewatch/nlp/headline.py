"""A headline above its story: "Shebekino substation hit on Easter night. A Ukrainian drone struck a substation in
Shebekino late on Sunday, the governor said." The headline names the event the next sentence tells in full; it
is not a second event, and the report is the full sentence's (the headline's place kept where that sentence
names none)."""

from __future__ import annotations

import re

from trucewatch.nlp.pipeline import ArticleState, component

# a headline is short and says nothing of who speaks
MAX_HEADLINE_WORDS = 8
_ATTRIBUTION = re.compile(r"\b(?:said|says|say|told|reported|reports|according|claimed|claims|wrote|writes|per|"
                          r"citing|announced|stated|denied|denies)\b", re.IGNORECASE)


@component("trucewatch.headline.v1", reads=("frames.event", "frames.actor", "frames.location"),
           writes=("frames",))
def headline(state: ArticleState) -> None:
    """Drop the first sentence's frame when it is a headline over the event the next sentence reports: eight
    words at most, no attribution and no acting party of its own, followed by a sentence whose frame names
    the party that acted."""
    if len(state.frames) < 2:
        return
    first, second = state.frames[0], state.frames[1]
    if first.index != 0 or second.index != 1 or len(state.sentences) < 2:
        return
    if len(first.sentence.split()) > MAX_HEADLINE_WORDS or _ATTRIBUTION.search(first.sentence):
        return
    if first.values.get("actor") or not second.values.get("actor") or first.values.get("denial"):
        return
    if "location" in first.values and "location" not in second.values:
        second.values["location"] = first.values["location"]
    state.dropped.append((first.sentence, "a headline over the event the next sentence reports"))
    del state.frames[0]
