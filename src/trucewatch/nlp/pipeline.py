"""A pipeline of declared components, in the manner of spaCy's: each says what it reads and writes.

Components work on an :class:`ArticleState` (the article, its sentences and one :class:`Frame` per event
sentence). :class:`Pipeline` checks, when built, that everything a component reads is written upstream
(or is an input), and raises :class:`PipelineError` naming the missing key otherwise. Component names are
versioned (``trucewatch.events.v1``) so that a configuration stays reproducible as components evolve.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol

from trucewatch.errors import TrucewatchError

# What an article brings before any component runs.
INPUT_KEYS = frozenset({"text", "published_at", "source", "anchors"})


class PipelineError(TrucewatchError):
    """A pipeline was assembled wrongly (a component reads what nothing upstream writes)."""

    code = "TW510"


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    published_at: datetime | None = None
    source: str = "unknown"
    source_kind: str | None = None
    url: str | None = None
    provenance: dict[str, Any] = field(default_factory=dict)


@dataclass
class Frame:
    """One event mentioned in one sentence, filled field by field by the components."""

    sentence: str
    offset: int  # where the sentence starts in the article
    index: int  # sentence number
    event: str
    trigger: tuple[int, int]
    values: dict[str, Any] = field(default_factory=dict)
    spans: dict[str, list[int]] = field(default_factory=dict)

    def put(self, key: str, value: Any, span: tuple[int, int] | None = None) -> None:
        self.values[key] = value
        if span is not None:
            self.spans[key] = [span[0], span[1]]


@dataclass
class ArticleState:
    article: Article
    anchors: dict[str, datetime] = field(default_factory=dict)
    sentences: list[tuple[int, int]] = field(default_factory=list)  # spans in article.text
    frames: list[Frame] = field(default_factory=list)
    # context that carries from sentence to sentence (first date, oblast and claimant named)
    context_date: date | None = None
    context_admin1: str | None = None
    context_claimant: tuple[str, str | None] | None = None  # (text, party id)
    context_claimant_at: int | None = None  # the sentence that names it
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (sentence, why) for debugging/eval
    parses: dict[int, Any] = field(default_factory=dict)  # sentence number -> spaCy Doc, when parsed
    # sentence number of an item of a list of things struck -> the number of the sentence that lists them
    list_heads: dict[int, int] = field(default_factory=dict)


class Component(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def reads(self) -> tuple[str, ...]: ...
    @property
    def writes(self) -> tuple[str, ...]: ...

    def __call__(self, state: ArticleState) -> None: ...


@dataclass(frozen=True)
class FunctionComponent:
    """A component made from a plain function with its declaration."""

    name: str
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    function: Callable[[ArticleState], None]
    description: str = ""

    def __call__(self, state: ArticleState) -> None:
        self.function(state)


REGISTRY: dict[str, Component] = {}


def component(
    name: str, *, reads: tuple[str, ...], writes: tuple[str, ...]
) -> Callable[[Callable[[ArticleState], None]], Callable[[ArticleState], None]]:
    """Register a function as a pipeline component under a versioned name."""

    def register(function: Callable[[ArticleState], None]) -> Callable[[ArticleState], None]:
        REGISTRY[name] = FunctionComponent(
            name, reads, writes, function, (function.__doc__ or "").strip().splitlines()[0]
        )
        return function

    return register


class Pipeline:
    def __init__(self, names: list[str]) -> None:
        available = set(INPUT_KEYS)
        components: list[Component] = []
        for name in names:
            if name not in REGISTRY:
                raise PipelineError(
                    f"unknown component {name!r}", hint=f"known components: {', '.join(sorted(REGISTRY))}"
                )
            candidate = REGISTRY[name]
            missing = [key for key in candidate.reads if key not in available]
            if missing:
                raise PipelineError(
                    f"component {name!r} reads {', '.join(missing)}, which no earlier component writes",
                    hint="put a component that writes it before this one",
                )
            available.update(candidate.writes)
            components.append(candidate)
        self.components = tuple(components)

    @property
    def names(self) -> list[str]:
        return [each.name for each in self.components]

    def describe(self) -> list[dict[str, Any]]:
        return [
            {"name": each.name, "reads": list(each.reads), "writes": list(each.writes)}
            for each in self.components
        ]

    def run(self, state: ArticleState) -> ArticleState:
        for each in self.components:
            each(state)
        return state


@dataclass(frozen=True)
class Reader:
    """A reader of whole posts or articles in some languages, registered under a versioned name like a
    component: :func:`reader_for` picks the one for a post's language (trucewatch.nlp.posts). ``extractor``
    is what its reports' ``provenance.extractor`` says; ``libraries`` are the distributions and ``data`` the
    package files (``package:path``) whose versions and contents are part of how it reads."""

    name: str
    languages: tuple[str, ...]
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    extractor: str
    function: Callable[..., Any]
    libraries: tuple[str, ...] = ()
    data: tuple[str, ...] = ()
    description: str = ""


READERS: dict[str, Reader] = {}


def reader(
    name: str, *, languages: tuple[str, ...], reads: tuple[str, ...], writes: tuple[str, ...], extractor: str,
    libraries: tuple[str, ...] = (), data: tuple[str, ...] = (),
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register a reader for ``languages`` under a versioned name; one reader per language."""

    def register(function: Callable[..., Any]) -> Callable[..., Any]:
        for other in READERS.values():
            taken = set(other.languages) & set(languages)
            if taken and other.name != name:
                raise PipelineError(f"reader {name!r} claims {', '.join(sorted(taken))}, already read by "
                                    f"{other.name!r}", hint="one reader per language")
        READERS[name] = Reader(name, tuple(languages), tuple(reads), tuple(writes), extractor, function,
                               tuple(libraries), tuple(data),
                               (function.__doc__ or "").strip().splitlines()[0] if function.__doc__ else "")
        return function

    return register


def reader_for(language: str) -> Reader | None:
    """The reader registered for a language code (``en``, ``ru``, ``uk``), or None."""
    return next((each for each in READERS.values() if language in each.languages), None)
