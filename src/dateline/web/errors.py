"""One error shape for every 4xx/5xx of the API: ``{"error": {"code", "message", "details"}}``.

Pages (paths outside ``/api``) get the same information as an HTML page.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from dateline.errors import DatelineError, InputError, StoreLockedError

log = logging.getLogger(__name__)

CODES = {400: "bad_request", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
         406: "not_acceptable", 409: "conflict", 413: "too_large", 415: "unsupported_media_type",
         422: "invalid_parameters", 429: "too_many_requests", 500: "internal_error",
         503: "unavailable"}


class ErrorDetail(BaseModel):
    code: str
    message: str
    details: Any = None


class ErrorOut(BaseModel):
    """The body of every API error."""

    error: ErrorDetail


#: OpenAPI ``responses`` for API routes
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut, "description": CODES[code]} for code in (400, 404, 413, 422)
}


class APIError(Exception):
    """An error with an HTTP status, raised by routes."""

    def __init__(self, status: int, message: str, *, code: str | None = None,
                 details: Any = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or CODES.get(status, "error")
        self.message = message
        self.details = details


def error_body(code: str, message: str, details: Any = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "details": details}}


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api")


def respond(request: Request, status: int, code: str, message: str,
            details: Any = None) -> Response:
    if _is_api(request):
        return JSONResponse(error_body(code, message, details), status_code=status)
    templates = getattr(request.app.state, "templates", None)
    if templates is None:
        return HTMLResponse(f"{status} {code}", status_code=status)
    page: Response = templates.TemplateResponse(request, "error.html", {
        "status": status, "code": code, "message": message, "details": details,
    }, status_code=status)
    return page


def _validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    """Where and what, without echoing values or Python objects back."""
    return [{"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", "")),
             "type": str(e.get("type", ""))} for e in exc.errors()]


def install(app: FastAPI) -> None:
    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return respond(request, exc.status_code, CODES.get(exc.status_code, "error"),
                       str(exc.detail))

    async def api_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, APIError)
        return respond(request, exc.status, exc.code, exc.message, exc.details)

    async def invalid(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return respond(request, 422, "invalid_parameters", "invalid request parameters",
                       _validation_details(exc))

    async def dateline_error(request: Request, exc: Exception) -> Response:
        if isinstance(exc, InputError):
            return respond(request, 422, "invalid_input", str(exc))
        if isinstance(exc, StoreLockedError):
            return respond(request, 503, "unavailable", str(exc))
        log.exception("dateline error on %s", request.url.path)
        return respond(request, 500, "internal_error", str(exc))

    async def crash(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return respond(request, 500, "internal_error", "internal server error")

    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(APIError, api_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(DatelineError, dateline_error)
    app.add_exception_handler(Exception, crash)
