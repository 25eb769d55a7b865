"""advance and due: apply one routed article, or the passing of event time, to a story.

Pure functions of (state, input, config): no clock, no I/O, the input state is never
modified. The order of work in `advance`: drop a copy (stories.seen), expire an idle
story, drop a near-duplicate, fire deadlines that passed before this article, note
confirmations by a second independent source, apply the article's news (background.news)
through the transition table (one change per party move), then count it for bursts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from storywatch.models import Change, Event
from storywatch.stories import background, bursts, changes, transitions
from storywatch.stories.changes import issue_of, other_party
from storywatch.stories.model import (
    PartyState,
    Pending,
    StoryConfig,
    StoryItem,
    StoryState,
    epoch,
)
from storywatch.stories.routing import claims_breach, reimposes, renounced_elsewhere
from storywatch.stories.seen import in_story, remember
from storywatch.stories.transitions import (
    AWAITING,
    MEETING_ISSUES,
    RANK,
    ROUND_OVER,
    STATE_BITS,
    UNILATERAL_ISSUES,
    Row,
)

__all__ = ["advance", "due", "is_blank"]

_ANSWERS = frozenset({"respond", "accept", "reject"})
# How much of a record's text the state keeps (it is rewritten on every article).
_SOURCE_CHARS = 32  # of a source name: enough to tell outlets apart
_ID_CHARS = 12  # of the first report's id, named in a confirmation's rule
_URL_CHARS = 300  # of the proposal's URL, cited by an overdue change
# States that hold an open commitment: the story keeps them for commitment_ttl_days.
_COMMITTED = frozenset({"accepted", "scheduled", "held", "agreed"})
# Where a party not in the story stands, read (never stored: a story's records are its own).
_NOWHERE = PartyState()


@dataclass
class _Step:
    """One move of one party within one article."""

    party: str
    before: str | None
    row: Row
    event: Event
    silent: bool = False  # the move is made but not reported (an earlier stage, recalled)


@dataclass
class _Work:
    state: StoryState
    item: StoryItem
    config: StoryConfig
    late: bool
    steps: dict[str, list[_Step]] = field(default_factory=dict)


# --- lifetime ------------------------------------------------------------------------------


# A proposal still pending whose addressee has only replied that it is studying it ("is
# reviewing the request"): the loop is open as when the answer is owed.
_STUDIED = frozenset({"proposed", "responded"})


def _ttl(state: StoryState, config: StoryConfig) -> timedelta:
    """How long the story may idle: longest while it holds a commitment, longer than the
    default while a party owes an answer, or has only replied that it is studying the
    proposal still pending (an open loop)."""
    states = {p.state for p in state.parties.values()}
    if states & _COMMITTED:
        return timedelta(days=config.commitment_ttl_days)
    if states & AWAITING or states == _STUDIED:
        return timedelta(days=max(config.open_ttl_days, config.ttl_days))
    return timedelta(days=config.ttl_days)


def _expired(state: StoryState, now: datetime, config: StoryConfig) -> bool:
    return state.last_seen is not None and now - state.last_seen > _ttl(state, config)


def is_blank(state: StoryState) -> bool:
    """True for a story nothing has happened in yet (a driver need not store it)."""
    return state.last_seen is None


def _copy(state: StoryState) -> StoryState:
    """A copy safe to work on: this module replaces records and lists, it never mutates
    them, so only the parties mapping needs a fresh container (much cheaper than deep)."""
    return state.model_copy(update={"parties": dict(state.parties)})


def _start(state: StoryState | None, item: StoryItem, config: StoryConfig) -> StoryState:
    if state is None or _expired(state, item.article.published_at, config):
        st = StoryState(story_id=item.story_id)
    else:
        st = _copy(state)
    for p in item.parties:
        if p not in st.parties:  # not setdefault: a record built only when missing
            st.parties[p] = PartyState()
    return st


def _touch(st: StoryState, ts: datetime) -> None:
    st.last_seen = ts if st.last_seen is None else max(st.last_seen, ts)


# --- the transition table applied ----------------------------------------------------------


def _current(w: _Work, party: str) -> tuple[str | None, int]:
    """The party's state and reached-mask, including this article's moves so far."""
    ps = w.state.parties.get(party, _NOWHERE)
    steps = w.steps.get(party, [])
    seen = ps.seen
    for step in steps:
        seen |= STATE_BITS[step.row.to]
    return (steps[-1].row.to if steps else ps.state), seen


_UNSETTLED = AWAITING | {"rejected"}
_ACCEPTED_OR_BEYOND = frozenset({"accepted", "scheduled", "held", "agreed"})
_UNSETTLED_HELD = frozenset({"awaiting_response", "rejected"})


def _settled(w: _Work, row: Row) -> bool:
    """The story guard: nobody owes an answer and nobody has refused (for talks held, an
    answer overdue no longer blocks: transitions' docstring; nor does anything once the
    article tells the talks with what they came to: background.met_to_no_end, or with the
    deal the pair reached at them: _agreed_at_meeting)."""
    pair = set(w.state.parties)
    if row.to == "held" and (background.met_to_no_end(w.item, pair) or _agreed_at_meeting(w, pair)):
        return True
    blocking = _UNSETTLED_HELD if row.to == "held" else _UNSETTLED
    return all(_current(w, p)[0] not in blocking for p in w.state.parties)


def _round_over(w: _Work) -> bool:
    """A proposal now starts a new round (transitions.ROUND_OVER).

    Judged on the story as it stood before this article: a proposal mentioned in the
    article that reports its rejection is the proposal being rejected, not a new one.
    """
    return any(p.state in ROUND_OVER for p in w.state.parties.values())


def _answers_itself(w: _Work, row: Row, party: str) -> bool:
    """An answer while the other side awaits this party's answer: to its own proposal."""
    other = other_party(w.state, party)
    return row.action in _ANSWERS and other is not None and _current(w, other)[0] in AWAITING


