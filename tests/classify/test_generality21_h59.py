"""General failure classes, session 21 (analyst h59): each case is a new invented article with
countries of its own, exercising one general mechanism (none of the corpus's sentences is used)."""

from __future__ import annotations

from classify_helpers import event_list as _events

Event = tuple[str, str, str, str, str]


def _has(acts: list[Event], actor: str, action: str, modality: str = "asserted") -> bool:
    return any(e[0] == actor and e[1] == action and e[4] == modality for e in acts)


class TestACabinetIsAPoliticalWordForTheOffTopicGate:
    """An article with a market word and a farm word but no diplomacy word is dropped as off
    topic unless a word of a topic in which states act is present: a government's cabinet is
    one (politics), so its dispute with a neighbour is read."""

    def test_a_water_refusal_with_farm_and_market_words_is_read(self) -> None:
        acts = _events(
            "Tajikistan turns down Uzbek request for more Vakhsh water",
            "Tajikistan on Tuesday rejected Uzbekistan's request for bigger releases from the "
            "Nurek reservoir, the Tajik cabinet said in a statement.\n"
            "An official said the reservoir was at 48 percent of its capacity and that farmers "
            "on both banks were short of water.",
        )
        assert _has(acts, "TJK", "reject"), acts


class TestAWarnersOwnNamedSideActsOnItsCondition:
    """ "The minister warned that Santiago would suspend shipments if ...": the would-clause's
    subject is a name of the warner's own side instead of "it"; the conditional act of one's own
    is a threat to the party named. Another party there is a forecast, no threat."""

    def test_the_capital_of_the_warner_makes_a_threat(self) -> None:
        acts = _events(
            "",
            "Chile's mining minister warned on Friday that Santiago would reconsider lithium "
            "sales to Argentina under a supply accord if Buenos Aires did not lift its new levy.",
        )
        assert any(e[:3] == ("CHL", "threaten", "ARG") for e in acts), acts

    def test_his_government_makes_a_threat(self) -> None:
        acts = _events(
            "",
            "Latvia's interior minister warned that his government would review its transit "
            "arrangements with Belarus unless Minsk stopped the flights of migrants.",
        )
        assert any(e[:3] == ("LVA", "threaten", "BLR") for e in acts), acts


class TestAnAnswerDatedAfterItsObjectIsToCome:
    """ "would reply to Paraguay's letter within 72 hours": the date after what is answered
    (and a delay counted in hours) puts the answer ahead; it is no holding reply given now."""

    def test_a_reply_within_hours_is_expected(self) -> None:
        acts = _events(
            "",
            "Uruguay's foreign ministry said it would reply to Paraguay's letter within 72 hours.",
        )
        assert _has(acts, "URY", "respond", "expected"), acts
        assert not _has(acts, "URY", "respond"), acts
        assert not any(e[1] == "threaten" for e in acts), acts


class TestANegatedObjectNegatesTheAct:
    """ "has accepted no offer", "rejected none of the proposals": the object's determiner
    negates the act; "no later than" only bounds a date."""

    def test_no_offer_accepted(self) -> None:
        acts = _events(
            "", "Jordan has accepted no offer from Iraq on the pipeline, a minister said."
        )
        assert _has(acts, "JOR", "accept", "negated"), acts
        assert not _has(acts, "JOR", "accept"), acts

    def test_none_of_the_proposals_rejected(self) -> None:
        acts = _events("", "Bhutan rejected none of the proposals from Nepal on the refugees.")
        assert _has(acts, "BTN", "reject", "negated"), acts
        assert not _has(acts, "BTN", "reject"), acts


class TestUnnamedArmedMenAreTheSubjectOfAReportedAttack:
    """ "Benin's army said gunmen attacked a police post": a bare plural of armed men the
    tables do not name is the reported clause's subject; the reporting party did not attack.
    A named party's own men ("Russian fighters") stay that party's."""

    def test_the_reporting_army_is_not_the_attacker(self) -> None:
        acts = _events(
            "",
            "Benin's army said gunmen attacked a police post near Kandi, wounding two officers.",
        )
        assert not any(e[:2] == ("BEN", "attack") for e in acts), acts
        # a named party's own men keep their party
        named = _events("", "Armenia said Azerbaijani soldiers attacked a border post near Jermuk.")
        assert any(e[:3] == ("AZE", "attack", "ARM") for e in named), named


class TestAResponseInAppositionIsAnAnswer:
    """ ", its first reply to a Samoan proposal made last month": a noun phrase set off by a
    comma calls the main clause a response; its party answers the proposer."""

    def test_the_main_clause_answers_the_proposer(self) -> None:
        acts = _events(
            "",
            "Fiji is ready to resume the fisheries consultations with Samoa, the Fijian foreign "
            "ministry said on Tuesday, its first reply to a proposal Apia made last month.",
        )
        assert any(e[:3] == ("FJI", "respond", "WSM") and e[4] == "asserted" for e in acts), acts
