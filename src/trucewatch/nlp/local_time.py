""""At about 3:30 a.m. local time" said of a place whose clocks differ from the zone the time was first read in
(Samara keeps UTC+4, the reading of a Russian claim Moscow time): the time is read again in the zone of the
place the sentence names, once the place is known. Zones: ``geo/data/region_time_zones.yaml``."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

from trucewatch import safe_yaml
from trucewatch.nlp.pipeline import ArticleState, component
from trucewatch.nlp.timex import resolve_time

_LOCAL = re.compile(r"\blocal\s+time\b", re.IGNORECASE)


@cache
def _zones() -> tuple[dict[str, str], dict[str, str]]:
    text = resources.files("trucewatch").joinpath("geo/data/region_time_zones.yaml").read_text("utf-8")
    data = safe_yaml.load(text, "trucewatch/geo/data/region_time_zones.yaml")
    return dict(data["countries"]), dict(data["regions"])


def zone_of_place(location: Any) -> str | None:
    """The IANA zone of a frame's location (a dict of the place component), if its region or country says."""
    if not isinstance(location, dict):
        return None
    countries, regions = _zones()
    admin1, country = location.get("admin1_code"), location.get("country")
    return regions.get(str(admin1)) or countries.get(str(country))


@component("trucewatch.local_time.v1", reads=("frames.occurred", "frames.location", "published_at", "anchors"),
           writes=("frames.occurred",))
def local_time(state: ArticleState) -> None:
    """Read a sentence's "local time" again in the zone of the place it names, when that differs."""
    for frame in state.frames:
        if not _LOCAL.search(frame.sentence):
            continue
        zone = zone_of_place(frame.values.get("location"))
        occurred = frame.values.get("occurred")
        if zone is None or occurred is None or getattr(occurred, "tz", None) == zone:
            continue
        resolved = resolve_time(frame.sentence, state.article.published_at, tz=zone, anchors=state.anchors,
                                context_date=state.context_date)
        if resolved is not None:
            frame.put("occurred", resolved, resolved.span)
