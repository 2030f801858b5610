"""Candidate targets from the facility registry when a report does not name its target."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from trucewatch import api

BASE: dict[str, Any] = {
    "source": {"name": "Regional administration", "kind": "official", "aligned_with": "UA"},
    "claimant": "UA",
    "stance": "alleges",
    "actor": "RU",
    "event": "strike",
    "weapon": "drone",
    "occurred": {"start": "2025-04-02T03:00:00", "tz": "Europe/Kyiv"},
}


def _assess(tmp_path: Path, *reports: dict[str, Any]) -> list[dict[str, Any]]:
    db = tmp_path / "store.duckdb"
    api.init_store(db)
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({**BASE, **r}) + "\n" for r in reports), encoding="utf-8")
    api.ingest(db, [src], strict=True)
    api.assess(db)
    return api.findings(db, agreement="energy-moratorium-2025", reading="kremlin")


def _target(finding: dict[str, Any]) -> dict[str, Any]:
    return next(r for r in finding["reasons"] if r["condition"] == "target")


def test_unknown_target_next_to_a_power_station_is_a_possible_violation(tmp_path: Path) -> None:
    # about 1 km from the registered Kramatorsk thermal power station (WRI GPPD)
    [finding] = _assess(tmp_path, {"id": "near", "location": {"lat": 48.75, "lon": 37.56, "country": "UA",
                                                               "precision_km": 1}})
    assert finding["verdict"] == "possible_violation"
    reason = _target(finding)
    assert reason["status"] == "uncertain"
    assert "do not name the target" in reason["detail"] and "Kramatorskaya power station" in reason["detail"]


def test_unknown_target_far_from_any_facility_stays_insufficient(tmp_path: Path) -> None:
    # open steppe in Kherson oblast, far from any registered plant
    [finding] = _assess(tmp_path, {"id": "far", "location": {"lat": 46.30, "lon": 33.90, "country": "UA",
                                                              "precision_km": 1}})
    assert finding["verdict"] == "insufficient_information"
    assert _target(finding)["detail"].startswith("the target is not known")


def test_a_named_target_ignores_candidates(tmp_path: Path) -> None:
    [finding] = _assess(tmp_path, {"id": "home", "location": {"lat": 48.75, "lon": 37.56, "country": "UA"},
                                   "target": {"category": "civilian.residential"}})
    assert finding["verdict"] == "not_covered"
    assert "registered" not in _target(finding)["detail"]


@pytest.mark.parametrize(("precision", "expected"), [(1, "insufficient_information"),
                                                     (20, "possible_violation"),
                                                     (60, "insufficient_information")])
def test_location_precision_decides_whether_a_facility_is_within_reach(
    tmp_path: Path, precision: float, expected: str
) -> None:
    # ~20 km from the Kramatorsk station: too far for a 1 km location; within a 20 km location's uncertainty;
    # a 60 km (region-level) location is too coarse to tie the strike to any one facility
    [finding] = _assess(tmp_path, {"id": "mid", "location": {"lat": 48.93, "lon": 37.60, "country": "UA",
                                                              "precision_km": precision}})
    assert finding["verdict"] == expected
    if expected == "insufficient_information" and precision > 1:
        assert "too far or too coarse" in _target(finding)["detail"]


def test_the_users_candidate_radius_is_kept_by_assess(tmp_path: Path) -> None:
    # ~40 km north of the Kramatorsk station, a precise location: outside the default radius, inside 80 km
    from click.testing import CliRunner

    from trucewatch.cli import main

    def cli(*args: str) -> Any:
        result = CliRunner().invoke(main, [*args, "--db", str(db), "--format", "json"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    db = tmp_path / "store.duckdb"
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({**BASE, "id": "north", "location": {"lat": 49.11, "lon": 37.56, "country": "UA",
                                                                    "precision_km": 1}}) + "\n", encoding="utf-8")
    cli("init")
    api.ingest(db, [src], strict=True)
    default_run = cli("assess")["run_id"]
    assert "Kramatorsk" not in json.dumps(api.findings(db, agreement="energy-moratorium-2025", reading="kremlin"))

    linked = cli("facilities", "link", "--max-km", "80")
    assert linked["max_km"] == 80 and linked["candidates"] > 0
    wide_run = cli("assess")["run_id"]
    [finding] = api.findings(db, agreement="energy-moratorium-2025", reading="kremlin")
    assert "Kramatorskaya power station" in _target(finding)["detail"]
    assert wide_run != default_run  # the radius changes findings, so it is part of the run
    # the same again: the stored radius, the same candidates, the same run
    assert cli("facilities", "link") == linked
    assert cli("assess", "--full")["run_id"] == wide_run
    assert api.findings(db, agreement="energy-moratorium-2025", reading="kremlin") == [finding]


@pytest.mark.parametrize("bad", ["-1", "nan", "inf"])
def test_a_bad_radius_is_refused_and_nothing_changes(tmp_path: Path, bad: str) -> None:
    from click.testing import CliRunner

    from trucewatch.cli import main

    db = tmp_path / "store.duckdb"
    api.init_store(db)
    result = CliRunner().invoke(main, ["facilities", "link", "--db", str(db), f"--max-km={bad}"])
    assert result.exit_code == 2 and "max_km" in result.stderr
    from trucewatch.store import Store
    from trucewatch.store.settings import get_setting

    with Store(db, read_only=True) as store:
        assert get_setting(store.con, "candidate_max_km") is None
