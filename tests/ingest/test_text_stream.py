"""Text read streaming: a JSON Lines file of articles is read a line at a time and ingested a chunk at a time,
in worker processes or in the ingest's own: the same store either way and the same reports, ids, skips and
lines as extracting the articles of the file in one list; a bad line after some chunks were staged is refused
with its file and line and nothing written; `extract` writes its output as it goes, and a bad input leaves the
output file as it was. The chunk and the threshold that starts the workers are lowered here so that these
small files go through several chunks and the pool. The articles are written for these tests."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from trucewatch.cli import main
from trucewatch.errors import InputError
from trucewatch.ingest import text as text_ingest
from trucewatch.ingest.driver import ingest_file
from trucewatch.nlp import reader
from trucewatch.nlp.files import ArticleResult, extract_files, stream_reports
from trucewatch.nlp.pipeline import Article
from trucewatch.nlp.post_workers import Readers
from trucewatch.nlp.posts import extract_article_any
from trucewatch.nlp.reader import read_articles, stream_articles
from trucewatch.store import Store

ARTICLES = [
    ("en-1", "Regional officials reported on Wednesday that a Russian drone attack overnight damaged an electrical "
             "substation outside Sumy, leaving several villages without power.", "Sumy Daily"),
    ("ru-1", "Минобороны России сообщило, что ночью средствами ПВО сбиты 7 украинских беспилотников над "
             "территорией Курской области.", "Минобороны России"),
    ("en-2", "The city council met to approve a new budget for road repairs and school maintenance.", "Local Post"),
    ("uk-1", "Уночі ворожі дрони атакували підстанцію в Харківській області, повідомила обласна військова "
             "адміністрація.", "Харківська ОВА"),
    ("ru-2", "Погода в выходные будет тёплой и солнечной, синоптики не ожидают осадков.", "Прогноз"),
    ("en-3", "Ukrainian drones struck an oil depot in Bryansk region late on Thursday, the Russian governor "
             "said, adding that a fire broke out.", "Border Wire"),
    ("uk-2", "Сили ППО знешкодили 4 ракети над Київщиною, повідомили у Повітряних силах.", "Повітряні сили"),
    ("en-4", "Farmers in the south expect a strong harvest after a wet spring.", "Agri News"),
]


def archive(path: Path, articles: list[tuple[str, str, str]] = ARTICLES, *, extra: str = "") -> Path:
    lines = [json.dumps({"id": article_id, "text": body, "published_at": f"2025-04-{10 + number:02d}T09:00:00+03:00",
                         "source": source}, ensure_ascii=False)
             for number, (article_id, body, source) in enumerate(articles)]
    path.write_text("\n".join(lines[:3]) + "\n\n" + "\n".join(lines[3:]) + "\n" + extra, encoding="utf-8")
    return path


@pytest.fixture()
def pooled(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[bool]:
    """Two articles a chunk, the workers started by the first chunk; for each chunk read, whether the pool read
    it. The staging folders go to the test's own folder."""
    monkeypatch.setattr(text_ingest, "CHUNK_ARTICLES", 2)
    monkeypatch.setattr(text_ingest, "POOL_THRESHOLD", 1)
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    chunks: list[bool] = []
    real = text_ingest.read_batch

    def spied(readers: Readers[Article, ArticleResult], batch: list[Article]) -> Any:
        try:
            return real(readers, batch)
        finally:
            chunks.append(readers.started)

    monkeypatch.setattr(text_ingest, "read_batch", spied)
    return chunks


def written(store: Store, notes: list[str]) -> tuple[Any, ...]:
    con = store.con
    return (notes,
            con.execute("SELECT id, claimant, actor, event, weapon, count, admin1_code, target_category, "
                        "occurred_start, input_line, text, source_name FROM reports ORDER BY id").fetchall(),
            con.execute("SELECT item, line, reason FROM ingest_skipped ORDER BY item").fetchall(),
            con.execute("SELECT items_read, items_with_reports, items_skipped, rows_read, rows_ingested "
                        "FROM ingests").fetchall())


def test_one_process_and_two_workers_write_the_same_store(tmp_path: Path, pooled: list[bool]) -> None:
    path = archive(tmp_path / "news.jsonl")
    outputs = []
    for workers in (1, 2):
        pooled.clear()
        with Store(tmp_path / f"workers-{workers}.duckdb") as store:
            result = ingest_file(store, path, format="text", options={"workers": workers})
            outputs.append(written(store, result.notes))
        assert len(pooled) == 4 and all(pooled) == (workers == 2)  # four chunks; with 2, each read by the pool
    assert outputs[0] == outputs[1]
    notes, reports, skipped, log = outputs[1]
    # what extracting the file's articles in one list gives (the reading before it was streamed)
    expected_skips: list[tuple[str, str]] = []
    articles = read_articles(path)
    expected = [report for article in articles
                for report in extract_article_any(article, skipped=expected_skips)]
    assert [row[0] for row in reports] == sorted(report.id for report in expected)
    lines = {article.id: article.provenance["line"] for article in articles}
    assert sorted(skipped) == sorted((item, lines[item], reason) for item, reason in expected_skips)
    assert {row[0].rsplit("-", 2)[0] for row in reports} >= {"en", "ru", "uk"}  # every language gave reports
    assert {item for item, _, _ in skipped} >= {"en-2", "ru-2", "en-4"}
    assert log == [(8, 8 - len(expected_skips), len(expected_skips), len(expected), len(expected))]
    assert notes[0].startswith(f"{len(expected_skips)} article(s) gave no report: ")
    assert lines["uk-1"] == 5 and ("en-2", 3) in [(item, line) for item, line, _ in skipped]  # the blank line counts
    assert not list((tmp_path / "tmp").glob("trucewatch-text-*"))  # the staged reports' folders removed


