"""Bad input never crashes the classifier, and huge bodies are bounded."""

from __future__ import annotations

from classify_helpers import article
from hypothesis import given, settings
from hypothesis import strategies as st

from storywatch.classify import classify_article, classify_text
from storywatch.classify.text import MAX_CHARS


def test_empty_article() -> None:
    c = classify_article(article(""))
    assert c.events == ()
    assert c.entities == ()


def test_huge_body_only_reads_the_head() -> None:
    head = "Russia rejected Ukraine's proposal for talks. "
    body = head + "x" * 4_990_000
    c = classify_article(article(body))
    assert any(e.actor == "RUS" and e.action == "reject" for e in c.events)


def test_events_past_the_bound_are_not_read() -> None:
    body = "a " * MAX_CHARS + "Russia rejected Ukraine's proposal for talks."
    assert classify_text("", body)[2] == ()


def test_binary_garbage_and_mixed_scripts() -> None:
    junk = bytes(range(256)).decode("latin-1") * 50
    mixed = "Россия отвергла. 中国拒绝了。 Russia rejected Ukraine's proposal for talks. \u202e"
    assert classify_text(junk, junk)[2] == ()
    assert classify_text("", mixed + junk)[2] != ()


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400), st.text(max_size=80))
def test_any_text_classifies_without_error(body: str, title: str) -> None:
    topics, entities, events = classify_text(title, body)
    assert isinstance(topics, tuple)
    assert isinstance(entities, tuple)
    assert all(0.0 <= e.confidence <= 1.0 for e in events)


def test_same_input_same_output() -> None:
    body = "Ukraine proposed talks. Russia has not yet responded to the proposal."
    assert classify_text("t", body) == classify_text("t", body)


def test_fingerprint_and_metadata_are_set() -> None:
    c = classify_article(
        article("Russia rejected Ukraine's proposal for talks.", title="Moscow says no")
    )
    assert c.id == "a1"
    assert c.title == "Moscow says no"
    assert isinstance(c.fingerprint, tuple)
