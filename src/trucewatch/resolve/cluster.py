"""From links to groups: connected components over arrays, then a constrained repair where needed.

Links come from three places: similarity (``_rv_scores.linked``), ``relates_to`` (a report that answers
another joins it) and analysts' merge overrides. Connected components are computed with scipy's sparse
graph routines over integer arrays: no Python loop over reports.

Single linkage can chain: a report that spans a whole day can link last night's wave to tonight's, and a
news report can link three nearby rows of one dataset. So a group must keep a common moment that all its
timed members share (for intervals, pairwise overlap and a common overlap are the same thing), must not
hold both reports of an analyst's split, and must not hold two rows of one structured dataset with
different row ids (the dataset's own distinct events; see ``pairs.DATASET_FORMATS``). The few groups
that break a rule are rebuilt by adding their links strongest first (analysts' merges and relates_to
first) and skipping any link that would break a rule; that loop only ever sees those groups' links.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import numpy as np

# Link kinds, strongest first; analysts' merges and explicit relations outrank any similarity score.
VIA_OVERRIDE = 0
VIA_RELATES = 1
VIA_SIMILARITY = 2


@dataclass(frozen=True)
class GroupingStats:
    reports: int
    links: int
    groups: int
    repaired_groups: int


def _links(con: duckdb.DuckDBPyConnection) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """All links as arrays (a, b, via, score), split pairs removed."""
    table = con.execute(
        f"""
        WITH links AS (
            SELECT a, b, {VIA_SIMILARITY} AS via, score FROM _rv_scores WHERE linked
            UNION ALL
            SELECT least(x.idx, y.idx), greatest(x.idx, y.idx), {VIA_RELATES}, 1.0
            FROM _rv_r x JOIN _rv_r y ON y.id = x.relates_to AND x.idx <> y.idx
            UNION ALL
            SELECT least(x.idx, y.idx), greatest(x.idx, y.idx), {VIA_OVERRIDE}, 1.0
            FROM _rv_overrides o JOIN _rv_r x ON x.id = o.report_a JOIN _rv_r y ON y.id = o.report_b
            WHERE o.action = 'merge' AND x.idx <> y.idx
        ),
        best AS (SELECT a, b, min(via) AS via, max(score) AS score FROM links GROUP BY a, b)
        SELECT a, b, via, score FROM best
        WHERE NOT EXISTS (
            SELECT 1 FROM _rv_splits s WHERE s.a = best.a AND s.b = best.b AND best.via <> {VIA_OVERRIDE})
        ORDER BY a, b
        """
    ).fetch_arrow_table()
    return (
        table.column("a").to_numpy().astype(np.int64),
        table.column("b").to_numpy().astype(np.int64),
        table.column("via").to_numpy().astype(np.int64),
        table.column("score").to_numpy().astype(np.float64),
    )


def group_reports(con: duckdb.DuckDBPyConnection) -> GroupingStats:
    """TEMP TABLE _rv_groups(idx, grp) and _rv_links(a, b, via, score) (the links inside the groups).

    Needs _rv_r, _rv_scores and _rv_overrides (action, report_a, report_b) in the connection.
    """
    row = con.execute("SELECT count(*) FROM _rv_r").fetchone()
    n = int(row[0]) if row else 0
    con.execute(
        """CREATE OR REPLACE TEMP TABLE _rv_splits AS
           SELECT DISTINCT least(x.idx, y.idx) AS a, greatest(x.idx, y.idx) AS b
           FROM _rv_overrides o JOIN _rv_r x ON x.id = o.report_a JOIN _rv_r y ON y.id = o.report_b
           WHERE o.action = 'split'"""
    )
    a, b, via, score = _links(con)
    if n == 0:
        labels = np.zeros(0, dtype=np.int64)
    else:
        # imported here: scipy takes a quarter of a second to load, and many commands never group
        from scipy.sparse import coo_matrix
        from scipy.sparse.csgraph import connected_components

        graph = coo_matrix((np.ones(len(a), dtype=np.int8), (a, b)), shape=(n, n))
        _, found = connected_components(graph, directed=False)
        labels = found.astype(np.int64)
    keep = np.ones(len(a), dtype=bool)
    repaired = 0
    broken = _broken_groups(con, labels)
    if broken.size:
        labels, keep = _repair(con, labels, a, b, via, score, broken)
        repaired = int(broken.size)
    con.execute("CREATE OR REPLACE TEMP TABLE _rv_groups (idx BIGINT, grp BIGINT)")
    con.execute("CREATE OR REPLACE TEMP TABLE _rv_links (a BIGINT, b BIGINT, via INTEGER, score DOUBLE)")
    if n:
        import pyarrow as pa

        groups = pa.table({"idx": np.arange(n, dtype=np.int64), "grp": labels})
        same = keep & (labels[a] == labels[b]) if len(a) else keep
        links = pa.table({"a": a[same], "b": b[same], "via": via[same].astype(np.int32), "score": score[same]})
        con.register("_rv_groups_arrow", groups)
        con.register("_rv_links_arrow", links)
        con.execute("INSERT INTO _rv_groups SELECT * FROM _rv_groups_arrow")
        con.execute("INSERT INTO _rv_links SELECT * FROM _rv_links_arrow")
        con.unregister("_rv_groups_arrow")
        con.unregister("_rv_links_arrow")
    n_groups = int(np.unique(labels).size) if n else 0
    return GroupingStats(n, int(keep.sum()), n_groups, repaired)


def _broken_groups(con: duckdb.DuckDBPyConnection, labels: np.ndarray) -> np.ndarray:
    """Labels of groups with no common moment among their timed members, or holding a split pair."""
    if labels.size == 0:
        return np.zeros(0, dtype=np.int64)
    import pyarrow as pa

    con.register("_rv_labels_arrow", pa.table({"idx": np.arange(labels.size, dtype=np.int64), "grp": labels}))
    try:
        rows = con.execute(
            """
            SELECT grp FROM _rv_labels_arrow l JOIN _rv_r r USING (idx)
            WHERE r.ps IS NOT NULL GROUP BY grp HAVING count(*) > 1 AND max(r.ps) >= min(r.pe)
            UNION
            SELECT x.grp FROM _rv_splits s
            JOIN _rv_labels_arrow x ON x.idx = s.a JOIN _rv_labels_arrow y ON y.idx = s.b
            WHERE x.grp = y.grp
            UNION
            SELECT grp FROM _rv_labels_arrow l JOIN _rv_r r USING (idx)
            WHERE r.dataset IS NOT NULL GROUP BY grp, r.dataset HAVING count(DISTINCT r.row_key) > 1
            ORDER BY 1
            """
        ).fetchall()
    finally:
        con.unregister("_rv_labels_arrow")
    return np.array([r[0] for r in rows], dtype=np.int64)


def _repair(
    con: duckdb.DuckDBPyConnection, labels: np.ndarray, a: np.ndarray, b: np.ndarray, via: np.ndarray,
    score: np.ndarray, broken: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Rebuild the broken groups link by link, strongest first, skipping links that break a rule."""
    labels = labels.copy()
    keep = np.ones(len(a), dtype=bool)
    in_broken = np.isin(labels, broken)
    members = np.flatnonzero(in_broken)
    # padded intervals as epoch microseconds: comparing numbers, not converting a million timestamps
    bounds: dict[int, tuple[int | None, int | None]] = {}
    rows_of: dict[int, dict[str, str]] = {}  # per report: {dataset: row id} for rows of a dataset
    import pyarrow as pa

    # members go in as an Arrow table: a Python list parameter costs an import lookup per element
    con.register("_rv_broken_arrow", pa.table({"idx": members.astype(np.int64)}))
    try:
        rows = con.execute(
            "SELECT idx, epoch_us(ps), epoch_us(pe), dataset, row_key FROM _rv_r "
            "WHERE idx IN (SELECT idx FROM _rv_broken_arrow)").fetchall()
    finally:
        con.unregister("_rv_broken_arrow")
    for i, start, end, dataset, row_key in rows:
        bounds[int(i)] = (start, end)
        rows_of[int(i)] = {dataset: row_key} if dataset is not None else {}
    splits = {(int(x), int(y)) for x, y in con.execute("SELECT a, b FROM _rv_splits").fetchall()}
    parent = {int(i): int(i) for i in members}
    span: dict[int, tuple[int | None, int | None]] = {i: bounds.get(i, (None, None)) for i in parent}
    group_of: dict[int, set[int]] = {i: {i} for i in parent}
    datasets: dict[int, dict[str, str]] = {i: rows_of.get(i, {}) for i in parent}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    link_ids = np.flatnonzero(in_broken[a]) if len(a) else np.zeros(0, dtype=np.int64)
    # strongest first: overrides, then relates_to, then similarity by score; ties by report index
    order = link_ids[np.lexsort((b[link_ids], a[link_ids], -score[link_ids], via[link_ids]))]
    keep[link_ids] = False
    for k in order:
        x, y = find(int(a[k])), find(int(b[k]))
        if x == y:
            keep[k] = True
            continue
        if any((min(p, q), max(p, q)) in splits for p in group_of[x] for q in group_of[y]):
            continue
        if any(datasets[y].get(name, row) != row for name, row in datasets[x].items()):
            continue  # two distinct rows of one dataset
        (xs, xe), (ys, ye) = span[x], span[y]
        start = max((v for v in (xs, ys) if v is not None), default=None)
        end = min((v for v in (xe, ye) if v is not None), default=None)
        if via[k] == VIA_SIMILARITY and start is not None and end is not None and start >= end:
            continue
        parent[y] = x
        span[x] = (start, end)
        group_of[x] |= group_of.pop(y)
        datasets[x] = {**datasets[x], **datasets.pop(y)}
        keep[k] = True
    next_label = int(labels.max()) + 1 if labels.size else 0
    roots: dict[int, int] = {}
    for i in sorted(parent):
        root = find(i)
        if root not in roots:
            roots[root] = next_label
            next_label += 1
        labels[i] = roots[root]
    return labels, keep
