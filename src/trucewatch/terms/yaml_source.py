"""Read agreement YAML into plain data plus a map from field path to line number.

One parse gives both: the node tree is composed (so every value keeps its position) and then constructed.
Two deliberate departures from PyYAML's YAML 1.1 defaults keep analysts' files honest:

* dates and times stay text, so the terms layer parses them itself with its own time-zone rules;
* only ``true`` / ``false`` are booleans (YAML 1.2), so the country code ``NO`` or a ``yes`` never turns
  into a boolean behind the author's back.

Duplicate keys in one mapping are reported instead of silently keeping the last one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from trucewatch import safe_yaml
from trucewatch.errors import Problem, Where

PathKey = str | int
FieldPath = tuple[PathKey, ...]


class _AgreementYamlLoader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 booleans and no implicit timestamps."""


_AgreementYamlLoader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_AgreementYamlLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)


def _keep_timestamp_as_text(loader: yaml.SafeLoader, node: yaml.Node) -> str:
    # An explicit !!timestamp tag still reaches here; keep its text so our own parser sees it.
    return str(loader.construct_scalar(node))  # type: ignore[arg-type]


_AgreementYamlLoader.add_constructor("tag:yaml.org,2002:timestamp", _keep_timestamp_as_text)


def render_path(path: FieldPath) -> str:
    """``("clauses", 0, "scope", "include", 2)`` -> ``clauses[0].scope.include[2]``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


@dataclass
class YamlDocument:
    """The constructed data of one YAML document and where each field path starts."""

    data: Any
    source_name: str
    lines: dict[FieldPath, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def line_of(self, path: FieldPath) -> int | None:
        """Line of ``path``, or of its nearest ancestor that exists (a missing field -> its parent)."""
        for cut in range(len(path), -1, -1):
            line = self.lines.get(path[:cut])
            if line is not None:
                return line
        return None

    def where(self, path: FieldPath) -> Where:
        return Where(self.source_name, self.line_of(path), render_path(path) or None)

    def problem(self, path: FieldPath, message: str) -> Problem:
        return Problem(self.where(path), message)


class YamlReadError(Exception):
    """The text is not a usable YAML mapping; carries one problem with a line."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def read_yaml(text: str, source_name: str) -> YamlDocument:
    """Parse ``text``; raise :class:`YamlReadError` for syntax errors, empty input or a non-mapping root."""
    try:
        root, data = safe_yaml.compose_and_load(text, source_name, loader=_AgreementYamlLoader)
    except safe_yaml.YamlError as exc:
        detail = f"{exc.detail} ({exc.hint})" if exc.hint else exc.detail
        raise YamlReadError(Problem(exc.where, detail)) from exc
    if root is None:
        raise YamlReadError(Problem(Where(source_name, 1), "the file is empty; an agreement is a YAML mapping"))

    if not isinstance(root, yaml.MappingNode):
        kind = "a list" if isinstance(root, yaml.SequenceNode) else f"the value {data!r}"
        raise YamlReadError(
            Problem(
                Where(source_name, root.start_mark.line + 1),
                f"an agreement must be a YAML mapping (id:, title:, parties: …), found {kind}",
            )
        )
    document = YamlDocument(data=data, source_name=source_name)
    _index_lines(root, (), document)
    return document


def _index_lines(node: yaml.Node, path: FieldPath, document: YamlDocument) -> None:
    document.lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
            key_line = key_node.start_mark.line + 1
            if key in seen:
                document.problems.append(
                    Problem(
                        Where(document.source_name, key_line, render_path((*path, key))),
                        f"duplicate key {key!r} (first given on line {seen[key]}); YAML would keep only "
                        "the last one",
                    )
                )
                continue
            seen[key] = key_line
            # A field's line is the line of its key, which is what an author looks for.
            document.lines[(*path, key)] = key_line
            _index_lines(value_node, (*path, key), document)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _index_lines(item, (*path, index), document)
