"""Measures put back after a deal, session 22 (analyst rb): invented sentences with countries and
wording of their own, one class per mechanism (none copied from the labelled sets). Each guard
sits beside a case the mechanism must read."""

from __future__ import annotations

import pytest
from classify_helpers import events_of


class TestAReimposedBanIsAMeasure:
    """ "reimposed its ban on Peruvian wine", "is reinstating a suspension of Thai shrimp
    imports": after a re- verb a bare ban or suspension can only be the measure lifted before;
    it is a sanction act on the goods' country (a trade measure when it names goods), in every
    inflection of the verb, hyphenated or not."""

    @pytest.mark.parametrize(
        ("body", "actor", "target"),
        [
            ("Chile reimposed its ban on Peruvian wine on Thursday.", "CHL", "PER"),
            (
                "Indonesia said on Monday it was reinstating a suspension of Thai shrimp imports.",
                "IDN",
                "THA",
            ),
            ("Kenya re-imposed the ban on Ugandan sugar on Friday.", "KEN", "UGA"),
        ],
    )
    def test_the_measure_is_a_trade_sanction(self, body: str, actor: str, target: str) -> None:
        evs = events_of(body)
        assert (actor, "sanction", target, "trade", "asserted") in evs, evs

    def test_a_first_ban_named_bare_is_no_sanction(self) -> None:
        # guard: "imposed a ban" on goods stays as it was (only the re- verbs read a bare ban)
        evs = events_of("Chile imposed an import ban on Peruvian wine on Thursday.")
        assert not any(e[1] == "sanction" for e in evs), evs


class TestAConditionalMeasureContinuesThePairsIssue:
    """ "would reimpose a full ban if the outbreak spread": a measure threatened on a condition
    that names no issue of its own continues the issue its pair has in the article (the trade
    deal just signed), like the threat it comes with; only a measure that continues nothing is a
    sanction by default."""

    def test_the_measure_takes_the_deals_issue(self) -> None:
        evs = events_of(
            "Senegal and Mali signed a trade deal on Tuesday to reopen their border to cattle. "
            "Senegal said it would reimpose a full ban if the outbreak reached Kayes."
        )
        assert ("SEN", "sanction", "MLI", "trade", "hypothetical") in evs, evs


class TestAFruitBanIsATradeMeasure:
    """ "the lifting of Yerevan's ban on Georgian apricots": common fruits are goods that cross
    borders like the apples and grapes already listed (lexicon commodities); a ban on them is a
    trade measure, and the deal to lift it a trade deal."""

    def test_the_deal_is_about_trade(self) -> None:
        evs = events_of(
            "Georgia and Armenia agreed on Monday on the lifting of Yerevan's ban on Georgian "
            "apricots and cherries."
        )
        assert ("GEO", "agree", "ARM", "trade", "asserted") in evs, evs
