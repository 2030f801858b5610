"""Same inputs, same run id and byte-identical findings — wherever the files were read from."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from trucewatch import api

ROOT = Path(__file__).resolve().parents[2]
AGREEMENT = ROOT / "src" / "trucewatch" / "data" / "agreements" / "easter-truce-2025.yaml"
REPORT = {
    "id": "r1", "source": {"name": "General Staff of Ukraine", "kind": "official", "aligned_with": "UA"},
    "claimant": "UA", "stance": "alleges", "actor": "RU", "event": "shelling", "weapon": "artillery",
    "occurred": {"start": "2025-04-20T10:00:00", "tz": "Europe/Kyiv"},
    "location": {"name": "Kupiansk", "country": "UA"},
}


def _run(folder: Path) -> tuple[str, str]:
    folder.mkdir()
    agreement = folder / "truce.yaml"
    shutil.copyfile(AGREEMENT, agreement)
    reports = folder / "reports.jsonl"
    reports.write_text(json.dumps(REPORT) + "\n", encoding="utf-8")
    db = folder / "store.duckdb"
    api.init_store(db, load_shipped=False)
    api.load_agreements(db, [agreement])
    api.ingest(db, [reports])
    run = api.assess(db)
    return run["run_id"], api.findings_json(api.findings(db))


def test_same_inputs_in_other_folders_give_the_same_run_and_findings(tmp_path: Path) -> None:
    run_a, findings_a = _run(tmp_path / "a")
    run_b, findings_b = _run(tmp_path / "b")
    assert run_a == run_b
    assert findings_a == findings_b
    assert json.loads(findings_a)[0]["verdict"] == "alleged_violation"


def test_changed_terms_change_the_run(tmp_path: Path) -> None:
    run_a, _ = _run(tmp_path / "a")
    folder = tmp_path / "b"
    folder.mkdir()
    edited = folder / "truce.yaml"
    edited.write_text(AGREEMENT.read_text(encoding="utf-8").replace("Easter truce", "Easter truce (edited)"),
                      encoding="utf-8")
    db = folder / "store.duckdb"
    api.init_store(db, load_shipped=False)
    api.load_agreements(db, [edited])
    reports = folder / "reports.jsonl"
    reports.write_text(json.dumps(REPORT) + "\n", encoding="utf-8")
    api.ingest(db, [reports])
    assert api.assess(db)["run_id"] != run_a
