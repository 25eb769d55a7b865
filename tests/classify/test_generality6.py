"""General failure classes, session 5: each case is a new sentence with countries and people
of its own, exercising one general mechanism (classes named by blind sets' writers; none of
their sentences is used)."""

from __future__ import annotations

import pytest
from classify_helpers import events_of

from storywatch.classify import classify_text


# 69. A state or capital named as a place ("met in Jeddah", "in Kinshasa, the president
# said") is where something happened, not a main party of the article; it stands in for one
# only when the article names fewer than two others.
@pytest.mark.parametrize(
    "body",
    [
        "Sudan's army said it was ready for a truce. The RSF met in Doha on Tuesday.",
        "The RSF met in Doha on Tuesday. The talks in Doha were the first since May, Sudan's "
        "foreign ministry said.",
        "The Sudanese army accepted a pause in the fighting on Monday. "
        "In Doha, the RSF met on Tuesday, diplomats in Riyadh said.",
    ],
)
def test_a_venue_is_no_counterpart(body: str) -> None:
    meets = [(a, t) for a, act, t, _, _ in events_of(body) if act == "meet"]
    assert ("RSF", "SDN") in meets
    assert not any({"QAT", "SAU"} & set(pair) for pair in meets)


def test_a_visit_to_a_capital_meets_its_government_when_nobody_else_is_named() -> None:
    got = events_of("Peru's foreign minister is due in Quito on Friday for talks on the border.")
    assert ("PER", "meet", "ECU", "talks", "expected") in got


def test_a_venue_stays_an_entity_of_the_article() -> None:
    _, entities, _ = classify_text("", "Sudan's army and the RSF met in Doha on Tuesday.")
    assert "QAT" in entities


# 70. A third party acts on the party it acts on elsewhere in the article: a headline's
# "accuses army" is the army the body names, not whichever state is mentioned most.
def test_a_third_partys_act_without_a_target_goes_to_its_own_counterpart() -> None:
    title = "Al-Shabaab accuses army of breaking truce"
    body = (
        "Al-Shabaab accused the Somali army on Monday of attacking its positions near Baidoa. "
        "Kenya's president said Kenyan troops would stay in Somalia, and Nairobi and Kenyan "
        "officials urged calm. Kenyan envoys met Ethiopian officials in Addis Ababa."
    )
    accused = {
        t for a, act, t, _, _ in events_of(body, title) if a == "ALSHABAAB" and act == "comment"
    }
    assert accused == {"SOM"}


# 71. "has yet to reply to the offer": the verb with its negation, as "yet to respond".
@pytest.mark.parametrize("tail", ["has yet to reply to the offer.", "has yet to reply."])
def test_yet_to_reply_is_a_negated_response(tail: str) -> None:
    got = events_of(f"Uruguay offered talks on the river on Monday. Argentina {tail}")
    assert ("ARG", "respond", "URY", "talks", "negated") in got


# 72. Trade remedies are sanctions: anti-dumping, countervailing or retaliatory duties on a
# state's goods; a person's duties are not.
@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        ("Mexico imposed anti-dumping duties on Brazilian pork on Tuesday.", "MEX", "BRA"),
        ("Turkey slapped countervailing duties on Egyptian fertiliser.", "TUR", "EGY"),
    ],
)
def test_trade_remedy_duties_are_sanctions(body: str, actor: str, target: str) -> None:
    assert (actor, "sanction", target) in {(a, act, t) for a, act, t, _, _ in events_of(body)}


def test_an_officials_duties_are_no_sanction() -> None:
    got = events_of("Mexico's ambassador resumed his duties in Brasilia after the holiday.")
    assert not any(act == "sanction" for _, act, _, _, _ in got)


# 73. "X warned Y it would ...": with "that" left out, the pronoun is still the one warning.
def test_the_warner_is_it_without_that() -> None:
    got = events_of(
        "Guyana warned Suriname it would respond firmly if Surinamese boats entered the river."
    )
    assert ("GUY", "threaten", "SUR", None, "asserted") in got
    assert not any(a == "SUR" and act == "threaten" for a, act, _, _, _ in got)


# 74. A gerund after a verb of proposing is what is proposed: "proposed hosting talks"
# proposes talks (no meeting held), and "suggested holding a summit" is a proposal.
def test_proposed_hosting_talks_holds_no_meeting() -> None:
    got = events_of("Ghana proposed hosting talks between Benin and Niger.")
    assert any(a == "GHA" and act == "propose" for a, act, _, _, _ in got)
    assert not any(act == "meet" and mod == "asserted" for _, act, _, _, mod in got)


