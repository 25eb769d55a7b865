"""Watches: parsing watches.yaml (errors name the line) and matching changes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storywatch._exceptions import InvalidWatches
from storywatch.alerts import (
    DEFAULT_WATCH,
    Watch,
    default_watches,
    earliest_overdue_hours,
    parse_duration,
    parse_watches,
)
from storywatch.models import Evidence

from .conftest import make_change

GOOD = """\
watches:
  - name: russia-ukraine
    actors: [RUS, UKR]
    issues: talks
    to_states: [accepted, rejected, responded]
    min_severity: high
    sinks: [slack]
    webhook_url: https://hooks.example/ru-ua
    overdue_hours: 48
    group_wait: 30s
    group_interval: 5m
    repeat_interval: 4h
  - name: confirmed-deals
    to_states: [agreed]
    confirmed_only: true
    keywords: [ceasefire, truce]
"""


def test_a_good_file_parses_with_the_default_watch_first() -> None:
    watches = parse_watches(GOOD)
    assert [w.name for w in watches] == ["all", "russia-ukraine", "confirmed-deals"]
    ru = watches[1]
    assert ru.issues == ("talks",)
    assert (ru.group_wait, ru.group_interval, ru.repeat_interval) == (30.0, 300.0, 14400.0)
    assert ru.overdue_hours == 48


def test_include_default_false_drops_the_default_watch() -> None:
    watches = parse_watches("include_default: false\nwatches:\n  - name: x\n")
    assert [w.name for w in watches] == ["x"]


@pytest.mark.parametrize("text", ["", "# nothing\n", "watches: []\n"])
def test_an_empty_file_means_the_default_watch(text: str) -> None:
    assert parse_watches(text) == default_watches()


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("watches:\n  - name: a\n    min_severity: urgent\n", 3, "min_severity"),
        ("watches:\n  - name: a\n  - name: b\n    colour: red\n", 4, "colour"),
        ("watches:\n  - name: a\n    group_wait: soon\n", 3, "not a duration"),
        ("watches:\n  - name: a\n  - name: a\n", 3, "duplicate"),
        ("watches:\n  - name: a\n    actors: [RUS\n", 4, ""),
        ("watches:\n  - name: a\n  -  just text\n", 3, "mapping"),
        ("watches: 3\n", 1, "list"),
        ("watch:\n  - name: a\n", 1, "unknown key"),
        ("watches:\n\t- name: a\n", 2, ""),
        ("include_default: false\n", 1, "no watches"),
        ("watches:\n  - name: a\n    webhook_url: ftp://x\n", 3, "http(s) URL"),
    ],
)
def test_an_invalid_file_names_the_line(text: str, line: int, words: str) -> None:
    with pytest.raises(InvalidWatches) as err:
        parse_watches(text, "w.yaml")
    msg = str(err.value)
    assert msg.startswith(f"w.yaml line {line}:")
    assert words in msg
    assert "\n" not in msg


@pytest.mark.parametrize(
    ("value", "seconds"),
    [(30, 30.0), ("30s", 30.0), ("5m", 300.0), ("1.5h", 5400.0), ("2d", 172800.0), ("250ms", 0.25)],
)
def test_durations(value: object, seconds: float) -> None:
    assert parse_duration(value) == seconds


@pytest.mark.parametrize("value", ["-1s", True, "5 weeks", "h"])
def test_bad_durations_raise(value: object) -> None:
    with pytest.raises(ValueError, match="duration"):
        parse_duration(value)


def test_the_default_watch_passes_every_change() -> None:
    changes = [
        make_change(severity="info"),
        make_change(to_state="breaking", issue=None, actor="X"),
    ]
    assert all(DEFAULT_WATCH.matches(c) for c in changes)


@pytest.mark.parametrize(
    ("watch", "change", "selected"),
    [
        (Watch(actors=("UKR",)), {}, True),  # a party of the story
        (Watch(actors=("USA",)), {}, False),
        (Watch(issues=("ceasefire",)), {}, False),
        (Watch(to_states=("responded",)), {}, True),
        (Watch(to_states=("accepted",)), {}, False),
        (Watch(min_severity="critical"), {}, False),
        (Watch(min_severity="high"), {}, True),
        (Watch(confirmed_only=True), {}, False),
        (Watch(confirmed_only=True), {"confirmed": True}, True),
        (Watch(keywords=("KREMLIN",)), {}, True),
        (Watch(keywords=("truce",)), {}, False),
        (Watch(keywords=("truce",)), {"title": "A truce at last"}, True),
    ],
)
def test_matching(watch: Watch, change: dict[str, object], selected: bool) -> None:
    assert watch.matches(make_change(**change)) is selected


def test_keywords_look_at_every_evidence_sentence() -> None:
    ev = Evidence(article_id="b", sentence="Talks on a truce resumed.")
    change = make_change()
    change = change.model_copy(update={"evidence": (*change.evidence, ev)})
    assert Watch(keywords=("truce",)).matches(change)


@given(st.text(max_size=300))
@settings(max_examples=300)
def test_any_text_parses_or_gives_a_one_line_error(text: str) -> None:
    _parses_or_one_line_error(text)


def _parses_or_one_line_error(text: str) -> None:
    error = ""
    try:
        watches = parse_watches(text, "w.yaml")
    except InvalidWatches as e:
        error = str(e)
    if error:
        assert error.startswith("w.yaml")
        assert "\n" not in error
    else:
        assert watches
        assert all(isinstance(w, Watch) for w in watches)


@given(st.lists(st.sampled_from(["watches:", "  - name: a", "    actors: [RUS]", "    x: 1",
                                 "    group_wait: 5m", "  -", "include_default: false", "\t", "'"]),
                max_size=8))  # fmt: skip
def test_yaml_shaped_noise_parses_or_gives_a_one_line_error(lines: list[str]) -> None:
    _parses_or_one_line_error("\n".join(lines))


def test_overdue_counts_for_a_watch_once_its_own_deadline_passed() -> None:
    overdue = make_change(to_state="overdue", figures={"hours": 72.0})
    assert Watch(overdue_hours=48).matches(overdue)
    assert Watch(overdue_hours=72).matches(overdue)
    assert not Watch(overdue_hours=96).matches(overdue)
    assert Watch(overdue_hours=96).matches(make_change())  # other changes are not affected


def test_the_engine_deadline_is_the_earliest_of_all_watches() -> None:
    watches = (Watch(), Watch(name="a", overdue_hours=48), Watch(name="b", overdue_hours=96))
    assert earliest_overdue_hours(watches, 72.0) == 48.0
    assert earliest_overdue_hours(default_watches(), 72.0) == 72.0
