"""When a site the sentence names (a power plant, a works named after its town) yields to the ordinary reading of the
sentence's places: a place named before it (the places a sentence names come in order: "in Kharkiv, the plant …"), or
one named beside it that lies within a given distance of the site (the site's own town, which the ordinary reading
gives: "the Zaporizhzhia nuclear power plant in Enerhodar")."""

from __future__ import annotations

from trucewatch.geo.distance import distance_km
from trucewatch.geo.gazetteer import geocode
from trucewatch.nlp.place_own import day_or_outlet


def gives_way(others: list[tuple[str, tuple[int, int]]], start: int, lat: float, lon: float, km: float) -> bool:
    """Whether a site at (``lat``, ``lon``), mentioned at ``start``, yields to one of ``others`` (the sentence's other
    names with their spans): named before it, or placed by the gazetteer within ``km`` of it. A day, a month or an
    outlet named before it ("said on Thursday that ...") is no place."""
    others = [(name, span) for name, span in others if not day_or_outlet(name)]
    if any(span[0] < start for _name, span in others):
        return True
    return any((town := geocode(name)) is not None and town.lat is not None
               and distance_km(town.lat, town.lon, lat, lon) <= km for name, _span in others)
