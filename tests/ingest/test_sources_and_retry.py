"""sources.yaml validation, retry timing, the duplicate filter and the ingestor."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from storywatch._exceptions import InvalidSources
from storywatch.ingest.backoff import Backoff, parse_retry_after
from storywatch.ingest.feeds import refuse_entities
from storywatch.ingest.jsonapi import lookup
from storywatch.ingest.normalize import RawEntry, dead_letter, normalize
from storywatch.ingest.pipeline import Ingestor, PublishFailed
from storywatch.ingest.poller import PollResult
from storywatch.ingest.seen import SeenIds
from storywatch.ingest.sources import Source, parse_sources

from .fakes import ListDeadLetters, ListSink

NOW = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("sources:\n  - name: a\n    url: http://x.example/f\n  - name: b\n    url: ftp://y\n",
         "line 5: sources.1.url: Value error, must be an http(s) URL"),
        ("sources:\n - name: a\n   url: [\n", "line 4: invalid YAML"),
        ("- name: a\n  url: http://x.example\n  interval_s: -1\n", "line 3: sources.0.interval_s"),
        ("- name: a\n  url: http://x.example\n  colour: red\n",
         "line 3: sources.0.colour: Extra inputs"),
        ("- name: a\n  url: http://x.example\n- name: a\n  url: http://y.example\n",
         "duplicate source name"),
        ("- name: a\n  url: http://x.example/${MISSING}\n", "${MISSING} is not set"),
        ("sources: 3\n", "line 1: sources: Input should be a valid list"),
    ],
)  # fmt: skip
def test_invalid_sources_name_the_line(text: str, message: str) -> None:
    with pytest.raises(InvalidSources) as info:
        parse_sources(text, "sources.yaml", env={})
    assert str(info.value).startswith("sources.yaml: ")
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_environment_variables_are_expanded() -> None:
    text = (
        "- name: api\n  kind: json\n  url: https://api.example/v2?key=${KEY}\n"
        "  headers: {X-Key: '${KEY}'}\n"
    )
    [source] = parse_sources(text, env={"KEY": "abc"})
    assert source.url == "https://api.example/v2?key=abc"
    assert source.headers == {"X-Key": "abc"}
    assert source.interval_s == 300
    assert source.host == "api.example"


def test_backoff_doubles_with_bounded_jitter_and_a_cap() -> None:
    backoff = Backoff(base_s=2, cap_s=30)
    assert [backoff.delay(n, 0.0) for n in range(6)] == [0, 1, 2, 4, 8, 15]
    assert [backoff.delay(n, 0.999999) for n in (1, 10)] == pytest.approx([2, 30])


@pytest.mark.parametrize(
    ("header", "expected"),
    [("120", 120.0), (" 3 ", 3.0), ("999999999", 86_400.0), ("Thu, 01 Jan 2026 00:01:00 GMT", 60.0),
     ("Wed, 31 Dec 2025 00:00:00 GMT", 0.0), ("soon", None), ("", None), (None, None),
     ("-5", None)],
)  # fmt: skip
def test_retry_after_in_seconds_or_as_a_date(header: str | None, expected: float | None) -> None:
    assert parse_retry_after(header, NOW) == expected


def test_seen_ids_forget_the_least_recently_seen() -> None:
    seen = SeenIds(capacity=3)
    for ident in "abc":
        seen.add(ident)
    assert seen.check_and_add("a")  # refreshes a
    seen.add("d")  # evicts b
    assert "b" not in seen
    assert {"a", "c", "d"} == {i for i in "abcd" if i in seen}
    assert len(seen) == 3


def test_utf16_entity_declarations_are_refused() -> None:
    doc = '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE r [<!ENTITY a "b">]><rss/>'
    with pytest.raises(Exception, match="declares XML entities"):
        refuse_entities(doc.encode("utf-16"))


def test_lookup_follows_dotted_paths_and_indices() -> None:
    doc = {"a": {"b": [{"c": 1}, {"c": 2}]}}
    assert lookup(doc, "a.b.1.c") == 2
    assert lookup(doc, "a.b.9.c") is None
    assert lookup(doc, "a.x") is None


def _result(*titles: str, dead: int = 0) -> PollResult:
    source = Source(name="s", url="https://s.example/feed")
    arts = tuple(
        normalize(RawEntry("s", "{}", url=f"https://s.example/{t}", title=t), NOW) for t in titles
    )
    letters = tuple(dead_letter("s", "no id and no url", '{"x": 1}', NOW) for _ in range(dead))
    return PollResult(source, arts, letters)


async def test_the_ingestor_drops_repeats_across_polls_and_dead_letters_the_bad() -> None:
    sink, dead = ListSink(), ListDeadLetters()
    ingestor = Ingestor(sink, dead)
    await ingestor.handle(_result("a", "b", dead=1))
    await ingestor.handle(_result("b", "c"))
    assert [a.title for a in sink.published] == ["a", "b", "c"]
    assert [(d.reason, d.raw) for d in dead.records] == [("no id and no url", '{"x": 1}')]


async def test_a_failed_publish_is_retried_until_the_broker_is_back() -> None:
    sink = ListSink()
    sink.down = True
    sleeps: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)
        if len(sleeps) == 3:
            sink.down = False

    await Ingestor(sink, ListDeadLetters()).handle(_result("a"), sleep=fake_sleep)
    assert [a.title for a in sink.published] == ["a"]
    assert sleeps == [0.75, 1.5, 3.0]


async def test_ids_are_remembered_only_after_the_ack() -> None:
    sink = ListSink()
    ingestor = Ingestor(sink, ListDeadLetters())
    article = _result("a").articles[0].article
    sink.down = True
    with pytest.raises(PublishFailed):
        await ingestor.accept([article])
    assert article.id not in ingestor.seen
    sink.down = False
    assert (await ingestor.accept([article])).published == 1


def test_dead_letters_keep_a_bounded_raw_payload() -> None:
    letter = dead_letter("s", "why", b"\xff" + b"x" * 100_000, NOW + timedelta(seconds=1))
    assert len(letter.raw) == 65_536
    assert letter.received_at == "2026-01-01T00:00:01Z"


async def test_the_ingestor_counts_outcomes_per_configured_source() -> None:
    from storywatch.observe import Metrics

    metrics = Metrics()
    ingestor = Ingestor(ListSink(), ListDeadLetters(), metrics=metrics)
    await ingestor.handle(_result("a", "b", dead=1))
    await ingestor.handle(_result("b"))

    def count(outcome: str) -> float | None:
        labels = {"source": "s", "outcome": outcome}
        return metrics.registry.get_sample_value("storywatch_articles_total", labels)

    assert (count("accepted"), count("duplicate"), count("deadlettered")) == (2, 1, 1)


def test_relative_item_links_resolve_against_the_feed_url() -> None:
    from storywatch.ingest.feeds import parse_feed

    rss = b'<rss version="2.0"><channel><item><title>a</title><link>/world/b</link></item>'
    rss += b"</channel></rss>"
    [entry] = parse_feed(rss, "s", "application/rss+xml", "https://site.example/feeds/all.xml")
    assert entry.url == "https://site.example/world/b"


_JSON = '{"items": [{"url": "https://a.example/1", "title": "Réunion à Genève"}]}'


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (_JSON.encode("latin-1"), "application/json; charset=ISO-8859-1"),
        (b"\xef\xbb\xbf" + _JSON.encode(), "application/json"),
    ],
)
def test_json_in_a_declared_charset_or_with_a_bom_is_read(body: bytes, content_type: str) -> None:
    from storywatch.ingest.jsonapi import parse_json_api

    [entry] = parse_json_api(body, "s", content_type=content_type)
    assert entry.title == "Réunion à Genève"
