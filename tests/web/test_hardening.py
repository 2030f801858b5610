"""The API under hostile requests: bounded integers (400, never 500), the Host header check, HEAD on GET
routes, and a clear message when the store is locked by a running server."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from trucewatch import api
from trucewatch.cli import main
from trucewatch.errors import StoreError
from trucewatch.web import create_app
from trucewatch.web.guards import host_allowed, host_name


@pytest.fixture(scope="module")
def client(demo_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(demo_db), base_url="http://127.0.0.1:8000",
                    raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.mark.parametrize("route", ["/api/incidents", "/api/reports", "/api/findings"])
@pytest.mark.parametrize("query", ["offset=9223372036854775808", "offset=-1", "offset=1e3", "limit=0",
                                   "limit=99999999999999999999", "offset=abc"])
def test_integer_parameters_out_of_range_are_400(client: TestClient, route: str, query: str) -> None:
    response = client.get(f"{route}?{query}")
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["ok"] is False and body["status"] == 400 and ("offset" in body["error"] or "limit" in body["error"])


def test_a_large_but_valid_offset_is_an_empty_page(client: TestClient) -> None:
    response = client.get("/api/incidents?offset=1000000000")
    assert response.status_code == 200


def test_map_max_points_is_bounded(client: TestClient) -> None:
    assert client.get("/api/map?max_points=9223372036854775808").status_code == 400


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.1.evil.example", "", "[::2]"])
def test_foreign_host_headers_are_refused(client: TestClient, host: str) -> None:
    response = client.get("/api/status", headers={"Host": host})
    assert response.status_code == 400
    assert "Host header" in response.json()["error"] and "--allowed-host" in response.json()["hint"]
    assert client.get("/", headers={"Host": host}).status_code == 400


@pytest.mark.parametrize("host", ["127.0.0.1:8000", "localhost:8000", "LOCALHOST", "[::1]:8000", "127.0.0.1"])
def test_local_host_headers_are_served(client: TestClient, host: str) -> None:
    assert client.get("/api/status", headers={"Host": host}).status_code == 200


def test_allowed_host_and_wildcard_binding(demo_db: Path) -> None:
    with TestClient(create_app(demo_db, host="0.0.0.0", allowed_hosts=["monitor.example"]),
                    base_url="http://monitor.example") as proxied:
        assert proxied.get("/api/status").status_code == 200
        assert proxied.get("/api/status", headers={"Host": "192.168.1.20:8000"}).status_code == 200
        assert proxied.get("/api/status", headers={"Host": "rebind.example"}).status_code == 400
    assert host_name("[::1]:8000") == "::1" and host_name("Example.ORG.:80") == "example.org"
    assert host_allowed("10.0.0.5", "10.0.0.5", ()) and not host_allowed("localhost", "10.0.0.5", ())


@pytest.mark.parametrize("path", ["/", "/api/status", "/api/incidents?limit=1", "/static/dashboard.css",
                                  "/api/export/findings.csv"])
def test_head_on_get_routes(client: TestClient, path: str) -> None:
    got = client.get(path)
    head = client.head(path)
    assert head.status_code == 200 == got.status_code
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    # an export is streamed (no length known up front): HEAD answers as GET does, without one
    streamed = path.startswith("/api/export/")
    assert head.headers.get("content-length") == (None if streamed else str(len(got.content)))
    assert got.headers.get("content-length") == head.headers.get("content-length")


def test_other_methods_are_still_405(client: TestClient) -> None:
    response = client.post("/api/status")
    assert response.status_code == 405 and "read-only" in response.json()["error"]


def test_serve_get_uses_the_bound_host(demo_db: Path, client: TestClient) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(demo_db), "--get", "/api/status"])
    assert result.exit_code == 0 and '"schema_version"' in result.stdout
    exported = CliRunner().invoke(main, ["serve", "--db", str(demo_db), "--get", "/api/export/findings.csv"])
    assert exported.exit_code == 0 and exported.stdout == client.get("/api/export/findings.csv").text  # data as is


def test_lock_conflict_names_the_holder_and_what_to_do(tmp_path: Path) -> None:
    db = tmp_path / "locked.duckdb"
    api.init_store(db, load_shipped=False)
    # the holder keeps the store open until it is killed (it waits for its standard input to end), not for a
    # fixed time that a slow machine could outlast
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, sys; c = duckdb.connect({str(db)!r}, read_only=True); "
                               "print('open', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError) as caught:
            api.init_store(db, load_shipped=False)
        message = str(caught.value)
        assert f"PID {holder.pid} (" in message and "is in use by another process" in message
        assert "Ctrl-C where 'trucewatch serve' runs" in message
        result = CliRunner().invoke(main, ["ingest", "--db", str(db), str(tmp_path / "x.jsonl")])
        assert result.exit_code == 2 and f"PID {holder.pid}" in result.output
    finally:
        holder.kill()
        holder.communicate()
    api.init_store(db, load_shipped=False)  # free again once the holder is gone
