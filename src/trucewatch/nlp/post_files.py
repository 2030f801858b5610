"""Posts from the files analysts have: Telegram Desktop's channel export (``result.json``) and a CSV of posts
with a column mapping. Bad files raise :class:`InputError` naming the file and the line, column or field;
posts that cannot give a report (service messages, photos without text, empty posts) are returned as
skipped with the reason, so that every message is accounted for.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from trucewatch.errors import InputError, Where
from trucewatch.nlp.posts import Post
from trucewatch.nlp.slavic.lexicon import lexicon

MAX_BYTES = 200 * 1024 * 1024


@dataclass
class PostFile:
    posts: list[Post] = field(default_factory=list)
    skipped: list[tuple[str, str, int | None]] = field(default_factory=list)  # (post id, why, line)
    source: str = ""


def _party(name: str) -> str | None:
    for party, pattern in lexicon().party_sources.items():
        if pattern.search(name):
            return party
    return None


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", Where(str(path))) from exc
    if size > MAX_BYTES:
        raise InputError(f"the file is {size // (1024 * 1024)} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB",
                         Where(str(path)))
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text (invalid byte at offset {exc.start})", Where(str(path)),
                         hint="re-save the file as UTF-8") from exc


def _message_text(value: Any, where: Where) -> str:
    """A message's text: a string, or Telegram's list of strings and entity objects with a ``text``."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts: list[str] = []
        for item in value:
            if isinstance(item, str):
                parts.append(item)
            elif isinstance(item, dict) and isinstance(item.get("text"), str):
                parts.append(item["text"])
            else:
                raise InputError("a text entity is neither a string nor an object with a text", where)
        return "".join(parts)
    raise InputError(f"text must be a string or a list of entities, not {type(value).__name__}", where)


def _message_time(message: dict[str, Any], where: Where, zone: str | None) -> datetime:
    unix = message.get("date_unixtime")
    if unix is not None:
        try:
            return datetime.fromtimestamp(int(unix), tz=UTC)
        except (TypeError, ValueError, OverflowError) as exc:
            raise InputError(f"date_unixtime {unix!r} is not a number of seconds",
                             Where(where.file, where.line, "date_unixtime")) from exc
    value = message.get("date")
    if not isinstance(value, str):
        raise InputError("the message has no date", Where(where.file, where.line, "date"))
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise InputError(f"date {value!r} is not ISO 8601", Where(where.file, where.line, "date")) from exc
    if moment.tzinfo is None:
        # Telegram Desktop writes local times of the exporting machine; --tz says which zone that was
        moment = moment.replace(tzinfo=ZoneInfo(zone or "UTC"))
    return moment


def read_telegram_export(path: Path, *, tz: str | None = None) -> PostFile:
    """Messages of a Telegram Desktop export (``result.json`` of one channel or chat)."""
    text = _read_text(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg} (column {exc.colno})", Where(str(path), exc.lineno),
                         hint="a Telegram Desktop export is one JSON object with a messages list") from exc
    if not isinstance(data, dict) or not isinstance(data.get("messages"), list):
        raise InputError("not a Telegram export: expected an object with a messages list", Where(str(path), 1),
                         hint="export the channel from Telegram Desktop as JSON (result.json)")
    channel = str(data.get("name") or path.parent.name or path.stem)
    slug = re.sub(r"\W+", "-", str(data.get("id") or channel)).strip("-") or "telegram"
    result = PostFile(source=channel)
    aligned = _party(channel)
    line_of = _message_lines(text)
    seen: set[str] = set()
    for number, message in enumerate(data["messages"]):
        line = line_of[number] if number < len(line_of) else None
        where = Where(str(path), line, f"messages[{number}]")
        if not isinstance(message, dict):
            raise InputError("a message is not a JSON object", where)
        message_id = str(message.get("id", number))
        if message_id in seen:
            raise InputError(f"message id {message_id} appears twice", Where(str(path), line, "id"))
        seen.add(message_id)
        kind = message.get("type", "message")
        if kind != "message":
            action = message.get("action")
            result.skipped.append((f"{slug}-{message_id}", f"service message{f' ({action})' if action else ''}",
                                   line))
            continue
        body = _message_text(message.get("text"), Where(str(path), line, "text"))
        if not body.strip():
            media = "photo" if message.get("photo") else message.get("media_type") or (
                "file" if message.get("file") else None)
            result.skipped.append((f"{slug}-{message_id}", f"{media} without text" if media else
                                   "empty post (no text)", line))
            continue
        published = _message_time(message, where, tz)
        provenance: dict[str, Any] = {"file": str(path), "message_id": message.get("id"), "line": line}
        if message.get("forwarded_from"):
            provenance["forwarded_from"] = str(message["forwarded_from"])
        result.posts.append(Post(
            id=f"{slug}-{message_id}", text=body, published_at=published, source=channel,
            url=f"https://t.me/{data['username']}/{message_id}" if isinstance(data.get("username"), str) else None,
            aligned_with=aligned, source_kind="official" if aligned else "social", provenance=provenance,
        ))
    return result


