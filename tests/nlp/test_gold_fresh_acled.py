"""Fresh batches of ACLED-style rows written for the project after the code (gold_acled/README.md): an event coder's
notes with the gold coding, read by half: only a batch's tuning half is read for fixes (docs/extraction-rounds.md,
rounds 43 and 44), and its floors sit just under its first score, taken before any change it led to.

- acled_fresh1.csv: villages whose names other Ukrainian places share, Russia's border regions and cities (first score
  with extractor 35, main 651a14c);
- acled_fresh2.csv: notes of 2022-2024 with the spread of ACLED's Ukraine rows, mostly villages whose names at least
  three Ukrainian places share (first score with extractor 36, main 748bd7d);
- acled_fresh3.csv: notes of 2022-2024, 35 % in Donetsk and 15 % in Russia's border regions, in many phrasings
  (passive voice, the source first, raions in brackets, "in the X direction", cross-border fire from a named place;
  first score with extractor 36, main 9cf7245);
- acled_fresh4.csv: notes of 2022-2024 mirroring ACLED's Ukraine rows of 2022-2023 (35 % Donetsk, 8 % Russia's border
  regions), mostly small villages with shared names spelled as GeoNames and coders do, raions old and new in brackets,
  "near X", second places that are not the event's (first score with extractor 36, main 6af89c0);
- acled_fresh5.csv: notes of 2023-2025 (35 % Donetsk, 8 % Russia's border regions), half at shared village names,
  raions in brackets, "about N km north-east of X" second places, "near"/"in the area of"; built from hand-written
  templates by a seeded script, so its forms repeat (first score with extractor 37, main 78a0b46);
- acled_fresh6.csv: notes of 2023-2025 written by hand one at a time (37 % Donetsk, 7 % Russia's border regions), 87
  of 186 Ukrainian rows at shared names, raions in brackets, named sources, second places that are not the event's
  (first score with extractor 37, main c4c4f8b);
- acled_fresh7.csv: 150 notes of 2023-2025 from about 45 sentence forms filled by a script (44 % Donetsk, 13 %
  Russia's border regions), every Ukrainian village at a shared name with raion and oblast in brackets, origin and
  target villages, "N km <direction> of X", storm and retaking attempts, Russian-style spellings (first score with
  extractor 37, main 0214de9, after 15 raions and 3 oblasts the writer set by the nearest raion centre were
  corrected to the gazetteer's);
- acled_fresh8.csv: 150 notes of 2023-2025 written one by one by hand (no sentence forms), 100 front-line and border
  villages (86 at a shared name; the raion, a hromada, a nearby town or only the oblast), 25 Ukrainian cities and
  towns, 25 rows in Russia (Belgorod, Kursk, Bryansk, Voronezh, Krasnodar, Rostov), about 58 notes placing the event
  from a second settlement; held out: scored once with extractor 56, main 46c3324, not read)."""

from __future__ import annotations

import csv
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from trucewatch.api.text import eval_acled

