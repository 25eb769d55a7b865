"""General failure classes, session 10: each case is a new sentence with countries, regions and
groups of its own, exercising one general mechanism (classes named by blind sets' writers and
error analysts; none of their sentences is used)."""

from __future__ import annotations

import pytest
from classify_helpers import events_of

from storywatch.classify import classify_text


# 251. A gerund or participle of a meeting verb whose partner after "with" is no named party
# says what someone does in general ("criticised governments negotiating with jihadists",
# "accused Paris of talking with militants"): no meeting; a named partner still meets.
@pytest.mark.parametrize(
    "body",
    [
        "Chad's junta criticised western governments negotiating with jihadists, a day after "
        "France recalled its envoy.",
        "Niger accused France of undermining the region by talking with armed groups it "
        "had once fought.",
    ],
)
def test_a_gerund_meeting_with_nobody_named_is_no_meeting(body: str) -> None:
    assert "meet" not in [act for _, act, _, _, _ in events_of(body)]


@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        ("Sudan said on Monday it was negotiating with the RSF in Jeddah.", "SDN", "RSF"),
        ("Peru is negotiating with Chilean officials over the fishing quota.", "PER", "CHL"),
    ],
)
def test_a_meeting_in_progress_or_with_a_named_partner_stays(
    body: str, actor: str, target: str
) -> None:
    assert (actor, "meet", target) in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 252. A host with no guest named hosts others (a venue or a go-between): "Doha will host a
# conference on aid", "talks with Baku hosted by Astana", "Rabat will host the talks" between
# two others is no meeting of the host's; a main party hosting meets the other; "Egypt will
# host Sudan's army chief" meets Sudan.
@pytest.mark.parametrize(
    ("body", "host"),
    [
        ("Oman said it would host a conference on humanitarian access in Yemen in March.", "OMN"),
        (
            "Mauritania and Senegal will hold talks next week. Morocco's king will host the "
            "talks at his palace in Rabat.",
            "MAR",
        ),
    ],
)
def test_a_host_with_no_guest_named_has_no_meeting(body: str, host: str) -> None:
    assert (host, "meet") not in [(a, act) for a, act, _, _, _ in events_of(body)]


def test_a_meeting_hosted_by_a_third_party_is_not_held_by_who_joins() -> None:
    body = "Armenia has agreed to take part in talks with Azerbaijan hosted by Kazakhstan."
    assert ("ARM", "meet", "AZE", "asserted") not in [
        (a, act, t, m) for a, act, t, _, m in events_of(body)
    ]


@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        (
            "Egypt will host Sudan's army chief in Cairo on Sunday for talks on the war.",
            "EGY",
            "SDN",
        ),
        (
            "Ecuador accepted Peru's call for border talks. Ecuador's foreign ministry will host "
            "the meeting in Quito.",
            "ECU",
            "PER",
        ),
    ],
)
def test_a_host_meets_its_named_guest_or_the_other_main_party(
    body: str, actor: str, target: str
) -> None:
    assert (actor, "meet", target) in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 253. A state visit is a meeting of leaders: inviting a head of state for one proposes a
# summit, paying one holds it.
@pytest.mark.parametrize(
    ("body", "action", "actor", "target"),
    [
        (
            "Chile invited Kazakhstan's president for a state visit in October.",
            "propose",
            "CHL",
            "KAZ",
        ),
        ("The Ghanaian president began a state visit to Japan on Monday.", "meet", "GHA", "JPN"),
    ],
)
def test_a_state_visit_is_a_summit(body: str, action: str, actor: str, target: str) -> None:
    got = [(a, act, t, i) for a, act, t, i, _ in events_of(body)]
    assert (actor, action, target, "summit") in got


# 254. An economic partnership agreement is a trade deal, whatever its longer name.
def test_an_economic_partnership_agreement_is_trade() -> None:
    body = "Chile and Indonesia signed a comprehensive economic partnership agreement in Jakarta."
    assert ("CHL", "agree", "IDN", "trade") in [
        (a, act, t, i) for a, act, t, i, _ in events_of(body)
    ]


