"""Optional full-text fetch for feeds that carry only a summary (``fulltext: true`` per source).

Off by default, bounded in size and time, and refusing any host that resolves
to a loopback, private, link-local or otherwise non-public address unless
``Settings.fulltext_allow_private``; every redirect hop is checked again.

The extractor is trafilatura (the maintained one) when the ``fulltext`` extra is
installed (``pip install 'storywatch[fulltext]'``; the test extra has it), else
:func:`storywatch.ingest.text.main_text` (standard library), since trafilatura brings
eleven packages (lxml, babel, dateparser, ...) for a feature that is off by default.
Any ``Callable[[str], str]`` can be passed as ``extract``.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import datetime
from urllib.parse import urljoin, urlsplit

import httpx
import structlog

from storywatch._exceptions import SourceError
from storywatch.ingest.http import FetchLimits, fetch
from storywatch.ingest.normalize import RawEntry, entry_id
from storywatch.ingest.sources import Source
from storywatch.ingest.text import html_to_text, main_text

__all__ = ["FullText", "best_extractor", "check_public", "is_public_address", "system_resolve"]

log = structlog.get_logger(__name__)

Resolver = Callable[[str, int], Awaitable[list[str]]]
DEFAULT_LIMITS = FetchLimits(max_bytes=2 * 1024 * 1024, timeout_s=10.0, max_redirects=5)


def best_extractor() -> Callable[[str], str]:
    """trafilatura's main-text extraction when installed, else the standard-library one."""
    try:
        import trafilatura  # noqa: PLC0415  (optional extra)
    except ImportError:
        return main_text

    def extract(html: str) -> str:
        text = trafilatura.extract(html, include_comments=False, include_tables=False)
        return text if text else main_text(html)

    return extract


def is_public_address(address: str) -> bool:
    """True for a globally routable unicast address (IPv4-mapped IPv6 judged as IPv4)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


async def system_resolve(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for host:port."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


async def check_public(url: str, resolve: Resolver) -> None:
    """SourceError unless every address of the URL's host is public."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SourceError(f"full text: not an http(s) URL: {url[:100]}", retriable=False)
    try:
        addresses = await resolve(parts.hostname, parts.port or 443)
    except OSError as e:
        raise SourceError(f"full text: cannot resolve {parts.hostname}: {e}") from None
    private = [a for a in addresses if not is_public_address(a)]
    if private or not addresses:
        raise SourceError(
            f"full text: refused {parts.hostname}: resolves to a non-public address",
            retriable=False,
        )


class FullText:
    """Fetches an article page and extracts its text, within bounds and public addresses only."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        clock: Callable[[], datetime],
        *,
        allow_private: bool = False,
        limits: FetchLimits = DEFAULT_LIMITS,
        extract: Callable[[str], str] | None = None,  # None: best_extractor()
        resolve: Resolver = system_resolve,
        known: Callable[[str], bool] = lambda ident: False,
        concurrency: int = 4,
    ) -> None:
        self.client = client
        self.clock = clock
        self.allow_private = allow_private
        self.limits = limits
        self.extract = extract or best_extractor()
        self.resolve = resolve
        self.known = known  # ids already ingested: their pages are not fetched again
        self._slots = asyncio.Semaphore(concurrency)

    async def text(self, url: str) -> str:
        """The main text of the page at ``url``; SourceError if refused or failed."""
        for _ in range(self.limits.max_redirects + 1):
            if not self.allow_private:
                await check_public(url, self.resolve)
            page = await fetch(
                self.client, url, self.clock(), limits=self.limits, follow_redirects=False
            )
            if page.location is None or page.status < 300:
                ctype = (page.content_type or "").lower()
                if ctype and "html" not in ctype and "text" not in ctype:
                    raise SourceError(f"full text: not an HTML page ({ctype})", retriable=False)
                return self.extract(page.body.decode("utf-8", "replace"))
            url = urljoin(url, page.location)
        raise SourceError("full text: too many redirects", retriable=False)

    async def enrich(self, source: Source, entry: RawEntry) -> RawEntry:
        """The entry with the page's text as body, if the source asks and it is longer."""
        if not source.fulltext or not entry.url:
            return entry
        ident = entry_id(entry)
        if ident is None or self.known(ident):
            return entry
        try:
            async with self._slots:
                text = await self.text(entry.url)
        except SourceError as e:
            log.warning("full text not fetched", source=source.name, url=entry.url, error=str(e))
            return entry
        if len(text) > len(html_to_text(entry.body)):
            return replace(entry, body=text)
        return entry
