"""Fixtures shared by tests of several packages."""

from __future__ import annotations

from pathlib import Path

import pytest

# two front-line periods: a line along 48.0 N from 36 to 38 E until 2024-05-31, then one along 50.0 N
TWO_PERIOD_LINES = """periods:
  - name: southern line
    from: 2024-01-01
    until: 2024-05-31
    lines:
      - - [a, 48.00, 36.00]
        - [b, 48.00, 38.00]
  - name: northern line
    from: 2024-06-01
    until: null
    lines:
      - - [c, 50.00, 36.00]
        - [d, 50.00, 38.00]
"""


@pytest.fixture
def two_period_lines(tmp_path: Path) -> Path:
    """A front-line file (for ``using_front_lines``) of the two periods of ``TWO_PERIOD_LINES``."""
    path = tmp_path / "lines.yaml"
    path.write_text(TWO_PERIOD_LINES, encoding="utf-8")
    return path
