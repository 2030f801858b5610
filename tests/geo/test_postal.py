"""Reading GeoNames' postal-code file for Russia for the gazetteer build: rows we write by hand, in its 12
columns (country, code, place, region name and code, raion name and code, two more admin columns, latitude,
longitude, accuracy)."""

from __future__ import annotations

from pathlib import Path

import pytest

from trucewatch.errors import InputError
from trucewatch.geo.build import build
from trucewatch.geo.postal import read_postal, russian_postal_rows

from .dumps import write_dump

BELGOROD = "Белгородская Область"
KURSK = "Курская Область"


def _line(code: str, name: str, lat: float, lon: float, region: str = BELGOROD, raion: str = "ТЕСТОВЫЙ РАЙОН",
          accuracy: str = "4") -> str:
    return "\t".join(["RU", code, name, region, "", raion, "", "", "", str(lat), str(lon), accuracy])


# places the gazetteer already holds (the build's 9-tuples: source, name, alternates, lat, lon, country, admin1,
# population, id)
KNOWN = [
    ("geonames-cities500", "Belgorod", "Белгород", "50.61", "36.58", "RU", "RU-BEL", "335000", "1"),
    ("geonames-cities500", "Shebekino", "Шебекино", "50.41", "36.90", "RU", "RU-BEL", "40000", "2"),
    ("geonames-cities500", "Graivoron", "Грайворон", "50.48", "35.68", "RU", "RU-BEL", "6000", "3"),
    ("geonames-cities500", "Sudzha", "Суджа", "51.19", "35.27", "RU", "RU-KRS", "5500", "4"),
    ("geonames-cities500", "Testovsk", "Тестовск", "50.90", "37.60", "RU", "RU-BEL", "5000", "8"),
    ("geonames-cities500", "Orenburg", "Оренбург", "51.77", "55.10", "RU", "RU-ORE", "550000", "5"),
    ("geonames-ua", "Vovchansk", "Вовчанськ", "50.29", "36.94", "UA", "UA-63", "17000", "6"),
]

ROWS = [
    _line("308000", "Белгород", 50.61, 36.58),  # the city itself: known, left to cities500
    _line("308001", "Белгород 1", 50.61, 36.58, accuracy="1"),  # a city's numbered office
    _line("309290", "Новая Деревня", 50.45, 36.80),  # a village near Shebekino
    _line("309291", "Новая Деревня", 50.46, 36.81),  # the same village's second office, 1 km away
    _line("309292", "Тестовка", 50.50, 36.70),
    _line("309293", "Ошибочное", 51.80, 55.00),  # matched to a namesake in Orenburg oblast: refused
    _line("309294", "Приграничное", 50.31, 36.94),  # its nearest known place is Ukrainian: refused
    _line("309295", "Оценочное", 50.52, 36.75, accuracy="1"),  # an estimated point: refused
    _line("309296", "Попов", 50.47, 36.78),  # a surname
    _line("309297", "Ленинский", 50.44, 36.77),  # a masculine adjective (a district's form)
    _line("309298", "Тестовский", 50.47, 36.79),  # a town's consonants (Testovsk): the town inflected
    _line("309299", "Дальнее", 50.50, 35.70),  # in the right region, 77 km from its raion's other points
    _line("307800", "Тестовка", 51.18, 35.30, region=KURSK),  # a namesake in another region: a village too
    _line("101000", "Москва", 55.75, 37.62, region="Москва"),  # a region not asked for
]


def _write(tmp_path: Path, lines: list[str], zipped: bool = False) -> Path:
    return write_dump(tmp_path, "RU", lines, zipped, readme="GeoNames postal codes, CC BY 3.0")


