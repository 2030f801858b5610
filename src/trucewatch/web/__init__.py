"""The web front end: a read-only FastAPI app (JSON API + dashboard) over one store."""

from trucewatch.web.app import DEFAULT_HOST, DEFAULT_PORT, create_app
from trucewatch.web.serve import get_once, run_server

__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "create_app", "get_once", "run_server"]
