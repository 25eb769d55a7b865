"""Bounded HTTP GETs for sources: conditional, size-capped, time-capped, one-line errors.

Every failure becomes a SourceError saying whether a retry can help; the
client (redirect limit, connect/read timeouts, pool) is built by
:func:`make_client` and injected, so tests pass their own.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime

import httpx

from storywatch._exceptions import SourceError
from storywatch.ingest.backoff import parse_retry_after

__all__ = ["FetchLimits", "Fetched", "Validators", "fetch", "make_client"]

USER_AGENT = "storywatch/0.1 (+https://github.com/storywatch)"


@dataclass(frozen=True)
class FetchLimits:
    """Bounds of one fetch."""

    max_bytes: int = 10 * 1024 * 1024
    timeout_s: float = 20.0  # the whole exchange, headers to last byte
    max_redirects: int = 5


@dataclass(frozen=True)
class Validators:
    """What the last 200 said, replayed as If-None-Match / If-Modified-Since."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        """The conditional request headers."""
        out = {}
        if self.etag:
            out["If-None-Match"] = self.etag
        if self.last_modified:
            out["If-Modified-Since"] = self.last_modified
        return out


@dataclass(frozen=True)
class Fetched:
    """A response: 200 with a body, or 304 (not modified) with none."""

    status: int
    body: bytes
    content_type: str | None
    validators: Validators
    url: str
    location: str | None = None  # where a redirect points, when redirects are not followed

    @property
    def not_modified(self) -> bool:
        """True for a 304."""
        return self.status == 304


def make_client(limits: FetchLimits | None = None, max_connections: int = 100) -> httpx.AsyncClient:
    """The client sources are polled with: redirects followed up to a limit, pooled."""
    limits = limits or FetchLimits()
    return httpx.AsyncClient(
        follow_redirects=True,
        max_redirects=limits.max_redirects,
        timeout=httpx.Timeout(limits.timeout_s, connect=min(10.0, limits.timeout_s)),
        limits=httpx.Limits(max_connections=max_connections, max_keepalive_connections=20),
        headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
    )


def _status_error(response: httpx.Response, now: datetime) -> SourceError:
    code = response.status_code
    retry_after = parse_retry_after(response.headers.get("Retry-After"), now)
    if code in (429, 503):
        wait = f", retry after {retry_after:g}s" if retry_after is not None else ""
        return SourceError(f"HTTP {code}{wait}", retriable=True, retry_after=retry_after)
    return SourceError(f"HTTP {code}", retriable=code >= 500 or code == 408)


async def _read(response: httpx.Response, max_bytes: int) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise SourceError(
            f"response of {declared} bytes exceeds {max_bytes} bytes", retriable=False
        )
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise SourceError(f"response exceeds {max_bytes} bytes", retriable=False)
        chunks.append(chunk)
    return b"".join(chunks)


async def _get(
    client: httpx.AsyncClient,
    url: str,
    headers: dict[str, str],
    max_bytes: int,
    now: datetime,
    *,
    follow: bool,
) -> Fetched:
    async with client.stream("GET", url, headers=headers, follow_redirects=follow) as response:
        if response.status_code == 304 or (not follow and response.is_redirect):
            body = b""
        elif response.status_code != 200:
            raise _status_error(response, now)
        else:
            body = await _read(response, max_bytes)
        validators = Validators(response.headers.get("ETag"), response.headers.get("Last-Modified"))
        ctype = response.headers.get("Content-Type")
        location = response.headers.get("Location")
        return Fetched(response.status_code, body, ctype, validators, str(response.url), location)


async def fetch(
    client: httpx.AsyncClient,
    url: str,
    now: datetime,
    *,
    validators: Validators | None = None,
    headers: dict[str, str] | None = None,
    limits: FetchLimits | None = None,
    follow_redirects: bool = True,
) -> Fetched:
    """GET a source within the limits; SourceError (one line, ``retriable``) on any failure.

    With ``follow_redirects=False`` a 3xx is returned (``location`` set) for the
    caller to vet the next hop.
    """
    limits = limits or FetchLimits()
    request_headers = {**(headers or {}), **(validators or Validators()).headers()}
    try:
        async with asyncio.timeout(limits.timeout_s):
            return await _get(
                client, url, request_headers, limits.max_bytes, now, follow=follow_redirects
            )
    except TimeoutError:
        raise SourceError(f"timed out after {limits.timeout_s:g}s") from None
    except httpx.TooManyRedirects:
        raise SourceError("too many redirects (a redirect loop?)", retriable=False) from None
    except httpx.TimeoutException:
        raise SourceError(f"timed out after {limits.timeout_s:g}s") from None
    except httpx.UnsupportedProtocol as e:
        raise SourceError(f"unsupported URL: {e}", retriable=False) from None
    except httpx.InvalidURL as e:
        raise SourceError(f"invalid URL: {e}", retriable=False) from None
    except (httpx.TransportError, httpx.DecodingError) as e:
        reason = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise SourceError(f"{type(e).__name__}: {reason}"[:300]) from None
