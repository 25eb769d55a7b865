"""The embedded Kafka-protocol broker: librdkafka's mock cluster in a child process.

For the demo, tests and development only: it keeps every record in memory and is gone
when it stops. Production points STORYWATCH_BROKER at a real Kafka.

    with EmbeddedBroker() as broker:        # or: async with EmbeddedBroker() as broker:
        broker.bootstrap                   # "127.0.0.1:PORT", metadata already served
        broker.create_topic("t", 4)        # the mock has no CreateTopics API
        broker.set_down(); broker.set_up() # simulate an outage on the same port

What the mock does and does not do (measured, see tests/stream/test_broker.py):
topics are auto-created on first metadata request with 4 partitions (no setting changes
that; `create_topic` sets another count beforehand); CreateTopics is not implemented, so
Faust needs ``topic_allow_declare=False``; the listening port is chosen by the mock and
cannot be fixed (``rd_kafka_mock_broker_set_host_port`` only changes what metadata
advertises), so an outage is simulated with `set_down`/`set_up`, which keep the data.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import selectors
import socket
import struct
import subprocess
import sys
import time
from types import TracebackType
from typing import IO, Self

import structlog

from storywatch._exceptions import BrokerError

__all__ = ["EmbeddedBroker", "bootstrap_servers", "faust_broker_url", "wait_for_metadata"]

log = structlog.get_logger(__name__)

START_TIMEOUT_S = 20.0
STOP_TIMEOUT_S = 5.0


def bootstrap_servers(url: str) -> str:
    """'kafka://h1:9092;kafka://h2:9092' or 'h1:9092,h2:9092' -> 'h1:9092,h2:9092'."""
    hosts = [h.strip().removeprefix("kafka://") for h in url.replace(";", ",").split(",")]
    return ",".join(h for h in hosts if h)


def faust_broker_url(url: str) -> str:
    """Any bootstrap spelling -> Faust's 'kafka://h1:9092;kafka://h2:9092'."""
    return ";".join(f"kafka://{h}" for h in bootstrap_servers(url).split(","))


def _metadata_request(correlation_id: int) -> bytes:
    client = b"storywatch-probe"
    # Metadata v0: api_key 3, version 0, correlation id, client id; body: empty topic
    # array (all topics).
    body = struct.pack(">hhih", 3, 0, correlation_id, len(client)) + client
    body += struct.pack(">i", 0)
    return struct.pack(">i", len(body)) + body


