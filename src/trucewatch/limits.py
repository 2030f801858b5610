"""Input limits: how big, deep or long an input may be before it is refused with a clear message.

One place for every limit (docs/formats.md "Limits" lists them). Each has a default that no real input we
know of comes near; a user with an unusual input raises one through the environment variable named here,
e.g. ``TRUCEWATCH_LIMIT_AGREEMENT_CLAUSES=2000``. The value is read when an input is read, not at import.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields

from trucewatch.errors import UserError

ENV_PREFIX = "TRUCEWATCH_LIMIT_"


@dataclass(frozen=True)
class Limits:
    """The limits in force; :func:`current` reads them (defaults overridden by the environment)."""

    #: bytes of one YAML file (agreements, mappings, actor maps, front lines, source registries)
    yaml_bytes: int = 20_000_000
    #: nodes of one YAML document, each use of an alias counted in full (stops "billion laughs")
    yaml_nodes: int = 1_000_000
    #: nesting depth of one YAML document
    yaml_depth: int = 64
    #: nesting depth of one JSON value (a native report line, a JSON record of the generic format)
    json_depth: int = 32
    #: characters of one text field of a report (its text, a name, a description)
    field_chars: int = 1_000_000
    #: clauses of one agreement
    agreement_clauses: int = 500
    #: readings of one agreement
    agreement_readings: int = 100
    #: earliest year of a report's time (publication or occurrence)
    min_year: int = 1900
    #: latest year of a report's time (publication or occurrence)
    max_year: int = 2200


def env_name(name: str) -> str:
    return ENV_PREFIX + name.upper()


def current() -> Limits:
    """The defaults, each replaced by its ``TRUCEWATCH_LIMIT_*`` environment variable when that is set."""
    values: dict[str, int] = {}
    for item in fields(Limits):
        raw = os.environ.get(env_name(item.name))
        if raw is None or not raw.strip():
            continue
        try:
            value = int(raw.strip().replace("_", ""))
        except ValueError:
            value = -1
        if value < 0:
            raise UserError(f"{env_name(item.name)}={raw!r} is not a whole number ≥ 0",
                            hint=f"unset it to use the default ({getattr(Limits, item.name)})")
        values[item.name] = value
    return Limits(**values)
