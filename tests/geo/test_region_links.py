"""Region names linked to ISO 3166-2 units by where their towns lie (Natural Earth admin-1 outlines), not by
spelling: "Lower Saxony" is DE-NI although ISO spells it "Niedersachsen"."""

from __future__ import annotations

import gzip
import json
import runpy
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from trucewatch import api
from trucewatch.errors import InputError
from trucewatch.geo.links_build import Outline, link_country, locate, read_outlines
from trucewatch.geo.subdivisions import region_code, regions_of_points, suggestions
from trucewatch.terms import load_agreement_file
from trucewatch.terms.build import AgreementInvalid

ROOT = Path(__file__).resolve().parents[2]
SUDAN = ROOT / "tests" / "fixtures" / "analyst" / "sudan-truce-2023.yaml"
SCRIPT = ROOT / "scripts" / "build-region-links.py"
HANOVER = (52.3759, 9.732)
MUNICH = (48.137, 11.575)


@pytest.mark.parametrize(("name", "country", "code"), [
    ("Lower Saxony", "DE", "DE-NI"), ("North Rhine-Westphalia", "DE", "DE-NW"), ("Aleppo", "SY", "SY-HL"),
    ("Lower Saxony", None, "DE-NI"), ("Aleppo", None, "SY-HL"), ("Lower Austria", "AT", "AT-3"),
    ("Lower Saxony", "SY", None),
    # a province inside one of Indonesia's ISO units (Sumatra): it names part of the unit, not the unit
    ("Lampung", "ID", None),
])
def test_names_linked_by_geometry(name: str, country: str | None, code: str | None) -> None:
    assert region_code(name, country) == code


def test_points_take_the_unit_their_town_lies_in() -> None:
    assert regions_of_points([HANOVER, (36.2, 37.15), (-5.43, 105.26), (54.5, 5.0), (-30.0, -20.0)]) == [
        ("DE", "DE-NI"), ("SY", "SY-HL"), ("ID", "ID-SM"),  # Hanover, Aleppo, Bandar Lampung (Sumatra)
        None, None,  # the North Sea and the South Atlantic: no code
    ]


def test_did_you_mean_offers_the_linked_names(tmp_path: Path) -> None:
    assert suggestions("Lower Saxny", "DE")[0] == "Lower Saxony (DE-NI)"
    assert suggestions("Alepo", "SY")[0] == "Aleppo (SY-HL)"
    with pytest.raises(AgreementInvalid) as caught:
        load_agreement_file(_german(tmp_path, "North Rhine Westfalia"))
    assert "did you mean 'North Rhine-Westphalia (DE-NW)'" in str(caught.value)


def _german(tmp_path: Path, admin1: str, countries: str = "countries: [DE], ") -> Path:
    path = tmp_path / "de.yaml"
    path.write_text(SUDAN.read_text(encoding="utf-8").replace(
        "countries: [SD]", f"{countries}admin1: [{admin1}]"), encoding="utf-8")
    return path


def test_an_agreement_names_a_region_in_english(tmp_path: Path) -> None:
    agreement = load_agreement_file(_german(tmp_path, "Lower Saxony, North Rhine-Westphalia"))
    assert agreement.clauses[0].geography.include_admin1 == ("DE-NI", "DE-NW")


