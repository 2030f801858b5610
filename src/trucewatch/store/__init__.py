"""The embedded DuckDB store."""

from trucewatch.store.db import (
    DEFAULT_DB,
    ENV_DB,
    ENV_MEMORY_LIMIT,
    ENV_TEMP_DIR,
    Store,
    default_memory_limit,
    default_path,
    readers_share_writer,
)
from trucewatch.store.schema import SCHEMA_VERSION

__all__ = ["DEFAULT_DB", "ENV_DB", "ENV_MEMORY_LIMIT", "ENV_TEMP_DIR", "SCHEMA_VERSION", "Store",
           "default_memory_limit", "default_path", "readers_share_writer"]
