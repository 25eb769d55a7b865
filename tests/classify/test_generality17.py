"""General failure classes, session 16: each case is a new sentence or article with countries,
regions and groups of its own, exercising one general mechanism (classes named by blind sets'
writers and analysts; none of their sentences is used)."""

from __future__ import annotations

import pytest
from classify_helpers import event_list as _events

from storywatch.classify import classify_text


# 429. A proposal made now is asserted whatever time the meeting it proposes has: "sent a note
# proposing a meeting early next month" (the time is the meeting's); "will propose" is still
# a proposal to come.
@pytest.mark.parametrize(
    ("body", "modality"),
    [
        ("Benin has sent a diplomatic note to Niger proposing a meeting of border officials "
         "early next month.", "asserted"),
        ("Tanzania offered on Monday to host Kenya and Uganda, proposing a first round of talks "
         "in Arusha in the coming weeks.", "asserted"),
        ("Benin will propose a meeting of border officials to Niger early next month.", "expected"),
    ],
)  # fmt: skip
def test_a_proposal_made_now_is_asserted_whatever_time_its_meeting_has(
    body: str, modality: str
) -> None:
    proposals = [e for e in _events("", body) if e[1] == "propose"]
    assert proposals, _events("", body)
    assert {e[4] for e in proposals} == {modality}, proposals


# 430. A base or -s form owned by a possessive ("Malawi's ban on maize"), or followed straight
# away by its subject's verb ("the delegation head told"), is a noun, not an act of the party.
@pytest.mark.parametrize(
    ("body", "absent"),
    [
        ("Zambia has protested over Malawi's ban on Zambian maize imports.", "sanction"),
        ("Eritrea's delegation head told reporters the talks with Djibouti would resume.", "meet"),
    ],
)
def test_a_word_owned_by_a_possessive_or_before_its_subjects_verb_is_a_noun(
    body: str, absent: str
) -> None:
    assert not [e for e in _events("", body) if e[1] == absent], _events("", body)


def test_a_ban_a_party_imposes_is_still_its_act() -> None:
    acts = _events("", "Malawi on Monday banned imports of Zambian maize.")
    assert [e for e in acts if e[:2] == ("MWI", "sanction")], acts


# 431. Two parties named as one subject take no -s verb: in "Bolivia and Peru agree roadmap,
# sanctions stay" and "Ecuador-Colombia sanctions talks" the -s word is a noun; one party's
# -s verb ("Peru sanctions Bolivian officials") is still its act.
@pytest.mark.parametrize(
    "title",
    [
        "Bolivia and Peru agree lithium roadmap, sanctions stay",
        "Ecuador-Colombia sanctions talks end without deal",
    ],
)
def test_two_parties_as_one_subject_take_no_s_verb(title: str) -> None:
    acts = _events(title, "")
    assert acts, title
    assert not [e for e in acts if e[1] == "sanction"], acts


def test_one_partys_s_verb_is_still_its_act() -> None:
    acts = _events("Peru sanctions Bolivian officials over border clash", "")
    assert [e for e in acts if e[:3] == ("PER", "sanction", "BOL")], acts


# 432. What a proposal or demand asks others to do is its content, not their act: "proposed on
# Monday that Beninese and Nigerien officials hold talks", "suggested Malian and Guinean
# officials meet in Bamako" (a bare verb after the asking one); an indicative claim after
# "insisted that" is still an act.
@pytest.mark.parametrize(
    "body",
    [
        "Benin proposed on Monday that Beninese and Nigerien officials hold talks on the border.",
        "Mali's foreign minister suggested Malian and Guinean officials meet in Bamako next week.",
    ],
)
def test_what_a_proposal_asks_others_to_do_is_not_their_act(body: str) -> None:
    acts = _events("", body)
    assert [e for e in acts if e[1] == "propose"], acts
    assert not [e for e in acts if e[1] == "meet"], acts


def test_an_indicative_claim_after_insisted_that_is_still_an_act() -> None:
    body = (
        "The Ghanaian government insisted on Friday that it had not rejected Burkina Faso's "
        "request for talks but was studying it."
    )
    assert [e for e in _events("", body) if e[:2] == ("GHA", "reject") and e[4] == "negated"]


# 433. "Proposed" as a modifier ("the bloc's proposed sanctions", "tariffs on Peru proposed by
# Mercosur") is no proposal of the sentence's subject.
@pytest.mark.parametrize(
    ("body", "subject"),
    [
        ("Slovakia blocked the bloc's proposed sanctions on Belarus.", "SVK"),
        ("Uruguay refused to back tariffs on Bolivia proposed by Mercosur.", "URY"),
        ("Kenya refused to back sanctions on Eritrea proposed by the African Union.", "KEN"),
    ],
)
def test_proposed_as_a_modifier_is_no_proposal_of_the_subject(body: str, subject: str) -> None:
    acts = _events("", body)
    assert not [e for e in acts if e[:2] == (subject, "propose")], acts


