"""Posts from the files analysts have: Telegram Desktop's channel export (``result.json``) and a CSV of posts
with a column mapping. Bad files raise :class:`InputError` naming the file and the line, column or field;
posts that cannot give a report (service messages, photos without text, empty posts) are returned as
skipped with the reason, so that every message is accounted for.
"""

from __future__ import annotations

import codecs
import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from trucewatch.errors import InputError, Where
from trucewatch.nlp.posts import Post
from trucewatch.nlp.slavic.lexicon import lexicon

# a file is read in blocks of this many characters; one message object may span any number of them, up to
# MAX_MESSAGE_CHARS (Telegram's own limits keep a message far below: 4,096 characters of text)
BLOCK_CHARS = 1 << 20
MAX_MESSAGE_CHARS = 64 * 1024 * 1024


@dataclass
class PostFile:
    posts: list[Post] = field(default_factory=list)
    skipped: list[tuple[str, str, int | None]] = field(default_factory=list)  # (post id, why, line)
    source: str = ""


@dataclass
class PostStream:
    """A posts file read as it is iterated: ``posts`` yields each post in file order; the messages that give no
    post are appended to ``skipped`` as they are met (so ``skipped`` is complete once ``posts`` is exhausted)."""

    posts: Iterator[Post]
    skipped: list[tuple[str, str, int | None]] = field(default_factory=list)  # (post id, why, line)
    source: str = ""

    def collect(self) -> PostFile:
        posts = list(self.posts)
        return PostFile(posts=posts, skipped=self.skipped, source=self.source)


def _party(name: str) -> str | None:
    for party, pattern in lexicon().party_sources.items():
        if pattern.search(name):
            return party
    return None


def _open_text(path: Path) -> TextIO:
    try:
        return path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", Where(str(path))) from exc


