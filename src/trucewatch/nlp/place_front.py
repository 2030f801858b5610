"""The front line's day of an event: when the place of an act of the front line (shelling, ground fighting, FPV,
small arms, a battlefield drone, forces seen in a place) may be chosen among namesakes by the dated front-line prior,
and on which local day (:mod:`trucewatch.nlp.places`, "Front-line prior" in docs/extraction.md)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from trucewatch.geo.admin1 import CRIMEA
from trucewatch.geo.hostilities import distance_to_hostilities_km
from trucewatch.nlp.pipeline import ArticleState, Frame
from trucewatch.nlp.place_choice import FULL_SCALE_INVASION

# Acts that happen within artillery range of the front; long-range strikes (missiles, and unmanned
# drones such as the Shahed) reach anywhere and never use the prior.
FRONT_EVENTS = frozenset({"shelling", "ground_assault"})
# Guided aerial bombs are released by aircraft staying a few tens of km behind the line: a front weapon too.
_FRONT_WEAPONS = frozenset({"artillery", "mlrs", "fpv", "small_arms", "aerial_bomb"})
_LONG_RANGE_WEAPONS = frozenset({"missile", "drone"})
_FRONT_TARGETS = frozenset({"military.equipment"})


def front_day(frame: Frame, state: ArticleState) -> tuple[date | None, bool]:
    """The event's day when it is an act of the front line (shelling, ground fighting, FPV, small arms, a
    battlefield drone, forces seen in a place, a drone Russian forces shot down), and whether the line may only
    decide after population (a strike, damage or destruction whose weapon the text does not name: likely
    fighting, but a missile's too, and often seen after the line has moved on)."""
    weapon = frame.values.get("weapon")
    target = str(frame.values.get("target") or "")
    # a drone that hits troops, positions or vehicles is a battlefield drone; one that hits a city or a
    # power plant may have flown hundreds of km
    battlefield_drone = weapon == "drone" and target.split(".")[0] == "military" and target != "military.airfield"
    # a drone Russian forces shot down over Ukraine is one of Ukraine's, over the occupied areas behind the line
    # or the border regions (Russia's long-range drones are the ones Ukraine downs anywhere in the country)
    downed_by_russia = (frame.event == "interception" and weapon in ("drone", "fpv")
                        and frame.values.get("interceptor") == "RU")
    if weapon in _LONG_RANGE_WEAPONS and not battlefield_drone and not downed_by_russia:
        return None, False
    # armed forces seen in a place (a column, a headquarters, troops gathering) are at the front or behind it
    presence = frame.values.get("kind") == "military_presence"
    unarmed = frame.event == "strike" and weapon is None
    # vehicles or equipment destroyed by a weapon the text does not name ("destroyed Russian vehicles near X") were
    # lost where armies fight; not troops or positions struck so ("strikes on Russian positions near X"), which a
    # rocket artillery raid reaches far behind the line
    losses = unarmed and target in _FRONT_TARGETS
    front = (frame.event in FRONT_EVENTS or weapon in _FRONT_WEAPONS or battlefield_drone or presence
             or downed_by_russia or losses)
    if not front and not unarmed:
        return None, False
    occurred = frame.values.get("occurred")
    start: datetime | None = getattr(occurred, "start", None)
    end: datetime | None = getattr(occurred, "end", None)
    if start is None:
        return state.context_date, not front
    # the middle of the interval, on the clock of the zone it was read in: a local day starts the evening before
    # in UTC, and "04/04/2022 00:30" is the 4th, not the 3rd of UTC
    middle = start + (end - start) / 2 if end is not None else start
    return local_day(middle, getattr(occurred, "tz", None)), not front


def local_day(moment: datetime, zone: object) -> date:
    """The day of ``moment`` in the time zone ``zone`` names (an IANA name); UTC's day when it names none known."""
    try:
        return moment.astimezone(ZoneInfo(zone)).date() if isinstance(zone, str) and zone else moment.date()
    except (ZoneInfoNotFoundError, ValueError):
        return moment.date()


# Before the full-scale invasion Russia's forces stood in Ukraine only in Crimea and in the occupied parts of Donetsk
# and Luhansk oblasts, which lie within this distance of the line of contact of those years.
OCCUPIED_REACH_KM = 150.0


def presence_beyond_the_war(frame: Frame, location: dict[str, object], day: date | None,
                            regions_named: tuple[str, ...]) -> bool:
    """Whether ``location`` is a Ukrainian place where the Russian forces the frame sees (``military_presence``,
    actor RU) cannot have stood on ``day``, before the full-scale invasion: beyond Crimea and farther than
    OCCUPIED_REACH_KM from the line of contact of the day, in an oblast the text does not name. Such a name is a
    place across the border that the gazetteer lacks, read as a Ukrainian village ("Russian military convoy near
    Pribytki" in January 2022 is the Belarusian airfield's village, not a hamlet of Zhytomyr oblast)."""
    lat, lon = location.get("lat"), location.get("lon")
    if (day is None or day >= FULL_SCALE_INVASION or frame.values.get("kind") != "military_presence"
            or frame.values.get("actor") != "RU" or location.get("country") != "UA"
            or location.get("admin1_code") in (*CRIMEA, *regions_named)
            or not isinstance(lat, float) or not isinstance(lon, float)):
        return False
    km = distance_to_hostilities_km(lat, lon, day)
    return km is not None and km > OCCUPIED_REACH_KM
