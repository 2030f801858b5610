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


def test_the_sample_covers_current_and_former_raions_in_every_form() -> None:
    built = cases(SAMPLE)
    assert {case.form for case in built} == set(FORMS)
    assert any(case.raion.startswith("UA") for case in built)
    assert any(case.raion.startswith("former-") for case in built)
    assert built == cases(SAMPLE)  # deterministic


def test_raion_phrases_are_placed_in_their_oblast_and_raion(result: dict[str, object]) -> None:
    assert result["admin1"] >= 0.99, result  # type: ignore[operator]
    assert result["within"] >= 0.93, result  # type: ignore[operator]
    assert result["abroad"] == 0.0, result


def test_the_script_prints_one_json_line(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    spec = importlib.util.spec_from_file_location("measure_raions", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr("sys.argv", ["measure_raions.py", "--sample", "2"])
    assert module.main() == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["n"] >= 8
