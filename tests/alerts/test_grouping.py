"""Grouping and throttling like Alertmanager, driven by a fake clock (`now` is an input)."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from storywatch.alerts import DEFAULT_WATCH, Grouper, Watch, group_alert
from storywatch.models import Alert

from .conftest import T0, make_alert

GROUPED = Watch(name="g", group_wait=30, group_interval=300, repeat_interval=3600)


def _grouper(watch: Watch = GROUPED) -> Grouper:
    return Grouper(lambda name: watch if name == watch.name else DEFAULT_WATCH)


def _at(s: float) -> datetime:
    return T0 + timedelta(seconds=s)


def _burst(n: int) -> list[Alert]:
    states = ["responded", "accepted", "rejected", "held", "agreed", "broken", "scheduled"]
    return [
        make_alert(i, GROUPED, to_state=states[i % len(states)], actor=f"P{i}") for i in range(n)
    ]


def test_default_watch_notifies_each_change_at_once() -> None:
    g = Grouper()
    out = [g.offer(make_alert(i, to_state=s), T0) for i, s in enumerate(["responded", "accepted"])]
    assert [len(o.notifications) for o in out] == [1, 1]
    assert g.next_due() is None


def test_a_burst_within_group_wait_becomes_one_notification() -> None:
    g = _grouper()
    alerts = _burst(5)
    for i, a in enumerate(alerts):
        assert g.offer(a, _at(i * 5)).notifications == ()
    assert g.next_due() == _at(30)
    assert g.due(_at(29)) == []
    [note] = g.due(_at(30))
    assert note.alerts == tuple(alerts)
    merged = note.as_alert()
    assert merged.group == tuple(alerts)
    assert merged.title.startswith("5 changes in RUS-UKR:talks")


def test_later_alerts_wait_for_group_interval() -> None:
    g = _grouper()
    first, second, third = _burst(3)
    g.offer(first, _at(0))
    assert len(g.due(_at(30))) == 1
    g.offer(second, _at(40))
    g.offer(third, _at(100))
    assert g.due(_at(329)) == []
    [note] = g.due(_at(330))
    assert note.alerts == (second, third)


def test_a_quiet_group_starts_again_with_group_wait() -> None:
    g = _grouper()
    first, second = _burst(2)
    g.offer(first, _at(0))
    g.due(_at(30))
    g.offer(second, _at(1000))
    assert g.next_due() == _at(1030)


def test_the_same_transition_within_repeat_interval_is_folded() -> None:
    g = _grouper(DEFAULT_WATCH.model_copy(update={"repeat_interval": 3600.0}))
    assert g.offer(make_alert(1), T0).notifications
    copy = make_alert(2)  # same transition from another article (a syndicated copy)
    assert g.offer(copy, _at(60)).folded
    assert g.offer(copy, _at(3600)).notifications


def test_a_redelivered_alert_in_a_pending_group_is_folded() -> None:
    g = _grouper()
    a = _burst(1)[0]
    g.offer(a, T0)
    assert g.offer(a, _at(1)).folded
    [note] = g.due(_at(30))
    assert note.alerts == (a,)


def test_the_default_watch_notifies_the_same_transition_again() -> None:
    g = Grouper()
    assert g.offer(make_alert(1), T0).notifications
    assert g.offer(make_alert(2), _at(60)).notifications


def test_the_confirmation_update_is_not_folded() -> None:
    g = _grouper(DEFAULT_WATCH.model_copy(update={"repeat_interval": 3600.0}))
    g.offer(make_alert(1), T0)
    assert g.offer(make_alert(2, confirmed=True), _at(5)).notifications


def test_groups_are_per_story() -> None:
    g = _grouper()
    g.offer(_burst(1)[0], T0)
    g.offer(make_alert(9, GROUPED, story_id="ISR-HAMAS:ceasefire"), _at(1))
    assert len(g.due(_at(31))) == 2


def test_state_is_forgotten_after_the_intervals() -> None:
    g = _grouper()
    for a in _burst(4):
        g.offer(a, T0)
    g.due(_at(30))
    assert len(g) > 0
    g.due(_at(30 + 3600))
    assert len(g) == 0


def test_group_alert_id_is_deterministic_and_order_free() -> None:
    a = make_alert(1, GROUPED)
    b = make_alert(2, GROUPED, to_state="accepted", severity="critical")
    assert group_alert((a, b)).alert_id == group_alert((b, a)).alert_id
    assert group_alert((a,)) is a
    assert group_alert((a, b)).title.endswith(b.title)  # the most severe leads


@given(st.lists(st.tuples(st.integers(0, 6), st.integers(0, 50)), max_size=40))
def test_every_offered_alert_is_notified_once_or_folded(steps: list[tuple[int, int]]) -> None:
    g = _grouper()
    alerts = _burst(7)
    now = T0
    notified: list[str] = []
    folded = 0
    for idx, gap in steps:
        now += timedelta(seconds=gap)
        offer = g.offer(alerts[idx], now)
        folded += offer.folded
        notified += [a.alert_id for n in offer.notifications for a in n.alerts]
        notified += [a.alert_id for n in g.due(now) for a in n.alerts]
    notified += [a.alert_id for n in g.due(now + timedelta(days=1)) for a in n.alerts]
    assert len(notified) == len(set(notified))
    assert len(notified) + folded == len(steps)
