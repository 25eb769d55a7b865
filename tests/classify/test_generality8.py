"""General failure classes, session 7: each case is a new sentence with countries, groups and
people of its own, exercising one general mechanism (classes named by blind sets' writers and
error analysts; none of their sentences is used)."""

from __future__ import annotations

import pytest
from classify_helpers import events_of

from storywatch.classify import classify_text


# 145. A lone party that agrees to act in the same breath as it replies to another party
# consents to what it was asked: its reply is the proposal's evidence, even where the request
# itself is no proposal the vocabulary names.
@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        (
            "Bolivia on Thursday replied to Peru's request, agreeing to hand over the "
            "hydrological survey of the lake.",
            "BOL",
            "PER",
        ),
        (
            "Oman replied on Monday to a letter from Yemen and agreed to reopen the crossing "
            "at Sarfait for trucks.",
            "OMN",
            "YEM",
        ),
    ],
)
def test_agreeing_to_act_in_a_reply_is_an_acceptance(body: str, actor: str, target: str) -> None:
    assert (actor, "accept", target) in [(a, act, t) for a, act, t, _, _ in events_of(body)]


def test_agreeing_to_act_with_nobody_asking_stays_no_event() -> None:
    body = "Bolivia agreed on Thursday to build a new hydrological station on the lake."
    assert not [e for e in events_of(body) if e[1] in ("accept", "agree")]


# 146. A capital after a sentence-opening subordinator ("Unless Quito ...") or before a
# determiner ("told Dakar any new seizure ...") is the government: the opener is no part of a
# longer name and a determiner is no noun the capital would modify.
@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("Unless Accra releases the trawler, Abidjan will recall its envoy.", "GHA"),
        ("Upon Tbilisi's refusal, Yerevan recalled its envoy.", "GEO"),
        ("Canberra told Wellington any new levy would be challenged at the WTO.", "NZL"),
        ("Ottawa told Bogota no deal was possible before the vote.", "COL"),
    ],
)
def test_a_capital_after_an_opener_or_before_a_determiner_is_the_state(
    body: str, code: str
) -> None:
    assert code in classify_text("", body, 2026)[1]


def test_neither_confirming_nor_denying_is_a_statement() -> None:
    body = "Quito would neither confirm nor deny that it had proposed talks with Lima."
    comments = [e for e in events_of(body) if e[1] == "comment"]
    assert comments
    assert all(mod == "asserted" for *_, mod in comments)


# 147. "The rebels", "communist guerrillas", "the armed group": the one non-state group the
# article names (listed or learned); with none named, or two, nobody.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Kabul offered a truce to the TTP on Monday. The militants rejected the offer on "
            "Tuesday.",
            ("TTP", "reject", "AFG"),
        ),
        (
            "Maoist rebels in Nepal offered a holiday truce on Sunday. The Kirat Liberation "
            "Front said its fighters would stop all attacks.",
            ("KLF", "propose", None),
        ),
    ],
)
def test_a_generic_group_noun_is_the_articles_one_group(
    body: str, want: tuple[str, str, str | None]
) -> None:
    got = [(a, act, t) for a, act, t, _, _ in events_of(body)]
    assert any(a == want[0] and act == want[1] and want[2] in (None, t) for a, act, t in got)


@pytest.mark.parametrize(
    "body",
    [
        "Lima offered a truce on Monday. The rebels rejected the offer on Tuesday.",
        "Bogota offered talks to the ELN and the FARC dissidents. The rebels rejected the offer.",
    ],
)
def test_a_generic_group_noun_with_no_one_group_is_nobody(body: str) -> None:
    assert not [e for e in events_of(body) if e[1] == "reject"]