def test_the_villages_of_the_regions_asked_for_with_trusted_points(tmp_path: Path) -> None:
    offices = read_postal(_write(tmp_path, ROWS, zipped=True))
    assert len(offices) == len(ROWS)
    assert offices[2].admin1 == "RU-BEL" and offices[2].raion == "ТЕСТОВЫЙ РАЙОН" and offices[2].accuracy == 4
    rows = russian_postal_rows(offices, list(KNOWN))
    assert [(row[1], row[2], row[6], row[8]) for row in rows] == [
        ("Novaya Derevnya", "Новая Деревня", "RU-BEL", "postal-ru:309290"),
        ("Testovka", "Тестовка", "RU-BEL", "postal-ru:309292"),
        ("Testovka", "Тестовка", "RU-KRS", "postal-ru:307800"),
    ]
    assert all(row[0] == "geonames-postal-ru" and row[5] == "RU" and row[7] == "0" for row in rows)


def test_only_the_regions_named_are_taken(tmp_path: Path) -> None:
    offices = read_postal(_write(tmp_path, ROWS))
    rows = russian_postal_rows(offices, list(KNOWN), regions=("RU-KRS",))
    assert [row[8] for row in rows] == ["postal-ru:307800"]


def test_a_village_beside_a_known_place_of_its_name_is_that_place(tmp_path: Path) -> None:
    known = [*KNOWN, ("geonames-cities500", "Testovka", "Тестовка", "50.51", "36.71", "RU", "RU-BEL", "600", "7")]
    rows = russian_postal_rows(read_postal(_write(tmp_path, ROWS)), known)
    assert [row[8] for row in rows] == ["postal-ru:309290", "postal-ru:307800"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("RU\t309290\tshort row", "expected 12 tab-separated columns, found 3"),
        (_line("309290", "Тестовка", 50.5, 36.7).replace("50.5", "fifty"), "latitude is not a number"),
        (_line("309290", "Тестовка", 50.5, 136.7).replace("136.7", "236.7"), "longitude 236.7 is out of range"),
        (_line("309290", "Тестовка", 50.5, 36.7, accuracy="9"), "accuracy is not 1 to 6"),
        (_line("309290", "Тестовка", 50.5, 36.7).replace("RU", "UA", 1), "country is 'UA', not RU"),
        (_line("30929x", "Тестовка", 50.5, 36.7), "a post office needs a numeric code"),
    ],
)
def test_a_corrupt_line_stops_with_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = _write(tmp_path, [*ROWS[:2], line, *ROWS[2:]])
    with pytest.raises(InputError) as caught:
        read_postal(path)
    assert f"{path}:3" in str(caught.value) and message in str(caught.value)


def test_a_broken_archive_an_empty_or_a_missing_file_is_named(tmp_path: Path) -> None:
    broken = tmp_path / "RU.zip"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError, match=r"RU\.zip"):
        read_postal(broken)
    with pytest.raises(InputError, match=r"absent\.zip"):
        read_postal(tmp_path / "absent.zip")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match=r"empty\.txt.*no post offices"):
        read_postal(empty)


def test_the_build_writes_nothing_when_the_postal_file_is_corrupt(tmp_path: Path) -> None:
    out = tmp_path / "gazetteer.tsv.gz"
    out.write_bytes(b"old")
    path = _write(tmp_path, [*ROWS, "garbage"], zipped=True)
    with pytest.raises(InputError, match=rf"RU\.zip!RU\.txt:{len(ROWS) + 1}"):
        build(out, postal_ru=path)
    assert out.read_bytes() == b"old"
    with pytest.raises(InputError, match=r"missing\.zip"):
        build(out, postal_ru=tmp_path / "missing.zip")
    assert out.read_bytes() == b"old"


def test_the_build_script_exits_2_naming_the_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import importlib.util

    script = Path(__file__).resolve().parents[2] / "scripts" / "build-gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = _write(tmp_path, [*ROWS[:4], _line("309290", "Тестовка", 50.5, 36.7, accuracy="x")])
    out = tmp_path / "gazetteer.tsv.gz"
    assert module.main(["--postal-ru", str(path), "--out", str(out)]) == 2
    assert f"{path}:5: accuracy is not 1 to 6" in capsys.readouterr().err
    assert not out.exists()
