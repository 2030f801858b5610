"""Every development score of the extraction in one run, as a Markdown table and a JSON file: what docs/scores.md
holds, reproducible with one command.

Runs, through the project's own API, `eval cir` and `eval acled` on their tuning halves, `eval cir` on the
monitor-map titles written for the project (tests/nlp/gold_titles), `eval posts` on each
gold file of tests/nlp/gold_posts (the tuning halves, the extra and the project-written channel batches) and the
gold paragraphs of tests/nlp; with ``--check`` also the check halves (aggregates only: rules are never developed
on them, and each reading of them is one more chance to fit them, so score them once, at the end of a piece of
work). Each score is printed with its 95 % interval (``intervals_95``, :mod:`trucewatch.nlp.intervals`).

Evals whose data is absent (``../shared/data`` is not part of the repository) are listed as skipped with the path
they need, never left out silently; the exit code is 2 when nothing could be scored.

Usage: ``python scripts/dev_scores.py [--check] [--data DIR] [--json OUT.json] [--no-paragraphs] [--only EVAL ...]``
(``--only`` takes an eval's label as the table prints it, e.g. ``--only "monitor map" --only ACLED``; an unknown
label exits 2 naming the labels). Takes a few minutes for the tuning halves on two cores, more with ``--check``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD_POSTS = ROOT / "tests" / "nlp" / "gold_posts"
# (name, file under the data directory or the repository, gold file or half, the scores to print)
CIR = ("cir_events_2022/events.csv", ("with_report", "named_town_within_10km", "over_100km",
                                      "over_100km_beyond_precision", "over_100km_named_town",
                                      "over_100km_town_unnamed", "within_precision"))
ACLED = ("acled_ukraine_sample/acled_ukraine_sample.csv", ("admin1_accuracy", "within_10km", "within_25km",
                                                           "sub_event_type_accuracy", "side_accuracy",
                                                           "date_accuracy"))
POST_SCORES = ("kind_accuracy", "region_f1", "drones_exact", "energy_claim_f1", "target_accuracy",
               "event_date_accuracy")
BLOGGER = "ua_milblog_telegram/dronbomber.csv"
MOD = "ru_mod_telegram_2023_2024/mod_russia_2023_2024.csv"
# (label, posts CSV: in the data directory unless it starts with "tests/", gold file under tests/nlp/gold_posts)
POSTS = (
    ("blogger", BLOGGER, "ua_milblog.{half}.jsonl"),
    ("blogger extra", BLOGGER, "ua_milblog.extra.jsonl"),
    ("MoD", MOD, "ru_mod.{half}.jsonl"),
    ("MoD extra", MOD, "ru_mod.extra.jsonl"),
    ("channels", "tests/nlp/gold_posts/channels.csv", "channels.{half}.jsonl"),
    ("channels 2", "tests/nlp/gold_posts/channels2.csv", "channels2.jsonl"),
    ("channels 3", "tests/nlp/gold_posts/channels3.csv", "channels3.jsonl"),
    ("blogger's style, written for the project", "tests/nlp/gold_posts/blogger4.csv", "blogger4.jsonl"),
    ("blogger's style 5, written for the project", "tests/nlp/gold_posts/blogger5.csv", "blogger5.jsonl"),
    ("blogger's style 6, written for the project", "tests/nlp/gold_posts/blogger6.csv", "blogger6.jsonl"),
    ("blogger's style 7, written for the project", "tests/nlp/gold_posts/blogger7.csv", "blogger7.jsonl"),
    ("blogger's style 8, written for the project", "tests/nlp/gold_posts/blogger8.csv", "blogger8.jsonl"),
    ("blogger's style 9, written for the project", "tests/nlp/gold_posts/blogger9.csv", "blogger9.jsonl"),
    ("blogger's style 10, written for the project", "tests/nlp/gold_posts/blogger10.csv", "blogger10.jsonl"),
    ("blogger's style 11, written for the project", "tests/nlp/gold_posts/blogger11.csv", "blogger11.jsonl"),
    ("blogger's style 12, written for the project", "tests/nlp/gold_posts/blogger12.csv", "blogger12.jsonl"),
    ("blogger's style 13, written for the project", "tests/nlp/gold_posts/blogger13.csv", "blogger13.jsonl"),
    ("blogger's style 14, written for the project", "tests/nlp/gold_posts/blogger14.csv", "blogger14.jsonl"),
    ("OSINT channel's style 15, written for the project", "tests/nlp/gold_posts/blogger15.csv", "blogger15.jsonl"),
    ("Russian war correspondent's style 16, written for the project", "tests/nlp/gold_posts/blogger16.csv",
     "blogger16.jsonl"),
    ("regional channel's style 17, written for the project", "tests/nlp/gold_posts/blogger17.csv", "blogger17.jsonl"),
    ("blogger's style 18, written for the project", "tests/nlp/gold_posts/blogger18.csv", "blogger18.jsonl"),
    ("chatty Ukrainian-language channel's style 19, written for the project", "tests/nlp/gold_posts/blogger19.csv",
     "blogger19.jsonl"),
    ("Russian-language Ukrainian channel's style 20, written for the project", "tests/nlp/gold_posts/blogger20.csv",
     "blogger20.jsonl"),
    ("drone-strike milblogger's style 21, written for the project, held out", "tests/nlp/gold_posts/blogger21.csv",
     "blogger21.jsonl"),
    ("real Ukrainian milblogger channel's style 22, written for the project", "tests/nlp/gold_posts/blogger22.csv",
     "blogger22.jsonl"),
    ("regional news channel's tallies 23, written for the project", "tests/nlp/gold_posts/blogger23.csv",
     "blogger23.jsonl"),
    ("real Ukrainian milblogger channel's style 24, written for the project, held out",
     "tests/nlp/gold_posts/blogger24.csv", "blogger24.jsonl"),
    ("real Ukrainian milblogger channel's style 25, written for the project", "tests/nlp/gold_posts/blogger25.csv",
     "blogger25.jsonl"),
    ("real Ukrainian milblogger channel's style 26, where and when, written for the project",
     "tests/nlp/gold_posts/blogger26.csv", "blogger26.jsonl"),
    ("Russian war-correspondent channel's style 27, written for the project, held out, later read by half",
     "tests/nlp/gold_posts/blogger27.csv", "blogger27.jsonl"),
    ("Russian war-correspondent channel's style 28, written for the project", "tests/nlp/gold_posts/blogger28.csv",
     "blogger28.jsonl"),
    ("Ukrainian official channels reposted 29, written for the project", "tests/nlp/gold_posts/blogger29.csv",
     "blogger29.jsonl"),
    ("real Ukrainian milblogger channel's style 30, regions and dates, written for the project",
     "tests/nlp/gold_posts/blogger30.csv", "blogger30.jsonl"),
    ("Russian war-correspondent channel's style 32, written for the project", "tests/nlp/gold_posts/blogger32.csv",
     "blogger32.jsonl"),
    ("real Ukrainian milblogger channel's style 33, where and when, written for the project",
     "tests/nlp/gold_posts/blogger33.csv", "blogger33.jsonl"),
    ("real Ukrainian milblogger channel's style 34, a strike or talk of one, written for the project",
     "tests/nlp/gold_posts/blogger34.csv", "blogger34.jsonl"),
    ("real Ukrainian milblogger channel's style 35, the ordinary mix, written for the project",
     "tests/nlp/gold_posts/blogger35.csv", "blogger35.jsonl"),
    ("real Ukrainian milblogger channel's style 36, held out, later read by half", "tests/nlp/gold_posts/blogger36.csv",
     "blogger36.jsonl"),
    ("real Ukrainian milblogger channel's style 37, held out, later read by half", "tests/nlp/gold_posts/blogger37.csv",
     "blogger37.jsonl"),
    ("real Ukrainian milblogger channel's style 38, held out, later read by half", "tests/nlp/gold_posts/blogger38.csv",
     "blogger38.jsonl"),
    ("real Ukrainian milblogger channel's style 39, held out, later read by half", "tests/nlp/gold_posts/blogger39.csv",
     "blogger39.jsonl"),
    ("real Ukrainian milblogger channel's style 40, held out, later read by half", "tests/nlp/gold_posts/blogger40.csv",
     "blogger40.jsonl"),
    ("real Ukrainian milblogger channel's style 41, held out", "tests/nlp/gold_posts/blogger41.csv", "blogger41.jsonl"),
    ("real Ukrainian milblogger channel's style 42, held out", "tests/nlp/gold_posts/blogger42.csv", "blogger42.jsonl"),
    ("real Ukrainian milblogger channel's style 43, held out", "tests/nlp/gold_posts/blogger43.csv", "blogger43.jsonl"),
    ("real Ukrainian milblogger channel's style 44, held out", "tests/nlp/gold_posts/blogger44.csv", "blogger44.jsonl"),
    ("real Ukrainian milblogger channel's style 45, held out", "tests/nlp/gold_posts/blogger45.csv", "blogger45.jsonl"),
    ("real Ukrainian milblogger channel's style 46, held out", "tests/nlp/gold_posts/blogger46.csv", "blogger46.jsonl"),
    ("real Ukrainian milblogger channel's style 47, held out", "tests/nlp/gold_posts/blogger47.csv", "blogger47.jsonl"),
    ("real Ukrainian milblogger channel's style 48, held out", "tests/nlp/gold_posts/blogger48.csv", "blogger48.jsonl"),
    ("real Ukrainian milblogger channel's style 49, held out", "tests/nlp/gold_posts/blogger49.csv", "blogger49.jsonl"),
    ("real Ukrainian milblogger channel's style 50, held out", "tests/nlp/gold_posts/blogger50.csv", "blogger50.jsonl"),
    ("real Ukrainian milblogger channel's style 51, held out", "tests/nlp/gold_posts/blogger51.csv", "blogger51.jsonl"),
    ("real Ukrainian milblogger channel's style 52, held out", "tests/nlp/gold_posts/blogger52.csv", "blogger52.jsonl"),
    ("real Ukrainian milblogger channel's style 53, held out", "tests/nlp/gold_posts/blogger53.csv", "blogger53.jsonl"),
    ("real Ukrainian milblogger channel's style 54, held out", "tests/nlp/gold_posts/blogger54.csv", "blogger54.jsonl"),
    ("real Ukrainian milblogger channel's style 55, held out", "tests/nlp/gold_posts/blogger55.csv", "blogger55.jsonl"),
    ("real Ukrainian milblogger channel's style 56, held out", "tests/nlp/gold_posts/blogger56.csv", "blogger56.jsonl"),
    ("real Ukrainian milblogger channel's style 57, held out", "tests/nlp/gold_posts/blogger57.csv", "blogger57.jsonl"),
    ("real Ukrainian milblogger channel's style 58, held out", "tests/nlp/gold_posts/blogger58.csv", "blogger58.jsonl"),
    ("real Ukrainian milblogger channel's style 59, held out", "tests/nlp/gold_posts/blogger59.csv", "blogger59.jsonl"),
    ("real Ukrainian milblogger channel's style 60, held out", "tests/nlp/gold_posts/blogger60.csv", "blogger60.jsonl"),
    ("real Ukrainian milblogger channel's style 61, held out", "tests/nlp/gold_posts/blogger61.csv", "blogger61.jsonl"),
    ("real Ukrainian milblogger channel's style 62, held out", "tests/nlp/gold_posts/blogger62.csv", "blogger62.jsonl"),
    ("real Ukrainian milblogger channel's style 63, held out", "tests/nlp/gold_posts/blogger63.csv", "blogger63.jsonl"),
    ("real Ukrainian milblogger channel's style 64, held out", "tests/nlp/gold_posts/blogger64.csv", "blogger64.jsonl"),
    ("real Ukrainian milblogger channel's style 65, held out", "tests/nlp/gold_posts/blogger65.csv", "blogger65.jsonl"),
    ("real Ukrainian milblogger channel's style 66, held out", "tests/nlp/gold_posts/blogger66.csv", "blogger66.jsonl"),
    ("real Ukrainian milblogger channel's style 67, held out", "tests/nlp/gold_posts/blogger67.csv", "blogger67.jsonl"),
    ("real Ukrainian milblogger channel's style 68, held out", "tests/nlp/gold_posts/blogger68.csv", "blogger68.jsonl"),
    ("real Ukrainian milblogger channel's style 69, held out", "tests/nlp/gold_posts/blogger69.csv", "blogger69.jsonl"),
    ("real Ukrainian milblogger channel's style 70, held out", "tests/nlp/gold_posts/blogger70.csv", "blogger70.jsonl"),
    ("real Ukrainian milblogger channel's style 71, held out", "tests/nlp/gold_posts/blogger71.csv", "blogger71.jsonl"),
    ("real Ukrainian milblogger channel's style 72, held out", "tests/nlp/gold_posts/blogger72.csv", "blogger72.jsonl"),
    ("real Ukrainian milblogger channel's style 73, held out", "tests/nlp/gold_posts/blogger73.csv", "blogger73.jsonl"),
    ("real Ukrainian milblogger channel's style 74, held out", "tests/nlp/gold_posts/blogger74.csv", "blogger74.jsonl"),
    ("real Ukrainian milblogger channel's style 75, held out", "tests/nlp/gold_posts/blogger75.csv", "blogger75.jsonl"),
    ("real Ukrainian milblogger channel's style 76, held out", "tests/nlp/gold_posts/blogger76.csv", "blogger76.jsonl"),
    ("real Ukrainian milblogger channel's style 77, held out", "tests/nlp/gold_posts/blogger77.csv", "blogger77.jsonl"),
    ("real Ukrainian milblogger channel's style 78, held out", "tests/nlp/gold_posts/blogger78.csv", "blogger78.jsonl"),
    ("real Ukrainian milblogger channel's style 79, held out", "tests/nlp/gold_posts/blogger79.csv", "blogger79.jsonl"),
    ("real Ukrainian milblogger channel's style 80, held out", "tests/nlp/gold_posts/blogger80.csv", "blogger80.jsonl"),
    ("real Ukrainian milblogger channel's style 81, held out", "tests/nlp/gold_posts/blogger81.csv", "blogger81.jsonl"),
    ("real Ukrainian milblogger channel's style 82, held out", "tests/nlp/gold_posts/blogger82.csv", "blogger82.jsonl"),
    ("real Ukrainian milblogger channel's style 83, held out", "tests/nlp/gold_posts/blogger83.csv", "blogger83.jsonl"),
    ("real Ukrainian milblogger channel's style 84, held out", "tests/nlp/gold_posts/blogger84.csv", "blogger84.jsonl"),
    ("real Ukrainian milblogger channel's style 85, held out", "tests/nlp/gold_posts/blogger85.csv", "blogger85.jsonl"),
    ("real Ukrainian milblogger channel's style 86, held out", "tests/nlp/gold_posts/blogger86.csv", "blogger86.jsonl"),
    ("real Ukrainian milblogger channel's style 87, held out", "tests/nlp/gold_posts/blogger87.csv", "blogger87.jsonl"),
    ("real Ukrainian milblogger channel's style 88, held out", "tests/nlp/gold_posts/blogger88.csv", "blogger88.jsonl"),
    ("real Ukrainian milblogger channel's style 89, held out", "tests/nlp/gold_posts/blogger89.csv", "blogger89.jsonl"),
    ("real Ukrainian milblogger channel's style 90, held out", "tests/nlp/gold_posts/blogger90.csv", "blogger90.jsonl"),
    ("real Ukrainian milblogger channel's style 91, held out", "tests/nlp/gold_posts/blogger91.csv", "blogger91.jsonl"),
    ("real Ukrainian milblogger channel's style 92, held out", "tests/nlp/gold_posts/blogger92.csv", "blogger92.jsonl"),
    ("real Ukrainian milblogger channel's style 93, held out", "tests/nlp/gold_posts/blogger93.csv", "blogger93.jsonl"),
    ("real Ukrainian milblogger channel's style 94, held out", "tests/nlp/gold_posts/blogger94.csv", "blogger94.jsonl"),
    ("real Ukrainian milblogger channel's style 95, held out", "tests/nlp/gold_posts/blogger95.csv", "blogger95.jsonl"),
    ("real Ukrainian milblogger channel's style 96, held out", "tests/nlp/gold_posts/blogger96.csv", "blogger96.jsonl"),
    ("real Ukrainian milblogger channel's style 97, held out", "tests/nlp/gold_posts/blogger97.csv", "blogger97.jsonl"),
    ("real Ukrainian milblogger channel's style 98, held out", "tests/nlp/gold_posts/blogger98.csv", "blogger98.jsonl"),
    ("real Ukrainian milblogger channel's style 99, held out", "tests/nlp/gold_posts/blogger99.csv", "blogger99.jsonl"),
    ("real Ukrainian milblogger channel's style 100, held out", "tests/nlp/gold_posts/blogger100.csv",
     "blogger100.jsonl"),
)


def _cell(value: Any, interval: list[float] | None) -> str:
    if value is None:
        return "–"
    return f"{value:g} ({interval[0]:g}–{interval[1]:g})" if interval else f"{value:g}"


def _row(label: str, half: str, scores: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    intervals = scores.get("intervals_95") or {}
    return {"eval": label, "half": half, "n": scores.get("n"),
            "scores": {key: scores.get(key) for key in keys},
            "cells": [f"{key} {_cell(scores.get(key), intervals.get(key))}" for key in keys
                      if scores.get(key) is not None]}


def _paragraph_rows() -> list[dict[str, Any]]:
    from trucewatch.nlp.paragraph_scores import load_cases, score_cases

    rows = []
    for path in sorted((ROOT / "tests" / "nlp").glob("gold_paragraphs*.yaml")):
        summary = score_cases(load_cases(path)).summary()
        rows.append({"eval": f"paragraphs {path.stem}", "half": "all", "n": None,
                     "scores": {field: each["share"] for field, each in summary.items()},
                     "cells": [f"{field} {each['right']}/{each['scored']} "
                               f"({each['interval_95'][0]:g}–{each['interval_95'][1]:g})"
                               for field, each in summary.items()]})
    return rows


def _cir(path: Path, half: str, label: str = "monitor map") -> dict[str, Any]:
    from trucewatch.api import text as api

    return _row(label, half, api.eval_cir(path, half=None if half == "all" else half), CIR[1])


def _acled(path: Path, half: str) -> dict[str, Any]:
    from trucewatch.api import text as api

    return _row("ACLED", half, api.eval_acled(path, half=half), ACLED[1])


def _posts(label: str, posts: Path, gold: Path, half: str) -> dict[str, Any]:
    from trucewatch.api import text as api

    return _row(label, half, api.eval_posts(posts, gold, tz="UTC"), POST_SCORES)


def plan(data: Path, halves: tuple[str, ...]) -> list[tuple[str, str, Path, Callable[[], dict[str, Any]]]]:
    """Each eval to run: its label, half, the file it needs and how to run it."""
    jobs: list[tuple[str, str, Path, Callable[[], dict[str, Any]]]] = []
    for half in halves:
        jobs.append(("monitor map", half, data / CIR[0], partial(_cir, data / CIR[0], half)))
        jobs.append(("ACLED", half, data / ACLED[0], partial(_acled, data / ACLED[0], half)))
    titles = ROOT / "tests" / "nlp" / "gold_titles" / "cir_fresh.csv"
    jobs.append(("monitor-map titles written for the project", "all", titles,
                 partial(_cir, titles, "all", "monitor-map titles written for the project")))
    for label, posts, gold in POSTS:
        for half in halves if "{half}" in gold else ("all",):
            source = ROOT / posts if posts.startswith("tests/") else data / posts
            jobs.append((label, half, source, partial(_posts, label, source, GOLD_POSTS / gold.format(half=half),
                                                      half)))
    return jobs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="also score the check halves (aggregates only)")
    parser.add_argument("--data", type=Path, default=ROOT / ".." / "shared" / "data",
                        help="the development data directory (default ../shared/data)")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON to this file")
    parser.add_argument("--no-paragraphs", action="store_true", help="leave out the gold paragraphs")
    parser.add_argument("--only", action="append", metavar="EVAL",
                        help="score only this eval, by its label in the table (repeatable; default every eval)")
    args = parser.parse_args(argv)
    halves = ("tuning", "check") if args.check else ("tuning",)
    jobs = plan(args.data, halves)
    if args.only:
        unknown = sorted(set(args.only) - {label for label, _, _, _ in jobs})
        if unknown:
            print(f"error: --only {unknown[0]!r} is no eval's label; the labels are: "
                  f"{', '.join(dict.fromkeys(label for label, _, _, _ in jobs))}", file=sys.stderr)
            return 2
        jobs = [job for job in jobs if job[0] in args.only]
    rows: list[dict[str, Any]] = []
    skipped: list[str] = []
    started = time.perf_counter()
    for label, half, needs, run in jobs:
        if not needs.is_file():
            skipped.append(f"{label} ({half}): {needs} is absent")
            continue
        rows.append(run())
        print(f"scored {label} ({half}) in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    if not args.no_paragraphs:
        rows.extend(_paragraph_rows())
    print("| eval | half | n | scores (95 % interval) |\n|---|---|---|---|")
    for row in rows:
        print(f"| {row['eval']} | {row['half']} | {row['n'] if row['n'] is not None else ''} | "
              f"{'; '.join(row['cells'])} |")
    for line in skipped:
        print(f"skipped: {line}", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "skipped": skipped}, ensure_ascii=False, indent=1) + "\n",
                             encoding="utf-8")
    return 0 if rows else 2


if __name__ == "__main__":
    sys.exit(main())
