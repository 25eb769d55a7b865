"""General failure classes, session 14: each case is a new sentence or article with countries,
regions and groups of its own, exercising one general mechanism (classes named by blind sets'
writers and analysts; none of their sentences is used)."""

from __future__ import annotations

import pytest

from storywatch.classify import classify_text

_LOOKING_BACK = (
    "Twenty-eight years on: how the Brasilia accord was signed in a single afternoon",
    "Twenty-eight years ago this week, after months of shuttle diplomacy, the presidents of "
    "Peru and Ecuador met in Brasilia. Lima proposed a binational park along the disputed "
    "ridge, and Quito accepted it within hours. A new exhibition in Cuenca shows the maps.",
)


def _acts(title: str, body: str) -> list[tuple[str, str, str]]:
    _, _, events = classify_text(title, body, published_year=2026, published_month=10)
    return [(e.actor, e.action, e.modality) for e in events]


# 391. An anniversary piece (a title counting the years over a lead opened years back) tells
# what happened then: no event of the day, even where a sentence carries no date of its own.
def test_an_anniversary_piece_tells_no_news() -> None:
    assert _acts(*_LOOKING_BACK) == []


# 391b. Either cue alone may open news: a title counting years over a lead of the day, or an
# analysis whose lead looks back under a plain title.
def test_one_cue_of_an_anniversary_alone_keeps_the_news() -> None:
    title = "Twenty-eight years on, Peru and Ecuador reopen the border talks"
    body = (
        "Peru proposed new border talks with Ecuador on Monday. Quito accepted the proposal "
        "within hours, its foreign ministry said."
    )
    assert ("ECU", "accept", "asserted") in _acts(title, body)
    title = "Analysis: how Lima and Quito found their way back"
    body = (
        "Twenty-eight years ago, the two neighbours fought their last war. On Monday Peru "
        "proposed new border talks, and Ecuador accepted the proposal within hours."
    )
    assert ("ECU", "accept", "asserted") in _acts(title, body)


# 392. A state's name given to a person as a first name ("Kenya Halvorsen", later
# "Halvorsen's camp" or "Kenya, who ...") is the person wherever the article names it bare,
# unless it also names the state by another form (a demonym, a capital, a person of its own).
def test_a_first_name_shared_with_a_state_is_the_person() -> None:
    title = "Halvorsen edges Mercado in split decision"
    body = (
        "Kenya Halvorsen beat Jamaica Mercado on a split decision on Saturday night. Jamaica "
        "proposed a rematch before they left the ring, and Kenya accepted it. Mercado's camp "
        "said they had threatened to appeal."
    )
    assert _acts(title, body) == []


def test_a_state_named_by_another_form_too_stays_the_state() -> None:
    title = "Jamaica rejects Kenyan offer"
    body = (
        "Kenya Halvorsen, a Kenyan diplomat, proposed trade talks with Jamaica on Monday. "
        "Jamaica rejected the proposal on Tuesday, Kingston's foreign ministry said."
    )
    assert ("JAM", "reject", "asserted") in _acts(title, body)


# 393. "they" right after a plural common noun that says it ("several growers said they")
# is those people, not the article's two sides; the parties' own voices ("the foreign
# ministries said they", "officials said they") still speak for the parties.
def test_people_who_say_they_are_no_party() -> None:
    title = "Cocoa growers split over cooperative merger"
    body = (
        "A growers' cooperative has proposed a merger with an exporter. Members have not yet "
        "voted on the proposal, and several growers said they would reject it. The "
        "cooperative's beans have been exported around the world, from Ghana to Togo."
    )
    assert [a for a in _acts(title, body) if a[1] == "reject"] == []
    title = "Ghana and Togo agree to hold regular consultations"
    body = (
        "In a joint statement, the foreign ministries of Ghana and Togo said they had agreed "
        "to hold regular consultations on border security."
    )
    assert ("GHA", "agree", "asserted") in _acts(title, body)


