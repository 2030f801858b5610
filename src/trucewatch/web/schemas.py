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


__all__ = ["ERROR_RESPONSES", "ErrorBody", "Finding", "FindingsPage", "IncidentRow", "IncidentsPage", "ReadingWindow",
           "Reason", "Run", "ScorecardRow", "Status", "VerdictTerm", "Vocabulary"]

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


class IncidentRow(BaseModel):
    """An incident with its headline verdict (its most severe finding under the filters)."""

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
