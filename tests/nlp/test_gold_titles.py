"""A fresh batch of monitor-map titles (gold_titles/cir_fresh.csv, written for the project; see its README),
scored as a whole by `trucewatch eval cir`. The batch was scored once before the fixes it led to
(docs/extraction-rounds.md, "A fresh batch of monitor-map titles"); the floors sit just under the scores after them."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from trucewatch.api.text import eval_cir

BATCH = Path(__file__).parent / "gold_titles" / "cir_fresh.csv"
ROWS: list[dict[str, str]] = list(csv.DictReader(BATCH.open(encoding="utf-8", newline="")))
# rows that report no event carry no point; rows whose place is only a region carry its centre and no town
NO_EVENT = [number for number, row in enumerate(ROWS, start=2) if not row["lat"]]
REGION_ONLY = [row for row in ROWS if row["lat"] and not row["town/city"]]

# after the fixes: with a report 0.875 (105 of 105 event rows, none of the 15 others), within 10 km 0.875 (every
# located row), named town within 10 km 1.0 (95 of 95), over 100 km 0.0, admin1 1.0, country 1.0; before them
# 0.8583, 0.8417, 0.9579, 0.0098, 0.98, 0.9333
FLOORS = {"with_report": 0.86, "within_10km": 0.86, "named_town_within_10km": 0.98, "admin1_accuracy": 0.98,
          "country_accuracy": 0.98}
CEILINGS = {"over_100km": 0.01}


@pytest.fixture(scope="module")
def scores() -> dict[str, Any]:
    return eval_cir(BATCH)


def test_the_batch_has_the_forms_it_was_written_for() -> None:
    assert len(ROWS) == 120
    assert len({row["entry"] for row in ROWS}) == len(ROWS)
    assert len(NO_EVENT) == 15 and len(REGION_ONLY) == 10
    countries = {row["country"] for row in ROWS if row["lat"]}
    assert countries == {"Ukraine", "Russia", "Belarus"}
    for row in ROWS:
        assert row["title"][:10].count("/") == 2, row["entry"]  # a DD/MM/YYYY date heads every title
        if row["lat"]:
            lat, lon = float(row["lat"]), float(row["lon"])
            assert 44 <= lat <= 54 and 22 <= lon <= 41 and row["province"], row["entry"]


def test_the_batch_scores_hold_their_floors(scores: dict[str, Any]) -> None:
    assert scores["n"] == 120 and scores["named_town_n"] == 95
    for key, floor in FLOORS.items():
        assert scores[key] >= floor, (key, scores[key])
    for key, ceiling in CEILINGS.items():
        assert scores[key] <= ceiling, (key, scores[key])


def test_rows_that_report_no_event_stay_silent_and_event_rows_do_not(scores: dict[str, Any]) -> None:
    silent = {row["line"] for row in scores["_silent"]}
    assert len(silent & set(NO_EVENT)) >= 14
    assert len(silent - set(NO_EVENT)) <= 1
