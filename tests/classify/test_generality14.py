"""General failure classes, session 13: each case is a new sentence with countries, regions and
groups of its own, exercising one general mechanism (classes named by blind sets' writers and
analysts; none of their sentences is used)."""

from __future__ import annotations

import pytest
from classify_helpers import events_of

from storywatch.classify import classify_text


# 363. An unanswered proposal stands (361) also when an adverb sits in the negation ("has so
# far not replied to") and when the answer is only expected ("is expected to respond to").
@pytest.mark.parametrize(
    ("body", "owner", "answerer"),
    [
        ("Wellington has so far not replied to Suva's proposal for a fisheries pact, Fijian "
         "officials said.", "FJI", "NZL"),
        ("Quito is expected to respond to Bogota's offer of border talks next week, a diplomat "
         "said.", "COL", "ECU"),
    ],
)  # fmt: skip
def test_an_answer_still_to_come_leaves_the_proposal_standing(
    body: str, owner: str, answerer: str
) -> None:
    found = [(a, t, m) for a, act, t, _, m in events_of(body) if act == "propose"]
    assert (owner, answerer, "asserted") in found, found


# 364. After a possessive, an agent noun two plain words on acts for the owner ("Russia's state
# news agency"), but not behind a phrase of its own: in "Lima's offer of military talks" the
# offer is Lima's and no military acts.
@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        ("Quito rejected Lima's offer of military talks on Tuesday.", "ECU", "PER"),
        ("Nairobi turned down Mogadishu's proposal for police talks.", "KEN", "SOM"),
    ],
)
def test_an_agent_noun_behind_a_phrase_is_not_the_owners(
    body: str, actor: str, target: str
) -> None:
    assert (actor, "reject", target) in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 365. A state's agent noun that a group's name follows in apposition ("Myanmar's largest
# ethnic army, the Arakan Army, ...") is that group: the state does not act.
@pytest.mark.parametrize(
    ("body", "group", "state"),
    [
        ("Myanmar's largest ethnic army, the Arakan Army, offered talks to the junta on Monday.",
         "AA", "MMR"),
        ("Colombia's biggest drug-trafficking army, the Clan del Golfo, proposed a truce on "
         "Friday.", "EGC", "COL"),
    ],
)  # fmt: skip
def test_an_agent_in_apposition_to_a_group_is_the_group(body: str, group: str, state: str) -> None:
    actors = [a for a, act, _, _, _ in events_of(body) if act == "propose"]
    assert group in actors, actors
    assert state not in actors, actors


# 366. Colombia's Clan del Golfo, by any of its names, is one armed group (orgs.tsv: EGC).
@pytest.mark.parametrize(
    "body",
    [
        "The Gulf Clan offered Bogota a truce on Friday.",
        "The Gaitanista Army of Colombia offered Bogota a truce on Friday.",
    ],
)
def test_the_clan_del_golfo_is_a_group(body: str) -> None:
    assert ("EGC", "propose", "COL") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 367. An answer told both as talks (a headline's "invitation") and as the summit it is ("has
# accepted Togo's proposal for a high-level summit"): the summit, whichever comes first.
def test_an_answer_told_as_talks_and_as_a_summit_is_about_the_summit() -> None:
    title = "Ghana accepts Togolese invitation, summit set for May 4 in Lome"
    body = (
        "ACCRA, April 2 - Ghana has accepted Togo's proposal for a high-level summit, and the two "
        "governments will meet in Lome on May 4, Ghana's foreign minister said on Tuesday. "
        "Togo's foreign minister proposed the meeting last week."
    )
    issues = {i for a, act, _, i, _ in events_of(body, title) if (a, act) == ("GHA", "accept")}
    assert issues == {"summit"}, issues


# 368. A readiness voiced apart from a reply the same party sent ("Chile sent its reply ...
# Santiago is ready to discuss the quotas") is a remark on the reply, not an acceptance.
def test_readiness_beside_a_reply_is_no_acceptance() -> None:
    body = (
        "Chile sent its reply to Peru's proposal on fishing quotas on Monday. Santiago is ready "
        "to discuss the quotas, a spokesman said."
    )
    found = {(a, act, t) for a, act, t, _, _ in events_of(body)}
    assert ("CHL", "respond", "PER") in found, found
    assert ("CHL", "accept", "PER") not in found, found


# 369. A weekday between "agreed" and what is agreed to, wire style without "on" ("agreed
# Tuesday to Nicaragua's proposal"), is read as with it: an acceptance, no joint deal.
def test_agreed_weekday_to_a_proposal_is_an_acceptance() -> None:
    found = {(a, act, t) for a, act, t, _, _ in events_of(
        "Honduras agreed Tuesday to Nicaragua's proposal for talks on the river border."
    )}  # fmt: skip
    assert ("HND", "accept", "NIC") in found, found
    assert ("HND", "agree", "NIC") not in found, found


# 370. A party ending its part in an agreement in words other than "withdrew from" ("was
# ending its ceasefire with", "was ending its observance of the truce") renounces
# it: a reject, which after an agreement is its breakdown.
@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        ("The ELN said on Thursday it was ending its ceasefire with the Colombian government.",
         "ELN", "COL"),
        ("Hamas said it was ending its observance of the truce with Israel.", "HAMAS", "ISR"),
    ],
)  # fmt: skip
def test_ending_ones_part_in_an_agreement_renounces_it(body: str, actor: str, target: str) -> None:
    assert (actor, "reject", target) in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 371. "The army ... said it had ...": the pronoun is the common noun that speaks, for which
