"""Agreements the story engine misread, session 22 (analyst mh): invented mini-stories, one
class per mechanism (none copied from the corpus)."""

from __future__ import annotations

from datetime import UTC, datetime

from storywatch.models import Change
from storywatch.testing import numbered_news, run_articles


def _moves(changes: list[Change], article_id: str) -> list[tuple[str, str]]:
    return [(c.actor, c.to_state) for c in changes if c.article_id == article_id]


class TestAgreementToHoldTheTalksItModifies:
    """ "the talks, which both governments have agreed to hold": a relative clause on the
    meeting is consent to meet, no deal concluded; the deal the talks later reach is."""

    def test_the_preview_concludes_nothing_and_the_deal_does(self) -> None:
        news = numbered_news("qz", datetime(2026, 6, 1, 9, tzinfo=UTC))
        changes = run_articles([
            news(1, 0, "Argentina proposes talks to Chile on krill quotas",
                 "Argentina has proposed talks to Chile on krill fishing quotas in the "
                 "Beagle Channel, the Argentine foreign ministry said on Monday."),
            news(2, 2, "Chile rejects Argentine quota plan",
                 "Chile rejected the Argentine plan on Wednesday, saying the quotas were too low."),
            news(3, 13, "Argentine, Chilean fisheries officials to meet in Ushuaia",
                 "The two fisheries directors will lead the talks, which both "
                 "governments have agreed to hold despite Chile's rejection last week of an "
                 "Argentine proposal to raise the quotas."),
            news(4, 16, "Argentina and Chile agree new krill quotas after Ushuaia talks",
                 "Argentina and Chile agreed new krill fishing quotas for the Beagle Channel "
                 "after talks in Ushuaia on Wednesday."),
        ])  # fmt: skip
        assert not {m for m in _moves(changes, "qz03") if m[1] == "agreed"}, changes
        assert ("ARG", "agreed") in _moves(changes, "qz04"), changes
        assert ("CHL", "agreed") in _moves(changes, "qz04"), changes
