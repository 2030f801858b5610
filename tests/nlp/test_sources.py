"""The source lexicon: shipped variants of each side's bodies, a user's file added, bad files refused."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from trucewatch.api.text import using_source_lexicon
from trucewatch.cli.app import main
from trucewatch.errors import InputError
from trucewatch.nlp.extract import extract_article
from trucewatch.nlp.pipeline import Article
from trucewatch.nlp.sources import default_lexicon, load_source_lexicon

PUBLISHED = datetime.fromisoformat("2025-03-19T09:00:00+02:00")


@pytest.mark.parametrize(("phrase", "party"), [
    ("the Russian Ministry of Defence", "RU"),
    ("Ministry of Defense of the Russian Federation", "RU"),
    ("Russia's defence ministry", "RU"),
    ("the Air Force of the Armed Forces of Ukraine", "UA"),
    ("Ukraine's General Staff", "UA"),
    ("the Kharkiv regional military administration", "UA"),
    ("the governor of Belgorod region", "RU"),
    ("Kursk region acting governor", "RU"),
    ("the Russian-installed governor of Zaporizhzhia region", "RU"),
    ("the Russian embassy in Kyiv", "RU"),
    ("Ukrenergo", "UA"),
    ("Kremlin spokesman Dmitry Peskov", "RU"),
    ("local officials", None),
    ("a witness", None),
    ("the UN Human Rights Monitoring Mission in Ukraine", None),
    ("the Red Cross delegation in Russia", None),
])
def test_shipped_bodies_map_to_their_party(phrase: str, party: str | None) -> None:
    found = default_lexicon().party_of(phrase)
    assert (found[0] if found else None) == party


@pytest.mark.parametrize(("phrase", "context", "party"), [
    ("the General Staff", "", ("UA", "unqualified")),
    ("the General Staff", "Russia's General Staff met on Monday.", ("RU", "general_staff")),
    ("the defence ministry", "The General Staff of the Russian Federation and Ukraine's defence ministry spoke.",
     ("UA", "defence_ministry")),
    ("the defence ministry", "", None),
    ("the army", "a Russian army depot burned", None),
])
def test_a_body_named_with_no_party(phrase: str, context: str, party: tuple[str, str] | None) -> None:
    assert default_lexicon().party_of(phrase, context) == party


def test_a_phrase_read_before_is_still_read_in_each_context() -> None:
    # what the phrase alone says is kept; what the context says is read again each time
    lexicon = default_lexicon()
    asked = [("the General Staff", "Russia's General Staff met on Monday."), ("the General Staff", ""),
             ("the General Staff", "Russia's General Staff met on Monday."), ("Ukraine's General Staff", ""),
             ("Ukraine's General Staff", "Russia's General Staff met on Monday.")]
    assert [lexicon.party_of(phrase, context) for phrase, context in asked] == [
        ("RU", "general_staff"), ("UA", "unqualified"), ("RU", "general_staff"), ("UA", "general_staff"),
        ("UA", "general_staff")]


@pytest.mark.parametrize(("phrase", "context", "party"), [
    ("the transmission system operator", "UKRENERGO NOTE - A substation was hit overnight.", ("UA", "energy")),
    ("the grid operator", "Rosseti, the grid operator, said a drone hit a substation in Kursk.", ("RU", "energy")),
    ("the grid operator", "A substation in Poltava region was damaged overnight.", None),
])
def test_an_energy_body_named_with_no_party_is_the_company_the_text_names(
        phrase: str, context: str, party: tuple[str, str] | None) -> None:
    assert default_lexicon().party_of(phrase, context) == party


def test_a_users_file_adds_the_companies_of_a_kind(tmp_path: Path) -> None:
    mine = _write(tmp_path / "mine.yaml", "named_by_kind:\n  energy: [moldelectrica]\n"
                  "parties:\n  MD:\n    country: MD\n    named: [moldelectrica]\n")
    context = "Moldelectrica said a power line was cut overnight."
    assert default_lexicon().party_of("the grid operator", context) is None
    assert load_source_lexicon(mine).party_of("the grid operator", context) == ("MD", "energy")
    with pytest.raises(InputError, match=r"mine\.yaml:1.*named_by_kind"):
        load_source_lexicon(_write(tmp_path / "mine.yaml", "named_by_kind: [ukrenergo]\n"))


def test_a_users_lexicon_can_leave_a_bare_body_unassigned(tmp_path: Path) -> None:
    mine = _write(tmp_path / "mine.yaml", "replace_defaults: true\nbodies:\n  general_staff: [general staff]\n"
                  "parties:\n  UA:\n    designators: [ukrainian]\n")
    assert load_source_lexicon(mine).party_of("the General Staff") is None


def test_an_unnamed_governor_is_the_one_of_the_region_named() -> None:
    assert default_lexicon().party_of("the governor", "Drones hit a depot in Bryansk region.") == ("RU", "regional")


@pytest.mark.parametrize(("phrase", "context", "party"), [
    ("the regional administration", "In Kherson, a power line was cut by artillery fire.", "UA"),
    ("the city administration", "Three substations in Zaporizhzhia were damaged.", "UA"),
    ("Mayor Sergei Sobyanin", "A drone approaching Moscow was shot down.", "RU"),
    ("the regional administration", "Drones hit a depot in Bryansk region, near Kherson.", "RU"),
    ("the regional administration", "Drones hit a depot overnight.", None),
])
def test_an_unnamed_city_or_regional_body_is_the_one_of_the_town_named(phrase: str, context: str,
                                                                       party: str | None) -> None:
    found = default_lexicon().party_of(phrase, context)
    assert (found[0] if found else None) == party


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_users_file_adds_a_body_and_a_party(tmp_path: Path) -> None:
    mine = _write(tmp_path / "mine.yaml", "parties:\n  OSCE:\n    named: [special monitoring mission, smm]\n")
    text = "The Special Monitoring Mission said shells hit a house in Horlivka."
    assert extract_article(Article("a", text, PUBLISHED))[0].claimant == "Special Monitoring Mission"
    with using_source_lexicon(mine):
        assert extract_article(Article("a", text, PUBLISHED))[0].claimant == "OSCE"
        assert load_source_lexicon(mine).party_of("the Russian Defence Ministry") == ("RU", "defence_ministry")


@pytest.mark.parametrize(("text", "message"), [
    ("parties: [RU]\n", r"mine\.yaml:1.*parties"),
    ("parties:\n  RU:\n    named: [kremlin]\n    colour: red\n", r"mine\.yaml:4.*colour"),
    ("parties:\n  RU:\n    country: Russia\n", r"mine\.yaml:2.*country"),
    ("bodies:\n  army: [1, 2]\n", r"mine\.yaml:2.*bodies\.army"),
    ("parties:\n  RU:\n    unqualified: general staff\n", r"mine\.yaml:2.*parties\.RU\.unqualified"),
    ("partys: {}\n", r"mine\.yaml:1.*partys"),
    ("parties: {RU: [\n", r"mine\.yaml.*YAML"),
])
def test_a_bad_file_is_refused_with_file_line_and_field(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        load_source_lexicon(_write(tmp_path / "mine.yaml", text))


def test_extract_takes_sources_and_refuses_a_bad_one(tmp_path: Path) -> None:
    article = _write(tmp_path / "a.txt", "The Special Monitoring Mission said shells hit a house in Horlivka.")
    mine = _write(tmp_path / "mine.yaml", "parties:\n  OSCE:\n    named: [special monitoring mission]\n")
    result = CliRunner().invoke(main, ["extract", str(article), "--published-at", "2025-03-19T09:00:00+02:00",
                                       "--sources", str(mine)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.splitlines()[0])["claimant"] == "OSCE"
    bad = _write(tmp_path / "bad.yaml", "parties:\n  OSCE:\n    named: special\n")
    result = CliRunner().invoke(main, ["extract", str(article), "--sources", str(bad)])
    assert result.exit_code == 2 and "bad.yaml" in result.output and "named" in result.output


@pytest.mark.parametrize(("phrase", "party"), [
    ("US officials in Kyiv", None),  # a third state's officials, whatever town they sit in
    ("a British diplomat in Moscow", None),
    ("the UN mission in Ukraine", None),
    ("officials in Kyiv", ("UA", "named")),  # no third state: the town's side, as before
    ("Ukraine's ambassador to the US", ("UA", "designator")),  # the party's word comes first
    ("the Russian embassy in Washington", ("RU", "foreign_ministry")),
    ("a source who told us", None),  # "us" in small letters is no state
    ("Energy Minister German Galushchenko", ("UA", "named")),  # a first name, not a nationality
])
def test_a_speaker_a_third_state_qualifies_speaks_for_no_party(phrase: str, party: tuple[str, str] | None) -> None:
    assert default_lexicon().party_of(phrase) == party


def test_a_users_file_adds_non_parties_and_a_bad_one_is_named(tmp_path: Path) -> None:
    mine = _write(tmp_path / "mine.yaml", "non_parties: [georgian]\n")
    assert default_lexicon().party_of("Georgian officials in Kyiv") == ("UA", "named")
    assert load_source_lexicon(mine).party_of("Georgian officials in Kyiv") is None
    with pytest.raises(InputError, match=r"mine\.yaml:1.*non_parties"):
        load_source_lexicon(_write(tmp_path / "mine.yaml", "non_parties: {georgian: 1}\n"))
