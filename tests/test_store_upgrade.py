"""A store written by an older trucewatch: commands that only read it say how to upgrade it (they cannot:
a reader does not write) instead of failing on tables and columns it does not have yet; opening it for
writing upgrades it in place and keeps its data."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
from click.testing import CliRunner

from trucewatch.cli import main
from trucewatch.store import SCHEMA_VERSION
from trucewatch.store.schema import MIGRATIONS

OLD_VERSION = 7


def _older_store(path: Path) -> None:
    con = duckdb.connect(str(path))
    for version, ddl in sorted(MIGRATIONS):
        if version <= OLD_VERSION:
            con.execute(ddl)
    con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(OLD_VERSION)])
    con.execute("INSERT INTO facility_candidates VALUES ('r1', 'f1', 'energy.generation', 2.5, 'distance', 12.0)")
    con.close()


def test_reading_an_older_store_says_how_to_upgrade_it_and_init_upgrades_it(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    _older_store(db)
    runner = CliRunner()
    for command in (["findings"], ["status"], ["scorecard"]):
        result = runner.invoke(main, [*command, "--db", str(db)])
        assert result.exit_code == 2, (command, result.output)
        assert f"schema version {OLD_VERSION}, older" in result.output and "trucewatch init --db" in result.output
    # nothing was changed by the readers
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (str(OLD_VERSION),)
    upgraded = runner.invoke(main, ["init", "--db", str(db)])
    assert upgraded.exit_code == 0, upgraded.output
    status = runner.invoke(main, ["status", "--db", str(db), "--format", "json"])
    assert status.exit_code == 0, status.output
    assert json.loads(status.output)["schema_version"] == SCHEMA_VERSION
    with duckdb.connect(str(db), read_only=True) as con:
        # the old facility candidate is kept (its new precision column is empty: no such report)
        assert con.execute("SELECT report_id, distance_km FROM facility_candidates").fetchall() == [("r1", 2.5)]


def test_reading_a_database_that_is_not_a_store_says_so(tmp_path: Path) -> None:
    other = tmp_path / "other.duckdb"
    with duckdb.connect(str(other)) as con:
        con.execute("CREATE TABLE notes (text VARCHAR)")
    for command in (["findings"], ["changes"], ["status"]):
        result = CliRunner().invoke(main, [*command, "--db", str(other)])
        assert result.exit_code == 2, (command, result.output)
        assert "is not a trucewatch store" in result.output and "trucewatch init --db" in result.output
