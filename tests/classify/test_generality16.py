"""General failure classes, session 15: each case is a new sentence or article with countries,
regions and groups of its own, exercising one general mechanism (classes named by blind sets'
writers and analysts; none of their sentences is used)."""

from __future__ import annotations

import pytest

from storywatch.classify import classify_text


def _acts(title: str, body: str) -> list[tuple[str, str, str, str]]:
    _, _, events = classify_text(title, body, published_year=2026, published_month=10)
    return [(e.actor, e.action, e.target or "", e.modality) for e in events]


# 413. "UFC officials said they": officials of a name no party goes by speak for it, not for
# the countries the article named before; a party's own officials still speak for it.
@pytest.mark.parametrize(
    "body",
    [
        "Boxer Carlos Mendez, born in Peru and raised in Chile, has called for a title fight. "
        "WBA officials said they were open to the idea.",
        "The chess champion, a Norwegian who lives in Denmark, proposed a rematch in Oslo. "
        "FIDE officials said they would accept the proposal.",
    ],
)
def test_officials_of_a_name_no_party_goes_by_speak_for_no_party(body: str) -> None:
    assert _acts("", body) == []


def test_a_partys_own_officials_still_speak_for_it() -> None:
    body = (
        "Peru proposed talks on the border with Chile on Monday. Chilean officials said they "
        "were open to the idea."
    )
    assert ("CHL", "respond", "PER", "asserted") in _acts("", body)


# 414. What someone says in jest ("the envoy joked that Nairobi would propose talks") is no
# act of a party; a real act in the same article still is.
@pytest.mark.parametrize(
    "body",
    [
        "The Kenyan envoy joked that Nairobi would propose talks with Kampala about who makes "
        "the best tea.",
        "Asked about the border, the Indian minister quipped that New Delhi had already agreed a "
        "ceasefire with Islamabad over cricket.",
    ],
)
def test_an_act_said_in_jest_is_no_act(body: str) -> None:
    assert _acts("", body) == []


def test_a_real_act_beside_a_jest_stands() -> None:
    body = (
        "Portugal and Spain signed a water-sharing treaty in Lisbon on Monday. Afterwards the "
        "Spanish minister joked about the weather."
    )
    assert ("PRT", "agree", "ESP", "asserted") in _acts("", body)


def _issues(title: str, body: str, action: str) -> set[str | None]:
    _, _, events = classify_text(title, body, published_year=2026, published_month=6)
    return {e.issue for e in events if e.action == action}


# 415. "concluded at the end of a third round of talks" says how a deal was reached, not what
# it is about: the agreement takes the article's issue.
def test_a_deal_reached_at_the_end_of_talks_takes_the_articles_issue() -> None:
    title = "Kenya, Uganda settle sugar tariff row"
    body = (
        "Kenya and Uganda will cut tariffs on each other's sugar from July under a deal "
        "announced on Friday, the two trade ministries said. The deal was concluded at the end "
        "of a third round of talks in Kampala. Kenyan exports of refined sugar had been hit by "
        "the duties since March."
    )
    assert _issues(title, body, "agree") == {"trade"}


# 416. Inspection words alone do not make a deal nuclear unless the atomic agency is named.
def test_an_inspection_regime_in_a_crop_deal_is_not_nuclear() -> None:
    title = "Argentina to let Chilean apples back in"
    body = (
        "Chile and Argentina signed an agreement on Tuesday that will let Chilean apples back "
        "into Argentina from May under a joint inspection regime, ending a four-month trade "
        "dispute. Argentine inspection teams will be posted at Chilean packing plants. Argentina "
        "suspended the imports in January after finding fruit flies in a shipment."
    )
    assert _issues(title, body, "agree") == {"trade"}


def test_an_inspection_deal_with_the_atomic_agency_stays_nuclear() -> None:
    body = (
        "Brazil and the International Atomic Energy Agency signed an agreement on Tuesday under "
        "which inspectors will visit the Aramar site from May. The inspection regime covers two "
        "buildings."
    )
    assert _issues("", body, "agree") == {"nuclear"}


# 417. A state's government named as such (a capital, an office, an officeholder) acts in the
# state's name with no counterpart when the article names no other party; a reply, a remark
# or a sanction with no one named is no such act; a bare name stays quiet.
@pytest.mark.parametrize(
    ("body", "row"),
    [
        ("Canberra rejected the proposal on Tuesday, calling it unworkable.",
         ("AUS", "reject", "", "asserted")),
        ("Bolivia's foreign minister appealed to donor governments to cancel the country's debt.",
         ("BOL", "appeal", "", "asserted")),
    ],
)  # fmt: skip
def test_a_government_named_as_such_acts_alone(body: str, row: tuple[str, ...]) -> None:
    assert row in _acts("", body)


@pytest.mark.parametrize(
    "body",
    [
        "Lebanon school board rejects plan to cut bus routes.",
        "Serbian lawmakers voted to impose new penalties on shops that sell fireworks to children.",
    ],
)
def test_no_lone_act_from_a_bare_name_or_a_domestic_penalty(body: str) -> None:
    assert _acts("", body) == []


