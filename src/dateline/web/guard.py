"""ASGI middleware: security headers, host and origin checks, and the upload size limit.

- every response gets a strict Content-Security-Policy (no inline script or style, nothing
  from other origins), ``X-Content-Type-Options: nosniff``, no referrer, no framing;
- requests whose ``Host`` is not one the server answers to are refused (DNS rebinding);
- state-changing requests from another origin are refused (no CORS, no cross-site forms);
- request bodies over ``max_body`` bytes answer 413 before any route reads them.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

from dateline.web.errors import error_body

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")
HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
)
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return bytes(value).decode("latin-1")
    return None


def _hostname(hostport: str) -> str:
    return (urlsplit("//" + hostport).hostname or "").lower()


async def _reject(scope: Scope, send: Send, status: int, code: str, message: str) -> None:
    path = str(scope.get("path", ""))
    if path.startswith("/api"):
        body, kind = json.dumps(error_body(code, message)).encode(), b"application/json"
    else:
        body, kind = f"{status} {message}".encode(), b"text/plain; charset=utf-8"
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", kind), (b"content-length", str(len(body)).encode()),
                            *HEADERS]})
    await send({"type": "http.response.body", "body": body})


class Guard:
    """Security headers plus Host, Origin and body-size checks."""

    def __init__(self, app: ASGIApp, *, hosts: Iterable[str] | None, max_body: int) -> None:
        self.app = app
        self.hosts = None if hosts is None else {h.lower() for h in hosts}
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        host = _header(scope, b"host") or ""
        if self.hosts is not None and _hostname(host) not in self.hosts:
            await _reject(scope, send, 400, "bad_request", "unknown Host header")
            return
        method = str(scope.get("method", "GET")).upper()
        if method in UNSAFE:
            origin = _header(scope, b"origin")
            site = _header(scope, b"sec-fetch-site")
            if (origin not in (None, "null") and urlsplit(origin).netloc.lower() != host.lower()) \
                    or site == "cross-site":
                await _reject(scope, send, 403, "forbidden", "cross-origin request refused")
                return
            length = _header(scope, b"content-length")
            if length is not None and (not length.isdigit() or int(length) > self.max_body):
                await _reject(scope, send, 413, "too_large",
                              f"request body over the limit of {self.max_body} bytes")
                return
            body = await self._read_body(receive)
            if body is None:
                await _reject(scope, send, 413, "too_large",
                              f"request body over the limit of {self.max_body} bytes")
                return
            receive = _replay(body, receive)

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {bytes(k).lower() for k, _ in headers}
                headers += [(k, v) for k, v in HEADERS if k not in present]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)

    async def _read_body(self, receive: Receive) -> bytes | None:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = bytes(message.get("body", b""))
            size += len(chunk)
            if size > self.max_body:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)


def _replay(body: bytes, original: Receive) -> Receive:
    """The buffered body once, then the client's own messages (its disconnect)."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return await original()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive
