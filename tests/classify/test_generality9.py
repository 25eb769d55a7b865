"""General failure classes, session 8: each case is a new sentence with countries, regions and
groups of its own, exercising one general mechanism (classes named by blind sets' writers and
error analysts; none of their sentences is used)."""

from __future__ import annotations

import pytest
from classify_helpers import events_of

from storywatch.classify import classify_text


# 168. A regional administration that deals with its national government is a party: the
# article names it as one ("the regional government of Zanzibar", "Puntland's state
# administration", "the Bougainville regional government"), and the region's name then stands
# for it. A president's administration names no region.
@pytest.mark.parametrize(
    ("body", "region", "state"),
    [
        (
            "Tanzania's government and the regional government of Zanzibar signed an accord "
            "in Dodoma on Friday. Zanzibar's president said the deal would hold.",
            "ZANZIBAR",
            "TZA",
        ),
        (
            "Papua New Guinea and the Bougainville regional government signed a roadmap in "
            "Port Moresby on Tuesday.",
            "BOUGAINVILLE",
            "PNG",
        ),
        (
            "Indonesia proposed talks on Monday. The Autonomous Government of Aceh rejected "
            "the offer on Tuesday.",
            "ACEH",
            "IDN",
        ),
        (
            "Moldova and the Autonomous Gagauzia Government signed a budget accord in Chisinau.",
            "GAGAUZIA",
            "MDA",
        ),
        (
            "Puntland's state administration rejected the federal offer of talks on Sunday, "
            "days after Somalia proposed a meeting in Garowe.",
            "PUNTLAND",
            "SOM",
        ),
    ],
)
def test_a_regional_administration_is_a_party(body: str, region: str, state: str) -> None:
    events = events_of(body)
    assert any(a == region for a, *_ in events), events
    assert any(a == state for a, *_ in events), events


@pytest.mark.parametrize(
    "body",
    [
        "The Biden administration and Mexico signed an accord on Friday.",
        "The Texas state government sued the federal government over the border wall.",
        "The Somali regional state signed an accord with the federal government.",
    ],
)
def test_an_administration_named_for_a_person_or_a_known_name_is_no_new_party(
    body: str,
) -> None:
    entities = classify_text("", body, 2026)[1]
    assert not [e for e in entities if e in ("BIDEN", "TEXAS", "SOMALI")], entities


# 169. "X and the government of Y": the second party stands behind its agent noun; the
# coordination holds both ("the government of Sudan" is Sudan, not a placeholder for
# the government last named).
@pytest.mark.parametrize(
    ("body", "pair"),
    [
        ("Kenya and the government of Sudan signed an accord on Monday.", ("KEN", "SDN")),
        ("Ghana and the authorities in Togo agreed a border protocol on Friday.", ("GHA", "TGO")),
        (
            "Chile and the foreign ministry of Peru signed a fisheries agreement in Lima.",
            ("CHL", "PER"),
        ),
    ],
)
def test_a_party_behind_its_agent_noun_is_coordinated(body: str, pair: tuple[str, str]) -> None:
    agreed = {(a, t) for a, act, t, _, _ in events_of(body) if act == "agree"}
    assert {pair, pair[::-1]} <= agreed, agreed


# 170. An adverb without -ly between the auxiliary and the verb ("has so far remained silent",
# "have still rejected") is no noun that the participle would modify: the verb keeps its subject.
@pytest.mark.parametrize(
    ("body", "action", "modality"),
    [
        (
            "Laos proposed talks on the dam on Monday. Cambodia has so far remained silent.",
            "respond",
            "negated",
        ),
        (
            "Uruguay offered talks on the river. Argentina has still rejected the offer.",
            "reject",
            "asserted",
        ),
    ],
)
def test_an_adverb_before_the_verb_keeps_its_subject(body: str, action: str, modality: str) -> None:
    second = body.split(". ")[1].split(maxsplit=1)[0]
    code = classify_text("", second, 2026)[1][0]
    assert (code, action, modality) in [(a, act, m) for a, act, _, _, m in events_of(body)]


