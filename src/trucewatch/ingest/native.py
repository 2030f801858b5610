"""The native report format: JSON Lines, one report per line (DESIGN.md "Native report format").

Field names are exactly as specified; unknown fields are errors with their line number. Times are resolved
to UTC intervals here: a date alone covers that whole local day; a naive time is read in ``occurred.tz``,
which, when absent, is inferred from ``location.country`` (UA → Europe/Kyiv, RU → Europe/Moscow).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import duckdb
import pyarrow as pa

from trucewatch import taxonomy
from trucewatch.errors import Problem, Where
from trucewatch.geo.gazetteer import resolve_location
from trucewatch.geo.subdivisions import region_code
from trucewatch.ingest.base import Staged
from trucewatch.ingest.places import fill_from_points
from trucewatch.ingest.values import decode_json
from trucewatch.limits import Limits
from trucewatch.limits import current as current_limits
from trucewatch.model import (
    EVENTS,
    OUTCOMES,
    SOURCE_KINDS,
    STANCES,
    WEAPONS,
    Casualties,
    Location,
    Occurred,
    Report,
    Source,
    Target,
)
from trucewatch.store.reports import REPORT_COLUMNS

TOP_FIELDS = frozenset({
    "id", "source", "claimant", "stance", "actor", "occurred", "location", "target", "weapon", "outcome",
    "count", "aggregate", "relates_to", "text",
    # extensions of the DESIGN.md format, documented in docs/report-format.md
    "event", "casualties", "provenance", "spans",
})
SOURCE_FIELDS = frozenset({"name", "url", "published_at", "kind", "aligned_with"})
OCCURRED_FIELDS = frozenset({"start", "end", "tz"})
LOCATION_FIELDS = frozenset({"name", "admin1", "country", "lat", "lon", "precision_km"})
TARGET_FIELDS = frozenset({"category", "name", "description"})
CASUALTY_FIELDS = frozenset({"killed", "injured"})

COUNTRY_TZ = {"UA": "Europe/Kyiv", "RU": "Europe/Moscow", "BY": "Europe/Minsk", "MD": "Europe/Chisinau"}
MAX_LINE_BYTES = 1_000_000


class ReportError(ValueError):
    """One field of one report is wrong; ``field`` is its dotted path."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


