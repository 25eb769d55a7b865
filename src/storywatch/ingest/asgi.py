"""Run an ASGI app with uvicorn inside the current event loop, and stop it cleanly."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from types import TracebackType
from typing import Any, Self

import uvicorn

from storywatch._exceptions import BindError

__all__ = ["AsgiServer"]

START_TIMEOUT_S = 10.0


class AsgiServer:
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

    async def start(self) -> None:
        """Listen; BindError if the port cannot be bound in time."""
        self._task = asyncio.create_task(self._server.serve())
        async with asyncio.timeout(START_TIMEOUT_S):
            while not self._server.started:
                if self._task.done():
                    raise BindError(f"cannot listen on {self.host}:{self.port}")
                await asyncio.sleep(0.01)
        self.port = self._server.servers[0].sockets[0].getsockname()[1]

    async def stop(self) -> None:
        """Finish in-flight requests (bounded), then close."""
        self._server.should_exit = True
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError, SystemExit):
                await self._task

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()
