"""The namesake measure on notes built from UCDP rows (scripts/measure_ucdp_namesakes.py), on a small file written
for the test."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from .ucdp_scripts import ids_of_half, load_script, write_rows

FIELDS = ("id", "date_start", "where_prec", "where_coordinates", "adm_1", "adm_2", "latitude", "longitude")


def _script() -> ModuleType:
    return load_script("measure_ucdp_namesakes")


def _ids(half: str, count: int) -> list[str]:
    return ids_of_half(half, count)


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    write_rows(path, FIELDS, rows)


def _row(ident: str, where: str, lat: str, lon: str, *, day: str = "2017-03-05", prec: str = "1",
         oblast: str = "Donetsk oblast", raion: str = "Yasynuvata raion") -> dict[str, str]:
    return {"id": ident, "date_start": day, "where_prec": prec, "where_coordinates": where, "adm_1": oblast,
            "adm_2": raion, "latitude": lat, "longitude": lon}


def test_notes_give_the_settlement_with_only_the_admin_context_of_the_row() -> None:
    script = _script()
    notes = script.notes(_row("1", "Vodiane village", "48.095", "37.671"))
    assert notes == {"name": "On 5 March 2017, shelling hit Vodiane.",
                     "oblast": "On 5 March 2017, shelling hit Vodiane, Donetsk.",
                     "raion": "On 5 March 2017, shelling hit Vodiane, Yasynuvata raion, Donetsk oblast."}
    # a city's municipality is no raion: the raion form then names the oblast alone
    assert script.notes(_row("1", "Avdiivka town", "48.14", "37.75", raion="Avdiivka city municipality"))[
        "raion"] == "On 5 March 2017, shelling hit Avdiivka, Donetsk oblast."
    # no settlement, no oblast, no day: no note
    assert script.notes(_row("1", "Donetsk International airport", "48.07", "37.74")) is None
    assert script.notes(_row("1", "Vodiane village", "48.095", "37.671", oblast="")) is None
    assert script.notes(_row("1", "Vodiane village", "48.095", "37.671", day="sometime")) is None


def test_measure_scores_one_half_one_row_per_name_and_month(tmp_path: Path) -> None:
    tuning, check = _ids("tuning", 4), _ids("check", 1)
    rows = [
        # 2023: on the moving lines of 2022 on the line does not tell the namesakes apart (on the Minsk line it does)
        _row(tuning[0], "Vodiane village", "48.095", "37.671", day="2023-03-05"),
        _row(tuning[1], "Vodiane village", "48.095", "37.671", day="2023-03-20"),  # the same month: not again
        _row(tuning[2], "Vodiane village", "48.095", "37.671", prec="4"),  # a coarse point: not measured
        _row(tuning[3], "Kramatorsk town", "48.723", "37.556", day="2016-01-02", raion="Kramatorsk raion"),
        _row(check[0], "Vodiane village", "48.095", "37.671"),  # the other half: not read
    ]
    path = tmp_path / "ucdp.csv"
    _write(path, rows)
    result = _script().measure(path, "tuning", rows_form="oblast")
    assert result["n"] == 2
    assert result["ceiling_10km"] == 1.0
    # the town is placed by every form; the village by its raion, and by the oblast only among namesakes
    assert result["raion"] == {"placed": 1.0, "within_10km": 1.0, "within_25km": 1.0, "over_100km": 0.0,
                               "within_precision": 1.0}
    # with the oblast alone the village is one of four namesakes near the line: an undecided choice, its
    # precision covering the one meant
    assert result["oblast"] == {"placed": 1.0, "within_10km": 0.5, "within_25km": 0.5, "over_100km": 0.0,
                                "within_precision": 1.0}
    assert [row["id"] for row in result["rows"]] == [tuning[0]]
    assert "none clearly nearer" in result["rows"][0]["basis"]


def test_a_missing_file_is_named_and_nothing_measured(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _script().main(["--file", str(tmp_path / "none.csv")]) == 2
    captured = capsys.readouterr()
    assert "no such file" in captured.err and captured.out == ""


def test_main_prints_one_json_object(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ucdp.csv"
    _write(path, [])
    assert _script().main(["--file", str(path), "--half", "check"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["half"] == "check" and result["n"] == 0 and set(result) >= {"name", "oblast", "raion"}
