"""Bad agreement files, kept as data in error_cases.yaml: each must fail with a message naming the line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from trucewatch import safe_yaml
from trucewatch.errors import AgreementError, ValidationFailed
from trucewatch.terms import AgreementInvalid, load_agreement_text

CASES: list[dict[str, Any]] = safe_yaml.load(
    (Path(__file__).parent / "error_cases.yaml").read_text(encoding="utf-8"), "error_cases.yaml"
)["cases"]


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_bad_agreement_is_rejected_with_line(case: dict[str, Any]) -> None:
    with pytest.raises(AgreementInvalid) as raised:
        load_agreement_text(case["yaml"], "case.yaml")
    error = raised.value
    # One exception type serves both ways of catching it.
    assert isinstance(error, AgreementError) and isinstance(error, ValidationFailed)
    matching = [problem for problem in error.problems if case["message"] in problem.message]
    assert matching, f"no problem mentions {case['message']!r}; got: {[str(p) for p in error.problems]}"
    assert any(problem.where.line == case["line"] for problem in matching), [str(p) for p in matching]
    if "field" in case:
        assert any(problem.where.field == case["field"] for problem in matching), [str(p) for p in matching]
    assert all(problem.where.file == "case.yaml" for problem in error.problems)
    assert f"case.yaml:{case['line']}" in str(error)


def test_error_case_ids_are_unique() -> None:
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids)) and len(ids) >= 12
