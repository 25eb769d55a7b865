"""General failure classes, session 11: each case is a new sentence with countries, regions and
groups of its own, exercising one general mechanism (classes named by blind sets' writers;
none of their sentences is used)."""

from __future__ import annotations

import pytest
from classify_helpers import events_of

from storywatch.classify import classify_text


# 301. A title written with "-General" ("Secretary-General", "Director-General") followed by a
# name the people table does not know teaches that name, like any other title: the official
# speaks for the body or state before the title.
@pytest.mark.parametrize(
    ("body", "actor", "action", "target"),
    [
        (
            "OSCE Secretary-General Ingrid Halvorsen urged Armenia and Azerbaijan to resume "
            "border talks.",
            "OSCE",
            "appeal",
            "ARM",
        ),
        (
            "WHO Director-General Tomas Okafor urged Sudan to open the crossing to aid convoys.",
            "WHO",
            "appeal",
            "SDN",
        ),
    ],
)
def test_a_hyphenated_general_title_teaches_its_name(
    body: str, actor: str, action: str, target: str
) -> None:
    assert (actor, action, target) in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 302. "did not hesitate to accept", "never hesitates to reject": the act was done, at once; a
# plain "hesitated to accept" says it was not (no accept asserted).
@pytest.mark.parametrize(
    ("body", "actor", "action", "target"),
    [
        ("Quito did not hesitate to accept Colombia's offer of joint patrols.", "ECU", "accept",
         "COL"),
        ("Vientiane did not hesitate to reject the Thai proposal for a dam inquiry.", "LAO",
         "reject", "THA"),
    ],
)  # fmt: skip
def test_not_hesitating_to_act_asserts_the_act(
    body: str, actor: str, action: str, target: str
) -> None:
    assert (actor, action, target, "asserted") in [
        (a, act, t, m) for a, act, t, _, m in events_of(body)
    ]


def test_hesitating_to_act_asserts_nothing() -> None:
    body = "Quito hesitated to accept Colombia's offer of joint patrols."
    assert ("ECU", "accept", "asserted") not in [(a, act, m) for a, act, _, _, m in events_of(body)]


# 303. Approving, renewing or prolonging a measure takes it ("approved a fresh package of
# sanctions against Minsk", "renewed the arms embargo on Libya"): a sanction, not the
# acceptance of a proposal; measures come in long phrases, so the object may sit six words on.
@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        ("The EU approved its 19th package of sanctions against Belarus on Monday.", "EU", "BLR"),
        ("The UN Security Council renewed the arms embargo on Libya for a year.", "UN", "LBY"),
        ("Canada imposed a fresh round of sanctions on Nicaragua on Friday.", "CAN", "NIC"),
    ],
)
def test_approving_or_renewing_a_measure_is_a_sanction(body: str, actor: str, target: str) -> None:
    found = [(a, act, t) for a, act, t, _, _ in events_of(body)]
    assert (actor, "sanction", target) in found
    assert (actor, "accept", target) not in found


def test_approving_a_deal_or_extending_a_truce_is_no_sanction() -> None:
    for body in (
        "Peru's congress approved the fisheries deal with Ecuador on Thursday.",
        "Japan and Korea agreed to extend their tariff truce by another 60 days.",
    ):
        assert "sanction" not in [act for _, act, _, _, _ in events_of(body)], body


# 304. A warning of a measure on a condition ("warned that sanctions could be imposed on its
# ministers unless ...", "warned that duties would follow if ...") is a threat made now, against
# the party named in it or in its condition; so is warning that a party would "bear the
# consequences". Analysts warning of harm, or a measure with no condition, threaten nobody.
@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        ("Canberra warned that sanctions could be imposed on Fijian officers unless the junta "
         "freed the detained judges.", "AUS", "FJI"),
        ("Ottawa warned that duties would follow if Beijing kept dumping steel on its market.",
         "CAN", "CHN"),
        ("Baghdad condemned the raid and warned that Ankara would bear the consequences.",
         "IRQ", "TUR"),
    ],
)  # fmt: skip
def test_a_conditional_measure_warned_of_is_a_threat(body: str, actor: str, target: str) -> None:
    assert (actor, "threaten", target) in [(a, act, t) for a, act, t, _, _ in events_of(body)]


