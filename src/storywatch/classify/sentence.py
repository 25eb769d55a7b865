"""One sentence read once: the parties it names, its placeholders and its event candidates.

The reading of a sentence depends on the sentence, whether it is the headline or the lead, the
article's context switches (narrowed to the learned names and local places the sentence holds)
and, only when one of its pronouns falls back on it, the last acting party of the article so
far. Those inputs are its key: a sentence that recurs (a syndicated copy, a wire service's
boilerplate, the standing background paragraphs of a running story) is read once per key, and
every later occurrence gets fresh candidates (the article pass edits its candidates in place,
so the kept ones are plain tuples, never handed out). At most MEMO_SIZE readings of sentences of
at most MEMO_SENTENCE_CHARS characters are kept, least recently used dropped first (some ten
megabytes for news text, a few tens at most).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass

from storywatch.classify._trie import word_runs
from storywatch.classify.arguments import BREAKING, BREAKING_WORDS, GROUP, claims_broken, find_issue
from storywatch.classify.constructions import PARTYLESS_HINT, THREAT_HINT, declared_over
from storywatch.classify.dispatch import sentence_events
from storywatch.classify.events import Candidate, CandidateFields
from storywatch.classify.mentions import Context, Mention, count_mentions, find_mentions
from storywatch.classify.reference import (
    LAST_UNUSED,
    PLACEHOLDER_HINT,
    last_key,
    placeholders_using,
)
from storywatch.classify.resources import Resources
from storywatch.classify.text import WordGated, fold

__all__ = ["SentenceReader", "SentenceReading", "forget_readings"]

# Readings kept (least recently used dropped): a few thousand articles' distinct sentences.
MEMO_SIZE = 32768
# Longer "sentences" (lists, tables, text without punctuation) are read but not kept: they
# hardly recur, and the bound keeps the memo's text under MEMO_SIZE * MEMO_SENTENCE_CHARS.
MEMO_SENTENCE_CHARS = 800
# Contexts numbered before all is dropped: most articles share a handful of plain contexts;
# a name an article teaches makes another for the few sentences that hold it.
MEMO_CONTEXTS = 4096


PLACE = "~"


@dataclass(frozen=True, slots=True)
class SentenceReading:
    """What one sentence contributes to its article."""

    # The parties it names (counted for the article's main parties); a state or capital named
    # as a place ("met in Havana") marked with PLACE: an entity of the article, no party.
    codes: tuple[str, ...]
    cands: tuple[Candidate, ...]  # its event candidates (the lead's statement included)
    last: tuple[str, ...] | None  # the last party acting in it, None when none acts


_SAID_WORDS = ["said", "says", "reported", "announced", "stated"]
_SAID = WordGated(re.compile(rf"\b(?:{'|'.join(_SAID_WORDS)})\b"), _SAID_WORDS)
# The speaker named after its verb ("..., said the IAEA", "..." says Tehran) only where the
# verb opens the attribution after a comma or a quote; "Baku denied it and said Armenian forces
# fired first" names the subject of what was said, not its speaker.
# The party named after the verb still speaks where the sentence names it before the verb too
# ("a Chinese spokeswoman said Beijing opposes it": the speaker's own state).
_INVERTED = re.compile(r"(?:^|[,\"“”'’:;(—–-])\s*$")


def _inverted(s: str, said_start: int, x: Mention, ms: list[Mention]) -> bool:
    """Is the party named right after the verb of saying its speaker?"""
    return _INVERTED.search(s, 0, said_start) is not None or any(
        y.end <= said_start and set(y.codes) & set(x.codes) for y in ms
    )


def _lead_statement(
    s: str, ms: list[Mention], found: list[Candidate], res: Resources
) -> Candidate | None:
    """The lead of a report attributed to a party ("Iran has increased its stock, the IAEA said")
    is that party's statement about the other party named, when the lead holds no act of its own."""
    for m in _SAID.finditer(fold(s)):
        speaker = next((x for x in ms if x.actor and x.kind != "demonym"
                        # "diplomats in Quito said", "researchers in Peru and Chile said": places
                        and x.prep not in _PLACE_PREPS and not x.location
                        and (0 <= m.start() - x.end <= 2 or (0 <= x.start - m.end() <= 5
                                                             and "," not in s[m.end():x.start]
                                                             and _inverted(s, m.start(), x, ms)))),
                       None)  # fmt: skip
        if speaker is None or any(set(speaker.codes) & set(c.actors) for c in found):
            continue
        if _source_only(s, m.end(), speaker, ms, found):
            return None  # "the two sides met in Jeddah, Saudi mediators said": a report's source
        if m.group() == "reported" and _MEDIUM.search(s, speaker.start, speaker.end + 30):
            continue  # "..., Egyptian state television reported": a medium's report, no statement
        other = next((x for x in ms if x.actor and not set(x.codes) & set(speaker.codes)), None)
        issue = find_issue(s, 0, 0, ms, res)
        target = other.codes[0] if other else None
        return Candidate(speaker.codes, "comment", target, issue, "asserted", 0.6, s,
                         "lead-attribution", m.group())  # fmt: skip
    return None


