"""Topics of an article by keyword counts, and the context switches they imply."""

from __future__ import annotations

import functools
import re
from collections import Counter

from storywatch.classify._trie import word_runs
from storywatch.classify.mentions import Context
from storywatch.classify.resources import Resources
from storywatch.classify.text import fold, is_word

__all__ = ["context_of", "topic_counts", "topics_of"]


def topic_counts(text: str, res: Resources) -> Counter[str]:
    """How many keyword hits each topic has in `text`."""
    counts: Counter[str] = Counter()
    for w, n in res.topic_re.tally(fold(text)):  # words in order of first hit
        for t in res.topic_of.get(w.lower(), ()):
            counts[t] += n
    return counts


# A word or two in quotes: a metaphor quoted ("the talks were 'theatre'"), not a subject.
_QUOTED = re.compile(r"[\"“‘']\w+(?:[ -]\w+)?[\"”’']")


def _unquoted(text: str, topic: str, res: Resources) -> int:
    """Hits of `topic` outside quoted words (rebels calling a peace conference "theatre" in
    a headline and its lead review no play)."""
    return topic_counts(_QUOTED.sub(" ", text), res)[topic]


def _state_hits(counts: Counter[str], res: Resources) -> int:
    return sum(counts[t] for t in res.topic_conf["state_topics"])


def topics_of(counts: Counter[str], res: Resources) -> tuple[str, ...]:
    """Topics with enough hits; a context topic (sports, markets...) only when it dominates."""
    floor = int(res.topic_conf["min_hits"])
    state = _state_hits(counts, res)
    ctx = set(res.topic_conf["context_topics"])
    keep = [t for t, n in counts.most_common() if n >= floor and (t not in ctx or n > state)]
    return tuple(keep[:5])


def _count_any(low: str, words: frozenset[str]) -> int:
    """How many of `words` occur in `low` as whole words (each counted once)."""
    by_head, odd = _by_head(words)
    found = _heads_of(words).intersection(word_runs(low))
    return sum(1 for h in found for w in by_head[h] if _bounded(low, w)) + sum(
        1 for w in odd if _bounded(low, w)
    )


@functools.cache
def _by_head(words: frozenset[str]) -> tuple[dict[str, list[str]], list[str]]:
    """The words by their head (first \\w run), and those that start with a non-word character."""
    by_head: dict[str, list[str]] = {}
    for w in words:
        if is_word(w[0]):
            by_head.setdefault(_head(w), []).append(w)
    return by_head, [w for w in words if not is_word(w[0])]


@functools.cache
def _heads_of(words: frozenset[str]) -> frozenset[str]:
    return frozenset(_by_head(words)[0])


@functools.cache
def _head(w: str) -> str:
    """The first \\w run of a word: a whole-word match of `w` starts a run of the text equal to
    it (the run ends where `w` has a non-word character, or where `w` ends)."""
    m = re.match(r"\w*", w)
    return m.group() if m else ""


def _bounded(low: str, w: str) -> bool:
    """Does `\bw\b` match in `low`? (str.find, then the two boundaries checked by hand)."""
    first, last = is_word(w[0]), is_word(w[-1])
    i = low.find(w)
    while i >= 0:
        j = i + len(w)
        before = i > 0 and is_word(low[i - 1])
        after = j < len(low) and is_word(low[j])
        if before != first and after != last:
            return True
        i = low.find(w, i + 1)
    return False


def _off_topic(counts: Counter[str], res: Resources) -> bool:
    """An article about something else (sports, markets, food...) with no word at all of the
    topics in which states interact: no relevance signal, no event."""
    relevant = sum(counts[t] for t in res.topic_conf["relevant_topics"])
    other = sum(counts[t] for t in res.topic_conf["context_topics"])
    return relevant == 0 and other >= int(res.topic_conf["off_topic_min_hits"])


def _sports_digression(text: str, res: Resources) -> bool:
    """A news report with one paragraph on sport ("Separately, the rugby union named its
    squad for the cup"): the headline and the lead carry no sports word, and all the sports
    words but one stand in a single later paragraph. That paragraph is an aside, not what the
    article is about: the states of the other paragraphs still act (the sports sentences
    themselves stay guarded by their own sports words)."""
    paras = [p for p in text.split("\n") if p.strip()]
    per = [topic_counts(p, res)["sports"] for p in paras]
    if len(per) < 3 or any(per[:2]):
        return False
    return sum(per) - max(per) <= 1


