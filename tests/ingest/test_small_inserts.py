"""Writes of many small statements in one transaction stay within a modest memory limit: the store turns
DuckDB's insertion order off for its bulk writes, under which every INSERT statement of a transaction takes a
row group of its own. A long Telegram export of service messages (each one skipped and logged) and a load of
many agreements at once both used to run out of memory this way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from trucewatch.cli import main
from trucewatch.store import Store

SHIPPED = Path(__file__).parents[2] / "src" / "trucewatch" / "data" / "agreements" / "energy-moratorium-2025.yaml"


@pytest.fixture
def low_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRUCEWATCH_MEMORY_LIMIT", "160MB")


def test_an_export_of_ten_thousand_service_messages_is_logged_within_the_limit(tmp_path: Path,
                                                                             low_memory: None) -> None:
    messages = [{"id": i, "type": "service", "date": "2025-03-20T10:00:00", "action": "pin_message"}
                for i in range(1, 10_001)]
    export = tmp_path / "result.json"
    export.write_text(json.dumps({"name": "Channel", "messages": messages}), encoding="utf-8")
    db = tmp_path / "s.duckdb"
    assert CliRunner().invoke(main, ["init", "--db", str(db), "--no-agreements"]).exit_code == 0
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), "--format", "telegram", str(export)])
    assert result.exit_code == 0, result.output
    with Store(db, read_only=True) as store:
        skipped = store.con.execute("SELECT count(*), count(DISTINCT item), min(reason) FROM ingest_skipped")
        assert skipped.fetchone() == (10_000, 10_000, "service message (pin_message)")


def test_many_agreements_load_in_one_transaction_within_the_limit(tmp_path: Path, low_memory: None) -> None:
    body = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    files = []
    for number in range(60):
        path = tmp_path / f"agreement-{number}.yaml"
        path.write_text(yaml.safe_dump({**body, "id": f"{body['id']}-{number}"}, allow_unicode=True),
                        encoding="utf-8")
        files.append(str(path))
    db = tmp_path / "s.duckdb"
    assert CliRunner().invoke(main, ["init", "--db", str(db), "--no-agreements"]).exit_code == 0
    result = CliRunner().invoke(main, ["agreements", "load", "--db", str(db), *files])
    assert result.exit_code == 0, result.output
    with Store(db, read_only=True) as store:
        agreements, readings = store.con.execute(
            "SELECT count(DISTINCT agreement_id), count(*) FROM clause_readings").fetchone() or (0, 0)
    assert agreements == 60
    assert readings % 60 == 0 and readings > 60
