"""Every country's reports get their ISO 3166-2 region: from the region name (ISO, English or GeoNames
names), else from the point (the nearest town), with the provenance saying which; and a region-level clause
outside Ukraine and Russia then judges them by their region."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from trucewatch import api
from trucewatch.api.acled_export import incidents_acled
from trucewatch.ingest.driver import ingest_file
from trucewatch.store import Store

HEADER = ("event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,country,admin1,"
          "location,latitude,longitude,geo_precision,notes,fatalities\n")
SUDAN = Path(__file__).resolve().parents[1] / "fixtures" / "analyst" / "sudan-truce-2023.yaml"


def _acled(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "acled.csv"
    path.write_text(HEADER + "".join(row + "\n" for row in rows), encoding="utf-8")
    return path


def _row(event: str, country: str, admin1: str, place: str, lat: float, lon: float,
         actor: str = "Rapid Support Forces") -> str:
    return (f"{event},26/04/2023,1,Battles,Armed clash,{actor},,{country},{admin1},{place},{lat},{lon},1,"
            f"Fighting in {place}.,0")


ROWS = [
    _row("SDN1", "Sudan", "Khartoum", "Omdurman", 15.644, 32.478),             # ISO name
    _row("SDN2", "Sudan", "", "Khartoum", 15.55, 32.53),                        # no region: the point
    _row("SDN3", "Sudan", "Kartoum", "Bahri", 15.64, 32.55),                    # unknown name: the point
    _row("SDN4", "Sudan", "Northern Darfur", "Kutum", 14.2, 24.66),             # a GeoNames spelling
    _row("SDN5", "Sudan", "", "desert", 20.5, 26.0),                            # no town within 100 km
    _row("DEU1", "Germany", "Bavaria", "Munich", 48.137, 11.575),               # English name
    _row("DEU2", "Germany", "", "Munich", 48.137, 11.575),                      # the point
    _row("UKR1", "Ukraine", "", "Kupiansk", 49.71, 37.616),                     # the gazetteer, as before
]


def _regions(store: Store) -> dict[str, tuple[Any, ...]]:
    rows = store.con.execute(
        "SELECT source_row_id, admin1_code, country, provenance->>'$.location_from_point' FROM reports"
    ).fetchall()
    return {row[0]: (row[1], row[2], json.loads(row[3]) if row[3] else None) for row in rows}


def test_acled_rows_of_any_country_get_their_region(store: Store, tmp_path: Path) -> None:
    result = ingest_file(store, _acled(tmp_path, ROWS))
    assert result.rejected == 0, result.rejects
    regions = _regions(store)
    assert regions["SDN1"] == ("SD-KH", "SD", None)
    assert regions["SDN2"] == ("SD-KH", "SD", ["admin1_code"])
    assert regions["SDN3"] == ("SD-KH", "SD", ["admin1_code"])
    assert regions["SDN4"] == ("SD-DN", "SD", None)
    assert regions["SDN5"] == (None, "SD", None)  # no town near: no region, and nothing claimed
    assert regions["DEU1"] == ("DE-BY", "DE", None)
    assert regions["DEU2"] == ("DE-BY", "DE", ["admin1_code"])
    assert regions["UKR1"] == ("UA-63", "UA", ["admin1_code"])


def test_ucdp_and_generic_rows_use_the_same_lookup(store: Store, tmp_path: Path) -> None:
    data = tmp_path / "incidents.csv"
    data.write_text("id,date,region,country,lat,lon\nG1,2023-04-26,Bavaria,DE,,\nG2,2023-04-26,,SD,15.55,32.53\n"
                    "G3,2023-04-26,,,13.63,25.35\nG4,2023-04-26,,,35.0,-40.0\n", encoding="utf-8")
    mapping = tmp_path / "m.yaml"
    mapping.write_text("format: csv\ncolumns: {id: id, occurred.start: date, location.admin1: region, "
                       "location.country: country, location.lat: lat, location.lon: lon}\n"
                       "constants: {source.name: test}\n", encoding="utf-8")
    result = ingest_file(store, data, format="generic", options={"mapping": mapping})
    assert result.rejected == 0, result.rejects
    regions = _regions(store)
    assert regions["G1"] == ("DE-BY", "DE", None)
    assert regions["G2"] == ("SD-KH", "SD", ["admin1_code"])
    assert regions["G3"] == ("SD-DN", "SD", ["admin1_code", "country"])  # El Fasher, no country given
    assert regions["G4"] == (None, None, None)  # the open Atlantic: nothing


def _native(tmp_path: Path, locations: list[dict[str, Any]]) -> Path:
    path = tmp_path / "reports.jsonl"
    lines = [json.dumps({"id": f"n{i}", "source": {"name": "test"}, "occurred": {"start": "2023-04-26T10:00:00+02:00"},
                         "location": location}) for i, location in enumerate(locations)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_native_reports_of_any_country_get_their_region(store: Store, tmp_path: Path) -> None:
    path = _native(tmp_path, [
        {"country": "DE", "lat": 48.137, "lon": 11.575},               # the point, no region
        {"admin1": "Bavaria", "country": "DE"},                       # the English name alone
        {"admin1": "Khartoum"},                                       # a name one region in the world bears
        {"lat": 15.55, "lon": 32.53},                                 # a bare point: country and region
        {"lat": 35.0, "lon": -40.0},                                  # the sea: nothing
        {"admin1": "x" * 10_000, "country": "SD", "lat": 15.55, "lon": 32.53},  # a long name: the point
        {"lat": 49.71, "lon": 37.616},                                # Ukraine: the gazetteer
    ])
    result = ingest_file(store, path)
    assert result.rejected == 0, result.rejects
    rows = store.con.execute(
        "SELECT id, admin1_code, country, provenance->>'$.location_from_point' FROM reports ORDER BY id"
    ).fetchall()
    regions = {row[0]: (row[1], row[2], json.loads(row[3]) if row[3] else None) for row in rows}
    assert regions == {
        "n0": ("DE-BY", "DE", ["admin1_code"]), "n1": ("DE-BY", "DE", None), "n2": ("SD-KH", "SD", None),
        "n3": ("SD-KH", "SD", ["admin1_code", "country"]), "n4": (None, None, None),
        "n5": ("SD-KH", "SD", ["admin1_code"]), "n6": ("UA-63", "UA", ["admin1_code", "country"]),
    }


@pytest.mark.slow
def test_a_region_clause_outside_ukraine_judges_by_region(tmp_path: Path) -> None:
    agreement = tmp_path / "sudan.yaml"
    agreement.write_text(SUDAN.read_text(encoding="utf-8").replace(
        "countries: [SD]", "admin1: [Khartoum]"), encoding="utf-8")
    db = tmp_path / "s.duckdb"
    api.init_store(db, load_shipped=False)
    api.load_agreements(db, [agreement])
    api.ingest(db, [_acled(tmp_path, ROWS)], embed=False)
    api.assess(db)
    geography: dict[str, tuple[str, str]] = {}
    for finding in api.findings(db, agreement="sudan-truce-2023", everything=True):
        reason = next(r for r in finding["reasons"] if r["condition"] == "geography")
        geography[finding["incident"].removeprefix("inc:acled:")] = (reason["status"], reason["detail"])
    for event in ("SDN1", "SDN2", "SDN3"):  # named, by point, by point for an unknown name
        assert geography[event][0] == "pass", geography[event]
        assert "SD-KH" in geography[event][1]
    assert geography["SDN4"][0] == "fail" and "SD-DN" in geography["SDN4"][1]  # North Darfur: outside
    assert geography["SDN5"][0] == "uncertain"  # no region known in Sudan: cannot tell
    # the ACLED-format export names every country's regions
    regions = {row["event_id_cnty"].removeprefix("inc:acled:"): row["admin1"]
               for row in incidents_acled(db, agreement="sudan-truce-2023")}
    assert regions["SDN1"] == regions["SDN2"] == "Khartoum" and regions["DEU1"] == "Bavaria"
    assert regions["UKR1"] == "Kharkiv" and regions["SDN5"] == ""
