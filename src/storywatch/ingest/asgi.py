"""Run an ASGI app with uvicorn inside the current event loop, and stop it cleanly."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from typing import Any

import uvicorn

from storywatch._exceptions import BindError
from storywatch._service import AsyncService

__all__ = ["AsgiServer"]

START_TIMEOUT_S = 10.0


class AsgiServer(AsyncService):
    """``async with AsgiServer(app, host, port) as s: s.port`` (port 0 picks a free one)."""

    def __init__(self, app: Any, host: str = "127.0.0.1", port: int = 0) -> None:
        config = uvicorn.Config(
            app, host=host, port=port, log_config=None, log_level=logging.WARNING,
            lifespan="off", access_log=False, timeout_graceful_shutdown=5,
        )  # fmt: skip
        self._server = uvicorn.Server(config)
        self._task: asyncio.Task[None] | None = None
        self.host = host
        self.port = port

    @property
    def url(self) -> str:
        """Base URL of the running server."""
        return f"http://{self.host}:{self.port}"

    def _bind(self) -> socket.socket:
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((self.host, self.port))
            sock.listen(2048)
        except OSError as e:
            sock.close()
            raise BindError(
                f"cannot listen on {self.host}:{self.port}: {e.strerror or e}"
            ) from None
        sock.setblocking(False)
        return sock

    async def start(self) -> None:
        """Listen; BindError if the address is taken or the server does not start in time.

        The socket is bound here, not by uvicorn, whose bind failure is a SystemExit.
        """
        sock = self._bind()
        self.port = int(sock.getsockname()[1])
        self._task = asyncio.create_task(self._server.serve(sockets=[sock]))
        async with asyncio.timeout(START_TIMEOUT_S):
            while not self._server.started:
                if self._task.done():
                    raise BindError(f"cannot serve on {self.host}:{self.port}")
                await asyncio.sleep(0.01)

    async def stop(self) -> None:
        """Finish in-flight requests (bounded), then close."""
        self._server.should_exit = True
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError, SystemExit):
                await self._task