def _read_exact(sock: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise ConnectionError("closed")
        data += chunk
    return data


def _probe(host: str, port: int, timeout: float) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            sock.sendall(_metadata_request(7))
            size = struct.unpack(">i", _read_exact(sock, 4))[0]
            reply = _read_exact(sock, size)
    except OSError:
        return False
    corr, n_brokers = struct.unpack(">ii", reply[:8])
    return bool(corr == 7 and n_brokers >= 1)


def wait_for_metadata(bootstrap: str, timeout: float = START_TIMEOUT_S) -> None:
    """Block until the first bootstrap server answers a Metadata request; BrokerError if not."""
    host, port = bootstrap_servers(bootstrap).split(",")[0].rsplit(":", 1)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if _probe(host, int(port), timeout=1.0):
            return
        time.sleep(0.1)
    raise BrokerError(f"no Kafka metadata from {bootstrap} within {timeout:.0f} s")


def _readable(stream: IO[str]) -> bool:
    with selectors.DefaultSelector() as sel:
        sel.register(stream, selectors.EVENT_READ)
        return bool(sel.select(0))


def _read_line(stream: IO[str], timeout: float) -> str:
    with selectors.DefaultSelector() as sel:
        sel.register(stream, selectors.EVENT_READ)
        if not sel.select(timeout):
            raise BrokerError(f"embedded broker did not answer within {timeout:.0f} s")
    line = stream.readline()
    if not line:
        raise BrokerError("embedded broker exited")
    return line.strip()


class EmbeddedBroker:
    """A Kafka-protocol broker on 127.0.0.1 for as long as the context lasts."""

    def __init__(self, start_timeout: float = START_TIMEOUT_S) -> None:
        self.start_timeout = start_timeout
        self.port: int | None = None
        self._proc: subprocess.Popen[str] | None = None

    @property
    def bootstrap(self) -> str:
        """'127.0.0.1:PORT' of the running broker."""
        if self.port is None:
            raise BrokerError("embedded broker is not running")
        return f"127.0.0.1:{self.port}"

    @property
    def pid(self) -> int | None:
        """Process id of the broker child, while it runs."""
        return self._proc.pid if self._proc else None

    def _spawn(self) -> None:
        # Popen runs in the caller's thread: PR_SET_PDEATHSIG follows the forking thread.
        cmd = [sys.executable, "-m", "storywatch.stream._mockbroker", str(os.getpid())]
        self._proc = subprocess.Popen(  # noqa: S603  (our own module, fixed argv)
            cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1
        )

    def _await_ready(self) -> None:
        if self._proc is None or self._proc.stdout is None:
            raise BrokerError("embedded broker is not running")
        line = _read_line(self._proc.stdout, self.start_timeout)
        if not line.startswith("PORT "):
            raise BrokerError(f"embedded broker said {line!r}")
        self.port = int(line.split()[1])
        wait_for_metadata(self.bootstrap, self.start_timeout)
        log.info("embedded_broker_started", bootstrap=self.bootstrap, pid=self._proc.pid)

    def start(self) -> Self:
        """Start the child and wait until it serves metadata."""
        self._spawn()
        try:
            self._await_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def command(self, line: str, timeout: float = 5.0) -> None:
        """Send one control command to the child; BrokerError unless it answers OK."""
        proc = self._proc
        if proc is None or proc.stdin is None or proc.stdout is None:
            raise BrokerError("embedded broker is not running")
        proc.stdin.write(line + "\n")
        proc.stdin.flush()
        answer = _read_line(proc.stdout, timeout)
        if answer != "OK":
            raise BrokerError(f"embedded broker: {line!r} -> {answer}")

    def create_topic(self, name: str, partitions: int) -> None:
        """Create a topic with `partitions` partitions (before anyone auto-creates it)."""
        self.command(f"topic {name} {partitions}")

    def set_rebalance_delay(self, ms: int) -> None:
        """Set the initial rebalance delay of new consumer groups (the mock's default: 3 s)."""
        self.command(f"rebalance_delay {ms}")

    def set_down(self) -> None:
        """Drop every connection and refuse new ones, keeping the data (outage tests)."""
        self.command("down")

    def set_up(self) -> None:
        """Serve again after `set_down`, on the same port."""
        self.command("up")

    def stop(self) -> None:
        """Stop the child: close its stdin, then terminate, then kill, each bounded."""
        proc, self._proc, self.port = self._proc, None, None
        if proc is None:
            return
        if proc.stdin is not None:
            with contextlib.suppress(OSError):  # the child may be gone already
                proc.stdin.close()
        for action in (None, proc.terminate, proc.kill):
            if action is not None:
                action()
            try:
                proc.wait(timeout=STOP_TIMEOUT_S / 2)
                break
            except subprocess.TimeoutExpired:
                continue
        if proc.stdout is not None:
            proc.stdout.close()
        log.info("embedded_broker_stopped", pid=proc.pid, returncode=proc.returncode)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    async def _await_ready_async(self) -> None:
        # No thread may outlive a cancellation (Ctrl-C): poll in short, bounded steps.
        proc = self._proc
        if proc is None or proc.stdout is None:
            raise BrokerError("embedded broker is not running")
        deadline = time.monotonic() + self.start_timeout
        while not _readable(proc.stdout):
            if time.monotonic() > deadline or proc.poll() is not None:
                raise BrokerError("embedded broker did not start")
            await asyncio.sleep(0.02)
        line = proc.stdout.readline().strip()
        if not line.startswith("PORT "):
            raise BrokerError(f"embedded broker said {line!r}")
        self.port = int(line.split()[1])
        while not await asyncio.to_thread(_probe, "127.0.0.1", self.port, 0.5):
            if time.monotonic() > deadline:
                raise BrokerError(f"no Kafka metadata from {self.bootstrap}")
            await asyncio.sleep(0.05)
        log.info("embedded_broker_started", bootstrap=self.bootstrap, pid=proc.pid)

    async def __aenter__(self) -> Self:
        self._spawn()
        try:
            await self._await_ready_async()
        except BaseException:
            self.stop()
            raise
        return self

    async def __aexit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        await asyncio.to_thread(self.stop)
