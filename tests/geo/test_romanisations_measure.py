"""The measure of older romanisations over the gazetteer (scripts/measure_romanisations.py): its own romanisation,
a run over a sample of villages, and bad input."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "measure_romanisations.py"


@pytest.fixture(scope="module")
def script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("measure_romanisations", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("cyrillic", "expected"), [
    ("загоруйківка", "Zahoruykivka"), ("михайлівка", "Mykhaylivka"), ("новокиївка", "Novokyyivka"),
    ("старий кужіль", "Staryy Kuzhil"), ("запоріжжя", "Zaporizhzhya"), ("", ""),
])
def test_the_older_system_writes_each_letter_as_before_2010(script: ModuleType, cyrillic: str, expected: str) -> None:
    assert script.romanise(cyrillic, script.SYSTEMS["older"]) == expected


def test_a_sample_of_villages_is_read_in_the_older_system(script: ModuleType, capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    assert script.main(["--every", "20", "--misses"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["villages"] > 1000
    # a village's older spelling reaches the village itself, anywhere and within its oblast, all but a few (5 and 3 of
    # 1,532; 10 and 6 before й written y, -nye and -yy were read in the national spelling)
    assert result["misses"]["older anywhere"] <= 0.005 * result["villages"], result["missed"]
    assert result["misses"]["older oblast"] <= 0.0035 * result["villages"], result["missed"]
    assert len(result["missed"]) == sum(result["misses"].values())


def test_a_step_below_one_is_refused(script: ModuleType) -> None:
    with pytest.raises(SystemExit) as refused:
        script.main(["--every", "0"])
    assert refused.value.code == 2
