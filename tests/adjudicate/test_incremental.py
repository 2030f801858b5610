"""Incremental assessment gives, byte for byte, what a full assessment gives: reports arrive in random
batches and random order (answers before what they answer, corroborations days later), some are removed;
after each assess the incidents and every finding with its reasons equal those of a fresh full run."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path
from typing import Any

import pytest

from trucewatch import api
from trucewatch.store import Store

PLACES = [("Kharkiv", 49.99, 36.23), ("Odesa", 46.48, 30.72), ("Zaporizhzhia", 47.84, 35.14),
          ("Kryvyi Rih", 47.91, 33.39), ("Sumy", 50.91, 34.80)]
TARGETS = ["energy.transmission.substation", "energy.generation.thermal", "civilian.residential", None]
SOURCES = [("Ukrainian Energy Ministry", "UA", "official"), ("Russian Ministry of Defence", "RU", "official"),
           ("Reuters", None, "media"), ("Local news", None, "media"), ("Regional administration", "UA", "official")]


def _reports(seed: int, n_events: int = 18) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    reports: list[dict[str, Any]] = []
    for event in range(n_events):
        name, lat, lon = rng.choice(PLACES)
        day = rng.choice(["2025-03-17", "2025-03-19", "2025-03-20", "2025-04-01", "2025-04-18"])
        hour = rng.randrange(0, 20)
        target = rng.choice(TARGETS)
        actor = rng.choice(["RU", "UA"])
        for copy in range(rng.choice([1, 1, 2, 3])):
            source, aligned, kind = SOURCES[(event + copy) % len(SOURCES)]
            report: dict[str, Any] = {
                "id": f"e{event}-{copy}", "source": {"name": source, "kind": kind, "aligned_with": aligned,
                                                     "published_at": f"{day}T{hour + 3:02d}:30:00+02:00"},
                "stance": "alleges" if aligned and aligned != actor else "reports", "actor": actor,
                "event": "strike", "weapon": rng.choice(["drone", "missile"]),
                "occurred": {"start": f"{day}T{hour:02d}:{rng.randrange(0, 50):02d}", "tz": "Europe/Kyiv"},
                "location": {"name": name, "country": "UA", "lat": round(lat + rng.uniform(-0.02, 0.02), 4),
                             "lon": round(lon + rng.uniform(-0.02, 0.02), 4), "precision_km": 3},
                "text": f"{source} says a {actor} strike hit {name} ({event}, {copy}).",
            }
            if target:
                report["target"] = {"category": target}
            reports.append(report)
        if rng.random() < 0.3:  # the accused side denies it
            reports.append({"id": f"e{event}-denial", "source": {"name": "Kremlin", "kind": "official",
                                                                "aligned_with": "RU"},
                            "claimant": "RU", "stance": "denies", "actor": actor, "relates_to": f"e{event}-0",
                            "occurred": {"start": f"{day}T{hour:02d}:00", "tz": "Europe/Kyiv"}})
    return reports


def _state(db: Path) -> tuple[str, str]:
    with Store(db, read_only=True) as store:
        incidents = store.con.execute(
            """SELECT id, primary_report, occurred_start, actor, target_category, evidence_grade, evidence_detail,
                      grouping, target_claims, first_published,
                      (SELECT list(report_id || '/' || role ORDER BY report_id) FROM incident_reports ir
                       WHERE ir.incident_id = i.id)
               FROM incidents i ORDER BY id""").fetchall()
    return repr(incidents), api.findings_json(api.findings(db, everything=True))


@pytest.fixture(scope="module")
def initialised(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store just made by ``api.init_store`` (schema, shipped agreements and facilities): each store of these
    tests is a copy of it, not made again (most of a second each, five times a seed)."""
    db = tmp_path_factory.mktemp("initialised") / "initialised.duckdb"
    api.init_store(db)
    return db


def _new_store(initialised: Path, db: Path) -> Path:
    return Path(shutil.copyfile(initialised, db))


def _write(path: Path, reports: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in reports), encoding="utf-8")
    return path


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_incremental_assess_equals_full_assess(tmp_path: Path, initialised: Path, seed: int) -> None:
    rng = random.Random(seed)
    reports = _reports(seed)
    rng.shuffle(reports)
    db = _new_store(initialised, tmp_path / "incremental.duckdb")
    batches = [reports[i:i + rng.randrange(3, 12)] for i in range(0, len(reports), 8)]
    seen: list[dict[str, Any]] = []
    modes = []
    for k, batch in enumerate(batches):
        seen.extend(batch)
        api.ingest(db, [_write(tmp_path / f"batch{k}.jsonl", batch)], embed=False)
        modes.append(api.assess(db)["mode"])
        if k % 3 == 2:
            _compare_with_full(tmp_path / f"full{k}", initialised, db, seen)
    # some reports go away (as a removal would do): their incidents are rebuilt too
    removed = rng.sample([r["id"] for r in seen], 4)
    with Store(db) as store, store.transaction() as con:
        con.execute("DELETE FROM reports WHERE id IN (SELECT unnest(?))", [removed])
    modes.append(api.assess(db)["mode"])
    _compare_with_full(tmp_path / "full-end", initialised, db, [r for r in seen if r["id"] not in removed])
    assert modes[0] == "full" and set(modes[1:]) == {"incremental"}


def _compare_with_full(folder: Path, initialised: Path, db: Path, reports: list[dict[str, Any]]) -> None:
    folder.mkdir()
    full = _new_store(initialised, folder / "full.duckdb")
    api.ingest(full, [_write(folder / "all.jsonl", sorted(reports, key=lambda r: r["id"]))], embed=False)
    run = api.assess(full, full=True)
    incremental_incidents, incremental_findings = _state(db)
    full_incidents, full_findings = _state(full)
    assert incremental_incidents == full_incidents
    assert incremental_findings == full_findings
    assert run["incidents"] > 0
    # the reports digest kept up to date by incremental runs is the one a full run computes
    with Store(db, read_only=True) as store:
        row = store.con.execute("SELECT reports_sha256 FROM runs JOIN meta m ON m.key = 'last_run_id' "
                                "AND m.value = runs.id").fetchone()
    assert row is not None and row[0] == run["reports_sha256"]


def test_nothing_changed_keeps_everything_and_a_changed_agreement_judges_again(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    api.init_store(db)
    api.ingest(db, [_write(tmp_path / "r.jsonl", _reports(5))], embed=False)
    first = api.assess(db)
    again = api.assess(db)
    assert again["mode"] == "incremental" and again["run_id"] == first["run_id"]
    assert api.findings_json(api.findings(db)) == api.findings_json(api.findings(db))
    # an agreement's terms change: every finding is judged again, incidents stay
    source = Path(api.__file__).resolve().parent.parent / "data" / "agreements" / "easter-truce-2025.yaml"
    changed = tmp_path / "easter.yaml"
    changed.write_text(source.read_text(encoding="utf-8").replace("title: ", "title: Amended ", 1), encoding="utf-8")
    api.load_agreements(db, [changed])
    third = api.assess(db)
    assert third["mode"] == "incremental" and third["run_id"] != first["run_id"]
    assert third["incidents"] == first["incidents"]