def test_a_warning_of_harm_is_no_threat() -> None:
    body = "Economists warned that tariffs could hurt Chile if copper prices kept falling."
    assert "threaten" not in [act for _, act, _, _, _ in events_of(body)]


# 305. Answering reports, allegations or remarks ("responding to reports in Kenyan media",
# "replied to the accusations") is a comment on what was said, no reply to an offer; a reply to
# a proposal stays a reply.
def test_responding_to_reports_is_no_reply() -> None:
    body = "Kampala, responding to reports in Kenyan media, said it would study the Kenyan offer."
    assert ("respond", "asserted") not in [(act, m) for _, act, _, _, m in events_of(body)]


def test_replying_to_a_proposal_stays_a_reply() -> None:
    body = "Uganda replied to the Kenyan proposal for joint patrols on Tuesday."
    assert ("UGA", "respond", "KEN") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 306. A sentence that ends an agreement in words and holds no trigger word ("declared its
# truce with X void") is read for its constructions: the party renounces the agreement.
def test_declaring_a_truce_void_without_a_trigger_word_is_read() -> None:
    body = "Armenia declared its ceasefire with Azerbaijan void."
    found = [(a, act, t, i) for a, act, t, i, _ in events_of(body)]
    assert ("ARM", "reject", "AZE", "ceasefire") in found


# 307. Meeting words beyond "met" and "talks": receiving a delegation sent by a party, two
# parties shaking hands; raising relations to a partnership is an agreement of both; a phone
# call to a counterpart is a word with them (a comment), no round of talks held.
@pytest.mark.parametrize(
    ("body", "actor", "action", "target"),
    [
        ("Ghana's president received a delegation from the ECOWAS Commission in Accra on "
         "Monday.", "GHA", "meet", "ECOWAS"),
        ("The Serbian and Croatian foreign ministers shook hands at a forum in Vienna.", "SRB",
         "meet", "HRV"),
        ("Manila and Hanoi upgraded their relations to a strategic partnership on Tuesday.",
         "PHL", "agree", "VNM"),
        ("Peru's president telephoned his Chilean counterpart on Sunday.", "PER", "comment",
         "CHL"),
    ],
)  # fmt: skip
def test_more_ways_to_meet_and_agree(body: str, actor: str, action: str, target: str) -> None:
    assert (actor, action, target) in [(a, act, t) for a, act, t, _, _ in events_of(body)]


def test_a_phone_call_is_no_meeting() -> None:
    body = "Peru's president telephoned his Chilean counterpart to protest on Sunday."
    assert "meet" not in [act for _, act, _, _, _ in events_of(body)]


# 308. Inspection words make an issue nuclear only where the article is about a nuclear
# programme (another nuclear word, or the atomic agency named): inspectors of farms, of
# prisons or of a truce line are no nuclear issue.
def test_inspectors_of_farms_are_no_nuclear_issue() -> None:
    body = (
        "Chile offered to let Argentine inspectors visit its salmon farms, and Buenos Aires "
        "accepted the offer on Friday."
    )
    assert "nuclear" not in [i for _, _, _, i, _ in events_of(body)]


def test_inspectors_in_a_nuclear_article_stay_nuclear() -> None:
    body = (
        "The IAEA asked Tehran to let its inspectors back into the Fordow site, and Iran "
        "rejected the request on Friday."
    )
    # a request to let the asker's own inspectors in is a proposal (session 15, class 419)
    assert ("IAEA", "propose", "nuclear") in [(a, act, i) for a, act, _, i, _ in events_of(body)]


# 309. A name whose initials are the acronym after it, with no group word in it ("Harakat
# Tahrir Bilad Shinqit (HTBS)"), names an armed group when the article speaks of insurgents or
# rebels; an agency's or a company's name ("... Water Authority (NWA)") is no group.
def test_a_name_spelled_by_its_acronym_is_a_group_where_rebels_fight() -> None:
    body = (
        "The insurgents of Harakat Tahrir Bilad Shinqit (HTBS) proposed a ceasefire to "
        "Mauritania on Monday."
    )
    assert ("HTBS", "propose", "MRT") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


def test_an_agency_spelled_by_its_acronym_is_no_group() -> None:
    body = (
        "Rebels attacked a depot of the Niger Water Supply Authority (NWSA) on Monday, and "
        "Niamey accused Mali of sheltering the insurgents."
    )
    assert "NWSA" not in [a for a, _, _, _, _ in events_of(body)]


# 310. An answer's object named with its owner before the noun ("blocked an EU decision to
# extend sanctions on Belarus", "accepted a Qatar-drafted plan") answers that owner, not the
# party the proposal is about.
@pytest.mark.parametrize(
    ("body", "actor", "action", "target"),
    [
        ("Slovakia blocked an EU decision to extend sanctions against Belarus.", "SVK", "reject",
         "EU"),
        ("Hamas had accepted a Qatar-drafted plan for a truce with Israel, officials in Cairo "
         "said.", "HAMAS", "accept", "QAT"),
    ],
)  # fmt: skip
def test_an_answer_to_an_owned_proposal_targets_its_owner(
    body: str, actor: str, action: str, target: str
) -> None:
    assert (actor, action, target) in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 311. "Neither X nor Y has agreed to Z's proposal": each has not accepted it (two negated
# acceptances of Z's), no agreement between X and Y denied.
def test_neither_nor_agreed_to_a_proposal_is_two_negated_acceptances() -> None:
    body = "Neither Rwanda nor Burundi has agreed to the Tanzanian proposal for border talks."
    found = [(a, act, t, m) for a, act, t, _, m in events_of(body)]
    assert ("RWA", "accept", "TZA", "negated") in found
    assert ("BDI", "accept", "TZA", "negated") in found
    assert not [f for f in found if f[1] == "agree"]


# 312. The members named before a group ("Rebels of the Allied Democratic Forces") are no part
# of its name: the group is known by the initials of its own words.
def test_members_before_a_group_name_are_not_in_its_initials() -> None:
    body = "Fighters of the Zomi Revolutionary Army attacked a junta post in Myanmar."
    actors = [a for a, _, _, _, _ in events_of(body)]
    assert "ZRA" in actors
    assert "FZRA" not in actors


# 313. "placed sanctions on ...": a measure taken, like "imposed"; "accepted a proposal by the
# African Union to ...": the proposal's owner named after the noun is the one answered.
@pytest.mark.parametrize(
    ("body", "actor", "action", "target"),
    [
        ("Britain placed sanctions on four Sudanese generals on Tuesday.", "GBR",
         "sanction", "SDN"),
        ("Malawi accepted a proposal by SADC to send observers to its border with Mozambique.",
         "MWI", "accept", "SADC"),
    ],
)  # fmt: skip
def test_placed_sanctions_and_a_proposal_by_its_owner(
    body: str, actor: str, action: str, target: str
) -> None:
    assert (actor, action, target) in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 314. "suspended Guinea's membership": a body's measure against another party (a sanction);
# "suspended its membership of" stays a walk-out of its own.
def test_suspending_another_partys_membership_is_a_sanction() -> None:
    found = [(a, act, t) for a, act, t, _, _ in events_of("SADC suspended Lesotho's membership.")]
    assert ("SADC", "sanction", "LSO") in found
    own = [(a, act) for a, act, _, _, _ in events_of("Burkina Faso suspended its membership of "
                                                     "ECOWAS on Monday.")]  # fmt: skip
    assert ("BFA", "sanction") not in own


# 315. "two Russian diplomats accused of spying", "officials blamed for the leak": a passive
# participle; nobody accuses there, least of all the accused. "Kyiv accused Moscow of ..." stays.
def test_the_accused_make_no_accusation() -> None:
    body = "Poland expelled three Belarusian diplomats accused of spying for Minsk."
    assert ("BLR", "comment") not in [(a, act) for a, act, _, _, _ in events_of(body)]


# 316. An accusation's object is a party, never a gerund: "accused Beijing of ..." keeps Beijing
# (a name that ends in "-ing").
def test_accusing_a_capital_ending_in_ing_is_read() -> None:
    body = "Manila accused Beijing of rehearsing a blockade of the shoal."
    assert ("PHL", "comment", "CHN") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 317. "Delegations of the European Union and Serbia": the people before a known body's name
# are its members, and a name learned from initials never takes a known party's code (DEU is
# Germany's).
def test_delegations_of_a_known_body_are_that_body() -> None:
    body = "Envoys of the European Union and Kosovo are to sit down in Vienna next week."
    actors = {a for a, _, _, _, _ in events_of(body)}
    assert "EU" in actors
    assert not actors & {"EEU", "DEU"}


def test_a_learned_name_never_takes_a_known_code() -> None:
    body = "The Ituri Taskforce Army attacked a village in eastern Congo on Monday."
    assert "ITA" not in {a for a, _, _, _, _ in events_of(body)}  # Italy's code


# 318. A body's name in the other spelling ("Organisation of American States", "World Trade
# Organisation") is the same body.
def test_a_bodys_name_in_british_spelling_is_known() -> None:
    body = "The Organisation of American States called on Haiti to free the detained journalists."
    assert ("OAS", "appeal", "HTI") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 319. "There have been no talks between X and Y since ...": no meeting of the pair (negated).
def test_no_talks_between_a_pair_is_a_negated_meeting() -> None:
    body = "There have been no negotiations between Bolivia and Chile since the ruling."
    found = [(a, act, t, m) for a, act, t, _, m in events_of(body)]
    assert ("BOL", "meet", "CHL", "negated") in found
    assert ("BOL", "meet", "CHL", "asserted") not in found


# 320. Parties that failed to agree after talks ("failed to reach a deal after two days of talks
# in Nairobi") met all the same; a refusal to hold talks is no meeting.
def test_failing_to_agree_after_talks_is_a_meeting() -> None:
    body = "Kenya and Somalia failed to reach a deal on the maritime border after talks in Nairobi."
    found = [(a, act, t, m) for a, act, t, _, m in events_of(body)]
    assert ("KEN", "meet", "SOM", "asserted") in found
    assert ("KEN", "agree", "SOM", "negated") in found


def test_not_agreeing_to_hold_talks_is_no_meeting() -> None:
    body = "Kenya and Somalia have not agreed to hold talks on the maritime border."
    assert ("meet", "asserted") not in [(act, m) for _, act, _, _, m in events_of(body)]


# 321. An act inside the condition of a threat ("could retaliate if Delhi carries out strikes")
# is no threat of the condition's subject; the one who would retaliate threatens it.
def test_the_condition_of_a_threat_threatens_nothing() -> None:
    body = "Bangladesh could retaliate if Myanmar carries out air strikes near its border."
    found = [(a, act, t) for a, act, t, _, _ in events_of(body)]
    assert ("BGD", "threaten", "MMR") in found
    assert ("MMR", "threaten") not in [(a, act) for a, act, _ in found]


# 322. A hyphenated modifier before "rebel alliance" ("the Tuareg-led rebel alliance") says who
# leads it, not what it is called: no group is learned from it.
def test_a_led_by_modifier_names_no_group() -> None:
    body = (
        "The Tuareg-led rebel alliance proposed a truce to Mali on Monday, a spokesman for the "
        "alliance said."
    )
    assert "TUAREG-LED" not in {a for a, _, _, _, _ in events_of(body)}


# 323. A draft deal or agreement handed to the parties is a proposal ("handed both capitals a
# draft agreement on the border"), not an agreement reached.
def test_a_draft_agreement_handed_over_is_a_proposal() -> None:
    body = "Kenya handed Ethiopia and Somalia a draft agreement on port access on Friday."
    found = [(a, act) for a, act, _, _, _ in events_of(body)]
    assert ("KEN", "propose") in found
    assert ("KEN", "agree") not in found


# 324. One party that "has agreed to a U.S.-brokered prisoner exchange with Y" consents to it (an
# acceptance; the handover is still to come): the party named after "with" is the one answered,
# not a co-signatory.
def test_one_party_agreeing_to_a_brokered_exchange_with_another_accepts_it() -> None:
    body = (
        "Azerbaijan has agreed to a U.S.-brokered prisoner exchange with Armenia, and the "
        "handover is expected on Sunday."
    )
    found = [(a, act, t) for a, act, t, _, _ in events_of(body)]
    assert ("AZE", "accept", "ARM") in found
    assert ("AZE", "agree", "ARM") not in found


# 325. A month after a participle and its place ("guards seized on the Panj river in January")
# dates the seizure, not the act ("offered to release ... in return for ..."); a month right
# after the act's own verb still dates the act (in a June article: background, dropped).
@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ("Bishkek offered to release two Kazakh herders detained near the border in March in "
         "return for three Kyrgyz prisoners.", True),
        ("Bishkek offered in March to release two Kazakh herders in return for three Kyrgyz "
         "prisoners.", False),
    ],
)  # fmt: skip
def test_a_participles_month_does_not_date_the_act(body: str, kept: bool) -> None:
    _, _, events = classify_text("", body, 2026, 6)
    assert (("KGZ", "propose") in [(e.actor, e.action) for e in events]) is kept