@pytest.mark.parametrize("verb", ["suggested", "proposed"])
def test_suggested_holding_a_summit_is_a_proposal(verb: str) -> None:
    got = events_of(f"Kenya {verb} holding a summit with Tanzania on the lake.")
    assert ("KEN", "propose", "TZA", "summit", "asserted") in got


def test_ruling_out_holding_a_summit_is_no_proposal() -> None:
    got = events_of("Kenya ruled out holding a summit with Tanzania.")
    assert not any(act == "propose" for _, act, _, _, _ in got)


# 75. A form that is also a noun, right after a nationality adjective, is the noun: in
# "Norway rebuffs Swedish call for summit" Sweden called, Norway did not propose.
@pytest.mark.parametrize(
    "body",
    ["Finland rebuffs Estonian call for summit", "Finland rejected the Estonian call for talks."],
)
def test_a_nationality_adjective_makes_the_form_a_noun(body: str) -> None:
    got = events_of(body)
    assert not any(a == "FIN" and act == "propose" for a, act, _, _, _ in got)
    assert any(a == "FIN" and act == "reject" for a, act, _, _, _ in got)


def test_nationals_calling_for_talks_still_propose() -> None:
    got = events_of("Estonian officials call for talks with Finland.")
    assert ("EST", "propose", "FIN", "talks", "asserted") in got


# 76. Walking away told in the progressive ("said it was pulling out of the truce") is the
# same act; "is considering pulling out" only a possibility.
@pytest.mark.parametrize(
    "body",
    [
        "Ethiopia's government said on Monday it was pulling out of the truce with the TPLF.",
        "The TPLF said it was withdrawing from the ceasefire with Ethiopia's government.",
    ],
)
def test_walking_away_in_the_progressive(body: str) -> None:
    got = events_of(body)
    assert any(act == "reject" and mod == "asserted" for _, act, _, _, mod in got)


def test_considering_pulling_out_is_a_possibility() -> None:
    got = events_of("Peru is considering pulling out of the fisheries deal with Chile.")
    assert ("PER", "reject", "CHL", "other", "hypothetical") in got


# 77. An attack in the passive whose victim is named only as a modifier of what was hit
# ("Chadian positions were shelled by Libya", "an African Union base was attacked by ...").
@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        ("Ugandan positions were shelled by Congolese troops overnight.", "COD", "UGA"),
        ("An African Union base was attacked by al-Shabaab on Sunday.", "ALSHABAAB", "AU"),
    ],
)
def test_a_passive_attack_on_a_modified_victim(body: str, actor: str, target: str) -> None:
    assert (actor, "attack", target) in {(a, act, t) for a, act, t, _, _ in events_of(body)}


def test_an_attack_among_ones_own_has_no_victim_party() -> None:
    got = events_of("Libyan positions were shelled by Libyan rebels.")
    assert not any(t == "LBY" for _, act, t, _, _ in got if act == "attack")


# 78. An act dated a week or more before the news by "a month after", "weeks after", "two
# years since" is background: a renewed offer is the news, the old refusal is not.
@pytest.mark.parametrize(
    "body",
    [
        "Tanzania renewed its offer of talks on Monday, a month after Malawi turned down the "
        "offer.",
        "Tanzania renewed its offer of talks, three weeks after Malawi rejected the plan.",
    ],
)
def test_an_act_weeks_before_the_news_is_background(body: str) -> None:
    got = events_of(body)
    assert any(a == "TZA" and act == "propose" for a, act, _, _, _ in got)
    assert not any(a == "MWI" and act == "reject" for a, act, _, _, _ in got)


def test_an_act_a_day_before_is_still_news_and_the_main_clause_too() -> None:
    got = events_of("Two weeks after Malawi rejected the plan, Tanzania proposed new talks.")
    assert any(a == "TZA" and act == "propose" for a, act, _, _, _ in got)
    got = events_of("Malawi accepted the offer a day after Tanzania proposed talks.")
    assert any(a == "MWI" and act == "accept" for a, act, _, _, _ in got)


# 79. Quotes in single marks (British style) are quotes: "we" is their speaker, also when
# the verb of saying comes first ("said a spokeswoman for the group").
@pytest.mark.parametrize(
    "second",
    [
        "'We accept the invitation,' the TPLF said in a statement.",
        '"We accept the invitation," said a spokeswoman for the TPLF.',
        "‘We accept the invitation,’ said a TPLF spokeswoman.",
    ],
)
def test_we_in_a_quote_is_its_speaker(second: str) -> None:
    got = events_of("Ethiopia's government invited the TPLF to talks. " + second)
    assert ("TPLF", "accept", "ETH", "talks", "asserted") in got


