"""The CLI end to end: demo, findings formats and filters, status, exit codes, reproducibility."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from trucewatch.cli import main
from trucewatch.model import VERDICTS


def run(*args: str, code: int = 0) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == code, result.output + (result.stderr if result.stderr_bytes else "")
    return result.output


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    out = run("demo", str(folder))
    assert "findings" in out
    return folder / "trucewatch.duckdb"


def test_demo_prints_scorecard_and_paths(demo_db: Path) -> None:
    findings_file = demo_db.parent / "findings.json"
    rows = json.loads(findings_file.read_text())
    assert rows, "the demo produced no findings"
    assert {r["agreement"] for r in rows} >= {"energy-moratorium-2025", "easter-truce-2025"}


def test_findings_json_contract(demo_db: Path) -> None:
    rows = json.loads(run("findings", "--db", str(demo_db), "--format", "json"))
    assert isinstance(rows, list) and rows
    for row in rows:
        for key in ("agreement", "clause", "reading", "incident", "reports", "actor", "verdict", "reasons"):
            assert key in row
        assert row["verdict"] in VERDICTS
        assert [r["condition"] for r in row["reasons"]] == [
            "party", "act", "time", "target", "geography", "evidence"]
        assert all(r["status"] in ("pass", "fail", "uncertain") and r["detail"] for r in row["reasons"])


def test_every_incident_is_judged_under_every_reading(demo_db: Path) -> None:
    rows = json.loads(run("findings", "--db", str(demo_db), "--agreement", "energy-moratorium-2025",
                          "--all", "--format", "json"))
    by_incident: dict[str, set[str]] = {}
    for row in rows:
        by_incident.setdefault(row["incident"], set()).add(row["reading"])
    assert all(readings == {"us", "kremlin", "ukraine"} for readings in by_incident.values())


def test_filters(demo_db: Path) -> None:
    rows = json.loads(run("findings", "--db", str(demo_db), "--reading", "kremlin", "--party", "RU",
                          "--since", "2025-03-18", "--until", "2025-03-31", "--format", "json"))
    assert rows
    assert all(r["reading"] == "kremlin" and r["actor"] == "RU" for r in rows)
    assert all("2025-03-17" <= r["occurred_start"][:10] <= "2025-03-31" for r in rows)
    only = json.loads(run("findings", "--db", str(demo_db), "--verdict", "not_covered", "--format", "json"))
    assert only and {r["verdict"] for r in only} == {"not_covered"}


def test_csv_has_one_row_per_finding(demo_db: Path) -> None:
    text = run("findings", "--db", str(demo_db), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    as_json = json.loads(run("findings", "--db", str(demo_db), "--format", "json"))
    assert len(rows) == len(as_json)
    assert "time: " in rows[0]["reasons"]


def test_scorecard_counts_add_up(demo_db: Path) -> None:
    card = json.loads(run("scorecard", "--db", str(demo_db), "--format", "json"))
    findings = json.loads(run("findings", "--db", str(demo_db), "--format", "json"))
    assert sum(r["total"] for r in card) == len(findings)
    for r in card:
        assert sum(r[v] for v in VERDICTS) == r["total"]


def test_status_json(demo_db: Path) -> None:
    data = json.loads(run("status", "--db", str(demo_db), "--format", "json"))
    assert data["db"] == str(demo_db)
    assert data["schema_version"] >= 1
    assert data["agreements"] == 4
    assert data["reports"] >= 30 and data["reports_by_source"]
    assert data["incidents"] > 0 and sum(data["findings_by_verdict"].values()) == data["findings"]
    assert data["last_run"]["engine_version"]


def test_identical_inputs_give_identical_findings(tmp_path: Path, demo_db: Path) -> None:
    run("demo", str(tmp_path / "again"))
    first = run("findings", "--db", str(demo_db), "--format", "json")
    second = run("findings", "--db", str(tmp_path / "again" / "trucewatch.duckdb"), "--format", "json")
    assert first == second
    status_a = json.loads(run("status", "--db", str(demo_db), "--format", "json"))["last_run"]
    status_b = json.loads(run("status", "--db", str(tmp_path / "again" / "trucewatch.duckdb"),
                              "--format", "json"))["last_run"]
    assert status_a == status_b


def test_missing_store_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["findings", "--db", str(tmp_path / "nope.duckdb")])
    assert result.exit_code == 2
    assert "no store at" in result.output and "trucewatch init" in result.output


def test_bad_agreement_exits_2_with_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\ntitle: t\nparties: [{id: RU, name: Russia}]\nwindow: {start: 2025-13-01, tz: UTC}\n")
    result = CliRunner().invoke(main, ["agreements", "validate", str(bad)])
    assert result.exit_code == 2
    assert f"{bad}:" in result.output


def test_shipped_agreements_validate() -> None:
    folder = Path(__file__).resolve().parents[1] / "src" / "trucewatch" / "data" / "agreements"
    out = run("agreements", "validate", *sorted(str(p) for p in folder.glob("*.yaml")))
    assert out.count("ok ") == 4


def test_assess_check_exits_1_on_violations(demo_db: Path) -> None:
    result = CliRunner().invoke(main, ["assess", "--db", str(demo_db), "--check"])
    assert result.exit_code == 1


def test_env_var_selects_the_store(demo_db: Path) -> None:
    result = CliRunner(env={"TRUCEWATCH_DB": str(demo_db)}).invoke(main, ["status", "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.output)["db"] == str(demo_db)


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    out = []
    for name, command in sorted(group.commands.items()):
        out.append((prefix + name, command))
        if isinstance(command, click.Group):
            out.extend(_commands(command, prefix + name + " "))
    return out


@pytest.mark.parametrize(("name", "command"), _commands(main), ids=lambda v: v if isinstance(v, str) else "")
def test_every_command_and_option_is_documented(name: str, command: click.Command) -> None:
    assert command.help, f"'{name}' has no help text"
    for param in command.params:
        if isinstance(param, click.Option) and param.name not in ("help", "version"):
            assert param.help, f"'{name} {param.opts[0]}' has no help text"


def test_python_dash_m_runs_the_same_command_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    shown = subprocess.run([sys.executable, "-m", "trucewatch", "--help"], capture_output=True, text=True,
                           check=False)
    assert shown.returncode == 0, shown.stderr
    assert "demo" in shown.stdout and "ingest" in shown.stdout
    missing = tmp_path / "nowhere.duckdb"
    failed = subprocess.run([sys.executable, "-m", "trucewatch", "findings", "--db", str(missing)],
                            capture_output=True, text=True, check=False)
    assert failed.returncode == 2, failed.stdout + failed.stderr
    assert str(missing) in failed.stderr
