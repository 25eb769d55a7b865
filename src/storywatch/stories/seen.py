"""Near-duplicates across stories: a copy changes nothing, in whichever story it lands.

A story remembers the fingerprints of its own recent articles (machine.py), which is
enough while a syndicated copy is classified like its original. A copy whose small
edits change what the classifier finds (another issue, another counterpart, one more
event) routes to a story its original never reached, where no fingerprint knows it,
and could move a party there. `SeenIndex` remembers the fingerprints of the last
`capacity` articles across all stories, noted as they arrive (`add`, whatever their
routes, so even a copy of an article that went nowhere is known). As a driver applies
each story item, `mark_copy` asks whether its article is a near-duplicate of one
published before it (in the (published_at, id) order EventClock applies items in, so
arrival order within the reorder window does not matter) and marks it
``duplicate_of`` that one: the state machine counts a marked item nowhere, so a copy can
never cause a change its original did not. Whichever is published first is the original,
except for a late article: one published more than the reorder window (`late_s`) before
the newest article noted ahead of it. The articles noted before it were applied before it
(the clock releases a late item at once), so a late near-duplicate of any of them, older
date or not, is their copy ("a copy arriving a day late with an older date").
A copy also names about the same parties as its original and keeps most words of its
headline (`_alike`): template text about other parties, or the next article of the same
thread with the same background paragraphs, is not a copy.

The text is compared on all NUM_PERM (128) fingerprint values: template text of another
thread shares half its shingles with an article (the estimate's standard error is 0.044
there), a copy that lost a paragraph to the copy desk still keeps 0.56 or more.

Within one story, its state keeps the fingerprints of its last few articles
(`in_story`, `remember`): that also catches a copy in a driver without the index.

Pure and bounded: no clock, no I/O; memory is `capacity` fingerprints (NUM_PERM bytes
each), times, ids and marks: about 1.25 KB an article, most of it the marks' sets (`nbytes`,
which tracemalloc confirms: 5.1 MB at the default 4096, 0.5 MB of it fingerprints; 18 bytes
an article the sketches of the marks, which rule out most candidates before any set or
fingerprint is compared), plus one scratch byte per fingerprint value for the comparison
(0.5 MB, allocated once). A copy is looked for among articles published up to `window_s`
before it.
"""

from __future__ import annotations

import functools
import re
import sys
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from storywatch.models import Classified
from storywatch.stories import dedup
from storywatch.stories.model import StoryConfig, StoryItem, StoryState, epoch

__all__ = ["SeenIndex", "in_story", "mark_copy", "remember"]

DEFAULT_CAPACITY = 4096
DEFAULT_WINDOW_S = 48 * 3600.0
# On all 128 values (dedup.similarity, standard error 0.044 at 0.5): copies with small
# edits score 0.56-1.0 (0.56 when the copy desk cut a paragraph), template text of other
# threads up to 0.8 (a generated corpus), which only the marks (`_Marks.alike`) tell from
# copies. (On 16 values the index needed 0.6 and still erred once in a hundred copies.)
COPY_THRESHOLD = 0.4
# A late article this similar to one applied before it is its copy under any headline.
LATE_REWRITE_THRESHOLD = 0.7
_PARTIES = 0.5  # Jaccard of the parties of two copies, at least (give or take one)
_HEADLINE = 0.8  # Jaccard of their headline words, at least (a word added or dropped)
# Candidates whose marks are compared, at most: template text makes hundreds of articles
# similar enough; a copy's original and its other copies score above them.
MAX_TRIED = 64
_WORD = re.compile(r"\w+")


