"""Agreements as code: YAML -> validated :class:`trucewatch.model.Agreement`, readings, effective clauses.

The format is documented in docs/agreements.md. Pydantic checks the shape at the boundary; the rest of the
program sees only the frozen dataclasses of :mod:`trucewatch.model`.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from trucewatch.errors import AgreementError, Where
from trucewatch.model import Agreement
from trucewatch.terms.build import ACT_ALIASES, AgreementInvalid, build_agreement
from trucewatch.terms.effective import AS_WRITTEN, effective_clauses, readings_of
from trucewatch.terms.serialize import agreement_from_dict, agreement_to_dict


def load_agreement_text(text: str, source_name: str = "<string>") -> Agreement:
    """Validate agreement YAML given as text. Raises :class:`AgreementInvalid` listing every problem."""
    return build_agreement(text, source_name)


def load_agreement_file(path: str | Path) -> Agreement:
    """Load and validate one agreement file; ``source_sha256`` is the hash of its bytes."""
    file = Path(path)
    try:
        raw = file.read_bytes()
    except FileNotFoundError:
        raise AgreementError("agreement file not found", Where(str(file))) from None
    except OSError as exc:
        raise AgreementError(f"cannot read agreement file: {exc.strerror}", Where(str(file))) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise AgreementError("the file is not UTF-8 text", Where(str(file), line)) from None
    return build_agreement(text, str(file), raw)


def shipped_agreement_paths() -> list[Path]:
    """The agreement files packaged with trucewatch (the 2025 case file), sorted by name."""
    folder = resources.files("trucewatch") / "data" / "agreements"
    return sorted(
        Path(str(entry)) for entry in folder.iterdir() if entry.name.endswith((".yaml", ".yml"))
    )


def load_shipped() -> list[Agreement]:
    return [load_agreement_file(path) for path in shipped_agreement_paths()]


__all__ = [
    "ACT_ALIASES",
    "AS_WRITTEN",
    "AgreementInvalid",
    "agreement_from_dict",
    "agreement_to_dict",
    "effective_clauses",
    "load_agreement_file",
    "load_agreement_text",
    "load_shipped",
    "readings_of",
    "shipped_agreement_paths",
]
