"""A small store written by hand for the CLI's times: one agreement in Kyiv time whose window spans the
clock change of 2025-03-30 (UTC+2 before, UTC+3 after), with a prohibition and an obligation, reports dated
by the local day, over several days, to the minute, a tally and a late prisoner exchange; and the same store
with a second agreement in a half-hour zone (Asia/Kolkata, UTC+5:30)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from trucewatch import api

CITE = "citations: [{source: Test, date: 2025-03-24, paraphrase: Written for the tests.}]"


def agreement_yaml(agreement_id: str, tz: str) -> str:
    return f"""id: {agreement_id}
title: Test pause in {tz}
parties:
  - {{id: RU, name: Russia}}
  - {{id: UA, name: Ukraine}}
window: {{tz: {tz}, start: 2025-03-25T00:00, end: 2025-04-01}}
{CITE}
clauses:
  - id: no-strikes
    kind: prohibition
    title: No hostilities
    acts: [hostilities]
    bound_parties: [RU, UA]
    {CITE}
  - id: exchange
    kind: obligation
    title: An exchange of prisoners
    acts: [prisoner_exchange]
    bound_parties: [RU, UA]
    deadline: 2025-03-27
    {CITE}
readings:
  - id: agreed
    name: As agreed
    {CITE}
"""


def report(report_id: str, occurred: dict[str, str], **extra: object) -> dict[str, object]:
    row: dict[str, object] = {
        "id": report_id, "source": {"name": "Test wire", "kind": "media", "published_at": "2025-04-01T12:00:00Z"},
        "stance": "reports", "actor": "RU", "event": "strike", "occurred": occurred,
        "location": {"country": "UA"}, "target": {"category": "energy"}, "text": report_id,
    }
    row.update(extra)
    return row


REPORTS = [
    # a whole local day; the 23-hour day of the clock change; three whole days across it; minutes
    report("r-day", {"start": "2025-03-26", "tz": "Europe/Kyiv"}),
    report("r-dst", {"start": "2025-03-30", "tz": "Europe/Kyiv"}),
    report("r-span", {"start": "2025-03-29", "end": "2025-03-31", "tz": "Europe/Kyiv"}, actor="UA",
           location={"country": "RU"}, target={"category": "military"}),
    report("r-exact", {"start": "2025-03-27T02:30", "end": "2025-03-27T04:00", "tz": "Europe/Kyiv"}),
    # after the window closes: outside what the agreement can concern
    report("r-late", {"start": "2025-04-10", "tz": "Europe/Kyiv"}),
    # a whole day in India
    report("r-india", {"start": "2025-03-28", "tz": "Asia/Kolkata"}, location={"country": "IN"}),
    # a tally, kept apart from incidents
    report("r-tally", {"start": "2025-03-28", "tz": "Europe/Kyiv"}, aggregate=True, count=100),
    # the exchange comes two days after its deadline (the end of 2025-03-27, Kyiv time)
    {"id": "r-exchange", "source": {"name": "Test wire", "kind": "media"}, "stance": "reports",
     "event": "prisoner_exchange", "occurred": {"start": "2025-03-29T15:00", "tz": "Europe/Kyiv"},
     "text": "An exchange."},
]


@pytest.fixture(scope="package")
def kyiv_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The store with the Kyiv agreement only, assessed."""
    folder = tmp_path_factory.mktemp("times")
    db = folder / "times.duckdb"
    api.init_store(db, load_shipped=False)
    terms = folder / "kyiv-pause.yaml"
    terms.write_text(agreement_yaml("kyiv-pause", "Europe/Kyiv"), encoding="utf-8")
    api.load_agreements(db, [terms])
    reports = folder / "reports.jsonl"
    reports.write_text("".join(json.dumps(r) + "\n" for r in REPORTS), encoding="utf-8")
    api.ingest(db, [reports], strict=True, embed=False)
    api.assess(db)
    return db


@pytest.fixture(scope="package")
def two_zone_db(kyiv_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same store with a second agreement in Asia/Kolkata: no one zone is the store's."""
    folder = tmp_path_factory.mktemp("two-zones")
    db = folder / "two.duckdb"
    shutil.copyfile(kyiv_db, db)
    terms = folder / "india-pause.yaml"
    terms.write_text(agreement_yaml("india-pause", "Asia/Kolkata"), encoding="utf-8")
    api.load_agreements(db, [terms])
    api.assess(db)
    return db
