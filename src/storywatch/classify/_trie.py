"""Compile a word list into one trie-shaped regular expression, and find its matches fast.

A flat alternation of thousands of aliases makes the regex engine try every alternative at every
position; a trie-shaped pattern shares prefixes, so the C engine rejects most positions on the
first character. Still, the engine visits every character of the text, for every list.

`TrieMatcher` gives the same matches with far less work: a match of a word can only start where
the text's word run (maximal run of \\w characters) equals the word's first run (its "head": the
whole word, or what comes before its first space, hyphen or dot). The word runs of a string are
computed once (one C pass for ASCII text) and cached, a set intersection tells which heads occur,
`str.find` locates them, and the compiled pattern is tried only there. The results are those of
the compiled pattern, match objects included.
"""

from __future__ import annotations

import functools
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator

__all__ = ["TrieMatcher", "fold", "share_scan", "trie_regex", "word_runs"]

_END = ""
_Trie = dict[str, "_Trie"]
_RUN = re.compile(r"\w+")
_HEAD = re.compile(r"\w*")
# Every ASCII byte that is not \w becomes a space, so bytes.split() yields the \w runs.
_ASCII_NON_WORD = bytes(i if i >= 128 or re.match(rb"\w", bytes([i])) else 32 for i in range(256))
# Every ASCII word byte becomes "a", every other ASCII byte a space (run starts: " a").
_ASCII_RUN_MARK = bytes(
    i if i >= 128 else (97 if re.match(rb"\w", bytes([i])) else 32) for i in range(256)
)
# Windows shorter than this go straight to the compiled pattern (cheaper than a token pass).
_SHORT = 48
# Windows shorter than this (and than half their text) of a text longer than _SENTENCE read
# their own words, not the text's.
_WINDOW = 240
_SENTENCE = 480


def _insert(trie: _Trie, word: str) -> None:
    node = trie
    for ch in word:
        node = node.setdefault(ch, {})
    node[_END] = {}


