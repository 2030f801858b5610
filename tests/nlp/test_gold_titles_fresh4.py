"""A fourth fresh batch of monitor-map titles (gold_titles/cir_fresh4.csv, written for the project; see the README of
gold_titles): the ordinary mix of 2022's map (cities with districts and landmarks, towns and villages with shared
names, region-only and road rows, a few tempting false names, no-event rows). Read by half: only its tuning half is
read for fixes (docs/extraction-rounds.md, round 44). The floors sit just under its first score (main 748bd7d,
extractor 36)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from trucewatch.api.text import eval_cir

BATCH = Path(__file__).parent / "gold_titles" / "cir_fresh4.csv"
ROWS: list[dict[str, str]] = list(csv.DictReader(BATCH.open(encoding="utf-8", newline="")))
NO_EVENT = [row for row in ROWS if not row["lat"]]

# first score (extractor 36): with a report 0.8667, named town within 10 km 0.8917 (of 120), admin1 0.9037,
# within 10 km 0.74, over 100 km 0.016
FLOORS = {"with_report": 0.86, "named_town_within_10km": 0.88, "admin1_accuracy": 0.90, "within_10km": 0.73}
CEILINGS = {"over_100km": 0.02}


@pytest.fixture(scope="module")
def scores() -> dict[str, Any]:
    return eval_cir(BATCH)


def test_the_batch_has_the_forms_it_was_written_for() -> None:
    assert len(ROWS) == 150 and len({row["entry"] for row in ROWS}) == 150
    assert len(NO_EVENT) == 15
    assert {row["country"] for row in ROWS if row["lat"]} == {"Ukraine", "Russia"}
    assert sum(1 for row in ROWS if row["lat"] and row["town/city"]) == 120
    for row in ROWS:
        assert row["title"][:10].count("/") == 2, row["entry"]  # a DD/MM/YYYY date heads every title
        if row["lat"]:
            lat, lon = float(row["lat"]), float(row["lon"])
            assert 44 <= lat <= 54 and 22 <= lon <= 41 and row["province"], row["entry"]


def test_the_batch_scores_hold_their_floors(scores: dict[str, Any]) -> None:
    assert scores["n"] == 150 and scores["named_town_n"] == 120
    for key, floor in FLOORS.items():
        assert scores[key] >= floor, (key, scores[key])
    for key, ceiling in CEILINGS.items():
        assert scores[key] <= ceiling, (key, scores[key])
