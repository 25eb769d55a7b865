"""Raw entries (from a feed, a JSON API or a push) to contract Articles, pure.

Canonical URL and stable id, HTML to text, dates to UTC (the fetch time ``now``
replaces a missing or absurd one, and the article is flagged), language from
the source or detected. A record that cannot become an Article raises
InvalidArticle with a one-line reason; the adapter dead-letters it with the raw
payload (:class:`DeadLetter`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from storywatch import _json
from storywatch._exceptions import InvalidArticle
from storywatch._urls import canonical_url, id_from_url
from storywatch.ingest.dates import resolve_published
from storywatch.ingest.lang import detect_lang, normalize_lang
from storywatch.ingest.text import html_to_text, one_line
from storywatch.models import MAX_BODY_CHARS, Article, rfc3339

__all__ = [
    "MAX_RAW_CHARS",
    "DeadLetter",
    "Normalized",
    "RawEntry",
    "dead_letter",
    "entry_from_dict",
    "entry_id",
    "normalize",
    "source_id",
]

MAX_RAW_CHARS = 65_536  # raw payload kept in a dead letter
_MAX_ID = 512
_MAX_TITLE = 10_000
_MAX_SOURCE = 512


@dataclass(frozen=True)
class RawEntry:
    """One record as a source gave it, before validation (HTML and odd dates allowed)."""

    source: str
    raw: str  # the payload as received, for the dead letter
    id: str | None = None
    url: str | None = None
    title: str = ""
    body: str = ""
    published: object = None
    lang: str | None = None


@dataclass(frozen=True)
class Normalized:
    """A valid Article plus what normalisation had to guess (``date_missing``, ...)."""

    article: Article
    flags: tuple[str, ...] = field(default=())

    def to_json_dict(self) -> dict[str, Any]:
        """The Article's contract JSON, with ``flags`` added when there are any."""
        data = self.article.to_json_dict()
        if self.flags:
            data["flags"] = list(self.flags)
        return data


class DeadLetter(BaseModel):
    """A record that could not be ingested: why, from where, and the payload as received."""

    model_config = ConfigDict(frozen=True)

    source: str
    reason: str
    raw: str
    received_at: str
    stage: str = "ingest"

    def to_json_dict(self) -> dict[str, Any]:
        """JSON form, as published on the dead-letter topic."""
        return self.model_dump()


def dead_letter(source: str, reason: str, raw: str | bytes, now: datetime) -> DeadLetter:
    """A dead letter with the raw payload cut to MAX_RAW_CHARS."""
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
    return DeadLetter(
        source=source, reason=reason[:500], raw=text[:MAX_RAW_CHARS], received_at=rfc3339(now)
    )


def source_id(source: str, native: str) -> str:
    """The stable id of a feed item: a URL guid maps to the URL's id, others are namespaced."""
    native = native.strip()
    if native.lower().startswith(("http://", "https://")):
        try:
            return id_from_url(native)
        except ValueError:
            pass
    ident = f"{source}:{native}" if source else native
    if len(ident) > _MAX_ID:
        return hashlib.sha256(ident.encode()).hexdigest()[:32]
    return ident


def _url(entry: RawEntry) -> str:
    url = (entry.url or "").strip()
    if not url:
        return ""
    if not url.lower().startswith(("http://", "https://")):
        raise InvalidArticle(f"url: not an http(s) URL: {url[:80]!r}")
    try:
        return canonical_url(url)
    except ValueError as e:
        raise InvalidArticle(f"url: {e}") from None


def _ident(entry: RawEntry, url: str) -> str:
    if entry.id and entry.id.strip():
        ident = entry.id.strip()
        return ident if len(ident) <= _MAX_ID else hashlib.sha256(ident.encode()).hexdigest()[:32]
    if url:
        return id_from_url(url)
    raise InvalidArticle("no id and no url")


def entry_id(entry: RawEntry) -> str | None:
    """The id the entry's Article will have, or None if it cannot become one."""
    try:
        return _ident(entry, _url(entry))
    except InvalidArticle:
        return None


def normalize(entry: RawEntry, now: datetime) -> Normalized:
    """Turn a raw entry into a valid Article; raise InvalidArticle with a one-line reason."""
    url = _url(entry)
    ident = _ident(entry, url)
    title = one_line(html_to_text(entry.title))[:_MAX_TITLE]
    body = html_to_text(entry.body)[:MAX_BODY_CHARS]
    if not title and not body:
        raise InvalidArticle("no title and no body")
    published, flag = resolve_published(entry.published, now)
    lang = normalize_lang(entry.lang) or detect_lang(f"{title}\n{body}")
    try:
        article = Article(
            id=ident,
            url=url,
            source=one_line(entry.source)[:_MAX_SOURCE],
            published_at=published,
            title=title,
            body=body,
            lang=lang,
        )
    except ValidationError as e:
        first = e.errors()[0]
        raise InvalidArticle(f"{'.'.join(map(str, first['loc']))}: {first['msg']}") from None
    return Normalized(article, (flag,) if flag else ())


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidArticle(f"{key}: expected a string, got {type(value).__name__}")
    return value


def entry_from_dict(data: object, default_source: str = "push") -> RawEntry:
    """A RawEntry from a pushed JSON article (contract field names); InvalidArticle if malformed."""
    if not isinstance(data, dict):
        raise InvalidArticle(f"expected a JSON object, got {type(data).__name__}")
    return RawEntry(
        source=_text(data, "source") or default_source,
        raw=_json.dumps_line(data)[:MAX_RAW_CHARS],
        id=_text(data, "id") or None,
        url=_text(data, "url") or None,
        title=_text(data, "title"),
        body=_text(data, "body"),
        published=data.get("published_at"),
        lang=_text(data, "lang") or None,
    )
