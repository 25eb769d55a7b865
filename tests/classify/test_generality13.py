"""General failure classes, session 12: each case is a new sentence with countries, regions and
groups of its own, exercising one general mechanism (classes named by blind sets' writers and
analysts; none of their sentences is used)."""

from __future__ import annotations

import pytest
from classify_helpers import events_of


# 338. Talks named after "after" ("no deal came after two days of talks between X and Y") took
# place whatever the main clause says: its negation does not reach back to them.
@pytest.mark.parametrize(
    "body",
    [
        "No deal was signed after four days of talks between Guyana and Suriname in Paramaribo, "
        "officials said.",
        "Nothing was agreed following two rounds of negotiations between Kenya and Somalia.",
    ],
)
def test_talks_after_a_negated_clause_still_took_place(body: str) -> None:
    found = [(act, m) for _, act, _, _, m in events_of(body) if act == "meet"]
    assert found
    assert all(m == "asserted" for _, m in found), found


# 339. A participle after "wrote/phoned to <someone>" ("has written to her Chilean counterpart
# proposing talks") is the writer's act, not the addressee's.
@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        (
            "Peru's foreign minister has written to her Chilean counterpart proposing talks on "
            "the maritime boundary, officials in Lima said.",
            "PER",
            "CHL",
        ),
        ("Ghana's president has written to his Togolese counterpart suggesting a summit.", "GHA",
         "TGO"),
    ],
)  # fmt: skip
def test_a_participle_after_writing_to_someone_is_the_writers(
    body: str, actor: str, target: str
) -> None:
    found = [(a, t) for a, act, t, _, _ in events_of(body) if act == "propose"]
    assert (actor, target) in found
    assert (target, actor) not in found


# 340. An "-ing" verb before a plain noun is the verb and the noun its object when it follows
# "is/were" ("is offering talks"), a comma (", proposing negotiations") or a party after "to"
# or "with"; after a determiner it stays an adjective ("a negotiating team").
@pytest.mark.parametrize(
    ("body", "actor", "action"),
    [
        ("Ecuador is proposing talks on the river dispute, officials in Quito said.", "ECU",
         "propose"),
        ("Malawi wrote to Tanzania on Monday, offering negotiations on the lake boundary.", "MWI",
         "propose"),
        ("Bolivia was rejecting proposals from Chile on the waters, an aide said.", "BOL",
         "reject"),
    ],
)  # fmt: skip
def test_an_ing_verb_before_its_plain_noun_object(body: str, actor: str, action: str) -> None:
    assert (actor, action) in [(a, act) for a, act, _, _, _ in events_of(body)]


def test_an_ing_word_after_a_determiner_stays_an_adjective() -> None:
    body = "Ecuador sent a negotiating team to Lima on Monday."
    assert "propose" not in [act for _, act, _, _, _ in events_of(body)]


# 341. "rejected what it called a humiliating offer": the object is the thing named ("an offer",
# an answer), or a claim ("what it called fabricated reports", a comment).
def test_what_it_called_names_the_object() -> None:
    offer = events_of("Niger rejected what it called a humiliating offer from Benin.")
    assert ("NER", "reject", "BEN") in [(a, act, t) for a, act, t, _, _ in offer]
    claim = events_of("Benin rejected what it called fabricated reports from Niger.")
    assert "reject" not in [act for _, act, _, _, _ in claim]


# 342. A participle after a denial's own clause and a comma ("denied the report, rejecting the
# plan") is an act of its own: the denial does not negate it.
def test_a_participle_after_a_denial_is_not_denied() -> None:
    body = "Hanoi denied the report, rejecting the Cambodian proposal outright."
    found = [(a, act, m) for a, act, _, _, m in events_of(body) if act == "reject"]
    assert ("VNM", "reject", "asserted") in found


# 343. Every "<meeting noun> between A and B" construction knows the same meeting nouns:
# "consultations between", "discussions between" are meetings like "talks between".
@pytest.mark.parametrize(
    "body",
    [
        "Three days of consultations between Laos and Cambodia ended in Vientiane on Friday.",
        "Discussions between Chile and Argentina began in Mendoza on Monday.",
    ],
)
def test_consultations_between_two_parties_are_a_meeting(body: str) -> None:
    found = {(a, t, m) for a, act, t, _, m in events_of(body) if act == "meet"}
    assert len(found) == 2, found
    assert all(m == "asserted" for _, _, m in found), found


