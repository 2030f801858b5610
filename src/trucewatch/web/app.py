"""The FastAPI app over one store: a read-only JSON API (OpenAPI at /openapi.json, Swagger UI at /docs with
locally served assets) and the dashboard page. Thin: every route calls one ``trucewatch.api`` function.

Every error, whatever raised it, goes through ``trucewatch.web.errors.handle_exception`` and comes out in
one JSON shape. The store is opened read-only; only GET routes exist, so anything else is a 405.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any

import jinja2
from fastapi import Depends, FastAPI, Query, Request, Response
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from trucewatch import api
from trucewatch.api import views
from trucewatch.api.vocabulary import vocabulary
from trucewatch.errors import NotFound, UserError
from trucewatch.model import ENGINE_VERSION
from trucewatch.report import ATTRIBUTION, outline_text
from trucewatch.web import schemas
from trucewatch.web.errors import handle_exception
from trucewatch.web.guards import HeadAsGet, HostCheck
from trucewatch.web.monitoring import add_monitoring_routes

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000

# The dashboard runs only its own scripts and talks only to this server; /docs needs Swagger UI's inline
# bootstrap script, so it alone may run inline script.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
CSP_DOCS = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")

Agreement = Annotated[str | None, Query(description="Agreement id, e.g. energy-moratorium-2025")]
Reading = Annotated[str | None, Query(description="Reading id, e.g. kremlin (needs no agreement)")]
Limit = Annotated[int, Query(ge=1, le=views.MAX_PAGE, description="Page size")]
MAX_OFFSET = 1_000_000_000  # far beyond any store; a bigger number is a 400, never a database overflow
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip")]


def filter_params(
    agreement: Agreement = None,
    reading: Reading = None,
    clause: Annotated[str | None, Query(description="Clause id")] = None,
    party: Annotated[str | None, Query(description="Acting party id ('unknown' for none)")] = None,
    verdict: Annotated[str | None, Query(description="Verdict(s), comma-separated")] = None,
    since: Annotated[str | None, Query(description="From this date (YYYY-MM-DD) or ISO date-time")] = None,
    until: Annotated[str | None, Query(description="Up to and including this date, or before a date-time")] = None,
    bbox: Annotated[str | None, Query(description="west,south,east,north in degrees")] = None,
    everything: Annotated[bool, Query(alias="all", description="With an agreement: also the incidents outside "
                                      "its windows and geography (hidden by default, counted as 'outside')")] = False,
) -> views.Filters:
    return views.make_filters(agreement=agreement, reading=reading, clause=clause, party=party,
                              verdict=verdict, since=since, until=until, bbox=bbox, everything=everything)


Filters = Annotated[views.Filters, Depends(filter_params)]


def create_app(db: str | Path, *, host: str = DEFAULT_HOST, allowed_hosts: Sequence[str] = ()) -> FastAPI:
    """The app over the store at ``db`` (opened read-only; it must exist and be assessed or not).

    ``host`` is the address the server binds; requests whose Host header names neither it (nor, for a
    loopback address, ``localhost``) nor one of ``allowed_hosts`` are refused (see ``HostCheck``)."""
    db = Path(db)
    api.open_store(db, read_only=True).close()  # fail now, with the store's own message, not per request

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        # Holding one connection keeps the database open, so each request's connection opens in ~1 ms.
        keeper = api.open_store(db, read_only=True)
        try:
            yield
        finally:
            keeper.close()

    app = FastAPI(
        title="trucewatch", version=ENGINE_VERSION, lifespan=lifespan, docs_url=None, redoc_url=None,
        description="Read-only API over a trucewatch store: agreements, readings, incidents, reports, findings "
                    "with reasons, scorecards, timeline and map aggregates. Errors are JSON: "
                    '`{"ok": false, "status", "title", "error", "code", "hint"}`.',
        responses=schemas.ERROR_RESPONSES,
    )
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    for exc_type in (Exception, StarletteHTTPException, RequestValidationError):
        app.add_exception_handler(exc_type, handle_exception)
    app.add_middleware(HeadAsGet)
    app.add_middleware(HostCheck, bound=host, allowed=tuple(allowed_hosts))

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP_DOCS if request.url.path == "/docs" else CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    templates = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                                   undefined=jinja2.StrictUndefined)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def dashboard() -> HTMLResponse:
        html = templates.get_template("dashboard.html").render(version=ENGINE_VERSION, store=db.name,
                                                               attribution=ATTRIBUTION)
        return HTMLResponse(html)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json", title="trucewatch API",
            swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
            swagger_favicon_url="/static/vendor/swagger-ui/favicon-32x32.png",
            swagger_ui_parameters={"validatorUrl": None},
        )

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response((STATIC / "vendor" / "swagger-ui" / "favicon-32x32.png").read_bytes(),
                        media_type="image/png")

    @app.get("/outlines/{name}.geojson", include_in_schema=False)
    def outlines(name: str) -> Response:
        try:
            text = outline_text(name)
        except KeyError:
            raise NotFound(f"no outline layer '{name}'",
                           hint="countries, or admin1-XX for the regions of country XX (ISO 3166-1 alpha-2)") from None
        return Response(text, media_type="application/geo+json",
                        headers={"Cache-Control": "public, max-age=86400"})

    # ---------------------------------------------------------------------------------------- the API
    @app.get("/api/status", tags=["store"], summary="What the store holds and its last assessment run",
             response_model=schemas.Status)
    def status() -> dict[str, Any]:
        return api.status(db)

    @app.get("/api/vocabulary", tags=["store"],
             summary="Verdicts (most severe first, with colours), conditions, statuses and evidence grades",
             response_model=schemas.Vocabulary)
    def vocabulary_() -> dict[str, Any]:
        return vocabulary()

    @app.get("/api/facets", tags=["store"], summary="What the filters can choose from",
             response_model=schemas.Facets)
    def facets() -> dict[str, Any]:
        return views.facets(db)

    @app.get("/api/agreements", tags=["agreements"], summary="Agreements with their clauses and readings",
             response_model=list[schemas.AgreementSummary])
    def agreements() -> list[dict[str, Any]]:
        return api.list_agreements(db)

    @app.get("/api/agreements/{agreement_id}", tags=["agreements"],
             summary="One agreement with every clause × reading as adjudication sees it")
    def agreement(agreement_id: str) -> dict[str, Any]:
        return api.show_agreement(db, agreement_id)

    @app.get("/api/agreements/{agreement_id}/comparison", tags=["agreements"],
             summary="How the readings of an agreement differ, in numbers and in words",
             response_model=schemas.ReadingComparison)
    def comparison(agreement_id: str) -> dict[str, Any]:
        return views.reading_comparison(db, agreement_id)

    @app.get("/api/readings", tags=["agreements"], summary="Each reading's window and whether it is in force",
             response_model=list[schemas.ReadingWindow])
    def readings(agreement: Agreement = None, reading: Reading = None) -> list[dict[str, Any]]:
        return views.reading_windows(db, agreement=agreement, reading=reading)

    @app.get("/api/scorecard", tags=["findings"],
             summary="Findings by agreement × reading × acting party × verdict",
             response_model=list[schemas.ScorecardRow])
    def scorecard(agreement: Agreement = None, reading: Reading = None,
                  everything: Annotated[bool, Query(alias="all", description="Also count the incidents outside "
                                                    "each clause's window and geography")] = False,
                  ) -> list[dict[str, Any]]:
        rows = api.scorecard(db, agreement=agreement, everything=everything)
        return [r for r in rows if not reading or r["reading"] == reading]

    @app.get("/api/incidents", tags=["incidents"],
             summary="Incidents matching the filters, newest first, with their headline verdict",
             response_model=schemas.IncidentsPage)
    def incidents(filters: Filters, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        return views.incidents_page(db, filters, limit=limit, offset=offset)

    @app.get("/api/incidents/{incident_id:path}", tags=["incidents"],
             summary="One incident: its reports and its findings under every agreement, clause and reading",
             response_model=schemas.IncidentDetail)
    def incident(incident_id: Annotated[str, PathParam(description="Incident id")]) -> dict[str, Any]:
        return views.incident_detail(db, incident_id)

    @app.get("/api/reports", tags=["reports"], summary="Reports behind the incidents matching the filters",
             response_model=schemas.ReportsPage)
    def reports(filters: Filters, incident: str | None = None, limit: Limit = 50,
                offset: Offset = 0) -> dict[str, Any]:
        return views.reports_page(db, filters, incident=incident, limit=limit, offset=offset)

    @app.get("/api/findings", tags=["findings"],
             summary="Findings with one reason per condition (verdict filters each finding's own verdict)",
             response_model=schemas.FindingsPage)
    def findings(filters: Filters, incident: str | None = None, limit: Limit = 50,
                 offset: Offset = 0) -> dict[str, Any]:
        return views.findings_page(db, filters, incident=incident, limit=limit, offset=offset)

    @app.get("/api/export/findings.{fmt}", tags=["findings"],
             summary="Every finding (optionally of one agreement / reading) as json, csv or geojson")
    def export_findings(fmt: str, agreement: Agreement = None, reading: Reading = None) -> Response:
        if fmt not in ("json", "csv", "geojson"):
            raise UserError(f"unknown export format '{fmt}'", hint="json, csv or geojson")
        # every finding, streamed batch by batch: memory stays bounded however many the store holds; the
        # filters are checked before the first byte (an unknown agreement is a 404, not an empty export)
        batches = api.findings_batches(db, agreement=agreement, reading=reading)
        if fmt == "csv":
            return StreamingResponse(api.csv_chunks(batches), media_type="text/csv; charset=utf-8")
        if fmt == "geojson":
            return StreamingResponse(api.geojson_chunks(batches), media_type="application/geo+json")
        return StreamingResponse(api.json_chunks(batches), media_type="application/json")

    @app.get("/api/timeline", tags=["aggregates"],
             summary="Incidents by day and headline verdict, with the reading windows to shade",
             response_model=schemas.Timeline)
    def timeline(filters: Filters) -> dict[str, Any]:
        return views.timeline(db, filters)

    @app.get("/api/map", tags=["aggregates"],
             summary="Located incidents as points, or as grid cells with counts when there are many",
             response_model=schemas.MapView)
    def map_view(filters: Filters,
                 max_points: Annotated[int, Query(ge=1, le=20_000)] = 2000) -> dict[str, Any]:
        return views.map_view(db, filters, max_points=max_points)

    add_monitoring_routes(app, db)
    return app


def _openapi(app: FastAPI) -> dict[str, Any]:
    """The OpenAPI document, without FastAPI's default 422 answer: a request that does not validate is a 400
    in the one error shape (``web.errors``), which every route documents."""
    if app.openapi_schema is None:
        from fastapi.openapi.utils import get_openapi

        document = get_openapi(title=app.title, version=app.version, description=app.description,
                               routes=app.routes)
        for path in document.get("paths", {}).values():
            for operation in path.values():
                operation.get("responses", {}).pop("422", None)
        for name in ("HTTPValidationError", "ValidationError"):
            document.get("components", {}).get("schemas", {}).pop(name, None)
        app.openapi_schema = document
    return app.openapi_schema
