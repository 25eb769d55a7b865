"""Pure alerting: watches (which changes matter to whom), alert building, grouping, silences.

No I/O, no clock, no asyncio here: the adapters in storywatch.sinks (and the Faust alerter
in storywatch.stream) pass `now` and the watches in.
"""

from __future__ import annotations

from storywatch.alerts.build import alert_id, build_alerts, links_of
from storywatch.alerts.grouping import Grouper, Notification, Offer, group_alert
from storywatch.alerts.silences import Silence, SilenceSet, expire, new_silence
from storywatch.alerts.titles import display_name, summary_of, title_of
from storywatch.alerts.watches import (
    DEFAULT_WATCH,
    Watch,
    default_watches,
    earliest_overdue_hours,
    parse_duration,
    parse_watches,
)

__all__ = [
    "DEFAULT_WATCH",
    "Grouper",
    "Notification",
    "Offer",
    "Silence",
    "SilenceSet",
    "Watch",
    "alert_id",
    "build_alerts",
    "default_watches",
    "display_name",
    "earliest_overdue_hours",
    "expire",
    "group_alert",
    "links_of",
    "new_silence",
    "parse_duration",
    "parse_watches",
    "summary_of",
    "title_of",
]
