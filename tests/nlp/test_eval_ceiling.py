"""The ceiling beside each place score: how many rows any choice among the readings of their own place name
could place within the distance, so that a score can be read against what the gazetteer allows."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from trucewatch.errors import InputError
from trucewatch.nlp.evaluate import ACLED_COLUMNS, eval_acled, nearest_reading_km, within_ceiling
from trucewatch.nlp.evaluate_cir import CIR_COLUMNS, eval_cir

KRAMATORSK = (48.7389, 37.5848)
LVIV = (49.8397, 24.0297)


def test_the_nearest_reading_of_a_name_is_measured_from_the_truth() -> None:
    near = nearest_reading_km("Kramatorsk", *KRAMATORSK)
    assert near is not None and near < 5
    far = nearest_reading_km("Kramatorsk", *LVIV)
    assert far is not None and far > 900


def test_a_name_the_gazetteer_lacks_has_no_reading() -> None:
    assert nearest_reading_km("Qqzzyxville", *KRAMATORSK) is None
    assert nearest_reading_km("", *KRAMATORSK) is None
    assert nearest_reading_km("x" * 10_000, *KRAMATORSK) is None


def test_a_row_the_extraction_placed_is_within_its_ceiling_whatever_its_name() -> None:
    # a city's district or an offset from a town: no reading of the coded name, yet the row was placed
    assert within_ceiling("Qqzzyxville", *KRAMATORSK, 10, reached=3.0)
    assert not within_ceiling("Qqzzyxville", *KRAMATORSK, 10, reached=12.0)
    assert not within_ceiling("Kramatorsk", *LVIV, 25, reached=None)
    assert within_ceiling("Kramatorsk", *KRAMATORSK, 10, reached=None)


def test_namesakes_count_for_the_ceiling() -> None:
    # dozens of Mykolaivkas: the one in Donetsk oblast is a reading of the name, wherever the first one lies
    slovianskyi = (48.8200, 37.7000)
    near = nearest_reading_km("Mykolaivka", *slovianskyi)
    assert near is not None and near < 10


def _acled(tmp_path: Path) -> Path:
    path = tmp_path / "acled.csv"
    rows = [("On 10 March 2024, Russian forces shelled Kramatorsk, Donetsk. Casualties unknown.", "Kramatorsk",
             KRAMATORSK),
            # the coded point lies in Lviv: no reading of "Kramatorsk" is near it, and nor is the report
            ("On 11 March 2024, Russian forces shelled Kramatorsk, Donetsk. Casualties unknown.", "Kramatorsk",
             LVIV)]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "location", *ACLED_COLUMNS])
        writer.writeheader()
        for number, (notes, location, (lat, lon)) in enumerate(rows):
            writer.writerow({"id": str(number), "location": location, "notes": notes, "admin1": "Donetsk",
                             "latitude": lat, "longitude": lon, "sub_event_type": "Shelling/artillery/missile attack",
                             "actor1": "Military Forces of Russia (2000-)", "event_date": "2024-03-10"})
    return path


def test_eval_acled_reports_the_ceiling_beside_the_score(tmp_path: Path) -> None:
    scores = eval_acled(_acled(tmp_path))
    assert scores["within_10km"] == 0.5
    assert scores["within_10km_ceiling"] == 0.5
    assert scores["within_25km_ceiling"] == 0.5
    for half in scores["halves"].values():
        assert half["within_10km_ceiling"] >= half["within_10km"]


@pytest.mark.parametrize("town, expected", [("Kramatorsk", 1.0), ("Qqzzyxville", 0.0)])
def test_eval_cir_reports_the_named_town_ceiling(tmp_path: Path, town: str, expected: float) -> None:
    path = tmp_path / "cir.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(CIR_COLUMNS))
        writer.writeheader()
        writer.writerow({"entry": "1", "title": f"Shelling of a school in {town}", "brief description": "",
                         "lat": KRAMATORSK[0], "lon": KRAMATORSK[1], "country": "Ukraine",
                         "province": "Donetsk Oblast", "town/city": town})
    scores = eval_cir(path)
    assert scores["named_town_n"] == 1
    # an unknown name is not placed, and no reading of it exists: its ceiling is 0
    assert scores["named_town_within_10km_ceiling"] == expected


@pytest.mark.parametrize("latitude, message", [("abc", "latitude 'abc' is not a number"),
                                                ("95.2", "latitude 95.2 is outside ±90")])
def test_eval_acled_names_the_line_and_field_of_a_bad_coordinate(tmp_path: Path, latitude: str,
                                                                   message: str) -> None:
    path = _acled(tmp_path)
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace(str(LVIV[0]), latitude)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        eval_acled(path)
    assert message in str(caught.value)
    assert f"{path}:3" in str(caught.value) and "latitude" in str(caught.value)


def test_eval_cir_names_the_line_and_field_of_a_bad_coordinate(tmp_path: Path) -> None:
    path = tmp_path / "cir.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(CIR_COLUMNS))
        writer.writeheader()
        writer.writerow({"entry": "1", "title": "Shelling of a school in Kramatorsk", "brief description": "",
                         "lat": KRAMATORSK[0], "lon": "east", "country": "Ukraine", "province": "Donetsk Oblast",
                         "town/city": "Kramatorsk"})
    with pytest.raises(InputError) as caught:
        eval_cir(path)
    assert f"{path}:2" in str(caught.value) and "lon 'east' is not a number" in str(caught.value)


def test_eval_cir_scores_one_half_alone(tmp_path: Path) -> None:
    from trucewatch.nlp.split import half_of

    path = tmp_path / "cir.csv"
    entries = [str(number) for number in range(1, 9)]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(CIR_COLUMNS))
        writer.writeheader()
        for entry in entries:
            writer.writerow({"entry": entry, "title": "Shelling of a school in Kramatorsk", "brief description": "",
                             "lat": KRAMATORSK[0], "lon": KRAMATORSK[1], "country": "Ukraine",
                             "province": "Donetsk Oblast", "town/city": "Kramatorsk"})
    whole = eval_cir(path)
    for half in ("tuning", "check"):
        alone = eval_cir(path, half=half)
        assert alone["half"] == half and "halves" not in alone
        assert alone["n"] == sum(half_of(entry) == half for entry in entries) == whole["halves"][half]["n"]
        assert alone["named_town_within_10km"] == whole["halves"][half]["named_town_within_10km"]
    with pytest.raises(InputError, match="unknown half 'middle'"):
        eval_cir(path, half="middle")


def test_eval_cir_tells_far_regions_from_far_settlements(tmp_path: Path) -> None:
    path = tmp_path / "cir.csv"
    rows = [("1", "Shelling of a school in Kramatorsk"),  # a settlement, 1,000 km from the truth in Lviv
            ("2", "Shelling reported in Donetsk Oblast"),  # the oblast's centre alone, as far
            ("3", "Shelling of a school in Lviv")]  # right
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(CIR_COLUMNS))
        writer.writeheader()
        for entry, title in rows:
            writer.writerow({"entry": entry, "title": title, "brief description": "", "lat": LVIV[0],
                             "lon": LVIV[1], "country": "Ukraine", "province": "Lviv Oblast", "town/city": "Lviv"})
    scores = eval_cir(path)
    assert scores["with_place"] == 1.0
    assert scores["over_100km"] == round(2 / 3, 4)
    assert scores["over_100km_at_a_settlement"] == round(1 / 3, 4)
    # the misses counted by why their place was chosen, never listed: the only Kramatorsk where the text
    # places it (Ukraine), one region named alone
    assert scores["misses_by_basis"]["over_100km"] == {"one_reading": 1, "region_only": 1}
    # the one row naming its own town (Lviv) is placed right: no named-town miss to count
    assert scores["misses_by_basis"]["named_town_not_within_10km"] == {}
    # the far share split by whether the text names the row's own town: the Lviv row does and is right; the
    # Kramatorsk and Donetsk Oblast rows name other places than the monitors' point, and are both far
    assert scores["placed_named_n"] == 1
    assert scores["over_100km_named_town"] == 0.0
    assert scores["over_100km_town_unnamed"] == 1.0
    assert scores["intervals_95"]["over_100km_town_unnamed"][0] > 0.3