# 148. Group names: a collective possessive is part of the name ("New People's Army",
# "Workers' Party"), unless a state's name or demonym is (a state's army: "People's Liberation
# Army" is China's); a short name may start with a digit ("3R", "2K") and stand before its kind
# ("the 3R armed group") or be one capitalised word after "the" ("the Tumaini rebel
# alliance"); a name after "between X and the" is the run after the link.
@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("Manila offered a truce to the New People's Army. The New People's Army rejected it.",
         "NPA"),
        ("Bangui offered a truce to the 3R armed group. The 3R rejected it.", "3R"),
        ("Vientiane offered a truce to the armed group 2K. The 2K rejected it.", "2K"),
        ("Juba offered a truce to the Tumaini rebel alliance. The Tumaini rejected it.",
         "TUMAINI"),
        ("A truce between Manila and the Moro People's Front began on Monday. The Moro People's "
         "Front rejected talks.", "MPF"),
    ],
)  # fmt: skip
def test_group_names_the_article_teaches(body: str, code: str) -> None:
    assert any(a == code and act == "reject" for a, act, *_ in events_of(body))


def test_a_states_army_named_with_a_collective_is_the_state() -> None:
    got = events_of("The People's Liberation Army rejected Taiwan's proposal on Monday.")
    assert ("CHN", "reject") in [(a, act) for a, act, *_ in got]


# 149. The agent of a nominal in a relative clause right after it ("accepting a ceasefire
# offer the rebels made this week"): the offer's maker, whom the acceptance answers.
def test_an_offer_a_party_made_is_its_offer() -> None:
    body = (
        "Norway welcomed the move. The Colombian president on Thursday suspended operations, "
        "accepting a ceasefire offer the ELN made earlier this week. Norway said it stood "
        "ready to help."
    )  # not Norway, named more often
    assert ("COL", "accept", "ELN") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 150. A verb coordinated after a reported clause ("X said Y were backed by Z and called ...")
# is the sayer's, not the reported clause's subject.
def test_a_verb_after_a_reported_clause_is_the_sayers() -> None:
    body = (
        "Addis Ababa said the TPLF fighters were armed by Eritrea and called the offensive "
        '"an invasion".'
    )
    got = [(a, act) for a, act, *_ in events_of(body)]
    assert ("ETH", "comment") in got
    assert ("TPLF", "comment") not in got


# 151. A party named with a relative clause of mediation ("Norway, which facilitated earlier
# rounds") is a mediator; "governor" alone is no American context; "US Treasury" is the US.
def test_a_central_bank_governor_leaves_washington_a_party() -> None:
    body = "Mexico's central bank governor said Washington had rejected the proposal."
    assert ("USA", "reject") in [(a, act) for a, act, *_ in events_of(body)]


def test_the_us_treasury_is_the_us() -> None:
    got = events_of("The US Treasury sanctioned two Nicaraguan generals on Monday.")
    assert ("USA", "sanction", "NIC") in [(a, act, t) for a, act, t, _, _ in got]


# 152. With no pair of parties acting on each other, the article's main parties are not its
# host ("Cuba is expected to host the meeting"), and include the party that answers.
def test_the_host_is_no_main_party_and_the_answering_one_is() -> None:
    body = (
        "The ELN accepted the offer on Monday, and delegations from both sides are due to meet "
        "in the Cuban capital on Saturday. Cuba is expected to host the meeting, Cuba's foreign "
        "ministry said. Colombia's army chief welcomed the news."
    )
    got = [(a, act, t, mod) for a, act, t, _, mod in events_of(body)]
    assert ("ELN", "accept", "COL", "asserted") in got
    assert ("COL", "meet", "ELN", "expected") in got


# 153. A warning whose speaker follows its conditional content (", Lisbon warned Dakar"), and
# an ultimatum opened by "unless": the speaker threatens the addressee (else the party in
# the condition); a conditional with no warning and no "unless" is no threat.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Any new seizure of its fishing boats would be met with naval escorts, Accra "
            "warned Lome.",
            ("GHA", "threaten", "TGO"),
        ),
        (
            "Unless Tbilisi releases the drivers, Yerevan will close the crossing, the Armenian "
            "minister said.",
            ("ARM", "threaten", "GEO"),
        ),
    ],
)
def test_a_warning_with_the_speaker_after_or_an_unless_clause_is_a_threat(
    body: str, want: tuple[str, str, str]
) -> None:
    assert want in [(a, act, t) for a, act, t, _, _ in events_of(body)]


