"""Analyst mc (session 20): required changes the story engine missed.

- Talks told as held with their outcome ("talks ended without agreement", "met for six hours
  but failed to agree") came before the refusals told with them: a refusal there answers what
  was put at the talks (rejected), it does not withdraw the acceptance that led to them.
- A refusal in an "after" clause of such a sentence ("talks ended without a deal after
  Nairobi turned down ...") gives the talks' outcome: it is news, not an earlier act recalled.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storywatch.models import Article, Change
from storywatch.testing import news, run_articles

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _news(key: str, day: int, title: str, body: str) -> Article:
    return news(key, T0 + timedelta(days=day - 1), title, body)


def _moves(changes: list[Change], article_id: str) -> set[tuple[str, str]]:
    return {(c.actor, c.to_state) for c in changes if c.article_id == article_id}


_OPENING = [
    _news("k1", 1, "Uganda proposes talks with Kenya on sugar import curbs",
          "Uganda on Monday proposed talks with Kenya on the curbs Nairobi placed on Ugandan "
          "sugar last month, the Ugandan trade ministry said."),
    _news("k2", 4, "Kenya accepts Ugandan proposal for sugar talks",
          "Kenya accepted Uganda's proposal for talks on the sugar curbs on Thursday, its trade "
          "ministry said, and the two delegations will meet in Kampala on March 16."),
]  # fmt: skip


class TestTalksComeBeforeTheRefusalsToldWithThem:
    """A refusal in an article that tells the talks as held and what they came to is made
    at the talks: the meeting is held first, then the party rejects (a new round's answer),
    instead of "withdrawing" the acceptance that led to the talks."""

    def test_refusal_at_failed_talks_is_a_rejection_and_the_talks_were_held(self) -> None:
        changes = run_articles([
            *_OPENING,
            _news("k3", 16, "Kenya-Uganda sugar talks end without deal; Kenya rejects quota plan",
                  "Kenyan and Ugandan trade officials met for six hours in Kampala on Monday "
                  "without reaching an agreement on the sugar curbs. Kenya rejected a Ugandan "
                  "plan for a yearly duty-free quota, officials said."),
        ])  # fmt: skip
        moves = _moves(changes, "k3")
        assert ("KEN", "rejected") in moves, moves
        assert {("KEN", "held"), ("UGA", "held")} <= moves, moves
        assert ("KEN", "withdrawn") not in moves, moves


class TestRefusalInAfterClauseOfFailedTalks:
    """'Talks ended without agreement after X rejected Y' tells why the talks failed: the
    refusal in the "after" clause is as new as the talks, not a recalled answer."""

    def test_after_clause_refusal_is_news(self) -> None:
        changes = run_articles([
            *_OPENING,
            _news("k3", 16, "Kenya-Uganda sugar talks end without deal",
                  "KAMPALA, March 17 - Talks between Kenya and Uganda on the sugar curbs ended "
                  "without agreement on Tuesday after Nairobi turned down a Ugandan proposal "
                  "for a yearly duty-free quota, officials said."),
        ])  # fmt: skip
        moves = _moves(changes, "k3")
        assert ("KEN", "rejected") in moves, moves


class TestBreachClaimOnATakenOffer:
    """A party whose proposal the other side accepted has an arrangement in force with it,
    though no article reported a joint agreement: its claim that the other side breached
    that arrangement breaks it, as a walk-away would ("quit-taken-offer")."""

    def test_breach_claim_after_the_offer_was_accepted_breaks_it(self) -> None:
        changes = run_articles([
            _news("m1", 1, "IAEA asks Peru to allow inspection of Lima laboratory",
                  "The International Atomic Energy Agency on Monday asked Peru to allow its "
                  "inspectors into an isotope laboratory in Lima, the agency said."),
            _news("m2", 5, "Peru accepts IAEA inspection request",
                  "Peru on Friday accepted the International Atomic Energy Agency's request for "
                  "an inspection of the Lima laboratory, its foreign ministry said."),
            _news("m3", 20, "IAEA says Peru breached inspection arrangement",
                  "The International Atomic Energy Agency accused Peru on Saturday of breaching "
                  "the inspection arrangement, saying its inspectors were kept out of two rooms "
                  "of the laboratory."),
        ])  # fmt: skip
        assert ("IAEA", "broken") in _moves(changes, "m3"), _moves(changes, "m3")


class TestWalkingAwayFromAJointBody:
    """A joint body the parties set up (a working group, a committee, a commission) is their
    cooperation: withdrawing from it walks away from what they agreed."""

    def test_quitting_the_working_group_breaks_the_agreement_to_set_it_up(self) -> None:
        changes = run_articles([
            _news("w1", 1, "Ghana proposes working group with Togo on border trade",
                  "Ghana on Monday proposed a joint working group with Togo on cross-border "
                  "trade, its trade ministry said."),
            _news("w2", 4, "Togo accepts Ghanaian proposal for trade working group",
                  "Togo accepted Ghana's proposal for a joint working group on Thursday, its "
                  "foreign ministry said."),
            _news("w3", 12, "Ghana and Togo agree to set up joint working group",
                  "Ghanaian and Togolese trade officials met in Accra on Friday and signed an "
                  "agreement setting up the joint working group, both governments said."),
            _news("w4", 30, "Togo quits trade working group with Ghana",
                  "Togo said on Wednesday it was withdrawing from the joint working group with "
                  "Ghana, accusing Accra of keeping its border posts closed."),
        ])  # fmt: skip
        assert ("TGO", "broken") in _moves(changes, "w4"), _moves(changes, "w4")


class TestHoldingReply:
    """A party that owes an answer and says it will study the proposal, or acknowledges it
    while promising a formal answer, has replied (responded), though the classifier reads
    the promised answer as expected."""

    _OFFER = _news("h1", 1, "Bolivia proposes talks with Chile on Silala water",
                   "Bolivia on Monday proposed talks with Chile on sharing the waters of the "
                   "Silala, its foreign ministry said.")  # fmt: skip

    def test_says_it_will_study_the_offer(self) -> None:
        changes = run_articles([
            self._OFFER,
            _news("h2", 3, "Chile says it will consider Bolivian offer of water talks",
                  "Chile's foreign ministry said on Wednesday it would consider Bolivia's "
                  "proposal for talks on the Silala."),
        ])  # fmt: skip
        assert ("CHL", "responded") in _moves(changes, "h2"), _moves(changes, "h2")

    def test_acknowledges_the_proposal_and_promises_an_answer(self) -> None:
        changes = run_articles([
            self._OFFER,
            _news("h2", 3, "Chile acknowledges Bolivian note on water, promises formal answer",
                  "Santiago will answer the proposal once the ministries concerned have been "
                  "consulted, the foreign ministry said."),
        ])  # fmt: skip
        assert ("CHL", "responded") in _moves(changes, "h2"), _moves(changes, "h2")

    def test_not_yet_responded_while_saying_it_would_study_is_no_reply(self) -> None:
        """Session 20, heldout60: the study announced in the sentence that says the party has
        not yet responded is no reply."""
        changes = run_articles([
            self._OFFER,
            _news("h2", 3, "Bolivia awaits Chilean answer on Silala talks",
                  "Chile has not yet responded, according to its foreign ministry, which said "
                  "it would study the plan."),
        ])  # fmt: skip
        assert ("CHL", "responded") not in _moves(changes, "h2"), _moves(changes, "h2")


class TestRefusingWhatIsAskedAfterADeal:
    """After an agreement, a refusal whose object is a demand, call or request ("rejects
    Kazakh demand for a joint probe") refuses something asked anew (rejected); it does not
    renounce what was agreed (broken)."""

    def test_refusing_a_demand_after_a_deal_is_a_rejection(self) -> None:
        changes = run_articles([
            _news("r1", 1, "Armenia and Georgia sign accord on border crossings",
                  "Armenia and Georgia signed an accord on reopening two border crossings in "
                  "Tbilisi on Monday, both governments said."),
            _news("r2", 9, "Georgia rejects Armenian demand for joint inquiry into shooting",
                  "Georgia on Tuesday rejected an Armenian demand for a joint inquiry into a "
                  "shooting at one of the crossings, its foreign ministry said."),
        ])  # fmt: skip
        moves = _moves(changes, "r2")
        assert ("GEO", "rejected") in moves, moves
        assert ("GEO", "broken") not in moves, moves
