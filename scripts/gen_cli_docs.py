"""Write docs/cli.md from the CLI's own help texts: `python scripts/gen_cli_docs.py`.

tests/test_docs.py fails when docs/cli.md is out of date, so the reference never drifts from the code.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from trucewatch.cli import main

DOC = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def _walk(ctx: click.Context, out: list[tuple[int, str, str]], depth: int = 1) -> None:
    """Help of ``ctx.command`` and of every subcommand, each rendered in a context whose parent chain is the
    one a real invocation builds (so inherited settings such as ``-h`` apply)."""
    command = ctx.command
    out.append((depth, ctx.command_path, command.get_help(ctx)))
    if isinstance(command, click.Group):
        for name in sorted(command.commands):
            sub = command.commands[name]
            _walk(click.Context(sub, info_name=name, parent=ctx, **sub.context_settings), out, depth + 1)


def render() -> str:
    parts = ["# CLI reference\n", "Generated from the commands' own help by `python scripts/gen_cli_docs.py`; "
             "do not edit by hand.\n"]
    root = click.Context(main, info_name="trucewatch", terminal_width=100, max_content_width=100,
                         **main.context_settings)
    entries: list[tuple[int, str, str]] = []
    _walk(root, entries)
    for depth, name, help_text in entries:
        level = "##" if depth <= 2 else "###"
        parts.append(f"{level} `{name}`\n\n```text\n{help_text}\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    text = render()
    if "--check" in sys.argv:
        sys.exit(0 if DOC.exists() and DOC.read_text(encoding="utf-8") == text else 1)
    DOC.write_text(text, encoding="utf-8")
    print(f"wrote {DOC}")
