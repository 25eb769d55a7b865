"""Build sinks and the retry policy from Settings (read by the CLI and passed down)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import httpx

from storywatch.alerts.watches import Watch
from storywatch.observe.metrics import Metrics
from storywatch.settings import Settings
from storywatch.sinks.alertmanager import AlertmanagerSink
from storywatch.sinks.base import Sink
from storywatch.sinks.local import JsonlFileSink
from storywatch.sinks.retry import RetryPolicy
from storywatch.sinks.slack import SlackSink
from storywatch.sinks.webhook import WebhookSink

__all__ = ["build_sinks", "retry_policy", "watch_sink_factory", "watch_sink_name"]


def _secret(settings: Settings) -> str | None:
    return settings.webhook_secret.get_secret_value() if settings.webhook_secret else None


def build_sinks(settings: Settings, client: httpx.AsyncClient, metrics: Metrics) -> list[Sink]:
    """The global sinks the settings ask for: webhook, slack, alertmanager, file (by name)."""
    sinks: list[Sink] = [JsonlFileSink(settings.alerts_file)] if settings.alerts_file else []
    timeout = settings.webhook_timeout_s
    if settings.webhook_url:
        sinks.append(WebhookSink("webhook", settings.webhook_url, client, secret=_secret(settings),
                                 timeout_s=timeout, metrics=metrics))  # fmt: skip
    if settings.slack_webhook_url:
        sinks.append(SlackSink("slack", settings.slack_webhook_url, client, timeout_s=timeout))
    if settings.alertmanager_url:
        sinks.append(AlertmanagerSink("alertmanager", settings.alertmanager_url, client,
                                      timeout_s=timeout))  # fmt: skip
    return sinks


def retry_policy(settings: Settings) -> RetryPolicy:
    """The default back-off, bounded by the delivery horizon of the settings."""
    return RetryPolicy(horizon_s=settings.delivery_horizon_s)


def watch_sink_name(watch: Watch) -> str | None:
    """Name of the watch's own webhook sink (changes when its URL does), None without one."""
    if not watch.webhook_url:
        return None
    digest = hashlib.sha256(watch.webhook_url.encode()).hexdigest()[:8]
    return f"webhook:{watch.name}:{digest}"


def watch_sink_factory(
    settings: Settings, client: httpx.AsyncClient, metrics: Metrics
) -> Callable[[Watch], Sink | None]:
    """Builds the webhook sink of a watch that has its own URL (signed with the same secret)."""

    def make(watch: Watch) -> Sink | None:
        name = watch_sink_name(watch)
        if name is None or watch.webhook_url is None:
            return None
        return WebhookSink(name, watch.webhook_url, client, secret=_secret(settings),
                           timeout_s=settings.webhook_timeout_s, metrics=metrics)  # fmt: skip

    return make