def test_a_participle_after_a_plain_noun_still_modifies_it() -> None:
    body = "Peru and Chile signed the accord agreed in Lima, officials said."
    assert not [e for e in events_of(body) if e[1] == "agree" and e[4] != "asserted"]
    assert ("PER", "agree") in [(a, act) for a, act, *_ in events_of(body)]


# 171. Refusing another party's protest or complaint is a rejection of it, as refusing its
# proposal is; answering one is no reply to a proposal.
@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        (
            "Oslo lodged a formal protest over the detained trawler on Monday. Moscow dismissed "
            "Norway's protest on Tuesday.",
            "RUS",
            "NOR",
        ),
        (
            "Kenya filed a complaint over the border fence. Somalia rejected the Kenyan "
            "complaint as baseless.",
            "SOM",
            "KEN",
        ),
        ("Chile lodged a protest. Peru brushed aside Chile's complaint.", "PER", "CHL"),
        ("Oman filed a complaint. Yemen refused Oman's complaint outright.", "YEM", "OMN"),
    ],
)
def test_dismissing_a_protest_is_a_rejection(body: str, actor: str, target: str) -> None:
    assert (actor, "reject", target) in [(a, act, t) for a, act, t, _, _ in events_of(body)]


def test_answering_a_protest_is_no_reply_to_a_proposal() -> None:
    body = "Seoul lodged a protest over the export curbs. Tokyo will respond to the protest soon."
    assert not [e for e in events_of(body) if e[1] == "respond"]


# 172. "Demand" in the market's sense is nobody's demand: a quantity that moves ("as demand from
# Chile and Peru recovered") or that an economic word qualifies ("strong demand from India").
@pytest.mark.parametrize(
    "body",
    [
        "Zinc futures gained 3% as demand from Vietnam and Thailand picked up.",
        "The brewer's sales rose on strong demand from Nigeria.",
        "Shipping rates climbed as demand from Egypt and Morocco rebounded in March.",
    ],
)
def test_market_demand_is_no_demand(body: str) -> None:
    assert not classify_text("", body, 2026)[2]


def test_a_partys_demand_stays_a_demand() -> None:
    body = "The demand from Armenia for the return of the detainees was rejected by Azerbaijan."
    assert ("ARM", "demand") in [(a, act) for a, act, *_ in events_of(body)]


# 173. Receiving a person of another party ("received his Zambian counterpart", "received
# Brunei's foreign minister") is a meeting with that party; receiving a people, a letter or
# aid is none.
@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        (
            "The Thai prime minister received his Lao counterpart in Bangkok on Friday.",
            "THA",
            "LAO",
        ),
        ("The sultan of Brunei received Malaysia's foreign minister on Tuesday.", "BRN", "MYS"),
    ],
)
def test_receiving_a_visitor_is_a_meeting(body: str, actor: str, target: str) -> None:
    assert (actor, "meet", target) in [(a, act, t) for a, act, t, _, _ in events_of(body)]


@pytest.mark.parametrize(
    "body",
    [
        "Uganda received Congolese refugees at the border on Friday.",
        "Niger received a letter from Benin on Friday.",
        "Fiji received aid from Australia after the cyclone.",
    ],
)
def test_receiving_people_or_things_is_no_meeting(body: str) -> None:
    assert not [e for e in events_of(body) if e[1] == "meet"]


# 174. An issue word that qualifies a person or a body ("a detained aid worker", "trade
# officials") says who someone is, not what the act is about; "in return for" offers one thing
# for another, as "in exchange for" does.
@pytest.mark.parametrize(
    "body",
    [
        "Syria offered to free a detained aid worker in exchange for two jailed officers held "
        "by Jordan.",
        "Venezuela offered on Monday to release a jailed aid volunteer in return for a "
        "businessman held by Colombia.",
    ],
)
def test_a_person_named_by_an_issue_word_leaves_the_issue(body: str) -> None:
    issues = [i for _, act, _, i, _ in events_of(body) if act == "propose"]
    assert issues == ["prisoner_exchange"], issues


