"""A fact told again under another issue of the same pair is a recap, not news.

A story is a pair of parties on an issue, and the same fact can reach a pair's other
stories: a copy whose rewritten headline names the trade deal where the original named
the talks, an analysis piece that files a week-old rejection under "other", a relative
clause ("a day after Addis accepted") that the classifier gives another issue. Each
story's state machine sees the fact for the first time and would report it again.

`PairMemory` remembers, per unordered pair, when each of its parties first reached each
committal state (RECAP_STATES) and on which issue, and when either last proposed
anything. A change to a state its party reached on another issue of the pair within
`window_s` before, with no proposal by either party since, is a recap: the story's state
still moves (later changes there read right), but the change is not reported. A fresh
proposal opens a new round: what follows it is news on any issue. A confirmation of a
fact first told under another issue is a recap too. A proposal the article places before
it ("Tashkent proposed the joint commission last Friday", "Iraq sent the invitation on
April 1") by a party the memory saw propose to the pair before is a recap as well: its
first report was the news; a dated-back proposal with no earlier report is news.

A meeting set, a meeting held and a deal reached are remembered with the dates and venues
their first report told (stories.particulars): a later report of the same pair that sets
the meeting again, tells it held or the deal reached again, with no date or venue the
memory lacks, is a recap ("the ministers will meet in Addis Ababa next week", hours after
"they will meet in Addis Ababa on 6 May"); a new date or venue (a postponement, another
round) is news. An acceptance remembers the meeting it agrees to; a deal remembers the talks
it came from, so the talks told held after it with nothing new are a recap too.

Pure and bounded: an entry per party and state (a few per pair), pruned to the window
whenever the pair gets an item and when one of its stories expires (`forget`); a memory
that empties is dropped. Both drivers keep one per pair through `news` and `forget`: the
engine in a dict, the stream in its story table, in the pair's partition
(`stream.stages.story_partition`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from storywatch.models import Change
from storywatch.stories import background, particulars, transitions
from storywatch.stories.changes import issue_of
from storywatch.stories.model import StoryConfig, StoryItem, epoch
from storywatch.stories.transitions import MEETING_ISSUES

__all__ = [
    "RECAP_STATES",
    "PairMemory",
    "forget",
    "keep_news",
    "load_memory",
    "news",
    "pair_of",
    "redirect",
]

RECAP_STATES = frozenset(
    {"responded", "accepted", "rejected", "agreed", "held", "broken", "withdrawn"}
)


def pair_of(story_id: str) -> str:
    """The pair part of a story id ("RUS-UKR" of "RUS-UKR:talks"; an id without an issue
    is its own pair)."""
    return story_id.split(":", 1)[0]


@dataclass(slots=True)
class PairMemory:
    """When each party of a pair first reached each committal state, and on which issue."""

    reached: dict[str, tuple[float, str]] = field(default_factory=dict)  # "RUS|agreed"
    proposed: float | None = None  # the last proposal by either party, any issue
    issues: dict[str, float] = field(default_factory=dict)  # the last proposal per issue
    # what the pair's last news of a meeting set ("set"), held or a deal said of when and
    # where (stories.particulars), and when it was told
    told: dict[str, tuple[float, str]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        """Nothing remembered: the memory can go."""
        return not self.reached and self.proposed is None and not self.issues and not self.told

    def dump(self) -> str:
        """The memory as JSON text (a row of the stream's story table)."""
        rows = {k: [t, i] for k, (t, i) in sorted(self.reached.items())}
        data = {
            "reached": rows,
            "proposed": self.proposed,
            "issues": dict(sorted(self.issues.items())),
        }
        if self.told:
            data["told"] = {k: [t, d] for k, (t, d) in sorted(self.told.items())}
        return json.dumps(data, separators=(",", ":"))

    def _prune(self, now: float, window_s: float, issues_s: float | None = None) -> None:
        # a party's own proposals are kept as long as a proposal draws answers
        kept = {"proposed": max(window_s, issues_s or 0.0)}
        old = [
            k
            for k, (t, _) in self.reached.items()
            if t < now - kept.get(k.rsplit("|", 1)[-1], window_s)
        ]
        for k in old:
            del self.reached[k]
        if self.proposed is not None and self.proposed < now - window_s:
            self.proposed = None
        for issue in [i for i, t in self.issues.items() if t < now - _keep(i, window_s, issues_s)]:
            del self.issues[issue]
        for kind in [k for k, (t, _) in self.told.items() if t < now - window_s]:
            del self.told[kind]

    def _retold(self, state: str, now: float, told: tuple[str, str]) -> bool:
        """A meeting set or held, or a deal, that the pair's memory has from an earlier
        report, told again with no date or venue that report lacked, and no proposal since."""
        detail = told[0] if state == "scheduled" else told[1]
        for kind in _COVERS.get(state, ()):
            entry = self.told.get(kind)
            if entry is None or entry[0] == now:  # none, or this article's own news
                continue
            fresh = self.proposed is not None and self.proposed > entry[0]
            if not fresh and not particulars.adds(entry[1], detail):
                return True
        return False

    def _recap(self, state: str, actor: str, issue: str) -> bool:
        first = self.reached.get(f"{actor}|{state}")
        if first is None:
            return False
        at, where = first
        fresh = self.proposed is not None and self.proposed > at
        return where != issue and not fresh


# Which remembered reports a change to a state may repeat: a meeting set (by its
# acceptance or its setting), a meeting held, or held at the talks a deal came from.
_COVERS = {"scheduled": ("set",), "held": ("held", "agreed"), "agreed": ("agreed",)}
_KIND = {"accepted": "set", "scheduled": "set", "held": "held", "agreed": "agreed"}


def _keep(issue: str, window_s: float, issues_s: float | None) -> float:
    """How long a proposal on `issue` draws vague answers: a proposal of a deal on a
    substance (an exchange, a truce, trade) for `issues_s`; one only to meet or talk for the
    recap window (an agreement told weeks after talks were proposed is what the talks led
    to, not their answer)."""
    if issue in MEETING_ISSUES or issues_s is None:
        return window_s
    return max(window_s, issues_s)


def load_memory(text: str | bytes | None) -> PairMemory | None:
    """A memory from its JSON text (None for a missing or unreadable row)."""
    if not text:
        return None
    try:
        data = json.loads(text)
        reached = {str(k): (float(v[0]), str(v[1])) for k, v in data["reached"].items()}
        proposed = data.get("proposed")
        issues = {str(k): float(v) for k, v in data.get("issues", {}).items()}
        told = {str(k): (float(v[0]), str(v[1])) for k, v in data.get("told", {}).items()}
        return PairMemory(reached, None if proposed is None else float(proposed), issues, told)
    except (ValueError, KeyError, TypeError, IndexError):
        return None


def keep_news(
    memory: PairMemory | None,
    story_id: str,
    changes: list[Change],
    now: float,
    window_s: float,
    *,
    issues_s: float | None = None,
    told_before: frozenset[str] = frozenset(),
    told: tuple[str, str] | None = None,
) -> tuple[PairMemory | None, list[Change]]:
    """The changes one story item produced, less the recaps of facts its pair's other
    stories told; and the pair's memory after them (None when it holds nothing).

    A confirmation (to_state "confirmed") is judged by the state it confirms. A fact told
    again after a fresh proposal starts the pair's memory of it afresh. The last proposal
    per issue is kept for `issues_s` (at least `window_s`): how long `redirect` may send a
    vague answer to it. A proposal by a party of `told_before` (the item dates its proposal
    back) that the party already made to the pair before `now` is a recap: the proposal's
    first report was the news. `told` is what the item says of when and where, for a
    meeting to come and for an act done (particulars): a meeting set or held, or a deal, that
    the memory has from an earlier report of the pair, told with nothing new, is a recap."""
    mem = memory if memory is not None else PairMemory()
    mem._prune(now, window_s, issues_s)
    issue = issue_of(story_id)
    kept: list[Change] = []
    reports: dict[str, bool] = {}  # kinds of report the item makes: news or not
    for c in changes:
        state = (c.from_state or "") if c.to_state == "confirmed" else c.to_state
        kind = _KIND.get(c.to_state)
        if told is not None and not _signing_set(c) and mem._retold(c.to_state, now, told):
            reports.setdefault(kind or "", False)
            continue
        if state in RECAP_STATES and mem._recap(state, c.actor, issue):
            continue
        if kind is not None:
            reports[kind] = True
        if (
            c.to_state == "proposed"
            and c.actor in told_before
            and _proposed_before(mem, c.actor, now)
        ):
            continue
        if c.to_state == "proposed":
            key = f"{c.actor}|{c.to_state}"
            mem.reached[key] = (max(now, mem.reached.get(key, (now, ""))[0]), issue)
            mem.proposed = now if mem.proposed is None else max(mem.proposed, now)
            mem.issues[issue] = max(mem.issues.get(issue, now), now)
        if c.to_state in RECAP_STATES:
            key = f"{c.actor}|{c.to_state}"
            first = mem.reached.get(key)
            if first is None or (mem.proposed is not None and mem.proposed > first[0]):
                mem.reached[key] = (now, issue)  # first told, or told again in a new round
        kept.append(c)
    if told is not None:
        _remember(mem, reports, now, told)
    return (None if mem.empty else mem), kept


def _signing_set(change: Change) -> bool:
    """A signing announced ("will sign the accord on Friday", transitions' agree-expected
    row): a stage of its own, not the meeting an acceptance or an earlier report set."""
    return change.to_state == "scheduled" and change.rule.split(":", 1)[0] == "agree-expected"


def _remember(mem: PairMemory, reports: dict[str, bool], now: float, told: tuple[str, str]) -> None:
    """Keep what the item told of each kind of report it made: the first report of a kind, or
    one that was news (what it adds joins what was known)."""
    for kind, fresh in reports.items():
        if not kind:
            continue
        detail = told[0] if kind == "set" else told[1]
        entry = mem.told.get(kind)
        if entry is None:
            mem.told[kind] = (now, particulars.merge("", detail))
        elif fresh:
            mem.told[kind] = (now, particulars.merge(entry[1], detail))


def _proposed_before(mem: PairMemory, actor: str, now: float) -> bool:
    """Did `actor` propose anything to the pair (any issue) before `now`, within the window?"""
    first = mem.reached.get(f"{actor}|proposed")
    return first is not None and first[0] < now


def news(
    memory: PairMemory | None, item: StoryItem, changes: list[Change], config: StoryConfig
) -> tuple[PairMemory | None, list[Change]]:
    """`keep_news` for one applied story item, as both drivers call it."""
    window = config.recap_window_hours * 3600
    if window <= 0:
        return memory, changes
    now = epoch(item.article.published_at)
    states = {c.to_state for c in changes}
    # read only what a change can use: the dated-back proposals for a proposal, the dates and
    # venues for a change `_KIND` remembers (keep_news ignores both for every other change)
    told_before = _dated_back_proposers(item) if "proposed" in states else frozenset()
    told = _told(item) if not states.isdisjoint(_KIND) else None
    return keep_news(
        memory,
        item.story_id,
        changes,
        now,
        window,
        issues_s=_answer_window_s(config),
        told_before=told_before,
        told=told,
    )


def _dated_back_proposers(item: StoryItem) -> frozenset[str]:
    """The parties whose proposal the item dates back or recalls."""
    published = item.article.published_at
    return frozenset(
        e.actor
        for e in item.events
        if e.action == "propose"
        and e.actor
        and (background.dated_back(e, published) or background.recalled(e))
    )


def _told(item: StoryItem) -> tuple[str, str]:
    """What the item's sentences of the pair say of when and where: of a meeting to come,
    and of an act done (stories.particulars)."""
    pair = set(item.parties)
    sentences = [
        e.sentence
        for e in item.article.events
        if e.sentence and e.actor in pair and (e.target is None or e.target in pair)
    ]
    published = item.article.published_at
    return (
        particulars.particulars(sentences, published, ahead=True),
        particulars.particulars(sentences, published, ahead=False),
    )


def _answer_window_s(config: StoryConfig) -> float:
    """How long a pair's proposal on an issue still draws its vague answers (`redirect`): as
    long as the story of a proposal left unanswered lives (open_ttl_days), and at least the
    recap window. "Belgium accepted", three weeks after Iran proposed a prisoner exchange,
    answers that exchange, not some "other" business of the pair."""
    return max(config.recap_window_hours * 3600, config.open_ttl_days * 86400)


_ANSWER_MOVES = frozenset({"respond", "accept", "reject"})
_VAGUE_MOVES = _ANSWER_MOVES | {"agree"}


def _talks_proposed(memory: PairMemory | None, item: StoryItem, config: StoryConfig) -> StoryItem:
    """The item without the talks that routing also gave the deal they came to ("signed the
    truce after two days of talks"), when a party of the pair last proposed to meet or talk,
    within the time a proposal draws answers: those talks are the ones proposed, held in the
    pair's talks story, not the deal's meeting."""
    if memory is None or item.issue in MEETING_ISSUES:
        return item
    talks = [e for e in item.events if e.action == "meet" and e.issue in (None, "talks")]
    if not talks:
        return item
    now, window = epoch(item.article.published_at), _answer_window_s(config)
    proposals = [v for k, v in memory.reached.items() if k.endswith("|proposed")]
    if not any(i in MEETING_ISSUES and now - window <= t <= now for t, i in proposals):
        return item
    rest = tuple(e for e in item.events if e not in talks)
    return item.model_copy(update={"events": rest})


def redirect(memory: PairMemory | None, item: StoryItem, config: StoryConfig) -> StoryItem:
    """A vague answer sent to the story of the pair's open proposal.

    An article that says only "Stockholm accepted" or "the two sides agreed" names no
    issue: routing gives it a default ("talks", "other"). When the pair's last proposal
    within the window was on another issue (a prisoner exchange), the answer is that
    proposal's: the item goes to that story (same pair, same partition), where the state
    machine still applies it only if the proposal is pending there. So does an article that
    tells only meetings under "talks" while the pair's summit proposal is live: "the two
    will hold talks in Accra on 3 May" sets the summit that was proposed. An item on a deal
    first loses the talks routing gave it beside the deal, when what the pair last proposed
    was to meet or talk (`_talks_proposed`): those talks are the talks story's.
    """
    item = _talks_proposed(memory, item, config)
    if memory is None or not memory.issues or item.issue in memory.issues:
        return item
    if ":" not in item.story_id:  # not a pair's story on an issue: nowhere else to go
        return item
    meetings = item.issue == "talks" and all(e.action == "meet" for e in item.events)
    # "talks" told of a pair whose summit proposal is live is that summit (a copy that
    # says "talks with the prime minister" where the original said "summit")
    meetings = meetings or (item.issue == "talks" and "summit" in memory.issues)
    if not meetings and any(
        e.issue not in (None, "other") or e.action not in _VAGUE_MOVES for e in item.events
    ):
        return item
    now = epoch(item.article.published_at)
    window = config.recap_window_hours * 3600
    # an answer ("Stockholm accepted") may come weeks after the proposal it answers; an
    # agreement alone, or a meeting, draws only on a proposal of the recap window
    answers = None if meetings else _answer_window_s(config)
    # a deal signed ("sign deal to ease meat ban") concludes what the pair took up: it goes to
    # the pair's proposal of the answer window, a proposal to meet or talk included (the
    # talks led to it), not to a new story of "other" business
    signing = not meetings and any(
        e.action == "agree" and transitions.is_signing(e.trigger) for e in item.events
    )
    answers = answers if signing or any(e.action in _ANSWER_MOVES for e in item.events) else None
    live = [
        (t, i)
        for i, t in memory.issues.items()
        if now - (answers if signing and answers else _keep(i, window, answers)) <= t <= now
        and (i == "summit" or not meetings)
    ]
    if not live:
        return item
    issue = max(live)[1]
    story_id = f"{pair_of(item.story_id)}:{issue}"
    return item.model_copy(update={"story_id": story_id, "issue": issue})


def forget(memory: PairMemory | None, now: datetime, config: StoryConfig) -> PairMemory | None:
    """The memory pruned at event time `now` (when a story of its pair expires): None once
    it holds nothing, so a pair whose stories are all gone leaves no memory behind."""
    if memory is None:
        return None
    memory._prune(epoch(now), config.recap_window_hours * 3600, _answer_window_s(config))
    return None if memory.empty else memory
