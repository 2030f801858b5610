"""Extraction over whole files: every article a file holds (txt, md, html, or JSONL of id/text/published_at/
source) becomes native reports. Used by ``trucewatch extract`` and by ingesting text (format ``text``).

The articles are read as the file is read (:func:`trucewatch.nlp.reader.stream_articles`) and the reports given
as they are made (:func:`stream_reports`), so that a JSON Lines archive of any size is extracted in the memory
of one article; :func:`extract_files` gathers them in a list."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from trucewatch.errors import InputError, Where
from trucewatch.geo.hostilities import FrontLines, using_loaded_front_lines
from trucewatch.model import Report
from trucewatch.nlp.pipeline import Article
from trucewatch.nlp.posts import extract_article_any
from trucewatch.nlp.reader import stream_articles


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """What one article (its id and line) gave: its reports, or why it gave none (``skipped``, as
    :func:`extract_article_any` appends it)."""

    article_id: str
    line: int | None
    reports: list[Report]
    skipped: list[str]


def read_article(article: Article, anchors: dict[str, datetime] | None = None) -> ArticleResult:
    """One article read in its language (:func:`extract_article_any`)."""
    skipped: list[tuple[str, str]] = []
    reports = extract_article_any(article, anchors=anchors, skipped=skipped)
    line = article.provenance.get("line")
    return ArticleResult(article.id, line if isinstance(line, int) else None, reports,
                         [reason for _, reason in skipped])


def read_article_slice(articles: list[Article], anchors: dict[str, datetime] | None = None,
                       front_lines: FrontLines | None = None) -> list[ArticleResult]:
    """A share of a chunk of articles, in order (module level, so that it pickles by name, for the workers of
    :class:`trucewatch.nlp.post_workers.Readers`); ``front_lines``: the lines of contact in use where the
    chunk was read from (:func:`trucewatch.geo.hostilities.front_lines_in_use`), for a worker process."""
    with using_loaded_front_lines(front_lines):
        return [read_article(article, anchors) for article in articles]


def check_articles(paths: Sequence[Path], *, published_at: datetime | None = None,
                   source: str | None = None) -> int:
    """Read every article of ``paths`` without extracting it (a JSON Lines file a line at a time), raising the
    InputError (file and line) that :func:`stream_reports` would meet part way, before any report is made: for
    output that cannot be taken back once written (standard output). Returns the articles read."""
    return sum(1 for path in _files(paths) for _ in stream_articles(path, published_at=published_at, source=source))


def _files(paths: Sequence[Path]) -> list[Path]:
    """``paths`` as paths, each checked to be a file before the first is read (InputError naming it)."""
    files = [Path(path) for path in paths]
    for path in files:
        if not path.is_file():
            raise InputError("no such file", Where(str(path)))
    return files


def stream_reports(
    paths: Sequence[Path],
    *,
    anchors: dict[str, datetime] | None = None,
    published_at: datetime | None = None,
    source: str | None = None,
    skipped: list[tuple[str, str]] | None = None,
    read: list[Article] | None = None,
) -> Iterator[Report]:
    """The reports of :func:`extract_files`, in the same order and with the same ids, given as they are made.
    Every path is checked to be a file before the first is read. A report whose id an earlier file gave is
    renamed ``<file stem>:<id>``; the ids of a file's own reports differ by construction (``<article id>-<n>``,
    the article ids of a file unique), so only the ids of the files before the last are held, and none when
    there is one file."""
    paths = _files(paths)
    seen: set[str] = set()
    for index, path in enumerate(paths):
        last = index == len(paths) - 1
        for article in stream_articles(path, published_at=published_at, source=source):
            if read is not None:
                read.append(article)
            for report in extract_article_any(article, anchors=anchors, skipped=skipped):
                if report.id in seen:  # two files with the same stem: keep ids unique
                    report = replace(report, id=f"{path.stem}:{report.id}")
                    seen.add(report.id)
                elif not last:
                    seen.add(report.id)
                yield report


def extract_files(
    paths: Sequence[Path],
    *,
    anchors: dict[str, datetime] | None = None,
    published_at: datetime | None = None,
    source: str | None = None,
    skipped: list[tuple[str, str]] | None = None,
    read: list[Article] | None = None,
) -> list[Report]:
    """Native reports extracted from text files.

    ``anchors`` name instants that text may count from ("an hour after the call"); ``published_at`` and
    ``source`` apply to plain-text files, which carry neither. Each article is read in its language
    (English, Russian, Ukrainian); articles that give no report are appended to ``skipped`` as (article id,
    reason), and every article read to ``read``. Raises InputError for unreadable files.
    """
    return list(stream_reports(paths, anchors=anchors, published_at=published_at, source=source,
                               skipped=skipped, read=read))
