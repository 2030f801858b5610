"""api.views on the demo store plus hand-written hostile reports: filters, pagination, aggregates."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from trucewatch.api import views
from trucewatch.cli import main
from trucewatch.errors import NotFound, UserError

from .conftest import HOSTILE_INCIDENT, HOSTILE_TEXT

MORATORIUM = "energy-moratorium-2025"


def test_headline_verdict_is_the_most_severe_finding_under_the_filter(demo_db: Path) -> None:
    detail = views.incident_detail(demo_db, HOSTILE_INCIDENT)
    for reading in ("us", "kremlin", "ukraine"):
        expected = min((f["verdict"] for f in detail["findings"]
                        if f["agreement"] == MORATORIUM and f["reading"] == reading), key=views.SEVERITY.index)
        page = views.incidents_page(demo_db, views.make_filters(agreement=MORATORIUM, reading=reading,
                                                                everything=True), limit=500)
        (row,) = [i for i in page["items"] if i["id"] == HOSTILE_INCIDENT]
        assert row["verdict"] == expected
        # by default an incident outside the reading's window is left out, and counted
        scoped = views.incidents_page(demo_db, views.make_filters(agreement=MORATORIUM, reading=reading), limit=500)
        assert (HOSTILE_INCIDENT in {i["id"] for i in scoped["items"]}) == (expected != "not_covered")
        assert scoped["total"] + scoped["outside"] == page["total"]
    # 20 March is before the Ukrainian reading's window (from 25 March): not covered there, a violation elsewhere
    by_reading = {f["reading"]: f["verdict"] for f in detail["findings"] if f["agreement"] == MORATORIUM}
    assert by_reading["ukraine"] == "not_covered"
    assert by_reading["kremlin"] == "corroborated_violation"


def test_pagination_is_stable_and_complete(demo_db: Path) -> None:
    everything = views.incidents_page(demo_db, limit=500)
    pages = [views.incidents_page(demo_db, limit=7, offset=o) for o in range(0, everything["total"], 7)]
    ids = [i["id"] for p in pages for i in p["items"]]
    assert ids == [i["id"] for i in everything["items"]]
    assert len(set(ids)) == everything["total"] == pages[0]["total"]
    assert views.incidents_page(demo_db, limit=5, offset=10_000)["items"] == []
    assert views.incidents_page(demo_db, limit=5, offset=10_000)["total"] == everything["total"]


@pytest.mark.parametrize(("kwargs", "check"), [
    ({"party": "RU"}, lambda i: i["actor"] == "RU"),
    ({"verdict": "not_covered", "agreement": MORATORIUM}, lambda i: i["verdict"] == "not_covered"),
    ({"bbox": "35,49,37,51"}, lambda i: 49 <= i["lat"] <= 51 and 35 <= i["lon"] <= 37),
    ({"since": "2025-03-20", "until": "2025-03-20"},
     lambda i: i["occurred_end"] >= "2025-03-20" and i["occurred_start"] < "2025-03-21"),
], ids=["party", "verdict", "bbox", "one-day"])
def test_filters_narrow_and_every_row_matches(demo_db: Path, kwargs: dict[str, str], check: object) -> None:
    total = views.incidents_page(demo_db, limit=1)["total"]
    page = views.incidents_page(demo_db, views.make_filters(**kwargs), limit=500)
    assert 0 < page["total"] < total
    assert all(check(i) for i in page["items"])  # type: ignore[operator]
    located = views.map_view(demo_db, views.make_filters(**kwargs))
    assert located["total"] + located["unlocated"] == page["total"]


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"verdict": "guilty"}, "unknown verdict 'guilty'"),
    ({"since": "20 March"}, "since: '20 March' is not an ISO date"),
    ({"bbox": "1,2,3"}, "bbox: '1,2,3' is not four numbers"),
    ({"bbox": "40,50,30,45"}, "west <= east"),
    ({"bbox": "nan,1,2,3"}, "not a finite number"),
    ({"since": "2025-04-02", "until": "2025-04-01"}, "is before since"),
], ids=["verdict", "date", "bbox-short", "bbox-inverted", "bbox-nan", "until-before-since"])
def test_bad_filters_say_which_field(kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(UserError, match=message):
        views.make_filters(**kwargs)


def test_bad_page_and_unknown_ids(demo_db: Path) -> None:
    with pytest.raises(UserError, match="limit"):
        views.incidents_page(demo_db, limit=0)
    with pytest.raises(UserError, match="offset"):
        views.findings_page(demo_db, offset=-1)
    with pytest.raises(NotFound, match="no incident 'inc:nope'"):
        views.incident_detail(demo_db, "inc:nope")
    with pytest.raises(NotFound, match="no agreement 'nope'"):
        views.reading_comparison(demo_db, "nope")


def test_incident_detail_keeps_report_text_and_sources_verbatim(demo_db: Path) -> None:
    detail = views.incident_detail(demo_db, HOSTILE_INCIDENT)
    assert [r["id"] for r in detail["reports"]] == ["hostile-0320-kharkiv", "hostile-0320-kharkiv-echo"]
    primary = detail["reports"][0]
    assert primary["text"] == HOSTILE_TEXT and primary["stance"] == "alleges" and primary["claimant"] == "UA"
    assert {f["reading"] for f in detail["findings"]} >= {"us", "kremlin", "ukraine"}
    assert all(len(f["reasons"]) == 6 for f in detail["findings"])


def test_timeline_counts_match_incidents_and_carry_windows(demo_db: Path) -> None:
    filters = views.make_filters(agreement=MORATORIUM, reading="kremlin")
    timeline = views.timeline(demo_db, filters)
    counted = sum(d[v] for d in timeline["days"] for v in views.SEVERITY) + timeline["undated"]
    assert counted == views.incidents_page(demo_db, filters, limit=1)["total"]
    (window,) = timeline["windows"]
    assert (window["reading"], window["start"], window["end"]) == (
        "kremlin", "2025-03-18T16:30:00Z", "2025-04-17T16:30:00Z")


def test_map_switches_to_cells_above_the_point_budget(demo_db: Path) -> None:
    points = views.map_view(demo_db)
    cells = views.map_view(demo_db, max_points=5)
    assert points["mode"] == "points" and cells["mode"] == "cells"
    assert sum(c["count"] for c in cells["cells"]) == points["total"] == len(points["points"])
    for cell in cells["cells"]:
        present = [v for v in views.SEVERITY if cell["counts"][v]]
        assert cell["verdict"] == present[0]


def test_readings_compared_in_words(demo_db: Path) -> None:
    comparison = views.reading_comparison(demo_db, MORATORIUM)
    in_scope = {r["reading"]: r["in_scope"] for r in comparison["readings"]}
    assert list(in_scope) == ["us", "kremlin", "ukraine"]
    diff = in_scope["us"] - in_scope["kremlin"]
    assert diff > 0  # "energy and infrastructure" covers more than "energy infrastructure"
    assert (f"Under the us reading {diff} more incidents are in scope than under kremlin "
            f"({in_scope['us']} against {in_scope['kremlin']}).") in comparison["differences"]


def test_reports_and_findings_pages(demo_db: Path) -> None:
    reports = views.reports_page(demo_db, incident=HOSTILE_INCIDENT)
    assert reports["total"] == 2 and {r["incident"] for r in reports["items"]} == {HOSTILE_INCIDENT}
    findings = views.findings_page(demo_db, views.make_filters(reading="kremlin", verdict="alleged_violation"))
    assert findings["total"] > 0
    assert {(f["reading"], f["verdict"]) for f in findings["items"]} == {("kremlin", "alleged_violation")}


@pytest.mark.parametrize("kw", [
    {}, {"verdict": "alleged_violation"}, {"verdict": "not_covered,corroborated_violation"},
    {"agreement": MORATORIUM, "everything": True}, {"party": "RU", "since": "2025-03-25"},
])
@pytest.mark.parametrize("one_query", [50_000, 0], ids=["together", "one-by-one"])
def test_findings_pages_laid_end_to_end_are_every_finding_in_order(
        demo_db: Path, kw: dict[str, Any], one_query: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page is read clause reading by clause reading (api.findings_page): the pages, whatever their size and
    however they cross from one clause reading to the next (read together in one query, or one by one as large
    ones are), give the one ordered read of every finding."""
    from trucewatch import api
    from trucewatch.api import findings_page

    monkeypatch.setattr(findings_page, "ONE_QUERY_PAIRS", one_query)
    whole = api.findings(demo_db, **kw)  # no limit: every finding ordered in one read
    assert len({(f["agreement"], f["clause"], f["reading"]) for f in whole}) > 1
    filters = views.make_filters(**kw)
    laid: list[Any] = []
    while page := views.findings_page(demo_db, filters, limit=16, offset=len(laid))["items"]:
        laid += page
    assert laid == whole
    assert views.findings_page(demo_db, filters, limit=3, offset=len(whole) - 1)["total"] == len(whole)
    assert api.findings(demo_db, **kw, limit=5, offset=len(whole) - 2) == whole[-2:]
    everything = kw.get("everything", False)
    rest = {k: v for k, v in kw.items() if k != "everything"}
    assert api.findings_count(demo_db, **kw) == len(whole)
    if not everything:
        assert api.findings_counts(demo_db, **rest) == (
            len(whole), len(api.findings(demo_db, **rest, everything=True)) - len(whole))


