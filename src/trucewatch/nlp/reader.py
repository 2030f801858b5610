"""Read articles from txt, md, html or JSONL files, with clear errors for bad input.

Empty files give no articles; binary files and non-UTF-8 text raise :class:`InputError` naming the file;
HTML loses its scripts, styles and tags; files over :data:`MAX_BYTES` are refused rather than read.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from trucewatch.errors import InputError, Where
from trucewatch.nlp.pipeline import Article

MAX_BYTES = 50 * 1024 * 1024
_SCRIPT = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BLOCK = re.compile(r"</?(?:p|div|br|li|h[1-6]|tr|section|article|blockquote)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]{0,2000}>")
_SPACES = re.compile(r"[ \t\r\f\v]+")


def html_to_text(markup: str) -> str:
    text = _SCRIPT.sub(" ", markup)
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.DOTALL)
    text = _BLOCK.sub("\n", text)
    text = _TAG.sub(" ", text)
    text = html.unescape(text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _decode(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", Where(str(path))) from exc
    if size > MAX_BYTES:
        raise InputError(
            f"the file is {size // (1024 * 1024)} MB; the limit for text extraction is "
            f"{MAX_BYTES // (1024 * 1024)} MB",
            Where(str(path)),
            hint="split it into smaller files (one article per file, or JSONL)",
        )
    raw = path.read_bytes()
    if b"\x00" in raw[:8192]:
        raise InputError("this is a binary file, not text", Where(str(path)),
                         hint="give a .txt, .md, .html or .jsonl file")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(f"not UTF-8 text (invalid byte at offset {exc.start})", Where(str(path), line),
                         hint="re-save the file as UTF-8") from exc


def _parse_time(value: object, where: Where) -> datetime | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError("published_at must be an ISO 8601 string", where)
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InputError(f"published_at {value!r} is not ISO 8601", where) from exc
    if parsed.tzinfo is None:
        raise InputError(f"published_at {value!r} has no UTC offset", where,
                         hint="write it like 2025-03-19T08:00:00+02:00")
    return parsed


def read_articles(path: Path, *, published_at: datetime | None = None, source: str | None = None) -> list[Article]:
    text = _decode(path)
    if not text.strip():
        return []
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson") or (suffix not in (".html", ".htm", ".md", ".txt") and text.lstrip()
                                            .startswith("{")):
        return _jsonl(path, text)
    body = html_to_text(text) if suffix in (".html", ".htm") or re.match(r"\s*<(!doctype|html)", text, re.I) \
        else text
    return [Article(id=path.stem, text=body, published_at=published_at, source=source or path.name,
                    provenance={"file": str(path)})]


def json_lines(path: Path, text: str) -> Iterator[tuple[int, Where, dict[str, Any]]]:
    """(line number, where, object) for each non-blank line of JSON Lines ``text``; a line that is not a JSON
    object is an InputError naming it."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = Where(str(path), number)
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            raise InputError(f"not valid JSON: {getattr(exc, 'msg', 'nested too deeply')}", where) from exc
        if not isinstance(record, dict):
            raise InputError("each line must be a JSON object", where)
        yield number, where, record


def _jsonl(path: Path, text: str) -> list[Article]:
    articles: list[Article] = []
    seen: set[str] = set()
    for number, _where, record in json_lines(path, text):
        unknown = set(record) - {"id", "text", "published_at", "source", "url", "kind"}
        if unknown:
            raise InputError(f"unknown field(s) {', '.join(sorted(unknown))}", Where(str(path), number, sorted(
                unknown)[0]), hint="allowed: id, text, published_at, source, url, kind")
        article_id, body = record.get("id"), record.get("text")
        if not isinstance(article_id, str) or not article_id:
            raise InputError("id is required and must be a string", Where(str(path), number, "id"))
        if article_id in seen:
            raise InputError(f"duplicate id {article_id!r}", Where(str(path), number, "id"))
        seen.add(article_id)
        if not isinstance(body, str):
            raise InputError("text is required and must be a string", Where(str(path), number, "text"))
        source = record.get("source")
        source_name = source.get("name") if isinstance(source, dict) else source
        articles.append(Article(
            id=article_id, text=body,
            published_at=_parse_time(record.get("published_at"), Where(str(path), number, "published_at")),
            source=str(source_name or path.name), url=record.get("url"), source_kind=record.get("kind"),
            provenance={"file": str(path), "line": number},
        ))
    return articles
