"""Against a real Kafka: create the topics storywatch needs that do not exist yet.

Partitions and replication come from Settings; the story table's changelog is
compacted (only the latest state of each story matters). Existing topics are left as
they are. The embedded broker has no CreateTopics: there `EmbeddedBroker.create_topic`
does this job.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import structlog

from storywatch._exceptions import BrokerError
from storywatch._service import keep_cancellation
from storywatch.stream.broker import bootstrap_servers
from storywatch.stream.topics import TopicNames

__all__ = ["TopicSpec", "ensure_topics", "topic_specs"]

log = structlog.get_logger(__name__)

_ALREADY_EXISTS = 36  # Kafka error code TOPIC_ALREADY_EXISTS


@dataclass(frozen=True)
class TopicSpec:
    """One topic to create."""

    name: str
    partitions: int
    replication: int
    compacted: bool = False

    def configs(self) -> dict[str, str]:
        """Topic-level configs for CreateTopics."""
        return {"cleanup.policy": "compact"} if self.compacted else {}


def topic_specs(
    topics: TopicNames, app_id: str, partitions: int, replication: int
) -> list[TopicSpec]:
    """Every topic of the pipeline with its layout."""
    plain = [TopicSpec(n, partitions, replication) for n in topics.outputs()]
    return [*plain, TopicSpec(topics.changelog(app_id), partitions, replication, compacted=True)]


async def ensure_topics(
    bootstrap: str, specs: list[TopicSpec], timeout_s: float = 30.0
) -> list[str]:
    """Create the missing topics; returns the names created. BrokerError on failure."""
    from aiokafka.admin import AIOKafkaAdminClient, NewTopic  # noqa: PLC0415
    from aiokafka.errors import KafkaError  # noqa: PLC0415

    admin = AIOKafkaAdminClient(
        bootstrap_servers=bootstrap_servers(bootstrap), request_timeout_ms=int(timeout_s * 1000)
    )
    try:
        await admin.start()
        existing = set(await admin.list_topics())
        missing = [s for s in specs if s.name not in existing]
        if missing:
            new = [NewTopic(s.name, s.partitions, s.replication, topic_configs=s.configs())
                   for s in missing]  # fmt: skip
            _check(await admin.create_topics(new, timeout_ms=int(timeout_s * 1000)))
    except KafkaError as e:
        raise BrokerError(f"cannot create topics on {bootstrap}: {e}") from None
    except AttributeError:  # aiokafka meets a broker without a controller (the mock)
        raise BrokerError(
            f"{bootstrap} has no controller to create topics (the embedded broker? "
            "then run the worker with --no-declare-topics)"
        ) from None
    finally:
        await keep_cancellation(admin.close())
    log.info("topics_ensured", created=[s.name for s in missing])
    return [s.name for s in missing]


def _check(response: Any) -> None:
    for topic, code, *rest in response.topic_errors:
        if code not in (0, _ALREADY_EXISTS):
            detail = rest[0] if rest and rest[0] else f"error code {code}"
            raise BrokerError(f"cannot create topic {topic}: {detail}")
