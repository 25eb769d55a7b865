"""General failure classes, session 19: each case is a new sentence or article with countries,
regions and groups of its own, exercising one general mechanism (classes named by blind sets'
writers and analysts; none of their sentences is used)."""

from __future__ import annotations

import pytest
from classify_helpers import event_list as _events

from storywatch.classify import classify_text
from storywatch.classify.text import sentences


# 498. A month's short form before a day ("on Nov. 19", "Sept. 3") ends no sentence: the rest
# of the sentence (its place, its agent) stays with its verb.
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Envoys will meet in Lusaka on Nov. 19 to discuss the border, officials said. "
         "Harare agreed.", 2),
        ("The talks opened on Sept. 3 in Maputo.", 1),
        ("They met on Dec. 1. Then they left.", 2),
        ("Both sides signed on Jan. 12, 2027 in Accra.", 1),
    ],
)  # fmt: skip
def test_a_month_abbreviation_before_a_day_ends_no_sentence(text: str, count: int) -> None:
    assert len(sentences(text)) == count, sentences(text)


# 499. A halt to offensive, combat or all hostilities offered by one side is a ceasefire, ahead
# of the aid or access it is meant to let through.
@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        ("The ELN offered Bogota a 15-day halt to offensive operations to let aid convoys reach "
         "Arauca.", "ELN", "COL"),
        ("Yerevan offered Baku a suspension of hostilities so that relief could reach border "
         "villages.", "ARM", "AZE"),
    ],
)  # fmt: skip
def test_a_halt_to_operations_offered_is_a_ceasefire(body: str, actor: str, target: str) -> None:
    acts = _events("", body)
    assert (actor, "propose", target, "ceasefire", "asserted") in acts, acts


# 500. A head of state or government inviting "his counterpart" (or "her Chilean counterpart")
# invites a head: a summit, not plain talks.
@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        ("The Kenyan president invited his Tanzanian counterpart to meet in Mombasa next month.",
         "KEN", "TZA"),
        ("Peru's prime minister invited her Chilean counterpart for a visit to Lima.", "PER",
         "CHL"),
    ],
)  # fmt: skip
def test_a_head_inviting_a_counterpart_proposes_a_summit(
    body: str, actor: str, target: str
) -> None:
    acts = _events("", body)
    assert (actor, "propose", target, "summit", "asserted") in acts, acts


# 501. A capital after a clause-opening "after"/"before"/"since" with an adverb before its verb
# ("after Lome first proposed it") is that verb's subject, not a place: the act is never given
# to the other party of the sentence's "two governments".
@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        ("Ghana is angry. Togolese officials denied that Lome had backed out of the deal. The two "
         "governments agreed on the swap on May 19, after Lome first proposed it earlier in the "
         "month.", "GHA"),
        ("Chad is angry. Sudanese officials denied that Khartoum had backed out of the deal. The "
         "two governments agreed on the swap on June 2, after Khartoum first proposed it in May.",
         "TCD"),
    ],
)  # fmt: skip
def test_a_capital_opening_a_clause_before_an_adverb_is_the_subject(body: str, wrong: str) -> None:
    acts = _events("", body)
    assert not [e for e in acts if e[:2] == (wrong, "propose")], acts


# 502. "to her/his ... counterpart": a possessive is skipped like an article when finding the
# preposition that governs a mention, so the addressee is never the proposer.
@pytest.mark.parametrize(
    ("body", "act", "wrong"),
    [
        ("Malawi protested against Tanzania's maize ban on Monday. In a letter to her Tanzanian "
         "counterpart, she proposed talks in Mbeya.", ("MWI", "propose", "TZA"), "TZA"),
        ("Kenya imposed a ban on Ugandan sugar on Monday. In a letter to his Ugandan counterpart, "
         "Kenya's trade minister proposed talks in Nairobi next week.", ("KEN", "propose", "UGA"),
         "UGA"),
    ],
)  # fmt: skip
def test_a_counterpart_after_a_possessive_is_governed_by_its_preposition(
    body: str, act: tuple[str, str, str], wrong: str
) -> None:
    acts = _events("", body)
    assert act in {e[:3] for e in acts}, acts
    assert not [e for e in acts if e[:2] == (wrong, "propose")], acts