def test_an_issue_word_before_a_plain_noun_is_the_issue() -> None:
    body = "Sudan offered Chad talks on aid deliveries to the camps near the border."
    assert [i for _, act, _, i, _ in events_of(body) if act == "propose"] == ["talks"]


# 175. Readiness for something other than what was put to a party ("ready to discuss other
# ideas", "a comprehensive solution"), or voiced in the same breath as a refusal, accepts
# nothing: a statement.
@pytest.mark.parametrize(
    "body",
    [
        'Lithuania proposed a joint inquiry. Latvia said it was ready to discuss "other '
        'formats" for the inquiry.',
        "Nepal turned down Bhutan's plan but said it was ready to keep talking.",
        "Bhutan offered a swap. Nepal said it was ready to discuss the detainees' release, but "
        "that the offer in its current form was not acceptable.",
        "Nepal proposed talks. Bhutan is prepared to discuss trade but its border is not "
        "negotiable, the minister said.",
        "Mongolia proposed talks on the quota. China remained ready to discuss a comprehensive "
        "settlement of trade issues.",
    ],
)
def test_readiness_for_something_else_accepts_nothing(body: str) -> None:
    assert not [e for e in events_of(body) if e[1] == "accept"]


def test_readiness_for_the_proposal_is_an_acceptance() -> None:
    body = "Bhutan proposed border talks. Nepal said it was ready to discuss Bhutan's proposal."
    assert ("NPL", "accept", "BTN") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 176. An armed group the article calls only by its acronym ("the KNX accepted the truce"): in
# an article about rebels or armed groups, an upper-case short name no table lists that recurs
# and acts is that group. Outside such articles, or for acronyms of every day, nothing is
# learned.
def test_a_recurring_acting_acronym_among_rebels_is_a_group() -> None:
    body = (
        "Guatemala offered the rebels a truce on Monday. The FRZ accepted the truce on "
        "Tuesday, an FRZ spokesman said."
    )
    assert ("FRZ", "accept", "GTM") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


@pytest.mark.parametrize(
    "body",
    [
        # no rebels: a company's acronym
        "Peru signed a contract with the TGX on Monday. The TGX said the deal was good.",
        # once, and not acting
        "Guatemala offered the rebels a truce near the FRZ checkpoint on Monday.",
    ],
)
def test_an_acronym_outside_a_rebel_article_or_once_is_no_group(body: str) -> None:
    entities = classify_text("", body, 2026)[1]
    assert not [e for e in entities if e in ("TGX", "FRZ")], entities


# 177. A truce one side declares on its own is an offer of a ceasefire, about the ceasefire
# whatever else the sentence offers.
@pytest.mark.parametrize(
    "body",
    [
        "Colombia proposed talks. The ELN declared a unilateral truce on Monday.",
        "Israel proposed talks on Monday. Hezbollah announced a unilateral ceasefire and offered "
        "talks on the border.",
    ],
)
def test_a_unilateral_truce_is_a_ceasefire_offer(body: str) -> None:
    actor = "ELN" if "ELN" in body else "HEZBOLLAH"
    got = [(a, act, i) for a, act, _, i, m in events_of(body) if m == "asserted"]
    assert (actor, "propose", "ceasefire") in got, got


def test_a_ceasefire_both_sides_announce_is_no_unilateral_offer() -> None:
    body = "Armenia and Azerbaijan announced a ceasefire on Monday."
    assert not [e for e in events_of(body) if e[1] == "propose"]


