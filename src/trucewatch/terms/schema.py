"""The shape of an agreement file, as pydantic models (used at the boundary only, then discarded).

Everything is strict: text must be text, lists lists, unknown keys are errors. Meaning (party ids exist,
taxonomy codes are valid, times parse) is checked afterwards in :mod:`trucewatch.terms.build`, where every
problem is collected with its line.
"""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError

SLUG = r"^[a-z0-9][a-z0-9-]*$"
PARTY_ID = r"^[A-Z][A-Z0-9_]*$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class CitationIn(_Strict):
    source: str = Field(min_length=1)
    date: str = Field(min_length=1)
    url: str | None = None
    paraphrase: str = Field(min_length=1)


class PartyIn(_Strict):
    id: str = Field(pattern=PARTY_ID)
    name: str = Field(min_length=1)
    actors: list[str] = Field(default_factory=list)


class ScopeIn(_Strict):
    include: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)


class AreaIn(_Strict):
    name: str = Field(min_length=1)
    bbox: list[float] = Field(min_length=4, max_length=4)


class GeoExcludeIn(_Strict):
    countries: list[str] = Field(default_factory=list)
    admin1: list[str] = Field(default_factory=list)


class GeoIncludeIn(GeoExcludeIn):
    areas: list[AreaIn] = Field(default_factory=list)


class GeographyIn(_Strict):
    include: GeoIncludeIn = Field(default_factory=GeoIncludeIn)
    exclude: GeoExcludeIn = Field(default_factory=GeoExcludeIn)


class WindowIn(_Strict):
    tz: str | None = None
    start: str | None = None
    end: str | None = None
    duration: str | None = None


class ClauseIn(_Strict):
    id: str = Field(pattern=SLUG)
    kind: typing.Literal["prohibition", "obligation"]
    title: str = Field(min_length=1)
    description: str | None = None
    acts: list[str] = Field(min_length=1)
    bound_parties: list[str] = Field(min_length=1)
    scope: ScopeIn | None = None
    geography: GeographyIn | None = None
    deadline: str | None = None
    citations: list[CitationIn] = Field(min_length=1)


class ReadingIn(_Strict):
    id: str = Field(pattern=SLUG)
    name: str = Field(min_length=1)
    held_by: str | None = None
    note: str | None = None
    window: WindowIn | None = None
    scope: ScopeIn | None = None
    clause_scopes: dict[str, ScopeIn] = Field(default_factory=dict)
    bound_parties: list[str] | None = None
    geography: GeographyIn | None = None
    in_force: bool = True
    in_force_reason: str | None = None
    citations: list[CitationIn] = Field(min_length=1)


class AgreementIn(_Strict):
    id: str = Field(pattern=SLUG)
    title: str = Field(min_length=1)
    description: str | None = None
    parties: list[PartyIn] = Field(min_length=1)
    declared_by: list[str] = Field(default_factory=list)
    anchors: dict[str, str] = Field(default_factory=dict)
    window: WindowIn
    reciprocity: str | None = None
    clauses: list[ClauseIn] = Field(min_length=1)
    readings: list[ReadingIn] = Field(default_factory=list)
    citations: list[CitationIn] = Field(default_factory=list)


# ------------------------------------------------------------------------------ pydantic errors, readable
_TYPE_NAMES = {
    "str": "text", "string": "text", "int": "a whole number", "float": "a number", "bool": "true or false",
    "list": "a list", "dict": "a mapping", "NoneType": "nothing (null)",
}


def _described(value: Any) -> str:
    return _TYPE_NAMES.get(type(value).__name__, type(value).__name__)


def _unwrap(annotation: Any) -> Any:
    """Optional[X] -> X."""
    origin = typing.get_origin(annotation)
    if origin in (Union, types.UnionType):
        members = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        if len(members) == 1:
            return _unwrap(members[0])
    return annotation


def _model_at(path: tuple[str | int, ...]) -> type[BaseModel] | None:
    """The pydantic model that validates the mapping at ``path`` (to list its allowed keys)."""
    current: Any = AgreementIn
    for part in path:
        current = _unwrap(current)
        origin = typing.get_origin(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            if not isinstance(part, str) or part not in current.model_fields:
                return None
            current = current.model_fields[part].annotation
        elif origin is list and isinstance(part, int):
            current = typing.get_args(current)[0]
        elif origin is dict and isinstance(part, str):
            current = typing.get_args(current)[1]
        else:
            return None
    current = _unwrap(current)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def readable_errors(error: ValidationError) -> list[tuple[tuple[str | int, ...], str]]:
    """Each pydantic error as (field path, message an analyst understands)."""
    readable: list[tuple[tuple[str | int, ...], str]] = []
    for item in error.errors(include_url=False):
        path = tuple(part for part in item["loc"] if isinstance(part, (str, int)))
        kind, value = item["type"], item.get("input")
        name = path[-1] if path else "<root>"
        if kind == "missing":
            message = f"missing required field {name!r}"
        elif kind == "extra_forbidden":
            model = _model_at(path[:-1])
            allowed = sorted(model.model_fields) if model else []
            close = difflib.get_close_matches(str(name), allowed, n=1, cutoff=0.6)
            hint = f"did you mean {close[0]!r}?" if close else f"allowed: {', '.join(allowed)}"
            message = f"unknown field {name!r} ({hint})"
        elif kind == "model_type":
            message = f"expected a mapping of fields, got {_described(value)}"
        elif kind.endswith("_type"):
            expected = _TYPE_NAMES.get(kind.removesuffix("_type"), kind.removesuffix("_type"))
            shown = f" {value!r}" if isinstance(value, (int, float, bool, str)) else ""
            message = f"expected {expected}, got {_described(value)}{shown}"
        elif kind == "string_pattern_mismatch":
            pattern = str(item.get("ctx", {}).get("pattern", ""))
            rule = (
                "a lowercase slug (letters, digits, hyphens), e.g. 'energy-strikes'"
                if pattern == SLUG
                else "an upper-case party id, e.g. 'RU'"
            )
            message = f"{value!r} is not {rule}"
        elif kind == "literal_error":
            message = f"{value!r} is not allowed; {item['msg'].removeprefix('Input should be ').lower()}"
        elif kind == "string_too_short" or (kind == "too_short" and isinstance(value, list) and not value):
            message = "must not be empty"
        else:
            message = str(item["msg"])
        readable.append((path, message))
    return readable