# no party is named; not the last party of the article.
def test_it_after_a_common_noun_that_speaks_is_no_party() -> None:
    body = (
        "The ELN said on Thursday it had rejected the government's offer of talks. "
        "The army confirmed an operation in the area but said it had targeted a drug "
        "trafficking cell."
    )
    assert not [x for x in events_of(body) if x[1] == "attack"], events_of(body)


# 372. A measure on a condition told by its own verb under the modal ("would impose sanctions
# on Y if ...") is that measure, hypothetical, besides the threat it makes.
def test_a_conditional_measure_is_the_measure_hypothetically() -> None:
    body = (
        "Canada would impose sanctions on Nicaragua if the detained journalists were not freed, "
        "the foreign minister said."
    )
    assert ("CAN", "sanction", "NIC", "hypothetical") in [
        (a, act, t, m) for a, act, t, _, m in events_of(body)
    ]


# 373. "would lift sanctions on Y if ...": a concession offered on a condition.
def test_lifting_a_measure_on_a_condition_is_an_offer() -> None:
    body = (
        "Britain would ease sanctions on Belarus if political prisoners were released, a "
        "Foreign Office minister said."
    )
    found = [(a, act, t) for a, act, t, _, _ in events_of(body)]
    assert ("GBR", "propose", "BLR") in found, found


# 374. "could resume talks with Y if ...": the talks on a condition, not a consent to them.
def test_talks_held_on_a_condition_are_a_hypothetical_meeting() -> None:
    body = "Serbia could resume talks with Kosovo if the special police units were withdrawn."
    found = [(a, act, m) for a, act, _, _, m in events_of(body)]
    assert ("SRB", "meet", "hypothetical") in found, found
    assert ("SRB", "accept", "hypothetical") not in found, found


# 375. An appeal for aid stands on its own, whoever it is put to ("appealed to the
# international community for emergency aid").
def test_an_appeal_for_aid_stands_alone() -> None:
    body = "Malawi appealed to the international community on Monday for emergency food aid."
    assert ("MWI", "appeal") in [(a, act) for a, act, _, _, _ in events_of(body)]


