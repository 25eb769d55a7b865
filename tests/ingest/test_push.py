"""POST /v1/articles on a real uvicorn server at 127.0.0.1: auth, sizes, batches, broker outages."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx
import pytest

from storywatch.ingest.asgi import AsgiServer
from storywatch.ingest.pipeline import Ingestor
from storywatch.ingest.push import PushLimits, create_app

from .fakes import ListDeadLetters, ListSink

TOKEN = "s3cret-token"  # noqa: S105  a test token
NOW = datetime(2026, 1, 1, tzinfo=UTC)
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@dataclass
class Push:
    client: httpx.AsyncClient
    sink: ListSink


def _article(n: int, **extra: object) -> dict[str, object]:
    return {
        "url": f"https://push.example.com/a/{n}?utm_source=x",
        "source": "crawler",
        "published_at": "2025-03-06T10:00:00Z",
        "title": f"Envoys meet for talks, round {n}",
        "body": "The envoys met in Geneva on Thursday for a new round of talks.",
        **extra,
    }


def _jsonl(*records: object) -> bytes:
    return "\n".join(json.dumps(r) for r in records).encode()


@pytest.fixture
async def push() -> AsyncIterator[Push]:
    sink = ListSink()
    ingestor = Ingestor(sink, ListDeadLetters(), publish_timeout_s=0.5)
    limits = PushLimits(max_article_bytes=4096, max_request_bytes=64 * 1024)
    app = create_app(ingestor, TOKEN, lambda: NOW, limits)
    async with AsgiServer(app) as server, httpx.AsyncClient(base_url=server.url, timeout=5) as c:
        yield Push(c, sink)


async def test_one_json_article_is_accepted_after_publish(push: Push) -> None:
    response = await push.client.post("/v1/articles", content=json.dumps(_article(1)), headers=AUTH)
    assert response.status_code == 202
    assert response.json()["accepted"] == 1
    assert [a.url for a in push.sink.published] == ["https://push.example.com/a/1"]


async def test_a_jsonl_batch_is_accepted_and_duplicates_dropped(push: Push) -> None:
    body = _jsonl(_article(1), _article(2), _article(1), _article(3))
    response = await push.client.post("/v1/articles", content=body, headers=AUTH)
    assert response.status_code == 202
    assert response.json() == {"accepted": 3, "duplicates": 1, "flagged": []}
    again = await push.client.post("/v1/articles", content=_jsonl(_article(2)), headers=AUTH)
    assert again.json()["duplicates"] == 1
    assert len(push.sink.published) == 3


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer wrong"},
        {"Authorization": f"Basic {TOKEN}"},
        {"Authorization": "Bearer"},
    ],
)
async def test_missing_or_wrong_token_is_401(push: Push, headers: dict[str, str]) -> None:
    response = await push.client.post(
        "/v1/articles", content=json.dumps(_article(1)), headers=headers
    )
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert TOKEN not in response.text
    assert push.sink.published == []


async def test_bad_records_get_400_with_a_reason_per_line_and_nothing_is_published(
    push: Push,
) -> None:
    lines = [
        json.dumps(_article(1)).encode(),
        b"{not json",
        json.dumps({"title": "no url or id"}).encode(),
        json.dumps(_article(4, url="ftp://x/y")).encode(),
        b"[1, 2]",
    ]
    body = b"\n".join(lines)
    response = await push.client.post("/v1/articles", content=body, headers=AUTH)
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert [e["line"] for e in errors] == [2, 3, 4, 5]
    assert "not valid JSON" in errors[0]["reason"]
    assert errors[1]["reason"] == "no id and no url"
    assert "http(s)" in errors[2]["reason"]
    assert "expected a JSON object" in errors[3]["reason"]
    assert push.sink.published == []


async def test_an_article_over_the_limit_is_413(push: Push) -> None:
    big = _article(1, body="x" * 5000)
    response = await push.client.post(
        "/v1/articles", content=_jsonl(_article(2), big), headers=AUTH
    )
    assert response.status_code == 413
    assert "line 2" in response.json()["error"]


async def test_a_request_over_the_limit_is_413(push: Push) -> None:
    body = _jsonl(*[_article(n) for n in range(400)])
    assert len(body) > 64 * 1024
    response = await push.client.post("/v1/articles", content=body, headers=AUTH)
    assert response.status_code == 413
    assert push.sink.published == []


async def test_a_chunked_request_over_the_limit_is_413(push: Push) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for n in range(400):
            yield _jsonl(_article(n)) + b"\n"

    response = await push.client.post("/v1/articles", content=chunks(), headers=AUTH)
    assert response.status_code == 413


async def test_broker_down_is_503_and_a_resend_loses_nothing(push: Push) -> None:
    push.sink.down = True
    body = _jsonl(_article(1), _article(2))
    response = await push.client.post("/v1/articles", content=body, headers=AUTH)
    assert response.status_code == 503
    assert response.headers["retry-after"] == "5"
    push.sink.down = False
    retry = await push.client.post("/v1/articles", content=body, headers=AUTH)
    assert retry.status_code == 202
    assert retry.json()["accepted"] == 2
    assert len(push.sink.published) == 2


async def test_a_broker_that_never_acks_is_503(push: Push) -> None:
    push.sink.hang = True
    response = await push.client.post("/v1/articles", content=_jsonl(_article(1)), headers=AUTH)
    assert response.status_code == 503


async def test_missing_date_is_replaced_and_flagged(push: Push) -> None:
    record = _article(9)
    del record["published_at"]
    response = await push.client.post("/v1/articles", content=json.dumps(record), headers=AUTH)
    assert response.status_code == 202
    assert response.json()["flagged"][0]["flags"] == ["date_missing"]
    assert push.sink.published[0].published_at == NOW


async def test_a_pretty_printed_single_article_is_accepted(push: Push) -> None:
    body = json.dumps(_article(5), indent=2)
    response = await push.client.post("/v1/articles", content=body, headers=AUTH)
    assert response.status_code == 202


async def test_empty_body_is_400(push: Push) -> None:
    response = await push.client.post("/v1/articles", content=b"  \n", headers=AUTH)
    assert response.status_code == 400


def test_an_empty_token_is_refused() -> None:
    with pytest.raises(ValueError, match="token"):
        create_app(Ingestor(ListSink(), ListDeadLetters()), "", lambda: NOW)


async def test_a_taken_port_is_a_bind_error_not_an_exit() -> None:
    import socket

    from storywatch._exceptions import BindError

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        app = create_app(Ingestor(ListSink(), ListDeadLetters()), TOKEN, lambda: NOW)
        with pytest.raises(BindError, match="cannot listen"):
            await AsgiServer(app, "127.0.0.1", taken.getsockname()[1]).start()
