"""Reads the `alerts` topic from the beginning and hands each alert to outputs, once per id.

Used by `demo` (print, --alerts-out). Outputs have the sinks' shape: a `name` and an
`async send(alert)` (storywatch.sinks.local.ConsoleSink, JsonlFileSink, ListSink).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from typing import Any, Protocol

import structlog

from storywatch._exceptions import BrokerError, InvalidInput
from storywatch._service import AsyncService, cancel_and_wait, keep_cancellation
from storywatch.models import Alert
from storywatch.stream.broker import bootstrap_servers
from storywatch.stream.drain import partitions_of
from storywatch.stream.records import decode_alert

__all__ = ["AlertOutput", "AlertsReader"]

log = structlog.get_logger(__name__)


class AlertOutput(Protocol):
    """Where the reader sends alerts (the sinks' Sink protocol)."""

    name: str

    async def send(self, alert: Alert) -> None:
        """Deliver one alert."""
        ...


class AlertsReader(AsyncService):
    """A group-less consumer of every partition of the alerts topic."""

    def __init__(
        self, bootstrap: str, topic: str, outputs: Sequence[AlertOutput],
        from_beginning: bool = True,
    ) -> None:  # fmt: skip
        self.from_beginning = from_beginning  # False: only alerts that arrive from now on
        self.bootstrap = bootstrap_servers(bootstrap)
        self.topic = topic
        self.outputs = tuple(outputs)
        self.seen: set[str] = set()
        self.alerts: list[Alert] = []
        self._consumer: Any = None
        self._task: asyncio.Task[None] | None = None

    @property
    def count(self) -> int:
        """Distinct alerts read so far."""
        return len(self.alerts)

    async def start(self) -> None:
        """Assign every partition (from the beginning, or the end) and start reading."""
        from aiokafka import AIOKafkaConsumer, TopicPartition  # noqa: PLC0415

        c = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, enable_auto_commit=False)
        await c.start()
        parts = await partitions_of(c, self.topic) or {0}
        c.assign([TopicPartition(self.topic, p) for p in sorted(parts)])
        if self.from_beginning:
            await c.seek_to_beginning()
        else:
            await c.seek_to_end()
        self._consumer = c
        self._task = asyncio.create_task(self._loop(), name="alerts-reader")

    async def _loop(self) -> None:
        while True:
            batches = await self._consumer.getmany(timeout_ms=200)
            for records in batches.values():
                for rec in records:
                    await self._handle(rec.value)

    async def _handle(self, raw: bytes | None) -> None:
        try:
            alert = decode_alert(raw)
        except InvalidInput as e:
            log.warning("bad_alert_record", reason=str(e))
            return
        if alert.alert_id in self.seen:  # at-least-once: a redelivery has the same id
            return
        self.seen.add(alert.alert_id)
        self.alerts.append(alert)
        for out in self.outputs:
            await out.send(alert)

    async def wait_caught_up(self, within_s: float) -> None:
        """Return once every partition is read to its end offset; BrokerError if not."""
        c = self._consumer
        deadline = time.monotonic() + within_s
        while True:
            if self._task is not None and self._task.done():
                self._task.result()
            parts = c.assignment()
            ends = await c.end_offsets(list(parts))
            positions = {tp: await c.position(tp) for tp in parts}
            if all(positions[tp] >= ends[tp] for tp in parts):
                return
            if time.monotonic() > deadline:
                raise BrokerError(f"alerts not read to the end within {within_s:.0f} s")
            await asyncio.sleep(0.1)

    async def stop(self) -> None:
        """Stop reading and disconnect."""
        task, self._task = self._task, None
        await cancel_and_wait(task)
        consumer, self._consumer = self._consumer, None
        if consumer is not None:
            await keep_cancellation(consumer.stop())
