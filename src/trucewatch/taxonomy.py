"""The target taxonomy: dotted codes. Extend, never rename (other tools key on these codes).

A report's category may be any node, leaf or not: ``energy.transmission`` when the kind of grid asset is
unknown, ``energy`` when only "an energy facility" is known, ``unknown`` when nothing is known.
"""

from __future__ import annotations

from functools import lru_cache

_TREE: dict[str, tuple[str, ...]] = {
    "energy.generation": ("thermal", "chp", "hydro", "nuclear", "solar", "wind", "other"),
    "energy.transmission": ("substation", "line", "transformer", "distribution"),
    "energy.oil": ("refinery", "pipeline", "storage", "pumping_station"),
    "energy.gas": ("production", "pipeline", "storage", "metering", "compressor"),
    "infrastructure": (
        "rail", "bridge", "port", "airport", "water", "heating", "telecom", "industrial",
        # extension: commercial shipping (vessels at sea), for maritime arrangements
        "shipping",
    ),
    "civilian": (
        "residential", "health", "education", "commercial", "religious", "administrative", "agriculture",
    ),
    "military": (
        "base", "equipment", "personnel", "fuel_depot", "airfield", "defence_industry",
        # extension: warships and naval bases
        "naval",
    ),
}

UNKNOWN = "unknown"


@lru_cache(maxsize=1)
def all_codes() -> frozenset[str]:
    """Every valid code, inner nodes included."""
    codes: set[str] = {UNKNOWN}
    for parent, leaves in _TREE.items():
        parts = parent.split(".")
        for i in range(1, len(parts) + 1):
            codes.add(".".join(parts[:i]))
        codes.update(f"{parent}.{leaf}" for leaf in leaves)
    return frozenset(codes)


def is_code(code: str) -> bool:
    return code in all_codes()


# The "at or below" rule, the one place it is written: in Python (``within``, ``below``) and as SQL over two
# SQL expressions (``within_sql``, ``below_sql``) for set-based queries (scopes, candidate facilities,
# resolution).
def below(code: str, prefix: str) -> bool:
    """True if ``code`` lies strictly below ``prefix`` (``energy.oil.refinery`` below ``energy``)."""
    return code.startswith(prefix + ".")


def within(code: str, prefix: str) -> bool:
    """True if ``code`` is ``prefix`` or lies below it."""
    return code == prefix or below(code, prefix)


def below_sql(code: str, prefix: str) -> str:
    """SQL: ``code`` lies strictly below ``prefix`` (both SQL expressions)."""
    return f"starts_with({code}, {prefix} || '.')"


def within_sql(code: str, prefix: str) -> str:
    """SQL: ``code`` is ``prefix`` or lies below it (both SQL expressions)."""
    return f"({code} = {prefix} OR {below_sql(code, prefix)})"


def leaves() -> list[str]:
    codes = all_codes()
    return sorted(c for c in codes if not any(below(o, c) for o in codes))


def suggest(code: str) -> str | None:
    """A close valid code for a misspelt one, for error messages."""
    import difflib

    matches = difflib.get_close_matches(code, sorted(all_codes()), n=1, cutoff=0.6)
    return matches[0] if matches else None


# Label used in human-readable reasons.
def label(code: str | None) -> str:
    if not code or code == UNKNOWN:
        return "unknown target"
    return code
