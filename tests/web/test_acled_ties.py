"""export-acled depends on the findings only: stores built in a different order give the same bytes."""

from __future__ import annotations

from pathlib import Path

from trucewatch import api
from trucewatch.api.acled_export import incidents_acled
from trucewatch.report.exports import acled_csv

SAMPLES = Path(__file__).resolve().parents[2] / "src" / "trucewatch" / "data" / "samples" / "reports-2025.jsonl"


def _store(folder: Path, lines: list[str]) -> Path:
    folder.mkdir()
    reports = folder / "reports.jsonl"
    reports.write_text("".join(lines), encoding="utf-8")
    db = folder / "store.duckdb"
    api.init_store(db, load_shipped=True)
    api.ingest(db, [reports], strict=True)
    api.assess(db)
    return db


def test_export_acled_is_the_same_for_stores_with_identical_findings(tmp_path: Path) -> None:
    lines = SAMPLES.read_text(encoding="utf-8").splitlines(keepends=True)
    forward = _store(tmp_path / "forward", lines)
    backward = _store(tmp_path / "backward", lines[::-1])
    assert api.findings_json(api.findings(forward)) == api.findings_json(api.findings(backward))
    exported = acled_csv(incidents_acled(forward))
    assert exported == acled_csv(incidents_acled(backward))
    # equally severe findings (kremlin and us readings both alleged): the first by reading id names the tag
    row = next(line for line in exported.splitlines() if line.startswith("inc:s25-ru-mod-0326-glebovskoye,"))
    assert row.endswith("alleged_violation (energy-moratorium-2025 energy-strikes, kremlin reading)\",")
