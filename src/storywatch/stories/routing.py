"""Story keys: which stories an article touches (pure, stateless, so it can re-key a stream).

A story is a pair of parties on an issue, keyed "RUS-UKR:talks" (codes sorted). A
multi-party thread (Qatar and Egypt put a truce plan to Israel and Hamas) becomes one
story per pair that an event links, so every later article about a pair lands on the
same key whoever else it mentions. An event without a target gets its counterpart
from the article's other events, then from its entities, unless it is a third
party's (a host or mediator) beside a pair on the same issue; an event without an issue
gets the issue of another event on the same pair, then a default (data/routing.yaml).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from importlib import resources
from typing import Any

import yaml

from storywatch.models import Classified, Event
from storywatch.stories.model import StoryItem
from storywatch.stories.transitions import MEETING_ISSUES, is_reimposing

__all__ = ["claims_breach", "reimposes", "renounced_elsewhere", "route", "story_key"]

# Issues that say only that parties talk or deal, not about what.
_GENERIC_ISSUES = frozenset({"talks", "other"})
# Issues that say where parties deal (a meeting), not about what: transitions.MEETING_ISSUES.
_MEETING_OR_GENERIC = frozenset(_GENERIC_ISSUES | MEETING_ISSUES)
_CODE = re.compile(r"^(?=\d*[A-Z])[A-Z0-9][A-Z0-9_]{1,11}$")  # "UKR", "HAMAS", "3R"


@functools.cache
def _rules() -> dict[str, Any]:
    text = resources.files("storywatch.stories").joinpath("data/routing.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


def story_key(parties: tuple[str, str], issue: str) -> str:
    """The story id of a pair of parties on an issue ("RUS-UKR:talks")."""
    return f"{'-'.join(sorted(parties))}:{issue}"


def claims_breach(ev: Event) -> bool:
    """A comment claiming the other side broke an agreement (data/routing.yaml breach_rules)."""
    return ev.action == "comment" and ev.rule.rsplit(":", 1)[-1] in _rules()["breach_rules"]


def reimposes(ev: Event) -> bool:
    """A measure put back on the other party ("reimposed its ban", "restored tariffs"): like a
    breach claim it matters only to a story whose pair agreed (transitions: "reimpose"),
    where it undoes what the deal lifted, and never starts one: a measure is no proposal."""
    return ev.action == "sanction" and ev.modality == "asserted" and is_reimposing(ev.trigger)


def _renounces(ev: Event) -> bool:
    """A party ending what it agreed: it walked away from it ("pulled out of the truce") or
    declared it over ("declared the settlement void", "no longer bound by the accord")."""
    return (
        ev.action == "reject"
        and ev.modality == "asserted"
        and ev.rule.endswith((":walk_away", ":declared-over"))
    )


def renounced_elsewhere(ev: Event, parties: tuple[str, str], issue: str, c: Classified) -> bool:
    """Is `ev` a renouncement routed to this story only because the pair may have agreed on
    its issue (`breach_default_issues`), not by its own issue? "Turkmenistan declared the debt
    settlement void" ends the deal the two struck whatever issue the words name; like a
    breach claim it matters there only to what was agreed, and starts no story."""
    return _renounces(ev) and issue not in _own_issues(ev, parties, c)


def _is_routed(ev: Event) -> bool:
    if not ev.actor or not _CODE.match(ev.actor):
        return False
    if ev.action == "attack" or ev.action in _rules()["routed_actions"]:
        return True
    return claims_breach(ev) or reimposes(ev)


def _pair(ev: Event) -> tuple[str, str] | None:
    if ev.target and ev.target != ev.actor and _CODE.match(ev.target):
        return (ev.actor, ev.target)
    return None


def _counterpart(ev: Event, c: Classified) -> str | None:
    """The other party of an event without a target: from the article's events, then entities."""
    same_issue = [p for e in c.events if e.issue == ev.issue and (p := _pair(e))]
    any_issue = [p for e in c.events if (p := _pair(e))]
    for pairs in (same_issue, any_issue):
        linked = Counter(b if a == ev.actor else a for a, b in pairs if ev.actor in (a, b))
        if linked:
            return linked.most_common(1)[0][0]
    # Most mentioned other party; on a tie, the first mentioned (events, then entities).
    others = Counter(p for e in c.events for p in (e.actor, e.target) if p and p != ev.actor)
    others.update(x for x in c.entities if x != ev.actor)
    codes = Counter({p: n for p, n in others.items() if _CODE.match(p)})
    return codes.most_common(1)[0][0] if codes else None


