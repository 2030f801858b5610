"""The raion measure (scripts/measure_raions.py) on a deterministic sample of the raions the project ships: raion
and district phrases are placed in their oblast, within their raion, and never abroad."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from trucewatch.nlp.raion_measure import FORMS, cases, measure

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "measure_raions.py"
SAMPLE = 40


@pytest.fixture(scope="module")
def result() -> dict[str, object]:
    return measure(cases(SAMPLE))


def test_the_sample_covers_current_and_former_raions() -> None:
    built = cases(SAMPLE)
    assert {case.form for case in built} >= set(FORMS) - {"renamed", "renamed_village"}
    assert any(case.raion.startswith("UA") for case in built)
    assert any(case.raion.startswith("former-") for case in built)
    assert built == cases(SAMPLE)  # deterministic


def test_raion_phrases_are_placed_in_their_oblast_and_raion(result: dict[str, object]) -> None:
    assert result["admin1"] >= 0.99, result  # type: ignore[operator]
    assert result["within"] >= 0.97, result  # type: ignore[operator]
    assert result["abroad"] == 0.0, result


def test_raions_named_by_a_former_name_of_their_town_stay_in_ukraine() -> None:
    # "near X, Sverdlovsk raion, Luhansk oblast": Sverdlovsk is Dovzhansk's former name, not Russia's oblast
    renamed = [case for case in cases() if case.form.startswith("renamed")]
    assert any("Sverdlovsk raion" in case.text for case in renamed)
    result = measure(renamed)
    assert result["abroad"] == 0.0 and result["admin1"] == 1.0, result
    assert result["within"] >= 0.9, result


def test_the_script_prints_one_json_line(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    spec = importlib.util.spec_from_file_location("measure_raions", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr("sys.argv", ["measure_raions.py", "--sample", "2"])
    assert module.main() == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["n"] >= 8
