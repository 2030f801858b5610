"""Readings too weak to be an event's place (:mod:`trucewatch.nlp.place_far`)."""

from __future__ import annotations

from datetime import date

from trucewatch.geo.gazetteer import GeoMatch, geocode_candidates
from trucewatch.nlp.place_choice import Context
from trucewatch.nlp.place_far import a_model_name, raion_word_misread, spelt_beyond_the_line


def _variant(name: str) -> GeoMatch:
    return next(m for m in geocode_candidates(name) if m.matched_by == "a spelling variant")


def test_a_spelling_variant_far_from_the_line_of_the_day_is_refused_only_for_fire_of_a_known_day() -> None:
    far = _variant("Zhovanka")  # a hamlet of Chernihiv oblast, hundreds of km from the line of 2019
    assert spelt_beyond_the_line(far, Context(front_day=date(2019, 5, 14), fire=True))
    assert not spelt_beyond_the_line(far, Context(front_day=date(2019, 5, 14), fire=False))
    assert not spelt_beyond_the_line(far, Context(front_day=None, fire=True))
    assert not spelt_beyond_the_line(far, Context(front_day=date(2019, 5, 14), fire=True,
                                                  front_after_population=True))


def test_a_place_bearing_the_name_is_not_judged_by_the_line_here() -> None:
    own = next(m for m in geocode_candidates("Chernihiv") if m.matched_by == "its name")
    assert not spelt_beyond_the_line(own, Context(front_day=date(2019, 5, 14), fire=True))


def test_a_raion_s_name_read_by_another_name_is_misread() -> None:
    sentence = "Shelling near Umanskoye, Zhovtnevyi raion"
    start = sentence.index("Zhovtnevyi")
    span = (start, start + len("Zhovtnevyi"))
    assert raion_word_misread(sentence, span, {"source": "geonames", "basis": "… (found as Verhunskyi, by an "
                                                                              "alternate name)"})
    assert not raion_word_misread(sentence, span, {"source": "geonames", "basis": "the only settlement"})
    assert not raion_word_misread("Shelling near Zhovtnevyi", (14, 24), {"basis": "(found as Verhunskyi, by x)"})
    assert not raion_word_misread("", (0, 0), {})


def test_a_model_name_needs_a_weapon_after_it_and_a_spelling_variant() -> None:
    sentence = "Tyulpan mortar fired"
    assert a_model_name(sentence, (0, 7), {"basis": "… (found as Tulpan, by a spelling variant)"})
    assert not a_model_name(sentence, (0, 7), {"basis": "the only settlement"})
    assert not a_model_name("", (0, 0), {})


def test_a_town_in_the_region_its_own_sentence_names_is_taken_however_far_from_the_texts_other_places() -> None:
    from datetime import datetime

    from trucewatch.nlp.extract import extract_article
    from trucewatch.nlp.pipeline import Article

    text = ("Drones struck the Novokuibyshevsk refinery in Samara region. Drones hit the Kavkazskaya oil pumping "
            "station in Krasnodar region.")
    reports = extract_article(Article("far", text, datetime.fromisoformat("2026-02-15T12:00:00+02:00")))
    assert [report.location.name if report.location else None for report in reports] == [
        "Novokuibyshevsk", "Kavkazskaya"]
