"""Retry policy and HTTP answer classification (pure)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from storywatch._exceptions import (
    DeliveryError,
    EndpointGone,
    PermanentDelivery,
    RetriableDelivery,
)
from storywatch.sinks import RetryPolicy, check_response, parse_retry_after
from storywatch.sinks.base import transport_error

NOW = datetime(2025, 7, 1, 12, 0, tzinfo=UTC)


def test_backoff_grows_exponentially_up_to_the_cap_with_jitter() -> None:
    policy = RetryPolicy(base_s=1, factor=2, max_delay_s=30, jitter=0.5)
    rng = random.Random(7)
    for attempt, raw in [(0, 1), (1, 2), (3, 8), (10, 30), (500, 30)]:
        waits = [policy.backoff(attempt, rng) for _ in range(50)]
        assert all(raw * 0.5 <= w <= raw for w in waits)
        assert len(set(waits)) > 1  # jittered


def test_retry_after_replaces_the_backoff() -> None:
    policy = RetryPolicy(base_s=0.01)
    err = RetriableDelivery("429", retry_after=2.0)
    assert policy.delay(0, err, 0.0, random.Random(1)) == 2.0


def test_gives_up_past_the_horizon_and_on_permanent_errors() -> None:
    policy = RetryPolicy(base_s=1, jitter=0, horizon_s=10)
    rng = random.Random(1)
    assert policy.delay(0, RetriableDelivery("x"), 8.0, rng) == 1.0
    assert policy.delay(0, RetriableDelivery("x"), 9.5, rng) is None
    assert policy.delay(0, RetriableDelivery("x", retry_after=20), 0.0, rng) is None
    assert policy.delay(0, PermanentDelivery("400"), 0.0, rng) is None


@pytest.mark.parametrize(
    ("status", "kind"),
    [(200, None), (204, None), (408, RetriableDelivery), (429, RetriableDelivery),
     (500, RetriableDelivery), (503, RetriableDelivery), (400, PermanentDelivery),
     (401, PermanentDelivery), (404, PermanentDelivery), (410, EndpointGone)],
)  # fmt: skip
def test_http_answers_map_to_the_exception_tree(status: int, kind: type | None) -> None:
    resp = httpx.Response(status, headers={"Retry-After": "3"})
    if kind is None:
        check_response(resp, NOW, "t")
        return
    with pytest.raises(kind) as err:
        check_response(resp, NOW, "t")
    assert isinstance(err.value, DeliveryError)
    assert err.value.retriable is (kind is RetriableDelivery)
    if kind is RetriableDelivery:
        assert err.value.retry_after == 3.0


@pytest.mark.parametrize(
    ("value", "seconds"),
    [(None, None), ("", None), ("2", 2.0), ("-5", 0.0), ("99999", 3600.0), ("soon", None),
     (format_datetime(NOW + timedelta(seconds=30), usegmt=True), 30.0)],
)  # fmt: skip
def test_retry_after_header_forms(value: str | None, seconds: float | None) -> None:
    assert parse_retry_after(value, NOW) == seconds


def test_transport_errors_are_retriable() -> None:
    req = httpx.Request("POST", "http://127.0.0.1:1/")
    for exc in (httpx.ConnectError("x", request=req), httpx.ReadTimeout("x", request=req)):
        assert transport_error(exc, "t").retriable
