"""A real HTTP receiver on 127.0.0.1 (starlette + uvicorn in the test loop), alert factories."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from storywatch.alerts import Watch, build_alerts
from storywatch.models import Alert
from storywatch.testing import change as make_change

START_TIMEOUT_S = 10.0


@dataclass
class Received:
    """One request the receiver got."""

    path: str
    headers: dict[str, str]
    body: bytes
    status: int
    at: float


@dataclass
class Receiver:
    """Answers scripted statuses first (status, headers), then `default_status`; records all."""

    script: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    default_status: int = 200
    requests: list[Received] = field(default_factory=list)
    port: int = 0
    before: Callable[[Request], Awaitable[None]] | None = None  # e.g. hang to cause a timeout
    _server: uvicorn.Server | None = None
    _task: asyncio.Task[None] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    @property
    def accepted(self) -> list[Received]:
        return [r for r in self.requests if 200 <= r.status < 300]

    async def _handle(self, request: Request) -> Response:
        status, headers = self.script.pop(0) if self.script else (self.default_status, {})
        body = await request.body()
        self.requests.append(
            Received(request.url.path, dict(request.headers), body, status, time.monotonic())
        )
        if self.before is not None:
            await self.before(request)
        return Response(b"ok" if status < 300 else b"no", status_code=status, headers=headers)

    def _app(self) -> Starlette:
        return Starlette(routes=[Route("/{path:path}", self._handle, methods=["POST", "GET"])])

    async def start(self) -> None:
        """Serve on `port` (a free one on first start; the same one after a stop)."""
        if not self.port:
            self.port = free_port()
        config = uvicorn.Config(self._app(), host="127.0.0.1", port=self.port, log_level="error",
                                lifespan="off", access_log=False)  # fmt: skip
        self._server = uvicorn.Server(config)
        self._task = asyncio.create_task(self._server.serve())
        deadline = time.monotonic() + START_TIMEOUT_S
        while not self._server.started:
            if self._task.done() or time.monotonic() > deadline:
                raise RuntimeError("receiver did not start")
            await asyncio.sleep(0.01)

    async def stop(self) -> None:
        """Stop serving: connections are refused until the next start."""
        if self._server is None or self._task is None:
            return
        self._server.should_exit = True
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(self._task, START_TIMEOUT_S)
        self._server = None
        self._task = None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    r = Receiver()
    await r.start()
    try:
        yield r
    finally:
        await r.stop()


def make_alert(n: int = 0, **update: object) -> Alert:
    now = datetime.now(UTC)
    return build_alerts(make_change(n, **update), (Watch(),), now)[0]
