"""Mechanisms behind heldout60's error classes, session 20 (analyst h60). Each case is a new
sentence with countries and wording of its own; none of the labelled sets' sentences is used."""

from __future__ import annotations

from classify_helpers import event_list, pairs_of


class TestACommaAfterAnObjectOpensANewClause:
    """ "X expelled a Y diplomat, and Z vowed": the object of the first verb and the party after
    the comma are no coordination ("Y and Z"); the party right before a verb of its own is
    that verb's subject, not the first clause's."""

    def test_second_clause_has_its_own_subject(self) -> None:
        for body, actor, action, wrong in [
            ("Peru recalled a Chilean envoy, and Santiago threatened to retaliate.",
             "CHL", "threaten", "PER"),
            ("While Ghana accepted the AU observer mission, Togo rejected it outright.",
             "TGO", "reject", "GHA"),
        ]:  # fmt: skip
            got = pairs_of(body)
            assert (actor, action, "asserted") in got, got
            assert (wrong, action, "asserted") not in got, got
        # an Oxford comma before the last of the parties urged: "to" follows, no verb of its
        # own, so the list stays the object and Nigeria keeps the appeal
        body = "Nigeria urged Niger, Mali, and Chad to rejoin ECOWAS."
        assert ("NGA", "appeal", "asserted") in pairs_of(body), pairs_of(body)


class TestTheTwoMinistersAreTheTwoSides:
    """ "after the two foreign ministers met": like "the two sides", the ministers of the two
    parties stand for them (a group noun of the two main parties)."""

    def test_the_two_ministers_met(self) -> None:
        body = "Ghana and Togo signed a border accord after the two foreign ministers met in Lome."
        got = pairs_of(body)
        assert ("GHA", "meet", "asserted") in got, got
        assert ("TGO", "meet", "asserted") in got, got


class TestAStatesDefenceForceIsItsArmy:
    """ "the Tanzania People's Defence Force": a state's name right before a force's name is
    the title of its own army, not the armed group known by the bare name."""

    def test_the_national_force_is_the_state(self) -> None:
        body = "The Tanzania People's Defence Force attacked rebel camps near the border."
        got = pairs_of(body)
        assert ("TZA", "attack", "asserted") in got, got
        assert ("PDF", "attack", "asserted") not in got, got
        # the bare name stays the armed group
        body = "The People's Defence Force attacked a junta convoy in Sagaing."
        assert ("PDF", "attack", "asserted") in pairs_of(body), pairs_of(body)


class TestAThreatPressesOnTheMatterNotOnTheTalks:
    """A threat that names no issue is about the article's matter ("cross-border trade"), not
    about the dialogue a third party urged: talks are a way of settling a dispute, not what it
    is about. With no matter named, the talks stay its issue."""

    _TITLE = "Kenya threatens countermeasures against Tanzanian hauliers"
    _BODY = (
        "Kenya threatened on Friday to take countermeasures against Tanzanian hauliers over the "
        "seizure of Kenyan lorries at the Namanga crossing.\n\nThe East African Community urged "
        "both governments to resolve the row through dialogue."
    )

    def test_the_threat_takes_the_matter(self) -> None:
        body = self._BODY + " Cross-border trade between the two neighbours was worth $900 million."
        got = event_list(self._TITLE, body)
        assert ("KEN", "threaten", "TZA", "trade", "asserted") in got, got
        # no matter named: the dialogue urged is all the article tells of
        got = event_list(self._TITLE, self._BODY)
        assert ("KEN", "threaten", "TZA", "talks", "asserted") in got, got
