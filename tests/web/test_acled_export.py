"""Incidents as an ACLED-format CSV: ACLED's columns and vocabulary, read back by trucewatch's ACLED reader."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from trucewatch import api
from trucewatch.api.acled_export import ACLED_COLUMNS, acled_types, incidents_acled
from trucewatch.cli import main
from trucewatch.ingest.acled import SUB_EVENTS
from trucewatch.report.exports import acled_csv


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_columns_and_vocabulary_are_acled_s(demo_db: Path) -> None:
    rows = incidents_acled(demo_db)
    assert rows and all(tuple(row) == ACLED_COLUMNS for row in rows)
    for row in rows:
        assert row["sub_event_type"].lower() in SUB_EVENTS  # what the ACLED reader knows
        assert row["geo_precision"] in ("1", "2", "3")
        assert row["time_precision"] in ("1", "2", "3", "")
        assert row["tags"].startswith("trucewatch target: ")
    sloviansk = next(r for r in rows if r["location"] == "Sloviansk")
    assert sloviansk["actor1"] == "Military Forces of Russia (2000-)"
    assert sloviansk["admin1"] == "Donetsk" and sloviansk["country"] == "Ukraine" and sloviansk["iso"] == "804"
    assert sloviansk["event_date"] == "2025-03-18"  # the local (Kyiv) date of the incident's start


def test_formula_text_is_quoted_in_the_csv() -> None:
    row = dict.fromkeys(ACLED_COLUMNS, "") | {"event_id_cnty": "inc:x", "notes": '=HYPERLINK("http://evil")'}
    [back] = _rows(acled_csv([row]))
    assert back["notes"] == "'=HYPERLINK(\"http://evil\")" and back["event_id_cnty"] == "inc:x"


def test_round_trip_through_the_acled_reader(demo_db: Path, tmp_path: Path) -> None:
    rows = incidents_acled(demo_db)
    path = tmp_path / "incidents.csv"
    path.write_text(acled_csv(rows), encoding="utf-8")
    back = tmp_path / "back.duckdb"
    api.init_store(back)
    [result] = api.ingest(back, [path], rejects_dir=tmp_path)
    assert result.format == "acled"
    undated = sum(1 for r in rows if not r["event_date"])
    no_country = sum(1 for r in rows if r["event_date"] and not r["country"])
    assert result.rows_read == len(rows)
    assert result.rejected == undated + no_country  # each explained in the rejects file
    assert result.ingested == len(rows) - result.rejected
    with api.open_store(back, read_only=True) as store:
        got = dict(store.con.execute(
            "SELECT source_row_id, struct_pack(actor, lat, lon, country) FROM reports").fetchall())
    for row in rows:
        if row["event_id_cnty"] in got:
            actor_back = got[row["event_id_cnty"]]
            expected = {"Military Forces of Russia (2000-)": "RU", "Military Forces of Ukraine (2019-)": "UA"}
            assert actor_back["actor"] == expected.get(row["actor1"], actor_back["actor"])
            if row["latitude"]:
                assert actor_back["lat"] == pytest.approx(float(row["latitude"]))


_REMOTE = "Explosions/Remote violence"


@pytest.mark.parametrize(
    ("event", "weapon", "text", "types"),
    [("strike", "missile", "", ("Political violence", _REMOTE, "Shelling/artillery/missile attack")),
     ("strike", None, "", ("Political violence", _REMOTE, "Shelling/artillery/missile attack")),
     ("strike", "drone", "", ("Political violence", _REMOTE, "Air/drone strike")),
     ("strike", "aerial_bomb", "", ("Political violence", _REMOTE, "Air/drone strike")),
     ("interception", "drone", "", ("Strategic developments", "Strategic developments", "Disrupted weapons use")),
     ("ground_assault", None, "", ("Political violence", "Battles", "Armed clash")),
     ("other", "other", "A tractor hit a landmine near Balakliia.",
      ("Political violence", _REMOTE, "Remote explosive/landmine/IED")),
     ("ground_assault", None, "Ukrainian forces retook Stepove.",
      ("Political violence", "Battles", "Government regains territory")),
     ("prisoner_exchange", None, "", ("Strategic developments", "Strategic developments", "Other")),
     (None, None, "", ("Strategic developments", "Strategic developments", "Other"))],
)
def test_event_types(event: str | None, weapon: str | None, text: str, types: tuple[str, str, str]) -> None:
    assert acled_types(event, weapon, text, country="UA") == types


# ACLED rows of the sub-events whose wording, not their event and weapon, decides them
_ROWS = """\
event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,actor2,country,admin1,\
location,latitude,longitude,geo_precision,source,notes,fatalities
T1,2025-03-20,2025,1,Political violence,Explosions/Remote violence,Remote explosive/landmine/IED,\
Unidentified Armed Group (Ukraine),,Ukraine,Kharkiv,Balakliia,49.4627,36.8586,1,Police,\
"On 20 March 2025, a tractor hit a landmine near Balakliia (Kharkiv). The driver was injured.",0
T2,2025-03-21,2025,1,Political violence,Battles,Armed clash,Military Forces of Russia (2000-),\
Military Forces of Ukraine (2019-),Ukraine,Donetsk,Toretsk,48.3975,37.8471,1,Media,\
"On 21 March 2025, Russian and Ukrainian forces clashed in Toretsk (Donetsk).",0
T3,2025-03-22,2025,1,Political violence,Explosions/Remote violence,Air/drone strike,Military Forces of Russia (2000-),\
,Ukraine,Sumy,Sumy,50.9216,34.8003,1,Media,"On 22 March 2025, Russian forces struck Sumy with drones.",0
T4,2025-03-23,2025,1,Strategic developments,Strategic developments,Disrupted weapons use,\
Military Forces of Ukraine (2019-),Military Forces of Russia (2000-),Ukraine,Kyiv City,Kyiv,50.4501,30.5234,1,Media,\
"On 23 March 2025, Ukrainian air defence shot down 12 Russian drones over Kyiv.",0
T5,2025-03-24,2025,1,Political violence,Battles,Government regains territory,Military Forces of Ukraine (2019-),,\
Ukraine,Zaporizhia,Stepove,47.58,35.84,1,Media,"On 24 March 2025, Ukrainian forces retook Stepove (Zaporizhia).",0
"""


def test_acled_rows_keep_their_sub_event_through_the_export(tmp_path: Path) -> None:
    """An ACLED file ingested, assessed and exported again gives each row its own sub-event and event type back (a
    landmine's blast and a place retaken too, which the event and weapon alone would code as other and a clash)."""
    path = tmp_path / "acled.csv"
    path.write_text(_ROWS.replace("\\\n", ""), encoding="utf-8")
    originals = {row["notes"]: row for row in _rows(path.read_text(encoding="utf-8"))}
    db = tmp_path / "s.duckdb"
    api.init_store(db)
    [result] = api.ingest(db, [path])
    assert result.ingested == 5
    api.assess(db)
    exported = incidents_acled(db)
    assert len(exported) == 5
    for row in exported:
        original = originals[row["notes"]]
        assert (row["event_type"], row["sub_event_type"]) == (original["event_type"], original["sub_event_type"])


def test_cli_writes_the_file_and_refuses_an_unknown_agreement(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "incidents.csv"
    result = CliRunner().invoke(main, ["incidents", "export-acled", "--db", str(demo_db), "-o", str(out),
                                       "--agreement", "easter-truce-2025"])
    assert result.exit_code == 0, result.output
    rows = _rows(out.read_text(encoding="utf-8"))
    assert rows and all("easter-truce-2025" in r["tags"] for r in rows)
    bad = CliRunner().invoke(main, ["incidents", "export-acled", "--db", str(demo_db), "--agreement", "nope"])
    assert bad.exit_code == 2 and "no agreement 'nope'" in bad.output
    missing = CliRunner().invoke(main, ["incidents", "export-acled", "--db", str(demo_db),
                                        "-o", str(tmp_path / "no" / "such" / "dir.csv")])
    assert missing.exit_code == 2 and "does not exist" in missing.output


def test_cli_needs_an_assessed_store(tmp_path: Path) -> None:
    db = tmp_path / "fresh.duckdb"
    api.init_store(db)
    result = CliRunner().invoke(main, ["incidents", "export-acled", "--db", str(db)])
    assert result.exit_code == 2 and "has not been assessed yet" in result.output