# 178. An answer whose own predicate says it has not come ("Y's reply has not arrived", "a
# response from Y is still awaited") is Y's answer, negated.
@pytest.mark.parametrize(
    "body",
    [
        "Estonia proposed talks on the border. Latvia's answer has not arrived, officials said.",
        "Estonia proposed talks on the border. A reply from Latvia is still awaited.",
    ],
)
def test_an_answer_that_has_not_come_is_negated(body: str) -> None:
    assert ("LVA", "respond", "negated") in [(a, act, m) for a, act, _, _, m in events_of(body)]


def test_an_answer_that_came_stays_asserted() -> None:
    body = "Estonia proposed talks on the border. Latvia's answer arrived on Monday."
    assert ("LVA", "respond", "negated") not in [(a, act, m) for a, act, _, _, m in events_of(body)]


# 179. What a document says is its author's act: a party named in a participle clause about
# the document ("The offer, passed on through Nigerien intermediaries, calls for") is no actor.
def test_a_party_in_a_clause_about_a_document_is_not_its_author() -> None:
    body = (
        "Chad proposed talks to the rebels. The offer, passed to the rebels through Nigerien "
        "intermediaries, calls for talks on disarmament."
    )
    assert not [e for e in events_of(body) if e[0] == "NER"]


def test_a_party_in_a_clause_about_a_person_still_acts() -> None:
    body = (
        "Ghana invited Togo to talks. Togo's army, led by General Kofi Mensah, has given no "
        "answer to the invitation."
    )
    assert ("TGO", "respond", "negated") in [(a, act, m) for a, act, _, _, m in events_of(body)]


# 180. Consent to act between the parties ("agreed to facilitate contacts between the two
# sides", "agreed to carry messages between the two sides") is a go-between's role, not a
# party's acceptance; the go-between is no main party of the article.
@pytest.mark.parametrize(
    "body",
    [
        "Sudan proposed a truce to the RSF. Chad had agreed to facilitate contacts between the "
        "two sides.",
        "Mali offered the rebels a truce. Algeria, which has agreed to carry messages between "
        "the two sides, urged calm.",
    ],
)
def test_a_go_between_accepts_nothing(body: str) -> None:
    go_between = "TCD" if "Chad" in body else "DZA"
    assert not [e for e in events_of(body) if e[0] == go_between and e[1] in ("accept", "agree")]


# 181. "The other armed group", "a rival militia": a group other than the one the article
# names, never its placeholder.
def test_another_armed_group_is_not_the_articles_group() -> None:
    body = (
        "The M23 said it would not take part in the talks. Kinshasa and the Mai-Mai, the "
        "other armed group invited by Angola, have both accepted the talks."
    )
    assert not [e for e in events_of(body) if e[0] == "M23" and e[1] in ("accept", "propose")]


# 182. "The government" answering is the party's state, not the talks' go-between ("Angolan-
# mediated talks", "invited by Angola"); an answer that names nobody answers the inviter.
def test_the_government_answering_is_not_the_go_between() -> None:
    body = (
        "The FDLR rejected the Angolan-mediated talks on Monday. The government and the "
        "Mai-Mai, the other armed group invited by Angola, have both accepted the talks, "
        "Congolese officials said."
    )
    got = [(a, act, t) for a, act, t, _, _ in events_of(body) if act == "accept"]
    assert ("COD", "accept", "AGO") in got, got
    assert not [x for x in got if x[0] == "AGO"], got


# 183. An armed group called only by a digit-initial acronym named as a body ("the 3R has
# given no answer") is the group.
def test_a_digit_initial_acronym_named_as_a_body_is_a_group() -> None:
    body = (
        "Bangui proposed a truce to the rebels. The 4K has given no public answer, the armed "
        "group's allies said."
    )
    assert ("4K", "respond", "negated") in [(a, act, m) for a, act, _, _, m in events_of(body)]


