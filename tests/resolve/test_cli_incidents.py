"""`trucewatch incidents …` end to end on the shipped samples: list, show, merge, split, overrides, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from trucewatch.cli import main


def run(*args: str, code: int = 0) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result.output


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    run("demo", str(folder))
    return folder / "trucewatch.duckdb"


def test_list_show_and_override_round_trip(demo_db: Path) -> None:
    db = str(demo_db)
    contested = json.loads(run("incidents", "list", "--db", db, "--grade", "contested", "--format", "json"))
    assert "inc:s25-ru-mod-0321-sudzha" in {row["id"] for row in contested}
    shown = json.loads(run("incidents", "show", "s25-ua-gs-0321-sudzha-denial", "--db", db, "--format", "json"))
    assert shown["id"] == "inc:s25-ru-mod-0321-sudzha" and shown["evidence_grade"] == "contested"
    assert {r["id"] for r in shown["reports"]} >= {"s25-ru-mod-0321-sudzha", "s25-ua-gs-0321-sudzha-denial"}

    out = run("incidents", "merge", "s25-ua-0319-sumy-hospital", "s25-ua-0319-krasnopillia-hospital",
              "--reason", "one wave", "--by", "tester", "--db", db)
    assert "merge" in out and "tester" in out
    err = CliRunner().invoke(main, ["incidents", "split", "s25-ua-0319-sumy-hospital",
                                    "s25-ua-0319-krasnopillia-hospital", "--reason", "no", "--db", db])
    assert err.exit_code == 2 and "contradictory override" in err.output
    err = CliRunner().invoke(main, ["incidents", "merge", "no-such-report", "s25-ua-0319-sumy-hospital",
                                    "--reason", "x", "--db", db])
    assert err.exit_code == 2 and "unknown report id(s): no-such-report" in err.output
    overrides = json.loads(run("incidents", "overrides", "--db", db, "--format", "json"))
    assert [o["reason"] for o in overrides] == ["one wave"] and overrides[0]["applies"] is True
    findings = json.loads(run("findings", "--db", db, "--format", "json"))
    merged = [f for f in findings if "s25-ua-0319-sumy-hospital" in f["reports"]]
    assert merged and all("s25-ua-0319-krasnopillia-hospital" in f["reports"] for f in merged)


def test_missing_reason_is_a_usage_error(demo_db: Path) -> None:
    result = CliRunner().invoke(main, ["incidents", "discount", "inc:s25-ru-mod-0328-saratov", "--db", str(demo_db)])
    assert result.exit_code == 2 and "--reason" in result.output