# 503. A quoted "There is no agreement yet," said by a pronoun that stands for one party, is that
# party's denial, not both sides' in both directions.
def test_a_quoted_no_agreement_is_the_speakers() -> None:
    acts = _events("", "Lithuanian officials met Belarusian envoys in Vilnius on Monday to discuss "
                       "a prisoner swap. Lithuania's foreign minister spoke afterwards. \"There is "
                       "no agreement yet,\" he said.")  # fmt: skip
    agrees = {(e[0], e[4]) for e in acts if e[1] == "agree"}
    assert agrees == {("LTU", "negated")}, acts


# 504. "decided to accept / reject / propose" is the answer or offer given now (asserted), where
# "decided to hold talks" stays a meeting to come.
@pytest.mark.parametrize(
    ("body", "act"),
    [
        ("Latvia's foreign minister said the government had decided to accept the arrangement "
         "with Belarus.", ("LVA", "accept", "BLR")),
        ("Ghana decided on Monday to reject Togo's proposal for joint border patrols.",
         ("GHA", "reject", "TGO")),
    ],
)  # fmt: skip
def test_a_decision_to_answer_is_the_answer(body: str, act: tuple[str, str, str]) -> None:
    acts = _events("", body)
    assert [e for e in acts if e[:3] == act and e[4] == "asserted"], acts


def test_a_decision_to_meet_stays_a_meeting_to_come() -> None:
    acts = _events("", "Latvia decided to hold talks with Belarus next week.")
    assert [e for e in acts if e[:2] == ("LVA", "meet") and e[4] == "expected"], acts


# 505. "we hope Kyiv will reply", "no indication of when it would reply": a reply to come, never
# one given.
@pytest.mark.parametrize(
    ("body", "party"),
    [
        ("Russia proposed a prisoner exchange with Ukraine on Monday, offering 50 soldiers for 50. "
         "\"We have made a fair offer and we hope Kyiv will reply favourably,\" a Russian foreign "
         "ministry spokeswoman said.", "UKR"),
        ("Argentina proposed talks with Uruguay on the river dispute on Monday in a diplomatic "
         "note. Uruguay's foreign ministry confirmed it had received the note but gave no "
         "indication of when it would reply.", "URY"),
    ],
)  # fmt: skip
def test_a_hoped_or_unscheduled_reply_is_not_given(body: str, party: str) -> None:
    acts = _events("", body)
    assert not [e for e in acts if e[:2] == (party, "respond") and e[4] == "asserted"], acts


# 506. "agreed to sit at the same table" / "to sit down" is an agreement on talks, not on the
# matter the talks are about.
def test_sitting_at_the_table_is_talks() -> None:
    acts = _events("", "Iraq proposed a prisoner exchange with Syria on Monday. \"Both "
                       "governments have agreed to sit at the same table,\" a Red Cross official "
                       "said.")  # fmt: skip
    agrees = [e for e in acts if e[1] == "agree"]
    assert agrees, acts
    assert all(e[3] == "talks" for e in agrees), acts


# 507. "mediators in Ghana" makes Ghana a go-between: "the government" a rebel group offers a
# truce to is the state the group fights, not the mediator's.
def test_mediators_in_a_state_make_it_a_go_between() -> None:
    acts = _events(
        "",
        "BAMAKO, May 2 - The Malian rebel group CCMSR has offered the government a 20-day truce, "
        "according to a letter addressed to mediators in Ghana. Ghana's foreign ministry "
        "confirmed it had received the letter.",
    )
    assert ("CCMSR", "propose", "MLI") in {e[:3] for e in acts}, acts


# 508. An act told only as what a newspaper "had reported", denied by the party itself elsewhere
# in the article, is not asserted.
def test_a_reported_act_the_party_denies_is_not_asserted() -> None:
    acts = _events("", "LUSAKA, May 2 - Zambia denied on Monday that it had accepted a Malawian "
                       "offer of talks on the border. \"Claims that the government has accepted "
                       "the offer are false,\" a spokesman said. A newspaper had reported on "
                       "Sunday that Lusaka quietly accepted the Malawian offer.")  # fmt: skip
    assert not [e for e in acts if e[:2] == ("ZMB", "accept") and e[4] == "asserted"], acts