def _ends_and_restarts(w: _Work, row: Row, party: str) -> bool:
    """A proposal by a party that this same article moved to a round's end or to awaiting."""
    now, before = _current(w, party)[0], w.state.parties[party].state
    return row.action == "propose" and now != before and now in ROUND_OVER | AWAITING


def _fresh_proposal(w: _Work, awaiting: str) -> bool:
    """The other party of `awaiting` moved to "proposed" in this article."""
    other = other_party(w.state, awaiting)
    return other is not None and any(s.row.to == "proposed" for s in w.steps.get(other, []))


def _round_fits(w: _Work, row: Row, party: str) -> bool:
    """The row's conditions on the round: over already, or a proposal fresh in this article."""
    if row.new_round_only and not _round_over(w):
        return False
    return not row.fresh_proposal_only or _fresh_proposal(w, party)


def _meeting_to_come(w: _Work, row: Row) -> bool:
    """The meeting the article tells is the one a proposal, a refusal or (for "held") an
    acceptance in it is about: not one that took place or is set."""
    pair = set(w.state.parties)
    if row.to == "held" and _agreed_at_meeting(w, pair):
        return False  # the talks a story led to ended in a deal: the rest is their background
    if row.to == "held" and background.met_to_no_end(w.item, pair):
        return False  # talks told with their outcome took place: proposals were put at them
    if background.proposed_to(w.item, pair):
        return True
    if background.refused_between(w.item, pair) and not (
        row.to == "held" and background.met_and_ended(w.item, pair)
    ):
        return True  # a refusal's standoff; not talks told as over ("ended without a deal")
    return row.to == "held" and _accepts_now(w, pair)


def _agreed_at_meeting(w: _Work, pair: set[str]) -> bool:
    """The article reports, as news, an agreement the two parties of the story concluded
    (on any issue): "agree detainee exchange at Oman-hosted talks", "sign truce deal after
    Kenya talks". The talks it tells as held took place; the proposals, acceptances and
    refusals it recalls ("Honiara proposed talks, which Port Moresby accepted last week")
    are how they came about, not a meeting still to come."""
    if all(p.state is None for p in w.state.parties.values()):
        return False  # no talks were proposed or answered here: the meeting is the deal's setting
    published = w.item.article.published_at
    return any(
        not background.agrees_to_meet(w.item, e)
        and not background.dated_before(e, published)
        and not background.recalled(e)
        for e in background.acts_between(w.item, pair, "agree")
    )


