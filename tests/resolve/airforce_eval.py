"""The labelled evaluation set of incident resolution, built at run time from the Ukrainian Air Force data.

Labelling rule (docs/corroboration.md): the air-force data is digitised from posts of the national command;
one post reports one attack (a night's wave, or a daytime attack), split by the data into one row per
weapon model, and by our adapter into one report per post, window and weapon class. So two reports are the
**same event when they come from the same post** (the source's own event identifier, ``source_row_id``),
and **different events when they come from different posts** of the national command. The resolver never
reads the post id or the source name for similarity, so the label does not use what it scores. Posts whose
reporting window (with two hours of slack) overlaps another national post's window are left out: two posts
about one night (a drone summary and a separate missile post) cannot be labelled by this rule.

Labelled pairs: every pair within a post (positives) and every pair of reports from different posts that
start within three days of each other (negatives that share the blocking neighbourhood). Scores: pairwise
precision / recall / F1 over those pairs, and B-cubed precision / recall / F1 over the labelled reports.

Run ``python tests/resolve/airforce_eval.py [--text]`` to print the numbers; tests/resolve call ``evaluate``.
No third-party row is stored in the repository: everything is read from ../shared/data at run time.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / ".." / "shared" / "data"
AIRFORCE_CSV = DATA / "missile_attacks_ua" / "missile_attacks_daily.csv"
NATIONAL = "Ukrainian Air Force Command"


def build_store(folder: Path, embed: bool = True) -> Path:
    """The air-force rows ingested into a new store; ``embed=False`` leaves their texts unembedded (for
    resolution without text, which never reads the vectors: a minute saved)."""
    from trucewatch import api

    db = folder / "airforce.duckdb"
    api.init_store(db, load_shipped=False)
    api.ingest(db, [AIRFORCE_CSV], embed=embed)
    return db


def grouped_reports(db: Path, use_text: bool) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Every air-force report with its predicted group, and the resolver's counters."""
    from trucewatch.resolve import ResolveSettings, drop_work_tables, resolve_groups
    from trucewatch.store import Store

    with Store(db) as store, store.transaction() as con:
        result = resolve_groups(con, ResolveSettings(use_text=use_text))
        rows = con.execute(
            """SELECT r.id, r.source_name, r.source_row_id, r.occurred_start, r.occurred_end, g.grp
               FROM _rv_groups g JOIN _rv_r x USING (idx) JOIN reports r ON r.id = x.id
               WHERE r.format = 'airforce' ORDER BY r.id"""
        ).fetchall()
        drop_work_tables(con)
    names = ("id", "source", "post", "start", "end", "grp")
    return [dict(zip(names, row, strict=True)) for row in rows], result.__dict__


def labelled_pairs(reports: list[dict[str, Any]]) -> tuple[list[tuple[str, str, bool]], list[dict[str, Any]]]:
    """(a, b, same_event) pairs by the labelling rule, and the labelled reports."""
    from datetime import timedelta

    national = [r for r in reports if r["source"] == NATIONAL and r["post"] and r["start"] is not None]
    posts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for report in national:
        posts[report["post"]].append(report)
    slack = timedelta(hours=2)
    windows = sorted((min(r["start"] for r in rs) - slack, max(r["end"] or r["start"] for r in rs) + slack, post)
                     for post, rs in posts.items())
    ambiguous: set[str] = set()
    for i, (_start, end, post) in enumerate(windows):
        for other_start, _other_end, other in windows[i + 1:]:
            if other_start >= end:
                break
            ambiguous.update((post, other))
    kept = [r for r in national if r["post"] not in ambiguous]
    kept.sort(key=lambda r: (r["start"], r["id"]))
    pairs: list[tuple[str, str, bool]] = []
    for i, a in enumerate(kept):
        for b in kept[i + 1:]:
            if b["start"] - a["start"] > timedelta(days=3):
                break
            pairs.append((a["id"], b["id"], a["post"] == b["post"]))
    return pairs, kept


def scores(reports: list[dict[str, Any]], pairs: list[tuple[str, str, bool]],
           labelled: list[dict[str, Any]]) -> dict[str, float]:
    group = {r["id"]: r["grp"] for r in reports}
    tp = sum(1 for a, b, same in pairs if same and group[a] == group[b])
    fp = sum(1 for a, b, same in pairs if not same and group[a] == group[b])
    fn = sum(1 for a, b, same in pairs if same and group[a] != group[b])
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    # B-cubed over the labelled reports: gold cluster = post, predicted cluster = group
    by_post: dict[str, set[str]] = defaultdict(set)
    by_group: dict[int, set[str]] = defaultdict(set)
    for r in labelled:
        by_post[r["post"]].add(r["id"])
        by_group[group[r["id"]]].add(r["id"])
    b_precision = b_recall = 0.0
    for r in labelled:
        gold, predicted = by_post[r["post"]], by_group[group[r["id"]]]
        overlap = len(gold & predicted)
        b_precision += overlap / len(predicted)
        b_recall += overlap / len(gold)
    n = max(len(labelled), 1)
    b_precision, b_recall = b_precision / n, b_recall / n

    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    return {
        "pairs": len(pairs), "positive_pairs": sum(1 for *_, same in pairs if same),
        "labelled_reports": len(labelled), "labelled_posts": len(by_post),
        "pairwise_precision": round(precision, 4), "pairwise_recall": round(recall, 4),
        "pairwise_f1": round(f1(precision, recall), 4),
        "bcubed_precision": round(b_precision, 4), "bcubed_recall": round(b_recall, 4),
        "bcubed_f1": round(f1(b_precision, b_recall), 4),
    }


def national_regional_merges(reports: list[dict[str, Any]]) -> dict[str, int]:
    """How many regional-command reports were grouped with a national report, and into how many incidents."""
    national_groups = {r["grp"] for r in reports if r["source"] == NATIONAL}
    regional = [r for r in reports if r["source"].startswith("Ukrainian Air Command ")]
    merged = [r for r in regional if r["grp"] in national_groups]
    return {"regional_reports": len(regional), "regional_merged_with_national": len(merged),
            "incidents_with_both": len({r["grp"] for r in merged})}


def evaluate(folder: Path, use_text: bool, db: Path | None = None) -> dict[str, Any]:
    db = db or build_store(folder)
    reports, counters = grouped_reports(db, use_text)
    pairs, labelled = labelled_pairs(reports)
    return {"text_signal": counters["text_signal"], **scores(reports, pairs, labelled),
            **national_regional_merges(reports), "air_force_reports": len(reports)}


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        store = build_store(Path(tmp))
        for text in (False, True) if "--text" in sys.argv else (False,):
            print(json.dumps(evaluate(Path(tmp), text, store)))
