"""Where debris fell, not where the weapon was brought down: an interception joined with the debris told after it
(:mod:`trucewatch.nlp.follow_ups`: "Air defences destroyed drones over X. Debris from one of them came down on a
boiler house in Y", "One of them was brought down above X, and its wreckage fell onto a substation in Y") has
its place in the debris part when that part names one: the place struck is Y. The place component reads the
joined sentence as a whole and takes the first name it places (X); this component, run after it, reads the debris
part alone with the same place component and keeps what it finds when that is a settlement the part names. A
debris part that names no place, or none the gazetteer places, leaves the place as it was. The debris may be told in
the interception's own sentence too ("... destroyed drones over X, and falling debris from one of them set a
locomotive on fire at the rail yard in Y"). A strike joined with the sentence that tells where the thing struck stands
("Russian missiles destroyed the Trypillia thermal power plant ... The plant stands in the town of Ukrainka") is read
the same way: the town told there is the place struck."""

from __future__ import annotations

from typing import Any

from trucewatch.nlp import follow_ups, places
from trucewatch.nlp.pipeline import ArticleState, Frame, component
from trucewatch.nlp.place_names import names_in


@component("trucewatch.debris_place.v1", reads=("frames.location",), writes=("frames.location",))
def debris_place(state: ArticleState) -> None:
    """The place named where the debris of an interception fell, over the place where it was brought down."""
    for frame in state.frames:
        at = frame.values.get("debris_at")
        if at is None and frame.event == "interception":
            # "... destroyed drones over X, and falling debris from one of them set a locomotive on fire in Y"
            within = follow_ups.cross_sentence_patterns()["debris_within"].search(frame.sentence, frame.trigger[1])
            at = within.start() if within else None
        if not isinstance(at, int) or not 0 < at < len(frame.sentence):
            continue
        where = frame.spans.get("location")
        part = frame.sentence[at:]
        if (where and where[0] >= at) or not names_in(part):
            continue  # placed in the debris part already, or the part names no place
        found = _placed(state, frame, at)
        if found is not None:
            location, span = found
            frame.put("location", location, (span[0] + at, span[1] + at))


def _placed(state: ArticleState, frame: Frame, at: int) -> tuple[dict[str, Any], list[int]] | None:
    """The settlement the place component finds in ``frame``'s sentence from ``at`` on, read as a sentence of its
    own in the same article, with its span in that part; None when it finds none there."""
    part = frame.sentence[at:]
    probe = Frame(sentence=part, offset=frame.offset + at, index=frame.index, event=frame.event,
                  trigger=(0, 0), values={key: value for key, value in frame.values.items() if key != "location"})
    alone = ArticleState(article=state.article, anchors=state.anchors, sentences=state.sentences, frames=[probe],
                         context_date=state.context_date, context_admin1=state.context_admin1,
                         context_claimant=state.context_claimant, context_claimant_at=state.context_claimant_at)
    places.place(alone)
    location, span = probe.values.get("location"), probe.spans.get("location")
    if not isinstance(location, dict) or not location.get("name") or location.get("lat") is None or not span:
        return None
    return location, span
