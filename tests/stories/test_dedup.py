"""Near-duplicate fingerprints: copies match, rewrites do not, state stays small."""

from __future__ import annotations

import importlib.util
import re
import zlib
from collections.abc import Callable

import pytest
from datasketch import MinHash
from hypothesis import given, settings
from hypothesis import strategies as st

from storywatch.stories.dedup import (
    NUM_PERM,
    STORY_PERM,
    THRESHOLD,
    _fingerprint_numpy,
    _kernel,
    fingerprint,
    from_hex,
    similarity,
    story_part,
    to_hex,
)

TEXT = (
    "Ukrainian President Volodymyr Zelenskyy announced on Saturday that his government has "
    "formally proposed a new round of direct peace talks with Russia, renewing efforts to end "
    "the war. Rustem Umerov extended the invitation to Moscow, proposing that the talks take "
    "place as early as next week. Moscow has not yet responded to the offer."
)
REWRITE = (
    "Kyiv has invited Moscow to another round of negotiations, the Ukrainian leader said in "
    "his evening address, adding that the Kremlin had so far said nothing about the offer and "
    "that a meeting of leaders was needed for a lasting peace."
)


def test_identical_text_is_a_duplicate() -> None:
    assert similarity(fingerprint(TEXT), fingerprint(TEXT)) == 1.0


def test_syndicated_copy_with_small_edits_is_a_duplicate() -> None:
    edited = "KYIV (Agency) - " + TEXT.replace("on Saturday", "on Saturday evening")
    assert similarity(fingerprint(TEXT), fingerprint(edited)) >= THRESHOLD


def test_independent_rewrite_is_not_a_duplicate() -> None:
    assert similarity(fingerprint(TEXT), fingerprint(REWRITE)) < THRESHOLD


def test_empty_text_matches_nothing() -> None:
    assert fingerprint("") == ()
    assert similarity((), fingerprint(TEXT)) == 0.0


def test_fingerprint_is_small_and_round_trips_through_hex() -> None:
    fp = fingerprint(TEXT)
    assert len(fp) == NUM_PERM
    assert len(to_hex(fp)) == 2 * NUM_PERM
    assert len(to_hex(story_part(fp))) == 32  # what a story's state keeps of an article
    assert from_hex(to_hex(fp)) == fp
    assert from_hex("not hex") == ()


def test_the_story_part_is_the_16_value_fingerprint_of_earlier_versions() -> None:
    """Story states already in a changelog keep matching new articles."""
    assert story_part(fingerprint(TEXT)) == _reference(TEXT, [(STORY_PERM, 1)])


def test_all_values_estimate_the_jaccard_closely() -> None:
    """The index's margin (a copy that lost a paragraph scores about 0.56, template text of
    another thread up to 0.6): the estimate on all values stays within 0.12 of the exact
    Jaccard, and errs less than the 16 values of the story part."""
    paras = [TEXT, REWRITE, TEXT.replace("Russia", "Belarus"), REWRITE.upper(), "Geneva next."]
    errors: dict[int, list[float]] = {NUM_PERM: [], STORY_PERM: []}
    for k in range(40):
        cut = [p for i, p in enumerate(paras) if i != k % len(paras)]
        text = "\n".join(cut).replace(" the ", f" {k} the ", k % 3) + f" (outlet {k})"
        exact, a, b = (
            _jaccard("\n".join(paras), text),
            fingerprint("\n".join(paras)),
            fingerprint(text),
        )
        errors[NUM_PERM].append(abs(similarity(a, b) - exact))
        errors[STORY_PERM].append(abs(similarity(story_part(a), story_part(b)) - exact))
    assert max(errors[NUM_PERM]) < 0.12
    assert sum(errors[NUM_PERM]) < sum(errors[STORY_PERM])


def _shingle_set(text: str) -> set[int]:
    """The word 3-shingle hashes of the text, written plainly."""
    words = [zlib.crc32(w.encode()) for w in re.findall(r"\w+", text.lower())]
    if len(words) < 3:
        joined = " ".join(re.findall(r"\w+", text.lower())).encode()
        return {zlib.crc32(joined)} if words else set()
    return {
        (a * 0x9E3779B1 ^ b * 0x85EBCA77 ^ c * 0xC2B2AE3D) & 0xFFFFFFFF
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    }


def _jaccard(a: str, b: str) -> float:
    x, y = _shingle_set(a), _shingle_set(b)
    return len(x & y) / len(x | y)


def _reference(text: str, parts: list[tuple[int, int]] | None = None) -> tuple[int, ...]:
    """The fingerprint as datasketch computes it (MinHash.update_batch over the shingle set):
    16 values of seed 1, then NUM_PERM - 16 of seed 2."""
    shingles = _shingle_set(text)
    if not shingles:
        return ()
    out: list[int] = []
    for num_perm, seed in parts or [(STORY_PERM, 1), (NUM_PERM - STORY_PERM, 2)]:
        mh = MinHash(num_perm=num_perm, seed=seed, hashfunc=lambda x: x, scheme="affine32")
        mh.update_batch(sorted(shingles))
        out += [int(v) & 0xFF for v in mh.hashvalues]
    return tuple(out)


def test_vectorised_fingerprint_equals_datasketch_minhash() -> None:
    texts = [TEXT, REWRITE, "", "one", "two words", "Çà et là, naïve Ωmega’s café_au_lait 1,500"]
    texts += [TEXT[i : i + 37] for i in range(0, len(TEXT), 23)] + [TEXT.upper(), REWRITE * 3]
    for text in texts:
        assert fingerprint(text) == _reference(text), text


# Both ways of computing it: the compiled loop (with numba installed) and numpy.
PATHS = [pytest.param(fingerprint, id="fingerprint"), pytest.param(_fingerprint_numpy, id="numpy")]


@pytest.mark.parametrize("compute", PATHS)
def test_every_case_of_the_hash_equals_datasketch_minhash(
    compute: Callable[[str], tuple[int, ...]],
) -> None:
    """Long words, many shingles, lower-casing that changes a word's length or makes it
    ASCII, word runs split by any non-word character, runs of spaces, two words or one."""
    many = " ".join(f"w{i} {i * 7919 % 1000}" for i in range(700))
    texts = [
        f"{TEXT} {'x' * 70}y {TEXT}",
        many,
        "İstanbul KELVIN \u212a talks\tin\nGeneva__x 10,5 a-b–c",
        "\u212aiev sends \u212aelvin talks",  # non-ASCII text whose lower case is ASCII
        "a b c",
        "  ...  a  b  ",
        "one",
        "",
        "é" * 60 + " then words after it",
    ]
    for text in texts:
        assert compute(text) == _reference(text), text[:40]


@pytest.mark.parametrize("compute", PATHS)
@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("ab Zé.\n_9\u212aİ\u00df-"), max_size=120))
def test_any_text_hashes_as_datasketch_does(
    compute: Callable[[str], tuple[int, ...]], text: str
) -> None:
    assert compute(text) == _reference(text)


def test_the_compiled_loop_is_there_exactly_when_numba_is() -> None:
    assert (_kernel() is None) == (importlib.util.find_spec("numba") is None)