def _accepts_now(w: _Work, pair: set[str]) -> bool:
    """The article reports a party of the story accepting the other's proposal as news (it
    had not accepted, nor gone further, before) and no agreement reached at a meeting."""
    if any(e.action == "agree" and e.modality == "asserted" for e in w.item.events):
        return False  # "accepted, met and signed": the meeting took place
    return any(
        w.state.parties.get(p, _NOWHERE).state not in _ACCEPTED_OR_BEYOND
        for p in background.accepting(w.item, pair)
    )


_TAKEN_UP = frozenset({"accepted", "scheduled", "held"})
_DEAL_SIDE = frozenset({"agreed", "proposed"})


def _other_in(w: _Work, party: str, states: frozenset[str]) -> bool:
    """Is the story's other party (of `party`) in one of `states` as this article stands?"""
    other = other_party(w.state, party)
    return other is not None and _current(w, other)[0] in states


def _offer_taken(w: _Work, party: str) -> bool:
    """The other party took up `party`'s proposal: accepted it or went on to meet."""
    return _other_in(w, party, _TAKEN_UP)


def _deal_in_force(w: _Work, party: str) -> bool:
    """An agreement between the two is in force: `party` agreed (the row's source) and the
    other agreed too, or it is the one whose proposal `party` agreed to ("proposed"). A measure
    `party` puts back on the other then undoes what they agreed. On a bloc's own decision
    (the counterpart never agreed nor asked) a measure reimposed is only a new one."""
    return _other_in(w, party, _DEAL_SIDE)


def _fits(w: _Work, row: Row, party: str) -> bool:
    state, seen = _current(w, party)
    if state not in row.sources or not _round_fits(w, row, party):
        return False
    if _answers_itself(w, row, party) or _ends_and_restarts(w, row, party):
        return False
    if (
        (row.offer_taken and not _offer_taken(w, party))
        or (row.reimposes and not _deal_in_force(w, party))
        or (row.to in ("held", "scheduled") and _meeting_to_come(w, row))
    ):
        return False
    new_round = row.action == "propose" and _round_over(w)
    if seen & STATE_BITS[row.to] and not new_round:
        return False  # reached already this round: a repeat, not news
    if w.late and (not transitions.is_progress(state, row.to) or _overtaken(w, party)):
        return False
    return not row.requires_settled or _settled(w, row)


def _overtaken(w: _Work, party: str) -> bool:
    """A late article published before the party reached its state tells what it did before
    then ("rejects the offer", dated before the agreement it later signed): old news."""
    ps = w.state.parties.get(party)
    return ps is not None and ps.state is not None and epoch(w.item.article.published_at) < ps.since


def _targets(row: Row, ev: Event, w: _Work) -> list[str]:
    other = other_party(w.state, ev.actor)
    if row.role == "actor":
        return [ev.actor]
    if row.role == "counterpart":
        return [other] if other else []
    joint = ev.target == other and issue_of(w.state.story_id) not in UNILATERAL_ISSUES
    return [ev.actor, *([other] if other and joint else [])]


def _add_step(w: _Work, step: _Step) -> None:
    """Record a move; an implied move (awaiting_response) followed by a reported one shows
    only the latter. An article that reports an official reply and, in it, an acceptance or
    refusal gives both moves in order (responded, then accepted): each is news to a reader."""
    steps = w.steps.setdefault(step.party, [])
    if steps and (steps[-1].row.implied or _reply_at_meeting(steps[-1], step)):
        step = _Step(step.party, steps[-1].row.to, step.row, step.event, step.silent)
        steps.pop()
    steps.append(step)


def _reply_at_meeting(last: _Step, step: _Step) -> bool:
    """A reply and the meeting held in one article ("agreed ... after two days of talks"
    with "Manila answered by proposing exploratory talks" told in the body): the meeting
    is the news and itself takes up the proposal; a reply told with it is no step of its
    own, only the meeting is shown."""
    return last.row.to == "responded" and step.row.to == "held" and not last.silent


