"""General recall classes, session 20 (analyst sr): sentences the classifier gave no event at
all. Each case is a new sentence with countries and wording of its own, exercising one general
mechanism; none of the labelled sets' sentences is used."""

from __future__ import annotations

import pytest
from classify_helpers import events_of


class TestCoordinatedModifiersBeforeTheObject:
    """ "signed a fisheries and energy accord": a pair of modifiers joined by "and" fills one
    modifier slot, so the head noun is as near the verb as in "a fisheries accord"."""

    @pytest.mark.parametrize(
        ("body", "pair", "action"),
        [
            ("Chile and Peru signed a mining and water management accord in Arica on Monday.",
             ("CHL", "PER"), "agree"),
            ("Ecuador and Colombia signed a customs and migration agreement in Quito.",
             ("ECU", "COL"), "agree"),
            ("Bolivia and Paraguay signed an energy and transport pact on Thursday.",
             ("BOL", "PRY"), "agree"),
        ],
    )  # fmt: skip
    def test_the_agreement_behind_a_pair_of_modifiers(
        self, body: str, pair: tuple[str, str], action: str
    ) -> None:
        acts = {(a, act, t) for a, act, t, _, _ in events_of(body)}
        assert (pair[0], action, pair[1]) in acts, acts
        assert (pair[1], action, pair[0]) in acts, acts


class TestServiceBranchCompoundAgents:
    """ "coast guard commanders", "corps commanders": a branch of the armed services before the
    noun naming its people is one agent of the demonym or country before it."""

    @pytest.mark.parametrize(
        ("body", "pair"),
        [
            ("Kenyan and Somali coast guard commanders met in Mombasa on Friday.", ("KEN", "SOM")),
            ("Thai and Cambodian coastguard chiefs met in Koh Kong to discuss piracy.",
             ("THA", "KHM")),
            ("Armenian and Georgian corps commanders held talks at the border on Sunday.",
             ("ARM", "GEO")),
        ],
    )  # fmt: skip
    def test_the_two_sides_meet(self, body: str, pair: tuple[str, str]) -> None:
        acts = {(a, act, t) for a, act, t, _, _ in events_of(body)}
        assert (pair[0], "meet", pair[1]) in acts, acts


class TestGivenWithAProposal:
    """ "presented Hamas with a proposal": the dative alternation of "presented a proposal to
    Hamas"; the giving verb is the noun's light verb across the recipient and "with"."""

    @pytest.mark.parametrize(
        ("body", "actor", "target", "issue"),
        [
            ("Norway presented Colombia and Venezuela with a revised ceasefire proposal on "
             "Tuesday.", "NOR", "COL", "ceasefire"),
            ("Turkey presented Ukraine with a proposal for a prisoner exchange.", "TUR", "UKR",
             "prisoner_exchange"),
            ("Angola and Kenya, which mediate between Congo and Rwanda, presented both sides with "
             "a draft plan for a truce.", "AGO", "COD", "ceasefire"),
        ],
    )  # fmt: skip
    def test_the_giver_proposes(self, body: str, actor: str, target: str, issue: str) -> None:
        acts = {(a, act, t, i) for a, act, t, i, _ in events_of(body)}
        assert (actor, "propose", target, issue) in acts, acts


class TestRepudiatingAnotherPartysStatement:
    """ "rejected the bloc's statement as interference": another party's formal word or act
    (a statement, a decision, a ruling, a communique) is what a reply repudiates."""

    @pytest.mark.parametrize(
        ("body", "actor", "target"),
        [
            ("Nicaragua's government rejected the OAS statement as meddling in its affairs.",
             "NIC", "OAS"),
            ("Belarus dismissed the Lithuanian decision as a provocation, its foreign ministry "
             "said.", "BLR", "LTU"),
            ("Tajikistan rejected the Kyrgyz reply as evasive, its foreign ministry said.", "TJK",
             "KGZ"),
        ],
    )  # fmt: skip
    def test_the_reply_rejects_the_other_party(self, body: str, actor: str, target: str) -> None:
        acts = {(a, act, t) for a, act, t, _, _ in events_of(body)}
        assert (actor, "reject", target) in acts, acts


def test_a_verb_after_and_is_no_second_modifier() -> None:
    """ "took note of the statement and hoped the talks would resume": the word after "and" is
    followed by a new phrase, so it is a verb with its own object, not half of a pair of
    modifiers; the object's words stay as they are."""
    from storywatch.classify.arguments import _one_modifier_slot, words_after

    s = "took note of the letter and hoped the talks would resume soon"
    pos = s.index("the letter")
    words = words_after(s, pos, len(s), 4)
    assert _one_modifier_slot(s, pos, len(s), words) == words
    s = "signed a fisheries and energy accord with Norway"
    pos = s.index("a fisheries")
    words = words_after(s, pos, len(s), 4)
    assert _one_modifier_slot(s, pos, len(s), words)[:3] == ["a", "energy", "accord"]
