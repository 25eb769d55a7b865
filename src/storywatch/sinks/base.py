"""What every sink is: a name and one delivery attempt that raises a DeliveryError on failure.

Retries, back-off, dead-lettering and metrics live in the Dispatcher; a sink only makes
one attempt and says, through the exception it raises, whether another could help.
"""

from __future__ import annotations

import email.utils
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any, Protocol, runtime_checkable

import httpx

from storywatch._exceptions import (
    EndpointGone,
    InvalidInput,
    PermanentDelivery,
    RetriableDelivery,
)
from storywatch.models import Alert

__all__ = [
    "DeadLetter",
    "Sink",
    "check_response",
    "check_url",
    "parse_retry_after",
    "post_json",
    "transport_error",
]

# (stage, reason, payload): the dead-letter topic writer, injected by the stream.
DeadLetter = Callable[[str, str, dict[str, Any]], Awaitable[None]]

MAX_RETRY_AFTER_S = 3600.0


@runtime_checkable
class Sink(Protocol):
    """One destination of alerts."""

    name: str

    async def send(self, alert: Alert) -> None:
        """Deliver one alert once; raise RetriableDelivery or PermanentDelivery on failure."""
        ...


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date), capped at 1 h."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            return None
        seconds = (when - now).total_seconds()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER_S)


def check_response(resp: httpx.Response, now: datetime, what: str) -> None:
    """Raise the DeliveryError an HTTP answer means; return on 2xx."""
    code = resp.status_code
    if 200 <= code < 300:
        return
    detail = f"{what}: HTTP {code} {resp.reason_phrase}".strip()
    if code == 429 or code >= 500 or code == 408:
        retry_after = parse_retry_after(resp.headers.get("retry-after"), now)
        raise RetriableDelivery(detail, retry_after=retry_after)
    if code == 410:
        raise EndpointGone(detail)
    raise PermanentDelivery(detail)


def transport_error(exc: httpx.HTTPError, what: str) -> RetriableDelivery | PermanentDelivery:
    """The DeliveryError for an exception raised by httpx before any answer."""
    name = type(exc).__name__
    if isinstance(exc, httpx.UnsupportedProtocol):  # a bad URL: no retry fixes it
        return PermanentDelivery(f"{what}: {name}")
    if isinstance(exc, httpx.TransportError):  # timeouts, connect/read errors, proxy, ...
        return RetriableDelivery(f"{what}: {name}")
    return PermanentDelivery(f"{what}: {name}: {str(exc)[:200]}")


async def post_json(
    client: httpx.AsyncClient,
    url: str,
    body: bytes,
    *,
    http_timeout: httpx.Timeout,
    what: str,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    """POST a JSON body; an httpx error before any answer becomes its DeliveryError."""
    try:
        return await client.post(
            url, content=body, timeout=http_timeout,
            headers={"content-type": "application/json", **(headers or {})},
        )  # fmt: skip
    except httpx.HTTPError as e:
        raise transport_error(e, what) from e


def check_url(url: str, setting: str) -> str:
    """The URL if it is an absolute http(s) URL; InvalidInput (one line) naming the setting."""
    try:
        u = httpx.URL(url)
    except httpx.InvalidURL:
        u = None
    if u is None or u.scheme not in ("http", "https") or not u.host:
        raise InvalidInput(f"{setting}: not an http(s) URL")
    return url