# "The rebels said the army had broken the truce", "Fiji said the move violated the accord": a
# party's statement that the other side broke an agreement claims a breach wherever the article
# tells it, not only in its lead (the claim is news: article._breach_claims marks it). Only a
# verb of breaking gates the check (arguments.BREAKING_WORDS): "the talks were over" is no
# claim that anyone broke a deal.
def _claims_breach(s: str) -> bool:
    return not BREAKING_WORDS.isdisjoint(word_runs(fold(s))) and claims_broken(s)


# what the party named right after the verb of saying did: broke the agreement
_BROKE_NEXT = re.compile(rf"\s+(?:(?:had|has|have)\s+)?(?:\w+ly\s+)?{BREAKING}\b")
# "said (on Monday) (that) (the) Peru ...": a time told with the verb, then what was said
_THAT_NEXT = re.compile(
    r"\s*(?:(?:on|late|early|last)\s+\w+\s+)?(?:that\s+)?(?:the\s+)?", re.IGNORECASE
)


def _said_breach(
    s: str, ms: list[Mention], found: list[Candidate], res: Resources
) -> Candidate | None:
    """ "The rebels said on Monday that the army had broken the truce": outside the lead, a
    party's statement is a breach claim when it names another party of the article as the one
    that broke the agreement, right after the verb of saying, and the speaker is named right
    before that verb (after it, "..., says Baghdad broke the accord", the party is the accused).
    A verdict on an act ("said the move violated the accord") names no culprit: it may only
    judge the article's main act, told elsewhere."""
    for m in _SAID.finditer(fold(s)):
        speaker = next((x for x in ms if x.actor and x.kind != "demonym"
                        and x.prep not in _PLACE_PREPS and not x.location
                        and 0 <= m.start() - x.end <= 2), None)  # fmt: skip
        if speaker is None or any(set(speaker.codes) & set(c.actors) for c in found):
            continue
        that = _THAT_NEXT.match(s, m.end())
        start = that.end() if that else m.end()
        accused = next((x for x in ms if x.actor and x.start == start and not x.location
                        and not set(x.codes) & set(speaker.codes)), None)  # fmt: skip
        if accused is None or _BROKE_NEXT.match(s, accused.end) is None:
            continue
        issue = find_issue(s, 0, 0, ms, res)
        return Candidate(speaker.codes, "comment", accused.codes[0], issue, "asserted", 0.6, s,
                         "said-breach", m.group())  # fmt: skip
    return None


# The attribution closing a sentence (", Saudi mediators said on Thursday."), with nothing of
# the speaker's own after it (", Georgetown said, calling the seizure piracy" says more).
_SOURCE_TAIL = re.compile(r"(?:\s+(?:on|in|late|early|last|this|earlier)\b[^,;:\"“”]*)?\s*[.]?\s*$")
_AFTER_COMMA = re.compile(r",\s*(?:[\w'’-]+\s+){0,3}$")


def _source_only(
    s: str, said_end: int, speaker: Mention, ms: list[Mention], found: list[Candidate]
) -> bool:
    """Is the speaker only the source of the sentence's report: its attribution closes the
    sentence, which holds an act found, and names the speaker only as a party of those acts?"""
    return (
        _SOURCE_TAIL.match(s, said_end) is not None
        and _AFTER_COMMA.search(s, 0, speaker.start) is not None
        and any(c.action != "comment" and GROUP not in c.actors and not c.context_only
                for c in found)
        # "Caracas dismissed the statement, Venezuela's foreign minister said": named in the
        # report with no act found for it, the speaker tells its own act
        and (not any(set(x.codes) & set(speaker.codes) for x in ms
                     if x is not speaker and x.prep not in _PLACE_PREPS and not x.location)
             or any(set(speaker.codes) & {*c.actors, c.target} for c in found))
    )  # fmt: skip


_MEDIUM = re.compile(
    r"\b(?:television|TV|radio|news\s+agency|media|newspaper|daily|broadcaster|press)\b",
    re.IGNORECASE,
)
# "officials said in Addis Ababa": the place of the statement, not its speaker.
_PLACE_PREPS = frozenset({"in", "at", "from", "on", "to", "near"})

