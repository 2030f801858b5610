"""Every real file in ../shared/data ingests with zero crashes and every rejected row explained.

The data is third-party and is never copied into the repository; these tests skip when it is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trucewatch.ingest.driver import ingest_file
from trucewatch.registry import import_facilities, link_candidates
from trucewatch.store import Store

SHARED = (Path(__file__).resolve().parents[2] / ".." / "shared" / "data").resolve()

pytestmark = [
    pytest.mark.shared_data,
    pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared data not found at {SHARED}"),
]

REPORT_FILES = [
    ("acled_ukraine_sample/acled_ukraine_sample.csv", "acled"),
    ("ucdp_ged_ukraine/ucdp_ged_ukraine.csv", "ucdp"),
    ("missile_attacks_ua/missile_attacks_daily.csv", "airforce"),
]
FACILITY_FILES = [
    "gppd_ukraine/global_power_plant_database_ukraine.csv",
    "gppd_russia/gppd_russia_subset.csv",
]


@pytest.mark.parametrize(("name", "fmt"), REPORT_FILES, ids=[f for _, f in REPORT_FILES])
def test_real_dataset_ingests_and_accounts_for_every_row(tmp_path: Path, name: str, fmt: str) -> None:
    path = SHARED / name
    with Store(tmp_path / "t.duckdb") as store:
        result = ingest_file(store, path, rejects_dir=tmp_path)
        assert result.format == fmt
        assert result.ingested + result.rejected == result.rows_read > 0
        for problem in result.rejects:  # every reject names its line and says why
            assert problem.where.line and problem.message
        if result.rejects_file:
            records = [json.loads(line) for line in Path(result.rejects_file).read_text().splitlines()]
            assert len(records) == result.rejected and all(r["reason"] for r in records)
        stored = store.con.execute(
            "SELECT count(*), count(*) FILTER (WHERE occurred_start IS NULL OR occurred_end < occurred_start), "
            "count(*) FILTER (WHERE country IS NULL) FROM reports"
        ).fetchone()
        assert stored == (result.ingested, 0, 0)
        again = ingest_file(store, path, rejects_dir=tmp_path)
        assert (again.ingested, again.unchanged) == (0, result.ingested)


def test_real_facilities_import_and_link(tmp_path: Path) -> None:
    with Store(tmp_path / "t.duckdb") as store:
        with store.transaction() as con:
            results = [import_facilities(con, SHARED / name) for name in FACILITY_FILES]
        assert all(r.kind == "gppd" and not r.rejects and r.imported == r.rows_read for r in results)
        ingest_file(store, SHARED / "missile_attacks_ua" / "missile_attacks_daily.csv", rejects_dir=tmp_path)
        with store.transaction() as con:
            assert link_candidates(con) > 0
        missing = store.con.execute("SELECT count(*) FROM facilities WHERE admin1_code IS NULL").fetchone()
        assert missing == (0,)
