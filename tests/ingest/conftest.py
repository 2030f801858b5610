"""Shared fixtures for the ingest tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from trucewatch.store import Store


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    """A fresh, empty store (schema only) for one test."""
    with Store(tmp_path / "t.duckdb") as opened:
        yield opened