@dataclass
class SeenIndex:
    """The last `capacity` original articles: fingerprints, times and ids (a ring)."""

    capacity: int = DEFAULT_CAPACITY
    window_s: float = DEFAULT_WINDOW_S  # a copy is published within this of its original
    late_s: float = 0.0  # the reorder window: an article older than the newest by more is late
    _fps: npt.NDArray[np.uint8] = field(init=False, repr=False)
    _same: npt.NDArray[np.bool_] = field(init=False, repr=False)
    _has_fp: npt.NDArray[np.bool_] = field(init=False, repr=False)
    _times: npt.NDArray[np.int64] = field(init=False, repr=False)
    _seqs: npt.NDArray[np.int64] = field(init=False, repr=False)  # arrival order
    _late: npt.NDArray[np.bool_] = field(init=False, repr=False)
    _newest: float = field(init=False, default=float("-inf"))
    _ids: list[str] = field(init=False, repr=False)
    _marks: list[_Marks] = field(init=False, repr=False)
    # Per slot, its marks' sketch (`_Marks.sketch`): sizes (at most _BIG), then word bits;
    # row 0 the headline's, row 1 the parties'.
    _sizes: npt.NDArray[np.uint8] = field(init=False, repr=False)
    _bits: npt.NDArray[np.uint64] = field(init=False, repr=False)
    _slot_of: dict[str, int] = field(init=False, repr=False, default_factory=dict)
    _count: int = field(init=False, default=0)
    # The last answer of original_of: an article's story items are applied one after the
    # other, and all of them get the same answer.
    _last: tuple[str, str | None] = field(init=False, default=("", None))

    def __post_init__(self) -> None:
        if self.capacity < 1:
            raise ValueError("capacity must be >= 1")
        # One row per fingerprint position: comparing a position is one contiguous pass.
        self._fps = np.zeros((dedup.NUM_PERM, self.capacity), dtype=np.uint8)
        self._same = np.zeros((dedup.NUM_PERM, self.capacity), dtype=np.bool_)  # scratch
        self._has_fp = np.zeros(self.capacity, dtype=np.bool_)
        self._times = np.zeros(self.capacity, dtype=np.int64)
        self._seqs = np.zeros(self.capacity, dtype=np.int64)
        self._late = np.zeros(self.capacity, dtype=np.bool_)
        self._ids = [""] * self.capacity
        self._marks = [_Marks.of(None)] * self.capacity
        self._sizes = np.zeros((2, self.capacity), dtype=np.uint8)
        self._bits = np.zeros((2, self.capacity), dtype=np.uint64)

    def __len__(self) -> int:
        return min(self._count, self.capacity)

    @property
    def nbytes(self) -> int:
        """Bytes the index holds: its arrays, lists and id map, and every object its slots
        refer to (ids, marks, their sets and words), each counted once."""
        held = [*self._ids, *(o for m in self._marks for o in m.objects())]
        objects = sum(map(sys.getsizeof, {id(o): o for o in held}.values()))
        arrays = sum(
            a.nbytes
            for a in (
                *(self._fps, self._same, self._has_fp, self._times, self._seqs, self._late),
                *(self._sizes, self._bits),
            )
        )
        lists = sum(map(sys.getsizeof, (self._ids, self._marks, self._slot_of)))
        return arrays + lists + objects

    def add(self, c: Classified) -> None:
        """Remember an article (once per id), so that its later copies are recognised."""
        if c.id in self._slot_of:
            return
        slot = self._count % self.capacity
        if self._slot_of.get(self._ids[slot]) == slot:
            del self._slot_of[self._ids[slot]]
        self._has_fp[slot] = self._valid(c.fingerprint)
        self._fps[:, slot] = c.fingerprint if self._has_fp[slot] else 0
        t = epoch(c.published_at)
        self._times[slot] = t
        self._seqs[slot] = self._count
        self._late[slot] = t < self._newest - self.late_s
        self._newest = max(self._newest, t)
        self._ids[slot] = c.id
        self._marks[slot] = _Marks.of(c)
        sizes, bits = self._marks[slot].sketch()
        self._sizes[:, slot], self._bits[:, slot] = [min(k, _BIG) for k in sizes], bits
        self._slot_of[c.id] = slot
        self._count += 1
        self._last = ("", None)  # an answer given before this article was kept may change

    def original_of(self, c: Classified) -> str | None:
        """The id of a remembered article published before `c` (within the window) that `c`
        is a near-duplicate of; None when `c` is an original. "Before" is the order items
        are applied in: (published_at, article id)."""
        if c.id == self._last[0]:
            return self._last[1]
        slot = self._closest(c) if self._valid(c.fingerprint) and len(self) else None
        self._last = (c.id, None if slot is None else self._ids[slot])
        return self._last[1]

    @staticmethod
    def _valid(fp: Sequence[int]) -> bool:
        return len(fp) == dedup.NUM_PERM

    def _earlier(self, c: Classified, near: npt.NDArray[np.bool_]) -> npt.NDArray[np.intp]:
        """The slots marked in `near` (one flag per slot in use) that hold an article
        applied before `c`, within the window, in slot order."""
        t = epoch(c.published_at)
        times = self._times[: len(near)]
        before = times <= t
        slot = self._slot_of.get(c.id)
        if slot is not None:
            ahead = self._seqs[: len(near)] < self._seqs[slot]
            late = self._late[: len(near)]
            before &= ahead | ~late  # a late article noted after it was applied after it
            if self._late[slot]:  # what was noted before it was applied before it, any date
                before |= ahead & (times <= t + self.window_s)
        keep = near & self._has_fp[: len(near)] & before & (times >= t - self.window_s)
        for i in np.flatnonzero(keep & (times == t)):  # the same second: the id decides
            keep[i] = self._ids[i] < c.id
        return np.flatnonzero(keep)

    def _agreeing(self, fp: Sequence[int]) -> npt.NDArray[np.uint8]:
        """How many fingerprint values each slot in use shares with `fp`."""
        n, query = len(self), np.asarray(fp, dtype=np.uint8)[:, None]
        # The bools viewed as bytes: summed without a cast (at most NUM_PERM fits a byte).
        same = np.equal(self._fps[:, :n], query, out=self._same[:, :n])  # no new 512 KB array
        agree: npt.NDArray[np.uint8] = np.add.reduce(same.view(np.uint8), axis=0, dtype=np.uint8)
        return agree

    def _closest(self, c: Classified) -> int | None:
        """The slot of the most similar earlier article that `c` copies, if any.

        Similar enough means dedup.similarity (the one the stories use) at least
        COPY_THRESHOLD, about the same parties and headline (`_alike`). The similarity
        grows with the number of agreeing values, so only slots with enough of them are
        candidates, tried best first.
        """
        n, own = len(self), self._slot_of.get(c.id)  # its own marks, kept by `add`
        mine = self._marks[own] if own is not None else _Marks.of(c)
        # A late article nearly the same as one applied before it is a copy under any
        # headline (the next article of a thread is dated after, not before, what it repeats).
        late = own is not None and bool(self._late[own])
        strong = _min_agreeing(LATE_REWRITE_THRESHOLD) if late else dedup.NUM_PERM + 1
        # Template text makes much of the index similar, and nearly none of it alike: the
        # marks' sketches rule those out at once (`_unlike`, whose headlines' part needs the
        # fingerprints only for a late article). When none is left (itself aside), neither
        # fingerprints nor ranks matter; else the others are tried as before.
        agree = self._agreeing(c.fingerprint) if late else None
        rewritten = None if agree is None else agree >= strong
        maybe = ~_unlike(mine, self._sizes[:, :n], self._bits[:, :n], rewritten)
        if own is not None:
            maybe[own] = False
        if not maybe.any():
            return None
        if agree is None:
            agree = self._agreeing(c.fingerprint)
        near = agree >= _min_agreeing()
        candidates = self._earlier(c, near)
        # dedup.similarity grows with the number of agreeing values, so every candidate (at
        # least _min_agreeing of them) is similar enough: only the marks decide, best first,
        # among the MAX_TRIED most similar (an original and its other copies lead).
        best = np.argsort(-agree[candidates].astype(np.int16), kind="stable")[:MAX_TRIED]
        tried = candidates[best]
        marks = self._marks
        for slot in tried[maybe[tried]].tolist():  # plain ints: list indexing without numpy scalars
            if mine.alike(marks[slot], rewritten=int(agree[slot]) >= strong):
                return int(slot)
        return None


