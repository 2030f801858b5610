"""Write docs/cli.md from the CLI's own help texts: `python scripts/gen_cli_docs.py`.

tests/test_docs.py fails when docs/cli.md is out of date, so the reference never drifts from the code.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from trucewatch.cli import main

DOC = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def _walk(command: click.Command, path: list[str]) -> list[tuple[list[str], click.Command]]:
    out = [(path, command)]
    if isinstance(command, click.Group):
        for name in sorted(command.commands):
            out.extend(_walk(command.commands[name], [*path, name]))
    return out


def render() -> str:
    parts = ["# CLI reference\n", "Generated from the commands' own help by `python scripts/gen_cli_docs.py`; "
             "do not edit by hand.\n"]
    for path, command in _walk(main, ["trucewatch"]):
        name = " ".join(path)
        with click.Context(command, info_name=name, terminal_width=100, max_content_width=100) as ctx:
            help_text = command.get_help(ctx)
        level = "##" if len(path) <= 2 else "###"
        parts.append(f"{level} `{name}`\n\n```text\n{help_text}\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    text = render()
    if "--check" in sys.argv:
        sys.exit(0 if DOC.exists() and DOC.read_text(encoding="utf-8") == text else 1)
    DOC.write_text(text, encoding="utf-8")
    print(f"wrote {DOC}")
