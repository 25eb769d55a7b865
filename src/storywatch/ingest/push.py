"""HTTP push: ``POST /v1/articles`` with one JSON article or a JSONL batch.

202  every record published and acknowledged by Kafka (or a known duplicate)
400  one or more records invalid: ``{"errors": [{"line": N, "reason": ...}]}``,
     nothing of the request is published (fix and resend the whole batch)
401  missing or wrong bearer token (compared in constant time, never logged)
413  request over ``max_request_bytes`` or an article over ``max_article_bytes``
503  the broker did not acknowledge: resend; ids are remembered only after the
     ack, so a resend loses nothing and duplicates nothing already accepted
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import structlog
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from storywatch import _json
from storywatch._exceptions import InvalidArticle
from storywatch.ingest.normalize import Normalized, entry_from_dict, normalize
from storywatch.ingest.pipeline import Ingestor, PublishFailed

__all__ = ["PushLimits", "TooLarge", "create_app", "parse_body"]

log = structlog.get_logger(__name__)

MB = 1024 * 1024


@dataclass(frozen=True)
class PushLimits:
    """Size bounds of the push endpoint."""

    max_article_bytes: int = 1 * MB
    max_request_bytes: int = 10 * MB
    retry_after_s: int = 5  # told to clients on 503


class TooLarge(ValueError):
    """A request or one of its articles is over the size limit."""


@dataclass(frozen=True)
class Parsed:
    """The outcome of parsing a body: the valid articles and the per-line errors."""

    articles: list[Normalized]
    errors: list[dict[str, object]]


def _records(body: str) -> list[tuple[int, str]]:
    stripped = body.strip()
    if stripped.startswith("{"):
        try:
            _json.loads(stripped)
        except ValueError:
            pass
        else:
            return [(1, stripped)]
    return [(n, line) for n, line in enumerate(body.split("\n"), 1) if line.strip()]


def parse_body(body: bytes, now: datetime, limits: PushLimits | None = None) -> Parsed:
    """Validate and normalise a push body; TooLarge if an article is over the limit."""
    limits = limits or PushLimits()
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as e:
        return Parsed([], [{"line": None, "reason": f"body is not UTF-8: {e.reason}"}])
    records = _records(text)
    if not records:
        return Parsed([], [{"line": None, "reason": "no articles in the body"}])
    articles: list[Normalized] = []
    errors: list[dict[str, object]] = []
    for line, raw in records:
        size = len(raw.encode())
        if size > limits.max_article_bytes:
            raise TooLarge(
                f"line {line}: article of {size} bytes exceeds {limits.max_article_bytes}"
            )
        try:
            articles.append(normalize(entry_from_dict(_json.loads(raw)), now))
        except ValueError as e:  # JSONDecodeError
            errors.append({"line": line, "reason": f"not valid JSON: {str(e).splitlines()[0]}"})
        except InvalidArticle as e:
            errors.append({"line": line, "reason": str(e)})
    return Parsed(articles, errors)


def _authorized(request: Request, token: str) -> bool:
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer":
        return False
    return hmac.compare_digest(given.strip().encode(), token.encode())


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise TooLarge(f"request of {declared} bytes exceeds {limit}")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise TooLarge(f"request exceeds {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _error(status: int, reason: str, **headers: str) -> JSONResponse:
    return JSONResponse({"error": reason}, status_code=status, headers=headers or None)


def create_app(
    ingestor: Ingestor, token: str, clock: Callable[[], datetime], limits: PushLimits | None = None
) -> Starlette:
    """The push application; ``token`` is the bearer token clients must send."""
    if not token:
        raise ValueError("the push endpoint needs a non-empty token")
    bounds = limits or PushLimits()

    async def post_articles(request: Request) -> Response:
        if not _authorized(request, token):
            return _error(401, "missing or invalid bearer token", **{"WWW-Authenticate": "Bearer"})
        try:
            parsed = parse_body(
                await _read_body(request, bounds.max_request_bytes), clock(), bounds
            )
        except TooLarge as e:
            return _error(413, str(e))
        if parsed.errors:
            log.info("push rejected", errors=len(parsed.errors), valid=len(parsed.articles))
            return JSONResponse({"accepted": 0, "errors": parsed.errors}, status_code=400)
        try:
            outcome = await ingestor.accept(n.article for n in parsed.articles)
        except PublishFailed as e:
            log.warning("push not acknowledged", error=str(e))
            return _error(
                503, "broker unavailable, retry", **{"Retry-After": str(bounds.retry_after_s)}
            )
        flagged = [{"id": n.article.id, "flags": list(n.flags)} for n in parsed.articles if n.flags]
        body = {"accepted": outcome.published, "duplicates": outcome.duplicates, "flagged": flagged}
        return JSONResponse(body, status_code=202)

    async def healthz(request: Request) -> Response:
        return JSONResponse({"ok": True})

    return Starlette(
        routes=[
            Route("/v1/articles", post_articles, methods=["POST"]),
            Route("/healthz", healthz, methods=["GET"]),
        ]
    )
