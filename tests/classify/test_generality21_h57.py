"""Failure classes found on heldout57 and heldout-sentences45 (session 20, analyst h57): each
case is a new invented sentence, with other countries and other wording, exercising one general
mechanism."""

from __future__ import annotations

from classify_helpers import events_of, pairs_of


class TestStayingAwayFromAGathering:
    """A party that will not attend (or did not attend) a summit or meeting snubs the gathering:
    news with no counterpart named, kept although the sentence names no second party; the
    organisation whose gathering it is ("the SADC summit") is whom it does not meet."""

    def test_a_snubbed_summit_with_no_other_party_is_a_negated_meeting(self) -> None:
        body = (
            "Uruguay's president will not attend next month's regional summit on river "
            "transport, his spokeswoman said on Tuesday."
        )
        assert ("URY", "meet", "negated") in pairs_of(body)

    def test_a_meeting_stayed_away_from_in_the_past_is_negated(self) -> None:
        body = "Malawi did not attend Thursday's ministerial meeting on lake fisheries."
        assert ("MWI", "meet", "negated") in pairs_of(body)

    def test_the_body_whose_summit_is_snubbed_is_the_target(self) -> None:
        body = (
            "Zambia will not attend the SADC summit in Windhoek next week, the foreign "
            "ministry in Lusaka said."
        )
        assert ("ZMB", "meet", "SADC", "summit", "negated") in events_of(body)
        # only after "attend": a host convenes the body's summit, it is not its guest
        hosted = "Kenya will host the SADC summit in Mombasa, its foreign ministry said."
        assert not any(t == "SADC" for _, _, t, _, _ in events_of(hosted))


class TestTwoPartiesFixingADateArrangeAMeeting:
    """Two parties who "agreed to a new date" (or "to the venue") fix a meeting together: a
    meeting to come, no deal reached; one party agreeing "to the dates proposed" consents to
    the other's offer instead."""

    def test_the_pair_agreeing_to_a_date_arranges_a_meeting(self) -> None:
        body = (
            "Officials in Accra said the presidents of Ghana and Togo spoke on Wednesday "
            "and the two agreed to a new date for their border meeting."
        )
        got = pairs_of(body)
        assert {("GHA", "meet", "expected"), ("TGO", "meet", "expected")} <= got
        assert not any(act == "agree" for _, act, _ in got)
        # one party consenting to the dates another proposed: no meeting arranged by it alone
        alone = "Lome said on Friday that Togo had agreed to the dates proposed by Ghana."
        assert not any(act == "meet" and a == "TGO" for a, act, _ in pairs_of(alone))


class TestAnArrangedMeetingIsTheArticlesSummit:
    """A meeting arranged by an agreement that names no meeting ("the two agreed to a new
    date") is the meeting the article is about: a summit where the article names summits more
    than talks (words for any meeting, "meet", "meeting", count for neither)."""

    def test_a_new_date_in_a_summit_story_is_for_the_summit(self) -> None:
        body = (
            "A summit between Chile and Argentina planned for Monday in Mendoza was called off "
            "because of flooding. Officials in Santiago said the two presidents spoke by "
            "telephone and the two agreed to a new date. The summit would be the leaders' first "
            "meeting since 2019."
        )
        got = events_of(body)
        assert ("CHL", "meet", "ARG", "summit", "expected") in got
        assert ("ARG", "meet", "CHL", "summit", "expected") in got


class TestASessionAgreedToIsAMeetingAccepted:
    """A "session" (of talks, of a joint commission) agreed to is a meeting consented to, as
    "talks" or "a meeting" are, also bare in a headline with a name before it: an acceptance,
    no deal reached."""

    def test_a_headline_session_agreed_to_is_accepted(self) -> None:
        got = events_of("", title="Malawi agrees to Lilongwe water session with Zambia")
        assert ("MWI", "accept", "ZMB") in {(a, act, t) for a, act, t, _, _ in got}
        assert not any(act == "agree" and mod == "asserted" for _, act, _, _, mod in got)


class TestTradeNegotiationsAreOnTrade:
    """A trade word before a meeting noun ("free trade negotiations") names the file the talks
    are on, trade, as the phrase "trade talks" already reads; "sanctions talks" stay talks."""

    def test_free_trade_negotiations_proposed_are_on_trade(self) -> None:
        body = (
            "Kenya on Monday proposed opening free trade negotiations with Vietnam, the "
            "ministry of commerce in Nairobi said."
        )
        assert ("KEN", "propose", "VNM", "trade", "asserted") in events_of(body)
