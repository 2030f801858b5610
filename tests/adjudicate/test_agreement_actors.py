"""Actor names map to the parties an agreement names (its parties' names and ``actors`` lists), at assess
time, without a mapping file; names that match no party stay unknown."""

from __future__ import annotations

from pathlib import Path

import pytest

from trucewatch import api
from trucewatch.model import actor_key
from trucewatch.resolve.actors import party_of
from trucewatch.terms import load_agreement_file
from trucewatch.terms.build import AgreementInvalid

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "analyst"
SUDAN = FIXTURES / "sudan-truce-2023.yaml"
SAF_ACTORS = "  - {id: SAF, name: Sudanese Armed Forces, actors: [Military Forces of Sudan]}\n"
HEADER = ("event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,country,admin1,"
          "location,latitude,longitude,geo_precision,notes,fatalities\n")
LONG_ACTOR = "Rapid Support Forces " + "x" * 10_000


def _sudan(tmp_path: Path, parties: str = SAF_ACTORS) -> Path:
    path = tmp_path / "sudan.yaml"
    path.write_text(SUDAN.read_text(encoding="utf-8").replace(
        "  - {id: SAF, name: Sudanese Armed Forces}\n", parties), encoding="utf-8")
    return path


def _acled(tmp_path: Path) -> Path:
    rows = [("A1", "Rapid Support Forces"), ("A2", "Military Forces of Sudan (2019-)"),
            ("A3", "Military Forces of Sudan (2019-) Air Force"), ("A4", "rapid  support forces"),
            ("A5", "Unidentified Armed Group (Sudan)"), ("A6", LONG_ACTOR),
            ("A7", "Military Forces of Sudanese Liberation")]
    path = tmp_path / "acled.csv"
    path.write_text(HEADER + "".join(
        f"{event},26/04/2023,1,Battles,Armed clash,\"{actor}\",,Sudan,Khartoum,Omdurman,"
        f"{15.6 + i / 10},{32.4 + i / 10},1,Fighting.,0\n" for i, (event, actor) in enumerate(rows)),
        encoding="utf-8")
    return path


@pytest.mark.parametrize(("name", "party"), [
    ("Rapid Support Forces", "RSF"), ("RAPID SUPPORT FORCES", "RSF"),
    ("Military Forces of Sudan (2019-)", "SAF"), ("Military Forces of Sudan (2019-) Air Force", "SAF"),
    ("Military Forces of Sudanese Liberation", None),  # a prefix ends at a word boundary
    ("Rapid Support Forces Air Wing", None),           # a party's own name matches the whole name only
    ("Sudanese Armed Forces", "SAF"), ("", None), (LONG_ACTOR, None),
])
def test_party_of(name: str, party: str | None) -> None:
    whole = {actor_key("Rapid Support Forces"): "RSF", actor_key("Sudanese Armed Forces"): "SAF"}
    prefixes = {actor_key("Military Forces of Sudan"): "SAF"}
    assert party_of(name, whole, prefixes) == party


def test_actor_key_ignores_case_spacing_and_the_period() -> None:
    assert actor_key(" Military  Forces of Sudan (2019-) Air Force") == "military forces of sudan air force"
    assert actor_key("Military Forces of Ukraine (2014-2019)") == "military forces of ukraine"
    assert actor_key("x" * 201) == ""


@pytest.mark.parametrize(("parties", "message"), [
    ("  - {id: SAF, name: Sudanese Armed Forces, actors: ['  ']}\n", "an actor name cannot be empty"),
    (f"  - {{id: SAF, name: Sudanese Armed Forces, actors: ['{'x' * 10_000}']}}\n",
     "an actor name has at most 200 characters (this one has 10,000)"),
    ("  - {id: SAF, name: Sudanese Armed Forces, actors: [Rapid Support Forces]}\n",
     "actor name 'Rapid Support Forces' already means party 'RSF'"),
])
def test_bad_actor_names_are_errors_naming_the_field(tmp_path: Path, parties: str, message: str) -> None:
    # SAF listed after RSF so that the clash names RSF
    path = tmp_path / "sudan.yaml"
    text = SUDAN.read_text(encoding="utf-8").replace("  - {id: SAF, name: Sudanese Armed Forces}\n", "")
    path.write_text(text.replace("  - {id: RSF, name: Rapid Support Forces}\n",
                                 "  - {id: RSF, name: Rapid Support Forces}\n" + parties), encoding="utf-8")
    with pytest.raises(AgreementInvalid) as caught:
        load_agreement_file(path)
    assert message in str(caught.value) and "parties[1].actors[0]" in str(caught.value)


def test_actors_round_trip_through_the_store(tmp_path: Path) -> None:
    from trucewatch.terms.serialize import agreement_from_dict, agreement_to_dict

    agreement = load_agreement_file(_sudan(tmp_path))
    assert agreement.parties[0].actors == ("Military Forces of Sudan",)
    assert agreement_from_dict(agreement_to_dict(agreement)) == agreement
    assert "actors" not in agreement_to_dict(load_agreement_file(SUDAN))["parties"][0]  # none: unchanged


@pytest.mark.slow
def test_an_agreement_maps_dataset_actors_to_its_parties(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    api.init_store(db, load_shipped=False)
    kherson = FIXTURES / "kherson-pause-2023.yaml"
    api.load_agreements(db, [_sudan(tmp_path), kherson])
    api.ingest(db, [_acled(tmp_path)], embed=False)
    api.assess(db)
    actors = {f["incident"].removeprefix("inc:acled:"): f["actor"]
              for f in api.findings(db, agreement="sudan-truce-2023", everything=True)}
    assert actors == {"A1": "RSF", "A2": "SAF", "A3": "SAF", "A4": "RSF", "A5": None, "A6": None, "A7": None}
    sudan = {r["party"]: r["total"] for r in api.scorecard(db, agreement="sudan-truce-2023")}
    assert sudan == {"RSF": 2, "SAF": 2, "unknown": 3}
    # under an agreement that does not name them, the same incidents are 'other', never RSF or SAF
    everywhere = {r["party"] for r in api.scorecard(db, agreement="kherson-pause-2023", everything=True)}
    assert everywhere == {"other", "unknown"}
    # the ingest kept the dataset's name; the party is the agreement's reading of it
    with api.open_store(db, read_only=True) as store:
        stored = store.con.execute("SELECT DISTINCT actor FROM reports").fetchall()
    assert stored == [(None,)]


@pytest.mark.slow
def test_changing_an_agreements_actor_names_remaps_on_the_next_assess(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    api.init_store(db, load_shipped=False)
    api.load_agreements(db, [SUDAN])  # SAF has no actor names yet
    api.ingest(db, [_acled(tmp_path)], embed=False)
    api.assess(db)

    def parties() -> dict[str, int]:
        return {r["party"]: r["total"] for r in api.scorecard(db, agreement="sudan-truce-2023")}

    assert parties() == {"RSF": 2, "unknown": 5}
    # an agreement naming none of the stored actors leaves the incidents as they are: no full rebuild
    api.load_agreements(db, [FIXTURES / "kherson-pause-2023.yaml"])
    assert api.assess(db)["mode"] == "incremental"
    api.load_agreements(db, [_sudan(tmp_path)])
    assert api.assess(db)["mode"] == "full"  # SAF now names stored actors: incidents rebuilt
    assert parties() == {"RSF": 2, "SAF": 2, "unknown": 3}
    assert api.assess(db)["mode"] == "incremental"