# 344. An answer to a party's plan that names no issue ("also accepted the Brazilian plan") is
# about what that party proposed: the issue of the others' answers to it, not of a meeting
# the proposer holds with the answering side.
def test_an_answer_takes_the_issue_of_the_plan_it_answers() -> None:
    body = (
        "Peru accepted a Brazilian proposal for a prisoner exchange with Bolivia on Wednesday. "
        "Brazil's foreign ministry said it would host talks with Bolivia in Brasilia. "
        "Bolivia later said it also accepted the Brazilian plan."
    )
    found = [(a, i) for a, act, t, i, _ in events_of(body) if act == "accept" and t == "BRA"]
    assert ("BOL", "prisoner_exchange") in found, found


# 345. Readiness ("is ready to resume talks with Manila") in an article where nothing was put
# to anyone is an offer; beside an offer, a request or a reply it stays an acceptance.
def test_readiness_with_nothing_on_the_table_is_an_offer() -> None:
    alone = "Jakarta is ready to resume border talks with Kuala Lumpur, the foreign minister said."
    assert ("IDN", "propose", "MYS") in [(a, act, t) for a, act, t, _, _ in events_of(alone)]
    answer = (
        "Jakarta is ready to resume border talks with Kuala Lumpur, the foreign minister said, "
        "responding to a Malaysian request made on Monday."
    )
    found = [(a, act, t) for a, act, t, _, _ in events_of(answer)]
    assert ("IDN", "propose", "MYS") not in found, found


# 346. The sports vocabulary names team sports and their fixtures ("football friendly",
# "national team", "tickets"): a match between two national teams, even inside a report on
# the two states' talks, is no meeting of states.
def test_a_friendly_between_national_teams_is_no_meeting() -> None:
    body = (
        "Ghana and Togo held border talks in Lome on Monday, and their foreign ministers said the "
        "negotiations would resume in March. The delegations discussed a joint patrol treaty and "
        "a ceasefire along the frontier, diplomats said. Separately, Ghana and Togo are due to "
        "meet in a football friendly in Accra next month, and tickets go on sale on Friday."
    )
    found = [(a, act, m) for a, act, _, _, m in events_of(body) if act == "meet"]
    assert ("GHA", "meet", "asserted") in found, found
    assert ("GHA", "meet", "expected") not in found, found


# 347. A state's vessel named in the singular ("a Vietnamese coastguard ship", "an Indian
# warship") is the state's agent, as "coast guard" and "warships" are; a cargo ship is not.
@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        ("A Vietnamese coastguard ship rammed a Chinese fishing boat near the Paracels.", "VNM",
         "CHN"),
        ("An Indian warship fired on a Pakistani boat off Gujarat.", "IND", "PAK"),
    ],
)  # fmt: skip
def test_a_states_vessel_in_the_singular_is_its_agent(body: str, actor: str, target: str) -> None:
    assert (actor, "attack", target) in [(a, act, t) for a, act, t, _, _ in events_of(body)]


def test_a_cargo_ship_is_no_states_agent() -> None:
    body = "A Greek cargo ship collided with a Turkish ferry in the Aegean on Sunday."
    assert not events_of(body)


# 348. "X mediated/brokered/facilitated (indirect) talks between A and B": the talks took place,
# between A and B, as with "hosted".
@pytest.mark.parametrize(
    "body",
    [
        "Kenya mediated indirect talks between Ethiopia and Eritrea in Nairobi.",
        "Turkey brokered talks between Azerbaijan and Armenia in Ankara on Monday.",
    ],
)
def test_mediated_talks_took_place(body: str) -> None:
    found = [m for _, act, _, _, m in events_of(body) if act == "meet"]
    assert len(found) == 2, found
    assert set(found) == {"asserted"}, found