def _hosted(ev: Event, c: Classified) -> bool:
    """A joint action linking a party of a busier pair to a party barely in the article.

    "He Lifeng will meet Bessent in Geneva ... Switzerland will host" may come as CHN
    meet USA and CHE meet CHN: Switzerland, named in fewer events than the USA, is the
    venue, not a party, and its event repeats the CHN-USA one. Ties keep the event.
    """
    pair = _pair(ev)
    if ev.action not in _rules()["joint_actions"] or pair is None:
        return False
    mentions = Counter(p for e in c.events for p in (e.actor, e.target) if p)
    for party, guest in (pair, pair[::-1]):
        rivals = [
            p[1] if p[0] == party else p[0]
            for e in c.events
            if e.action == ev.action and (p := _pair(e)) and party in p and guest not in p
        ]
        if any(mentions[r] > mentions[guest] for r in rivals):
            return True
    return False


def _host_beside_pair(ev: Event, c: Classified) -> bool:
    """An offer to host or mediate, told beside an act between its addressee and another
    party that the offerer is no party to, and answered by nobody.

    "Iran accepted Oman's plan ... Bahrain said it was ready to host any meeting": the
    offer names a venue for the two sides' own process, not a proposal put to one of them.
    An offer told on its own, or one a party answers ("Tanzania offers to host talks;
    Rwanda accepted the offer"), still opens the offerer's story.
    """
    pair = _pair(ev)
    if pair is None or not ev.rule.endswith(":offer_good_offices"):
        return False
    host, addressee = pair
    answers = _rules()["answer_actions"]
    if any(
        e.action in answers
        and e.modality == "asserted"
        and e.target == host
        and not _answers_another(e, host, c)
        for e in c.events
    ):
        return False
    return any(
        not e.rule.endswith(":offer_good_offices")
        and (p := _pair(e))
        and addressee in p
        and host not in p
        for e in c.events
    )


def _answers_another(ev: Event, host: str, c: Classified) -> bool:
    """The answer's sentence has its actor answer a party other than `host` as well: "Sudan
    replied to South Sudan's proposal, saying it was studying the offer" is the answer to
    that proposal, not to the mediator beside it."""
    answers = _rules()["answer_actions"]
    return any(
        e.actor == ev.actor
        and e.action in answers
        and e.sentence == ev.sentence
        and e.target not in (None, host, ev.actor)
        for e in c.events
    )


def _answer_to_host(ev: Event, c: Classified) -> bool:
    """An answer to a party whose only proposal in the article is an offer to host or
    mediate, told in a sentence where its actor answers another party ("replied to South
    Sudan's proposal, saying it was studying the offer", beside "Angola ... ready to host the
    exchange"): the answer is to that other party's proposal, not to the host."""
    if ev.action not in _rules()["answer_actions"] or ev.target is None:
        return False
    offers = [e for e in c.events if e.action == "propose" and e.actor == ev.target]
    return (
        bool(offers)
        and all(e.rule.endswith(":offer_good_offices") for e in offers)
        and _answers_another(ev, ev.target, c)
    )


