"""The HTTP protocol the service runs under uvicorn: responses are not held back by Nagle."""

from __future__ import annotations

import asyncio
import socket

import pytest
import uvicorn
from uvicorn.server import ServerState

from serve.http import NoDelayH11Protocol, NoDelayHttpToolsProtocol


class _Transport:
    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock

    def get_extra_info(self, name: str, default=None):
        return self.sock if name == "socket" else default

    def is_closing(self) -> bool:
        return False


@pytest.mark.parametrize("protocol_class", [NoDelayHttpToolsProtocol, NoDelayH11Protocol])
@pytest.mark.parametrize("proto", [0, socket.IPPROTO_TCP])
def test_connections_get_tcp_nodelay_whatever_the_listener(proto, protocol_class):
    """uvicorn's --workers supervisor binds with proto 0, so asyncio leaves Nagle on."""
    config = uvicorn.Config(app=lambda scope, receive, send: None, http=protocol_class)
    config.load()
    loop = asyncio.new_event_loop()
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM, proto) as sock:
        protocol = protocol_class(config, ServerState(), {}, _loop=loop)
        protocol.connection_made(_Transport(sock))
        assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
    loop.close()
