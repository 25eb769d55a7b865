"""Logging setup: structlog, JSON lines or a human console, always on stderr.

`configure(settings)` is called once by the CLI. Library code logs with
`structlog.get_logger(__name__)`; lines about one record carry its coordinates, bound by
the caller with `record_fields(...)` (or `bind_record(...)` for a block of code):

    log.info("classified", **record_fields(topic=t, partition=p, offset=o, article_id=a.id))

Standard-library loggers (faust, aiokafka, uvicorn) go through the same renderer, so a
production log is JSON from end to end.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Iterator
from typing import Any, TextIO

import orjson
import structlog
from structlog.typing import Processor

from storywatch._exceptions import InvalidInput
from storywatch.settings import Settings

__all__ = ["bind_record", "configure", "record_fields", "wants_json"]

_FORMATS = ("auto", "json", "console")
# Libraries that log every heartbeat or request at INFO; one notch quieter unless DEBUG.
_CHATTY = ("aiokafka", "faust", "mode", "uvicorn", "uvicorn.error", "httpx")
# Libraries that log full request URLs (secrets in a path or query): never below WARNING.
_URL_LOGGERS = ("httpx", "httpcore")


def wants_json(log_format: str, stream: TextIO) -> bool:
    """json -> True, console -> False, auto -> JSON unless `stream` is a terminal."""
    fmt = log_format.lower()
    if fmt not in _FORMATS:
        choices = " | ".join(_FORMATS)
        raise InvalidInput(f"STORYWATCH_LOG_FORMAT: expected {choices}, not {log_format!r}")
    if fmt == "auto":
        return not _isatty(stream)
    return fmt == "json"


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or not a real file
        return False


def _dumps(obj: Any, **_: Any) -> str:
    return orjson.dumps(obj, default=str).decode()


def _shared() -> list[Processor]:
    return [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        structlog.stdlib.ExtraAdder(),
    ]


def _renderer(as_json: bool) -> list[Processor]:
    if as_json:
        return [
            structlog.processors.dict_tracebacks,
            structlog.processors.JSONRenderer(serializer=_dumps),
        ]
    return [structlog.dev.ConsoleRenderer(colors=False)]


def configure(settings: Settings, stream: TextIO | None = None) -> None:
    """Route structlog and stdlib logging to `stream` (default stderr) in the settings' format."""
    out = stream if stream is not None else sys.stderr
    level = logging.getLevelNamesMapping().get(settings.log_level.upper())
    if level is None:
        raise InvalidInput(f"STORYWATCH_LOG_LEVEL: unknown level {settings.log_level!r}")
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=_shared(),
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            *_renderer(wants_json(settings.log_format, out)),
        ],
    )
    handler = logging.StreamHandler(out)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    chatty = level if level <= logging.DEBUG else max(level, logging.WARNING)
    for name in _CHATTY:
        logging.getLogger(name).setLevel(chatty)
    for name in _URL_LOGGERS:  # even at DEBUG: a Slack webhook URL is a credential
        logging.getLogger(name).setLevel(max(level, logging.WARNING))
    structlog.configure(
        processors=[
            structlog.stdlib.filter_by_level,
            *_shared(),
            structlog.processors.StackInfoRenderer(),
            structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=False,
    )


def record_fields(
    *,
    topic: str | None = None,
    partition: int | None = None,
    offset: int | None = None,
    article_id: str | None = None,
    story_id: str | None = None,
) -> dict[str, Any]:
    """The coordinates of one record, for a log line: only the ones known."""
    fields = {
        "topic": topic,
        "partition": partition,
        "offset": offset,
        "article_id": article_id,
        "story_id": story_id,
    }
    return {k: v for k, v in fields.items() if v is not None}


@contextlib.contextmanager
def bind_record(**coordinates: Any) -> Iterator[None]:
    """Bind a record's coordinates (see `record_fields`) to every line logged in the block."""
    with structlog.contextvars.bound_contextvars(**record_fields(**coordinates)):
        yield
