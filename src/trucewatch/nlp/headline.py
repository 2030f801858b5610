"""A headline above its story: "Shebekino substation hit on Easter night. A Ukrainian drone struck a substation in
Shebekino late on Sunday, the governor said." The headline names the event the next sentence tells in full; it
is not a second event, and the report is the full sentence's (the headline's place and time kept where that
sentence names none). A headline whose place is not the story's ("Drone strike on Odesa port overnight. Russian
drones hit a substation in Izmail, ...") tells an event of its own and is kept."""

from __future__ import annotations

import re

from trucewatch.geo.distance import distance_km
from trucewatch.nlp.pipeline import ArticleState, component
from trucewatch.nlp.timex import Resolved

# a headline is short and says nothing of who speaks
MAX_HEADLINE_WORDS = 8
_ATTRIBUTION = re.compile(r"\b(?:said|says|say|told|reported|reports|according|claimed|claims|wrote|writes|per|"
                          r"citing|announced|stated|denied|denies)\b", re.IGNORECASE)

# a wire headline's closing speaker ("Missile slams into Dnipro clinic, governor says"): the story tells who in full
_SAYS_TAIL = re.compile(r",\s+(?:[\w'’\-]+\s+){1,3}?(?:says|say|claims|reports)\s*[.!]?\s*$", re.IGNORECASE)


# the times a sentence gets when it names none of its own
_UNDATED = frozenset({"publication", "context"})


# two places further apart than this beyond their precisions are two events' ("Odesa" and "Izmail"), not a town and
# the village by it the story names more precisely
APART_KM = 30.0


def _elsewhere(headline: object, story: object) -> bool:
    """Whether the headline and the story name two settlements far apart (a region's centre is never far)."""
    if not (isinstance(headline, dict) and isinstance(story, dict) and headline.get("name") and story.get("name")):
        return False
    if any(place.get(key) is None for place in (headline, story) for key in ("lat", "lon")):
        return False
    apart = distance_km(float(headline["lat"]), float(headline["lon"]), float(story["lat"]), float(story["lon"]))
    return apart > APART_KM + float(headline.get("precision_km") or 0.0) + float(story.get("precision_km") or 0.0)


@component("trucewatch.headline.v1", reads=("frames.event", "frames.actor", "frames.location", "frames.occurred"),
           writes=("frames",))
def headline(state: ArticleState) -> None:
    """Drop the first sentence's frame when it is a headline over the event the next sentence reports: eight
    words at most, no attribution (but a closing ", governor says") and no acting party of its own, followed by a
    sentence whose frame names the party that acted and no other settlement."""
    if len(state.frames) < 2:
        return
    first, second = state.frames[0], state.frames[1]
    if first.index != 0 or second.index != 1 or len(state.sentences) < 2:
        return
    tail = _SAYS_TAIL.search(first.sentence)
    words = first.sentence[:tail.start()] if tail else first.sentence
    if len(words.split()) > MAX_HEADLINE_WORDS or _ATTRIBUTION.search(words):
        return
    if first.values.get("actor") or not second.values.get("actor") or first.values.get("denial"):
        return
    if _elsewhere(first.values.get("location"), second.values.get("location")):
        return  # "Drone strike on Odesa port overnight. Russian drones hit a substation in Izmail, ...": two events
    if "location" in first.values and "location" not in second.values:
        second.values["location"] = first.values["location"]
    told, own = first.values.get("occurred"), second.values.get("occurred")
    if isinstance(told, Resolved) and told.how not in _UNDATED and (not isinstance(own, Resolved)
                                                                   or own.how in _UNDATED):
        # the headline's "overnight" where the story gives no time of its own
        second.values["occurred"] = Resolved(told.start, told.end, told.tz, None, told.how)
        second.spans.pop("occurred", None)
    state.dropped.append((first.sentence, "a headline over the event the next sentence reports"))
    del state.frames[0]
