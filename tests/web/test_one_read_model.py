"""The CLI, the web API and the report read findings through one filter type and one CSV encoding: the same
question gets the same answer wherever it is asked."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from trucewatch.cli import main
from trucewatch.web import create_app

MORATORIUM = "energy-moratorium-2025"


@pytest.fixture(scope="module")
def client(demo_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(demo_db), base_url="http://127.0.0.1", raise_server_exceptions=False) as test_client:
        yield test_client


def _cli(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def _web_keys(client: TestClient, params: dict[str, str]) -> list[tuple[str, str, str, str]]:
    keys: list[tuple[str, str, str, str]] = []
    offset = 0
    while True:
        page = client.get("/api/findings", params={**params, "limit": "500", "offset": str(offset)}).json()
        keys += [(f["agreement"], f["clause"], f["reading"], f["incident"]) for f in page["items"]]
        offset += 500
        if offset >= page["total"]:
            return keys


@pytest.mark.parametrize("params", [
    {"party": "unknown"},
    {"party": "RU", "reading": "kremlin"},
    {"agreement": MORATORIUM, "verdict": "alleged_violation"},
    {"since": "2025-03-20", "until": "2025-03-20"},
    {"since": "2025-03-20T00:00:00", "until": "2025-03-21T06:00:00"},
], ids=["party-unknown", "party-reading", "verdict", "one-day", "date-times"])
def test_cli_and_web_return_the_same_findings(demo_db: Path, client: TestClient, params: dict[str, str]) -> None:
    args = [arg for key, value in params.items() for arg in (f"--{key}", value)]
    cli_rows = json.loads(_cli("findings", "--db", str(demo_db), "--format", "json", *args))
    web = _web_keys(client, params)
    assert cli_rows, "the filter should match some findings of the demo store"
    assert [(f["agreement"], f["clause"], f["reading"], f["incident"]) for f in cli_rows] == web


def test_party_unknown_is_an_incident_without_an_acting_party(demo_db: Path) -> None:
    rows = json.loads(_cli("findings", "--db", str(demo_db), "--party", "unknown", "--format", "json"))
    assert rows and all(row["actor"] is None for row in rows)


def test_findings_csv_is_one_encoding_from_the_cli_the_web_and_the_report(
        demo_db: Path, client: TestClient, tmp_path: Path) -> None:
    from trucewatch.report import build_report

    cli = _cli("findings", "--db", str(demo_db), "--agreement", MORATORIUM, "--format", "csv")
    web = client.get("/api/export/findings.csv", params={"agreement": MORATORIUM}).text
    build_report(demo_db, tmp_path, agreement=MORATORIUM)
    exported = sorted(tmp_path.glob("*findings*.csv"))
    assert cli == web
    assert exported and exported[0].read_text(encoding="utf-8") == cli
