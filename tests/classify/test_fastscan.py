"""The fast scanners give exactly what the regular expressions they stand for give.

TrieMatcher, the anchored sentence and clause-boundary scans, prev_word / word_back and the
prefiltered construction patterns are optimisations: each is compared here with the plain
`re` call it replaces, on seeded random text built from the lexicon's own words and the
characters that decide word boundaries (quotes, hyphens, dots, non-ASCII letters).
"""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from storywatch.classify import (
    _frame_matcher,
    _trie,
    constructions,
    events,
    modality,
    names,
    nominals,
    reference,
    subjects,
)
from storywatch.classify import text as tx
from storywatch.classify.resources import resources

_PIECES = [
    "Russia", "russia", "held talks", "U.S.", "the two sides", "both parties", "No deal",
    "the deal was signed", "without a truce", "failed to reach a ceasefire", "he", "they",
    "it", "However", " - ", ".", "!", "?", "\n", "  ", "\t", "\x00", "\ufffd", "’", "“", '"',
    ")", "(", ";", ":", "—", "é", "İ", "ſ", "K", "Kyiv's", "proposals", "1,500", "Mr.", "A",
    "_", "x", "\u00a0", "whether", "would", "if",
]  # fmt: skip
_SEPARATORS = ["", " ", " ", ", ", ". ", "-", "'"]


def _texts(seed: int, n: int) -> list[str]:
    res = resources()
    rng = random.Random(seed)
    vocab = _PIECES + sorted(res.triggers)[::7] + sorted(res.aliases)[::9] + sorted(res.issues)
    vocab += [*sorted(res.topic_of)[::5], "the junta", "The government", "the\rregime", "war game"]
    return [
        "".join(rng.choice(vocab) + rng.choice(_SEPARATORS) for _ in range(rng.randint(0, 30)))
        for _ in range(n)
    ]


def _spans(found: object) -> list[tuple[int, int]]:
    return [m.span() for m in found]  # type: ignore[attr-defined]


@pytest.mark.parametrize("seed", [1, 2])
def test_trie_matchers_find_what_their_patterns_find(seed: int) -> None:
    res = resources()
    matchers = [res.trigger_re, res.gazetteer_re, res.issue_re, res.topic_re, *res.cue_re.values()]
    rng = random.Random(seed)
    for t in _texts(seed, 300):
        for s in (t, tx.fold(t)):
            for m in matchers:
                assert _spans(m.finditer(s)) == _spans(m.regex.finditer(s)), s
                assert m.tally(s) == list(Counter(x.group() for x in m.regex.finditer(s)).items())
                i = rng.randint(0, len(s))
                j = rng.randint(i, len(s) + 2)
                assert _spans(m.finditer(s, i, j)) == _spans(m.regex.finditer(s, i, j)), (s, i, j)
                a, b = m.search(s, i, j), m.regex.search(s, i, j)
                assert (a and a.span()) == (b and b.span()), (s, i, j)


def test_windows_of_a_long_text_find_what_the_pattern_finds() -> None:
    res = resources()
    rng = random.Random(5)
    text = " ".join(_texts(5, 40))
    for s in (text, tx.fold(text)):
        for m in (res.gazetteer_re, res.trigger_re, res.issue_re):
            for _ in range(200):
                i = rng.randint(0, len(s))
                j = min(len(s), i + rng.randint(40, 260))
                assert _spans(m.finditer(s, i, j)) == _spans(m.regex.finditer(s, i, j)), (i, j)


def _reference_sentences(text: str) -> list[str]:
    out, start = [], 0
    for m in tx._SPLIT.finditer(text):
        if "\n" not in m.group() and tx._ABBREV.search(text[max(0, m.start() - 6) : m.start()]):
            continue
        if text[start : m.start()].strip():
            out.append(text[start : m.start()].strip())
        start = m.end()
    return [*out, text[start:].strip()] if text[start:].strip() else out


def test_text_plumbing_equals_the_plain_patterns() -> None:
    for t in _texts(3, 400):
        assert tx.prepare(t) == tx._SPACES.sub(" ", tx._CONTROL.sub(" ", t))
        assert tx.sentences(t) == _reference_sentences(t)
        hard = [m.span() for m in tx._HARD.finditer(t)]
        assert tx._hard(t) == (tuple(a for a, _ in hard), tuple(b for _, b in hard))
        for pos in range(0, len(t) + 2, 3):
            back = tx._WORD_BACK.search(t, max(0, pos - 40), pos)
            assert tx.prev_word(t, pos) == (back.group(1) if back else "")
            a = nominals._WORD_BACK.search(t, max(0, pos - 40), pos)
            b = tx.word_back(nominals._WORD_BACK, t, pos)
            assert (a and a.span(1)) == (b and b.span(1)), (t, pos)
            other = re.compile(r"([\w.]+)[^\w.]*$")  # a shape word_back does not special-case
            c, d = other.search(t, max(0, pos - 40), pos), tx.word_back(other, t, pos)
            assert (c and c.span()) == (d and d.span())
            words = [w.lower() for w in tx._WORD.findall(t, pos, len(t))]
            assert tx.words_after(t, pos, len(t), 4) == words[:4]


