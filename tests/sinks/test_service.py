"""Delivery built from Settings: webhook + signed, silences from Kafka, grace on close."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry
from standardwebhooks import Webhook

from storywatch.alerts import build_alerts, new_silence, parse_watches
from storywatch.observe.metrics import Metrics
from storywatch.settings import Settings
from storywatch.sinks import DELIVERED, SILENCED, Delivery
from storywatch.sinks.silence_store import SilenceStore, silences_topic

from .conftest import Receiver, make_alert, make_change

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"  # noqa: S105 (a test key)


async def test_from_settings_delivers_signed_webhooks(receiver: Receiver) -> None:
    settings = Settings(webhook_url=receiver.url, webhook_secret=SECRET, broker=None)
    alerts = [make_alert(i) for i in range(5)]
    async with await Delivery.from_settings(settings, Metrics(CollectorRegistry())) as delivery:
        dones = [await delivery.submit(a) for a in alerts]
        outcomes = await asyncio.wait_for(asyncio.gather(*dones), 10)
    assert outcomes == [{"webhook": DELIVERED}] * 5
    ids = [Webhook(SECRET).verify(r.body, r.headers)["alert_id"] for r in receiver.accepted]
    assert ids == [a.alert_id for a in alerts]


async def test_close_waits_for_queued_alerts(receiver: Receiver) -> None:
    settings = Settings(webhook_url=receiver.url, broker=None)
    delivery = await Delivery.from_settings(settings, Metrics(CollectorRegistry()))
    for i in range(20):
        await delivery.send(make_alert(i))
    assert await delivery.aclose() is True
    assert len(receiver.accepted) == 20


@pytest.mark.kafka
async def test_silences_from_kafka_mute_matching_alerts(
    receiver: Receiver, kafka_bootstrap: str
) -> None:
    prefix = f"t{uuid.uuid4().hex[:8]}-"
    silence = new_silence(now=datetime.now(UTC), duration_s=3600, to_state="accepted")
    writer = SilenceStore(kafka_bootstrap, silences_topic(prefix))
    await writer.put(silence)
    await writer.close()
    settings = Settings(webhook_url=receiver.url, broker=kafka_bootstrap, topic_prefix=prefix)
    async with await Delivery.from_settings(settings, Metrics(CollectorRegistry())) as delivery:
        muted = await delivery.submit(make_alert(1, to_state="accepted"))
        sent = await delivery.submit(make_alert(2))
        outcomes = await asyncio.wait_for(asyncio.gather(muted, sent), 10)
    assert outcomes == [{"*": SILENCED}, {"webhook": DELIVERED}]
    assert len(receiver.accepted) == 1


async def test_a_watch_with_its_own_webhook_from_the_watches_file(
    receiver: Receiver, tmp_path: Path
) -> None:
    path = tmp_path / "watches.yaml"
    path.write_text(f"watches:\n  - name: ru\n    actors: [RUS]\n    webhook_url: {receiver.url}\n")
    settings = Settings(watches_file=path, broker=None)
    alert = build_alerts(make_change(1), parse_watches(path.read_text()), datetime.now(UTC))[1]
    assert alert.watch == "ru"
    async with await Delivery.from_settings(settings, Metrics(CollectorRegistry())) as delivery:
        outcome = await asyncio.wait_for(await delivery.submit(alert), 10)
    assert list(outcome.values()) == [DELIVERED]
    assert [r.headers["webhook-id"] for r in receiver.accepted] == [alert.alert_id]
