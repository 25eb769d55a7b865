"""Adapters that deliver alerts: webhook, Slack, Alertmanager, console/file/list, the Dispatcher.

Each HTTP sink takes an ``httpx.AsyncClient`` and makes one attempt per ``send``; the
Dispatcher owns queues, retries (RetryPolicy), dead letters and metrics; the Notifier adds
silences and Alertmanager-style grouping in front of it.
"""

from __future__ import annotations

from storywatch.sinks.alertmanager import AlertmanagerSink, alertmanager_alert
from storywatch.sinks.base import DeadLetter, Sink, check_response, parse_retry_after
from storywatch.sinks.build import build_sinks, retry_policy, watch_sink_factory, watch_sink_name
from storywatch.sinks.dispatch import DEADLETTERED, DELIVERED, Dispatcher, Receipt
from storywatch.sinks.local import ConsoleSink, JsonlFileSink, ListSink, alert_line
from storywatch.sinks.notify import FOLDED, SILENCED, Notifier, route_for
from storywatch.sinks.retry import RetryPolicy
from storywatch.sinks.service import Delivery
from storywatch.sinks.slack import SlackSink, escape, slack_blocks, slack_payload
from storywatch.sinks.watchfile import WatchesFile, load_watches
from storywatch.sinks.webhook import WebhookSink, redact_url, sign_headers

__all__ = [
    "DEADLETTERED",
    "DELIVERED",
    "FOLDED",
    "SILENCED",
    "AlertmanagerSink",
    "ConsoleSink",
    "DeadLetter",
    "Delivery",
    "Dispatcher",
    "JsonlFileSink",
    "ListSink",
    "Notifier",
    "Receipt",
    "RetryPolicy",
    "Sink",
    "SlackSink",
    "WatchesFile",
    "WebhookSink",
    "alert_line",
    "alertmanager_alert",
    "build_sinks",
    "check_response",
    "escape",
    "load_watches",
    "parse_retry_after",
    "redact_url",
    "retry_policy",
    "route_for",
    "sign_headers",
    "slack_blocks",
    "slack_payload",
    "watch_sink_factory",
    "watch_sink_name",
]