# 326. A meeting named as the setting of an act ("approved the listings at a meeting in
# Brussels") is where it happened, not what was approved; "stands ready to review its sanctions
# should ..." offers a concession, like "ready to ease".
def test_a_meeting_as_setting_is_no_object_of_approval() -> None:
    body = "Council ministers of ASEAN approved the statement on Myanmar at a meeting in Jakarta."
    assert ("accept", "talks") not in [(act, i) for _, act, _, i, _ in events_of(body)]


def test_ready_to_review_sanctions_offers_a_concession() -> None:
    body = "Britain stands ready to review its sanctions on Minsk should it free the prisoners."
    assert ("GBR", "propose", "BLR") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 327. "accepted the proposal, responding to a letter from X": the participle says what the
# acceptance answers; no second, separate reply.
def test_a_participle_reply_beside_an_answer_is_no_reply_of_its_own() -> None:
    body = "Laos accepted the Thai proposal on Monday, responding to a letter from Bangkok."
    found = [(a, act) for a, act, _, _, _ in events_of(body)]
    assert ("LAO", "accept") in found
    assert ("LAO", "respond") not in found


# 328. "a proposal to trade the two sailors for nine prisoners": people traded for people is a
# prisoner exchange, not trade; "trade talks" stay trade.
def test_trading_captives_for_captives_is_a_prisoner_exchange() -> None:
    body = "Tbilisi rejected a Russian proposal to trade the two herders for four detainees."
    assert ("GEO", "reject", "prisoner_exchange") in [
        (a, act, i) for a, act, _, i, _ in events_of(body)
    ]