# 349. Co-actors of a one-sided comment ("Chad and Niger condemned the decision") are not what
# each other condemned; traded accusations stay acts on each other.
def test_co_actors_of_a_condemnation_are_not_each_others_target() -> None:
    found = [
        (a, t)
        for a, act, t, _, _ in events_of(
            "Chad and Niger condemned the decision to close the border crossings."
        )
        if act == "comment"
    ]
    assert found
    assert ("TCD", "NER") not in found, found
    assert ("NER", "TCD") not in found, found
    traded = events_of("Chad and Niger traded accusations after the border clash on Monday.")
    assert ("TCD", "comment", "NER") in [(a, act, t) for a, act, t, _, _ in traded]


# 350. An organisation before "decision", "resolution", "statement" or "communique" ("an
# ECOWAS decision") owns it, as with "plan" and "proposal": the party a comment is aimed at.
@pytest.mark.parametrize("noun", ["decision", "statement", "resolution"])
def test_an_organisations_decision_is_its_own(noun: str) -> None:
    body = f"Guinea condemned an ECOWAS {noun} to deploy troops on its border."
    assert ("GIN", "comment", "ECOWAS") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 351. "voted to extend the embargo", "voted on Tuesday to impose sanctions": the vote does
# what its infinitive says (asserted), with a time or manner between the vote and its "to".
@pytest.mark.parametrize(
    "body",
    [
        "The Security Council voted on Tuesday to extend the arms embargo on the Central African "
        "Republic.",
        "EU foreign ministers voted unanimously to impose sanctions on Nicaragua.",
        "The Security Council voted to renew the arms embargo on Somalia.",
    ],
)
def test_a_vote_to_sanction_is_a_sanction(body: str) -> None:
    found = [m for _, act, _, _, m in events_of(body) if act == "sanction"]
    assert found == ["asserted"], found


# 352. An answer's object with its owner after a participle ("rejected the ceasefire terms
# proposed by the TPLF", "accepted the truce offered by the ELN") answers that owner, not the
# state that tells of it.
def test_an_answer_to_terms_proposed_by_a_party_is_aimed_at_it() -> None:
    body = (
        "Kenya said Ethiopia had rejected the ceasefire terms proposed by the TPLF, Kenyan "
        "officials said in Nairobi."
    )
    found = [(a, t) for a, act, t, _, _ in events_of(body) if act == "reject"]
    assert ("ETH", "TPLF") in found, found
    assert ("ETH", "KEN") not in found, found


# 353. A state that chairs, hosts or mediates the talks ("Qatar will chair the talks") is their
# go-between: "the government" that answers is the party's, not the go-between's, however
# often the article names it.
def test_the_government_that_answers_is_not_the_talks_chair() -> None:
    body = (
        "Chad accepted a ceasefire offered by the FACT rebels, officials said on Monday. "
        "Delegations are expected in Doha next week, the Qatari foreign ministry said; Qatar "
        "will chair the talks. Qatari officials said Qatar had flown the negotiators to Doha. "
        '"The government accepts the truce," a spokesman said in N\'Djamena.'
    )
    found = [(a, act, t) for a, act, t, _, _ in events_of(body)]
    assert ("TCD", "accept", "FACT") in found, found
    assert not [e for e in found if e[0] == "QAT" and e[1] == "accept"], found


# 354. A state that hosted the talks and is named otherwise only as their venue ("talks hosted
# by Algeria in Algiers") is no side of the article's acts, not even as the last party left.
def test_a_host_named_as_a_venue_is_no_side() -> None:
    body = (
        "BAMAKO, May 4 - Mali's government declared the ceasefire with the northern rebel "
        "alliance over on Tuesday, accusing the rebels of attacking an army post near Kidal. "
        "The ceasefire was signed in April after talks hosted by Algeria in Algiers."
    )
    found = [(a, t) for a, _, t, _, _ in events_of(body)]
    assert not [p for p in found if "DZA" in p], found


# 355. An act to or by a body of one issue that names none ("replied to the IAEA's request to
# visit the site") is about that body's issue (orgs.tsv `issue=`): nuclear for the IAEA.
def test_an_answer_to_the_iaea_is_about_nuclear() -> None:
    body = (
        "Uzbekistan said on Thursday it had replied to the IAEA's request to visit a former "
        "research complex near Tashkent, a foreign ministry spokesman said."
    )
    found = [(a, t, i) for a, act, t, i, _ in events_of(body) if act == "respond"]
    assert ("UZB", "IAEA", "nuclear") in found, found


