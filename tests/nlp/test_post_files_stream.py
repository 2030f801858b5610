"""Posts files read as they are iterated: a Telegram export decoded one message at a time from blocks of the
file (here blocks of a few characters, so that every value is cut somewhere), a posts CSV row by row. Errors
name the same line and column as reading the file whole; bad files are refused."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from trucewatch.errors import InputError
from trucewatch.nlp import post_files
from trucewatch.nlp.post_files import read_telegram_export, stream_posts_csv, stream_telegram_export

TALLY = ("В течение прошедшей ночи дежурными средствами ПВО уничтожены 12 украинских беспилотных летательных "
         "аппаратов над территорией Брянской области.")


def message(number: int, text: Any, **more: Any) -> dict[str, Any]:
    return {"id": number, "type": "message", "date": "2025-03-19T07:40:00",
            "date_unixtime": str(1742359200 + number % 1000), "text": text, **more}


def messages() -> list[dict[str, Any]]:
    return [
        message(1, TALLY),
        {"id": 2, "type": "service", "date": "2025-03-19T08:00:00", "action": "pin_message", "text": ""},
        message(3, ["Сегодня ночью ", {"type": "bold", "text": "«Кропоткинская»"}, " — пожар 🔥"]),
        message(4, "", photo="photos/photo_1.jpg"),
        message(12345678901234567890, "Ночью уничтожены 3 БПЛА над Курской областью.", forwarded_from="ТАСС"),
    ]


@pytest.fixture(params=[3, 17, 1 << 20], ids=["block-3", "block-17", "block-1M"])
def block(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    size: int = request.param
    monkeypatch.setattr(post_files, "BLOCK_CHARS", size)
    return size


def _starts(text: str) -> list[int]:
    """The line of each message's opening brace, counted over the whole text."""
    start = text.index('"messages"')
    return [text.count("\n", 0, start + found.start()) + 1 for found in re.finditer(r'\{\s*"id"', text[start:])]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_streamed_export_reads_every_message_with_its_line(tmp_path: Path, block: int, newline: str) -> None:
    data = {"name": "Минобороны России", "type": "public_channel", "id": 42, "username": "mod_russia",
            "messages": messages()}
    text = json.dumps(data, ensure_ascii=False, indent=1).replace("\n", newline)
    path = tmp_path / "result.json"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))  # with a byte order mark, as some tools write
    file = read_telegram_export(path)
    assert [post.id for post in file.posts] == ["42-1", "42-3", "42-12345678901234567890"]
    assert file.posts[1].text == "Сегодня ночью «Кропоткинская» — пожар 🔥"
    assert file.posts[2].provenance["forwarded_from"] == "ТАСС"
    assert file.posts[0].url == "https://t.me/mod_russia/1" and file.posts[0].aligned_with == "RU"
    assert [(post_id, why) for post_id, why, _ in file.skipped] == [("42-2", "service message (pin_message)"),
                                                                  ("42-4", "photo without text")]
    lines = _starts(text.replace("\r\n", "\n"))
    assert [post.provenance["line"] for post in file.posts] == [lines[0], lines[2], lines[4]]
    assert [line for _, _, line in file.skipped] == [lines[1], lines[3]]


def test_channel_fields_after_the_messages_are_found(tmp_path: Path, block: int) -> None:
    path = tmp_path / "result.json"
    path.write_text(json.dumps({"messages": messages()[:1], "id": 7, "name": "Минобороны России",
                                "username": "mod_russia"}, ensure_ascii=False), encoding="utf-8")
    (post,) = read_telegram_export(path).posts
    assert (post.id, post.source, post.url) == ("7-1", "Минобороны России", "https://t.me/mod_russia/1")


GOOD = json.dumps({"name": "x", "id": 1, "messages": [message(1, TALLY), message(2, TALLY)]}, ensure_ascii=False,
                  indent=1)


@pytest.mark.parametrize("content", [
    GOOD[:len(GOOD) // 2],  # cut in the middle of a message
    GOOD[:GOOD.rindex("}", 0, len(GOOD) - 3) + 1],  # cut after the last message, the list left open
    GOOD[:-1],  # the closing brace missing
    GOOD.replace('"id": 2,', '"id": 2', 1),  # a broken message in the middle
    GOOD.replace('"type": "message",', '"type": "message",,', 1),
    GOOD.replace('"name": "x",', '"name" "x",', 1),
    GOOD.replace("},\n  {", "}\n  {", 1),  # no comma between two messages
    GOOD + "\n{}",  # a second object after the export
    GOOD.replace('"text": "В', '"text": В', 1),
    "",
])
def test_bad_json_names_the_same_line_and_column_as_reading_it_whole(tmp_path: Path, block: int,
                                                                     content: str) -> None:
    with pytest.raises(json.JSONDecodeError) as whole:
        json.loads(content)
    path = tmp_path / "result.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        stream_telegram_export(path)
    assert f"{path}:{whole.value.lineno}: not valid JSON: {whole.value.msg} (column {whole.value.colno})" \
        in str(caught.value)


@pytest.mark.parametrize("content", ['[{"id": 1}]', '{"name": "x"}', '{"name": "x", "messages": 3}', '"text"'])
def test_json_that_is_not_an_export_is_refused(tmp_path: Path, block: int, content: str) -> None:
    path = tmp_path / "result.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match="not a Telegram export"):
        stream_telegram_export(path)


def test_export_not_utf8_names_the_byte(tmp_path: Path, block: int) -> None:
    path = tmp_path / "result.json"
    good = GOOD.encode("utf-8")
    path.write_bytes(good[:40] + b"\xff" + good[40:])
    with pytest.raises(InputError, match="invalid byte at offset 40"):
        stream_telegram_export(path)


def test_duplicate_message_id_names_its_line(tmp_path: Path, block: int) -> None:
    path = tmp_path / "result.json"
    path.write_text(json.dumps({"name": "x", "messages": [message(1, TALLY), message(1, TALLY)]}, indent=1),
                    encoding="utf-8")
    stream = stream_telegram_export(path)
    with pytest.raises(InputError, match=f"{path}:" + r"\d+.*message id 1 appears twice"):
        list(stream.posts)


def test_csv_posts_are_yielded_before_a_bad_row_is_met(tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    path.write_text(f'datetime,text_snippet\n2025-03-20 04:10,"{TALLY}"\n2025-03-20 05:10,,\n', encoding="utf-8")
    posts = stream_posts_csv(path).posts
    first = next(posts)
    assert first.provenance["line"] == 2 and first.text == TALLY
    with pytest.raises(InputError, match=f"{path}:3: 3 fields where the header has 2"):
        next(posts)


def test_csv_not_utf8_names_the_byte(tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    path.write_bytes(b"datetime,text_snippet\n2025-03-20 04:10,\xd0\x9d\xff\n")
    with pytest.raises(InputError, match="invalid byte at offset 41"):
        list(stream_posts_csv(path).posts)
