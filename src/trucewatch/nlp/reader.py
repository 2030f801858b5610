"""Read articles from txt, md, html or JSONL files, with clear errors for bad input.

Empty files give no articles; binary files and non-UTF-8 text raise :class:`InputError` naming the file;
HTML loses its scripts, styles and tags; a txt, md or html file over :data:`MAX_BYTES` is refused rather than
read. JSON Lines are read a line at a time (:func:`stream_articles`), whatever the file's size; one line may
hold up to :data:`MAX_BYTES`.
"""

from __future__ import annotations

import codecs
import html
import json
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from trucewatch.errors import InputError, Where
from trucewatch.nlp.pipeline import Article
from trucewatch.nlp.post_files import SeenIds

MAX_BYTES = 50 * 1024 * 1024
_BLOCK_BYTES = 64 * 1024
_HEAD_BYTES = 8192  # looked at for a NUL byte: a binary file
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


def _unreadable(path: Path, error: OSError) -> InputError:
    return InputError(f"cannot read the file: {error.strerror}", Where(str(path)))


def _refuse_binary(head: bytes, path: Path) -> None:
    """A NUL byte among the first bytes of a file: a binary file, refused naming it."""
    if b"\x00" in head:
        raise InputError("this is a binary file, not text", Where(str(path)),
                         hint="give a .txt, .md, .html or .jsonl file")


def _decode(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if size > MAX_BYTES:
        raise InputError(
            f"the file is {size // (1024 * 1024)} MB; the limit for text extraction is "
            f"{MAX_BYTES // (1024 * 1024)} MB",
            Where(str(path)),
            hint="split it into smaller files (one article per file, or JSONL)",
        )
    raw = path.read_bytes()
    _refuse_binary(raw[:_HEAD_BYTES], path)
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
    """Every article of ``path`` in a list (:func:`stream_articles` gathered)."""
    return list(stream_articles(path, published_at=published_at, source=source))


def stream_articles(path: Path, *, published_at: datetime | None = None, source: str | None = None
                    ) -> Iterator[Article]:
    """The articles of ``path`` as they are read. JSON Lines are read a line at a time, never decoded whole, so
    a file of any size is read in the memory of one line (a line of more than :data:`MAX_BYTES` is refused,
    naming it); a txt, md or html file is one article, read whole (up to :data:`MAX_BYTES`). A bad line raises
    InputError naming the file and the line when the reading reaches it, after the articles before it."""
    if _is_jsonl(path):
        yield from _jsonl(path, _lines(path))
        return
    text = _decode(path)
    if not text.strip():
        return
    body = html_to_text(text) if path.suffix.lower() in (".html", ".htm") or re.match(r"\s*<(!doctype|html)", text,
                                                                                      re.I) else text
    yield Article(id=path.stem, text=body, published_at=published_at, source=source or path.name,
                  provenance={"file": str(path)})


def _is_jsonl(path: Path) -> bool:
    """JSON Lines by the name (.jsonl, .ndjson), or by the first character that is not white space (``{``) when
    the name is not that of a document (.html, .htm, .md, .txt)."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return True
    if suffix in (".html", ".htm", ".md", ".txt"):
        return False
    decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
    try:
        with path.open("rb") as handle:
            while block := handle.read(_BLOCK_BYTES):
                start = decoder.decode(block).lstrip()
                if start:
                    return start.startswith("{")
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    return False


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, text) of each line of ``path``, decoded one at a time, numbered as ``str.splitlines`` of
    the whole text numbers them (a line ends at \\n, \\r\\n, \\r and the other breaks that method knows); a
    binary file, an undecodable byte (with its line) or a line over :data:`MAX_BYTES` raise InputError."""
    number = 0
    offset = 0
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    with handle:
        _refuse_binary(handle.read(_HEAD_BYTES), path)
        handle.seek(0)
        bom = 3 if handle.read(3) == codecs.BOM_UTF8 else 0
        handle.seek(bom)
        offset = bom
        newlines = 0
        while raw := handle.readline(MAX_BYTES + 1):
            if len(raw) > MAX_BYTES and not raw.endswith(b"\n"):
                raise InputError(f"the line is over {MAX_BYTES // (1024 * 1024)} MB, the limit for one article",
                                 Where(str(path), newlines + 1), hint="split the article")
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(f"not UTF-8 text (invalid byte at offset {offset - bom + exc.start})",
                                 Where(str(path), newlines + 1), hint="re-save the file as UTF-8") from exc
            offset += len(raw)
            newlines += 1
            for line in text.splitlines():
                number += 1
                yield number, line


def json_lines(path: Path, text: str) -> Iterator[tuple[int, Where, dict[str, Any]]]:
    """(line number, where, object) for each non-blank line of JSON Lines ``text``; a line that is not a JSON
    object is an InputError naming it."""
    return _records(path, enumerate(text.splitlines(), start=1))


def _records(path: Path, lines: Iterable[tuple[int, str]]) -> Iterator[tuple[int, Where, dict[str, Any]]]:
    for number, line in lines:
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


def _jsonl(path: Path, lines: Iterable[tuple[int, str]]) -> Iterator[Article]:
    seen = SeenIds()
    for number, _where, record in _records(path, lines):
        unknown = set(record) - {"id", "text", "published_at", "source", "url", "kind"}
        if unknown:
            raise InputError(f"unknown field(s) {', '.join(sorted(unknown))}", Where(str(path), number, sorted(
                unknown)[0]), hint="allowed: id, text, published_at, source, url, kind")
        article_id, body = record.get("id"), record.get("text")
        if not isinstance(article_id, str) or not article_id:
            raise InputError("id is required and must be a string", Where(str(path), number, "id"))
        if not seen.add(article_id):
            raise InputError(f"duplicate id {article_id!r}", Where(str(path), number, "id"))
        if not isinstance(body, str):
            raise InputError("text is required and must be a string", Where(str(path), number, "text"))
        source = record.get("source")
        source_name = source.get("name") if isinstance(source, dict) else source
        yield Article(
            id=article_id, text=body,
            published_at=_parse_time(record.get("published_at"), Where(str(path), number, "published_at")),
            source=str(source_name or path.name), url=record.get("url"), source_kind=record.get("kind"),
            provenance={"file": str(path), "line": number},
        )
