""""At about 3:30 a.m. local time" said of a place whose clocks differ from the zone the time was first read in
(Samara keeps UTC+4, the reading of a Russian claim Moscow time): the time is read again in the zone of the
place the sentence names, once the place is known. Zones: ``geo/data/region_time_zones.yaml``. A clock told with no
zone by a Ukrainian or neutral body (read in Kyiv time) of a town Russia holds, which the sentence says ("in occupied
Sievierodonetsk") or which lies in Crimea, is read in Moscow time too: the clocks of the place struck. A clock in a
Russian denial of a strike on ground Kyiv holds is the accusers' and is read in Kyiv time."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo

from trucewatch import safe_yaml
from trucewatch.geo.admin1 import CRIMEA
from trucewatch.nlp.pipeline import ArticleState, component
from trucewatch.nlp.timex import KYIV, MOSCOW, Resolved, resolve_time
from trucewatch.nlp.timex_told import told_time

_LOCAL = re.compile(r"\blocal\s+time\b", re.IGNORECASE)


@cache
def _zones() -> tuple[dict[str, str], dict[str, str]]:
    text = resources.files("trucewatch").joinpath("geo/data/region_time_zones.yaml").read_text("utf-8")
    data = safe_yaml.load(text, "trucewatch/geo/data/region_time_zones.yaml")
    return dict(data["countries"]), dict(data["regions"])


def zone_of_place(location: Any) -> str | None:
    """The IANA zone of a frame's location (a dict of the place component), if its region or country says."""
    if not isinstance(location, dict):
        return None
    countries, regions = _zones()
    admin1, country = location.get("admin1_code"), location.get("country")
    return regions.get(str(admin1)) or countries.get(str(country))


# a town the sentence says Russia holds, right before its name ("in occupied Sievierodonetsk", "the Russian-held town
# of Nova Kakhovka"), or a separatist republic's after it ("Krasny Luch in the Luhansk People's Republic")
# (or a site it holds right before the town it lies by: "the Russian-held Zaporizhzhia nuclear power plant near
# Enerhodar")
_HELD_BEFORE = re.compile(r"\b(?:occupied|(?:Russian|Moscow)[- ](?:held|occupied|controlled|installed))\s+"
                          r"(?:(?:the\s+)?(?:city|town|village|port|settlement)\s+of\s+|"
                          r"(?:[\w\-]+\s+){1,5}?(?:plant|station|port|airfield|base|site)\s+(?:near|in|at|outside)\s+)?$",
                          re.IGNORECASE)
_REPUBLIC_AFTER = re.compile(r"^[\s,]*(?:in\s+)?(?:the\s+)?(?:(?:self-proclaimed|so-called)\s+)?(?:(?:Luhansk|Lugansk|"
                             r"Donetsk)\s+People['’]s\s+Republic|[DL]PR|[DL]NR)\b", re.IGNORECASE)
# a zone named with the clock ("Moscow time", "Kyiv time", "UTC"): the clock is read in it, wherever the place
_ZONE_NAMED = re.compile(r"\b(?:moscow|kyiv|kiev|local|utc|gmt|msk|cet|eet|eest|bst)\s+time\b|\b(?:utc|gmt|msk)\b",
                         re.IGNORECASE)
# a region's or a town's own officials ("Saratov region governor X", "the mayor of Engels", "the regional
# administration"), who tell the clocks of their place
_REGIONAL_SPEAKER = re.compile(r"\b(?:governor|mayor|regional|region['’]s|head\s+of\s+the\s+(?:region|city|town))\b",
                               re.IGNORECASE)
# how a time read from a clock is told (timex.Resolved.how)
_CLOCKED = ("clock", "clock span", "clock range", "up to clock", "from clock")


