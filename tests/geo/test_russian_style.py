"""Russian-style romanisations of Ukrainian names: the mark, and the Ukrainian places their consonants reach beside
a far namesake that bears the Russian spelling exactly."""

from __future__ import annotations

import pytest

from trucewatch.geo.gazetteer import geocode_candidates
from trucewatch.geo.russian_style import russian_style


@pytest.mark.parametrize("name", ["Lastochkino", "Progress", "Avdeevka", "Staromayorskoye", "Velikaya Novoselka"])
def test_russian_marks(name: str) -> None:
    assert russian_style(name)


@pytest.mark.parametrize("name", ["Lastochkyne", "Prohres", "Avdiivka", "Ocheretyne", "Zghurivka", "Kyiv", "Уманське"])
def test_national_or_cyrillic_names_have_no_russian_mark(name: str) -> None:
    assert not russian_style(name)


def test_an_exact_far_namesake_leaves_the_ukrainian_reading_a_candidate() -> None:
    readings = geocode_candidates("Lastochkino")
    assert readings[0].admin1_code == "UA-43"  # the exact spelling still first
    assert any(each.admin1_code == "UA-14" and abs(each.lat - 48.15) < 0.05 for each in readings)


def test_g_for_h_reaches_the_prohres_of_donetsk_oblast() -> None:
    assert any(each.admin1_code == "UA-14" and abs(each.lat - 48.25) < 0.05 for each in geocode_candidates("Progress"))


def test_the_gender_of_the_ending_is_kept() -> None:
    variants = [each.name for each in geocode_candidates("Pervomayskoye") if each.matched_by == "a spelling variant"]
    assert variants and all(name.endswith("e") for name in variants)  # Pervomaiske, never Pervomaiskyi
