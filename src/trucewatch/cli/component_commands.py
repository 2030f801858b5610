"""``components``: the registered readers and extraction components, with their versions."""

from __future__ import annotations

from trucewatch.api import text
from trucewatch.cli.app import console, echo_json, format_option, main, table


@main.command("components")
@format_option("table", "json")
def components(fmt: str) -> None:
    """The registered readers (one per language, with the library versions and data digests they depend
    on) and the English pipeline's components in order, each with what it reads and writes."""
    listed = text.components()
    if fmt == "json":
        echo_json(listed)
        return
    console().print(table("readers", ("name", "languages", "extractor", "libraries", "data"), [
        [entry["name"], ", ".join(entry["languages"]), entry["extractor"],
         ", ".join(f"{name} {version}" for name, version in entry["libraries"].items()),
         ", ".join(f"{name} {digest}" for name, digest in entry["data"].items())]
        for entry in listed["readers"]]))
    console().print(table("pipeline (en)", ("name", "reads", "writes"), [
        [step["name"], ", ".join(step["reads"]), ", ".join(step["writes"])] for step in listed["pipeline_en"]]))
    if listed["other_components"]:
        console().print(table("other components", ("name", "reads", "writes"), [
            [step["name"], ", ".join(step["reads"]), ", ".join(step["writes"])]
            for step in listed["other_components"]]))