# 329. An act in a "once" or "as soon as" clause of a future main clause ("talks will resume once
# Quito accepts the plan") is a condition (hypothetical); "accepted the plan once it was
# revised" was done.
def test_an_act_in_a_once_clause_of_a_future_is_a_condition() -> None:
    body = "The talks will resume once Quito accepts the Peruvian proposal, officials said."
    found = [(a, act, m) for a, act, _, _, m in events_of(body)]
    assert ("ECU", "accept", "hypothetical") in found
    assert ("ECU", "accept", "asserted") not in found


def test_an_act_in_a_once_clause_of_a_past_was_done() -> None:
    body = "Quito accepted the Peruvian proposal once it was revised, officials said."
    assert ("ECU", "accept", "asserted") in [(a, act, m) for a, act, _, _, m in events_of(body)]


# 330. Deals on minerals or investment ("concluded a critical minerals partnership", "signed an
# investment treaty") are about trade.
def test_a_minerals_or_investment_deal_is_about_trade() -> None:
    body = "Japan and Chile signed a critical minerals partnership in Santiago on Monday."
    assert ("JPN", "agree", "trade") in [(a, act, i) for a, act, _, i, _ in events_of(body)]


# 331. An offer to exchange, swap, release or hand back people ("offered to exchange three
# detained nationals for an engineer", "offered to hand back two guards in return for ...") is
# a proposal of a prisoner exchange.
def test_an_offer_to_exchange_people_is_a_proposed_exchange() -> None:
    body = "Minsk has offered to exchange two detained Polish nationals for a Belarusian officer."
    assert ("BLR", "propose", "POL", "prisoner_exchange") in [
        (a, act, t, i) for a, act, t, i, _ in events_of(body)
    ]


