"""The gold set of news paragraphs (gold_paragraphs.yaml), scored as a whole: who said what about whom and
when. Floors: claimant and stance both right in 95 % of paragraphs, the extracted interval contains the
true time in 95 %; actor, place, target and weapon are scored and printed, with lower floors."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from trucewatch.model import Report
from trucewatch.nlp.extract import extract_article
from trucewatch.nlp.pipeline import Article

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "gold_paragraphs.yaml").read_text(encoding="utf-8"))
FIELDS = ("claimant_and_stance", "actor", "interval", "place", "target", "weapon")


def _report(case: dict[str, Any]) -> Report | None:
    anchors = {name: datetime.fromisoformat(value) for name, value in case.get("anchors", {}).items()}
    article = Article(id=case["id"], text=case["text"], published_at=datetime.fromisoformat(case["published_at"]),
                      source="gold")
    reports = extract_article(article, anchors=anchors)
    wanted = case.get("report", 1)
    return reports[wanted - 1] if len(reports) >= wanted else None


def _scores(case: dict[str, Any], report: Report | None) -> dict[str, bool]:
    expected = case["expect"]
    if report is None:
        return {field: False for field in FIELDS if field in expected or field == "claimant_and_stance"}
    scores: dict[str, bool] = {}
    claimant_ok = "claimant" not in expected or report.claimant == expected["claimant"]
    scores["claimant_and_stance"] = claimant_ok and report.stance == expected["stance"]
    if "actor" in expected:
        scores["actor"] = report.actor == expected["actor"]
    if "at" in expected:
        true_time = datetime.fromisoformat(expected["at"])
        scores["interval"] = report.occurred is not None and (
            report.occurred.start <= true_time <= report.occurred.end)
    if "place" in expected:
        scores["place"] = report.location is not None and report.location.name == expected["place"]
    if "target" in expected:
        scores["target"] = report.target is not None and report.target.category == expected["target"]
    if "weapon" in expected:
        scores["weapon"] = report.weapon == expected["weapon"]
    return scores


def test_the_gold_set_is_big_and_varied_enough() -> None:
    assert len(CASES) >= 40
    assert len({case["id"] for case in CASES}) == len(CASES)
    stances = {case["expect"]["stance"] for case in CASES}
    assert {"alleges", "denies", "acknowledges", "reports"} <= stances
    assert sum(re.search(r"\b(?:was|were) \w+ (?:\w+ )?by\b", case["text"]) is not None for case in CASES) >= 3
    assert sum("denied" in case["text"] or "rejected" in case["text"] for case in CASES) >= 3


def test_gold_paragraph_scores() -> None:
    totals: dict[str, list[bool]] = {field: [] for field in FIELDS}
    misses: dict[str, list[str]] = {field: [] for field in FIELDS}
    for case in CASES:
        for field, ok in _scores(case, _report(case)).items():
            totals[field].append(ok)
            if not ok:
                misses[field].append(case["id"])
    share = {field: sum(values) / len(values) for field, values in totals.items() if values}
    print({field: round(value, 3) for field, value in share.items()}, misses)
    assert share["claimant_and_stance"] >= 0.95, misses["claimant_and_stance"]
    assert share["interval"] >= 0.95, misses["interval"]
    assert share["actor"] >= 0.9, misses["actor"]
    assert share["target"] >= 0.8, misses["target"]
    assert share["weapon"] >= 0.8, misses["weapon"]
    assert share["place"] >= 0.7, misses["place"]


@pytest.mark.parametrize("case", [c for c in CASES if c["expect"]["stance"] == "denies"],
                         ids=lambda case: case["id"])
def test_a_denial_in_the_same_article_answers_the_allegation(case: dict[str, Any]) -> None:
    reports = extract_article(Article(case["id"], case["text"], datetime.fromisoformat(case["published_at"])))
    denial = next(r for r in reports if r.stance == "denies")
    alleged = [r for r in reports if r.stance == "alleges"]
    if alleged:
        assert denial.relates_to == alleged[0].id


@pytest.mark.parametrize("text", [
    "The Russian Defence Ministry accused Kyiv of blowing up the gas metering station in Sudzha, Kursk region, on "
    "Friday morning. Ukraine's General Staff denied the claim and called it a staged provocation.",
    # the denial told inside the claim's own sentence
    "The Russian Defence Ministry said Ukrainian forces blew up the gas metering station in Sudzha, Kursk region, "
    "on Friday morning, a claim Kyiv rejected.",
], ids=("denial-of-its-own", "denial-inside-the-claim"))
def test_an_allegation_and_its_denial_in_text_make_a_disputed_incident(tmp_path: Path, text: str) -> None:
    import json

    from click.testing import CliRunner

    from trucewatch.cli.app import main

    article = tmp_path / "statement.jsonl"
    article.write_text(json.dumps({"id": "mod-1", "published_at": "2025-03-21T12:00:00+03:00", "source": "wire",
                                   "text": text}) + "\n", encoding="utf-8")
    db = str(tmp_path / "store.duckdb")
    runner = CliRunner()
    for arguments in (["init", "--db", db], ["ingest", "--db", db, "--text", str(article)], ["assess", "--db", db]):
        result = runner.invoke(main, arguments)
        assert result.exit_code == 0, result.output
    incidents = runner.invoke(main, ["incidents", "list", "--db", db])
    assert "contested" in incidents.output and "2" in incidents.output
    findings = runner.invoke(main, ["findings", "--db", db])
    assert "disputed" in findings.output
