"""The Dispatcher: per-sink queues, back-pressure, isolation, receipts, shutdown grace."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from storywatch._exceptions import RetriableDelivery
from storywatch.models import Alert
from storywatch.sinks import DEADLETTERED, DELIVERED, Dispatcher, ListSink, RetryPolicy, WebhookSink

from .conftest import free_port, make_alert

FAST = RetryPolicy(base_s=0.01, max_delay_s=0.05, horizon_s=60.0)


class GatedSink:
    """Delivers only once its gate is open (a sink that is stuck)."""

    def __init__(self, name: str = "gated") -> None:
        self.name = name
        self.gate = asyncio.Event()
        self.alerts: list[Alert] = []

    async def send(self, alert: Alert) -> None:
        await self.gate.wait()
        self.alerts.append(alert)


class FlakySink:
    """Fails retriably `fails` times per alert, then delivers."""

    def __init__(self, fails: int) -> None:
        self.name = "flaky"
        self.fails = fails
        self.tries: dict[str, int] = {}
        self.alerts: list[Alert] = []

    async def send(self, alert: Alert) -> None:
        n = self.tries[alert.alert_id] = self.tries.get(alert.alert_id, 0) + 1
        if n <= self.fails:
            raise RetriableDelivery("flaky: not yet")
        self.alerts.append(alert)


class BrokenSink:
    """Raises an error that is not a DeliveryError (a bug in a sink)."""

    name = "broken"

    async def send(self, alert: Alert) -> None:
        raise ZeroDivisionError("oops")


async def test_a_full_queue_applies_back_pressure_and_drops_nothing() -> None:
    stuck = GatedSink()
    d = Dispatcher([stuck], queue_size=2, policy=FAST)
    receipts = [await d.submit(make_alert(i)) for i in range(3)]  # 1 in flight + 2 queued
    blocked = asyncio.ensure_future(d.submit(make_alert(3)))
    await asyncio.sleep(0.1)
    assert not blocked.done()  # submit waits: back-pressure
    stuck.gate.set()
    receipts.append(await asyncio.wait_for(blocked, 5))
    await asyncio.wait_for(asyncio.gather(*receipts), 5)
    assert [a.alert_id for a in stuck.alerts] == [make_alert(i).alert_id for i in range(4)]
    await d.aclose()


async def test_a_sink_that_is_down_does_not_block_the_others() -> None:
    listed = ListSink()
    async with httpx.AsyncClient() as client:
        down = WebhookSink("webhook", f"http://127.0.0.1:{free_port()}/", client)
        d = Dispatcher([down, listed], policy=FAST)
        receipts = [await d.submit(make_alert(i)) for i in range(10)]
        for _ in range(200):
            if len(listed.alerts) == 10:
                break
            await asyncio.sleep(0.01)
        assert len(listed.alerts) == 10
        assert not any(r.future.done() for r in receipts)  # the webhook still owes them
        assert await d.aclose() is False


async def test_receipt_resolves_only_when_every_sink_is_done() -> None:
    stuck, listed = GatedSink(), ListSink()
    done: list[dict[str, str]] = []
    d = Dispatcher([stuck, listed], policy=FAST)
    receipt = await d.submit(make_alert(), on_done=lambda _a, o: done.append(dict(o)))
    await asyncio.sleep(0.05)
    assert listed.alerts
    assert not receipt.future.done()
    assert not done
    stuck.gate.set()
    assert await asyncio.wait_for(receipt, 5) == {"gated": DELIVERED, "list": DELIVERED}
    assert done == [{"gated": DELIVERED, "list": DELIVERED}]
    await d.aclose()


async def test_retriable_errors_are_retried_until_delivered() -> None:
    flaky = FlakySink(fails=3)
    d = Dispatcher([flaky], policy=FAST)
    receipt = await d.submit(make_alert())
    assert await asyncio.wait_for(receipt, 5) == {"flaky": DELIVERED}
    assert flaky.tries == {make_alert().alert_id: 4}
    await d.aclose()


async def test_route_selects_sinks_and_unknown_names_are_dead_lettered() -> None:
    a, b = ListSink("a"), ListSink("b")
    dead: list[tuple[str, str, dict[str, Any]]] = []

    async def dlq(stage: str, reason: str, payload: dict[str, Any]) -> None:
        dead.append((stage, reason, payload))

    d = Dispatcher([a, b], dead_letter=dlq, policy=FAST)
    receipt = await d.submit(make_alert(), route=["b", "nope"])
    assert await asyncio.wait_for(receipt, 5) == {"b": DELIVERED, "nope": DEADLETTERED}
    assert (a.alerts, len(b.alerts)) == ([], 1)
    assert "no such sink" in dead[0][1]
    await d.aclose()


async def test_a_sink_bug_dead_letters_and_the_lane_goes_on() -> None:
    d = Dispatcher([BrokenSink()], policy=FAST)
    first = await d.submit(make_alert(1))
    second = await d.submit(make_alert(2))
    outcomes = await asyncio.wait_for(asyncio.gather(first, second), 5)
    assert outcomes == [{"broken": DEADLETTERED}] * 2
    await d.aclose()


async def test_no_sinks_resolves_at_once() -> None:
    d = Dispatcher()
    receipt = await d.submit(make_alert())
    assert receipt.future.done()


@pytest.mark.parametrize("open_gate", [True, False])
async def test_join_waits_for_in_flight_up_to_the_grace(open_gate: bool) -> None:
    stuck = GatedSink()
    d = Dispatcher([stuck], policy=FAST)
    await d.submit(make_alert())
    if open_gate:
        asyncio.get_running_loop().call_later(0.1, stuck.gate.set)
    assert await d.aclose(grace_s=1.0) is open_gate
    assert len(stuck.alerts) == (1 if open_gate else 0)


async def test_concurrency_lets_several_deliveries_be_in_flight() -> None:
    stuck = GatedSink()
    d = Dispatcher([stuck], policy=FAST, concurrency=3)
    receipts = [await d.submit(make_alert(i)) for i in range(5)]
    await asyncio.sleep(0.05)
    assert d.backlog() == {"gated": 2}  # three taken by the three workers
    stuck.gate.set()
    await asyncio.wait_for(asyncio.gather(*receipts), 5)
    assert len(stuck.alerts) == 5
    await d.aclose()


async def test_a_failing_on_done_callback_does_not_stop_the_lane() -> None:
    listed = ListSink()
    d = Dispatcher([listed], policy=FAST)

    def boom(_alert: Alert, _outcomes: dict[str, str]) -> None:
        raise RuntimeError("caller bug")

    first = await d.submit(make_alert(1), on_done=boom)
    second = await d.submit(make_alert(2))
    outcomes = await asyncio.wait_for(asyncio.gather(first, second), 5)
    assert outcomes == [{"list": DELIVERED}] * 2
    await d.aclose()