def _unlike(
    mine: _Marks,
    sizes: npt.NDArray[np.uint8],
    bits: npt.NDArray[np.uint64],
    rewritten: npt.NDArray[np.bool_] | None = None,
) -> npt.NDArray[np.bool_]:
    """For each slot of `sizes` and `bits` (sketches), True when its marks are surely not
    `alike` to `mine`: more of their words differ (at least the bits that differ, by
    `_Marks.sketch`) than `alike` allows of the parties, or of the headlines (both there,
    the slot not `rewritten`). A False is no answer (`alike` decides): no result changes."""
    (heads, parties), (head_bits, party_bits) = mine.sketch()
    differ = np.bitwise_count(bits[1] ^ np.uint64(party_bits))
    unlike: npt.NDArray[np.bool_] = differ > _limits(1, parties).take(sizes[1])
    if heads:  # alike skips the headlines unless both have one
        limits = _limits(0, heads)
        limits[0] = _NO_LIMIT  # a slot without a headline
        low = np.bitwise_count(bits[0] ^ np.uint64(head_bits)) > limits.take(sizes[0])
        unlike |= low if rewritten is None else low & ~rewritten
    return unlike


def _limits(row: int, mine: int) -> npt.NDArray[np.int16]:
    """By the size of another set (up to _BIG, which stands for any larger), the most
    words that can differ between it and one of size `mine` (row 0: headlines, 1: parties)
    while `_overlap` holds."""
    start = min(mine, _BIG + 1)
    return _MOST_DIFFERING[row, start : start + _BIG + 1].copy()