def test_a_plain_conditional_is_no_threat() -> None:
    body = "If Tbilisi releases the drivers, Yerevan will reopen the crossing, the minister said."
    assert not [e for e in events_of(body) if e[1] == "threaten"]


# 154. A party that says it will answer what was put to it ("said it would give a formal
# answer to the request", "will reply through diplomatic channels") has given its holding
# reply: asserted; one that is expected to answer has not; "would study the offer" stays to
# come (labellers split on it), "would respond at a time of its choosing" is a threat.
@pytest.mark.parametrize(
    "body",
    [
        "Peru said on Monday it had received Bolivia's request and would give a formal answer "
        "after consultations.",
        "Peru said it would reply to Bolivia's proposal through diplomatic channels.",
    ],
)
def test_a_party_saying_it_will_answer_has_replied(body: str) -> None:
    assert ("PER", "respond", "asserted") in [
        (a, act, mod) for a, act, _, _, mod in events_of(body)
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Peru is expected to answer Bolivia's proposal next week.",
        "Peru said it would study Bolivia's proposal.",
    ],
)
def test_an_answer_to_come_is_no_reply_yet(body: str) -> None:
    assert ("PER", "respond", "asserted") not in [
        (a, act, mod) for a, act, _, _, mod in events_of(body)
    ]