def _not_utf8(path: Path) -> InputError:
    """The error for a file that is not UTF-8, naming the offset of its first invalid byte."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0  # bytes given to the decoder so far
    with path.open("rb") as handle:
        while block := handle.read(BLOCK_CHARS):
            pending = len(decoder.getstate()[0])  # the bytes of a character cut by the block's start
            try:
                decoder.decode(block, final=len(block) < BLOCK_CHARS)
            except UnicodeDecodeError as exc:
                offset += exc.start - pending
                break
            offset += len(block)
    return InputError(f"not UTF-8 text (invalid byte at offset {offset})", Where(str(path)),
                      hint="re-save the file as UTF-8")


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


# an error this close to the end of the text read may be the block's cut (a token or an escape is shorter)
_LOOKAHEAD = 16


class _JsonText:
    """A JSON file read block by block: values decoded one at a time from a rolling buffer, with the line of
    the current position counted on as the buffer is consumed (so that each message keeps its line)."""

    _SPACE = re.compile(r"[ \t\n\r]*")

    def __init__(self, path: Path, handle: TextIO) -> None:
        self.path, self.handle = path, handle
        self.buffer, self.pos = "", 0
        self.line = 1  # the line of ``pos``
        self.column_base = 0  # the column (from 0) of ``buffer[0]`` in its line
        self.eof = False
        self.decoder = json.JSONDecoder()

    def _more(self) -> bool:
        """Drop what was consumed and read the next block; False at the end of the file."""
        if self.eof:
            return False
        try:
            block = self.handle.read(BLOCK_CHARS)
        except UnicodeDecodeError:
            raise _not_utf8(self.path) from None
        consumed = self.buffer[:self.pos]
        newline = consumed.rfind("\n")
        self.column_base = self.pos - newline - 1 if newline >= 0 else self.column_base + self.pos
        self.buffer, self.pos = self.buffer[self.pos:] + block, 0
        if not block:
            self.eof = True
        return bool(block)

    def _advance(self, end: int) -> None:
        self.line += self.buffer.count("\n", self.pos, end)
        self.pos = end

    def peek(self) -> str:
        """The next character that is not white space ("" at the end of the file), without consuming it."""
        while True:
            match = self._SPACE.match(self.buffer, self.pos)
            self._advance(match.end() if match else self.pos)
            if self.pos < len(self.buffer):
                return self.buffer[self.pos]
            if not self._more():
                return ""

    def take(self, char: str, expecting: str) -> None:
        if self.peek() != char:
            raise self.error(expecting)
        self._advance(self.pos + 1)

    def value(self) -> Any:
        """The JSON value at the current position; the buffer grows until it holds all of it."""
        self.peek()
        while True:
            try:
                value, end = self.decoder.raw_decode(self.buffer, self.pos)
            except json.JSONDecodeError as exc:
                # the value may be cut by the block's end: an error close to the end of the text read so far, or
                # an unterminated string (which may end in the next block wherever it started), reads on
                cut = exc.pos + _LOOKAHEAD > len(self.buffer) or exc.msg.startswith("Unterminated string")
                if self.eof or not cut or len(self.buffer) - self.pos > MAX_MESSAGE_CHARS:
                    raise self.error(exc.msg, exc.pos) from None
                self._more()  # moves the buffer: the error, if it stands, is raised from the next attempt
                continue
            if end >= len(self.buffer) and self._more():
                continue  # a number at the block's end may go on in the next
            self._advance(end)
            return value

    def error(self, message: str, at: int | None = None) -> InputError:
        at = self.pos if at is None else at
        line = self.line + self.buffer.count("\n", self.pos, at)
        newline = self.buffer.rfind("\n", 0, at)
        column = at - newline if newline >= 0 else self.column_base + at + 1
        return InputError(f"not valid JSON: {message} (column {column})", Where(str(self.path), line),
                          hint="a Telegram Desktop export is one JSON object with a messages list")


def _not_export(path: Path) -> InputError:
    return InputError("not a Telegram export: expected an object with a messages list", Where(str(path), 1),
                      hint="export the channel from Telegram Desktop as JSON (result.json)")


def _export_messages(path: Path, header: dict[str, Any] | None) -> Iterator[tuple[Any, int]]:
    """Each message of the export with the line it starts on; the other fields of the top-level object go into
    ``header`` (when given). Any JSON error raises, naming the line."""
    with _open_text(path) as handle:
        text = _JsonText(path, handle)
        first = text.peek()
        if first != "{":
            if first in ("[", ""):
                raise _not_export(path) if first else text.error("Expecting value")
            text.value()  # a JSON error, or a value that is not an object
            raise _not_export(path)
        text.take("{", "Expecting value")
        found = False
        if text.peek() != "}":
            while True:
                if text.peek() != '"':
                    raise text.error("Expecting property name enclosed in double quotes")
                key = text.value()
                text.take(":", "Expecting ':' delimiter")
                if key == "messages" and text.peek() == "[":
                    found = True
                    text.take("[", "Expecting value")
                    if text.peek() == "]":
                        text.take("]", "Expecting value")
                    else:
                        while True:
                            text.peek()  # the line of the message's own first character
                            line = text.line
                            yield text.value(), line
                            if text.peek() == "]":
                                text.take("]", "Expecting value")
                                break
                            text.take(",", "Expecting ',' delimiter")
                elif header is not None:
                    header[key] = text.value()
                else:
                    text.value()
                if text.peek() == "}":
                    break
                text.take(",", "Expecting ',' delimiter")
        text.take("}", "Expecting ',' delimiter")
        if text.peek():
            raise text.error("Extra data")
        if not found:
            raise _not_export(path)


def _export_header(path: Path) -> dict[str, Any]:
    """The export's own fields (name, id, username, ...), wherever they stand: the file is read through once,
    its JSON checked whole and its messages decoded and dropped one by one, before any message is read. Telegram
    Desktop writes these fields before the messages, but another tool may not."""
    header: dict[str, Any] = {}
    for _ in _export_messages(path, header):
        pass
    return header


def stream_telegram_export(path: Path, *, tz: str | None = None) -> PostStream:
    """Messages of a Telegram Desktop export (``result.json`` of one channel or chat), read as they are
    iterated: the whole file is never held, only one block of it and the message being read."""
    header = _export_header(path)  # raises on any JSON error before a message is read
    channel = str(header.get("name") or path.parent.name or path.stem)
    stream = PostStream(posts=iter(()), source=channel)
    stream.posts = _telegram_posts(path, header, channel, stream.skipped, tz)
    return stream


# message ids written in decimal below this are held as one bit each (:class:`SeenIds`): the bitmap takes
# at most 16 MB
BITMAP_IDS = 1 << 27


class SeenIds:
    """The ids of a file's posts seen so far, to refuse a repeated one. An id written as a plain decimal
    number (``"1234"``, no sign or leading zero) below :data:`BITMAP_IDS` is one bit of a bitmap as long as the
    largest such id (Telegram numbers a channel's messages 1, 2, 3, …: a million posts take 125 KB, not the
    ~100 MB of a set of strings); any other id is kept as it is."""

    def __init__(self) -> None:
        self._bits = bytearray()
        self._others: set[str] = set()

    def add(self, item: str) -> bool:
        """Record ``item``; False when it was seen before."""
        if item.isascii() and item.isdigit() and (item == "0" or item[0] != "0") and len(item) <= 9 \
                and (number := int(item)) < BITMAP_IDS:
            byte, bit = divmod(number, 8)
            if byte >= len(self._bits):
                self._bits.extend(bytes(max(byte + 1 - len(self._bits), len(self._bits))))
            if self._bits[byte] >> bit & 1:
                return False
            self._bits[byte] |= 1 << bit
            return True
        if item in self._others:
            return False
        self._others.add(item)
        return True


def _telegram_posts(path: Path, header: dict[str, Any], channel: str, skipped: list[tuple[str, str, int | None]],
                    tz: str | None) -> Iterator[Post]:
    slug = re.sub(r"\W+", "-", str(header.get("id") or channel)).strip("-") or "telegram"
    username = header.get("username")
    aligned = _party(channel)
    seen = SeenIds()
    for number, (message, line) in enumerate(_export_messages(path, None)):
        where = Where(str(path), line, f"messages[{number}]")
        if not isinstance(message, dict):
            raise InputError("a message is not a JSON object", where)
        message_id = str(message.get("id", number))
        if not seen.add(message_id):
            raise InputError(f"message id {message_id} appears twice", Where(str(path), line, "id"))
        kind = message.get("type", "message")
        if kind != "message":
            action = message.get("action")
            skipped.append((f"{slug}-{message_id}", f"service message{f' ({action})' if action else ''}", line))
            continue
        body = _message_text(message.get("text"), Where(str(path), line, "text"))
        if not body.strip():
            media = "photo" if message.get("photo") else message.get("media_type") or (
                "file" if message.get("file") else None)
            skipped.append((f"{slug}-{message_id}", f"{media} without text" if media else "empty post (no text)",
                            line))
            continue
        published = _message_time(message, where, tz)
        provenance: dict[str, Any] = {"file": str(path), "message_id": message.get("id"), "line": line}
        if message.get("forwarded_from"):
            provenance["forwarded_from"] = str(message["forwarded_from"])
        yield Post(
            id=f"{slug}-{message_id}", text=body, published_at=published, source=channel,
            url=f"https://t.me/{username}/{message_id}" if isinstance(username, str) else None,
            aligned_with=aligned, source_kind="official" if aligned else "social", provenance=provenance,
        )


def read_telegram_export(path: Path, *, tz: str | None = None) -> PostFile:
    """Messages of a Telegram Desktop export, all of them at once (:func:`stream_telegram_export` reads them as
    they are needed)."""
    return stream_telegram_export(path, tz=tz).collect()


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
    """Posts from a CSV, all of them at once (:func:`stream_posts_csv` reads them as they are needed)."""
    return stream_posts_csv(path, columns).collect()


def stream_posts_csv(path: Path, columns: PostColumns | None = None) -> PostStream:
    """Posts from a CSV, read as they are iterated; ``columns`` maps fields to columns (default: the usual
    column names). The file is opened, and its header checked, when the first post is asked for."""
    source = columns.source_name if columns and columns.source_name else path.stem
    stream = PostStream(posts=iter(()), source=source)
    stream.posts = _csv_posts(path, columns, stream.skipped)
    return stream


def _csv_posts(path: Path, columns: PostColumns | None, skipped: list[tuple[str, str, int | None]]
               ) -> Iterator[Post]:
    with _open_text(path) as handle:
        try:
            yield from _csv_rows(path, csv.reader(handle), columns, skipped)
        except UnicodeDecodeError:
            raise _not_utf8(path) from None


def _csv_rows(path: Path, reader: Any, columns: PostColumns | None, skipped: list[tuple[str, str, int | None]]
              ) -> Iterator[Post]:
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
    seen = SeenIds()
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
            if not seen.add(post_id):
                raise InputError(f"id {post_id!r} appears twice", Where(str(path), line, mapping.id or "id"))
            body = values[mapping.text]
            if not body.strip():
                skipped.append((post_id, "empty post (no text)", line))
                line = end
                continue
            zone = values[mapping.tz_column] if mapping.tz_column and values[mapping.tz_column] else mapping.tz
            published = parse_post_time(values[mapping.datetime], zone, Where(str(path), line, mapping.datetime)) \
                if mapping.datetime else None
            name = values[mapping.source] if mapping.source and values[mapping.source] else source
            aligned = mapping.aligned_with or _party(name)
            yield Post(
                id=post_id, text=body, published_at=published, source=name,
                url=(values[mapping.url] or None) if mapping.url else None, aligned_with=aligned,
                source_kind="official" if aligned else "social",
                provenance={"file": str(path), "line": line},
            )
            line = end
    except csv.Error as exc:
        raise InputError(f"not a valid CSV row: {exc}", Where(str(path), line + 1)) from exc
