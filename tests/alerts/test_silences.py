"""Silences: matchers, activity window, expiry, latest record wins."""

from __future__ import annotations

from datetime import timedelta

import pytest

from storywatch._exceptions import InvalidInput
from storywatch.alerts import Silence, SilenceSet, expire, new_silence

from .conftest import T0, make_alert

HOUR = timedelta(hours=1)


def test_a_story_silence_mutes_that_story_for_its_duration() -> None:
    s = new_silence(now=T0, duration_s=7200, story="RUS-UKR:talks", reason="noisy")
    silences = SilenceSet([s])
    assert silences.silencing(make_alert(), T0 + HOUR) == s
    assert silences.silencing(make_alert(), T0 + 2 * HOUR) is None
    assert silences.silencing(make_alert(story_id="other"), T0 + HOUR) is None


def test_every_matcher_must_match() -> None:
    s = new_silence(now=T0, duration_s=60, story="RUS-UKR:talks", to_state="accepted")
    assert not s.matches(make_alert())
    assert s.matches(make_alert(to_state="accepted"))


def test_expire_ends_it_now_and_the_latest_record_wins() -> None:
    s = new_silence(now=T0, duration_s=7200, actor="RUS")
    silences = SilenceSet([s])
    silences.apply(expire(s, T0 + HOUR))
    assert silences.silencing(make_alert(), T0 + HOUR) is None
    assert silences.listing(T0 + HOUR) == []
    assert silences.listing(T0 + HOUR, include_expired=True)[0].ends_at == T0 + HOUR


@pytest.mark.parametrize(("kw", "words"), [({"duration_s": 0, "story": "x"}, "positive"),
                                           ({"duration_s": 60}, "at least one")])  # fmt: skip
def test_bad_silences_are_refused(kw: dict[str, object], words: str) -> None:
    with pytest.raises(InvalidInput, match=words):
        new_silence(now=T0, **kw)  # type: ignore[arg-type]


def test_json_round_trip_and_prune() -> None:
    s = new_silence(now=T0, duration_s=60, watch="all", reason="maintenance")
    assert Silence.model_validate(s.to_json_dict()) == s
    silences = SilenceSet([s])
    silences.prune(T0 + timedelta(days=2))
    assert len(silences) == 0
