"""Work reused for speed gives exactly what computing it afresh gives.

`learn_names(text, res, known)` looks for title words only among the word runs of the text,
read from the runs of text[:known] (which the topic pass computed already) and of the rest:
compared here with the plain search over every title word, on seeded random text around the
characters that decide a boundary, for every cut, the cut inside a title word included; and
the sentence splitter's shortcut before its abbreviation pattern gives the pattern's answer.
"""

from __future__ import annotations

import random

import pytest

from storywatch.classify import names
from storywatch.classify import text as text_mod
from storywatch.classify.names import learn_names
from storywatch.classify.resources import resources

_PIECES = [
    "Prime Minister", "minister", "Foreign Minister Ali Bongo", "Cambodian", "Guyana's",
    "President", "spokesman", "Kremlin", "envoy", "Sergei Lavrov", ", the Thai prime minister",
    " ", " ", "\n", "-", "_", "é", "1", ".", ", ", "said", "ministers", "Ministry", "K\u212a",
]  # fmt: skip


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 30))) for _ in range(n)]


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_title_words_found_from_known_runs_are_those_of_the_plain_search(seed: int) -> None:
    for text in _texts(seed, 60):
        plain = list(names._titles(text))
        for known in range(1, len(text) + 2):
            assert list(names._titles(text, known)) == plain, (text, known)


def test_learned_names_are_the_same_with_known_runs() -> None:
    res = resources()
    texts = [
        *_texts(7, 80),
        "Cambodian Prime Minister Hun Manet met Thai Acting Prime Minister Phumtham Wechayachai.",
        "Talks resumed.\nGuyana's foreign minister Hugh Todd said the offer stood.",
    ]
    for text in texts:
        plain = learn_names(text, res)
        for known in (1, len(text) // 3, len(text) // 2, len(text) - 1, len(text)):
            assert learn_names(text, res, max(known, 1)) == plain, (text, known)


def test_the_abbreviation_shortcut_agrees_with_the_pattern() -> None:
    """The sentence splitter skips _ABBREV when five word characters precede the dot."""
    rng = random.Random(11)
    pieces = ["Mr", "Mrs", "Capt", "Prof", "U", "No", "talks", "said", "a", "_", "é", "1", " ",
              ". ", "! ", "\n", '"', ")", "Smith", "ABCD", "xMr"]  # fmt: skip
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) + "."
        for end in range(len(text) + 1):
            plain = text_mod._ABBREV.search(text[max(0, end - 6) : end]) is not None
            assert text_mod._abbreviation_before(text, end) == plain, (text, end)
