"""Writing output files so that they are never half-written."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def write_text_atomically(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8, newlines as given) to ``path`` through a temporary file in the same folder,
    renamed into place: a reader sees the old file or the whole new one, and a failure leaves no temp file."""
    write_chunks_atomically(path, (text,))


def write_chunks_atomically(path: Path, chunks: Iterable[str]) -> None:
    """:func:`write_text_atomically` for text produced piece by piece (an export of millions of rows): the
    pieces are written as they come, and the file appears only once the last is written."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            for chunk in chunks:
                handle.write(chunk)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