# 255. Agreeing to talks named by their place ("agreed to Lusaka talks", "agrees to Geneva
# talks with") accepts the talks, like "agreed to talks": it concludes no agreement.
@pytest.mark.parametrize(
    "body",
    [
        "Malawi agrees to Lusaka talks with Zambia on the border.",
        "Bolivia has agreed to Geneva talks with Chile next month.",
    ],
)
def test_agreeing_to_talks_named_by_a_place_accepts_them(body: str) -> None:
    got = [act for _, act, _, _, _ in events_of(body)]
    assert "accept" in got
    assert "agree" not in got


# 256. An upper-case short name right before "truce" or "ceasefire" names the party to it
# ("the MPLC truce offer"), as before "rebels" or "fighters".
def test_a_short_name_before_a_truce_is_a_group() -> None:
    body = "Chad said on Monday it had rejected the MPLC truce offer."
    assert ("TCD", "reject", "MPLC") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 257. Readiness to make a concession is an offer made now, on a condition or not: "is ready to
# ease sanctions if a vote is held", "is prepared to release the detainees in exchange for".
@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        ("Canada is ready to ease sanctions on Nicaragua if a free vote is held.", "CAN", "NIC"),
        (
            "Iran is prepared to release the two Danish detainees in exchange for an Iranian "
            "diplomat held in Copenhagen.",
            "IRN",
            "DNK",
        ),
    ],
)
def test_readiness_to_concede_is_an_offer(body: str, actor: str, target: str) -> None:
    got = [(a, act, t, m) for a, act, t, _, m in events_of(body)]
    assert (actor, "propose", target, "asserted") in got


# 258. An answer verb before a clause ("does not accept that its envoys are insulted") holds a
# stance, it answers no proposal; "accepted that offer" still answers one.
def test_accepting_that_a_clause_holds_answers_nothing() -> None:
    body = (
        "Latvia does not accept that its diplomats are treated this way, the minister told Belarus."
    )
    assert "accept" not in [act for _, act, _, _, _ in events_of(body)]


def test_accepting_that_offer_is_an_answer() -> None:
    body = "Latvia accepted that offer from Belarus on Monday."
    assert ("LVA", "accept", "BLR") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 259. Readiness kept is a standing position, not an answer: "remained willing to hold talks",
# "is still ready for dialogue" accept nothing; "said it was willing to hold talks" may.
@pytest.mark.parametrize(
    "body",
    [
        "Tonga rejected arbitration but said it remained willing to hold talks with Samoa.",
        "Peru said it was still ready for dialogue with Bolivia on the river.",
    ],
)
def test_readiness_kept_accepts_nothing(body: str) -> None:
    assert "accept" not in [act for _, act, _, _, _ in events_of(body)]


# 260. "would not ... until A and B had signed": an act ahead, told in the past, like "until
# they have signed"; "talks went on until the two had signed" tells what was done.
def test_until_had_after_a_would_is_ahead() -> None:
    body = (
        "The assembly would not ratify the protocol until Armenia and Azerbaijan had signed "
        "their own peace treaty, the speaker said."
    )
    got = [(a, act, m) for a, act, _, _, m in events_of(body)]
    assert ("ARM", "agree", "asserted") not in got
    assert ("ARM", "agree", "hypothetical") in got


def test_until_had_in_a_narrative_is_done() -> None:
    body = "Talks in Vienna went on until Armenia and Azerbaijan had signed the peace treaty."
    assert ("ARM", "agree", "asserted") in [(a, act, m) for a, act, _, _, m in events_of(body)]


# 261. Parties that agree at a summit met at a summit ("signed a partnership at a summit in
# Brussels": the meeting is a summit, not plain talks).
def test_agreeing_at_a_summit_holds_a_summit() -> None:
    body = "Chile and the European Union signed a mining partnership at a summit in Brussels."
    got = [(a, act, i) for a, act, _, i, _ in events_of(body)]
    assert ("CHL", "meet", "summit") in got
    assert ("CHL", "agree", "other") in got or ("CHL", "agree", "summit") in got


