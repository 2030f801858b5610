"""A name never runs across a line break from a capitalised word to another: "… at positions near Robotyne" above
"Footage published by the defence ministry." is Robotyne, not a place "Robotyne Footage" no gazetteer holds.

A monitor's title without a full stop and its description below it are one sentence to the sentencizer; the name
patterns join capitalised words across the line break, and the title's last name, the place of the event, was lost
with the description's first word. The break is made a colon for the name patterns only (same length, so spans
hold), where a capitalised word ends one line and another starts the next: a title's closing name set apart from
what follows, as "Volnovakha: civilians killed" is; a line wrapped inside a sentence ("shelling near\\nKharkiv")
keeps its words joined.
"""

from __future__ import annotations

import re

# a capitalised word (a name's last) at a line's end, the next line starting with a capital
_BREAK = re.compile(r"(?<=[\w'’])[ \t]*\n(?=[ \t]*[A-ZА-ЯІЇЄҐ])")
_LAST_WORD = re.compile(r"([\w'’-]+)$")


def lines_apart(sentence: str) -> str:
    """``sentence`` with each line break between a capitalised word and a capitalised line made a colon."""
    if "\n" not in sentence:
        return sentence

    def stop(match: re.Match[str]) -> str:
        word = _LAST_WORD.search(sentence, 0, match.start())
        if word is None or not word.group(1)[:1].isupper():
            return match.group(0)
        return match.group(0).replace("\n", ":")

    return _BREAK.sub(stop, sentence)
