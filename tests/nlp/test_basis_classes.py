"""The classes the evals count their place misses under, from the words of ``location_basis``."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from trucewatch.model import Location, Report, Source
from trucewatch.nlp.basis_classes import basis_class, count_basis


def _report(location: Location | None, basis: str | None) -> Report:
    return Report(id="r", source=Source(name="test"), location=location,
                  provenance={"location_basis": basis} if basis else {})


CASES: list[dict[str, Any]] = yaml.safe_load((Path(__file__).parent / "place_basis_cases.yaml").read_text("utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[case["class"] + str(i) for i, case in enumerate(CASES)])
def test_basis_class(case: dict[str, Any]) -> None:
    assert basis_class(case["basis"]) == case["class"]
    if "alternate" in case:
        counter: Counter[str] = Counter()
        count_basis(counter, _report(Location(name="X", lat=48.0, lon=37.0), case["basis"]))
        assert counter[case["class"]] == 1
        assert counter["by_alternate_name"] == int(case["alternate"])


def test_count_basis_without_a_place_or_a_basis() -> None:
    counter: Counter[str] = Counter()
    count_basis(counter, None)
    count_basis(counter, _report(None, None))
    count_basis(counter, _report(Location(name="Donetsk Oblast", admin1_code="UA-14"), "an oblast's name"))
    count_basis(counter, _report(Location(name="X", lat=48.0, lon=37.0), None))
    assert counter == Counter({"no_place": 3, "unstated": 1})
