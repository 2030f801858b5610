"""Times in an agreement's own zone: agreements are written in local time (Kyiv, Moscow, Khartoum), so
whatever shows an agreement shows its times there, with UTC a flag away.

Stored times are naive UTC. ``agreement_zones`` names each agreement's zone (its window's ``tz``); ``local``
turns one ISO UTC string into local wall-clock text. Both are for what a person reads (a table, a page), one
row at a time for the rows shown; the data exports stay in UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from trucewatch.store import Store


def agreement_zones(db: str | Path | Store) -> dict[str, str]:
    """Agreement id → its window's IANA zone (the first clause reading's, as the window is the agreement's)."""
    sql = "SELECT agreement_id, min(window_tz) FROM clause_readings GROUP BY 1"
    if isinstance(db, Store):
        return dict(db.con.execute(sql).fetchall())
    with Store(db, read_only=True) as store:
        return dict(store.con.execute(sql).fetchall())


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
    if not with_zone:
        return text
    name = moment.tzname() or ""
    return f"{text} {name if name and name[0] not in '+-' else 'UTC' + name}"


def local_span(start: Any, end: Any, tz: str | None) -> str:
    """An interval as people write it: one date when it lies in one local day, else from – to."""
    first, last = to_zone(start, tz), to_zone(end, tz)
    if first is None:
        return ""
    if last is None or last == first:
        return local(first, tz)
    if first.date() == last.date():
        return f"{local(first, tz, with_zone=False)}–{last.strftime('%H:%M')} {local(last, tz).rsplit(' ', 1)[1]}"
    return f"{local(first, tz, with_zone=False)} – {local(last, tz)}"
