"""What the tests of the UCDP measures (scripts/measure_ucdp_*.py) share: loading a script as a module, ids of
one half of the split, and writing a small CSV of rows for a test."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path
from types import ModuleType

from trucewatch.nlp.split import half_of

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def load_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ids_of_half(half: str, count: int) -> list[str]:
    return [str(n) for n in range(1000, 5000) if half_of(str(n)) == half][:count]


def write_rows(path: Path, fields: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