def _pattern(node: _Trie) -> str:
    ends = _END in node
    branches = [re.escape(ch) + _pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?"
    return body


def _compile(keys: Iterable[str]) -> re.Pattern[str]:
    trie: _Trie = {}
    for w in keys:
        _insert(trie, w)
    body = _pattern(trie) or "(?!)"
    return re.compile(r"(?<![\w])(?:" + body + r")(?!\w)")


def trie_regex(words: Iterable[str], *, ignore_case: bool = False) -> re.Pattern[str]:
    """A pattern matching any of `words` as whole words, preferring the longest (greedy trie).

    With ignore_case the pattern matches lower-cased text: apply it to `text.fold(s)`."""
    # ignore_case: the words are lower-cased and the pattern is case-sensitive; callers match it
    # against text.fold(s) (same length, ASCII letters lowered), ~4x faster than re.IGNORECASE.
    return _compile(w.lower() if ignore_case else w for w in words if w)


@functools.lru_cache(maxsize=2048)
def word_runs(s: str) -> frozenset[str]:
    """The set of maximal \\w runs of `s` (computed once per string)."""
    if s.isascii():
        return frozenset(_ascii_runs(s))
    return _runs(s)


@functools.lru_cache(maxsize=8)
def _ascii_runs(s: str) -> list[str]:
    """The maximal \\w runs of ASCII `s` in order (one C pass; shared with `tally`)."""
    return _ascii_spaced(s).split()


@functools.lru_cache(maxsize=8)
def _ascii_spaced(s: str) -> str:
    """ASCII `s` with every character that is not \\w as a space (same positions)."""
    return s.encode("ascii").translate(_ASCII_NON_WORD).decode("ascii")


def _runs(s: str) -> frozenset[str]:
    """The set of maximal \\w runs of `s` (of a window: its first and last may be cut)."""
    if s.isascii():
        return frozenset(s.encode("ascii").translate(_ASCII_NON_WORD).decode("ascii").split())
    return frozenset(_RUN.findall(s))


@functools.lru_cache(maxsize=512)
def fold(s: str) -> str:
    """Lower-case ASCII letters only, so every position stays where it was in `s`."""
    if s.isascii():
        return s.lower()
    return s.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # exactly the \w of str patterns


def _run_at_end(s: str, pos: int, endpos: int) -> str:
    """The word run cut by `endpos` (it is a whole run in the truncated string), else ""."""
    if endpos >= len(s) or endpos <= pos or not _is_word(s[endpos]):
        return ""
    start = endpos
    while start > pos and _is_word(s[start - 1]):
        start -= 1
    return s[start:endpos]


def _window_runs(s: str, pos: int, endpos: int) -> frozenset[str]:
    """The runs a match in s[pos:endpos] can be made of (a superset): of a sentence, its runs
    (cached: its scans read them already); of a long text, the window's own."""
    if endpos - pos < _WINDOW and 2 * (endpos - pos) < len(s) and len(s) > _SENTENCE:
        return _runs(s[pos:endpos])  # a window of a long text: only its own words
    runs = word_runs(s)
    if endpos < len(s):
        cut = _run_at_end(s, pos, endpos)
        runs = runs | {cut} if cut else runs
    return runs


def _run_starts(spaced: str, words: Iterable[str]) -> list[int]:
    """Where each of `words` (whole \\w runs) stands as a whole run of a text, given the text
    with its non-word characters as spaces: " word " in it, padded (no hit inside a word,
    however short the word: "re" of "re-elected" is not looked for in "are" and "there")."""
    padded = " " + spaced + " "
    out: list[int] = []
    for w in words:
        needle = " " + w + " "
        i = padded.find(needle)
        while i >= 0:
            out.append(i)  # the padding shifts by one: the space before the run is at its start
            i = padded.find(needle, i + len(needle) - 1)
    return out


@functools.lru_cache(maxsize=8)
def _ascii_padded(s: str) -> str:
    """ASCII `s` with every character that is not \\w as a space, between two spaces: a run
    `h` stands at i of `s` exactly where " h " stands at i of it."""
    return " " + _ascii_spaced(s) + " "


def _padded_starts(padded: str, h: str) -> list[int]:
    """Where run `h` stands as a whole run of a text, given `_ascii_padded` of the text."""
    out: list[int] = []
    needle = " " + h + " "
    step = len(needle) - 1
    i = padded.find(needle)
    while i >= 0:
        out.append(i)
        i = padded.find(needle, i + step)
    return out


def _boundary_starts(s: str, h: str, pos: int, endpos: int) -> list[int]:
    """Where run `h` stands as a whole run of s[pos:endpos] (bounded by endpos on the right)."""
    out: list[int] = []
    n = len(h)
    i = s.find(h, pos, endpos)
    while i >= 0:
        j = i + n
        if (i == 0 or not ((c := s[i - 1]).isalnum() or c == "_")) and (
            j >= endpos or not ((c := s[j]).isalnum() or c == "_")
        ):
            out.append(i)
        i = s.find(h, j, endpos)
    return out


class _ScanState:
    """What the matchers sharing a scan learnt of one string: its runs, its padded form (ASCII),
    the whole-run starts of each head looked up so far, and each matcher's starts once asked."""

    __slots__ = ("found", "out", "padded", "runs")

    def __init__(self, s: str, n: int) -> None:
        self.runs: frozenset[str] | None = None  # (a superset of) its runs, once needed
        # ASCII text: " h " in the padded text finds only whole runs (no hit inside a word)
        self.padded = _ascii_padded(s) if s.isascii() else None
        self.found: dict[str, list[int]] = {}
        self.out: list[list[int] | None] = [None] * n


class _SharedScan:
    """The head runs of several matchers looked up once per whole string: the lists that read
    every sentence (names, triggers, topics, group nouns, pronouns) share the `str.find` of
    their common heads. Each matcher's starts are found when it first reads the string (the
    names list reads whole articles that no trigger list reads)."""

    def __init__(self, matchers: list[TrieMatcher]) -> None:
        self._matchers = matchers
        self._state = functools.lru_cache(maxsize=64)(self._new_state)

    def _new_state(self, s: str) -> _ScanState:
        return _ScanState(s, len(self._matchers))

    def starts(self, s: str, k: int, runs: frozenset[str] | None = None) -> list[int]:
        """The sorted run starts of `s` where matcher `k`'s pattern is worth trying (`runs`:
        a superset of the runs of `s` known to the caller, else they are computed)."""
        st = self._state(s)
        got = st.out[k]
        if got is not None:
            return got
        if st.runs is None:
            st.runs = word_runs(s) if runs is None else runs
        m = self._matchers[k]
        runs, padded, found, seconds = st.runs, st.padded, st.found, m._seconds
        out: list[int] = []
        for h in m._heads.intersection(runs):
            second = seconds.get(h)
            if second is not None and second.isdisjoint(runs):
                continue
            hits = found.get(h)
            if hits is None:
                hits = found[h] = (
                    _boundary_starts(s, h, 0, len(s))
                    if padded is None
                    else _padded_starts(padded, h)
                )
            out += hits
        if len(out) > 1:
            out.sort()
        st.out[k] = out
        return out


def share_scan(matchers: list[TrieMatcher]) -> None:
    """Let `matchers` (without words that start with a non-word character) look their heads
    up together when they read a whole string."""
    scan = _SharedScan([m for m in matchers if not m._odd])
    for k, m in enumerate(scan._matchers):
        m._shared = (scan, k)


class TrieMatcher:
    """The compiled trie pattern of a word list with a fast `finditer` and `search` (same
    results); `match`, `fullmatch` and `sub` are the pattern's own."""

    def __init__(
        self, words: Iterable[str], *, ignore_case: bool = False, fold_text: bool = False
    ) -> None:
        """`fold_text`: a case-sensitive list looks its words up in `fold(text)` (whose runs
        the ignore_case lists of the same sentence have cached already), and matches `text`."""
        keys = sorted({w.lower() if ignore_case else w for w in words if w})
        self.regex = _compile(keys)
        self.pattern = self.regex.pattern
        self._fold = fold_text
        folded = [fold(k) if fold_text else k for k in keys]
        pieces = [_RUN.findall(k) if _HEAD.match(k).group() else [] for k in folded]  # type: ignore[union-attr]
        self._heads = frozenset(p[0] for p in pieces if p)
        # A head whose words all have a second run ("the parties", "the two sides") is worth
        # looking for only when one of those second runs occurs in the text too.
        seconds: dict[str, set[str] | None] = {}
        for p in pieces:
            if p:
                seen = seconds.setdefault(p[0], set())
                seconds[p[0]] = None if seen is None or len(p) == 1 else seen | {p[1]}
        self._seconds = {h: frozenset(v) for h, v in seconds.items() if v is not None}
        # Words that start with a non-word character: any occurrence of that character.
        self._odd = frozenset(k[0] for k in folded if not _HEAD.match(k).group())  # type: ignore[union-attr]
        # Words that are one whole run ("talks"), and the heads of the other words ("cease-fire",
        # "world cup", "inc."): a text none of whose runs is such a head matches run by run.
        self._plain = frozenset(k for k, p in zip(folded, pieces, strict=True) if p == [k])
        self._compound_heads = frozenset(
            p[0] for k, p in zip(folded, pieces, strict=True) if p and p != [k]
        )
        self._shared: tuple[_SharedScan, int] | None = None  # see share_scan
        self.match: Callable[..., re.Match[str] | None] = self.regex.match
        self.fullmatch: Callable[..., re.Match[str] | None] = self.regex.fullmatch
        self.sub: Callable[..., str] = self.regex.sub

    def _matches(
        self,
        text: str,
        pos: int,
        endpos: int,
        *,
        first: bool = False,
        runs: frozenset[str] | None = None,
    ) -> list[re.Match[str]]:
        """The pattern's matches in text[pos:endpos] (only the first with `first`), tried only
        where a head run starts; the runs are looked for in `s` (`text` or its fold). `runs`:
        a superset of the runs of the whole `s`, when the caller knows one (each head found
        in it is still looked for as a whole run of `s`)."""
        s = fold(text) if self._fold else text
        if self._shared is not None and pos == 0 and endpos == len(s):
            scan, k = self._shared
            return self._try(text, scan.starts(s, k, runs), pos, endpos, first)
        if pos == 0 and endpos == len(s):
            runs = word_runs(s) if runs is None else runs
        else:
            runs = _window_runs(s, pos, endpos)
        present = self._heads.intersection(runs)
        if not present and not self._odd:
            return []
        starts: list[int] = []
        seconds = self._seconds
        whole = pos == 0 and endpos == len(s) and s.isascii()
        padded = _ascii_padded(s) if whole else ""
        for h in present:
            second = seconds.get(h)
            if second is not None and second.isdisjoint(runs):
                continue
            starts += _padded_starts(padded, h) if whole else _boundary_starts(s, h, pos, endpos)
        for ch in self._odd:  # words that start with a non-word character
            i = s.find(ch, pos, endpos)
            while i >= 0:
                starts.append(i)
                i = s.find(ch, i + 1, endpos)
        if len(starts) > 1:
            starts.sort()
        return self._try(text, starts, pos, endpos, first)

    def _try(
        self, text: str, starts: list[int], pos: int, endpos: int, first: bool
    ) -> list[re.Match[str]]:
        """The pattern's matches at `starts` (sorted), left to right, without overlaps."""
        out: list[re.Match[str]] = []
        last = pos
        match = self.regex.match
        for i in starts:
            if i >= last:
                m = match(text, i, endpos)
                if m is not None:
                    if first:
                        return [m]
                    last = m.end()
                    out.append(m)
        return out

    def tally(self, s: str) -> list[tuple[str, int]]:
        """`Counter(m.group() for m in self.finditer(s))` as (word, count) pairs in order of
        first match."""
        if s.isascii() and not self._odd and not self._fold:
            return self._tally_runs(s)
        found = self._matches(s, 0, len(s))
        return list(Counter(m.group() for m in found).items())

    def _tally_runs(self, s: str) -> list[tuple[str, int]]:
        """`tally` of ASCII text from its list of runs: a plain word matches a whole run; the
        pattern is tried only where a run is the head of another word (index -> match, runs)."""
        runs = _ascii_runs(s)
        plain = self._plain
        present = self._compound_heads.intersection(
            word_runs(s)
        )  # cached: context switches read it
        if not present:
            return list(Counter(filter(plain.__contains__, runs)).items())
        # " " + the text with every word character as "a": a run starts at k where " a" stands
        # at k of it, so the runs starting in s[a:b] are counted by one str.count.
        marked = " " + s.encode("ascii").translate(_ASCII_RUN_MARK).decode("ascii")
        seq: list[str] = []
        last = done = 0  # end of the last match; runs before it already in `seq`
        at, index = 0, 0  # a position at a run start (or 0), and the index of that run
        for i in sorted(_run_starts(_ascii_spaced(s), present)):
            if i < last:
                continue
            m = self.regex.match(s, i)
            if m is None:
                continue
            index += marked.count(" a", at, i + 1)  # runs before the match (it starts a run)
            seq.extend(filter(plain.__contains__, runs[done:index]))
            seq.append(m.group())
            at, last = i, m.end()
            done = index + marked.count(" a", i, last + 1)  # the match ends a run
        seq.extend(filter(plain.__contains__, runs[done:]))
        return list(Counter(seq).items())

    def finditer(
        self,
        s: str,
        pos: int = 0,
        endpos: int = sys.maxsize,
        *,
        runs: frozenset[str] | None = None,
    ) -> Iterator[re.Match[str]]:
        """The matches of the pattern in s[pos:endpos], as `re.Pattern.finditer` gives them.
        `runs`: a superset of the \\w runs of the whole `s` (of `fold(s)` for a `fold_text`
        list), when the caller has one: they are not computed again."""
        endpos = min(endpos, len(s))
        pos = max(pos, 0)
        if endpos - pos < _SHORT:
            return self.regex.finditer(s, pos, endpos)
        return iter(self._matches(s, pos, endpos, runs=runs))

    def search(self, s: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """The first match in s[pos:endpos], as `re.Pattern.search` gives it."""
        endpos = min(endpos, len(s))
        pos = max(pos, 0)
        if endpos - pos < _SHORT:
            return self.regex.search(s, pos, endpos)
        found = self._matches(s, pos, endpos, first=True)
        return found[0] if found else None
