"""95 % intervals beside the eval scores: the Wilson interval of a share, the bootstrap interval of an F1, and the
evals printing them for every share they score."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from trucewatch.nlp.evaluate_cir import CIR_COLUMNS, eval_cir
from trucewatch.nlp.intervals import bootstrap_f1, micro_f1, wilson


@pytest.mark.parametrize(("right", "n", "expected"), [
    (5, 10, [0.2366, 0.7634]),  # the textbook values
    (0, 10, [0.0, 0.2775]),  # none right still leaves room above
    (10, 10, [0.7225, 1.0]),  # all right on 10 is no proof of 1.0
    (48, 57, [0.7264, 0.9146]),
])
def test_wilson_interval(right: int, n: int, expected: list[float]) -> None:
    assert wilson(right, n) == expected


def test_wilson_narrows_as_the_sample_grows() -> None:
    small, large = wilson(8, 10), wilson(800, 1000)
    assert small is not None and large is not None
    assert small[0] < large[0] < 0.8 < large[1] < small[1]


def test_wilson_without_a_sample_and_with_impossible_counts() -> None:
    assert wilson(0, 0) is None
    with pytest.raises(ValueError, match="between 0 and n"):
        wilson(11, 10)
    with pytest.raises(ValueError, match="between 0 and n"):
        wilson(-1, 10)


def test_bootstrap_f1_holds_the_score_and_repeats_itself() -> None:
    # 60 posts: 40 with one region found, 10 with a region missed, 10 with a region too many
    items = [(1, 1, 1)] * 40 + [(0, 0, 1)] * 10 + [(0, 1, 0)] * 10
    score = micro_f1(items)
    interval = bootstrap_f1(items)
    assert score == pytest.approx(0.8)
    assert interval is not None and interval[0] < score < interval[1]
    assert bootstrap_f1(items) == interval  # a fixed seed: the same file, the same interval
    assert interval[1] - interval[0] > 0.1  # 60 posts do not pin an F1 to a few hundredths


def test_bootstrap_of_a_perfect_sample_is_no_certainty() -> None:
    interval = bootstrap_f1([(1, 1, 1)] * 20)
    assert interval is not None and interval[1] == 1.0 and interval[0] < 0.9


def test_bootstrap_without_anything_to_score() -> None:
    assert bootstrap_f1([]) is None
    assert bootstrap_f1([(0, 0, 0)] * 5) is None  # nothing predicted, nothing expected: no F1


def test_eval_cir_prints_an_interval_for_each_share(tmp_path: Path) -> None:
    path = tmp_path / "cir.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(CIR_COLUMNS))
        writer.writeheader()
        for entry in range(1, 5):
            writer.writerow({"entry": str(entry), "title": "Shelling of a school in Kramatorsk",
                             "brief description": "", "lat": 48.7389, "lon": 37.5848, "country": "Ukraine",
                             "province": "Donetsk Oblast", "town/city": "Kramatorsk"})
    scores = eval_cir(path)
    intervals = scores["intervals_95"]
    assert set(intervals) >= {"with_report", "named_town_within_10km", "over_100km"}
    assert intervals["with_report"] == wilson(4, 4)
    low, high = intervals["named_town_within_10km"]
    assert low <= scores["named_town_within_10km"] <= high
    json.dumps(scores)  # printable as the CLI prints it
