"""Removing data: reports by id or by ingest, and agreements; asked first, recorded, and the next assess
(incremental) gives what a full assess of what is left gives."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.adjudicate.test_incremental import _reports, _state, _write

from trucewatch import api
from trucewatch.api import removal
from trucewatch.cli import main
from trucewatch.errors import NotFound, UserError


@pytest.fixture()
def assessed(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A store with two ingests (two files), assessed; returns the store and both files."""
    reports = _reports(21)
    first = _write(tmp_path / "first.jsonl", reports[: len(reports) // 2])
    second = _write(tmp_path / "second.jsonl", reports[len(reports) // 2:])
    db = tmp_path / "t.duckdb"
    api.init_store(db)
    api.ingest(db, [first, second], embed=False)
    api.assess(db)
    return db, first, second


def _full_copy_state(db: Path, tmp_path: Path) -> tuple[str, str]:
    copy = tmp_path / "full.duckdb"
    shutil.copy(db, copy)
    api.assess(copy, full=True)
    return _state(copy)


def test_removing_reports_then_incremental_assess_equals_full(assessed: tuple[Path, Path, Path],
                                                              tmp_path: Path) -> None:
    db, _, _ = assessed
    before = api.status(db)["reports"]
    corroborated = [f["reports"] for f in api.findings(db) if len(f["reports"]) > 1]
    gone = [corroborated[0][0]] if corroborated else ["e0-0"]
    result = removal.remove_reports(db, gone, reason="duplicate of another source")
    assert result["count"] == 1 and result["removed"]
    assert api.status(db)["reports"] == before - 1
    run = api.assess(db)
    assert run["mode"] == "incremental"
    assert _state(db) == _full_copy_state(db, tmp_path)
    assert all(gone[0] not in f["reports"] for f in api.findings(db, everything=True))
    (entry,) = removal.removal_history(db)
    assert entry["kind"] == "reports" and entry["ids"] == gone and entry["reason"] == "duplicate of another source"


def test_removing_an_ingest_removes_exactly_its_reports(assessed: tuple[Path, Path, Path], tmp_path: Path) -> None:
    db, first, second = assessed
    n_second = len(second.read_text(encoding="utf-8").splitlines())
    (listed,) = [i for i in removal.list_ingests(db) if i["file"] == str(second)]
    preview = removal.remove_reports(db, ingest=listed["id"], dry_run=True)
    assert preview["count"] == n_second and not preview["removed"]
    assert api.status(db)["reports"] == n_second + len(first.read_text(encoding="utf-8").splitlines())
    removal.remove_reports(db, ingest=str(second))
    assert api.status(db)["reports"] == len(first.read_text(encoding="utf-8").splitlines())
    api.assess(db)
    assert _state(db) == _full_copy_state(db, tmp_path)
    # ingesting the file again brings its reports back
    api.ingest(db, [second], embed=False)
    assert api.status(db)["reports"] == n_second + len(first.read_text(encoding="utf-8").splitlines())


def test_removing_an_agreement_takes_its_findings_and_is_recorded(assessed: tuple[Path, Path, Path],
                                                                  tmp_path: Path) -> None:
    db, _, _ = assessed
    assert any(f["agreement"] == "easter-truce-2025" for f in api.findings(db, everything=True))
    removal.remove_agreement(db, "easter-truce-2025", reason="not relevant to this study")
    assert "easter-truce-2025" not in {a["id"] for a in api.list_agreements(db)}
    assert not any(f["agreement"] == "easter-truce-2025" for f in api.findings(db, everything=True))
    api.assess(db)
    assert _state(db) == _full_copy_state(db, tmp_path)
    assert removal.removal_history(db)[-1]["target"] == "easter-truce-2025"


def test_bad_removals_remove_nothing(assessed: tuple[Path, Path, Path]) -> None:
    db, _, _ = assessed
    before = api.status(db)["reports"]
    with pytest.raises(NotFound, match="no report 'nope'"):
        removal.remove_reports(db, ["e0-0", "nope"])
    with pytest.raises(NotFound, match="no ingest"):
        removal.remove_reports(db, ingest="0000000000")
    with pytest.raises(UserError):
        removal.remove_reports(db, ["e0-0"], ingest="x")
    with pytest.raises(NotFound):
        removal.remove_agreement(db, "no-such-agreement")
    assert api.status(db)["reports"] == before and removal.removal_history(db) == []


def test_cli_asks_first_and_needs_yes_without_a_terminal(assessed: tuple[Path, Path, Path]) -> None:
    db, _, _ = assessed
    runner = CliRunner()
    refused = runner.invoke(main, ["reports", "remove", "--db", str(db), "e0-0"])
    assert refused.exit_code == 2 and "--yes" in refused.output
    assert api.status(db)["reports"] == len(_reports(21))
    done = runner.invoke(main, ["reports", "remove", "--db", str(db), "e0-0", "--yes", "--reason", "test"])
    assert done.exit_code == 0, done.output
    assert "removed 1 report" in done.output
    history = json.loads(runner.invoke(main, ["reports", "removals", "--db", str(db), "--format", "json"]).output)
    assert history[0]["ids"] == ["e0-0"] and history[0]["reason"] == "test"
    gone = runner.invoke(main, ["agreements", "remove", "--db", str(db), "black-sea-2025", "-y"])
    assert gone.exit_code == 0 and "removed agreement black-sea-2025" in gone.output