def _ends_agreed(w: _Work, ev: Event) -> bool:
    """A party that agreed here ending the agreement ("declared the accord void", "pulled out
    of the working group"): it answers no proposal, so it needs none pending, however vague
    its words on what it ends."""
    renounces = transitions.declares_over(ev.rule) or transitions.quits_agreement(ev.rule)
    return renounces and _current(w, ev.actor)[0] == "agreed"


def _vague_without_proposal(w: _Work, ev: Event) -> bool:
    """A vague answer routed here with no proposal here for it to answer.

    Vague is the issue "other" (then the proposal must be pending: the answer owed, or the
    other side's offer standing), or no issue at all (routed by the default issue: then
    the other side must have proposed in this round). "Hours after Hamas handed over its
    answer", in a story where nobody proposed anything, recalls an answer given elsewhere.
    """
    if ev.action not in _ANSWERS or ev.issue not in (None, "other") or _ends_agreed(w, ev):
        return False
    if issue_of(w.state.story_id) == "other":
        return False
    other = other_party(w.state, ev.actor)
    if _current(w, ev.actor)[0] in AWAITING:
        return False
    if _refused_at_talks(w, ev):
        return False
    if other is None:
        return True
    state, seen = _current(w, other)
    return state != "proposed" and (ev.issue == "other" or not seen & STATE_BITS["proposed"])


def _refused_at_talks(w: _Work, ev: Event) -> bool:
    """A refusal, with no issue of its own, by a party that has held the story's talks with
    the other ("Serbia rejects UK inquiry demand", "Riyadh rejects Canadian conditions" after
    talks in London): what it refuses is what the other side asked at them, the talks'
    business."""
    return (
        ev.action == "reject"
        and issue_of(w.state.story_id) in MEETING_ISSUES
        and _current(w, ev.actor)[0] == "held"
        and ev.target is not None
        and ev.target == other_party(w.state, ev.actor)
    )


def _talks_opening_deal(w: _Work, ev: Event) -> bool:
    """Talks routed to the story of the deal they came to (routing: "sign a truce after Doha
    talks") in a story nobody has moved in yet: the deal is the news there, the talks are
    the pair's talks story's; they took place on the deal only where it was under way."""
    if ev.action != "meet" or ev.issue not in (None, "talks"):
        return False
    if issue_of(w.state.story_id) in MEETING_ISSUES:
        return False
    return all(p.state is None for p in w.state.parties.values())


def _agreed_in_acceptance(w: _Work, ev: Event) -> bool:
    """An agreement to meet or talk (a talks or summit story) in the article that reports a
    party of the story accepting the other's proposal as news: "Jordan and the Netherlands
    agree to talks", "the two sides agreed that Kosovo will not be an item of the summit"
    beside the acceptance of the invitation. What was agreed is the acceptance and the
    meeting's terms; the meeting, and any deal at it, are still to come. A signing is not,
    nor an agreement in an article that tells the pair's talks as held."""
    if ev.action != "agree" or issue_of(w.state.story_id) not in MEETING_ISSUES:
        return False
    pair = set(w.state.parties)
    if transitions.is_signing(ev.trigger) or any(background.acts_between(w.item, pair, "meet")):
        return False  # a signing, or talks told as held: the deal was struck at them
    return any(
        w.state.parties.get(p, _NOWHERE).state not in _ACCEPTED_OR_BEYOND
        for p in background.accepting(w.item, pair)
    )


def _answer_content(w: _Work, ev: Event) -> bool:
    """A proposal by a party that owes an answer, in an article that reports its answer.

    "Yerevan sent its response ... and put forward new wording", "Moscow rejected the plan
    and offered its own": the answer is the news; the proposal is what the answer says (a
    counter-proposal), not a new round that would hide the answer.
    """
    if _readiness_in_reply(w, ev):
        return True
    if ev.action != "propose" or w.state.parties[ev.actor].state not in AWAITING:
        return False
    return any(
        e.actor == ev.actor and e.action in _ANSWERS and e.modality == "asserted"
        for e in w.item.events
    )


def _readiness_in_reply(w: _Work, ev: Event) -> bool:
    """A readiness ("willing to discuss permits", "ready to discuss further releases") that
    the sentence tells as what its actor's reply said: "Nicaragua replied to Colombia's
    proposal, saying it was willing to discuss permits but that its sovereignty was not up
    for discussion". The reply is the answer; the readiness is its content, not an
    acceptance of its own."""
    if ev.action != "accept" or not ev.rule.endswith(":ready") or not ev.sentence:
        return False
    return any(
        e.actor == ev.actor
        and e.action == "respond"
        and e.modality == "asserted"
        and e.sentence == ev.sentence
        for e in w.item.events
    )


