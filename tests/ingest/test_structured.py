"""ACLED, UCDP and air-force adapters on small hand-written fixtures."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from trucewatch.ingest.driver import IngestResult, ingest_file
from trucewatch.ingest.sniff import detect
from trucewatch.store import Store

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def ingest(store: Store, path: Path, **kwargs: Any) -> IngestResult:
    return ingest_file(store, path, **kwargs)


def rows(store: Store, sql: str) -> list[dict[str, Any]]:
    cursor = store.con.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("acled_small.csv", "acled"), ("ucdp_small.csv", "ucdp"), ("airforce_small.csv", "airforce"),
     ("acled_semicolon.csv", "acled")],
)
def test_sniffing_picks_the_adapter_from_the_header(name: str, expected: str) -> None:
    assert detect(FIXTURES / name) == expected


def test_acled_rows_become_reports_with_times_places_parties_and_hints(store: Store) -> None:
    result = ingest(store, FIXTURES / "acled_small.csv")
    assert (result.rows_read, result.ingested, result.rejected) == (5, 5, 0)
    by_id = {r["id"]: r for r in rows(store, "SELECT * FROM reports")}
    first = by_id["acled:TST1"]
    # a date in Kyiv before 2025-03-30 is UTC+2: the local day starts at 22:00 UTC the day before
    assert first["occurred_start"] == datetime(2025, 3, 18, 22, 0)
    assert first["occurred_end"] == datetime(2025, 3, 19, 22, 0)
    assert first["tz"] == "Europe/Kyiv"
    assert (first["actor"], first["admin1_code"], first["country"]) == ("RU", "UA-63", "UA")
    assert (first["event"], first["weapon"], first["outcome"]) == ("strike", "drone", "hit")
    assert first["target_category"] == "energy.generation.thermal"
    assert first["precision_km"] == 2.0
    provenance = json.loads(first["provenance"])
    assert provenance["source"] == "Suspilne" and provenance["source_scale"] == "National"
    assert first["input_line"] == 2 and first["source_row_id"] == "TST1"
    second = by_id["acled:TST2"]
    # after the switch to summer time Kyiv is UTC+3; ISO dates are read too
    assert second["occurred_start"] == datetime(2025, 3, 30, 21, 0)
    assert second["target_category"] == "civilian.commercial"  # a petrol station is not energy
    assert (second["event"], second["weapon"], second["killed"]) == ("shelling", "artillery", 2)
    third = by_id["acled:TST3"]
    assert (third["event"], third["outcome"], third["weapon"], third["actor"]) == (
        "interception", "intercepted", "missile", "UA")
    fourth = by_id["acled:TST4"]
    assert fourth["target_category"] == "military.fuel_depot"  # military fuel depots are not energy
    # time_precision 2: the week around the date; geo_precision 3: the province
    assert fourth["occurred_end"] - fourth["occurred_start"] == datetime(2025, 1, 8) - datetime(2025, 1, 1)
    assert fourth["precision_km"] == 100.0
    assert json.loads(fourth["provenance"])["actor2_party"] == "RU"
    fifth = by_id["acled:TST5"]
    assert fifth["occurred_start"] == datetime(2025, 2, 28, 22, 0)  # time_precision 3: the whole month
    assert fifth["occurred_end"] == datetime(2025, 3, 31, 21, 0)
    assert fifth["input_line"] == 6  # the row starts on line 6; its notes run onto line 7


def test_ingesting_the_same_file_again_changes_nothing(store: Store) -> None:
    ingest(store, FIXTURES / "acled_small.csv")
    again = ingest(store, FIXTURES / "acled_small.csv")
    assert (again.ingested, again.unchanged) == (0, 5)
    assert store.con.execute("SELECT count(*) FROM reports").fetchone() == (5,)


def test_a_user_actor_map_adds_to_the_defaults(store: Store, tmp_path: Path) -> None:
    mapping = tmp_path / "actors.yaml"
    mapping.write_text("version: 1\nparties:\n  RU-VKS:\n    exact: ['Military Forces of Russia (2000-) Air Force']\n")
    ingest(store, FIXTURES / "acled_small.csv", options={"mapping": mapping})
    actors = dict(store.con.execute("SELECT id, actor FROM reports").fetchall())
    assert actors["acled:TST1"] == "RU-VKS" and actors["acled:TST2"] == "RU"


def test_ucdp_events_keep_both_sides_deaths_and_precision(store: Store) -> None:
    result = ingest(store, FIXTURES / "ucdp_small.csv")
    assert (result.rows_read, result.ingested, result.rejected) == (3, 2, 1)
    assert result.rejects[0].where.line == 4 and "before date_start" in result.rejects[0].message
    first, second = rows(store, "SELECT * FROM reports ORDER BY id")
    assert first["id"] == "ucdp:900001" and first["actor"] is None
    assert (first["killed"], first["precision_km"], first["admin1_code"]) == (2, 1.0, "UA-14")
    assert first["target_category"] == "energy.generation"
    assert first["event"] == "shelling"
    provenance = json.loads(first["provenance"])
    assert (provenance["side_a_party"], provenance["side_b_party"]) == ("UA", "DPR")
    assert (provenance["deaths_low"], provenance["deaths_high"]) == (2, 3)
    # date_start..date_end: seven local days, winter time (UTC+2)
    assert second["occurred_start"] == datetime(2015, 2, 28, 22, 0)
    assert second["occurred_end"] == datetime(2015, 3, 7, 22, 0)
    assert second["precision_km"] == 150.0


def test_airforce_rows_become_one_report_per_wave_with_counts_and_overlap(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "af"
    folder.mkdir()
    shutil.copy(FIXTURES / "airforce_small.csv", folder / "attacks.csv")
    shutil.copy(FIXTURES / "missiles_and_uavs.csv", folder / "missiles_and_uavs.csv")
    result = ingest(store, folder / "attacks.csv")
    reasons = {p.where.line: (p.where.field, p.message) for p in result.rejects}
    assert set(reasons) == {7, 8, 9}
    assert reasons[7][0] == "time_start" and reasons[8][0] == "time_end" and reasons[9][0] == "launched"
    waves = {r["id"]: r for r in rows(store, "SELECT * FROM reports")}
    assert len(waves) == 4 and result.rows_read == 4 + 3
    drones = waves["airforce:kpszsu/posts/post-a:2025-03-24T20:00:drone"]
    assert (drones["count"], drones["weapon"], drones["outcome"], drones["actor"]) == (120, "drone", "hit", "RU")
    assert drones["occurred_start"] == datetime(2025, 3, 24, 18, 0)  # 20:00 Kyiv, UTC+2
    assert drones["source_url"] == "https://www.facebook.com/kpszsu/posts/post-a"
    provenance = json.loads(drones["provenance"])
    assert provenance["admin1_codes"] == ["UA-59", "UA-63"] and provenance["destroyed"] == 65
    assert provenance["lines"] == [2, 3]
    missiles = waves["airforce:kpszsu/posts/post-a:2025-03-25T03:00:missile"]
    assert missiles["outcome"] == "intercepted"
    regional = waves["airforce:PvKPivden/posts/post-b:2025-03-25T00:00:drone"]
    assert regional["source_name"] == "Ukrainian Air Command South"
    assert json.loads(regional["provenance"])["overlaps"] == [
        "airforce:kpszsu/posts/post-a:2025-03-24T20:00:drone"]
    assert any("overlap" in note for note in result.notes)
    # the night of the clock change: 23:30 is UTC+2, 04:30 is UTC+3
    iskander = waves["airforce:kpszsu/posts/post-c:2025-03-29T23:30:missile"]
    assert iskander["occurred_start"] == datetime(2025, 3, 29, 21, 30)
    assert iskander["occurred_end"] == datetime(2025, 3, 30, 1, 30)
    assert iskander["admin1_code"] == "UA-63"


def test_airforce_without_weapon_reference_falls_back_to_model_names(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "attacks.csv"
    shutil.copy(FIXTURES / "airforce_small.csv", path)
    result = ingest(store, path)
    assert any("from model names" in note for note in result.notes)
    weapons = {r[0] for r in store.con.execute("SELECT weapon FROM reports").fetchall()}
    assert weapons == {"drone", "missile"}
