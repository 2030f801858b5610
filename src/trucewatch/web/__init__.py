"""The web front end: a read-only FastAPI app (JSON API + dashboard) over one store."""

from trucewatch.web.app import DEFAULT_HOST, DEFAULT_PORT, create_app

__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "create_app"]
