"""Outputs of a large store: a table for a person shows the first rows and says how many there are; json and
csv give every row, written batch by batch with the same bytes as the whole list at once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from trucewatch import api
from trucewatch.api import resolve as api_resolve
from trucewatch.cli import main
from trucewatch.cli.app import TABLE_ROWS, echo_json, echo_json_batches

from .conftest import agreement_yaml, report


@pytest.fixture(scope="module")
def many_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """More incidents than a table shows: one strike a day in a different oblast centre, far apart."""
    folder = tmp_path_factory.mktemp("many")
    db = folder / "many.duckdb"
    api.init_store(db, load_shipped=False)
    terms = folder / "pause.yaml"
    terms.write_text(agreement_yaml("kyiv-pause", "Europe/Kyiv"), encoding="utf-8")
    api.load_agreements(db, [terms])
    rows = [report(f"r{n:03d}", {"start": f"2025-0{1 + n // 28}-{1 + n % 28:02d}T{n % 24:02d}:00",
                                  "tz": "Europe/Kyiv"},
                   location={"country": "UA", "lat": 44.5 + (n % 15) * 0.5, "lon": 23.0 + (n // 15) * 1.0})
            for n in range(TABLE_ROWS + 5)]
    path = folder / "reports.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    api.ingest(db, [path], strict=True, embed=False)
    api.assess(db)
    return db


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_the_incident_table_shows_the_first_rows_and_counts_the_rest(many_db: Path) -> None:
    total = len(api_resolve.list_incidents(many_db))
    assert total > TABLE_ROWS
    out = run("incidents", "list", "--db", str(many_db))
    assert f"{TABLE_ROWS} of {total:,} incidents" in out
    assert f"showing the newest {TABLE_ROWS} of {total:,} incidents" in out
    assert "of" not in run("incidents", "list", "--db", str(many_db), "--limit", "7").splitlines()[0]


def test_incidents_as_json_are_every_incident_in_order(many_db: Path) -> None:
    everything = api_resolve.list_incidents(many_db)
    streamed = json.loads(run("incidents", "list", "--db", str(many_db), "--format", "json"))
    assert streamed == json.loads(json.dumps(everything, default=str))
    assert len(streamed) == len(everything) > TABLE_ROWS


@pytest.mark.parametrize("batches", [[], [[]], [[{"a": 1}]], [[{"a": [1, 2], "b": {"c": "x\u202e"}}, {"a": None}],
                                                                [], [{"a": "ü"}]]])
def test_json_written_in_batches_is_the_whole_list_byte_for_byte(batches: list[list[object]],
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    echo_json([item for batch in batches for item in batch])
    whole = capsys.readouterr().out
    echo_json_batches(batches)
    assert capsys.readouterr().out == whole


def test_the_acled_export_of_many_incidents_is_complete_and_never_half_written(many_db: Path,
                                                                               tmp_path: Path) -> None:
    target = tmp_path / "incidents.csv"
    result = CliRunner().invoke(main, ["incidents", "export-acled", "--db", str(many_db), "-o", str(target)])
    assert result.exit_code == 0, result.output
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 + len(api_resolve.list_incidents(many_db))
    missing = CliRunner().invoke(main, ["incidents", "export-acled", "--db", str(many_db),
                                        "-o", str(tmp_path / "no-such-folder" / "x.csv")])
    assert missing.exit_code == 2 and "does not exist" in missing.output
    assert not (tmp_path / "no-such-folder").exists()