# 262. "concluded negotiations on a free trade agreement": the agreement is reached.
def test_concluding_negotiations_on_an_agreement_agrees() -> None:
    body = "Laos and Vietnam concluded negotiations on a free trade agreement in Hanoi."
    assert ("LAO", "agree", "VNM", "trade") in [
        (a, act, t, i) for a, act, t, i, _ in events_of(body)
    ]


# 263. "agrees to prisoner swap with X" with nothing proposed to the party in the article is a
# deal of the two; with a proposal pending it consents to it; "agreed to a deal with X" (a
# determiner) agrees too.
@pytest.mark.parametrize(
    "body",
    [
        "Sweden agrees to prisoner exchange with Belarus.",
        "Sweden agreed to a deal with Belarus on Monday.",
    ],
)
def test_agreeing_to_a_deal_with_a_named_party_is_a_deal(body: str) -> None:
    assert ("SWE", "agree", "BLR") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


def test_agreeing_to_a_swap_proposed_accepts_it() -> None:
    body = "Belarus proposed a prisoner swap. Sweden agrees to prisoner exchange with Belarus."
    assert ("SWE", "accept", "BLR") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 264. A humanitarian exchange is a prisoner exchange.
def test_a_humanitarian_exchange_is_a_prisoner_exchange() -> None:
    body = "Sweden and Belarus reached an agreement on a humanitarian exchange in Abu Dhabi."
    assert "prisoner_exchange" in [i for _, act, _, i, _ in events_of(body) if act == "agree"]


# 265. Gunmen, insurgents or commandos from a group act for it, like its fighters; a group's
# acronym before its own group noun ("the FLEC separatist movement") names it, it is no
# modifier like "the ICJ ruling".
@pytest.mark.parametrize(
    "body",
    [
        "Gunmen from the Arakan Army attacked a Myanmar army post on Tuesday.",
        "The Arakan Army (AA) signed a truce with Myanmar in May. Gunmen from the AA rebel "
        "movement attacked a Myanmar army post on Tuesday.",
    ],
)
def test_gunmen_of_a_group_act_for_it(body: str) -> None:
    got = [(a, act, t) for a, act, t, _, _ in events_of(body)]
    assert any(a in ("ARAKANARMY", "AA") and act == "attack" and t == "MMR" for a, act, t in got)


# 266. Ignoring an offer leaves it unanswered (a negated reply); ignoring a deadline is no
# reply to anything. Rebuffing an appeal refuses it; dismissing remarks is a comment on them.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Bolivia has ignored Paraguay's offer of talks on the river.",
            ("BOL", "respond", "negated"),
        ),
        ("Vietnam rebuffed the appeal from Cambodia.", ("VNM", "reject", "asserted")),
        ("Samoa dismissed Tonga's remarks as baseless.", ("WSM", "comment", "asserted")),
    ],
)
def test_ignoring_rebuffing_and_dismissing(body: str, expected: tuple[str, str, str]) -> None:
    assert expected in [(a, act, m) for a, act, _, _, m in events_of(body)]


def test_ignoring_a_deadline_answers_nothing() -> None:
    body = "ECOWAS suspended Niger after the junta ignored the deadline to restore civilian rule."
    assert "respond" not in [act for _, act, _, _, _ in events_of(body)]


# 267. Trade measures in other words: "hit back with counter-tariffs on Australian beef",
# "raised tariffs on Serbian steel"; a frontier shut whatever its adjectives ("shut its
# remaining border crossings with").
@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        ("Vietnam hit back with counter-tariffs on Thai rice.", "VNM", "THA"),
        ("Romania raised tariffs on Moldovan wine on Monday.", "ROU", "MDA"),
        ("Niger sealed its last open border crossings with Benin.", "NER", "BEN"),
    ],
)
def test_trade_and_border_measures_in_other_words(body: str, actor: str, target: str) -> None:
    assert (actor, "sanction", target) in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 268. Asking a party for help is an appeal to it: "requested emergency assistance from
