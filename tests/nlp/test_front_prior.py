"""The front-line prior with the lines as drawn: the border with Russia through its villages, the line north-east
of Kupiansk by the Luhansk oblast's boundary, no line in the Donbas war's first summer, and the lines from the
Kursk incursion on."""

from __future__ import annotations

import pytest

from trucewatch.geo.distance import distance_km
from trucewatch.model import Report
from trucewatch.nlp.extract import extract_article
from trucewatch.nlp.reader import Article


def _first_placed(text: str) -> Report:
    reports = extract_article(Article(id="a", text=text, source="test", source_kind="news"))
    placed = [r for r in reports if r.location is not None and r.location.lat is not None]
    assert placed, reports
    return placed[0]


def _assert_chosen_by_the_line(text: str, point: tuple[float, float]) -> None:
    """The text's first placed report lies within 2 km of ``point``, chosen as the namesake clearly nearest the
    line."""
    report = _first_placed(text)
    assert report.location is not None and report.location.lat is not None and report.location.lon is not None
    assert distance_km(report.location.lat, report.location.lon, *point) < 2.0
    basis = str(report.provenance.get("location_basis"))
    assert "clearly nearer than the others" in basis and "not clearly nearer" not in basis, basis


@pytest.mark.parametrize(
    ("text", "point"),
    [
        # a village by the Sumy oblast's border near Tetkino, not its namesake by the Chernihiv oblast's border,
        # which the chord drawn before put nearer the line
        ("On 20 June 2023, Russian forces shelled Doroshivka, Sumy region, with mortars.", (51.309, 34.242)),
        # a border village east of Bilopillia: before, no namesake lay within 20 km of the line, and the one
        # nearest it only leaned
        ("Russian troops fired artillery at Rudka, Sumy oblast, on 2 February 2024.", (51.170, 34.539)),
    ],
)
def test_a_border_village_is_the_one_by_the_border(text: str, point: tuple[float, float]) -> None:
    _assert_chosen_by_the_line(text, point)


def test_namesakes_on_both_kupiansk_lines_are_undecided() -> None:
    """Both Berestoves of the Kupiansk raion lay by the 2023 line (one by the Luhansk oblast's boundary, one
    south-east of Kupiansk): the line does not tell them apart, and the precision covers both."""
    report = _first_placed("On 20 May 2023, Russian artillery shelled Berestove in Kharkiv oblast.")
    basis = str(report.provenance.get("location_basis"))
    assert "none clearly nearer" in basis, basis
    assert report.location is not None and report.location.precision_km >= 30.0


def test_no_line_before_the_donbas_war() -> None:
    """Before April 2014 there was no fighting: the prior says nothing, and the basis does not speak of a line."""
    report = _first_placed("On 3 April 2014, separatist forces shelled Vodiane, Donetsk oblast, with mortars.")
    assert "line of contact" not in str(report.provenance.get("location_basis"))
    later = _first_placed("On 3 July 2016, separatist forces shelled Vodiane, Donetsk oblast, with mortars.")
    assert "line of contact of 2016-07-03" in str(later.provenance.get("location_basis"))


def test_the_first_summer_of_the_donbas_war_has_its_fighting() -> None:
    """In August 2014 the fighting ran along the state border south-east of Donetsk: the Dmytrivka on it, not
    the namesakes in the oblast's west and north."""
    report = _first_placed("On 10 August 2014, separatist forces shelled Dmytrivka, Donetsk oblast, with mortars.")
    assert report.location is not None and report.location.lat is not None and report.location.lon is not None
    assert distance_km(report.location.lat, report.location.lon, 47.936, 38.937) < 3
    assert "clearly nearer" in str(report.provenance.get("location_basis"))


@pytest.mark.parametrize(
    ("text", "by_the_line"),
    [
        # a drone Russian forces downed over Ukraine is Ukraine's, over the occupied areas by the line
        ("Russian troops downed a Ukrainian UAV near Luhove in the Zaporizhzhia region on 5 March 2024.", True),
        ("On 5 March 2024, Russian air defence shot down a Ukrainian drone near Luhove, Zaporizhzhia region.", True),
        # the drones Ukraine downs are mostly long-range ones, anywhere in the country; a missile flies far
        ("On 5 March 2024, Ukrainian air defence shot down a Russian drone near Luhove, Zaporizhzhia region.", False),
        ("On 5 March 2024, Russian air defence shot down a Ukrainian missile near Luhove, Zaporizhzhia region.", False),
    ],
)
def test_a_drone_downed_by_russian_forces_is_placed_by_the_line(text: str, by_the_line: bool) -> None:
    report = _first_placed(text)
    basis = str(report.provenance.get("location_basis"))
    assert report.event == "interception"
    assert ("clearly nearer than the others" in basis) is by_the_line, basis
    assert report.location is not None
    assert (report.location.precision_km < 20) is by_the_line  # else it covers the namesake 58 km away


@pytest.mark.parametrize(
    ("text", "point"),
    [
        # the Kursk salient (August 2024 to March 2025): Korenevo on its western edge, not the Moscow oblast's
        # Korenevo nor the Sumy oblast's Koreneve; Belaya on its eastern side, not the Ternopil oblast's Belaya
        # (3,700 people) nor the Bile by the Oskil
        ("On 15 October 2024, Ukrainian forces shelled Korenevo.", (51.411, 34.900)),
        ("Ukrainian artillery shelled Belaya on 2 September 2024, the governor said.", (51.059, 35.711)),
        # one name, two days: the Uspenivka south of Kurakhove while Kurakhove was fought for, the one by
        # Pokrovsk's south-west once it had fallen
        ("On 20 November 2024, Russian forces shelled Uspenivka, Donetsk oblast.", (47.917, 37.229)),
        ("On 20 February 2025, Russian forces shelled Uspenivka, Donetsk oblast.", (48.200, 37.020)),
    ],
)
def test_a_namesake_by_the_line_since_the_kursk_incursion(text: str, point: tuple[float, float]) -> None:
    _assert_chosen_by_the_line(text, point)


def _basis(text: str) -> str:
    reports = extract_article(Article(id="a", text=text, source="test", source_kind="monitor"))
    assert reports
    return str(reports[0].provenance.get("location_basis"))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a clock time after local midnight is still the text's day, not the day before in UTC (the lines of
        # 3 and 4 April 2022 differ: the northern axes end on the 3rd)
        ("04/04/2022 00:30 Russian forces in Komyshuvakha", "2022-04-04"),
        ("04/04/2022 Russian forces in Komyshuvakha", "2022-04-04"),
        ("04/04/2022 23:30 Russian forces in Komyshuvakha", "2022-04-04"),
        ("03/04/2022 23:30 Russian forces in Komyshuvakha", "2022-04-03"),
        ("Russian forces entered Komyshuvakha at 00:30 Moscow time on 4 April 2022.", "2022-04-04"),
    ],
)
def test_the_line_is_that_of_the_day_the_text_gives(text: str, day: str) -> None:
    basis = _basis(text)
    assert f"line of contact of {day}" in basis, basis