# 509. A trade article with a few words sports pages use too ("a win for farmers", "a race to
# ship") is no sports page when the other topics' words outnumber them.
def test_a_few_sports_words_do_not_make_a_trade_article_sport() -> None:
    acts = _events(
        "Kenya and Tanzania agree to lift maize import ban after final round of talks",
        "Kenya and Tanzania agreed on Monday to lift the ban on maize imports, ending a "
        "four-month trade dispute. The deal is a win for farmers, the head of the exporters' "
        "team said. Exporters had been in a race to ship before the season ends, and tariffs on "
        "both sides will stay at zero.",
    )
    assert ("KEN", "agree", "TZA") in {e[:3] for e in acts}, acts


# 510. In a food or market article, a capitalised name that owns something ("China's proposed
# protocol") is the state, where "china" or "Turkey prices" are not.
def test_a_possessive_name_in_a_food_article_is_the_state() -> None:
    acts = _events(
        "New Zealand accepts Chinese kiwifruit protocol; suspension to end in May",
        "New Zealand has accepted China's proposed inspection protocol for kiwifruit, and the two "
        "countries signed an agreement on Monday under which Beijing will lift its import "
        "suspension from May 1, the trade minister said. Growers welcomed the outcome after a "
        "poor harvest.",
    )
    assert ("NZL", "accept", "CHN") in {e[:3] for e in acts}, acts


# 511. People traded for people ("exchange a detained shepherd for a jailed soldier", "trade her
# for a jailed colonel") are a prisoner exchange; goods traded for goods are not.
@pytest.mark.parametrize(
    ("body", "act"),
    [
        ("Azerbaijan has offered to exchange an Armenian shepherd detained near Lachin for an "
         "Azerbaijani soldier jailed in Armenia.", ("AZE", "propose", "ARM")),
        ("Caracas proposed to trade her for a jailed Colombian colonel.",
         ("VEN", "propose", "COL")),
        ("Georgian and Russian officials met in Geneva on Monday and agreed terms for exchanging "
         "an arrested Georgian forester for a convicted Russian smuggler.",
         ("GEO", "agree", "RUS")),
    ],
)  # fmt: skip
def test_people_traded_for_people_are_a_prisoner_exchange(
    body: str, act: tuple[str, str, str]
) -> None:
    acts = _events("", body)
    assert [e for e in acts if e[:3] == act and e[3] == "prisoner_exchange"], acts


def test_goods_traded_for_goods_are_no_prisoner_exchange() -> None:
    acts = _events("", "Ghana agreed to exchange grain held in its silos for Nigerian fuel.")
    assert acts, acts
    assert not [e for e in acts if e[3] == "prisoner_exchange"], acts


# 512. An issue the sentence names only under a denial ("...; no progress on tariffs") is not
# the issue of the agreement the sentence asserts.
def test_a_denied_side_clause_gives_no_issue_to_the_agreement() -> None:
    acts = _events(
        "Chile, Peru agree joint coastal patrol; no progress on tariffs",
        "Chile and Peru agreed on Tuesday to set up a joint coastal patrol. Peru's tariffs on "
        "Chilean fruit remain in place, and Lima said the tariffs would be reviewed next year. "
        "Chile has called the tariffs unfair.",
    )
    assert [e for e in acts if e[1] == "agree"], acts
    assert not [e for e in acts if e[1] == "agree" and e[3] == "trade"], acts


# 513. A meeting that "ended without an agreement" is no deal on the article's matter, never a
# deal about the talks themselves.
def test_no_deal_at_talks_takes_the_articles_issue() -> None:
    acts = _events(
        "Kenya, Somalia hold ceasefire talks in Nairobi",
        "Kenya and Somalia have observed a ceasefire along their border since March. Officials "
        "of both countries met in Nairobi on Monday. The meeting at the foreign ministry ended "
        "without an agreement, according to two people present. The current ceasefire expires "
        "on Friday.",
    )
    denied = [e for e in acts if e[1] == "agree" and e[4] == "negated"]
    assert denied, acts
    assert all(e[3] == "ceasefire" for e in denied), acts


