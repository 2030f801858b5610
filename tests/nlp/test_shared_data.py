"""Development scores on the real data in ../shared/data (skipped where it is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from trucewatch.api.text import eval_acled, eval_case

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"
pytestmark = [pytest.mark.shared_data, pytest.mark.slow]


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"needs the shared data file {path} (not present here)")
    return path


def test_acled_dev_half_scores_hold() -> None:
    scores = eval_acled(_need(DATA / "acled_ukraine_sample" / "acled_ukraine_sample.csv"))
    # floors a little under the measured development scores (docs/extraction.md), to catch regressions
    assert scores["n"] == 510
    assert scores["admin1_accuracy"] >= 0.97
    assert scores["sub_event_type_accuracy"] >= 0.95
    assert scores["side_accuracy"] >= 0.95
    assert scores["date_accuracy"] >= 0.98
    assert scores["within_10km"] >= 0.89
    assert scores["within_25km"] >= 0.90


@pytest.mark.parametrize("half", ["tuning", "check"])
def test_acled_both_halves_place_villages(half: str) -> None:
    # the village-level gazetteer's floors, on each half of the development split (docs/extraction.md)
    scores = eval_acled(_need(DATA / "acled_ukraine_sample" / "acled_ukraine_sample.csv"), half=half)
    assert scores["half"] == half and scores["n"] > 240
    assert scores["within_10km"] >= 0.89
    assert scores["admin1_accuracy"] >= 0.975


def test_case_dev_half_scores_hold() -> None:
    scores = eval_case(_need(DATA / "case2021_task2" / "test_set_final_release_with_labels.tsv"))
    assert scores["n"] == 480
    assert scores["method"].endswith("cross-validation")
    assert scores["accuracy"] >= 0.60 and scores["macro_f1"] >= 0.50
    assert scores["rules_accuracy"] >= 0.44
    # the learned classifier must clearly beat the rules it is given as one feature
    assert scores["accuracy"] > scores["rules_accuracy"] + 0.1
