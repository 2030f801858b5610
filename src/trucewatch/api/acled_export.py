"""Incidents as rows of an ACLED-format export, for tools that read ACLED files.

One row per incident, in ACLED's column order (``ACLED_COLUMNS``). What trucewatch knows maps onto ACLED's
fields as follows (docs/formats.md, "ACLED-compatible export"):

- ``event_id_cnty`` is the incident id; ``event_date`` the local date (the primary report's time zone, else
  the country's) of the incident's start; ``time_precision`` 1 when the incident's interval spans at most a
  day, 2 at most a week, 3 otherwise. An incident without a time keeps an empty date and ``time_precision``.
- ``event_type`` / ``sub_event_type`` / ``disorder_type`` from the event and weapon (a missile strike is
  "Shelling/artillery/missile attack", a drone or bomb strike "Air/drone strike", an interception "Disrupted
  weapons use", ground fighting "Armed clash").
- ``actor1`` is the acting party under ACLED's name for its forces ("Military Forces of Russia (2000-)"),
  which trucewatch's own actor map reads back; an unknown actor is "Unidentified Armed Group".
- ``geo_precision`` 1 for a location known to 5 km, 2 to 30 km, 3 otherwise; ``admin1`` in ACLED's spelling
  (no "Oblast").
- ``source`` lists the incident's sources; ``notes`` is the primary report's text; ``tags`` carries what
  ACLED has no column for: trucewatch's target category, evidence grade and the most severe finding.
- ``inter1``, ``inter2``, ``interaction``, ``admin2``, ``admin3`` and ``timestamp`` stay empty: trucewatch does
  not know them, and a made-up value would look like data.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from trucewatch.api.core import open_store
from trucewatch.geo.subdivisions import region_name
from trucewatch.model import SEVERITY

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
    "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)

# party id → ACLED's name for its state forces (read back by the shipped actor map)
ACTOR_NAMES: dict[str, str] = {"RU": "Military Forces of Russia (2000-)", "UA": "Military Forces of Ukraine (2019-)"}
UNKNOWN_ACTOR = "Unidentified Armed Group"
COUNTRIES: dict[str, tuple[str, str, str]] = {  # ISO2 → (name, ISO numeric, ACLED region)
    "UA": ("Ukraine", "804", "Europe"), "RU": ("Russia", "643", "Europe"), "BY": ("Belarus", "112", "Europe"),
    "MD": ("Moldova", "498", "Europe"),
}
ZONES: dict[str, str] = {"UA": "Europe/Kyiv", "RU": "Europe/Moscow"}

# (event, weapon) → (disorder_type, event_type, sub_event_type); weapon None: any weapon
_TYPES: tuple[tuple[str, str | None, tuple[str, str, str]], ...] = (
    ("strike", "missile", ("Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("strike", "artillery", ("Political violence", "Explosions/Remote violence",
                             "Shelling/artillery/missile attack")),
    ("strike", "mlrs", ("Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("strike", None, ("Political violence", "Explosions/Remote violence", "Air/drone strike")),
    ("shelling", None, ("Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("interception", None, ("Strategic developments", "Strategic developments", "Disrupted weapons use")),
    ("ground_assault", None, ("Political violence", "Battles", "Armed clash")),
)
_OTHER = ("Strategic developments", "Strategic developments", "Other")


def acled_types(event: str | None, weapon: str | None) -> tuple[str, str, str]:
    """(disorder_type, event_type, sub_event_type) for an incident's event and weapon."""
    for kind, arm, types in _TYPES:
        if kind == event and (arm is None or arm == weapon):
            return types
    return _OTHER


def _precision(start: datetime | None, end: datetime | None) -> str:
    if start is None:
        return ""
    span = (end or start) - start
    if span <= timedelta(days=1, hours=1):
        return "1"
    return "2" if span <= timedelta(days=8) else "3"


def _geo_precision(lat: float | None, km: float | None) -> str:
    if lat is None or km is None:
        return "3"
    return "1" if km <= 5 else "2" if km <= 30 else "3"


def _admin1(code: str | None) -> str:
    name = region_name(code) if code else None  # any country's region (an unknown code: empty)
    return (name or "").removesuffix(" Oblast")