# 434. Captives named after the verb of an exchange ("exchange soldiers held since the clashes")
# make a prisoner exchange of the proposal and of its acceptance, with no "for" needed.
def test_captives_named_after_an_exchange_verb_make_a_prisoner_exchange() -> None:
    body = (
        "The Red Cross proposed that Tajikistan and Kyrgyzstan exchange soldiers held since the "
        "border clashes. Tajikistan accepted the proposal on Friday."
    )
    acts = {(e[0], e[1]): e[3] for e in _events("", body)}
    assert acts.get(("ICRC", "propose")) == "prisoner_exchange", acts
    assert acts.get(("TJK", "accept")) == "prisoner_exchange", acts


# 435. A bare "had agreed" after the party's acceptance, followed by nothing but why or when,
# is the acceptance retold, not an agreement of its own; an agreement with its object stays.
def test_a_bare_had_agreed_after_an_acceptance_is_the_acceptance_retold() -> None:
    body = (
        "Eritrea accepted the AU plan for talks with Djibouti. Asmara had agreed after the AU "
        "promised guarantees, the minister said."
    )
    acts = _events("", body)
    assert [e for e in acts if e[:2] == ("ERI", "accept")], acts
    assert not [e for e in acts if e[:2] == ("ERI", "agree")], acts


def test_an_agreement_with_its_object_after_an_acceptance_stays() -> None:
    body = (
        "Eritrea accepted the AU plan for talks with Djibouti. On Friday Eritrea and Djibouti "
        "agreed a protocol on the border."
    )
    assert [e for e in _events("", body) if e[:2] == ("ERI", "agree")], _events("", body)


# 436. "Not only ... but also" joins two verbs of one subject as "and" does: no new clause at
# "but also", so the first verb finds its party after it and the second keeps the subject.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Senegal not only accepted the invitation but also proposed talks with Gambia.",
         {("SEN", "accept", "GMB"), ("SEN", "propose", "GMB")}),
        ("Chile has not only accepted the invitation to the summit with Argentina but has also "
         "proposed a date.", {("CHL", "accept", "ARG"), ("CHL", "propose", "ARG")}),
    ],
)  # fmt: skip
def test_not_only_but_also_joins_two_verbs_of_one_subject(
    body: str, expected: set[tuple[str, str, str]]
) -> None:
    acts = {(e[0], e[1], e[2]) for e in _events("", body) if e[4] == "asserted"}
    assert expected <= acts, acts


def test_a_plain_but_still_opens_a_clause() -> None:
    body = "Senegal accepted the invitation, but Gambia proposed talks with Mauritania."
    acts = {(e[0], e[1]) for e in _events("", body)}
    assert ("GMB", "propose") in acts, acts
    assert ("SEN", "propose") not in acts, acts


# 437. A group's full name is learned when the article uses its initials as a short name, as
# though "(ZRA)" were written after it, a hyphenated first word included.
def test_a_groups_initials_used_as_its_short_name_bind_its_full_name() -> None:
    body = (
        "India on Monday accepted a 30-day truce offered by the Zomi-Naga Revolutionary Army, an "
        "army spokesman said. A ZRA spokesman welcomed the decision."
    )
    acts = {(e[0], e[1], e[2]) for e in _events("", body)}
    assert ("IND", "accept", "ZRA") in acts, acts


# 438. Facilitators and a party "under whose auspices" talks are proposed are go-betweens, not
# the party the act is aimed at.
@pytest.mark.parametrize(
    ("body", "expected", "not_target"),
    [
        ("Honduras has sent Nicaragua a note proposing border talks under OAS auspices, the "
         "foreign ministry said.", ("HND", "propose", "NIC"), "OAS"),
        ("The New People's Army offered a 60-day truce in a letter handed to Norwegian "
         "facilitators, the Philippine government said.", ("NPA", "propose", "PHL"), "NOR"),
    ],
)  # fmt: skip
def test_facilitators_and_auspices_are_go_betweens(
    body: str, expected: tuple[str, str, str], not_target: str
) -> None:
    acts = {(e[0], e[1], e[2]) for e in _events("", body)}
    assert expected in acts, acts
    assert not [a for a in acts if a[2] == not_target], acts