def held_zone(frame: Any) -> str | None:
    """The zone whose clocks a place Russia holds keeps, when the sentence says Russia holds it or the place lies in
    Crimea: Moscow's (Simferopol's, the same offset); None otherwise."""
    location = frame.values.get("location")
    if not isinstance(location, dict):
        return None
    if location.get("admin1_code") in CRIMEA or location.get("country") == "RU":
        return zone_of_place(location)
    span = frame.spans.get("location")
    if location.get("country") != "UA" or not span:
        return None
    if _HELD_BEFORE.search(frame.sentence, 0, span[0]) or _REPUBLIC_AFTER.match(frame.sentence[span[1]:]):
        return "Europe/Moscow"
    return None


def _denied_on_kyivs_ground(frame: Any) -> bool:
    """Whether a Russian body denies a strike in Ukraine ("called Kyiv's claim that Russian drones hit a substation in
    Kropyvnytskyi at about 01:15 a fabrication"): a denier tells no time of its own, the clock is the accusers', read
    in Kyiv time (not in Moscow's, where a Russian speaker's clock is first read). Asked only of a place no zone of a
    holder covers (:func:`held_zone` gave none): ground Kyiv holds."""
    location = frame.values.get("location")
    return bool(frame.values.get("denial")) and frame.values.get("claimant") == "RU" and isinstance(
        location, dict) and location.get("country") == "UA"


@component("trucewatch.local_time.v1", reads=("frames.occurred", "frames.location", "published_at", "anchors"),
           writes=("frames.occurred",))
def local_time(state: ArticleState) -> None:
    """Read a sentence's "local time" again in the zone of the place it names, when that differs; and a clock told
    with no zone, read in Kyiv's because a Ukrainian or neutral body tells it, of a place whose clocks keep Moscow
    time (Crimea, a town the sentence says Russia holds): the clocks of the place struck."""
    for frame in state.frames:
        if not _LOCAL.search(frame.sentence):
            occurred = frame.values.get("occurred")
            zone, first_read = held_zone(frame), KYIV
            if zone is None and _denied_on_kyivs_ground(frame):
                zone, first_read = KYIV, MOSCOW
            elif zone not in (None, MOSCOW) and _REGIONAL_SPEAKER.search(str(frame.values.get("claimant_text") or "")):
                # "..., Saratov region governor Roman Busargin said": a region's own officials tell its own clocks,
                # not Moscow's, where a Russian speaker's clock is first read
                first_read = MOSCOW
            correction = frame.values.get("correction")
            if (isinstance(correction, str) and zone is not None and occurred is not None and occurred.tz == first_read
                    and not _ZONE_NAMED.search(frame.sentence)):
                # "... a radar near Dzhankoi. The strike was carried out at about 23:00 on Sunday": the time the next
                # sentence gives is read in the place's clocks too
                corrected = resolve_time(correction, state.article.published_at, tz=zone, anchors=state.anchors,
                                         context_date=occurred.start.astimezone(ZoneInfo(zone)).date())
                if corrected is not None and corrected.how in _CLOCKED:
                    frame.put("occurred", Resolved(corrected.start, corrected.end, zone, occurred.span, corrected.how),
                              occurred.span)
                continue
            if (zone is None or occurred is None or occurred.how not in _CLOCKED or occurred.tz != first_read
                    or _ZONE_NAMED.search(frame.sentence)
                    or {"correction", "consequence_time", "listed_in"} & set(frame.values)):
                continue
            resolved = told_time(frame.sentence, frame.trigger[0], state.article.published_at, zone, state.anchors,
                                 state.context_date)
            if resolved is not None and resolved.how in _CLOCKED:
                frame.put("occurred", resolved, resolved.span)
            continue
        zone = held_zone(frame) or zone_of_place(frame.values.get("location"))
        occurred = frame.values.get("occurred")
        if zone is None or occurred is None or getattr(occurred, "tz", None) == zone:
            continue
        resolved = told_time(frame.sentence, frame.trigger[0], state.article.published_at, zone, state.anchors,
                             state.context_date)
        if resolved is not None:
            frame.put("occurred", resolved, resolved.span)
