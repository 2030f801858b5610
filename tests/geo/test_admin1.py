from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from trucewatch.geo.admin1 import (
    admin1_code,
    admin1_country,
    admin1_from_geonames,
    admin1_name,
    all_admin1_codes,
)

CASES = yaml.safe_load((Path(__file__).parent / "admin1_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[str(case[0]) or "empty" for case in CASES])
def test_admin1_code(text: str, expected: str | None) -> None:
    assert admin1_code(text) == expected


def test_every_unit_is_present() -> None:
    assert len(all_admin1_codes("UA")) == 27
    assert len(all_admin1_codes("RU")) == 83


def test_every_canonical_name_and_code_round_trips() -> None:
    for code in all_admin1_codes():
        assert admin1_code(admin1_name(code)) == code, code
        assert admin1_code(code) == code


def test_country_restricts_the_answer() -> None:
    assert admin1_code("Kharkiv", "UA") == "UA-63"
    assert admin1_code("Kharkiv", "RU") is None
    assert admin1_code("Belgorod", "Russia") == "RU-BEL"


def test_names_and_countries() -> None:
    assert admin1_name("UA-63") == "Kharkiv Oblast"
    assert admin1_name("ru-krs") == "Kursk Oblast"
    assert admin1_country("RU-BEL") == "RU"
    assert admin1_country("UA-43") == "UA"
    with pytest.raises(KeyError):
        admin1_name("UA-99")


def test_geonames_codes() -> None:
    assert admin1_from_geonames("UA", "07") == "UA-63"
    assert admin1_from_geonames("UA", "12") == "UA-30"
    assert admin1_from_geonames("RU", "41") == "RU-KRS"
    assert admin1_from_geonames("RU", "00") is None