def test_taken_note_of_a_proposal_is_a_reply() -> None:
    body = "Gabon's government said it had taken note of Equatorial Guinea's proposal."
    assert ("GAB", "respond", "GNQ") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 155. A meeting between two heads ("between the prime minister and the Korean president",
# "between the king and his counterpart") is a summit; between ministers it stays talks.
def test_a_meeting_between_two_heads_is_a_summit() -> None:
    got = events_of("Japan proposed a meeting between the prime minister and the Korean president.")
    assert ("JPN", "propose", "summit") in [(a, act, i) for a, act, _, i, _ in got]
    got = events_of("Japan proposed a meeting between the foreign ministers and their deputies.")
    assert ("JPN", "propose", "talks") in [(a, act, i) for a, act, _, i, _ in got]


# 156. An act dated to an earlier month of the article's year ("In August, Tehran proposed",
# "in late July 2026") is background in a September article, news in an August one; a date
# after the act that belongs to a participle of its own ("rammed a boat ... the arrangement
# reached in July") or an act on its own day ("on Monday") dates nothing of the act; "from
# 2024, when Stockholm agreed" dates the "when" clause.
@pytest.mark.parametrize(
    ("body", "month", "kept"),
    [
        ("In August, Tehran proposed a prisoner swap to Stockholm.", 9, False),
        ("In August, Tehran proposed a prisoner swap to Stockholm.", 8, True),
        ("Tehran proposed a prisoner swap to Stockholm in late July 2026.", 9, False),
        (
            "China's coast guard rammed a Philippine boat on Monday, violating the arrangement "
            "reached in 2021, Manila said.",
            9,
            True,
        ),
    ],
)
def test_an_act_dated_to_an_earlier_month_is_background(body: str, month: int, kept: bool) -> None:
    events = classify_text("", body, 2026, month)[2]
    assert bool([e for e in events if e.action in ("propose", "attack")]) is kept


def test_an_act_in_a_when_clause_dated_years_back_is_history() -> None:
    body = (
        "Sweden rejected Iran's offer on Monday, a shift in tone from 2024, when Stockholm "
        "agreed to release an Iranian in exchange for two Swedes."
    )
    events = classify_text("", body, 2026, 8)[2]
    assert ("SWE", "reject") in [(e.actor, e.action) for e in events]
    assert "accept" not in [e.action for e in events]


# 157. "In exchange for", detained or captured soldiers and citizens: a prisoner exchange.
def test_freeing_soldiers_in_exchange_for_others_is_a_prisoner_exchange() -> None:
    body = "Niger offered to free two Beninese soldiers in exchange for three Nigerien officers."
    got = [(a, act, t, i) for a, act, t, i, _ in events_of(body)]
    assert ("NER", "propose", "BEN", "prisoner_exchange") in got


# 158. Co-actors of a one-sided act ("Kenya and Ethiopia jointly proposed talks", "urged")
# act on a third party, never on each other; co-actors of a mutual one (met, traded fire)
# act on each other.
def test_co_proposers_are_not_each_others_counterparts() -> None:
    got = [(a, act, t) for a, act, t, _, _ in events_of(
        "Kenya and Ethiopia proposed a truce on Monday. Somalia said it would study the offer."
    )]  # fmt: skip
    assert ("KEN", "propose", "ETH") not in got
    assert ("ETH", "propose", "KEN") not in got
    assert ("KEN", "propose", "SOM") in got


def test_co_actors_of_a_mutual_act_act_on_each_other() -> None:
    got = [(a, act, t) for a, act, t, _, _ in events_of("Kenya and Ethiopia met in Nairobi.")]
    assert ("KEN", "meet", "ETH") in got


# 159. Expelling or ordering out an envoy, declaring one persona non grata, reduce relations:
# a sanction on the envoy's state. Recalling one's own envoy (session 17) is a protest, a
# comment aimed at the state it was recalled from: every blind writer who met one labelled it
# so, one forbade the sanction.
@pytest.mark.parametrize(
    "body",
    [
        "Argentina ordered a senior Chilean diplomat to leave within 72 hours.",
        "Argentina declared the Chilean counsellor persona non grata on Monday.",
        "Argentina expelled the Chilean consul on Monday.",
    ],
)
def test_expelling_an_envoy_is_a_sanction(body: str) -> None:
    assert ("ARG", "sanction", "CHL") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


def test_recalling_ones_own_envoy_is_a_protest_not_a_sanction() -> None:
    got = [(a, act, t) for a, act, t, _, _ in events_of(
        "Argentina recalled its ambassador from Santiago for consultations."
    )]  # fmt: skip
    assert got == [("ARG", "comment", "CHL")], got


def test_a_measure_against_several_states_does_not_make_them_the_two_sides() -> None:
    body = (
        "No sooner had the UN sanctions returned than Tehran recalled its ambassadors from "
        "London, Paris and Berlin and rejected the snapback."
    )
    got = [(a, act) for a, act, *_ in events_of(body)]
    assert ("IRN", "reject") in got
    assert ("FRA", "reject") not in got


# 160. "The military council (in Niamey)", "the ruling council", "the military leadership":
# the state's institutions, like "the junta".
def test_a_military_council_is_the_state() -> None:
    body = (
        "ECOWAS proposed a transition plan to Niger on Monday. The military council in Niamey "
        "has not responded to the proposal."
    )
    got = [(a, act, mod) for a, act, _, _, mod in events_of(body)]
    assert ("NER", "respond", "negated") in got


# 161. A present answer with a time after it ("accepts Tanzania's offer of talks next week")
# is asserted: the time is the talks'; an act something "would require" ("a settlement would
# require the two sides to agree") is a condition, hypothetical.
def test_a_time_after_an_answer_dates_what_was_answered() -> None:
    got = events_of("Zambia accepts Tanzania's offer of talks next week")
    assert ("ZMB", "accept", "asserted") in [(a, act, mod) for a, act, _, _, mod in got]


def test_what_a_settlement_would_require_is_hypothetical() -> None:
    body = "A settlement would require Ghana and Togo to agree on the border, the AU said."
    got = [(a, act, mod) for a, act, _, _, mod in events_of(body)]
    assert ("GHA", "agree", "hypothetical") in got
    assert ("GHA", "agree", "expected") not in got


# 162. A trip made for talks ("travelled to Quito for talks") is a meeting held; a trip to
# come ("will travel", "is due in") is one expected.
def test_a_trip_made_for_talks_is_a_meeting_held() -> None:
    done = events_of("Peru's foreign minister travelled to Quito for talks with Ecuador on Monday.")
    assert ("PER", "meet", "asserted") in [(a, act, mod) for a, act, _, _, mod in done]
    to_come = events_of("Peru's foreign minister will travel to Quito for talks with Ecuador.")
    assert ("PER", "meet", "expected") in [(a, act, mod) for a, act, _, _, mod in to_come]


# 163. A meeting in a "when" clause with a weekday after it ("will sign the accord when they
# meet on Friday") is to come; "any incursion would be met with force": the incursion is
# hypothetical, the warning a threat by who warned.
def test_a_meeting_when_they_meet_on_a_weekday_is_expected() -> None:
    got = events_of("Ghana and Togo will sign the accord when they meet in Lome on Friday.")
    assert ("GHA", "meet", "expected") in [(a, act, mod) for a, act, _, _, mod in got]
    assert ("GHA", "meet", "asserted") not in [(a, act, mod) for a, act, _, _, mod in got]


def test_any_incursion_warned_of_is_a_threat_not_an_attack() -> None:
    body = (
        "Tajikistan's defence minister warned that any incursion by Kyrgyz troops would be met "
        "with force."
    )
    got = [(a, act, mod) for a, act, _, _, mod in events_of(body)]
    assert ("TJK", "threaten", "asserted") in got
    assert ("KGZ", "attack", "asserted") not in got


# 164. "Qatar hosted talks between Chad and Sudan": the two met; the host is no party to them.
def test_talks_a_third_state_hosted_were_held_between_the_two() -> None:
    got = events_of("Qatar hosted talks between Chad and Sudan in Doha on Monday.")
    assert ("TCD", "meet", "SDN", "asserted") in [(a, act, t, mod) for a, act, t, _, mod in got]


# 165. "Would impose tariffs should Mexico go ahead": an inverted condition, hypothetical (not
# "accepts that the commission should look at it"); "the summit between X and Y has been
# postponed": a meeting not held.
def test_an_inverted_should_condition_is_hypothetical() -> None:
    body = "Washington would impose tariffs on Mexican steel should Mexico go ahead with the levy."
    assert ("USA", "sanction", "hypothetical") in [
        (a, act, mod) for a, act, _, _, mod in events_of(body)
    ]
    body = "Britain accepts that the commission should look at a timetable, a spokeswoman said."
    assert not [e for e in events_of(body) if e[4] == "hypothetical"]


def test_a_summit_postponed_is_not_held() -> None:
    got = events_of("The summit between Ghana and Togo has been postponed.")
    assert ("GHA", "meet", "negated") in [(a, act, mod) for a, act, _, _, mod in got]


# 166. A rejection conveyed, communicated or relayed ("Quito's rejection of Lima's demand was
# conveyed to the embassy") is made then, like one announced.
def test_a_rejection_conveyed_is_a_rejection() -> None:
    body = "Quito's rejection of Lima's demand was conveyed to the Peruvian embassy on Monday."
    assert ("ECU", "reject", "PER") in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 167. A capital before "yet", "already", "too" is the government ("no reply from La Paz yet");
# "it was not known how Brasilia would respond" asks, it reports no answer.
def test_a_capital_before_yet_is_the_state() -> None:
    body = "Lima offered talks on Monday. There has been no reply from La Paz yet."
    assert ("BOL", "respond", "negated") in [(a, act, mod) for a, act, _, _, mod in events_of(body)]


def test_not_known_how_a_party_would_respond_is_no_response() -> None:
    body = "It was not immediately known how Brasilia would respond to the Argentine offer."
    assert not [e for e in events_of(body) if e[1] == "respond"]


def test_an_adjective_in_ed_does_not_take_the_acts_date() -> None:
    body = (
        "The two neighbours signed a cooperation framework on shared water resources several "
        "years ago, Kenya said."
    )
    assert not [e for e in classify_text("", body, 2026, 9)[2] if e.action == "agree"]