def test_taken_up_an_offer_is_an_acceptance() -> None:
    got = events_of("Kenya offered talks on the dispute. Uganda has taken up the offer.")
    assert any(a == "UGA" and act == "accept" for a, act, _, _, _ in got)


# 80. "The army seized power" is a coup, not an attack on whoever else the sentence names;
# seizing a town, a tanker or a border post is.
def test_seizing_power_is_no_attack() -> None:
    got = events_of("SADC suspends Madagascar after army seizes power")
    assert not any(act == "attack" for _, act, _, _, _ in got)


@pytest.mark.parametrize(
    "body",
    ["Venezuela seized a Guyanese vessel.", "Venezuelan troops seized a Guyanese border post."],
)
def test_seizing_a_vessel_or_post_is_an_attack(body: str) -> None:
    assert ("VEN", "attack", "GUY") in {(a, act, t) for a, act, t, _, _ in events_of(body)}


# 81. A bare verb coordinated after a modal shares it: "could sit down with us and agree" is
# a possible agreement, "will meet and sign" an expected signing; a verb in its own tense
# ("rejected the plan and will meet") keeps its own.
def test_a_coordinated_bare_verb_shares_the_modal() -> None:
    got = events_of("Benin could sit down with Niger and agree on border measures.")
    assert not any(act == "agree" and mod == "asserted" for _, act, _, _, mod in got)
    got = events_of("Benin and Niger will meet in Cotonou and sign the accord.")
    assert not any(act == "agree" and mod == "asserted" for _, act, _, _, mod in got)
    got = events_of("Benin rejected the plan and will meet Niger on Friday.")
    assert ("BEN", "reject", "asserted") in {(a, act, mod) for a, act, _, _, mod in got}


# 82. An agreement announced is concluded ("Mali and Algeria announced a deal"); a "tariff
# truce" is about trade, not a ceasefire; "dialogue" held is a meeting.
def test_an_announced_deal_is_an_agreement() -> None:
    got = events_of("Zambia and Malawi announced a deal on the border on Monday.")
    assert ("ZMB", "agree", "MWI", "asserted") in {(a, act, t, mod) for a, act, t, _, mod in got}


def test_a_tariff_truce_is_about_trade() -> None:
    got = events_of("India and Bangladesh announced a 90-day tariff truce.")
    assert {i for _, act, _, i, _ in got if act == "agree"} == {"trade"}


def test_a_dialogue_held_is_a_meeting() -> None:
    got = events_of("Zambia and Malawi will hold their first dialogue next month.")
    assert ("ZMB", "meet", "MWI", "talks", "expected") in got


# 83. "After two days of talks between X and Y, ...": the talks took place.
def test_talks_after_which_something_happened_took_place() -> None:
    got = events_of("After two days of talks between Zambia and Malawi, no agreement was reached.")
    assert ("ZMB", "meet", "MWI", "talks", "asserted") in got
    assert ("ZMB", "agree", "negated") in {(a, act, mod) for a, act, _, _, mod in got}


# 84. A past verb after "but" shares the subject: "did not reject the plan outright, but
# demanded amendments" is a demand by the same party, asserted.
@pytest.mark.parametrize(
    "body",
    [
        "Chad did not reject the plan outright, but demanded amendments from Niger.",
        "Chad accepted the plan but demanded amendments from Niger.",
    ],
)
def test_a_past_verb_after_but_shares_the_subject(body: str) -> None:
    assert ("TCD", "demand", "NER", "asserted") in {
        (a, act, t, mod) for a, act, t, _, mod in events_of(body)
    }


# 85. Hideouts, strongholds, posts and depots are what attacks hit.
@pytest.mark.parametrize("what", ["militant hideouts", "rebel strongholds", "border posts"])
def test_more_military_targets(what: str) -> None:
    got = events_of(f"Tajik aircraft struck {what} in Kabul late on Thursday.")
    assert ("TJK", "attack", "AFG") in {(a, act, t) for a, act, t, _, _ in got}


# 86. An organisation's officers by title speak for it: "the UN resident coordinator's
# office urged", "the EU high representative urged".
@pytest.mark.parametrize(
    ("body", "actor"),
    [
        ("The UN resident coordinator's office urged Sudan to open the crossings.", "UN"),
        ("The UN humanitarian coordinator urged Sudan to open the crossings.", "UN"),
        ("The EU high representative urged Serbia to resume the dialogue.", "EU"),
    ],
)
def test_an_organisations_officer_speaks_for_it(body: str, actor: str) -> None:
    assert any(a == actor and act == "appeal" for a, act, _, _, _ in events_of(body))


