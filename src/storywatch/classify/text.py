"""Text plumbing: bounded input, sentence spans, clause boundaries, small word helpers."""

from __future__ import annotations

import bisect
import functools
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date

from storywatch.classify._trie import fold, word_runs

__all__ = [
    "MAX_CHARS",
    "Prefiltered",
    "WordGated",
    "after_to",
    "alternation_words",
    "anchored",
    "clause_end",
    "clause_start",
    "closed_relative_before",
    "fold",
    "in_background",
    "is_word",
    "next_word",
    "prepare",
    "prev_word",
    "sentences",
    "word_back",
    "word_spans",
    "words_after",
]

# Only the first MAX_CHARS characters of a body are analysed: news leads carry the events, and
# the bound keeps a 5 MB body as fast as a 3 KB one.
MAX_CHARS = 20_000

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]+")
_SPACES = re.compile(r"[ \t\u00a0]+")
_SPLIT = re.compile(r"(?<=[.!?])[\"”’')]*\s+(?=[\"“‘'(]?[A-Z0-9])|\n+")
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Capt|Adm|Gov|Sen|Rep|No|Jr|Sr|vs|Prof|Rev)|\b[A-Z])\.$"
)
# A month's short form before a day ("on Nov. 19", "Sept. 3"): wire copy's date, no full stop.
_MONTH_DOT = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$")
# Hard clause boundaries: punctuation and words that open a new clause.
_HARD_CHARS = ";:()[]—–"
_HARD_WORDS = frozenset([
    "but", "while", "whereas", "although", "though", "because", "however", "that", "whether",
    "saying", "adding", "which", "who", "where", "amid", "despite", "unless", "when",
])  # fmt: skip
_HARD = re.compile(
    "[" + re.escape(_HARD_CHARS) + r"]|\s-\s|\b(?:" + "|".join(sorted(_HARD_WORDS)) + r")\b",
    re.IGNORECASE,
)
_SOFT = re.compile(r",(?!\d)")  # not the comma of "1,500"
# A relative clause closed by its comma before a verb ("Iran and Saudi Arabia, which have no
# relations, held talks"): its words (cues, mentions) are not the verb's. Group 1 is the comma
# that closes it.
_CLOSED_RELATIVE = re.compile(
    r",\s*(?:which|who|whose|where|(?-i:[a-z]+ed)|sent|written|drawn|given|made|led|held|taken|"
    r"brought|put|acting\s+as|serving\s+as|speaking\s+as|in\s+(?:his|her|its)\s+capacity\s+as)"
    r"\b[^,;:]*(,)\s*(?:[\w’'-]+\s+){0,3}",
    re.IGNORECASE,
)  # also a participle clause: "The offer, passed on through Chadian intermediaries, calls";
# and a role: "Tanzania's president, acting as the EAC's envoy, proposed"
# A day of the week, for the patterns that date an act ("on Friday", "until Monday")
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# The calendar words every reader of dates shares: the months by name, and a month as wire
# copy spells it, abbreviations included ("Oct. 27", "Sept 3")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|Jun\.|July|Jul\.|"
    r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_MONTH_KEYS = tuple(m[:3].lower() for m in MONTHS)


def month_number(name: str) -> int:
    """1-12 for a month's name or abbreviation, in any case ("October", "Oct.", "sept")."""
    return _MONTH_KEYS.index(name[:3].lower()) + 1


def nearest_date(published: date, month: int, day: int) -> date | None:
    """The date of `day` `month` in the year that puts it nearest `published` ("on 30
    December" in a 2 January report is three days back, not a year ahead); None for a day
    the month lacks."""
    found: list[date] = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            found.append(date(year, month, day))
        except ValueError:
            continue
    return min(found, key=lambda d: abs((d - published).days)) if found else None


_WORD = re.compile(r"\w+(?:[’'.-]\w+)*")
_PUNCT_IN_WORD = "’'.-"  # characters a word may hold besides \w (see prev_word)
_WORD_BACK = re.compile(r"([\w" + re.escape(_PUNCT_IN_WORD) + r"]+)\W*$")


# Bytes that cannot be (part of) a character of _CONTROL: deleting them leaves a non-empty
# string exactly when the text may hold one (ASCII controls, or the first byte of U+FFFD).
_NOT_CONTROL = bytes(i for i in range(256) if i != 0xEF and (i > 127 or not _CONTROL.match(chr(i))))


