"""RSS and Atom documents to raw entries, pure (feedparser on bytes already fetched).

feedparser is always given a byte stream: handed ``bytes`` or ``str`` it may
treat them as a file name or a URL and read it. Documents that declare XML
entities are refused before parsing (the defusedxml policy): expat would stop a
billion-laughs bomb, but feedparser then retries with its loose parser.
"""

from __future__ import annotations

import io
import re
from typing import Any

import feedparser

from storywatch import _json
from storywatch._exceptions import SourceError
from storywatch.ingest.normalize import MAX_RAW_CHARS, RawEntry, source_id
from storywatch.ingest.rss_fast import parse_rss_fast

__all__ = ["looks_like_feed", "parse_feed", "parse_with_feedparser", "refuse_entities"]

_ENTITY_DECLS = (b"<!entity", "<!entity".encode("utf-16-le"), "<!entity".encode("utf-16-be"))
# feedparser raises these on some corrupt inputs instead of setting ``bozo``.
_FEEDPARSER_BUGS = (ValueError, LookupError, TypeError, AttributeError, AssertionError)
_FEED_MARK = re.compile(rb"<(rss|feed|rdf:RDF|channel)\b", re.IGNORECASE)


def refuse_entities(data: bytes) -> None:
    """Raise SourceError if the document declares entities (XML bomb or external entity)."""
    low = data.lower()
    if any(mark in low for mark in _ENTITY_DECLS):
        raise SourceError("refused: the document declares XML entities", retriable=False)


def looks_like_feed(data: bytes) -> bool:
    """True if the start of the document names an RSS, RDF or Atom root element."""
    return _FEED_MARK.search(data[:4096]) is not None


def _get(entry: Any, key: str) -> Any:
    # dict.get, not FeedParserDict.get: its key aliases (updated -> published) warn.
    return dict.get(entry, key) if isinstance(entry, dict) else None


def _first(entry: Any, *keys: str) -> Any:
    for key in keys:
        value = _get(entry, key)
        if value:
            return value
    return None


def _body(entry: Any) -> str:
    contents = [_get(c, "value") or "" for c in _get(entry, "content") or []]
    best = max(contents, key=len, default="")
    summary = _get(entry, "summary") or ""
    return best if len(best) >= len(summary) else summary


def _lang(entry: Any, feed_lang: str | None) -> str | None:
    return _get(_get(entry, "title_detail"), "language") or feed_lang


def _raw(entry: Any) -> str:
    keep = {k: _get(entry, k) for k in ("id", "link", "title", "published", "updated", "summary")}
    return _json.dumps_line({k: v for k, v in keep.items() if v is not None})[:MAX_RAW_CHARS]


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _entry(entry: Any, source: str, feed_lang: str | None) -> RawEntry:
    native = _get(entry, "id")
    return RawEntry(
        source=source,
        raw=_raw(entry),
        id=source_id(source, native) if isinstance(native, str) and native.strip() else None,
        url=_str(_get(entry, "link")),
        title=_str(_get(entry, "title")) or "",
        body=_body(entry),
        published=_first(entry, "published_parsed", "updated_parsed", "published", "updated"),
        lang=_lang(entry, feed_lang),
    )


def parse_feed(
    data: bytes, source: str, content_type: str | None = None, base_url: str | None = None
) -> list[RawEntry]:
    """The entries of an RSS/Atom document; SourceError if it is refused or has none and is bad.

    ``base_url`` (the feed's URL) resolves relative item links.

    A feed with recoverable errors (wrong declared encoding, stray markup) still
    yields its entries; only a document with no entries and a parse error fails.
    """
    refuse_entities(data)
    if _fast_path_safe(content_type):
        fast = parse_rss_fast(data, source, base_url)
        if fast is not None:
            return fast
    return parse_with_feedparser(data, source, content_type, base_url)


def _fast_path_safe(content_type: str | None) -> bool:
    """feedparser lets an HTTP charset override the XML declaration; ElementTree does not."""
    charset = (content_type or "").lower().partition("charset=")[2].strip(" \"';")
    return charset in ("", "utf-8", "utf8", "us-ascii")


def parse_with_feedparser(
    data: bytes, source: str, content_type: str | None = None, base_url: str | None = None
) -> list[RawEntry]:
    """parse_feed without the RSS fast path (entities must have been refused already)."""
    headers = {"content-type": content_type} if content_type else {}
    if base_url:
        headers["content-location"] = base_url
    try:
        # We turn HTML into text ourselves: feedparser's sanitising and URI rewriting
        # inside content is wasted work (a seventh of the parse time).
        parsed = feedparser.parse(
            io.BytesIO(data),
            response_headers=headers,
            sanitize_html=False,
            resolve_relative_uris=False,
        )
    except _FEEDPARSER_BUGS as e:  # found by fuzzing: e.g. a corrupt encoding declaration
        reason = str(e).splitlines()[0][:200] if str(e) else type(e).__name__
        raise SourceError(f"malformed feed: {reason}", retriable=False) from None
    entries = [e for e in parsed.get("entries") or [] if isinstance(e, dict)]
    if not entries and not looks_like_feed(data):
        raise SourceError("not an RSS or Atom feed", retriable=False)
    if not entries and parsed.get("bozo"):
        reason = str(parsed.get("bozo_exception") or "unknown error").splitlines()[0][:200]
        raise SourceError(f"malformed feed: {reason}", retriable=False)
    feed_lang = _str(_get(parsed.get("feed"), "language"))
    return [_entry(e, source, feed_lang) for e in entries]
