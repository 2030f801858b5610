"""Reports of one incident that disagree on the target: the claims are kept and shown, per claimant."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from trucewatch import api
from trucewatch.api import views

UA = {
    "id": "ua", "source": {"name": "Ministry of Energy of Ukraine", "kind": "official", "aligned_with": "UA"},
    "claimant": "UA", "stance": "alleges", "actor": "RU", "event": "strike", "weapon": "missile",
    "occurred": {"start": "2025-03-27T03:10:00", "tz": "Europe/Kyiv"},
    "location": {"name": "Kharkiv", "admin1": "UA-63", "country": "UA", "lat": 49.99, "lon": 36.23},
    "target": {"category": "energy.generation.thermal"},
}
RU = {
    "id": "ru", "source": {"name": "Russian Ministry of Defence", "kind": "official", "aligned_with": "RU"},
    "claimant": "RU", "stance": "acknowledges", "actor": "RU", "event": "strike", "relates_to": "ua",
    "target": {"category": "military.defence_industry"},
}


def _assess(tmp_path: Path, *reports: dict[str, Any]) -> dict[str, Any]:
    db = tmp_path / "store.duckdb"
    api.init_store(db)
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in reports), encoding="utf-8")
    api.ingest(db, [src], strict=True)
    api.assess(db)
    return views.incident_detail(db, "inc:ua")


def _energy_findings(detail: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["reading"]: f for f in detail["findings"] if f["clause"] == "energy-strikes"}


def _target(finding: dict[str, Any]) -> dict[str, Any]:
    return next(r for r in finding["reasons"] if r["condition"] == "target")


def test_incident_keeps_who_claims_which_target(tmp_path: Path) -> None:
    detail = _assess(tmp_path, UA, RU)
    assert detail["target_claims"] == [
        {"claimant": "RU", "category": "military.defence_industry"},
        {"claimant": "UA", "category": "energy.generation.thermal"},
    ]
    assert detail["target_category"] == "energy.generation.thermal"  # the primary report's
    for reading, finding in _energy_findings(detail).items():
        assert finding["verdict"] == "disputed", reading
        target = _target(finding)
        assert target["status"] == "uncertain"
        assert "RU says military.defence_industry (outside the scope)" in target["detail"]


def test_claims_the_clause_judges_alike_are_no_dispute(tmp_path: Path) -> None:
    # a house or an army base: neither is energy, so the difference does not matter to this clause
    home = {**UA, "target": {"category": "civilian.residential"}}
    base = {**RU, "target": {"category": "military.base"}}
    detail = _assess(tmp_path, home, base)
    assert len(detail["target_claims"]) == 2
    for finding in _energy_findings(detail).values():
        assert finding["verdict"] == "not_covered"
        target = _target(finding)
        assert target["status"] == "fail" and "disagree" not in target["detail"]


def test_one_target_claim_leaves_no_claims(tmp_path: Path) -> None:
    assert _assess(tmp_path, UA)["target_claims"] == []
