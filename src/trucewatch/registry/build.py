"""Build the shipped default registry from WRI GPPD files (run by maintainers, not at run time).

    python -m trucewatch.registry.build OUT.csv GPPD_FILE.csv [GPPD_FILE.csv ...]

Keeps the facility fields trucewatch uses (name, category, country, admin1, coordinates, capacity, source
id, licence), in the trucewatch facility CSV format that ``trucewatch facilities import`` reads.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import duckdb

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
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    return len(rows)


if __name__ == "__main__":  # pragma: no cover - maintainer tool
    count = build(Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]])
    sys.stderr.write(f"{count} facilities written to {sys.argv[1]}\n")
