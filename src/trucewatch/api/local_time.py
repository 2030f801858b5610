"""Times in an agreement's own zone: agreements are written in local time (Kyiv, Moscow, Khartoum), so
whatever shows an agreement shows its times there, with UTC a flag away.

Stored times are naive UTC. ``agreement_zones`` names each agreement's zone (its window's ``tz``); ``local``
turns one ISO UTC string into local wall-clock text and ``local_span`` an interval, written as dates when it
covers whole local days. They are for what a person reads (a table, a page), one row at a time for the rows
shown; the data exports stay in UTC.

Where no agreement is in view (incidents of the whole store, tallies, the store's status) ``store_zone`` is
the zone every agreement in the store shares, when they share one, and UTC otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from trucewatch.adjudicate.obligations import detail_in_zone
from trucewatch.store import Store


def agreement_zones(db: str | Path | Store) -> dict[str, str]:
    """Agreement id → the IANA zone of its window, as the agreement states it (a reading may state its own
    window in another zone: the energy moratorium's Ukrainian reading is in Kyiv time, the agreement in
    Moscow time; one zone per agreement keeps its tables, pages and timeline in step)."""
    sql = "SELECT id, json_extract_string(body, '$.window.tz') FROM agreements"
    if isinstance(db, Store):
        return dict(db.con.execute(sql).fetchall())
    with Store(db, read_only=True) as store:
        return dict(store.con.execute(sql).fetchall())


def store_zone(db: str | Path | Store) -> str | None:
    """The zone to show times in when no agreement is in view: the one every agreement in the store is
    written in, or None (UTC) when the store holds none or agreements in different zones."""
    zones = set(agreement_zones(db).values())
    return zones.pop() if len(zones) == 1 else None


def zone_label(zones: Iterable[str | None]) -> str:
    """What a column header says of the times under it: the one zone in view (``UTC`` for none), or
    ``agreement's zone`` when the rows are in several."""
    distinct = {zone or "UTC" for zone in zones}
    if len(distinct) > 1:
        return "agreement's zone"
    return distinct.pop() if distinct else "UTC"


def to_zone(value: datetime | str | None, tz: str | None) -> datetime | None:
    """A naive-UTC datetime or ISO ``…Z`` string as an aware datetime in ``tz`` (UTC when ``tz`` is None)."""
    if value is None or value == "":
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(ZoneInfo(tz) if tz else UTC)


def local(value: datetime | str | None, tz: str | None, *, with_zone: bool = True) -> str:
    """``2023-03-14 02:30 EET`` (minutes; the zone's abbreviation, or its UTC offset when it has none)."""
    moment = to_zone(value, tz)
    if moment is None:
        return ""
    text = moment.strftime("%Y-%m-%d %H:%M")
    return f"{text} {_zone_name(moment)}" if with_zone else text


def _zone_name(moment: datetime) -> str:
    name = moment.tzname() or ""
    return name if name and name[0] not in "+-" else "UTC" + name


def whole_days(first: datetime, last: datetime) -> tuple[date, date] | None:
    """The first and the last local day of ``[first, last)`` when it runs from a local midnight to a later
    one (whole local days, however long a day is across a clock change), else None."""
    if last <= first or first.timetz().replace(tzinfo=None) != time(0) or last.timetz().replace(tzinfo=None) != time(0):
        return None
    return first.date(), last.date() - timedelta(days=1)


def local_span(start: Any, end: Any, tz: str | None) -> str:
    """An interval as people write it: ``2025-03-25`` or ``2025-03-25 – 2025-03-27`` when it covers whole
    local days (the last day included), one date with two times when it lies in one local day, else from – to.
    """
    first, last = to_zone(start, tz), to_zone(end, tz)
    if first is None:
        return ""
    if last is None or last == first:
        return local(first, tz)
    days = whole_days(first, last)
    if days is not None:
        return str(days[0]) if days[0] == days[1] else f"{days[0]} – {days[1]}"
    if first.date() == last.date():
        return f"{local(first, tz, with_zone=False)}–{last.strftime('%H:%M')} {_zone_name(last)}"
    return f"{local(first, tz, with_zone=False)} – {local(last, tz)}"


def obligation_detail(detail: str, tz: str | None) -> str:
    """An obligation's stored detail (its instants in UTC) with each instant written in ``tz``."""
    return detail_in_zone(detail, lambda moment: local(moment, tz))
