"""Sites that are no settlement, found by the words of their names: airfields (:mod:`trucewatch.geo.airfields`) and
islands, spits and peninsulas (:mod:`trucewatch.geo.coast`).

A site's names and alternates are indexed by a key (the name without the words that say what kind of site it is,
which each kind of site defines) and by the key's consonant skeleton, which absorbs transliteration variants. A
lookup tries the key, then the skeleton; several sites answering one name are one answer only when they lie close
together (the first, its precision widened to cover the others), and none when they lie farther apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from trucewatch.geo.distance import distance_km
from trucewatch.geo.gazetteer import MATCHED_BY, GeoMatch
from trucewatch.geo.translit import match_keys, skeleton


@dataclass(frozen=True)
class Site:
    id: str
    name: str
    lat: float
    lon: float
    admin1: str
    country: str
    source: str
    kind: str = ""  # what the table says the site is (a GeoNames feature code), where it says


class SiteIndex:
    """Sites by the keys of their names (``key``: a name without its kind words); skeletons only for keys of at
    least ``skeleton_min`` letters."""

    def __init__(self, sites: Iterable[tuple[Site, Iterable[str]]], key: Callable[[str], str],
                 skeleton_min: int = 3) -> None:
        self.sites: list[Site] = []
        self.key = key
        self.skeleton_min = skeleton_min
        self._keys: dict[str, list[int]] = {}
        self._skeletons: dict[str, list[int]] = {}
        for number, (site, names) in enumerate(sites):
            self.sites.append(site)
            for each in dict.fromkeys((site.name, *names)):
                own = key(each)
                if len(own) < 3:
                    continue
                for variant in match_keys(own):
                    self._keys.setdefault(variant, []).append(number)
                if len(own) >= skeleton_min:
                    self._skeletons.setdefault(skeleton(own), []).append(number)

    def find(self, name: str, same_km: float, precision: Callable[[Site], float],
             keep: Callable[[Site], bool] = lambda site: True) -> GeoMatch | None:
        """The site ``name`` means among those ``keep`` allows, or None when none, or several more than ``same_km``
        apart, bear it; ``precision``: how far a site reaches from its point."""
        key = self.key(name)
        if len(key) < 3:
            return None
        stages = [(MATCHED_BY[0], {n for k in match_keys(key) for n in self._keys.get(k, ())})]
        if len(key) >= self.skeleton_min:
            stages.append((MATCHED_BY[2], set(self._skeletons.get(skeleton(key), ()))))
        for stage, found in stages:
            chosen = [self.sites[n] for n in sorted(found) if keep(self.sites[n])]
            if chosen:
                return one_site(chosen, same_km, precision, stage)
        return None


def one_site(chosen: list[Site], same_km: float, precision: Callable[[Site], float],
             matched_by: str) -> GeoMatch | None:
    """The first of the sites a name was found to mean, its precision widened to cover the others, or None when
    they lie more than ``same_km`` apart (several sites, not one); ``precision``: how far a site reaches."""
    first = chosen[0]
    spread = max(distance_km(first.lat, first.lon, other.lat, other.lon) for other in chosen)
    if spread > same_km:
        return None
    return GeoMatch(name=first.name, lat=first.lat, lon=first.lon, admin1_code=first.admin1 or None,
                    country=first.country, precision_km=precision(first) + spread, source=first.source,
                    candidates=len(chosen), matched_by=matched_by, id=first.id)
