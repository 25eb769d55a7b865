"""Near-duplicate fingerprints: b-bit MinHash (datasketch) over word 3-shingles.

A fingerprint is 16 small ints (the low 8 bits of 16 MinHash values), so it costs
32 hex characters in a story's state. Two texts whose shingle sets have Jaccard
similarity J agree on each position with probability J + (1 - J) / 256; syndicated
copies with small edits score J of about 0.7-0.8, independent rewrites of the same
news below 0.05, so a threshold of 0.35 separates them with a wide margin.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from functools import cache
from typing import Any

from datasketch import MinHash

__all__ = ["NUM_PERM", "THRESHOLD", "fingerprint", "from_hex", "similarity", "to_hex"]

NUM_PERM = 16
BITS = 8
THRESHOLD = 0.35
_SHINGLE = 3
_WORD = re.compile(r"\w+")
_MASK = (1 << BITS) - 1
_CHANCE = 1.0 / (1 << BITS)
_SCHEME = "affine32"


def _shingles(text: str) -> set[int]:
    """32-bit hashes of the word 3-shingles, combined from per-word CRC-32s (no string joins)."""
    words = [zlib.crc32(w.encode()) for w in _WORD.findall(text.lower())]
    if len(words) < _SHINGLE:
        return {zlib.crc32(" ".join(_WORD.findall(text.lower())).encode())} if words else set()
    return {
        (a * 0x9E3779B1 ^ b * 0x85EBCA77 ^ c * 0xC2B2AE3D) & 0xFFFFFFFF
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    }


@cache
def _permutations() -> Any:
    """The seeded permutations, drawn once: datasketch draws them anew for every MinHash."""
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=_SCHEME).permutations


def _hash32(shingle: int) -> int:
    """Shingles are hashed already (see _shingles)."""
    return shingle


def fingerprint(text: str) -> tuple[int, ...]:
    """A 16-value signature of the text (empty for text without words)."""
    shingles = _shingles(text)
    if not shingles:
        return ()
    mh = MinHash(
        num_perm=NUM_PERM, seed=1, hashfunc=_hash32, permutations=_permutations(), scheme=_SCHEME
    )
    mh.update_batch(list(shingles))
    return tuple(int(v) & _MASK for v in mh.hashvalues)


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two fingerprints (0.0 when either is empty)."""
    if not a or len(a) != len(b):
        return 0.0
    agree = sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)
    return max(0.0, (agree - _CHANCE) / (1.0 - _CHANCE))


def to_hex(fp: Sequence[int]) -> str:
    """Pack a fingerprint as hex (2 characters a value) for the story state."""
    return bytes(v & _MASK for v in fp).hex()


def from_hex(text: str) -> tuple[int, ...]:
    """Inverse of to_hex; an empty tuple for text that is not hex."""
    try:
        return tuple(bytes.fromhex(text))
    except ValueError:
        return ()
