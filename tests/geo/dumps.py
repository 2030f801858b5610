"""GeoNames-style dump files for the build's readers: tab-separated lines, as a plain text file or zipped with
a readme beside it, as GeoNames ships them."""

from __future__ import annotations

import zipfile
from pathlib import Path


def write_dump(tmp_path: Path, country: str, lines: list[str], zipped: bool = False, readme: str = "GeoNames"
               ) -> Path:
    """``lines`` as ``{country}.txt`` in ``tmp_path``, or inside ``{country}.zip`` when ``zipped``."""
    text = "\n".join(lines) + "\n"
    if not zipped:
        path = tmp_path / f"{country}.txt"
        path.write_text(text, encoding="utf-8")
        return path
    path = tmp_path / f"{country}.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{country}.txt", text)
        archive.writestr("readme.txt", readme)
    return path