# 184. A meeting told in other words took place: a headline's present "talks end" (not "talks
# to end the war"), "Following talks with his Lao counterpart, the Thai minister said", "completed
# a two-day visit to Laos".
@pytest.mark.parametrize(
    ("body", "pair"),
    [
        ("Thai-Cambodian border talks end without deal", ("THA", "KHM")),
        (
            "Following talks with his Lao counterpart, the Thai foreign minister said the bridge "
            "would reopen.",
            ("THA", "LAO"),
        ),
        ("The Thai prime minister completed a two-day visit to Laos on Tuesday.", ("THA", "LAO")),
    ],
)
def test_a_meeting_told_in_other_words_took_place(body: str, pair: tuple[str, str]) -> None:
    met = {(a, t) for a, act, t, _, m in events_of(body) if act == "meet" and m == "asserted"}
    assert pair in met or pair[::-1] in met or {(pair[0], None), (pair[1], None)} & met, met


@pytest.mark.parametrize(
    "body",
    [
        "Laos urged talks to end the border dispute with Thailand.",
        "Vientiane wants talks that end the war, the Thai minister said.",
    ],
)
def test_talks_to_end_a_dispute_are_no_talks_ended(body: str) -> None:
    rules = [e.rule for e in classify_text("", body, 2026)[2]]
    assert "construction:talks-ended" not in rules, rules


def test_an_offer_made_is_no_visit_made() -> None:
    body = "Thailand proposed talks. An offer was made by Bangkok to Vientiane last week."
    assert not [e for e in events_of(body) if e[1] == "meet"]


# 185. Threats told without a trigger word: "vowed that Y would pay dearly" (the one who vows
# threatens the one named) and "warned it would not hesitate to use force if Y ..." (the idiom
# is no negation).
@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        ("Uganda closed the border. Kampala vowed that Kigali would pay dearly.", "UGA", "RWA"),
        (
            "Benin warned it would not hesitate to use force if Niger moved troops to the border.",
            "BEN",
            "NER",
        ),
    ],
)
def test_a_threat_without_a_trigger_word(body: str, actor: str, target: str) -> None:
    assert (actor, "threaten", target) in [(a, act, t) for a, act, t, _, _ in events_of(body)]


def test_warning_it_would_not_act_is_no_threat() -> None:
    body = "Benin warned it would not send troops if Niger withdrew its own."
    assert not [e for e in events_of(body) if e[1] == "threaten"]


# 186. Export, import and trade restrictions announced on a party are a measure against it,
# as sanctions and tariffs are; restrictions on gatherings are none.
def test_export_restrictions_announced_on_a_party_are_a_sanction() -> None:
    body = "Malaysia announced export restrictions on Singapore on Monday."
    assert ("MYS", "sanction", "SGP") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


def test_restrictions_on_gatherings_are_no_sanction() -> None:
    body = "Malaysia announced restrictions on gatherings in Penang on Monday."
    assert not [e for e in events_of(body) if e[1] == "sanction"]


# 187. A placeholder never leaves the article as a party: "the rebels" where the article names
# no group, coordinated with a state ("pressed Laos and the rebels"), is nobody.
def test_no_placeholder_code_leaves_the_article() -> None:
    body = (
        "Canberra and Wellington pressed Laos and the rebels to accept the plan. Neither party "
        "has replied."
    )
    codes = [c for a, _, t, _, _ in events_of(body) for c in (a, t) if c]
    assert codes
    assert not [c for c in codes if c.startswith("@")], codes


# 188. An ordinal after a determiner makes the participle an adjective ("the first
# acknowledged meeting between the two sides"); without one it is an adverb ("Iran first
# proposed the swap").
def test_an_ordinal_participle_is_an_adjective() -> None:
    body = (
        "Ghana proposed a truce to Togo. The two sides met in Accra. It was the first "
        "acknowledged face-to-face meeting between the two sides in years."
    )
    assert [(a, act) for a, act, *_ in events_of(body) if act == "propose"] == [("GHA", "propose")]


