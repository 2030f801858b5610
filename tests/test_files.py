"""Output files are written whole or not at all, with the permissions any new file of the user gets."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from trucewatch.files import write_chunks_atomically, write_text_atomically


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_follows_the_umask(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        write_text_atomically(tmp_path / "report.json", "{}\n")
        os.umask(0o077)
        write_text_atomically(tmp_path / "private.json", "{}\n")
    finally:
        os.umask(previous)
    assert _mode(tmp_path / "report.json") == 0o644  # not the temporary file's 0600
    assert _mode(tmp_path / "private.json") == 0o600


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "findings.csv"
    target.write_text("old\n")
    target.chmod(0o640)
    write_chunks_atomically(target, ["a,b\n", "1,2\n"])
    assert target.read_text() == "a,b\n1,2\n"
    assert _mode(target) == 0o640


def test_a_failure_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("kept\n")

    def chunks() -> Iterator[str]:
        yield "first\n"
        raise ValueError("bad line 7")

    with pytest.raises(ValueError, match="bad line 7"):
        write_chunks_atomically(target, chunks())
    assert target.read_text() == "kept\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]