def prepare(text: str) -> str:
    """Bound and clean raw text: cut to MAX_CHARS, drop control characters, squeeze spaces."""
    text = text[:MAX_CHARS]
    if text.encode("utf-8", "surrogatepass").translate(None, _NOT_CONTROL):
        text = _CONTROL.sub(" ", text)
    if "  " in text or "\t" in text or "\u00a0" in text:  # else every run is one space already
        text = _SPACES.sub(" ", text)
    return text


def anchored(rx: re.Pattern[str], s: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """`rx.finditer(s)` when `starts` (sorted) holds every position where rx can match: rx is
    tried only there, with the same left-to-right, non-overlapping rule."""
    last = 0
    for i in starts:
        if i >= last:
            m = rx.match(s, i)
            if m is not None:
                last = m.end()
                yield m


def _finds(s: str, needles: Iterable[str], shift: int = 0) -> list[int]:
    """Every position of every needle in s (plus `shift`), unsorted."""
    out: list[int] = []
    for n in needles:
        i = s.find(n)
        while i >= 0:
            out.append(i + shift)
            i = s.find(n, i + 1)
    return out


def _split_points(text: str) -> Iterator[re.Match[str]]:
    """_SPLIT matches: only after end punctuation or at a newline can one start."""
    return anchored(_SPLIT, text, sorted(_finds(text, ".!?", 1) + _finds(text, "\n")))


def sentences(text: str) -> list[str]:
    """Split text into sentences: end punctuation, then a capital, not after an abbreviation."""
    out: list[str] = []
    start = 0
    for m in _split_points(text):
        if "\n" not in m.group() and (
            _abbreviation_before(text, m.start()) or _date_after_month(text, m.start(), m.end())
        ):
            continue
        piece = text[start : m.start()].strip()
        if piece:
            out.append(piece)
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def _abbreviation_before(text: str, end: int) -> bool:
    """Does text[:end] end with an abbreviation and its dot ("Mr.", "U.")? Not when the five
    characters before the dot are all word characters: _ABBREV's word is then no whole word
    of four letters or fewer (the common case, a sentence's last word, without the pattern)."""
    if end >= 6 and text[end - 6 : end - 1].isalnum():
        return False
    return _ABBREV.search(text[max(0, end - 6) : end]) is not None


def _date_after_month(text: str, end: int, nxt: int) -> bool:
    """Is the split at text[end:nxt] the space of a date ("Nov. 19"): a month's short form
    and its dot, then a day's digit?"""
    if not text[nxt : nxt + 1].isdigit():
        return False
    return _MONTH_DOT.search(text[max(0, end - 6) : end]) is not None


def _hard_starts(s: str) -> list[int]:
    """Where a _HARD match can start in an ASCII sentence: a boundary character, the space
    before a hyphen, a boundary word (IGNORECASE on ASCII is lower-casing)."""
    low = fold(s)
    words = _HARD_WORDS.intersection(word_runs(low))  # each is a whole word of the sentence
    return sorted(_finds(s, _HARD_CHARS) + _finds(s, "-", -1) + _finds(low, words))


@functools.lru_cache(maxsize=512)
def _hard(s: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Starts and ends of the hard clause boundaries of a sentence (computed once per sentence)."""
    found = _HARD.finditer(s) if not s.isascii() else anchored(_HARD, s, _hard_starts(s))
    spans = [m.span() for m in found]
    if "(" in s:  # "the New People's Army (NPA) offered": an acronym in brackets is no clause
        spans = [(a, b) for a, b in spans if not _acronym_bracket(s, a)]
    if "only" in s:  # "not only condemned the strike but also recalled": one coordination
        spans = [(a, b) for a, b in spans if not _not_only_but(s, a)]
    return tuple(a for a, _ in spans), tuple(b for _, b in spans)


_BUT_ALSO = re.compile(r"but\s+(?:\w+\s+)?also\b", re.IGNORECASE)  # "but also", "but has also"
_NOT_ONLY = re.compile(r"\bnot\s+only\b", re.IGNORECASE)


def _not_only_but(s: str, at: int) -> bool:
    """Is the boundary at `at` the "but (also)" of a "not only ... but also" coordination (no
    new clause: its verbs share the subject, as with "and")?"""
    return (
        _BUT_ALSO.match(s, at) is not None and _NOT_ONLY.search(s, max(0, at - 120), at) is not None
    )


_ACRONYM_BRACKETS = re.compile(r"\([A-Z][A-Za-z0-9.&-]{0,11}\)")


def _acronym_bracket(s: str, at: int) -> bool:
    """Is the boundary at `at` a bracket of "(NPA)", "(FACT)", "(U.N.)"?"""
    if s[at] == "(":
        return _ACRONYM_BRACKETS.match(s, at) is not None
    if s[at] == ")":
        opening = s.rfind("(", max(0, at - 13), at)
        found = _ACRONYM_BRACKETS.match(s, opening) if opening >= 0 else None
        return found is not None and found.end() == at + 1  # this ")" closes it
    return False


def clause_start(s: str, pos: int, soft: bool = False) -> int:
    """Start of the clause holding `pos`: just after the last hard boundary (or comma if soft)."""
    _, ends = _hard(s)
    i = bisect.bisect_right(ends, pos)
    last = ends[i - 1] if i else 0
    if soft:
        commas = [c.end() for c in _SOFT.finditer(s, last, pos)]
        last = commas[-1] if commas else last
    return last


def clause_end(s: str, pos: int, soft: bool = True) -> int:
    """End of the clause holding `pos`: the next hard boundary, or comma when soft."""
    starts, _ = _hard(s)
    i = bisect.bisect_left(starts, pos)
    end = starts[i] if i < len(starts) else len(s)
    if soft:  # the first comma before `end` that _SOFT takes (str.find: no pattern run)
        c = s.find(",", max(pos, 0), end)
        while c >= 0 and c + 1 < end and s[c + 1].isdecimal():  # (?!\d): "1,500"
            c = s.find(",", c + 1, end)
        end = c if c >= 0 else end
    return end


def closed_relative_before(s: str, lo: int, pos: int) -> re.Match[str] | None:
    """The relative clause closed by its comma that ends right before `pos` (searched from
    `lo`), or None: "X and Y, which have no relations, | held talks"."""
    rel = _CLOSED_RELATIVE.search(s, max(0, lo), pos)
    return rel if rel is not None and rel.end() == pos else None


_TO_BEFORE = re.compile(r"(?:^|\W)to(?:\s+\w+ly)?\s*$", re.IGNORECASE)


def after_to(s: str, pos: int) -> bool:
    """Does s[:pos] end with "to", maybe with an adverb ("agreed to (formally) meet")? The one
    test of an infinitive for verbs, light verbs and modality cues."""
    return _TO_BEFORE.search(s, max(0, pos - 30), pos) is not None


def is_word(ch: str) -> bool:
    """Is `ch` a \\w character (of str patterns)?"""
    return ch.isalnum() or ch == "_"  # exactly the \w of str patterns


_ASCII_NON_WORD = "".join(chr(i) for i in range(128) if not is_word(chr(i)))


def _run_map(chars: str) -> bytes:
    """A bytes.translate table: word characters and `chars` -> b"a", the rest -> b" "."""
    return bytes(97 if is_word(chr(i)) or chr(i) in chars else 32 for i in range(128)) + bytes(
        [32] * 128
    )


_PREV_ASCII = "".join(c for c in _PUNCT_IN_WORD if c.isascii())
_PREV_MAP = _run_map(_PREV_ASCII)


@functools.cache
def _back_chars(pattern: str) -> tuple[str, bytes, str] | None:
    """For a pattern `([\\w<chars>]+)[^\\w<chars>]*$` with plain characters: the characters,
    the run map and the strip set of their ASCII part; None for any other pattern."""
    m = re.fullmatch(r"\(\[\\w([^\]\\^-]*-?)\]\+\)\[\^\\w\1\]\*\$", pattern)
    if m is None:
        return None
    chars = m.group(1)
    ascii_chars = "".join(c for c in chars if c.isascii())
    strip = "".join(c for c in _ASCII_NON_WORD if c not in ascii_chars)
    return chars, _run_map(ascii_chars), strip


def _last_run(t: str, table: bytes) -> int:
    """Start of the last run of ASCII `t` (which ends with it) under a `_run_map` table."""
    return t.encode("ascii").translate(table).rfind(b" ") + 1


def prev_word(s: str, pos: int) -> str:
    r"""The word just before position `pos` (empty at the start).

    What `_WORD_BACK.search(s, max(0, pos - 40), pos)` finds: the run of word characters and
    ’'.- holding the last \w character, else the first such run."""
    lo = max(0, pos - 40)
    t = s[lo:pos]
    if t.isascii():
        u = t.rstrip(_ASCII_NON_WORD)  # up to the last \w character
        if u:
            rest = t[len(u) :]
            end = len(t) - len(rest.lstrip(_PREV_ASCII))
            return t[_last_run(u, _PREV_MAP) : end]
    return _prev_word_scan(s, pos)


def _prev_word_scan(s: str, pos: int) -> str:
    """prev_word by a backward scan, for any text."""
    lo, i = max(0, pos - 40), min(pos, len(s))
    while i > lo and not is_word(s[i - 1]):
        i -= 1
    if i == lo:  # no \w character: the first run of ’'.- characters, if any
        start = next((j for j in range(lo, min(pos, len(s))) if s[j] in _PUNCT_IN_WORD), -1)
        if start < 0:
            return ""
        end = start
    else:
        start = end = i - 1
    while start > lo and (is_word(s[start - 1]) or s[start - 1] in _PUNCT_IN_WORD):
        start -= 1
    hi = min(pos, len(s))
    while end < hi and (is_word(s[end]) or s[end] in _PUNCT_IN_WORD):
        end += 1
    return s[start:end]


def word_back(rx: re.Pattern[str], s: str, pos: int) -> re.Match[str] | None:
    r"""`rx.search(s, max(0, pos - 40), pos)`; for rx = `([\w<chars>]+)[^\w<chars>]*$` tried
    only at the start of the last run of word characters and <chars> before `pos`."""
    known = _back_chars(rx.pattern)
    if known is None:
        return rx.search(s, max(0, pos - 40), pos)
    chars, table, strip = known
    lo = max(0, pos - 40)
    t = s[lo:pos]
    if t.isascii():
        u = t.rstrip(strip)
        return rx.match(s, lo + _last_run(u, table), pos) if u else None
    i = min(pos, len(s))
    while i > lo and not (is_word(s[i - 1]) or s[i - 1] in chars):
        i -= 1
    if i == lo:
        return None
    while i > lo and (is_word(s[i - 1]) or s[i - 1] in chars):
        i -= 1
    return rx.match(s, i, pos)


def next_word(s: str, pos: int) -> str:
    """The word starting after position `pos`, skipping spaces."""
    m = _WORD.search(s, pos, min(len(s), pos + 60))
    return m.group() if m else ""


def words_after(s: str, pos: int, end: int, n: int) -> list[str]:
    """Up to n lower-cased words between pos and end."""
    near = min(end, pos + 20 * (n + 1))  # n + 1 words inside it: the first n are whole
    words = _WORD.findall(s, pos, near)
    if len(words) <= n and near < end:
        words = _WORD.findall(s, pos, end)
    return [w.lower() for w in words[:n]]


def alternation_words(pattern: str) -> list[str]:
    """The words of the plain alternation a pattern starts with: "(?:deal|truce)..." ->
    ["deal", "truce"]. A ValueError when it starts otherwise (so a prefilter built from it can
    never miss a word someone adds to the pattern)."""
    m = re.match(r"\(\?:([\w |-]+)\)", pattern)
    if m is None:
        raise ValueError(f"not a plain word alternation: {pattern[:40]!r}")
    return m.group(1).split("|")


class Prefiltered:
    """A compiled pattern behind a cheap necessary condition: every match holds one of `needles`
    (literals). With `ignore_case` (an IGNORECASE pattern, lower-case needles) the needles are
    looked for in the lower-cased text when it is ASCII; other text always goes to the pattern.
    `search` and `finditer` give exactly the pattern's results."""

    def __init__(
        self, rx: re.Pattern[str], needles: Iterable[str], *, ignore_case: bool = False
    ) -> None:
        self.rx, self.ignore_case = rx, ignore_case
        self.needles = tuple(n.lower() if ignore_case else n for n in needles)
        self.pattern = rx.pattern

    def _maybe(self, s: str, pos: int, endpos: int) -> bool:
        if self.ignore_case:
            if not s.isascii():
                return True
            s = fold(s)
        for n in self.needles:  # noqa: SIM110 -- a loop, no generator: runs for every trigger
            if s.find(n, pos, endpos) >= 0:
                return True
        return False

    def within(self, text: str) -> Prefiltered:
        """The same pattern behind only those of its needles that occur in `text`: for the
        parts of `text` (its sentences), which hold no other needle. No needle left: no part
        of `text` holds a match."""
        if self.ignore_case and not text.isascii():
            return self
        t = fold(text) if self.ignore_case else text
        kept = Prefiltered(self.rx, ())
        kept.ignore_case, kept.needles = self.ignore_case, tuple(n for n in self.needles if n in t)
        return kept

    def search(self, s: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """`rx.search(s, pos, endpos)`."""
        return self.rx.search(s, pos, endpos) if self._maybe(s, pos, endpos) else None

    def finditer(self, s: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """`rx.finditer(s, pos, endpos)`."""
        return self.rx.finditer(s, pos, endpos) if self._maybe(s, pos, endpos) else iter(())


class WordGated:
    """A compiled pattern behind a cheap necessary condition on a sentence: every match holds one
    of `words` (lower-case) as a whole \\w run. The runs of fold(s) are cached per sentence (its
    scans read them first), so a sentence none of whose runs is one of them skips the pattern;
    for a window of the sentence its runs are a superset (save the head of a word that the
    window's end cuts: then the pattern runs). With `ignore_case` (an IGNORECASE
    pattern) text that is not ASCII always goes to the pattern: there re folds more than ASCII
    case. `search` and `finditer` give exactly the pattern's results. Meant for the sentence
    itself (a new string would have its runs computed and cached for one use)."""

    def __init__(
        self,
        rx: re.Pattern[str],
        words: Iterable[str],
        *,
        ignore_case: bool = False,
        literals: Iterable[str] = (),
    ) -> None:
        """`literals`: strings one of which a match may hold instead of a whole word of `words`
        (looked for in the text as they are; lower-case and in fold(s) with `ignore_case`)."""
        self.rx, self.ignore_case = rx, ignore_case
        self.words = frozenset(words)
        if any(not w.islower() or _WORD_RUN.fullmatch(w) is None for w in self.words):
            raise ValueError("gate words are lower-case \\w runs")
        self.literals = tuple(x.lower() if ignore_case else x for x in literals)
        self.pattern = rx.pattern

    def _maybe(self, s: str, endpos: int) -> bool:
        if 0 < endpos < len(s) and is_word(s[endpos - 1]) and is_word(s[endpos]):
            return True  # a word cut by the window's end: its head may be a word of the window
        if self.ignore_case:
            if not s.isascii():
                return True
            if any(x in fold(s) for x in self.literals):
                return True
        elif any(x in s for x in self.literals):
            return True
        return not self.words.isdisjoint(word_runs(fold(s)))

    def search(self, s: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """`rx.search(s, pos, endpos)`."""
        return self.rx.search(s, pos, endpos) if self._maybe(s, endpos) else None

    def finditer(self, s: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """`rx.finditer(s, pos, endpos)`."""
        return self.rx.finditer(s, pos, endpos) if self._maybe(s, endpos) else iter(())


_WORD_RUN = re.compile(r"\w+")


# A background span: what the months or years before the news were like ("after months in
# which no agreement had seemed possible"), up to the end of its clause.
# "a month after Quito turned down the offer": an act a week or more before the news.
_BACKGROUND = re.compile(
    r"\b(?:after|following|ending|capping)\s+(?:\w+\s+){0,2}(?:months|weeks|years|decades)\s+"
    r"(?:in\s+which|during\s+which|when|of)\b"
    r"|\b(?:a|an|one|two|three|four|five|six|several|some|\d+)\s+(?:weeks?|months?|years?)\s+"
    r"(?:after|since)\b",
    re.IGNORECASE,
)


def in_background(s: str, pos: int) -> bool:
    """Does position `pos` of sentence `s` lie in a background span's clause?"""
    if pos <= 0 or not ("month" in s or "year" in s or "week" in s or "decades" in s):
        return False
    bg = _BACKGROUND.search(s, 0, pos)
    return bg is not None and not any(c in s[bg.end() : pos] for c in ",;.")


def word_spans(text: str, word: str) -> Iterator[tuple[int, int]]:
    """Start and end of each whole-word occurrence of `word` in `text` (str.find: much faster
    than a regex over the whole text; each hit's boundaries are checked by hand)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            yield at, end
        at = text.find(word, end)