# Sweden", "sought help from Rwanda".
@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        ("Estonia requested emergency assistance from Finland on Monday.", "EST", "FIN"),
        ("Malawi sought help from Zambia against the floods.", "MWI", "ZMB"),
    ],
)
def test_asking_for_help_is_an_appeal(body: str, actor: str, target: str) -> None:
    assert (actor, "appeal", target) in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 269. "neither" right after the verb negates it ("have agreed neither on the quota nor on the
# levy", "accepted neither plan"); a denial of reports keeps its scope across a quoted word
# ("dismissed as 'nonsense' reports that Lima had agreed").
@pytest.mark.parametrize(
    ("body", "actor", "action"),
    [
        ("Ghana and Togo have agreed neither on the tariff nor on the quota.", "GHA", "agree"),
        ("Angola accepted neither Zambia's plan nor its timetable.", "AGO", "accept"),
        (
            "Kenya dismissed as 'nonsense' reports that Kampala had agreed to the plan.",
            "UGA",
            "accept",
        ),
    ],
)
def test_neither_after_the_verb_and_quoted_denials_negate(
    body: str, actor: str, action: str
) -> None:
    got = [(a, act, m) for a, act, _, _, m in events_of(body)]
    assert (actor, action, "asserted") not in got
    assert (actor, action, "negated") in got


# 270. A medium's report is no statement of its state ("..., Egyptian state television
# reported"); a group's name before a preposition is a party, no modifier ("shelled positions
# held by the RSF near Omdurman", "attacked the RSF near").
def test_a_state_mediums_report_is_no_statement() -> None:
    body = "Chad's army shelled rebel camps near Tibesti, Libyan state television reported."
    assert ("LBY", "comment") not in [(a, act) for a, act, _, _, _ in events_of(body)]


@pytest.mark.parametrize(
    "body",
    [
        "Sudan's army shelled positions held by the RSF near Omdurman on Tuesday, the Chadian "
        "foreign ministry said.",
        "Sudan's army attacked the RSF near Omdurman on Tuesday, the Chadian foreign ministry "
        "said.",
    ],
)
def test_the_holder_of_positions_hit_is_the_target(body: str) -> None:
    assert ("SDN", "attack", "RSF") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 271. An opposition party named in full ("the opposition Democratic Party", "opposition Green
# Alliance") is a party known by its initials, its members ("the Democrats") by the same code.
@pytest.mark.parametrize(
    "body",
    [
        "Latvia's opposition Green Alliance rejected the president's offer of talks on Monday.",
        "Latvia's opposition Democratic Party disputed the result. The Democrats rejected the "
        "president's offer of talks on Monday.",
    ],
)
def test_an_opposition_party_named_in_full_is_a_party(body: str) -> None:
    got = [(a, act, t) for a, act, t, _, _ in events_of(body)]
    assert any(a in ("GA", "DP") and act == "reject" and t == "LVA" for a, act, t in got), got


# 272. A legislature or a court acts for its state ("Chile's Senate", "the Chilean Senate", "a
# Norwegian appeals court"); rejecting or voting down an accord refuses it ("threw out the
# basing accord with Norway").
@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        ("Peru's Senate threw out the basing accord with Spain on Tuesday.", "PER", "ESP"),
        ("The Peruvian Senate voted down the defence pact with Spain.", "PER", "ESP"),
        ("Peru's Congress rejected the fisheries accord with Ecuador.", "PER", "ECU"),
        ("A Spanish appeals court dismissed Peru's extradition request.", "ESP", "PER"),
    ],
)
def test_legislatures_and_courts_refuse_for_their_state(body: str, actor: str, target: str) -> None:
    assert (actor, "reject", target) in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 273. A formal request for an extradition is put to the state that holds the person, which
# approves or refuses it; "Chile's request for the extradition" is a noun, no request by the
# state that has yet to answer it.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Spain has formally requested the extradition of the banker from Uruguay.",
            ("ESP", "propose", "URY"),
        ),
        ("Uruguay approved the extradition of the banker to Spain.", ("URY", "accept", "ESP")),
    ],
)
def test_extradition_requests_and_answers(body: str, expected: tuple[str, str, str]) -> None:
    assert expected in [(a, act, t) for a, act, t, _, _ in events_of(body)]


