"""Gold news paragraphs scored per field (:mod:`trucewatch.nlp.paragraph_scores`), one file or several.

Prints one JSON object per file: the file's name and, per field scored, ``share``, ``interval_95`` (the share's 95 %
Wilson interval), ``right``, ``scored`` and the ids ``missed``.

Usage: ``PYTHONPATH=$PWD/src python scripts/score_paragraphs.py tests/nlp/gold_paragraphs_unseen4.yaml [...]``.
Exits with 2 when a file cannot be read or holds no list of cases.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("files", nargs="+", type=Path, help="YAML files of paragraph cases")
    args = parser.parse_args(argv)
    from trucewatch.errors import TrucewatchError
    from trucewatch.nlp.paragraph_scores import load_cases, score_cases

    for path in args.files:
        try:
            cases = load_cases(path)
        except (OSError, ValueError, TrucewatchError) as error:
            print(f"cannot score {path}: {error}", file=sys.stderr)
            return 2
        json.dump({"file": path.name, "cases": len(cases), **score_cases(cases).summary()}, sys.stdout)
        sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
