"""Every data file of the package is in the wheel: the package-data patterns of pyproject.toml, expanded the
way setuptools expands them (recursive globs relative to the package), cover every file under
src/trucewatch that is not Python source. The admin-1 map outlines once sat in a subfolder the patterns missed:
an installed wheel's dashboard had no regions to draw."""

from __future__ import annotations

import glob
import os
import tomllib
from pathlib import Path

ROOT = Path(__file__).parents[1]
PACKAGE = ROOT / "src" / "trucewatch"


def _shipped() -> set[Path]:
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"]["trucewatch"]
    found: set[Path] = set()
    for pattern in patterns:
        found |= {Path(p) for p in glob.glob(os.path.join(PACKAGE, pattern), recursive=True) if os.path.isfile(p)}
    return found


def test_package_data_patterns_cover_every_data_file() -> None:
    data_files = {path for path in PACKAGE.rglob("*")
                  if path.is_file() and path.suffix not in {".py", ".pyc"} and "__pycache__" not in path.parts}
    missing = sorted(str(path.relative_to(PACKAGE)) for path in data_files - _shipped())
    assert not missing, f"not in the wheel's package data: {missing[:10]}"


def test_the_admin1_outlines_are_among_the_shipped_files() -> None:
    outlines = {path for path in _shipped() if path.parent.name == "admin1"}
    assert len(outlines) > 200
