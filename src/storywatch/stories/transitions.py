"""The per-party state machine of a story, as one table (CONTRACT.md "State change").

Read each row as: when an event with ACTION and MODALITY is reported, the party in
ROLE ("actor" = who acts, "counterpart" = the other party of the story, "both")
moves from one of FROM states to TO. A party already in TO, or that has already
reached TO in this round, does not move again ("a change once"). No row matches
a ``negated`` or ``hypothetical`` event, so they never change state; ``expected``
events only ever lead to ``scheduled``: a meeting announced, or a signing ("will sign
the accord on Friday"), not an agreement hoped for ("is expected to reach a deal").

    state               meaning for the party
    None                not yet involved in this story
    proposed            it offered talks, a truce, a deal
    awaiting_response   the other side proposed; it has not answered yet
    overdue             still no answer after the deadline (set by the clock, not by an event)
    responded           it answered without accepting or rejecting
    accepted            it accepted the other side's proposal
    rejected            it refused the other side's proposal
    withdrawn           it backed out after accepting
    scheduled           a meeting or signing is announced for a date
    held                the meeting took place
    agreed              the parties concluded an agreement
    broken              the agreement was violated or renounced, or the party says the
                        other side breached it ("breach-claimed": "accused Beirut of
                        breaching the Doha agreement"; routing.claims_breach)

A proposal made once a round is over (a party rejected, withdrew or broke an
agreement, or talks were held or a deal struck) starts a new round: what each party
reached before is forgotten. A proposal the article only recalls (told in the past
perfect, "had proposed talks last week", in a clause of what came before, "the pause,
agreed after the rebels proposed a longer truce", or in one that says who the proposer is,
"Sudan, which proposed the talks, called the refusal regrettable") starts none
(background.recalled). Nor is any other act told in such a "which" clause news
(background.in_relative), nor an answer told in the past perfect outside reported speech
("Sudan had rejected the first offer"; not "said Sudan had rejected": background.
recalled_answer).

Joint rows ("both") move the counterpart only when the event names it as its target:
"the EU agreed new sanctions" is not Georgia agreeing. On a UNILATERAL_ISSUES story they
never move the counterpart: "the EU agreed to suspend visas for Georgian officials" is
the EU's decision about Georgia, not a deal with it (Georgia agreeing is reported as its
own event).

An agreement only to meet or talk (issue talks or summit) is not renounced by turning
down the next meeting, and talks held end no round a party cannot refuse: a rejection
after either is the next round's ("reject-next-meeting": "rejected the proposal put at
the second day of talks"). Nor is any agreement renounced by turning down a proposal made
anew ("reject-new-proposal": "turned down Chile's request for a second exchange" after the
first was done): that refuses a new round (asks_anew). A walk-away from what was agreed
("pulled out of the truce", "suspended its participation in the working group": the
classifier's walk_away rule) breaks any agreement, one only to meet or talk too ("quit").
It breaks one the story never saw concluded as well: by a party new to the story ("the
rebels quit the peace accord", "quit-unseen"), or by one whose proposal the other side
took up ("ended its observance of the holiday truce" it had offered and Manila accepted,
"quit-taken-offer"), or, accusing the other side of breaching it, claim it broken
("breach-claimed-taken-offer"). Walking away from an agreement is no refusal of a proposal.
A measure put back on the other party ("reimposed its ban on Peruvian wine", "restored
tariffs") while both still stand by an agreement between them undoes what the deal lifted:
the party that reimposes breaks it ("reimpose"). A first imposition breaks nothing, nor does
a measure reimposed where no deal between the two is in force.

A party cannot answer (respond, accept, reject) while the other side is waiting for
its answer: that is its own proposal. A party does not propose in the same article
that ended its round or made it await an answer (a recap or a misread, not news).

A meeting is neither "held" nor "scheduled" in the article that reports a proposal put
to either party of the story, by the other or by a mediator (on any issue): that meeting
is the one proposed. Nor one in an article where a party of the story refuses the other
(on any issue: the same standoff), and none is "held" in the article that reports a party's
acceptance as news, unless an agreement reached there says the meeting took place: the
meeting accepted is still to come.
A fresh proposal (one that moved its proposer) awaits a fresh answer even from a party
that accepted an earlier one: "Tehran refused the new US demand" is then a rejection, not
the withdrawal of its earlier acceptance.

An article that both puts a proposal and reports an agreement in one story tells one of
them as background: the first told (headline, then lead) is the news, the other is
ignored. An article that reports a meeting held tells the meetings it expects as that meeting's
continuation ("due to resume on Friday"): they schedule nothing. An agreement told in
the same sentence as an expected meeting of the party ("agreed to
meet again") is an agreement to meet: it concludes nothing, the meeting schedules. A
signing is not: "they signed the accord and will hold further talks" concludes the accord,
and the talks told beside it are its sequel, not a meeting newly set.

Story guards (``requires_settled``): a meeting cannot be scheduled or held while a
party still owes an answer or has rejected; a mention of one then is a recap of an
earlier round or a hope, not news. Once the answer is overdue, talks reported as held
are news (the answer came in words not read); a meeting only expected still waits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storywatch.models import ISSUES

__all__ = [
    "AWAITING",
    "BREAKABLE_ISSUES",
    "MEETING_ISSUES",
    "RANK",
    "RENOUNCEABLE_ISSUES",
    "ROUND_OVER",
    "SEVERITY",
    "STATE_BITS",
    "TABLE",
    "UNILATERAL_ISSUES",
    "Row",
    "declares_over",
    "is_progress",
    "is_reimposing",
    "is_signing",
    "progression",
    "quits_agreement",
    "refuses_what_was_asked",
    "rows_for",
]

AWAITING = frozenset({"awaiting_response", "overdue"})
# An asserted attack on one of these issues, after an agreement, breaks it.
BREAKABLE_ISSUES = frozenset({"ceasefire", "peace_deal", "prisoner_exchange", "hostages"})

# An agreement only to meet or talk is not renounced by turning down the next meeting: that
# rejection is a new round's ("agreed to prepare a roadmap", then "rules out a summit").
MEETING_ISSUES = frozenset({"talks", "summit"})
RENOUNCEABLE_ISSUES = frozenset(ISSUES) - MEETING_ISSUES

# Issues on which an agreement is one side's decision about the other (a bloc adopting
# sanctions, a donor granting aid): joint rows move only the party that acts.
UNILATERAL_ISSUES = frozenset({"sanctions", "aid"})

_OPEN = frozenset({None, "proposed", "awaiting_response", "overdue", "responded"})
_FAILED = frozenset({"rejected", "withdrawn", "broken"})
# A round is over once talks were held, a deal struck, or it failed; a proposal then
# starts a new round.
ROUND_OVER = _FAILED | {"held", "agreed"}


@dataclass(frozen=True)
class Row:
    """One transition: an event of `action`/`modality` moves the party in `role` to `to`."""

    name: str
    action: str
    modality: str
    role: str  # "actor", "counterpart" or "both"
    to: str
    sources: frozenset[str | None]
    requires_settled: bool = False  # story guard (module docstring)
    implied: bool = False  # a consequence nobody reported as such (not emitted by default)
    new_round_only: bool = False  # only once a round is over (ROUND_OVER)
    issues: frozenset[str] | None = None  # only on these issues (None: any)
    # only when the event's actor has just moved to "proposed" in this article (a fresh
    # proposal, not a recap of the one answered)
    fresh_proposal_only: bool = False
    # only for an act of signing ("will sign the accord on Friday"), not an agreement hoped
    # for ("is expected to reach an agreement"): is_signing on the event's trigger
    signing_only: bool = False
    # only when the act's object is (True) or is not (False) a proposal made anew ("turned
    # down Chile's request for a second exchange"): asks_anew on the event
    anew: bool | None = None
    # only for a comment claiming the other side broke the agreement (routing.claims_breach)
    breach_claim: bool = False
    # only for a walk-away from what was agreed ("pulled out of the truce", "suspended its
    # participation in the working group"; classify rule walk_away): quits_agreement
    quits: bool = False
    # only when the other party has taken up the actor's proposal (accepted it, or gone on
    # to a meeting): what it proposed is then in force between them
    offer_taken: bool = False
    # only for a measure put back on the other party ("reimposed its ban", "restored
    # tariffs"; is_reimposing on the trigger) while both parties stand by an agreement:
    # undoing what the deal lifted walks away from it
    reimposes: bool = False


TABLE: tuple[Row, ...] = (
    Row("propose", "propose", "asserted", "actor", "proposed",
        frozenset({None, "awaiting_response", "overdue", "responded"}) | ROUND_OVER),
    Row("propose-again", "propose", "asserted", "actor", "proposed",
        frozenset({"proposed"}), new_round_only=True),
    Row("propose-awaits", "propose", "asserted", "counterpart", "awaiting_response",
        frozenset({None}) | ROUND_OVER, implied=True),
    Row("propose-awaits-again", "propose", "asserted", "counterpart", "awaiting_response",
        frozenset({"accepted", "scheduled"}), implied=True, fresh_proposal_only=True),
    Row("respond", "respond", "asserted", "actor", "responded",
        frozenset({None, "proposed", "awaiting_response", "overdue"})),
    Row("accept", "accept", "asserted", "actor", "accepted",
        _OPEN | {"rejected", "scheduled"}),
    Row("quit-unseen", "reject", "asserted", "actor", "broken", frozenset({None}), quits=True),
    Row("quit-taken-offer", "reject", "asserted", "actor", "broken", frozenset({"proposed"}),
        quits=True, offer_taken=True),
    Row("reject", "reject", "asserted", "actor", "rejected", _OPEN),
    Row("withdraw", "reject", "asserted", "actor", "withdrawn",
        frozenset({"accepted", "scheduled"})),
    Row("quit", "reject", "asserted", "actor", "broken", frozenset({"agreed"}), quits=True),
    Row("renounce", "reject", "asserted", "actor", "broken", frozenset({"agreed"}),
        issues=RENOUNCEABLE_ISSUES, anew=False),
    Row("reject-new-proposal", "reject", "asserted", "actor", "rejected", frozenset({"agreed"}),
        anew=True),
    Row("reject-next-meeting", "reject", "asserted", "actor", "rejected",
        frozenset({"agreed", "held"}), issues=MEETING_ISSUES),
    Row("violate", "attack", "asserted", "actor", "broken", frozenset({"agreed"}),
        issues=BREAKABLE_ISSUES),
    Row("reimpose", "sanction", "asserted", "actor", "broken", frozenset({"agreed"}),
        reimposes=True),
    Row("breach-claimed", "comment", "asserted", "actor", "broken", frozenset({"agreed"}),
        breach_claim=True),
    Row("breach-claimed-taken-offer", "comment", "asserted", "actor", "broken",
        frozenset({"proposed"}), breach_claim=True, offer_taken=True),
    Row("meet-expected", "meet", "expected", "both", "scheduled",
        _OPEN | {"accepted"}, requires_settled=True),
    Row("agree-expected", "agree", "expected", "both", "scheduled",
        _OPEN | {"accepted"}, requires_settled=True, signing_only=True),
    Row("meet", "meet", "asserted", "both", "held",
        _OPEN | {"accepted", "scheduled", "rejected"}, requires_settled=True),
    Row("agree", "agree", "asserted", "both", "agreed",
        _OPEN | {"accepted", "scheduled", "held", "rejected", "withdrawn", "broken"}),
)  # fmt: skip

SEVERITY: dict[str, str] = {
    "proposed": "normal",
    "awaiting_response": "info",
    "responded": "high",
    "accepted": "critical",
    "rejected": "critical",
    "withdrawn": "critical",
    "scheduled": "normal",
    "held": "high",
    "agreed": "critical",
    "broken": "critical",
    "overdue": "high",
    "breaking": "high",
}

# How far along a story a state is; a late article may only move a party forward.
RANK: dict[str | None, int] = {
    None: 0,
    "proposed": 1,
    "awaiting_response": 1,
    "overdue": 1,
    "responded": 2,
    "accepted": 3,
    "rejected": 3,
    "withdrawn": 3,
    "scheduled": 4,
    "held": 5,
    "agreed": 6,
    "broken": 7,
}

# Bit of each state in a party's "reached this round" mask.
STATE_BITS: dict[str, int] = {s: 1 << i for i, s in enumerate(s for s in RANK if s)}

_BY_ACTION: dict[tuple[str, str], tuple[Row, ...]] = {}
for _row in TABLE:
    _BY_ACTION[(_row.action, _row.modality)] = (
        *_BY_ACTION.get((_row.action, _row.modality), ()),
        _row,
    )


def rows_for(action: str, modality: str, issue: str | None) -> tuple[Row, ...]:
    """The rows an event can fire, in table order (none for negated/hypothetical)."""
    rows = _BY_ACTION.get((action, modality), ())
    return tuple(r for r in rows if r.issues is None or issue in r.issues)


_SIGNING = ("sign", "initial", "ink")


def is_signing(trigger: str) -> bool:
    """Is the act a signing ("sign", "signed the accord", "initialled", "inked")?"""
    return trigger.lower().startswith(_SIGNING)


# A proposal made anew: "a second exchange", "a new request", "another round".
_ANEW = re.compile(
    r"\b(?:second|third|new|another|fresh|further|renewed|follow-up|next)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:requests?|proposals?|offers?|rounds?|exchanges?|swaps?|deals?|plans?|bids?|demands?)\b",
    re.IGNORECASE,
)


def asks_anew(sentence: str) -> bool:
    """Does the sentence speak of a proposal made anew ("rejected a request for a second
    exchange")? Turning that down ends no agreement already kept: it refuses a new round."""
    return _ANEW.search(sentence) is not None


# What a refusal takes as its object when it answers something asked of the party: a
# demand, call, request, proposal, offer or invitation ("rejects Kazakh demand for a joint probe",
# "rejects IAEA call to sign the protocol"), up to three words (a determiner, who asked,
# a modifier) after the verb.
_ASKED = re.compile(
    r"\s+(?:[\w'’.-]+\s+){0,3}?(?:demands?|calls?|requests?|proposals?|offers?|invitations?|appeals?)\b",
    re.IGNORECASE,
)


def refuses_what_was_asked(sentence: str, trigger: str) -> bool:
    """Does the refusal take a demand, call or request as its object ("Uzbekistan rejects
    Kazakh demand for joint probe")? After an agreement that refuses something asked anew,
    not the agreement: what was agreed stands (reject-new-proposal, not renounce)."""
    if not trigger or not sentence:
        return False
    at = sentence.lower().find(trigger.lower())
    return at >= 0 and _ASKED.match(sentence, at + len(trigger)) is not None


# A measure put back: "reimposed", "re-imposes", "reinstated", "reintroduced", "restored
# tariffs", "brought back the ban" (the verb opens the trigger).
_REIMPOSE = re.compile(
    r"(?:re-?impos|re-?instat|re-?introduc|restor|(?:brought|brings?|bringing)\s+back)\w*\b",
    re.IGNORECASE,
)


def is_reimposing(trigger: str) -> bool:
    """Is the act a measure put back ("reimposed its ban", "restored tariffs")? Against the
    party of an agreement both still stand by, it undoes what the deal lifted: a walk-away
    from it, not a first measure."""
    return _REIMPOSE.match(trigger) is not None


def quits_agreement(rule: str) -> bool:
    """Is the act a walk-away from an agreement or a joint body ("pulled out of the truce",
    "suspended its participation in the working group")? It ends what was agreed, even an
    agreement only to talk: that is no refusal of the next meeting."""
    return rule.endswith(":walk_away")


def declares_over(rule: str) -> bool:
    """Is the act an agreement declared over in words ("declared the truce void", "said it was
    no longer bound by the accord")? It ends what was agreed; it refuses no proposal."""
    return rule.endswith(":declared-over")


def is_progress(from_state: str | None, to_state: str) -> bool:
    """True when `to_state` is further along than `from_state` (allowed for late articles)."""
    return RANK[to_state] > RANK[from_state]


def progression(action: str, modality: str, issue: str | None) -> int:
    """How far along a story an event moves a party: the lowest rank it can reach (0: none).

    An article's events are applied in this order, not in sentence order: a headline that
    reports the acceptance comes before the body's "responded", but the reply came first.
    """
    return min((RANK[r.to] for r in rows_for(action, modality, issue)), default=0)
