"""General failure classes, session 22 (analyst of heldout61): each case is a new invented
sentence with countries and wording of its own, exercising one general mechanism (none of the
labelled sentences is used)."""

from __future__ import annotations

import pytest
from classify_helpers import events_of


class TestRouteTollIsTrade:
    """A toll or fee charged on a route ("a river toll", "transit fees", "scrap the toll") is a
    charge on the goods that use it: a trade matter. A "death toll" is none."""

    @pytest.mark.parametrize(
        ("body", "actor", "action", "target"),
        [
            (
                "Laos demanded on Monday that Thailand scrap its new bridge toll on cargo trucks.",
                "LAO",
                "demand",
                "THA",
            ),
            (
                "Egypt rejected a Sudanese demand to abolish the toll on Nile barges.",
                "EGY",
                "reject",
                "SDN",
            ),
            (
                "Kazakhstan criticised Russia over a rise in rail transit fees for its grain.",
                "KAZ",
                "comment",
                "RUS",
            ),
            (
                "Bolivia asked Chile to suspend a toll on trucks using the Arica highway.",
                "BOL",
                "appeal",
                "CHL",
            ),
        ],
    )
    def test_a_route_toll_is_trade(self, body: str, actor: str, action: str, target: str) -> None:
        events = events_of(body)
        assert any(
            (a, act, t, i) == (actor, action, target, "trade") for a, act, t, i, _ in events
        ), events

    def test_a_death_toll_beside_it_is_no_trade(self) -> None:
        events = events_of(
            "The death toll from the floods in Laos rose to 30 as Vientiane demanded that "
            "Thailand scrap its new bridge toll on cargo trucks."
        )
        assert events == {("LAO", "demand", "THA", "trade", "asserted")}, events


class TestObjectOfAnIrregularPastVerb:
    """ "Ghana had given Lome two weeks ... and threatened": a party right after a past verb is
    its object, also for verbs whose past does not end in -ed (gave, given, sent, met, struck);
    a verb coordinated after that clause has the clause's subject, not the object."""

    @pytest.mark.parametrize(
        ("body", "actor", "target"),
        [
            (
                "Ghana sent Togo a list of demands and threatened to close the border.",
                "GHA",
                "TGO",
            ),
            (
                "Uzbekistan had given Tajikistan ten days to reopen the dam and threatened to "
                "cut gas deliveries.",
                "UZB",
                "TJK",
            ),
        ],
    )
    def test_the_object_does_not_threaten(self, body: str, actor: str, target: str) -> None:
        events = events_of(body)
        assert any((a, act, t) == (actor, "threaten", target) for a, act, t, _, _ in events), events
        assert not any(a == target and act == "threaten" for a, act, *_ in events), events


class TestListClosedByAnd:
    """ "In letters sent to Kenya, Uganda and Rwanda, Dodoma proposed": "and" comes before a
    list's last member, so a party after "and Rwanda," is not in that list; it heads a clause
    of its own (here the main clause after a fronted phrase)."""

    @pytest.mark.parametrize(
        ("body", "actor", "listed"),
        [
            (
                "In a note handed to Kenya, Uganda and Rwanda, Tanzania proposed a summit on "
                "the border dispute.",
                "TZA",
                ("UGA", "RWA"),
            ),
            (
                "In messages to Senegal, Mali and Guinea, Nouakchott suggested talks on fishing "
                "quotas.",
                "MRT",
                ("MLI", "GIN"),
            ),
        ],
    )
    def test_the_list_is_not_the_subject(
        self, body: str, actor: str, listed: tuple[str, ...]
    ) -> None:
        events = events_of(body)
        assert any(a == actor and act == "propose" for a, act, *_ in events), events
        assert not any(a in listed and act == "propose" for a, act, *_ in events), events

    def test_a_list_after_the_comma_is_the_subject(self) -> None:
        events = events_of(
            "In a note handed to Kenya, Uganda and Rwanda, Tanzania and Burundi proposed a "
            "summit on the border dispute."
        )
        assert {a for a, act, *_ in events if act == "propose"} == {"TZA", "BDI"}, events


class TestMeetingOfOfficialsIn:
    """ "a meeting of senior officials in Bangkok": the officials make up the meeting, and the
    place after them is where it is held (unlike "officials in Bangkok said", Thai officials):
    the host is no counterpart."""

    @pytest.mark.parametrize(
        ("body", "actor", "venue"),
        [
            (
                "Armenia proposed a meeting of senior officials in Tbilisi to resolve its "
                "dispute with Azerbaijan.",
                "ARM",
                "GEO",
            ),
            (
                "Kenya has suggested a conference of senior officials in Addis Ababa to ease "
                "its border quarrel with Somalia.",
                "KEN",
                "ETH",
            ),
        ],
    )
    def test_the_venue_is_no_target(self, body: str, actor: str, venue: str) -> None:
        events = events_of(body)
        assert any(a == actor and act == "propose" for a, act, *_ in events), events
        assert not any(venue in (a, t) for a, _, t, _, _ in events), events


class TestAnyUnderNegation:
    """ "had not received any proposal from Baku": under a negation "any" is a negative-polarity
    item (no such act at all), not the free-choice "any" of an act only supposed ("any
    incursion would be met with force"): the act is negated, not hypothetical."""

    @pytest.mark.parametrize(
        ("body", "event"),
        [
            (
                "Armenia said it had not received any proposal from Baku for a prisoner swap.",
                ("AZE", "propose", "ARM", "prisoner_exchange", "negated"),
            ),
            (
                "Ghana insisted it had not received any demand from Abidjan for the return of "
                "the fishermen.",
                ("CIV", "demand", "GHA", None, "negated"),
            ),
        ],
    )
    def test_the_act_is_negated(
        self, body: str, event: tuple[str, str, str, str | None, str]
    ) -> None:
        events = events_of(body)
        assert event in events, events
        assert not any(mod == "hypothetical" for *_, mod in events), events


class TestStateNameAsFirstNameAfterRoleNoun:
    """ "designer Israel Brandt", "the rapper Jamaica Reid": a noun of a private person's trade
    used as a bare title before a first name and surname marks a person's name; where the article
    names the state no other way, the bare first name later ("Jamaica said she had met
    producers") is that person, no state."""

    @pytest.mark.parametrize(
        ("body", "state"),
        [
            (
                "Model Kenya Moreno and designer Israel Brandt have ended their engagement. "
                "Israel rejected reports that he had proposed again in Paris.",
                "ISR",
            ),
            (
                "The rapper Jamaica Reid denied rumours that she would join the tour. Jamaica "
                "said she had met producers in London.",
                "JAM",
            ),
        ],
    )
    def test_the_person_is_no_state(self, body: str, state: str) -> None:
        events = events_of(body)
        assert not any(state in (a, t) for a, _, t, _, _ in events), events
