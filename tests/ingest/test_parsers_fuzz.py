"""Hypothesis: the parsers never crash on any input; they fail only with our one-line errors."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storywatch._exceptions import InvalidArticle, InvalidSources, SourceError
from storywatch.ingest.dates import resolve_published
from storywatch.ingest.feeds import parse_feed
from storywatch.ingest.jsonapi import parse_json_api
from storywatch.ingest.lang import detect_lang
from storywatch.ingest.normalize import RawEntry, normalize
from storywatch.ingest.push import Parsed, TooLarge, parse_body
from storywatch.ingest.sources import parse_sources
from storywatch.ingest.text import html_to_text

from .conftest import sample

NOW = datetime(2026, 1, 1, tzinfo=UTC)
_MARKUP = ["<", ">", "<!", "<![", "<!--", "-->", "<!DOCTYPE", "[", "]]>", "<p>", "</p>", "<script>",
           "&", "&#", ";", "<?", "</", "/>", " ", "a", "0", "\x00"]  # fmt: skip
# Text with markup fragments in it: parsers' corner cases are reached far more often.
_html = st.text(max_size=3000) | st.lists(
    st.sampled_from(_MARKUP) | st.text(max_size=5), max_size=60
).map("".join)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False)
    | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=6)
    ),
    max_leaves=30,
)
_feed_pieces = st.sampled_from(
    ["<rss version='2.0'>", "<channel>", "<item>", "<title>", "</title>", "<link>", "http://a.example/",
     "</link>", "<pubDate>", "Tue, 04 Mar 2025", "</item>", "<feed xmlns='http://www.w3.org/2005/Atom'>",
     "<entry>", "<id>", "&amp;", "&bogus;", "<![CDATA[", "]]>", "\x00", "é",
     "<?xml version='1.0'?>"]
)  # fmt: skip


def _one_line(e: Exception) -> None:
    assert str(e)
    assert "\n" not in str(e)


@FAST
@given(st.binary(max_size=2000))
def test_parse_feed_never_crashes_on_bytes(data: bytes) -> None:
    try:
        entries = parse_feed(data, "fuzz")
    except SourceError as e:
        _one_line(e)
    else:
        assert isinstance(entries, list)


@FAST
@given(st.lists(_feed_pieces | st.text(max_size=20), max_size=40))
def test_parse_feed_never_crashes_on_feedlike_text(pieces: list[str]) -> None:
    try:
        entries = parse_feed("".join(pieces).encode("utf-8", "surrogatepass"), "fuzz")
    except SourceError as e:
        _one_line(e)
        return
    for entry in entries:
        try:
            normalize(entry, NOW)
        except InvalidArticle as e:
            _one_line(e)


@FAST
@given(st.binary(max_size=300), st.integers(0, len(sample("rss2.xml"))))
def test_a_corrupted_real_feed_never_crashes(noise: bytes, at: int) -> None:
    data = sample("rss2.xml")
    try:
        parse_feed(data[:at] + noise + data[at:], "fuzz")
    except SourceError as e:
        _one_line(e)


@FAST
@given(_json_values)
def test_parse_json_api_never_crashes(doc: object) -> None:
    import json

    try:
        entries = parse_json_api(json.dumps(doc).encode(), "fuzz")
    except SourceError as e:
        _one_line(e)
        return
    for entry in entries:
        try:
            normalize(entry, NOW)
        except InvalidArticle as e:
            _one_line(e)


@FAST
@given(
    st.builds(
        RawEntry,
        source=st.just("fuzz"),
        raw=st.just("{}"),
        id=st.none() | st.text(max_size=60),
        url=st.none() | st.text(max_size=300) | st.just("https://a.example/x?utm_source=1"),
        title=st.text(),
        body=_html,
        published=st.none() | st.text() | st.integers() | st.floats() | st.datetimes(),
        lang=st.none() | st.text(max_size=20),
    )
)
def test_normalize_gives_a_valid_article_or_a_reason(entry: RawEntry) -> None:
    try:
        result = normalize(entry, NOW)
    except InvalidArticle as e:
        _one_line(e)
        return
    article = result.article
    assert article.published_at.tzinfo is not None
    assert article.published_at <= NOW.replace(year=2026, day=2)
    assert "\n" not in article.title


@FAST
@given(_html)
def test_html_to_text_never_crashes_and_leaves_no_control_characters(html: str) -> None:
    text = html_to_text(html)
    assert not any(ord(c) < 32 and c != "\n" for c in text)


@FAST
@given(st.text(max_size=500))
def test_detect_lang_returns_a_two_letter_code_or_none(text: str) -> None:
    lang = detect_lang(text)
    assert lang is None or (len(lang) == 2 and lang.islower())


@FAST
@given(st.one_of(st.none(), st.text(max_size=40), st.integers(), st.floats(), st.datetimes()))
def test_resolve_published_is_always_utc_and_never_far_ahead(value: object) -> None:
    when, flag = resolve_published(value, NOW)
    assert when.utcoffset() is not None
    assert (when == NOW) or flag is None


@FAST
@given(st.text(max_size=400))
def test_parse_sources_never_crashes(text: str) -> None:
    try:
        parse_sources(text, env={})
    except InvalidSources as e:
        _one_line(e)


@FAST
@given(st.binary(max_size=3000))
def test_parse_body_never_crashes(body: bytes) -> None:
    try:
        parsed = parse_body(body, NOW)
    except TooLarge as e:
        _one_line(e)
        return
    assert isinstance(parsed, Parsed)
    assert parsed.articles or parsed.errors