SENTENCE_SPORTS_MIN = 2


def _at_institution(m: Mention) -> bool:
    """ "met at the Mexican foreign ministry", "talks at the Turkish embassy": a state's
    institution named after "at" is where something happens, counted as a place (it still
    acts where a verb takes it as its subject)."""
    return m.kind == "agent" and m.prep == "at"


# The first \w runs of the sports words, per resources (kept with them: an id is never reused
# while its entry stands); None when a sports word starts with a non-word character.
_SPORTS_HEADS: dict[int, tuple[Resources, frozenset[str] | None]] = {}
_HEAD = re.compile(r"\w*")


def _sports_heads(res: Resources) -> frozenset[str] | None:
    kept = _SPORTS_HEADS.get(id(res))
    if kept is None:
        words = [w for w, topics in res.topic_of.items() if "sports" in topics]
        heads = [_HEAD.match(w).group() for w in words]  # type: ignore[union-attr]
        kept = _SPORTS_HEADS[id(res)] = (res, frozenset(heads) if all(heads) else None)
    return kept[1]


def _sporty(s: str, res: Resources) -> bool:
    """A sentence full of sports words ("won the race", "at the Berlin marathon")."""
    heads = _sports_heads(res)
    if heads is not None and heads.isdisjoint(word_runs(fold(s))):
        return False  # a sports hit (a whole-word match) starts at a run equal to its head
    hits = 0
    for m in res.topic_re.finditer(fold(s)):
        hits += "sports" in res.topic_of.get(m.group().lower(), ())
    return hits >= SENTENCE_SPORTS_MIN


_NOTHING = SentenceReading((), (), None)


def _read(
    s: str, ctx: Context, last: tuple[str, ...], res: Resources, *, titled: bool, lead: bool
) -> tuple[SentenceReading, int]:
    """The reading of sentence `s` (see `SentenceReader.read`), and whether `last` decided a
    placeholder in it (else it holds after any last party)."""
    trigs = list(res.trigger_re.finditer(fold(s)))
    # "vowed X would pay dearly", "declared the truce void": constructions with no trigger word
    threat = not trigs and (THREAT_HINT.search(s) is not None or declared_over(s))
    said_breach = not lead and _claims_breach(s)
    if (
        not trigs and not lead and not threat and not said_breach
    ):  # no event here: only who is mentioned (cheaper)
        codes = tuple(count_mentions(s, ctx, res, titled=titled))
        return SentenceReading(codes, (), None), LAST_UNUSED
    sctx = ctx
    if not ctx.sports and _sporty(s, res):
        sctx = dataclasses.replace(ctx, sports=True)  # "the two nations meet at the marathon"
    ms = find_mentions(s, sctx, res, titled=titled)
    codes = tuple(
        PLACE + c if m.location or _at_institution(m) else c
        for m in ms
        if m.actor and m.kind != "mediator"
        for c in m.codes
    )
    if not ms and not PLACEHOLDER_HINT.search(s) and not PARTYLESS_HINT.search(s):
        return (SentenceReading(codes, (), None) if codes else _NOTHING), LAST_UNUSED
    found: list[Candidate] = []
    used = LAST_UNUSED
    if trigs or (ms and threat):  # a threat told without a trigger word is read too
        with_placeholders, used = placeholders_using(s, ms, last, res)
        found = sentence_events(s, with_placeholders, res, trigs)
    if lead:
        statement = _lead_statement(s, ms, found, res)
    else:
        statement = _said_breach(s, ms, found, res) if said_breach else None
    real = [c for c in found if GROUP not in c.actors and not c.context_only]
    cands = (*found, statement) if statement else tuple(found)
    return SentenceReading(codes, cands, real[-1].actors if real else None), used


# A reading as kept: plain tuples of strings and numbers, which the GC stops tracking.
_Kept = tuple[tuple[str, ...], tuple[CandidateFields, ...], tuple[str, ...] | None]


class _ByLast:
    """The readings of a sentence whose pronouns fall back on the last party, by `last_key`."""

    __slots__ = ("readings", "use")

    def __init__(self, use: int) -> None:
        self.use = use
        self.readings: dict[tuple[str, ...], _Kept] = {}


_Entry = _Kept | _ByLast


_Key = tuple[int, str, bool, bool]  # context number, sentence, headline, lead
# Every kept reading, least recently used first (one bound for all contexts), and the number
# of each context seen (a small int hashes faster than a Context).
_MEMO: OrderedDict[_Key, _Entry] = OrderedDict()
_CONTEXTS: dict[tuple[int, Context], int] = {}
_NUMBERS = itertools.count()  # never reused: a reader of an older context never meets a newer one
_LOCK = threading.Lock()  # the memo is shared: its updates are whole under threads
LAST_PARTIES_KEPT = 512  # readings of one pronoun sentence after different last parties