def _events(title: str, body: str) -> list[tuple[str, str, str | None, str | None]]:
    _, _, events = classify_text(title, body, published_year=2026, published_month=6)
    return [(e.actor, e.action, e.target, e.issue) for e in events]


# 394. An agreement that names no issue is about the issue the article names most, when
# one clearly leads (talks and summits aside): "reached a deal after three rounds of talks"
# in a piece on a quinoa and fruit import row is a trade deal.
def test_an_agreement_naming_no_issue_takes_the_articles_leading_issue() -> None:
    found = _events(
        "Chile, Bolivia reach deal after weeks of talks",
        "Chile and Bolivia reached a deal on Friday after three rounds of talks in Arica, "
        "officials said. The row began in March when Chile suspended imports of Bolivian "
        "quinoa, and exports of Chilean fruit to Bolivia were later blocked in return.",
    )
    assert ("CHL", "agree", "BOL", "trade") in found, found


# 395. A hyphenated name before "rebels" or "rebel group" is an armed group the article
# introduces ("Chad's UFR-Tama rebel group"), coded without its hyphen.
def test_a_hyphenated_rebel_name_is_learned_as_a_group() -> None:
    found = _events(
        "Chad rebels offer truce",
        "Chad's UFR-Tama rebel group has offered a ceasefire to the government in N'Djamena. "
        "Chad said on Monday it was studying a ceasefire proposal from UFR-Tama rebels.",
    )
    assert ("UFRTAMA", "propose", "TCD", "ceasefire") in found, found


# 396. In a headline of coordinated verbs, a party that only modifies the first verb's object
# ("protests US tariffs") is not the subject of the next verb: Quito proposes.
def test_a_modifier_of_the_object_is_not_the_next_verbs_subject() -> None:
    found = _events(
        "Quito protests US tariffs, proposes talks on trade",
        "Ecuador's foreign ministry said it had sent a note to Washington.",
    )
    proposers = {a for a, act, _, _ in found if act == "propose"}
    assert proposers == {"ECU"}, found


# 397. A party's comment on a plan put to it answers whoever made the plan, on the plan's
# issue, not the party named inside it ("Oman's proposal for an exchange with Iraq").
def test_a_comment_on_a_mediators_plan_answers_the_mediator() -> None:
    found = _events(
        "Kuwait wants two more names on swap lists",
        "Kuwait said on Wednesday it had received Oman's proposal for a prisoner exchange with "
        "Iraq and was reviewing the lists of names, in its first public comment on the plan. "
        "Iraq urged Kuwait to decide quickly.",
    )
    assert ("KWT", "respond", "OMN", "prisoner_exchange") in found, found


# 398. A group the article introduces in apposition ("The Kafue Valley Wardens, an armed
# group that ...", "The Copper Hills Guard, a rebel movement ...") or by a full name with a
# plural agent head in an article on armed groups ("the Shire Highlands Defenders ... the
# militant group") acts under its initials.
@pytest.mark.parametrize(
    ("title", "body", "row"),
    [
        ("Zambian rebels offer truce",
         "LUSAKA, May 4 - The Kafue Valley Wardens, an armed group that has raided copper "
         "convoys since 2024, have offered Zambia a 30-day ceasefire, according to a letter "
         "seen on Monday.", ("KVW", "propose", "ZMB", "ceasefire")),
        ("Rebels sign deal",
         "The Copper Hills Guard, a rebel movement based in the north, signed a peace "
         "agreement with Zambia on Friday.", ("CHG", "agree", "ZMB", "peace_deal")),
        ("Malawi and militants sign deal",
         "LILONGWE, June 9 - Malawi's government and the Shire Highlands Defenders signed a "
         "ceasefire agreement on Tuesday, ending months of raids by the militant group on tea "
         "estates.", ("MWI", "agree", "SHD", "ceasefire")),
    ],
)  # fmt: skip
def test_a_group_introduced_by_its_full_name_acts(
    title: str, body: str, row: tuple[str, str, str, str]
) -> None:
    found = _events(title, body)
    assert row in found, found


