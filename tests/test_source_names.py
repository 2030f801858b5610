"""Each module binds a top-level name once: a second assignment of a pattern or table under the same name silently
replaces the first for every reader of it (a lexicon's opening-clause pattern and a word pattern in the posts reader
were each defined twice, the later definition winning for code written against the earlier)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "trucewatch"


def top_level_names(tree: ast.Module) -> Counter[str]:
    """How often each name is bound at a module's top level by an assignment, a function or a class (imports and
    ``if TYPE_CHECKING`` blocks aside)."""
    bound: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            bound.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            bound[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            bound[node.name] += 1
    return bound


def test_the_check_finds_a_second_definition() -> None:
    tree = ast.parse("import re\nA = re.compile('a')\ndef f() -> None: ...\nA = re.compile('b')\nB: int = 1\n")
    assert [name for name, count in top_level_names(tree).items() if count > 1] == ["A"]


def test_no_module_binds_a_top_level_name_twice() -> None:
    twice = [f"{path.relative_to(SRC)}: {name}" for path in sorted(SRC.rglob("*.py"))
             for name, count in top_level_names(ast.parse(path.read_text(encoding="utf-8"))).items() if count > 1]
    assert twice == []