# 439. The city an envoy is recalled from or serves in names the state that hosts the post
# ("recalled its ambassador from Tel Aviv": Israel), not a city of the sender's own.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Chile recalled its ambassador from Tel Aviv for consultations on Friday.", "ISR"),
        ("Ghana recalled its consul from Lagos after the riots.", "NGA"),
    ],
)
def test_the_city_of_an_envoys_post_names_the_host_state(body: str, expected: str) -> None:
    recalls = [e for e in _events("", body) if e[1] in ("sanction", "comment")]
    assert [e[2] for e in recalls] == [expected], _events("", body)


def test_a_city_of_the_senders_own_names_no_target() -> None:
    recalls = [e for e in _events("", "Chile recalled its ambassador from Santiago.") if e[2]]
    assert recalls == [], recalls


# 440. An accepted meeting that is already set (a partner named with "with", a place or a date
# ahead, or a later clause setting it) is a meeting to come of the accepting party with the
# inviter; an accepted offer to host or mediate, an unset proposal or another pair's meeting
# is none.
@pytest.mark.parametrize(
    ("body", "meeting"),
    [
        ("Benin has accepted Niger's invitation to border talks in Niamey next week, the foreign "
         "ministry said.", ("BEN", "meet", "NER")),
        ("Zambia accepts Malawian invitation; joint commission to meet in Lilongwe on May 4.",
         ("ZMB", "meet", "MWI")),
    ],
)  # fmt: skip
def test_an_accepted_meeting_that_is_set_is_a_meeting_to_come(
    body: str, meeting: tuple[str, str, str]
) -> None:
    acts = _events("", body)
    assert [e for e in acts if e[:3] == meeting and e[4] == "expected"], acts


@pytest.mark.parametrize(
    "body",
    [
        "Chad accepted Cameroon's offer to host talks in Yaounde next month, officials said.",
        "Gabon has accepted Congo's proposal for talks on the border dispute, officials said.",
        "Zambia accepts Malawian invitation; talks with Tanzania set for May 4.",
    ],
)
def test_an_offer_to_host_an_unset_proposal_or_another_meeting_sets_none(body: str) -> None:
    acts = _events("", body)
    assert [e for e in acts if e[1] == "accept"], acts
    assert not [e for e in acts if e[1] == "meet" and e[2] and e[4] == "expected"], acts


# 441. A plan "proposed by" a third party, with talks "with" the other side named after it, is
# mediated: "the two sides" are the one who accepts and that other side, not the mediator.
def test_a_plan_proposed_by_a_third_party_is_mediated() -> None:
    body = (
        "Mozambique has accepted the ceasefire proposed by Malawi, opening the way for talks with "
        "RENAMO. Delegations from the two sides will meet in Lilongwe next week, a diplomat said."
    )
    meets = {(e[0], e[2]) for e in _events("", body) if e[1] == "meet"}
    assert ("MOZ", "RENAMO") in meets, meets
    assert not [m for m in meets if "MWI" in m], meets


# 442. A state name the article gives a brand ("sales of the Jamaica brand") is that brand
# wherever it stands alone in the article, as a forename is its person; an article that names
# the state by another form too keeps the state.
def test_a_state_name_given_a_brand_is_the_brand_throughout() -> None:
    body = (
        "Sales of the Jamaica brand rose 9% in the latest quarter, helping the sportswear group "
        'that owns it beat forecasts, the company said on Tuesday.\n"Jamaica remains our '
        'strongest franchise and demand in Mexico and Canada is picking up," chief financial '
        "officer Laura Ortiz told analysts on a conference call. She declined to comment on "
        "talks with retailers over prices."
    )
    assert _events("Jamaica brand sales jump as sneakers lift sportswear maker", body) == []


def test_a_brand_beside_the_state_named_otherwise_keeps_the_state() -> None:
    body = (
        "Sales of the Jamaica brand rose 9% in the quarter. Separately, Jamaica proposed talks "
        "with Haiti on fishing rights, Jamaican officials said on Monday."
    )
    acts = {(e[0], e[1], e[2]) for e in _events("", body)}
    assert ("JAM", "propose", "HTI") in acts, acts


# 443. The Cook Islands and Niue are states of the table (their capitals Avarua and Alofi stand
# for them); a reply a party says it will give later is a reply to come, not one given.
@pytest.mark.parametrize(
    ("body", "act"),
    [
        ("Alofi proposed talks with Wellington on the tuna catch.", ("NIU", "propose", "NZL")),
        ("The Cook Islands' premier invited Fiji's foreign minister to talks in Avarua on "
         "shipping.", ("COK", "propose", "FJI")),
    ],
)  # fmt: skip
def test_small_pacific_states_act(body: str, act: tuple[str, str, str]) -> None:
    assert act in {(e[0], e[1], e[2]) for e in _events("", body)}, _events("", body)