# 356. "did not mean/imply that X had accepted": what the act is not taken for; no acceptance.
@pytest.mark.parametrize("verb", ["did not mean", "does not imply"])
def test_not_meaning_an_acceptance_is_none(verb: str) -> None:
    body = f"Officials said the visit {verb} that Hanoi had accepted the Cambodian plan."
    found = [(a, act, m) for a, act, _, _, m in events_of(body)]
    assert ("VNM", "accept", "asserted") not in found, found


# 357. A state or capital joined by "and" to a place ("researchers in Peru and Spain",
# "received in Niamey and Bamako") is a place too, not a party acting.
@pytest.mark.parametrize(
    "body",
    [
        "Researchers in Peru and Spain agreed the fossil was a new species, a study said.",
        "Astronomers in Kenya and Norway reported a new comet, according to a paper published on "
        "Monday.",
    ],
)
def test_a_place_paired_with_a_place_is_no_party(body: str) -> None:
    assert not events_of(body)


# 358. "met only a junior officer": the side that mattered would not meet them; no meeting.
def test_meeting_only_a_junior_official_is_no_meeting() -> None:
    body = (
        "Togo's president refused to receive the Ghanaian envoys, and they met only a junior "
        "official in Lome."
    )
    assert ("GHA", "meet", "asserted") not in [(a, act, m) for a, act, _, _, m in events_of(body)]


# 359. A state that hosts, chairs or mediates talks between two others ("Kenya will host the
# next round of talks between Sudan and the RSF") is their go-between: the two meet, with the
# host's modality (a future host: expected; "could host": hypothetical); the host is no side.
@pytest.mark.parametrize(
    ("body", "modality"),
    [
        ("Kenya will host the next round of talks between Sudan and the RSF, officials said.",
         "expected"),
        ("Oman could host the next round of negotiations between Iran and the United States, a "
         "diplomat said.", "hypothetical"),
        ("Qatar hosted talks between Rwanda and Congo in Doha on Monday.", "asserted"),
    ],
)  # fmt: skip
def test_a_host_of_talks_between_two_is_no_side(body: str, modality: str) -> None:
    found = [(a, t, m) for a, act, t, _, m in events_of(body) if act in ("meet", "accept")]
    host = {"Kenya": "KEN", "Oman": "OMN", "Qatar": "QAT"}[body.split(maxsplit=1)[0]]
    assert found, found
    assert all(m == modality for _, _, m in found), found
    assert not [e for e in found if host in e[:2]], found


# 360. A body's adjective (orgs.tsv flag demonym=: "European" for the EU) names it as a
# country's adjective names the country: "the European offer" is the EU's.
def test_the_european_offer_is_the_eus() -> None:
    body = "Tehran replied in writing to the European offer on its uranium enrichment."
    assert ("IRN", "respond", "EU") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 361. A proposal named by its owner in what a party has yet to answer ("has yet to respond to
# Finland's proposal", "has not accepted Kyiv's offer") stands, unanswered: the owner's
# proposal, asserted, put to the party that owes the answer.
@pytest.mark.parametrize(
    ("body", "owner", "answerer"),
    [
        ("Lisbon has yet to respond to Rabat's proposal for talks on fishing rights, a Moroccan "
         "official said.", "MAR", "PRT"),
        ("Baku has not accepted Yerevan's offer of a prisoner exchange, officials said.", "ARM",
         "AZE"),
    ],
)  # fmt: skip
def test_an_unanswered_proposal_stands(body: str, owner: str, answerer: str) -> None:
    found = [(a, t, m) for a, act, t, _, m in events_of(body) if act == "propose"]
    assert (owner, answerer, "asserted") in found, found


# 362. Countermeasures imposed on a party are measures against it, like sanctions.
def test_imposed_countermeasures_are_a_sanction() -> None:
    body = "Beijing imposed countermeasures on two Lithuanian officials on Friday."
    assert ("CHN", "sanction", "LTU") in [(a, act, t) for a, act, t, _, _ in events_of(body)]