def test_bad_line_after_the_first_chunks_writes_nothing(tmp_path: Path, pooled: list[bool]) -> None:
    path = archive(tmp_path / "news.jsonl", extra='{"id": "late", "text": "x", "published_at": "yesterday"}\n')
    db = tmp_path / "t.duckdb"
    runner = CliRunner()
    assert runner.invoke(main, ["init", "--db", str(db)]).exit_code == 0
    result = runner.invoke(main, ["ingest", "--db", str(db), "--text", "--workers", "2", "--no-embed", str(path)])
    assert result.exit_code == 2, result.output
    assert f"{path}:10" in result.output and "is not ISO 8601" in result.output
    assert len(pooled) == 4 and all(pooled)  # four chunks were read by the workers before the bad line
    with Store(db) as store:
        assert store.con.execute("SELECT count(*) FROM reports").fetchone() == (0,)
        assert store.con.execute("SELECT count(*) FROM ingests").fetchone() == (0,)
    assert not list((tmp_path / "tmp").glob("trucewatch-text-*"))  # the staged reports' folders removed


def test_empty_and_blank_archives_ingest_nothing(tmp_path: Path, pooled: list[bool]) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n  \n\n", encoding="utf-8")
    with Store(tmp_path / "t.duckdb") as store:
        with pytest.raises(InputError, match=r"empty\.jsonl.*the file is empty"):
            ingest_file(store, empty, format="text", options={"workers": 2})
        result = ingest_file(store, blank, format="text", options={"workers": 2})
        assert (result.rows_read, result.ingested, result.rejected, result.notes) == (0, 0, 0, [])
        assert result.items is not None and (result.items.read, result.items.skipped) == (0, [])
        assert store.con.execute("SELECT count(*) FROM reports").fetchone() == (0,)
    assert pooled == []  # no article: nothing read, no worker started
    assert not list((tmp_path / "tmp").glob("trucewatch-text-*"))