# 418. "X's president and his Y counterpart": a possessive opens the second party as "the" does.
@pytest.mark.parametrize(
    "body",
    [
        "Chile's president and her Argentine counterpart agreed to open a second border crossing.",
        "Nepal's prime minister and his Bhutanese counterpart signed a hydropower agreement on "
        "Monday.",
    ],
)
def test_a_counterpart_after_a_possessive_is_a_second_party(body: str) -> None:
    actors = {a for a, action, _, mod in _acts("", body) if action == "agree"}
    assert len(actors) == 2, _acts("", body)


def _rows(title: str, body: str) -> list[tuple[str, str, str, str | None, str]]:
    _, _, events = classify_text(title, body, published_year=2026, published_month=9)
    return [(e.actor, e.action, e.target or "", e.issue, e.modality) for e in events]


# 419. Asking a party to let the asker's own people in ("asked Namibia to let its inspectors
# visit", "asks Ghana for access") is a proposal awaiting an answer; asking it to let a third
# party's convoys in stays an appeal.
@pytest.mark.parametrize(
    ("title", "body", "row"),
    [
        ("IAEA asks Namibia to let inspectors visit uranium mill",
         "The International Atomic Energy Agency has asked Namibia to let its inspectors visit a "
         "disused uranium mill near Arandis after finding gaps in its export records, the agency "
         "said on Monday.", ("IAEA", "propose", "NAM")),
        ("Agency seeks visit to Sri Lankan lab",
         "The International Atomic Energy Agency asked Sri Lanka on Friday to grant its "
         "inspectors access to a university laboratory in Colombo, a spokeswoman said.",
         ("IAEA", "propose", "LKA")),
    ],
)  # fmt: skip
def test_asking_to_let_ones_own_people_in_is_a_proposal(
    title: str, body: str, row: tuple[str, str, str]
) -> None:
    assert row in [r[:3] for r in _rows(title, body)]


def test_asking_to_let_a_third_partys_aid_in_stays_an_appeal() -> None:
    rows = _rows("", "The United Nations asked Sudan on Monday to allow aid convoys into Darfur "
                     "before the rains.")  # fmt: skip
    assert ("UN", "appeal", "SDN") in [r[:3] for r in rows], rows


# 420. "IAEA inspectors visited the mill near Arandis in Namibia": the agency's team met the
# host state where the site is; a visit not made is no meeting.
@pytest.mark.parametrize(
    "body",
    [
        "IAEA inspectors visited the disused uranium mill near Arandis in Namibia on Thursday "
        "and took samples, the agency said.",
        "Inspectors from the International Atomic Energy Agency on Friday finished a two-day "
        "visit to Namibia's Rossing uranium mine, the agency said.",
    ],
)
def test_an_agency_team_visiting_a_site_met_its_host(body: str) -> None:
    assert ("IAEA", "meet", "NAM", "asserted") in [
        (a, act, t, m) for a, act, t, _, m in _rows("", body)
    ]


def test_a_visit_not_made_is_no_meeting() -> None:
    body = (
        "IAEA inspectors have not visited the uranium mill near Arandis in Namibia, the agency "
        "said on Thursday."
    )
    assert [r for r in _rows("", body) if r[1] == "meet" and r[4] == "asserted"] == []


def _titled(title: str, body: str) -> set[tuple[str, str, str, str]]:
    return set(_acts(title, body))


# 421. A mediator's proposal "with" another party names the two sides: "accepted Nigeria's
# offer to host talks with Togo" makes "the two countries" Ghana and Togo, not the host; "both
# parties have agreed to the revised package" is each side accepting the mediator's text.
def test_a_mediators_offer_with_another_party_names_the_two_sides() -> None:
    acts = _titled(
        "Ghana accepts Nigerian offer to host talks with Togo",
        "Ghana has accepted Nigeria's offer to host talks with Togo on the detained traders, the "
        "Ghanaian foreign ministry said on Monday. Delegations from the two countries will meet "
        "in Abuja next week.",
    )
    assert ("GHA", "meet", "TGO", "expected") in acts, acts
    assert not any(a == "meet" and "NGA" in (x, t) for x, a, t, _ in acts), acts


def test_both_parties_agreeing_to_a_mediators_package_accept_it() -> None:
    acts = _titled(
        "Peru accepts Chilean plan for prisoner swap with Bolivia",
        "Peru has accepted a Chilean proposal for an exchange of detained fishermen with Bolivia, "
        'the foreign ministry said. "Both parties have now agreed to the revised package," a '
        "Chilean spokesman said.",
    )
    assert not any(a == "agree" and "CHL" in (x, t) for x, a, t, _ in acts), acts


# 422. A past participle after "on", "with", "under", "at" or a count is an adjective ("talks
# on the sanctions imposed", "two sanctioned Kyrgyz banks"), and no verb takes its -s form after
# "to" ("agrees to sanctions talks"): no sanction in any of them.
@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Guatemala seeks talks with Britain on sanctioned judges",
         "Guatemala has asked Britain for talks on the sanctions imposed on three judges."),
        ("", "Kyrgyzstan on Tuesday rejected a Kazakh proposal for an outside audit of two "
             "sanctioned Kyrgyz banks."),
        ("", "Ecuador agrees to sanctions talks with Washington next month, the finance minister "
             "said."),
    ],
)  # fmt: skip
def test_participles_and_nouns_are_no_sanction(title: str, body: str) -> None:
    acts = _titled(title, body)
    assert not any(a == "sanction" for _, a, _, _ in acts), acts


