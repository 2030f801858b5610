"""Real checks on the Ukrainian Air Force data in ../shared/data (skipped where it is absent).

- national and regional reports of the same wave become one incident (the count is printed);
- a paraphrased claim of "145 drones and 6 missiles" overnight on 2025-03-18/19 links to the air-force rows;
- the labelled evaluation set (tests/resolve/airforce_eval.py): pairwise and B-cubed scores.
"""

from __future__ import annotations

import csv
import json
import shutil
import sys
from pathlib import Path

import duckdb
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import airforce_eval

from trucewatch import api

pytestmark = [
    pytest.mark.shared_data,
    pytest.mark.skipif(not airforce_eval.AIRFORCE_CSV.exists(),
                       reason=f"the shared air-force data is not at {airforce_eval.AIRFORCE_CSV}"),
]


@pytest.fixture(scope="module")
def airforce_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # both tests resolve without text (use_text=False), which reads no vector: the texts are not embedded
    return airforce_eval.build_store(tmp_path_factory.mktemp("airforce"), embed=False)


def test_evaluation_set_scores(airforce_db: Path, tmp_path: Path) -> None:
    result = airforce_eval.evaluate(tmp_path, use_text=False, db=airforce_db)
    print("\nresolution without text:", json.dumps(result))
    assert result["pairs"] >= 200 and result["positive_pairs"] >= 100
    assert result["pairwise_precision"] >= 0.95
    assert result["bcubed_f1"] >= 0.90
    assert result["pairwise_f1"] >= 0.80  # below 0.90: posts that list separate attacks (docs/corroboration.md)


def test_national_and_regional_reports_of_one_wave_merge(airforce_db: Path) -> None:
    reports, _ = airforce_eval.grouped_reports(airforce_db, use_text=False)
    merges = airforce_eval.national_regional_merges(reports)
    print("\nnational/regional merges:", json.dumps(merges))
    assert merges["regional_merged_with_national"] >= 300
    assert merges["incidents_with_both"] >= 250


def _march_subset(folder: Path) -> Path:
    """The rows of 15-22 March 2025, written to a scratch folder (never into the repository)."""
    source = airforce_eval.AIRFORCE_CSV
    target = folder / "missile_attacks_daily.csv"
    with source.open(encoding="utf-8", newline="") as src, target.open("w", encoding="utf-8", newline="") as out:
        reader = csv.DictReader(src)
        writer = csv.DictWriter(out, fieldnames=reader.fieldnames or [])
        writer.writeheader()
        for row in reader:
            if "2025-03-15" <= row["time_start"][:10] <= "2025-03-22":
                writer.writerow(row)
    shutil.copy(source.parent / "missiles_and_uavs.csv", folder / "missiles_and_uavs.csv")
    return target


def test_paraphrased_145_drones_claim_links_to_the_air_force_rows(tmp_path: Path) -> None:
    db = tmp_path / "claim.duckdb"
    api.init_store(db)
    api.ingest(db, [_march_subset(tmp_path)])
    claim = {
        "id": "claim-0319",
        "source": {"name": "Ukrainska Pravda", "kind": "media", "published_at": "2025-03-19T10:00:00+02:00"},
        "claimant": "UA", "stance": "alleges", "actor": "RU", "event": "strike", "count": 151,
        "occurred": {"start": "2025-03-18T18:00", "end": "2025-03-19T09:00", "tz": "Europe/Kyiv"},
        "location": {"country": "UA"},
        "text": "Overnight Russia attacked Ukraine with 145 drones and six ballistic and anti-aircraft missiles; "
                "72 drones were shot down and 56 more vanished from radar, the air force said.",
    }
    native = tmp_path / "claim.jsonl"
    native.write_text(json.dumps(claim) + "\n", encoding="utf-8")
    api.ingest(db, [native], strict=True)
    api.assess(db)
    con = duckdb.connect(str(db), read_only=True)
    try:
        members = con.execute(
            """SELECT r.id, r.weapon, r.count, r.source_name FROM incident_reports ir
               JOIN reports r ON r.id = ir.report_id
               WHERE ir.incident_id = (SELECT incident_id FROM incident_reports WHERE report_id = 'claim-0319')
               ORDER BY r.id"""
        ).fetchall()
    finally:
        con.close()
    national = {(weapon, count) for rid, weapon, count, source in members
                if source == airforce_eval.NATIONAL and "2025-03-18T19:00" in rid}
    assert national == {("drone", 145), ("missile", 6)}, members
    # the next night's wave (171 drones) is another incident
    assert not any(count == 171 for _, _, count, _ in members)
