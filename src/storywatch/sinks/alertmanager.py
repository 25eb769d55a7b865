"""Alertmanager-compatible output: POST /api/v2/alerts, so teams reuse their own routing.

Each storywatch alert becomes one Alertmanager alert whose labels identify it (alert_id,
story, actor, transition, severity, watch) and whose annotations carry the human text.
A change is an event, not a condition that resolves: ``endsAt`` is set ``resolve_after``
after ``startsAt`` so Alertmanager resolves it by itself.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from storywatch import _json
from storywatch.models import Alert, rfc3339
from storywatch.sinks.base import check_response, check_url, post_json

__all__ = ["AlertmanagerSink", "alertmanager_alert"]

ALERTNAME = "StorywatchChange"


def alertmanager_alert(
    alert: Alert, resolve_after: timedelta, generator_url: str = ""
) -> dict[str, Any]:
    """The postableAlert of the Alertmanager v2 API for one alert."""
    c = alert.change
    labels = {
        "alertname": ALERTNAME, "alert_id": alert.alert_id, "watch": alert.watch,
        "story": c.story_id, "actor": c.actor, "from_state": c.from_state or "none",
        "to_state": c.to_state, "issue": c.issue or "none", "severity": alert.severity,
    }  # fmt: skip
    evidence = "\n".join(f"{e.sentence} ({e.url})" for e in c.evidence)
    annotations = {"title": alert.title, "summary": alert.summary or alert.title}
    if evidence:
        annotations["evidence"] = evidence[:8000]
    if alert.links:
        annotations["links"] = " ".join(alert.links)
    starts = alert.detected_at
    body: dict[str, Any] = {
        "labels": {k: v for k, v in labels.items() if v},
        "annotations": annotations,
        "startsAt": rfc3339(starts),
        "endsAt": rfc3339(starts + resolve_after),
    }
    link = generator_url or (alert.links[0] if alert.links else "")
    if link.startswith(("http://", "https://")):
        body["generatorURL"] = link
    return body


class AlertmanagerSink:
    """Post alerts to one Alertmanager (base URL, e.g. http://alertmanager:9093)."""

    def __init__(
        self,
        name: str,
        base_url: str,
        client: httpx.AsyncClient,
        *,
        timeout_s: float = 10.0,
        resolve_after_s: float = 24 * 3600.0,
    ) -> None:
        self.name = name
        self.url = check_url(base_url, f"URL of sink {name!r}").rstrip("/") + "/api/v2/alerts"
        self._client = client
        self._timeout = httpx.Timeout(timeout_s)
        self._resolve_after = timedelta(seconds=resolve_after_s)

    async def send(self, alert: Alert) -> None:
        """One POST of a one-alert list; raises a DeliveryError on failure."""
        body = _json.dumps([alertmanager_alert(alert, self._resolve_after)])
        what = f"alertmanager {self.name}"
        resp = await post_json(self._client, self.url, body, http_timeout=self._timeout, what=what)
        check_response(resp, datetime.now(UTC), f"alertmanager {self.name}")
