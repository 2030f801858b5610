"""Actor names of conflict-event datasets → party ids, through an editable YAML mapping.

The shipped defaults live in ``trucewatch/data/actor_maps/default.yaml``; a user's file (``--mapping``) adds
to them or replaces them. The mapping becomes a small DuckDB table so that resolving a million actor names
is one join, not a Python loop.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from trucewatch import safe_yaml
from trucewatch.errors import InputError, Where
from trucewatch.store.bulk import insert_rows

_KEYS = {"version", "parties", "replace_defaults"}
_PARTY_KEYS = {"exact", "prefixes"}


@dataclass(frozen=True)
class ActorRule:
    party: str
    pattern: str  # lower case
    exact: bool


def default_map_text() -> str:
    return resources.files("trucewatch").joinpath("data/actor_maps/default.yaml").read_text("utf-8")


def parse_actor_map(text: str, source: str) -> tuple[list[ActorRule], bool]:
    """Rules from a mapping document and whether it replaces the defaults. InputError on bad structure."""
    doc = safe_yaml.load(text, source)
    if not isinstance(doc, dict):
        raise InputError("an actor map must be a mapping with a 'parties' key", Where(source, 1))
    return rules_from_section(doc, source, allowed=_KEYS)


def rules_from_section(
    doc: dict[str, Any], source: str, *, allowed: set[str] | None = None, path: str = ""
) -> tuple[list[ActorRule], bool]:
    if allowed is not None:
        unknown = sorted(set(doc) - allowed)
        if unknown:
            raise InputError(
                f"unknown key(s) {', '.join(unknown)}", Where(source, None, path + unknown[0]),
                hint=f"allowed: {', '.join(sorted(allowed))}",
            )
    parties = doc.get("parties")
    if not isinstance(parties, dict) or not parties:
        raise InputError("'parties' must map party ids to name lists", Where(source, None, path + "parties"))
    rules: list[ActorRule] = []
    for party, spec in parties.items():
        where = f"{path}parties.{party}"
        if not isinstance(party, str) or not party.strip():
            raise InputError("a party id must be a non-empty string", Where(source, None, where))
        if not isinstance(spec, dict) or not spec or set(spec) - _PARTY_KEYS:
            raise InputError(
                "each party needs 'exact' and/or 'prefixes' lists of actor names", Where(source, None, where)
            )
        for key in ("exact", "prefixes"):
            names = spec.get(key) or []
            if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
                raise InputError(f"'{key}' must be a list of names", Where(source, None, f"{where}.{key}"))
            rules.extend(ActorRule(party, n.strip().lower(), key == "exact") for n in names)
    replace = bool(doc.get("replace_defaults", False))
    return rules, replace


def load_actor_rules(mapping: str | Path | None, user_rules: list[ActorRule] | None = None) -> list[ActorRule]:
    """Default rules, plus (or replaced by) those of a mapping file; user rules win on the same name."""
    defaults, _ = parse_actor_map(default_map_text(), "trucewatch/data/actor_maps/default.yaml")
    extra: list[ActorRule] = list(user_rules or [])
    replace = False
    if mapping is not None:
        path = Path(mapping)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot read mapping file: {exc.strerror or exc}", Where(str(path))) from exc
        extra_rules, replace = parse_actor_map(text, str(path))
        extra.extend(extra_rules)
    if replace:
        return extra
    overridden = {(r.pattern, r.exact) for r in extra}
    return extra + [r for r in defaults if (r.pattern, r.exact) not in overridden]


def create_actor_table(
    con: duckdb.DuckDBPyConnection, rules: list[ActorRule], table: str = "_tw_actor_rules"
) -> str:
    """TEMP TABLE (pattern, exact, party, priority); earlier rules win over later ones."""
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {table} (pattern VARCHAR, exact BOOLEAN, party VARCHAR, "
        "priority INTEGER)"
    )
    insert_rows(con, table, ("pattern", "exact", "party", "priority"),
                [(r.pattern, r.exact, r.party, i) for i, r in enumerate(rules)])
    return table


def resolve_actors_sql(names_sql: str, table: str = "_tw_actor_rules") -> str:
    """SQL selecting (name, party) for the distinct names of ``names_sql`` (a query with column ``name``).

    An exact rule beats a prefix; a longer prefix beats a shorter; then file order.
    """
    return (
        f"SELECT name, party FROM (SELECT n.name, r.party, row_number() OVER (PARTITION BY n.name "
        f"ORDER BY r.exact DESC, length(r.pattern) DESC, r.priority) AS rank "
        f"FROM (SELECT DISTINCT name FROM ({names_sql}) WHERE name IS NOT NULL) n JOIN {table} r "
        f"ON (r.exact AND lower(trim(n.name)) = r.pattern) "
        f"OR (NOT r.exact AND starts_with(lower(trim(n.name)), r.pattern))) WHERE rank = 1"
    )