def context_of(text: str, counts: Counter[str], res: Resources) -> Context:
    """Switches for disambiguation: American context, common-noun context, sports article."""
    low = text.lower()
    state = _state_hits(counts, res)
    # American when its words outnumber those of the foreign namesake ("Georgians deserve
    # relief" in an Atlanta statehouse story stays American)
    us_hits = _count_any(low, res.words["us_context"])
    us = us_hits > 0 and us_hits > _count_any(low, res.words["foreign_context"])
    common = counts["food"] >= 2 and state <= 1  # "turkey prices", "fine china"
    # a sports page outnumbers the words of every topic in which states deal, trade too: a
    # plant disease's "Race 4" and a "final" round of talks do not make a banana deal sport.
    # Not politics: votes and campaigns are a contest's words as well
    dealing = sum(counts[t] for t in res.topic_conf["relevant_topics"] if t != "politics")
    sports = counts["sports"] >= 3 and counts["sports"] > max(state, dealing)
    sports = sports and not _sports_digression(text, res)
    least = int(res.topic_conf.get("frame_min_hits", 2))
    frame = (counts["frame"] >= least and _unquoted(text, "frame", res) >= least) or _off_topic(
        counts, res
    )
    return Context(
        us_context=us, common_context=common, sports=sports, frame=frame, local_places=_local(text)
    )


_PLACE = r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?"
_PLACES = rf"({_PLACE}(?:(?:,\s+|\s+and\s+){_PLACE})*)"  # "Kyoto and Paris"
_LOCAL_OF = re.compile(
    r"\b(?:[Mm]ayors?|[Cc]ity\s+[Cc]ouncils?|[Cc]ity\s+[Hh]alls?|[Mm]unicipalit(?:y|ies)|"
    r"[Dd]eputy\s+[Mm]ayors?|[Cc]ouncillors?|[Tt]winned\s+(?:city|town)\s+of|[Tt]owns?\s+of)\s+"
    r"(?:of\s+)?" + _PLACES
)
_LOCAL_BEFORE = re.compile(
    rf"\b{_PLACES}(?:'s)?\s+(?:[Mm]ayors?|[Cc]ity\s+[Cc]ouncils?|[Cc]ity\s+[Hh]alls?|"
    r"[Mm]unicipalit(?:y|ies)|[Cc]ouncillors)\b"
)
_AND = re.compile(r",\s+|\s+and\s+")


_LOCAL_HINT = re.compile(r"ayor|ouncil|unicipal|[Hh]all\b|winned|[Tt]own")


def _literals(pattern: str) -> tuple[str, ...]:
    """The literal forms of an alternation of words ("ayor|[Hh]all\\b" -> ayor, Hall, hall);
    a ValueError for anything else, so the hints below always cover the pattern."""
    out: list[str] = []
    for alt in pattern.replace(r"\b", "").split("|"):
        m = re.fullmatch(r"(?:\[(\w+)\])?(\w+)", alt)
        if m is None:
            raise ValueError(f"not a plain alternative: {alt!r}")
        out += [c + m.group(2) for c in m.group(1)] if m.group(1) else [m.group(2)]
    return tuple(out)


_LOCAL_HINTS = _literals(_LOCAL_HINT.pattern)  # one of them is in every match


def _local(text: str) -> frozenset[str]:
    """Places the article names as cities with their own local government ("the mayor of Kyiv",
    "Kraków city council"): there the place is the city, not the country's government."""
    if not any(h in text for h in _LOCAL_HINTS) or _LOCAL_HINT.search(text) is None:
        return frozenset()
    found: set[str] = set()
    for hint in _LOCAL_HINT.finditer(text):  # only around the cue: cheap on long articles
        lo = max(0, hint.start() - 60)
        for rx in (_LOCAL_OF, _LOCAL_BEFORE):
            for m in rx.finditer(text, lo, hint.end() + 60):
                found.update(_AND.split(m.group(1)))
    return frozenset(found)
