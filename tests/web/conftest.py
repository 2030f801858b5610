"""Stores for the web and report tests: the demo store plus hand-written reports that try to inject HTML."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trucewatch import api
from trucewatch.report import ReportResult, build_report

HOSTILE_TEXT = "<img src=x onerror=alert(1)>"
HOSTILE_INCIDENT = "inc:hostile-0320-kharkiv"
HOSTILE_REPORTS = [
    {
        "id": "hostile-0320-kharkiv",
        "source": {"name": "<b>Bold Source</b>", "url": "javascript:alert(2)", "kind": "social",
                   "published_at": "2025-03-20T09:00:00+02:00"},
        "claimant": "UA", "stance": "alleges", "actor": "RU",
        "occurred": {"start": "2025-03-20T03:00", "end": "2025-03-20T04:00", "tz": "Europe/Kyiv"},
        "location": {"name": "Kharkiv <script>alert(3)</script>", "country": "UA", "lat": 49.99, "lon": 36.23},
        "target": {"category": "energy.transmission.substation", "name": "<i>substation</i>"},
        "weapon": "drone", "outcome": "hit",
        "text": HOSTILE_TEXT,
    },
    {
        "id": "hostile-0320-kharkiv-echo",
        "source": {"name": "Echo Monitor", "url": "https://example.org/echo?a=1&b=<2>", "kind": "monitor",
                   "published_at": "2025-03-20T12:00:00+02:00"},
        "stance": "reports", "actor": "RU", "relates_to": "hostile-0320-kharkiv",
        "text": "=HYPERLINK(\"http://evil.example\") and </script><script>alert(4)</script>",
    },
]


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped demo store plus the hostile reports, assessed."""
    folder = tmp_path_factory.mktemp("demo")
    db = Path(api.demo(folder)["db"])
    hostile = folder / "hostile.jsonl"
    hostile.write_text("".join(json.dumps(r) + "\n" for r in HOSTILE_REPORTS), encoding="utf-8")
    api.ingest(db, [hostile], strict=True)
    api.assess(db)
    return db


@pytest.fixture(scope="session")
def demo_report(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> ReportResult:
    """The report of ``demo_db`` with its exports, built once with the defaults: the tests only read it."""
    return build_report(demo_db, tmp_path_factory.mktemp("demo-report"))
