"""A signing still to come of a deal the same article reports reached gives the party no
`scheduled` (stories/machine.py): the deal is the news, the signing its formality."""

from __future__ import annotations

from datetime import UTC, datetime

from storywatch.testing import numbered_news, run_articles

_news = numbered_news("sg", datetime(2026, 3, 2, 10, tzinfo=UTC))


def test_a_deal_reached_with_its_signing_to_come_is_agreed_not_scheduled() -> None:
    changes = run_articles([
        _news(1, 0, "Lanao rebels offer truce to Manila",
              "MANILA, March 2 (Reuters) - The Philippines' Moro Islamic Liberation Front has "
              "offered the Philippine government a 30-day ceasefire, a spokesman said on Monday. "
              "The government has yet to respond."),
        _news(2, 3, "Manila accepts rebel truce offer",
              "MANILA, March 5 (Reuters) - The Philippine government accepted the Moro Islamic "
              "Liberation Front's offer of a 30-day ceasefire on Thursday, the presidential "
              "palace said."),
        _news(3, 7, "Manila and MILF agree ceasefire",
              "COTABATO, March 9 (AP) - The Philippine government and the Moro Islamic "
              "Liberation Front agreed on Monday on a 30-day ceasefire, negotiators said. Manila "
              "is expected to sign the ceasefire decree on Wednesday."),
    ])  # fmt: skip
    at_deal = [(c.actor, c.to_state) for c in changes if c.article_id == "sg03"]
    assert ("PHL", "agreed") in at_deal, at_deal
    assert ("PHL", "scheduled") not in at_deal, at_deal