def test_a_request_named_by_its_noun_is_no_request_of_the_answerer() -> None:
    body = "Uruguay has yet to respond to Spain's request for the extradition of the banker."
    assert ("URY", "propose") not in [(a, act) for a, act, _, _, _ in events_of(body)]


# 274. A capital opening its clause before an adverb is the subject ("Bratislava later accused",
# "Cairo also rejected"); after a preposition it stays a place ("to Nairobi later this month").
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Vilnius later accused Belarusian guards of violating the accord.", ("LTU", "comment")),
        ("Khartoum also rejected the proposal from Addis Ababa.", ("SDN", "reject")),
    ],
)
def test_a_capital_before_an_adverb_is_a_subject(body: str, expected: tuple[str, str]) -> None:
    assert expected in [(a, act) for a, act, _, _, _ in events_of(body)]


def test_a_capital_after_a_preposition_before_an_adverb_is_a_place() -> None:
    body = "Uganda invited both sides to talks in Nairobi later this month."
    assert "KEN" not in [a for a, _, _, _, _ in events_of(body)]


# 275. Parties that sign "meeting in Thimphu" (a participle beside the subject) met there.
def test_a_meeting_participle_beside_the_subject_is_a_meeting() -> None:
    body = "Laos and Cambodia's leaders, meeting in Vientiane, signed a hydropower deal."
    assert ("LAO", "meet", "KHM", "asserted") in [
        (a, act, t, m) for a, act, t, _, m in events_of(body)
    ]


# 276. "the two" before its verb is both parties ("..., and the two agreed to reopen the
# border"); "the two companies", "the two carriers" are nouns of their own.
def test_the_two_before_a_verb_is_both_parties() -> None:
    body = (
        "Ghana's president received his Togolese counterpart in Accra on Monday, and the two "
        "agreed to reopen the border."
    )
    got = [(a, act, t) for a, act, t, _, _ in events_of(body)]
    assert ("GHA", "agree", "TGO") in got
    assert ("TGO", "agree", "GHA") in got


def test_the_two_before_a_noun_is_no_party() -> None:
    body = "China Eastern and Japan Airlines said the two carriers will meet regulators in Tokyo."
    assert "meet" not in [act for _, act, _, _, _ in events_of(body)]


# 277. Receiving a party's reply is news of the reply ("Manila has received Jakarta's reply to
# its offer"), not a reply named in passing.
def test_a_reply_received_is_a_reply() -> None:
    body = "Hanoi said it had received Vientiane's reply to its offer of talks."
    assert ("LAO", "respond", "VNM", "asserted") in [
        (a, act, t, m) for a, act, t, _, m in events_of(body)
    ]


# 278. The same act told as a summit, then as talks ("responded to a proposal for a leaders'
# meeting ... said it had received India's reply") is one act, the summit's.
def test_an_act_told_as_a_summit_then_as_talks_is_one() -> None:
    body = (
        "Nepal on Monday responded to a Bhutanese proposal for a leaders' meeting in Thimphu. "
        "Bhutan's foreign ministry said it had received Nepal's reply and would study it."
    )
    got = [(a, act, t, i) for a, act, t, i, _ in events_of(body) if act == "respond"]
    assert ("NPL", "respond", "BTN", "summit") in got
    assert ("NPL", "respond", "BTN", "talks") not in got


# 279. Talks "between the Kenyan and Ugandan presidents" are between both (one mention of two
# parties after "between the"); "no date has been set for a summit between" them: no meeting.
@pytest.mark.parametrize(
    ("body", "modality"),
    [
        ("A summit between the Malian and Nigerien presidents was held in Niamey.", "asserted"),
        (
            "No date has been set for a summit between the Malian and Nigerien presidents.",
            "negated",
        ),
    ],
)
def test_meetings_between_two_demonyms(body: str, modality: str) -> None:
    assert ("MLI", "meet", "NER", modality) in [
        (a, act, t, m) for a, act, t, _, m in events_of(body)
    ]