# --------------------------------------------------------------------------------------------- parsing
def _check_fields(obj: dict[str, Any], allowed: frozenset[str], prefix: str) -> None:
    unknown = sorted(set(obj) - allowed)
    if unknown:
        import difflib

        name = unknown[0]
        close = difflib.get_close_matches(name, sorted(allowed), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        raise ReportError(f"{prefix}{name}", f"unknown field '{prefix}{name}'{hint}")


def _obj(value: Any, field: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ReportError(field, f"'{field}' must be an object, got {type(value).__name__}")
    return value


def _str(value: Any, field: str, *, required: bool = False) -> str | None:
    if value is None:
        if required:
            raise ReportError(field, f"'{field}' is required")
        return None
    if not isinstance(value, str):
        raise ReportError(field, f"'{field}' must be a string, got {type(value).__name__}")
    if required and not value.strip():
        raise ReportError(field, f"'{field}' must not be empty")
    return value


def _enum(value: Any, field: str, allowed: Iterable[str]) -> str | None:
    text = _str(value, field)
    if text is not None and text not in allowed:
        raise ReportError(field, f"'{field}' is '{text}'; expected one of: {', '.join(allowed)}")
    return text


def _number(value: Any, field: str, lo: float | None = None, hi: float | None = None) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ReportError(field, f"'{field}' must be a number, got {json.dumps(value)}")
    number = float(value)
    if not math.isfinite(number):
        raise ReportError(field, f"'{field}' must be a finite number, got {value}")
    if (lo is not None and number < lo) or (hi is not None and number > hi):
        raise ReportError(field, f"'{field}' is {value}; expected between {lo} and {hi}")
    return number


def _count(value: Any, field: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ReportError(field, f"'{field}' must be a whole number ≥ 0, got {json.dumps(value)}")
    return value


def _zone(name: str, field: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ReportError(field, f"'{field}' is not an IANA time zone: '{name}'") from exc


def parse_time(text: str, field: str, zone: ZoneInfo | None) -> tuple[datetime, datetime]:
    """Parse an ISO 8601 date or datetime into the UTC interval it denotes.

    A date alone is that whole local day; a datetime is an instant. Naive values need ``zone``.
    """
    raw = text.strip()
    try:
        day = date.fromisoformat(raw) if len(raw) == 10 else None
        moment = datetime.fromisoformat(raw) if day is None else None
    except ValueError as exc:
        raise ReportError(field, f"'{field}' is not an ISO 8601 date or datetime: '{text}'") from exc
    limits = current_limits()
    year = day.year if day is not None else moment.year if moment is not None else 0
    if not limits.min_year <= year <= limits.max_year:
        raise ReportError(field, f"'{field}' is in the year {year}; report times must fall in "
                                 f"{limits.min_year}–{limits.max_year}")
    if day is not None:
        if zone is None:
            raise ReportError(field, f"'{field}' is a date without a time zone; set occurred.tz")
        start = datetime.combine(day, time(0), zone)
        end = datetime.combine(day + timedelta(days=1), time(0), zone)
        return start.astimezone(UTC), end.astimezone(UTC)
    assert moment is not None
    if moment.tzinfo is None:
        if zone is None:
            raise ReportError(
                field, f"'{field}' has no UTC offset and no time zone is known; add an offset or occurred.tz"
            )
        moment = moment.replace(tzinfo=zone)
    utc = moment.astimezone(UTC)
    return utc, utc


def _occurred(value: Any, country: str | None) -> Occurred | None:
    if value is None:
        return None
    occ = _obj(value, "occurred")
    _check_fields(occ, OCCURRED_FIELDS, "occurred.")
    tz_name = _str(occ.get("tz"), "occurred.tz") or (COUNTRY_TZ.get(country) if country else None)
    zone = _zone(tz_name, "occurred.tz") if tz_name else None
    start_text = _str(occ.get("start"), "occurred.start")
    end_text = _str(occ.get("end"), "occurred.end")
    if start_text is None:
        if end_text is not None:
            raise ReportError("occurred.start", "'occurred.end' is given without 'occurred.start'")
        return None
    start, start_end = parse_time(start_text, "occurred.start", zone)
    end = start_end
    if end_text is not None:
        end_start, end_end = parse_time(end_text, "occurred.end", zone)
        # a date-only end means through the end of that day; a datetime end is the instant itself
        end = end_end if len(end_text.strip()) == 10 else end_start
    if end < start:
        raise ReportError("occurred.end", f"'occurred.end' ({end_text}) is before 'occurred.start' ({start_text})")
    return Occurred(start=start, end=end, tz=tz_name)


def _resolve_region(given: Location) -> tuple[Location, list[str]]:
    """The location with what can be derived filled in (``resolve_location``; a region of any country by its
    name), and which fields came from the point: a point whose region is not named, or named in a way
    nobody knows, takes the region of the point here (Ukraine and Russia) or after staging (every other
    country, set-based: :func:`trucewatch.ingest.places.fill_from_points`)."""
    location = resolve_location(given)
    named = region_code(given.admin1, given.country) if given.admin1 else None
    if location.admin1_code is None and named is not None:
        location = replace(location, admin1_code=named, country=location.country or named[:2])
    from_point: list[str] = []
    if given.lat is not None and named is None:
        from_point = [field for field, before, after in (
            ("admin1_code", None, location.admin1_code), ("country", given.country, location.country))
            if before is None and after is not None]
    return location, from_point


def parse_report(obj: Any) -> Report:
    """Validate one decoded JSON value as a native report. Raises ReportError naming the field."""
    data = _obj(obj, "<line>")
    _check_fields(data, TOP_FIELDS, "")
    report_id = _str(data.get("id"), "id", required=True)
    assert report_id is not None
    src = _obj(data.get("source"), "source") if data.get("source") is not None else None
    if src is None:
        raise ReportError("source", "'source' is required (an object with at least 'name')")
    _check_fields(src, SOURCE_FIELDS, "source.")
    loc_raw = data.get("location")
    location: Location | None = None
    from_point: list[str] = []
    country: str | None = None
    if loc_raw is not None:
        loc = _obj(loc_raw, "location")
        _check_fields(loc, LOCATION_FIELDS, "location.")
        country = _str(loc.get("country"), "location.country")
        if country is not None:
            if len(country) != 2 or not country.isalpha():
                raise ReportError("location.country", f"'location.country' must be ISO 3166-1 alpha-2, got '{country}'")
            country = country.upper()
        lat = _number(loc.get("lat"), "location.lat", -90, 90)
        lon = _number(loc.get("lon"), "location.lon", -180, 180)
        if (lat is None) != (lon is None):
            raise ReportError("location.lat" if lat is None else "location.lon", "'lat' and 'lon' go together")
        location, from_point = _resolve_region(Location(
            name=_str(loc.get("name"), "location.name"),
            admin1=_str(loc.get("admin1"), "location.admin1"),
            country=country,
            lat=lat,
            lon=lon,
            precision_km=_number(loc.get("precision_km"), "location.precision_km", 0, 20_000),
        ))
        country = location.country
    published_text = _str(src.get("published_at"), "source.published_at")
    occurred_tz = data.get("occurred", {}).get("tz") if isinstance(data.get("occurred"), dict) else None
    if not isinstance(occurred_tz, str):
        occurred_tz = COUNTRY_TZ.get(country) if country else None
    pub_zone = _zone(occurred_tz, "occurred.tz") if occurred_tz else None
    published = parse_time(published_text, "source.published_at", pub_zone)[0] if published_text else None
    target: Target | None = None
    if data.get("target") is not None:
        tgt = _obj(data["target"], "target")
        _check_fields(tgt, TARGET_FIELDS, "target.")
        category = _str(tgt.get("category"), "target.category")
        if category is not None and not taxonomy.is_code(category):
            guess = taxonomy.suggest(category)
            hint = f" (did you mean '{guess}'?)" if guess else ""
            raise ReportError("target.category", f"'{category}' is not a taxonomy code{hint}")
        target = Target(category, _str(tgt.get("name"), "target.name"),
                        _str(tgt.get("description"), "target.description"))
    casualties: Casualties | None = None
    if data.get("casualties") is not None:
        cas = _obj(data["casualties"], "casualties")
        _check_fields(cas, CASUALTY_FIELDS, "casualties.")
        casualties = Casualties(_count(cas.get("killed"), "casualties.killed"),
                                _count(cas.get("injured"), "casualties.injured"))
    aggregate = data.get("aggregate", False)
    if not isinstance(aggregate, bool):
        raise ReportError("aggregate", f"'aggregate' must be true or false, got {json.dumps(aggregate)}")
    spans = data.get("spans") or {}
    if not isinstance(spans, dict) or not all(
        isinstance(v, list) and len(v) == 2 and all(isinstance(i, int) for i in v) for v in spans.values()
    ):
        raise ReportError("spans", "'spans' must map field paths to [start, end] character offsets")
    provenance = data.get("provenance") or {}
    if not isinstance(provenance, dict):
        raise ReportError("provenance", "'provenance' must be an object")
    if location is not None and from_point:
        provenance = {**provenance, "location_from_point": from_point}
    relates_to = _str(data.get("relates_to"), "relates_to")
    if relates_to == report_id:
        raise ReportError("relates_to", "a report cannot relate to itself")
    return Report(
        id=report_id,
        source=Source(
            name=_str(src.get("name"), "source.name", required=True) or "",
            url=_str(src.get("url"), "source.url"),
            published_at=published,
            kind=_enum(src.get("kind"), "source.kind", SOURCE_KINDS),
            aligned_with=_str(src.get("aligned_with"), "source.aligned_with"),
        ),
        claimant=_str(data.get("claimant"), "claimant"),
        stance=_enum(data.get("stance"), "stance", STANCES) or "reports",
        actor=_str(data.get("actor"), "actor"),
        occurred=_occurred(data.get("occurred"), country),
        location=location,
        target=target,
        weapon=_enum(data.get("weapon"), "weapon", WEAPONS),
        outcome=_enum(data.get("outcome"), "outcome", OUTCOMES),
        count=_count(data.get("count"), "count"),
        aggregate=aggregate,
        relates_to=relates_to,
        text=_str(data.get("text"), "text"),
        event=_enum(data.get("event"), "event", EVENTS),
        casualties=casualties,
        provenance=provenance,
        spans=spans,
    )


def read_lines(path: Path) -> Iterator[tuple[int, str]]:
    """Yield (line number, text) of non-blank lines; raises ReportError-free UnicodeError context."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if len(raw) > MAX_LINE_BYTES:
                yield number, "\x00TOO_LONG"
                continue
            try:
                text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                yield number, "\x00NOT_UTF8"
                continue
            if text.strip():
                yield number, text


# -------------------------------------------------------------------------------------------- to rows
def _naive_utc(moment: datetime | None) -> datetime | None:
    return moment.astimezone(UTC).replace(tzinfo=None) if moment else None


def report_row(report: Report, fmt: str, file: str | None, line: int | None) -> dict[str, Any]:
    """The ``reports`` table row for one report."""
    loc = report.location or Location()
    tgt = report.target or Target()
    occ = report.occurred
    provenance = {"format": fmt, "file": file, "line": line, **report.provenance}
    return {
        "id": report.id,
        "source_name": report.source.name,
        "source_url": report.source.url,
        "published_at": _naive_utc(report.source.published_at),
        "source_kind": report.source.kind,
        "aligned_with": report.source.aligned_with,
        "claimant": report.effective_claimant,
        "stance": report.stance,
        "actor": report.actor,
        "occurred_start": _naive_utc(occ.start) if occ else None,
        "occurred_end": _naive_utc(occ.end) if occ else None,
        "tz": occ.tz if occ else None,
        "location_name": loc.name,
        "admin1": loc.admin1,
        "admin1_code": loc.admin1_code,
        "country": loc.country,
        "lat": loc.lat,
        "lon": loc.lon,
        "precision_km": loc.precision_km,
        "target_category": tgt.category,
        "target_name": tgt.name,
        "target_description": tgt.description,
        "weapon": report.weapon,
        "outcome": report.outcome,
        "count": report.count,
        "aggregate": report.aggregate,
        "relates_to": report.relates_to,
        "text": report.text,
        "event": report.event,
        "killed": report.casualties.killed if report.casualties else None,
        "injured": report.casualties.injured if report.casualties else None,
        "format": fmt,
        "input_file": file,
        "input_line": line,
        "source_row_id": str(report.provenance.get("row_id")) if report.provenance.get("row_id") else None,
        "provenance": json.dumps(provenance, sort_keys=True, ensure_ascii=False),
        "spans": json.dumps(report.spans, sort_keys=True) if report.spans else None,
    }


ARROW_SCHEMA = pa.schema([
    (name, pa.timestamp("us") if name in ("published_at", "occurred_start", "occurred_end")
     else pa.float64() if name in ("lat", "lon", "precision_km")
     else pa.int64() if name in ("count", "killed", "injured", "input_line")
     else pa.bool_() if name == "aggregate"
     else pa.string())
    for name in REPORT_COLUMNS
])


# a SELECT list giving the reports column types from staged rows (JSON columns are staged as text)
STAGE_CASTS = ", ".join(f"CAST({c} AS JSON) AS {c}" if c in ("provenance", "spans") else c for c in REPORT_COLUMNS)


def arrow_rows(rows: list[dict[str, Any]]) -> pa.Table:
    """Rows (dicts with REPORT_COLUMNS) as an Arrow table of the staging types (JSON columns as text)."""
    return pa.Table.from_pylist(rows, schema=ARROW_SCHEMA)


def stage_rows(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]], relation: str) -> None:
    """Put rows (dicts with REPORT_COLUMNS) into TEMP TABLE ``relation`` with the reports column types."""
    con.register("_arrow_rows", arrow_rows(rows))
    try:
        con.execute(f"CREATE OR REPLACE TEMP TABLE {relation} AS SELECT {STAGE_CASTS} FROM _arrow_rows")
    finally:
        con.unregister("_arrow_rows")


class NativeAdapter:
    """Adapter for native JSON Lines files."""

    name = "native"
    limits = Limits()

    def sniff(self, path: Path, head: str) -> bool:
        first = next((line for line in head.splitlines() if line.strip()), "")
        if not first.lstrip().startswith("{"):
            return False
        try:
            obj = json.loads(first)
        except (json.JSONDecodeError, RecursionError):  # a bad first line is rejected by the reader
            return path.suffix.lower() in (".jsonl", ".ndjson")
        return isinstance(obj, dict) and "id" in obj and "source" in obj

    def stage(
        self, con: duckdb.DuckDBPyConnection, path: Path, relation: str, options: dict[str, Any]
    ) -> Staged:
        file = str(path)
        self.limits = current_limits()
        rows: list[dict[str, Any]] = []
        staged = Staged(relation=relation, rows_read=0)
        seen: dict[str, int] = {}
        for number, text in read_lines(path):
            staged.rows_read += 1
            problem = self._parse_line(text, number, file, seen, rows)
            if problem is not None:
                staged.rejects.append(problem)
                staged.reject_lines[number] = text if not text.startswith("\x00") else ""
        stage_rows(con, rows, relation)
        fill_from_points(con, relation)  # regions outside Ukraine and Russia, once per distinct point
        return staged

    def _parse_line(
        self, text: str, number: int, file: str, seen: dict[str, int], rows: list[dict[str, Any]]
    ) -> Problem | None:
        where = Where(file, number)
        if text == "\x00TOO_LONG":
            return Problem(where, f"line is longer than {MAX_LINE_BYTES:,} bytes")
        if text == "\x00NOT_UTF8":
            return Problem(where, "line is not valid UTF-8; re-save the file as UTF-8")
        obj, reason = decode_json(text, self.limits)
        if reason is not None:
            return Problem(where, reason)
        try:
            report = parse_report(obj)
        except ReportError as exc:
            return Problem(Where(file, number, exc.field), exc.message)
        if report.id in seen:
            return Problem(Where(file, number, "id"), f"duplicate id '{report.id}' (first at line {seen[report.id]})")
        seen[report.id] = number
        rows.append(report_row(report, "native", file, number))
        return None


def stage_reports(
    con: duckdb.DuckDBPyConnection, reports: list[Report], relation: str, fmt: str, file: str | None = None
) -> None:
    """Stage already-built reports (e.g. from text extraction) for write_report_rows."""
    stage_rows(con, report_rows(reports, fmt, file), relation)


def report_rows(reports: list[Report], fmt: str, file: str | None = None) -> list[dict[str, Any]]:
    """The ``reports`` table rows of already-built reports, each with its line from its provenance."""
    rows = []
    for report in reports:
        line = report.provenance.get("line")
        rows.append(report_row(report, fmt, file or report.provenance.get("file"),
                               line if isinstance(line, int) else None))
    return rows