def test_a_reply_a_party_will_give_later_is_to_come() -> None:
    body = (
        "Samoa sent Tonga a proposal for joint patrols. Tonga said it was reviewing the proposal "
        "and would reply next week."
    )
    replies = [e for e in _events("", body) if e[:2] == ("TON", "respond")]
    assert replies, _events("", body)
    assert {e[4] for e in replies} == {"expected"}, replies


# 444. A group noun after "to" ("spoke to both sides and urged them") is not the next verb's
# subject: the speaker urges.
def test_a_group_noun_after_to_is_not_the_next_verbs_subject() -> None:
    body = (
        "Azerbaijan and Armenia traded fire overnight. The Turkish mediator spoke to both sides "
        "and urged them to respect the truce."
    )
    appeals = {e[0] for e in _events("", body) if e[1] == "appeal"}
    assert appeals == {"TUR"}, _events("", body)


# 445. A time limit after a reply verb ("had not answered by Friday") is no object: a bare
# reply, negated.
def test_a_time_limit_after_a_reply_verb_is_no_object() -> None:
    body = "Ghana proposed talks to Togo. Togo had not answered by Friday."
    assert ("TGO", "respond", "GHA", "negated") in {
        (e[0], e[1], e[2], e[4]) for e in _events("", body)
    }, _events("", body)


# 446. A denial told in full ("denied its troops had shelled a village near the border") does
# not negate the next verb joined by "and"; a short denied clause still does.
def test_a_denial_told_in_full_does_not_negate_the_next_verb() -> None:
    body = (
        "Laos denied its troops had shelled a Thai village near the border crossing and proposed "
        "talks with Bangkok."
    )
    acts = {(e[0], e[1], e[4]) for e in _events("", body)}
    assert ("LAO", "propose", "asserted") in acts, acts


def test_a_short_denied_clause_still_negates_the_next_verb() -> None:
    body = "Hezbollah denied it had fired rockets and killed civilians in Israel."
    attacks = [e for e in _events("", body) if e[1] == "attack"]
    assert attacks, _events("", body)
    assert {e[4] for e in attacks} == {"negated"}, attacks


# 447. A deal reached "at the end of two days of talks" or "after more than six hours of talks"
# tells that the two met; "at the end of a second round" (they met at the first) and "after two
# decades of negotiations" (no meeting of the day) do not.
@pytest.mark.parametrize(
    ("body", "met"),
    [
        ("Benin and Niger signed a transit accord on Friday at the end of two days of talks in "
         "Cotonou.", True),
        ("Uruguay and Brazil agreed on Tuesday to reopen two border bridges after more than six "
         "hours of talks in Rivera.", True),
        ("Benin and Niger signed a transit accord on Friday at the end of a second round of talks "
         "in Cotonou.", False),
        ("Uruguay and Brazil concluded a trade agreement after more than two decades of "
         "negotiations.", False),
    ],
)  # fmt: skip
def test_a_deal_at_the_end_of_days_of_talks_tells_they_met(body: str, met: bool) -> None:
    acts = _events("", body)
    assert [e for e in acts if e[1] == "agree"], acts
    assert bool([e for e in acts if e[1] == "meet" and e[4] == "asserted"]) is met, acts


# 448. A date after "signed with <partner>" dates the signing, not the act before it: the
# walk-away of an August article from a deal "it signed with Algeria in July" is news.
def test_a_date_after_signed_with_dates_the_signing() -> None:
    _, _, events = classify_text(
        "",
        "Mali said on Monday it was withdrawing from the agreement it signed with Algeria's "
        "government in July.",
        published_year=2026,
        published_month=8,
    )
    assert [(e.actor, e.action, e.target) for e in events] == [("MLI", "reject", "DZA")], events


# 449. "Hit back" told by what was said after it ("hit back at Uganda, saying ...", "hit back
# within hours, with its foreign minister calling ...") is a retort in words, no attack; a blow
# at positions or cities stays an attack.
@pytest.mark.parametrize(
    ("body", "attack"),
    [
        ("The Tanzanian foreign minister hit back at Kenya, saying Nairobi had no right to "
         "lecture Dodoma.", False),
        ("Havana hit back within hours, with Foreign Minister Elena Ruiz calling the sanctions "
         "illegal.", False),
        ("Syrian jets hit back at rebel positions near Idlib on Monday.", True),
        ("Russia struck back at Ukrainian cities, saying it was retaliating for the raid.", True),
    ],
)  # fmt: skip
def test_hit_back_told_by_what_was_said_is_no_attack(body: str, attack: bool) -> None:
    acts = _events("", body)
    assert bool([e for e in acts if e[1] == "attack"]) is attack, acts