def test_an_adverb_ordinal_leaves_the_verb() -> None:
    body = "Iran first proposed the prisoner swap to Sweden in May."
    assert ("IRN", "propose") in [(a, act) for a, act, *_ in events_of(body)]


# 189. Planning a meeting is a meeting expected (denied: negated); considering or weighing
# sanctions is a measure weighed, not taken (hypothetical; "not considering": negated); "not
# merely" and "not simply" negate nothing ("not merely considering sanctions: it froze").
@pytest.mark.parametrize(
    ("body", "action", "modality"),
    [
        ("Ecuador is planning a meeting with Peru on the border.", "meet", "expected"),
        ("Ecuador denied that it was planning a meeting with Peru.", "meet", "negated"),
        ("Norway is considering sanctions on Belarus.", "sanction", "hypothetical"),
        ("Norway said it was not considering sanctions on Belarus.", "sanction", "negated"),
        (
            "Norway is not merely weighing sanctions on Belarus: it imposed them on Friday.",
            "sanction",
            "hypothetical",
        ),
    ],
)
def test_plans_and_measures_weighed_keep_their_modality(
    body: str, action: str, modality: str
) -> None:
    assert (action, modality) in [(act, m) for _, act, _, _, m in events_of(body)]


# 190. An armed group's attack is news with nobody else named ("the Houthis struck a tanker");
# a body whose base, convoy or troops were hit is the one attacked ("stormed an African Union
# base"), not one named as a landmark ("near a UN compound").
def test_an_armed_groups_attack_stands_alone() -> None:
    body = "The Houthis struck a Greek-owned tanker in the Red Sea on Tuesday."
    assert ("HOUTHIS", "attack") in [(a, act) for a, act, *_ in events_of(body)]


def test_a_body_whose_base_was_hit_is_the_target() -> None:
    body = "JNIM fighters stormed an African Union base in central Mali on Monday."
    assert ("JNIM", "attack", "AU") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


def test_a_body_named_as_a_landmark_is_no_target() -> None:
    body = "The Houthis struck a tanker near a UN compound in Hodeidah."
    assert ("HOUTHIS", "attack", "UN") not in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 191. Co-actors of an attack are allies, not each other's target ("Zambian and Malawian troops
# struck rebel camps"); those who clash or trade fire are each other's.
def test_co_attackers_do_not_attack_each_other() -> None:
    body = "Rwandan and Burundian troops struck rebel camps in the forest on Monday."
    got = [(a, t) for a, act, t, _, _ in events_of(body) if act == "attack"]
    assert got
    assert ("RWA", "BDI") not in got
    assert ("BDI", "RWA") not in got


def test_parties_that_clash_attack_each_other() -> None:
    body = "Rwandan and Burundian troops clashed on the border on Monday."
    got = [(a, t) for a, act, t, _, _ in events_of(body) if act == "attack"]
    assert ("RWA", "BDI") in got


# 192. An exchange carried out ("Honduras and Guatemala swapped 40 detainees") is the two
# parties' agreement on a prisoner exchange; one still to come ("agreed to exchange") is told
# by its own verbs, and trading fire or accusations is none.
def test_an_exchange_carried_out_is_an_agreement() -> None:
    body = "Azerbaijan and Armenia exchanged 32 prisoners of war at the border on Friday."
    got = [(a, act, i) for a, act, _, i, m in events_of(body) if m == "asserted"]
    assert ("AZE", "agree", "prisoner_exchange") in got, got


@pytest.mark.parametrize(
    "body",
    [
        "Azerbaijan and Armenia exchanged fire at the border on Friday.",
        "Azerbaijan and Armenia traded accusations over the shelling.",
    ],
)
def test_fire_or_accusations_traded_are_no_exchange(body: str) -> None:
    assert not [e for e in events_of(body) if e[3] == "prisoner_exchange"]


