"""Generic CSV / JSON with a YAML mapping (the worked example in docs/formats.md)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from trucewatch.errors import InputError
from trucewatch.ingest.driver import ingest_file
from trucewatch.store import Store

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_generic_csv_with_value_maps_and_date_formats(store: Store) -> None:
    result = ingest_file(store, FIXTURES / "generic_incidents.csv", format="generic",
                         options={"mapping": FIXTURES / "generic_mapping.yaml"})
    rejects = {p.where.line: (p.where.field, p.message) for p in result.rejects}
    assert rejects[4][0] == "occurred_start" and "45.03.2025" in rejects[4][1]
    assert rejects[5][0] == "target_category" and "spaceport" in rejects[5][1]
    assert (result.rows_read, result.ingested) == (4, 2)
    first = store.con.execute(
        "SELECT id, occurred_start, occurred_end, target_category, weapon, event, admin1_code, actor, stance, "
        "source_name FROM reports WHERE id = 'kharkiv-ova:K-001'"
    ).fetchone()
    assert first == ("kharkiv-ova:K-001", datetime(2025, 3, 18, 22), datetime(2025, 3, 19, 22),
                     "energy.transmission.substation", "drone", "strike", "UA-63", "RU", "alleges",
                     "Kharkiv Regional Military Administration")
    second = store.con.execute("SELECT weapon, killed FROM reports WHERE id = 'kharkiv-ova:K-002'").fetchone()
    assert second == ("aerial_bomb", 1)


def test_generic_json_with_nested_records_offsets_and_actor_section(store: Store) -> None:
    result = ingest_file(store, FIXTURES / "generic_incidents.json", format="generic",
                         options={"mapping": FIXTURES / "generic_json_mapping.yaml"})
    assert (result.rows_read, result.ingested, result.rejected) == (3, 2, 1)
    assert result.rejects[0].where.line == 3 and "yesterday" in result.rejects[0].message
    got = dict(store.con.execute("SELECT id, occurred_start FROM reports").fetchall())
    assert got["json-test:1"] == datetime(2025, 4, 19, 15, 30)  # +03:00 honoured
    assert got["json-test:2"] == datetime(2025, 4, 19, 21, 0)  # a date: the local day, Kyiv summer time
    actor = store.con.execute("SELECT actor FROM reports WHERE id = 'json-test:1'").fetchone()
    assert actor == ("RU",)


def test_generic_needs_a_mapping(store: Store) -> None:
    with pytest.raises(InputError, match="needs a mapping"):
        ingest_file(store, FIXTURES / "generic_incidents.csv", format="generic")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("columns: {id: a}\n", "source.name"),
     ("columns: {id: a, where: b}\nconstants: {source.name: x}\n", "'where' is not a report field"),
     ("colums: {id: a}\n", "unknown key 'colums'"),
     ("columns: {source.name: a}\n", "columns.id"),
     ("columns: {id: a, source.name: b}\ndate_formats: [dd.mm.yyyy]\n", "date_formats")],
)
def test_mapping_errors_name_the_key(store: Store, tmp_path: Path, text: str, expected: str) -> None:
    mapping = tmp_path / "m.yaml"
    mapping.write_text(text)
    with pytest.raises(InputError) as caught:
        ingest_file(store, FIXTURES / "generic_incidents.csv", format="generic", options={"mapping": mapping})
    assert expected in str(caught.value)


def test_a_mapped_column_missing_from_the_file(store: Store, tmp_path: Path) -> None:
    mapping = tmp_path / "m.yaml"
    mapping.write_text("columns: {id: incident_no, location.name: town}\nconstants: {source.name: x}\n")
    with pytest.raises(InputError, match="town"):
        ingest_file(store, FIXTURES / "generic_incidents.csv", format="generic", options={"mapping": mapping})


def test_a_missing_or_misspelt_region_comes_from_the_point(store: Store, tmp_path: Path) -> None:
    data = tmp_path / "incidents.csv"
    data.write_text(
        "incident_no,date,time,settlement,oblast,object,lat,lon,casualties,weapon_type,country\n"
        "R-1,19.03.2025,,Kharkiv,Charkov Oblast,substation,49.99,36.23,0,БПЛА,\n"
        "R-2,19.03.2025,,Belgorod,,substation,50.60,36.59,0,БПЛА,\n"
        "R-3,19.03.2025,,Chuhuiv,Kharkivska oblast,house,49.835,36.686,0,БПЛА,UA\n",
        encoding="utf-8")
    mapping = tmp_path / "mapping.yaml"
    text = (FIXTURES / "generic_mapping.yaml").read_text(encoding="utf-8")
    mapping.write_text(text.replace("  location.country: UA\n", "").replace(
        "  weapon: weapon_type\n", "  weapon: weapon_type\n  location.country: country\n"), encoding="utf-8")
    result = ingest_file(store, data, format="generic", options={"mapping": mapping})
    assert result.ingested == 3, result.rejects
    rows = dict(
        (row[0], row[1:]) for row in store.con.execute(
            "SELECT id, admin1_code, country, provenance->>'$.location_from_point' FROM reports").fetchall()
    )
    assert rows["kharkiv-ova:R-1"][:2] == ("UA-63", "UA")
    assert "admin1_code" in rows["kharkiv-ova:R-1"][2] and "country" in rows["kharkiv-ova:R-1"][2]
    assert rows["kharkiv-ova:R-2"][:2] == ("RU-BEL", "RU")
    assert rows["kharkiv-ova:R-3"] == ("UA-63", "UA", None)  # given, not from the point
