"""The Russian and Ukrainian wording the post extractor reads, compiled once from ``data/lexicon.yaml``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from trucewatch import safe_yaml

_FLAGS = re.IGNORECASE | re.UNICODE


@dataclass(frozen=True)
class Lexicon:
    energy_objects: tuple[tuple[str, re.Pattern[str]], ...]
    energy_not_a_claim: re.Pattern[str]
    attack: re.Pattern[str]
    denial: re.Pattern[str]
    actors: dict[str, re.Pattern[str]]
    enemy: re.Pattern[str]  # "the enemy": the side opposite the writer's
    party_sources: dict[str, re.Pattern[str]]
    weapons: tuple[tuple[str, re.Pattern[str]], ...]
    kinds: tuple[tuple[str, re.Pattern[str]], ...]
    region_names: tuple[tuple[str, re.Pattern[str]], ...]
    airfields: tuple[tuple[str, re.Pattern[str]], ...]  # (region code, name): airfields named after villages
    ports: tuple[tuple[str, re.Pattern[str]], ...]  # (region code, name): sea ports the gazetteer does not place
    city_oblasts: dict[str, str]  # a federal city's code and that of the oblast around it


def _compile(raw: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    return {str(key): re.compile(str(value), _FLAGS | re.MULTILINE) for key, value in raw.items()}


LEXICON_FILE = ("trucewatch.nlp.slavic", "data/lexicon.yaml")  # (package, path): the wording, as data


@lru_cache(maxsize=1)
def raw_lexicon() -> dict[str, Any]:
    """The wording file as loaded, for the readers that compile their own parts of it."""
    text = resources.files(LEXICON_FILE[0]).joinpath(LEXICON_FILE[1]).read_text(encoding="utf-8")
    raw: dict[str, Any] = safe_yaml.load(text, "trucewatch/nlp/slavic/data/lexicon.yaml")
    return raw


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = raw_lexicon()
    return Lexicon(
        energy_objects=tuple((str(entry["category"]), re.compile(str(entry["pattern"]), _FLAGS))
                             for entry in raw["energy_objects"]),
        energy_not_a_claim=re.compile(str(raw["energy_not_a_claim"]), _FLAGS),
        attack=re.compile(str(raw["attack"]), _FLAGS),
        denial=re.compile(str(raw["denial"]), _FLAGS),
        actors=_compile(raw["actors"]),
        enemy=re.compile(str(raw["enemy"]), _FLAGS),
        party_sources=_compile(raw["party_sources"]),
        weapons=tuple(_compile(raw["weapons"]).items()),
        kinds=tuple(_compile(raw["kinds"]).items()),
        region_names=tuple(_compile(raw["region_names"]).items()),
        airfields=tuple((str(entry["region"]), re.compile(str(entry["name"]), re.UNICODE))  # names keep their capital
                        for entry in raw["airfields"]),
        ports=tuple((str(entry["region"]), re.compile(str(entry["name"]), re.UNICODE)) for entry in raw["ports"]),
        city_oblasts={str(city): str(oblast) for city, oblast in raw["city_oblasts"].items()},
    )
