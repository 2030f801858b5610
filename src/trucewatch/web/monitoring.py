"""Routes for live monitoring: the Atom feed of changed findings and the verdict history (docs/monitoring.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, Query, Request, Response
from fastapi import Path as PathParam

from trucewatch.api import feeds, history

FEED_TYPE = "application/atom+xml; charset=utf-8"


def add_monitoring_routes(app: FastAPI, db: Path) -> None:
    @app.get("/feeds/findings.atom", tags=["history"], response_class=Response,
             summary="Atom feed of new and changed findings, newest first (filters as /api/findings)")
    def findings_feed(
        request: Request,
        agreement: Annotated[str | None, Query(description="Agreement id")] = None,
        reading: Annotated[str | None, Query(description="Reading id")] = None,
        party: Annotated[str | None, Query(description="Acting party id ('unknown' for none)")] = None,
        verdict: Annotated[str | None, Query(description="Verdict(s) changed to, comma-separated "
                                                         "('withdrawn' too)")] = None,
        entries: Annotated[int, Query(ge=1, le=feeds.MAX_ENTRIES, description="How many entries")]
        = feeds.DEFAULT_ENTRIES,
    ) -> Response:
        filters = history.ChangeFilters(agreement=agreement, reading=reading, party=party,
                                        verdicts=feeds.parse_verdicts(verdict))
        text = feeds.findings_feed(db, base_url=str(request.base_url), filters=filters, entries=entries)
        return Response(text, media_type=FEED_TYPE)

    @app.get("/api/history/runs", tags=["history"], summary="The recorded assessment runs, newest first")
    def runs(limit: Annotated[int, Query(ge=1, le=10_000)] = 50) -> list[dict[str, Any]]:
        return history.runs(db, limit=limit)

    @app.get("/api/history/changes", tags=["history"],
             summary="What changed in the findings: by default the last run; since a run (id, #N) or a date")
    def changes(
        since: Annotated[str | None, Query(description="A run id, #N, or a date (YYYY-MM-DD, UTC)")] = None,
        agreement: Annotated[str | None, Query(description="Agreement id")] = None,
        reading: Annotated[str | None, Query(description="Reading id")] = None,
        party: Annotated[str | None, Query(description="Acting party id")] = None,
        verdict: Annotated[str | None, Query(description="Verdict(s) changed to, comma-separated")] = None,
        limit: Annotated[int, Query(ge=1, le=10_000)] = 1000,
    ) -> dict[str, Any]:
        filters = history.ChangeFilters(agreement=agreement, reading=reading, party=party,
                                        verdicts=feeds.parse_verdicts(verdict))
        return history.changes(db, since=since, filters=filters, limit=limit)

    @app.get("/api/history/incidents/{incident_id:path}", tags=["history"],
             summary="Every recorded change of one incident's findings, per clause and reading, oldest first")
    def incident_history(incident_id: Annotated[str, PathParam(description="Incident id")]) -> list[dict[str, Any]]:
        return history.incident_history(db, incident_id)
