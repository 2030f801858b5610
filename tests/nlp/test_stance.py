"""Stance from wording: a verb of denial or a claim labelled false denies; a label word alone does not."""

from __future__ import annotations

from datetime import datetime

import pytest

from trucewatch.nlp.extract import extract_article
from trucewatch.nlp.pipeline import Article

PUBLISHED = datetime.fromisoformat("2025-03-21T12:00:00+03:00")


@pytest.mark.parametrize(("text", "claimant", "stance", "actor"), [
    ("Russia accused Ukraine of a provocation by shelling the Zaporizhzhia nuclear plant on Friday.",
     "RU", "alleges", "UA"),
    ("The Russian Defence Ministry said Ukrainian drones attacked Sudzha in a staged provocation.",
     "RU", "alleges", "UA"),
    ("Kyiv denied attacking the gas metering station in Sudzha.", "UA", "denies", "UA"),
    ("Ukraine's General Staff called Moscow's reports of a strike on Sudzha fake.", "UA", "denies", "UA"),
    ("Ukraine's General Staff said Russian claims of a strike on Sudzha were fabricated.", "UA", "denies", "UA"),
    ("The Kremlin said Russian forces did not strike energy facilities in Ukraine on Friday.",
     "RU", "denies", "RU"),
    ("The Russian Defence Ministry said its forces struck a Ukrainian airfield near Poltava.",
     "RU", "acknowledges", "RU"),
    ("Local residents reported explosions near a fuel depot in Engels.", "Local residents", "reports", None),
    # a capital standing for its government as the doer
    ("The Kyiv regime shelled a power plant in Horlivka on Friday, the Russian Defence Ministry said.",
     "RU", "alleges", "UA"),
    ("Peskov said Kyiv had continued to attack Russian energy facilities with drones.", "RU", "alleges", "UA"),
    ("Ukraine's Air Force said Moscow again attacked energy infrastructure in Odesa.", "UA", "alleges", "RU"),
    # a capital as a place is not a party (it would make the attack Ukraine's own): the doer comes from the ground
    # hit, Ukraine's, told by a Ukrainian body (nlp/sides_by_place.py)
    ("Ukraine's Air Force said drones attacked energy infrastructure in Kyiv.", "UA", "alleges", "RU"),
    ("Kyiv hit by Russian missiles on Friday, Ukraine's Air Force said.", "UA", "alleges", "RU"),
    # the one who launched what was shot down acted
    ("Of the 99 drones launched by Russia overnight, 57 were shot down, the Ukrainian Air Force said.",
     "UA", "alleges", "RU"),
    # another party's denial in a relative clause is not the claimant's stance
    ("Russia's Defence Ministry said its forces struck a command post in Sumy, a claim Kyiv rejected.",
     "RU", "acknowledges", "RU"),
    ("Russia's Defence Ministry denied its forces struck a command post in Sumy.", "RU", "denies", "RU"),
    # a denial's counter-claim does not name whose act is denied
    ("Kyiv dismissed the claim that its troops had blown up the station in Sudzha, saying the site had been "
     "shelled by Russian forces.", "UA", "denies", "UA"),
    ("Moscow denied shelling the Zaporizhzhia nuclear plant and said instead that Ukrainian drones had struck "
     "its training centre.", "RU", "denies", "RU"),
    # a title with the name in commas; a body of a city the text names; a mission in a country is neutral
    ("Late on Monday a Russian missile hit Dnipro, the head of the regional military administration, Serhiy "
     "Lysak, said.", "UA", "alleges", "RU"),
    ("In Kherson, a power line was cut by Russian artillery fire, the regional administration said.",
     "UA", "alleges", "RU"),
    ("Russian forces shelled Kherson on Friday, the UN Human Rights Monitoring Mission in Ukraine said.",
     "UN Human Rights Monitoring Mission in Ukraine", "reports", "RU"),
    # the one quoted or cited speaks, not the outlet; "per" before a name attributes, "per day" does not
    ("Interfax quoted the mayor of Kharkiv as saying that Russian drones had hit a school on Friday.",
     "UA", "alleges", "RU"),
    ("Russian drones hit a depot in Sumy on Friday, a news site reported, citing regional officials.",
     "UA", "alleges", "RU"),
    ("Per Kharkiv regional governor Oleh Syniehubov, Russian drones hit a depot on Friday.", "UA", "alleges", "RU"),
    ("Russian drones hit a depot in Sumy 20 times per day, residents said.", "residents", "reports", "RU"),
    # a mayor of a town (not a region's seat) speaks for the town's country; a lower-case title joins the name
    ("A Russian shell struck a school in Kramatorsk on Friday, the city's mayor told reporters.",
     "UA", "alleges", "RU"),
    ("A Ukrainian drone struck a depot in Novorossiysk on Friday, said city mayor Andrei Kravchenko.",
     "RU", "alleges", "UA"),
    # the body named again by its kind is the article's claimant
    ("Naftogaz announced new repair schedules on Friday. \"The Russians struck our gas wells again,\" the company "
     "said.",
     "UA", "alleges", "RU"),
    # denials: the event itself denied; whose claim is labelled false is not who speaks; footage called staged
    ("Moscow's report that Ukrainian drones struck a depot in Kursk on Friday was false, Kyiv's military said.",
     "UA", "denies", "UA"),
    ("The Russian embassy called photos of a ruined clinic in Kherson staged, saying Russian troops had not "
     "shelled the city.", "RU", "denies", "RU"),
    # an interception: the party that fired what was downed acted
    ("Ukraine's Air Force said Russia had launched 60 drones overnight and that air defences downed 40.",
     "UA", "alleges", "RU"),
    ("Ukraine's navy said its naval drones sank a Russian patrol boat near Crimea on Friday.",
     "UA", "acknowledges", "UA"),
    # the party the speaker blames acted, though the event's own subject is a weapon with no side
    ("A drone slammed into a hostel in Yelabuga early on Friday, the regional head said, blaming Ukraine.",
     "RU", "alleges", "UA"),
    ("A guided bomb flattened a bakery in Krasnopillia on Friday, the regional military administration said, "
     "blaming Russian jets.", "UA", "alleges", "RU"),
    # a weapon of no side said in the perfect to have hit nothing there: a denial
    ("Russian foreign ministry spokeswoman Maria Zakharova said Russia had struck only military sites that day and "
     "that no missile had hit Sambir.", "RU", "denies", "RU"),
    # an unnamed insider of a body the sentence named before by its last word speaks for that body
    ("Drones of Ukraine's SBU security service struck a fuel depot near Tikhoretsk overnight, a source in the "
     "service said.", "UA", "acknowledges", "UA"),
], ids=lambda value: value[:40] if isinstance(value, str) and len(value) > 12 else None)
def test_stance(text: str, claimant: str, stance: str, actor: str | None) -> None:
    report = extract_article(Article("stance", text, PUBLISHED))[0]
    assert (report.claimant, report.stance, report.actor) == (claimant, stance, actor)


