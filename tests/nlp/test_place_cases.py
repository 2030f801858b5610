"""Place rules as YAML data (place_cases.yaml, place_cases_phrasings.yaml, place_cases_scope.yaml,
place_cases_raions.yaml, place_cases_spellings.yaml, place_cases_far.yaml, place_cases_namesakes.yaml,
place_cases_forms.yaml, place_cases_anchors.yaml,
place_cases_landmarks.yaml, place_cases_named.yaml, place_cases_modifiers.yaml), one test per case with a readable
id."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from trucewatch.geo.distance import distance_km
from trucewatch.nlp.extract import extract_article
from trucewatch.nlp.reader import Article

# place_cases.yaml, place_cases_phrasings.yaml (common phrasings of war reporting the rules were not fitted on) and
# place_cases_scope.yaml (evidence that bounds where an event may be: regions named together, a country, a region),
# place_cases_raions.yaml (a raion the text names), place_cases_spellings.yaml (English spellings other than the
# national one; a region's word after a name), place_cases_far.yaml (confident answers far off: namesakes far apart,
# compound names, a region far beyond the war), place_cases_namesakes.yaml (same-named villages nothing in the text
# decides: the decisions of docs/extraction-rounds.md, "Round 33"), place_cases_forms.yaml (the forms a monitor-map
# row gives a name in; weapons and units named like villages), place_cases_anchors.yaml (a town the name alone gives
# anchors the other names of its sentence; every reading of a name is seen), place_cases_landmarks.yaml (a landmark
# named after one place that stands in another), place_cases_named.yaml (rows naming their town that rightly get
# no point: namesakes nothing decides, a road named after a city, a village abroad, no event),
# place_cases_modifiers.yaml (a place named only as a modifier: "the Odesa-based 28th brigade"; an oblast's possessive
# before its town: "the Odesa region's Izmail"; a village the gazetteer coded to an oblast its neighbours contradict),
# place_cases_fresh10.yaml (a village on one side of a town with no distance; a note in brackets after a closing town;
# a prison named after its village), place_cases_heads.yaml (a title's head with a bracket before its colon; a people's
# adjective beside it; a flag raised; a hyphened compound; a raion by its seat; a town in brackets a village lies near),
# place_cases_rivers.yaml (a river after "the" closing its clause; a city a spelling variant reads),
# place_cases_directions.yaml (a direction bracket after a village later in a title; a common word by a town),
# place_cases_title_forms.yaml (a village and its raion heading a title, two of the name in the raion; a town's part
# before its town; the side of a town a title puts a village on), place_cases_city_districts.yaml (a city's district
# named after its city; the peninsula named as where a village lies), place_cases_works_and_districts.yaml (a works
# named after one town in another; a city's district in the gazetteer's spelling, in a clause of its own, or first)
CASES: list[dict[str, Any]] = [
    case for name in ("place_cases.yaml", "place_cases_phrasings.yaml", "place_cases_scope.yaml",
                                  "place_cases_raions.yaml", "place_cases_spellings.yaml", "place_cases_far.yaml",
                                  "place_cases_namesakes.yaml", "place_cases_forms.yaml", "place_cases_coast.yaml",
                                  "place_cases_plants.yaml", "place_cases_anchors.yaml",
                                  "place_cases_landmarks.yaml", "place_cases_named.yaml",
                                  "place_cases_modifiers.yaml", "place_cases_fresh10.yaml",
                                  "place_cases_rivers.yaml", "place_cases_heads.yaml",
                                  "place_cases_directions.yaml", "place_cases_title_forms.yaml",
                                  "place_cases_city_districts.yaml", "place_cases_works_and_districts.yaml")
    for case in yaml.safe_load((Path(__file__).parent / name).read_text(encoding="utf-8"))]


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_place_case(case: dict[str, Any]) -> None:
    reports = extract_article(Article(id=case["id"], text=case["text"], source="test", source_kind="monitor"))
    expected = case["expect"]
    placed = [report for report in reports if report.location and report.location.lat is not None]
    if expected.get("no_point"):
        assert not placed, [(r.location, r.provenance.get("location_basis")) for r in placed]
        return
    assert placed, f"no point: {[(r.location, r.provenance.get('location_basis')) for r in reports]}"
    location, basis = placed[0].location, placed[0].provenance.get("location_basis", "")
    assert location is not None and location.lat is not None and location.lon is not None
    if "name" in expected:
        assert location.name == expected["name"], basis
    if "basis" in expected:
        assert expected["basis"] in basis, basis
    if "point" in expected:
        lat, lon, km = expected["point"]
        assert distance_km(location.lat, location.lon, lat, lon) <= km, (location, basis)
    if "precision_km" in expected:
        low, high = expected["precision_km"]
        assert location.precision_km is not None and low <= location.precision_km <= high, (location, basis)


def test_the_cases_cover_changes_and_inputs_that_must_not_change() -> None:
    assert any(case.get("unchanged") for case in CASES)
    assert any(not case.get("unchanged") for case in CASES)


def test_case_ids_are_unique_across_the_files() -> None:
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids))
