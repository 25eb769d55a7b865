"""Near-duplicate fingerprints: copies match, rewrites do not, state stays small."""

from __future__ import annotations

from storywatch.stories.dedup import THRESHOLD, fingerprint, from_hex, similarity, to_hex

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
    assert len(to_hex(fp)) == 32
    assert from_hex(to_hex(fp)) == fp
    assert from_hex("not hex") == ()


def _reference(text: str) -> tuple[int, ...]:
    """The fingerprint as datasketch computes it (MinHash.update_batch over the shingle set)."""
    import re
    import zlib

    from datasketch import MinHash

    words = [zlib.crc32(w.encode()) for w in re.findall(r"\w+", text.lower())]
    if len(words) < 3:
        shingles = {zlib.crc32(" ".join(re.findall(r"\w+", text.lower())).encode())}
        shingles = shingles if words else set()
    else:
        shingles = {
            (a * 0x9E3779B1 ^ b * 0x85EBCA77 ^ c * 0xC2B2AE3D) & 0xFFFFFFFF
            for a, b, c in zip(words, words[1:], words[2:], strict=False)
        }
    if not shingles:
        return ()
    mh = MinHash(num_perm=16, seed=1, hashfunc=lambda x: x, scheme="affine32")
    mh.update_batch(sorted(shingles))
    return tuple(int(v) & 0xFF for v in mh.hashvalues)


def test_vectorised_fingerprint_equals_datasketch_minhash() -> None:
    texts = [TEXT, REWRITE, "", "one", "two words", "Çà et là, naïve Ωmega’s café_au_lait 1,500"]
    texts += [TEXT[i : i + 37] for i in range(0, len(TEXT), 23)] + [TEXT.upper(), REWRITE * 3]
    for text in texts:
        assert fingerprint(text) == _reference(text), text