def test_an_offer_to_exchange_views_is_no_prisoner_exchange() -> None:
    body = "Minsk offered to exchange views with Warsaw on border security."
    assert "prisoner_exchange" not in [i for _, _, _, i, _ in events_of(body)]


# 332. A state's name that the article gives a mayor or a city council ("Cuba Mayor Ann Briggs",
# "the Cuba City Council in Missouri"), or names among towns ("the Ohio towns of Lebanon and
# Jordan"), is a town: it acts for no state, in the headline either.
@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Jordan and Lebanon councils sign road maintenance deal",
            "The Ohio towns of Jordan and Lebanon signed a road maintenance agreement on Monday "
            "after months of negotiations between their councils.",
        ),
        (
            "Cuba city council rejects mayor's plan, proposes talks",
            "The Cuba City Council in eastern Missouri voted to reject Mayor Ann Briggs's plan "
            "and proposed talks with the county on Tuesday.",
        ),
    ],
)
def test_a_state_named_as_a_town_acts_for_no_state(title: str, body: str) -> None:
    _, _, events = classify_text(title, body, 2026, 6)
    assert not events, events


# 333. "agrees to IAEA inspection of its plant": one party's consent to the agency's request (an
# acceptance on the nuclear issue, "inspection" in an article that names the agency).
def test_agreeing_to_an_agencys_inspection_accepts_it() -> None:
    body = "Kazakhstan agreed to IAEA inspection of its Ulba plant, the agency said on Monday."
    assert ("KAZ", "accept", "IAEA", "nuclear") in [
        (a, act, t, i) for a, act, t, i, _ in events_of(body)
    ]


