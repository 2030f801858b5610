"""The embedded DuckDB store."""

from trucewatch.store.db import DEFAULT_DB, ENV_DB, Store, default_path
from trucewatch.store.schema import SCHEMA_VERSION

__all__ = ["DEFAULT_DB", "ENV_DB", "SCHEMA_VERSION", "Store", "default_path"]
