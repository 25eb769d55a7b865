"""Near-duplicate fingerprints: b-bit MinHash (datasketch) over word 3-shingles.

A fingerprint is 128 small ints (the low 8 bits of 128 MinHash values): 128 bytes.
Two texts whose shingle sets have Jaccard similarity J agree on each position with
probability J + (1 - J) / 256, so `similarity` estimates J with a standard error of
about sqrt(J (1 - J) / 128): 0.044 at J = 0.5.

A story's state keeps only the first `STORY_PERM` (16) values of its recent articles
(32 hex characters each, `story_part`): within one story a copy is compared with a
handful of articles, and syndicated copies with small edits (J of about 0.6-0.9) clear
THRESHOLD (0.35) even with that coarser estimate, while independent rewrites of the same
news score below 0.05. Those 16 values are the ones datasketch's MinHash(num_perm=16,
seed=1) gives, the fingerprint of earlier versions, so story states already in a
changelog keep matching. The cross-story index (stories.seen) compares one article with
thousands, among them template text of other threads that shares half its shingles: it
uses all 128 values, where 16 misjudged one copy in a hundred (a copy that lost a
paragraph scored below its threshold, another thread's article above it).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from functools import cache
from typing import Any

import numpy as np
from datasketch import MinHash

__all__ = [
    "NUM_PERM",
    "STORY_PERM",
    "THRESHOLD",
    "fingerprint",
    "from_hex",
    "similarity",
    "story_part",
    "to_hex",
]

NUM_PERM = 128
STORY_PERM = 16  # the values a story's state keeps: MinHash(num_perm=16, seed=1)'s
BITS = 8
THRESHOLD = 0.35
_SHINGLE = 3
_WORD = re.compile(r"\w+")
_MASK = (1 << BITS) - 1
_CHANCE = 1.0 / (1 << BITS)
_SCHEME = "affine32"
_K1, _K2, _K3 = np.uint32(0x9E3779B1), np.uint32(0x85EBCA77), np.uint32(0xC2B2AE3D)


_ASCII_NON_WORD = bytes(
    i if i >= 128 or re.match(rb"\w", bytes([i])) else 32 for i in range(256)
)  # every ASCII byte that is not \w becomes a space: split() then yields the \w+ runs


def _words(text: str) -> list[bytes]:
    """The UTF-8 bytes of the word runs of the lower-cased text (one C pass for ASCII text)."""
    low = text.lower()
    if low.isascii():
        return low.encode().translate(_ASCII_NON_WORD).split()
    return [w.encode() for w in _WORD.findall(low)]


def _shingles(text: str) -> Any:
    """32-bit hashes of the word 3-shingles, combined from per-word CRC-32s (no string joins):
    (a * 0x9E3779B1 ^ b * 0x85EBCA77 ^ c * 0xC2B2AE3D) mod 2**32, computed in uint32 arrays.
    Duplicates are kept: the minimum below does not care."""
    words = _words(text)
    if len(words) < _SHINGLE:
        return np.array([zlib.crc32(b" ".join(words))] if words else [], dtype=np.uint32)
    h = np.fromiter(map(zlib.crc32, words), dtype=np.uint32, count=len(words))
    return (h[:-2] * _K1) ^ (h[1:-1] * _K2) ^ (h[2:] * _K3)


@cache
def _permutations() -> tuple[Any, Any]:
    """The seeded affine permutations (a, b) as uint32 columns, drawn once (datasketch's):
    the STORY_PERM of seed 1 first (see the module doc), then the rest from seed 2."""
    parts = [
        MinHash(num_perm=STORY_PERM, seed=1, scheme=_SCHEME).permutations,
        MinHash(num_perm=NUM_PERM - STORY_PERM, seed=2, scheme=_SCHEME).permutations,
    ]
    a = np.concatenate([p[0] for p in parts]).astype(np.uint32)
    return a, np.concatenate([p[1] for p in parts]).astype(np.uint32)


def _fmix32(h: Any) -> Any:
    """The MurmurHash3 32-bit finalizer, datasketch's pre-mix of the "affine32" scheme."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def fingerprint(text: str) -> tuple[int, ...]:
    """A NUM_PERM-value signature of the text (empty for text without words).

    The values of datasketch's affine32 MinHash (the permutations above) updated with the
    shingle hashes, computed in one vectorised step: min over shingles of
    a * fmix32(h) + b (mod 2**32), low 8 bits kept."""
    shingles = _shingles(text)
    if not len(shingles):
        return ()
    a, b = _permutations()
    phv = np.multiply.outer(a, _fmix32(shingles))  # one row per permutation: min along rows
    phv += b[:, None]
    return tuple((phv.min(axis=1) & np.uint32(_MASK)).tolist())


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two fingerprints (0.0 when either is empty)."""
    if not a or len(a) != len(b):
        return 0.0
    agree = sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)
    return max(0.0, (agree - _CHANCE) / (1.0 - _CHANCE))


def story_part(fp: Sequence[int]) -> tuple[int, ...]:
    """The values of a fingerprint that a story's state keeps (empty stays empty)."""
    return tuple(fp[:STORY_PERM])


def to_hex(fp: Sequence[int]) -> str:
    """Pack a fingerprint (or its story part) as hex, 2 characters a value."""
    return bytes(v & _MASK for v in fp).hex()


def from_hex(text: str) -> tuple[int, ...]:
    """Inverse of to_hex; an empty tuple for text that is not hex."""
    try:
        return tuple(bytes.fromhex(text))
    except ValueError:
        return ()