def _addressees(ev: Event, c: Classified) -> list[str]:
    """The other parties a proposal is put to: those the article shows answering its
    proposer on its issue, in any modality.

    "The US proposed a framework for Congo and Rwanda ... Kigali has not yet replied" may
    come as USA propose COD beside RWA respond USA (negated): Rwanda owes the US an answer
    too, so the proposal also opens the USA-RWA story, where Rwanda's later reply lands.
    """
    if ev.action != "propose":
        return []
    answers = _rules()["answer_actions"]
    found = [
        e.actor
        for e in c.events
        if e.action in answers
        and e.target == ev.actor
        and e.actor not in (ev.actor, ev.target)
        and e.issue in (ev.issue, None, "other")
        and _CODE.match(e.actor)
    ]
    return list(dict.fromkeys(found))


def _meeting_partners(ev: Event, c: Classified) -> list[str]:
    """The parties an acceptance of a third party's invitation brings its actor together
    with: those the article shows meeting or agreeing with the actor on the same issue.

    "Sudan's army accepted the Saudi invitation ... army and RSF delegations are expected
    in Jeddah on Saturday" may come as SDN accept SAU beside RSF meet SDN (expected): the
    army has accepted talks with the RSF too, so the acceptance also belongs to the
    SDN-RSF story, where it answers (or revokes) the army's earlier refusal there.
    """
    if ev.action != "accept" or ev.modality != "asserted":
        return []
    found = [
        other
        for e in c.events
        if e.action in _rules()["joint_actions"]
        and e.modality in ("asserted", "expected")
        and e.issue in (ev.issue, None)
        and (p := _pair(e))
        and ev.actor in p
        and (other := p[1] if p[0] == ev.actor else p[0]) != ev.target
    ]
    return list(dict.fromkeys(found))


def _pairs(ev: Event, c: Classified) -> list[tuple[str, str]]:
    """The pairs an event belongs to.

    A proposal also belongs to the pair of its proposer with each other addressee
    (`_addressees`), an acceptance to the pair of its actor with each party it is to meet
    (`_meeting_partners`). A target-less event by a party that no event of the article links to
    anyone, in an article whose other events pair other parties on the same issue, is a
    third party's (a host, a mediator): it joins those stories as an observer and moves
    nobody.
    """
    pair = _pair(ev)
    if pair is not None:
        if _hosted(ev, c) or _host_beside_pair(ev, c) or _answer_to_host(ev, c):
            return []
        others = [*_addressees(ev, c), *_meeting_partners(ev, c)]
        return [pair, *((ev.actor, other) for other in dict.fromkeys(others))]
    linked = [p for e in c.events if (p := _pair(e)) and ev.actor in p]
    observed = [
        p for e in c.events if e.issue == ev.issue and (p := _pair(e)) and ev.actor not in p
    ]
    if not linked and observed:
        return list(dict.fromkeys((min(p), max(p)) for p in observed))
    other = _counterpart(ev, c)
    return [] if other is None else [(ev.actor, other)]


def _issues(ev: Event, pair: tuple[str, str], c: Classified) -> list[str]:
    own = _own_issues(ev, pair, c)
    if _renounces(ev):
        return [*own, *(i for i in _rules()["breach_default_issues"] if i not in own)]
    return own


def _own_issues(ev: Event, pair: tuple[str, str], c: Classified) -> list[str]:
    if ev.action == "attack":
        if ev.issue in _rules()["attack_issues"]:
            return [str(ev.issue)]
        return list(_rules()["attack_default_issues"])
    if claims_breach(ev):
        if ev.issue and ev.issue != "other":
            return [ev.issue]
        return list(_rules()["breach_default_issues"])
    issue = ev.issue if ev.issue and ev.issue != "other" else _issue(ev, pair, c)
    return [issue, *_deal_issues(ev, pair, c)] if issue == "talks" else [issue]


def _deal_issues(ev: Event, pair: tuple[str, str], c: Classified) -> list[str]:
    """The issues of the deal that talks held came to: "sign 60-day ceasefire after Doha
    talks", "agreed on the terms of a visit after two days of talks". A meeting told with
    the pair's asserted agreement on a specific issue is also that issue's meeting: the
    talks were held on the truce, not only on talking."""
    if ev.action != "meet" or ev.modality != "asserted":
        return []
    found = [
        str(e.issue)
        for e in c.events
        if e.action == "agree"
        and e.modality == "asserted"
        and e.issue not in (None, "other", "talks")
        and {e.actor, e.target} == set(pair)
    ]
    return list(dict.fromkeys(found))


