"""The compact bookkeeping of a large posts ingest: message ids seen held as bits, digests' signatures as
16-byte keys, DuckDB's cache of the written rows dropped before embedding. Each gives what the plain sets and
tuples gave: the same refusals, the same digests kept or dropped, the same store. The posts are written for
these tests."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from trucewatch import api
from trucewatch.errors import InputError
from trucewatch.ingest.driver import ingest_file
from trucewatch.ingest.posts import signature_key
from trucewatch.model import Location, Occurred, Report, Source, Target
from trucewatch.nlp.post_files import BITMAP_IDS, SeenIds
from trucewatch.resolve import text_available
from trucewatch.store import Store

TALLY = "Дежурными средствами ПВО уничтожены 3 БПЛА над территорией Курской области."


def message(number: Any, text: str = TALLY, minute: int = 0) -> dict[str, Any]:
    return {"id": number, "type": "message", "date": f"2025-03-19T07:{minute:02d}:00",
            "date_unixtime": str(1742369000 + 60 * minute), "text": text}


def export(path: Path, messages: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps({"name": "Минобороны России", "type": "public_channel", "id": 42,
                                "messages": messages}, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def test_seen_ids_tell_a_repeat_from_a_new_id() -> None:
    seen = SeenIds()
    first = ["1", "01", "0", "00", "x", "-1", "²", str(BITMAP_IDS - 1), str(BITMAP_IDS), "12345678901"]
    assert all(seen.add(item) for item in first)  # "01" is not "1", "²" is not a number
    assert not any(seen.add(item) for item in first)
    assert seen.add("2") and not seen.add("2")


def test_a_repeated_message_id_is_refused_whatever_its_form(store: Store, tmp_path: Path) -> None:
    path = export(tmp_path / "result.json", [message(5), message("05", minute=1), message("a-7", minute=2),
                                              message(9, minute=3), message("a-7", minute=4)])
    with pytest.raises(InputError) as caught:
        ingest_file(store, path, format="telegram")
    assert "message id a-7 appears twice" in str(caught.value)
    path = export(tmp_path / "again.json", [message(3), message(4, minute=1), message("3", minute=2)])
    with pytest.raises(InputError) as caught:
        ingest_file(store, path, format="telegram")
    assert "message id 3 appears twice" in str(caught.value)
    assert store.con.execute("SELECT count(*) FROM reports").fetchone() == (0,)


def test_a_repeated_posts_csv_id_is_refused(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    rows = ["id,datetime,text_snippet"] + [f'{post_id},2025-03-19 07:0{minute}:00,"{TALLY}"'
                                           for minute, post_id in enumerate(["7", "07", "x", "7"])]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        ingest_file(store, path, format="posts")
    assert "id '7' appears twice" in str(caught.value) and f"{path}:5" in str(caught.value)


def day(number: int) -> Occurred:
    return Occurred(datetime(2025, 3, number, 4, tzinfo=UTC), datetime(2025, 3, number, 7, tzinfo=UTC), "UTC")


def test_signature_keys_match_exactly_when_the_signatures_do() -> None:
    report = Report(id="a", source=Source(name="Минобороны России"), claimant="RU", stance="claims", actor="UA",
                    occurred=day(19),
                    location=Location(admin1_code="RU-KRS"), target=Target(category="energy"), weapon="drone",
                    count=3, event="interception")
    same = replace(report, id="b", text="another text", claimant="UA")  # not in the signature
    assert signature_key(report) == signature_key(same) and len(signature_key(report)) == 16
    others = [replace(report, count=4), replace(report, count=None), replace(report, weapon=None),
              replace(report, event="strike"), replace(report, location=Location(admin1_code="RU-BRY")),
              replace(report, target=None), replace(report, source=Source(name="Повітряні сили")),
              replace(report, occurred=day(20))]
    keys = {signature_key(other) for other in others}
    assert len(keys) == len(others) and signature_key(report) not in keys


def test_releasing_the_cache_keeps_the_rows_and_the_memory_limit(tmp_path: Path) -> None:
    path = export(tmp_path / "result.json", [message(number, minute=number) for number in range(1, 6)])
    with Store(tmp_path / "t.duckdb", memory_limit="300MB") as store:
        before = store.con.execute("SELECT current_setting('memory_limit')").fetchone()
        result = ingest_file(store, path)
        store.release_cache()
        assert store.con.execute("SELECT current_setting('memory_limit')").fetchone() == before
        assert store.con.execute("SELECT count(*) FROM reports").fetchone() == (result.ingested,)
        assert result.ingested == 5


def test_the_cache_is_not_released_while_readers_share_the_writer(tmp_path: Path) -> None:
    """``serve --watch``: the API's readers use the writer's database, whose memory limit a release would lower
    under their queries; the release then does nothing."""
    from trucewatch.store.db import readers_share_writer

    class Recording:
        def __init__(self, con: Any) -> None:
            self.con, self.sql = con, []

        def execute(self, sql: str, *args: Any) -> Any:
            self.sql.append(sql)
            return self.con.execute(sql, *args)

    with Store(tmp_path / "t.duckdb", memory_limit="300MB") as store:
        real = store.con
        recording = Recording(real)
        store.con = recording  # type: ignore[assignment]
        try:
            with readers_share_writer(tmp_path / "t.duckdb"):
                store.release_cache()
            assert recording.sql == []
            store.release_cache()  # alone, it lowers the limit for a moment and sets it back
            assert [sql.split("=")[0].strip() for sql in recording.sql] == ["SET memory_limit"] * 2
        finally:
            store.con = real


def test_ingest_embeds_after_releasing_the_cache(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    api.init_store(db, load_shipped=False)
    texts = [f"{TALLY} Пост номер {number}." for number in range(1, 4)]
    path = export(tmp_path / "result.json", [message(number, text, minute=number)
                                             for number, text in enumerate(texts, start=1)])
    [result] = api.ingest(db, [path])
    with Store(db) as store:
        stored = store.con.execute("SELECT count(*) FROM reports").fetchone()
        vectors = store.con.execute("SELECT count(*) FROM text_embeddings").fetchone()
    assert stored == (result.ingested,) and result.ingested == 3
    if text_available():
        assert vectors == (3,) and "embedded 3 new text(s) for text similarity" in result.notes
