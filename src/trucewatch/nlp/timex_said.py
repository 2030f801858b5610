"""The names of months and weekdays the time readers of :mod:`trucewatch.nlp.timex` share, and the day a statement
was made ("the ministry said on Monday", "Moscow replied on Sunday"), which is not the day of the event it tells:
:data:`SPEECH_TIME` is masked where the sentence dates the event otherwise, and :func:`said_on` tells whether a
time read from a sentence is only that day (a denial answering an earlier allegation takes the allegation's time
then)."""

from __future__ import annotations

import re

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
WEEKDAYS = {name: number for number, name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
MONTH_PLAIN = r"(?:" + MONTH_NAMES + r")\.?"

# participles opening a clause about a speaker, set off by commas ("Peskov, asked about it on Monday, said")
SPEAKING_ASIDE = r"asked|questioned|pressed|speaking|responding|replying|commenting"
# verbs of saying, answering and denying after which a day is when it was said
_SAYING = (r"said|says|told\s+(?:\w+\s+){0,2}?|reported|announced|confirmed|wrote|stated|added|claimed|denied|"
           r"warned|posted|replied|responded|countered|retorted|answered|insisted|rejected|dismissed|refuted|"
           r"reiterated|repeated|clarified|commented|acknowledged|admitted")
# when the statement was made, "the ministry said on Monday": not when the event happened, if the sentence
# dates the event otherwise ("overnight", "at 18:00 on Saturday")
SPEECH_TIME = re.compile(
    r"\b(?:" + _SAYING + r")\s+(?:late\s+|early\s+)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)(?:\s+(?:morning|afternoon|evening|night))?\b|"
    # "the ministry on Monday denied ...": the day before the verb of saying
    r"\bon\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening))?"
    r"(?=\s+(?:said|says|told|reported|announced|confirmed|wrote|stated|added|claimed|denied|rejected|dismissed|"
    r"warned|posted|accused|called|replied|responded|countered|retorted|answered|insisted|refuted)\b)|"
    # "dismissed the claim on Saturday", "rejected the accusations late on Monday": when the answer was given
    r"\b(?:denied|rejected|dismissed|refuted|disputed|called)\s+(?:it|this|that|them|(?:the|these|those|that|this|such|"
    r"its|their)\s+(?:[\w\-]+\s+){0,2}?(?:claims?|accusations?|allegations?|reports?|story|stories|charges?))\s+"
    r"(?:late\s+|early\s+)?on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    # "Asked about it by reporters on Monday, Peskov said ...", "speaking to journalists on Friday": when it was said
    r"\b(?:" + SPEAKING_ASIDE + r")\s+(?:[\w\-]+\s+){0,6}?"
    r"(?:late\s+|early\s+)?on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|afternoon|evening))?\b|"
    # "at her weekly briefing on Wednesday", "in a video address on Monday evening": when it was said
    r"\b(?:at|in|during)\s+(?:(?:her|his|its|their|a|an|the)\s+)?(?:[\w\-]+\s+){0,2}?(?:briefing|press\s+conference|"
    r"statement|interview|address|speech|news\s+conference|broadcast)\s+(?:late\s+|early\s+)?on\s+"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening))?\b|"
    # "satellite images taken by Planet Labs on Thursday show ...", "footage posted on 4 April": when it was seen
    r"\b(?:taken|captured|collected|recorded|filmed|posted|published|released|shared)\s+(?:by\s+(?:[\w\-]+\s+){1,4}?)?"
    r"on\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\d{1,2}\s+" + MONTH_PLAIN + r"|"
    + MONTH_PLAIN + r"\s+\d{1,2}\b)", re.IGNORECASE)


# the day an agreement, a truce or a call was made, told with it ("the moratorium on energy strikes agreed on 18
# March", "the truce declared on 8 May", "the ceasefire of 19 April", "since the March 18 call"): the date of the
# agreement, not of the event the sentence or the article tells (masked as the day of speaking is, and never the
# article's date for a clock told without one)
_DAY_NAMED = (r"(?:the\s+)?(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH_PLAIN + r"|" + MONTH_PLAIN
              + r"\s+[0-3]?\d(?:st|nd|rd|th)?\b|[0-3]?\d[./][01]?\d[./](?:19|20)?\d\d)(?:,?\s+(?:19|20)\d\d)?")
# the days a truce was declared for ("declared for 8-10 May", "for May 8 to 10")
_DAYS_SPAN = (r"(?:[0-3]?\d(?:st|nd|rd|th)?\s*(?:-|–|to|and|through)\s*[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?"
              + MONTH_PLAIN + r"|" + MONTH_PLAIN + r"\s+[0-3]?\d(?:st|nd|rd|th)?\s*(?:-|–|to|and|through)\s*"
              r"[0-3]?\d(?:st|nd|rd|th)?\b)(?:,?\s+(?:19|20)\d\d)?")
_AGREEMENTS = (r"(?:moratorium|truce|ceasefire|cease-fire|deal|agreement|arrangements?|accords?|pause|memorandum|"
               r"call|talks|summit|understanding|armistice)")
AGREED_ON = re.compile(
    r"\b" + _AGREEMENTS + r"\b[^.;:]{0,60}?\b(?:agreed|signed|reached|brokered|declared|announced|concluded|struck|"
    r"proclaimed|held|made)\s+(?:(?:up)?on\s+|for\s+)?(?:" + _DAYS_SPAN + r"|" + _DAY_NAMED + r")|"
    r"\b" + _AGREEMENTS + r"\s+(?:of|on)\s+" + _DAY_NAMED + r"|"
    r"\b(?:the|since)\s+" + _DAY_NAMED.removeprefix(r"(?:the\s+)?") + r"\s+(?:[\w\-]+\s+)?" + _AGREEMENTS + r"\b|"
    # "had observed the halt on energy strikes since 18 March": the day a truce has held since
    r"\b(?:" + _AGREEMENTS + r"|halt)\b[^.;:,]{0,40}?\bsince\s+" + _DAY_NAMED,
    re.IGNORECASE)


