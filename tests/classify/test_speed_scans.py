"""Scans made faster for speed give exactly what the plain patterns they replaced give.

Learned names are found with str.find and a boundary check (no pattern compiled per name), and
the first word of a multi-word trigger is matched without a pattern compiled per word: each is
compared here with the `re` call it replaced, on seeded random text around the characters that
decide a boundary (apostrophes, hyphens, underscores, digits, non-ASCII letters).
"""

from __future__ import annotations

import random
import re

import pytest

from storywatch.classify import dispatch, names
from storywatch.classify.events import Sent
from storywatch.classify.resources import resources
from storywatch.classify.text import fold

_NAMES = ["Mannai", "al-Mannai", "Abu Mazen", "Lars Løkke", "Ali", "Li", "O'Neil", "Ng"]
_AROUND = [" ", "", "-", "'", "’", "_", "x", "é", "1", ", ", ".", "s", "’s", "\n", "(", '"']


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    pieces = [*_NAMES, *_AROUND, "said", "the", "Mannai’s", "Ali-Li"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 25))) for _ in range(n)]


def _plain_name_matches(s: str, learned: tuple[tuple[str, str], ...]) -> list[tuple[object, ...]]:
    out: list[tuple[object, ...]] = []
    for name, code in learned:
        for m in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w-])", s):
            out.append((m.span(), m.group(), code))
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_learned_names_are_found_where_their_pattern_matches(seed: int) -> None:
    learned = tuple((n, f"C{i}") for i, n in enumerate(_NAMES))
    found = 0
    for s in _texts(seed, 400):
        got = [(m.span(), m.group(), code) for m, code in names.name_matches(s, learned)]
        assert got == _plain_name_matches(s, learned), s
        found += len(got)
    assert found > 100  # the texts do hold names, inside and outside longer words


def test_a_name_inside_a_longer_word_is_no_match() -> None:
    learned = (("Ali", "X"),)
    for s in ["Alibaba", "Ali-Baba", "al-Ali", "O'Ali", "Ali_", "Ali1", "Alié"]:
        assert list(names.name_matches(s, learned)) == [], s
    hits = [m.span() for m, _ in names.name_matches("Ali, Ali’s and (Ali)", learned)]
    assert hits == [(0, 3), (5, 8), (16, 19)]


def test_a_multi_word_trigger_falls_back_on_its_first_word_as_before() -> None:
    res = resources()
    rng = random.Random(7)
    forms = [f for f in res.triggers if " " in f]
    assert forms
    checked = 0
    for form in rng.sample(forms, min(60, len(forms))):
        s = f"Officials said Russia {form} on Monday."
        sent = Sent(s, [], res)
        for m in res.trigger_re.finditer(fold(s)):
            if " " not in m.group():
                continue
            first = re.match(r"\S+", m.group())
            assert first is not None
            want = re.compile(re.escape(first.group())).match(fold(s), m.start())
            if want is not None and want.group().lower() not in res.triggers:
                want = None
            got = dispatch._shorter(sent, m)
            assert (got and (got.span(), got.group())) == (want and (want.span(), want.group()))
            checked += 1
    assert checked >= 30
