"""Typed errors. Library code raises these; only the CLI and web layers turn them into output.

Every error says what was wrong, where (file:line or a field path) and, where it helps, what to do next.
Exit codes follow the house convention: 0 clean, 1 findings (for check-like commands), 2 could not run.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class TrucewatchError(Exception):
    """Base class for every error trucewatch raises on purpose."""

    exit_code = 2
    code = "TW000"

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        if self.hint:
            return f"{self.message}\n  hint: {self.hint}"
        return self.message


@dataclass(frozen=True)
class Where:
    """A place in an input: a file, optionally a 1-based line and a dotted field path."""

    file: str | None = None
    line: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        parts: list[str] = []
        if self.file:
            parts.append(self.file if self.line is None else f"{self.file}:{self.line}")
        elif self.line is not None:
            parts.append(f"line {self.line}")
        if self.field:
            parts.append(f"field '{self.field}'")
        return ", ".join(parts) if parts else "<input>"


class UserError(TrucewatchError):
    """The user asked for something that cannot be done (bad option, unknown id, missing file)."""

    code = "TW100"


class InputError(UserError):
    """An input file is malformed. Carries where the problem is."""

    code = "TW200"

    def __init__(self, message: str, where: Where | None = None, *, hint: str | None = None) -> None:
        self.where = where or Where()
        super().__init__(f"{self.where}: {message}", hint=hint)
        self.detail = message


@dataclass
class Problem:
    """One problem found while validating many records (used to report all of them at once)."""

    where: Where
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class ValidationFailed(InputError):
    """Several problems found in one input; all are listed so the user can fix them in one pass."""

    code = "TW201"

    def __init__(self, source: str, problems: list[Problem], *, hint: str | None = None) -> None:
        self.problems = problems
        shown = "\n".join(f"  - {p}" for p in problems[:50])
        more = f"\n  … and {len(problems) - 50} more" if len(problems) > 50 else ""
        noun = "problem" if len(problems) == 1 else "problems"
        super().__init__(f"{len(problems)} {noun}:\n{shown}{more}", Where(file=source), hint=hint)


class AgreementError(InputError):
    """An agreement file does not validate."""

    code = "TW300"


class StoreError(TrucewatchError):
    """The store cannot be opened, is of an unknown schema version, or a write conflicts."""

    code = "TW400"


class NotFound(UserError):
    """An id (agreement, reading, incident, report) does not exist in the store."""

    code = "TW404"


@dataclass
class RowErrors:
    """Collected per-row rejections during an ingest, keyed by input line number."""

    file: str
    rejected: list[Problem] = field(default_factory=list)

    def add(self, line: int | None, message: str, field_path: str | None = None) -> None:
        self.rejected.append(Problem(Where(self.file, line, field_path), message))
