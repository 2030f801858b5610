"""Extraction over whole files: every article a file holds (txt, md, html, or JSONL of id/text/published_at/
source) becomes native reports. Used by ``trucewatch extract`` and by ingesting text (format ``text``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from trucewatch.errors import InputError, Where
from trucewatch.model import Report
from trucewatch.nlp.pipeline import Article
from trucewatch.nlp.posts import extract_article_any
from trucewatch.nlp.reader import read_articles


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
    reports: list[Report] = []
    seen: set[str] = set()
    for path in paths:
        path = Path(path)
        if not path.is_file():
            raise InputError("no such file", Where(str(path)))
        for article in read_articles(path, published_at=published_at, source=source):
            if read is not None:
                read.append(article)
            for report in extract_article_any(article, anchors=anchors, skipped=skipped):
                if report.id in seen:  # two files with the same stem: keep ids unique
                    report = replace(report, id=f"{path.stem}:{report.id}")
                seen.add(report.id)
                reports.append(report)
    return reports
