"""Adapter: follow the alerts topic (for `storywatch tail`), filtered by watch and severity."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import structlog
from pydantic import ValidationError

from storywatch import _json
from storywatch._exceptions import BrokerError
from storywatch._service import keep_cancellation
from storywatch.models import SEVERITIES, Alert
from storywatch.stream.broker import bootstrap_servers

__all__ = ["AlertFilter", "follow_alerts"]

log = structlog.get_logger(__name__)

SEEN_MAX = 100_000  # redeliveries come close together; bound the memory of a long tail


class AlertFilter:
    """Which alerts `tail` shows: one watch (or all) and a minimum severity."""

    def __init__(self, watch: str | None = None, min_severity: str = "info") -> None:
        if min_severity not in SEVERITIES:
            raise ValueError(f"severity must be one of {', '.join(SEVERITIES)}")
        self.watch = watch
        self.rank = SEVERITIES.index(min_severity)

    def __call__(self, alert: Alert) -> bool:
        """True when the alert is shown."""
        ok_watch = self.watch is None or alert.watch == self.watch
        return ok_watch and SEVERITIES.index(alert.severity) >= self.rank


def decode(raw: bytes | None) -> Alert | None:
    """An alerts-topic value as an Alert; None (logged) when it is not one."""
    try:
        data = _json.loads(raw or b"")
        return Alert.from_json_dict(data) if isinstance(data, dict) else None
    except (ValueError, ValidationError) as e:
        log.warning("bad alert record skipped", reason=str(e).splitlines()[0][:200])
        return None


async def follow_alerts(
    bootstrap: str, topic: str, *, from_beginning: bool = False
) -> AsyncIterator[Alert]:
    """Yield alerts as they arrive on every partition, each alert_id once."""
    from aiokafka import AIOKafkaConsumer, TopicPartition  # noqa: PLC0415
    from aiokafka.errors import KafkaError  # noqa: PLC0415

    c: Any = AIOKafkaConsumer(bootstrap_servers=bootstrap_servers(bootstrap),
                              enable_auto_commit=False)  # fmt: skip
    try:
        await c.start()
        cluster = await c._client.fetch_all_metadata()  # no public call for it
    except KafkaError as e:
        await keep_cancellation(c.stop())
        raise BrokerError(f"cannot reach Kafka at {bootstrap}: {type(e).__name__}") from e
    parts = cluster.partitions_for_topic(topic) or {0}
    c.assign([TopicPartition(topic, p) for p in sorted(parts)])
    await (c.seek_to_beginning() if from_beginning else c.seek_to_end())
    seen: dict[str, None] = {}  # insertion-ordered: the oldest ids are forgotten first
    try:
        while True:
            batches = await c.getmany(timeout_ms=500)
            for records in batches.values():
                for rec in records:
                    alert = decode(rec.value)
                    if alert is not None and alert.alert_id not in seen:
                        seen[alert.alert_id] = None
                        if len(seen) > SEEN_MAX:
                            del seen[next(iter(seen))]
                        yield alert
    finally:
        await keep_cancellation(c.stop())
