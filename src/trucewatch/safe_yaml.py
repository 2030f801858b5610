"""The one way trucewatch reads YAML: safe tags only, bounded size, depth and alias expansion, lines kept.

PyYAML's safe loader still builds whatever the aliases describe; a 665-byte file of nested aliases ("billion
laughs") describes billions of nodes and every walk over it (line indexing, validation, serialising) blows
up. Aliases stay allowed (rule cases share one inline agreement between cases) but every use of an alias
counts its whole subtree against :attr:`~trucewatch.limits.Limits.yaml_nodes`, counted without walking
the expansion. Every problem is an :class:`YamlError` naming the file and line.
"""

from __future__ import annotations

from typing import Any

import yaml

from trucewatch import limits as limits_module
from trucewatch.errors import InputError, Where
from trucewatch.limits import Limits


class YamlError(InputError):
    """A YAML input is malformed or over a limit."""

    code = "TW210"


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def check_expansion(root: yaml.Node, source: str, limits: Limits) -> int:
    """Nodes of ``root`` with every alias use counted in full; YamlError over the limits or for a cycle.

    Iterative and memoised per node, so the cost is the size of the file, not of its expansion."""
    sizes: dict[int, int] = {}
    depths: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if children_done:
            children = _children(node)
            size = 1 + sum(sizes[id(child)] for child in children)
            depth = 1 + max((depths[id(child)] for child in children), default=0)
            open_nodes.discard(key)
            if size > limits.yaml_nodes:
                raise YamlError(
                    f"the YAML expands to more than {limits.yaml_nodes:,} nodes (aliases counted in full)",
                    Where(source, _line(node)),
                    hint=f"write the values out, or raise {limits_module.env_name('yaml_nodes')}",
                )
            if depth > limits.yaml_depth:
                raise YamlError(f"the YAML is nested more than {limits.yaml_depth} levels deep",
                                Where(source, _line(node)),
                                hint=f"flatten it, or raise {limits_module.env_name('yaml_depth')}")
            sizes[key] = size
            depths[key] = depth
            continue
        if key in sizes:
            continue
        if key in open_nodes:
            raise YamlError("an alias refers to a node that contains it (a cycle)", Where(source, _line(node)))
        open_nodes.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if id(child) not in sizes)
    return sizes[id(root)]


def _syntax_error(exc: yaml.YAMLError, source: str) -> YamlError:
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        what = " ".join(part for part in (exc.context, exc.problem) if part)
        return YamlError(f"not valid YAML (YAML syntax error: {what})", Where(source, mark.line + 1 if mark else None))
    return YamlError(f"YAML error: {exc}", Where(source))


def compose_and_load(
    text: str, source: str, *, loader: type[yaml.SafeLoader] = yaml.SafeLoader, limits: Limits | None = None
) -> tuple[yaml.Node | None, Any]:
    """Parse one YAML document with ``loader`` (a SafeLoader subclass): its node tree (for line numbers)
    and its data. ``(None, None)`` for an empty document. YamlError names file and line for any problem."""
    return _parse(text, source, loader, limits or limits_module.current(), construct=True)


def compose(text: str, source: str, *, limits: Limits | None = None) -> yaml.Node | None:
    """The node tree of one YAML document (``None`` when empty), checked as :func:`compose_and_load`."""
    return _parse(text, source, yaml.SafeLoader, limits or limits_module.current(), construct=False)[0]


def load(text: str, source: str, *, limits: Limits | None = None) -> Any:
    """The data of one YAML document (``None`` when empty), safe tags only, checked as
    :func:`compose_and_load`."""
    return compose_and_load(text, source, limits=limits)[1]


def _parse(
    text: str, source: str, loader: type[yaml.SafeLoader], limits: Limits, *, construct: bool
) -> tuple[yaml.Node | None, Any]:
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > limits.yaml_bytes:
        raise YamlError(f"the file is {size:,} bytes; YAML inputs are limited to {limits.yaml_bytes:,}",
                        Where(source), hint=f"raise {limits_module.env_name('yaml_bytes')} if it is genuine")
    try:
        parser = loader(text)  # reads the first characters already: a control character fails here
    except yaml.YAMLError as exc:
        raise _syntax_error(exc, source) from exc
    try:
        root = parser.get_single_node()
        if root is None:
            return None, None
        check_expansion(root, source, limits)
        return root, parser.construct_document(root) if construct else None
    except yaml.YAMLError as exc:
        raise _syntax_error(exc, source) from exc
    except RecursionError as exc:
        raise YamlError(f"the YAML is nested too deeply (limit {limits.yaml_depth} levels)",
                        Where(source)) from exc
    except (ValueError, OverflowError) as exc:  # e.g. a !!timestamp or number the constructor cannot build
        raise YamlError(f"YAML value error: {exc}", Where(source)) from exc
    finally:
        parser.dispose()