@pytest.mark.parametrize(("text", "denier", "denier_text"), [
    ("Russia's Defence Ministry said its forces struck a command post in Sumy, a claim Kyiv rejected.",
     "UA", "Kyiv"),
    ("The Russian Defence Ministry said Ukrainian drones struck a substation in Kursk region overnight, which "
     "was denied by Ukraine's General Staff.", "UA", "Ukraine's General Staff"),
    ("Ukraine's Air Force said Russian drones hit a power plant in Odesa, an allegation the Kremlin dismissed.",
     "RU", "the Kremlin"),
], ids=("a-claim-kyiv-rejected", "which-was-denied-by", "an-allegation-the-kremlin-dismissed"))
def test_another_partys_denial_inside_a_claim_is_a_report_of_its_own(text: str, denier: str,
                                                                     denier_text: str) -> None:
    claim, denial = extract_article(Article("told", text, PUBLISHED))
    assert claim.stance != "denies" and claim.claimant != denier
    assert (denial.claimant, denial.stance, denial.relates_to) == (denier, "denies", claim.id)
    assert denial.id != claim.id and denial.actor == claim.actor and denial.location == claim.location
    start, end = denial.spans["claimant"]
    assert text[start:end] == denier_text == denial.provenance["claimant_text"]


@pytest.mark.parametrize("text", [
    # a denier the source lexicon does not know, and the claimant's own denial, make no second report
    "Russia's Defence Ministry said its forces struck a depot in Sumy, a claim the company rejected.",
    "Russia's Defence Ministry denied its forces struck a command post in Sumy.",
    "Russia's Defence Ministry said Ukrainian drones struck a depot in Belgorod, which Moscow denied.",
])
def test_no_second_report_without_another_known_party_denying(text: str) -> None:
    assert len(extract_article(Article("told", text, PUBLISHED))) == 1


