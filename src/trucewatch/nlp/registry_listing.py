"""What the component registry holds, for people: the readers by language with the versions of what they
depend on (library distributions, package data digests), and the components of the English pipeline."""

from __future__ import annotations

import hashlib
from importlib import metadata, resources
from typing import Any

from trucewatch.nlp import posts as _posts  # noqa: F401  (registers the readers)
from trucewatch.nlp.extract import default_pipeline
from trucewatch.nlp.pipeline import READERS, REGISTRY, Reader


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "not installed"


def _digest(data: str) -> str:
    package, _, path = data.partition(":")
    try:
        content = resources.files(package).joinpath(path).read_bytes()
    except (ModuleNotFoundError, FileNotFoundError):
        return "missing"
    return "sha256:" + hashlib.sha256(content).hexdigest()[:16]


def _reader(entry: Reader) -> dict[str, Any]:
    return {"name": entry.name, "languages": list(entry.languages), "reads": list(entry.reads),
            "writes": list(entry.writes), "extractor": entry.extractor, "description": entry.description,
            "libraries": {name: _version(name) for name in entry.libraries},
            "data": {name: _digest(name) for name in entry.data}}


def list_components() -> dict[str, Any]:
    """Readers (one per language), the English pipeline in order, and registered components outside it."""
    pipeline = default_pipeline()
    in_pipeline = set(pipeline.names)
    described = {each.name: each for each in REGISTRY.values()}
    return {
        "readers": [_reader(entry) for entry in sorted(READERS.values(), key=lambda each: each.name)],
        "pipeline_en": [{**step, "description": getattr(described[step["name"]], "description", "")}
                        for step in pipeline.describe()],
        "other_components": [{"name": name, "reads": list(entry.reads), "writes": list(entry.writes)}
                             for name, entry in sorted(REGISTRY.items()) if name not in in_pipeline],
    }