@pytest.mark.slow
def test_a_point_in_hanover_passes_a_lower_saxony_clause(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    api.init_store(db, load_shipped=False)
    api.load_agreements(db, [_german(tmp_path, "Lower Saxony", countries="")])  # the region alone
    reports = tmp_path / "reports.jsonl"
    lines = [{"id": key, "source": {"name": "test"}, "actor": "RSF", "stance": "alleges",
              "occurred": {"start": "2023-04-26T10:00:00+02:00"}, "target": {"category": "civilian.residential"},
              "location": {"country": "DE", "lat": lat, "lon": lon}}
             for key, (lat, lon) in (("hanover", HANOVER), ("munich", MUNICH))]
    reports.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    api.ingest(db, [reports], embed=False)
    api.assess(db)
    geography: dict[str, tuple[str, str]] = {}
    for finding in api.findings(db, agreement="sudan-truce-2023", everything=True):
        reason = next(r for r in finding["reasons"] if r["condition"] == "geography")
        geography[finding["incident"]] = (reason["status"], reason["detail"])
    hanover = next(value for key, value in geography.items() if key.endswith("hanover"))
    munich = next(value for key, value in geography.items() if key.endswith("munich"))
    assert hanover[0] == "pass" and "DE-NI" in hanover[1], hanover
    assert munich[0] == "fail" and "DE-BY" in munich[1], munich


def _square(west: float, south: float, size: float = 1.0) -> list[list[list[float]]]:
    return [[[west, south], [west + size, south], [west + size, south + size], [west, south + size],
             [west, south]]]


def _outlines(tmp_path: Path, features: list[dict[str, Any]], name: str = "DE.geojson") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    return path


def _feature(name: str, hasc: str | None, rings: list[list[list[float]]]) -> dict[str, Any]:
    return {"type": "Feature", "properties": {"name": name, "hasc": hasc, "country": "DE"},
            "geometry": {"type": "Polygon", "coordinates": rings}}


def test_outlines_are_matched_by_name_and_checked_hasc_codes(tmp_path: Path) -> None:
    outlines = read_outlines(_outlines(tmp_path, [
        _feature("Niedersachsen", "DE.NI", _square(0, 0)),  # both agree
        _feature("Bayern", "DE.", _square(1, 0)),           # no HASC code: the name
        _feature("Nowhere", "DE.BE", _square(2, 0)),        # an unknown name: the HASC code
    ]))
    assert [o.code for o in outlines] == ["DE-NI", "DE-BY", "DE-BE"]
    swapped = read_outlines(_outlines(tmp_path, [
        _feature("Niedersachsen", "DE.BY", _square(0, 0)), _feature("Nowhere", "DE.NI", _square(1, 0))]))
    assert [o.code for o in swapped] == ["DE-NI", None]  # a HASC code that contradicts a name: none trusted


def test_points_in_polygons_with_holes() -> None:
    ring = np.array(_square(0, 0, 4)[0], dtype=float)
    hole = np.array(_square(1, 1, 2)[0], dtype=float)
    outline = Outline("a", "DE-NI", ((ring, hole),), (0.0, 0.0, 4.0, 4.0))
    found = locate([outline], np.array([(0.5, 0.5), (2.0, 2.0), (5.0, 5.0), (3.5, 0.2)]))
    assert found.tolist() == [0, -1, -1, 0]  # (lat, lon): inside, in the hole, outside, inside


def test_a_name_links_to_the_unit_holding_a_clear_majority_of_its_towns() -> None:
    def outline(code: str, west: float) -> Outline:
        return Outline(code, code, ((np.array(_square(west, 0)[0], dtype=float),),), (west, 0.0, west + 1, 1.0))

    outlines = [outline("DE-NI", 0), outline("DE-BY", 1), outline("DE-BE", 2)]
    towns = ([("Lower Saxony", 0.5, 0.1 * i) for i in range(1, 9)] + [("Lower Saxony", 0.5, 1.5)]  # 8 of 9
             + [("Split", 0.5, 0.5), ("Split", 0.6, 0.5), ("Split", 0.5, 1.5), ("Split", 0.6, 1.5)]  # 50/50
             + [("Two", 0.5, 2.5), ("Two", 0.6, 2.5)]   # all of two towns
             + [("Sea", 5.0, 5.0)]                      # outside every outline
             + [("Bavaria", 0.3 + 0.01 * i, 1.5) for i in range(30)])  # most of DE-BY's towns
    links, outcome = link_country("DE", outlines, towns)
    found = {link.name: (link.code, link.towns, round(link.share, 2), link.same) for link in links}
    assert found == {"Lower Saxony": ("DE-NI", 8, 0.89, True), "Two": ("DE-BE", 2, 1.0, True),
                     "Bavaria": ("DE-BY", 30, 1.0, True)}
    assert outcome["no clear majority"] == 1 and outcome["no town in an outline"] == 1


def _run_script(*args: str) -> int:
    argv = sys.argv
    sys.argv = [str(SCRIPT), *args]
    try:
        runpy.run_path(str(SCRIPT), run_name="__main__")
    except SystemExit as done:
        return int(done.code or 0)
    finally:
        sys.argv = argv
    return 0


def test_the_build_stops_at_a_corrupt_outline_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "admin1"
    folder.mkdir()
    _outlines(folder, [_feature("Bayern", "DE.BY", _square(11, 48))])
    (folder / "SY.geojson").write_text('{"type": "FeatureCollection",\n"features": [\n{"type": "Feature",,}]}\n',
                                       encoding="utf-8")
    out = tmp_path / "links.tsv.gz"
    assert _run_script("--outlines", str(folder), "--out", str(out)) == 2
    assert f"{folder / 'SY.geojson'}:3: not valid JSON" in capsys.readouterr().err
    assert not out.exists()  # nothing written
    (folder / "SY.geojson").write_text(json.dumps({"features": [{"properties": {"name": "Halab"},
                                                                 "geometry": {"type": "Point"}}]}))
    assert _run_script("--outlines", str(folder), "--out", str(out)) == 2
    assert "field 'features[0].geometry': geometry must be a Polygon" in capsys.readouterr().err
    assert not out.exists()


def test_the_build_writes_the_same_table_again(tmp_path: Path) -> None:
    folder = tmp_path / "admin1"
    folder.mkdir()
    shipped = ROOT / "src" / "trucewatch" / "report" / "outlines" / "admin1" / "DE.geojson"
    (folder / "DE.geojson").write_bytes(shipped.read_bytes())
    first, second = tmp_path / "a.tsv.gz", tmp_path / "b.tsv.gz"
    assert _run_script("--outlines", str(folder), "--out", str(first)) == 0
    assert _run_script("--outlines", str(folder), "--out", str(second)) == 0
    assert first.read_bytes() == second.read_bytes()
    lines = gzip.decompress(first.read_bytes()).decode("utf-8").splitlines()
    assert lines[1] == "country\tname\tcode\ttowns\tshare\tcover"
    assert any(line.startswith("DE\tLower Saxony\tDE-NI\t") for line in lines[2:])


def test_a_missing_outline_folder_is_an_error(tmp_path: Path) -> None:
    from trucewatch.geo.links_build import link_all

    with pytest.raises(InputError, match=r"no <alpha-2>\.geojson outline files"):
        link_all(tmp_path)
