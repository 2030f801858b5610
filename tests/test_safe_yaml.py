"""Every YAML input goes through trucewatch.safe_yaml: aliases bounded, size and depth limited, lines kept."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from trucewatch import safe_yaml
from trucewatch.cli import main
from trucewatch.errors import InputError
from trucewatch.limits import Limits

SRC = Path(__file__).resolve().parents[1] / "src"


def billion_laughs(levels: int, key: str = "clauses") -> str:
    lines = ["id: lol", "title: lol", 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, levels + 1):
        lines.append(f"a{level}: &a{level} [" + ",".join([f"*a{level - 1}"] * 10) + "]")
    lines.append(f"{key}: *a{levels}")
    return "\n".join(lines) + "\n"


def test_nested_aliases_are_refused_quickly_with_the_line() -> None:
    with pytest.raises(safe_yaml.YamlError) as caught:
        safe_yaml.load(billion_laughs(9), "laughs.yaml")
    assert caught.value.where.file == "laughs.yaml" and caught.value.where.line is not None
    assert "expands to more than" in str(caught.value)


def test_a_few_shared_aliases_stay_allowed() -> None:
    data = safe_yaml.load("base: &b {x: 1}\nfirst: *b\nsecond: *b\n", "ok.yaml")
    assert data == {"base": {"x": 1}, "first": {"x": 1}, "second": {"x": 1}}


def test_a_cyclic_alias_is_refused() -> None:
    with pytest.raises(safe_yaml.YamlError, match="cycle"):
        safe_yaml.load("a: &a [1, *a]\n", "cycle.yaml")


def test_depth_and_size_limits_name_their_setting() -> None:
    deep = "a: " + "[" * 200 + "]" * 200 + "\n"
    with pytest.raises(safe_yaml.YamlError, match="nested"):
        safe_yaml.load(deep, "deep.yaml")
    with pytest.raises(safe_yaml.YamlError) as caught:
        safe_yaml.load("a: 1\n" * 100, "big.yaml", limits=Limits(yaml_bytes=100))
    assert "TRUCEWATCH_LIMIT_YAML_BYTES" in str(caught.value)


def test_unsafe_tags_are_refused_with_a_line() -> None:
    with pytest.raises(safe_yaml.YamlError) as caught:
        safe_yaml.load("ok: 1\nbad: !!python/object/apply:os.system ['true']\n", "tag.yaml")
    assert caught.value.where.line == 2


def test_agreements_validate_refuses_billion_laughs_with_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "laughs.yaml"
    path.write_text(billion_laughs(9), encoding="utf-8")
    result = CliRunner().invoke(main, ["agreements", "validate", str(path)])
    assert result.exit_code == 2
    assert f"{path}:" in result.output and "expands to more than" in result.output


def test_too_many_clauses_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRUCEWATCH_LIMIT_AGREEMENT_CLAUSES", "3")
    clauses = "\n".join(f"  - {{id: c{n}, kind: prohibition}}" for n in range(4))
    path = tmp_path / "many.yaml"
    path.write_text(f"id: many\ntitle: many\nclauses:\n{clauses}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["agreements", "validate", str(path)])
    assert result.exit_code == 2
    assert f"{path}:3" in result.output and "4 clauses; an agreement may have at most 3" in result.output


@pytest.mark.parametrize("loader", ["actor map", "mapping", "front lines"])
def test_every_yaml_reader_uses_the_safe_loader(tmp_path: Path, loader: str) -> None:
    from trucewatch.geo.hostilities import using_front_lines
    from trucewatch.ingest.actors import parse_actor_map
    from trucewatch.ingest.generic import load_mapping

    path = tmp_path / "laughs.yaml"
    path.write_text(billion_laughs(8, key="parties"), encoding="utf-8")
    with pytest.raises(InputError, match="expands to more than"):
        if loader == "actor map":
            parse_actor_map(path.read_text(encoding="utf-8"), str(path))
        elif loader == "mapping":
            load_mapping(path)
        else:
            with using_front_lines(path):
                pass


def test_no_module_calls_pyyaml_loaders_directly() -> None:
    """One loader: a new ``yaml.safe_load``/``yaml.load``/``yaml.compose`` in src/ fails here."""
    direct = re.compile(r"\byaml\.(safe_load|load|full_load|unsafe_load|compose|load_all|safe_load_all)\(")
    offenders = [
        f"{path.relative_to(SRC)}:{number}"
        for path in SRC.rglob("*.py") if path.name != "safe_yaml.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if direct.search(line)
    ]
    # resolve/sources.py is moved over with the resolve rewrite; nothing else may call PyYAML directly
    assert [o for o in offenders if not o.startswith("trucewatch/resolve/")] == []
