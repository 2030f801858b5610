"""Recall by word class and role: sentences that report harm without a trigger word give a report, and
sentences without an event stay silent (hand-written sentences)."""

from __future__ import annotations

from datetime import datetime

import pytest

from trucewatch.nlp.extract import extract_article
from trucewatch.nlp.pipeline import Article

PUBLISHED = datetime.fromisoformat("2025-03-19T09:00:00+02:00")

EVENTS = [
    ("Two dead civilians found in a courtyard in Irpin", "strike", None),
    ("Heavy damage to a school gym in Izium", "strike", None),
    ("A rocket landed in a field outside Nikopol.", "strike", None),
    ("Debris from a drone fell onto a kindergarten roof in Brovary.", "strike", None),
    ("A column of Russian armour moving south towards Tokmak", "other", "RU"),
    ("Russian troops entering the village of Kozacha Lopan", "other", "RU"),
    ("Warehouse in Chernihiv engulfed in flames", "strike", None),
    ("Ongoing fight at the steel plant in Mariupol", "ground_assault", None),
    ("Floods after the dam was blown up killed 16 people in Oleshky", "strike", None),
]
# Headlines without a verb of harm that a monitor records as `other`, by what they show.
OTHER_KINDS = [
    ("Rocket booster lying in a courtyard in Kharkiv", "munition_remnants"),
    ("An unexploded cluster munition outside the village of Yahidne, Chernihiv Oblast", "munition_remnants"),
    ("Missile tail section embedded in the road in Bucha", "munition_remnants"),
    ("Rockets hidden in freight wagons at a station in Mazyr, Belarus", "military_presence"),
    ("Russian Vehicles moving around the centre of Nova Kakhovka", "military_presence"),
    ("Chechen fighters can be seen near the city hall in Melitopol", "military_presence"),
    ("Suspected mass grave near Izium seen on satellite imagery", "burial_site"),
    ("Rows of fresh graves dug at the cemetery in Manhush", "burial_site"),
    ("At least a dozen bodies lying along a street in Bucha", "bodies_found"),
    ("Three T-80s and a BMP-2 parked at a school in Kupiansk", "military_presence"),
    ("Heavy mortar headed east in Sievierodonetsk", "military_presence"),
    ("Russian artillery positions seen near Kreminna", "military_presence"),
]
SILENT = [
    "The bodies of fallen soldiers were repatriated on Friday.",
    "The fire service will hold an exercise if the weather allows.",
    "Negotiators expect the technical talks to continue next week.",
    "Ukraine's army chief said soldiers were exhausted.",
    "Analysts said the missiles could reach the capital.",
    "The minister voiced grave concern about the talks.",
    "Relatives visited the graves of their grandparents in Lviv.",
    "The booster seats for children arrived in Dnipro.",
    "A rocket festival is planned in Odesa next summer if the war allows.",
    "The bodies of two pilots were handed over in Sumy.",
    "The T-shirt sale in Lviv raised 2,000 dollars.",
    "Ukraine received new air defence systems from Germany.",
    "Many deaths in the volcanic eruption near Antigua rose to 99, the forensic agency said.",
    "Two rifles and several rounds of ammunition were seized in Kingston over the weekend.",
    "The US sent HIMARS to Ukraine last year.",
    "Ukraine bought mortars from Bulgaria.",
    "Soldiers trained on Grad systems near Lviv.",
]


@pytest.mark.parametrize(("text", "event", "actor"), EVENTS, ids=[text[:30] for text, _, _ in EVENTS])
def test_sentences_reporting_harm_give_a_report(text: str, event: str, actor: str | None) -> None:
    reports = extract_article(Article("recall", text, PUBLISHED))
    assert reports, "no report"
    assert reports[0].event == event
    if actor:
        assert reports[0].actor == actor
    if event == "other":
        assert reports[0].provenance["event_kind"] == "military_presence"


@pytest.mark.parametrize(("text", "kind"), OTHER_KINDS, ids=[text[:30] for text, _ in OTHER_KINDS])
def test_headlines_of_remnants_presence_and_graves_are_other_events(text: str, kind: str) -> None:
    reports = extract_article(Article("other", text, PUBLISHED))
    assert [(r.event, r.provenance["event_kind"]) for r in reports] == [("other", kind)]
    assert reports[0].location is not None and reports[0].location.lat is not None
    # a trace of an earlier event is dated when it was found, and says so
    assert ("time_basis" in reports[0].provenance) == (kind != "military_presence")


@pytest.mark.parametrize("text", SILENT, ids=[text[:30] for text in SILENT])
def test_sentences_without_an_event_stay_silent(text: str) -> None:
    assert extract_article(Article("silent", text, PUBLISHED)) == []


def test_a_follow_up_sentence_about_damage_does_not_double_count() -> None:
    text = ("Russian drones struck a substation in Sumy overnight, the regional administration said. "
            "Damage to nearby houses was reported.")
    assert len(extract_article(Article("follow", text, PUBLISHED))) == 1


def test_a_further_event_without_a_trigger_word_is_reported() -> None:
    text = ("Russian drones struck a substation in Sumy overnight, the regional administration said. "
            "In Kharkiv, a ballistic missile landed next to a school. Emergency crews put the fire out by dawn.")
    reports = extract_article(Article("two", text, PUBLISHED))
    assert [(r.event, r.weapon) for r in reports] == [("strike", "drone"), ("strike", "missile")]