# 376. "The government" with no state acting in the article is the dateline's state ("LIMA,
# May 4 - ..."), never the state that offered to host the talks.
def test_the_government_is_the_datelines_state_not_the_host() -> None:
    body = (
        "LIMA, May 4 (Wire) - Qatar said on Monday it was ready to host the talks. The "
        "government has yet to respond to the offer, a spokesman said."
    )
    found = [(a, act, m) for a, act, _, _, m in events_of(body)]
    assert ("PER", "respond", "negated") in found, found


# 377. A past participle after a preposition, with no agent or place of its own, is an
# adjective ("talks over sanctioned banks"): nobody sanctions anyone.
def test_a_participle_after_a_preposition_is_an_adjective() -> None:
    body = "Kyrgyzstan and Britain held talks on Monday over sanctioned banks in Bishkek."
    assert not [x for x in events_of(body) if x[1] == "sanction"], events_of(body)


# 378. "Not only A but also B", "A as well as B": a coordination of both parties.
@pytest.mark.parametrize(
    "body",
    [
        "Not only Ghana but also Senegal called on Mali's junta to free the president.",
        "Ghana as well as Senegal called on Mali's junta to free the president.",
    ],
)
def test_not_only_but_also_coordinates_both(body: str) -> None:
    actors = {a for a, act, _, _, _ in events_of(body) if act == "appeal"}
    assert {"GHA", "SEN"} <= actors, actors


# 379. "Not only did X <act> ..., (but) it also <act> ...": the pronoun is the first clause's
# subject, not a party named in between; and a pronoun is never coordinated with the name a
# comma leaves before it ("... from Mali, it also suspended").
def test_not_only_did_x_then_it_also_is_x() -> None:
    body = (
        "Not only did Norway criticise Russia's latest missile test, but it also called on "
        "Finland to raise its defence spending."
    )
    assert ("NOR", "appeal", "FIN") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


def test_a_pronoun_after_a_comma_is_not_coordinated_with_the_name_before() -> None:
    body = (
        "Not only did Berlin withdraw its last troops from Mali, it also suspended development "
        "aid to Bamako, the German defence ministry confirmed."
    )
    found = [(a, act) for a, act, _, _, _ in events_of(body) if act == "sanction"]
    assert found == [("DEU", "sanction")], found


# 380. The names of bodies and places that hold a sports or market word ("the Arab League",
# "the West Bank", "the World Bank") are no sign of a sports or market piece: a sentence
# that names them with no other topic word is still read.
def test_a_league_or_a_bank_in_a_name_is_no_off_topic_piece() -> None:
    body = "The Arab League called on Israel to halt demolitions in the West Bank."
    assert ("ARABLEAGUE", "appeal", "ISR") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 381. A strategy or computer game, or players controlling a country, is a frame: no state
# acts in it.
def test_players_controlling_a_country_in_a_game_do_not_make_it_act() -> None:
    body = (
        "In the latest version of the computer game, players controlling Egypt can launch "
        "attacks on Libya and Sudan."
    )
    assert not events_of(body)


# 382. A light verb after a possessive or after another verb is an adjective ("Baku has
# ignored Yerevan's repeated offers"): nobody repeats an offer there; and offers a party has
# ignored stand, the owner's, put to it.
@pytest.mark.parametrize(
    "body",
    [
        "Baku has ignored Yerevan's repeated offers of talks since the spring.",
        "Baku has ignored repeated offers of talks from Yerevan since the spring.",
    ],
)
def test_repeated_offers_ignored_are_not_the_ignorers(body: str) -> None:
    found = [(a, t) for a, act, t, _, _ in events_of(body) if act == "propose"]
    assert ("AZE", "ARM") not in found, found


def test_offers_a_party_has_ignored_stand() -> None:
    body = "Baku has ignored Yerevan's repeated offers of talks since the spring."
    found = [(a, t, m) for a, act, t, _, m in events_of(body) if act == "propose"]
    assert ("ARM", "AZE", "asserted") in found, found


