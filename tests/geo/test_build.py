"""The gazetteer builder's codifier step, on small made-up inputs (no network, no shared data)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from trucewatch.geo.build import katottg_settlements, raion_rows, with_katottg

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _xlsx(rows: list[list[str]]) -> bytes:
    """A minimal workbook with inline strings, laid out like the ministry's codifier."""
    cells = []
    for number, row in enumerate(rows, start=1):
        values = "".join(
            f'<c r="{chr(65 + column)}{number}" t="inlineStr"><is><t>{text}</t></is></c>'
            for column, text in enumerate(row)
        )
        cells.append(f'<row r="{number}">{values}</row>')
    sheet = f'<worksheet xmlns="{_NS}"><sheetData>{"".join(cells)}</sheetData></worksheet>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as book:
        book.writestr("xl/worksheets/sheet1.xml", sheet)
    return buffer.getvalue()


_HROMADA = "UA14020010000012345"
_CODIFIER = [
    ["Перший рівень", "Другий рівень", "Третій рівень", "Четвертий рівень", "Додатковий рівень",
     "Категорія об’єкта", "Назва об’єкта"],
    ["UA14000000000011111", "", "", "", "", "O", "Донецька"],
    ["UA14000000000011111", "UA14020000000022222", "", "", "", "P", "Бахмутський"],
    ["UA14000000000011111", "UA14020000000022222", _HROMADA, "", "", "H", "Тестова"],
    ["UA14000000000011111", "UA14020000000022222", _HROMADA, "UA14020010010000001", "", "C", "Тестівка"],
    ["UA14000000000011111", "UA14020000000022222", _HROMADA, "UA14020010020000002", "", "C", "Відома"],
    ["UA14000000000011111", "UA14020000000022222", _HROMADA, "UA14020010030000003", "", "M", "Бахмут"],
]


def _inputs(tmp_path: Path) -> tuple[Path, Path, Path]:
    workbook = tmp_path / "kodifikator.xlsx"
    workbook.write_bytes(_xlsx(_CODIFIER))
    hromadas = tmp_path / "hromadas.csv"
    hromadas.write_text("pcode,parent_pcode,name_ua,name_ru,name_en,lat_centroid,lon_centroid\n"
                        "UA1402001,UA1402,Тестова,Тестовая,Testova,48.6,38.0\n", encoding="utf-8")
    raions = tmp_path / "raions.csv"
    raions.write_text("pcode,parent_pcode,name_ua,name_ru,name_en,lat_centroid,lon_centroid\n"
                      "UA1402,UA14,Бахмутський,Бахмутский,Bakhmutskyi,48.7,38.1\n", encoding="utf-8")
    return workbook, hromadas, raions


def test_codifier_settlements_are_read_from_the_workbook(tmp_path: Path) -> None:
    workbook, _, _ = _inputs(tmp_path)
    settlements = katottg_settlements(workbook)
    assert [(s.name, s.category, s.admin1, s.raion, s.hromada) for s in settlements] == [
        ("Тестівка", "C", "UA-14", "UA1402", "UA1402001"),
        ("Відома", "C", "UA-14", "UA1402", "UA1402001"),
        ("Бахмут", "M", "UA-14", "UA1402", "UA1402001"),
    ]


def test_known_places_get_their_raion_and_unknown_ones_the_hromada_centroid(tmp_path: Path) -> None:
    workbook, hromadas, _ = _inputs(tmp_path)
    rows = [
        ("geonames-ua", "Bakhmut", "Бахмут", "48.59", "38.00", "UA", "UA-14", "70000", "713174"),
        ("geonames-ua", "Vidoma", "Відома", "48.65", "38.05", "UA", "UA-14", "0", "1"),
        # same name, other oblast: not the codifier's Testivka
        ("geonames-ua", "Testivka", "Тестівка", "50.00", "30.00", "UA", "UA-32", "0", "2"),
    ]
    out = with_katottg(rows, katottg_settlements(workbook), hromadas)
    by_name = {(row[1], row[6]): row for row in out}
    assert by_name[("Bakhmut", "UA-14")][9] == "UA1402"
    assert by_name[("Vidoma", "UA-14")][9] == "UA1402"
    added = by_name[("Testivka", "UA-14")]
    assert added[0] == "katottg" and added[2] == "Тестівка" and added[8] == "katottg:UA1402001"
    assert (added[3], added[4]) == ("48.6000", "38.0000")
    assert float(added[10]) >= 5
    assert by_name[("Testivka", "UA-32")][0] == "geonames-ua"
    assert len(out) == 4


def test_raion_rows_carry_every_spelling(tmp_path: Path) -> None:
    _, _, raions = _inputs(tmp_path)
    (row,) = raion_rows(raions)
    assert row[:3] == ("UA1402", "UA-14", "Bakhmutskyi")
    assert {"bakhmutskyi", "бахмутський", "бахмутский"} <= set(row[5].split("|"))


def test_places_abroad_keep_their_names_only_where_they_can_be_named() -> None:
    from trucewatch.geo.build import _with_keys, cities500_rows

    rows = {(row[5], row[1]): row for row in cities500_rows(("RU",))}
    # Belarus and Moldova: every place of cities500, with its alternate names (Gomel for Homyel')
    homyel = rows[("BY", "Homyel'")]
    assert "Gomel" in homyel[2].split("|")
    keyed = _with_keys((*homyel, "", ""))
    assert "gomel" in keyed[7].split("|") + keyed[8].split("|")
    assert any(country == "BY" and int(row[7]) < 2000 for (country, _), row in rows.items())
    # elsewhere a town of 2,000-9,999 people is kept for reverse geocoding only, without names to match
    small = next(row for (country, _), row in rows.items() if country == "PL" and 2000 <= int(row[7]) < 10_000)
    assert small[2] == "" and _with_keys((*small, "", ""))[7:11] == ("", "", "", "")
    large = next(row for (country, _), row in rows.items() if country == "PL" and int(row[7]) >= 10_000)
    assert _with_keys((*large, "", ""))[7]
    assert not any(country in ("US", "CN") for country, _ in rows)