class SentenceReader:
    """Reads the sentences of one article (context `ctx`): each recurring sentence once.

    The names and groups an article teaches and the places it names as cities matter to a
    sentence only when it holds them: a sentence is kept under the context narrowed to those
    it holds, so boilerplate is shared by articles that taught different names."""

    def __init__(self, ctx: Context, res: Resources) -> None:
        self.ctx, self.res = ctx, res
        self._narrow = bool(ctx.names or ctx.local_places or ctx.groups)
        if self._narrow:  # the context of the sentences that hold none of its names
            self._bare = Context(
                ctx.us_context, ctx.common_context, ctx.sports, ctx.frame, renamed=ctx.renamed
            )
            self._number = self._context_number(self._bare)
        else:
            self._bare, self._number = ctx, self._context_number(ctx)

    def _context_number(self, ctx: Context) -> int:
        key = (id(self.res), ctx)
        number = _CONTEXTS.get(key)
        if number is None:
            if len(_CONTEXTS) >= MEMO_CONTEXTS:
                forget_readings()  # the contexts of many articles: start afresh
            with _LOCK:
                number = _CONTEXTS.setdefault(key, next(_NUMBERS))
        return number

    def _narrowed(self, s: str) -> tuple[Context, int]:
        """The context with only the learned names, groups and local places that `s` holds,
        and its number."""
        ctx = self.ctx
        names = tuple(n for n in ctx.names if n[0] in s)
        groups = tuple(g for g in ctx.groups if g[0] in s)
        places = frozenset(p for p in ctx.local_places if p in s)
        if not names and not places and not groups:
            return self._bare, self._number
        narrowed = Context(
            ctx.us_context, ctx.common_context, ctx.sports, ctx.frame, places, names, groups,
            ctx.renamed,
        )  # fmt: skip
        return narrowed, self._context_number(narrowed)

    def read(self, s: str, last: tuple[str, ...], *, titled: bool, lead: bool) -> SentenceReading:
        """Sentence `s` (`titled`: the headline; `lead`: the article's lead) read after `last`,
        the last acting party of the article before it. The candidates are the caller's own
        (fresh copies)."""
        if len(s) > MEMO_SENTENCE_CHARS:
            return _read(s, self.ctx, last, self.res, titled=titled, lead=lead)[0]
        ctx, number = self._bare, self._number
        if self._narrow:
            ctx, number = self._narrowed(s)
        key = (number, s, titled, lead)
        entry = _MEMO.get(key)  # one C call (its key hashes and compares in C): whole under the GIL
        if entry is not None:
            try:  # noqa: SIM105 -- not contextlib.suppress: a context manager per hit costs more
                _MEMO.move_to_end(key)
            except KeyError:  # dropped by another thread in between: still a good reading
                pass
        if entry is None:  # read it: its own candidates go out, their fields are kept
            reading, kept, use = self._read(s, ctx, last, titled, lead)
            if use != LAST_UNUSED:
                entry = _ByLast(use)
                entry.readings[last_key(use, last)] = kept
            with _LOCK:
                _MEMO[key] = kept if entry is None else entry
                if len(_MEMO) > MEMO_SIZE:
                    _MEMO.popitem(last=False)
            return reading
        if isinstance(entry, _ByLast):  # a pronoun stands for the last party: one per party
            which = last_key(entry.use, last)
            found = entry.readings.get(which)
            if found is None:
                reading, found, _ = self._read(s, ctx, last, titled, lead)
                with _LOCK:
                    if len(entry.readings) >= LAST_PARTIES_KEPT:
                        entry.readings.clear()
                    entry.readings[which] = found
                return reading
            entry = found
        codes, cands, party = entry
        if not cands:
            return SentenceReading(codes, (), party)
        return SentenceReading(codes, tuple(map(Candidate.from_fields, cands)), party)

    def _read(
        self, s: str, ctx: Context, last: tuple[str, ...], titled: bool, lead: bool
    ) -> tuple[SentenceReading, _Kept, int]:
        """The reading of `s`, what of it is kept, and how much it used `last`."""
        found, use = _read(s, ctx, last, self.res, titled=titled, lead=lead)
        return found, (found.codes, tuple(c.fields() for c in found.cands), found.last), use


def forget_readings() -> None:
    """Drop every kept reading (the next occurrence of each sentence is read afresh)."""
    with _LOCK:
        _MEMO.clear()
        _CONTEXTS.clear()