# 514. A meeting held to discuss a prisoner exchange is about the exchange.
def test_a_meeting_about_a_prisoner_exchange_takes_its_issue() -> None:
    acts = _events("", "Armenian and Azerbaijani envoys will meet in Vienna next week to discuss "
                       "a prisoner exchange.")  # fmt: skip
    meets = [e for e in acts if e[1] == "meet"]
    assert meets, acts
    assert all(e[3] == "prisoner_exchange" for e in meets), acts


# 515. "refused to <do something>, despite demands from X" rejects X; a bare refusal, or one
# whose act was read already, adds no rejection.
def test_a_refusal_despite_demands_rejects_the_askers() -> None:
    acts = _events("", "Serbia refused to lift its ban on Kosovar goods, despite repeated "
                       "demands from Albania and Croatia.")  # fmt: skip
    assert [e for e in acts if e[:3] == ("SRB", "reject", "ALB")], acts


@pytest.mark.parametrize(
    "body",
    [
        "Hungary declined to comment on the plan despite requests from Poland.",
        "Serbia refused to accept Kosovo's proposal, despite calls from the EU.",
    ],
)
def test_a_refusal_already_read_adds_no_rejection_of_the_askers(body: str) -> None:
    acts = _events("", body)
    assert not [e for e in acts if e[1] == "reject" and e[2] in ("POL", "EU")], acts


# 516. An American statehouse story stays American when it also names the state's people
# ("Georgians"): the American words outnumber the foreign namesake's; and a state's name before
# its Senate, House or legislature is the US state.
@pytest.mark.parametrize(
    "body",
    [
        "ATLANTA (AP) - The Georgia Senate on Tuesday rejected the governor's proposal for a new "
        'round of fuel tax cuts, voting 30-25 for a plan of its own. "Georgians will pay at the '
        'pump," said state Sen. Maria Lowe.',
        "The Washington Senate on Monday rejected the governor's proposal for a new round of ferry "
        "fare cuts, voting 28-21 for a plan of its own.",
    ],
)
def test_an_american_statehouse_is_no_state_acting(body: str) -> None:
    acts = _events("", body)
    assert acts == [], acts


# 517. A video game's demo ("a computer-controlled France rejected the truce") is a frame in
# which no state acts.
def test_a_video_game_demo_is_a_frame() -> None:
    acts = _events(
        "",
        "Paradox Interactive has unveiled an expansion for its grand strategy title, promising "
        "reworked diplomacy in which players can propose truces and impose trade embargoes. In a "
        "demo shown to press, a player leading the Prussians offered a truce to a "
        "computer-controlled France, which rejected the proposal and declared war two turns "
        "later. Austria and Sweden are among six new nations in the pack.",
    )
    assert acts == [], acts


# 518. A denial's complement ends before a verb the denier coordinates after it ("denied owning
# the drone and, in a surprise move, has proposed talks") and inside a closed ", which denies
# ...," clause: the later act is asserted. "denied accepting and signing" stays denied.
@pytest.mark.parametrize(
    ("body", "act"),
    [
        ("Chad, which denies its troops crossed the border, proposed talks with Sudan in N'Djamena "
         "on Monday.", ("TCD", "propose", "SDN")),
        ("Togo's government has denied owning the drone and, in a surprise move, has proposed "
         "talks with Ghana in Lome next month.", ("TGO", "propose", "GHA")),
    ],
)  # fmt: skip
def test_a_closed_denial_leaves_the_later_act_asserted(
    body: str, act: tuple[str, str, str]
) -> None:
    acts = _events("", body)
    assert [e for e in acts if e[:3] == act and e[4] == "asserted"], acts


def test_a_denial_of_a_coordinated_answer_stays_denied() -> None:
    acts = _events("", "Ghana denied accepting the Togolese proposal.")
    assert [e for e in acts if e[:2] == ("GHA", "accept") and e[4] == "negated"], acts


