"""ACLED's sub-event type and acting side from a note's wording (nlp/acled_coding.py, round 45): places changing
hands, electronic warfare, two sides fighting, attacks with no object, bombs dropped from drones, grenades thrown,
cars blown up and unexploded ordnance, looting and arson, mines laid. Notes written for these tests."""

from __future__ import annotations

import pytest

from trucewatch.nlp.evaluate import predicted_side, sub_event_type
from trucewatch.nlp.extract import extract_article
from trucewatch.nlp.pipeline import Article

NOTES = [
    ("On 12 May 2023, Ukrainian forces recaptured Ivanivske (Bakhmutskyi raion, Donetsk oblast).",
     "Government regains territory", "Ukraine"),
    ("On 2 March 2024, Russian forces withdrew from Krynky, Kherson oblast, and Ukrainian troops established control "
     "of the village.", "Government regains territory", "Ukraine"),
    ("On 26 February 2024, Russian forces took control of Lastochkyne, Donetsk oblast, after Ukrainian units "
     "withdrew.", "Non-state actor overtakes territory", "Russia"),
    ("On 5 May 2024, Russian forces captured two Ukrainian soldiers near Robotyne, Zaporizhzhia oblast.", None,
     "Russia"),
    ("On 3 January 2024, Ukrainian electronic warfare jammed a Russian drone near Huliaipole, Zaporizhzhia oblast.",
     "Disrupted weapons use", "Ukraine"),
    ("On 20 August 2024, Russian and Ukrainian forces clashed near Sudzha, Kursk oblast.", "Armed clash", "Russia"),
    # the side the extractor reads as acting stays (ACLED's own notes name actor1 first, but not every writer does)
    ("On 20 August 2024, Ukrainian and Russian troops fought near Malaya Loknya, Kursk oblast.", "Armed clash",
     "Russia"),
    ("On 9 July 2024, Russian forces attacked near Vovchansk, Kharkiv oblast. Casualties unknown.", "Armed clash",
     "Russia"),
    ("On 4 June 2024, Russian forces dropped a grenade from a drone on Bilozerka, Kherson oblast.",
     "Air/drone strike", "Russia"),
    ("On 6 June 2024, a grenade was thrown into a yard in Kramatorsk, Donetsk oblast. One man was injured.",
     "Grenade", "other"),
    ("On 7 June 2024, a car was blown up in Nova Kakhovka, Kherson oblast; its driver was killed.",
     "Remote explosive/landmine/IED", "other"),
    ("On 8 June 2024, a farmer was wounded by unexploded ordnance in a field near Izium, Kharkiv oblast.",
     "Remote explosive/landmine/IED", "other"),
    ("On 9 June 2024, Russian soldiers looted shops in Vovchansk, Kharkiv oblast.", "Looting/property destruction",
     "Russia"),
    ("On 10 June 2024, Russian forces were laying mines along the road near Velyka Novosilka, Donetsk oblast.",
     "Other", "Russia"),
    # unchanged: the weapon decides as before
    ("On 11 June 2024, Russian artillery shelled Kurakhove, Donetsk oblast, setting fire to houses.",
     "Shelling/artillery/missile attack", "Russia"),
]


@pytest.mark.parametrize(("notes", "sub_event", "side"), NOTES, ids=[n[:50] for n, _, _ in NOTES])
def test_the_wording_of_a_note_decides_its_type_and_side(notes: str, sub_event: str | None, side: str) -> None:
    reports = extract_article(Article("notes", notes))
    assert reports, "no report"
    if sub_event:
        assert sub_event_type(reports[0]) == sub_event
    assert predicted_side(reports[0]) == side