def _issue(ev: Event, pair: tuple[str, str], c: Classified) -> str:
    """The issue of an event with none (or "other"): the same pair's specific one, else a default.

    A vague "other" beside the same action on the same pair with a specific issue is that
    issue ("US, Houthis agree to halt attacks" next to "agreed to a ceasefire"). A vague
    answer beside another event of the pair goes to that event's issue, where it counts
    only as the answer to a pending proposal ("accepted the invitation" beside "will
    meet for talks"; "refused to restore the water treaty" beside the ceasefire is not
    an answer to anything there). Anything else vague stays "other".
    """
    routed = _rules()["routed_actions"]
    siblings = [
        e
        for e in c.events
        if e.issue not in (None, "other")
        and {e.actor, e.target} == set(pair)
        and e.action in routed
    ]
    same_action = [str(e.issue) for e in siblings if e.action == ev.action]
    if same_action:
        return same_action[0]
    if ev.issue == "other":
        return _vague_issue(ev, siblings)
    fixed: dict[str, str] = _rules()["fixed_issue"]
    if ev.action in fixed:
        return fixed[ev.action]
    if siblings:
        return str(siblings[0].issue)
    return str(_rules()["default_issue"].get(ev.action, "other"))


def _vague_issue(ev: Event, siblings: list[Event]) -> str:
    """The issue of a vague ("other") event beside the pair's events on specific issues.

    An answer ("accepted the invitation") may answer the pair's proposal on the sibling's
    issue; the state machine applies it there only if one is pending. A vague agreement
    ("the two sides agreed") told beside the pair's events on one substantive issue, and on no
    other, is an agreement on that issue: "the IAEA team visited the plant ... Serbia agreed"
    agrees on what the visit was about. A summit or talks beside it say where the deal was
    made, not what it is about ("signed a rail accord at the summit"). Anything else
    stays "other".
    """
    if ev.action in _rules()["answer_actions"] and siblings:
        return str(siblings[0].issue)
    specific = {str(e.issue) for e in siblings}
    if ev.action == "agree" and len(specific) == 1 and not specific & _MEETING_OR_GENERIC:
        return specific.pop()
    return "other"


def _substantive(issue: str, events: list[Event]) -> bool:
    """A story on what the parties deal about, told by more than a meeting: it goes before
    the pair's other stories of the article, so the same fact told on a generic issue too
    ("agree detainee lists in Doha talks": on the exchange and on talks) is the generic
    story's recap (stories.recaps), not the specific one's. A meeting's topic ("discussed
    aid") does not make the meeting one on that issue: talks held stay on talks first."""
    return issue not in _GENERIC_ISSUES and any(e.action != "meet" for e in events)


def route(classified: Classified) -> list[StoryItem]:
    """The stories an article touches, one item each with that story's events (none for noise)."""
    groups: dict[str, tuple[tuple[str, str], str, list[Event]]] = {}
    for ev in classified.events:
        if not _is_routed(ev):
            continue
        for pair in _pairs(ev, classified):
            for issue in _issues(ev, pair, classified):
                key = story_key(pair, issue)
                groups.setdefault(key, (pair, issue, []))[2].append(ev)
    # A story that gets only renouncements routed by what the pair may have agreed comes last:
    # it is the least likely to be news, and must not come before the article's own stories.
    ordered = sorted(
        groups.items(),
        key=lambda kv: (
            all(renounced_elsewhere(ev, kv[1][0], kv[1][1], classified) for ev in kv[1][2]),
            not _substantive(kv[1][1], kv[1][2]),
        ),
    )
    return [
        StoryItem(
            story_id=key,
            article=classified,
            parties=tuple(sorted(pair)),
            issue=issue,
            events=tuple(events),
        )
        for key, (pair, issue, events) in ordered
    ]
