"""What a run's id stands for besides its inputs: the rules that judged them.

The engine version alone said nothing once the rules changed without anyone raising it, so two commits
gave one run id and different findings. The id now also carries ``rules_digest()``: a SHA-256 of the
source of every package that turns stored inputs into incidents and findings (``RULE_PACKAGES``) and of
the shipped data they read at assess time (``RULE_DATA``). Change a condition, a grouping weight or the
source registry, and the run id changes with it; same run id ⇒ same rules and same inputs ⇒ byte-identical
findings. Modules outside these (ingest, nlp, geo, the front ends) shape reports, which enter the id by
their content hash already.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from trucewatch.model import ENGINE_VERSION

PACKAGE = Path(__file__).resolve().parents[1]  # src/trucewatch

# package folders (every file in them) and single modules whose code decides findings
RULE_PACKAGES: tuple[str, ...] = ("adjudicate", "resolve", "registry", "terms", "store", "taxonomy.py",
                                  "model.py", "geo/distance.py")
# shipped data assess reads (the facility registry and the agreements are hashed from the store)
RULE_DATA: tuple[str, ...] = ("data/sources",)
_SKIPPED_SUFFIXES = (".pyc",)


def rule_files(root: Path = PACKAGE) -> list[Path]:
    """The files the digest covers, in a fixed order."""
    files: list[Path] = []
    for name in (*RULE_PACKAGES, *RULE_DATA):
        path = root / name
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files.extend(p for p in path.rglob("*") if p.is_file() and p.suffix not in _SKIPPED_SUFFIXES
                         and "__pycache__" not in p.parts)
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


def digest_of(root: Path) -> str:
    """SHA-256 over the relative path and bytes of every rule file under ``root``."""
    digest = hashlib.sha256()
    for path in rule_files(root):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def rules_digest() -> str:
    """The digest of this installation's rules (computed once per process: the code does not change under
    a running process)."""
    return digest_of(PACKAGE)


def engine_label() -> str:
    """The engine version and the rules it runs, as recorded with every run: ``0.2.0+rules.1a2b3c4d5e6f``."""
    return f"{ENGINE_VERSION}+rules.{rules_digest()[:12]}"
