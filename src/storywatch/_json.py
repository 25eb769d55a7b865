"""Fast JSON in one place (orjson), so every adapter encodes records the same way."""

from __future__ import annotations

from typing import Any

import orjson

__all__ = ["dumps", "dumps_line", "loads"]


def dumps(obj: Any) -> bytes:
    """Encode to compact UTF-8 JSON bytes."""
    return orjson.dumps(obj)


def dumps_line(obj: Any) -> str:
    """Encode to one JSON line of text, no trailing newline."""
    return orjson.dumps(obj).decode()


def loads(data: bytes | str) -> Any:
    """Decode JSON; raises orjson.JSONDecodeError (a ValueError) on bad input."""
    return orjson.loads(data)
