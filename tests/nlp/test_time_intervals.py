"""Time as an interval: ranges stay ranges, nights span two dates, vague times widen (hand-written cases).
Publication: Friday 2025-03-28 10:00 Kyiv time (UTC+2; Kyiv moves to UTC+3 on 2025-03-30)."""

from __future__ import annotations

from datetime import datetime

import pytest

from trucewatch.nlp.extract import extract_article
from trucewatch.nlp.pipeline import Article
from trucewatch.nlp.timex import resolve_time

PUBLISHED = datetime.fromisoformat("2025-03-28T10:00:00+02:00")

CASES = [
    ("between 5 p.m. and 7 p.m. on 26 March", "2025-03-26T17:00:00+02:00", "2025-03-26T19:00:00+02:00"),
    ("between 5 and 7 p.m. on 26 March", "2025-03-26T17:00:00+02:00", "2025-03-26T19:00:00+02:00"),
    ("from 22:00 to 02:00", "2025-03-27T22:00:00+02:00", "2025-03-28T02:00:00+02:00"),
    ("between 23:40 and 01:15 local time", "2025-03-27T23:40:00+02:00", "2025-03-28T01:15:00+02:00"),
    ("overnight from 26 to 27 March", "2025-03-26T18:00:00+02:00", "2025-03-27T08:00:00+02:00"),
    ("on the night of 26 to 27 March", "2025-03-26T18:00:00+02:00", "2025-03-27T08:00:00+02:00"),
    ("on the night of 26 March", "2025-03-25T18:00:00+02:00", "2025-03-27T08:00:00+02:00"),
    ("from 24 to 26 March", "2025-03-24T00:00:00+02:00", "2025-03-27T00:00:00+02:00"),
    ("between 20 and 21 March", "2025-03-20T00:00:00+02:00", "2025-03-22T00:00:00+02:00"),
    ("early on Tuesday", "2025-03-25T00:00:00+02:00", "2025-03-25T10:00:00+02:00"),
    ("on 26/03/2025", "2025-03-26T00:00:00+02:00", "2025-03-27T00:00:00+02:00"),
    ("on 26.03.2025", "2025-03-26T00:00:00+02:00", "2025-03-27T00:00:00+02:00"),
    ("at around 3 a.m. Moscow time on 27 March", "2025-03-27T02:30:00+03:00", "2025-03-27T03:30:00+03:00"),
    ("from 31 March to 2 April", "2025-03-31T00:00:00+03:00", "2025-04-03T00:00:00+03:00"),
    # an evening and the night into the next day
    ("from late Tuesday into Wednesday", "2025-03-25T18:00:00+02:00", "2025-03-26T12:00:00+02:00"),
    ("late Wednesday to early Thursday", "2025-03-26T18:00:00+02:00", "2025-03-27T12:00:00+02:00"),
    ("late Monday", "2025-03-24T18:00:00+02:00", "2025-03-25T00:00:00+02:00"),
]


@pytest.mark.parametrize(("phrase", "start", "end"), CASES, ids=[case[0] for case in CASES])
def test_interval(phrase: str, start: str, end: str) -> None:
    published = datetime.fromisoformat("2025-04-03T10:00:00+03:00") if "April" in phrase else PUBLISHED
    resolved = resolve_time(f"Drones attacked Odesa {phrase}.", published)
    assert resolved is not None
    assert (resolved.start, resolved.end) == (datetime.fromisoformat(start), datetime.fromisoformat(end))


def test_hours_after_an_anchor_is_the_following_day() -> None:
    call = datetime.fromisoformat("2025-03-18T16:00:00+00:00")
    resolved = resolve_time("Hours after the call, drones struck Sloviansk.", PUBLISHED, anchors={"the call": call})
    assert resolved is not None and resolved.start == call
    assert (resolved.end - resolved.start).total_seconds() == 24 * 3600


def test_an_anchor_named_with_whose_it_is() -> None:
    """"the call between the two presidents", "the call with Trump": the anchor's noun with words that say whose it
    is names the anchor; another noun that starts the same ("the calling of reservists") does not."""
    call = datetime.fromisoformat("2025-03-18T16:00:00+00:00")
    for text in ("Hours after the call between the American and Russian presidents, drones struck Sloviansk.",
                 "Hours after the call with Trump, drones struck Sloviansk."):
        resolved = resolve_time(text, PUBLISHED, anchors={"the call": call})
        assert resolved is not None and resolved.how == "anchor" and resolved.start == call
    resolved = resolve_time("Hours after the calling of reservists, drones struck Sloviansk.", PUBLISHED,
                            anchors={"the call": call})
    assert resolved is not None and resolved.how != "anchor"


def test_a_date_is_not_read_as_a_clock_time() -> None:
    resolved = resolve_time("On 08.05.2025 drones attacked Odesa.", PUBLISHED)
    assert resolved is not None and resolved.how == "absolute"
    assert resolved.end - resolved.start == datetime(2025, 5, 9) - datetime(2025, 5, 8)


def test_a_russian_claimant_speaks_moscow_time() -> None:
    text = "The Russian Defence Ministry said Ukrainian drones struck a depot in Kursk region at 23:30 on 20 March."
    report = extract_article(Article("tz", text, PUBLISHED))[0]
    assert report.occurred is not None and report.occurred.tz == "Europe/Moscow"
    assert report.occurred.start == datetime.fromisoformat("2025-03-20T23:30:00+03:00")


@pytest.mark.parametrize(("sentence", "start", "end"), [
    # the day the statement was made is not the event's, when the event is dated otherwise
    ("The Kremlin said on Sunday that drones had struck Kursk at 18:00 on Saturday.",
     "2025-03-22T18:00:00+02:00", "2025-03-22T18:00:00+02:00"),
    # ...and is the only date there is when nothing else dates it
    ("The ministry said on Thursday that drones had struck Kursk.",
     "2025-03-27T00:00:00+02:00", "2025-03-28T00:00:00+02:00"),
    # a wire dateline is the day the story was filed
    ("MOSCOW, March 28 (wire) – Drones struck a depot in Kursk on Thursday, the governor said.",
     "2025-03-27T00:00:00+02:00", "2025-03-28T00:00:00+02:00"),
    ("KHARKIV, Ukraine, March 28 – Drones struck a substation overnight.",
     "2025-03-27T18:00:00+02:00", "2025-03-28T08:00:00+02:00"),
    # a capitalised place and a date without a dash is no dateline
    ("Kursk, March 26: drones struck a depot.", "2025-03-26T00:00:00+02:00", "2025-03-27T00:00:00+02:00"),
    # "since X": from X until the statement
    ("Russian forces fired 400 times since the truce began at 18:00 on Wednesday.",
     "2025-03-26T18:00:00+02:00", "2025-03-28T10:00:00+02:00"),
])
def test_statement_day_dateline_and_since(sentence: str, start: str, end: str) -> None:
    resolved = resolve_time(sentence, PUBLISHED)
    assert resolved is not None
    assert (resolved.start, resolved.end) == (datetime.fromisoformat(start), datetime.fromisoformat(end))
