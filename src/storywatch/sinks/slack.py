"""Slack sink: one Block Kit message per alert to an incoming webhook, paced to 1 msg/s.

Everything that comes from articles is escaped (&, <, >) so that no ``<!channel>``,
``<!here>``, ``<@U…>`` or link markup can be injected, and clipped to Slack's limits:
header <= 150 chars, section text <= 3,000, <= 50 blocks.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from storywatch import _json
from storywatch.models import Alert, Evidence, rfc3339
from storywatch.sinks.base import check_response, check_url, post_json

__all__ = ["SlackSink", "escape", "slack_payload"]

HEADER_MAX = 150
SECTION_MAX = 3000
BLOCKS_MAX = 50
EMOJI = {"critical": ":red_circle:", "high": ":large_orange_circle:",
         "normal": ":large_blue_circle:", "info": ":white_circle:"}  # fmt: skip


def escape(text: str) -> str:
    """Slack's control characters as entities: no mention, channel ping or link survives."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _clip(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:  # never leave half an entity
        cut = cut[:amp]
    return cut + "…"


def _safe_url(url: str) -> str | None:
    ok = url.startswith(("http://", "https://")) and not any(c in url for c in "<>| \n\t")
    return url if ok else None


def _evidence_block(ev: Evidence) -> SectionBlock:
    quote = "\n".join("> " + line for line in escape(ev.sentence or "(no sentence)").splitlines())
    url = _safe_url(ev.url)
    source = escape(ev.source or "source")
    link = f"<{url}|{source}>" if url else source
    return SectionBlock(text=MarkdownTextObject(text=_clip(f"{quote}\n— {link}", SECTION_MAX),
                                                verbatim=True))  # fmt: skip


def _facts(alert: Alert) -> SectionBlock:
    c = alert.change
    facts = [
        f"*Severity:* {escape(alert.severity)}",
        f"*Story:* {escape(c.story_id)}",
        f"*Change:* {escape(c.actor)} {escape(c.from_state or 'none')} → {escape(c.to_state)}",
        f"*Confirmed:* {'yes' if alert.confirmed else 'not yet'}",
    ]
    return SectionBlock(fields=[MarkdownTextObject(text=_clip(f, 2000), verbatim=True)
                                for f in facts])  # fmt: skip


def slack_blocks(alert: Alert) -> list[Block]:
    """The Block Kit blocks of one alert (at most 50)."""
    header = f"{EMOJI.get(alert.severity, '')} {escape(alert.title)}".strip()
    blocks: list[Block] = [
        HeaderBlock(text=PlainTextObject(text=_clip(header, HEADER_MAX), emoji=True)),
        SectionBlock(text=MarkdownTextObject(text=_clip(escape(alert.summary or alert.title),
                                                        SECTION_MAX), verbatim=True)),
        _facts(alert),
    ]  # fmt: skip
    members = alert.group or (alert,)
    if len(members) > 1:
        lines = "\n".join(f"• {escape(m.title)}" for m in members)
        blocks.append(SectionBlock(text=MarkdownTextObject(text=_clip(lines, SECTION_MAX),
                                                           verbatim=True)))  # fmt: skip
    evidence = [ev for m in members for ev in m.change.evidence]
    room = BLOCKS_MAX - len(blocks) - 2
    if evidence:
        blocks.append(DividerBlock())
        blocks.extend(_evidence_block(ev) for ev in evidence[:room])
    context = f"{escape(alert.watch)} · {rfc3339(alert.detected_at)} · id {alert.alert_id}"
    blocks.append(ContextBlock(elements=[MarkdownTextObject(text=context, verbatim=True)]))
    return blocks[:BLOCKS_MAX]


def slack_payload(alert: Alert) -> dict[str, Any]:
    """The incoming-webhook body: fallback text plus validated blocks."""
    return {
        "text": _clip(escape(f"[{alert.severity}] {alert.title}"), SECTION_MAX),
        "blocks": [b.to_dict() for b in slack_blocks(alert)],
        "unfurl_links": False,
        "unfurl_media": False,
    }


class SlackSink:
    """Post alerts to one Slack incoming webhook, at most one message per `min_interval_s`."""

    concurrency = 1  # paced and in order, whatever the dispatcher's default

    def __init__(
        self,
        name: str,
        url: str,
        client: httpx.AsyncClient,
        *,
        timeout_s: float = 10.0,
        min_interval_s: float = 1.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.name = name
        self.url = check_url(url, f"URL of sink {name!r}")
        self._client = client
        self._timeout = httpx.Timeout(timeout_s)
        self._interval = min_interval_s
        self._monotonic = monotonic
        self._next_ok = 0.0
        self._lock = asyncio.Lock()

    async def send(self, alert: Alert) -> None:
        """One paced POST; raises RetriableDelivery (429 with its Retry-After) or Permanent."""
        body = _json.dumps(slack_payload(alert))
        async with self._lock:
            wait = self._next_ok - self._monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            self._next_ok = self._monotonic() + self._interval
            resp = await post_json(
                self._client, self.url, body, http_timeout=self._timeout, what=f"slack {self.name}"
            )
        check_response(resp, datetime.now(UTC), f"slack {self.name}")
