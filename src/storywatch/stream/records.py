"""What crosses the topics: typed records and their bytes, validated once at each edge.

    articles    key article id  value Article JSON (contract)
    stories     key story id    value StoryRecord: an item, a watermark tick, a flush
    changes     key story id    value Change JSON
    alerts      key story id    value Alert JSON (Alert.to_json_dict)
    deadletter  key as input    value DeadLetter: stage, reason, the raw payload

Pure: no Kafka here; the agents call these.
"""

from __future__ import annotations

import functools
from datetime import datetime
from typing import Any, Literal

from aiokafka.partitioner import murmur2
from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from storywatch import _json
from storywatch._exceptions import InvalidInput
from storywatch.models import Alert, Article, Change, Classified, parse_article
from storywatch.stories import StoryItem

__all__ = [
    "DeadLetter",
    "StoryRecord",
    "decode_alert",
    "decode_article",
    "decode_change",
    "decode_story_record",
    "encode",
    "partition_of",
]

_RAW_MAX = 64 * 1024  # raw payload kept in a dead letter (the reason matters, not 10 MB)


class StoryRecord(BaseModel):
    """A record of the `stories` topic: an item, a tick, or a flush.

    An item goes to its story's partition; every other partition gets a tick with the
    item's event time and ids, so that each partition's EventClock sees the same
    watermark as `engine.Detector`'s single clock. A flush (sent once the input is
    drained, e.g. by `demo`) releases the reorder buffer as `Detector.finish` does.
    """

    model_config = ConfigDict(frozen=True)
    kind: Literal["item", "tick", "flush"]
    item: StoryItem | None = None
    watermark: datetime | None = None
    article_id: str = ""
    story_id: str = ""
    # An item's ticks: watermarks its partition is brought to before the item, in order,
    # as tick records just before it would (stream/ticks.py).
    sweeps: tuple[datetime, ...] = ()

    @model_validator(mode="after")
    def _complete(self) -> StoryRecord:
        if self.kind == "item" and self.item is None:
            raise ValueError("an item record needs `item`")
        if self.kind == "tick" and self.watermark is None:
            raise ValueError("a tick record needs `watermark`")
        return self

    def stand_ins(self) -> list[StoryItem]:
        """The stand-ins of the ticks an item carries (`sweeps`), in order."""
        if self.item is None:
            return []
        art, story = self.item.article.id, self.item.story_id
        return [StoryItem(story_id=story, article=Classified(id=art, published_at=w))
                for w in self.sweeps]  # fmt: skip

    def as_item(self) -> StoryItem | None:
        """The item this record pushes on a clock (a stand-in for a tick); None for flush."""
        if self.item is not None:
            return self.item
        if self.kind != "tick" or self.watermark is None:
            return None
        stand_in = Classified(id=self.article_id, published_at=self.watermark)
        return StoryItem(story_id=self.story_id, article=stand_in)


class DeadLetter(BaseModel):
    """A record that failed, with why and where, and its raw payload (truncated)."""

    model_config = ConfigDict(frozen=True)
    stage: str
    reason: str
    topic: str = ""
    partition: int | None = None
    offset: int | None = None
    key: str | None = None
    raw: str = ""
    raw_truncated: bool = False

    @classmethod
    def of(cls, stage: str, reason: str, raw: bytes | None, **where: Any) -> DeadLetter:
        """Build one from the raw bytes (decoded leniently, truncated)."""
        data = raw or b""
        text = data[:_RAW_MAX].decode("utf-8", errors="replace")
        return cls(
            stage=stage, reason=reason, raw=text, raw_truncated=len(data) > _RAW_MAX, **where
        )


def encode(record: BaseModel | Alert) -> bytes:
    """JSON bytes of a record (alerts in their flat contract form)."""
    if isinstance(record, Alert):
        return _json.dumps(record.to_json_dict())
    return record.model_dump_json().encode()


def _loads(raw: bytes | None) -> Any:
    if raw is None:
        raise InvalidInput("empty record (no value)")
    try:
        return _json.loads(raw)
    except ValueError as e:
        raise InvalidInput(f"not valid JSON: {str(e).splitlines()[0][:200]}") from None


def _one_line(err: ValidationError) -> str:
    e = err.errors()[0]
    loc = ".".join(str(x) for x in e["loc"]) or "record"
    return f"{loc}: {e['msg']}"


def decode_article(raw: bytes | None) -> Article:
    """An `articles` value; InvalidInput (InvalidArticle) with a one-line reason."""
    return parse_article(_loads(raw))


def decode_story_record(raw: bytes | None) -> StoryRecord:
    """A `stories` value; InvalidInput with a one-line reason."""
    try:
        return StoryRecord.model_validate(_loads(raw))
    except ValidationError as e:
        raise InvalidInput(_one_line(e)) from None


def decode_change(raw: bytes | None) -> Change:
    """A `changes` value; InvalidInput with a one-line reason."""
    try:
        return Change.model_validate(_loads(raw))
    except ValidationError as e:
        raise InvalidInput(_one_line(e)) from None


def decode_alert(raw: bytes | None) -> Alert:
    """An `alerts` value (flat contract JSON) back into an Alert."""
    data = _loads(raw)
    if not isinstance(data, dict):
        raise InvalidInput("alert is not a JSON object")
    try:
        change = Change.model_validate(data)
        return Alert.model_validate({**data, "change": change})
    except ValidationError as e:
        raise InvalidInput(_one_line(e)) from None


@functools.lru_cache(maxsize=65_536)
def partition_of(key: str, partitions: int) -> int:
    """The partition Kafka's default partitioner gives `key` among `partitions`."""
    return int(murmur2(key.encode()) & 0x7FFFFFFF) % partitions
