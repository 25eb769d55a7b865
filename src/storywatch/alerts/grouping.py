"""Grouping and throttling like Alertmanager, as pure logic with `now` as input.

Alerts of one watch on one story form a group. The first alert of a quiet group waits
``group_wait`` so that a burst becomes one notification listing every change; later
alerts of the group go out at most every ``group_interval``. The same transition again
(same story, party, from/to state and confirmation) within ``repeat_interval`` of its last
notification is folded: it is accounted for but not notified again; so is a redelivery of
an alert still waiting in its group. With the default watch (all three at 0) every alert
is notified at once.

An adapter (storywatch.sinks.notify) feeds ``offer`` and calls ``due`` at ``next_due``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from storywatch.alerts.watches import DEFAULT_WATCH, Watch
from storywatch.models import SEVERITIES, Alert

__all__ = ["Grouper", "Notification", "Offer", "group_alert"]

GroupKey = tuple[str, str]  # (watch, story_id)
RepeatKey = tuple[str, str, str, str, str, bool]


@dataclass(frozen=True)
class Notification:
    """What one notification carries: the alerts of one group released together."""

    key: GroupKey
    alerts: tuple[Alert, ...]

    def as_alert(self) -> Alert:
        """The record the sinks send (the alert itself when the group holds only one)."""
        return group_alert(self.alerts)


@dataclass(frozen=True)
class Offer:
    """Result of offering one alert: notifications due now, and whether the alert was folded."""

    notifications: tuple[Notification, ...] = ()
    folded: bool = False


@dataclass
class _Group:
    pending: list[Alert] = field(default_factory=list)
    flush_at: datetime | None = None
    last_sent: datetime | None = None


def _repeat_key(a: Alert) -> RepeatKey:
    c = a.change
    return (a.watch, c.story_id, c.actor, c.from_state or "", c.to_state, a.confirmed)


class Grouper:
    """Holds groups and recent notifications; every method takes `now`, nothing reads a clock."""

    def __init__(self, watch_of: Callable[[str], Watch] | None = None) -> None:
        self._watch_of = watch_of or (lambda _name: DEFAULT_WATCH)
        self._groups: dict[GroupKey, _Group] = {}
        self._recent: dict[RepeatKey, datetime] = {}

    def offer(self, alert: Alert, now: datetime) -> Offer:
        """Take one alert; return what is due at once and whether it was folded."""
        watch = self._watch_of(alert.watch)
        rk = _repeat_key(alert)
        last = self._recent.get(rk)
        key = (alert.watch, alert.change.story_id)
        group = self._groups.setdefault(key, _Group())
        if (last is not None and now - last < _td(watch.repeat_interval)) or any(
            _repeat_key(p) == rk for p in group.pending
        ):
            return Offer(folded=True)
        group.pending.append(alert)
        if group.flush_at is None:
            group.flush_at = self._first_flush(group, watch, now)
        return Offer(notifications=tuple(self.due(now)))

    def _first_flush(self, group: _Group, watch: Watch, now: datetime) -> datetime:
        if group.last_sent is None or now - group.last_sent >= _td(watch.group_interval):
            return now + _td(watch.group_wait)
        return group.last_sent + _td(watch.group_interval)

    def due(self, now: datetime) -> list[Notification]:
        """Release every group whose time has come; forget what no rule needs any more."""
        out = [self._flush(k, g, now) for k, g in self._groups.items() if _ready(g, now)]
        self._forget(now)
        return out

    def _flush(self, key: GroupKey, group: _Group, now: datetime) -> Notification:
        alerts = tuple(group.pending)
        group.pending.clear()
        group.flush_at = None
        group.last_sent = now
        for a in alerts:
            self._recent[_repeat_key(a)] = now
        return Notification(key=key, alerts=alerts)

    def _forget(self, now: datetime) -> None:
        for k, g in list(self._groups.items()):
            quiet = g.last_sent is None or now - g.last_sent >= _td(
                self._watch_of(k[0]).group_interval
            )
            if not g.pending and quiet:
                del self._groups[k]
        for rk, t in list(self._recent.items()):
            if now - t >= _td(self._watch_of(rk[0]).repeat_interval):
                del self._recent[rk]

    def next_due(self) -> datetime | None:
        """When `due` next has something to release (None: nothing pending)."""
        times = [g.flush_at for g in self._groups.values() if g.pending and g.flush_at]
        return min(times) if times else None

    def __len__(self) -> int:
        """Groups and remembered transitions held (bounded by the intervals)."""
        return len(self._groups) + len(self._recent)


def _ready(group: _Group, now: datetime) -> bool:
    return bool(group.pending) and group.flush_at is not None and group.flush_at <= now


def _td(seconds: float) -> timedelta:
    return timedelta(seconds=seconds)


def group_alert(alerts: tuple[Alert, ...]) -> Alert:
    """One alert standing for several: the most severe (then latest) leads, members listed."""
    if not alerts:
        raise ValueError("a notification needs at least one alert")
    if len(alerts) == 1:
        return alerts[0]
    lead = max(alerts, key=lambda a: (SEVERITIES.index(a.severity), a.detected_at))
    ids = sorted(a.alert_id for a in alerts)
    gid = hashlib.sha256("|".join(["group", *ids]).encode()).hexdigest()[:32]
    story = lead.change.story_id
    return lead.model_copy(
        update={
            "alert_id": gid,
            "title": f"{len(alerts)} changes in {story}: {lead.title}",
            "summary": "; ".join(a.title for a in alerts),
            "confirmed": all(a.confirmed for a in alerts),
            "links": tuple(dict.fromkeys(u for a in alerts for u in a.links)),
            "group": alerts,
        }
    )