# 280. Two parties extending or renewing their truce agree to it anew ("Colombia and the ELN
# extend ceasefire"); "agreed to extend the truce" is one agreement; one party extending it
# alone agrees with nobody; declaring an end to a truce walks away from it.
@pytest.mark.parametrize(
    "body",
    [
        "Sudan and the SPLM-N extend ceasefire by three months",
        "Sudan and the SPLM-N renewed their truce on Monday.",
    ],
)
def test_two_parties_extending_a_truce_agree(body: str) -> None:
    got = [(a, act, t, i) for a, act, t, i, _ in events_of(body)]
    assert ("SDN", "agree", "SPLMN", "ceasefire") in got or (
        "SDN",
        "agree",
        "SPLM-N",
        "ceasefire",
    ) in got, got


def test_agreeing_to_extend_a_truce_is_one_agreement() -> None:
    body = "Sudan and the SPLM-N agreed to extend their ceasefire by three months."
    got = [(a, act, m) for a, act, _, _, m in events_of(body) if a == "SDN"]
    assert got == [("SDN", "agree", "asserted")]


def test_declaring_an_end_to_a_truce_walks_away() -> None:
    body = "The SPLM-N declared an end to the ceasefire with the Sudanese government."
    assert "reject" in [act for _, act, _, _, _ in events_of(body)]


# 281. "no meeting between X and Y took place": the meeting between them is negated.
def test_no_meeting_between_two_parties_is_negated() -> None:
    body = "No meeting between the Armenian and Azerbaijani leaders took place in Prague."
    got = [(a, act, m) for a, act, _, _, m in events_of(body) if act == "meet"]
    assert ("ARM", "meet", "negated") in got
    assert ("ARM", "meet", "asserted") not in got


# 282. A coalition is known by its leading party: "the opposition alliance led by the Unity
# Party" (the party's initials), "the UPND-led alliance" (its short name).
@pytest.mark.parametrize(
    ("body", "code"),
    [
        (
            "Zambia's government invited the opposition alliance led by the Unity Party to talks "
            "on the election date. The opposition alliance rejected Zambia's invitation on Monday.",
            "UP",
        ),
        ("The UPND-led alliance rejected Zambia's invitation to talks on Monday.", "UPND"),
    ],
)
def test_a_coalition_is_known_by_its_leading_party(body: str, code: str) -> None:
    assert (code, "reject", "ZMB") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 283. More acts in their own words: two states signing a contract agree; applying to join a
# bloc asks it for membership; stopping visas for another state's citizens is a measure
# against it; "struck a conciliatory note" strikes nobody.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Bolivia and Chile signed a gas supply contract on Monday.",
            ("BOL", "agree", "CHL"),
        ),
        ("Serbia has formally applied to join the European Union.", ("SRB", "propose", "EU")),
        ("Oman has stopped issuing visas to citizens of Yemen.", ("OMN", "sanction", "YEM")),
    ],
)
def test_acts_in_their_own_words(body: str, expected: tuple[str, str, str]) -> None:
    assert expected in [(a, act, t) for a, act, t, _, _ in events_of(body)]


def test_striking_a_note_is_no_attack() -> None:
    body = "Kenya's foreign minister struck a conciliatory note towards Somalia on Monday."
    assert "attack" not in [act for _, act, _, _, _ in events_of(body)]


# 284. Joining sanctions imposes them on their target ("joined the EU sanctions against
# Belarus"), with the join's modality ("has no plans to join": negated).
@pytest.mark.parametrize(
    ("body", "modality"),
    [
        ("Norway joined the EU sanctions against Belarus on Monday.", "asserted"),
        ("Norway has no plans to join the sanctions against Belarus.", "negated"),
    ],
)
def test_joining_sanctions_sanctions(body: str, modality: str) -> None:
    assert ("NOR", "sanction", "BLR", modality) in [
        (a, act, t, m) for a, act, t, _, m in events_of(body)
    ]


# 285. Receiving a party's proposal for talks is no meeting with it ("received the rebels'
# proposal for talks"); receiving a delegation for talks is.
def test_receiving_a_proposal_for_talks_is_no_meeting() -> None:
    body = "Sudan said it had received the SPLM-N's proposal for talks in Juba."
    assert ("SDN", "meet") not in [(a, act) for a, act, _, _, _ in events_of(body)]