# A party whose decision is still owed: it was asked and has not answered, or it answered
# only that it is studying the proposal ("responded": neither yes nor no yet).
_STILL_OWED = AWAITING | {"responded"}


def _told_before(w: _Work, ev: Event) -> bool:
    """The event is the background of this article's news, not news of its own."""
    if background.agrees_to_meet(w.item, ev) or background.accepts_to_meet(w.item, ev):
        return True
    if ev.action == "propose":
        return False
    if background.in_relative(ev):
        # "will send a team to Kabul after accepting the Afghan offer": an answer the party
        # still owes, told as what its act follows from, is the news (as in recalled_answer
        # below); "agreed after rejecting the first request", once answered, stays background
        return not (
            ev.action in ("reject", "accept", "respond")
            and background.after_gerund(ev)
            and _current(w, ev.actor)[0] in _STILL_OWED
        )
    if ev.action in ("reject", "accept", "respond") and background.recalled_answer(ev):
        # "Sudan had rejected the first offer": an earlier answer, told again; but an answer
        # in an "after" clause while the party still owes it ("will fly to London after
        # Britain agreed to his request") is the news the article's act follows from
        if background.what_talks_came_to(w.item, ev, set(w.state.parties)):
            return False  # "talks ended without agreement after Vienna rejected the plan"
        return not (background.told_after(ev) and _current(w, ev.actor)[0] in _STILL_OWED)
    # "agreed in Jeddah on June 19", told on June 24
    return background.dated_before(ev, w.item.article.published_at)


def _earlier_stage(w: _Work, ev: Event) -> bool:
    """An answer the article places at an earlier stage ("Latvia last week rejected the
    offer", "Peru initially said it was open to dialogue", "an offer ..., which Kinshasa
    accepted last week"): the story takes it in, so what follows from it reads right, but it
    was news when it happened, not now."""
    return ev.action != "propose" and (
        background.dated_back(ev, w.item.article.published_at) or background.after_interval(ev)
    )


def _readiness_answering(w: _Work, ev: Event) -> Event:
    """A readiness the classifier read as an offer ("Argentina said it was ready for talks
    with Uruguay", in an article that names no proposal) by a party that owes the other an
    answer in this story: it answers the pending proposal (accepted), it does not open one
    of its own."""
    if (
        ev.action == "propose"
        and ev.rule.endswith(":ready")
        and ev.modality == "asserted"
        and _current(w, ev.actor)[0] in AWAITING
        and ev.target in (None, other_party(w.state, ev.actor))
    ):
        return ev.model_copy(update={"action": "accept"})
    return ev


# A reply that holds the answer over: the party acknowledges the proposal ("acknowledges
# Belize note, promises formal answer") or announces that it will take it under study ("says
# it will study the offer"). Deliberation told as still under way ("is reviewing the
# invitation and will announce its decision") is no reply yet.
_ACKNOWLEDGE = re.compile(r"acknowledg\w*", re.IGNORECASE)
_STUDY = frozenset({"study", "consider", "examine", "review", "weigh"})


def _holding_reply(w: _Work, ev: Event) -> Event:
    """A reply that acknowledges a proposal or announces its study, by a party that owes an
    answer, read as expected (a formal answer is promised for later; "will study"): it is a
    reply already, one that neither accepts nor rejects (responded)."""
    if ev.action != "respond" or ev.modality != "expected" or not ev.trigger:
        return ev
    if _current(w, ev.actor)[0] not in AWAITING or any(
        o.actor == ev.actor and o.action == "respond" and o.modality == "negated"
        and o.sentence == ev.sentence
        for o in w.item.events
    ):  # fmt: skip
        return ev  # "has not yet responded, ... which said it would study the plan": no reply
    verb = ev.trigger.split()[0].lower()
    announced = verb in _STUDY and re.search(
        rf"\b(?:will|would)\s+(?:\w+ly\s+)?{verb}\b", ev.sentence or "", re.IGNORECASE
    )
    if _ACKNOWLEDGE.fullmatch(verb) or announced:
        return ev.model_copy(update={"modality": "asserted"})
    return ev


