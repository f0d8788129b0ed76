"""uvicorn's HTTP protocols, with TCP_NODELAY on every connection.

uvicorn (0.54) leaves Nagle's algorithm on for the connections that its `--workers N`
supervisor accepts (it binds the listening socket without IPPROTO_TCP; uvicorn issue #3149),
so every keep-alive response after the first waits about 40 ms for the client's delayed ACK.
Serve with `http=NoDelayHttpToolsProtocol` (`--http serve.http:NoDelayHttpToolsProtocol`):
httptools parses in C, about 1.5 ms of CPU a request less than the pure-Python h11 (which
`NoDelayH11Protocol` keeps, for a machine without httptools).
"""

from __future__ import annotations

import socket
from contextlib import suppress
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol


def _no_delay(transport: Any) -> None:
    sock = transport.get_extra_info("socket")
    if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
        with suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class NoDelayHttpToolsProtocol(HttpToolsProtocol):
    """The httptools protocol, sending each response as soon as it is written."""

    def connection_made(self, transport: Any) -> None:
        _no_delay(transport)
        super().connection_made(transport)


class NoDelayH11Protocol(H11Protocol):
    """The h11 protocol, sending each response as soon as it is written."""

    def connection_made(self, transport: Any) -> None:
        _no_delay(transport)
        super().connection_made(transport)