# 399. A reply sent to one country's mediators does not answer that country's own offer to
# host: it answers the proposal it follows.
def test_a_reply_through_mediators_answers_the_proposal_not_the_host() -> None:
    found = _events(
        "Sudan replies to rebel offer",
        "KHARTOUM, July 1 - Sudan said it had sent its reply to the Ethiopian mediators on "
        "Monday, weeks after the Blue Nile Liberation Front proposed a truce. Ethiopia has said "
        "it is ready to host talks between the two sides.",
    )
    assert [r for r in found if r[:2] == ("SDN", "respond")] == [
        ("SDN", "respond", "BNLF", "ceasefire")
    ], found


# 400. Money and arms given are aid: financing, a credit line, a donors' conference, arms
# deliveries.
@pytest.mark.parametrize(
    "body",
    [
        "Manila accepted a South Korean offer of emergency financing on Monday.",
        "Japan offered Kenya a credit line to pay for grain imports on Monday.",
    ],
)
def test_money_given_is_aid(body: str) -> None:
    issues = {i for _, _, _, i in _events("", body)}
    assert issues == {"aid"}, _events("", body)


# 401. A threat to act ("threatened on Monday to suspend all flights") is news of its own,
# even where the article names only one party; a private threat to sue one's employer is not.
def test_a_threat_to_act_stands_alone() -> None:
    found = _events("", "Hanoi threatened on Monday to suspend all flights through its airspace.")
    assert [(a, act) for a, act, _, _ in found] == [("VNM", "threaten")], found


# 402. Where a meeting happens is no party to it: "met for eight hours at the Mexican
# foreign ministry" meets nobody there; "Vienna consultations" are held in Vienna; and
# agreeing to consultations, like agreeing to talks, accepts them.
def test_the_place_of_a_meeting_is_no_party() -> None:
    found = _events(
        "Peru to free Bolivian truckers under Santiago deal",
        "Peru will free 12 Bolivian truckers and return their lorries under an agreement "
        "reached on Monday in Santiago, where the two countries also agreed on joint border "
        "checks, officials said. The delegations met for six hours at the Chilean foreign "
        'ministry. Bolivia\'s deputy foreign minister called it "a fair outcome".',
    )
    assert "CHL" not in {t for _, _, t, _ in found}, found
    found = _events(
        "IAEA agrees to Vienna consultations with Brazil, first round March 23",
        "The agency said on Tuesday that it had agreed to hold technical consultations with "
        "Brazil on submarine fuel.",
    )
    assert ("IAEA", "accept", "BRA", "talks") in found, found
    assert "AUT" not in {t for _, _, t, _ in found}, found


# 403. A known person's surname after a first name that person does not go by is someone
# else ("IAEA Director General Ingrid Valtonen" is not Finland's Elina Valtonen; "Sergey
# Lavrov" and "Sergei Lavrov" are the same man).
@pytest.mark.parametrize(
    ("body", "actor"),
    [
        ("UN special envoy Irina Lavrov met Georgia's foreign minister in Tbilisi on Monday.",
         "UN"),
        ("IAEA Director General Ingrid Valtonen held talks with Oman's foreign minister in "
         "Muscat on Wednesday.", "IAEA"),
        ("Sergey Lavrov met Georgia's foreign minister in Tbilisi on Monday.", "RUS"),
    ],
)  # fmt: skip
def test_a_known_surname_after_another_first_name_is_another_person(body: str, actor: str) -> None:
    assert {a for a, act, _, _ in _events("", body) if act == "meet"} == {actor}


# 404. A meeting verb whose clause names the meeting a summit ("met in Apia on Friday for
# their first summit in a decade") is a summit, not plain talks.
def test_a_meeting_named_a_summit_in_its_clause_is_a_summit() -> None:
    found = _events("", "Samoa and Tonga met in Apia on Friday for their first summit in a decade.")
    assert {(a, i) for a, act, _, i in found if act == "meet"} == {
        ("WSM", "summit"),
        ("TON", "summit"),
    }, found