# 334. A condition told by inversion at the head of the sentence ("Had Minsk accepted the offer,
# ...", "Should Baku reject the plan, ...") is no act done: hypothetical.
@pytest.mark.parametrize(
    "body",
    [
        "Had the Belarusian delegation accepted the Polish offer, the talks would not have "
        "collapsed, diplomats said.",
        "Should the Azerbaijani side reject the Armenian plan, talks would collapse, diplomats "
        "said.",
    ],
)
def test_an_inverted_condition_is_hypothetical(body: str) -> None:
    found = [(act, m) for _, act, _, _, m in events_of(body) if act in ("accept", "reject")]
    assert found
    assert all(m == "hypothetical" for _, m in found), found


# 335. Agreeing an agenda, a date or a venue ("agreed the agenda for the summit") arranges a
# meeting to come; no deal is reached.
def test_agreeing_an_agenda_arranges_a_meeting() -> None:
    body = "Fiji and Tonga agreed the agenda for next month's summit in Suva."
    found = [(a, act, m) for a, act, _, _, m in events_of(body)]
    assert ("FJI", "meet", "expected") in found
    assert ("FJI", "agree", "asserted") not in found


# 336. A threat's object may open with an "-ing" word ("threatened overwhelming countermeasures
# against Seoul", "threatened cutting gas supplies to Chisinau"): any object makes the threat.
@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        ("Pyongyang threatened overwhelming countermeasures against Tokyo on Sunday.", "PRK",
         "JPN"),
        ("Moscow threatened cutting electricity supplies to Georgia over the dispute.", "RUS",
         "GEO"),
    ],
)  # fmt: skip
def test_a_threat_of_an_ing_object_is_a_threat(body: str, actor: str, target: str) -> None:
    assert (actor, "threaten", target) in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 337. Denying any involvement in (or responsibility for) an attack is the party's attack,
# negated; the denial stays a comment.
def test_denying_involvement_in_an_attack_is_a_negated_attack() -> None:
    body = "Turkey denied any involvement in an air strike on a village in northern Iraq."
    found = [(a, act, t, m) for a, act, t, _, m in events_of(body)]
    assert ("TUR", "attack", "IRQ", "negated") in found
    assert ("TUR", "attack", "IRQ", "asserted") not in found
