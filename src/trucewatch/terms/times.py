"""Time expressions in agreement files: instants, dates, anchors, durations, time zones.

Rules (documented for authors in docs/agreements.md):

* A datetime with an offset (``2025-03-18T17:30:00+03:00``) is that instant.
* A naive datetime (``2025-04-19T18:00``) is wall-clock time in the window's ``tz``.
* A date alone as a start or anchor is local midnight in ``tz``; as an end or deadline it means *through the
  end of that local day* (the next local midnight), because "until 16 April" is read as including 16 April.
* ``anchor`` or ``anchor + 2h`` / ``anchor - 1d`` refers to a named instant declared under ``anchors:``.
* Durations: ``30d``, ``720h``, ``90m``, ``2w`` or ISO 8601 ``P30D``, ``PT720H``, ``P1DT12H``. Days and weeks
  are calendar days on the local wall clock (30 days across a daylight-saving change still end at the same
  local clock time); hours and minutes are exact elapsed time.

Every result is a timezone-aware datetime in UTC.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ANCHOR_EXPR = re.compile(r"^(?P<name>[a-z][a-z0-9_]*)\s*(?:(?P<sign>[+-])\s*(?P<offset>\S+))?$")
_SHORT_DURATION = re.compile(r"^(?P<amount>\d+)\s*(?P<unit>[wdhm])$")
_ISO_DURATION = re.compile(
    r"^P(?:(?P<weeks>\d+)W)?(?:(?P<days>\d+)D)?(?:T(?:(?P<hours>\d+)H)?(?:(?P<minutes>\d+)M)?)?$"
)


class TimeSyntaxError(ValueError):
    """A time expression cannot be read; the message says what is accepted."""


@dataclass(frozen=True)
class Duration:
    """Calendar days (wall clock) plus exact elapsed time."""

    days: int = 0
    elapsed: timedelta = timedelta()

    def add_to(self, start_utc: datetime, zone: ZoneInfo) -> datetime:
        local = start_utc.astimezone(zone)
        # Aware + timedelta keeps the wall clock; the zone then supplies the offset valid on the new day.
        shifted = (local + timedelta(days=self.days)).astimezone(UTC)
        return shifted + self.elapsed

    def subtract_from(self, start_utc: datetime, zone: ZoneInfo) -> datetime:
        local = start_utc.astimezone(zone)
        return (local - timedelta(days=self.days)).astimezone(UTC) - self.elapsed

    @property
    def is_zero(self) -> bool:
        return self.days == 0 and self.elapsed == timedelta()


@lru_cache(maxsize=1)
def _zone_names() -> tuple[str, ...]:
    return tuple(sorted(available_timezones()))


def zone(name: str) -> ZoneInfo:
    """The IANA zone ``name``; an unknown name raises with a close match when there is one."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, IsADirectoryError) as exc:
        close = difflib.get_close_matches(name, _zone_names(), n=1, cutoff=0.6)
        hint = f" (did you mean {close[0]!r}?)" if close else " (use an IANA name such as 'Europe/Kyiv')"
        raise TimeSyntaxError(f"unknown time zone {name!r}{hint}") from exc


def parse_duration(text: str) -> Duration:
    cleaned = text.strip()
    short = _SHORT_DURATION.match(cleaned)
    if short:
        amount, unit = int(short["amount"]), short["unit"]
        if unit == "w":
            return Duration(days=7 * amount)
        if unit == "d":
            return Duration(days=amount)
        return Duration(elapsed=timedelta(hours=amount) if unit == "h" else timedelta(minutes=amount))
    iso = _ISO_DURATION.match(cleaned.upper())
    if iso and cleaned.upper() not in ("P", "PT"):
        weeks, days, hours, minutes = (int(iso[key] or 0) for key in ("weeks", "days", "hours", "minutes"))
        return Duration(days=7 * weeks + days, elapsed=timedelta(hours=hours, minutes=minutes))
    raise TimeSyntaxError(
        f"cannot read duration {text!r}; write e.g. '30d', '720h', '90m', '2w' or ISO 8601 'P30D', 'PT36H'"
    )


def _local_midnight(day: date, tz: ZoneInfo) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=tz).astimezone(UTC)


def parse_instant(text: str, tz: ZoneInfo, *, date_means_end_of_day: bool) -> datetime:
    """A date or datetime (no anchors) as a UTC instant."""
    cleaned = text.strip()
    if _DATE.match(cleaned):
        try:
            day = date.fromisoformat(cleaned)
        except ValueError as exc:
            raise TimeSyntaxError(f"{text!r} is not a real calendar date") from exc
        if date_means_end_of_day:
            day = day + timedelta(days=1)
        return _local_midnight(day, tz)
    try:
        moment = datetime.fromisoformat(cleaned)
    except ValueError as exc:
        raise TimeSyntaxError(
            f"cannot read time {text!r}; write a date '2025-03-18', a datetime '2025-04-19T18:00' "
            "(local to tz) or '2025-03-18T17:30:00+03:00', or an anchor name"
        ) from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment.astimezone(UTC)


def parse_time_expression(
    text: str,
    tz: ZoneInfo,
    anchors: dict[str, datetime],
    *,
    date_means_end_of_day: bool,
) -> datetime:
    """A date, a datetime, ``anchor`` or ``anchor ± duration`` as a UTC instant."""
    cleaned = text.strip()
    if cleaned[:1].isdigit():
        return parse_instant(cleaned, tz, date_means_end_of_day=date_means_end_of_day)
    match = _ANCHOR_EXPR.match(cleaned)
    if not match:
        raise TimeSyntaxError(
            f"cannot read time {text!r}; write a date, a datetime, an anchor name or 'anchor + 2h'"
        )
    name = match["name"]
    if name not in anchors:
        close = difflib.get_close_matches(name, sorted(anchors), n=1, cutoff=0.6)
        if close:
            hint = f" (did you mean {close[0]!r}?)"
        elif anchors:
            hint = f" (declared anchors: {', '.join(sorted(anchors))})"
        else:
            hint = " (declare it under 'anchors:')"
        raise TimeSyntaxError(f"unknown anchor {name!r}{hint}")
    base = anchors[name]
    if not match["sign"]:
        return base
    offset = parse_duration(match["offset"])
    return offset.add_to(base, tz) if match["sign"] == "+" else offset.subtract_from(base, tz)


def parse_anchor_value(text: str, tz: ZoneInfo) -> datetime:
    """An anchor is a datetime (with offset, or naive in ``tz``) or a date (local midnight)."""
    return parse_instant(text, tz, date_means_end_of_day=False)


def iso_utc(moment: datetime) -> str:
    """``2025-04-19T15:00:00Z``: the storage form of every instant."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S") + (
        f".{moment.microsecond:06d}Z" if moment.microsecond else "Z"
    )


def parse_iso_utc(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise TimeSyntaxError(f"stored time {text!r} has no offset")
    return moment.astimezone(UTC)
