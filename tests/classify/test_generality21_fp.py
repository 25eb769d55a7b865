"""False events in storylines, session 21 (analyst fp). Each case is a new sentence with
countries and wording of its own, exercising one general mechanism; none of the labelled sets'
sentences is used. Each guard sits beside a case the mechanism must read."""

from __future__ import annotations

import pytest
from classify_helpers import events_of, pairs_of


class TestCharacterisingRelativeClause:
    """ "Qatar, which hosts Afghan negotiators in Doha,": a non-restrictive relative clause in
    the simple present tells the party's standing role, and a venue's perfect ("which has hosted
    talks between ... before") its experience: no meeting of the day. The main clause's own
    acts stay, and so does a clause dated to a day (a schedule)."""

    @pytest.mark.parametrize(
        "body",
        [
            "Qatar, which hosts Afghan negotiators in Doha, said the draft had been passed on "
            "to Kabul.",
            "Norway, which has hosted talks between Colombia and the ELN before, welcomed the "
            "statement.",
            "Turkey, which has hosted Ukrainian and Russian negotiators, welcomed the statement.",
            "Kenyan officials, who have hosted quiet meetings between Sudan and the RSF since "
            "March, gave no details.",
            "Switzerland, which hosts Armenian and Azerbaijani delegations in Geneva, declined "
            "to comment.",
        ],
    )  # fmt: skip
    def test_no_meeting_read_from_the_description(self, body: str) -> None:
        assert not any(act == "meet" for _, act, _ in pairs_of(body)), events_of(body)

    def test_the_main_clause_and_a_dated_clause_stay(self) -> None:
        body = (
            "Egypt, which has hosted Israeli and Hamas negotiators in Cairo, proposed a new "
            "truce on Tuesday."
        )
        pairs = pairs_of(body)
        assert ("EGY", "propose", "asserted") in pairs
        assert ("EGY", "meet", "asserted") not in pairs
        dated = (
            "Ghana, which hosts the talks between Togo and Benin on Friday, said it was hopeful."
        )
        assert any(act == "meet" for _, act, _ in pairs_of(dated)), events_of(dated)


class TestAskedToNegotiate:
    """ "asked Kenya to negotiate over ...", "asked Australia to restart negotiations on ...":
    asking a party to (re)open talks with oneself is a proposal of talks, as "asked X to open
    talks" is; "to renegotiate the loan" keeps the loan's issue. Pressing a party to negotiate
    with a third stays an appeal."""

    @pytest.mark.parametrize(
        ("body", "actor", "target", "issue"),
        [
            ("Malawi has asked Mozambique to reopen talks on the Shire-Zambezi waterway, the "
             "foreign ministry said.", "MWI", "MOZ", "talks"),
            ("Uganda has asked Kenya to negotiate over the Migingo island fishing grounds.",
             "UGA", "KEN", "talks"),
            ("Fiji asked Australia to restart negotiations on seasonal worker visas.",
             "FJI", "AUS", "talks"),
            ("Zambia asks India to renegotiate its copper-smelter loan as repayments fall due.",
             "ZMB", "IND", "aid"),
        ],
    )  # fmt: skip
    def test_a_proposal_of_talks(self, body: str, actor: str, target: str, issue: str) -> None:
        acts = events_of(body)
        assert (actor, "propose", target, issue, "asserted") in acts, acts
        assert not any(act == "appeal" for _, act, *_ in acts), acts

    def test_talks_with_a_third_party_stay_an_appeal(self) -> None:
        third = "Washington pressed Kyiv to negotiate with Moscow over the grain corridor."
        assert ("USA", "appeal", "asserted") in pairs_of(third)
        own = "Bhutan asked Nepal to renegotiate the hydropower accord signed in 2019."
        assert ("BTN", "propose", "asserted") in pairs_of(own), events_of(own)


class TestImplicativeCausative:
    """ "..., prompting Kampala to summon Kenya's envoy", "forced X to ...": the effect of a cause
    told as done took place, so the act is asserted, not expected; a cause only supposed ("would
    prompt Ghana to recall its envoy") leaves it to come."""

    @pytest.mark.parametrize(
        ("body", "actor", "action"),
        [
            ("Kenyan police arrested two Ugandan fishermen on the lake, leading Kampala to summon "
             "Kenya's high commissioner.", "UGA", "comment"),
            ("Zambia seized a Congolese barge on the river, prompting Kinshasa to threaten "
             "retaliatory tariffs.", "COD", "threaten"),
            ("Guinean soldiers detained three Sierra Leonean farmers near the border, prompting "
             "Freetown to summon Guinea's ambassador.", "SLE", "comment"),
        ],
    )  # fmt: skip
    def test_the_effect_is_asserted(self, body: str, actor: str, action: str) -> None:
        assert (actor, action, "asserted") in pairs_of(body), events_of(body)

    def test_a_supposed_cause_stays_ahead(self) -> None:
        done = (
            "Ghanaian gendarmes raided a market in the border town of Aflao, prompting Lome to "
            "summon Ghana's ambassador."
        )
        assert ("TGO", "comment", "asserted") in pairs_of(done), events_of(done)
        supposed = "Such a raid would prompt Ghana to recall its envoy from Lome."
        assert ("GHA", "comment", "asserted") not in pairs_of(supposed), events_of(supposed)


class TestWouldWelcome:
    """ "officials say they would welcome a joint survey": the conditional of a wish states a
    present view, a comment made now; "will welcome the prime minister on Friday" is a welcome
    to come, and "would welcome ... only if" stays a condition."""

    @pytest.mark.parametrize(
        ("body", "actor"),
        [
            ("Malagasy officials say they would welcome a joint survey of the reef, an idea Paris "
             "has not taken up.", "MDG"),
            ("Honduras would certainly welcome Salvadoran observers at the vote count, its foreign "
             "minister said.", "HND"),
        ],
    )  # fmt: skip
    def test_a_view_held_now(self, body: str, actor: str) -> None:
        assert (actor, "comment", "asserted") in pairs_of(body), events_of(body)

    def test_a_welcome_to_come_and_a_condition_stay(self) -> None:
        now = "Botswana would welcome Namibian rangers on the joint patrols, a minister said."
        assert ("BWA", "comment", "asserted") in pairs_of(now), events_of(now)
        ahead = "The Nigerien president will welcome Benin's prime minister in Niamey on Friday."
        assert ("NER", "comment", "asserted") not in pairs_of(ahead)
        cond = "Peru would welcome Chilean inspectors only if Santiago lifted its ban first."
        assert ("PER", "accept", "hypothetical") in pairs_of(cond)
