"""The fixed split of every development set into a tuning half and a check half."""

from __future__ import annotations

import hashlib

from trucewatch.errors import InputError, Where

HALVES = ("tuning", "check")


def half_of(row_id: str) -> str:
    """The fixed half a row belongs to: ``tuning`` (rules may be developed on it) or ``check`` (only
    scored). From a hash of the row's id, so that the split does not depend on row order."""
    digest = hashlib.sha1(f"trucewatch-split:{row_id}".encode()).digest()
    return HALVES[digest[0] & 1]


def check_half(half: str | None) -> None:
    """Raise InputError (field ``half``) unless ``half`` is None (all rows) or one of ``HALVES``."""
    if half is not None and half not in HALVES:
        raise InputError(f"unknown half {half!r}: use one of {', '.join(HALVES)}", Where(field="half"))
