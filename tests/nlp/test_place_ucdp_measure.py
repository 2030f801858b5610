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


DESCRIPTION_FIELDS = (*FIELDS, "where_description", "date_start")


def test_descriptions_are_read_in_one_carrier_sentence_on_the_rows_day() -> None:
    text = _script().description_text
    assert text({"where_description": "near Debaltseve", "date_start": "2015-01-20"}) == (
        "On 20 January 2015, shelling was reported near Debaltseve.")
    assert text({"where_description": "Donetsk town.", "date_start": "2016-05-01 00:00:00.000"}) == (
        "On 1 May 2016, shelling was reported in Donetsk town.")
    assert text({"where_description": "the village of  Shyrokyne", "date_start": "not a date"}) == (
        "Shelling was reported in the village of Shyrokyne.")
    assert text({"where_description": " ", "date_start": "2016-05-01"}) == ""


def test_measure_reads_the_place_descriptions_when_asked(tmp_path: Path) -> None:
    tuning = _ids("tuning", 3)
    rows = [
        # a headline naming no place, a description naming the right one: placed only by the description
        {"id": tuning[0], "source_headline": "Soldier killed in the east", "where_prec": "1",
         "where_coordinates": "Avdiivka town", "adm_1": "Donetsk oblast", "latitude": "48.139",
         "longitude": "37.743", "where_description": "near Avdiivka, Donetsk region", "date_start": "2017-02-01"},
        # a description naming a place far from the row's point
        {"id": tuning[1], "source_headline": "Soldier killed in the east", "where_prec": "2",
         "where_coordinates": "Kharkiv city", "adm_1": "Kharkiv oblast", "latitude": "49.99", "longitude": "36.23",
         "where_description": "in Avdiivka", "date_start": "2017-02-01"},
        # no description: not measured on that field
        {"id": tuning[2], "source_headline": "Shelling of Avdiivka", "where_prec": "1",
         "where_coordinates": "Avdiivka town", "adm_1": "Donetsk oblast", "latitude": "48.139",
         "longitude": "37.743", "where_description": "", "date_start": "2017-02-01"},
    ]
    path = tmp_path / "ucdp.csv"
    write_rows(path, DESCRIPTION_FIELDS, rows)
    result = _script().measure(path, "tuning", field="where_description")
    assert result["field"] == "where_description"
    assert (result["n"], result["placed"]) == (2, 2)
    assert (result["within_10km"], result["over_100km"]) == (0.5, 0.5)
    headlines = _script().measure(path, "tuning")
    assert "field" not in headlines and headlines["n"] == 3 and headlines["placed"] == 1
    with pytest.raises(ValueError, match="field must be one of"):
        _script().measure(path, "tuning", field="notes")
