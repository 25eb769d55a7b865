"""Slack: Block Kit that passes slack_sdk validation, escaped article text, pacing, 429."""

from __future__ import annotations

import asyncio
import itertools
import random

import httpx
import orjson
from hypothesis import given, settings
from hypothesis import strategies as st
from slack_sdk.models.blocks import Block

from storywatch.alerts import group_alert
from storywatch.models import Evidence
from storywatch.sinks import DELIVERED, Dispatcher, RetryPolicy, SlackSink, escape, slack_payload

from .conftest import Receiver, make_alert

HOSTILE = "<!channel> <@U123> *bold* <http://x|y>"
FAST = RetryPolicy(base_s=0.02, max_delay_s=0.2, horizon_s=60.0)


def _validate(payload: dict[str, object]) -> list[Block]:
    blocks = [Block.parse(b) for b in payload["blocks"]]  # type: ignore[attr-defined]
    for b in blocks:
        assert b is not None
        b.validate_json()
    assert len(blocks) <= 50
    return blocks  # type: ignore[return-value]


def test_escape_turns_control_characters_into_entities() -> None:
    assert escape("a & <b> c") == "a &amp; &lt;b&gt; c"


def test_payload_passes_block_validation() -> None:
    _validate(slack_payload(make_alert()))


def test_hostile_article_text_arrives_escaped() -> None:
    ev = Evidence(article_id="a", url="https://n.example/1", source=HOSTILE, sentence=HOSTILE)
    alert = make_alert(title=HOSTILE, evidence=(ev,), story_id=HOSTILE)
    text = orjson.dumps(slack_payload(alert)).decode()
    _validate(slack_payload(alert))
    for raw in ("<!channel>", "<@U123>", "<http://x|y>", "<!here>"):
        assert raw not in text
    assert "&lt;!channel&gt; &lt;@U123&gt; *bold* &lt;http://x|y&gt;" in text


def test_a_hostile_url_is_not_turned_into_a_link() -> None:
    ev = Evidence(article_id="a", url="https://x|<!channel>", source="s", sentence="s")
    text = orjson.dumps(slack_payload(make_alert(evidence=(ev,)))).decode()
    assert "<!channel>" not in text
    assert "<https://x|" not in text


def test_limits_hold_for_huge_alerts() -> None:
    big = "é&<" * 2000
    evidence = tuple(
        Evidence(article_id=f"a{i}", url=f"https://n.example/{i}", source="Wire", sentence=big)
        for i in range(120)
    )
    payload = slack_payload(make_alert(title=big, evidence=evidence))
    blocks = _validate(payload)
    header = payload["blocks"][0]
    assert header["type"] == "header"
    assert len(header["text"]["text"]) <= 150
    for b in payload["blocks"]:
        if b["type"] == "section" and "text" in b:
            assert len(b["text"]["text"]) <= 3000
    assert len(blocks) == 50


def test_a_group_lists_its_members() -> None:
    alerts = (make_alert(1, to_state="accepted"), make_alert(2, actor="UKR"))
    payload = slack_payload(group_alert(alerts))
    _validate(payload)
    text = orjson.dumps(payload).decode()
    assert all(a.title in text for a in alerts)


async def test_posts_are_paced_and_429_retry_after_is_honoured(receiver: Receiver) -> None:
    receiver.script = [(200, {}), (429, {"Retry-After": "1"})]
    async with httpx.AsyncClient() as client:
        sink = SlackSink("slack", receiver.url, client, min_interval_s=0.3)
        d = Dispatcher([sink], policy=FAST, rng=random.Random(1))
        receipts = [await d.submit(make_alert(i)) for i in range(3)]
        outcomes = await asyncio.wait_for(asyncio.gather(*receipts), 30)
        await d.aclose()
    assert outcomes == [{"slack": DELIVERED}] * 3
    reqs = receiver.requests
    assert [r.status for r in reqs] == [200, 429, 200, 200]
    gaps = [b.at - a.at for a, b in itertools.pairwise(reqs)]
    # Arrival times at the receiver: the pacer spaces the sends, the loop and the socket add
    # a few tens of ms of jitter to when each is seen (an unpaced sink shows gaps of ~0).
    jitter = 0.05
    assert min(gaps) >= 0.3 - jitter  # never faster than the pace
    assert gaps[1] >= 1.0 - jitter  # the 429's Retry-After
    for r in reqs:
        _validate(orjson.loads(r.body))


@given(st.text(max_size=400), st.text(max_size=400), st.text(max_size=60))
@settings(max_examples=150, deadline=None)
def test_any_article_text_gives_valid_blocks_without_live_markup(
    title: str, sentence: str, source: str
) -> None:
    ev = Evidence(article_id="a", url="https://n.example/1", source=source, sentence=sentence)
    payload = slack_payload(make_alert(title=title or "t", evidence=(ev,)))
    _validate(payload)
    text = orjson.dumps(payload).decode()
    assert "<!" not in text
    assert "<@" not in text
