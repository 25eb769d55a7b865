"""What a reply says and what a signing concludes (stories.machine, stories.recaps):
- a readiness the sentence tells as the content of a party's reply ("replied ..., saying it
  was willing to discuss X but ...") is that reply, not an acceptance of its own; a
  readiness said alone still answers;
- a deal signed under no issue of its own ("signed an accord in Geneva") concludes what the
  pair took up within the answer window, not a new story of other business."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storywatch.models import Article, Change
from storywatch.testing import news, run_articles

T0 = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


def _news(n: int, days: float, title: str, body: str) -> Article:
    return news(f"r{n:02d}", T0 + timedelta(days=days), title, body)


def _moves(changes: list[Change], article_id: str) -> list[tuple[str, str, str]]:
    return [(c.actor, c.to_state, c.story_id) for c in changes if c.article_id == article_id]


_OFFER = _news(
    1, 0, "Uruguay proposes talks with Argentina on river dredging",
    "Uruguay proposed on Monday talks with Argentina on dredging the shared river channel, "
    "the foreign ministry in Montevideo said. Argentina has not yet responded.",
)  # fmt: skip


def test_a_readiness_told_as_what_a_reply_said_is_the_reply_only() -> None:
    reply = _news(
        2, 3, "Argentina replies to Uruguay on dredging",
        "Argentina replied on Thursday to Uruguay's proposal for talks on the river channel, "
        "saying it was willing to discuss dredging costs but that navigation rules were not "
        "open to negotiation.",
    )  # fmt: skip
    moves = _moves(run_articles([_OFFER, reply]), "r02")
    states = [to for actor, to, _ in moves if actor == "ARG"]
    assert "responded" in states, moves
    assert "accepted" not in states, moves


def test_a_readiness_said_alone_still_answers() -> None:
    ready = _news(
        2, 3, "Argentina ready for talks with Uruguay",
        "Argentina is willing to discuss Uruguay's proposal for talks on the river channel, "
        "its foreign minister said on Thursday.",
    )  # fmt: skip
    moves = _moves(run_articles([_OFFER, ready]), "r02")
    assert [m for m in moves if m[0] == "ARG" and m[1] == "accepted"], moves


def test_a_deal_signed_under_no_issue_concludes_the_pairs_exchange() -> None:
    offer = _news(
        1, 0, "Tunisia proposes prisoner exchange with Libya",
        "Tunisia proposed on Monday an exchange of prisoners with Libya, offering to free nine "
        "Libyan fishermen in return for three Tunisian border guards. Libya has not responded.",
    )  # fmt: skip
    accept = _news(
        2, 10, "Libya accepts Tunisian prisoner exchange",
        "Libya accepted on Thursday Tunisia's proposal for a prisoner exchange, the foreign "
        "ministry in Tripoli said.",
    )  # fmt: skip
    signed = _news(
        3, 18, "Libya and Tunisia sign accord in Geneva",
        "Libya and Tunisia signed an accord in Geneva on Friday, officials of both governments "
        "said. The handover is set for next week.",
    )  # fmt: skip
    moves = _moves(run_articles([offer, accept, signed]), "r03")
    agreed = {story for _, to, story in moves if to == "agreed"}
    assert agreed, moves
    assert all(story.endswith(":prisoner_exchange") for story in agreed), moves
