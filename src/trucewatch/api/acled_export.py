"""Incidents as rows of an ACLED-format export, for tools that read ACLED files.

One row per incident, in ACLED's column order (``ACLED_COLUMNS``). What trucewatch knows maps onto ACLED's
fields as follows (docs/formats.md, "ACLED-compatible export"):

- ``event_id_cnty`` is the incident id; ``event_date`` the local date (the primary report's time zone, else
  the country's) of the incident's start; ``time_precision`` 1 when the incident's interval spans at most a
  day, 2 at most a week, 3 otherwise. An incident without a time keeps an empty date and ``time_precision``.
- ``sub_event_type`` from the event and weapon and the primary report's words, coded as ``trucewatch eval acled``
  codes an extracted note (:mod:`trucewatch.nlp.acled_coding`): a drone or bomb strike "Air/drone strike", other fire
  "Shelling/artillery/missile attack", an interception "Disrupted weapons use", ground fighting "Armed clash", a mine
  or explosive device "Remote explosive/landmine/IED", a place changing hands "Government regains territory" /
  "Non-state actor overtakes territory", no violence "Other"; ``event_type`` and ``disorder_type`` as ACLED's
  codebook groups that sub-event.
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
from trucewatch.nlp.acled_coding import EVENT_TYPES, Note, sub_event_type

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



def acled_types(event: str | None, weapon: str | None, text: str = "", actor: str | None = None,
                country: str | None = None) -> tuple[str, str, str]:
    """(disorder_type, event_type, sub_event_type) for an incident's event and weapon and its primary report's
    words, coded as the ACLED evaluation codes an extracted note
    (:func:`trucewatch.nlp.acled_coding.sub_event_type`)."""
    sub_event = sub_event_type(Note(text, event, weapon, actor, country))
    return (*EVENT_TYPES[sub_event], sub_event)


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


# Built in steps, each a temporary table (the most severe finding per incident, the sources per incident),
# then one ordered read in batches: the steps in one statement ran out of a 1 GB store limit at a million
# incidents, and a step of its own can spill to disk.
_WORST = """
    SELECT f.incident_id,
        -- the most severe verdict; among equally severe findings the first by agreement, clause, reading
        first(f.verdict || ' (' || f.agreement_id || ' ' || f.clause_id || ', ' || f.reading_id || ' reading)'
              ORDER BY list_position(?, f.verdict), f.agreement_id, f.clause_id, f.reading_id) AS finding
    FROM findings f
    WHERE (? IS NULL OR f.agreement_id = ?)
    GROUP BY f.incident_id"""
_SOURCES = """
    SELECT ir.incident_id, string_agg(DISTINCT r.source_name, '; ' ORDER BY r.source_name) AS sources
    FROM incident_reports ir JOIN reports r ON r.id = ir.report_id GROUP BY ir.incident_id"""
# an incident without a stored finding is not_covered under every clause reading judged (implied findings)
_IMPLIED = """
    SELECT 'not_covered (' || agreement_id || ' ' || clause_id || ', ' || reading_id || ' reading)' AS finding
    FROM clause_readings
    WHERE kind = 'prohibition' AND agreement_id IN (SELECT agreement_id FROM assessed_agreements)
      AND (? IS NULL OR agreement_id = ?)
    ORDER BY agreement_id, clause_id, reading_id LIMIT 1"""
_ROWS = """
SELECT i.id, i.occurred_start, i.occurred_end, i.actor, i.event, i.weapon, i.target_category, i.location_name,
    i.admin1_code, i.country, i.lat, i.lon, i.precision_km, i.evidence_grade, p.tz, p.text, p.killed,
    s.sources, coalesce(w.finding, ?) AS finding
FROM incidents i
JOIN reports p ON p.id = i.primary_report
LEFT JOIN _acled_sources s ON s.incident_id = i.id
LEFT JOIN _acled_worst w ON w.incident_id = i.id
WHERE ? IS NULL OR coalesce(w.finding, ?) IS NOT NULL
ORDER BY i.occurred_start NULLS LAST, i.id
"""
BATCH = 10_000


def incidents_acled(db: str | Path, *, agreement: str | None = None) -> list[dict[str, str]]:
    """Every incident (with ``agreement``: every incident judged under it) as an ACLED-format row of text;
    the "most severe finding" in ``tags`` follows the dashboard's order of verdicts (``model.SEVERITY``),
    ties broken by agreement, clause and reading id; rows by incident start (undated last), then id."""
    return [row for batch in iter_incidents_acled(db, agreement=agreement) for row in batch]


def iter_incidents_acled(db: str | Path, *, agreement: str | None = None,
                         batch: int = BATCH) -> Iterator[list[dict[str, str]]]:
    """:func:`incidents_acled` in batches of at most ``batch`` rows: memory stays bounded however many
    incidents the store holds."""
    with open_store(db, read_only=True) as store:
        con = store.con
        implied = con.execute(_IMPLIED, [agreement, agreement]).fetchone()
        fallback = implied[0] if implied else None
        try:
            con.execute(f"CREATE OR REPLACE TEMP TABLE _acled_worst AS {_WORST}",
                        [list(SEVERITY), agreement, agreement])
            con.execute(f"CREATE OR REPLACE TEMP TABLE _acled_sources AS {_SOURCES}")
            cursor = con.execute(_ROWS, [fallback, agreement, fallback])
            while rows := cursor.fetchmany(batch):
                yield [_row(*row) for row in rows]
        finally:
            con.execute("DROP TABLE IF EXISTS _acled_worst")
            con.execute("DROP TABLE IF EXISTS _acled_sources")


def _row(incident: str, start: datetime | None, end: datetime | None, actor: str | None, event: str | None,
         weapon: str | None, category: str | None, location: str | None, admin1: str | None,
         country: str | None, lat: float | None, lon: float | None, km: float | None, grade: str,
         tz: str | None, text: str | None, killed: int | None, sources: str | None,
         finding: str | None) -> dict[str, str]:
    zone = tz or ZONES.get(country or "", "UTC")
    local = start.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(zone)) if start else None
    disorder, event_type, sub_event = acled_types(event, weapon, text or "", actor, country)
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