def _message_lines(text: str) -> list[int]:
    """The line each message object starts on, so that errors can point at it (best effort)."""
    lines: list[int] = []
    start = text.find('"messages"')
    if start < 0:
        return lines
    # the newlines counted from one message to the next (counting from the top for each was quadratic: 50,000
    # messages took minutes)
    line, position = text.count("\n", 0, start) + 1, start
    for match in _MESSAGE_START.finditer(text, start):
        line += text.count("\n", position, match.start())
        position = match.start()
        lines.append(line)
    return lines


_MESSAGE_START = re.compile(r'\{\s*"id"\s*:')


# ----------------------------------------------------------------------------------------------- CSV posts
POST_COLUMNS = ("text", "datetime", "id", "source", "url", "tz")
_DEFAULT_COLUMNS = {
    "text": ("text", "text_snippet", "message", "post", "body"),
    "datetime": ("datetime", "published_at", "date_time", "timestamp", "date"),
    "id": ("id", "message_id", "post_id"),
    "source": ("source", "channel"),
    "url": ("url", "link"),
    "tz": ("tz", "timezone", "time_zone"),
}


@dataclass(frozen=True)
class PostColumns:
    """Which CSV column holds each field; ``tz`` is the zone of naive times (a column or a zone name)."""

    text: str
    datetime: str | None = None
    id: str | None = None
    source: str | None = None
    url: str | None = None
    tz_column: str | None = None
    tz: str = "UTC"
    source_name: str | None = None  # a constant source when the file has no source column
    aligned_with: str | None = None


def default_columns(header: list[str]) -> PostColumns:
    chosen: dict[str, str | None] = {}
    for name, candidates in _DEFAULT_COLUMNS.items():
        chosen[name] = next((column for column in candidates if column in header), None)
    if chosen["text"] is None:
        raise InputError("no text column", Where("", 1),
                         hint="name it text or text_snippet, or give a mapping (docs/formats.md)")
    return PostColumns(text=str(chosen["text"]), datetime=chosen["datetime"], id=chosen["id"],
                       source=chosen["source"], url=chosen["url"], tz_column=chosen["tz"])


def _zone(name: str, where: Where) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InputError(f"unknown time zone {name!r}", where, hint="use an IANA name such as Europe/Moscow") from exc


def parse_post_time(value: str, zone: str, where: Where) -> datetime | None:
    text = value.strip()
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InputError(f"{text!r} is not a date and time (ISO 8601, e.g. 2025-03-19 08:30)", where) from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_zone(zone, where))
    return moment


def read_posts_csv(path: Path, columns: PostColumns | None = None) -> PostFile:
    """Posts from a CSV; ``columns`` maps fields to columns (default: the usual column names)."""
    text = _read_text(path)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise InputError("the file is empty", Where(str(path))) from None
    except csv.Error as exc:
        raise InputError(f"not a CSV file: {exc}", Where(str(path), 1)) from exc
    try:
        mapping = columns or default_columns(header)
    except InputError as exc:
        raise InputError(exc.detail, Where(str(path), 1), hint=exc.hint) from None
    for name in ("text", "datetime", "id", "source", "url", "tz_column"):
        column = getattr(mapping, name)
        if column is not None and column not in header:
            raise InputError(f"the mapping names column {column!r} for {name}, which the file does not have",
                             Where(str(path), 1, column), hint=f"columns are: {', '.join(header)}")
    _zone(mapping.tz, Where(str(path), 1, "tz"))
    source = mapping.source_name or path.stem
    result = PostFile(source=source)
    seen: set[str] = set()
    line = reader.line_num
    try:
        for row in reader:
            line, end = line + 1, reader.line_num  # a quoted field may span lines: the row starts at ``line``
            if not row:
                line = end
                continue
            if len(row) != len(header):
                raise InputError(f"{len(row)} fields where the header has {len(header)}", Where(str(path), line))
            values = dict(zip(header, row, strict=True))
            post_id = values[mapping.id] if mapping.id else f"{path.stem}-{line}"
            if post_id in seen:
                raise InputError(f"id {post_id!r} appears twice", Where(str(path), line, mapping.id or "id"))
            seen.add(post_id)
            body = values[mapping.text]
            if not body.strip():
                result.skipped.append((post_id, "empty post (no text)", line))
                line = end
                continue
            zone = values[mapping.tz_column] if mapping.tz_column and values[mapping.tz_column] else mapping.tz
            published = parse_post_time(values[mapping.datetime], zone, Where(str(path), line, mapping.datetime)) \
                if mapping.datetime else None
            name = values[mapping.source] if mapping.source and values[mapping.source] else source
            aligned = mapping.aligned_with or _party(name)
            result.posts.append(Post(
                id=post_id, text=body, published_at=published, source=name,
                url=(values[mapping.url] or None) if mapping.url else None, aligned_with=aligned,
                source_kind="official" if aligned else "social",
                provenance={"file": str(path), "line": line},
            ))
            line = end
    except csv.Error as exc:
        raise InputError(f"not a valid CSV row: {exc}", Where(str(path), line + 1)) from exc
    return result
