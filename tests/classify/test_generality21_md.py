"""Modality by scope, session 20 (analyst md): events read with the wrong modality. Each case
is a new sentence with countries and wording of its own, exercising one general mechanism
(a stance, a result, a negative object, a dated answer, a denial's reach); none of the
labelled sets' sentences is used. Each guard sits beside a case the mechanism must read."""

from __future__ import annotations

from classify_helpers import events_of, pairs_of

from storywatch.classify.modality import modality
from storywatch.classify.resources import resources


def _modality_of(s: str, word: str) -> str | None:
    at = s.index(word)
    return modality(s, None, at, at + len(word), word, res=resources())


class TestWouldWelcomeIsAStanceTakenNow:
    """ "said La Paz would welcome talks": a conditional of politeness states what the party
    would like now (an asserted remark), not a welcome to come; a condition still binds it."""

    def test_would_welcome_is_asserted(self) -> None:
        for body, actor in [
            ("Bolivia's foreign minister said La Paz would welcome talks with Chile on the "
             "Silala waters.", "BOL"),
            ("The Ghanaian president said Accra would welcome Nigerian mediation in the dispute "
             "with Togo.", "GHA"),
        ]:  # fmt: skip
            assert (actor, "comment", "asserted") in pairs_of(body), pairs_of(body)
        # a condition still makes it hypothetical
        body = (
            "Bolivia said La Paz would welcome talks with Chile only if Santiago dropped its "
            "claims."
        )
        assert ("BOL", "comment", "asserted") not in pairs_of(body), pairs_of(body)


class TestAResultToldByPrompting:
    """ "prompting Zagreb to summon Serbia's ambassador": the act a past causative (prompt,
    spur) tells as its result was done, not merely expected."""

    def test_prompted_acts_are_asserted(self) -> None:
        for body, actor in [
            ("Serbian police detained two Croatian journalists, prompting Zagreb to summon "
             "Serbia's ambassador.", "HRV"),
            ("Armenian troops fired across the frontier on Sunday, prompting Baku to accuse "
             "Yerevan of breaking the truce.", "AZE"),
        ]:  # fmt: skip
            assert (actor, "comment", "asserted") in pairs_of(body), pairs_of(body)
        # a modal prompt stays ahead
        s = "Further raids could prompt Zagreb to summon the ambassador."
        assert _modality_of(s, "summon") != "asserted"


class TestANegativeObjectNegatesTheAct:
    """ "has accepted no proposal from Algeria": a negative determiner heading the object
    denies the act of every thing of that kind; an answer "no" ("said no") is no negation."""

    def test_no_object_negates(self) -> None:
        for body, actor, action in [
            ("Morocco has accepted no proposal from Algeria on the border crossings, the "
             "spokesman said.", "MAR", "accept"),
            ("Peru said it had rejected no offer from Ecuador and was still studying the text.",
             "PER", "reject"),
        ]:  # fmt: skip
            got = pairs_of(body)
            assert (actor, action, "negated") in got
            assert (actor, action, "asserted") not in got
        # "said no" and "no later than" are no negative objects
        s = "Chile said no to the Bolivian proposal."
        assert _modality_of(s, "said") == "asserted"
        s = "Tbilisi rejected no later than Friday the offer from Yerevan."
        assert _modality_of(s, "rejected") == "asserted"


class TestAnAnswerDatedAheadAfterWhatItAnswers:
    """ "would respond to Argentina's diplomatic note within 72 hours": the answer is dated
    ahead (expected) even with what it answers named in between; a note is a text one answers,
    not a threat's object."""

    def test_dated_answer_is_expected(self) -> None:
        body = "Uruguay said it would respond to Argentina's diplomatic note within 72 hours."
        assert ("URY", "respond", "ARG", None, "expected") in events_of(body), events_of(body)


class TestADenialReachesItsReportedClause:
    """ "dismissed as baseless a Chinese media report that Vietnam had accepted", "played down
    reports that the Kenyan and Ethiopian governments had signed": the denial's complement
    keeps its reach across a predicative and the report's modifiers, and across a long
    coordinated subject with no verb of its own."""

    def test_the_reported_act_is_negated(self) -> None:
        body = (
            "Officials in Hanoi dismissed as baseless a Chinese media report that Vietnam had "
            "accepted a joint survey plan."
        )
        assert ("VNM", "accept", "negated") in pairs_of(body), pairs_of(body)
        body = (
            "Officials in Nairobi played down reports that the Kenyan and Ethiopian governments "
            "had signed a new border deal."
        )
        got = pairs_of(body)
        assert ("KEN", "agree", "negated") in got
        assert ("KEN", "agree", "asserted") not in got


class TestAnActorUnmoved:
    """ "could not convince Chad and the FACT rebels to sign a truce", "no plans for the
    premier to meet": a negated verb of moving someone to act (or a plan denied for someone
    else's act) leaves the act undone: negated, not expected."""

    def test_unpersuaded_act_is_negated(self) -> None:
        body = "Qatari mediators could not convince Chad and the FACT rebels to sign a truce."
        got = pairs_of(body)
        assert ("TCD", "agree", "negated") in got
        assert ("TCD", "agree", "expected") not in got

    def test_no_plans_for_another_to_act(self) -> None:
        s = "Tokyo said it had no plans for Prime Minister Tanaka to meet the Chinese premier."
        assert _modality_of(s, "meet") == "negated"
        s = "Tokyo said it had made plans for Prime Minister Tanaka to meet the Chinese premier."
        assert _modality_of(s, "meet") != "negated"


class TestAGerundDenialThenTheDeniersOwnVerb:
    """ "denied shelling the town and accused Ethiopia", "denies accepting French mediation,
    rejects Moroccan plan": the gerund phrase is the whole of the denial's complement; the
    finite verb after "and" or a comma is the denier's own act, asserted."""

    def test_the_next_verb_is_asserted(self) -> None:
        body = (
            "The Eritrean army denied shelling the town and accused Ethiopia of provoking the "
            "clashes."
        )
        assert ("ERI", "comment", "asserted") in pairs_of(body), pairs_of(body)
        body = "Algeria denies accepting French mediation, rejects Moroccan plan"
        got = pairs_of(body)
        assert ("DZA", "reject", "asserted") in got
        assert ("DZA", "accept", "negated") in got
        # two gerunds stay denied
        s = "Eritrea denied accepting and signing the plan."
        assert _modality_of(s, "signing") == "negated"