# the clock a truce ran out or began at, told with it ("once the Easter ceasefire had run out at midnight", "the truce
# that took effect at 18:00"): the truce's edge, not the time of the strike the sentence dates otherwise ("…, Russian
# forces struck … in the small hours of Monday"), nor is the clock a side says it ceased fire at
TRUCE_EDGE = re.compile(
    r"\b" + _AGREEMENTS + r"\b[^.;:,]{0,40}?\b(?:had\s+|has\s+)?(?:run|ran|runs|expired|expires|ended|ends|lapsed|"
    r"began|begun|begins|started|starts|took\s+effect|taken\s+effect|came\s+into\s+(?:force|effect)|kicked\s+in)\s+"
    r"(?:out\s+)?at\s+(?:midnight|noon|\d{1,2}(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?)(?:\s+(?:Moscow|Kyiv|local)\s+time)?|"
    # a side's own ceasing of fire at a clock ("its units had ceased fire at 18:00 Moscow time as ordered")
    r"\b(?:ceased|stopped|halted|suspended|held)\s+(?:(?:all|their|its|the)\s+)?(?:fire|firing|hostilities|strikes|"
    r"attacks|combat\s+operations)\s+(?:from\s+|as\s+of\s+|at\s+)(?:midnight|noon|\d{1,2}(?:[:.]\d\d)?"
    r"(?:\s*[ap]\.?m\.?)?)(?:\s+(?:Moscow|Kyiv|local)\s+time)?",
    re.IGNORECASE)


# ("fired 400 times since the truce began at 18:00 on Wednesday": the edge a span is counted from is kept)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?(?:[\w\-]+\s+)?$", re.IGNORECASE)


# a date something has held since, told beside the event ("…; Sumy's clocks have shown Moscow time since Ukraine
# moved to summer time on 30 March", "its first such strike since 2 April"): background, blanked with the other days
# (the caller keeps the blanking only when the sentence still names the event's day)
_SINCE_DATE = re.compile(r"\bsince\b[^.;:]{0,60}?\b(?:on\s+)?" + _DAY_NAMED, re.IGNORECASE)


def speech_weekday(sentence: str) -> int | None:
    """The weekday (0 = Monday) of the first day of speaking the sentence names with a weekday ("the ministry said
    on Sunday that ...", "Asked about it on Monday, Peskov said"), or None."""
    for match in SPEECH_TIME.finditer(sentence):
        named = _WEEKDAY_NAMED.search(match.group())
        if named is not None:
            return WEEKDAYS[named.group(1).lower()]
    return None


def other_days(sentence: str) -> str:
    """The sentence with the days of speaking and of agreements, a truce's edge and a date something has held since,
    blanked (spaces of the same length)."""
    for pattern in (SPEECH_TIME, AGREED_ON, _SINCE_DATE):
        sentence = pattern.sub(lambda match: " " * len(match.group()), sentence)
    return TRUCE_EDGE.sub(lambda match: match.group() if _SINCE_BEFORE.search(match.string, 0, match.start())
                          else " " * len(match.group()), sentence)


# "the same day", "that morning" after a weekday named earlier in the sentence
_SAME_DAY = re.compile(r"\b(?:on\s+)?(?:the\s+same\s+day|that\s+(?:same\s+)?(?:day|morning|afternoon|evening))\b",
                       re.IGNORECASE)
_WEEKDAY_NAMED = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)


def same_day(sentence: str) -> str:
    """The sentence with "the same day" or "that morning" written as the weekday named before it, of the same length
    ("images taken on Saturday show the plant, which was hit at 04:30 the same day": on Saturday, whatever the images'
    day is to the rest of the reading; "denied on Monday that its forces had struck ... between 04:00 and 05:00 that
    morning": Monday, not a day a later sentence names)."""
    for match in _SAME_DAY.finditer(sentence):
        named = list(_WEEKDAY_NAMED.finditer(sentence, 0, match.start()))
        words = f"on {named[-1].group(1)}" if named else ""
        if named and len(words) <= len(match.group()):
            sentence = sentence[:match.start()] + words.ljust(len(match.group())) + sentence[match.end():]
    return sentence


def agreed_days(sentence: str) -> str:
    """The sentence with the days of agreements blanked (spaces of the same length)."""
    return AGREED_ON.sub(lambda match: " " * len(match.group()), sentence)


def at_truce_edge(sentence: str, span: tuple[int, int] | list[int] | None) -> bool:
    """Whether the words at ``span`` (a time read from ``sentence``) are a truce's edge or the clock a side says it
    ceased fire at ("saying its units had ceased fire at 18:00 Moscow time"), and so name no time of the event."""
    if not span:
        return False
    return any(match.start() <= span[0] and span[1] <= match.end() for match in TRUCE_EDGE.finditer(sentence))


def said_on(sentence: str, span: tuple[int, int] | list[int] | None) -> bool:
    """Whether the words at ``span`` (a time read from ``sentence``) lie within the day a statement was made
    ("Russia's Defence Ministry replied on Sunday that ..."), and so name no time of the event."""
    if not span:
        return False
    return any(match.start() <= span[0] and span[1] <= match.end() for match in SPEECH_TIME.finditer(sentence))
