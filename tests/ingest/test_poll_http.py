"""Polling real HTTP servers on 127.0.0.1: feeds, JSON, conditional GET, contained errors."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import httpx
import pytest

from storywatch.ingest.http import FetchLimits, make_client
from storywatch.ingest.jsonapi import FieldMapping
from storywatch.ingest.poller import Poller
from storywatch.ingest.sources import Source
from storywatch.models import parse_article

from .server import SampleServer

NOW = datetime(2026, 1, 1, tzinfo=UTC)
LIMITS = FetchLimits(timeout_s=1.0, max_bytes=100_000, max_redirects=3)


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with make_client(LIMITS) as c:
        yield c


def _poller(client: httpx.AsyncClient) -> Poller:
    return Poller(client, lambda: NOW, limits=LIMITS, rand=lambda: 0.0)


def _source(server: SampleServer, path: str, **kw: object) -> Source:
    fields: dict[str, object] = {"name": path.strip("/"), "url": server.url(path), "interval_s": 60}
    return Source.model_validate({**fields, **kw})


async def test_rss_items_become_contract_articles(
    feed_server: SampleServer, client: httpx.AsyncClient
) -> None:
    result = await _poller(client).poll(_source(feed_server, "/rss.xml"))
    assert result.error is None
    titles = [n.article.title for n in result.articles]
    assert "Kyiv proposes new round of talks with Moscow" in titles
    for n in result.articles:
        assert parse_article(n.to_json_dict()) == n.article
    assert len(result.dead) == 1
    assert "no id and no url" in result.dead[0].reason


async def test_tracking_parameters_and_html_are_stripped(
    feed_server: SampleServer, client: httpx.AsyncClient
) -> None:
    result = await _poller(client).poll(_source(feed_server, "/rss.xml"))
    first = result.articles[0].article
    assert first.url == "https://news.example.com/world/kyiv-talks?id=7"
    assert "alert" not in first.body
    assert "color" not in first.body
    assert first.published_at == datetime(2025, 3, 4, 8, 30, tzinfo=UTC)


async def test_missing_and_absurd_dates_become_fetch_time_flagged(
    feed_server: SampleServer, client: httpx.AsyncClient
) -> None:
    result = await _poller(client).poll(_source(feed_server, "/rss.xml"))
    flagged = {n.article.title: n for n in result.articles if n.flags}
    assert flagged["Undated item from the wire"].flags == ("date_missing",)
    assert flagged["Item from the far future"].flags == ("date_absurd",)
    assert all(n.article.published_at == NOW for n in flagged.values())


async def test_atom_feed_language_comes_from_the_feed(
    feed_server: SampleServer, client: httpx.AsyncClient
) -> None:
    result = await _poller(client).poll(_source(feed_server, "/atom.xml"))
    assert [n.article.lang for n in result.articles] == ["fr", "fr"]
    assert result.articles[0].article.url == "https://actu.example.fr/monde/cessez-le-feu"


async def test_second_poll_sends_etag_and_a_304_yields_nothing(
    feed_server: SampleServer, client: httpx.AsyncClient
) -> None:
    poller = _poller(client)
    source = _source(feed_server, "/rss.xml", name="conditional")
    first = await poller.poll(source)
    second = await poller.poll(source)
    assert first.articles
    assert not first.not_modified
    assert second.not_modified
    assert second.articles == ()
    assert second.error is None
    assert feed_server.hits("/rss.xml")[-1].headers.get("if-none-match") == '"rss-v1"'
    assert feed_server.hits("/rss.xml")[-1].headers.get("if-modified-since")


async def test_newsapi_style_json_needs_no_mapping(
    feed_server: SampleServer, client: httpx.AsyncClient
) -> None:
    result = await _poller(client).poll(_source(feed_server, "/newsapi.json"))
    assert [n.article.source for n in result.articles] == ["Example Wire", "Example Wire"]
    assert result.articles[1].flags == ("date_unparsed",)
    assert len(result.dead) == 1
    assert "not an http(s) URL" in result.dead[0].reason
    assert "javascript:alert(1)" in result.dead[0].raw


async def test_custom_json_api_with_declared_mapping(
    feed_server: SampleServer, client: httpx.AsyncClient
) -> None:
    mapping = FieldMapping.model_validate(
        {"items": "response.stories", "id": "story_id", "url": "permalink", "title": "headline",
         "body": "text.plain", "published_at": "ts", "lang": "meta.language"}
    )  # fmt: skip
    result = await _poller(client).poll(_source(feed_server, "/custom.json", mapping=mapping))
    arts = [n.article for n in result.articles]
    assert [a.id for a in arts] == ["custom.json:101", "custom.json:102"]
    assert arts[1].published_at == datetime(2025, 3, 6, 13, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("path", "fragment", "retriable"),
    [
        ("/malformed.xml", "malformed feed", False),
        ("/bomb.xml", "declares XML entities", False),
        ("/page.html", "not an RSS or Atom feed", False),
        ("/hang", "timed out", True),
        ("/loop", "too many redirects", False),
        ("/500", "HTTP 500", True),
        ("/missing", "HTTP 404", False),
        ("/big.xml", "exceeds 100000 bytes", False),
    ],
)
async def test_a_bad_source_gives_a_one_line_error(
    feed_server: SampleServer, client: httpx.AsyncClient, path: str, fragment: str, retriable: bool
) -> None:
    result = await _poller(client).poll(_source(feed_server, path))
    assert result.error is not None
    assert fragment in str(result.error)
    assert "\n" not in str(result.error)
    assert result.error.retriable is retriable
    assert result.articles == ()


async def test_429_retry_after_is_honoured(
    feed_server: SampleServer, client: httpx.AsyncClient
) -> None:
    source = Source(name="limited", url=feed_server.url("/429"), interval_s=1)
    result = await _poller(client).poll(source)
    assert result.error is not None
    assert result.error.retry_after == 7
    assert result.next_delay_s == 7


async def test_503_retry_after_as_a_date(
    feed_server: SampleServer, client: httpx.AsyncClient
) -> None:
    source = Source(name="busy", url=feed_server.url("/503"), interval_s=1)
    result = await _poller(client).poll(source)
    assert result.error is not None
    assert result.error.retry_after is not None
    assert result.next_delay_s >= 86_000  # capped at a day


async def test_failures_back_off_exponentially(
    feed_server: SampleServer, client: httpx.AsyncClient
) -> None:
    source = Source(name="flaky", url=feed_server.url("/500"), interval_s=1)
    poller = _poller(client)
    delays = [(await poller.poll(source)).next_delay_s for _ in range(4)]
    assert delays == [
        2.5,
        5.0,
        10.0,
        20.0,
    ]  # base 5 s, equal jitter with rand=0, never below interval


async def test_wrong_declared_encoding_still_yields_text(
    feed_server: SampleServer, client: httpx.AsyncClient
) -> None:
    result = await _poller(client).poll(_source(feed_server, "/wrong-encoding.xml"))
    assert result.error is None
    assert result.articles[0].article.title == "Réunion à Genève sur le cessez-le-feu"


async def test_declared_windows_1251_is_decoded(
    feed_server: SampleServer, client: httpx.AsyncClient
) -> None:
    result = await _poller(client).poll(_source(feed_server, "/cp1251.xml"))
    article = result.articles[0].article
    assert article.title.startswith("Кремль")
    assert article.lang == "ru"


async def test_one_failing_feed_never_stops_the_others(
    feed_server: SampleServer, client: httpx.AsyncClient
) -> None:
    paths = ["/hang", "/atom.xml", "/loop", "/sloppy.xml", "/bomb.xml"]
    results = await _poller(client).poll_many([_source(feed_server, p) for p in paths])
    ok = {r.source.name for r in results if r.error is None}
    assert ok == {"atom.xml", "sloppy.xml"}
    assert all(r.articles for r in results if r.error is None)


async def test_parsing_in_a_worker_process_gives_the_same_result(
    feed_server: SampleServer, client: httpx.AsyncClient
) -> None:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    in_loop = _poller(client)
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        pooled = Poller(client, lambda: NOW, limits=LIMITS, rand=lambda: 0.0, executor=pool)
        for path in ("/atom.xml", "/newsapi.json", "/malformed.xml"):
            source = _source(feed_server, path)
            expected, got = await in_loop.poll(source), await pooled.poll(source)
            assert got.articles == expected.articles
            assert got.dead == expected.dead
            assert str(got.error) == str(expected.error)


async def test_a_failing_feed_logs_one_clear_line(
    feed_server: SampleServer, client: httpx.AsyncClient
) -> None:
    from structlog.testing import capture_logs

    with capture_logs() as logs:
        await _poller(client).poll(_source(feed_server, "/500"))
    [line] = [entry for entry in logs if entry["log_level"] == "warning"]
    assert line["event"] == "source failed"
    assert line["error"] == "HTTP 500"
    assert line["source"] == "500"
    assert line["url"].endswith("/500")
