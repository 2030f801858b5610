"""Value conversions shared by the api modules: how times go out (ISO, UTC, ``Z``) and how user-given dates
and date-times come in (naive UTC instants)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from trucewatch.errors import UserError


def iso(value: Any) -> Any:
    """A stored naive-UTC datetime as ``YYYY-MM-DDTHH:MM:SSZ``, a date as ``YYYY-MM-DD``; other values as
    they are."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, date):
        return value.isoformat()
    return value


def instant(value: date | datetime | str | None, field: str, *, end: bool = False) -> datetime | None:
    """A naive UTC instant from a date or date-time (ISO text or object). A date alone means that whole day:
    as an ``end`` bound, the next midnight."""
    if value is None or value == "":
        return None
    whole_day = False
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
        except ValueError as exc:
            raise UserError(f"{field}: '{value}' is not an ISO date (YYYY-MM-DD) or date-time") from exc
    if not isinstance(value, datetime):
        whole_day = True
        value = datetime(value.year, value.month, value.day)
    if value.tzinfo:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value + timedelta(days=1) if end and whole_day else value

