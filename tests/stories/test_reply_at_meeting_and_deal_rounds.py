"""(A) a reply reported with the meeting held in one article shows only the meeting;
(C) a further round that a deal reached in the same article provides for is not 'scheduled'."""

from __future__ import annotations

from datetime import UTC, datetime

from storywatch.testing import numbered_news, run_articles

_news = numbered_news("fc", datetime(2026, 4, 6, 10, tzinfo=UTC))


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
