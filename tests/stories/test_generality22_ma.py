"""Answers the story engine took for background, session 22 (analyst ma): invented
mini-stories, one class per mechanism (none copied from the corpus)."""

from __future__ import annotations

from datetime import UTC, datetime

from storywatch.models import Change
from storywatch.testing import numbered_news, run_articles


def _moves(changes: list[Change], article_id: str) -> list[tuple[str, str]]:
    return [(c.actor, c.to_state) for c in changes if c.article_id == article_id]


class TestAcceptanceInAnAfterGerund:
    """ "will send a team to Lima after accepting the Chilean offer": an answer the party still
    owes, told as a gerund in the "after" clause its own act follows from, is the news. Not
    "agreed to the meeting after rejecting the first request" (an answer after an answer)."""

    def test_the_acceptance_is_news(self) -> None:
        news = numbered_news("ag", datetime(2026, 5, 4, 9, tzinfo=UTC))
        changes = run_articles([
            news(1, 0, "Chile offers to host talks on Bolivian sea access",
                 "Chile has offered Bolivia talks in Santiago on access to the Pacific, the "
                 "Chilean foreign ministry said on Monday."),
            news(2, 6, "Bolivia to send negotiators to Santiago after accepting Chilean offer",
                 "Bolivia will send a team of negotiators to Santiago after accepting the "
                 "Chilean offer, the government in La Paz said on Sunday."),
        ])  # fmt: skip
        assert ("BOL", "accepted") in _moves(changes, "ag02"), changes


class TestAcceptanceAfterAStudiedOffer:
    """ "Prisoners will be handed over on May 30 after Ecuador accepted the proposal": an answer
    in an "after" clause is the news while the decision is still owed, also by a party that
    had only replied that it was studying the proposal."""

    def test_the_acceptance_after_a_holding_reply_is_news(self) -> None:
        news = numbered_news("ec", datetime(2026, 5, 4, 9, tzinfo=UTC))
        changes = run_articles([
            news(1, 0, "Peru proposes prisoner exchange to Ecuador",
                 "Peru has proposed a prisoner exchange to Ecuador, the Peruvian foreign "
                 "ministry said on Monday."),
            news(2, 2, "Ecuador replies to Peru, asks for details",
                 "Ecuador replied to the Peruvian proposal on Wednesday, asking for more details "
                 "on the prisoners concerned."),
            news(3, 9, "Eight prisoners to be handed over at Huaquillas on May 30",
                 "Eight prisoners will be handed over at the Huaquillas crossing on May 30 after "
                 "Ecuador accepted the Peruvian proposal for an exchange, officials said."),
        ])  # fmt: skip
        assert ("ECU", "accepted") in _moves(changes, "ec03"), changes