# 193. A name two states share goes to the one the article names by a name of its own ("Congo"
# in a story told from Brazzaville, naming no Kinshasa; "the Dominican government" in Roseau).
@pytest.mark.parametrize(
    ("body", "code", "other"),
    [
        (
            "BRAZZAVILLE, May 3 - Congo's government offered talks to the Ninja rebels on "
            "Monday. The Congolese army halted operations in the Pool region.",
            "COG",
            "COD",
        ),
        ("Congo's government offered talks to the M23 rebels, Kinshasa said.", "COD", "COG"),
        (
            "ROSEAU, June 2 - The Dominican government rejected a Venezuelan offer of talks.",
            "DMA",
            "DOM",
        ),
    ],
)
def test_a_shared_name_goes_to_the_state_the_article_is_about(
    body: str, code: str, other: str
) -> None:
    entities = classify_text("", body, 2026)[1]
    assert code in entities, entities
    assert other not in entities, entities


# 194. A party named after "through" is a channel, never what "it" stands for ("telling Kabul
# through Qatari intermediaries that it was ready": Britain is ready).
def test_a_channel_is_no_antecedent() -> None:
    body = (
        "Sweden replied to an Iranian proposal, telling Tehran through Omani intermediaries "
        "that it was ready to discuss a swap."
    )
    got = [(a, act) for a, act, *_ in events_of(body)]
    assert ("OMN", "accept") not in got, got
    assert ("SWE", "accept") in got, got


# 195. A party's agent followed by "'s" is a possessor ("answered his Chilean counterpart's
# letter and agreed to meet": Lima agreed), and a proposal named as the object of a negated verb
# ("did not refer to Peru's offer") is no negated proposal.
def test_a_counterparts_letter_is_no_subject() -> None:
    body = "Accra's minister answered his Togolese counterpart's letter and agreed to meet."
    got = [(a, act, t) for a, act, t, _, _ in events_of(body) if act == "accept"]
    assert got == [("GHA", "accept", "TGO")], got


def test_a_proposal_named_under_a_negated_verb_stands() -> None:
    body = "Togo proposed talks. Ghana's statement did not refer to Togo's offer."
    assert ("TGO", "propose", "negated") not in [(a, act, m) for a, act, _, _, m in events_of(body)]