# 405. An acronym inside a hyphenated name ("PORT-AU-PRINCE" in a dateline) is part of that
# name; a party's acronym between other parties' names ("the US-EU-China talks") is not.
def test_an_acronym_inside_a_hyphenated_name_is_no_party() -> None:
    found = _events(
        "",
        "PORT-AU-PRINCE, April 9 - Haiti proposed talks with Canada on the sanctions on "
        "Thursday, proposing that a joint working group examine the evidence.",
    )
    assert "AU" not in {a for a, _, _, _ in found}, found


# 406. A deal not reached, a deal struck at a round of talks, and an answer that only points
# at its object ("accepted it in the afternoon", "accepted within hours") are about the issue
# the article is about, not "other" or "talks"; an agreement that names what was agreed
# ("agree a working group in sanctions talks") keeps its own reading.
@pytest.mark.parametrize(
    ("title", "body", "row"),
    [
        ("Fiji, Tonga hold prisoner swap talks in Suva",
         "Fiji and Tonga held two days of talks in Suva on a proposed prisoner exchange. Tonga "
         "holds four Fijian sailors and Fiji two Tongan fishermen; both want a prisoner swap. "
         "Officials said the meeting was cordial but that no agreement had been reached yet.",
         ("FJI", "agree", "TON", "prisoner_exchange")),
        ("Ghana and Togo agree grain deal",
         "Ghana and Togo signed a deal on grain trade on Friday ending a trade dispute. The deal "
         "was struck at a third round of talks in Lome. Trade had been frozen since May.",
         ("GHA", "agree", "TGO", "trade")),
        ("Armenia, Azerbaijan agree ceasefire on border",
         "Armenian and Azerbaijani border troops agreed a ceasefire on Tuesday after two days of "
         "clashes, officials said. The proposal came from the Armenian side, and Azerbaijan "
         "accepted it in the afternoon. The ceasefire held overnight.",
         ("AZE", "accept", "ARM", "ceasefire")),
    ],
)  # fmt: skip
def test_vague_deals_and_answers_take_the_articles_issue(
    title: str, body: str, row: tuple[str, str, str, str]
) -> None:
    found = _events(title, body)
    assert row in found, found
    assert not {r for r in found if r[:3] == row[:3] and r[3] in ("other", "talks")}, found


# 407. Heldout40's analyst's mechanisms, each on new sentences: an acronym spelled with the
# letters of its link words ("Sons of Kivu (SOK)") names a group; "we have agreed to the visit
# Lima proposed" in a quote is the speaker's consent; "suggesting instead that officials
# meet" proposes a meeting, none held; a body named as the forum ("threatens WTO case") is no
# target; renewed sanctions are sanctions; an act inside "any swap the two sides agree on" is
# no event.
@pytest.mark.parametrize(
    ("title", "body", "present", "absent"),
    [
        ("", "The Sons of Kivu (SOK) offered Kinshasa a 30-day ceasefire on Monday, the "
         "separatists said.", ("SOK", "propose", "COD", "ceasefire"), None),
        ("", "\"We have agreed to the visit Lima proposed,\" Chile's foreign minister said.",
         ("CHL", "accept", "PER", None), ("PER", "agree", "CHL", None)),
        ("", "Quito replied to Lima's letter, suggesting instead that officials from both sides "
         "meet in Geneva.", None, ("ECU", "meet", "PER", "talks")),
        ("Manila curbs Thai rice imports; Bangkok threatens WTO case", "",
         ("THA", "threaten", "PHL", None), None),
        ("", "EU ministers rolled over the asset freezes on Belarusian officials for another "
         "year.", ("EU", "sanction", "BLR", "sanctions"), None),
        ("", "Chad and the FACT rebels agreed a truce in Doha. The Red Cross said it would help "
         "with any prisoner swap the two sides agree on.", None,
         ("TCD", "agree", "FACT", "prisoner_exchange")),
    ],
)  # fmt: skip
def test_heldout40_mechanisms_on_new_sentences(
    title: str,
    body: str,
    present: tuple[str, str, str, str | None] | None,
    absent: tuple[str, str, str, str | None] | None,
) -> None:
    found = _events(title, body)
    rows = {r[:3] for r in found} | set(found)
    if present is not None:
        assert (present if present[3] else present[:3]) in rows, found
    if absent is not None:
        assert (absent if absent[3] else absent[:3]) not in rows, found