def test_lines_are_numbered_as_before_and_bad_bytes_name_their_line(tmp_path: Path) -> None:
    path = tmp_path / "crlf.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + b'{"id": "a", "text": "one"}\r\n\r\n'
                     + b'{"id": "b", "text": "two \xe2\x80\xa8 two"}\r\n')
    # a line separator inside a JSON string breaks the line, as str.splitlines of the whole text did
    with pytest.raises(InputError, match=r"crlf\.jsonl:3.*not valid JSON"):
        read_articles(path)
    path.write_bytes(b'{"id": "a", "text": "one"}\r\n\r\n{"id": "b", "text": "two"}\r\n')
    assert [(article.id, article.provenance["line"]) for article in stream_articles(path)] == [("a", 1), ("b", 3)]
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes(b'{"id": "a", "text": "one"}\n{"id": "b", "text": "caf\xe9"}\n')
    articles = stream_articles(latin)
    assert next(articles).id == "a"  # read before the bad line is reached
    with pytest.raises(InputError, match=r"latin\.jsonl:2.*not UTF-8 text \(invalid byte at offset 51\)"):
        next(articles)
    duplicate = tmp_path / "twice.jsonl"
    duplicate.write_text('{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"twice\.jsonl:2.*duplicate id 'a'"):
        read_articles(duplicate)


def test_a_jsonl_archive_over_the_document_limit_is_read_a_line_at_a_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_BYTES", 1000)
    path = tmp_path / "archive.jsonl"
    path.write_text("".join(json.dumps({"id": f"a{number}", "text": "Nothing happened today."}) + "\n"
                            for number in range(100)), encoding="utf-8")
    assert path.stat().st_size > 1000 and len(read_articles(path)) == 100
    path.write_text(json.dumps({"id": "a", "text": "x"}) + "\n" + json.dumps({"id": "b", "text": "y" * 2000}) + "\n",
                    encoding="utf-8")
    with pytest.raises(InputError, match=r"archive\.jsonl:2.*over 0 MB, the limit for one article"):
        read_articles(path)
    document = tmp_path / "long.txt"
    document.write_text("Nothing happened today. " * 100, encoding="utf-8")
    with pytest.raises(InputError, match=r"long\.txt.*limit"):  # a document is still read whole, up to the limit
        read_articles(document)


def test_unknown_suffix_is_read_as_jsonl_when_it_starts_with_a_brace(tmp_path: Path) -> None:
    feed = tmp_path / "feed.dat"
    feed.write_text('\n  {"id": "a1", "text": "Nothing happened."}\n', encoding="utf-8")
    assert [(article.id, article.provenance.get("line")) for article in read_articles(feed)] == [("a1", 2)]
    note = tmp_path / "note"
    note.write_text("  Nothing happened.\n", encoding="utf-8")
    assert [(article.id, article.text) for article in read_articles(note)] == [("note", "  Nothing happened.\n")]


def test_stream_reports_gives_extract_files_ids_across_files(tmp_path: Path) -> None:
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    first = archive(tmp_path / "one" / "news.jsonl", ARTICLES[:4])
    second = archive(tmp_path / "two" / "news.jsonl", ARTICLES[:4])
    ids = [report.id for report in stream_reports([first, second])]
    assert ids == [report.id for report in extract_files([first, second])]
    half = len(ids) // 2
    assert ids[half:] == [f"news:{each}" for each in ids[:half]] and len(set(ids)) == len(ids)
    with pytest.raises(InputError, match="no such file"):  # every file is checked before the first is read
        next(stream_reports([first, tmp_path / "missing.jsonl"]))


def test_extract_writes_as_it_goes_and_a_bad_line_leaves_the_output_as_it_was(tmp_path: Path) -> None:
    path = archive(tmp_path / "news.jsonl")
    out = tmp_path / "out.jsonl"
    runner = CliRunner()
    result = runner.invoke(main, ["extract", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [record["id"] for record in records] == [report.id for report in extract_files([path])]
    assert f"wrote {len(records)} reports to {out}" in result.output
    printed = runner.invoke(main, ["extract", str(path)])
    assert printed.exit_code == 0 and [json.loads(line) for line in printed.stdout.splitlines()] == records
    bad = archive(tmp_path / "bad.jsonl", extra='{"id": "late", "txt": "typo"}\n')
    result = runner.invoke(main, ["extract", str(bad), "-o", str(out)])
    assert result.exit_code == 2 and f"{bad}:10" in result.output and "unknown field" in result.output
    assert [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] == records  # untouched
    printed = runner.invoke(main, ["extract", str(bad)])  # to standard output: refused before the first report
    assert printed.exit_code == 2 and f"{bad}:10" in printed.output and printed.stdout.strip() == ""
    assert sorted(each.name for each in tmp_path.iterdir()) == ["bad.jsonl", "news.jsonl", "out.jsonl"]
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(main, ["extract", str(empty), "-o", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 0 and "no reports" in result.output
    assert (tmp_path / "none.jsonl").read_text(encoding="utf-8") == ""


# an analyst's own line of contact past one of the Bohdanivkas
FRONT_LINES = Path(__file__).resolve().parents[1] / "fixtures" / "front-lines-bohdanivka.yaml"


@pytest.mark.parametrize("as_text", [["--text"], ["--format", "text"]], ids=["text-flag", "format-text"])
def test_front_lines_given_reach_the_workers(tmp_path: Path, pooled: list[bool], as_text: list[str]) -> None:
    # a shelling near a village of a common name: the line of contact given chooses among its namesakes
    shelling = ("shelling", "On 10 March 2024, Russian forces shelled near Bohdanivka, Donetsk region, with "
                            "artillery.", "Front Wire")
    path = archive(tmp_path / "news.jsonl", [*ARTICLES[:3], shelling])
    db = tmp_path / "t.duckdb"
    runner = CliRunner()
    assert runner.invoke(main, ["init", "--db", str(db)]).exit_code == 0
    result = runner.invoke(main, ["ingest", "--db", str(db), *as_text, "--front-lines", str(FRONT_LINES),
                                  "--workers", "2", "--no-embed", str(path)])
    assert result.exit_code == 0, result.output
    assert len(pooled) == 2 and all(pooled)  # the shelling was read by a worker
    with Store(db) as store:
        [(lat, basis)] = store.con.execute(
            "SELECT lat, provenance->>'location_basis' FROM reports WHERE id LIKE 'shelling-%'").fetchall()
    assert lat == pytest.approx(48.09, abs=0.05)
    assert f"front lines from {FRONT_LINES.name} (sha256 " in basis


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "per-file"])
def test_strict_text_ingest_is_one_transaction(tmp_path: Path, strict: bool) -> None:
    # two archives, the second with a broken line: --strict writes neither, without it the first is written
    good = archive(tmp_path / "good.jsonl", ARTICLES[:2])
    bad = archive(tmp_path / "bad.jsonl", ARTICLES[2:4], extra='{"id": "x", "text": \n')
    db = tmp_path / "t.duckdb"
    runner = CliRunner()
    assert runner.invoke(main, ["init", "--db", str(db)]).exit_code == 0
    result = runner.invoke(main, ["ingest", "--db", str(db), "--text", "--no-embed", "--workers", "1",
                                  *(["--strict"] if strict else []), str(good), str(bad)])
    assert result.exit_code == (2 if strict else 3), result.output
    assert "bad.jsonl:5:" in result.output  # the broken line named
    with Store(db) as store:
        [(count,)] = store.con.execute("SELECT count(*) FROM reports").fetchall()
    assert (count == 0) if strict else (count > 0)
