"""A second fresh batch of ACLED-style rows (gold_acled/acled_fresh2.csv, written for the project; see the README of
gold_acled): an event coder's notes of 2022-2024 with the spread of ACLED's Ukraine rows, mostly villages whose names
at least three Ukrainian places share, with the gold coding. Read by half: only its tuning half is read for fixes
(docs/extraction-rounds.md, round 44). The floors sit just under its first score (main 748bd7d, extractor 36)."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from trucewatch.api.text import eval_acled

BATCH = Path(__file__).parent / "gold_acled" / "acled_fresh2.csv"
ROWS: list[dict[str, str]] = list(csv.DictReader(BATCH.open(encoding="utf-8", newline="")))

# first score (extractor 36): admin1 0.99, within 10 km 0.655, within 25 km 0.67, within the stated precision
# 0.8434, sub-event type 0.905, side 0.935, date 0.995, one row without a report
FLOORS = {"admin1_accuracy": 0.98, "within_10km": 0.645, "within_25km": 0.66, "within_precision": 0.83,
          "sub_event_type_accuracy": 0.895, "side_accuracy": 0.925, "date_accuracy": 0.985}


@pytest.fixture(scope="module")
def scores() -> dict[str, Any]:
    return eval_acled(BATCH)


def test_the_batch_has_the_forms_it_was_written_for() -> None:
    assert len(ROWS) == 200 and len({row["event_id_cnty"] for row in ROWS}) == 200
    assert Counter(row["country"] for row in ROWS) == {"Ukraine": 200}
    for row in ROWS:
        assert row["location"] in row["notes"], row["event_id_cnty"]
        lat, lon = float(row["latitude"]), float(row["longitude"])
        assert 44 <= lat <= 54 and 22 <= lon <= 41, row["event_id_cnty"]


def test_the_batch_scores_hold_their_floors(scores: dict[str, Any]) -> None:
    assert scores["n"] == 200 and scores["without_report"] <= 1
    for key, floor in FLOORS.items():
        assert scores[key] >= floor, (key, scores[key])
