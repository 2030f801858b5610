"""Write the gazetteer places whose region their neighbours contradict, with the region those neighbours agree on,
to src/trucewatch/geo/data/admin1_repairs.tsv.gz (a maintainer's tool; nothing is downloaded; see
trucewatch.geo.point_repairs). Run it again after scripts/build-gazetteer.py.

    python scripts/build-admin1-repairs.py [--out PATH]

Reads the gazetteer as shipped, without the repairs already written, and prints each repair.
"""

from __future__ import annotations

import argparse
import gzip
from pathlib import Path

from trucewatch.geo import gazetteer
from trucewatch.geo.point_repairs import misplaced

OUT = Path(__file__).resolve().parents[1] / "src" / "trucewatch" / "geo" / "data" / gazetteer.REPAIRS_FILE
CREDIT = ("# Derived from gazetteer.tsv.gz (GeoNames, CC BY 4.0; see ATTRIBUTION.md): places whose region their "
          "neighbours contradict")
HEADER = ("id", "name", "coded_admin1", "country", "admin1", "raion", "own_km")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    places = gazetteer.unrepaired_places()
    repairs = misplaced(places)
    lines = [CREDIT, "\t".join(HEADER)]
    for repair in repairs:
        lines.append("\t".join((repair.id, repair.name, repair.coded_admin1, repair.country, repair.admin1,
                                repair.raion or "", f"{repair.own_km:g}")))
        print(f"{repair.name} ({repair.id}): {repair.coded_admin1} -> {repair.country} {repair.admin1} "
              f"{repair.raion or ''} (nearest place of {repair.coded_admin1}: {repair.own_km:g} km)")
    args.out.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    print(f"{len(repairs)} repairs of {len(places):,} places -> {args.out}")


if __name__ == "__main__":
    main()
