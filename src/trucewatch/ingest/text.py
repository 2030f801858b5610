"""Text as an input format: articles and statements (txt, md, html, or JSONL of id/text/published_at/source)
are turned into native reports by the extraction pipeline (docs/extraction.md) and then ingested like any
other file, so they get the same transaction, idempotency, ingest log and provenance; the log counts the
articles read and keeps each one that gave no report with the reason. Never sniffed: choose it
with ``ingest --text`` (or ``--format text``)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import duckdb

from trucewatch.ingest.base import ItemAccounting, SkippedItem, Staged
from trucewatch.ingest.native import stage_reports
from trucewatch.nlp.files import extract_files
from trucewatch.nlp.pipeline import Article


class TextAdapter:
    name = "text"

    def sniff(self, path: Path, head: str) -> bool:
        return False

    def stage(
        self, con: duckdb.DuckDBPyConnection, path: Path, relation: str, options: dict[str, Any]
    ) -> Staged:
        skipped: list[tuple[str, str]] = []
        articles: list[Article] = []
        reports = extract_files([path], skipped=skipped, read=articles)
        stage_reports(con, reports, relation, "text", str(path))
        notes = [f"{len(skipped)} article(s) gave no report: " + "; ".join(
            f"{count} {reason}" for reason, count in Counter(reason for _, reason in skipped).most_common())
        ] if skipped else []
        lines = {article.id: article.provenance.get("line") for article in articles}
        items = ItemAccounting(read=len(articles), with_reports=len(articles) - len(skipped), skipped=[
            SkippedItem(article_id, reason, line if isinstance(line, int) else None)
            for article_id, reason in skipped for line in [lines.get(article_id)]])
        return Staged(relation=relation, rows_read=len(reports), notes=notes, items=items)
