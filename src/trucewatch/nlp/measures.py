"""The extraction components that measure an event: how many munitions (counts and tallies), how many
killed and injured, and whether it hit or was intercepted or attempted."""

from __future__ import annotations

import re

from trucewatch.nlp import lexicon as lx
from trucewatch.nlp.pipeline import ArticleState, component


def _number(text: str | None) -> int | None:
    if text is None:
        return None
    cleaned = re.sub(r"[,\s]", "", text)
    if cleaned.isdigit():
        return int(cleaned)
    return lx.NUMBER_WORDS.get(text.lower())


@component("trucewatch.counts.v1", reads=("frames.event",), writes=("frames.count", "frames.aggregate"))
def counts(state: ArticleState) -> None:
    """Munition counts ("145 drones and 6 missiles" = 151) and tallies ("4,900 violations": aggregate)."""
    for frame in state.frames:
        tally = lx.TALLY.search(frame.sentence)
        tally_number = _number(tally.group("num")) if tally else None
        if tally and tally_number and (
            tally.group("what").lower().startswith("violation") or tally_number >= 10
            or re.search(r"\b(in total|since|over the past|during the (?:day|week|month))\b", frame.sentence, re.I)
        ):
            frame.put("count", tally_number, tally.span())
            frame.put("aggregate", True, tally.span())
            continue
        total = 0
        first: tuple[int, int] | None = None
        last_end = 0
        for match in lx.MUNITION_COUNT.finditer(frame.sentence):
            value = _number(match.group("num"))
            if value is None:
                continue
            # "72 of the 145 drones were shot down" must not add up: count the launch figure only once
            if re.match(r"\s+of\s+", frame.sentence[match.end("num") : match.end("num") + 5]):
                continue
            total += value
            first = first or match.span()
            last_end = match.end()
        if first is not None and total > 0:
            frame.put("count", total, (first[0], last_end))
            if re.search(r"\b(overnight|in total|since|over the past|across|throughout)\b", frame.sentence, re.I) \
                    and total >= 10:
                frame.put("aggregate", True, (first[0], last_end))


@component("trucewatch.casualties.v1", reads=("frames.event",), writes=("frames.casualties",))
def casualties(state: ArticleState) -> None:
    """Killed and injured counts; "no casualties" is zero of each."""
    for frame in state.frames:
        none = lx.NO_CASUALTIES.search(frame.sentence)
        if none:
            frame.put("killed", 0, none.span())
            frame.put("injured", 0, none.span())
            continue
        for key, pattern in (("killed", lx.KILLED), ("injured", lx.INJURED)):
            match = pattern.search(frame.sentence)
            if match:
                value = _number(match.group("num") or match.group("num2"))
                if value is not None:
                    frame.put(key, value, match.span())


@component("trucewatch.outcome.v1", reads=("frames.event",), writes=("frames.outcome",))
def outcome(state: ArticleState) -> None:
    """hit, intercepted or attempted, from the sentence's wording."""
    for frame in state.frames:
        if frame.event == "interception":
            frame.put("outcome", "intercepted", frame.trigger)
            continue
        if frame.event not in ("strike", "shelling"):
            continue
        hit = lx.HIT.search(frame.sentence)
        attempted = lx.ATTEMPTED.search(frame.sentence)
        if hit:
            frame.put("outcome", "hit", hit.span())
        elif attempted:
            frame.put("outcome", "attempted", attempted.span())