GOLD = Path(__file__).parent / "gold_acled"
# first scores: acled_fresh1 admin1 1.0, within 10 km 0.80, within 25 km 0.835, within the stated precision 0.94,
# sub-event type 0.815, side 0.985, date 0.93, every row with a report; acled_fresh2 0.99, 0.655, 0.67, 0.8434, 0.905,
# 0.935, 0.995, one row (an announced evacuation) without one; acled_fresh3 0.995, 0.965, 0.985, 0.975, 0.835, 0.955,
# 1.0, every row with a report; acled_fresh4 0.94, 0.76, 0.775, 0.883, 0.955, 0.995, 1.0, every row with a report;
# acled_fresh5 1.0, 0.915, 0.945, 0.97, 0.945, 1.0, 1.0, every row with a report; acled_fresh6 0.94, 0.885, 0.895,
# 0.9418, 0.92, 0.935, 1.0, every row with a report; acled_fresh7 (150 rows) 0.8867, 0.7667, 0.7933, 0.777, 0.9133,
# 0.82, 0.9533, 7 rows without one; acled_fresh8 (150 rows, held out) 0.9867, 0.9733, 0.9867, 0.9933, 0.9067, 0.9733,
# 0.9467, 1 row without one
BATCHES: dict[str, tuple[dict[str, float], Counter[str], int]] = {
    # (date raised 2026-12-05: a night is dated by the day it ends, as the writers coded it; 0.93 -> 1.0)
    "acled_fresh1": ({"admin1_accuracy": 0.99, "within_10km": 0.79, "within_25km": 0.83, "within_precision": 0.93,
                      "sub_event_type_accuracy": 0.81, "side_accuracy": 0.98, "date_accuracy": 0.99},
                     Counter({"Ukraine": 170, "Russia": 30}), 0),
    "acled_fresh2": ({"admin1_accuracy": 0.98, "within_10km": 0.645, "within_25km": 0.66, "within_precision": 0.83,
                      "sub_event_type_accuracy": 0.895, "side_accuracy": 0.925, "date_accuracy": 0.985},
                     Counter({"Ukraine": 200}), 1),
    "acled_fresh3": ({"admin1_accuracy": 0.99, "within_10km": 0.96, "within_25km": 0.98, "within_precision": 0.97,
                      "sub_event_type_accuracy": 0.83, "side_accuracy": 0.95, "date_accuracy": 0.99},
                     Counter({"Ukraine": 170, "Russia": 30}), 0),
    "acled_fresh4": ({"admin1_accuracy": 0.93, "within_10km": 0.75, "within_25km": 0.765, "within_precision": 0.875,
                      "sub_event_type_accuracy": 0.945, "side_accuracy": 0.99, "date_accuracy": 0.99},
                     Counter({"Ukraine": 184, "Russia": 16}), 0),
    "acled_fresh5": ({"admin1_accuracy": 0.99, "within_10km": 0.905, "within_25km": 0.935, "within_precision": 0.96,
                      "sub_event_type_accuracy": 0.935, "side_accuracy": 0.99, "date_accuracy": 0.99},
                     Counter({"Ukraine": 184, "Russia": 16}), 0),
    "acled_fresh6": ({"admin1_accuracy": 0.935, "within_10km": 0.88, "within_25km": 0.89, "within_precision": 0.935,
                      "sub_event_type_accuracy": 0.915, "side_accuracy": 0.93, "date_accuracy": 0.99},
                     Counter({"Ukraine": 186, "Russia": 14}), 0),
    # raised after round 50 (0.98, 0.9067, 0.9333, 0.8716, 0.96, 0.8667, 1.0, every row with a report)
    "acled_fresh7": ({"admin1_accuracy": 0.975, "within_10km": 0.90, "within_25km": 0.93, "within_precision": 0.87,
                      "sub_event_type_accuracy": 0.955, "side_accuracy": 0.865, "date_accuracy": 0.995},
                     Counter({"Ukraine": 130, "Russia": 20}), 0),
    # (after its tuning half was read, extractor 58, and nights dated by the day they end: admin1 0.9933, within 25 km
    # 0.9933, date 1.0, every row with a report)
    "acled_fresh8": ({"admin1_accuracy": 0.99, "within_10km": 0.975, "within_25km": 0.99, "within_precision": 0.99,
                      "sub_event_type_accuracy": 0.9, "side_accuracy": 0.97, "date_accuracy": 0.99},
                     Counter({"Ukraine": 125, "Russia": 25}), 0),
}
ROWS = {"acled_fresh7": 150, "acled_fresh8": 150}  # 200 in the other batches


def _rows(batch: str) -> list[dict[str, str]]:
    with (GOLD / f"{batch}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def _scores(batch: str) -> dict[str, Any]:
    return eval_acled(GOLD / f"{batch}.csv")


@pytest.mark.parametrize("batch", sorted(BATCHES))
def test_the_batch_has_the_forms_it_was_written_for(batch: str) -> None:
    rows = _rows(batch)
    size = ROWS.get(batch, 200)
    assert len(rows) == size and len({row["event_id_cnty"] for row in rows}) == size
    assert Counter(row["country"] for row in rows) == BATCHES[batch][1]
    for row in rows:
        assert row["location"] in row["notes"], row["event_id_cnty"]
        lat, lon = float(row["latitude"]), float(row["longitude"])
        assert 44 <= lat <= 54 and 22 <= lon <= 41, row["event_id_cnty"]


@pytest.mark.parametrize("batch", sorted(BATCHES))
def test_the_batch_scores_hold_their_floors(batch: str) -> None:
    scores = _scores(batch)
    floors, _, without_report = BATCHES[batch]
    assert scores["n"] == ROWS.get(batch, 200) and scores["without_report"] <= without_report
    for key, floor in floors.items():
        assert scores[key] >= floor, (key, scores[key])