# 423. What a party is urged to do is no act of its own, when a quote opens after "to" or the
# urging is in the present ("We call on both sides to sit down").
@pytest.mark.parametrize(
    ("title", "body", "action"),
    [
        ("Kosovo, Serbia trade accusations",
         "Kosovo and Serbia traded accusations over the border raid. The European Union's envoy, "
         "Anna Berg, urged both sides to \"seize the moment\" and said Brussels was ready to help.",
         "attack"),
        ("Romania, Moldova gas row",
         "Romania has halted gas deliveries to Moldova. \"We call on both sides to sit down "
         "without preconditions,\" Commission spokesperson Anna Berg said.", "meet"),
    ],
)  # fmt: skip
def test_what_a_party_is_urged_to_do_is_not_its_act(title: str, body: str, action: str) -> None:
    acts = _titled(title, body)
    assert not any(a == action for _, a, _, _ in acts), acts


# 424. "no truth in reports that", "no basis to claims that": a denial told before the report
# negates the act reported.
@pytest.mark.parametrize(
    ("body", "actor"),
    [
        ("Oslo said there was no basis to claims that it had agreed a fishing deal with "
         "Reykjavik.", "NOR"),
        ("A spokesman in Accra said there was no truth in reports that Ghana and Togo had signed "
         "a border accord.", "GHA"),
    ],
)  # fmt: skip
def test_a_denial_before_the_report_negates_the_act(body: str, actor: str) -> None:
    rows = _rows("", body)
    assert (actor, "agree", "negated") in [(a, act, m) for a, act, _, _, m in rows], rows
    assert not any(act == "agree" and m == "asserted" for _, act, _, _, m in rows), rows


# 425. A gerund used as a noun ("the killing of two herders", "by Turkmen guards") is no act
# of the sentence's subject.
@pytest.mark.parametrize(
    "body",
    [
        "Uzbekistan condemned the killing of an Uzbek fisherman by Turkmen border guards.",
        "Kenya summoned Uganda's envoy over the killing of two Kenyan herders.",
    ],
)
def test_a_gerund_noun_is_no_act_of_the_subject(body: str) -> None:
    rows = _rows("", body)
    assert not any(a in ("UZB", "KEN") and act == "attack" for a, act, _, _, _ in rows), rows


# 426. A passive's "by" that belongs to another participle ("after talks in Kabul hosted by
# Afghanistan") does not name who agreed.
@pytest.mark.parametrize(
    ("body", "host"),
    [
        ("Pakistan's military denied it had breached the truce with the Pakistani Taliban. The "
         "ceasefire was agreed on March 17 after talks in Kabul hosted by Afghanistan's "
         "government.", "AFG"),
        ("Colombia's army denied it had broken the truce with the ELN. The ceasefire was agreed "
         "in June after talks in Havana hosted by Cuba.", "CUB"),
    ],
)  # fmt: skip
def test_a_hosts_by_does_not_name_who_agreed(body: str, host: str) -> None:
    rows = _rows("", body)
    assert not any(a == host and act == "agree" for a, act, _, _, _ in rows), rows


# 427. Deals signed at talks are not about talks ("met in Kampala and signed agreements on rail
# freight"): the meeting stays talks, the agreement does not.
@pytest.mark.parametrize(
    "body",
    [
        "The presidents of Kenya and Uganda met in Kampala on Friday and signed agreements on "
        "rail freight and power lines.",
        "Ghana and Togo held talks in Lome and signed three accords on fisheries.",
    ],
)
def test_deals_signed_at_talks_are_not_about_talks(body: str) -> None:
    rows = _rows("", body)
    agrees = [i for _, act, _, i, _ in rows if act == "agree"]
    assert agrees, rows
    assert "talks" not in agrees, rows


# 428. A headline that labels the piece as history ("History: when ...", "From the archive -")
# tells what happened then: no event of the day; the same story under a news headline is news.
def test_a_piece_labelled_history_tells_no_news() -> None:
    body = (
        "Two centuries ago, a quarrel over tuna grounds almost drew Portugal and Morocco into "
        "a naval clash, a new book argues. Its author cites logbooks in which captains "
        "threatened to ram each other's boats before a truce was reached."
    )
    assert _acts("History: when Portugal and Morocco nearly fought over tuna", body) == []
    assert _acts("Flashback - the tuna war that never was", body) == []


def test_a_news_headline_over_the_same_body_keeps_its_news() -> None:
    body = (
        "Portugal and Morocco agreed a truce over the tuna grounds on Monday, the two foreign "
        "ministries said."
    )
    acts = _acts("Portugal and Morocco agree tuna truce", body)
    assert ("PRT", "agree", "MAR", "asserted") in acts, acts
