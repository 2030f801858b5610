"""Places abroad, names read without a preposition, offsets and parts of a city, names that anchor each other.

Every paragraph here was written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from trucewatch.geo.distance import bearing_deg, distance_km, offset_point
from trucewatch.geo.gazetteer import geocode, geocode_candidates, is_place_name
from trucewatch.nlp.extract import extract_article
from trucewatch.nlp.reader import Article


def _located(text: str) -> list[tuple[Any, dict[str, Any]]]:
    reports = extract_article(Article(id="a", text=text, source="test", source_kind="monitor"))
    return [(report.location, report.provenance) for report in reports if report.location]


def _point(text: str) -> tuple[Any, dict[str, Any]]:
    located = [(location, provenance) for location, provenance in _located(text) if location.lat is not None]
    assert located, f"no point for {text!r}: {_located(text)}"
    return located[0]


# --- places abroad ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "lat", "lon"),
    [
        ("A column of armoured vehicles was seen moving through Orsha, Belarus, on Tuesday.", "BY", 54.51, 30.41),
        ("Tanks were loaded onto a train at Mazyr, Belarus.", "BY", 52.05, 29.25),
        ("An explosion damaged a police building in Tiraspol in Transnistria.", "MD", 46.84, 29.64),
        ("Protesters blocked a road and damaged cars in Limassol, Cyprus.", "CY", 34.68, 33.04),
        # a Belarusian romanisation with a caron matches its digraph spelling
        ("Military trucks were spotted in Drahičyn, Belarus.", "BY", 52.19, 25.16),
    ],
)
def test_a_town_in_a_country_the_text_names_is_placed_there(text: str, country: str, lat: float, lon: float) -> None:
    location, provenance = _point(text)
    assert location.country == country, provenance
    assert distance_km(location.lat, location.lon, lat, lon) < 10


def test_a_border_country_city_is_placed_without_its_country() -> None:
    location, _ = _point("A convoy of Russian trucks moved through Gomel overnight.")
    assert location.country == "BY"
    assert distance_km(location.lat, location.lon, 52.43, 30.98) < 10


def test_the_russian_namesake_of_a_belarusian_town_still_wins_without_the_country() -> None:
    # Orsha is also a village in Russia: a text naming no country keeps the home reading
    assert geocode("Orsha") is not None and geocode("Orsha").country == "RU"  # type: ignore[union-attr]
    assert geocode("Orsha", country="BY").country == "BY"  # type: ignore[union-attr]


@pytest.mark.parametrize("word", ["Police", "Batman", "Van"])
def test_a_foreign_town_named_like_an_english_word_is_no_place(word: str) -> None:
    # Police is a Polish town, Batman and Van Turkish cities: never read from an English sentence that does
    # not name their country
    for location, provenance in _located(f"On 4 May 2024, shelling hit {word} headquarters near the front."):
        assert location.country in (None, "UA", "RU"), provenance
    assert not is_place_name(word)  # not a name of any Ukrainian or Russian place
    assert is_place_name("Police", countries=("PL",))


def test_a_small_town_abroad_needs_its_country() -> None:
    # Rahachow (31,000 people) is only taken where the text says it is in Belarus
    assert not [loc for loc, _ in _located("Troops were seen gathering in Rahachow.") if loc.lat is not None]
    location, _ = _point("Troops were seen gathering in Rahachow, Belarus.")
    assert location.country == "BY"


@pytest.mark.parametrize("name", ["Орша" * 2500, "Όρσα", "東京", "\u202eOrsha", "Orsha\x00"])
def test_odd_names_abroad_give_a_clear_empty_result(name: str) -> None:
    assert geocode_candidates(name, country="BY") == ()


# --- names read without a preposition --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Kherson's main market burned after the night's shelling.", "Kherson"),
        ("Broken windows and a burnt car outside school no. 12, Sumy", "Sumy"),
        ("Residents cleared rubble after the Dnipro bombing.", "Dnipro"),
        ("Shelling damaged buildings in the centre of Russian controlled Melitopol.", "Melitopol"),
        ("Drone video of the destroyed Bohorodychne village.", "Bohorodychne"),
        ("A shell crater appeared in Poltava Central Park after the attack.", "Poltava"),
        ("Windows were blown out at the Sumy Regional Police Department after a strike.", "Sumy"),
        ("The shelling was filmed from the Zaporizhzhia Nuclear Power Plant (Enerhodar).", "Enerhodar"),
        ("Two shells landed in kharkiv overnight.", "Kharkiv"),
        # a longer name no place bears, led by a town's
        ("Shelled Odesa Cadet Corps overnight.", "Odesa"),
    ],
)
def test_a_town_named_without_a_preposition(text: str, town: str) -> None:
    location, provenance = _point(text)
    assert location.name == town, provenance


def test_what_a_bridge_spans_is_a_water_not_a_town() -> None:
    location, provenance = _point("A missile damaged the bridge over Dnipro at Zaporizhzhia.")
    assert location.name == "Zaporizhzhia", provenance


def test_a_region_after_a_missing_village_is_not_read_as_its_capital() -> None:
    # "…, Kursk" after a village the gazetteer lacks names the region, never Kursk city
    location, provenance = _point("Shelling damaged houses in Zzyzxovo, Kursk.")
    assert location.name is None and location.precision_km > 40, provenance


# --- offsets and parts of a city --------------------------------------------------------------------------


def test_offset_point_round_trip() -> None:
    lat, lon = offset_point(50.0, 36.0, 17.0, 45.0)
    assert abs(distance_km(50.0, 36.0, lat, lon) - 17.0) < 0.01
    assert lat > 50.0 and lon > 36.0
    assert offset_point(10.0, 179.9, 50.0, 90.0)[1] < -179.0  # across the antimeridian


@pytest.mark.parametrize("bearing", [0.0, 45.0, 135.0, 200.0, 270.0, 359.0])
def test_the_bearing_to_an_offset_point_is_its_direction(bearing: float) -> None:
    lat, lon = offset_point(47.0, 33.0, 40.0, bearing)
    turn = abs((bearing_deg(47.0, 33.0, lat, lon) - bearing + 180.0) % 360.0 - 180.0)
    assert turn < 0.5


@pytest.mark.parametrize(
    ("text", "km", "north", "east"),
    [
        ("Russian artillery positions were seen 20 km NE of Sumy.", 20.0, True, True),
        ("Shelling was reported 12 kilometres south-west of the town of Izium.", 12.0, False, False),
    ],
)
def test_an_offset_moves_the_point_and_widens_the_precision(text: str, km: float, north: bool, east: bool) -> None:
    location, provenance = _point(text)
    town = geocode(location.name)
    assert town is not None
    assert abs(distance_km(town.lat, town.lon, location.lat, location.lon) - km) < 0.5
    assert (location.lat > town.lat) == north and (location.lon > town.lon) == east
    assert location.precision_km > town.precision_km
    assert "as the text says" in provenance["location_basis"]


def test_a_part_of_a_large_city_moves_the_point_inside_it() -> None:
    location, provenance = _point("Missiles hit a warehouse in western Kharkiv.")
    city = geocode("Kharkiv")
    assert city is not None
    moved = distance_km(city.lat, city.lon, location.lat, location.lon)
    assert 0 < moved <= location.precision_km and location.lon < city.lon
    assert "west part" in provenance["location_basis"]
    # a small town has no parts to tell apart: its point stays
    town, _ = _point("Shells hit a school in western Izium.")
    izium = geocode("Izium")
    assert izium is not None and (town.lat, town.lon) == (izium.lat, izium.lon)


# --- names that anchor each other -------------------------------------------------------------------------


def test_two_ambiguous_names_of_a_sentence_choose_the_readings_close_together() -> None:
    # both names have several readings; one pair lies a few km apart
    location, provenance = _point("Artillery shelled troops at the bridge between Zarichne and Torske.")
    torske = [m for m in geocode_candidates("Torske") if distance_km(m.lat, m.lon, location.lat, location.lon) < 15]
    assert torske, provenance
    assert "nearest to another place the article names" in provenance["location_basis"]


def test_presence_of_armed_forces_uses_the_front_line() -> None:
    # troops seen in a village that has namesakes across the country: the one near the line on that day
    location, provenance = _point("26/03/2023 Russian troops seen moving in Bilohorivka.")
    assert "line of contact" in provenance["location_basis"]
    assert location.admin1_code in ("UA-09", "UA-14")


def test_a_structured_name_alone_never_lands_abroad_by_a_foreign_alternate_name() -> None:
    from trucewatch.geo.gazetteer import resolve_location
    from trucewatch.model import Location

    # a Turkish city lists "Black Sea" among its names: a report naming the sea stays unplaced
    assert geocode("Black Sea") is None
    resolved = resolve_location(Location(name="Black Sea"))
    assert resolved.lat is None and resolved.country is None


def test_a_side_named_by_its_capital_is_no_place() -> None:
    # "Kyiv's forces" is Ukraine acting, not an event in Kyiv; "Kherson's market" is in Kherson
    assert not [loc for loc, _ in _located("Kyiv's forces shelled the area overnight, the ministry said.")
                if loc.lat is not None]


@pytest.mark.parametrize(("admin_text", "country"), [
    ("Gomel", "BY"),  # "near Yelsk, Gomel region": the region word is read apart
    ("Homel region", "BY"),
    ("Brest Oblast", "BY"),
    ("Pokrovsk", None),  # a town of Ukraine is no region abroad
    ("Yelsk", None),  # a town abroad of 8,000 people names no region
    (None, None),
])
def test_region_abroad_by_its_centre(admin_text: str | None, country: str | None) -> None:
    from trucewatch.nlp.place_scope import region_abroad

    assert region_abroad(admin_text) == country