def test_a_denial_in_the_next_sentence_takes_what_it_leaves_unsaid_from_the_allegation() -> None:
    text = ("Ukraine's Energy Ministry accused Russia of striking a gas distribution station in Merefa with drones on "
            "Saturday morning. Moscow's Defence Ministry denied hitting the station.")
    claim, denial = extract_article(Article("told", text, PUBLISHED))
    assert (denial.claimant, denial.stance, denial.relates_to) == ("RU", "denies", claim.id)
    # the denier's seat ("Moscow's") is not the place; the allegation's place, time, target and weapon are
    assert denial.location is not None and denial.location.name == "Merefa"
    assert (denial.target, denial.weapon, denial.occurred) == (claim.target, claim.weapon, claim.occurred)


def test_a_denial_told_before_the_allegation_takes_what_it_leaves_unsaid_from_it() -> None:
    text = ("Ukraine's Centre for Strategic Communications said no Ukrainian drones had flown against Zhukovka, "
            "calling the Russian account an invention. Russia's Defence Ministry had said that late on Friday a "
            "Ukrainian drone set fire to a fuel storage facility in the Bryansk region town.")
    denial, claim = extract_article(Article("told", text, PUBLISHED))
    assert (denial.claimant, denial.stance, denial.actor, denial.relates_to) == ("UA", "denies", "UA", claim.id)
    assert (claim.claimant, claim.stance) == ("RU", "alleges")
    assert claim.target is not None and denial.target == claim.target
    assert (denial.weapon, denial.occurred) == (claim.weapon, claim.occurred)


def test_a_denial_naming_no_place_takes_the_allegations_town_not_the_articles_region() -> None:
    text = ("Russia's Defence Ministry said Ukrainian troops had blown up the gas metering station in Sudzha, in Kursk "
            "region, early on Friday. Ukraine's General Staff rejected the accusation.")
    claim, denial = extract_article(Article("told", text, PUBLISHED))
    assert (denial.stance, denial.relates_to) == ("denies", claim.id)
    assert denial.location is not None and denial.location.name == "Sudzha"


def test_a_denial_naming_its_own_place_keeps_it() -> None:
    text = ("Ukraine's Energy Ministry accused Russia of striking a gas distribution station in Merefa with drones on "
            "Saturday morning. Russia's Defence Ministry denied striking anything in Lozova.")
    claim, denial = extract_article(Article("told", text, PUBLISHED))
    assert denial.relates_to == claim.id and denial.location is not None and denial.location.name == "Lozova"


def test_a_denial_naming_only_the_allegations_region_denies_the_event_at_its_town() -> None:
    # (extractor 34; the twenty-second batch's convention: the denial's place is the denied event's. Before, the
    # denial kept the region, an oblast's centre 50 km from Merefa)
    text = ("Ukraine's Energy Ministry accused Russia of striking a gas distribution station in Merefa with drones on "
            "Saturday morning. Russia's Defence Ministry denied striking anything in Kharkiv region.")
    claim, denial = extract_article(Article("told", text, PUBLISHED))
    assert denial.relates_to == claim.id and denial.location is not None and denial.location.name == "Merefa"