_SQL = """
WITH worst AS (
    SELECT f.incident_id,
        -- the most severe verdict; among equally severe findings the first by agreement, clause, reading
        first(f.verdict || ' (' || f.agreement_id || ' ' || f.clause_id || ', ' || f.reading_id || ' reading)'
              ORDER BY list_position(?, f.verdict), f.agreement_id, f.clause_id, f.reading_id) AS finding
    FROM findings f
    WHERE (? IS NULL OR f.agreement_id = ?)
    GROUP BY f.incident_id
),
-- an incident without a stored finding is not_covered under every clause reading judged (implied findings)
implied AS (
    SELECT 'not_covered (' || agreement_id || ' ' || clause_id || ', ' || reading_id || ' reading)' AS finding
    FROM clause_readings
    WHERE kind = 'prohibition' AND agreement_id IN (SELECT agreement_id FROM assessed_agreements)
      AND (? IS NULL OR agreement_id = ?)
    ORDER BY agreement_id, clause_id, reading_id LIMIT 1
),
srcs AS (
    SELECT ir.incident_id, string_agg(DISTINCT r.source_name, '; ' ORDER BY r.source_name) AS sources
    FROM incident_reports ir JOIN reports r ON r.id = ir.report_id GROUP BY ir.incident_id
)
SELECT i.id, i.occurred_start, i.occurred_end, i.actor, i.event, i.weapon, i.target_category, i.location_name,
    i.admin1_code, i.country, i.lat, i.lon, i.precision_km, i.evidence_grade, p.tz, p.text, p.killed,
    s.sources, coalesce(w.finding, (SELECT finding FROM implied)) AS finding
FROM incidents i
JOIN reports p ON p.id = i.primary_report
LEFT JOIN srcs s ON s.incident_id = i.id
LEFT JOIN worst w ON w.incident_id = i.id
WHERE ? IS NULL OR coalesce(w.finding, (SELECT finding FROM implied)) IS NOT NULL
ORDER BY i.occurred_start NULLS LAST, i.id
"""


def incidents_acled(db: str | Path, *, agreement: str | None = None) -> list[dict[str, str]]:
    """Every incident (with ``agreement``: every incident judged under it) as an ACLED-format row of text;
    the "most severe finding" in ``tags`` follows the dashboard's order of verdicts (``model.SEVERITY``),
    ties broken by agreement, clause and reading id; rows by incident start (undated last), then id."""
    return [row for batch in iter_incidents_acled(db, agreement=agreement) for row in batch]


def iter_incidents_acled(db: str | Path, *, agreement: str | None = None,
                         batch: int = 5000) -> Iterator[list[dict[str, str]]]:
    """The rows of ``incidents_acled`` in batches of at most ``batch``: memory stays bounded however many
    incidents the store holds (the store stays open until the last batch)."""
    with open_store(db, read_only=True) as store:
        result = store.con.execute(_SQL, [list(SEVERITY), agreement, agreement, agreement, agreement, agreement])
        while rows := result.fetchmany(batch):
            yield [_row(*row) for row in rows]


def _row(incident: str, start: datetime | None, end: datetime | None, actor: str | None, event: str | None,
         weapon: str | None, category: str | None, location: str | None, admin1: str | None,
         country: str | None, lat: float | None, lon: float | None, km: float | None, grade: str,
         tz: str | None, text: str | None, killed: int | None, sources: str | None,
         finding: str | None) -> dict[str, str]:
    zone = tz or ZONES.get(country or "", "UTC")
    local = start.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(zone)) if start else None
    disorder, event_type, sub_event = acled_types(event, weapon)
    name, iso, region = COUNTRIES.get(country or "", (country or "", "", ""))
    tags = [f"trucewatch target: {category or 'unknown'}", f"evidence: {grade}"]
    if finding:
        tags.append(f"most severe finding: {finding}")
    return {
        "event_id_cnty": incident, "event_date": local.date().isoformat() if local else "",
        "year": str(local.year) if local else "", "time_precision": _precision(start, end),
        "disorder_type": disorder, "event_type": event_type, "sub_event_type": sub_event,
        "actor1": ACTOR_NAMES.get(actor or "", actor or UNKNOWN_ACTOR), "assoc_actor_1": "", "inter1": "",
        "actor2": "", "assoc_actor_2": "", "inter2": "", "interaction": "",
        "civilian_targeting": "Civilian targeting" if (category or "").startswith("civilian.") else "",
        "iso": iso, "region": region, "country": name, "admin1": _admin1(admin1), "admin2": "", "admin3": "",
        "location": location or "", "latitude": "" if lat is None else f"{lat:.4f}",
        "longitude": "" if lon is None else f"{lon:.4f}", "geo_precision": _geo_precision(lat, km),
        "source": sources or "", "source_scale": "Other", "notes": text or "",
        "fatalities": str(killed or 0), "tags": "; ".join(tags), "timestamp": "",
    }
