"""The one place where an exception becomes a response: a fixed JSON shape for every error.

    {"ok": false, "status": 404, "title": "Not Found", "error": "no incident 'x' in the store",
     "code": "TW404", "hint": "..."}

Typed trucewatch errors keep their message, code and hint; request validation errors name the parameter;
anything unexpected is a 500 whose message says only that (details stay in the server log).
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from trucewatch.errors import NotFound, StoreError, TrucewatchError, UserError

log = logging.getLogger("trucewatch.web")


def error_body(status: int, error: str, *, code: str | None = None, hint: str | None = None) -> dict[str, Any]:
    return {"ok": False, "status": status, "title": HTTPStatus(status).phrase, "error": error,
            "code": code, "hint": hint}


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for problem in exc.errors():
        where = ".".join(str(p) for p in problem.get("loc", ()) if p not in ("query", "path"))
        parts.append(f"{where}: {problem.get('msg', 'invalid')}" if where else str(problem.get("msg")))
    return "; ".join(parts) or "invalid request"


def to_response(exc: BaseException) -> JSONResponse:
    """Map any exception to the JSON error shape."""
    headers: dict[str, str] | None = None
    if isinstance(exc, NotFound):
        status, body = 404, error_body(404, exc.message, code=exc.code, hint=exc.hint)
    elif isinstance(exc, UserError):
        status, body = 400, error_body(400, exc.message, code=exc.code, hint=exc.hint)
    elif isinstance(exc, StoreError):
        status, body = 503, error_body(503, exc.message, code=exc.code, hint=exc.hint)
    elif isinstance(exc, TrucewatchError):
        status, body = 500, error_body(500, exc.message, code=exc.code, hint=exc.hint)
    elif isinstance(exc, RequestValidationError):
        status, body = 400, error_body(400, _validation_message(exc), code="TW100")
    elif isinstance(exc, StarletteHTTPException):
        status = exc.status_code
        detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(status).phrase
        if status == 405:
            detail = "this API is read-only: only GET (and HEAD) requests are served"
        body = error_body(status, detail)
        headers = dict(exc.headers) if exc.headers else None
    else:
        log.exception("unexpected error", exc_info=exc)
        status, body = 500, error_body(500, "internal error: see the server log")
    return JSONResponse(body, status_code=status, headers=headers)


async def handle_exception(request: Request, exc: Exception) -> JSONResponse:
    return to_response(exc)