# 196. Suspending import or export licences for a party's goods is a trade measure against it.
def test_suspending_import_licences_is_a_sanction() -> None:
    body = "Malawi suspended import licences for Zambian sugar on Monday."
    assert ("MWI", "sanction", "ZMB") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 197. A regional body named with its acronym keeps it ("the Kurdistan Regional Government
# (KRG)": KRG), and a party named in full with its acronym in brackets is one party in a
# coordination ("Iraq and the Kurdistan Regional Government (KRG) signed").
def test_a_regional_body_with_its_acronym_is_a_party_coordinated() -> None:
    body = (
        "Iraq's federal government and the Kurdistan Regional Government (KRG) signed an oil "
        "accord on Monday. The KRG said exports would resume."
    )
    agreed = {(a, t) for a, act, t, _, _ in events_of(body) if act == "agree"}
    assert {("IRQ", "KRG"), ("KRG", "IRQ")} <= agreed, agreed


def test_a_group_in_full_with_its_acronym_is_coordinated_once() -> None:
    body = "Chad and the Front for Change and Concord in Chad (FACT) signed a truce on Friday."
    agreed = {(a, t) for a, act, t, _, _ in events_of(body) if act == "agree"}
    assert ("TCD", "FACT") in agreed, agreed


# 198. The go-between named as such ("talks hosted by Tanzania", "Qatari-mediated talks") is
# never one of the article's two sides: "the parties agreed" is not the host agreeing.
def test_the_host_is_never_one_of_the_two_sides() -> None:
    body = (
        "Burundi and the FNL held talks hosted by Tanzania in Arusha. The parties agreed to "
        "defer the vote. Tanzania said the talks were constructive."
    )
    assert not [e for e in events_of(body) if e[0] == "TZA" and e[1] in ("agree", "meet")]
    assert not [e for e in events_of(body) if e[2] == "TZA" and e[1] in ("agree", "meet")]


# 199. What others urge parties to do is no act of theirs, even when who urged is nobody the
# article names ("Diplomats nudged both sides to take up the mediation").
@pytest.mark.parametrize(
    "body",
    [
        "Norway offered mediation to Laos and Thailand. Diplomats nudged both sides to take up "
        "the offer.",
        "Norway offered mediation to Laos and Thailand. Observers urged Laos to accept the offer.",
    ],
)
def test_what_others_urge_is_no_act_of_the_urged(body: str) -> None:
    assert not [e for e in events_of(body) if e[1] == "accept"]


# 200. Acts told with words of their own: ordering a party's diplomats to leave is an expulsion
# (a sanction); staging drills around a party is a threat, as is warning it of consequences;
# asking a party for military assistance is an appeal; border-guard chiefs speak for their
# state.
@pytest.mark.parametrize(
    ("body", "actor", "action", "target"),
    [
        (
            "Rabat ordered four Algerian diplomats to leave within 72 hours.",
            "MAR",
            "sanction",
            "DZA",
        ),
        (
            "Beijing staged live-fire naval drills around Taiwan on Monday.",
            "CHN",
            "threaten",
            "TWN",
        ),
        (
            "Hanoi warned Phnom Penh of serious consequences over the canal.",
            "VNM",
            "threaten",
            "KHM",
        ),
        (
            "Niger asked Turkey for military assistance against the insurgents.",
            "NER",
            "appeal",
            "TUR",
        ),
        ("Polish and Lithuanian border-guard chiefs met in Suwalki.", "POL", "meet", "LTU"),
    ],
)
def test_acts_told_with_words_of_their_own(body: str, actor: str, action: str, target: str) -> None:
    assert (actor, action, target) in [(a, act, t) for a, act, t, _, _ in events_of(body)]


def test_joint_drills_elsewhere_are_no_threat() -> None:
    body = "China and Russia held joint naval drills in the Pacific on Monday."
    assert not [e for e in events_of(body) if e[1] == "threaten"]


# 201. The content of a demand or a proposal in a that-clause is asked, not done ("demanded that
# Bratislava open negotiations": no meeting asserted); reported speech ("said that Uganda had
# accepted") keeps its act.
def test_the_content_of_a_demand_is_not_done() -> None:
    body = "Vienna demanded that Bratislava open negotiations on the dam."
    assert not [e for e in events_of(body) if e[1] == "meet" and e[4] in ("asserted", "expected")]


def test_reported_speech_keeps_its_act() -> None:
    body = "Kenya said that Uganda had accepted the offer of talks."
    assert ("UGA", "accept", "asserted") in [(a, act, m) for a, act, _, _, m in events_of(body)]


def test_a_party_consenting_to_a_truce_between_the_sides_is_no_go_between() -> None:
    body = (
        "Kenya and Uganda clashed on their border. Kenya agreed to observe a truce between the "
        "two sides, its foreign minister said."
    )
    assert not [e for e in events_of(body) if e[0] == "KEN" and e[1] == "comment"]


# 202. A document a party sends proposes what its participle says, and the sender proposes:
# "sent Kabul a diplomatic note proposing a joint commission"; answering or acknowledging a
# party's letter is a reply.
def test_a_letter_proposing_talks_is_its_senders_proposal() -> None:
    body = (
        "Tajikistan's government has sent Kyrgyzstan a diplomatic note proposing a joint "
        "commission on the border."
    )
    assert ("TJK", "propose", "KGZ") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


def test_answering_a_letter_is_a_reply() -> None:
    body = "Tajikistan sent a letter proposing talks. Kyrgyzstan answered the letter on Monday."
    assert ("KGZ", "respond") in [(a, act) for a, act, *_ in events_of(body)]
