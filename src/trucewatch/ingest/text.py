"""Text as an input format: articles and statements (txt, md, html, or JSONL of id/text/published_at/source)
are turned into native reports by the extraction pipeline (docs/extraction.md) and then ingested like any
other file, so they get the same transaction, idempotency, ingest log and provenance; the log counts the
articles read and keeps each one that gave no report with the reason. Never sniffed: choose it
with ``ingest --text`` (or ``--format text``).

A JSON Lines file is read a line at a time and its articles read and staged :data:`CHUNK_ARTICLES` at a time,
as posts are (``ingest/posts.py``): each chunk's reports wait in a Parquet file in a temporary folder
(``ingest/staging.py``), so that the memory does not grow with the file apart from the ids seen (a repeated
id is refused) and the articles skipped with their reasons. With ``options["workers"]`` above 1 the articles
of a chunk are read in that many worker processes (``nlp/post_workers.Readers``), started once a chunk has
:data:`POOL_THRESHOLD` articles and stopped once the file's articles are read: the same reports, ids, skips
and notes whatever the workers. A bad line met after some chunks were staged writes nothing."""

from __future__ import annotations

from collections import Counter
from functools import partial
from pathlib import Path
from typing import Any

import duckdb

from trucewatch.geo.hostilities import front_lines_in_use
from trucewatch.ingest.base import ItemAccounting, SkippedItem, Staged
from trucewatch.ingest.staging import (
    batches,
    discard,
    remove_folder,
    report_writer,
    stage_view,
    staging_folder,
    write_reports,
)
from trucewatch.model import Report
from trucewatch.nlp.files import ArticleResult, read_article_slice
from trucewatch.nlp.pipeline import Article
from trucewatch.nlp.post_workers import Readers
from trucewatch.nlp.reader import stream_articles

# articles read and staged at a time (news articles of a few KB: a few MB of text and its reports)
CHUNK_ARTICLES = 500
# a chunk of fewer articles is read in this process, unless the workers run already (starting them costs about
# as much as reading this many English articles)
POOL_THRESHOLD = 100
# articles sent to a worker at a time
SLICE_ARTICLES = 10


class TextAdapter:
    name = "text"

    def sniff(self, path: Path, head: str) -> bool:
        return False

    def stage(
        self, con: duckdb.DuckDBPyConnection, path: Path, relation: str, options: dict[str, Any]
    ) -> Staged:
        workers = int(options.get("workers") or 1)
        readers: Readers[Article, ArticleResult] = Readers(
            partial(read_article_slice, front_lines=front_lines_in_use()), workers, threshold=POOL_THRESHOLD,
            slice_size=SLICE_ARTICLES)
        folder = staging_folder("text")
        staged = folder / "reports.parquet"
        tally = _Tally()
        try:
            with report_writer(staged) as writer:
                for batch in batches(stream_articles(path), CHUNK_ARTICLES):
                    reports = tally.count(read_batch(readers, batch))
                    write_reports(writer, reports, "text", path)
            stage_view(con, relation, staged)
        except BaseException:
            discard(con, relation, folder)
            raise
        finally:
            readers.close()
        notes = [f"{len(tally.skipped)} article(s) gave no report: " + "; ".join(
            f"{count} {reason}" for reason, count in tally.reasons.most_common())] if tally.skipped else []
        items = ItemAccounting(read=tally.read, with_reports=tally.read - len(tally.skipped), skipped=tally.skipped)
        return Staged(relation=relation, rows_read=tally.reports, notes=notes, items=items,
                      release=lambda: remove_folder(folder))


def read_batch(readers: Readers[Article, ArticleResult], batch: list[Article]) -> list[ArticleResult]:
    """One chunk's articles read, in order (a function of its own, as for posts, for the benches to time)."""
    return readers.read(batch)


class _Tally:
    """What a file's articles gave so far: counts and the skipped articles with their reasons and lines."""

    def __init__(self) -> None:
        self.read = 0
        self.reports = 0
        self.skipped: list[SkippedItem] = []
        self.reasons: Counter[str] = Counter()

    def count(self, results: list[ArticleResult]) -> list[Report]:
        """Count a chunk's results; their reports, in order."""
        reports: list[Report] = []
        for result in results:
            self.read += 1
            for reason in result.skipped:
                self.skipped.append(SkippedItem(result.article_id, reason, result.line))
                self.reasons[reason] += 1
            reports.extend(result.reports)
        self.reports += len(reports)
        return reports
