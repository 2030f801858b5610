"""The weapon and target the parse assigns when a sentence names several (role_cases.yaml), and the cases that
must keep the lexicon's answer."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from trucewatch.nlp import event_roles
from trucewatch.nlp import lexicon as lx
from trucewatch.nlp.extract import extract_article
from trucewatch.nlp.pipeline import Article

CASES: dict[str, list[dict[str, Any]]] = yaml.safe_load(
    (Path(__file__).parent / "role_cases.yaml").read_text(encoding="utf-8"))
ALL = [pytest.param(field, case, id=f"{field}-{case['id']}") for field, cases in CASES.items() for case in cases]


@pytest.mark.parametrize(("field", "case"), ALL)
def test_role_case(field: str, case: dict[str, Any]) -> None:
    reports = extract_article(Article("case", case["text"], datetime.fromisoformat("2025-04-10T12:00:00+03:00")))
    assert reports, case["text"]
    report = reports[0]
    found = report.weapon if field == "weapon" else (report.target.category if report.target else None)
    assert found == case[field]


def test_every_field_has_cases_that_change_and_cases_that_stay() -> None:
    for cases in CASES.values():
        assert any(case["id"].startswith("stays-") for case in cases)
        assert sum(not case["id"].startswith("stays-") for case in cases) >= 5


def test_the_lexicon_choice_is_the_first_pattern_at_its_first_match() -> None:
    found = event_roles.mentions("drones, then a missile, then more drones", lx.WEAPONS)
    chosen = event_roles.by_lexicon(found)
    assert (chosen.value, chosen.start) == ("drone", 0)


def test_no_mention_has_a_role_in_an_empty_parse() -> None:
    from trucewatch.nlp import syntax

    doc = syntax.parse(["Nothing happened."])[0]
    assert event_roles.weapon_in_role(doc, [], interception=False) is None
    assert event_roles.target_in_role(doc, []) is None
