"""Hand-written reports of one strike told over three days: an allegation, then independent media, then a
denial by the accused side (alleged -> corroborated -> disputed)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from trucewatch import api

INCIDENT = "inc:a1"


def report(report_id: str, source: str, aligned: str | None, kind: str, stance: str = "reports",
           **fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": report_id,
        "source": {"name": source, "kind": kind, "aligned_with": aligned, "published_at": "2025-03-20T09:00:00+02:00"},
        "stance": stance, "actor": "RU", "event": "strike", "weapon": "drone", "outcome": "hit",
        "occurred": {"start": "2025-03-20T03:00", "end": "2025-03-20T04:00", "tz": "Europe/Kyiv"},
        "location": {"name": "Kharkiv", "country": "UA", "lat": 49.99, "lon": 36.23, "precision_km": 2},
        "target": {"category": "energy.transmission.substation"},
    }
    data.update(fields)
    return data


DAYS: list[list[dict[str, Any]]] = [
    [report("a1", "Kharkiv regional administration", "UA", "official", "alleges")],
    [report("a2", "Reuters", None, "media"), report("a3", "AP", None, "media")],
    [{"id": "a4", "source": {"name": "Russian Ministry of Defence", "kind": "official", "aligned_with": "RU",
                             "published_at": "2025-03-20T12:00:00+03:00"},
      "claimant": "RU", "stance": "denies", "actor": "RU", "relates_to": "a1"}],
]


def write_reports(path: Path, reports: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in reports), encoding="utf-8")
    return path


def store_with_days(folder: Path, days: int = 3) -> Path:
    """A store after ``days`` daily ingests, each followed by an assess."""
    db = folder / "history.duckdb"
    api.init_store(db)
    for number, reports in enumerate(DAYS[:days], start=1):
        api.ingest(db, [write_reports(folder / f"day{number}.jsonl", reports)], embed=False)
        api.assess(db)
    return db
