"""/openapi.json documents the shapes the API returns and the errors it really answers with; the response
models drop nothing the api functions return."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from trucewatch import api
from trucewatch.api import views
from trucewatch.api.vocabulary import vocabulary
from trucewatch.model import SEVERITY
from trucewatch.web import create_app
from trucewatch.web.schemas import ErrorBody


@pytest.fixture(scope="module")
def client(demo_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(demo_db), base_url="http://127.0.0.1", raise_server_exceptions=False) as test_client:
        yield test_client


def _plain(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str))


def test_typed_routes_answer_exactly_what_the_api_returns(demo_db: Path, client: TestClient) -> None:
    kremlin = views.make_filters(reading="kremlin")
    expected = {
        "/api/status": api.status(demo_db),
        "/api/vocabulary": vocabulary(),
        "/api/readings": views.reading_windows(demo_db),
        "/api/scorecard": api.scorecard(demo_db),
        "/api/incidents?reading=kremlin&limit=500": views.incidents_page(demo_db, kremlin, limit=500),
        "/api/findings?reading=kremlin&limit=500": views.findings_page(demo_db, kremlin, limit=500),
        "/api/facets": views.facets(demo_db),
        "/api/agreements": api.list_agreements(demo_db),
        "/api/agreements/energy-moratorium-2025/comparison":
            views.reading_comparison(demo_db, "energy-moratorium-2025"),
        "/api/reports?reading=kremlin&limit=500": views.reports_page(demo_db, kremlin, limit=500),
        "/api/timeline?reading=kremlin": views.timeline(demo_db, kremlin),
        "/api/timeline": views.timeline(demo_db),
        "/api/map": views.map_view(demo_db),
        "/api/map?max_points=1": views.map_view(demo_db, max_points=1),
    }
    incidents = views.incidents_page(demo_db, limit=500)["items"]
    assert len(incidents) >= 30
    for item in incidents:
        expected[f"/api/incidents/{item['id']}"] = views.incident_detail(demo_db, item["id"])
    for path, value in expected.items():
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.json() == _plain(value), path


def test_openapi_documents_the_shapes_and_the_one_error_shape(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    schemas = document["components"]["schemas"]
    for name in ("Finding", "Reason", "FindingsPage", "IncidentsPage", "Status", "Vocabulary", "ErrorBody"):
        assert name in schemas
    typed = {"/api/facets": "Facets", "/api/agreements/{agreement_id}/comparison": "ReadingComparison",
             "/api/incidents/{incident_id}": "IncidentDetail", "/api/reports": "ReportsPage",
             "/api/timeline": "Timeline", "/api/map": "MapView"}
    for path, name in typed.items():
        schema = document["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        assert schema == {"$ref": f"#/components/schemas/{name}"}, path
    agreements = document["paths"]["/api/agreements"]["get"]["responses"]["200"]["content"]["application/json"]
    assert agreements["schema"]["items"] == {"$ref": "#/components/schemas/AgreementSummary"}
    assert set(schemas["TimelineDay"]["properties"]) == {"day", *SEVERITY}
    assert set(schemas["VerdictCounts"]["properties"]) == set(SEVERITY)
    assert schemas["MapView"]["properties"]["mode"]["enum"] == ["points", "cells"]
    assert set(schemas["Finding"]["properties"]) >= {"agreement", "clause", "reading", "incident", "verdict",
                                                      "reasons", "run_id"}
    findings = document["paths"]["/api/findings"]["get"]["responses"]
    assert findings["200"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/FindingsPage"}
    for operation in (op for path in document["paths"].values() for op in path.values()):
        responses = operation["responses"]
        assert "422" not in responses  # a request that does not validate is a 400 in the error shape
        assert responses["400"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorBody"}


@pytest.mark.parametrize(("path", "status"), [("/api/findings?limit=0", 400), ("/api/incidents/inc:nope", 404),
                                              ("/api/findings?verdict=guilty", 400), ("/api/nowhere", 404)])
def test_errors_have_the_documented_shape(client: TestClient, path: str, status: int) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert ErrorBody.model_validate(response.json()).status == status
