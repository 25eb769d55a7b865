"""Acts an article dates back, told again under another issue of the pair (stories/background.py
`dated_back`, `dated_before`): invented sentences, one class per mechanism."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storywatch.classify import classify_text
from storywatch.models import Change
from storywatch.stories.background import dated_back
from storywatch.testing import numbered_news, run_articles

PUBLISHED = datetime(2026, 4, 20, 10, tzinfo=UTC)


def _dated(body: str, action: str) -> list[bool]:
    _, _, events = classify_text("", body, published_year=2026, published_month=4)
    found = [dated_back(e, PUBLISHED) for e in events if e.action == action]
    assert found, events
    return found


def _moves(changes: list[Change], article_id: str) -> list[tuple[str, str]]:
    return [(c.actor, c.to_state) for c in changes if c.article_id == article_id]


class TestToBeforeANameIsAPreposition:
    """A calendar date after "to" and a name or a determiner still dates the act: "to" opens
    another clause only as an infinitive marker ("agreed to resume flights on 2 April")."""

    @pytest.mark.parametrize(
        ("body", "action"),
        [
            ("Paraguay accepted the invitation to Sucre on April 2, the ministry said.", "accept"),
            ("Ghana replied to the Togolese plan on April 3, asking for more time.", "respond"),
        ],
    )
    def test_a_date_after_a_preposition_dates_the_act(self, body: str, action: str) -> None:
        assert _dated(body, action)[0] is True
        # after an infinitive the date is the complement's act, as before
        assert _dated("Chile agreed with Norway to lift the salmon ban on April 2.", "agree") == [
            False
        ]

    def test_an_acceptance_dated_back_is_no_news_again(self) -> None:
        news = numbered_news("pa", datetime(2026, 3, 30, 9, tzinfo=UTC))
        changes = run_articles([
            news(1, 0, "Bolivia invites Paraguay to a summit on the Pilcomayo river",
                 "Bolivia has invited Paraguay to a summit in Sucre on the Pilcomayo river, the "
                 "Bolivian foreign ministry said on Monday."),
            news(2, 3, "Paraguay accepts Bolivia's invitation to a river summit",
                 "Paraguay accepted Bolivia's invitation to a summit in Sucre on the Pilcomayo "
                 "river, the Paraguayan government said on Thursday."),
            news(3, 20, "Pilcomayo farmers hope for relief before the dry season",
                 "Farmers along the Pilcomayo say the river has run dry for a month. Paraguay "
                 "accepted the invitation to Sucre on April 2, and officials from both sides "
                 "say a deal on dredging is close."),
        ])  # fmt: skip
        assert ("PRY", "accepted") in _moves(changes, "pa02"), changes
        assert ("PRY", "accepted") not in _moves(changes, "pa03"), changes


class TestWeeksAgo:
    """An act told "a week ago", "two weeks ago" is an earlier stage; "two days ago" may be a
    later piece's news and stays."""

    @pytest.mark.parametrize(
        "body",
        [
            "Kenya rejected the Ugandan offer of talks two weeks ago, officials said.",
            "Kenya rejected the Ugandan offer of talks a week ago.",
        ],
    )
    def test_weeks_ago_dates_the_act_back(self, body: str) -> None:
        assert _dated(body, "reject")[0] is True
        assert _dated("Kenya rejected the Ugandan offer of talks two days ago.", "reject") == [
            False
        ]

    def test_a_proposal_weeks_ago_by_a_party_that_proposed_before_is_no_news(self) -> None:
        news = numbered_news("wa", datetime(2026, 4, 6, 9, tzinfo=UTC))
        changes = run_articles([
            news(1, 0, "Latvia proposes talks with Lithuania on a rail link",
                 "Latvia proposed on Monday talks with Lithuania on a cross-border rail link, "
                 "the Latvian transport ministry said."),
            news(2, 6, "Rail workers in Daugavpils wait for news of the link",
                 "Rail workers in Daugavpils say freight has halved this year. Latvia proposed "
                 "a trade agreement with Lithuania a week ago, officials said, and no date has "
                 "been set."),
        ])  # fmt: skip
        assert ("LVA", "proposed") in _moves(changes, "wa01"), changes
        assert ("LVA", "proposed") not in _moves(changes, "wa02"), changes


class TestAnAgreementToMeetSettlesNothing:
    """An agreement whose object is a meeting or its date or venue ("agreed to a new date",
    "agrees to security session", "agreed to sit at the same table") is consent to meet: it
    concludes no deal between the pair."""

    @pytest.mark.parametrize(
        "body",
        [
            "The presidents spoke by telephone on Friday and the two agreed to a new date, "
            "officials in Quito said.",
            "Ecuador agrees to Tulcan security session with Colombia over fuel row.",
            "Ecuador and Colombia agreed to sit at the same table, officials in Quito said.",
        ],
    )
    def test_no_deal_is_reported(self, body: str) -> None:
        news = numbered_news("tm", datetime(2026, 5, 4, 9, tzinfo=UTC))
        changes = run_articles([
            news(1, 0, "Colombia proposes talks with Ecuador on fuel smuggling",
                 "Colombia proposed on Monday talks with Ecuador on fuel smuggling across their "
                 "border, the foreign ministry in Bogota said."),
            news(2, 5, "Ecuador and Colombia: fuel row", body),
        ])  # fmt: skip
        assert ("COL", "proposed") in _moves(changes, "tm01"), changes
        assert [m for m in _moves(changes, "tm02") if m[1] == "agreed"] == [], changes


class TestFirstBeforeAPastVerb:
    """ "first" right before a verb in the past is the adverb of an earlier stage ("Namibia
    first rejected the offer before proposing a commission"); "their first talks" (an ordinal
    before a noun) dates nothing."""

    def test_first_dates_the_act_back(self) -> None:
        body = (
            "Namibia first rejected the Angolan offer of talks before proposing a joint commission."
        )
        assert _dated(body, "reject") == [True]
        assert _dated("Namibia and Angola held their first talks in Luanda.", "meet") == [
            False,
            False,
        ]
