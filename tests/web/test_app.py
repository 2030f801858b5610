"""The FastAPI app in-process: API shape, filters, one JSON error shape, read-only, local-only assets."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from trucewatch.errors import StoreError
from trucewatch.web import create_app

from .conftest import HOSTILE_INCIDENT, HOSTILE_TEXT

ERROR_KEYS = {"ok", "status", "title", "error", "code", "hint"}
STATIC = Path(__file__).resolve().parents[2] / "src" / "trucewatch" / "web" / "static"


@pytest.fixture(scope="module")
def client(demo_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(demo_db), base_url="http://127.0.0.1", raise_server_exceptions=False) as test_client:
        yield test_client


def test_incidents_filters_and_pagination(client: TestClient) -> None:
    first = client.get("/api/incidents", params={"agreement": "energy-moratorium-2025", "reading": "kremlin",
                                                 "limit": 5})
    assert first.status_code == 200
    body = first.json()
    assert body["limit"] == 5 and len(body["items"]) == 5 and body["total"] > 5
    second = client.get("/api/incidents", params={"agreement": "energy-moratorium-2025", "reading": "kremlin",
                                                  "limit": 5, "offset": 5}).json()
    assert not {i["id"] for i in body["items"]} & {i["id"] for i in second["items"]}
    narrowed = client.get("/api/incidents", params={"verdict": "alleged_violation,corroborated_violation",
                                                    "party": "UA", "bbox": "30,44,42,53"}).json()
    assert narrowed["total"] > 0
    assert all(i["actor"] == "UA" and i["verdict"] in ("alleged_violation", "corroborated_violation")
               for i in narrowed["items"])


def test_incident_detail_and_exports(client: TestClient) -> None:
    detail = client.get(f"/api/incidents/{HOSTILE_INCIDENT}").json()
    assert detail["reports"][0]["text"] == HOSTILE_TEXT
    assert {f["reading"] for f in detail["findings"]} >= {"us", "kremlin", "ukraine"}
    exported = client.get("/api/export/findings.csv", params={"agreement": "energy-moratorium-2025"})
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    assert rows and {r["agreement"] for r in rows} == {"energy-moratorium-2025"}
    geo = client.get("/api/export/findings.geojson", params={"reading": "kremlin"}).json()
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == len(
        client.get("/api/export/findings.json", params={"reading": "kremlin"}).json())


@pytest.mark.parametrize(("method", "path", "status", "message"), [
    ("GET", "/api/incidents/inc:nope", 404, "no incident 'inc:nope'"),
    ("GET", "/api/agreements/nope", 404, "no agreement 'nope'"),
    ("GET", "/api/incidents?verdict=guilty", 400, "unknown verdict 'guilty'"),
    ("GET", "/api/incidents?limit=0", 400, "limit"),
    ("GET", "/api/incidents?limit=abc", 400, "limit"),
    ("GET", "/api/map?bbox=1,2", 400, "bbox"),
    ("GET", "/api/export/findings.xml", 400, "unknown export format 'xml'"),
    ("GET", "/no/such/page", 404, "Not Found"),
    ("POST", "/api/incidents", 405, "read-only"),
    ("DELETE", "/api/status", 405, "read-only"),
    ("PUT", "/api/agreements/energy-moratorium-2025", 405, "read-only"),
], ids=lambda v: str(v))
def test_every_error_has_one_json_shape(client: TestClient, method: str, path: str, status: int,
                                        message: str) -> None:
    response = client.request(method, path)
    assert response.status_code == status
    body = response.json()
    assert set(body) == ERROR_KEYS and body["ok"] is False and body["status"] == status
    assert message in body["error"]


def test_unexpected_errors_use_the_same_shape(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from trucewatch.api import views

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(views, "facets", broken)
    with TestClient(create_app(demo_db), base_url="http://127.0.0.1", raise_server_exceptions=False) as test_client:
        response = test_client.get("/api/facets")
    assert response.status_code == 500
    assert response.json()["error"] == "internal error: see the server log"
    assert "secret" not in response.text


def test_missing_store_fails_at_start(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        create_app(tmp_path / "absent.duckdb")


def test_openapi_documents_every_api_route(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    app_routes = client.app.routes  # type: ignore[attr-defined]
    routes = {r.path.replace(":path}", "}") for r in app_routes
              if getattr(r, "path", "").startswith(("/api/", "/feeds/"))}
    assert routes == set(spec["paths"])
    for path, item in spec["paths"].items():
        assert set(item) == {"get"}, f"{path} is not read-only"
        assert item["get"].get("summary"), f"{path} has no summary"


def test_pages_reference_only_local_assets(client: TestClient) -> None:
    for page in ("/", "/docs"):
        response = client.get(page)
        assert response.status_code == 200
        for url in re.findall(r'(?:src|href)=["\']([^"\']+)', response.text) + re.findall(
                r'url: ?["\']([^"\']+)', response.text):
            assert url.startswith("/"), f"{page} references {url}"
            assert client.get(url).status_code == 200, url
        assert "default-src 'self'" in response.headers["content-security-policy"]
    script_src = client.get("/").headers["content-security-policy"].split("script-src")[1].split(";")[0]
    assert "'unsafe-inline'" not in script_src


def test_vendored_assets_make_no_network_requests() -> None:
    """The dashboard's own script and the vendored libraries name no remote host they would load from."""
    for script in ("dashboard.js", "history.js", "times.js"):
        own = (STATIC / script).read_text(encoding="utf-8")
        assert not re.findall(r"https?://(?!www\.w3\.org/2000/svg)", own), script
    for licence in ("vendor/leaflet/LICENSE", "vendor/swagger-ui/LICENSE"):
        assert (STATIC / licence).stat().st_size > 0
