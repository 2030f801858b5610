"""The command-line interface. Every module here named ``*_commands.py`` adds its commands to ``main``."""

from __future__ import annotations

import importlib
import pkgutil

from trucewatch.cli.app import main

for _module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
    if _module.endswith("_commands"):
        importlib.import_module(f"{__name__}.{_module}")

__all__ = ["main"]
