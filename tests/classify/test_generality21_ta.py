"""Wrong targets and actors in storylines, session 21 (analyst ta). Each case is a new sentence
with countries and wording of its own, exercising one general mechanism; none of the labelled
sets' sentences is used. Each guard sits beside a case the mechanism must read."""

from __future__ import annotations

import pytest
from classify_helpers import event_list


class TestScheduledVenue:
    """ "talks set for Doha", "the next round moved to Havana": a city that a meeting is
    scheduled or moved to is where the parties meet, not a party; an answer with no named
    target does not take the venue's state as the side it answers."""

    @pytest.mark.parametrize(
        ("title", "body", "answer"),
        [
            ("Kinshasa accepts rebel truce; talks set for Doha",
             "M23 is expected to send three negotiators, a rebel commander said.",
             ("COD", "accept", "M23", "ceasefire", "asserted")),
            ("Bogota accepts guerrilla ceasefire; the next round moved to Havana",
             "The ELN is expected to send three negotiators, a rebel commander said.",
             ("COL", "accept", "ELN", "ceasefire", "asserted")),
            ("Mogadishu accepts militant truce; meeting planned for Nairobi",
             "Al-Shabaab is expected to send two envoys, a clan elder said.",
             ("SOM", "accept", "ALSHABAAB", "ceasefire", "asserted")),
            ("Bogota accepts guerrilla ceasefire; negotiations scheduled for Caracas",
             "The ELN is expected to send three negotiators, a rebel commander said.",
             ("COL", "accept", "ELN", "ceasefire", "asserted")),
        ],
    )  # fmt: skip
    def test_the_venue_is_no_target(
        self, title: str, body: str, answer: tuple[str, str, str, str, str]
    ) -> None:
        events = event_list(title, body)
        assert answer in events, events

    def test_a_delegation_sent_to_a_capital_meets_its_state(self) -> None:
        events = event_list(
            "Kenya sends envoy to Addis Ababa for border talks",
            "Kenya sent a delegation to Addis Ababa for talks on the border.",
        )
        assert any(e[0] == "KEN" and e[2] == "ETH" for e in events), events


class TestGoodOfficesNotAnswered:
    """ "denied it had agreed to the truce ... Kenya said it would be ready to host contacts":
    an offer of good offices (to host or mediate talks) offers talks, so an answer on another
    matter (a truce) answers the party that offered that, not the would-be host. An acceptance
    of talks may still answer the host's offer."""

    @pytest.mark.parametrize(
        ("title", "body", "answerer", "host"),
        [
            ("Ethiopian army denies agreeing to TPLF truce",
             "Ethiopia's government on Monday denied that it had agreed to a ceasefire put "
             "forward by Tigrayan insurgents, saying the offer was still under review. A Kenyan "
             "official said Nairobi would be ready to host contacts between the two sides if "
             "both asked.", "ETH", "KEN"),
            ("Sudan's army accepts RSF truce",
             "Sudan's army said on Tuesday it had accepted a ceasefire put forward by the "
             "paramilitaries for the Eid holiday. Egypt said it was ready to host talks between "
             "the two sides.", "SDN", "EGY"),
            ("Philippine army denies accepting NPA truce",
             "The Philippine government denied on Friday that it had accepted a holiday "
             "ceasefire offered by communist rebels. Norway's embassy said Oslo would be ready "
             "to host talks between the two sides.", "PHL", "NOR"),
        ],
    )  # fmt: skip
    def test_the_truce_answer_is_not_the_hosts(
        self, title: str, body: str, answerer: str, host: str
    ) -> None:
        events = event_list(title, body)
        assert not any(e[0] == answerer and e[1] == "accept" and e[2] == host for e in events), (
            events
        )
        assert any(e[0] == answerer and e[1] == "accept" for e in events), events

    def test_an_acceptance_of_talks_answers_the_host(self) -> None:
        events = event_list(
            "Kenya offers to host talks; Ethiopia accepts",
            "Kenya said it was ready to host talks between Ethiopia and Eritrea. Ethiopia "
            "accepted on Friday.",
        )
        assert ("ETH", "accept", "KEN", "talks", "asserted") in events, events


class TestBodyNounInJointSubject:
    """ "An IMF mission ..., and the fund and Zambia agreed": a definite noun for an
    international body ("the agency", "the fund", "the alliance", "the bloc"), joined with a
    named party in a subject, stands for the body the sentence named before it (its own people,
    "IMF mission", "NATO envoys", name it too); both conjuncts act on each other. Alone ("the
    agency said") or as an object it is left as it was."""

    @pytest.mark.parametrize(
        ("body", "body_code", "party"),
        [
            ("An IMF mission wrapped up two weeks of meetings in Lusaka on Friday, and the fund "
             "and Zambia agreed on a new loan programme, a move Washington welcomed.", "IMF",
             "ZMB"),
            ("NATO envoys held talks in Helsinki on Tuesday, and the alliance and Finland agreed "
             "on a new air-policing plan, a move Russia condemned.", "NATO", "FIN"),
            ("An African Union delegation spent three days in Khartoum, and the bloc and Sudan "
             "agreed on a monitoring mission, a step Egypt welcomed.", "AU", "SDN"),
        ],
    )  # fmt: skip
    def test_both_conjuncts_agree_with_each_other(
        self, body: str, body_code: str, party: str
    ) -> None:
        pairs = {(e[0], e[1], e[2]) for e in event_list("", body)}
        assert (body_code, "agree", party) in pairs, pairs
        assert (party, "agree", body_code) in pairs, pairs

    def test_a_lone_body_noun_adds_no_party(self) -> None:
        body = (
            "IAEA experts inspected the Bushehr plant on Sunday, and the agency said Iran had "
            "been cooperative, a step Israel criticised."
        )
        assert not any(e[1] == "agree" for e in event_list("", body)), event_list("", body)
