"""Build the shipped default registry from WRI GPPD files (run by maintainers, not at run time).

    python -m trucewatch.registry.build OUT.csv GPPD_FILE.csv [GPPD_FILE.csv ...]

Keeps the facility fields trucewatch uses (name, category, country, admin1, coordinates, capacity, source
id, licence), in the trucewatch facility CSV format that ``trucewatch facilities import`` reads.
"""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb

from trucewatch.csv_writer import csv_text
from trucewatch.files import write_text_atomically
from trucewatch.registry.facilities import import_facilities
from trucewatch.store.schema import MIGRATIONS

COLUMNS = ("id", "name", "category", "country", "admin1_code", "lat", "lon", "capacity_mw", "source",
           "source_id", "licence")


def build(out: Path, sources: list[Path]) -> int:
    con = duckdb.connect()
    for _, ddl in MIGRATIONS:
        con.execute(ddl)
    for source in sources:
        import_facilities(con, source, strict=True)
    rows = con.execute(f"SELECT {', '.join(COLUMNS)} FROM facilities ORDER BY country, id").fetchall()
    write_text_atomically(out, csv_text((dict(zip(COLUMNS, row, strict=True)) for row in rows), COLUMNS))
    return len(rows)


if __name__ == "__main__":  # pragma: no cover - maintainer tool
    count = build(Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]])
    sys.stderr.write(f"{count} facilities written to {sys.argv[1]}\n")