def _ends_only_agreements(row: Row, ev: Event, *, elsewhere: bool) -> bool:
    """Is `row` barred to `ev` as one that ends an agreement and nothing else? An agreement
    declared over in words refuses no proposal; one renounced in a story it was routed to
    only as what the pair may have agreed (routing.renounced_elsewhere) moves an agreed party
    there and nobody else."""
    if (elsewhere or transitions.declares_over(ev.rule)) and row.to != "broken":
        return True
    return elsewhere and "agreed" not in row.sources


def _row_applies(row: Row, ev: Event) -> bool:
    """Does the event meet the row's own conditions (signing, breach claim, walk-away, anew)?"""
    if row.signing_only and not transitions.is_signing(ev.trigger):
        return False
    if row.breach_claim and not claims_breach(ev):
        return False
    if row.quits and not transitions.quits_agreement(ev.rule):
        return False
    if row.reimposes and not transitions.is_reimposing(ev.trigger):
        return False
    if row.anew is None:
        return True
    anew = transitions.asks_anew(ev.sentence or "") or (
        not transitions.declares_over(ev.rule)
        and not transitions.quits_agreement(ev.rule)
        and transitions.refuses_what_was_asked(ev.sentence or "", ev.trigger)
    )
    return anew == row.anew


def _reports_deal(events: Iterable[Event], of: Callable[[Event], bool]) -> bool:
    """One of `events` is an asserted agreement `of` selects, reported as news (not recalled):
    what a signing or a further round told with it provides, no stage of its own."""
    return any(
        e.action == "agree" and e.modality == "asserted" and of(e) and not background.recalled(e)
        for e in events
    )


def _deal_reached_here(w: _Work, ev: Event) -> bool:
    """The item reports the deal a signing to come (`ev`) would seal: an agreement of the same
    party in the story ("agreed late Tuesday on a ceasefire; Petro is expected to sign the
    decree on Thursday")."""
    return _reports_deal(w.item.events, lambda e: ev.actor in (e.actor, e.target))


def _deal_provides_meeting(w: _Work) -> bool:
    """A meeting to come in an article that reports the story's pair reaching a deal, on
    whatever issue ("the two sides will halt all military operations for 60 days ... and hold
    further talks"): the further round is what the deal provides."""
    pair = set(w.state.parties)
    return _reports_deal(w.item.article.events, lambda e: {e.actor, e.target} == pair)


def _apply_event(w: _Work, ev: Event) -> None:
    if ev.actor not in w.state.parties or ev.confidence < w.config.min_confidence:
        return
    ev = _holding_reply(w, _readiness_answering(w, ev))
    if _vague_without_proposal(w, ev) or _answer_content(w, ev):
        return
    if _told_before(w, ev) or _talks_opening_deal(w, ev) or _agreed_in_acceptance(w, ev):
        return
    moved: set[str] = set()
    silent = _earlier_stage(w, ev)
    elsewhere = _renounced_elsewhere(w.item, ev)
    for row in transitions.rows_for(ev.action, ev.modality, issue_of(w.state.story_id)):
        if _ends_only_agreements(row, ev, elsewhere=elsewhere) or not _row_applies(row, ev):
            continue
        if row.signing_only and _deal_reached_here(w, ev):
            continue  # "agreed late Tuesday on a truce ... is expected to sign the decree"
        if row.to == "scheduled" and _deal_provides_meeting(w):
            continue
        recalled = row.action == "propose" and background.recalled(ev)
        if recalled and row.new_round_only:
            continue  # "Kyiv had proposed talks last week": the old round, told again
        for party in _targets(row, ev, w):
            if recalled and _current(w, party)[0] in transitions.ROUND_OVER:
                continue  # nor does it open a new round after the last one ended
            if party not in moved and _fits(w, row, party):
                moved.add(party)
                _add_step(w, _Step(party, _current(w, party)[0], row, ev, silent))


