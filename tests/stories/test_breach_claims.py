"""Breach claims told without "accused X of breaching" ("said the truce had collapsed", "the
army had broken the ceasefire", "blamed X for breaking") break the deal the pair reached;
denials keep it; and talks told with their outcome or length were held whatever else the
article tells (stories.routing, stories.machine)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storywatch.models import Change
from storywatch.testing import numbered_news, run_articles

# Article n of day d: published on September d, 2026 at noon.
_news = numbered_news("b", datetime(2026, 8, 31, 12, tzinfo=UTC))


_SIGNED = _news(
    1, 1, "Djibouti and Eritrea sign ceasefire in Doha",
    "Djibouti and Eritrea signed a ceasefire agreement in Doha on Monday, ending two weeks of "
    "border clashes, Qatari officials said.",
)  # fmt: skip


def _broken(changes: list[Change]) -> set[tuple[str, str]]:
    return {(c.article_id, c.actor) for c in changes if c.to_state == "broken"}


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Djibouti says Eritrea broke truce",
         "Djibouti's government said on Thursday the Eritrean army had broken the ceasefire by "
         "shelling a border post near Ras Doumeira, and put its troops on alert."),
        ("Djibouti says Doha truce has collapsed",
         "Djibouti said on Thursday that the ceasefire it signed with Eritrea in Doha last week "
         "had collapsed, after an attack on a border post near Ras Doumeira."),
        ("Djibouti blames Eritrea for collapse of truce",
         "Border posts near Ras Doumeira were shelled overnight. Djibouti's foreign ministry "
         "blamed Eritrea on Thursday for breaking the ceasefire signed in Doha."),
    ],
)  # fmt: skip
def test_a_claim_that_the_deal_is_broken_or_over_breaks_it(title: str, body: str) -> None:
    claim = _news(2, 10, title, body)
    assert ("b02", "DJI") in _broken(run_articles([_SIGNED, claim]))


def test_a_denial_that_the_deal_was_broken_breaks_nothing() -> None:
    denial = _news(
        2, 10, "Eritrea denies breaching truce",
        "Border posts near Ras Doumeira were shelled overnight. Eritrea's information minister "
        "said on Thursday the ceasefire had not been broken and denied that its army had "
        "violated the truce.",
    )  # fmt: skip
    assert not _broken(run_articles([_SIGNED, denial]))


def test_a_breach_claim_reaches_a_deal_reached_at_talks() -> None:
    deal = _news(
        1, 1, "Chile and Bolivia agree drone protocol at border talks",
        "Chile and Bolivia agreed at border talks in Arica on Tuesday to notify each other of "
        "military drone flights within ten kilometres of the frontier, officials said.",
    )  # fmt: skip
    claim = _news(
        2, 14, "Chile accuses Bolivia of violating drone protocol",
        "Chile accused Bolivia on Sunday of violating the drone notification protocol agreed by "
        "the two countries two weeks ago, saying a Bolivian aircraft had flown near Ollague "
        "without notice.",
    )  # fmt: skip
    assert ("b02", "CHL") in _broken(run_articles([deal, claim]))


def test_talks_told_with_their_outcome_were_held_despite_an_earlier_refusal() -> None:
    arts = [
        _news(1, 1, "Norway proposes talks with Iceland on mackerel",
              "Norway has proposed talks with Iceland on mackerel quotas, its fisheries ministry "
              "said on Monday."),
        _news(2, 3, "Iceland rejects Norwegian proposal",
              "Iceland rejected Norway's proposal for talks on mackerel quotas on Wednesday, its "
              "foreign ministry said."),
        _news(3, 15, "Norway, Iceland hold mackerel talks without deal",
              "Norwegian and Icelandic fisheries officials met for six hours in Bergen on Tuesday "
              "but failed to agree on mackerel quotas, with Norway proposing a joint quota board, "
              "officials said."),
    ]  # fmt: skip
    held = {(c.article_id, c.actor) for c in run_articles(arts) if c.to_state == "held"}
    assert ("b03", "ISL") in held, held


def test_walking_away_from_what_was_agreed_breaks_it_even_a_deal_to_talk() -> None:
    """ "suspending its participation in the joint working group" after the two sides agreed
    at talks to set it up: the deal is broken, not a refusal of the next meeting."""
    arts = [
        _news(1, 1, "Serbia proposes talks with Kosovo",
              "BELGRADE - Serbia on Sunday proposed talks with Kosovo on missing persons."),
        _news(2, 4, "Kosovo accepts Serbian offer of talks",
              "PRISTINA - Kosovo on Wednesday accepted Serbia's proposal for talks on missing "
              "persons."),
        _news(3, 12, "Serbia, Kosovo agree working group after Brussels talks",
              "BRUSSELS - Serbia and Kosovo held talks in Brussels on Thursday and agreed to set "
              "up a joint working group on missing persons."),
        _news(4, 30, "Kosovo quits working group with Serbia",
              "PRISTINA - Kosovo said on Thursday it was suspending its participation in the "
              "joint working group with Serbia, citing arrests of Kosovo Serbs."),
    ]  # fmt: skip
    assert ("b04", "XKX") in _broken(run_articles(arts))
