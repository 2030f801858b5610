"""trucewatch: make a ceasefire checkable from open sources."""

from trucewatch.model import ENGINE_VERSION

__version__ = ENGINE_VERSION

