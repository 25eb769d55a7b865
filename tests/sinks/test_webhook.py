"""Webhook delivery against a real HTTP receiver on 127.0.0.1."""

from __future__ import annotations

import asyncio
import os
import random
from collections import Counter
from typing import Any

import httpx
import orjson
import pytest
from prometheus_client import CollectorRegistry
from standardwebhooks import Webhook

from storywatch._exceptions import InvalidInput
from storywatch.models import Alert
from storywatch.observe.metrics import Metrics
from storywatch.sinks import DEADLETTERED, DELIVERED, Dispatcher, RetryPolicy, WebhookSink

from .conftest import Receiver, free_port, make_alert

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"  # noqa: S105 (a test key)
FAST = RetryPolicy(base_s=0.02, max_delay_s=0.3, horizon_s=60.0)
WAIT_S = 30.0


class DeadLetters:
    """The injected dead-letter writer: keeps what it was given."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str, dict[str, Any]]] = []

    async def __call__(self, stage: str, reason: str, payload: dict[str, Any]) -> None:
        self.items.append((stage, reason, payload))


def _dispatcher(sink: WebhookSink, dead: DeadLetters | None = None, **kw: Any) -> Dispatcher:
    return Dispatcher([sink], dead_letter=dead, policy=kw.pop("policy", FAST),
                      rng=random.Random(1), **kw)  # fmt: skip


async def _deliver_all(d: Dispatcher, alerts: list[Alert]) -> list[dict[str, str]]:
    receipts = [await d.submit(a) for a in alerts]
    try:
        return list(await asyncio.wait_for(asyncio.gather(*receipts), WAIT_S))
    finally:
        await d.aclose()


async def test_signatures_verify_with_standardwebhooks(receiver: Receiver) -> None:
    alerts = [make_alert(i) for i in range(5)]
    async with httpx.AsyncClient() as client:
        sink = WebhookSink("webhook", receiver.url, client, secret=SECRET)
        await _deliver_all(_dispatcher(sink), alerts)
    verifier = Webhook(SECRET)
    assert len(receiver.requests) == 5
    for req, alert in zip(receiver.requests, alerts, strict=True):
        assert verifier.verify(req.body, req.headers) == alert.to_json_dict()
        assert req.headers["webhook-id"] == alert.alert_id


async def test_a_tampered_body_does_not_verify(receiver: Receiver) -> None:
    async with httpx.AsyncClient() as client:
        sink = WebhookSink("webhook", receiver.url, client, secret=SECRET)
        await _deliver_all(_dispatcher(sink), [make_alert()])
    req = receiver.requests[0]
    with pytest.raises(Exception, match="signature"):
        Webhook(SECRET).verify(req.body.replace(b"RUS", b"USA"), req.headers)


async def test_unsigned_without_secret_still_carries_webhook_id(receiver: Receiver) -> None:
    alert = make_alert()
    async with httpx.AsyncClient() as client:
        await _deliver_all(_dispatcher(WebhookSink("webhook", receiver.url, client)), [alert])
    req = receiver.requests[0]
    assert req.headers["webhook-id"] == alert.alert_id
    assert "webhook-signature" not in req.headers
    assert orjson.loads(req.body)["alert_id"] == alert.alert_id


async def test_503_three_times_then_200_accepts_each_alert_once(receiver: Receiver) -> None:
    receiver.script = [(503, {})] * 3
    alerts = [make_alert(i) for i in range(4)]
    async with httpx.AsyncClient() as client:
        sink = WebhookSink("webhook", receiver.url, client, secret=SECRET)
        outcomes = await _deliver_all(_dispatcher(sink), alerts)
    assert all(o == {"webhook": DELIVERED} for o in outcomes)
    accepted = Counter(r.headers["webhook-id"] for r in receiver.accepted)
    assert accepted == Counter(a.alert_id for a in alerts)
    first_tries = [r.headers["webhook-id"] for r in receiver.requests[:4]]
    assert first_tries == [alerts[0].alert_id] * 4  # 3 x 503 + 1 x 200, same id
    for r in receiver.requests:
        Webhook(SECRET).verify(r.body, r.headers)


async def test_429_retry_after_is_waited_out(receiver: Receiver) -> None:
    receiver.script = [(429, {"Retry-After": "2"})]
    async with httpx.AsyncClient() as client:
        outcomes = await _deliver_all(
            _dispatcher(WebhookSink("webhook", receiver.url, client)), [make_alert()]
        )
    assert outcomes == [{"webhook": DELIVERED}]
    first, second = receiver.requests
    assert (first.status, second.status) == (429, 200)
    assert second.at - first.at >= 1.95  # the server's wish, not our back-off (0.02 s)


async def test_410_disables_the_endpoint(receiver: Receiver) -> None:
    receiver.script = [(410, {})]
    metrics = Metrics(CollectorRegistry())
    dead = DeadLetters()
    async with httpx.AsyncClient() as client:
        sink = WebhookSink("webhook", receiver.url, client, metrics=metrics)
        outcomes = await _deliver_all(_dispatcher(sink, dead, metrics=metrics),
                                      [make_alert(1), make_alert(2)])  # fmt: skip
    assert outcomes == [{"webhook": DEADLETTERED}] * 2
    assert len(receiver.requests) == 1  # nothing more is sent to a gone endpoint
    assert sink.disabled
    value = metrics.registry.get_sample_value("storywatch_endpoint_disabled", {"sink": "webhook"})
    assert value == 1.0
    assert [d[0] for d in dead.items] == ["deliver", "deliver"]
    assert "410" in dead.items[0][1]


async def test_other_4xx_is_dead_lettered_at_once_without_disabling(receiver: Receiver) -> None:
    receiver.script = [(400, {})]
    dead = DeadLetters()
    alerts = [make_alert(1), make_alert(2)]
    async with httpx.AsyncClient() as client:
        sink = WebhookSink("webhook", receiver.url, client)
        outcomes = await _deliver_all(_dispatcher(sink, dead), alerts)
    assert outcomes == [{"webhook": DEADLETTERED}, {"webhook": DELIVERED}]
    assert [r.status for r in receiver.requests] == [400, 200]
    assert dead.items[0][2]["alert"]["alert_id"] == alerts[0].alert_id
    assert not sink.disabled


async def test_gives_up_at_the_horizon_and_dead_letters() -> None:
    dead = DeadLetters()
    policy = RetryPolicy(base_s=0.02, max_delay_s=0.05, horizon_s=0.3)
    url = f"http://127.0.0.1:{free_port()}/hook"  # nothing listens there
    async with httpx.AsyncClient() as client:
        outcomes = await _deliver_all(
            _dispatcher(WebhookSink("webhook", url, client), dead, policy=policy), [make_alert()]
        )
    assert outcomes == [{"webhook": DEADLETTERED}]
    assert dead.items[0][2]["attempts"] > 1
    assert "ConnectError" in dead.items[0][1]


async def test_timeout_is_retried(receiver: Receiver) -> None:
    slow = asyncio.Event()

    async def hang(_request: object) -> None:
        if not slow.is_set():
            slow.set()
            await asyncio.sleep(1.0)

    receiver.before = hang
    async with httpx.AsyncClient() as client:
        sink = WebhookSink("webhook", receiver.url, client, timeout_s=0.2)
        outcomes = await _deliver_all(_dispatcher(sink), [make_alert()])
    assert outcomes == [{"webhook": DELIVERED}]
    assert len(receiver.requests) == 2


async def _down_then_up(receiver: Receiver, down_s: float, count: int) -> None:
    await receiver.stop()
    alerts = [make_alert(i) for i in range(count)]
    policy = RetryPolicy(base_s=0.05, max_delay_s=0.5, horizon_s=down_s + 60)
    async with httpx.AsyncClient() as client:
        d = _dispatcher(WebhookSink("webhook", receiver.url, client, secret=SECRET), policy=policy)
        receipts = [await d.submit(a) for a in alerts]
        await asyncio.sleep(down_s)
        assert not any(r.future.done() for r in receipts)
        await receiver.start()
        outcomes = await asyncio.wait_for(asyncio.gather(*receipts), WAIT_S)
        await d.aclose()
    assert outcomes == [{"webhook": DELIVERED}] * count
    accepted = Counter(r.headers["webhook-id"] for r in receiver.accepted)
    assert accepted == Counter(a.alert_id for a in alerts)


async def test_receiver_down_for_a_while_loses_nothing(receiver: Receiver) -> None:
    await _down_then_up(receiver, float(os.environ.get("SW_TEST_DOWN_S", "3")), 20)


@pytest.mark.soak
@pytest.mark.timeout(180)
async def test_receiver_down_for_60_s_loses_nothing(receiver: Receiver) -> None:
    await _down_then_up(receiver, 60.0, 200)


@pytest.mark.parametrize("secret", ["whsec_", "whsec_!!!", "whsec_a"])
async def test_an_unusable_secret_is_a_one_line_error(secret: str) -> None:
    async with httpx.AsyncClient() as client:
        with pytest.raises(InvalidInput, match="STORYWATCH_WEBHOOK_SECRET"):
            WebhookSink("webhook", "http://127.0.0.1:1/", client, secret=secret)


@pytest.mark.parametrize("url", ["notaurl", "ftp://x/y", "http://", "/relative"])
async def test_a_bad_url_is_a_one_line_error(url: str) -> None:
    async with httpx.AsyncClient() as client:
        with pytest.raises(InvalidInput, match="not an http"):
            WebhookSink("webhook", url, client)