# 87. Returning to the table, in any tense: "would return to the table only if" is a
# possible meeting, "will return to the negotiating table" an expected one.
def test_returning_to_the_table_in_any_tense() -> None:
    got = events_of("Nicaragua would return to the table only if Costa Rica lifted the ban.")
    assert ("NIC", "meet", "hypothetical") in {(a, act, mod) for a, act, _, _, mod in got}
    got = events_of("Nicaragua and Costa Rica will return to the negotiating table next week.")
    assert ("NIC", "meet", "CRI", "talks", "expected") in got


# 88. A possessive answer that the sentence reacts to is news ("Harare's rejection of the
# offer was called regrettable", "... surprised diplomats"); one merely recalled is not
# ("despite Harare's rejection", "has been studied").
@pytest.mark.parametrize(
    "body",
    [
        "Lusaka's rejection of a Malawian offer to mediate was called regrettable in Lilongwe.",
        "Zambia's rejection of Malawi's offer surprised diplomats.",
    ],
)
def test_an_answer_reacted_to_is_news(body: str) -> None:
    assert ("ZMB", "reject", "MWI", "asserted") in {
        (a, act, t, mod) for a, act, t, _, mod in events_of(body)
    }


@pytest.mark.parametrize(
    "body",
    [
        "Despite Zambia's rejection of Malawi's offer, the talks went ahead.",
        "Zambia's rejection of Malawi's offer has been studied in Lilongwe.",
    ],
)
def test_an_answer_recalled_is_no_news(body: str) -> None:
    assert not any(act == "reject" for _, act, _, _, _ in events_of(body))


# 89. A signing ceremony before the irrigation season is no sports article: "signing" and
# "season" are words of diplomacy and farming too, not evidence of a match.
def test_signing_and_season_do_not_make_a_sports_article() -> None:
    body = (
        "Uzbekistan and Tajikistan signed a water-sharing protocol in Dushanbe on Friday. "
        "The signing had been delayed twice, officials said. The protocol fixes releases "
        "for the irrigation season. After the signing, both delegations said the deal "
        "would be reviewed next season."
    )
    got = events_of(body, "Uzbekistan and Tajikistan sign river protocol")
    assert any(a == "UZB" and act == "agree" for a, act, _, _, _ in got)


# 90. Asking a party for a meeting proposes one ("asked Argentina for an urgent meeting of
# the river commission"); asking it for help does not. Thanking a party is a statement on it.
def test_asking_a_party_for_a_meeting_proposes_it() -> None:
    got = events_of("Paraguay has asked Bolivia for an urgent meeting of the border commission.")
    assert ("PRY", "propose", "BOL", "talks", "asserted") in got
    assert not any(
        act == "propose" for _, act, _, _, _ in events_of("Paraguay asked Bolivia for help.")
    )


def test_thanking_a_party_is_a_comment_on_it() -> None:
    got = events_of("Ghana's foreign minister thanked Senegal for its mediation.")
    assert ("GHA", "comment", "SEN") in {(a, act, t) for a, act, t, _, _ in got}


# 91. A state named inside a group's, bank's or school's name is not that state: "the
# Movement for Justice in Laos", "the Democratic Forces for the Liberation of Rwanda".
@pytest.mark.parametrize(
    "second",
    [
        "The Movement for Justice in Laos said it accepted the truce.",
        "The Democratic Forces for the Liberation of Rwanda rejected it.",
    ],
)
def test_a_state_inside_a_groups_name_is_not_the_state(second: str) -> None:
    got = events_of("Qatar proposed a truce. " + second)
    assert not any({"LAO", "RWA"} & {a, t} for a, _, t, _, _ in got)


# 92. "Air" alone is no attack noun ("launched the air bridge"); an air strike is.
def test_an_air_bridge_is_no_attack() -> None:
    got = events_of("Kenya launched the air bridge to Somalia on Monday.")
    assert not any(act == "attack" for _, act, _, _, _ in got)


def test_air_strikes_launched_are_an_attack() -> None:
    got = events_of("Eritrea launched air strikes on Ethiopia on Sunday.")
    assert ("ERI", "attack", "ETH", "asserted") in {(a, act, t, mod) for a, act, t, _, mod in got}
