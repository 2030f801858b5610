"""Checks one decoded JSON value must pass before any field is read: depth, text size, text that UTF-8 cannot
hold, numbers a column cannot hold. Each failure is one reason for a per-line reject, never an exception."""

from __future__ import annotations

import json
import math
from typing import Any

from trucewatch.limits import Limits, env_name

INT64_MAX = 2**63 - 1


class _NotANumber(ValueError):
    pass


def _refuse_constant(name: str) -> Any:
    raise _NotANumber(name)


def decode_json(text: str, limits: Limits) -> tuple[Any, str | None]:
    """``(value, None)``, or ``(None, reason)`` when ``text`` is not JSON trucewatch can take."""
    try:
        value = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        return None, f"not valid JSON: {exc.msg} at column {exc.colno}"
    except _NotANumber as exc:
        return None, f"{exc} is not a number JSON allows"
    except RecursionError:
        return None, f"nested more than {limits.json_depth} levels deep (limit {env_name('json_depth')})"
    return value, check_value(value, limits)


def check_value(value: Any, limits: Limits) -> str | None:
    """The first reason ``value`` cannot be taken, or None. Iterative, so any depth is safe to check."""
    stack: list[tuple[Any, int, str]] = [(value, 1, "")]
    while stack:
        item, depth, path = stack.pop()
        if isinstance(item, dict | list):
            if depth > limits.json_depth:
                return (f"nested more than {limits.json_depth} levels deep at '{path or '<line>'}' "
                        f"(limit {env_name('json_depth')})")
            pairs = item.items() if isinstance(item, dict) else enumerate(item)
            for key, child in pairs:
                if isinstance(key, str):
                    reason = _check_text(key, f"{path}.{key}" if path else key, limits)
                    if reason:
                        return reason
                stack.append((child, depth + 1, f"{path}.{key}" if path else str(key)))
        elif isinstance(item, str):
            reason = _check_text(item, path, limits)
            if reason:
                return reason
        elif isinstance(item, bool) or item is None:
            continue
        elif isinstance(item, int):
            if abs(item) > INT64_MAX:
                shown = str(item) if len(str(item)) <= 30 else f"a {len(str(item))}-digit number"
                return f"'{path}' is {shown}, beyond what a 64-bit integer holds"
        elif isinstance(item, float) and not math.isfinite(item):
            return f"'{path}' is too large to be a number"
    return None


def _check_text(text: str, path: str, limits: Limits) -> str | None:
    if len(text) > limits.field_chars:
        return (f"'{path}' is {len(text):,} characters; fields are limited to {limits.field_chars:,} "
                f"(limit {env_name('field_chars')})")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"'{path}' holds an unpaired UTF-16 surrogate ({text[exc.start]!r}), which is not text"
    return None