@functools.cache
def _min_agreeing(threshold: float = COPY_THRESHOLD) -> int:
    """The fewest agreeing fingerprint values that dedup.similarity can call similar."""
    ones = (1,) * dedup.NUM_PERM
    for k in range(dedup.NUM_PERM + 1):
        other = (1,) * k + (2,) * (dedup.NUM_PERM - k)
        if dedup.similarity(ones, other) >= threshold:
            return k
    return dedup.NUM_PERM + 1


@dataclass(frozen=True)
class _Marks:
    """What besides the text a copy keeps of its original: the parties it names (its
    entities) and the words of its headline ("UPDATE 1-" and the like aside)."""

    parties: frozenset[str]
    headline: frozenset[str]

    @classmethod
    def of(cls, c: Classified | None) -> _Marks:
        if c is None:
            return cls(frozenset(), frozenset())
        words = {w for w in _WORD.findall(c.title.lower()) if not w.isdigit()} - {"update"}
        # Interned: headline words repeat across articles, the index keeps each once.
        return cls(frozenset(map(sys.intern, c.entities)), frozenset(map(sys.intern, words)))

    def sketch(self) -> tuple[tuple[int, int], tuple[int, int]]:
        """The sizes of the headline and of the parties, then their word bits (one bit of
        64 per word, `_bits`): what `_unlike` bounds their Jaccard with.

        A bit set in the bits of one set and not the other's comes from a word of that set
        only, so the bits that differ are at most the words that differ (d), whatever the
        words collide on; with sizes la and lb the Jaccard is (la + lb - d) / (la + lb + d),
        which falls as d grows.
        """
        h, p = self.headline, self.parties
        return (len(h), len(p)), (_bits(h), _bits(p))

    def objects(self) -> list[object]:
        """What a mark holds (for SeenIndex.nbytes)."""
        return [self, self.parties, self.headline, *self.parties, *self.headline]

    def alike(self, other: _Marks, *, rewritten: bool = False) -> bool:
        """Wire and template text (an outlet's boilerplate background, a generated corpus)
        make other articles of a thread, and of other threads, look alike; a copy with small
        edits names the same parties, give or take one, and keeps its headline, give or take
        a word. A word replaced is another article: in template text it is a party, a place,
        a day or the issue ("Britain and Eritrea hold talks in Vienna" is not a copy of
        "Algeria and Eritrea hold talks in Vienna")."""
        a, b = self.headline, other.headline
        # a record without its headline (an index rebuilt from rows) is judged without it;
        # `rewritten`: a late copy nearly the same, whose outlet wrote its own headline
        if a and b and not rewritten and not _overlap(a, b, _HEADLINE):
            return False
        return _overlap(self.parties, other.parties, _PARTIES)


