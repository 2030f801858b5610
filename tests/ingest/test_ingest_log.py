"""The ingest log accounts for every post and article: read = with reports + skipped, and each skipped one is
stored with its reason and line, queryable in the store and through ``trucewatch ingests``. The posts are
written for these tests in Russian, Ukrainian, English and other languages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
from click.testing import CliRunner

from trucewatch.cli import main
from trucewatch.store import Store
from trucewatch.store.schema import MIGRATIONS

RU_TALLY = ("В течение прошедшей ночи дежурными средствами ПВО уничтожены 12 украинских беспилотных летательных "
            "аппаратов: 8 над территорией Брянской области и 4 над территорией Курской области.")
UK_STRIKE = "У ніч на 20 березня Сили оборони уразили нафтобазу в Брянській області, зафіксовано пожежу."
EN_STRIKE = ("Ukraine's energy ministry said on Thursday that Russian drones struck a substation near Sloviansk "
             "in Donetsk region overnight, cutting power to thousands of homes.")
UK_NOTHING = "Друзі, дякуємо всім за підтримку каналу, скоро буде більше новин ☕️"
GERMAN = "Die Luftabwehr hat in der Nacht mehrere Drohnen über der Region abgeschossen."


def cli(*args: str) -> Any:
    result = CliRunner().invoke(main, list(args))
    return result


def ingest_json(db: Path, *args: str) -> list[dict[str, Any]]:
    result = cli("ingest", "--db", str(db), "--output", "json", *args)
    assert result.exit_code == 0, result.output
    return list(json.loads(result.output))


def mixed_export(tmp_path: Path) -> Path:
    messages = [
        {"id": 1, "type": "service", "date": "2025-03-18T20:00:00", "action": "pin_message", "text": ""},
        {"id": 2, "type": "message", "date_unixtime": "1742443800", "text": RU_TALLY},
        {"id": 3, "type": "message", "date_unixtime": "1742450000", "text": UK_STRIKE},
        {"id": 4, "type": "message", "date_unixtime": "1742450100", "text": EN_STRIKE},
        {"id": 5, "type": "message", "date_unixtime": "1742450200", "text": "", "photo": "photos/1.jpg"},
        {"id": 6, "type": "message", "date_unixtime": "1742450300", "text": "🔥🔥🔥"},
        {"id": 7, "type": "message", "date_unixtime": "1742450400", "text": GERMAN},
        {"id": 8, "type": "message", "date_unixtime": "1742450500", "text": UK_NOTHING},
    ]
    path = tmp_path / "result.json"
    path.write_text(json.dumps({"name": "mixed channel", "messages": messages}, ensure_ascii=False, indent=1),
                    encoding="utf-8")
    return path


def test_every_post_of_a_mixed_language_export_is_in_the_log(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    assert cli("init", "--db", str(db)).exit_code == 0
    [result] = ingest_json(db, str(mixed_export(tmp_path)))
    items = result["items"]
    assert result["ingest_id"] == 1
    assert items["read"] == 8 and items["with_reports"] == 3 and items["skipped"] == 5
    assert items["read"] == items["with_reports"] + items["skipped"]

    listed = json.loads(cli("ingests", "list", "--db", str(db), "--format", "json").output)
    assert [(entry["id"], entry["format"], entry["items_read"], entry["items_with_reports"],
             entry["items_skipped"]) for entry in listed] == [(1, "telegram", 8, 3, 5)]
    assert listed[0]["rows_ingested"] == result["ingested"] > 0

    shown = json.loads(cli("ingests", "show", "1", "--db", str(db), "--format", "json").output)
    # items are named as the posts' reports are (channel-message), so a skip and a report never share a name
    reasons = {each["item"].removeprefix("mixed-channel-"): each["reason"] for each in shown["skipped"]}
    assert set(reasons) == {"1", "5", "6", "7", "8"}
    assert reasons["1"] == "service message (pin_message)"
    assert reasons["5"] == "photo without text"
    assert "emoji" in reasons["6"] and "language de not supported" in reasons["7"]
    assert reasons["8"].startswith("no interception, strike or digest")
    assert all(isinstance(each["line"], int) and each["line"] > 1 for each in shown["skipped"])
    assert any(note.startswith("posts read 8 = 3 with reports + 5 skipped") for note in shown["notes"])

    # the same accounting straight from the store's tables
    with Store(db, read_only=True) as store:
        row = store.con.execute("SELECT items_read, items_with_reports, items_skipped, "
                                "(SELECT count(*) FROM ingest_skipped WHERE ingest_id = 1) FROM ingests").fetchone()
        languages = store.con.execute("SELECT count(*) FROM ingest_skipped WHERE reason LIKE '%not supported%'"
                                      ).fetchone()
    assert row == (8, 3, 5, 5) and languages == (1,)

    table = cli("ingests", "show", "1", "--db", str(db))
    assert table.exit_code == 0 and "read 8 = 3 with reports + 5 skipped" in table.output
    assert "photo without text" in table.output

    # ingesting the same file again writes nothing and logs nothing new
    [again] = ingest_json(db, str(mixed_export(tmp_path)))
    assert again["ingested"] == 0 and again["ingest_id"] is None
    assert len(json.loads(cli("ingests", "list", "--db", str(db), "--format", "json").output)) == 1


def test_text_articles_in_several_languages_are_counted_with_lines(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    assert cli("init", "--db", str(db)).exit_code == 0
    path = tmp_path / "statements.jsonl"
    lines = [{"id": "ru", "text": RU_TALLY, "published_at": "2025-03-20T07:10:00+03:00"},
             {"id": "en", "text": EN_STRIKE, "published_at": "2025-03-20T09:00:00+02:00"},
             {"id": "de", "text": GERMAN, "published_at": "2025-03-20T09:00:00+01:00"},
             {"id": "uk", "text": UK_NOTHING, "published_at": "2025-03-20T09:00:00+02:00"},
             {"id": "en-none", "text": "The weather in Kyiv was mild and sunny all week.",
              "published_at": "2025-03-20T09:00:00+02:00"}]
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    [result] = ingest_json(db, "--text", str(path))
    assert (result["items"]["read"], result["items"]["with_reports"], result["items"]["skipped"]) == (5, 2, 3)
    shown = json.loads(cli("ingests", "show", str(result["ingest_id"]), "--db", str(db), "--format", "json").output)
    assert [(each["item"], each["line"]) for each in shown["skipped"]] == [("de", 3), ("uk", 4), ("en-none", 5)]
    assert shown["skipped"][2]["reason"] == "no event found in the English text"
    assert sum(shown["skipped_by_reason"].values()) == 3


def test_row_formats_log_rows_only_and_an_unknown_ingest_is_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    assert cli("init", "--db", str(db)).exit_code == 0
    native = tmp_path / "reports.jsonl"
    native.write_text(json.dumps({"id": "r1", "source": {"name": "Suspilne"}, "text": "a strike"}) + "\n",
                      encoding="utf-8")
    [result] = ingest_json(db, str(native))
    assert result["items"] is None
    [entry] = json.loads(cli("ingests", "list", "--db", str(db), "--format", "json").output)
    assert (entry["rows_read"], entry["items_read"], entry["items_skipped"]) == (1, None, None)
    missing = cli("ingests", "show", "99", "--db", str(db))
    assert missing.exit_code == 2 and "no ingest 99" in missing.output


def test_an_older_store_keeps_its_ingest_log_numbered(tmp_path: Path) -> None:
    path = tmp_path / "v7.duckdb"
    con = duckdb.connect(str(path))
    for version, ddl in sorted(MIGRATIONS):
        if version <= 7:
            con.execute(ddl)
    con.execute("INSERT INTO meta VALUES ('schema_version', '7')")
    con.execute("INSERT INTO ingests VALUES ('b.csv', 'h2', 'acled', 3, 3, 0, 0, '2025-03-02'), "
                "('a.csv', 'h1', 'acled', 2, 2, 0, 0, '2025-03-01')")
    con.close()
    readonly = cli("ingests", "list", "--db", str(path))
    assert readonly.exit_code == 2 and "trucewatch init" in readonly.output  # not upgraded yet: says how
    with Store(path) as store:
        assert store.con.execute("SELECT id, input_file, items_read FROM ingests ORDER BY id").fetchall() == [
            (1, "a.csv", None), (2, "b.csv", None)]


def test_a_mixed_language_posts_csv_logs_each_skip_at_its_line(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    assert cli("init", "--db", str(db)).exit_code == 0
    path = tmp_path / "posts.csv"
    path.write_text("datetime,text_snippet\n"
                    f'2025-03-20 04:10,"{RU_TALLY}"\n'
                    "2025-03-20 05:00,\n"
                    f'2025-03-20 06:00,"{GERMAN}"\n'
                    f'2025-03-20 07:00,"{UK_STRIKE}"\n'
                    f'2025-03-20 08:00,"{UK_NOTHING}"\n', encoding="utf-8")
    [result] = ingest_json(db, str(path))
    assert result["format"] == "posts"
    skipped = {each["line"]: each["reason"] for each in result["items"]["skipped_items"]}
    assert (result["items"]["read"], result["items"]["with_reports"]) == (5, 2)
    assert skipped[3] == "empty post (no text)" and "language de not supported" in skipped[4]
    assert set(skipped) == {3, 4, 6}
    with Store(db, read_only=True) as store:
        stored = store.con.execute("SELECT line, reason FROM ingest_skipped ORDER BY line").fetchall()
    assert [(line, reason) for line, reason in stored] == sorted(skipped.items())
