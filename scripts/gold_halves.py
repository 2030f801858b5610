"""Scores of a batch written for the project, by half, as the rounds that read one half of a batch report them.

A fresh batch is scored once before any change, then split by ``int(md5(key).hexdigest()[0], 16) % 2`` (``key`` is a
paragraph's ``id`` or a post's gold ``key``): half 0 is read for its misses, half 1 only scored as aggregates, so that
half 1's movement estimates how a round's rules carry to unread text (docs/extraction-rounds.md, docs/posts-rounds.md).

Usage (with ``PYTHONPATH=$PWD/src`` from a checkout):

- ``python scripts/gold_halves.py paragraphs tests/nlp/gold_paragraphs_unseen29.yaml``: right/scored per field for
  the whole file, half 0 and half 1;
- ``python scripts/gold_halves.py posts tests/nlp/gold_posts/blogger19.csv tests/nlp/gold_posts/blogger19.jsonl``:
  the ``eval posts`` measures of each half (times in the CSV in UTC);
- ``python scripts/gold_halves.py every-paragraph-file --leave-out unseen17``: right/scored per field of every gold
  paragraph file but those left out (batches held out), one JSON line each, to compare two trees' outputs line by line.

Exits with 2 when a file cannot be read.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
POSTS_MEASURES = ("n", "kind_accuracy", "region_f1", "energy_claim_f1", "target_accuracy", "event_date_accuracy")


def half(key: str) -> int:
    """The half a case or post belongs to: the first hex digit of the md5 of its key, modulo 2."""
    return int(hashlib.md5(key.encode("utf-8")).hexdigest()[0], 16) % 2


def _counts(cases: list[dict[str, Any]]) -> dict[str, str]:
    from trucewatch.nlp.paragraph_scores import score_cases

    return {field: f"{value['right']}/{value['scored']}" for field, value in score_cases(cases).summary().items()}


def paragraphs(path: Path) -> None:
    from trucewatch.nlp.paragraph_scores import load_cases

    cases = load_cases(path)
    for name, chosen in (("all", cases), ("half0", [c for c in cases if half(c["id"]) == 0]),
                         ("half1", [c for c in cases if half(c["id"]) == 1])):
        print(json.dumps({"part": name, "n": len(chosen), **_counts(chosen)}))


def posts(csv_path: Path, gold_path: Path) -> None:
    from trucewatch.api import text as api

    lines = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for number in (0, 1):
        chosen = [line for line in lines if half(line["key"]) == number]
        with tempfile.TemporaryDirectory() as folder:
            gold = Path(folder) / "half.jsonl"
            gold.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in chosen), encoding="utf-8")
            result = api.eval_posts(csv_path, gold, tz="UTC")
        print(json.dumps({"part": f"half{number}", **{key: result.get(key) for key in POSTS_MEASURES}}))


def every_paragraph_file(root: Path, left_out: list[str]) -> None:
    from trucewatch.nlp.paragraph_scores import load_cases

    for path in sorted((root / "tests" / "nlp").glob("gold_paragraphs*.yaml")):
        if any(name in path.stem for name in left_out):
            continue
        print(json.dumps({"file": path.stem, **_counts(load_cases(path))}))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    commands = parser.add_subparsers(dest="command", required=True)
    one = commands.add_parser("paragraphs", help="a gold paragraph file by half")
    one.add_argument("file", type=Path)
    two = commands.add_parser("posts", help="a posts CSV and its gold lines by half")
    two.add_argument("csv", type=Path)
    two.add_argument("gold", type=Path)
    every = commands.add_parser("every-paragraph-file", help="every gold paragraph file, one JSON line each")
    every.add_argument("--root", type=Path, default=ROOT)
    every.add_argument("--leave-out", action="append", default=[], metavar="NAME",
                       help="skip files whose name holds NAME (a batch held out: unseen17)")
    args = parser.parse_args(argv)
    from trucewatch.errors import TrucewatchError

    try:
        if args.command == "paragraphs":
            paragraphs(args.file)
        elif args.command == "posts":
            posts(args.csv, args.gold)
        else:
            every_paragraph_file(args.root, args.leave_out)
    except (OSError, ValueError, KeyError, TrucewatchError) as error:
        print(f"cannot score: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
