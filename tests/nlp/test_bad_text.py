"""Bad text given to the English extractor: an empty result with a reason, or reports; never a crash."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

from trucewatch.api.text import extract_files
from trucewatch.nlp.extract import analyse, extract_article
from trucewatch.nlp.pipeline import Article

PUBLISHED = datetime.fromisoformat("2025-03-19T09:00:00+02:00")


def test_empty_and_blank_text_give_nothing() -> None:
    for text in ("", "   \n\t  "):
        assert extract_article(Article("empty", text, PUBLISHED)) == []


def test_a_page_with_no_event_stays_silent_and_says_why() -> None:
    text = ("Negotiators will meet again next week to discuss the technical details of the pause. "
            "Officials said the fire service would hold an exercise if the weather allows. "
            "Russia could strike the grid again, an analyst warned.")
    state = analyse(Article("quiet", text, PUBLISHED))
    assert state.frames == []
    assert state.dropped and all(reason for _, reason in state.dropped)


def test_two_megabytes_of_text_finish_in_bounded_time() -> None:
    filler = "Residents said the fire in the old warehouse district had been burning since the morning. "
    text = filler * (2_000_000 // len(filler)) + "Russian drones hit a substation in Sumy overnight."
    started = time.monotonic()
    reports = extract_article(Article("big", text, PUBLISHED))
    assert time.monotonic() - started < 120
    assert any(report.weapon == "drone" for report in reports)


def test_mixed_languages_keep_the_english_events() -> None:
    text = ("Вночі російські дрони атакували Одесу. Russian drones hit a port facility in Odesa overnight, "
            "the Ukrainian Air Force said. 夜间无人机袭击。")
    reports = extract_article(Article("mixed", text, PUBLISHED))
    assert any(r.claimant == "UA" and r.actor == "RU" and r.weapon == "drone" for r in reports)


def test_broken_html_is_read_as_text(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Russian missiles struck a thermal power plant in Kharkiv on Tuesday night"
                    "<div><script>var x = '<p>';</scr ipt><p>No further details.</b></i>", encoding="utf-8")
    reports = extract_files([page], published_at=PUBLISHED)
    assert reports and reports[0].target and reports[0].target.category == "energy.generation.thermal"


def test_extract_says_why_it_wrote_nothing(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from trucewatch.cli.app import main

    quiet = tmp_path / "quiet.txt"
    quiet.write_text("Negotiators will meet again next week in Riyadh.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(quiet)])
    assert result.exit_code == 0 and result.stdout == ""
    assert "no reports" in result.stderr and "no sentence" in result.stderr
