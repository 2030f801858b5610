"""`eval acled --half`: the tuning and check halves partition the rows, each scored on its own."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from trucewatch.cli import main
from trucewatch.errors import InputError
from trucewatch.nlp.evaluate import ACLED_COLUMNS, eval_acled
from trucewatch.nlp.split import half_of


def acled_half(row: dict[str, str], line: int) -> str:
    return half_of(row.get("event_id_cnty") or row.get("id") or str(line))

NOTES = [
    ("On 10 March 2024, Russian forces shelled Kramatorsk, Donetsk. Casualties unknown.", "Donetsk",
     "48.7389", "37.5848"),
    ("On 11 March 2024, Russian forces shelled Kupiansk, Kharkiv. Casualties unknown.", "Kharkiv", "49.7106",
     "37.6156"),
    ("On 12 March 2024, Russian forces launched drones at Odesa, Odesa. Casualties unknown.", "Odesa",
     "46.4775", "30.7326"),
    ("On 13 March 2024, Russian forces shelled Nikopol, Dnipropetrovsk. Casualties unknown.", "Dnipropetrovsk",
     "47.5712", "34.3963"),
]


def _file(tmp_path: Path, count: int = 24) -> Path:
    path = tmp_path / "acled.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", *ACLED_COLUMNS])
        writer.writeheader()
        for number in range(count):
            notes, admin1, lat, lon = NOTES[number % len(NOTES)]
            writer.writerow({"id": str(1000 + number), "notes": notes, "admin1": admin1, "latitude": lat,
                             "longitude": lon, "sub_event_type": "Shelling/artillery/missile attack",
                             "actor1": "Military Forces of Russia (2000-)", "event_date": "10/03/2024 00:00:00"})
    return path


def test_the_halves_partition_the_rows(tmp_path: Path) -> None:
    path = _file(tmp_path)
    whole = eval_acled(path)
    tuning, check = eval_acled(path, half="tuning"), eval_acled(path, half="check")
    assert tuning["half"] == "tuning" and check["half"] == "check"
    assert tuning["n"] + check["n"] == whole["n"] == 24 and tuning["n"] > 0 and check["n"] > 0
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert sum(acled_half(row, line) == "tuning" for line, row in enumerate(rows, start=2)) == tuning["n"]


def test_errors_name_the_rows_file_line(tmp_path: Path) -> None:
    path = _file(tmp_path)
    # a row coded far from where its note places it: its error names its own line in the file
    text = path.read_text(encoding="utf-8").splitlines()
    text[5] = text[5].replace("48.7389", "45.0000").replace("49.7106", "45.0000").replace(
        "46.4775", "45.0000").replace("47.5712", "45.0000")
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    half = acled_half(next(iter(list(csv.DictReader(path.open(encoding="utf-8")))[4:5])), 6)
    result = eval_acled(path, half=half)
    assert [error["line"] for error in result["_errors"]["within_10km"]] == [6]


def test_an_unknown_half_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown half"):
        eval_acled(_file(tmp_path), half="middle")
    result = CliRunner().invoke(main, ["eval", "acled", str(_file(tmp_path)), "--half", "middle"])
    assert result.exit_code == 2


def test_the_cli_scores_one_half(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "acled", str(_file(tmp_path)), "--half", "check"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["half"] == "check"


def test_eval_acled_dates_a_night_by_the_day_it_ends(tmp_path: Path) -> None:
    """A report's interval is dated by its middle: "the night of 15-16 April" (evening to morning) is the 16th, as
    the coders date it; a day's own interval keeps its day."""
    path = tmp_path / "acled.csv"
    rows = [("On the night of 15-16 April 2025, Russian drones struck Kramatorsk, Donetsk. No casualties.",
             "2025-04-16"),
            ("On 15 April 2025, Russian artillery shelled Kramatorsk, Donetsk. No casualties.", "2025-04-15")]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "location", *ACLED_COLUMNS])
        writer.writeheader()
        for number, (notes, day) in enumerate(rows):
            writer.writerow({"id": str(number), "location": "Kramatorsk", "notes": notes, "admin1": "Donetsk",
                             "latitude": 48.7389, "longitude": 37.5848, "event_date": day,
                             "sub_event_type": "Air/drone strike", "actor1": "Military Forces of Russia (2000-)"})
    assert eval_acled(path)["date_accuracy"] == 1.0
