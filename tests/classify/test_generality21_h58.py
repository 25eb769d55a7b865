"""General failure classes, session 20, analyst h58: each case is a new sentence or article with
countries, regions and groups of its own, exercising one general mechanism (classes named by the
writer of heldout58 / sentences46; none of their sentences is used)."""

from __future__ import annotations

from classify_helpers import event_list as _events


# h58-1. An armed force named in full and then called by its first word alone ("the Zawiya
# Shield Brigade ... Zawiya fighters", "the Kalima Defence Force ... Kalima said") is a group
# whose code is that word: the mediator or a bystander is never taken for the other party.
class TestArmedForceCalledByItsFirstWord:
    BODY = (
        "Chad's transitional government offered a truce to the Kalima Defence Force on Monday "
        "after two days of clashes near Abeche, a government spokesman said. Kalima has not "
        "yet replied to the offer, which was passed on through the African Union. Army units "
        "shelled Kalima positions east of the town overnight, residents said."
    )

    def test_the_offer_goes_to_the_group(self) -> None:
        acts = _events("", self.BODY)
        assert ("TCD", "propose", "KALIMA") in {e[:3] for e in acts}, acts

    def test_the_group_is_the_one_that_has_not_replied(self) -> None:
        acts = _events("", self.BODY)
        assert any(e[0] == "KALIMA" and e[1] == "respond" and e[4] == "negated" for e in acts), acts


# h58-2. An answer that names no counterpart answers a proposal or a demand already told, not an
# offer the article tells only after it: "welcomed the reply and was studying the conditions"
# studies the conditions put to it before, not the host's offer in the next sentence.
class TestAnAnswerAnswersWhatWasToldBefore:
    BODY = (
        "Niger accepted Benin's offer of joint patrols on Monday but demanded that Cotonou "
        "first reopen the border crossings. Benin's foreign minister said Cotonou welcomed the "
        "reply and was studying the conditions. Algeria said it was ready to host talks between "
        "the two sides."
    )

    def test_the_study_answers_the_earlier_demand(self) -> None:
        acts = {e[:3] for e in _events("", self.BODY)}
        assert ("BEN", "respond", "NER") in acts, acts
        assert ("BEN", "respond", "DZA") not in acts, acts


# h58-3. A headline's answer that names no counterpart ("Moldova accepts Transnistria fuel
# deal") is the lead's answer told short: it answers the party the lead names, not a host's
# offer told further down.
class TestAHeadlineAnswerTakesTheLeadsCounterpart:
    def test_the_headline_acceptance_is_the_leads(self) -> None:
        acts = _events(
            "Moldova accepts Transnistria fuel deal",
            "Moldova on Friday accepted Romania's proposal for emergency fuel deliveries to the "
            "Transnistria region, the government in Chisinau said. Hungary said it was ready to "
            "host talks on a longer-term supply arrangement between the two governments.",
        )
        accepted = {e[2] for e in acts if e[0] == "MDA" and e[1] == "accept"}
        assert accepted == {"ROU"}, acts


# h58-4. A clause the sentence itself calls false ("It is not true that X has rejected ...",
# "it is wrong to say that ...") tells the act as denied; a judgement on an act done ("it is
# wrong that X refused") does not.
class TestAClauseCalledFalseIsDenied:
    def test_not_true_that(self) -> None:
        acts = _events(
            "",
            "It is not true that Lima has rejected Quito's proposal for border talks, the "
            "Peruvian foreign minister told reporters.",
        )
        assert ("PER", "reject", "ECU", "talks", "negated") in acts, acts
        assert not any(e[1] == "reject" and e[4] == "asserted" for e in acts), acts

    def test_wrong_to_say_that(self) -> None:
        acts = _events(
            "",
            "It is wrong to say that Tbilisi has rejected Yerevan's offer of a transit deal, the "
            "Georgian prime minister said.",
        )
        assert any(e[:2] == ("GEO", "reject") and e[4] == "negated" for e in acts), acts
        assert not any(e[1] == "reject" and e[4] == "asserted" for e in acts), acts
