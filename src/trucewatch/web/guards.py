"""ASGI guards in front of the app: the Host header check and HEAD answered as GET without a body.

Host check: a web page on another site can point its own domain at 127.0.0.1 ("DNS rebinding") and then
read a local dashboard as if it were its own origin; the browser still sends that domain as the Host
header. So a request is served only when its Host names the bound address, ``localhost`` for a loopback
address, any IP literal when the server binds every interface, or a name given with ``--allowed-host``.
Anything else is a 400 in the API's JSON error shape.
"""

from __future__ import annotations

import ipaddress
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from trucewatch.web.errors import error_body

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
WILDCARDS = frozenset({"", "0.0.0.0", "::"})


def host_name(header: str) -> str:
    """``[::1]:8000`` -> ``::1``; ``Example.org.:80`` -> ``example.org``."""
    value = header.strip().lower()
    if value.startswith("["):
        return value[1:value.find("]")] if "]" in value else value
    if value.count(":") == 1:
        value = value.split(":", 1)[0]
    return value.rstrip(".")


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def _is_loopback(name: str) -> bool:
    return name in LOOPBACK_NAMES or (_is_ip(name) and ipaddress.ip_address(name).is_loopback)


def host_allowed(name: str, bound: str, allowed: tuple[str, ...]) -> bool:
    bound_name = host_name(bound)
    if name in {host_name(a) for a in allowed} or name == bound_name:
        return True
    if bound_name in WILDCARDS:
        return _is_ip(name) or name == "localhost"
    return _is_loopback(bound_name) and _is_loopback(name)


class HostCheck:
    def __init__(self, app: ASGIApp, *, bound: str, allowed: tuple[str, ...] = ()) -> None:
        self.app = app
        self.bound = bound
        self.allowed = allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope["headers"]}
        name = host_name(headers.get("host", ""))
        if host_allowed(name, self.bound, self.allowed):
            await self.app(scope, receive, send)
            return
        body = json.dumps(error_body(
            400, f"the Host header {name!r} is not this server's address",
            code="TW100", hint="open the dashboard by the address the server prints, or start it with "
                               f"--allowed-host {name or 'NAME'}")).encode("utf-8")
        await send({"type": "http.response.start", "status": 400,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode("ascii"))]})
        await send({"type": "http.response.body", "body": b"" if scope.get("method") == "HEAD" else body})


class HeadAsGet:
    """HEAD on any GET route: run it as GET and send the headers (Content-Length included) without the body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if not message.get("more_body", False):
                    await send({"type": "http.response.body", "body": b""})
                return
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_headers_only)
