"""Posts read in worker processes: the same store, reports, ids, skips and log as reading them in the ingest's
own process; a bad file still refused with its file and line and nothing written; a worker that fails or dies
makes the ingest fail, never wait, and its workers are stopped. The threshold of posts that starts the workers
is lowered here so that these small files go through them. The posts are written for these tests."""

from __future__ import annotations

import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from trucewatch.cli import main
from trucewatch.errors import InputError
from trucewatch.ingest import posts as posts_ingest
from trucewatch.ingest.driver import ingest_file
from trucewatch.nlp import post_workers
from trucewatch.nlp.post_files import PostStream
from trucewatch.nlp.post_workers import PostReaders
from trucewatch.nlp.posts import Post, read_posts
from trucewatch.store import Store

from .telegram_posts import DIGEST, KURSK, NEW_DIGEST, STRIKE, TALLY, export, message

ENGLISH = "Russian forces struck an energy facility in Kharkiv overnight, the regional governor said."




def channel(path: Path) -> Path:
    """A digest before the post it repeats and one that repeats nothing, in other chunks than those posts;
    posts in Russian and English, posts without text, a service message and a language not read."""
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
        message(10, ENGLISH, "2025-04-12T08:00:00+03:00"),
        *(message(number, TALLY if number % 2 else KURSK, f"2025-04-{number:02d}T07:00:00+03:00")
          for number in range(11, 17)),
    ])


@pytest.fixture()
def pooled(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[set[int]]:
    """Every chunk read by the pool (threshold 1, three posts a chunk); the workers' process ids of each chunk
    read with them are collected. The staging folders go to the test's own folder."""
    monkeypatch.setattr(post_workers, "POOL_THRESHOLD", 1)
    monkeypatch.setattr(posts_ingest, "CHUNK_POSTS", 3)
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    workers: list[set[int]] = []
    real = posts_ingest.read_batch

    def spied(readers: PostReaders, batch: list[Post]) -> Any:
        try:
            return real(readers, batch)
        finally:
            pool = readers._pool
            if pool is not None:
                workers.append(set(pool._processes or {}))  # type: ignore[attr-defined]

    monkeypatch.setattr(posts_ingest, "read_batch", spied)
    return workers


def written(store: Store, notes: list[str]) -> tuple[Any, ...]:
    con = store.con
    return (notes,
            con.execute("SELECT id, claimant, actor, event, weapon, count, aggregate, admin1_code, target_category, "
                        "occurred_start, occurred_end, input_line, text FROM reports ORDER BY id").fetchall(),
            con.execute("SELECT item, line, reason FROM ingest_skipped ORDER BY item").fetchall(),
            con.execute("SELECT items_read, items_with_reports, items_skipped, rows_read, rows_ingested "
                        "FROM ingests").fetchall())


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def gone(pids: set[int], within: float = 10.0) -> bool:
    """Whether every one of these processes has ended (within a few seconds: they are stopped, then reaped)."""
    deadline = time.monotonic() + within
    while any(_running(pid) for pid in pids):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def test_two_workers_write_what_one_writes(tmp_path: Path, pooled: list[set[int]]) -> None:
    path = channel(tmp_path / "result.json")
    outputs = []
    for workers in (1, 2):
        with Store(tmp_path / f"workers-{workers}.duckdb") as store:
            result = ingest_file(store, path, options={"workers": workers})
            outputs.append(written(store, result.notes))
    assert outputs[0] == outputs[1]
    notes, reports, skipped, log = outputs[1]
    assert notes[0].startswith("posts read 16 = 11 with reports + 5 skipped")
    assert pooled and all(len(each) == 2 for each in pooled)  # every chunk was read by the two workers
    assert log[0][:3] == (16, 11, 5) and len(reports) >= 10
    assert [row[0] for row in reports if row[0].startswith("42-8-")] and \
        not [row[0] for row in reports if row[0].startswith("42-1-")]  # the digest repeating posts dropped
    assert ("42-1", "a digest repeating the source's own posts") in [(row[0], row[2]) for row in skipped]
    assert gone(set().union(*pooled))  # the workers are stopped once the file is read
    assert not list((tmp_path / "tmp").glob("trucewatch-posts-*"))  # the staged reports' folders removed


def test_cli_bad_file_read_by_workers_exits_2_naming_the_line_and_writes_nothing(
        tmp_path: Path, pooled: list[set[int]]) -> None:
    messages = [message(number, TALLY if number % 2 else KURSK, f"2025-04-{number:02d}T07:00:00+03:00")
                for number in range(1, 9)]
    messages.append({**message(9, TALLY, "2025-04-10T07:00:00+03:00"), "date_unixtime": None, "date": "вчера"})
    path = export(tmp_path / "result.json", messages)
    db = tmp_path / "t.duckdb"
    runner = CliRunner()
    assert runner.invoke(main, ["init", "--db", str(db)]).exit_code == 0
    result = runner.invoke(main, ["ingest", "--db", str(db), "--workers", "2", "--no-embed", str(path)])
    assert result.exit_code == 2, result.output
    text = path.read_text(encoding="utf-8")
    line = text.count("\n", 0, text.index('"id": 9'))  # the message's brace: the line before its id
    assert f"{path}:{line}" in result.output and "is not ISO 8601" in result.output
    assert len(pooled) >= 2  # chunks were read by the workers before the bad message was met
    with Store(db) as store:
        assert store.con.execute("SELECT count(*) FROM reports").fetchone() == (0,)
        assert store.con.execute("SELECT count(*) FROM ingests").fetchone() == (0,)
    assert not list((tmp_path / "tmp").glob("trucewatch-posts-*"))  # the staged reports' folders removed
    assert gone(set().union(*pooled))


def test_cli_refuses_no_workers(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "t.duckdb"), "--workers", "0",
                                       str(tmp_path / "result.json")])
    assert result.exit_code == 2 and "--workers" in result.output


class _BecomesInt:
    """Pickles as ``int(value)``: what a worker unpickles is an int, or, for a value that is not a number, the
    unpickling fails in the worker (a worker that dies)."""

    def __init__(self, value: str) -> None:
        self.value = value

    def __reduce__(self) -> tuple[Callable[..., Any], tuple[str]]:
        return int, (self.value,)


def _within(seconds: float, call: Callable[[], Any]) -> BaseException | None:
    """Run ``call`` in a thread; what it raised, failing the test if it is still running after ``seconds``."""
    raised: list[BaseException | None] = [None]

    def run() -> None:
        try:
            call()
        except BaseException as exc:  # handed to the test
            raised[0] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "the read is still waiting"
    return raised[0]


def _posts(bad: Post) -> list[Post]:
    return [*(Post(id=f"p{number}", text=TALLY, source="Минобороны России") for number in range(6)), bad]


def test_an_error_inside_a_worker_reaches_the_ingest() -> None:
    # the worker reads a post whose provenance is an int: reading it raises there
    bad = Post(id="bad", text=TALLY, source="Минобороны России", provenance=_BecomesInt("5"))  # type: ignore[arg-type]
    readers = PostReaders(2, threshold=1)
    raised = _within(120, lambda: readers.read(_posts(bad)))
    assert isinstance(raised, TypeError) and "mapping" in str(raised)
    assert not readers.started  # the workers were stopped
    assert [result.post.id for result in readers.read(_posts(Post(id="good", text=KURSK)))][-1] == "good"
    readers.close()


def test_a_worker_that_dies_fails_the_read_instead_of_waiting() -> None:
    bad = Post(id="bad", text=TALLY, provenance=_BecomesInt("not a number"))  # type: ignore[arg-type]
    with PostReaders(2, threshold=1) as readers:
        raised = _within(120, lambda: readers.read(_posts(bad)))
        assert isinstance(raised, BrokenProcessPool)
        assert not readers.started


def test_an_error_in_a_worker_during_an_ingest_writes_nothing(tmp_path: Path, pooled: list[set[int]],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = channel(tmp_path / "result.json")
    real = posts_ingest.stream_telegram_export

    def with_a_bad_post(source: Path) -> PostStream:
        stream = real(source)
        read = stream.posts

        def posts() -> Iterator[Post]:
            yield from read
            yield Post(id="bad", text=TALLY, provenance=_BecomesInt("5"))  # type: ignore[arg-type]

        stream.posts = posts()
        return stream

    monkeypatch.setattr(posts_ingest, "stream_telegram_export", with_a_bad_post)
    with Store(tmp_path / "t.duckdb") as store:
        with pytest.raises(TypeError):
            ingest_file(store, path, options={"workers": 2})
        assert store.con.execute("SELECT count(*) FROM reports").fetchone() == (0,)
        assert store.con.execute("SELECT count(*) FROM ingests").fetchone() == (0,)
    assert not list((tmp_path / "tmp").glob("trucewatch-posts-*"))  # the staged reports' folders removed
    assert gone(set().union(*pooled))


def test_read_posts_with_workers_reads_as_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(post_workers, "POOL_THRESHOLD", 1)
    posts = [Post(id="1", text=DIGEST, source="Минобороны России"),
             Post(id="2", text=TALLY, source="Минобороны России"),
             Post(id="3", text=ENGLISH, source="Governor"), Post(id="4", text="🙏🙏"),
             Post(id="5", text=NEW_DIGEST, source="Минобороны России")]
    one, two = read_posts(posts), read_posts(posts, workers=2)
    assert [(r.post.id, r.kind, r.skipped, r.language.code, [repr(x) for x in r.reports],
             r.reading.when if r.reading else None) for r in one.results] == \
        [(r.post.id, r.kind, r.skipped, r.language.code, [repr(x) for x in r.reports],
          r.reading.when if r.reading else None) for r in two.results]
    assert one.summary() == two.summary() and one.summary()["reports"] >= 1


def test_a_bad_file_is_refused_the_same_with_workers(store: Store, tmp_path: Path, pooled: list[set[int]]) -> None:
    path = tmp_path / "result.json"
    path.write_text('{"name": "x", "messages": [\n  {"id": 1, "text": "a"},\n  {"id": 2 "text": "b"}\n]}',
                    encoding="utf-8")
    with pytest.raises(InputError) as caught:
        ingest_file(store, path, format="telegram", options={"workers": 2})
    assert f"{path}:3" in str(caught.value) and "not valid JSON" in str(caught.value)
