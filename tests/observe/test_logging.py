"""Logging: JSON lines with record coordinates, console on a terminal, stderr by default."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest
import structlog

from storywatch._exceptions import InvalidInput
from storywatch.observe import bind_record, configure_logging, record_fields
from storywatch.observe.logging import wants_json
from storywatch.settings import Settings


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    structlog.reset_defaults()


def _lines(out: io.StringIO) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_json_lines_carry_record_coordinates() -> None:
    out = io.StringIO()
    configure_logging(Settings(log_format="json"), out)
    log = structlog.get_logger("storywatch.stream")
    coords = record_fields(topic="storywatch-articles", partition=2, offset=17, article_id="a1")
    log.info("classified", events=3, **coords)
    [line] = _lines(out)
    assert line["event"] == "classified"
    assert line["level"] == "info"
    assert (line["topic"], line["partition"], line["offset"]) == ("storywatch-articles", 2, 17)
    assert line["article_id"] == "a1"
    assert "story_id" not in line
    assert str(line["timestamp"]).endswith("Z")


def test_bind_record_applies_to_every_line_in_the_block() -> None:
    out = io.StringIO()
    configure_logging(Settings(log_format="json"), out)
    log = structlog.get_logger("x")
    with bind_record(story_id="talks:RUS-UKR", offset=5):
        log.info("one")
        log.warning("two")
    log.info("after")
    one, two, after = _lines(out)
    assert one["story_id"] == two["story_id"] == "talks:RUS-UKR"
    assert "story_id" not in after


def test_stdlib_loggers_are_rendered_as_json_too() -> None:
    out = io.StringIO()
    configure_logging(Settings(log_format="json"), out)
    logging.getLogger("aiokafka").warning("coordinator dead")
    [line] = _lines(out)
    assert line["event"] == "coordinator dead"
    assert line["logger"] == "aiokafka"


def test_auto_is_console_on_a_terminal_and_json_otherwise() -> None:
    tty = _Tty()
    configure_logging(Settings(log_format="auto"), tty)
    structlog.get_logger("x").info("hello", article_id="a1")
    text = tty.getvalue()
    assert "hello" in text
    assert "article_id=a1" in text
    assert not text.startswith("{")
    assert wants_json("auto", io.StringIO())


def test_level_filters_lines() -> None:
    out = io.StringIO()
    configure_logging(Settings(log_format="json", log_level="WARNING"), out)
    structlog.get_logger("x").info("quiet")
    structlog.get_logger("x").error("loud")
    assert [line["event"] for line in _lines(out)] == ["loud"]


def test_default_stream_is_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging(Settings(log_format="json"))
    structlog.get_logger("x").info("to stderr")
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "to stderr" in captured.err


@pytest.mark.parametrize(
    ("fmt", "level"), [("yaml", "INFO"), ("json", "LOUD")], ids=["format", "level"]
)
def test_bad_settings_are_a_one_line_error(fmt: str, level: str) -> None:
    with pytest.raises(InvalidInput, match="STORYWATCH_LOG_"):
        configure_logging(Settings(log_format=fmt, log_level=level), io.StringIO())
