"""General failure classes, session 21: each case is a new sentence or article with countries,
regions and groups of its own, exercising one general mechanism (classes named by blind sets'
writers and analysts; none of their sentences is used)."""

from __future__ import annotations

import pytest
from classify_helpers import event_list as _events


# 538. An acceptance whose object is an ask put to the party ("accepted an invitation",
# "accepted a swap proposed by the Vatican") answers another party, even when the only proposal
# the article reads is the party's own (a conditional offer on another matter): it is no
# restatement of that offer.
@pytest.mark.parametrize(
    ("title", "body", "actor", "target"),
    [
        ("", "Kenya's president has accepted an invitation to a summit in Ethiopia. His "
             "spokesman said Kenya would be ready to review transit charges if Ethiopia agreed "
             "to joint border patrols.", "KEN", "ETH"),
        ("", "Chile's president has accepted an invitation to a summit in Peru. The foreign "
             "minister said Chile would be ready to review port fees if Peru agreed to new "
             "fisheries patrols.", "CHL", "PER"),
        ("", "Armenia has accepted a revised prisoner swap proposed by the Vatican, diplomats "
             "said. Last month Azerbaijan turned down a smaller offer from Yerevan.",
         "ARM", "AZE"),
    ],
)  # fmt: skip
def test_accepting_an_ask_is_no_restated_offer(
    title: str, body: str, actor: str, target: str
) -> None:
    acts = _events(title, body)
    asserted = {e[:3] for e in acts if e[4] == "asserted"}
    assert (actor, "accept", target) in asserted, acts


def test_a_proposer_ready_to_accept_its_own_terms_still_restates_them() -> None:
    # control: no ask named as the object, the proposer's readiness stays its offer
    acts = _events("", "Ghana proposed talks with Togo on the lagoon border on Monday. Ghana said "
                       "on Friday it was ready to accept talks in Lome.")  # fmt: skip
    assert ("GHA", "accept", "TGO") not in {e[:3] for e in acts}, acts


# 539. An absolute clause "with X doing" after a deal of two parties singles out one of them as
# the participle's subject, a capital too ("..., with Hanoi accepting Vientiane's request"); a
# club named after a city in a transfer deal stays no party.
@pytest.mark.parametrize(
    ("body", "actor", "action", "other"),
    [
        ("Laos and Vietnam agreed on Tuesday to reopen two border crossings, with Hanoi accepting "
         "Vientiane's request to waive transit fees.", "VNM", "accept", "LAO"),
        ("Ghana and Togo agreed to resume the boundary talks, with Accra rejecting Lome's demand "
         "for a neutral venue.", "GHA", "reject", "TGO"),
    ],
)  # fmt: skip
def test_with_a_capital_doing_names_one_party(
    body: str, actor: str, action: str, other: str
) -> None:
    acts = _events("", body)
    doers = {e[0] for e in acts if e[1] == action}
    assert doers == {actor}, acts
    assert other not in doers, acts


def test_with_a_club_city_doing_is_no_party() -> None:
    acts = _events("", "Benfica and Porto agreed a loan deal for the young striker, with Lisbon "
                       "demanding a buy-back clause.")  # fmt: skip
    assert not [e for e in acts if e[1] == "demand"], acts


# 540. A part of a group named with "of" ("a breakaway faction of the X", "the armed wing of
# Y", "a splinter group of Z") acts for the group, as "the leader of X" does.
@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        ("A breakaway faction of the ELN offered a ten-day truce to the Colombian government on "
         "Friday.", "ELN", "COL"),
        ("The armed wing of Hamas proposed a three-day truce to Israel over the holiday.",
         "HAMAS", "ISR"),
        ("A splinter faction of the SPLM-IO rejected South Sudan's offer of talks.", "SPLMIO",
         "SSD"),
    ],
)  # fmt: skip
def test_a_faction_of_a_group_acts_for_it(body: str, actor: str, target: str) -> None:
    acts = _events("", body)
    assert (actor, target) in {(e[0], e[2]) for e in acts if e[4] == "asserted"}, acts


# 541. A party right after a semicolon, colon or comma opens a clause of its own, so a form
# after it that is also a noun ("offers", "calls", "demands") is its verb: "Kenya shuts border;
# Somalia offers talks", in headlines above all.
@pytest.mark.parametrize(
    ("title", "actor", "action"),
    [
        ("Chile raises copper levy; Peru offers talks", "PER", "propose"),
        ("US imposes tariffs on Mexican steel, Mexico offers talks", "MEX", "propose"),
        ("Serbia closes crossings: Kosovo demands EU mediation", "XKX", "demand"),
    ],
)
def test_a_party_after_a_clause_break_takes_its_verb(title: str, actor: str, action: str) -> None:
    acts = _events(title, "")
    assert (actor, action) in {e[:2] for e in acts}, acts


# 542. A headline "No deal in X-Y talks" tells talks that were held without a deal (not "no deal
# in sight", nor "no deal in next week's talks").
@pytest.mark.parametrize(
    "title",
    ["No deal in Peru-Chile fishing talks", "No agreement in Ghana-Togo border talks"],
)
def test_no_deal_in_talks_headline_tells_talks_held(title: str) -> None:
    acts = _events(title, "")
    assert [e for e in acts if e[1] == "meet" and e[4] == "asserted"], acts


@pytest.mark.parametrize(
    "title",
    ["No deal in sight as Peru-Chile talks resume", "No deal in next week's Peru-Chile talks"],
)
def test_no_deal_in_sight_or_to_come_tells_no_meeting(title: str) -> None:
    assert not [e for e in _events(title, "") if e[1] == "meet" and e[4] == "asserted"]
