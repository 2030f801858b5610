"""The analyst's scenario, replayed: two agreements of their own (a 72-hour humanitarian pause in Kherson
oblast, March 2023, and a 72-hour truce in Sudan, April 2023), the shared ACLED sample and the Ukrainian
Air Force files ingested as a folder, assess, then the listings, the scorecard, the timeline and the report.

The data is third-party and never copied here; the test skips where ../shared/data is absent.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import matplotlib.dates as mdates
import pytest

from trucewatch import api
from trucewatch.api import views
from trucewatch.ingest.driver import IngestResult
from trucewatch.report import build_report
from trucewatch.report.plots import timeline_figure

REPO = Path(__file__).resolve().parents[2]
SHARED = (REPO / ".." / "shared" / "data").resolve()
AGREEMENTS = REPO / "tests" / "fixtures" / "analyst"
KHERSON, SUDAN = "kherson-pause-2023", "sudan-truce-2023"

pytestmark = [
    pytest.mark.shared_data, pytest.mark.slow,
    pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared data not found at {SHARED}"),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], list[IngestResult]]:
    folder = tmp_path_factory.mktemp("analyst")
    db = folder / "analyst.duckdb"
    api.init_store(db)
    api.load_agreements(db, sorted(AGREEMENTS.glob("*.yaml")))
    results = api.ingest(db, [SHARED / "acled_ukraine_sample" / "acled_ukraine_sample.csv",
                              SHARED / "missile_attacks_ua"], rejects_dir=folder, embed=False)
    stages: list[str] = []
    api.assess(db, on_stage=stages.append)
    return db, stages, results


def test_folder_ingest_names_the_weapons_catalogue_and_goes_on(
        store: tuple[Path, list[str], list[IngestResult]]) -> None:
    _, _, results = store
    by_name = {Path(r.file).name: r for r in results}
    assert by_name["missiles_and_uavs.csv"].status == "skipped"
    assert "catalogue of missile and drone models" in by_name["missiles_and_uavs.csv"].notes[0]
    assert by_name["PROVENANCE.md"].status == "skipped"
    assert by_name["missile_attacks_daily.csv"].status == by_name["acled_ukraine_sample.csv"].status == "written"


def test_assess_reports_each_stage(store: tuple[Path, list[str], list[IngestResult]]) -> None:
    _, stages, _ = store
    assert stages[0] == "incidents" and "judge" in stages and stages[-2:] == ["obligations", "history"]


def test_the_sudan_truce_concerns_nothing_in_ukraine(store: tuple[Path, list[str], list[IngestResult]]) -> None:
    db, _, _ = store
    incidents = api.status(db)["incidents"]
    assert api.findings(db, agreement=SUDAN) == []
    assert api.findings_outside(db, agreement=SUDAN) == incidents
    assert api.scorecard(db, agreement=SUDAN) == []
    assert api.scorecard_outside(db, agreement=SUDAN) == [{"agreement": SUDAN, "reading": "agreed",
                                                           "outside": incidents}]
    page = views.incidents_page(db, views.make_filters(agreement=SUDAN))
    assert page["total"] == 0 and page["outside"] == incidents
    # all of them are still there, one flag away, every one not covered
    everything = views.incidents_page(db, views.make_filters(agreement=SUDAN, everything=True), limit=500)
    assert everything["total"] == incidents and {i["verdict"] for i in everything["items"]} == {"not_covered"}


def test_the_kherson_pause_lists_what_happened_in_kherson_during_its_72_hours(
        store: tuple[Path, list[str], list[IngestResult]]) -> None:
    db, _, _ = store
    rows = api.findings(db, agreement=KHERSON)
    assert rows, "ACLED reports shelling in Kherson oblast in mid-March 2023"
    zone = api.agreement_zones(db)[KHERSON]
    assert zone == "Europe/Kyiv"
    for row in rows:
        assert row["admin1_code"] == "UA-65" or row["admin1_code"] is None
        start = datetime.fromisoformat(row["occurred_start"].replace("Z", "+00:00"))
        end = datetime.fromisoformat(row["occurred_end"].replace("Z", "+00:00"))
        assert end > datetime.fromisoformat("2023-03-13T22:00:00+00:00")  # the window opens 00:00 Kyiv, 14 March
        assert start < datetime.fromisoformat("2023-03-16T22:00:00+00:00")
    assert api.findings_outside(db, agreement=KHERSON) > 1000
    # the scorecard names only the parties the agreement names (or other / unknown), never NOVOROSSIYA
    card = api.scorecard(db, agreement=KHERSON)
    assert {r["party"] for r in card} <= {"RU", "UA", "other", "unknown"}
    assert sum(r["alleged_violation"] + r["corroborated_violation"] + r["possible_violation"] for r in card) > 0
    assert all(r["party"] != "NOVOROSSIYA" for r in api.scorecard(db, agreement=SUDAN))


def test_the_timeline_is_by_local_day_and_focused_on_the_window(
        store: tuple[Path, list[str], list[IngestResult]]) -> None:
    db, _, _ = store
    timeline = views.timeline(db, views.make_filters(agreement=KHERSON, reading="agreed"))
    assert timeline["tz"] == "Europe/Kyiv"
    assert {d["day"] for d in timeline["days"]} <= {"2023-03-14", "2023-03-15", "2023-03-16"}
    (window,) = timeline["windows"]
    assert (window["start_local"], window["end_local"]) == ("2023-03-14T00:00:00", "2023-03-17T00:00:00")
    figure = timeline_figure([{"reading": "agreed", "timeline": timeline}], KHERSON)
    low, high = (mdates.num2date(x).date() for x in figure.axes[0].get_xlim())
    assert date(2023, 3, 12) <= low < date(2023, 3, 14) and date(2023, 3, 17) < high <= date(2023, 3, 19)
    assert high - low < timedelta(days=8)  # not the store's 2018-2026


def test_the_report_stays_small(store: tuple[Path, list[str], list[IngestResult]], tmp_path: Path) -> None:
    db, _, _ = store
    result = build_report(db, tmp_path)
    assert result.report_bytes < 3_000_000
    html = result.report.read_text(encoding="utf-8")
    assert "Europe/Kyiv" in html and "Africa/Khartoum" in html
