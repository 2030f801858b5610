"""The UCDP headline measure (scripts/measure_ucdp_places.py) on a small file written for the test."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from .ucdp_scripts import ids_of_half, load_script, write_rows

FIELDS = ("id", "source_headline", "where_prec", "where_coordinates", "adm_1", "latitude", "longitude")


def _script() -> ModuleType:
    return load_script("measure_ucdp_places")


def _ids(half: str, count: int) -> list[str]:
    return ids_of_half(half, count)


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    write_rows(path, FIELDS, rows)


def test_measure_scores_placed_rows_of_one_half(tmp_path: Path) -> None:
    tuning, check = _ids("tuning", 4), _ids("check", 1)
    rows = [
        # placed at the gold point
        {"id": tuning[0], "source_headline": "Two civilians killed in shelling of Avdiivka;Shelling in Avdiivka",
         "where_prec": "1", "where_coordinates": "Avdiivka town", "adm_1": "Donetsk oblast",
         "latitude": "48.139", "longitude": "37.743"},
        # placed more than 100 km from the gold point
        {"id": tuning[1], "source_headline": "Two civilians killed in shelling of Avdiivka",
         "where_prec": "2", "where_coordinates": "Kharkiv city", "adm_1": "Kharkiv oblast",
         "latitude": "49.99", "longitude": "36.23"},
        # not placed
        {"id": tuning[2], "source_headline": "Soldier killed in the east", "where_prec": "1",
         "where_coordinates": "x", "adm_1": "", "latitude": "48.0", "longitude": "37.8"},
        # a coarse point: not measured
        {"id": tuning[3], "source_headline": "Two civilians killed in shelling of Avdiivka", "where_prec": "4",
         "where_coordinates": "x", "adm_1": "", "latitude": "48.0", "longitude": "37.8"},
        # the other half: not read
        {"id": check[0], "source_headline": "Two civilians killed in shelling of Avdiivka", "where_prec": "1",
         "where_coordinates": "x", "adm_1": "", "latitude": "48.0", "longitude": "37.8"},
    ]
    path = tmp_path / "ucdp.csv"
    _write(path, rows)
    result = _script().measure(path, "tuning", with_rows=True)
    assert result["n"] == 3
    assert result["placed"] == 2
    assert result["within_10km"] == 0.5
    assert result["over_100km"] == 0.5
    assert result["over_100km_at_a_settlement"] == 0.5
    assert [row["id"] for row in result["rows"]] == [tuning[1]]


def test_missing_file_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _script().main(["--file", str(tmp_path / "none.csv")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_main_prints_one_json_object(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ucdp.csv"
    _write(path, [])
    assert _script().main(["--file", str(path), "--half", "tuning"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "half": "tuning", "n": 0, "with_place": 0.0, "within_10km": 0.0, "within_25km": 0.0, "over_100km": 0.0,
        "over_100km_at_a_settlement": 0.0, "within_precision": 0.0, "placed": 0}