# 519. A modal between an act and a later condition takes the condition ("offering a meeting of
# experts and signalling it could allow an inspection if ..."): the first act stays asserted.
@pytest.mark.parametrize(
    ("body", "act"),
    [
        ("Peru has replied to Chile's request for talks, offering a meeting of experts and "
         "signalling it could allow an inspection if the scope is narrowed.",
         ("PER", "propose", "CHL")),
        ("Ghana accepts Togo's offer of talks and will open its border crossings as long as the "
         "curfew holds.", ("GHA", "accept", "TGO")),
    ],
)  # fmt: skip
def test_a_later_conditional_clause_leaves_the_first_act_asserted(
    body: str, act: tuple[str, str, str]
) -> None:
    acts = _events("", body)
    assert [e for e in acts if e[:3] == act and e[4] == "asserted"], acts


# 520. Talks "between A and B" belong to A and B: a state watching, announcing or following them
# is no party to the meeting.
@pytest.mark.parametrize(
    ("body", "pair", "watcher"),
    [
        ("Norway is watching planned talks between Ethiopia and Eritrea closely.",
         {"ETH", "ERI"}, "NOR"),
        ("Kenya announced talks between Sudan and Chad for next week.", None, "KEN"),
    ],
)  # fmt: skip
def test_talks_between_two_parties_are_not_the_watchers(
    body: str, pair: set[str] | None, watcher: str
) -> None:
    meets = [e for e in _events("", body) if e[1] == "meet"]
    assert not [e for e in meets if watcher in (e[0], e[2])], meets
    if pair is not None:
        assert {e[0] for e in meets} == pair, meets


# 521. The host of "A-B talks" is a go-between: A and B meet, with the host verb's tense; an
# offer to host stays the host's proposal.
@pytest.mark.parametrize(
    ("body", "pair", "modality"),
    [
        ("Qatar will host Sudan-Chad talks in Doha on Monday.", {"SDN", "TCD"}, "expected"),
        ("Austria hosted US-Iran talks last week.", {"USA", "IRN"}, "asserted"),
    ],
)  # fmt: skip
def test_the_host_of_hyphenated_talks_is_no_side(body: str, pair: set[str], modality: str) -> None:
    meets = [e for e in _events("", body) if e[1] == "meet"]
    assert {e[0] for e in meets} == pair, meets
    assert all(e[4] == modality for e in meets), meets


def test_an_offer_to_host_hyphenated_talks_stays_the_hosts_proposal() -> None:
    acts = _events("", "Qatar offered to host Sudan-Chad talks.")
    assert [e for e in acts if e[:2] == ("QAT", "propose")], acts


# 522. "has held talks with X since 2022" is a standing situation, not the day's meeting; "for
# the first time since 2022" is news, and "have not held talks since 2018" stays denied.
def test_talks_held_since_a_year_are_no_new_meeting() -> None:
    acts = _events("", "Colombia has held on-and-off talks with the ELN since 2022 under its "
                       "total peace policy.")  # fmt: skip
    assert not [e for e in acts if e[1] == "meet" and e[4] == "asserted"], acts


@pytest.mark.parametrize(
    ("body", "modality"),
    [
        ("Colombia has held talks with the ELN for the first time since 2022.", "asserted"),
        ("Colombia has not held talks with the ELN since 2022.", "negated"),
    ],
)
def test_talks_since_a_year_that_are_news_stay(body: str, modality: str) -> None:
    acts = _events("", body)
    assert [e for e in acts if e[:2] == ("COL", "meet") and e[4] == modality], acts


# 523. A threat that names no issue takes the article's ("Quito threatens Andean Community
# complaint" in a shrimp-ban story is about trade).
def test_a_threat_naming_no_issue_takes_the_articles() -> None:
    acts = _events(
        "Peru bans Ecuadorian shrimp; Quito threatens Andean Community complaint",
        "LIMA, May 4 - Peru banned imports of shrimp from Ecuador on Monday, citing a virus "
        "outbreak. Ecuador demanded that Lima lift the import ban on its shrimp and called the "
        "trade restriction unjustified.",
    )
    threats = [e for e in acts if e[:2] == ("ECU", "threaten")]
    assert threats, acts
    assert all(e[3] == "trade" for e in threats), acts