def _commit(w: _Work) -> list[Change]:
    """Write this article's moves into the state; one change per emitted move."""
    found: list[Change] = []
    ts = epoch(w.item.article.published_at)
    moves = [s for steps in w.steps.values() for s in steps]
    if any(s.row.to == "proposed" for s in moves) and any(
        p.state in ROUND_OVER for p in w.state.parties.values()
    ):
        for name, ps in w.state.parties.items():  # a new round: keep only where each stands,
            # unless that ended the last round ("held"): the new round's talks can be held too
            seen = STATE_BITS[ps.state] if ps.state and ps.state not in ROUND_OVER else 0
            w.state.parties[name] = ps.model_copy(update={"seen": seen})
    for party, steps in w.steps.items():
        for step in steps:
            ps = w.state.parties[party]
            w.state.parties[party] = PartyState(
                state=step.row.to,
                since=ts,
                article=w.item.article.id,
                url=w.item.article.url[:_URL_CHARS] if step.row.to in AWAITING else "",
                seen=ps.seen | STATE_BITS[step.row.to],
            )
            if step.silent or (step.row.implied and not w.config.emit_implied):
                continue
            found.append(
                changes.state_change(
                    w.state, w.item, party, before=step.before, row=step.row, ev=step.event
                )
            )
            _await_confirmation(w, party, step.row.to)
    return found


# --- confirmation by a second independent source -----------------------------------------


def _await_confirmation(w: _Work, party: str, to: str) -> None:
    if w.config.max_pending:
        a = w.item.article
        entry = Pending(
            actor=party, state=to, article=a.id[:_ID_CHARS], source=a.source[:_SOURCE_CHARS]
        )
        w.state.pending = [*w.state.pending, entry][-w.config.max_pending :]


def _claims(w: _Work, ev: Event) -> set[tuple[str, str]]:
    """(party, state) pairs an event says happened, whatever the current state."""
    if ev.actor not in w.state.parties:
        return set()
    rows = transitions.rows_for(ev.action, ev.modality, issue_of(w.state.story_id))
    return {(p, r.to) for r in rows if not r.implied for p in _targets(r, ev, w)}


def _independent(item: StoryItem, entry: Pending) -> bool:
    source = item.article.source[:_SOURCE_CHARS].strip().lower()
    return bool(source) and source != entry.source.strip().lower()


def _confirm(w: _Work) -> list[Change]:
    found: list[Change] = []
    for ev in w.item.events:
        claims = _claims(w, ev)
        for entry in list(w.state.pending):
            if (entry.actor, entry.state) in claims and _independent(w.item, entry):
                found.append(changes.confirmation(w.state, w.item, entry, ev))
                w.state.pending = [p for p in w.state.pending if p is not entry]
    return found


# --- deadlines and bursts ------------------------------------------------------------------


def _deadline_passed(state: StoryState, now: datetime, config: StoryConfig) -> bool:
    limit = epoch(now) - config.overdue_hours * 3600
    return any(p.state == "awaiting_response" and p.since <= limit for p in state.parties.values())


def _fire_deadlines(state: StoryState, now: datetime, config: StoryConfig) -> list[Change]:
    """Overdue changes for every party still awaiting an answer past the deadline (mutates)."""
    limit = epoch(now) - config.overdue_hours * 3600
    found: list[Change] = []
    for party, ps in sorted(state.parties.items()):
        if ps.state == "awaiting_response" and ps.since <= limit:
            found.append(changes.overdue(state, party, ps, config))
            seen = ps.seen | STATE_BITS["overdue"]
            state.parties[party] = ps.model_copy(update={"state": "overdue", "seen": seen})
    return found


def _count_coverage(w: _Work) -> list[Change]:
    now_s = epoch(w.item.article.published_at)
    if w.state.last_seen is not None:
        now_s = max(now_s, epoch(w.state.last_seen))
    burst, figures = bursts.observe(w.state.burst, now_s, w.item.article.source, w.config)
    w.state.burst = burst
    return [changes.breaking(w.state, w.item, figures)] if figures else []


# --- the two entry points ------------------------------------------------------------------


def _renounced_elsewhere(item: StoryItem, ev: Event) -> bool:
    parties = (item.parties[0], item.parties[-1])
    return renounced_elsewhere(ev, parties, item.issue, item.article)


