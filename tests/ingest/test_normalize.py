"""Pure normalisation: URLs and ids, text, dates, language, validity."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storywatch._exceptions import InvalidArticle
from storywatch._urls import id_from_url
from storywatch.ingest.dates import parse_date, resolve_published
from storywatch.ingest.lang import detect_lang, normalize_lang
from storywatch.ingest.normalize import RawEntry, entry_from_dict, normalize, source_id
from storywatch.ingest.text import html_to_text, main_text

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def _entry(**kw: object) -> RawEntry:
    fields: dict[str, object] = {
        "source": "s",
        "raw": "{}",
        "url": "https://a.example/x",
        "title": "T",
    }
    return RawEntry(**{**fields, **kw})  # type: ignore[arg-type]


def test_tracking_fragment_and_host_case_give_the_same_id() -> None:
    a = normalize(_entry(url="https://News.Example.com:443/a?id=1&utm_source=x#frag"), NOW).article
    b = normalize(_entry(url="https://news.example.com/a?id=1"), NOW).article
    assert a.id == b.id == id_from_url("https://news.example.com/a?id=1")
    assert a.url == "https://news.example.com/a?id=1"


def test_a_source_id_wins_over_the_url() -> None:
    assert normalize(_entry(id="wire:42"), NOW).article.id == "wire:42"


@pytest.mark.parametrize(
    ("native", "expected"),
    [
        ("https://a.example/x?utm_medium=rss", id_from_url("https://a.example/x")),
        ("tag:example.com,2025:42", "src:tag:example.com,2025:42"),
    ],
)
def test_feed_guids_are_stable_ids(native: str, expected: str) -> None:
    assert source_id("src", native) == expected


def test_an_overlong_guid_is_hashed_to_a_valid_id() -> None:
    ident = source_id("src", "x" * 1000)
    assert len(ident) == 32
    assert ident == source_id("src", "x" * 1000)


@pytest.mark.parametrize(
    ("entry", "reason"),
    [
        (_entry(url=None, id=None), "no id and no url"),
        (_entry(title="", body="<p> </p>"), "no title and no body"),
        (_entry(url="ftp://a.example/x"), r"not an http\(s\) URL"),
        (_entry(url="https://a.example:99999/x"), "url:"),
    ],
)
def test_invalid_entries_raise_a_one_line_reason(entry: RawEntry, reason: str) -> None:
    with pytest.raises(InvalidArticle, match=reason) as info:
        normalize(entry, NOW)
    assert "\n" not in str(info.value)


def test_html_to_text_drops_scripts_styles_and_tags() -> None:
    html = (
        "<div><h2>Title</h2><script>evil()</script><style>p{}</style>"
        "<p>One &amp; two</p>three<br/>four</div>"
    )
    assert html_to_text(html) == "Title\nOne & two\nthree\nfour"


def test_plain_text_is_only_tidied() -> None:
    assert html_to_text("  a  b\t\n\n c \x00") == "a b\nc"


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<![0", ""),  # CPython's parser asserts on these: found by hypothesis in CI
        ("a<![0 b <p>c</p>", "ac"),
        ("<p>a</p><![0 > <p>b</p>", "a\nb"),
        ("<p>x</p><!DOCTYPE [ %>y", "x\ny"),
    ],
)
def test_malformed_declarations_are_dropped_like_bogus_comments(html: str, expected: str) -> None:
    assert html_to_text(html) == expected


def test_main_text_prefers_the_article_element() -> None:
    filler = "word " * 60
    html = f"<nav>menu</nav><p>teaser</p><article><p>{filler}</p></article><footer>(c)</footer>"
    assert main_text(html) == filler.strip()


def test_main_text_falls_back_to_paragraphs() -> None:
    assert main_text(
        "<div>menu</div><p>First para.</p><footer><p>(c)</p></footer><p>Second.</p>"
    ) == ("First para.\nSecond.")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-06T10:00:00Z", datetime(2025, 3, 6, 10, tzinfo=UTC)),
        ("2025-03-06T10:00:00+02:00", datetime(2025, 3, 6, 8, tzinfo=UTC)),
        ("2025-03-06 10:00:00", datetime(2025, 3, 6, 10, tzinfo=UTC)),
        ("Thu, 06 Mar 2025 10:00:00 GMT", datetime(2025, 3, 6, 10, tzinfo=UTC)),
        (1741255200, datetime(2025, 3, 6, 10, tzinfo=UTC)),
        (1741255200000, datetime(2025, 3, 6, 10, tzinfo=UTC)),
        ("yesterday", None),
        (True, None),
        ([2025], None),
    ],
)
def test_dates_parse_to_utc(value: object, expected: datetime | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "flag"),
    [(None, "date_missing"), ("", "date_missing"), ("soon", "date_unparsed"),
     ("1970-01-01T00:00:00Z", "date_absurd"), ("2026-01-03T00:00:00Z", "date_absurd")],
)  # fmt: skip
def test_bad_dates_become_now_with_a_flag(value: object, flag: str) -> None:
    assert resolve_published(value, NOW) == (NOW, flag)


def test_a_date_a_few_hours_ahead_is_kept() -> None:
    ahead = datetime(2026, 1, 1, 5, tzinfo=UTC)
    assert resolve_published("2026-01-01T05:00:00Z", NOW) == (ahead, None)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The minister said that the talks will resume after the summit.", "en"),
        ("Le ministre a dit que les négociations vont reprendre après le sommet.", "fr"),
        ("Der Minister sagte, dass die Gespräche nach dem Gipfel wieder aufgenommen werden.", "de"),
        ("El ministro dijo que las conversaciones se reanudarán después de la cumbre.", "es"),
        ("Министр сказал, что переговоры возобновятся после саммита и это важно.", "ru"),
        ("Міністр сказав, що переговори відновляться після саміту.", "uk"),
        ("قال الوزير إن المحادثات ستستأنف بعد القمة", "ar"),
        ("部长说会谈将在峰会后恢复", "zh"),
        ("大臣は首脳会談の後に協議が再開されると述べた", "ja"),
        ("xyzzy", None),
    ],
)
def test_language_is_detected_cheaply(text: str, lang: str | None) -> None:
    assert detect_lang(text) == lang


@pytest.mark.parametrize(
    ("tag", "code"), [("en-US", "en"), ("fr_FR", "fr"), ("DE", "de"), ("english", None), ("", None)]
)
def test_language_tags_become_iso_639_1(tag: str, code: str | None) -> None:
    assert normalize_lang(tag) == code


def test_the_source_language_wins_over_detection() -> None:
    article = normalize(
        _entry(title="The talks resumed after the summit and the war.", lang="fr-CA"), NOW
    ).article
    assert article.lang == "fr"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ([], "expected a JSON object"),
        ({"title": 5}, "title: expected a string"),
        ({"url": ["x"]}, "url:"),
    ],
)
def test_pushed_records_with_wrong_types_are_refused(data: object, reason: str) -> None:
    with pytest.raises(InvalidArticle, match=reason):
        entry_from_dict(data)
