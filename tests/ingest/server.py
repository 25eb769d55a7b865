"""A tiny real HTTP/1.1 server on 127.0.0.1 for ingestion tests, run in its own thread.

Routes map a path to a handler ``(Request) -> Response | None``; ``None`` means
never answer (the connection is held open until the server stops). Every
request is recorded so tests can check what the client sent.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = ["Request", "Response", "SampleServer"]


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: dict[str, str]


@dataclass(frozen=True)
class Response:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[Request], Response | None]
_REASONS = {
    200: "OK", 302: "Found", 304: "Not Modified", 404: "Not Found", 429: "Too Many Requests",
    500: "Internal Server Error", 503: "Service Unavailable",
}  # fmt: skip


class SampleServer:
    """Serves ``routes`` on 127.0.0.1:<free port> from a background thread until stopped."""

    def __init__(self, routes: dict[str, Handler]) -> None:
        self.routes = routes
        self.requests: list[Request] = []
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.Server | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._hold = asyncio.Event()
        self._writers: set[asyncio.StreamWriter] = set()
        self.port = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def start(self) -> SampleServer:
        self._thread.start()
        fut = asyncio.run_coroutine_threadsafe(self._start(), self._loop)
        fut.result(timeout=5)
        return self

    async def _start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    def stop(self) -> None:
        async def _stop() -> None:
            self._hold.set()
            if self._server is not None:
                self._server.close()
                for writer in list(self._writers):
                    writer.close()
                await asyncio.wait_for(self._server.wait_closed(), 5)

        asyncio.run_coroutine_threadsafe(_stop(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        self._loop.close()

    def hits(self, path: str) -> list[Request]:
        return [r for r in self.requests if r.path == path]

    async def _read_request(self, reader: asyncio.StreamReader) -> Request | None:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError):
            return None
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                k, v = line.split(":", 1)
                headers[k.strip().lower()] = v.strip()
        return Request(method, target, headers)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            while (request := await self._read_request(reader)) is not None:
                self.requests.append(request)
                handler = self.routes.get(request.path.split("?")[0])
                response = Response(404, b"not found") if handler is None else handler(request)
                if response is None:
                    await self._hold.wait()
                    break
                writer.write(self._encode(response))
                await writer.drain()
        except (ConnectionError, RuntimeError):
            pass
        finally:
            self._writers.discard(writer)
            writer.close()

    @staticmethod
    def _encode(response: Response) -> bytes:
        reason = _REASONS.get(response.status, "Status")
        headers = {"Content-Length": str(len(response.body)), **response.headers}
        if response.status == 304:
            headers.pop("Content-Length")
        head = f"HTTP/1.1 {response.status} {reason}\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        return head.encode("latin-1") + b"\r\n" + (b"" if response.status == 304 else response.body)
