"""The Notifier: silences, grouping timers and routing in front of the Dispatcher."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import httpx
import orjson

from storywatch.alerts import SilenceSet, Watch, build_alerts, new_silence
from storywatch.models import Alert
from storywatch.observe.metrics import Metrics
from storywatch.settings import Settings
from storywatch.sinks import (
    DELIVERED,
    FOLDED,
    SILENCED,
    Dispatcher,
    ListSink,
    Notifier,
    RetryPolicy,
    WebhookSink,
    watch_sink_factory,
)

from .conftest import Receiver, make_change

NOW = datetime.now(UTC)
FAST = RetryPolicy(base_s=0.01, max_delay_s=0.05, horizon_s=30)


def _alerts(watch: Watch, n: int) -> list[Alert]:
    states = ["responded", "accepted", "rejected", "held"]
    return [
        build_alerts(
            make_change(i, to_state=states[i % 4], actor=f"P{i}"), (watch,), datetime.now(UTC)
        )[0]
        for i in range(n)
    ]


async def test_a_burst_goes_out_as_one_notification_and_every_alert_resolves() -> None:
    watch = Watch(name="g", group_wait=0.2, group_interval=10)
    sink = ListSink()
    notifier = Notifier(Dispatcher([sink], policy=FAST), lambda: (watch,))
    alerts = _alerts(watch, 3)
    dones = [await notifier.notify(a) for a in alerts]
    assert not any(d.done() for d in dones)
    outcomes = await asyncio.wait_for(asyncio.gather(*dones), 5)
    assert outcomes == [{"list": DELIVERED}] * 3
    [note] = sink.alerts
    assert {a.alert_id for a in note.group} == {a.alert_id for a in alerts}
    await notifier.aclose()


async def test_silenced_and_folded_alerts_resolve_without_delivery() -> None:
    sink = ListSink()
    silences = SilenceSet()
    watch = Watch(repeat_interval=3600)
    notifier = Notifier(Dispatcher([sink], policy=FAST), lambda: (watch,), silences=silences)
    first = build_alerts(make_change(1), (Watch(),), NOW)[0]
    copy = build_alerts(make_change(2), (Watch(),), NOW)[0]
    assert await asyncio.wait_for(await notifier.notify(first), 5) == {"list": DELIVERED}
    assert (await notifier.notify(copy)).result() == {"*": FOLDED}
    silences.apply(
        new_silence(now=first.detected_at, duration_s=10**9, story=first.change.story_id)
    )
    silenced = build_alerts(make_change(3, to_state="accepted"), (Watch(),), first.detected_at)[0]
    assert (await notifier.notify(silenced)).result() == {"*": SILENCED}
    assert [a.alert_id for a in sink.alerts] == [first.alert_id]
    await notifier.aclose()


async def test_routes_to_the_watch_sinks_and_its_own_webhook(receiver: Receiver) -> None:
    watch = Watch(name="ru", sinks=("b",), webhook_url=receiver.url)
    a, b = ListSink("a"), ListSink("b")
    async with httpx.AsyncClient() as client:
        factory = watch_sink_factory(Settings(), client, Metrics())
        notifier = Notifier(Dispatcher([a, b], policy=FAST), lambda: (watch,), watch_sink=factory)
        alert = _alerts(watch, 1)[0]
        outcome = await asyncio.wait_for(await notifier.notify(alert), 5)
        await notifier.aclose()
    assert outcome["b"] == DELIVERED
    assert len(outcome) == 2
    assert (len(a.alerts), len(b.alerts), len(receiver.accepted)) == (0, 1, 1)
    assert receiver.accepted[0].headers["webhook-id"] == alert.alert_id


async def test_close_flushes_pending_groups() -> None:
    watch = Watch(name="g", group_wait=3600)
    sink = ListSink()
    notifier = Notifier(Dispatcher([sink], policy=FAST), lambda: (watch,))
    done = await notifier.notify(_alerts(watch, 1)[0])
    assert await notifier.aclose(grace_s=5) is True
    assert done.result() == {"list": DELIVERED}


async def test_a_grouped_webhook_body_lists_every_member(receiver: Receiver) -> None:
    watch = Watch(name="g", group_wait=0.1)
    async with httpx.AsyncClient() as client:
        sink = WebhookSink("webhook", receiver.url, client)
        notifier = Notifier(Dispatcher([sink], policy=FAST), lambda: (watch,))
        alerts = _alerts(watch, 3)
        dones = [await notifier.notify(a) for a in alerts]
        await asyncio.wait_for(asyncio.gather(*dones), 5)
        await notifier.aclose()
    [req] = receiver.accepted
    body = orjson.loads(req.body)
    assert sorted(m["alert_id"] for m in body["alerts"]) == sorted(a.alert_id for a in alerts)
    assert req.headers["webhook-id"] == body["alert_id"]
    assert body["alert_id"] not in {a.alert_id for a in alerts}


async def test_a_redelivery_of_a_pending_alert_resolves_with_the_original() -> None:
    watch = Watch(name="g", group_wait=0.2)
    sink = ListSink()
    notifier = Notifier(Dispatcher([sink], policy=FAST), lambda: (watch,))
    alert = _alerts(watch, 1)[0]
    first = await notifier.notify(alert)
    again = await notifier.notify(alert)
    assert not again.done()  # not "done" before the original is delivered
    outcomes = await asyncio.wait_for(asyncio.gather(first, again), 5)
    assert outcomes == [{"list": DELIVERED}] * 2
    assert len(sink.alerts) == 1
    await notifier.aclose()
