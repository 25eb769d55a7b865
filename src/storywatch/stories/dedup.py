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

Speed: `fingerprint` runs once per classified article. With numba installed (an optional
extra, not a dependency) one compiled loop computes the same values (word CRC-32s, shingle
hashes, the 128 minima) without temporaries: 0.2x the time of the numpy path in the
classifier's loop on the bench corpus, and the classifier's own data stays in cache.
Without numba, the numpy path below. Both give the same bytes (tests/stories/test_dedup.py).
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import zlib
from collections.abc import Callable, Sequence
from functools import cache
from operator import eq
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
_NON_WORD = re.compile(r"\W+")
_MASK = (1 << BITS) - 1
_CHANCE = 1.0 / (1 << BITS)
_SCHEME = "affine32"
_K1, _K2, _K3 = np.uint32(0x9E3779B1), np.uint32(0x85EBCA77), np.uint32(0xC2B2AE3D)
_SPACE = ord(" ")


_ASCII_NON_WORD = bytes(
    i if i >= 128 or re.match(rb"\w", bytes([i])) else 32 for i in range(256)
)  # every ASCII byte that is not \w becomes a space: split() then yields the \w+ runs
_ASCII_LOWER_WORDS = bytes(
    i | 0x20 if 65 <= i <= 90 else i for i in _ASCII_NON_WORD
)  # the same, upper-case ASCII letters lower-cased in the same pass


def _words(text: str) -> list[bytes]:
    """The UTF-8 bytes of the word runs of the lower-cased text (one C pass for ASCII text)."""
    low = text.lower()
    if low.isascii():
        return low.encode().translate(_ASCII_NON_WORD).split()
    return [w.encode() for w in _WORD.findall(low)]


def _word_bytes(text: str) -> bytes:
    """The same words, each followed by one or more spaces, in one bytes object (UTF-8
    bytes of non-ASCII characters are never spaces)."""
    if text.isascii():
        return text.encode().translate(_ASCII_LOWER_WORDS)
    return _NON_WORD.sub(" ", text.lower()).encode()


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


def _fingerprint_numpy(text: str) -> tuple[int, ...]:
    """The fingerprint in numpy: min over shingles of a * fmix32(h) + b (mod 2**32)."""
    shingles = _shingles(text)
    if not len(shingles):
        return ()
    a, b = _permutations()
    phv = np.multiply.outer(a, _fmix32(shingles))  # one row per permutation: min along rows
    phv += b[:, None]
    return tuple((phv.min(axis=1) & np.uint32(_MASK)).tolist())


def fingerprint(text: str) -> tuple[int, ...]:
    """A NUM_PERM-value signature of the text (empty for text without words).

    The values of datasketch's affine32 MinHash (the permutations above) updated with the
    shingle hashes: min over shingles of a * fmix32(h) + b (mod 2**32), low 8 bits kept.
    Computed by the compiled loop when numba is installed, else in numpy."""
    kernel = _kernel()
    if kernel is not None:
        a, b = _permutations()
        data = np.frombuffer(_word_bytes(text), dtype=np.uint8)
        low, words = kernel(data, a, b, _crc_table())
        if words >= _SHINGLE:  # fewer: one shingle of the joined words (numpy path)
            return tuple(low.tolist())
    return _fingerprint_numpy(text)


# --- the compiled loop (numba, optional) ------------------------------------------------


@cache
def _crc_table() -> Any:
    """zlib's CRC-32 byte table: the term of byte v is crc32(v) ^ crc32(0)."""
    zero = zlib.crc32(b"\0")
    return np.array([zlib.crc32(bytes([v])) ^ zero for v in range(256)], dtype=np.uint32)


def _minhash_loop(data: Any, a: Any, b: Any, table: Any) -> tuple[Any, int]:
    """(the low 8 bits of the NUM_PERM minima, the number of words) of the space-separated
    words in `data` (uint8), for numba to compile: zlib.crc32 of each word, the shingle hash
    and fmix32 as above, in uint64 arithmetic masked to 32 bits."""
    m32, byte = np.uint64(0xFFFFFFFF), np.uint64(0xFF)
    crcs = np.empty(len(data) // 2 + 1, dtype=np.uint64)
    words, i, n = 0, 0, len(data)
    while i < n:
        if data[i] == _SPACE:
            i += 1
            continue
        crc = m32
        while i < n and data[i] != _SPACE:
            crc = (crc >> np.uint64(8)) ^ np.uint64(table[(crc ^ np.uint64(data[i])) & byte])
            i += 1
        crcs[words] = crc ^ m32
        words += 1
    low = np.full(NUM_PERM, m32, dtype=np.uint64)
    for j in range(words - _SHINGLE + 1):
        h = crcs[j] * np.uint64(0x9E3779B1) ^ crcs[j + 1] * np.uint64(0x85EBCA77)
        h = (h ^ crcs[j + 2] * np.uint64(0xC2B2AE3D)) & m32
        h ^= h >> np.uint64(16)
        h = (h * np.uint64(0x85EBCA6B)) & m32
        h ^= h >> np.uint64(13)
        h = (h * np.uint64(0xC2B2AE35)) & m32
        h ^= h >> np.uint64(16)
        for p in range(NUM_PERM):
            low[p] = min(low[p], (np.uint64(a[p]) * h + np.uint64(b[p])) & m32)
    return low & np.uint64(_MASK), words


@cache
def _kernel() -> Callable[..., tuple[Any, int]] | None:
    """The compiled loop, or None without numba (compiled once a process, on first use)."""
    if importlib.util.find_spec("numba") is None:
        return None
    numba = importlib.import_module("numba")
    compiled: Callable[..., tuple[Any, int]] = numba.njit(nogil=True, cache=False)(_minhash_loop)
    return compiled


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two fingerprints (0.0 when either is empty)."""
    if not a or len(a) != len(b):
        return 0.0
    same: int = sum(map(eq, a, b))
    agree = same / len(a)
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
