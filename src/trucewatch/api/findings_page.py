"""One page of findings without ordering them all.

The findings' order begins with the agreement, clause and reading (``api.findings.ORDER``), so a page is read
clause reading by clause reading: the matching findings of each are counted first (without a verdict filter,
as the incidents within its reach: every clause reading in one scan of the incidents), and only the one or
two clause readings the page falls in are ordered and judged. Ordering every pair of every reading to take one
page read them all: 21 s at a million incidents with no filter, and out of the store's memory for a page deep
in them (docs/dashboard.md).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from trucewatch.api.filters import Filters, findings_where, incident_where
from trucewatch.api.findings import Finding, findings_from, select_findings
from trucewatch.api.reach import pair_within, reaches

# clause readings the page falls in are read in one query when they hold at most this many findings together;
# ordering two of a million incidents' clause readings at once to reach a page deep in them ran out of the
# store's memory, one at a time did not
ONE_QUERY_PAIRS = 50_000


def count_of_findings(con: Any, filters: Filters) -> int:
    """How many findings match ``filters`` (within reach unless ``everything``)."""
    return sum(n for _, _, n in _parts(con, filters))


def page_of_findings(con: Any, filters: Filters, *, limit: int, offset: int) -> tuple[int, list[Finding]]:
    """How many findings match ``filters`` (within reach unless ``everything``), and the ``limit`` of them
    from ``offset`` in the fixed order."""
    parts = _parts(con, filters)
    total = sum(n for _, _, n in parts)
    # the clause readings the page falls in (contiguous in the order), and how far into the first it begins
    skip, spanned, seen = offset, [], 0
    for where, params, n in parts:
        if seen >= offset + limit:
            break
        if seen + n > offset:
            spanned.append((where, params, n))
        else:
            skip -= n
        seen += n
    if not spanned or limit <= 0:
        return total, []
    if sum(n for _, _, n in spanned) <= ONE_QUERY_PAIRS:  # a few small ones: one query (each costs a scan)
        where = ["(" + " OR ".join(f"({' AND '.join(w)})" for w, _, _ in spanned) + ")"]
        params = [value for _, values, _ in spanned for value in values]
        return total, select_findings(con, where, params, verdicts=filters.verdicts, limit=limit, offset=skip)
    items: list[Finding] = []
    for where, params, _ in spanned:  # large ones one by one: the store orders one clause reading at a time
        items += select_findings(con, where, params, verdicts=filters.verdicts, limit=limit - len(items),
                                 offset=skip)
        skip = 0
    return total, items


def _parts(con: Any, filters: Filters) -> list[tuple[list[str], list[Any], int]]:
    """The conditions (and parameters) of the findings each clause reading contributes under ``filters``, in
    the findings' order, with how many there are; clause readings without any are left out."""
    reach = reaches(con, agreement=filters.agreement, reading=filters.reading, clause=filters.clause)
    if filters.everything:
        reach = [replace(r, condition="TRUE") for r in reach]
    compiled = {(r.agreement_id, r.clause_id, r.reading_id): r.condition for r in reach}
    if filters.verdicts and "not_covered" not in filters.verdicts:  # stored findings only: counted as they are
        where, params = findings_where(filters)
        if not filters.everything:
            where.append(pair_within(reach))
        counts = {(a, c, r): int(n) for a, c, r, n in con.execute(
            f"SELECT f.agreement_id, f.clause_id, f.reading_id, count(*) {findings_from(filters.verdicts)} "
            f"WHERE {' AND '.join(where) or 'TRUE'} GROUP BY ALL", params).fetchall()}
    else:
        # every assessed prohibition clause reading pairs with every incident within its reach (one scan);
        # with verdicts, its stored findings there (never not_covered) are taken out and those asked for put back
        assessed = {r[0] for r in con.execute("SELECT agreement_id FROM assessed_agreements").fetchall()}
        keys = [k for k in compiled if k[0] in assessed]
        if not keys:
            return []
        i_where, i_params = incident_where(filters)
        i_sql = " AND ".join(i_where) or "TRUE"
        row = con.execute(f"SELECT {', '.join(f'count(*) FILTER (WHERE {compiled[k]})' for k in keys)} "
                          f"FROM incidents i WHERE {i_sql}", i_params).fetchone()
        counts = dict(zip(keys, (int(n) for n in row or ()), strict=True))
        if filters.verdicts:
            asked = ", ".join("?" for _ in filters.verdicts)
            for a, c, r, stored, kept in con.execute(
                    f"SELECT s.agreement_id, s.clause_id, s.reading_id, count(*), "
                    f"count(*) FILTER (WHERE s.verdict IN ({asked})) "
                    f"FROM findings s JOIN incidents i ON i.id = s.incident_id "
                    f"WHERE {i_sql} AND {pair_within([r for r in reach if r.agreement_id in assessed], 's')} "
                    "GROUP BY ALL", [*filters.verdicts, *i_params]).fetchall():
                counts[(a, c, r)] += int(kept) - int(stored)

    def part(key: tuple[str, str, str]) -> tuple[list[str], list[Any]]:
        where, params = findings_where(replace(filters, agreement=key[0], clause=key[1], reading=key[2]))
        if not filters.everything:
            where.append(compiled[key])
        return where, params

    return [(*part(key), n) for key, n in sorted(counts.items()) if n]