def test_receiving_a_delegation_for_talks_is_a_meeting() -> None:
    body = "Sudan received a delegation from the SPLM-N for talks in Khartoum."
    assert ("SDN", "meet", "SPLMN") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 286. "declined to say when it would answer" asks when, it tells no answer (like "say how").
def test_saying_when_one_would_answer_is_no_answer() -> None:
    body = (
        "Myanmar's junta sent the Arakan Army a letter offering talks. The group declined to say "
        "when it would answer."
    )
    assert [(a, act, m) for a, act, _, _, m in events_of(body)] == [("MMR", "propose", "asserted")]


# 287. "the junta in Niamey", "the military rulers in Bamako" speak for the state named after
# "in" (like "the government in"); the bloc whose proposal they refuse does not refuse it too.
@pytest.mark.parametrize(
    ("body", "actor"),
    [
        ("The junta in Niamey rejected the ECOWAS proposal.", "NER"),
        ("The military rulers in Bamako rejected the ECOWAS proposal.", "MLI"),
    ],
)
def test_a_junta_in_a_capital_is_its_state(body: str, actor: str) -> None:
    got = [(a, act, t) for a, act, t, _, _ in events_of(body)]
    assert (actor, "reject", "ECOWAS") in got
    assert ("ECOWAS", "reject", actor) not in got


# 288. A proposal of an agreement names what it is about even outside the issue words
# ("proposed a fisheries pact to Chile"): it stays, under "other"; a proposal of nothing the
# vocabulary names ("proposed that Ghana pay") is still dropped unless answered.
def test_a_proposed_pact_is_a_proposal() -> None:
    body = "Ecuador proposed a fisheries pact to Peru that would exclude foreign trawlers."
    assert ("ECU", "propose", "PER") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


def test_a_proposal_of_nothing_named_is_dropped() -> None:
    body = "Ecuador proposed a new approach to Peru on Monday."
    assert "propose" not in [act for _, act, _, _, _ in events_of(body)]


# 289. "Peru's offer went unanswered by Bolivia": the party after "by" has not answered the
# offer's owner (like "received no reply from").
def test_an_offer_unanswered_by_a_party_is_its_negated_reply() -> None:
    body = "Chile's offer of talks went unanswered by Argentina for three weeks."
    assert ("ARG", "respond", "CHL", "negated") in [
        (a, act, t, m) for a, act, t, _, m in events_of(body)
    ]


# 290. Boycotting talks refuses them, when announced ("said it would boycott the round-table
# talks"); a party named beside its role ("The Green Party, Latvia's main opposition,") is
# a party known by its initials.
def test_announcing_a_boycott_of_talks_refuses_them() -> None:
    body = (
        "The Unity Party, Zambia's main opposition, said on Sunday it would boycott the talks "
        "proposed by Zambia's president."
    )
    assert ("UP", "reject", "ZMB", "asserted") in [
        (a, act, t, m) for a, act, t, _, m in events_of(body)
    ]


def test_a_consumer_boycott_is_no_refusal_of_talks() -> None:
    body = "Shoppers in Jordan boycotted Israeli goods after the raid."
    assert "reject" not in [act for _, act, _, _, _ in events_of(body)]


# 291. A month inside a phrase set off by a comma after the act ("accepted the offer, in a
# marked reversal of its position in April") dates that phrase, not the act; "accepted the
# offer in April" is still dated (in a June article: background).
@pytest.mark.parametrize(
    ("body", "kept"),
    [
        (
            "Mali's junta leader said his government accepted the European Union's offer to "
            "lift sanctions, in a marked reversal of Bamako's position in April.",
            True,
        ),
        (
            "Mali's government accepted the European Union's offer to lift sanctions in April.",
            False,
        ),
    ],
)
def test_a_month_in_a_comma_phrase_does_not_date_the_act(body: str, kept: bool) -> None:
    _, _, events = classify_text("", body, 2026, 6)
    assert (("MLI", "accept") in [(e.actor, e.action) for e in events]) is kept
