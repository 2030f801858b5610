"""Posts files read and staged a chunk of posts at a time: the same reports, ids, skips and notes as reading the
whole file at once, a digest matched against posts in other chunks (before or after it), and a file that
turns out bad after some chunks were staged writes nothing. The posts are written for these tests."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from trucewatch.cli import main
from trucewatch.errors import InputError
from trucewatch.ingest import posts as posts_ingest
from trucewatch.ingest.base import ItemAccounting, SkippedItem
from trucewatch.ingest.driver import ingest_file
from trucewatch.ingest.native import stage_reports
from trucewatch.nlp.post_files import read_telegram_export, stream_telegram_export
from trucewatch.nlp.posts import DIGEST_REPEAT, read_posts
from trucewatch.store import Store

from .telegram_posts import DIGEST, KURSK, NEW_DIGEST, STRIKE, TALLY, export, message


def digest_first(path: Path) -> Path:
    """A digest before the post it repeats, posts between them, and a digest that repeats nothing."""
    return export(path, [
        message(1, DIGEST, "2025-04-10T20:00:00+03:00"),
        message(2, KURSK, "2025-04-09T07:00:00+03:00"),
        {"id": 3, "type": "service", "date": "2025-04-09T08:00:00", "action": "pin_message", "text": ""},
        message(4, "🙏🙏", "2025-04-09T09:00:00+03:00"),
        message(5, STRIKE, "2025-04-09T10:00:00+03:00"),
        message(6, "", "2025-04-09T11:00:00+03:00", photo="photos/photo_1.jpg"),
        message(7, TALLY, "2025-04-10T07:00:00+03:00"),
        message(8, NEW_DIGEST, "2025-04-11T20:00:00+03:00"),
        message(9, "Die Luftabwehr hat in der Nacht mehrere Drohnen abgeschossen.", "2025-04-11T21:00:00+03:00"),
    ])


def whole_file(store: Store, path: Path) -> tuple[list[str], ItemAccounting, int]:
    """What reading the file at once gives (read_posts over every post): staged as ``_whole``."""
    file = read_telegram_export(path)
    read = read_posts(file.posts)
    stage_reports(store.con, read.reports, "_whole", "telegram", str(path))
    skipped = [SkippedItem(post_id, reason, line) for post_id, reason, line in file.skipped]
    skipped.extend(SkippedItem(result.post.id, result.skipped, result.post.provenance.get("line"))
                   for result in read.results if result.skipped)
    items = ItemAccounting(read=len(file.skipped) + len(read.results),
                           with_reports=sum(not result.skipped for result in read.results), skipped=skipped)
    return posts_ingest.accounting(file.skipped, read.summary()), items, len(read.reports)


@pytest.mark.parametrize("chunk", [1, 2, 3, 2000])
def test_chunks_give_what_the_whole_file_gives(store: Store, tmp_path: Path, chunk: int,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    path = digest_first(tmp_path / "result.json")
    notes, items, reports = whole_file(store, path)
    staged = posts_ingest._stage(store.con, stream_telegram_export(path), "_chunked", "telegram", path, chunk=chunk)
    con = store.con
    for first, second in (("_whole", "_chunked"), ("_chunked", "_whole")):
        row = con.execute(f"SELECT count(*) FROM (SELECT * FROM {first} EXCEPT ALL SELECT * FROM {second})").fetchone()
        assert row == (0,)
    ids = [row[0] for row in con.execute("SELECT id FROM _chunked ORDER BY id").fetchall()]
    assert "42-1-1" not in ids and "42-8-1" in ids  # the repeating digest dropped, the other kept and renamed
    assert (staged.notes, staged.items, staged.rows_read) == (notes, items, reports) and reports == len(ids)
    text = path.read_text(encoding="utf-8")
    line = text.count("\n", 0, text.index('"id": 1,'))  # the digest's opening brace: the line before its id
    assert staged.items is not None and SkippedItem("42-1", DIGEST_REPEAT, line) in staged.items.skipped
    assert staged.release is not None and list(tmp_path.glob("tmp/trucewatch-posts-*/*.parquet"))
    staged.release()  # the staged reports wait in a temporary folder until the driver has written them
    assert not list(tmp_path.glob("tmp/trucewatch-posts-*"))


def test_chunked_ingest_writes_the_same_store_and_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = digest_first(tmp_path / "result.json")
    written = []
    for chunk in (2000, 2):
        monkeypatch.setattr(posts_ingest, "CHUNK_POSTS", chunk)
        with Store(tmp_path / f"chunk-{chunk}.duckdb") as store:
            result = ingest_file(store, path)
            written.append((
                result.notes,
                store.con.execute("SELECT id, claimant, count, aggregate, admin1_code, input_line FROM reports "
                                  "ORDER BY id").fetchall(),
                store.con.execute("SELECT item, line, reason FROM ingest_skipped ORDER BY item").fetchall(),
                store.con.execute("SELECT items_read, items_with_reports, items_skipped FROM ingests").fetchall(),
            ))
    assert written[0] == written[1]
    assert written[0][3] == [(9, 4, 5)]  # 2, 5, 7, 8 with reports


def test_a_bad_message_after_staged_chunks_writes_nothing(store: Store, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    messages = [message(number, TALLY if number % 2 else KURSK, f"2025-04-{number:02d}T07:00:00+03:00")
                for number in range(1, 9)]
    messages.append({**message(9, TALLY, "2025-04-10T07:00:00+03:00"), "date_unixtime": None, "date": "вчера"})
    path = export(tmp_path / "result.json", messages)
    monkeypatch.setattr(posts_ingest, "CHUNK_POSTS", 2)
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    chunks: list[int] = []
    real = posts_ingest._stage_batch

    def counted(results: list[Any], *args: Any) -> None:
        chunks.append(sum(len(result.reports) for result in results))
        real(results, *args)

    monkeypatch.setattr(posts_ingest, "_stage_batch", counted)
    with pytest.raises(InputError) as caught:
        ingest_file(store, path)
    assert sum(chunks) >= 8  # the reports of the good posts were staged before the bad message was met
    text = path.read_text(encoding="utf-8")
    line = text.count("\n", 0, text.index('"id": 9'))  # the message's brace: the line before its id
    assert f"{path}:{line}" in str(caught.value) and "is not ISO 8601" in str(caught.value)
    con = store.con
    assert con.execute("SELECT count(*) FROM reports").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM ingests").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM duckdb_views() WHERE temporary AND view_name LIKE '_ingest%'"
                       ).fetchone() == (0,)
    assert not list((tmp_path / "tmp").iterdir())  # the staged reports' folder is removed


def test_cli_truncated_export_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    runner = CliRunner()
    assert runner.invoke(main, ["init", "--db", str(db)]).exit_code == 0
    text = digest_first(tmp_path / "full.json").read_text(encoding="utf-8")
    path = tmp_path / "result.json"
    path.write_text(text[:text.index('"id": 7')], encoding="utf-8")  # cut as a copy that did not finish
    result = runner.invoke(main, ["ingest", "--db", str(db), "--format", "telegram", str(path)])
    assert result.exit_code == 2
    assert f"{path}:" in result.output and "not valid JSON" in result.output
    with Store(db) as store:
        assert store.con.execute("SELECT count(*) FROM reports").fetchone() == (0,)


def test_an_export_without_reports_stages_nothing(store: Store, tmp_path: Path) -> None:
    path = export(tmp_path / "result.json", [
        {"id": 1, "type": "service", "date": "2025-04-09T08:00:00", "action": "pin_message", "text": ""},
        message(2, "🙏🙏", "2025-04-09T09:00:00+03:00")])
    result = ingest_file(store, path)
    assert (result.rows_read, result.ingested) == (0, 0)
    assert result.notes[0].startswith("posts read 2 = 0 with reports + 2 skipped")


def test_a_killed_ingests_folder_is_removed_by_the_next_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess
    import sys

    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True)
    abandoned = temporary / f"trucewatch-posts-{int(gone.stdout)}-abc123"  # its process has exited
    running = temporary / f"trucewatch-posts-{os.getpid()}-def456"  # this process, still running
    unknown = temporary / "trucewatch-posts-xyz"  # not named after a process: not ours to judge
    for folder in (abandoned, running, unknown):
        folder.mkdir()
        (folder / "reports.parquet").write_bytes(b"PAR1")
    path = digest_first(tmp_path / "result.json")
    with Store(tmp_path / "store.duckdb") as store:
        staged = posts_ingest._stage(store.con, stream_telegram_export(path), "_chunked", "telegram", path)
        assert staged.release is not None
        staged.release()
    assert not abandoned.exists() and running.exists() and unknown.exists()
    assert not [each for each in temporary.iterdir() if each not in (running, unknown)]
