"""Which adapter reads a file: the registry of formats and header sniffing.

Each adapter recognises its own format from the first bytes of a file (the header row of a CSV). Sniffing
tries the specific formats first and the generic ones last; ``--format`` overrides it.
"""

from __future__ import annotations

from pathlib import Path

from trucewatch.errors import InputError, Where
from trucewatch.ingest.acled import AcledAdapter
from trucewatch.ingest.airforce import AirForceAdapter
from trucewatch.ingest.base import Adapter
from trucewatch.ingest.generic import GenericAdapter
from trucewatch.ingest.native import NativeAdapter
from trucewatch.ingest.posts import PostsCsvAdapter, TelegramAdapter
from trucewatch.ingest.tabular import read_head
from trucewatch.ingest.text import TextAdapter
from trucewatch.ingest.ucdp import UcdpAdapter

# Sniffing order: specific formats before generic ones. "generic" needs --mapping and is never sniffed.
ADAPTERS: dict[str, Adapter] = {
    "native": NativeAdapter(),
    "acled": AcledAdapter(),
    "ucdp": UcdpAdapter(),
    "airforce": AirForceAdapter(),
    "telegram": TelegramAdapter(),
    "posts": PostsCsvAdapter(),
    "generic": GenericAdapter(),
    "text": TextAdapter(),
}
_NOT_SNIFFED = frozenset({"generic", "text"})


def detect(path: Path) -> str:
    """The name of the adapter whose format ``path`` looks like; InputError when none does."""
    head = read_head(path)
    for name, adapter in ADAPTERS.items():
        if name not in _NOT_SNIFFED and adapter.sniff(path, head):
            return name
    first = head.splitlines()[0][:120] if head else ""
    raise InputError(
        f"cannot tell the format of this file (first line: {first!r})",
        Where(str(path), 1),
        hint="pass --format (one of: " + ", ".join(sorted(ADAPTERS)) + "); for other CSV or JSON files "
        "use --format generic --mapping MAPPING.yaml (see docs/formats.md)",
    )
