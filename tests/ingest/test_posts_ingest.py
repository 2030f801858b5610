"""Posts in: Telegram Desktop exports and posts CSVs, every post accounted for, bad files refused with the
file and line, nothing half-written. The posts are written for these tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from trucewatch.cli import main
from trucewatch.errors import InputError
from trucewatch.ingest.driver import ingest_file
from trucewatch.ingest.sniff import detect
from trucewatch.store import Store

TALLY = ("В течение прошедшей ночи дежурными средствами ПВО уничтожены 12 украинских беспилотных летательных "
         "аппаратов: 8 над территорией Брянской области и 4 над территорией Курской области.")
ACCUSATION = ("В результате удара беспилотников ВСУ по нефтеперекачивающей станции «Кропоткинская» в Краснодарском "
              "крае повреждено оборудование.")


def export(messages: list[dict[str, Any]], name: str = "Минобороны России") -> dict[str, Any]:
    return {"name": name, "type": "public_channel", "id": 42, "messages": messages}


def message(number: int, text: Any, unix: int = 1742359200, **more: Any) -> dict[str, Any]:
    return {"id": number, "type": "message", "date": "2025-03-19T07:40:00", "date_unixtime": str(unix),
            "text": text, **more}


def count(store: Store) -> int:
    row = store.con.execute("SELECT count(*) FROM reports").fetchone()
    return int(row[0]) if row else -1


def write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def test_telegram_export_every_message_accounted_for(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "result.json", export([
        {"id": 1, "type": "service", "date": "2025-03-18T20:00:00", "action": "pin_message", "text": ""},
        message(2, ["⚡️ ", {"type": "bold", "text": "Сегодня ночью"}, " киевский режим атаковал объекты. ",
                    ACCUSATION]),
        message(3, "", photo="photos/photo_1.jpg"),
        message(4, TALLY, unix=1742443800),
        message(5, "🔥🔥🔥"),
        message(6, "Die Luftabwehr hat in der Nacht mehrere Drohnen über der Region abgeschossen."),
    ]))
    assert detect(path) == "telegram"
    result = ingest_file(store, path)
    assert result.format == "telegram"
    assert result.ingested == count(store) == 3  # the accusation and two regional tallies
    notes = " | ".join(result.notes)
    assert "posts read 6 = 2 with reports + 4 skipped" in notes
    assert "service message (pin_message)" in notes and "photo without text" in notes
    assert "emoji" in notes and "not supported" in notes
    rows = store.con.execute("SELECT claimant, actor, stance, target_category, aggregate, count "
                             "FROM reports ORDER BY id").fetchall()
    assert ("RU", "UA", "alleges", "energy.oil.pumping_station", False, None) in rows
    assert sorted(row[5] for row in rows if row[4]) == [4, 8]
    again = ingest_file(store, path)
    assert (again.ingested, again.unchanged) == (0, 3)


@pytest.mark.parametrize(("content", "line", "words"), [
    ('{"name": "x", "messages": [\n  {"id": 1, "text": "a"},\n  {"id": 2 "text": "b"}\n]}', 3, "not valid JSON"),
    ('[{"id": 1}]', 1, "not a Telegram export"),
    ('{"name": "x", "messages": [{"id": 1, "type": "message", "text": 5, "date": "2025-03-19T07:40:00"}]}',
     1, "text must be a string or a list"),
    ('{"name": "x", "messages": [{"id": 1, "type": "message", "text": "Сегодня ночью", "date": "вчера"}]}',
     1, "is not ISO 8601"),
    # the third message, on the seventh line (the second spans two): each line counted on from the one before
    ('{\n "name": "x",\n "messages": [\n  {"id": 1, "type": "message", "text": "а", "date": "2025-03-19T07:40:00"},\n'
     '  {"id": 2, "type": "message", "text": "б",\n   "date": "2025-03-19T07:41:00"},\n'
     '  {"id": 3, "type": "message", "text": 7, "date": "2025-03-19T07:42:00"}\n ]\n}', 7,
     "text must be a string or a list"),
])
def test_bad_telegram_export_is_refused_naming_file_and_line(store: Store, tmp_path: Path, content: str,
                                                           line: int, words: str) -> None:
    path = tmp_path / "result.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        ingest_file(store, path, format="telegram")
    assert words in str(caught.value) and f"{path}:{line}" in str(caught.value)
    assert count(store) == 0


def test_cli_malformed_telegram_export_exits_2(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    runner = CliRunner()
    assert runner.invoke(main, ["init", "--db", str(db)]).exit_code == 0
    path = tmp_path / "result.json"
    path.write_text('{"name": "x", "messages": [\n{"id": 1,,}]}', encoding="utf-8")
    result = runner.invoke(main, ["ingest", "--db", str(db), "--format", "telegram", str(path)])
    assert result.exit_code == 2
    assert f"{path}:2" in result.output and "not valid JSON" in result.output


def test_posts_csv_with_mapping(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    path.write_text(
        "post_id,posted,body,channel\n"
        f'a1,2025-03-20 04:10,"{TALLY}",Минобороны России\n'
        "a2,2025-03-20 05:00,,Минобороны России\n"
        'a3,2025-03-20 06:00,"🙏🙏",Минобороны России\n', encoding="utf-8")
    mapping = tmp_path / "posts.yaml"
    mapping.write_text("columns: {text: body, datetime: posted, id: post_id, source: channel}\ntz: UTC\n",
                       encoding="utf-8")
    result = ingest_file(store, path, format="posts", options={"mapping": mapping})
    assert result.ingested == 2
    assert "posts read 3 = 1 with reports + 2 skipped" in result.notes[0]
    row = store.con.execute("SELECT min(occurred_start), max(occurred_end), min(source_name) FROM reports"
                            ).fetchone()
    assert row is not None and row[2] == "Минобороны России"


@pytest.mark.parametrize(("mapping", "words"), [
    ("columns: {text: missing}\n", "names column 'missing'"),
    ("columns: {text: body}\ntz: Mars/Olympus\n", "unknown time zone"),
    ("columns: {text: body, colour: x}\n", "unknown column field 'colour'"),
    ("rows: 3\n", "needs a columns object"),
])
def test_posts_csv_bad_mapping(store: Store, tmp_path: Path, mapping: str, words: str) -> None:
    path = tmp_path / "posts.csv"
    path.write_text(f'body,posted\n"{TALLY}",2025-03-20 04:10\n', encoding="utf-8")
    mapping_file = tmp_path / "map.yaml"
    mapping_file.write_text(mapping, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        ingest_file(store, path, format="posts", options={"mapping": mapping_file})
    assert words in str(caught.value)
    assert count(store) == 0


def test_posts_csv_bad_time_names_line_and_column(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    path.write_text(f'datetime,text_snippet\n2025-03-20 04:10,"{TALLY}"\nyesterday,"{TALLY}"\n', encoding="utf-8")
    assert detect(path) == "posts"
    with pytest.raises(InputError) as caught:
        ingest_file(store, path)
    assert f"{path}:3" in str(caught.value) and "datetime" in str(caught.value)
    assert count(store) == 0


def test_russian_text_file_through_ingest_text(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "statement.jsonl"
    path.write_text(json.dumps({"id": "s1", "text": TALLY, "published_at": "2025-03-20T07:10:00+03:00",
                                "source": "Минобороны России"}, ensure_ascii=False) + "\n"
                    + json.dumps({"id": "s2", "text": "🙏", "published_at": "2025-03-20T07:10:00+03:00"}) + "\n",
                    encoding="utf-8")
    result = ingest_file(store, path, format="text")
    assert result.ingested == 2
    assert any("1 article(s) gave no report" in note for note in result.notes)
