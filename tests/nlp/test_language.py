"""Which language a short Cyrillic post is in when its letters leave it open: the cases in language_cases.yaml
(written for these tests), the words counted, and bad input."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from trucewatch.nlp import language
from trucewatch.nlp.language import detect_language, dictionary_words
from trucewatch.nlp.posts import Post, read_post_any

CASES: list[dict[str, Any]] = yaml.safe_load((Path(__file__).parent / "language_cases.yaml").read_text(
    encoding="utf-8"))
DECIDED_BY = {"dictionary": "dictionary words", "letters": "letters and words",
              "default": "Cyrillic without Ukrainian letters"}


@pytest.mark.parametrize("case", CASES, ids=[case["text"] for case in CASES])
def test_short_cyrillic_post(case: dict[str, Any]) -> None:
    found = detect_language(case["text"])
    assert (found.code, found.supported) == (case["code"], True), found.reason
    assert DECIDED_BY[case["by"]] in found.reason, found.reason
    # the default is never settled: the posts' reader also tries the other language
    assert found.settled == case.get("settled", case["by"] != "default"), found.reason


READ_AS = [case for case in CASES if "read_as" in case]


@pytest.mark.parametrize("case", READ_AS, ids=[case["text"] for case in READ_AS])
def test_an_unsettled_post_is_read_in_the_language_that_finds_an_event(case: dict[str, Any]) -> None:
    result = read_post_any(Post(id="p1", text=case["text"], published_at=datetime(2024, 5, 1, 6, tzinfo=UTC),
                                source="channel"))
    code, kind = case["read_as"]
    assert (result.language.code, result.kind) == (code, kind), result.language.reason
    # every post accounted for: reports, or a reason why none
    assert bool(result.reports) != bool(result.skipped)


def test_dictionary_words_count_words_one_dictionary_knows() -> None:
    assert dictionary_words("Геолокували ураження РЛС у Криму.") == (1, 0)  # "Криму" is a name, "РЛС" capitals
    assert dictionary_words("Поражение склада горючего в Крыму") == (0, 2)  # "склада" is in both
    assert dictionary_words("Херсон, Ольшана, БпЛА, 23.00 мск.") == (0, 0)


def test_a_word_known_as_a_distorted_spelling_is_not_a_ukrainian_word() -> None:
    # the Ukrainian dictionary lists "около" as a distorted spelling (Russian "около", Ukrainian "біля")
    assert dictionary_words("около") == (0, 1)


@pytest.mark.parametrize("text", ["", "   ", "...", "12 345", "🔥", "АБВ ГДЕ", "а б в", "'''-’ʼ", "ґ" * 10_000])
def test_bad_text_counts_nothing_and_does_not_raise(text: str) -> None:
    uk_known, ru_known = dictionary_words(text)
    assert uk_known >= 0 and ru_known >= 0
    assert detect_language(text).reason


def test_only_the_first_words_are_looked_up() -> None:
    long = " ".join(["атака"] * 200 + ["уражено"] * 5)
    assert dictionary_words(long) == (0, 0)
    assert detect_language(long).code == "ru"


def test_a_long_even_text_asks_the_dictionaries_of_its_first_words_only(monkeypatch: pytest.MonkeyPatch) -> None:
    # 340 kB of text neither alphabet decides: the dictionaries are asked about its opening words, not all of them
    asked: list[str] = []
    known = language._known

    def counted(word: str, code: str) -> bool:
        asked.append(word)
        return known(word, code)

    monkeypatch.setattr(language, "_known", counted)
    text = "Атака на Херсон. " * 20_000 + "Уражено склад."
    assert detect_language(text).code == "ru"
    assert 0 < len(asked) <= 2 * language._DICTIONARY_WORDS
