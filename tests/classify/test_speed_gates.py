"""Word gates and cheap checks put before sentence-wide patterns change no result.

Each gated pattern (`text.WordGated`, `text.Prefiltered`) is compared with the plain `re` call
on seeded random text built from its own words, their neighbours that are no whole word
("rounded", "guarantors", "unless-"), case variants and the non-ASCII letters that IGNORECASE
folds onto ASCII ones (ſ, K, İ, ı), in whole sentences and in random windows. The clause end
and the infinitive check are compared with the pattern code they replaced.
"""

from __future__ import annotations

import bisect
import random
import re

import pytest

from storywatch.classify import constructions, events, mentions, modality, sentence
from storywatch.classify import text as tx
from storywatch.classify.events import Sent
from storywatch.classify.resources import resources

_GATED = [
    mentions._NAME_PARTICLE,
    mentions._ROLE_HINT,
    mentions._COMPASS_PAIR,
    modality._FALSE_AFTER,
    modality._CONDITION_AFTER,
    constructions._TALKS_ENDED,
    constructions._SET_HINT,
    sentence._SAID,
]
_PIECES = [
    "Banco", "de", "Venezuela", "Orchestre", "la", "Paris", "do", "Della", "guarantor",
    "Guarantors", "co-mediator", "MEDIATOR", "facilitators", "North", "and", "South", "Korea",
    "east", "West", "untrue", "not true", "without any basis", "Fake", "wrong-headed", "if",
    "IF", "unless", "as long as", "on condition that", "provided", "talks", "Negotiations",
    "ended", "broke up", "were held", "took place", "Resumed", "round", "rounded", "will be",
    "will take", "set for", "scheduled to", "pencilled in for", "penciled in to", "due to",
    "said", "Says", "reported", "stated", "ſaid", "Kelvin", "İf", "ıf", "é", "1,500", "to",
    "To", "formally", "quickly", "that", "the", "’", "'", "-", "_", "x",
]  # fmt: skip
_SEPARATORS = ["", " ", " ", ", ", ". ", "-", "\n", "  "]


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(_PIECES) + rng.choice(_SEPARATORS) for _ in range(rng.randint(0, 25)))
        for _ in range(n)
    ]


def _spans(found: object) -> list[tuple[int, int]]:
    return [m.span() for m in found]  # type: ignore[attr-defined]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_gated_patterns_find_what_their_patterns_find(seed: int) -> None:
    rng = random.Random(seed + 10)
    hits = 0
    for t in _texts(seed, 300):
        for u in (t, t.upper(), t.title(), t.lower()):
            for gate in _GATED:
                got = _spans(gate.finditer(u))
                assert got == _spans(gate.rx.finditer(u)), (gate.pattern[:40], u)
                hits += len(got)
                i = rng.randint(0, len(u))
                j = rng.randint(i, len(u) + 2)
                a, b = gate.search(u, i, j), gate.rx.search(u, i, j)
                assert (a and a.span()) == (b and b.span()), (gate.pattern[:40], u, i, j)
    assert hits > 1000  # the texts do hold the patterns' words


def test_a_word_gate_takes_only_lower_case_whole_words() -> None:
    with pytest.raises(ValueError, match="lower-case"):
        tx.WordGated(re.compile("Talks"), ["Talks"])
    with pytest.raises(ValueError, match="lower-case"):
        tx.WordGated(re.compile("broke up"), ["broke up"])


def _clause_end_reference(s: str, pos: int, soft: bool = True) -> int:
    starts, _ = tx._hard(s)
    i = bisect.bisect_left(starts, pos)
    end = starts[i] if i < len(starts) else len(s)
    if soft:
        c = tx._SOFT.search(s, pos, end)
        end = c.start() if c else end
    return end


def test_clause_end_finds_the_comma_the_pattern_finds() -> None:
    pieces = ["a", ",", ", ", ",1", "1,500", ",٣", "but", ";", " - ", "x", "é", "\n"]
    rng = random.Random(5)
    for _ in range(400):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        for pos in range(-2, len(s) + 3):
            for soft in (True, False):
                assert tx.clause_end(s, pos, soft) == _clause_end_reference(s, pos, soft), (s, pos)


def _governed_reference(sent: Sent, start: int) -> bool:
    before = events._ADVERB_BEFORE.sub("", sent.s[:start].rstrip())
    if not before.lower().endswith(" to") and before.lower() != "to":
        return False
    gov_end = len(before) - 2
    if any(m.end in (gov_end, gov_end - 1) for m in sent.ms):
        return sent.last_end > tx.clause_start(sent.s, start)
    gov = tx.prev_word(sent.s, gov_end).lower()
    return gov not in modality.GOVERNORS and gov not in modality.NEGATORS


def test_an_infinitive_is_governed_as_the_pattern_said() -> None:
    res = resources()
    pieces = ["ready", "to", "To", "TO", "tO", "formally", "meet", "urged", "them", "Sudan",
              "agreed", "plans", "toward", "Toronto", "into", "Σ", "İ", "é", " ", "\n"]  # fmt: skip
    rng = random.Random(6)
    governed = 0
    for _ in range(400):
        s = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        sent = Sent(s, [], res)
        for start in range(len(s) + 1):
            got = events._governed(sent, start)
            assert got == _governed_reference(sent, start), (s, start)
            governed += got
    assert governed > 50


def _sporty_reference(s: str) -> bool:
    res = resources()
    hits = sum(
        "sports" in res.topic_of.get(m.group(), ()) for m in res.topic_re.regex.finditer(tx.fold(s))
    )
    return hits >= sentence.SENTENCE_SPORTS_MIN


def test_a_sentence_is_sporty_as_its_topic_words_say() -> None:
    res = resources()
    sports = sorted(w for w, t in res.topic_of.items() if "sports" in t)
    others = sorted(w for w, t in res.topic_of.items() if "sports" not in t)[::7]
    rng = random.Random(12)
    pieces = [*sports, *others, *_PIECES, "Marathon", "matchday", "cupboard", "World Cup"]
    sporty = 0
    for _ in range(600):
        s = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        for u in (s, s.upper(), s.title()):
            got = sentence._sporty(u, res)
            assert got == _sporty_reference(u), u
            sporty += got
    assert sporty > 50