def _only_violations(item: StoryItem) -> bool:
    """Attacks, breach claims and measures reimposed only: they matter to an agreement, never
    start a story."""
    return all(ev.action == "attack" or claims_breach(ev) or reimposes(ev) for ev in item.events)


def _in_force(st: StoryState) -> bool:
    """Something between the pair a violation can break: an agreement, or a proposal the other
    side took up (accepted, or went on to meet on: "breach-claimed-taken-offer")."""
    states = {name: ps.state for name, ps in st.parties.items()}
    if "agreed" in states.values():
        return True
    return any(
        state == "proposed" and any(s in _TAKEN_UP for n, s in states.items() if n != name)
        for name, state in states.items()
    )


def _without_stray_renouncements(state: StoryState | None, item: StoryItem) -> StoryItem | None:
    """The item without the renouncements routed here only as what the pair may have agreed
    (routing.renounced_elsewhere) whose party has agreed nothing here: they are another
    story's. None when nothing is left."""
    agreed = {p for p, ps in state.parties.items() if ps.state == "agreed"} if state else set()
    events = tuple(
        ev for ev in item.events if ev.actor in agreed or not _renounced_elsewhere(item, ev)
    )
    if len(events) == len(item.events):
        return item
    return item.model_copy(update={"events": events}) if events else None


def _order(st: StoryState, item: StoryItem) -> Callable[[Event], tuple[int, int]]:
    """The order an article's events are applied in: how far along the story each moves a
    party (transitions.progression), except that in an article telling talks between the
    pair as held and what they came to ("talks ended without agreement after Asmara rejected
    the EU's demands": background.met_to_no_end) the meeting comes before the refusals told
    with it. Those refusals were made at the talks: they answer what was put there, a new
    round's proposal, not withdraw the acceptance that led to the talks."""
    issue = issue_of(st.story_id)
    talks_first = background.met_to_no_end(item, set(st.parties))

    def key(e: Event) -> tuple[int, int]:
        rank = transitions.progression(e.action, e.modality, issue)
        if talks_first and e.action == "meet" and e.modality == "asserted":
            return RANK["rejected"], 1  # after the acceptances (0), before the refusals (2)
        if talks_first and e.action == "reject":
            return rank, 2
        return rank, 0

    return key


def advance(
    state: StoryState | None, item: StoryItem, config: StoryConfig
) -> tuple[StoryState, list[Change]]:
    """Apply one item to its story; return the new state and the changes it causes.

    A near-duplicate of an article already seen in the story (or the same article
    again) changes nothing. Attacks alone never start a story: they
    matter only as the violation of an agreement already in it.
    """
    if item.duplicate_of is not None:
        return _start(state, item, config), []  # a copy routed where its original went
    ts = item.article.published_at
    kept = _without_stray_renouncements(state, item)
    if kept is None:
        keep = state is not None and not _expired(state, ts, config)
        return (state if keep and state is not None else _start(state, item, config)), []
    item = kept
    st = _start(state, item, config)
    if _only_violations(item) and not _in_force(st):
        return (state if state is not None and not _expired(state, ts, config) else st), []
    if in_story(st, item):
        return st, []
    late = st.last_seen is not None and ts < st.last_seen
    found = [] if late else _fire_deadlines(st, ts, config)
    w = _Work(st, item, config, late)
    found += _confirm(w)
    for ev in sorted(background.news(item), key=_order(st, item)):
        _apply_event(w, ev)
    found += _commit(w)
    found += _count_coverage(w)
    remember(st, item, config)
    _touch(st, ts)
    return st, found


def due(
    state: StoryState, now: datetime, config: StoryConfig
) -> tuple[StoryState | None, list[Change]]:
    """Time-driven changes at event time `now` (overdue); None when the story expired (TTL).

    The result depends only on the state and `now`, never on how often it runs.
    """
    if is_blank(state):
        return None, []  # nothing ever happened in it: nothing to keep
    if not _expired(state, now, config) and not _deadline_passed(state, now, config):
        return state, []  # the common case: nothing to do, no copy
    st = _copy(state)
    found = _fire_deadlines(st, now, config)
    if _expired(st, now, config):
        return None, found
    return st, found
