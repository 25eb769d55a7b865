"""Webhook sink: POST the alert's JSON body, signed per Standard Webhooks when a secret is set.

``webhook-id`` is the alert_id (the same on every retry and redelivery, so receivers can
dedup); ``webhook-timestamp`` and ``webhook-signature`` are computed per attempt. A 410
answer disables the endpoint: it is logged loudly, the endpoint_disabled metric goes to 1
and every later alert for it is dead-lettered at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import httpx
import structlog
from standardwebhooks.webhooks import EmptyWebhookSecretError, Webhook

from storywatch import _json
from storywatch._exceptions import EndpointGone, InvalidInput
from storywatch.models import Alert
from storywatch.observe.metrics import Metrics
from storywatch.sinks.base import check_response, check_url, post_json

__all__ = ["WebhookSink", "redact_url", "sign_headers"]

log = structlog.get_logger(__name__)

USER_AGENT = "storywatch-webhook/1"


def _utcnow() -> datetime:
    return datetime.now(UTC)


def redact_url(url: str) -> str:
    """Scheme, host and port only: webhook URLs carry secrets in their path or query."""
    u = httpx.URL(url)
    port = f":{u.port}" if u.port else ""
    return f"{u.scheme}://{u.host}{port}/…"


def _signer(secret: str) -> Webhook:
    """The Standard Webhooks signer; InvalidInput (one line) for a secret it cannot use."""
    try:
        return Webhook(secret)
    except (ValueError, EmptyWebhookSecretError):  # binascii.Error is a ValueError
        raise InvalidInput(
            "STORYWATCH_WEBHOOK_SECRET: not a usable secret (expected whsec_<base64>)"
        ) from None


def sign_headers(signer: Webhook, msg_id: str, body: bytes, now: datetime) -> dict[str, str]:
    """The three Standard Webhooks headers for one attempt."""
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(int(now.timestamp())),
        "webhook-signature": signer.sign(msg_id=msg_id, timestamp=now, data=body.decode()),
    }


class WebhookSink:
    """POST alerts to one URL."""

    def __init__(
        self,
        name: str,
        url: str,
        client: httpx.AsyncClient,
        *,
        secret: str | None = None,
        timeout_s: float = 10.0,
        metrics: Metrics | None = None,
        clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        self.name = name
        self.url = check_url(url, f"URL of sink {name!r}")
        self._client = client
        self._signer = _signer(secret) if secret else None
        self._timeout = httpx.Timeout(timeout_s)
        self._metrics = metrics
        self._clock = clock
        self.disabled = False

    async def send(self, alert: Alert) -> None:
        """One POST; raises RetriableDelivery, PermanentDelivery or EndpointGone."""
        what = f"webhook {self.name}"
        if self.disabled:
            raise EndpointGone(f"{what}: endpoint disabled after HTTP 410")
        body = _json.dumps(alert.to_json_dict())
        headers = {"user-agent": USER_AGENT, "webhook-id": alert.alert_id}
        if self._signer is not None:
            headers.update(sign_headers(self._signer, alert.alert_id, body, self._clock()))
        resp = await post_json(
            self._client, self.url, body, http_timeout=self._timeout, what=what, headers=headers
        )
        try:
            check_response(resp, self._clock(), what)
        except EndpointGone:
            self._disable(resp.status_code)
            raise

    def _disable(self, status: int) -> None:
        self.disabled = True
        if self._metrics is not None:
            self._metrics.set_endpoint_disabled(self.name)
        log.error(
            "webhook endpoint gone: disabled, further alerts are dead-lettered",
            sink=self.name, url=redact_url(self.url), status=status,
        )  # fmt: skip
