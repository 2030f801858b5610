"""Regions of every country by ISO 3166-2 code or ISO name, with "did you mean" for near misses."""

from __future__ import annotations

from pathlib import Path

import pytest

from trucewatch.geo.subdivisions import is_first_level, subdivision_code, suggestions
from trucewatch.terms import load_agreement_file
from trucewatch.terms.build import AgreementInvalid

SUDAN = Path(__file__).resolve().parents[1] / "fixtures" / "analyst" / "sudan-truce-2023.yaml"


@pytest.mark.parametrize(("text", "country", "code"), [
    ("Khartoum", "SD", "SD-KH"), ("Khartoum State", "SD", "SD-KH"), ("khartoum", None, "SD-KH"),
    ("SD-KH", None, "SD-KH"), ("North Darfur", "SD", "SD-DN"), ("Bayern", "DE", "DE-BY"),
    ("Kartoum", "SD", None), ("Khartoum", "DE", None), ("SD-KH", "DE", None), ("", None, None),
])
def test_names_and_codes(text: str, country: str | None, code: str | None) -> None:
    assert subdivision_code(text, country) == code


def test_only_first_level_units_count() -> None:
    assert is_first_level("FR-IDF") and not is_first_level("FR-75")  # a region, not one of its departments
    assert is_first_level("SD-KH") and not is_first_level("SD-XX")


def test_suggestions() -> None:
    assert suggestions("Kartoum", "SD") == ["Khartoum (SD-KH)"]
    assert suggestions("zzzz", "SD") == []


def _agreement(tmp_path: Path, admin1: str) -> Path:
    text = SUDAN.read_text(encoding="utf-8").replace("countries: [SD]", f"countries: [SD], admin1: [{admin1}]")
    path = tmp_path / "a.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_agreement_names_regions_of_any_country(tmp_path: Path) -> None:
    agreement = load_agreement_file(_agreement(tmp_path, "Khartoum, SD-DN"))
    assert agreement.clauses[0].geography.include_admin1 == ("SD-KH", "SD-DN")


@pytest.mark.parametrize(("admin1", "message"), [
    ("Kartoum", "unknown region of SD 'Kartoum' (did you mean 'Khartoum (SD-KH)'?)"),
    ("SD-XX", "'SD-XX' is not a first-level region of SD"),
])
def test_agreement_region_errors_say_what_was_meant(tmp_path: Path, admin1: str, message: str) -> None:
    with pytest.raises(AgreementInvalid) as caught:
        load_agreement_file(_agreement(tmp_path, admin1))
    assert message in str(caught.value)