# 383. A reply in a noun followed by what it answers, its owner named before the noun ("sent
# its reply to a Swiss proposal for a swap with Azerbaijan"), answers that owner, not a party
# named later in the clause.
def test_a_reply_to_an_owned_proposal_answers_its_owner() -> None:
    body = "Armenia sent its reply to a Swiss proposal for a prisoner swap with Azerbaijan."
    found = [(a, t) for a, act, t, _, _ in events_of(body) if act == "respond"]
    assert found == [("ARM", "CHE")], found


# 384. "reached no agreement": an agreement whose object is denied, negated.
def test_reaching_no_agreement_is_no_agreement() -> None:
    title = "Australian, Fijian officials meet on sanctions row, no breakthrough"
    body = (
        "Australian and Fijian officials held five hours of talks in Suva on Monday, the first "
        "session of a working group set up after Canberra sanctioned three Fijian officials, "
        "but reached no agreement on the measures."
    )
    found = [m for _, act, _, _, m in events_of(body, title) if act == "agree"]
    assert found, found
    assert "asserted" not in found, found


# 385. A date years back after the whole trigger ("talks ... were held in Brussels in 2011")
# makes the act history, its own participle no clause of its own.
def test_talks_held_years_ago_are_history() -> None:
    body = "Talks between Serbia and Kosovo were held in Brussels in 2011, the first since the war."
    _, _, events = classify_text("", body, published_year=2026)
    assert not [e for e in events if e.action == "meet"], events


# 386. "settlement construction", "settlement expansion": settlements built, no peace deal.
def test_settlement_construction_is_no_peace_settlement() -> None:
    body = "Norway called on Israel to halt settlement expansion in the West Bank."
    issues = {i for a, act, _, i, _ in events_of(body) if (a, act) == ("NOR", "appeal")}
    assert issues, events_of(body)
    assert "peace_deal" not in issues, issues


# 387. A group named in full with "Fighters" as its head word ("the Sulu Freedom Fighters")
# is learned like an Army or a Front: its initials are its code.
def test_a_group_of_fighters_named_in_full_is_learned() -> None:
    body = "The Sulu Freedom Fighters offered Manila a 30-day truce on Monday."
    assert ("SFF", "propose", "PHL") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 388. A meeting told by its noun: "the summit has been postponed" (not held), "the summit is
# expected to take place in October" (expected).
@pytest.mark.parametrize(
    ("body", "modality"),
    [
        ("Egypt and Iran agreed to hold a summit. The summit has been postponed, officials in "
         "Cairo said.", "negated"),
        ("Egypt invited Iran to a summit in Cairo. The summit is expected to take place in "
         "October.", "expected"),
    ],
)  # fmt: skip
def test_a_meeting_told_by_its_noun(body: str, modality: str) -> None:
    found = [(a, m) for a, act, _, _, m in events_of(body) if act == "meet"]
    assert ("EGY", modality) in found, found


# 389. The proposer's own negated "acceptance" ("Cuba does not accept sanctions", said by
# the party whose offer is the only one pending) answers nothing and restates no proposal.
def test_a_proposers_refusal_of_something_else_is_no_negated_proposal() -> None:
    body = (
        "Havana offered Brussels a new dialogue on human rights on Monday. Cuba does not accept "
        "sanctions as a tool of pressure, its foreign minister said."
    )
    found = [(a, act, m) for a, act, _, _, m in events_of(body)]
    assert ("CUB", "propose", "negated") not in found, found


# 390. A breach claim that names no issue is about the deal the sentence told of before it
# ("an exchange of detainees collapsed ..., accusing Tonga of breaking the deal").
def test_a_breach_claim_is_about_the_deal_told_before_it() -> None:
    body = (
        "A planned exchange of detainees between Fiji and Tonga collapsed on Sunday, Fijian "
        "officials said, accusing Tonga of breaking the deal."
    )
    found = [(a, t, i) for a, act, t, i, _ in events_of(body) if act == "comment"]
    assert ("FJI", "TON", "prisoner_exchange") in found, found
