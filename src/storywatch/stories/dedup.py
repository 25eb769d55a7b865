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

import numpy as np
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
    """The seeded affine permutations (a, b) as uint32 columns, drawn once (datasketch's)."""
    a, b = MinHash(num_perm=NUM_PERM, seed=1, scheme=_SCHEME).permutations
    return a.astype(np.uint32), b.astype(np.uint32)


def _fmix32(h: Any) -> Any:
    """The MurmurHash3 32-bit finalizer, datasketch's pre-mix of the "affine32" scheme."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def fingerprint(text: str) -> tuple[int, ...]:
    """A 16-value signature of the text (empty for text without words).

    The values of datasketch's MinHash(num_perm=16, seed=1, scheme="affine32") updated with
    the shingle hashes, computed in one vectorised step: min over shingles of
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


def to_hex(fp: Sequence[int]) -> str:
    """Pack a fingerprint as hex (2 characters a value) for the story state."""
    return bytes(v & _MASK for v in fp).hex()


def from_hex(text: str) -> tuple[int, ...]:
    """Inverse of to_hex; an empty tuple for text that is not hex."""
    try:
        return tuple(bytes.fromhex(text))
    except ValueError:
        return ()
