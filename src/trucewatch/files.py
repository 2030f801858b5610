"""Writing output files so that they are never half-written."""

from __future__ import annotations

import os
import re
import stat
import tempfile
import threading
from collections.abc import Iterable
from pathlib import Path

_UMASK_LOCK = threading.Lock()


def write_text_atomically(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8, newlines as given) to ``path`` through a temporary file in the same folder,
    renamed into place: a reader sees the old file or the whole new one, and a failure leaves no temp file."""
    write_chunks_atomically(path, (text,))


def write_chunks_atomically(path: Path, chunks: Iterable[str]) -> None:
    """:func:`write_text_atomically` for text produced piece by piece (an export of millions of rows): the
    pieces are written as they come, and the file appears only once the last is written."""
    mode = _mode_for(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            for chunk in chunks:
                handle.write(chunk)
        os.chmod(tmp, mode)  # the temporary file is private (0600); the output is not
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    """The permissions the written file gets: those of the file it replaces, else what ``open`` would give a new
    file (0666 less the process's umask)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """The process's umask: read from /proc where the system has it, else set and restored (under a lock)."""
    try:
        found = re.search(r"^Umask:\s*([0-7]+)", Path("/proc/self/status").read_text(), re.MULTILINE)
    except OSError:
        found = None
    if found:
        return int(found.group(1), 8)
    with _UMASK_LOCK:
        current = os.umask(0o022)
        os.umask(current)
    return current
