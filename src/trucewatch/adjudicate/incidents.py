"""Incidents from reports: grouped by ``trucewatch.resolve``, graded on the published evidence scale.

Reports of the same event (time, place, target, weapon, acting party and, where installed, text; see
docs/corroboration.md) and reports linked by ``relates_to`` form one incident; analysts' merge, split and
discount overrides are applied on every rebuild. Tallies (``aggregate``) never become incidents.

Each incident takes its facts from its primary report (one that answers no other report, is not a denial,
and says the most about the target and place), filling gaps from its other claims. A group of denials
alone (answering a report not in the store, or a tally) is a statement, not an incident. When its claims
name different targets, ``target_claims`` keeps who says what (adjudication judges each). Evidence grade:

- ``discounted``    an analyst discounted it, with a reason;
- ``acknowledged``  the acting party itself acknowledged it;
- ``contested``     a denial, or competing attributions of the act;
- ``corroborated``  at least two independent origins, at least one not aligned with the claimant;
- ``single_source`` otherwise.

``grouping`` (JSON) says why the reports were grouped (the links with their per-key scores), why a lone
report stayed alone, and where each claim comes from (origins and repeats).
"""

from __future__ import annotations

from importlib import resources
from string import Template

import duckdb

from trucewatch.resolve import RESOLUTION, ResolveSettings, drop_work_tables, resolve_groups
from trucewatch.resolve.pairs import KEYS_JSON


def _sql(name: str) -> str:
    """A statement kept beside this module (``adjudicate/<name>.sql``), without its leading comment lines
    (they say what it is for; comments inside the statement stay)."""
    lines = resources.files(__package__).joinpath(f"{name}.sql").read_text(encoding="utf-8").splitlines(keepends=True)
    while lines and lines[0].startswith("--"):
        lines.pop(0)
    return "\n" + "".join(lines)


# each incident's primary report (TEMP TABLE _inc_m), then the incidents themselves
_PRIMARY_SQL = _sql("incidents_primary")
_INCIDENTS_SQL = _sql("incidents")


def _from_resolution(sql: str) -> str:
    """``sql`` with its inputs from resolution (``${members}`` …) named by the resolve stage's declared
    tables (``resolve.RESOLUTION``), as a dbt model names its inputs with ``ref()``."""
    return Template(sql).substitute(RESOLUTION.names())


def _run_in_steps(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    """Run an ``INSERT … WITH a AS (…), b AS (…) SELECT …`` one named step at a time: each step becomes a TEMP
    table of the same name (dropped at the end), so the store holds one step's working memory at a time and
    spills the rest as tables, instead of planning every aggregate of the statement at once."""
    head, _, rest = sql.partition("\nWITH ")
    steps: list[tuple[str, str]] = []
    position = 0
    while True:
        name, _, after = rest[position:].partition(" AS (")
        depth, index = 1, 0
        while depth:
            char = after[index]
            depth += (char == "(") - (char == ")")
            index += 1
        steps.append((name.strip().lstrip(","), after[:index - 1]))
        tail = after[index:]
        position = len(rest) - len(tail)
        if not tail.lstrip().startswith(","):
            final = tail
            break
        position = len(rest) - len(tail.lstrip()[1:].lstrip())
    try:
        for name, body in steps:
            con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS {body}")
        con.execute(head + "\n" + final)
    finally:
        for name, _ in steps:
            con.execute(f"DROP TABLE IF EXISTS {name}")


def build_incidents(
    con: duckdb.DuckDBPyConnection, settings: ResolveSettings | None = None, scope: str | None = None, *,
    resolved: bool = False,
) -> int:
    """Rebuild ``incidents`` and ``incident_reports`` from ``reports``. Call inside a transaction.

    With ``scope`` (SQL giving report ids, closed under grouping: see ``adjudicate.incremental``), only the
    incidents of those reports are built, and the caller has deleted the ones they replace. Returns the
    number of incidents built. ``resolved``: the resolution work tables of that scope are already there."""
    if scope is None:
        con.execute("DELETE FROM incident_reports")
        con.execute("DELETE FROM incidents")
    before = _count(con)
    try:
        if not resolved:
            resolve_groups(con, settings, scope=scope)
        con.execute(_from_resolution(_PRIMARY_SQL))
        _run_in_steps(con, _from_resolution(_INCIDENTS_SQL).replace("{keys}", KEYS_JSON))
        con.execute(
            """INSERT INTO incident_reports
               SELECT 'inc:' || p.id, m.id, CASE WHEN m.rank = 1 THEN 'primary' ELSE 'related' END
               FROM _inc_m m JOIN _inc_m p ON p.grp = m.grp AND p.rank = 1"""
        )
    finally:
        con.execute("DROP TABLE IF EXISTS _inc_m")
        drop_work_tables(con)
    return _count(con) - before


def _count(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute("SELECT count(*) FROM incidents").fetchone()
    return int(row[0]) if row else 0

