"""The shapes the JSON API returns, for ``/openapi.json``: response models of the typed routes and the one
error shape (``web.errors``). Verdict-keyed shapes are built from the vocabulary (``model.SEVERITY``), so a
new verdict appears here without another copy.

A finding is the api's own typed read model (``api.findings.Finding`` and ``Reason``), not a copy. The
models describe what ``trucewatch.api`` returns; a test compares each typed route's answer with the api
function's own, so a field the model lacks (FastAPI would drop it) fails there."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

from trucewatch.api.findings import Finding, Reason
from trucewatch.model import SEVERITY


class ErrorBody(BaseModel):
    """Every error, whatever raised it."""

    ok: Literal[False]
    status: int = Field(description="the HTTP status")
    title: str = Field(description="the status in words, e.g. Not Found")
    error: str = Field(description="what was wrong, naming the parameter or the id")
    code: str | None = Field(description="a stable error code, e.g. TW404")
    hint: str | None = Field(description="what to do next")


__all__ = ["ERROR_RESPONSES", "AgreementSummary", "ErrorBody", "FacetAgreement", "FacetReading", "Facets", "Finding",
           "FindingsPage", "IncidentDetail", "IncidentFinding", "IncidentReport", "IncidentRow", "IncidentsPage",
           "MapCell", "MapPoint", "MapView", "ReadingComparison", "ReadingCounts", "ReadingWindow", "Reason",
           "ReportRow", "ReportsPage", "Run", "ScorecardRow", "Status", "TargetClaim", "Timeline", "TimelineDay",
           "VerdictCounts", "VerdictTerm", "Vocabulary"]

ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "A parameter is out of range or not understood (it is named)"},
    404: {"model": ErrorBody, "description": "No such agreement, incident or route"},
    405: {"model": ErrorBody, "description": "The API is read-only: only GET and HEAD"},
    500: {"model": ErrorBody, "description": "An internal error (details in the server log)"},
    503: {"model": ErrorBody, "description": "The store cannot answer (locked, or changed since the last assess)"},
}


class FindingsPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[Finding]


class IncidentColumns(BaseModel):
    """The columns of an incident every incident view gives (``api.views.INCIDENT_COLUMNS``)."""

    id: str
    occurred_start: str | None
    occurred_end: str | None
    actor: str | None
    target_category: str | None
    target_name: str | None
    location_name: str | None
    admin1: str | None
    admin1_code: str | None
    country: str | None
    lat: float | None
    lon: float | None
    precision_km: float | None
    weapon: str | None
    outcome: str | None
    event: str | None
    n_reports: int
    n_sources: int
    n_independent_sources: int
    evidence_grade: str


class IncidentRow(IncidentColumns):
    """An incident with its headline verdict (its most severe finding under the filters)."""

    verdict: str
    source: str | None
    excerpt: str | None


class IncidentsPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[IncidentRow]
    outside: int = Field(description="incidents matching the other filters but outside the agreement's windows "
                                     "and geography (left out unless all=true)")


class Run(BaseModel):
    run_id: str
    engine_version: str = Field(description="the release and a digest of its rules, e.g. 0.2.0+rules.1a2b3c4d5e6f")
    agreements_sha256: str
    reports_sha256: str
    facilities_sha256: str
    as_of: str | None
    resolver: str


class Status(BaseModel):
    db: str
    schema_version: int
    engine_schema_version: int
    agreements: int
    reports: int
    reports_by_source: dict[str, int]
    reports_by_format: dict[str, int]
    tallies: int
    incidents: int
    findings: int
    findings_by_verdict: dict[str, int]
    last_run: Run | None
    facilities: dict[str, int]


class VerdictTerm(BaseModel):
    id: str
    label: str
    colour: str
    ink: str
    in_scope: bool
    violation_like: bool


class Vocabulary(BaseModel):
    verdicts: list[VerdictTerm] = Field(description="most severe first")
    conditions: list[str]
    condition_statuses: list[str]
    evidence_grades: list[str]
    unknown_party: str
    candidate_max_km: float


class ReadingWindow(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    agreement: str
    reading: str
    start: str
    end: str | None
    tz: str
    in_force: bool
    note: str | None


# one count per verdict, in the vocabulary's order
ScorecardRow = create_model(  # type: ignore[call-overload]
    "ScorecardRow", agreement=(str, ...), reading=(str, ...), party=(str, ...),
    **{verdict: (int, ...) for verdict in SEVERITY}, total=(int, ...),
)


class FacetReading(BaseModel):
    id: str
    name: str


class FacetAgreement(BaseModel):
    id: str
    title: str
    readings: list[FacetReading]
    clauses: list[str]
    parties: list[str]
    tz: str | None = Field(description="the agreement's time zone (its windows' local times)")
    countries: list[str] = Field(description="the countries its clauses name (ISO codes)")


class Facets(BaseModel):
    """What the filters can choose from (``api.views.facets``)."""

    agreements: list[FacetAgreement]
    verdicts: list[str] = Field(description="most severe first")
    parties: list[str] = Field(description="acting parties of incidents; 'unknown' when none is named")
    since: str | None = Field(description="the first day an incident starts (YYYY-MM-DD)")
    until: str | None = Field(description="the last day an incident ends (YYYY-MM-DD)")
    bbox: list[float] | None = Field(description="min lon, min lat, max lon, max lat of located incidents")
    incidents: int
    countries: list[str] = Field(description="countries with located incidents or named by an agreement")


class AgreementSummary(BaseModel):
    """One agreement in the list (``api.list_agreements``): ids of its parties, clauses and readings."""

    id: str
    title: str
    parties: list[str]
    clauses: list[str]
    readings: list[str]


class ReadingCounts(BaseModel):
    reading: str
    incidents: int
    in_scope: int
    violations_by_party: dict[str, int] = Field(description="possible violation or worse, by acting party")
    by_verdict: dict[str, int] = Field(description="incidents by headline verdict (only verdicts that occur)")


class ReadingComparison(BaseModel):
    """How the readings of one agreement differ (``api.views.reading_comparison``)."""

    agreement: str
    readings: list[ReadingCounts]
    differences: list[str] = Field(description="the differences between every pair of readings, in words")


class TargetClaim(BaseModel):
    claimant: str | None
    category: str | None


class IncidentReport(BaseModel):
    """A report of an incident, as the incident detail shows it."""

    id: str
    role: str = Field(description="primary or related")
    source: str | None
    url: str | None
    source_kind: str | None
    aligned_with: str | None
    published_at: str | None
    claimant: str | None
    stance: str | None
    actor: str | None
    relates_to: str | None
    occurred_start: str | None
    occurred_end: str | None
    location_name: str | None
    target_category: str | None
    weapon: str | None
    outcome: str | None
    text: str | None
    event: str | None = Field(description="strike, shelling, interception, ground_assault or other")
    event_kind: str | None = Field(
        description="what an `other` event is, where the extractor says: military_presence, munition_remnants, "
                    "burial_site, bodies_found, protest, violence")
    time_basis: str | None = Field(description="how the report's time was read, where it is not the event's own")
    location_basis: str | None
    spelling: list[str] | None = Field(
        default=None, description="misspelt words the extractor read as another word to find the event "
                                  "(\"injurded → injured\"); the text and its spans are as written")


class IncidentFinding(BaseModel):
    """The incident judged under one clause and reading."""

    agreement: str
    clause: str
    clause_title: str | None
    reading: str
    actor: str | None
    verdict: str
    reasons: list[Reason]
    reports: list[str]


class IncidentDetail(IncidentColumns):
    """One incident with its reports and its findings under every agreement, clause and reading."""

    primary_report: str
    acknowledged_by: list[str] | None
    denied_by: list[str] | None
    competing_actors: list[str] | None
    evidence_detail: str | None
    grouping: dict[str, Any] | None = Field(description="why these reports were grouped")
    target_claims: list[TargetClaim]
    reports: list[IncidentReport]
    findings: list[IncidentFinding]


class ReportRow(BaseModel):
    """A report behind an incident that matches the filters."""

    id: str
    incident: str
    role: str
    source: str | None
    url: str | None
    source_kind: str | None
    aligned_with: str | None
    published_at: str | None
    claimant: str | None
    stance: str | None
    actor: str | None
    occurred_start: str | None
    occurred_end: str | None
    location_name: str | None
    country: str | None
    lat: float | None
    lon: float | None
    target_category: str | None
    text: str | None


class ReportsPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ReportRow]


# one count per verdict, in the vocabulary's order
VerdictCounts = create_model(  # type: ignore[call-overload]
    "VerdictCounts", **{verdict: (int, ...) for verdict in SEVERITY},
)
TimelineDay = create_model(  # type: ignore[call-overload]
    "TimelineDay", day=(str, Field(description="UTC day of the incidents' start, YYYY-MM-DD")),
    **{verdict: (int, ...) for verdict in SEVERITY},
)


class TimelineWindow(ReadingWindow):
    start_local: str | None = Field(description="the window's start, wall-clock time in the timeline's zone")
    end_local: str | None = Field(description="the window's end, wall-clock time in the timeline's zone")


class Timeline(BaseModel):
    """Incidents by day and headline verdict (``api.views.timeline``): local days in the agreement's zone
    when one is chosen, else UTC days."""

    verdicts: list[str] = Field(description="most severe first")
    days: list[TimelineDay]  # type: ignore[valid-type]
    undated: int
    tz: str = Field(description="the zone the days are counted in")
    windows: list[TimelineWindow]


class MapPoint(BaseModel):
    id: str
    lat: float
    lon: float
    verdict: str = Field(description="the incident's headline verdict")
    actor: str | None
    location_name: str | None
    occurred_start: str | None


class MapCell(BaseModel):
    lat: float = Field(description="mean latitude of the cell's incidents")
    lon: float = Field(description="mean longitude of the cell's incidents")
    count: int
    verdict: str = Field(description="the most severe headline verdict in the cell")
    counts: VerdictCounts  # type: ignore[valid-type]


class MapView(BaseModel):
    """Located incidents as points, or as grid cells when there are more than ``max_points``."""

    total: int = Field(description="located incidents")
    unlocated: int
    mode: Literal["points", "cells"]
    points: list[MapPoint]
    cells: list[MapCell]
    cell_degrees: float | None = Field(description="the cell size in degrees (cells mode only)")