def _bits(words: frozenset[str]) -> int:
    """One bit of 64 per word, chosen by its CRC-32 (not `hash`, salted per process: a
    sketch means the same in every process)."""
    out = 0
    for w in words:
        out |= 1 << (zlib.crc32(w.encode()) & 63)
    return out


def _overlap(a: frozenset[str], b: frozenset[str], at_least: float) -> bool:
    """Jaccard of a and b at least `at_least` (two empty sets are alike)."""
    la, lb = len(a), len(b)
    if not (la or lb):
        return True
    if (la if la < lb else lb) / (lb if la < lb else la) < at_least:
        return False  # too different in size to share enough (the common case: no set op)
    return _enough(len(a & b), la + lb, at_least)


def _enough(shared: int, sizes: int, at_least: float) -> bool:
    """Jaccard at least `at_least` of two sets that share `shared` and whose sizes sum to
    `sizes` (not both empty)."""
    return shared / (sizes - shared) >= at_least


def _most_differing(at_least: float) -> npt.NDArray[np.int16]:
    """By the sum of two sets' sizes, the most words that can differ between them (in one
    and not the other) while `_overlap` holds: those that differ share the sum's parity, and
    the Jaccard falls as more differ. No limit from _BIG on (a size that large is kept as
    _BIG), nor for two empty sets."""
    out = np.full(2 * _BIG + 2, _NO_LIMIT, dtype=np.int16)
    for total in range(1, _BIG):
        ok = [
            d for d in range(total % 2, total + 1, 2) if _enough((total - d) // 2, total, at_least)
        ]
        out[total] = max(ok, default=-1)
    return out


# By the sum of the sizes of two marks' headlines (row 0) and of their parties (row 1): how
# many of their words can differ while they are alike (`_unlike`).
_BIG = 255  # sizes kept in a byte
_NO_LIMIT = 64 + 1  # more than the bits of a sketch
_MOST_DIFFERING = np.stack([_most_differing(_HEADLINE), _most_differing(_PARTIES)])


def mark_copy(item: StoryItem, seen: SeenIndex) -> StoryItem:
    """The item, marked ``duplicate_of`` its original when its article is a near-duplicate
    of one published before it in `seen` (its article is remembered too)."""
    seen.add(item.article)
    original = seen.original_of(item.article)
    return item if original is None else item.model_copy(update={"duplicate_of": original})


# --- within one story: the fingerprints its state keeps ---------------------------------


def _id_hash(article_id: str) -> str:
    return f"{zlib.crc32(article_id.encode()) & 0xFFFFFF:06x}"


def _entry(item: StoryItem) -> str:
    """What the story remembers of an article: its fingerprint, or "#" + an id hash."""
    fp = dedup.story_part(item.article.fingerprint)
    return dedup.to_hex(fp) if fp else "#" + _id_hash(item.article.id)


def in_story(state: StoryState, item: StoryItem) -> bool:
    """The item's article (or a near-duplicate of it) is among the story's recent ones."""
    mine, fp = _entry(item), dedup.story_part(item.article.fingerprint)
    for entry in state.fingerprints:
        if entry == mine:
            return True
        if fp and dedup.similarity(fp, dedup.from_hex(entry)) >= dedup.THRESHOLD:
            return True
    return False


def remember(state: StoryState, item: StoryItem, config: StoryConfig) -> None:
    """Keep the item's fingerprint in the story (the last `max_fingerprints`; mutates)."""
    state.fingerprints = [*state.fingerprints, _entry(item)][-config.max_fingerprints :]