@pytest.mark.parametrize(("text", "actor", "interceptor"), [
    ("A Ukrainian drone attacked a substation and was shot down by Russian air defence.", "UA", "RU"),
    ("Russian air defence shot down three Ukrainian drones over Kursk region.", "UA", "RU"),
    ("Ukrainian air defence intercepted 12 Russian missiles over Kyiv.", "RU", "UA"),
])
def test_interceptions_name_the_weapon_side_as_actor(text: str, actor: str, interceptor: str) -> None:
    report = extract_article(Article("intercept", text, PUBLISHED))[0]
    assert report.event == "interception"
    assert (report.actor, report.provenance.get("interceptor")) == (actor, interceptor)


@pytest.mark.parametrize(("text", "actor"), [
    ("Ukrainian positions near Huliaipole were fired upon by Russian forces.", "RU"),
    ("A power line in Kherson was damaged by Russian shelling.", "RU"),
    ("Russian units were attacked with drones by Ukrainian forces near Kupiansk.", "UA"),
    ("Ukrainian forces repelled a Russian assault near Pokrovsk.", "RU"),
])
def test_passive_voice_does_not_flip_the_acting_side(text: str, actor: str) -> None:
    assert extract_article(Article("passive", text, PUBLISHED))[0].actor == actor


NOTES = [
    ("On 3 May 2023, a civilian stepped on an anti-personnel mine near Kupiansk, Kharkiv. One civilian was "
     "injured.", "Remote explosive/landmine/IED", "other"),
    ("On 9 August 2023, a tractor ran over an anti-tank mine in a field near Izium, Kharkiv, injuring the "
     "driver.", "Remote explosive/landmine/IED", "other"),
    ("On 5 June 2023, Russian forces used a Lancet loitering munition against a Ukrainian howitzer near "
     "Orikhiv, Zaporizhia. Casualties unknown.", "Air/drone strike", "Russia"),
    ("On 7 July 2023, Ukrainian forces engaged Russian units with heavy machine guns near Bakhmut, Donetsk. "
     "Casualties unknown.", "Armed clash", "Ukraine"),
    ("On 4 December 2023, Ukrainian forces were fired upon with mortars by Russian forces near Krynky, Kherson. "
     "Casualties unknown.", "Armed clash", "Russia"),
    ("On 1 October 2023, Ukrainian military intelligence claimed that its agents set fire to a Russian fuel "
     "train near Bryansk.", None, "Ukraine"),
    # round 43: what a drone drops is the drone's strike, not a mine or an IED
    ("On 12 June 2024, a Russian drone dropped an explosive device on a car in Bilozerka, Kherson oblast. The "
     "driver was injured.", "Air/drone strike", "Russia"),
    ("On 2 July 2024, a civilian was injured by an explosive device that went off by a road near Izium, "
     "Kharkiv oblast.", "Remote explosive/landmine/IED", "other"),
    # an attack on positions with no weapon named is a clash; shelling them stays shelling
    ("On 3 March 2024, Russian forces attacked Ukrainian positions near Ivanivske, Donetsk oblast. The attack was "
     "repelled.", "Armed clash", "Russia"),
    ("On 3 March 2024, Russian forces shelled Ukrainian positions near Ivanivske, Donetsk oblast.",
     "Shelling/artillery/missile attack", "Russia"),
]


@pytest.mark.parametrize(("notes", "sub_event", "side"), NOTES, ids=[n[:40] for n, _, _ in NOTES])
def test_event_notes_with_other_weapons_and_verbs(notes: str, sub_event: str | None, side: str) -> None:
    from trucewatch.nlp.evaluate import predicted_side, sub_event_type

    reports = extract_article(Article("notes", notes))
    assert reports, "no report"
    if sub_event:
        assert sub_event_type(reports[0]) == sub_event
    assert predicted_side(reports[0]) == side


def test_a_month_named_may_is_no_modal() -> None:
    reports = extract_article(Article("may", "Aftermath of the May 8th attack on a school in Bilohorivka.", PUBLISHED))
    assert [r.event for r in reports] == ["strike"]
    assert extract_article(Article("may", "Russia may attack the bridge in Zatoka.", PUBLISHED)) == []


@pytest.mark.parametrize(("text", "place"), [
    ("Woman killed in Kiev shelling in Donetsk, the mayor's office said.", "Donetsk"),
    ("Two killed in Kharkiv shelling", "Kharkiv"),
    ("Three wounded by Kupiansk artillery fire from Dvorichna", "Dvorichna"),
    ("After the Kharkiv bombing, residents of Lozova fled.", "Kharkiv"),
])
def test_a_name_before_the_event_noun_yields_to_a_place_named_after_it(text: str, place: str) -> None:
    report = extract_article(Article("whose", text, PUBLISHED))[0]
    assert report.location is not None and report.location.name == place


def test_a_place_above_which_something_flew_is_read() -> None:
    report = extract_article(Article("above", "Russian drones exploded above Bila Tserkva overnight.", PUBLISHED))[0]
    assert report.location is not None and report.location.name == "Bila Tserkva"


@pytest.mark.parametrize("text", [
    "Rockets were launched at Kharkiv overnight.",
    "Militants lobbed two grenades at a checkpoint in Kherson.",
    "Russian artillery in Huliaipole overnight, two houses damaged.",
])
def test_weapons_used_are_events(text: str) -> None:
    assert [r.event for r in extract_article(Article("used", text, PUBLISHED))][:1] in (["strike"], ["shelling"])


def test_a_facility_named_after_a_town_elsewhere_gives_no_place() -> None:
    """"Azov facility" is the steel works in Mariupol, not the Russian town of Azov: a facility, complex or
    combine is often named after something other than where it is."""
    [report] = extract_article(Article("facility", "Russian soldiers on foot, entering the Azov facility", PUBLISHED))
    assert report.location is None or report.location.lat is None