def _details_of(tmp_path: Path, *texts: str) -> tuple[Path, dict[str, dict[str, Any]]]:
    """A store of these articles, extracted and assessed, and each incident's detail by its first report's
    place."""
    from trucewatch import api

    db = tmp_path / "store.duckdb"
    api.init_store(db)
    articles = []
    for number, text in enumerate(texts):
        articles.append(tmp_path / f"article-{number}.txt")
        articles[-1].write_text(text, encoding="utf-8")
    api.ingest_text(db, articles)
    api.assess(db)
    details = [views.incident_detail(db, i["id"]) for i in views.incidents_page(db, limit=10)["items"]]
    return db, {detail["reports"][0]["location_name"]: detail for detail in details}


def test_incident_detail_says_how_each_report_was_placed(tmp_path: Path) -> None:
    _, by_place = _details_of(
        tmp_path, "On 10 March 2024, Russian forces shelled near Bohdanivka, Donetsk region, with artillery.")
    [detail] = by_place.values()
    [report] = detail["reports"]
    assert report["location_name"] == "Bohdanivka"
    assert "front-line act" in report["location_basis"]


def test_incident_detail_says_what_an_other_event_is_and_how_it_was_dated(tmp_path: Path) -> None:
    db, by_place = _details_of(
        tmp_path, "A rocket booster lying in a courtyard in Chuhuiv, photographed on 12 March 2024.")
    [detail] = by_place.values()
    incident = detail["id"]
    [report] = detail["reports"]
    assert (report["event"], report["event_kind"]) == ("other", "munition_remnants")
    assert "when the traces were found" in report["time_basis"]
    assert report["location_name"] == "Chuhuiv"
    # the CLI says it too
    shown = CliRunner().invoke(main, ["incidents", "show", incident, "--db", str(db), "--format", "json"])
    assert shown.exit_code == 0, shown.output
    [member] = json.loads(shown.output)["reports"]
    assert (member["event"], member["event_kind"]) == ("other", "munition_remnants")
    table = CliRunner().invoke(main, ["incidents", "show", incident, "--db", str(db)], env={"COLUMNS": "200"})
    assert "other (munition remnants)" in table.output


def test_incident_detail_says_which_misspelt_word_was_read_as_what(tmp_path: Path) -> None:
    db, by_place = _details_of(tmp_path, "On 12 March 2024 a civilian was severely injurded in Kupiansk.",
                               "On 14 March 2024 a civilian was injured in Izium.")
    [typo] = by_place["Kupiansk"]["reports"]
    assert typo["spelling"] == ["injurded → injured"]
    assert "injurded" in typo["text"]  # the text is as written
    [plain] = by_place["Izium"]["reports"]
    assert plain["spelling"] is None
    shown = CliRunner().invoke(main, ["incidents", "show", by_place["Kupiansk"]["id"], "--db", str(db)])
    assert shown.exit_code == 0, shown.output
    assert "read as injurded → injured" in " ".join(shown.output.split())
    as_json = CliRunner().invoke(main, ["incidents", "show", by_place["Kupiansk"]["id"], "--db", str(db),
                                        "--format", "json"])
    assert json.loads(as_json.output)["reports"][0]["spelling"] == ["injurded → injured"]
