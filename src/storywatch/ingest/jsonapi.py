"""JSON HTTP APIs to raw entries through a declarative field mapping, pure.

A mapping names, for each Article field, one dotted path or a list of paths
(the first non-empty wins) into each item; ``items`` is the path of the list.
The defaults fit NewsAPI-style responses, so such an endpoint needs no mapping.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator

from storywatch import _json
from storywatch._exceptions import SourceError
from storywatch.ingest.normalize import MAX_RAW_CHARS, RawEntry, source_id

__all__ = ["FieldMapping", "lookup", "parse_json_api"]

Paths = tuple[str, ...]
_ITEM_LISTS: Paths = ("articles", "items", "results", "data", "entries", "response.results")


def _paths(value: object) -> object:
    return (value,) if isinstance(value, str) else value


class FieldMapping(BaseModel):
    """Where each Article field lives in an item of a JSON API response."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    items: Paths = _ITEM_LISTS
    id: Paths = ("id", "guid", "uuid")
    url: Paths = ("url", "link", "webUrl")
    title: Paths = ("title", "headline", "webTitle")
    body: Paths = ("content", "body", "text", "fields.bodyText", "description", "summary")
    published_at: Paths = (
        "publishedAt", "published_at", "published", "pubDate", "date",
        "webPublicationDate", "created_at",
    )  # fmt: skip
    source: Paths = ("source.name", "source")
    lang: Paths = ("language", "lang")

    _as_tuple = field_validator("*", mode="before")(_paths)


def lookup(obj: object, path: str) -> object:
    """The value at a dotted path (``source.name``, ``items.0.title``), or None."""
    current = obj
    for part in path.split("."):
        if isinstance(current, dict):
            current = current.get(part)
        elif isinstance(current, list) and part.isdigit() and int(part) < len(current):
            current = current[int(part)]
        else:
            return None
    return current


def _first(obj: object, paths: Paths) -> object:
    for path in paths:
        value = lookup(obj, path)
        if value not in (None, "", [], {}):
            return value
    return None


def _str(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _items(doc: object, mapping: FieldMapping) -> list[Any]:
    if isinstance(doc, list):
        return doc
    found = _first(doc, mapping.items)
    if isinstance(found, list):
        return found
    raise SourceError(f"no list of items at {' or '.join(mapping.items)}", retriable=False)


def _entry(item: Any, source: str, mapping: FieldMapping) -> RawEntry:
    native = _str(_first(item, mapping.id))
    return RawEntry(
        source=_str(_first(item, mapping.source)) or source,
        raw=_json.dumps_line(item)[:MAX_RAW_CHARS],
        id=source_id(source, native) if native else None,
        url=_str(_first(item, mapping.url)),
        title=_str(_first(item, mapping.title)) or "",
        body=_str(_first(item, mapping.body)) or "",
        published=_first(item, mapping.published_at),
        lang=_str(_first(item, mapping.lang)),
    )


def _text(data: bytes, content_type: str | None) -> bytes | str:
    """The body as orjson takes it: a declared non-UTF-8 charset decoded, a BOM dropped."""
    charset = (content_type or "").lower().partition("charset=")[2].strip(" \"';")
    if charset and charset not in ("utf-8", "utf8"):
        try:
            return data.decode(charset, errors="replace")
        except LookupError:
            raise SourceError(f"unknown charset {charset[:40]!r}", retriable=False) from None
    return data.removeprefix(b"\xef\xbb\xbf")


def parse_json_api(
    data: bytes, source: str, mapping: FieldMapping | None = None, content_type: str | None = None
) -> list[RawEntry]:
    """The entries of a JSON API response; SourceError if it is not JSON or holds no item list."""
    mapping = mapping or FieldMapping()
    try:
        doc = _json.loads(_text(data, content_type))
    except ValueError as e:
        raise SourceError(
            f"not valid JSON: {str(e).splitlines()[0][:200]}", retriable=False
        ) from None
    return [_entry(item, source, mapping) for item in _items(doc, mapping)]
