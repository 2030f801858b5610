"""The time of an event told in words said after a verb of saying: "DTEK's bonds slipped on Monday after the company
said a missile had damaged one of its plants on Sunday" happened on Sunday; the day before the verb is when the
report was made or what followed it, not the event's. Read by the time component (:mod:`trucewatch.nlp.components`)."""

from __future__ import annotations

import re
from datetime import date, datetime

from trucewatch.nlp.timex import Resolved, resolve_time

# the verb after which what was said is told, with the words that say how and when it was said up to "that" ("wrote
# at 07:30 on Friday that", "said in a statement stamped 17/05/2024 09:05 that"): a time among them is the statement's
# ("told reporters on Wednesday that no such strike had taken place ... around 01:00 on Tuesday")
_SAID_THAT = re.compile(r"\b(?:said|says|reported|announced|stated|claimed|confirmed|wrote|writes|posted|told)\b"
                        r"(?:(?:[^.;\"“”]|\.(?=\d)){0,80}?\bthat\b)?\s*", re.IGNORECASE)


# an occasion something is timed to ("a set-up ahead of the 9 May parade", "in the run-up to Sunday's talks"): its
# day is the occasion's, not the event's (the same length of blanks keeps every span of the sentence)
_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to)\s+(?:[\w'’\-]+\s+){0,4}?(?:parade|summit|talks|"
                       r"negotiations|meeting|visit|elections?|vote|holidays?|celebrations?|anniversary|ceremony|"
                       r"inauguration|conference)\b", re.IGNORECASE)
# the day a statement was made, in its attribution ("said on Saturday that", "wrote today that")
_DAY_SAID = re.compile(r"\b(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|this\s+morning)\b",
                       re.IGNORECASE)
# how a time no words of the sentence told was read (Resolved.how)
_UNTOLD = ("publication", "context")
# a context date more than this many days before the publication is a date recalled, not the story's own
RECALLED_DAYS = 2


def told_time(sentence: str, trigger: int, published: datetime | None, tz: str, anchors: dict[str, datetime],
              context_date: date | None) -> Resolved | None:
    """The time of the event whose word starts at ``trigger`` in ``sentence``: read from the whole sentence, or,
    when the time so read starts before the last verb of saying before the event word and the words after that verb
    name a time of their own, from those words alone (the span then points into the whole sentence)."""
    sentence = _AHEAD_OF.sub(lambda match: " " * len(match.group(0)), sentence)
    whole = resolve_time(sentence, published, tz=tz, anchors=anchors, context_date=context_date)
    whole = _before_attribution(sentence, trigger, whole, published, tz, anchors, context_date)
    said = None
    for said in _SAID_THAT.finditer(sentence, 0, trigger):  # noqa: B007  (the last one is wanted)
        continue
    if said is None or whole is None or whole.span is None:
        return whole
    told, span = whole, whole.span
    if whole.span[0] < said.end():
        found = resolve_time(sentence[said.end():], published, tz=tz, anchors=anchors, context_date=context_date)
        if found is None or found.span is None or found.how in _UNTOLD:
            return whole
        told, span = found, (found.span[0] + said.end(), found.span[1] + said.end())
    if context_date is not None and published is not None and _DAY_SAID.search(sentence, said.start(), said.end()) and (
            published.date() - context_date).days > RECALLED_DAYS:
        # "... had been damaged in an attack on 7 March. The company said on Saturday that drones struck the site again
        # at about 04:20 that morning": words that give a clock and no day, in a statement dated by its own day, are
        # of the statement's days, not of the day an earlier sentence recalled
        own = resolve_time(sentence[said.end():], published, tz=tz, anchors=anchors, context_date=None)
        if own is not None and own.span is not None and own.how not in _UNTOLD:
            told, span = own, (own.span[0] + said.end(), own.span[1] + said.end())
    return Resolved(told.start, told.end, told.tz, span, told.how)


# an attribution after the event's words that a clause of its own follows (", he told reporters, and the army was
# keeping to the halt Putin had ordered on 18 March"): what comes after it is not the event's clause
_SAID_AFTER = re.compile(r",\s+(?:[\w'’\-]+\s+){0,6}?(?:said|says|told\s+[\w\-]+|wrote|added|reported|stated|"
                         r"claimed)(?:\s+(?:on|in)\s+[\w\-]+)?\s*,\s+(?=\S)", re.IGNORECASE)


def _before_attribution(sentence: str, trigger: int, whole: Resolved | None, published: datetime | None, tz: str,
                        anchors: dict[str, datetime], context_date: date | None) -> Resolved | None:
    """The time read from the words up to an attribution that follows the event word, when the whole sentence's
    time reaches past it into another clause and those words name a time of their own that the whole one does not
    overlap ("... at around 23:00 on Saturday, he told reporters, and ... had ordered on 18 March": Saturday)."""
    after = _SAID_AFTER.search(sentence, trigger)
    if after is None or whole is None or whole.span is None or whole.span[1] <= after.start():
        return whole
    own = resolve_time(sentence[:after.start()], published, tz=tz, anchors=anchors, context_date=context_date)
    if own is None or own.span is None or own.how in _UNTOLD or (
            own.start <= whole.end and whole.start <= own.end):
        return whole
    return own
