"""The Atom feed of changed findings: valid Atom (the elements RFC 4287 requires), filters, and a clear 400
for filters that could never match."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from tests.monitor.helpers import INCIDENT, store_with_days

from trucewatch.web import create_app

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = store_with_days(tmp_path_factory.mktemp("feed"))
    with TestClient(create_app(db), base_url="http://127.0.0.1", raise_server_exceptions=False) as test_client:
        yield test_client


def _feed(client: TestClient, query: str = "") -> ET.Element:
    response = client.get("/feeds/findings.atom" + query)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)


def test_the_feed_is_atom_with_one_entry_per_change_newest_first(client: TestClient) -> None:
    feed = _feed(client)
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated", "author"):
        assert feed.find(f"{ATOM}{required}") is not None, required
    assert feed.find(f"{ATOM}link[@rel='self']") is not None
    entries = feed.findall(f"{ATOM}entry")
    assert entries
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert len(set(ids)) == len(ids)
    for entry in entries:
        for required in ("id", "title", "updated", "summary"):
            assert entry.findtext(f"{ATOM}{required}"), required
    first = entries[0]
    assert "disputed" in (first.findtext(f"{ATOM}title") or "")  # the last run's changes come first
    assert first.find(f"{ATOM}link").get("href") == f"http://127.0.0.1/api/incidents/{INCIDENT}"  # type: ignore[union-attr]


def test_filters_narrow_the_feed(client: TestClient) -> None:
    feed = _feed(client, "?agreement=energy-moratorium-2025&reading=kremlin&party=RU&verdict=corroborated_violation")
    titles = [e.findtext(f"{ATOM}title") or "" for e in feed.findall(f"{ATOM}entry")]
    assert titles == [f"{INCIDENT}: alleged_violation → corroborated_violation "
                      "(energy-moratorium-2025 energy-strikes, kremlin reading)"]
    assert "verdict corroborated_violation" in (feed.findtext(f"{ATOM}title") or "")
    assert len(_feed(client, "?entries=1").findall(f"{ATOM}entry")) == 1
    assert _feed(client, "?party=UA").findall(f"{ATOM}entry") == []  # a party with no changes: an empty feed


@pytest.mark.parametrize(("query", "message"), [
    ("?agreement=no-such-truce", "no agreement 'no-such-truce'"),
    ("?reading=martian", "no reading 'martian'"),
    ("?agreement=easter-truce-2025&reading=us", "no reading 'us' of agreement 'easter-truce-2025'"),
    ("?party=XX", "no party 'XX'"),
    ("?verdict=guilty", "unknown verdict 'guilty'"),
    ("?entries=0", "entries"),
    ("?entries=lots", "entries"),
])
def test_nonsense_filters_are_a_clear_400(client: TestClient, query: str, message: str) -> None:
    response = client.get("/feeds/findings.atom" + query)
    assert response.status_code == 400
    assert message in response.json()["error"]


def test_history_api(client: TestClient) -> None:
    runs = client.get("/api/history/runs").json()
    assert [r["run_seq"] for r in runs] == [3, 2, 1]
    changes = client.get("/api/history/changes", params={"since": "#1", "verdict": "disputed"}).json()
    assert {c["verdict"] for c in changes["changes"]} == {"disputed"}
    history = client.get(f"/api/history/incidents/{INCIDENT}").json()
    moratorium = [c for c in history if c["agreement"] == "energy-moratorium-2025" and c["reading"] == "us"]
    assert [c["verdict"] for c in moratorium] == ["alleged_violation", "corroborated_violation", "disputed"]
    assert client.get("/api/history/incidents/inc:nothing").status_code == 404
    bad = client.get("/api/history/changes", params={"since": "#99"})
    assert bad.status_code == 404 and "no run #99" in bad.json()["error"]
