"""What a deal or a meeting reported in the same article makes of the steps told with it
(stories/machine.py): a reply told with the meeting held shows only the meeting; a signing to
come, or a further round the deal provides for, is not 'scheduled'."""

from __future__ import annotations

from datetime import UTC, datetime

from storywatch.testing import numbered_news, run_articles

_news = numbered_news("fc", datetime(2026, 4, 6, 10, tzinfo=UTC))
_sg = numbered_news("sg", datetime(2026, 3, 2, 10, tzinfo=UTC))


def test_a_reply_recalled_at_the_talks_held_is_not_a_step_of_its_own() -> None:
    changes = run_articles([
        _news(1, 0, "Bishkek offers Dushanbe swap of detained border guards",
              "BISHKEK, April 6 (Reuters) - Kyrgyzstan offered on Monday to free four Tajik "
              "border guards in exchange for three Kyrgyz farmers held in Tajikistan, the "
              "foreign ministry said."),
        _news(2, 4, "Dushanbe replies to Kyrgyz swap offer, suggests talks in Khujand",
              "DUSHANBE, April 10 (AFP) - Tajikistan has replied to Kyrgyzstan's proposal to "
              "exchange detainees, suggesting the two sides discuss it at a meeting of their "
              "border commission in Khujand, the foreign ministry said on Friday."),
        _news(3, 6, "Bishkek accepts Tajik offer of talks; border commission to meet April 17",
              "BISHKEK, April 12 (Reuters) - Kyrgyzstan has accepted Tajikistan's proposal to "
              "discuss the detainee exchange at a meeting of the border commission, which will "
              "convene in Khujand on April 17, officials said on Sunday."),
        _news(4, 12, "Tajikistan, Kyrgyzstan agree to swap detainees after Khujand talks",
              "KHUJAND, April 18 (AP) - Tajikistan and Kyrgyzstan agreed on Saturday to exchange "
              "four border guards for three farmers at the end of a two-day meeting of their "
              "border commission in Khujand, both sides said. Bishkek proposed the exchange on "
              "April 6, and Dushanbe replied by suggesting the commission as a forum."),
    ])  # fmt: skip
    at_talks = [(c.actor, c.to_state, c.issue) for c in changes if c.article_id == "fc04"]
    assert ("TJK", "held", "talks") in at_talks, at_talks
    assert ("TJK", "responded", "talks") not in at_talks, at_talks


def test_further_talks_under_a_deal_reached_here_are_not_scheduled() -> None:
    changes = run_articles([
        _news(1, 0, "MILF offers Manila 30-day truce",
              "MANILA, April 6 (Reuters) - The Moro Islamic Liberation Front offered the "
              "Philippine government a 30-day truce on Monday, a spokesman said. Manila has "
              "not responded."),
        _news(2, 5, "Manila, MILF agree truce",
              "COTABATO, April 11 (AFP) - The Philippine government and the Moro Islamic "
              "Liberation Front agreed on Saturday on a 30-day truce, negotiators said. Under "
              "the agreement, the two sides will free prisoners within two weeks and hold "
              "further talks on disarmament."),
    ])  # fmt: skip
    at_deal = [(c.actor, c.to_state, c.issue) for c in changes if c.article_id == "fc02"]
    assert any(s == "agreed" for _, s, _ in at_deal), at_deal
    assert not any(s == "scheduled" for _, s, _ in at_deal), at_deal


def test_a_deal_reached_with_its_signing_to_come_is_agreed_not_scheduled() -> None:
    changes = run_articles([
        _sg(1, 0, "Lanao rebels offer truce to Manila",
              "MANILA, March 2 (Reuters) - The Philippines' Moro Islamic Liberation Front has "
              "offered the Philippine government a 30-day ceasefire, a spokesman said on Monday. "
              "The government has yet to respond."),
        _sg(2, 3, "Manila accepts rebel truce offer",
              "MANILA, March 5 (Reuters) - The Philippine government accepted the Moro Islamic "
              "Liberation Front's offer of a 30-day ceasefire on Thursday, the presidential "
              "palace said."),
        _sg(3, 7, "Manila and MILF agree ceasefire",
              "COTABATO, March 9 (AP) - The Philippine government and the Moro Islamic "
              "Liberation Front agreed on Monday on a 30-day ceasefire, negotiators said. Manila "
              "is expected to sign the ceasefire decree on Wednesday."),
    ])  # fmt: skip
    at_deal = [(c.actor, c.to_state) for c in changes if c.article_id == "sg03"]
    assert ("PHL", "agreed") in at_deal, at_deal
    assert ("PHL", "scheduled") not in at_deal, at_deal
