"""Regions of every country by ISO 3166-2 code or ISO name, with "did you mean" for near misses."""

from __future__ import annotations

from pathlib import Path

import pytest

from trucewatch.geo.subdivisions import (
    english_name,
    is_first_level,
    region_code,
    region_name,
    regions_of_points,
    subdivision_code,
    suggestions,
)
from trucewatch.terms import load_agreement_file
from trucewatch.terms.build import AgreementInvalid

SUDAN = Path(__file__).resolve().parents[1] / "fixtures" / "analyst" / "sudan-truce-2023.yaml"


@pytest.mark.parametrize(("text", "country", "code"), [
    ("Khartoum", "SD", "SD-KH"), ("Khartoum State", "SD", "SD-KH"), ("khartoum", None, "SD-KH"),
    ("SD-KH", None, "SD-KH"), ("North Darfur", "SD", "SD-DN"), ("Bayern", "DE", "DE-BY"),
    ("Kartoum", "SD", None), ("Khartoum", "DE", None), ("SD-KH", "DE", None), ("", None, None),
    # English names (pycountry's catalogue), and the names GeoNames gives the regions, linked to ISO units
    ("Bavaria", "DE", "DE-BY"), ("bavaria", None, "DE-BY"), ("Hesse", "DE", "DE-HE"),
    ("Southern Kordofan", "SD", "SD-KS"), ("Northern Darfur", "SD", "SD-DN"), ("Hama", "SY", "SY-HM"),
    ("Northern State", "SD", "SD-NO"),
    # a close spelling never crosses a side word: South Darfur is not North Darfur
    ("South Darfur", "SD", "SD-DS"), ("Western Darfur", "SD", "SD-DW"),
    ("Bavaria", "FR", None), ("x" * 10_000, "SD", None), ("x" * 10_000, None, None),
])
def test_names_and_codes(text: str, country: str | None, code: str | None) -> None:
    assert subdivision_code(text, country) == code


def test_only_first_level_units_count() -> None:
    assert is_first_level("FR-IDF") and not is_first_level("FR-75")  # a region, not one of its departments
    assert is_first_level("SD-KH") and not is_first_level("SD-XX")


def test_suggestions() -> None:
    assert suggestions("Kartoum", "SD") == ["Khartoum (SD-KH)"]
    assert suggestions("zzzz", "SD") == []
    assert suggestions("Bavria", "DE") == ["Bavaria (DE-BY)"]  # over English names too
    assert suggestions("x" * 10_000, "DE") == []


def test_english_names_and_regions_of_any_country() -> None:
    assert english_name("DE-BY") == "Bavaria" and english_name("SD-KH") == "Khartoum"
    assert english_name("DE-XX") is None
    assert region_name("UA-63") == "Kharkiv Oblast" and region_name("DE-BY") == "Bavaria"
    assert region_name("UA-99") is None and region_name("XX-1") is None
    assert region_code("Kharkivska oblast") == "UA-63"  # Ukraine and Russia: the gazetteer's own table
    assert region_code("Bavaria", "DE") == "DE-BY"


def test_regions_of_points() -> None:
    assert regions_of_points([
        (15.55, 32.53), (48.137, 11.575), (35.0, -40.0), (20.5, 26.0), (float("nan"), 1.0), (91.0, 0.0),
    ]) == [("SD", "SD-KH"), ("DE", "DE-BY"), None, None, None, None]  # sea, empty desert, not a point


def _agreement(tmp_path: Path, admin1: str) -> Path:
    text = SUDAN.read_text(encoding="utf-8").replace("countries: [SD]", f"countries: [SD], admin1: [{admin1}]")
    path = tmp_path / "a.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_agreement_names_regions_of_any_country(tmp_path: Path) -> None:
    agreement = load_agreement_file(_agreement(tmp_path, "Khartoum, SD-DN, Southern Kordofan"))
    assert agreement.clauses[0].geography.include_admin1 == ("SD-KH", "SD-DN", "SD-KS")


def test_agreement_accepts_english_names(tmp_path: Path) -> None:
    path = tmp_path / "de.yaml"
    path.write_text(_agreement(tmp_path, "Bavaria, Bayern, DE-BE").read_text(encoding="utf-8").replace(
        "countries: [SD]", "countries: [DE]"), encoding="utf-8")
    assert load_agreement_file(path).clauses[0].geography.include_admin1 == ("DE-BY", "DE-BE")


@pytest.mark.parametrize(("admin1", "message"), [
    ("Kartoum", "unknown region of SD 'Kartoum' (did you mean 'Khartoum (SD-KH)'?)"),
    ("SD-XX", "'SD-XX' is not a first-level region of SD"),
    ("Southern Kordofn",
     "unknown region of SD 'Southern Kordofn' (did you mean 'Southern Kordofan (SD-KS)' or 'North Kordofan (SD-KN)'"),
    ("x" * 10_000, f"unknown region of SD '{'x' * 60}… (10,000 characters)'"),
])
def test_agreement_region_errors_say_what_was_meant(tmp_path: Path, admin1: str, message: str) -> None:
    with pytest.raises(AgreementInvalid) as caught:
        load_agreement_file(_agreement(tmp_path, admin1))
    assert message in str(caught.value)