# 408. The IAEA's usual press names: "the U.N. watchdog", "the UN atomic watchdog", "the U.N.
# nuclear agency" are the IAEA, not the UN.
@pytest.mark.parametrize(
    "title",
    [
        "Myanmar rejects U.N. watchdog's request for access",
        "Myanmar rejects UN atomic watchdog's request for access",
        "Myanmar rejects U.N. nuclear agency's request for access",
    ],
)
def test_the_un_watchdog_is_the_iaea(title: str) -> None:
    found = _events(title, "")
    assert ("MMR", "reject", "IAEA") in {r[:3] for r in found}, found


# 409. A year before 1500 dates an act years back too ("under the Treaty of Zamora in 1143").
def test_a_medieval_year_is_history() -> None:
    body = (
        "A new exhibition in Braga recounts how Portugal and Spain agreed to end their war "
        "under the Treaty of Zamora in 1143."
    )
    assert _events("", body) == []


def _dated_events(body: str, month: int) -> list[tuple[str, str, str | None, str | None, str]]:
    _, _, events = classify_text("", body, published_year=2026, published_month=month)
    return [(e.actor, e.action, e.target, e.issue, e.modality) for e in events]


# 410. Talks that "will resume in April", told in June, resume next April: an expected act,
# not one dated to a month gone by.
def test_a_month_ahead_of_a_future_act_is_next_years() -> None:
    found = _dated_events("Talks between Bogota and Quito on river rights will resume in April.", 6)
    assert {(a, act, m) for a, act, _, _, m in found} >= {("COL", "meet", "expected")}, found


# 411. "asked X for more patrol boats" appeals for help; "warned X of a swift response" is a
# threat; "sanctions were imposed on T by A" is A's sanction; "accepted ..., while turning down
# Y's demand" also rejects.
@pytest.mark.parametrize(
    ("body", "row"),
    [
        ("Manila asked Tokyo for more patrol boats to guard its fishing grounds.",
         ("PHL", "appeal", "JPN")),
        ("Seoul warned Pyongyang of a swift response to any further missile launches.",
         ("KOR", "threaten", "PRK")),
        ("Sanctions were imposed on Eritrea's leadership by the African Union on Tuesday.",
         ("AU", "sanction", "ERI")),
        ("Chile accepted Peru's offer of talks on fishing quotas, while turning down Peru's "
         "demand for compensation.", ("CHL", "reject", "PER")),
    ],
)  # fmt: skip
def test_requests_warnings_passive_sanctions_and_while_clauses(
    body: str, row: tuple[str, str, str]
) -> None:
    found = _events("", body)
    assert row in {r[:3] for r in found}, found


# 412. An act dated to a month of a year gone by ("in March 2025", told in 2026) or to last
# year ("initialled a text in 2025") is background, like one dated to an earlier month.
@pytest.mark.parametrize(
    "body",
    [
        "Laos and Cambodia agreed the text of a border treaty in March 2025 but have not signed "
        "it, officials said.",
        "Laos and Cambodia initialled a border treaty text in 2025 but have yet to sign it.",
    ],
)
def test_an_act_of_a_year_gone_by_is_background(body: str) -> None:
    found = _dated_events(body, 9)
    assert [r for r in found if r[1] == "agree" and r[4] == "asserted"] == [], found
