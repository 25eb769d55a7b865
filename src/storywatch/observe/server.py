"""The observability HTTP server: /metrics, /healthz, /readyz (starlette on uvicorn).

It binds its own socket, so a port in use is a clear `BindError` (uvicorn would call
sys.exit), and it never installs signal handlers: the worker or the demo owns SIGINT and
SIGTERM and stops this server like any other part.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import Iterator

import structlog
import uvicorn
from prometheus_client import CollectorRegistry
from prometheus_client.exposition import choose_encoder
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from storywatch._exceptions import BindError
from storywatch._service import AsyncService
from storywatch.observe.health import Health

__all__ = ["ObserveServer", "build_app"]

log = structlog.get_logger(__name__)
_START_TIMEOUT_S = 10.0
_STOP_TIMEOUT_S = 5.0


def build_app(registry: CollectorRegistry, health: Health) -> Starlette:
    """The ASGI app: /metrics from `registry`, /healthz (alive), /readyz (from `health`)."""

    async def metrics(request: Request) -> Response:
        encoder, content_type = choose_encoder(request.headers.get("accept", ""))
        return Response(encoder(registry), headers={"Content-Type": content_type})

    async def healthz(_: Request) -> Response:
        return JSONResponse({"alive": True})

    async def readyz(_: Request) -> Response:
        r = health.readiness()
        body = {"ready": r.ready, "reasons": list(r.reasons), **r.detail}
        return JSONResponse(body, status_code=200 if r.ready else 503)

    routes = [
        Route("/metrics", metrics, methods=["GET"]),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/readyz", readyz, methods=["GET"]),
    ]
    return Starlette(routes=routes)


class _QuietServer(uvicorn.Server):
    """A uvicorn server that leaves signal handling to its host process."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


class ObserveServer(AsyncService):
    """Serves `build_app` on host:port (port 0: any free port; see `.port` once started)."""

    def __init__(
        self, registry: CollectorRegistry, health: Health, host: str = "127.0.0.1", port: int = 0
    ) -> None:
        self.host = host
        self._requested_port = port
        config = uvicorn.Config(
            build_app(registry, health), log_config=None, access_log=False, lifespan="off"
        )
        self._server = _QuietServer(config)
        self._sock: socket.socket | None = None
        self._port: int | None = None
        self._task: asyncio.Task[None] | None = None

    @property
    def port(self) -> int:
        """The bound port (raises if not started)."""
        if self._port is None:
            raise RuntimeError("server not started")
        return self._port

    @property
    def url(self) -> str:
        """Base URL, e.g. http://127.0.0.1:9108."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    async def start(self) -> None:
        """Bind and serve; returns once the server accepts connections."""
        self._sock = _bind(self.host, self._requested_port)
        self._port = int(self._sock.getsockname()[1])
        self._task = asyncio.create_task(self._server.serve(sockets=[self._sock]))
        async with asyncio.timeout(_START_TIMEOUT_S):
            while not self._server.started:
                if self._task.done():
                    self._task.result()  # re-raise why it ended
                    raise BindError(f"metrics server on {self.host} ended at start")
                await asyncio.sleep(0.01)
        log.info("observability server listening", url=self.url)

    async def stop(self) -> None:
        """Stop serving and close the socket (bounded wait)."""
        if self._task is None:
            return
        self._server.should_exit = True
        try:
            async with asyncio.timeout(_STOP_TIMEOUT_S):
                await self._task
        except TimeoutError:
            self._task.cancel()
            log.warning("observability server did not stop in time; cancelled")
        finally:
            self._task = None
            if self._sock is not None:
                self._sock.close()


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as e:
        sock.close()
        raise BindError(f"cannot serve metrics on {host}:{port}: {e.strerror or e}") from None
    sock.listen(128)
    return sock
