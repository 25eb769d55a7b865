"""Missed storyline events (session 22, analyst ms): invented texts, one class a mechanism."""

from __future__ import annotations

from classify_helpers import pairs_of


class TestASportsParagraphIsAnAsideInANewsReport:
    """A diplomatic report with one closing paragraph on sport is not a sports page: the
    states of the other paragraphs still act; a sports page stays one."""

    def test_a_rebuff_survives_a_closing_football_paragraph(self) -> None:
        title = "Quito turns down Lima's offer of border talks"
        body = (
            "Ecuador rejected on Monday a Peruvian proposal for talks on the Zarumilla canal, "
            "the foreign ministry in Quito said.\n"
            "Officials said the canal's maintenance had been neglected for years.\n"
            "Separately, the national football team named its squad for the qualifying match, "
            "and the coach said the players were ready for the cup."
        )
        assert ("ECU", "reject", "asserted") in pairs_of(body, title)

    def test_a_silence_survives_a_closing_rugby_paragraph(self) -> None:
        title = "Apia asks Nuku'alofa for fisheries talks"
        body = (
            "Samoa has proposed talks with Tonga on fishing around the disputed seamounts, the "
            "prime minister said on Wednesday.\n"
            "Tonga has not yet replied.\n"
            "In other news, the rugby union confirmed its squad for the tournament, with two "
            "uncapped forwards and a new captain for the league season."
        )
        got = pairs_of(body, title)
        assert ("WSM", "propose", "asserted") in got
        assert ("TON", "respond", "negated") in got


class TestTakingPartOnlyAsAnEqualIsAConditionalAcceptance:
    """ "will join the talks only as an equal", "only on equal terms": the party sets its
    status as the condition of taking part; no meeting is scheduled yet."""

    def test_only_as_an_equal_is_no_scheduled_meeting(self) -> None:
        body = "Kosovo will join the talks with Serbia only as an equal, its foreign minister said."
        got = pairs_of(body)
        assert ("XKX", "meet", "expected") not in got
        assert ("XKX", "accept", "hypothetical") in got

    def test_only_on_equal_terms_in_a_present_acceptance(self) -> None:
        body = "Kosovo agrees to talks with Serbia only on equal terms, its foreign minister said."
        got = pairs_of(body)
        assert ("XKX", "accept", "asserted") not in got
