"""A gold paragraph file is read strictly: a key the scorer does not know (``report`` written inside ``expect``, as a
writer once did) would leave a case scored on the wrong report, so it is refused with the file, the case and the key;
the scripts that score such files exit with 2 and say why."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from trucewatch.nlp.paragraph_scores import load_cases

ROOT = Path(__file__).resolve().parents[2]
_GOOD = """\
- id: one
  published_at: "2025-03-19T09:00:00+02:00"
  report: 2
  text: Russia said Ukrainian drones hit a depot in Belgorod. Kyiv denied it.
  expect: {claimant: UA, stance: denies, actor: UA, place: Belgorod}
"""


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_well_formed_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "cases.yaml"
    path.write_text(_GOOD, encoding="utf-8")
    assert [case["report"] for case in load_cases(path)] == [2]


@pytest.mark.parametrize(("changed", "said"), [
    # the slip that once had seven cases scored on their first report
    (_GOOD.replace("  report: 2\n", "").replace("{claimant", "{report: 2, claimant"), "unknown key expect.report"),
    (_GOOD.replace("expect: {claimant", "expect: {speaker"), "unknown key expect.speaker"),
    (_GOOD.replace("  report: 2\n", "  reports: 2\n"), "unknown key reports"),
    (_GOOD.replace("  text: Russia", "  body: Russia"), "missing text; unknown key body"),
    (_GOOD.replace("report: 2", "report: 0"), "'report' must be a whole number from 1, not 0"),
    (_GOOD.replace("report: 2", "report: second"), "'report' must be a whole number from 1, not 'second'"),
    (_GOOD.replace("  expect: {claimant: UA, stance: denies, actor: UA, place: Belgorod}\n", ""),
     "expected a mapping with an 'expect' mapping"),
])
def test_a_case_with_a_key_out_of_place_is_refused_by_name(tmp_path: Path, changed: str, said: str) -> None:
    path = tmp_path / "cases.yaml"
    path.write_text(changed, encoding="utf-8")
    with pytest.raises(ValueError) as raised:
        load_cases(path)
    assert str(raised.value) == f"{path}: case 1 (one): {said}"


def test_the_halves_script_exits_2_on_such_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cases.yaml"
    path.write_text(_GOOD.replace("  report: 2\n", "").replace("{claimant", "{report: 2, claimant"), encoding="utf-8")
    assert _script("gold_halves").main(["paragraphs", str(path)]) == 2
    assert "unknown key expect.report" in capsys.readouterr().err
