"""Bad input: a clear error naming the file (and line), or a clean empty result; never a crash or a hang."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from trucewatch.api.text import extract_files, report_to_native
from trucewatch.errors import InputError
from trucewatch.nlp import reader
from trucewatch.nlp.extract import analyse, extract_article
from trucewatch.nlp.pipeline import Article, Pipeline, PipelineError


def test_empty_file_gives_no_reports(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert extract_files([empty]) == []
    blank = tmp_path / "blank.md"
    blank.write_text("\n\n   \n")
    assert extract_files([blank]) == []


def test_binary_file_is_refused_with_its_name(tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InputError, match=r"photo\.txt.*binary"):
        extract_files([binary])


def test_wrong_encoding_names_file_and_line(tmp_path: Path) -> None:
    latin1 = tmp_path / "statement.txt"
    latin1.write_bytes("Line one.\nRussian drones hit Kharkiv – caf\u00e9.\n".encode("cp1252"))
    with pytest.raises(InputError, match=r"statement\.txt:2.*UTF-8"):
        extract_files([latin1])


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        extract_files([tmp_path / "nope.txt"])


def test_huge_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_text("Russian drones hit Kharkiv. " * 100)
    with pytest.raises(InputError, match=r"big\.txt.*limit"):
        extract_files([big])


def test_long_input_is_bounded_before_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    # one 300 kB "sentence" without punctuation and many short ones: the run-on is set aside with its reason and
    # the statistical model never sees more than a sentence's worth of text (what keeps a long page fast)
    from trucewatch.nlp import components, spacy_support, syntax

    seen: list[int] = []
    real = spacy_support.model

    class Watched:
        def __init__(self, nlp: object) -> None:
            self.nlp = nlp

        def __getattr__(self, name: str) -> object:
            return getattr(self.nlp, name)

        def __call__(self, text: str) -> object:
            seen.append(len(text))
            return self.nlp(text)  # type: ignore[operator]

        def pipe(self, texts: list[str], **options: object) -> object:
            texts = list(texts)
            seen.extend(len(text) for text in texts)
            return self.nlp.pipe(texts, **options)  # type: ignore[attr-defined]

    monkeypatch.setattr(spacy_support, "model", lambda **options: Watched(real(**options)))
    monkeypatch.setattr(syntax, "parser", lambda: Watched(real(full=True)))
    # the last sentences have no event word of the trigger list: they go through the parser
    text = (("word " * 60_000) + ". " + "Russian drones hit Kharkiv overnight. " * 500
            + "A missile landed near a school in Sumy. " * 3)
    article = Article("long", text, datetime.fromisoformat("2025-03-19T09:00:00+02:00"))
    state = analyse(article)
    assert [reason for _, reason in state.dropped] == ["longer than a sentence can be"]
    assert len(extract_article(article)) == 503
    assert seen and max(seen) <= components.MAX_SENTENCE_CHARS


def test_html_scripts_and_styles_are_not_read(tmp_path: Path) -> None:
    page = tmp_path / "news.html"
    page.write_text(
        "<!doctype html><html><head><style>p {color: red}</style>"
        "<script>var s = 'Russian missiles struck Lviv on Monday.';</script></head>"
        "<body><p>Russian drones hit a substation in Sumy overnight.</p>"
        "<script>alert('Ukrainian drones attacked Belgorod')</script></body></html>",
        encoding="utf-8",
    )
    reports = extract_files([page], published_at=datetime.fromisoformat("2025-03-19T09:00:00+02:00"))
    assert [r.location.admin1_code if r.location else None for r in reports] == ["UA-59"]
    assert reports[0].text == "Russian drones hit a substation in Sumy overnight."


def test_jsonl_articles_and_their_errors(tmp_path: Path) -> None:
    good = tmp_path / "articles.jsonl"
    good.write_text(
        json.dumps({"id": "a1", "text": "Russian drones hit Odesa overnight.",
                    "published_at": "2025-03-19T09:00:00+02:00", "source": "Example News"}) + "\n",
        encoding="utf-8",
    )
    reports = extract_files([good])
    assert [r.id for r in reports] == ["a1-1"]
    assert reports[0].source.name == "Example News"
    native = report_to_native(reports[0])
    assert native["location"]["admin1"] == "UA-51" and native["spans"]["location"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a1", "text": "x"}\n{"id": "a2", "txt": "typo"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.jsonl:2.*unknown field"):
        extract_files([bad])
    naive = tmp_path / "naive.jsonl"
    naive.write_text('{"id": "a1", "text": "x", "published_at": "2025-03-19T09:00"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"naive\.jsonl:1.*offset"):
        extract_files([naive])
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "a1", "text": \n', encoding="utf-8")
    with pytest.raises(InputError, match=r"broken\.jsonl:1.*JSON"):
        extract_files([broken])


def test_pipeline_checks_what_components_read() -> None:
    with pytest.raises(PipelineError, match="reads sentences"):
        Pipeline(["trucewatch.events.v2"])
    with pytest.raises(PipelineError, match="unknown component"):
        Pipeline(["trucewatch.sentences.v1", "nope.v9"])