def test_prefiltered_agreement_hint_equals_its_pattern() -> None:
    hint = constructions._AGREEMENT_HINT
    assert set(hint.needles) == set(tx.alternation_words(constructions._AGREEMENT))
    for t in _texts(4, 400):
        for u in (t, t.upper(), t.title()):
            assert _spans(hint.finditer(u)) == _spans(hint.rx.finditer(u)), u


def test_prefiltered_scans_equal_their_patterns() -> None:
    """Negation, mandative, denial and agreement scans behind their needles find what their
    patterns find, in whole sentences and in the windows the rules search."""
    gates = [events._NEITHER_NOR, subjects.MANDATIVE, modality._DENIAL,
             constructions._NO_AGREEMENT_HINT, constructions._PASSIVE_AGREEMENT_HINT]  # fmt: skip
    extra = ["neither", "Neither", "nor", "that", "denied", "rejects reports", "no deal",
             "without a truce", "failed to reach a", "the deal was signed",
             "proposed that"]  # fmt: skip
    rng = random.Random(8)
    for base in _texts(9, 300):
        t = base + " ".join(rng.choice(extra) for _ in range(rng.randint(0, 6)))
        for u in (t, t.upper(), t.title()):
            for gate in gates:
                assert _spans(gate.finditer(u)) == _spans(gate.rx.finditer(u)), u
                i = rng.randint(0, len(u))
                j = rng.randint(i, len(u) + 2)
                a, b = gate.search(u, i, j), gate.rx.search(u, i, j)
                assert (a and a.span()) == (b and b.span()), (u, i, j)


def _reference_titles(text: str) -> list[tuple[int, int]]:
    low, out = text.lower(), []
    for word in names._TITLE_WORDS:
        at = low.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not low[at - 1].isalnum()) and (
                end == len(low) or not low[end].isalnum()
            ):
                out.append((at, end))
            at = low.find(word, end)
    return out


def test_title_words_gated_by_runs_equal_a_search_for_every_word() -> None:
    pieces = ["minister", "Minister", "_minister", "ministers", "1minister", "chief", "é",
              " ", "ministerial", "-", ".", "king", "Kingdom", "prime minister", "x", "İ",
              "\n"]  # fmt: skip
    rng = random.Random(11)
    texts = _texts(12, 200) + [
        "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(2000)
    ]
    for t in texts:
        assert list(names._titles(t)) == _reference_titles(t), t


def test_topic_tally_finds_short_heads_only_as_whole_runs() -> None:
    """ "re" heads "re-enacted": it stands in "are", "there", "re re-enacted" and "re_x" too."""
    res = resources()
    pieces = ["re-enacted", "re", "are", "there", "re_x", "re-", "-re", "trade war", "trade",
              "war", "world cup", "re-enactment", ",", " ", "  ", ".", "x"]  # fmt: skip
    rng = random.Random(13)
    for _ in range(1500):
        s = "".join(rng.choice(pieces) + rng.choice(["", " ", "-"]) for _ in range(12))
        m = res.topic_re
        assert m.tally(s) == list(Counter(x.group() for x in m.regex.finditer(s)).items()), s


def test_alternation_words_refuses_a_pattern_it_cannot_read() -> None:
    assert tx.alternation_words("(?:deal|cease-fire|peace accord)(?!x)") == [
        "deal", "cease-fire", "peace accord",
    ]  # fmt: skip
    with pytest.raises(ValueError, match="alternation"):
        tx.alternation_words(r"(?:deal|truce\s+pact)")


def test_gates_and_frame_cues_equal_their_patterns() -> None:
    """The institution gate never hides a match; frame cues as a trie find what \\b...\\b finds;
    a second sentence scan (shared head lookup, cached) gives the first one's matches."""
    res = resources()
    cues = res.topic_conf["frame_sentence_cues"]
    words = sorted(map(re.escape, cues), key=len, reverse=True)
    plain = re.compile(r"\b(?:" + "|".join(words) + r")\b")
    frame = _frame_matcher(cues)
    assert isinstance(frame, _trie.TrieMatcher)
    for t in _texts(6, 400):
        for u in (t, t.lower(), t.upper()):
            low = tx.fold(u)
            if reference._INSTITUTION_WORDS.isdisjoint(_trie.word_runs(low)):
                assert reference._INSTITUTIONS.search(u) is None, u
            assert (frame.search(low) is None) == (plain.search(low) is None), u
            for m in (res.gazetteer_re, res.trigger_re, res.topic_re):
                assert (
                    _spans(m.finditer(low))
                    == _spans(m.finditer(low))
                    == _spans(m.regex.finditer(low))
                )
    with pytest.raises(ValueError, match="pattern"):
        reference._first_words(r"\b[Tt]he\s+(?:junta|count(?:ry|ies))\b")