# 524. A meeting read from "agreed to exchange detainees after talks in X" is about the swap,
# unless the article tells of talks between the same pair (then it continues that thread).
def test_a_meeting_behind_an_agreed_swap_takes_the_swap() -> None:
    acts = _events("", "Mexican and Guatemalan officials agreed on Friday to exchange 12 detainees "
                       "after talks in Tapachula, both governments said.")  # fmt: skip
    meets = [e for e in acts if e[1] == "meet"]
    assert meets, acts
    assert all(e[3] == "prisoner_exchange" for e in meets), acts


def test_a_meeting_behind_an_agreed_swap_stays_talks_in_a_talks_thread() -> None:
    acts = _events("", "Mexico proposed talks with Guatemala on the detainees last month. Mexican "
                       "and Guatemalan officials agreed on Friday to exchange 12 detainees after "
                       "talks in Tapachula.")  # fmt: skip
    meets = [e for e in acts if e[1] == "meet"]
    assert meets, acts
    assert all(e[3] == "talks" for e in meets), acts


# 525. A "meet" that opens a second act ("agreed to cease hostilities and to meet again")
# is not what was agreed; "proposed that the two sides meet" still is a proposal of talks.
def test_a_meeting_as_a_second_act_is_not_the_agreements_issue() -> None:
    acts = _events("", "Ecuador and Peru agreed to cease all hostilities for a month and to meet "
                       "again before it expires.")  # fmt: skip
    agrees = [e for e in acts if e[1] == "agree"]
    assert agrees, acts
    assert not [e for e in agrees if e[3] == "talks"], acts


def test_a_proposal_that_the_sides_meet_is_talks() -> None:
    acts = _events("", "Ghana proposed that the two sides meet in Accra.")
    assert [e for e in acts if e[:2] == ("GHA", "propose") and e[3] == "talks"], acts


# 526. An inspection team's visit to a site named only by its city is a meeting with the city's
# state.
@pytest.mark.parametrize(
    ("body", "host"),
    [
        ("IAEA inspectors visited a former reactor in Da Nang on Thursday.", "VNM"),
        ("IAEA inspectors completed a two-day visit to a fuel plant in Quezon City on Friday.",
         "PHL"),
    ],
)  # fmt: skip
def test_an_inspection_visit_to_a_city_meets_its_state(body: str, host: str) -> None:
    acts = _events("", body)
    assert ("IAEA", "meet", host, "nuclear", "asserted") in acts, acts


# 527. A month without a year after the answer's verb that belongs to a later act ("accepted
# Brazil's proposal to hold a summit ... in February") does not make the answer old news; one
# placed right after the verb ("accepted in May an invitation") still does.
def test_a_month_of_the_proposed_act_does_not_date_the_answer_back() -> None:
    _, _, events = classify_text(
        "",
        "Uruguay accepted Brazil's proposal to hold a summit on river dredging in February, the "
        "foreign ministry said.",
        published_year=2026,
        published_month=11,
    )
    acts = [(e.actor, e.action, e.target, e.modality) for e in events]
    assert ("URY", "accept", "BRA", "asserted") in acts, acts


def test_a_month_right_after_the_answer_still_dates_it_back() -> None:
    _, _, events = classify_text(
        "",
        "Bhutan accepted in May an invitation from India to hold border talks.",
        published_year=2026,
        published_month=9,
    )
    assert not [e for e in events if e.action == "accept"], events


# 528. A rejection held back ("did not reject the proposal outright", "stopped short of
# rejecting") is a reply, beside the negated rejection.
def test_a_rejection_held_back_is_a_reply() -> None:
    acts = _events("", "Armenia did not reject the Georgian proposal outright, saying it wanted "
                       "guarantees on transit fees.")  # fmt: skip
    assert ("ARM", "respond", "GEO") in {e[:3] for e in acts if e[4] == "asserted"}, acts
    assert [e for e in acts if e[:2] == ("ARM", "reject") and e[4] == "negated"], acts
