"""Reading GeoNames' UA extract for the gazetteer build: rows we write by hand, in GeoNames' 19 columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from trucewatch.errors import InputError
from trucewatch.geo.build import build
from trucewatch.geo.geonames import fill_admin1, read_geonames, reconcile

from .dumps import write_dump


def _line(ident: int, name: str, alternates: str, lat: float, lon: float, feature: str = "PPL",
          admin1: str = "05", admin2: str = "1416", population: int = 0, feature_class: str = "P") -> str:
    return "\t".join([
        str(ident), name, name, alternates, str(lat), str(lon), feature_class, feature, "UA", "", admin1, admin2,
        "", "", str(population), "", "100", "Europe/Kyiv", "2024-01-01",
    ])


ROWS = [
    _line(699672, "Novobakhmutivka", "Новобахмутівка,Novobakhmutovka", 48.2489, 37.7893),
    # the same village entered again under a newer id, 13 km away near the community's centre
    _line(9112922, "Novobakhmutivka", "Новобахмутовка", 48.2258, 37.6192, population=890),
    _line(700000, "Hryhorivka", "Григорівка,Григоровка,Grigorovka", 48.64, 37.86),
    _line(700001, "Hryhorivka", "Григорівка", 48.16, 37.23),  # a namesake 55 km away: kept
    _line(700002, "Avdiivske", "Pervomais'ke,Первомайське,Авдіївське", 48.0, 37.5, population=2208),
    _line(700003, "Old Mill", "", 48.1, 37.1, feature="PPLH"),  # historical: left out
    _line(700004, "Some Hill", "", 48.1, 37.1, feature="HLL", feature_class="T"),  # not a populated place
    _line(700005, "Nowhere", "", 48.3, 37.4, admin1="00"),  # GeoNames has not decided the oblast
]


def _write(tmp_path: Path, lines: list[str], zipped: bool = False) -> Path:
    return write_dump(tmp_path, "UA", lines, zipped)


def test_populated_places_with_their_oblast_and_spellings(tmp_path: Path) -> None:
    places = list(read_geonames(_write(tmp_path, ROWS, zipped=True)))
    assert [place.name for place in places] == [
        "Novobakhmutivka", "Novobakhmutivka", "Hryhorivka", "Hryhorivka", "Avdiivske", "Nowhere"]
    assert places[0].admin1 == "UA-14" and "Новобахмутівка" in places[0].alternates
    assert places[-1].admin1 == ""
    assert fill_admin1(places)[-1].admin1 == "UA-14"  # the nearest place's oblast


def test_duplicates_are_reconciled_and_namesakes_kept(tmp_path: Path) -> None:
    places, merged = reconcile(list(read_geonames(_write(tmp_path, ROWS))))
    assert merged == 1
    village = next(place for place in places if place.name == "Novobakhmutivka")
    # the older id's point, the population GeoNames gave the re-entry, the distance between the two kept
    assert (village.id, village.population) == (699672, 890)
    assert 12 < village.spread_km < 14
    assert "Новобахмутовка" in village.alternates
    assert sum(place.name == "Hryhorivka" for place in places) == 2


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("699672\tNovobakhmutivka\tshort row", "expected 19 tab-separated columns, found 3"),
        (_line(1, "X", "", 48.0, 37.0).replace("48.0", "forty-eight"), "latitude is not a number"),
        (_line(1, "X", "", 48.0, 137.0).replace("137.0", "237.0"), "longitude 237.0 is out of range"),
        (_line(1, "X", "", 48.0, 37.0, admin1="99"), "unknown admin1 code '99'"),
        (_line(1, "X", "", 48.0, 37.0).replace("\t0\t\t100", "\tmany\t\t100"), "population is not a number"),
        ("x1" + _line(1, "X", "", 48.0, 37.0)[1:], "geonameid is not a number"),
    ],
)
def test_a_corrupt_line_stops_with_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = _write(tmp_path, [*ROWS[:2], line, *ROWS[2:]])
    with pytest.raises(InputError) as caught:
        list(read_geonames(path))
    assert f"{path}:3" in str(caught.value) and message in str(caught.value)


def test_a_broken_archive_or_missing_file_is_named(tmp_path: Path) -> None:
    broken = tmp_path / "UA.zip"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError, match=r"UA\.zip"):
        list(read_geonames(broken))
    with pytest.raises(InputError, match=r"absent\.txt"):
        list(read_geonames(tmp_path / "absent.txt"))


def test_the_build_writes_nothing_when_an_input_is_corrupt(tmp_path: Path) -> None:
    out = tmp_path / "gazetteer.tsv.gz"
    out.write_bytes(b"old")
    path = _write(tmp_path, [*ROWS, "garbage"])
    with pytest.raises(InputError, match=f"{path}:{len(ROWS) + 1}"):
        build(out, geonames_ua=path)
    assert out.read_bytes() == b"old"


AIRFIELD_ROWS = [
    _line(6300961, "Hostomel Airport", "Antonov Airport,Gostomel Airport,Аеропорт «Антонов»", 50.59065, 30.20794,
          feature="AIRP", feature_class="S", admin1="13"),
    _line(11269944, "Chuhuiv", "", 49.838, 36.641, feature="AIRP", feature_class="S", admin1="07"),
    _line(700006, "Helipad", "", 48.2, 37.2, feature="AIRH", feature_class="S"),  # a heliport: left out
]


def test_airfields_are_read_with_their_oblast_and_names(tmp_path: Path) -> None:
    from trucewatch.geo.geonames import read_airfields

    airfields = list(read_airfields(_write(tmp_path, [*ROWS, *AIRFIELD_ROWS])))
    assert [field.name for field in airfields] == ["Hostomel Airport", "Chuhuiv"]
    assert airfields[0].admin1 == "UA-32" and "Antonov Airport" in airfields[0].alternates
    # a populated place is never an airfield, nor an airfield a populated place
    assert "Hostomel Airport" not in [place.name for place in read_geonames(_write(tmp_path, AIRFIELD_ROWS))]


@pytest.mark.parametrize("zipped", [False, True])
def test_one_pass_reads_what_the_two_readers_read(tmp_path: Path, zipped: bool) -> None:
    from trucewatch.geo.geonames import read_airfields, read_extract_tables

    # airfields and places interleaved, as in the extract
    path = _write(tmp_path, [AIRFIELD_ROWS[0], *ROWS, *AIRFIELD_ROWS[1:]], zipped=zipped)
    tables = read_extract_tables(path)
    assert tables.places == list(read_geonames(path)) and tables.airfields == list(read_airfields(path))
    assert tables.places and [field.name for field in tables.airfields] == ["Hostomel Airport", "Chuhuiv"]


def test_one_pass_names_the_line_of_an_airfield_without_a_name(tmp_path: Path) -> None:
    from trucewatch.geo.geonames import read_extract_tables

    nameless = _line(6300962, " ", "", 50.0, 30.0, feature="AIRB", feature_class="S", admin1="13")
    path = _write(tmp_path, [*ROWS, nameless])
    with pytest.raises(InputError, match=f":{len(ROWS) + 1}: an airfield without a name"):
        read_extract_tables(path)


def test_the_build_writes_the_airfields_beside_the_gazetteer(tmp_path: Path) -> None:
    import gzip

    build(tmp_path / "gazetteer.tsv.gz", geonames_ua=_write(tmp_path, [*ROWS, *AIRFIELD_ROWS], zipped=True))
    lines = gzip.decompress((tmp_path / "airfields.tsv.gz").read_bytes()).decode("utf-8").splitlines()
    assert lines[0].startswith("# Derived from GeoNames") and lines[1].split("\t")[:2] == ["id", "name"]
    assert [line.split("\t")[0] for line in lines[2:]] == ["6300961", "11269944"]  # by GeoNames id


def test_an_abandoned_place_is_kept_only_where_no_living_place_bears_its_name(tmp_path: Path) -> None:
    import gzip

    rows = [*ROWS,
            # abandoned, and no living place bears the name: kept (a report naming it means it)
            _line(710403, "Chornobyl", "Чорнобиль,Chernobyl", 51.27, 30.22, feature="PPLQ", admin1="13",
                  population=1575),
            # abandoned, with a living namesake: left out (a report naming it more likely means the living one)
            _line(710404, "Hryhorivka", "", 51.3, 30.1, feature="PPLQ", admin1="13")]
    build(tmp_path / "gazetteer.tsv.gz", geonames_ua=_write(tmp_path, rows, zipped=True))
    lines = gzip.decompress((tmp_path / "gazetteer.tsv.gz").read_bytes()).decode("utf-8").splitlines()
    ids = {field for line in lines for field in line.split("\t")[-3:]}
    assert "710403" in ids and "710404" not in ids


COAST_ROWS = [
    _line(686930, "Ostriv Zmiyinyy", "Snake Island,Ostriv Zmiinyi,Зміїний", 45.25, 30.20, feature="ISL",
          feature_class="T", admin1="17"),
    _line(705873, "Kinburns’ka Kosa", "Kinburn Spit", 46.57, 31.52, feature="SPIT", feature_class="T", admin1="16"),
    # a peninsula bearing a region's name: a text naming it means the region
    _line(703862, "Crimean Peninsula", "Crimea,Krym", 45.0, 34.0, feature="PEN", feature_class="T", admin1="11"),
    _line(700007, "Lake Somewhere", "", 48.3, 37.4, feature="LK", feature_class="H"),  # water: left out
]


def test_islands_spits_and_peninsulas_are_read_in_the_same_pass(tmp_path: Path) -> None:
    from trucewatch.geo.geonames import read_coast_features, read_extract_tables

    path = _write(tmp_path, [*ROWS, *COAST_ROWS, *AIRFIELD_ROWS])
    tables = read_extract_tables(path)
    assert tables.coast == list(read_coast_features(path))
    assert [feature.name for feature in tables.coast] == ["Ostriv Zmiyinyy", "Kinburns’ka Kosa", "Crimean Peninsula"]
    assert tables.coast[0].admin1 == "UA-51" and "Snake Island" in tables.coast[0].alternates
    # an island is no populated place, nor a populated place an island
    assert "Ostriv Zmiyinyy" not in [place.name for place in tables.places]


def test_the_build_writes_the_coast_features_without_the_one_named_like_a_region(tmp_path: Path) -> None:
    import gzip

    build(tmp_path / "gazetteer.tsv.gz", geonames_ua=_write(tmp_path, [*ROWS, *COAST_ROWS], zipped=True))
    lines = gzip.decompress((tmp_path / "coast.tsv.gz").read_bytes()).decode("utf-8").splitlines()
    assert lines[0].startswith("# Derived from GeoNames") and lines[1].split("\t")[-1] == "feature"
    assert [line.split("\t")[1] for line in lines[2:]] == ["Ostriv Zmiyinyy", "Kinburns’ka Kosa"]


def test_a_nameless_island_names_its_line(tmp_path: Path) -> None:
    from trucewatch.geo.geonames import read_extract_tables

    nameless = _line(686931, " ", "", 45.2, 30.2, feature="ISL", feature_class="T", admin1="17")
    with pytest.raises(InputError, match=f":{len(ROWS) + 1}: an island, spit or peninsula without a name"):
        read_extract_tables(_write(tmp_path, [*ROWS, nameless]))
