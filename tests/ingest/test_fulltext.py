"""Full-text fetch: extracts the article, refuses non-public addresses unless allowed."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import httpx
import pytest

from storywatch._exceptions import SourceError
from storywatch.ingest.fulltext import FullText, check_public, is_public_address
from storywatch.ingest.http import FetchLimits, make_client
from storywatch.ingest.normalize import RawEntry
from storywatch.ingest.poller import Poller
from storywatch.ingest.sources import Source

from .server import SampleServer

NOW = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with make_client(FetchLimits(timeout_s=2)) as c:
        yield c


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("127.0.0.1", False), ("10.1.2.3", False), ("192.168.0.1", False), ("172.16.5.4", False),
        ("169.254.169.254", False), ("::1", False), ("fe80::1%eth0", False), ("fd00::1", False),
        ("::ffff:127.0.0.1", False), ("0.0.0.0", False), ("224.0.0.1", False),
        ("100.64.0.1", False),
        ("8.8.8.8", True), ("2606:4700::1111", True), ("not an ip", False),
    ],
)  # fmt: skip
def test_public_addresses(address: str, public: bool) -> None:
    assert is_public_address(address) is public


async def test_a_host_resolving_to_any_private_address_is_refused() -> None:
    async def resolve(host: str, port: int) -> list[str]:
        return ["93.184.216.34", "10.0.0.7"]

    with pytest.raises(SourceError, match="non-public"):
        await check_public("https://rebind.example.com/a", resolve)


async def test_loopback_is_refused_by_default(
    feed_server: SampleServer, client: httpx.AsyncClient
) -> None:
    full = FullText(client, lambda: NOW)
    with pytest.raises(SourceError, match="non-public"):
        await full.text(feed_server.url("/page.html"))
    assert feed_server.hits("/page.html") == []


async def test_allowed_private_fetch_extracts_the_article(
    feed_server: SampleServer, client: httpx.AsyncClient
) -> None:
    text = await FullText(client, lambda: NOW, allow_private=True).text(
        feed_server.url("/page.html")
    )
    assert text.startswith("Kyiv proposes new round of talks with Moscow")
    assert "has not yet responded" in text
    for noise in ("tracking", "Subscribe", "Copyright", "document.write", "Home"):
        assert noise not in text


async def test_redirect_loop_fails_cleanly(
    feed_server: SampleServer, client: httpx.AsyncClient
) -> None:
    with pytest.raises(SourceError, match="too many redirects"):
        await FullText(client, lambda: NOW, allow_private=True).text(feed_server.url("/loop"))


async def test_every_redirect_hop_is_checked(
    feed_server: SampleServer, client: httpx.AsyncClient
) -> None:
    async def resolve(host: str, port: int) -> list[str]:  # pretends the test server is public
        return ["127.0.0.1"] if host == "internal.example" else ["93.184.216.34"]

    full = FullText(client, lambda: NOW, resolve=resolve)
    with pytest.raises(SourceError, match=r"refused internal\.example"):
        await full.text(feed_server.url("/to-internal"))
    assert len(feed_server.hits("/to-internal")) == 1


async def test_enrich_replaces_a_summary_with_the_page_text(
    feed_server: SampleServer, client: httpx.AsyncClient
) -> None:
    full = FullText(client, lambda: NOW, allow_private=True)
    source = Source(name="s", url=feed_server.url("/rss.xml"), fulltext=True)
    entry = RawEntry(
        source="s", raw="{}", url=feed_server.url("/page.html"), title="t", body="short"
    )
    enriched = await full.enrich(source, entry)
    assert "Istanbul" in enriched.body
    off = await full.enrich(source.model_copy(update={"fulltext": False}), entry)
    assert off.body == "short"


async def test_pages_of_known_articles_are_not_fetched_again(
    feed_server: SampleServer, client: httpx.AsyncClient
) -> None:
    from storywatch.ingest.normalize import entry_id

    url = feed_server.url("/page.html?known")
    entry = RawEntry(source="s", raw="{}", url=url, title="t", body="short")
    full = FullText(client, lambda: NOW, allow_private=True, known={entry_id(entry)}.__contains__)
    source = Source(name="s", url=feed_server.url("/rss.xml"), fulltext=True)
    assert (await full.enrich(source, entry)).body == "short"
    assert feed_server.hits("/page.html?known") == []


async def test_a_failed_fulltext_keeps_the_summary(
    feed_server: SampleServer, client: httpx.AsyncClient
) -> None:
    full = FullText(client, lambda: NOW)  # loopback refused
    source = Source(name="s", url=feed_server.url("/rss.xml"), fulltext=True)
    poller = Poller(client, lambda: NOW, enrich=full.enrich)
    result = await poller.poll(source)
    assert result.error is None
    assert (
        result.articles[0].article.body
        == "Ukraine's foreign minister proposed a new round of talks on Tuesday."
    )
